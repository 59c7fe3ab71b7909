"""Readings of real sentences once left wrong: what a count names when two modifiers share its noun, … .
Sentences copied verbatim from the national work reports (year in the comment) and the real reports."""

from __future__ import annotations

from _sentences import fact_at


def test_a_count_names_the_noun_two_joined_modifiers_share():
    # 2017
    s = "提高低保、优抚、退休人员基本养老金等标准，为1700多万困难和重度残疾人发放生活或护理补贴。"
    f = fact_at(s, "1700")
    assert (f["indicator"], f["unit"], f["qualifier"]) == ("困难和重度残疾人", "人", "over")
    # 2011
    s = "农业农村基础设施加快建设，完成7356座大中型和重点小型水库除险加固，解决2.15亿农村人口饮水安全问题，农民的日子越过越好，农村发展进入一个新时代。"
    assert fact_at(s, "7356")["indicator"].startswith("大中型和重点小型水库")
