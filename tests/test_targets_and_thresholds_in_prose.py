"""Targets and class bounds in the prose of district and city reports.

An outcome measured against its target in the same clause (城镇登记失业率为1.5%，低于2%的控制目标; 增长6.2%，超年度
预算目标1.2个百分点): the target figure is the target of what the outcome measures, and a gap in points over it is
an outcome compared with the target. A target set after a comma (宏观调控目标，定为百分之八至九) is a target. An
amount's bound before 的 and a class noun (年主营业务收入2000万元以上的工业企业实现产值50亿元) names the class whose
figure follows; it is no figure.

Sentences of the State Council government work reports are quoted by year, those of the district reports under
tests/gold/real by file; the others are written in the form of district reports, not real, marked as such.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts


def test_a_target_compared_with_a_growth_is_the_target_of_that_growth():
    # 1999
    s = "国内生产总值比上年增长7.8％，虽然略低于8％的预定目标，但这是在抵御亚洲金融危机的冲击和战胜国内特大洪涝灾害的情况下取得的，来之不易。"
    r = fact(s, "8％的")
    assert (r["indicator"], r["measure"], r["status"], r["qualifier"]) == ("国内生产总值", "yoy_pct", "target", "exact")


@pytest.mark.parametrize("noun", ["控制目标", "调控目标"])
def test_a_control_target_compared_with_a_rate_is_the_target_of_that_rate(noun):
    # written in the form of a district half-year report, not real
    s = f"2023年上半年，全区城镇登记失业率为1.5%，低于2%的{noun}。"
    outcome, target = fact(s, "1.5%"), fact(s, "2%")
    assert (outcome["indicator"], outcome["status"]) == ("城镇登记失业率", "actual")
    assert (target["indicator"], target["measure"], target["status"], target["qualifier"]) == (
        "城镇登记失业率", "rate_pct", "target", "exact")


def test_points_over_a_target_are_an_outcome_against_it_real():
    # tests/gold/real/texts/beijing_2017_h1.txt
    s = "上半年地区生产总值增长6.8%,高于年初预期目标0.3个百分点。"
    r = fact(s, "0.3个百分点")
    assert (r["indicator"], r["measure"], r["status"], r["comparator"]) == ("地区生产总值", "pp_diff", "actual", "年初预期目标")


@pytest.mark.parametrize(("verb", "target"), [("超", "年度预算目标"), ("超", "年度目标"), ("超过", "年度目标"),
                                              ("超过", "年度预算目标"), ("高于", "年度目标")])
def test_points_over_a_yearly_or_budget_target_are_an_outcome_against_it(verb, target):
    # written in the form of a district budget report, not real
    s = f"2023年，全区一般公共预算收入增长6.2%，{verb}{target}1.2个百分点。"
    r = fact(s, "1.2个百分点")
    assert (r["indicator"], r["measure"], r["value"], r["status"], r["comparator"]) == (
        "一般公共预算收入", "pp_diff", 1.2, "actual", target)


def test_a_target_set_after_a_comma_is_a_target():
    # written in the form of the 1995 report (今年经济增长速度的宏观调控目标，定为百分之八至九), not real
    f = facts("宏观调控目标，定为百分之八至九。")
    assert list(f["status"]) == ["target", "target"]


def test_a_bound_naming_the_class_a_figure_is_of_is_no_figure():
    # written in the form of a district statistical bulletin, not real
    s = "2023年，年主营业务收入2000万元以上的工业企业实现产值50亿元，增长5%。"
    f = facts(s)
    assert "2000" not in set(f["raw_value"])
    r = fact(s, "50亿元")
    assert (r["indicator"], r["measure"], r["value"]) == ("年主营业务收入2000万元以上的工业企业产值", "level", 5e9)


def test_a_bound_before_a_level_noun_stays_a_figure():
    # written in the form of a district plan report, not real
    r = fact("2023年，全区地区生产总值稳定在3000亿元以上的水平。", "3000亿元")
    assert (r["measure"], r["qualifier"]) == ("level", "at_least")
