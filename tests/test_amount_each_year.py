"""An amount printed for each year (每年) of a span keeps the word as its comparator, as 年均 does.

每年 before a level or a change in its clause, with only the thing counted and its verb between it and the
figure, says the amount is that of each year, not a total over the years a review speaks of: the comparator is
the word as printed and the fact is flagged ``multi_year`` (``每年减轻农民负担1335亿元`` is no five-year sum).
每人每年 is the rate of a person, no amount of the year. A growth each year (每年要增长百分之四, 人均每年增长10%)
keeps 每年 too: so much a year, no growth over the span the plan or review speaks of.
"""

from __future__ import annotations

import pytest
from _sentences import fact

REVIEW_2008 = "2008年政府工作报告\n\n一、过去五年工作回顾\n\n五年来，我们着力做好以下工作。\n"
REVIEW_2023 = "2023年政府工作报告\n\n一、政府工作回顾\n\n过去五年极不寻常、极不平凡。\n"
S2008 = "全部取消了农业税、牧业税和特产税，每年减轻农民负担1335亿元。"
S2011 = "彻底取消农业税和各种收费，结束了农民种田交税的历史，每年减轻农民负担超过1335亿元。"
S2013 = ("国家助学制度不断完善，建立了家庭经济困难学生资助体系，实现从学前教育到研究生教育各个阶段全覆盖，"
         "每年资助金额近1000亿元，资助学生近8000万人次。")
S2023 = "持续实施营养改善计划，每年惠及3700多万学生。"
S2016 = "整合城乡居民基本医保制度，财政补助由每人每年380元提高到420元。"


def test_burden_cut_each_year_is_no_sum_over_the_years() -> None:
    # national work report 2008
    f = fact(REVIEW_2008 + S2008 + "\n", "1335")
    assert (f["indicator"], f["measure"], f["value"], f["comparator"]) == ("农民负担", "abs_change", -1.335e11, "每年")
    assert f["period"] == "2003-2007年" and "multi_year" in f["flags"]


def test_burden_cut_each_year_with_its_bound() -> None:
    # national work report 2011
    f = fact("2011年政府工作报告\n\n一、“十一五”时期国民经济和社会发展的回顾\n\n" + S2011 + "\n", "1335")
    assert (f["measure"], f["qualifier"], f["comparator"]) == ("abs_change", "over", "每年")


def test_aid_paid_each_year() -> None:
    # national work report 2013
    f = fact("2013年政府工作报告\n\n一、过去五年工作回顾\n\n" + S2013 + "\n", "1000")
    assert (f["indicator"], f["measure"], f["qualifier"], f["comparator"]) == ("资助金额", "level", "nearly", "每年")
    assert "multi_year" in f["flags"]


def test_pupils_reached_each_year() -> None:
    # national work report 2023
    f = fact(REVIEW_2023 + S2023 + "\n", "3700")
    assert (f["measure"], f["value"], f["comparator"]) == ("level", 3.7e7, "每年")


def test_each_person_each_year_is_no_amount_of_the_year() -> None:
    # national work report 2016
    f = fact("2016年政府工作报告\n\n三、2016年重点工作\n\n" + S2016 + "\n", "420")
    assert (f["measure"], f["comparator"]) == ("level", "")
    assert "multi_year" not in f["flags"]


S2003 = "从1998年起，中央财政支出中教育经费所占比例每年提高一个百分点，仅此一项五年增加489亿元。"
S2004 = "从今年起，逐步降低农业税税率，平均每年降低1个百分点以上，五年内取消农业税。"


def test_share_raised_a_point_each_year() -> None:
    # national work report 2003
    f = fact("2003年政府工作报告\n\n一、过去五年政府工作的回顾\n\n" + S2003 + "\n", "一个百分点")
    assert (f["measure"], f["value"], f["comparator"], f["period"]) == ("pp_diff", 1.0, "每年", "1998-2002年")
    assert "multi_year" in f["flags"]


def test_rate_cut_a_point_each_year_on_average() -> None:
    # national work report 2004
    f = fact("2004年政府工作报告\n\n二、2004年主要任务\n\n" + S2004 + "\n", "1个百分点")
    assert (f["measure"], f["value"], f["qualifier"], f["comparator"]) == ("pp_diff", -1.0, "at_least", "平均每年")


def test_points_each_year_on_average_in_a_review_fixture() -> None:
    # written regression fixture, as a district review of five years prints a share's yearly rise
    text = "2024年政府工作报告\n\n一、过去五年工作回顾\n\n五年来，全区经济稳步发展。城镇化率年均提高1.2个百分点。\n"
    f = fact(text, "1.2")
    assert (f["measure"], f["comparator"]) == ("pp_diff", "年均")
    assert "multi_year" in f["flags"]


S2008_JOBS = "统筹做好就业再就业工作，全面加强职业技能培训，平均每年城镇新增就业1000多万人、农村劳动力转移就业800万人。"
S2007_OVER = "从2003年到2006年年均超收2040亿元，其中去年超收2573亿元。"


def test_next_item_of_a_list_is_read_per_year_too() -> None:
    # national work report 2013: the pupils aided are those of each year, as the sum before them
    f = fact("2013年政府工作报告\n\n一、过去五年工作回顾\n\n" + S2013 + "\n", "8000")
    assert (f["indicator"], f["measure"], f["value"], f["comparator"]) == ("资助学生", "level", 8e7, "每年")
    assert f["period"] == "2008-2012年" and "multi_year" in f["flags"]


def test_jobs_listed_after_an_average_each_year() -> None:
    # national work report 2008: 800万人 is a year's transfer, no five-year total
    f = fact(REVIEW_2008 + S2008_JOBS + "\n", "800")
    assert (f["indicator"], f["measure"], f["comparator"], f["period"]) == (
        "农村劳动力转移就业", "level", "平均每年", "2003-2007年")
    assert "multi_year" in f["flags"]


def test_a_year_named_after_an_average_is_its_own() -> None:
    # national work report 2007: 去年超收 is last year's, not an average
    f = fact("2007年政府工作报告\n\n二、2007年工作的总体要求和主要任务\n\n" + S2007_OVER + "\n", "2573")
    assert f["comparator"] != "年均" and "multi_year" not in f["flags"]


S1955_TUBERS = ("在全国的杂粮产区和其他适当地区，如果再把一、二千万亩粮田改种薯类，则虽然每年减少粮食二、三十亿斤，"
                "但能增产薯类一百多亿斤到二百多亿斤。")


def test_both_ends_of_a_range_after_a_yearly_cut_are_yearly():
    # national work report 1955: the tubers gained each year, as the grain lost
    text = "关于发展国民经济的第一个五年计划的报告\n\n" + S1955_TUBERS + "\n"
    low, high = fact(text, "一百多亿斤"), fact(text, "二百多亿斤")
    assert (low["comparator"], high["comparator"]) == ("每年", "每年")
    assert "multi_year" in low["flags"] and "multi_year" in high["flags"]


S2009_PENSION = "今明两年继续提高企业退休人员基本养老金，人均每年增长10%左右。"
S1978_GROWTH = "从一九七八年到一九八五年八年间，我国农业总产值每年要增长百分之四到五，工业总产值每年要增长百分之十以上。"


def test_growth_per_head_each_year_keeps_each_year(work_reports) -> None:
    # national work report 2009, the plan part: 10% a year over both years, no 10% over the two together
    f = work_reports.fact_at(2009, S2009_PENSION, "10%")
    assert (f["indicator"], f["measure"], f["comparator"], f["period"]) == (
        "企业退休人员基本养老金", "change_pct", "每年", "2009-2010年")
    assert "multi_year" in f["flags"]


@pytest.mark.parametrize(("phrase", "printed"), [
    (S1978_GROWTH, "百分之四"), ("增长百分之四到五", "五"), (S1978_GROWTH, "百分之十"),
])
def test_growth_each_year_of_a_span_keeps_each_year(work_reports, phrase, printed) -> None:
    # national work report 1978: each year's growth over the eight years, not a growth against them
    f = work_reports.fact_at(1978, phrase, printed)
    assert (f["measure"], f["comparator"]) == ("change_pct", "每年")
    assert "multi_year" in f["flags"]


def test_growth_each_year_in_a_plan_fixture() -> None:
    # written regression fixture, as a district plan prints a yearly growth
    text = "2021年政府工作报告\n\n二、2021年工作安排\n\n全区一般公共预算收入每年增长5%左右。\n"
    f = fact(text, "5%")
    assert (f["indicator"], f["measure"], f["comparator"]) == ("一般公共预算收入", "change_pct", "每年")
