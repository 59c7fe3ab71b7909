"""A bare rate (毛入学率, 亩产) printed right after a subject that names its domain (高等教育在学人数, 粮食产量) is
the rate of that domain: 高等教育毛入学率, 粮食亩产.

Each sentence is copied from the national work report named in its comment.
"""

from __future__ import annotations

import pytest
from _sentences import fact


@pytest.mark.parametrize(("text", "printed", "name", "key"), [
    # national work report 2007
    ("高等教育在学人数2500万人，毛入学率提高到 22％。", "22", "高等教育毛入学率", "higher_education_enrolment_rate"),
    # national work report 2025
    ("主要表现在，产业升级有新进展，粮食产量首次跃上1.4万亿斤新台阶、亩产提升10.1斤；"
     "高技术制造业、装备制造业增加值分别增长8.9%、7.7%。", "10.1", "粮食亩产", ""),
])
def test_a_bare_rate_after_a_subject_is_of_the_subjects_domain(text: str, printed: str, name: str, key: str) -> None:
    f = fact(text, printed)
    assert (f["indicator"], f["indicator_key"]) == (name, key)


def test_a_rate_named_in_full_keeps_its_name() -> None:
    # national work report 2023: the domain is printed with the rate
    f = fact("高中阶段教育毛入学率提高到90%以上。", "90")
    assert f["indicator"] == "高中阶段教育毛入学率"
