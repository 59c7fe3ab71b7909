"""A share heading its clause after a clause that counts or rates a set: the share of the set that does
what its clause says. Sentences copied verbatim from the work-report corpus (year in the comment) and
from the bundled report."""

from __future__ import annotations

import pytest
from _sentences import fact_printed as fact


def test_a_share_after_a_count_of_persons_is_of_those_persons():
    # 2003
    s = "1998年以来，国有企业下岗职工达2700多万人，90%以上进入再就业服务中心，先后有1800多万人通过多种渠道和方式实现了再就业。"
    f = fact(s, "90")
    assert (f["indicator"], f["measure"], f["qualifier"]) == ("进入再就业服务中心的国有企业下岗职工", "rate_pct", "at_least")


def test_a_share_in_cheng_after_a_rate_of_firms_is_of_those_firms(bundled_facts):
    # the bundled report (东城区 2020 上半年)
    f = bundled_facts
    row = f[f["sentence"].str.contains("四成恢复正常经营水平") & (f["raw_value"] == "四成")].iloc[0]
    assert (row["indicator"], row["value"], row["measure"]) == ("恢复正常经营水平的中小微企业", 40, "rate_pct")
    first = f[f["sentence"].str.contains("四成恢复正常经营水平") & (f["raw_value"] == "九成")].iloc[0]
    assert first["indicator"] == "中小微企业复工率"


def test_a_share_of_money_keeps_the_amounts_name():
    # 2008: the amount's name first, then the use the share is put to (not a set of persons or units)
    s = "2003年到 2007年，中央财政对地方的转移支付累计4.25万亿元，87%用于支持中西部地区。"
    assert fact(s, "87")["indicator"] == "用于支持中西部地区的中央财政对地方的转移支付"


@pytest.mark.parametrize(("text", "printed"), [
    # the bundled report (东城区 2020 上半年)
    ("中小微企业复工率达九成以上,四成恢复正常经营水平。", "九成"),
    # national work report 2023
    ("地级及以上城市细颗粒物（PM2.5）平均浓度下降27.5%，重污染天数下降超过五成，全国地表水优良水体比例由67.9%上升到87.9%。",
     "五成"),
])
def test_a_share_in_cheng_is_printed_once(text, printed):
    # the figure as printed is raw_value followed by raw_unit: 九成, not 九成成
    f = fact(text, printed)
    assert (f["raw_value"], f["raw_unit"], f["unit"]) == (printed, "", "%")
