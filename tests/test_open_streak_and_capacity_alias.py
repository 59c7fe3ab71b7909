"""A plan's figure held over a run of years of no stated count (连续若干年) has no year of the plan, and the
capacity of generating sets added (新增发电机组容量) is the generating capacity added of the glossary; read on
verbatim sentences of the State Council work report of 1994.
"""

from __future__ import annotations

from _sentences import fact_at

import dhcheng_analysis as dh

# national work report 1994 (/work/shared/corpus/national_work_reports/1994.txt): its two headings, a review sentence
# and the plan part's opening, verbatim (sentences between them left out), under a title and date line giving the year
PLAN_1994 = (
    "政府工作报告\n——1994年3月10日在第八届全国人民代表大会第二次会议上\n\n"
    "一、１９９３年国内工作的回顾和１９９４年工作的基本方针\n\n"
    "　　国民经济快速增长。国内生产总值突破３万亿元大关，比上年增长百分之十三点四。\n\n"
    "二、保持国民经济持续快速健康发展\n\n"
    "　　１９９４年是国民经济继续保持良好发展势头的一年，也是推进改革的重要一年。今年的经济工作，要深化改革，扩大开放，"
    "加强和改善宏观调控，大力调整经济结构，推动技术进步，积极开拓市场，提高经济效益，控制通货膨胀，保持国民经济持续、"
    "快速、健康发展。\n\n"
    "　　根据这个要求，今年计划国内生产总值增长百分之九。在连续两年增长百分之十三的基础上，安排这样的速度是比较合适的。"
    "只要我们能够再连续若干年保持百分之八至百分之九的增长率，就是了不起的成绩。\n"
)


def test_a_growth_held_over_a_run_of_years_of_no_count_has_no_year_of_the_plan():
    f = dh.extract_facts(dh.load_report(PLAN_1994))
    got = [(r.indicator, r.value, r.status, r.period, "year_inferred" in str(r.flags)) for r in f.itertuples()]
    assert got[:2] == [("国内生产总值", 3e12, "actual", "1993年", False), ("国内生产总值", 13.4, "actual", "1993年", False)]
    assert got[2:] == [("国内生产总值", 9.0, "target", "1994年", False), ("经济增长速度", 13.0, "actual", "1992-1993年", False),
                   ("经济增长率", 8.0, "target", "", False), ("经济增长率", 9.0, "target", "", False)]


def test_the_capacity_of_generating_sets_added_is_the_generating_capacity_added():
    # national work report 1994 (/work/shared/corpus/national_work_reports/1994.txt)
    got = fact_at("新增发电机组容量１４３８万千瓦，京九、南昆等铁路干线建设进展顺利，高等级公路和重点港口建设加快，"
                  "邮电事业发展迅速，全国城乡新增电话５８６万户。", "１４３８万")
    assert (got["indicator"], got["indicator_key"], got["value"], got["unit"]) == (
        "新增发电机组容量", "power_capacity_added", 14380000.0, "千瓦")


# national work report 1997 (/work/shared/corpus/national_work_reports/1997.txt): its first and third headings, the
# first review sentence and a sentence of the plan part, verbatim (sentences between them left out), under a title and
# date line giving the year
PLAN_1997 = (
    "政府工作报告\n——1997年3月1日在第八届全国人民代表大会第五次会议上\n\n"
    "一、１９９６年国内工作的回顾\n\n"
    "　　１９９６年是实施“九五”计划和２０１０年远景目标纲要的第一年。\n\n"
    "三、在国有企业改革方面迈出更大的步伐\n\n"
    "　　为了发展跨地区、跨行业、工技贸相结合的大型企业集团，提高它们的竞争能力，并带动相关企业发展，"
    "国家已经组织了５７户企业集团试点，今年要扩大到１２０户。\n"
)


def test_a_count_a_plan_says_is_already_organised_stands_at_the_end_of_the_year_reviewed():
    f = dh.extract_facts(dh.load_report(PLAN_1997))
    got = [(r.indicator, r.value, r.status, r.period) for r in f.itertuples() if r.unit == "户"]
    assert got == [("企业集团试点", 57.0, "actual", "1996年"), ("企业集团试点", 120.0, "target", "1997年")]


def test_the_generating_sets_added_are_no_capacity() -> None:
    # written: sets counted in 台 are the machines, not the capacity added (新增发电机组容量)
    from dhcheng_analysis.vocab import indicator_key

    assert indicator_key("新增发电机组") == ""
    assert indicator_key("新增发电机组容量") == "power_capacity_added"
