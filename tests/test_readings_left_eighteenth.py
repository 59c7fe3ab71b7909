"""Readings of real sentences once left wrong: a sentence opening with 其中 has the status of the whole the sentence
before it gives, the plan's figure, not the level that plan is compared with; a count of persons whose safety is
assured (保障好…人的…安全) names them, as a count of persons whose problem is solved does; the agent after 由 is not
what a count before it counts; a clause opening with 要 plans the level the next clause reaches (要建立…，…达到).
Sentences copied verbatim from the national work reports (year in the comment)."""

from __future__ import annotations

from _sentences import fact_at, facts


def test_a_sentence_opening_with_its_parts_has_the_status_of_the_whole_before():
    # 1982
    s = ("第六个五年计划规定，一九八五年工农业总产值达到八千七百一十亿元，比一九八○年的七千一百五十九亿元增加一千五百五十一亿元。"
         "其中，农业总产值由二千一百八十七亿元增加到二千六百六十亿元，工业总产值由四千九百七十二亿元增加到六千零五十亿元，"
         "都是平均每年递增百分之四，在执行中争取达到百分之五。")
    f = fact_at(s, "二千六百六十亿元")
    assert (f["indicator"], f["status"]) == ("农业总产值", "target")
    assert fact_at(s, "六千零五十亿元")["status"] == "target"
    f = facts(s)
    assert set(f[f["raw_value"] == "百分之四"]["status"]) == {"target"}  # (the growth of each)
    assert fact_at(s, "二千一百八十七亿元")["status"] == "actual"  # the level of 1980 it grows from


def test_the_whole_is_not_the_level_the_plan_is_compared_with():
    # 1982
    s = ("到一九八五年，城乡居民按人口平均的消费水平，将比一九八○年增长百分之二十二，平均每年递增百分之四点一，"
         "高于一九五三年至一九八○年二十八年平均每年递增百分之二点六的水平。"
         "其中，城镇居民的消费水平平均每年递增百分之三点二，农村居民的消费水平平均每年递增百分之四点二。")
    f = fact_at(s, "百分之三点二")
    assert (f["indicator"], f["status"]) == ("城镇居民的消费水平", "target")
    assert fact_at(s, "百分之四点二")["status"] == "target"
    assert fact_at(s, "百分之二点六")["status"] == "actual"


def test_a_count_of_persons_whose_safety_is_assured_names_them():
    # 2021
    s = "解决好吃饭问题始终是头等大事，我们一定要下力气也完全有能力保障好14亿人的粮食安全。"
    f = fact_at(s, "14亿人")
    assert (f["indicator"], f["measure"], f["unit"]) == ("保障粮食安全的人口", "level", "人")


def test_the_agent_that_serves_a_count_is_not_what_it_counts():
    # 1997
    s = ("国家决定首先集中力量抓好１０００户，去年已经对其中近３００户由银行提供资金支持，加强信贷监督，取得了比较好的效果，"
         "今年要扩大到５１１户。")
    f = fact_at(s, "３００户")
    assert f["indicator"] != "银行"
    assert f["indicator"] == fact_at(s, "１０００户")["indicator"]  # (the firms 其中 refers to)
    assert fact_at(s, "５１１户")["indicator"] != "银行"


def test_a_clause_opening_with_yao_plans_the_level_the_next_clause_reaches():
    # 1978
    s = ("按照十年规划，在这十年里，要建立稳固的农业基础，农业主要作业机械化水平达到百分之八十五以上，"
         "按农业人口达到一人一亩旱涝保收、高产稳产农田，农林牧副渔都达到较高水平。")
    f = fact_at(s, "百分之八十五")
    assert (f["indicator"], f["measure"], f["qualifier"], f["status"]) == (
        "农业主要作业机械化水平", "rate_pct", "at_least", "target")
    # 1981
    s = "油的生产和建设，要抓好大庆等现有油田的技术改造和挖潜革新，近几年把总产量稳定在一亿吨的水平上，还要尽可能地集中一些资金，加强新油田的开发。"
    f = fact_at(s, "一亿吨")
    assert (f["indicator"], f["status"]) == ("油产量", "target")
