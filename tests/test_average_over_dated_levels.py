"""An average per year after a run of dated levels of its name spans the years of the whole run.

``从1978年到1983年，X由A提高到B，1984年达到C，…，平均每年提高7.3%``: the average rounds off the move from the first
level to the last, so it is over the years after the first level's year up to the last's (1979-1984年), not the last
step alone (1984年).
"""

from __future__ import annotations

from _sentences import fact

# national work report 1985
S1985 = ("从１９７８年到１９８３年，城乡居民的平均消费水平，由一百七十五元提高到二百八十八元，１９８４年达到三百二十元左右，"
         "扣除价格上涨因素，平均每年提高７．３％，远远超过１９５３年到１９７８年的二十六年间平均每年增长２．２％的速度。")


def test_average_after_a_run_of_dated_levels_spans_the_whole_run() -> None:
    f = fact(S1985, "７．３％")
    assert (f["measure"], f["period"], f["comparator"]) == ("change_pct", "1979-1984年", "平均每年")


def test_levels_of_the_run_keep_their_years() -> None:
    assert [fact(S1985, p)["period"] for p in ("一百七十五元", "二百八十八元", "三百二十元")] == [
        "1978年", "1983年", "1984年"]
    assert fact(S1985, "２．２％")["period"] == "1953-1978年"
