"""Readings left open by earlier passes over the texts (a twenty-first pass).

A count right after 前 followed by a noun (前10家重点企业, 前3批试点项目) picks out the first ones of a class: it is
part of a name, no figure, as 前十强企业 and 排名前10的律师事务所 are. No text at hand prints the shape (its
sentences here are written for the test); the verbatim ones, from the Chaoyang 2024 H1 and Dongcheng 2017 H1
reports, the Xicheng 2018 H1 indicators and the 1981 and 1983 national work reports, keep their readings: ranks
(排名全市前三, 进入前3名), a group named by its rank, a span of months and years. 前 after a word of time (目前, 此前,
年底前) is no top count: the count after it stays a figure.
Verbatim: a bare measure (总产值, 产值) whose owner is the industry opening the sentence, from the 1980 and 1981
national work reports, with clauses of what the industry did between them: the measure of that industry.
Verbatim: a profit that turns from a loss, from the 1980 national work report (由上年亏损9，000万元转为盈利3亿多元):
the loss is the profit of the year before, below zero, and the profit after 转为盈利 the same indicator; the district
form (利润由上年同期亏损…转为盈利…) is written for the test. A loss alone (共亏损八十多万元, 1955) stays a loss.
Verbatim: a level a comparison uses, after 比 and before 还多 or 的水平 (1959: 比第一个五年计划期间…的总和五百三十七个还多;
1956: 比五年计划原定１９５７年３，８５６亿斤的水平超过…): the level compared with, no part of the total before it;
reached (prior) when 计划 names only the time of a plan (计划期间), planned when the plan sets it.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

CHAOYANG_2024_H1_RANK = "一般制造业疏解提质等9项任务提前完成年度目标,围挡治理等12项任务完成量排名全市前三。"
DONGCHENG_2017_H1_RANK = ("全市“疏解整治促提升”专项行动共有15个指标,涉及中心城区的10个,我区有9个指标已完成全年任务,"
                          "其中6个指标在16区排名进入前3名。")
XICHENG_2018_H1_TOP_TEN = "在工业总产值排名前十的企业中能源供应业企业为6家,累计完成产值561.9亿元,成为拉动区域工业增长的主要因素。"
NATIONAL_1983_YEARS = "五年招收研究生四万三千多人，比“ 文化大革命”前十七年的总和还多百分之八十三。"


@pytest.mark.parametrize(("text", "printed", "name"), [
    ("全区前10家重点企业营业收入增长12%。", "12", "前10家重点企业营业收入"),
    ("全区前十家重点企业营业收入增长12%。", "12", "前十家重点企业营业收入"),
])
def test_the_first_ones_of_a_class_are_part_of_its_name(text: str, printed: str, name: str) -> None:
    f = facts(text)
    assert list(f["raw_value"]) == [printed]
    assert (f.iloc[0]["indicator"], f.iloc[0]["measure"]) == (name, "yoy_pct")


def test_the_first_batches_are_no_count() -> None:
    assert facts("前3批试点项目全部开工。").empty


@pytest.mark.parametrize(("text", "printed", "name"), [
    ("目前10家企业已完成改造。", "10家", "已完成改造的企业"),
    ("此前5家企业已经入驻。", "5家", "已经入驻的企业"),
    ("年底前3家企业完成上市。", "3家", "完成上市的企业"),
])
def test_a_count_after_a_time_ending_in_qian_stays_a_count(text: str, printed: str, name: str) -> None:
    got = fact(text, printed)
    assert (got["indicator"], got["measure"]) == (name, "level")


@pytest.mark.parametrize(("text", "printed", "scope"), [
    (CHAOYANG_2024_H1_RANK, "前三", "全市"),
    (DONGCHENG_2017_H1_RANK, "前3名", "16区"),
])
def test_a_top_rank_stays_a_rank(text: str, printed: str, scope: str) -> None:
    got = fact(text, printed, within=f"{printed}。")
    assert (got["measure"], got["value"], got["qualifier"], got["comparator"]) == ("rank", 3.0, "at_most", scope)


def test_a_group_named_by_its_rank_and_a_span_are_no_figures() -> None:
    assert list(facts(XICHENG_2018_H1_TOP_TEN)["raw_value"]) == ["6", "561.9"]
    assert fact(NATIONAL_1983_YEARS, "百分之八十三")["comparator"] == "“ 文化大革命”前十七年的总和"


NATIONAL_1980_MACHINERY = ("机械工业1979年计划任务不足，实行按需生产，自找门路，打开了销路，全年总产值比上年增长8.1％，"
                           "出口额增长30.8％。")
NATIONAL_1981_HEAVY_INDUSTRY = "　　重工业生产，由于正在调整中，今年的产值预计比去年下降５％左右。"


@pytest.mark.parametrize(("text", "printed", "name", "measure"), [
    (NATIONAL_1980_MACHINERY, "8.1％", "机械工业总产值", "yoy_pct"),
    (NATIONAL_1980_MACHINERY, "30.8％", "机械工业出口额", "yoy_pct"),
    (NATIONAL_1981_HEAVY_INDUSTRY, "５％", "重工业产值", "yoy_pct"),
])
def test_a_bare_measure_is_of_the_industry_opening_the_sentence(text: str, printed: str, name: str, measure: str) -> None:
    got = fact(text, printed)
    assert (got["indicator"], got["measure"]) == (name, measure)


NATIONAL_1980_FARMS = "长期亏损的国营农场，1979年有了盈利，由上年亏损9，000万元转为盈利3亿多元。"
NATIONAL_1955_LOSS = "一九五四年这个公司的畜产加工厂共亏损八十多万元，但究竟浪费损失多少，至今还是一笔糊涂帐。"


def test_a_loss_a_profit_turns_from_is_the_profit_before_below_zero() -> None:
    before, after = fact(NATIONAL_1980_FARMS, "9，000万元"), fact(NATIONAL_1980_FARMS, "3亿多元")
    assert (before["indicator"], before["measure"], before["value"]) == ("利润", "level", -9e7)
    assert "from_value" in before["flags"]  # (of the year before 1979年 in the report, whose years are known)
    assert (after["indicator"], after["measure"], after["value"], after["period"]) == ("利润", "level", 3e8, "1979年")


@pytest.mark.parametrize("text", ["规上工业企业利润由上年同期亏损2亿元转为盈利3亿元。", "全区规上工业企业由亏损2亿元转为盈利3亿元。"])
def test_a_turn_from_loss_to_profit_is_one_profit(text: str) -> None:
    f = facts(text)
    assert list(zip(f["indicator"], f["value"], strict=True)) == [("规上工业企业利润", -2e8), ("规上工业企业利润", 3e8)]


def test_a_loss_alone_stays_a_loss() -> None:
    got = fact(NATIONAL_1955_LOSS, "八十多万元")
    assert (got["indicator"], got["value"]) == ("这个公司的畜产加工厂亏损", 8e5)


NATIONAL_1959_PLANTS = ("一九五八年由中央和省、市、自治区两级举办的限额以上的新建和扩建的工矿企业共有一千多个，其中全部建"
                        "成和部分建成而投入生产的约有七百个，比第一个五年计划期间全部建成和部分建成而投入生产的工矿企业的"
                        "总和五百三十七个还多；由省、市、自治区、专区、县兴办了大量的限额以下的洋土结合的工矿单位，这些工"
                        "矿单位绝大部分在一九五八年内已经建成或者部分建成投入生产。")
NATIONAL_1956_GRAIN = ("如果没有特大的灾荒，粮食产量将要达到３，９８９亿斤，比１９５５年增长８．４％，比五年计划原定１９"
                       "５７年３，８５６亿斤的水平超过１３３亿斤；棉花产量将要达到３，５５６万担，比１９５５年增长１７．"
                       "１％，比五年计划原定１９５７年３，２７０万担的水平超过２８６万担。")


def test_a_level_compared_with_is_no_part_of_the_total_before() -> None:
    compared, part = fact(NATIONAL_1959_PLANTS, "五百三十七个"), fact(NATIONAL_1959_PLANTS, "七百个")
    assert (compared["reference"], compared["parent_id"], compared["relation"]) == ("prior", "", "")
    assert (part["relation"], part["parent_id"]) == ("part", fact(NATIONAL_1959_PLANTS, "一千多个")["fact_id"])


@pytest.mark.parametrize("printed", ["３，８５６亿斤", "３，２７０万担"])
def test_a_level_a_plan_set_compared_with_is_planned(printed: str) -> None:
    assert fact(NATIONAL_1956_GRAIN, printed)["reference"] == "plan"
