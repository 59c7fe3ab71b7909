"""A quote that holds nothing but one count in digits and its noun (“4个中心”) names a slogan, as the same quote in
words (“四个中心”) does: no figure. A quoted list of counts (“10个点、15条线、3个面”, national work-plan wording of
dongcheng_2017_h1) keeps its figures, and an amount after a quote is outside it. The slogan sentence is written.
"""

from __future__ import annotations

from _sentences import fact, facts


def test_quote_of_one_count_and_its_noun_is_a_slogan():
    # written
    text = "围绕“4个中心”功能建设,落实重点任务126项。"
    assert list(facts(text)["raw_value"]) == ["126"]
    # written: the same slogan in words
    assert list(facts("围绕“四个中心”功能建设,落实重点任务126项。")["raw_value"]) == ["126"]


def test_quoted_list_of_counts_keeps_its_figures():
    # dongcheng_2017_h1
    text = ("继续坚持抓好疏解与提升两条线、用好政府和市场两只手、算好人口和效益两笔账的工作原则,确定并推进“10个点、15条线、"
            "3个面”的重点任务,实行“日报送、周排名、月通报、季拉练”,健全完善“三起来”工作体系,")
    assert fact(text, "10个")["value"] == 10.0


def test_count_after_a_quote_is_outside_it():
    # written
    assert fact("出台“紫金服务”20条措施。", "20条")["value"] == 20.0
