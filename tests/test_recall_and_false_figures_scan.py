"""Figures the facts table misses or holds wrongly, found by a scan of every numeral of the texts at hand.

Verbatim: a small count in words that announces the list after it (1957: 这个报告分为五个部分：（１）…; 1958: 有两种不同
的处理方法：一种是…; 1981: 还有两类产品和企业。一类是…; 1982: 企业整顿的关键是三条。一条是…; 1987: 基本点是两条，
一是…) is no figure: the members follow, the count only says how many are coming.
Verbatim (tests/gold/real xicheng 2018): the first ten of a ranking named as a group (排名前十的企业) is no figure, nor a
rank of the subject; printed with Arabic digits or with 位 (排名前10的, 前十位的) as district reports print it, the same.
A count and a share inside quotes that name a rule (扬尘治理“6个100%”要求) are a slogan, as “三个100%” is.
A line that opens with a scope and an age class (全区60岁以上老年人…接种率) keeps the age in the indicator: a number a
unit follows is no row number of a flattened table (经济社会发展主要预期目标1地区生产总值…).
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts


def _no_fact_at(text: str, printed: str) -> None:
    f = facts(text)
    at = text.index(printed)
    hit = f[(f["start"] < at + len(printed)) & (f["end"] > at)]
    assert hit.empty, hit[["raw_value", "indicator", "measure"]].to_string()


# -- a count that announces the list after it -----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "printed"), [
    ("这个报告分为五个部分：（１）关于社会主义革命；（２）关于社会主义建設；（３）关于人民生活；（４）关于国家基本制度；"
     "（５）关于国内外团結。", "五个"),
    ("当不平衡现象出现的时候，有两种不同的处理方法：一种是积极的方法，对新生事物感到高兴，促进它的生长，依靠群众的力量，"
     "及时地消除薄弱环节，使经济的发展达到新的更高的水平。", "两种"),
    ("在这两大类之间，还有两类产品和企业。一类是大部分按国家计划生产，小部分由企业自行组织生产，这一类基本上接近前一大类，"
     "但又有所不同。", "两类"),
    ("在今后三年内，必须把现有企业整顿一遍。企业整顿的关键是三条。一条是\n建立起好的领导班子，\n一条是", "三条"),
    ("中国共产党十一届三中全会以来的路线，基本点是两条，一是坚持四项基本原则，一是实行改革、开放、搞活的方针。", "两条"),
])
def test_a_count_announcing_its_list_is_no_figure(text, printed):
    _no_fact_at(text, printed)


# -- the first N of a ranking named as a group ----------------------------------------------------------------------

XICHENG = "在工业总产值排名前十的企业中能源供应业企业为6家,累计完成产值561.9亿元,成为拉动区域工业增长的主要因素。"


@pytest.mark.parametrize("text", [
    XICHENG,
    XICHENG.replace("前十的", "前10的"),
    XICHENG.replace("前十的", "前十位的"),
    XICHENG.replace("前十的", "前10位的"),
])
def test_the_first_ten_named_as_a_group_are_no_figure(text):
    f = facts(text)
    assert list(f["raw_value"]) == ["6", "561.9"], f[["raw_value", "indicator", "measure"]].to_string()
    assert (f["measure"] == "level").all()


def test_a_top_rank_still_ranks():
    got = fact("围挡治理等12项任务完成量排名全市前三。", "前三")
    assert (got["measure"], got["value"], got["qualifier"]) == ("rank", 3.0, "at_most")


# -- a count of figures inside quotes is a slogan ----------------------------------------------------------------------

def test_a_quoted_count_of_figures_is_a_slogan():
    text = "全面落实工地扬尘治理“6个100%”要求,检查工地320个。"
    _no_fact_at(text, "6个100%")
    got = fact(text, "320个")
    assert (got["indicator"], got["value"], got["unit"]) == ("检查工地", 320.0, "个")


def test_a_quoted_unit_count_is_still_a_figure():
    got = fact("“政策加油包”722万元惠及企业1200家。", "722万元")
    assert (got["measure"], got["value"]) == ("level", 7.22e6)


# -- an age class opening a line is no row number ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "全区60岁以上老年人新冠疫苗接种率达到90.5%。",
    "本区60岁及以上老年人新冠疫苗接种率达到90.5%。",
])
def test_an_age_class_opening_a_line_stays_in_the_indicator(text):
    got = fact(text, "90.5%")
    assert got["indicator"].startswith("60岁") and got["indicator"].endswith("接种率"), got["indicator"]
    assert got["measure"] == "rate_pct"


def test_a_row_number_of_a_flattened_table_still_opens_the_name():
    got = fact("经济社会发展主要预期目标1地区生产总值增长6%左右。", "6%")
    assert (got["indicator"], got["measure"], got["qualifier"]) == ("地区生产总值", "yoy_pct", "about")
