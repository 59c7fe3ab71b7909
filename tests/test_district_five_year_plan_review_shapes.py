"""Shapes of sentences a district prints in the mid-term evaluation of its five-year plan (规划纲要实施中期评估报告).

- A change printed 累计下降 or 累计增长 right before its figure, with no span before it, no 同比 and no months
  (单位地区生产总值能耗累计下降8.6%), whose period is none or a span of years, is a change summed over the years
  since the plan's base year: ``change_pct`` against 累计, never a growth on the year; a span printed before it
  still names it (过去五年, 五年累计). A cumulative change of months (1-8月累计增长5.6%), of the year reviewed or so
  far this year (今年以来，…累计增长8.5%, 全年) stays a growth on the year.
- A bare growth or fall after a sentence opening with the plan's years since it began (“十四五”以来，) is a change
  over those years, as after 五年来， or 建国以来，.
- A completion of the plan's target (完成规划目标的64.5%, 完成“十四五”规划目标的63.3%) is a completion of the
  figure named before it, as 完成全年任务的48.2% is: the plan and its era are no owner of the figure.
- A figure right before the plan's target (低于6%的规划预期, 与8%左右的规划目标有较大差距) is that target of the
  outcome before it, as 低于13%左右的预期目标 is; so is a figure in brackets right after the target's word
  (完成规划目标（3000个）的76.7%, 提前实现规划目标（3%）, 距规划目标（4.5个）仍有差距), of the outcome before in its
  unit.
- A share of the plan's total done (占规划总量的40.8% after 完成…612亿元) is a completion, as 占规划总投资的 is; a
  share of the indicators counted before (进度符合预期的指标22项，占81.5%) is an outcome, not a target.
- A clause saying a growth keeps in step with the economy's (居民人均可支配收入年均增长与经济增长基本同步) names
  the income, not the step, for the level after it.
"""

from __future__ import annotations

import pytest
from _sentences import facts

PLAN_REVIEW = "一、“十四五”规划纲要实施总体情况\n"
YEAR_REVIEW = "一、2023年工作回顾\n"


def readings(heading: str, sentence: str) -> list[tuple[str, float, str, str]]:
    f = facts(heading + sentence + "\n")
    f = f[f["unit"] == "%"]
    return list(zip(f["measure"].tolist(), f["value"].tolist(), f["comparator"].tolist(), f["indicator"].tolist(),
                    strict=True))


# regression fixtures written in the style of district reports (the mid-term evaluation of a five-year plan);
# modelled on “十一五”前四年累计单位国内生产总值能耗下降14.38% (national_work_reports/2010.txt), the span left
# out as the evaluation's heading already names it
@pytest.mark.parametrize(("heading", "sentence", "expected"), [
    (PLAN_REVIEW, "单位地区生产总值能耗累计下降8.6%。", [("change_pct", -8.6, "累计", "单位地区生产总值能耗")]),
    (PLAN_REVIEW, "万元地区生产总值用水量累计下降12.3%，已完成“十四五”目标。",
     [("change_pct", -12.3, "累计", "万元地区生产总值用水量")]),
    (PLAN_REVIEW, "全区规模以上工业增加值累计增长12.3%，年均增长4.1%。",
     [("change_pct", 12.3, "累计", "规模以上工业增加值"), ("change_pct", 4.1, "年均", "规模以上工业增加值")]),
    # a cumulative growth of months is a growth on the year; 同比 says so too
    (YEAR_REVIEW, "1-8月，全区规模以上工业增加值累计增长5.6%。", [("yoy_pct", 5.6, "", "规模以上工业增加值")]),
    (YEAR_REVIEW, "全区规模以上工业增加值1-8月累计增长5.6%。", [("yoy_pct", 5.6, "", "规模以上工业增加值")]),
    (YEAR_REVIEW, "全年规模以上工业增加值累计同比增长5.6%。", [("yoy_pct", 5.6, "", "规模以上工业增加值")]),
])
def test_a_cumulative_change_with_no_span_is_over_the_years(
        heading: str, sentence: str, expected: list[tuple[str, float, str, str]]) -> None:
    assert readings(heading, sentence) == expected


# regression fixtures written in the style of district year reviews and monthly releases: a figure of a single year
# or a part of one (the review's year, 今年以来, 年初以来, 全年) summed 累计 is the growth so far this year, rise or fall
@pytest.mark.parametrize("sentence", [
    "今年以来，全区社会消费品零售总额累计增长8.5%。",
    "全区社会消费品零售总额累计增长8.5%。",
    "全年累计实现社会消费品零售总额120亿元，累计增长8.5%。",
    "今年以来，全区工业用电量累计下降3.2%。",
    "全区单位地区生产总值二氧化碳排放累计降低10.2%。",
])
def test_a_cumulative_change_within_the_reviewed_year_is_a_growth_on_the_year(sentence: str) -> None:
    r = readings(YEAR_REVIEW, sentence)
    assert [(m, c) for m, _, c, _ in r] == [("yoy_pct", "")]


def test_a_cumulative_change_since_the_years_start_is_a_growth_on_the_year() -> None:
    assert readings("", "年初以来，全区社会消费品零售总额累计增长8.5%。") == [
        ("yoy_pct", 8.5, "", "社会消费品零售总额")]


# regression fixtures written in the style of district plan reviews: a word holding 月 with no numeral before it
# (日新月异, 岁月) names no month, and leaves a cumulative change summed over the years
@pytest.mark.parametrize("sentence", [
    "全区面貌日新月异，单位地区生产总值能耗累计下降15.2%。",
    "经过五年岁月的奋斗，单位地区生产总值能耗累计下降15.2%。",
])
def test_a_word_holding_month_names_no_month_of_a_cumulative_change(sentence: str) -> None:
    assert readings("", sentence) == [("change_pct", -15.2, "累计", "单位地区生产总值能耗")]


def test_the_span_a_review_opens_with_still_names_a_cumulative_change() -> None:
    # national_work_reports/2013.txt, under 过去五年: the span before keeps naming the change
    text = ("一、过去五年工作回顾\n过去五年，我们着力加强农业基础地位。"
            "实行粮食最低收购价政策，小麦、稻谷最低收购价累计提高41.7%到86.7%。\n")
    f = facts(text)
    f = f[f["unit"] == "%"]
    assert f["measure"].tolist() == ["change_pct", "change_pct"]
    assert f["comparator"].tolist() == ["过去五年", "过去五年"]


# regression fixtures written in the style of district reports (the mid-term evaluation of a five-year plan);
# modelled on 上半年拆除并实现“场清地净”133.9万平方米,腾退土地空间87.3万平方米,分别完成全年任务的54.7%、54.6%
# (gold/real/texts/chaoyang_2024_h1.txt), the plan's target in place of the year's task
@pytest.mark.parametrize(("heading", "sentence", "expected"), [
    (PLAN_REVIEW, "单位地区生产总值能耗累计下降8.6%，完成规划目标的64.5%。",
     [("change_pct", -8.6, "累计", "单位地区生产总值能耗"), ("completion_pct", 64.5, "规划目标", "单位地区生产总值能耗")]),
    (PLAN_REVIEW, "两年累计新增城镇就业2.6万人，完成规划目标的52%。",
     [("completion_pct", 52, "规划目标", "新增城镇就业")]),
    (PLAN_REVIEW, "累计建设筹集保障性住房1.2万套，完成规划任务的60%。",
     [("completion_pct", 60, "规划任务", "建设筹集保障性住房")]),
    (YEAR_REVIEW, "“十四五”前三年，全区累计完成固定资产投资950亿元，完成“十四五”规划目标的63.3%。",
     [("completion_pct", 63.3, "“十四五”规划目标", "固定资产投资")]),
])
def test_a_completion_of_the_plans_target_is_of_the_figure_before(
        heading: str, sentence: str, expected: list[tuple[str, float, str, str]]) -> None:
    assert readings(heading, sentence) == expected


# regression fixtures written in the style of district reports (the mid-term evaluation of a five-year plan);
# modelled on 广义货币M2增长11.3%，低于13%左右的预期目标 (national_work_reports/2017.txt), the target the plan's
# (规划目标, 规划预期) and the outcome set against it with 与…相比 or 与…有差距
@pytest.mark.parametrize(("heading", "sentence", "expected"), [
    ("一、2016年工作回顾\n", "广义货币M2增长11.3%，低于13%左右的预期目标。",
     [("yoy_pct", 11.3, "", "广义货币M2", "actual"), ("yoy_pct", 13, "", "广义货币M2", "target")]),
    (PLAN_REVIEW, "一般公共预算收入年均增长3.2%，低于6%的规划预期。",
     [("change_pct", 3.2, "年均", "一般公共预算收入", "actual"), ("change_pct", 6, "年均", "一般公共预算收入", "target")]),
    (PLAN_REVIEW, "规模以上工业增加值年均增长3.5%，与8%左右的规划目标有较大差距。",
     [("change_pct", 3.5, "年均", "规模以上工业增加值", "actual"),
      ("change_pct", 8, "年均", "规模以上工业增加值", "target")]),
    (PLAN_REVIEW, "全区地区生产总值年均增长4.1%，与6%左右的规划目标相比仍有差距。",
     [("change_pct", 4.1, "年均", "地区生产总值", "actual"), ("change_pct", 6, "年均", "地区生产总值", "target")]),
    (PLAN_REVIEW, "城镇调查失业率为4.2%，低于5.5%的规划目标。",
     [("rate_pct", 4.2, "", "城镇调查失业率", "actual"), ("rate_pct", 5.5, "", "城镇调查失业率", "target")]),
])
def test_the_plans_target_an_outcome_is_set_against_is_its_target(
        heading: str, sentence: str, expected: list[tuple[str, float, str, str, str]]) -> None:
    f = facts(heading + sentence + "\n")
    assert list(zip(f["measure"], f["value"], f["comparator"], f["indicator"], f["status"], strict=True)) == expected


# regression fixtures written in the style of district reports (the mid-term evaluation of a five-year plan);
# modelled on 广义货币M2增长11.3%，低于13%左右的预期目标 (national_work_reports/2017.txt), the target's figure
# printed in brackets after its word instead of before it
@pytest.mark.parametrize(("sentence", "expected"), [
    ("两年共建成5G基站2300个，完成规划目标（3000个）的76.7%。",
     [("level", 2300, "", "建成5G基站", "actual"), ("level", 3000, "", "建成5G基站", "target"),
      ("completion_pct", 76.7, "规划目标", "建成5G基站", "actual")]),
    ("研发经费投入强度从2020年的2.6%提高到2022年的3.0%，提前实现规划目标（3%）。",
     [("rate_pct", 2.6, "", "研发经费投入强度", "actual"), ("rate_pct", 3.0, "", "研发经费投入强度", "actual"),
      ("rate_pct", 3, "", "研发经费投入强度", "target")]),
    ("每千人口拥有3岁以下婴幼儿托位数达到3.2个，距规划目标（4.5个）仍有差距。",
     [("level", 3.2, "", "每千人口拥有3岁以下婴幼儿托位数", "actual"),
      ("level", 4.5, "", "每千人口拥有3岁以下婴幼儿托位数", "target")]),
    ("全区森林覆盖率达到44.8%，接近目标值（45%）。",
     [("rate_pct", 44.8, "", "森林覆盖率", "actual"), ("rate_pct", 45, "", "森林覆盖率", "target")]),
])
def test_a_targets_figure_in_brackets_after_its_word_is_the_target_of_the_outcome_before(
        sentence: str, expected: list[tuple[str, float, str, str, str]]) -> None:
    f = facts(PLAN_REVIEW + sentence + "\n")
    assert list(zip(f["measure"], f["value"], f["comparator"], f["indicator"], f["status"], strict=True)) == expected


def test_a_completion_of_a_targets_schedule_is_of_the_figure_before() -> None:
    # a district printing of the completion shape of chaoyang_2024_h1.txt: 目标进度 is the schedule of the target
    assert readings(PLAN_REVIEW, "全区单位地区生产总值能耗两年累计下降5.1%，完成“十四五”目标进度的36.4%。")[1] == (
        "completion_pct", 36.4, "“十四五”目标进度", "单位地区生产总值能耗")


# regression fixtures written in the style of district reports (the mid-term evaluation of a five-year plan);
# modelled on 规划确定的…指标中 counts of the plan's indicators and their shares, as 2个项目竣工，占项目总数的10%
# prints a share of things counted; the share of the indicators counted is no target though they end in 的指标
@pytest.mark.parametrize("sentence", [
    "规划纲要确定的27项主要指标中，已提前完成或达到预期进度的指标22项，占81.5%。",
    "27项主要指标中，进度符合预期的指标22项，占81.5%。",
])
def test_the_share_of_the_indicators_counted_is_an_outcome(sentence: str) -> None:
    f = facts(PLAN_REVIEW + sentence + "\n")
    share = f[f["unit"] == "%"]
    count = f[f["value"] == 22]
    assert share["status"].tolist() == ["actual"]
    assert share["indicator"].tolist() == count["indicator"].tolist()


def test_a_share_of_the_plans_total_done_is_a_completion() -> None:
    # national_work_reports/2010.txt prints it with 规划总投资
    real = facts("一、过去一年工作回顾\n我们加快推进汶川地震灾后恢复重建，重灾区已完成投资6545亿元，占规划总投资的65.5%。\n")
    assert real.loc[real["unit"] == "%", ["measure", "comparator"]].values.tolist() == [["completion_pct", "规划总投资"]]
    # a district printing of it with the plan's total (规划总量, 计划总量)
    assert readings(PLAN_REVIEW, "两年累计完成固定资产投资612亿元，占规划总量的40.8%。") == [
        ("completion_pct", 40.8, "规划总量", "固定资产投资")]
    assert readings(YEAR_REVIEW, "全年完成重点项目投资210亿元，占计划总量的105%。") == [
        ("completion_pct", 105, "计划总量", "重点项目投资")]
    # a share of the city's total stays a share
    assert readings(YEAR_REVIEW, "全区固定资产投资完成612亿元，占全市总量的8.2%。") == [
        ("rate_pct", 8.2, "全市", "固定资产投资")]


# regression fixtures written in the style of district reports (the outline of a five-year plan); modelled on
# 城乡居民人均收入实际增长与经济增长同步 (national_work_reports/2013.txt), the income's level to reach following it
@pytest.mark.parametrize("sentence", [
    "全区居民人均可支配收入年均增长与经济增长基本同步，到2025年达到6.5万元。",
    "全区居民人均可支配收入增长与经济增长同步，到2025年达到6.5万元。",
    "全区居民人均可支配收入增长和经济增长同步，到2025年达到6.5万元左右。",
])
def test_a_growth_kept_in_step_with_the_economy_names_no_level_after_it(sentence: str) -> None:
    f = facts("三、“十四五”时期主要目标\n" + sentence + "\n")
    assert f[["indicator", "status"]].values.tolist() == [["居民人均可支配收入", "target"]]


# regression fixtures written in the style of district reports (the mid-term evaluation of a five-year plan);
# modelled on 上半年…分别完成全年任务的54.7%、54.6% (gold/real/texts/chaoyang_2024_h1.txt), the task the plan's and
# its size in brackets, the share printed with 占
@pytest.mark.parametrize(("heading", "sentence", "expected"), [
    (PLAN_REVIEW, "两年累计完成老旧小区改造68个，占规划任务（150个）的45.3%。",
     [("completion_pct", 45.3, "规划任务", "老旧小区改造")]),
    (PLAN_REVIEW, "累计建成保障房1.2万套，占规划任务的60%。", [("completion_pct", 60, "规划任务", "建成保障房")]),
    (YEAR_REVIEW, "全年完成老旧小区改造68个，占全年任务的113%。", [("completion_pct", 113, "全年任务", "老旧小区改造")]),
])
def test_a_share_of_the_plans_task_is_a_completion(
        heading: str, sentence: str, expected: list[tuple[str, float, str, str]]) -> None:
    assert readings(heading, sentence) == expected


# regression fixtures written in the style of district reports (the mid-term evaluation of a five-year plan);
# modelled on “十一五”前四年累计单位国内生产总值能耗下降14.38% (national_work_reports/2010.txt), the span opening the
# sentence as the plan's years since it began (“十四五”以来，)
@pytest.mark.parametrize(("heading", "sentence", "expected"), [
    (PLAN_REVIEW, "“十四五”以来，全区单位地区生产总值能耗下降8.6%。",
     [("change_pct", -8.6, "“十四五”以来", "单位地区生产总值能耗")]),
    (PLAN_REVIEW, "“十四五”以来，单位地区生产总值能耗累计下降8.6%，规模以上工业增加值增长15.2%。",
     [("change_pct", -8.6, "“十四五”以来", "单位地区生产总值能耗"),
      ("change_pct", 15.2, "“十四五”以来", "规模以上工业增加值")]),
    (YEAR_REVIEW, "“十四五”以来，全区新增城镇就业3.9万人，高新技术企业增长60%。",
     [("change_pct", 60, "“十四五”以来", "高新技术企业")]),
])
def test_a_change_since_the_plan_began_is_over_its_years(
        heading: str, sentence: str, expected: list[tuple[str, float, str, str]]) -> None:
    assert readings(heading, sentence) == expected


def test_a_change_since_the_plan_began_takes_the_years_gone() -> None:
    f = facts(YEAR_REVIEW + "“十四五”以来，全区新增城镇就业3.9万人，高新技术企业增长60%。\n")
    assert f.loc[f["unit"] == "%", "period"].tolist() == ["2021-2023年"]
