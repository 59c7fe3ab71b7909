"""A clause that only says how a quantity's growth turned names the figures of the clauses after it; funds secured
(争取到位, 成功争取) are outcomes named by what was secured.

District and city reports open a clause with the turn of a growth and print the rate in the next one: 规上工业增加值
增速由负转正，同比增长0.5%; 社会消费品零售总额降幅收窄，同比下降2.5%. The rate (and a difference of it printed after) is
of the quantity, so the name is the quantity, without the growth word (增速, 增幅, 降幅) or the turn (由负转正, 由降转增,
止跌回升, 企稳回升, 降幅收窄, 增速回升). xiaoshan_hz_2022_h1 prints the turn (规上工业增加值增幅实现由负转正) with no rate
after it; no text at hand prints the rate after the turn, so the sentences here are written in the form of those
reports.

争取到位 (secured and paid in) is one verb, so 争取到位上级资金 names 上级资金, not 位上级资金; 成功争取 says the funds or
projects were obtained, an outcome, as 已争取 and 累计争取 do. Written sentences in the form of the district reports.
"""

from __future__ import annotations

import pytest
from _sentences import fact_at

# written, in the form of a district's half-year report (xiaoshan_hz_2022_h1: 规上工业增加值增幅实现由负转正)
TURNS = [
    ("上半年,全区规模以上工业增加值增速由负转正,同比增长0.5%,比一季度回升3.2个百分点。", "规模以上工业增加值"),
    ("上半年,全区规模以上工业增加值实现由负转正,同比增长0.5%。", "规模以上工业增加值"),
    ("上半年,全区规模以上工业增加值增速实现由降转增,同比增长0.5%。", "规模以上工业增加值"),
    ("上半年,全区规模以上工业增加值增速止跌回升,同比增长0.5%。", "规模以上工业增加值"),
    ("上半年,全区社会消费品零售总额降幅收窄,同比下降2.5%。", "社会消费品零售总额"),
    ("上半年,全区固定资产投资增速稳步回升,同比增长5.5%。", "固定资产投资"),
]


@pytest.mark.parametrize(("text", "name"), TURNS)
def test_rate_after_a_turned_growth_is_of_the_quantity(text, name):
    f = fact_at(text, "0.5%" if "0.5%" in text else "2.5%" if "2.5%" in text else "5.5%")
    assert (f["indicator"], f["measure"]) == (name, "yoy_pct")


def test_difference_after_the_rate_keeps_the_quantity():
    f = fact_at(TURNS[0][0], "3.2个百分点")
    assert (f["indicator"], f["measure"], f["comparator"]) == ("规模以上工业增加值", "pp_diff", "一季度")


def test_narrowed_decline_keeps_its_sign():
    f = fact_at("上半年,全区社会消费品零售总额降幅持续收窄,同比下降2.5%,比一季度收窄3.1个百分点。", "2.5%")
    assert (f["indicator"], f["value"]) == ("社会消费品零售总额", -2.5)


# written, in the form of a district's half-year report (the review part, then the plan part)
FUNDS = ("关于2023年上半年工作情况的报告\n一、上半年工作回顾\n"
         "上半年,全区争取到位上级资金5.6亿元,同比增长12%。成功争取中央预算内投资项目12个,获得资金3.5亿元。\n"
         "二、下半年工作安排\n积极争取中央预算内投资项目10个以上。\n")


def test_funds_secured_and_paid_in_are_named_by_the_funds():
    f = fact_at(FUNDS, "5.6亿元")
    assert (f["indicator"], f["status"]) == ("上级资金", "actual")


def test_projects_secured_with_success_are_an_outcome():
    assert [fact_at(FUNDS, p)["status"] for p in ("12个", "3.5亿元")] == ["actual", "actual"]


def test_projects_to_secure_in_the_plan_stay_a_target():
    assert fact_at(FUNDS, "10个以上")["status"] == "target"
