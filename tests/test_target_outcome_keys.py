"""A programme printed in other words by a work report's plan and by the next report's review keeps one glossary
key, and its target is met as the programme's kind is, on verbatim sentences of the national work reports (the year
of each is in the parameters; the pairs of target and outcome that share a key are cases of
``test_a_target_and_the_next_reports_outcome_share_a_key`` in tests/test_budget_paid_keys.py).

The central budget's science outlay is 科技支出 in the plan and 科技投入 in the review; dwellings of the urban
affordable housing programme are 城镇保障性住房 or 保障性安居工程; the counties in the new rural cooperative medical
scheme (新型农村合作医疗) and in the new rural pension pilot (新型农村社会养老保险) are the range the pilot is widened to
or the counties it covers; the central government's investment is 投资总额 in the plan and 公共投资 in the review, as
建设投资总规模 the year before; the customs clearance time is 整体 in the plan and 货物 in the review; rural migrants
settle in towns as 进城落户 or 在城镇落户. A share of counties a pilot is widened to and a count of migrants settled
are leasts: reaching more meets them.
"""

from __future__ import annotations

import pandas as pd
import pytest

from dhcheng_analysis import corpus as C


@pytest.mark.parametrize(("year", "phrase", "printed", "key"), [
    # the central construction investment, bonds and budget together, as 2008 prints it (中央建设投资总计为1521亿元)
    (2007, "中央政府建设投资总规模为1304亿元", "1304", "central_budget_investment"),
    # the central re-employment funds of the years before and after (再就业补助资金83亿元 in 2004, 25l亿元 in 2006)
    (2005, "今年中央财政安排109亿元资金支持再就业", "109", "central_employment_funds"),
    # the number of earmarked transfer programmes: cut by a third in the 2014 plan, in the reviews of 2015 and 2016
    (2014, "专项转移支付项目要减少三分之一", "三分之一", "earmarked_transfer_programmes"),
    (2015, "专项转移支付项目比上年减少1/3以上", "1/3", "earmarked_transfer_programmes"),
    (2016, "中央对地方专项转移支付项目减少三分之一", "三分之一", "earmarked_transfer_programmes"),
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
