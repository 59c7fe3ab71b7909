"""Figures of real sentences an earlier reading left wrong, read by eye.

Each sentence is copied verbatim from the texts at hand (its source in the comment); each test names the
rule it pins and asserts the fields a reading found wrong.
"""

from __future__ import annotations

import pytest
from _sentences import facts

# -- one figure after 分别, 均 or 都 over a list of names: one fact of each name ----------------------------------


@pytest.mark.parametrize(("text", "printed", "names"), [
    # 2017
    ("今年二氧化硫、氮氧化物排放量要分别下降3%，重点地区细颗粒物（PM2.5）浓度明显下降。", "3",
     ["二氧化硫排放量", "氮氧化物排放量"]),
    # 2023
    ("森林覆盖率达到24%，草原综合植被盖度和湿地保护率均达50%以上，水土流失、荒漠化、沙化土地面积分别净减少10.6万、3.8万、"
     "3.3万平方公里。", "50", ["草原综合植被盖度", "湿地保护率"]),
    # 2018: the word before the list's first item is every item's
    ("单位国内生产总值能耗、水耗均下降20%以上，主要污染物排放量持续下降，重点城市重污染天数减少一半，森林面积增加1.63亿亩，"
     "沙化土地面积年均缩减近2000平方公里，绿色发展呈现可喜局面。", "20", ["单位国内生产总值能耗", "单位国内生产总值水耗"]),
    # 2014: what is measured of the last item is every item's
    ("加强民航、水运、信息、邮政网络建设，铁路、高速公路运营里程均超过10万公里，其中高速铁路运营里程达到1.1万公里，居世界首位。",
     "10", ["铁路运营里程", "高速公路运营里程"]),
    # 1998: the words from the last item's 的 are every item's
    ("广播和电视的人口覆盖率都达到了85％以上。", "85", ["广播的人口覆盖率", "电视的人口覆盖率"]),
    # 2017: a name of its own quantity (广义货币M2) takes none of the last item's words
    ("今年广义货币M2和社会融资规模余额预期增长均为12%左右。", "12", ["广义货币M2", "社会融资规模余额"]),
    # 1983: 等 closes a list that names only some things; each one named grew so much
    ("一九八二年同一九七八年相比，我国粮食增长百分之十六，棉花增长百分之六十六，油料增长一点二六倍，糖料增长百分之八十三，"
     "烤烟、桑蚕茧、猪牛羊肉等都增长百分之五十以上。", "百分之五十", ["烤烟", "桑蚕茧", "猪牛羊肉"]),
    # dongcheng_2023_h1
    ("金融、信息服务、商务服务等行业稳步增长,有力发挥对经济的正向拉动作用,上半年信息服务业收入、商务服务业收入、商品房销售面积"
     "均实现10%以上增长。", "10", ["信息服务业收入", "商务服务业收入", "商品房销售面积"]),
])
def test_one_figure_after_each_word_is_a_fact_of_each_name(text, printed, names):
    f = facts(text)
    f = f[f["raw_value"] == printed]
    assert f["indicator"].tolist() == names
    # the same value, measure, qualifier and status for each, each fact with an id of its own
    assert len(f[["value", "measure", "qualifier", "status", "start"]].drop_duplicates()) == 1
    assert f["fact_id"].is_unique


def test_a_list_without_each_word_shares_its_figure_whole():
    # 2024: no 分别, 均 or 都: the exports of the three together
    f = facts("推动外贸稳规模、优结构，电动汽车、锂电池、光伏产品“新三样”出口增长近30%。")
    assert f["indicator"].tolist() == ["电动汽车、锂电池、光伏产品“新三样”出口"]


# -- 千分之 with a Chinese numeral: a figure per mille ----------------------------------------------------------


def test_qianfen_in_chinese_numerals_is_per_mille():
    # 1982
    f = facts("今后人口的年自然增长率，必须控制在千分之十三以下。")
    assert f[["indicator", "measure", "value", "unit", "qualifier", "status"]].values.tolist() == [
        ["人口的年自然增长率", "rate_pct", 13.0, "‰", "at_most", "target"]]
    # 1993: a decimal too, and its span is the figure as printed
    text = "实行优生优育，五年平均人口自然增长率控制在千分之十三左右。"
    f = facts(text)
    assert (f["value"].tolist(), f["unit"].tolist(), f["qualifier"].tolist()) == ([13.0], ["‰"], ["about"])
    assert text[f["start"][0]:f["end"][0]] == "千分之十三"
    # 1979
    f = facts("一九七一年到一九七八年的人口自然增长率，四川省由千分之二十九降到千分之六点一，上海市由千分之七降到千分之五点一，"
              "他们的经验应该在全国城乡推广。")
    assert f["value"].tolist() == [29.0, 6.1, 7.0, 5.1] and set(f["unit"]) == {"‰"}


# -- a growth target that names no owner is the economy's ----------------------------------------------------


def test_a_growth_target_with_no_owner_is_economic_growth():
    # 2014
    f = facts("经过认真比较、反复权衡，把增长预期目标定在7.5%左右，兼顾了需要和可能。")
    assert f[["indicator", "measure", "value", "qualifier", "status"]].values.tolist() == [
        ["经济增长速度", "yoy_pct", 7.5, "about", "target"]]


# -- fractions of a yuan: 分钱, 毛钱, and 分 in a list of them -----------------------------------------------------


def test_fractions_of_a_yuan_are_yuan():
    # 2010
    f = facts("进一步提高粮食最低收购价，早籼稻、中晚籼稻、粳稻每斤分别提高3分、5分和1毛钱，小麦每斤提高3分钱，"
              "继续实施重要农产品临时收储政策，让农民得到更多实惠。")
    assert f[["indicator", "measure", "value", "unit"]].values.tolist() == [
        ["早籼稻最低收购价", "abs_change", 0.03, "元"], ["中晚籼稻最低收购价", "abs_change", 0.05, "元"],
        ["粳稻最低收购价", "abs_change", 0.1, "元"], ["小麦最低收购价", "abs_change", 0.03, "元"]]
    assert f["raw_unit"].tolist() == ["分", "分", "毛钱", "分钱"]


# -- units built, counted by the verb alone, are of the programme the clause before pushes ---------------------


@pytest.mark.parametrize(("text", "names"), [
    # 2018
    ("启动新的三年棚改攻坚计划，今年开工580万套。", ["棚改开工"]),
    # 2012
    ("继续推进保障性安居工程建设，在确保质量的前提下，基本建成500万套，新开工700万套以上。",
     ["保障性安居工程基本建成", "保障性安居工程新开工"]),
])
def test_units_built_are_of_the_programme_pushed_before(text, names):
    f = facts(text)
    assert f["indicator"].tolist() == names
    assert set(f["unit"]) == {"套"} and set(f["measure"]) == {"level"}


# -- recipients helped (帮助, 协助) to do what the clause says, no figure after: named by it ----------------------


def test_recipients_helped_are_named_by_what_they_are_helped_to_do():
    # zhongdu_ws_2025_street_h1
    f = facts("推行“一站式”服务,累计办理项目审批、营业执照等手续19件,平均时限缩短40%;协助84家企业整理“国补”申领材料,"
              "精准推送惠企政策15条,帮助申报扶持资金140万元;深入实施“千企万户大走访”,组织社区累计走访企业2.3万户,"
              "为120家市场主体融资1.35亿元;推动家电、3C等消费券惠及1.2万人次,实现助企惠民双向赋能。")
    got = dict(zip(f["raw_value"], f["indicator"], strict=True))
    assert got["84"] == "整理“国补”申领材料的企业"
    assert got["120"] == "市场主体"  # (为…融资1.35亿元: an amount follows, named by its own words)


# -- a count after its owner and 共有 counts the owner's things ---------------------------------------------------


@pytest.mark.parametrize(("text", "printed", "name"), [
    # dongcheng_2017_h1
    ("全市“疏解整治促提升”专项行动共有15个指标,涉及中心城区的10个,我区有9个指标已完成全年任务,其中6个指标在16区排名进入前3名。",
     "15", "“疏解整治促提升”专项行动的指标"),
    # 1958: the part of the others (地方有) is theirs too, and the total (共计) the projects of both
    ("煤炭工业部和石油工业部共有二百个建设项目，地方有三十二个建设项目，共计二百三十二个。", "二百", "煤炭工业部和石油工业部的建设项目"),
    ("煤炭工业部和石油工业部共有二百个建设项目，地方有三十二个建设项目，共计二百三十二个。", "三十二", "地方的建设项目"),
    # national_work_reports/1958.txt: a bare 有 after the owner says whose the things are as 共有 does
    ("冶金工业部有五十七个建设项目，地方有十四个建设项目，共计七十一个。", "五十七", "冶金工业部的建设项目"),
    ("冶金工业部有五十七个建设项目，地方有十四个建设项目，共计七十一个。", "十四", "地方的建设项目"),
    ("化学工业部有二十三个建设项目，地方有十九个建设项目，共计四十二个。", "二十三", "化学工业部的建设项目"),
])
def test_a_count_after_its_owner_and_gongyou_counts_the_owners_things(text, printed, name):
    f = facts(text)
    assert f.loc[f["raw_value"] == printed, "indicator"].tolist() == [name]


# -- a count whose clause only ranks the things counted is named by that rank ------------------------------------


def test_a_count_of_things_ranked_is_named_by_their_rank():
    # dongcheng_2017_h1
    f = facts("全市“疏解整治促提升”专项行动共有15个指标,涉及中心城区的10个,我区有9个指标已完成全年任务,其中6个指标在16区排名进入前3名。")
    got = dict(zip(f["raw_value"], f["indicator"], strict=True))
    assert got["6"] == "16区排名进入前3名的指标"
    assert got["前3"] == "指标"  # (the rank itself is of the indicators)
    # chaoyang_2024_h1: a quantity of theirs is ranked, not the tasks: the count stays the tasks (named by the
    # example listed before 等)
    f = facts("一般制造业疏解提质等9项任务提前完成年度目标,围挡治理等12项任务完成量排名全市前三。")
    assert f.loc[f["raw_value"] == "12", "indicator"].tolist() == ["围挡治理等任务"]


@pytest.mark.parametrize("text", [
    # national_work_reports/2022.txt: the country the report is of owns all it speaks of; its name adds nothing
    "我国有2.9亿在校学生，要坚持把教育这个关乎千家万户和中华民族未来的大事办好。",
    # national_work_reports/1956.txt: 将有 is no owner's having
    "１９５６年建设的结果，中央各部门将有１１７个重大建设单位，包括鞍钢的九号炼铁炉、本溪工源水泥厂。",
    # national_work_reports/1988.txt: 只有 says how little, not whose
    "我国人均只有一亩半耕地，要适应国家建设和人民生活对农副产品的需要。",
])
def test_a_bare_you_after_the_report_place_or_an_adverb_names_no_owner(text):
    f = facts(text)
    assert not any(name.endswith(("的在校学生", "的重大建设单位", "的耕地")) for name in f["indicator"])
