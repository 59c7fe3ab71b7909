"""Readings left open by earlier passes over the texts.

No text at hand prints a street's or a town's scope word at the head of a name (街道全年完成…, 我镇…, 本镇…), a
change of a per-mille rate printed in ‰ (下降0.63‰), a version after a name with no 版 (工业4.0, 数字政府2.0), a span
of minutes before a noun (30分钟响应), a count of the times a district ranked first in an assessment
(“接诉即办”月度考核中，我区8次排名全市第一) or a bare assessment after a verdict on the work (…工作成效显著，考核成绩…):
those sentences are written in the style of the district, street and bulletin reports of tests/gold/real and
tests/gold/constructed and are regression fixtures, not evidence. Verbatim: the change printed in 个千分点 (the 1993
national work report), 建立8小时指挥部 (tests/gold/real dongcheng_2022_h1, whose gold labels it no figure), the counts
of the rest (剩余8项重点工程: the unseen haidian report and a constructed one).
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

import dhcheng_analysis as dh

# -- a street's or a town's scope word heads no name, as 全区 and 我区 head none ------------------------------------


@pytest.mark.parametrize(("text", "name"), [
    ("街道全年完成财政收入3.5亿元，同比增长5%。", "财政收入"),
    ("我镇工业总产值完成12亿元。", "工业总产值"),
    ("本镇新增就业岗位300个。", "新增就业岗位"),
    ("全街道实现税收2亿元。", "税收"),
    ("我街道完成固定资产投资8.2亿元。", "固定资产投资"),
])
def test_a_street_or_town_scope_word_heads_no_name(text: str, name: str) -> None:
    assert set(facts(text)["indicator"]) == {name}


def test_a_street_word_inside_a_noun_stays() -> None:
    assert fact("投入街道社区干部2万人次。", "2万人次")["indicator"] == "投入街道社区干部"


# -- a change of a per-mille rate printed in ‰ is one in per-mille points ------------------------------------------


@pytest.mark.parametrize(("text", "printed", "value"), [
    ("人口出生率为7.52‰，比上年下降0.63‰。", "0.63‰", -0.63),
    ("全年出生率为5.3‰，比上年提高0.2‰。", "0.2‰", 0.2),
])
def test_a_change_of_a_per_mille_rate_is_in_per_mille_points(text: str, printed: str, value: float) -> None:
    got = fact(text, printed)
    assert (got["measure"], got["value"], got["unit"], got["comparator"]) == ("pp_diff", value, "千分点", "上年")
    assert fact(text, printed)["indicator"].endswith("出生率")


def test_a_change_printed_in_per_mille_points_reads_alike() -> None:
    got = fact("计划生育成绩明显，出生率下降５个千分点，相当于五年少生１５００万人左右。", "５个千分点")
    assert (got["measure"], got["value"], got["unit"]) == ("pp_diff", -5.0, "千分点")


def test_a_growth_of_a_quantity_in_per_mille_stays_a_growth() -> None:
    got = fact("全市常住人口增长5‰。", "5‰")
    assert (got["measure"], got["value"], got["unit"]) == ("yoy_pct", 5.0, "‰")


# -- a version after a name is no figure; a span before a noun names a standard --------------------------------------


@pytest.mark.parametrize("text", ["推动工业4.0发展。", "建设数字政府2.0。", "打造城市大脑3.0、数字政府2.0。"])
def test_a_version_after_a_name_is_no_figure(text: str) -> None:
    assert facts(text).empty
    assert set(dh.mentions(dh.load_report(text))["role"]) == {"version"}


@pytest.mark.parametrize(("text", "printed"), [("国内生产总值增长2.0。", "2.0"), ("容积率2.0，", "2.0")])
def test_a_whole_numbered_decimal_after_a_verb_or_a_rate_stays_a_figure(text: str, printed: str) -> None:
    assert fact(text, printed)["value"] == 2.0


def test_a_span_of_minutes_before_a_noun_is_a_standard_as_one_of_hours_is() -> None:
    assert facts("确保30分钟响应。").empty
    assert facts("建立8小时指挥部。").empty  # tests/gold/real: dongcheng_2022_h1 labels it no figure
    got = fact("平均响应时间缩短至30分钟。", "30分钟")
    assert (got["indicator"], got["value"], got["unit"]) == ("平均响应时间", 30.0, "分钟")


# -- a count of the rest is named as the rest, not by what is to be done to them ------------------------------------


def test_a_count_of_the_rest_is_named_as_the_rest() -> None:
    # /work/shared/examples/unseen/haidian_2023_h1.txt
    got = fact("加快推进剩余8项重点工程开工建设，力争年底前实现全部开工。", "8项")
    assert (got["indicator"], got["value"], got["status"]) == ("剩余的重点工程", 8.0, "actual")


def test_a_target_for_the_rest_is_named_by_its_goal_and_as_the_rest() -> None:
    # tests/gold/constructed/haidian_2022_q3: 17 of the year's works are left to start, not all of them
    got = fact("强化重大项目全周期服务,加快手续办理和要素保障,确保剩余17个市区重点工程年底前全部开工,全年完成重点工程投资400亿元以上。",
               "17个")
    assert (got["indicator"], got["status"]) == ("全部开工的剩余市区重点工程", "target")


def test_a_count_of_the_rest_in_a_plan_part_stays_the_rest() -> None:
    # /work/shared/examples/unseen/haidian_2023_h1.txt, its plan part: the 8 works left of the 30 (22 started)
    got = fact("二、下半年工作安排\n加快推进剩余8项重点工程开工建设，力争年底前实现全部开工。", "8项")
    assert (got["indicator"], got["value"], got["status"]) == ("开工建设的剩余重点工程", 8.0, "target")


def test_a_goal_for_the_rest_of_persons_names_them_as_the_rest() -> None:
    # data/dongcheng_2020_h1.txt, verbatim: the 1384 poor left in the aided areas
    got = fact("正式启用消费扶贫东城分中心,开展多形式、多渠道展示销售活动,确保受援地区剩余1384名贫困人口实现脱贫。", "1384名")
    assert got["indicator"] == "实现脱贫的剩余贫困人口"


def test_a_count_with_no_word_of_the_rest_keeps_its_predicate() -> None:
    assert fact("全年共有53个地块实现拔钉清零。", "53个")["indicator"] == "实现拔钉清零的地块"


# -- ranks: the count of the times ranked so, and an assessment's owner in a verdict before -------------------------


def ranks_and_counts(text: str) -> list[tuple[str, str, float]]:
    return [(r.indicator, r.measure, r.value) for r in facts(text).itertuples() if r.measure == "rank" or r.unit == "次"]


@pytest.mark.parametrize("text", [
    "“接诉即办”月度考核中，我区8次排名全市第一。",
    "在全市“接诉即办”月度考核中，我区累计8次排名全市第一。",
    "12345市民服务热线受理诉求5.2万件，解决率92.1%，满意率93.5%，在“接诉即办”月度考核中8次排名全市第一。",
])
def test_a_count_of_times_ranked_first_is_of_the_assessment_that_ranks(text: str) -> None:
    assert ranks_and_counts(text) == [("“接诉即办”月度考核排名全市第一", "level", 8.0), ("“接诉即办”月度考核", "rank", 1.0)]


def test_a_count_of_times_ranked_with_no_assessment_keeps_its_predicate() -> None:
    assert ranks_and_counts("我区8次排名全市第一。") == [("排名全市第一", "level", 8.0), ("排名全市第一", "rank", 1.0)]


@pytest.mark.parametrize(("text", "name"), [
    ("全区接诉即办工作成效显著，考核成绩连续3年位居全市第一。", "接诉即办工作考核成绩"),
    ("“接诉即办”工作成效显著，考核成绩位居全市第一。", "“接诉即办”工作考核成绩"),
])
def test_a_bare_assessment_after_a_verdict_is_of_the_work_judged(text: str, name: str) -> None:
    got = fact(text, "第一")
    assert (got["indicator"], got["comparator"], got["flags"]) == (name, "全市", "")


def test_a_verdict_before_a_rank_of_no_assessment_keeps_the_work_ranked() -> None:
    assert fact("垃圾分类工作成效明显，连续3年位居全市第一。", "第一")["indicator"] == "垃圾分类工作"
