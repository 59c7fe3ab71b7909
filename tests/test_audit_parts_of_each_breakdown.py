"""The audit adds up the parts of a total printed under one breakdown (按领域分, 从构成看 …), never the parts of two:
a field of the investment (房地产开发投资) and a component of it (建安投资) overlap, and their sum is no part of the total."""

from __future__ import annotations

from _real_tables import excerpt_table, text_table


def _parts_rows(audit, indicator: str):
    rows = audit[(audit["check"] == "parts_within_total") & (audit["indicator"] == indicator)]
    return rows["message"].tolist(), rows["verdict"].tolist()


def test_a_field_and_a_component_of_the_investment_are_checked_apart():
    # 按建设地口径,西城区完成全社会固定资产投资42.5亿元,比去年同期下降58.8%。按领域分,房地产开发投资累计完成14.3亿元,
    # 比去年同期下降77.2%;从构成看,建安投资累计完成16.9亿元,比去年同期下降17.9%
    messages, verdicts = _parts_rows(excerpt_table("xicheng_2018_h1_indicators", "audit"), "固定资产投资")
    assert len(messages) == 2 and set(verdicts) == {"consistent"}
    assert "parts 房地产开发投资 14.3亿元 = 14.3亿元" in messages[0] and "建安投资" not in messages[0]
    assert "parts 建安投资 16.9亿元 = 16.9亿元" in messages[1] and "房地产开发投资" not in messages[1]


def test_breakdowns_of_the_revenue_by_structure_department_and_level_stay_apart():
    # 从收入结构看:税收收入15348万元…;非税收入1708万元…。从征收部门看:税务部门完成16396万元…;财政部门完成660万元…。
    # 从层级看:上划中央收入7716万元…
    messages, verdicts = _parts_rows(excerpt_table("lintao_2024_m2_budget", "audit"), "财政总收入")
    assert set(verdicts) == {"consistent"}
    assert any("parts 税收收入 15,348万元 + 非税收入 1,708万元 = 17,056万元" in m for m in messages)
    assert any("parts 税务部门收入 16,396万元 + 财政部门收入 660万元 = 17,056万元" in m for m in messages)
    assert not any("税收收入" in m and "税务部门收入" in m for m in messages)


def test_overlapping_breakdowns_exceeding_the_total_raise_no_contradiction():
    """A written regression fixture: the two breakdowns add up to more than the total, each stays within it."""
    text = ("2021年上半年，全区完成固定资产投资100亿元，同比增长5%。按领域分，房地产开发投资完成70亿元，同比下降3%；"
            "从构成看，建安投资完成40亿元，同比增长2%。")
    messages, verdicts = _parts_rows(text_table(text, "audit"), "固定资产投资")
    assert len(messages) == 2 and set(verdicts) == {"consistent"}
