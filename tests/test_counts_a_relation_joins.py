"""Two or three things counted in words right before a merger or a relation that joins them (两种…的并轨,
两个…的对立) are named by how many they are, no figure: ``计划内外两种价格的并轨`` gives no fact; a count the clause
says something of stays a figure (``两种体制同时并存`` → ``体制``, 2)."""

from __future__ import annotations

from _sentences import facts


def test_kinds_a_merger_joins_are_no_figure():
    # national work report 1992
    text = ("在价格改革方面，调整了２５年没有动过的城镇居民定量平价粮油销售价格，提高了长期偏低的部分基础工业产品的价格，"
            "部分产品实行了计划内外两种价格的并轨或缩小差距，对理顺价格关系起了积极的作用。")
    assert "两" not in set(facts(text)["raw_value"])


def test_parties_a_relation_joins_are_no_figure():
    # national work report 1984
    text = "我们也赞成东欧和西欧各国改善关系，消除两个军事集团的严重对立。"
    assert "两" not in set(facts(text)["raw_value"])


def test_a_count_the_clause_speaks_of_is_kept():
    # written: the two things are the subject of what the clause says
    f = facts("两种体制同时并存。")
    assert list(zip(f["raw_value"], f["indicator"], strict=True)) == [("两", "体制")]
