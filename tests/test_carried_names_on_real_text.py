"""Names a figure takes from outside its own words, read on verbatim sentences of the State Council work reports.

A growth printed as a bare noun after the figure (7%左右的速度, 6.5%左右的增速) whose clause names no owner is the
economy's growth, never the measure noun alone; after a figure of its sentence it may be that figure's and stays as
printed (that sentence is written in the reports' style: a regression fixture, not evidence). A reach verb that
opens a list item (、覆盖10.5亿人) after an item naming a measure of an owner (基本养老保险参保人数) reaches the
persons for that owner; a place it names before the figure (覆盖农村5亿人口, 覆盖中西部地区80%以上的农村中小学) stays
in the name of those reached.
"""

from __future__ import annotations

from _sentences import fact_at, facts


def test_a_bare_growth_noun_of_no_owner_is_the_economys_growth():
    got = fact_at("稳增长也是为了保就业，随着服务业比重上升、小微企业增多和经济体量增大，7%左右的速度可以实现比较充分的就业。", "7%")
    assert (got["indicator"], got["measure"], got["value"], got["qualifier"]) == ("经济增长速度", "yoy_pct", 7.0, "about")
    got = fact_at("从经济基本面和就业吸纳能力看，6.5%左右的增速可以实现比较充分的就业。", "6.5%")
    assert (got["indicator"], got["measure"], got["value"]) == ("经济增速", "yoy_pct", 6.5)
    got = fact_at("在优化结构、提高质量和效益的基础上，实现7％左右的增长速度并不容易，但是预计经过努力还是可以达到的。", "7％")
    assert got["indicator"] == "经济增长速度"


def test_both_ends_of_a_range_of_a_bare_growth_noun_are_the_economys():
    f = facts("稳增长主要是为了保就业、惠民生，有6.5%－7%的增速就能够实现比较充分的就业。")
    assert [(r.indicator, r.value, str(r.flags)) for r in f.itertuples()] == [
        ("经济增速", 6.5, "range_low"), ("经济增速", 7.0, "range_high")]
    f = facts("只要我们能够再连续若干年保持百分之八至百分之九的增长率，就是了不起的成绩。")
    assert [(r.indicator, r.value) for r in f.itertuples()] == [("经济增长率", 8.0), ("经济增长率", 9.0)]


def test_a_growth_noun_after_an_owner_keeps_the_owner():
    got = fact_at("提出8%左右的国内生产总值增长目标。", "8%")
    assert got["indicator"] == "国内生产总值"
    got = fact_at("上半年,全区规上工业增加值同比增长12.5%,实现10%以上的增速。", "10%")  # (written in the reports' style)
    assert got["indicator"] == "增速"


def test_a_reach_verb_after_a_measure_of_an_owner_reaches_for_that_owner():
    f = facts("基本养老保险参保人数增加1.4亿、覆盖10.5亿人，基本医保水平稳步提高。")
    assert [(r.indicator, r.measure, r.value) for r in f.itertuples()] == [
        ("基本养老保险参保人数", "abs_change", 140000000.0), ("基本养老保险覆盖的人", "level", 1050000000.0)]


def test_a_reach_verb_after_a_clause_with_no_figure_names_the_persons_by_the_verb():
    # (written in the reports' style: the clause between reaches them, not the owner of the measure before it)
    got = fact_at("基本医疗保险参保人数达到13.5亿人，大病保险制度全面建立，惠及1700多万人次。", "1700")
    assert got["indicator"] == "大病保险制度惠及的人次"  # (the scheme the clause says stands)
    got = fact_at("建立困难和重度残疾人“两项补贴”制度，惠及2100多万人。", "2100")
    assert (got["indicator"], got["qualifier"]) == ("困难和重度残疾人“两项补贴”制度惠及的人", "over")  # (the scheme set up)
    got = fact_at("实施高职扩招和职业技能提升三年行动，累计扩招413万人、培训8300多万人次。", "8300")
    assert got["indicator"] == "培训的人次"


def test_a_place_a_reach_verb_names_stays_with_those_reached():
    got = fact_at("县级公立医院综合改革试点扩大到1000个县，覆盖农村5亿人口。", "5亿")
    assert (got["indicator"], got["measure"], got["value"]) == ("县级公立医院综合改革试点覆盖的农村人口", "level", 500000000.0)
    s = "农村中小学现代远程教育工程已投入80亿元，覆盖中西部地区80%以上的农村中小学，1亿多中小学生得以共享优质教育资源。"
    got = fact_at(s, "80%")
    assert (got["indicator"], got["measure"], got["qualifier"]) == ("覆盖中西部地区的农村中小学", "rate_pct", "at_least")


def test_a_name_made_of_its_own_clause_after_the_figure_is_not_carried(work_reports):
    # national work report 2012: the persons counted are named by what the rest of their clause does to them, a
    # clause that runs on past a short window after the figure; the name is the figure's own, no subject carried
    got = work_reports.fact_at(2012, "将312万名企业“老工伤”人员和工亡职工供养亲属纳入工伤保险统筹管理。", "312万名")
    assert got["indicator"] == "纳入工伤保险统筹管理的企业“老工伤”人员和工亡职工供养亲属"
    assert "subject_carried" not in str(got["flags"]).split(";")
