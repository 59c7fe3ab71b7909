"""Periods in the national work reports that a sentence before the figure's own sets: the year reviewed a
sentence of its paragraph opens with. Read on the bundled work reports (year in the comment)."""

from __future__ import annotations


def _fact(work_reports, year: int, sentence_part: str, printed: str) -> dict:
    _, f = work_reports[year]
    rows = f[f["sentence"].str.contains(sentence_part, regex=False) & (f["raw_value"] + f["raw_unit"] == printed)]
    assert len(rows) == 1, rows[["raw_value", "indicator"]].to_string()
    return rows.iloc[0].to_dict()


def test_the_year_reviewed_a_sentence_before_opens_with_holds_in_a_plan_part(work_reports):
    # 2011: 2011年，是“十二五”开局之年，…。过去一年，我们的各项工作取得了很大成绩。国内生产总值增长10.3%，…
    s = "国内生产总值增长10.3%，居民消费价格涨幅控制在 3.3%，城镇新增就业1168万人"
    for printed in ("10.3%", "1168万人"):
        f = _fact(work_reports, 2011, s, printed)
        assert (f["period"], f["status"]) == ("2010年", "actual"), printed
    assert _fact(work_reports, 2011, s, "10.3%")["indicator"] == "国内生产总值"
