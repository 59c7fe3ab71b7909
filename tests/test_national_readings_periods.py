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


def test_a_sentence_opening_with_在过去的一年里_dates_the_next_ones_of_its_paragraph_in_a_plan_part(work_reports):
    # 1995 (七、关于外交工作, after the plan's chapters): 在过去的一年里，我国外交工作取得重要进展。４０多位外国元首和
    # 政府首脑先后访华，以江泽民主席为首的我国领导人也出访了数十个国家，推动了双边关系的发展。
    s = "４０多位外国元首和政府首脑先后访华，以江泽民主席为首的我国领导人也出访了数十个国家"
    for printed in ("４０位", "数十个"):
        f = _fact(work_reports, 1995, s, printed)
        assert (f["period"], f["status"]) == ("1994年", "actual"), printed
    # 1959: 在过去一年中，国家工作人员在深入群众方面有了显著的进步。…。全国县级以上的各级国家机关中，有一百万以上的
    # 干部下放到农村，到工矿企业，参加体力劳动和基层工作。
    f = _fact(work_reports, 1959, "有一百万以上的干部下放到农村", "一百万")
    assert (f["period"], f["status"]) == ("1958年", "actual")
