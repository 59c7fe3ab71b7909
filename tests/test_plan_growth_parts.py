"""The growth a plan sets for a part is a part of the growth it sets for the total, as an outcome's is: "对地方一般性
转移支付增长7.8%、增幅明显高于去年，其中均衡性转移支付、县级基本财力保障机制奖补资金等增幅均超过10%" (2021 national
work report, verbatim, under its plan heading) has both 10% growths as parts of the 7.8%; so do the growths of
农业总产值 and 工业总产值 under that of 全国工农业总产值 in the 1986 report's plan (verbatim). A budget's part with a level
and a growth of its own has its growth under the total's growth: the budget sentence is a regression fixture of a
district budget's shape, not text of a published report."""

from __future__ import annotations

import dhcheng_analysis as dh

TRANSFERS = ("三、2021年重点工作\n中央本级支出继续安排负增长，进一步大幅压减非急需非刚性支出，对地方一般性转移支付增长7.8%、"
             "增幅明显高于去年，其中均衡性转移支付、县级基本财力保障机制奖补资金等增幅均超过10%。\n")
SEVENTH_PLAN = ("根据社会不断增长的需要和综合各种生产条件的可能，“七五”计划草案规定，全国工农业总产值平均每年增长百分之六点七，"
                "其中农业总产值平均每年增长百分之四（包括村办工业为百分之六），工业总产值平均每年增长百分之七点五"
                "（不包括村办工业百分之七）；国民生产总值平均每年增长百分之七点五。\n")
BUDGET = ("二、2024年预算草案\n2024年一般公共预算支出安排85.2亿元，比上年增长3.1%，其中教育支出安排12.4亿元，增长5.2%；"
          "卫生健康支出安排6.3亿元，增长2.0%。\n")


def _facts(text: str) -> list[dict]:
    return dh.extract_facts(text).to_dict("records")


def test_growths_a_plan_sets_after_qizhong_are_parts_of_the_total_growth():
    fs = _facts(TRANSFERS)
    total = next(f for f in fs if f["raw_value"] == "7.8")
    parts = [f for f in fs if f["raw_value"] == "10"]
    assert total["status"] == "target" and len(parts) == 2
    assert all((f["status"], f["relation"], f["parent_id"]) == ("target", "part", total["fact_id"]) for f in parts)


def test_yearly_growths_of_a_plans_parts_are_parts_of_its_total():
    facts = _facts(SEVENTH_PLAN)
    fs = {f["indicator"]: f for f in facts if f["raw_value"] in ("百分之六点七", "百分之四")}
    fs.update({f["indicator"]: f for f in facts if f["raw_value"] == "百分之七点五"
               and f["indicator"] == "工业总产值"})
    total = fs["全国工农业总产值"]
    for name in ("农业总产值", "工业总产值"):
        assert (fs[name]["relation"], fs[name]["parent_id"]) == ("part", total["fact_id"])


def test_fixture_a_budget_parts_growth_is_under_the_totals_growth():
    r = {f["raw_value"]: f for f in _facts(BUDGET)}
    assert {r[v]["status"] for v in r} == {"target"}
    for level, growth in (("12.4", "5.2"), ("6.3", "2.0")):
        assert (r[level]["relation"], r[level]["parent_id"]) == ("part", r["85.2"]["fact_id"])
        assert (r[growth]["relation"], r[growth]["parent_id"]) == ("part", r["3.1"]["fact_id"])


DEFICIT = ("二、2015年工作总体部署\n今年拟安排财政赤字1.62万亿元，比去年增加2700亿元，赤字率从去年的2.1%提高到2.3%。"
           "其中，中央财政赤字1.12万亿元，增加1700亿元；地方财政赤字5000亿元，增加1000亿元。\n")


def test_a_parts_increase_with_its_base_unsaid_is_under_the_totals_increase_on_last_year():
    """2015 national work report, verbatim: 增加1700亿元 leaves 比去年 unsaid, as 增长 does."""
    r = {f["raw_value"]: f for f in _facts(DEFICIT)}
    for level, change in (("1.12", "1700"), ("5000", "1000")):
        assert (r[level]["relation"], r[level]["parent_id"]) == ("part", r["1.62"]["fact_id"])
        assert r[change]["measure"] == "abs_change"
        assert (r[change]["relation"], r[change]["parent_id"]) == ("part", r["2700"]["fact_id"])
