"""Figures the facts table misses or holds wrongly, found by a scan of every numeral of the texts at hand.

Verbatim (1954, 1957, 1958, 1981, 1982, 1987): a small count in words that announces the list after it
(應當指出三個值得特別注意的地方。第一是…, 分为五个部分：（１）…, 有两种不同的处理方法：一种是…, 还有两类产品和企业。一类是…,
关键是三条。一条是…, 基本点是两条，一是…) is no figure: the members follow, the count only says how many come.
Verbatim (1954, 1955, 1981): 半数 is a half, as 一半 is (半數以上的農戶, 达到农户半数左右, 其中半数已投入生产).
Verbatim (xicheng 2018, yongning 2020) and forms of them no text at hand prints, written as district reports print
them: the first ten of a ranking named as a group (排名前十的企业, 前10的, 前十位的) is no figure nor a rank; the
number of districts a rank is taken among (在全市16县区中排名第五; 在全市16区营商环境考核中位列前三, 在全市16区中率先完成)
names the set, and the assessment is what ranks.
Written as district reports print them (no text at hand does): a count and a share inside quotes that name a rule
(扬尘治理“6个100%”要求) are a slogan, as “三个100%” is; the police line is a name (110接处警量), as 12345热线 is;
a bound that names a class of firms or taxpayers (年纳税额超千万元的企业, 从业人员10人以下的小微企业, 月销售额10万元以下的
小规模纳税人) is no figure, as 年综合能耗5万吨标准煤以上的企业 is not; a line that opens with a scope and an age class
(全区60岁以上老年人…接种率) keeps the age in the indicator, a number a unit follows being no row number of a
flattened table (经济社会发展主要预期目标1地区生产总值…).
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
    ("在工業的發展中應當指出三個值得特別注意的地方。第一是現代工業的産值在工農業總産值中的比重迅速上升。", "三個"),
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


# -- the size of the set a rank is taken in -----------------------------------------------------------------------------

def test_the_districts_of_a_ranking_set_are_no_figure_verbatim():
    text = ("2020年1-6月全城区组织财政收入累计完成146845万元,比上年同期144987万元增收1858万元,增长1.28%"
            "(增幅在全市16县区中排名第五),完成年初预算245800万元的59.74%,收入项目完成情况如下:")
    _no_fact_at(text, "16县区")
    got = fact(text, "第五")
    assert (got["measure"], got["value"]) == ("rank", 5.0)


@pytest.mark.parametrize(("text", "printed", "indicator"), [
    ("我区在全市16区营商环境考核中位列前三。", "前三", "营商环境考核"),
    ("在全市16区综合考评中排名第二。", "第二", "综合考评"),
])
def test_the_districts_before_the_assessment_ranked_in_are_no_figure(text, printed, indicator):
    _no_fact_at(text, "16区")
    got = fact(text, printed)
    assert (got["measure"], got["indicator"]) == ("rank", indicator)


def test_the_districts_a_first_is_taken_among_are_no_figure():
    _no_fact_at("在全市16区中率先完成。", "16区")


def test_the_units_of_the_own_district_are_still_counted():
    got = fact("全区16个街道全部完成。", "16个")
    assert (got["measure"], got["value"], got["unit"]) == ("level", 16.0, "个")


# -- 半数 is a half, as 一半 is ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "qualifier", "status"), [
    ("我們希望，在第一個五年計劃期末，全國可以有半數以上的農戶和土地加入農業生産合作社。", "at_least", "target"),
    ("其中东北各省和山西、河北、山东、河南及其他老解放区，合作化的规模都将达到农户半数左右。", "about", "target"),
    ("今年工业部门试制的新产品和试验的新工艺有上万种，其中半数已投入生产。", "exact", "actual"),
])
def test_half_in_number_words_is_a_share(text, qualifier, status):
    got = fact(text, "半")
    assert (got["measure"], got["value"], got["unit"], got["qualifier"], got["status"]) == (
        "rate_pct", 50.0, "%", qualifier, status)


# -- a bound that names a class of firms or taxpayers ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "bound", "printed", "value"), [
    ("年纳税额超千万元的企业达到156家,贡献税收占比78%。", "千万元", "156家", 156.0),
    ("对从业人员10人以下的小微企业给予房租减免,惠及企业1200家。", "10人", "1200家", 1200.0),
])
def test_a_bound_naming_a_class_of_firms_is_no_figure(text, bound, printed, value):
    _no_fact_at(text, bound)
    assert fact(text, printed)["value"] == value


def test_a_bound_naming_a_class_of_taxpayers_is_no_figure():
    _no_fact_at("对月销售额10万元以下的小规模纳税人免征增值税。", "10万元")


def test_a_count_of_persons_at_least_is_still_a_figure():
    got = fact("全年城镇新增就业3.2万人以上。", "3.2万人")
    assert (got["measure"], got["value"], got["qualifier"]) == ("level", 32000.0, "at_least")


# -- the number of a hotline -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "printed", "indicator"), [
    ("110接处警量同比下降12.5%。", "12.5%", "110接处警量"),
    ("全区110接警量3.2万起,同比下降8%。", "3.2万起", "110接警量"),
])
def test_the_police_line_is_a_name(text, printed, indicator):
    _no_fact_at(text, "110")
    assert fact(text, printed)["indicator"] == indicator
