"""Periods, statuses and names in the national work reports of 1954-1999 read on their verbatim sentences
(bundled work reports, year in the comment)."""

from __future__ import annotations


def _fact(work_reports, year: int, sentence_part: str, printed: str) -> dict:
    _, f = work_reports[year]
    rows = f[f["sentence"].str.contains(sentence_part, regex=False) & (f["raw_value"] + f["raw_unit"] == printed)]
    assert len(rows) == 1, rows[["raw_value", "indicator"]].to_string()
    return rows.iloc[0].to_dict()


def test_a_span_of_years_before_its_noun_dates_both_ends_of_a_move(work_reports):
    # 1979: 一九七一年到一九七八年的人口自然增长率，四川省由千分之二十九降到千分之六点一，上海市由千分之七降到千分之五点一
    s = "一九七一年到一九七八年的人口自然增长率，四川省由千分之二十九降到千分之六点一"
    for printed, period in (("千分之二十九", "1971年"), ("千分之六点一", "1978年"),
                            ("千分之七", "1971年"), ("千分之五点一", "1978年")):
        f = _fact(work_reports, 1979, s, printed)
        assert (f["period"], f["measure"]) == (period, "rate_pct"), printed
