"""Figures a fourth scan of every number with a unit, counter or magnitude after it found that no fact covers.

A large count in Chinese numerals printed with no unit after it is a figure when the name right before it says what
it counts and 的 closes the amount (减少员额一百万的任务, 裁减军队员额五十万的任务), as 员额100万 is in digits: the
persons cut from the army. A large Chinese numeral with no unit and no such name stays none (一千多年, 一万年).
"""

from __future__ import annotations

import pytest

import dhcheng_analysis as dh

# national work report 1987
ARMY_1987 = ("在过去的一年里，人民解放军的革命化、现代化、正规化建设取得新的成就，精简整编、减少员额一百万的任务接近完成，"
             "官兵的军政素质有了新的提高。")
# national work report 1998
ARMY_1998 = "要按期完成三年内裁减军队员额五十万的任务。"


@pytest.mark.parametrize(("text", "printed", "name", "value", "status"), [
    (ARMY_1987, "一百万", "员额", -1_000_000.0, "target"),  # the task only near completion (接近完成)
    (ARMY_1998, "五十万", "军队员额", -500_000.0, "target"),
], ids=["national_1987", "national_1998"])
def test_a_chinese_count_after_the_name_it_counts_is_a_figure(text, printed, name, value, status):
    f = dh.extract_facts(text)
    assert len(f) == 1
    r = f.iloc[0]
    assert text[r["start"]:r["end"]] == printed
    assert (r["indicator"], r["measure"], r["value"], r["unit"], r["status"]) == (
        name, "abs_change", value, "人", status)


def test_a_chinese_numeral_after_a_counted_name_that_a_word_goes_on_from_stays_no_figure():
    # constructed fixture: 一万年 is a span of time, not ten thousand persons
    with pytest.warns(dh.NoFiguresWarning):
        assert dh.extract_facts("这段历史，我国人民一万年也不会忘记。").empty
