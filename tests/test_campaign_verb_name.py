"""A count named only by a bare verb whose clause before prints that verb heading a campaign.

When a figure's own clause says only what is done (完成改造1200户, 完成整治120条), its name is what the clause
before says the verb acts on. A verb there followed by nothing but the campaign it heads (工程, 行动, 三年行动,
专项行动, 攻坚战, 计划, with 提升 or 整治 between) acts on what is printed before it, as 棚户区住房改造600多万套 is
named: the name is that clause up to the verb, less the verbs that open it (推进, 深入实施) — never the campaign's
tail (工程, 提升三年行动). No national report prints the shape; district work reports do, so the sentences are written.
"""

from __future__ import annotations

import pytest
from _sentences import fact

REVIEW = "2023年政府工作报告\n\n一、2022年工作回顾\n\n"


# written
@pytest.mark.parametrize(("sentence", "printed", "name"), [
    ("推进棚户区改造工程，完成改造1200户。", "1200户", "棚户区改造"),
    ("深入推进棚户区改造工程，完成改造1200户。", "1200户", "棚户区改造"),
    ("实施棚户区改造三年行动，完成改造1200户。", "1200户", "棚户区改造"),
    ("实施棚户区改造专项行动，完成改造1200户。", "1200户", "棚户区改造"),
    ("深入实施背街小巷环境整治提升三年行动，完成整治120条。", "120条", "背街小巷环境整治"),
    ("深入实施背街小巷环境整治提升行动，完成整治120条。", "120条", "背街小巷环境整治"),
])
def test_campaign_verb_names_what_it_acts_on(sentence: str, printed: str, name: str) -> None:
    assert fact(REVIEW + sentence + "\n", printed)["indicator"] == name


# written: a noun after the verb that is no campaign stays its object (发行超长期特别国债 → 超长期特别国债)
def test_object_after_the_verb_is_kept() -> None:
    text = REVIEW + "实施老旧小区综合整治，完成整治120个。\n"
    assert fact(text, "120个")["indicator"] == "老旧小区综合整治"


# national work report 2024: the verb's object after it, no campaign, is what is issued
S2024 = "从今年开始拟连续几年发行超长期特别国债，专项用于国家重大战略实施和重点领域安全能力建设，今年先发行1万亿元。"


def test_object_of_repeated_verb_unchanged() -> None:
    assert fact("2024年政府工作报告\n\n二、2024年政府工作任务\n\n" + S2024 + "\n", "1万亿元")["indicator"] == "超长期特别国债"
