"""Counts that recap a list and counts that measure; a doubling with a qualifier before its verb.

A small count in words right after a list joined by 、 that names as many things (京津冀交通、生态、产业三个重点领域,
上海、深圳、成都三个招商站点) only sums up the list: no figure. A count of more things than the list names, or of a
list closed by 等 (检疫检测组、市场防疫组等四个专项小组), and a count of times (党中央、国务院两次召开…会议) are
figures still.

A qualifier before the verb of a doubling (全国财政收入十年接近翻一番) says how exact the doubling is: the figure is
read, nearly a doubling, over the years named before it (a year printed with spaced digits, 比1 9 8 0 年翻两番, is
the base compared with, no span of years).

Sentences of the State Council government work reports are quoted by year, those of the district reports under
tests/gold/real and data/ by file; one written in their form, not real, is marked as such.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts


@pytest.mark.parametrize(("s", "printed"), [
    # tests/gold/real/texts/beijing_2017_h1.txt
    ("京津冀交通、生态、产业三个重点领域加快突破。", "三个"),
    # tests/gold/real/texts/dongcheng_2025_h1.txt
    ("加大招商引资力度,组建招商引资专班,筹备建设上海、深圳、成都三个招商站点。", "三个"),
    # 1997
    ("搞好航空、石油化工、有色金属三个国家控股公司的试点，并对电力、冶金等工业的管理体制进行改革。", "三个"),
    # 1978
    ("在建成全国独立的、比较完整的工业体系和国民经济体系的基础上，基本建成西南、西北、中南、华东、华北、东北六个大区的"
     "经济体系，并把内地建成强大的战略后方基地。", "六个"),
    # 2006 (the last two items joined by 和)
    ("根据各个区域资源、环境的承载能力和发展的潜力，将国土空间划分为优化开发、重点开发、限制开发和禁止开发四类主体功能区，"
     "实施不同的区域政策。", "四类"),
])
def test_a_count_of_the_things_a_list_just_named_is_no_figure(s, printed):
    f = facts(s)
    at = s.index(printed)
    assert not ((f["start"] <= at) & (f["end"] > at)).any(), f[["raw_value", "indicator"]].to_string()


def test_a_recap_count_is_left_out_and_the_counts_after_it_are_read():
    # data/dongcheng_2020_h1.txt
    s = ("启动新一轮背街小巷环境精细化整治提升三年行动计划,对照精治类、达标类、维护类三类标准,明确10大类、38项具体任务,"
         "确定2020年实施425条背街小巷提升任务、试点打造44个“美丽院落”,加快推进设计及概算编制工作。")
    f = facts(s)
    assert "三" not in set(f["raw_value"])
    r = fact(s, "38项")
    assert (r["indicator"], r["measure"], r["value"], r["unit"]) == ("具体任务", "level", 38, "项")


def test_a_count_of_more_things_than_a_list_closed_by_deng_names_is_a_figure():
    # data/dongcheng_2020_h1.txt
    s = "新发地疫情后,又新增检疫检测组、市场防疫组等四个专项小组,形成“一办十三组”组织架构,累计召开85次领导小组会议。"
    r = fact(s, "四个")
    assert (r["indicator"], r["measure"], r["value"], r["unit"], r["status"]) == ("专项小组", "level", 4, "个", "actual")


def test_a_count_said_of_the_things_listed_is_a_figure():
    # written in the form of a district report, not real: the count ends the clause, no noun after it
    s = "上半年,新增国家级、市级专精特新企业两家。"
    r = fact(s, "两家")
    assert (r["measure"], r["value"], r["unit"]) == ("level", 2, "家")


def test_how_often_the_things_listed_did_something_is_a_figure():
    # 2003
    s = "这几年，党中央、国务院两次召开全国再就业工作会议，相继制定和实行一系列政策措施。"
    r = fact(s, "两次")
    assert (r["measure"], r["value"], r["unit"]) == ("level", 2, "次")
    assert "再就业工作会议" in r["indicator"]


def test_a_doubling_with_a_qualifier_before_its_verb_is_read_over_the_years_before_it():
    # 2023
    s = ("减税降费公平普惠、高效直达，五年累计减税5.4万亿元、降费2.8万亿元，既帮助企业渡过难关、留得青山，也放水养鱼、"
         "涵养税源，年均新增涉税企业和个体工商户等超过1100万户，各年度中央财政收入预算都顺利完成，考虑留抵退税因素，"
         "全国财政收入十年接近翻一番。")
    r = fact(s, "一番")
    assert (r["indicator"], r["measure"], r["value"], r["unit"], r["qualifier"], r["comparator"]) == (
        "全国财政收入", "change_pct", 100, "%", "nearly", "十年")


def test_a_doubling_on_a_year_printed_with_spaced_digits_is_against_that_year():
    # 1998
    s = "顺利完成了“八五”计划，提前实现了本世纪末国民生产总值比1 9 8 0 年翻两番的目标。"
    r = fact(s, "两番")
    assert (r["indicator"], r["measure"], r["value"], r["comparator"]) == ("国民生产总值", "change_pct", 300, "1980年")


def test_satellites_are_counted_by_their_counter_in_words_and_digits():
    """颗 counts satellites as 枚 counts rockets: a count in words before it is read, and one in digits has a known unit."""
    # 1981
    f = fact("一枚运载火箭发射三颗卫星的成功，是我国科学技术继去年向太平洋预定海域发射运载火箭成功之后的又一重大成就。",
             "三颗")
    assert (f["value"], f["unit"]) == (3.0, "颗")
    # written: the count in digits
    f = fact("全年成功发射卫星35颗。", "35颗")
    assert (f["unit"], f["flags"]) == ("颗", "")
