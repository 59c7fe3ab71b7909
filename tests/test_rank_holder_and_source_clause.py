"""A rank that names nothing before it, and a count whose noun is separated from it by where its figure comes from.

A rank with no name before it and nothing carried, printed before 的 and a noun (排名第1的朝阳区), is named by what
holds the rank. A clause saying where a figure comes from (据十二个省的不完全统计, 据统计) between a noun and the
count of it in the clause after (有七千六百九十个, 共有1200家) is no name: the clause before it names what is counted,
not the units surveyed.
"""

from __future__ import annotations

from _sentences import fact

# national work report 1960
S1960 = ("社办的农业科学试验研究组织，据十二个省的不完全统计，有七千六百九十个，从业人员有三万八千多人。"
         "以人民公社为基础的全国性的农业科学试验研究网已经基本形成。")
# written: no text at hand prints a bare 据统计 between a noun and its total
TOTAL = "全区规上企业，据统计，共有1200家。"
# written: no text at hand prints a rank before 的 and the place that holds it
RANK = "排名第1的朝阳区，增长8%。"
RANK_WEI = "排名第一位的朝阳区增长8%。"


def test_source_clause_between_noun_and_count() -> None:
    assert fact(S1960, "七千六百九十")["indicator"] == "社办的农业科学试验研究组织"


def test_units_surveyed_keep_their_name() -> None:
    assert fact(S1960, "十二")["indicator"] == "省"


def test_bare_source_clause() -> None:
    assert fact(TOTAL, "1200")["indicator"] == "规上企业"


def test_rank_named_by_its_holder() -> None:
    f = fact(RANK, "第1")
    assert (f["measure"], f["value"], f["indicator"]) == ("rank", 1.0, "朝阳区")


def test_rank_with_its_counter_named_by_its_holder() -> None:
    assert fact(RANK_WEI, "第一")["indicator"] == "朝阳区"
