"""Readings left open by earlier passes over the texts (a sixth pass).

Verbatim: the growth target of the 2021 national work report, whose web copy breaks the verb 设定为 by a line of
nothing but a zero-width space. No text at hand prints a list of ranks after one 第 (居全国第三、四位) or a count
of times ranked before a rank that another count follows (我区5次位列全市第一、3次位列第二): those sentences are
written in the style of the work reports and of the district reports of tests/gold/real, as regression fixtures.
Verbatim: the rate of the 2023 national work report named by what its tax brings in (增值税收入占比最高…的税率);
the grain output of the 2012 report after its “八连增”, and the runs of rises of the 2013-2016 reports (no figure).
Written as those are: a run of rises printed bare (粮食产量七连增, 猪肉价格“五连涨”). Verbatim: the paragraph of the
2006 national work report whose 近三年 frames one sentence, the sentences after it of the year reviewed. No text at
hand prints persons joined by 和 before 各 and a count (教师和医生各1万人): those are written as the work reports print
their counts; verbatim: 财政收支各为… (1957) and the capacities 年产各30万吨的扬子和齐鲁乙烯工程 (1992), whose list follows.
Verbatim: the persons living in the shanty towns to be rebuilt (2014 and 2016 national work reports).
"""

from __future__ import annotations

import pytest
from _sentences import fact, fact_at, facts

import dhcheng_analysis as dh

# -- a soft line break inside a sentence splits no word; a bare target is of what the clause before names ---------

TARGET_2021 = ("经济增速是综合性指标，今年预期目标设定\n\u200b\n为6%以上，考虑了经济运行恢复情况，"
               "有利于引导各方面集中精力推进改革创新、推动高质量发展。")


def test_a_bare_target_after_a_clause_naming_the_indicator_is_of_it() -> None:
    got = fact(TARGET_2021, "6%")
    assert (got["indicator"], got["measure"], got["value"], got["qualifier"], got["status"]) == (
        "经济增速", "yoy_pct", 6.0, "at_least", "target")


@pytest.mark.parametrize("text", [
    "今年预期目标设定\n\u200b\n为6%以上。",
    "今年预期目标设定为\n\u200b\n6%以上。",
])
def test_a_soft_line_break_splits_no_verb(text: str) -> None:
    assert fact(text, "6%")["indicator"] == "目标"


# -- a rank takes no unit of a count after it; a list of ranks after one 第 ---------------------------------------


def test_a_rank_takes_no_unit_of_the_count_after_it() -> None:
    got = facts("在“接诉即办”月度考核中，我区5次位列全市第一、3次位列第二。")
    ranks = got[got["measure"] == "rank"]
    assert list(zip(ranks["value"], ranks["unit"], strict=True)) == [(1.0, ""), (2.0, "")]
    assert list(got.loc[got["measure"] == "level", "unit"]) == ["次", "次"]


@pytest.mark.parametrize(("text", "ranks", "name", "scope"), [
    ("钢产量居全国第三、四位。", [3.0, 4.0], "钢产量", "全国"),
    ("原油产量居世界第五、六位，钢产量居第一。", [5.0, 6.0], "原油产量", "世界"),
])
def test_a_list_of_ranks_after_one_ordinal_word(text: str, ranks: list[float], name: str, scope: str) -> None:
    got = facts(text)
    got = got[got["indicator"] == name]
    assert list(got["measure"]) == ["rank"] * len(ranks)
    assert list(got["value"]) == ranks
    assert set(got["comparator"]) == {scope} and set(got["unit"]) == {""}


# -- the noun 占比 inside a name is no verb of a share: the figure is of the noun the name ends with ----------------

VAT_2023 = ("彻底完成营改增任务、取消营业税，将增值税收入占比最高、涉及行业广泛的税率从17%降至13%，阶段性将小规模纳税人"
            "增值税起征点从月销售额3万元提高到15万元、小微企业所得税实际最低税负率从10%降至2.5%。")


@pytest.mark.parametrize("printed", ["17%", "13%"])
def test_a_share_noun_inside_a_name_names_no_share(printed: str) -> None:
    got = fact(VAT_2023, printed)
    assert (got["indicator"], got["measure"]) == ("增值税收入占比最高、涉及行业广泛的税率", "rate_pct")


# -- a run of rises in quotes (“八连增”) is no figure, and names what rose for the figures after it ----------------

GRAIN_2012 = "农业全面丰收，粮食总产量实现了历史罕见的“八连增”，连续5年超万亿斤，标志着我国粮食综合生产能力稳定跃上新台阶。"


def test_a_run_of_rises_names_what_rose_for_the_figure_after_it() -> None:
    got = facts(GRAIN_2012)
    assert list(zip(got["raw_value"] + got["raw_unit"], got["indicator"], got["measure"], got["qualifier"],
                    strict=True)) == [("万亿斤", "粮食总产量", "level", "over")]


@pytest.mark.parametrize("text", [
    "粮食产量实现“九连增”；重要领域改革取得新进展。",
    "加大强农惠农富农政策力度，实现粮食产量“十一连增”、农民收入“五连快”。",
    "粮食产量实现“十二连增”，居民消费价格涨幅保持较低水平。",
])
def test_a_run_of_rises_is_no_figure(text: str) -> None:
    assert facts(text).empty


@pytest.mark.parametrize(("text", "printed", "name"), [
    ("粮食产量七连增，达到6.5亿吨。", "6.5亿吨", "粮食产量"),
    ("猪肉价格“五连涨”，同比上涨12%。", "12%", "猪肉价格"),
])
def test_a_bare_run_of_rises_is_no_part_of_the_name(text: str, printed: str, name: str) -> None:
    assert fact(text, printed)["indicator"] == name


# -- the recent years (近三年) frame their sentence only, not the paragraph after it -----------------------------

HEALTH_2006 = ("一、2005年工作回顾\n\n在卫生方面，着力加强公共卫生体系建设和农村卫生工作，近三年，中央和地方投入105亿元，"
               "基本建成了覆盖省市县三级的疾病预防控制体系；总投资为164亿元的突发公共卫生事件医疗救治体系建设进展顺利。"
               "中央安排30亿元国债资金支持中西部乡镇卫生院建设，改善农村医疗卫生条件。新型农村合作医疗制度试点已扩大到671个县，"
               "惠及1.77亿农民。\n")


def test_the_recent_years_frame_their_sentence_only() -> None:
    got = dh.extract_facts(dh.load_report(HEALTH_2006.encode()))  # (the heading names the year reviewed)
    periods = dict(zip(got["raw_value"], got["period"], strict=True))
    assert periods["105"] == "2003-2005年"
    assert (periods["30"], periods["671"], periods["1.77"]) == ("2005年", "2005年", "2005年")


# -- 各 after a list of names: the one figure is each name's; persons share the words before the first -------------


@pytest.mark.parametrize(("text", "names"), [
    ("城市每年向农村派驻教师和医生各1万人。", ["城市每年向农村派驻教师", "城市每年向农村派驻医生"]),
    ("选派教师和医生各1万名到农村服务。", ["选派教师", "选派医生"]),
    ("招聘教师和医生各约2000人。", ["招聘教师", "招聘医生"]),
])
def test_a_count_after_persons_and_each_is_each_ones(text: str, names: list[str]) -> None:
    got = facts(text)
    assert list(got["indicator"]) == names
    assert len(set(got["value"])) == 1 and set(got["measure"]) == {"level"}


def test_each_is_no_part_of_a_name() -> None:
    text = "拿财政的情况来说，第一个五年合计的财政收支各为一千三百六十九亿一千四百万元，收支是平衡的。"
    assert fact(text, "一千三百六十九亿")["indicator"] == "财政收支"


def test_each_before_a_figure_whose_list_follows_it_makes_no_list() -> None:
    text = ("其中包括年炼铁和炼钢各３００万吨的宝钢二期工程、年产各３０万吨的扬子和齐鲁乙烯工程、上海南浦大桥、秦山核电站、"
            "云南鲁布革水电站、青海西宁曹家堡机场以及新疆塔里木油田的开发等。")
    assert fact(text, "３０万吨")["indicator"] == "扬子和齐鲁乙烯工程"


# -- a count of persons before 居住的 and a place: the persons living there -----------------------------------------

TOWNS_2014 = ("今后一个时期，着重解决好现有“三个1亿人”问题，促进约1亿农业转移人口落户城镇，改造约1亿人居住的城镇棚户区和"
              "城中村，引导约1亿人在中西部地区就近城镇化。")
TOWNS_2016 = ("要深入推进以人为核心的新型城镇化，实现1亿左右农业转移人口和其他常住人口在城镇落户，完成约1亿人居住的棚户区"
              "和城中村改造，引导约1亿人在中西部地区就近城镇化。")


@pytest.mark.parametrize(("text", "name"), [
    (TOWNS_2014, "城镇棚户区和城中村居住的人"),
    (TOWNS_2016, "棚户区和城中村居住的人"),
])
def test_persons_before_the_place_they_live_in_are_its_dwellers(text: str, name: str) -> None:
    got = fact_at(text, "1亿人居住")
    assert (got["indicator"], got["unit"], got["qualifier"]) == (name, "人", "about")
