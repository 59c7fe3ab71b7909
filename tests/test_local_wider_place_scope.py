"""A clause heading with the whole of a wider place than the report's own is that place's figure, not the report's.

A district's report speaks of itself as 全区 or 我区; 全市 at the head of a clause, after a time at most, is the
city's whole (全市“疏解整治促提升”专项行动共有15个指标 in a report of 东城区). The figure takes that word as its
scope, and so do the figures after it in its semicolon item carrying its name, until a clause names a place of its
own. A city's report is of 全市 itself, and a rank after 全市 ranks the report's own place in it.
"""

from __future__ import annotations

from pathlib import Path

from _real_tables import real_facts
from _sentences import facts

REAL = Path(__file__).parent / "gold" / "real" / "texts"
# the title of the real report (tests/gold/real/texts/dongcheng_2017_h1.txt), which gives its place and level
DONGCHENG_2017 = "关于东城区2017年国民经济和社会发展计划上半年执行情况的报告\n"


def _row(table, printed: str) -> dict:
    return table[table["raw_value"] + table["raw_unit"] == printed].iloc[0].to_dict()


def test_the_citys_count_in_a_districts_report_has_the_city_as_its_scope() -> None:
    # tests/gold/real/texts/dongcheng_2017_h1.txt
    f = real_facts(REAL / "dongcheng_2017_h1.txt")
    row = _row(f, "15个")
    assert (row["indicator"], row["scope"]) == ("“疏解整治促提升”专项行动的指标", "全市")
    assert _row(f, "9个")["scope"] == ""  # 我区有9个指标已完成全年任务: the district's own


def test_the_figures_carrying_the_citys_name_share_its_scope_until_the_district_speaks() -> None:
    # tests/gold/real/texts/dongcheng_2017_h1.txt (its title; the sentence a district report's shape)
    f = facts(DONGCHENG_2017 + "上半年，全市地区生产总值实现1000亿元，增长6.8%，比一季度提高0.5个百分点，我区增长7.1%，"
              "比一季度提高1个百分点。全区地区生产总值增长7.1%。")
    assert f["scope"].tolist() == ["全市", "全市", "全市", "", "", ""]


def test_a_citys_own_report_and_a_rank_in_the_city_keep_no_scope() -> None:
    # tests/gold/real/texts/puyang_m3_budget_table.txt: a city's report of its own 全市
    f = real_facts(REAL / "puyang_m3_budget_table.txt")
    assert _row(f, "73795万元")["scope"] == ""
    # tests/gold/real/texts/chengyang_qd_2022_bulletin.txt: the district ranked in the city
    g = real_facts(REAL / "chengyang_qd_2022_bulletin.txt")
    rank = g[(g["measure"] == "rank") & (g["comparator"] == "全市")]
    assert len(rank) == 2 and set(rank["scope"]) == {""}
