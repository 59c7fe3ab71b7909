"""A target a work report sets for its year and the outcome the next report prints of it share one glossary key,
on verbatim sentences of the national work reports (the year of each is in the parameters).

The same programme is printed in other words from year to year: the central budget's science outlay as 科技支出
in the plan and 科技投入 in the review; dwellings of the urban affordable housing programme as 城镇保障性住房 or
保障性安居工程; the counties in the new rural cooperative medical scheme (新型农村合作医疗) and in the new rural
pension pilot (新型农村社会养老保险) as the range the pilot is widened to or the counties it covers; the central
government's investment as 投资总额 in the plan and 公共投资 in the review; the diseases of the national immunisation
programme, the counties of the county hospital reform pilot, the customs clearance time (整体 in the plan, 货物 in the
review) and the rural migrants settled in towns (进城落户, 在城镇落户). A share of counties a pilot is widened to and a
count of migrants settled are leasts: reaching more meets them.
"""

from __future__ import annotations

import pandas as pd
import pytest

from dhcheng_analysis import corpus as C


@pytest.mark.parametrize(("t_year", "target", "t_printed", "o_year", "outcome", "o_printed", "key"), [
    (2008, "今年中央财政将安排科技支出1134亿元", "1134",
     2009, "中央财政科技投入1163亿元", "1163", "central_science_technology_spending"),
    (2013, "今年城镇保障性住房基本建成470万套", "470",
     2014, "基本建成544万套", "544", "affordable_housing_completed"),
    (2013, "今年城镇保障性住房基本建成470万套、新开工630万套", "630",
     2014, "新开工保障性安居工程666万套", "666", "affordable_housing_started"),
    (2006, "今年把试点的范围扩大到全国40%的县", "40",
     2007, "新型农村合作医疗试点范围扩大到1451个县（市、区），占全国总数的50.7％", "50.7", "ncms_counties"),
    (2007, "试点范围扩大到全国80%以上的县（市、区）", "80",
     2008, "新型农村合作医疗制度不断完善，已扩大到全国86%的县", "86", "ncms_counties"),
    (2010, "扎实推进新型农村社会养老保险试点，试点范围扩大到23%的县", "23",
     2011, "新型农村社会养老保险试点覆盖24%的县", "24", "nrps_pilot_counties"),
    (2009, "今年中央政府投资总额9080亿元", "9080",
     2010, "2009年中央政府公共投资9243亿元", "9243", "central_budget_investment"),
    (2007, "将甲肝、流脑等15种可以通过接种疫苗有效预防的传染病纳入国家免疫规划", "15",
     2008, "国家规划免疫预防的疾病由7种扩大到15种", "15种", "national_immunisation_diseases"),
    (2014, "县级公立医院综合改革试点扩大到1000个县", "1000",
     2015, "公立医院改革试点县市达到1300多个", "1300", "county_hospital_reform_counties"),
    (2018, "整体通关时间再压缩三分之一", "三分之一",
     2019, "货物通关时间压缩一半以上", "一半", "customs_clearance_time"),
    (2018, "今年再进城落户1300万人", "1300",
     2019, "近1400万农业转移人口在城镇落户", "1400", "urban_hukou_settlement"),
])
def test_a_target_and_the_next_reports_outcome_share_a_key(work_reports, t_year, target, t_printed, o_year, outcome,
                                                           o_printed, key):
    # national work reports: the target of t_year, the outcome printed by the report of the year after
    t = work_reports.fact_at(t_year, target, t_printed)
    o = work_reports.fact_at(o_year, outcome, o_printed)
    assert (t["status"], t["period"], o["status"], o["period"]) == ("target", f"{t_year}年", "actual", f"{t_year}年")
    assert t["indicator_key"] == o["indicator_key"] == key


@pytest.mark.parametrize(("year", "phrase", "printed", "key"), [
    # the central construction investment, bonds and budget together, as 2008 prints it (中央建设投资总计为1521亿元)
    (2007, "中央政府建设投资总规模为1304亿元", "1304", "central_budget_investment"),
    # the central re-employment funds of the years before and after (再就业补助资金83亿元 in 2004, 25l亿元 in 2006)
    (2005, "今年中央财政安排109亿元资金支持再就业", "109", "central_employment_funds"),
])
def test_a_programmes_amount_named_another_way_keeps_the_key_of_its_series(work_reports, year, phrase, printed, key):
    # national work reports of the year given
    assert work_reports.fact_at(year, phrase, printed)["indicator_key"] == key


def _of_report(f: pd.DataFrame, delivered: int) -> pd.DataFrame:
    """The facts of the work report delivered in ``delivered``, with the corpus columns that year gives them."""
    rid = f"gwr_{delivered}"
    reports = pd.DataFrame({"report_id": [rid], "year": [delivered], "period_year": [delivered - 1],
                            "plan_year": [delivered], "period": [str(delivered - 1)], "place": ["中国"],
                            "level": ["national"], "kind": ["work_report"]})
    return C._with_corpus_columns(f.assign(report_id=rid), reports)


@pytest.mark.parametrize(("year", "key", "target", "outcome"), [
    # national work reports 2006 (扩大到全国40%的县) and 2007 (占全国总数的50.7％)
    (2006, "ncms_counties", 40.0, 50.7),
    # national work reports 2018 (今年再进城落户1300万人) and 2019 (近1400万农业转移人口在城镇落户)
    (2018, "urban_hukou_settlement", 13_000_000.0, 14_000_000.0),
])
def test_more_than_planned_meets_a_target_of_counties_reached_or_migrants_settled(work_reports, year, key, target,
                                                                                  outcome):
    f = pd.concat([_of_report(work_reports[y][1], y) for y in (year, year + 1)], ignore_index=True)
    t = C.target_outcomes(f).query("indicator_key == @key")
    assert t[["year", "target_value", "outcome_value", "met"]].values.tolist() == [[year, target, outcome, True]]
