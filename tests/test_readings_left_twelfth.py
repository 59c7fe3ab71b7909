"""Readings left open by earlier passes over the texts (a twelfth pass).

Written: an amount or a rate followed by 的 and a target noun with a word saying which target (年度目标, 全年目标,
预期目标, like the 预定目标 of the 1999 national work report: 略低于8％的预定目标) is the target of the quantity its
clause names, not a quantity named 年度目标. Verbatim: the pilots the 2008 and 2017 national work reports extend to
a share of the cities or prefectures (试点要扩大到全国50%以上的城市, 扩大到85%以上地市): a share of those units, named by
what is extended to them, not by the pilot alone.
"""

from __future__ import annotations

from _sentences import fact

# -- a figure, 的, then a modified target noun: the quantity before it ----------------------------------------------


def test_an_amount_before_a_modified_target_noun_is_of_the_subject() -> None:
    got = fact("一般公共预算收入完成100亿元的年度目标。", "100亿元")
    assert (got["indicator"], got["measure"]) == ("一般公共预算收入", "level")
    got = fact("地区生产总值达到500亿元的全年目标。", "500亿元")
    assert (got["indicator"], got["status"]) == ("地区生产总值", "target")


def test_a_rate_before_a_modified_target_noun_is_the_target_of_the_growth() -> None:
    text = "地区生产总值增长7.5%，高于7%的年度目标。"
    got = fact(text, "7%")
    assert (got["indicator"], got["measure"], got["qualifier"], got["status"]) == (
        "地区生产总值", "yoy_pct", "exact", "target")


# -- a share of units after a verb that extends the subject to them: the units it is extended to -------------------


def test_a_share_of_units_a_pilot_is_extended_to_is_of_the_units() -> None:
    text = ("扩大城镇职工基本医疗保险覆盖面；城镇居民基本医疗保险试点要扩大到全国50%以上的城市；在全国农村全面推行新型农村合作医疗制度，"
            "用两年时间将筹资标准由每人每年50元提高到100元，其中中央和地方财政对参合农民的补助标准由40元提高到80元。")
    got = fact(text, "50%")
    assert (got["indicator"], got["qualifier"], got["status"]) == ("城镇居民基本医疗保险试点扩大到的城市", "at_least", "target")
    got = fact("分级诊疗试点和家庭签约服务扩大到85%以上地市。", "85%")
    assert got["indicator"] == "分级诊疗试点和家庭签约服务扩大到的地市"
