"""An eleventh reading of district reports: fields of figures that earlier readings got wrong.

Each sentence is copied verbatim from the report named in the comment before the test (data/, tests/gold/real/texts),
or is a written regression fixture, as the test's docstring says. Each test states the reading of one figure of it.
"""

from __future__ import annotations

from _sentences import fact

# the title and first heading of Dongcheng's mid-year report of 2020, framing a sentence as one of its review
MIDYEAR_HEAD_2020 = "东城区2020年国民经济和社会发展计划上半年执行情况的报告\n一、上半年计划执行情况\n"

# -- 完成市级任务61.4%: the level that set the task is no scope of the district's completion ------------------------
# (data/dongcheng_2020_h1.txt)

S_DONGCHENG_2020_QUOTA = "稳步推进拆违专项行动,截至6月30日,共完成存量违建销账30685平方米,完成市级任务61.4%。"


def test_a_completion_against_a_task_a_higher_level_set_has_no_scope_of_that_level():
    f = fact(S_DONGCHENG_2020_QUOTA, "61.4%")
    assert (f["indicator_key"], f["measure"], f["comparator"], f["scope"]) == (
        "illegal_structures_removed", "completion_pct", "市级任务", "")


def test_a_completion_of_a_level_own_revenue_keeps_its_scope():
    # xicheng_2021_h1
    f = fact("区级一般公共预算收入完成218.7亿元，同比增长14.6％，完成全年预算的55.3％，高于序时进度5.3个百分点。", "55.3")
    assert (f["measure"], f["scope"]) == ("completion_pct", "区级")


def test_a_completion_of_a_level_own_budget_keeps_the_level_of_its_name():
    """Regression fixture (a written sentence in the shape of the district reports)."""
    f = fact("区级一般公共预算收入完成105.7亿元,完成区级预算的55.5%。", "55.5%")
    assert (f["measure"], f["scope"]) == ("completion_pct", "区级")


# -- 连续两年…排名第三: a rank held over a streak of years is of those years, not of the half-year -------------------
# (data/dongcheng_2020_h1.txt)

S_DONGCHENG_2020_RANK = (MIDYEAR_HEAD_2020 + "企业服务及时高效。连续两年在全市营商环境评价中排名第三,"
                         "“人人都是营商环境”的氛围日益浓厚。")


def test_a_rank_held_over_a_streak_of_years_is_of_those_years():
    f = fact(S_DONGCHENG_2020_RANK, "第三")
    assert (f["indicator"], f["measure"], f["value"], f["comparator"], f["period"]) == (
        "营商环境评价", "rank", 3.0, "全市", "2019-2020年")


def test_a_rank_of_no_streak_keeps_the_period_of_its_sentence():
    """Regression fixture (a written sentence in the shape of the district reports)."""
    f = fact(MIDYEAR_HEAD_2020 + "上半年,建安投资完成25.1亿元,位列城六区第三。", "第三")
    assert (f["measure"], f["period"]) == ("rank", "上半年")
