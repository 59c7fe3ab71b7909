"""Bare counts after a set a sentence closes with 中 (全区５０个重点项目中，…) are parts of that set.

A count printed with no noun, opening its clause after the set, names the part its verb says is done (１７个已经竣工 →
竣工的重点项目) or, after 其余 or 剩余, the rest of the set (其余３３个均已开工 → 其余的重点项目); with neither, the set
itself, never the part named before it. (No real text of the corpus prints the shape: written in the reports' style.)
"""

from __future__ import annotations

from _sentences import facts


def _names(text: str) -> list[tuple[str, float]]:
    return [(r.indicator, r.value) for r in facts(text).itertuples()]


def test_a_bare_count_said_done_is_the_part_of_the_set_done():
    assert _names("全区５０个重点项目中，１７个已经竣工，其余３３个均已开工。") == [
        ("重点项目", 50.0), ("竣工的重点项目", 17.0), ("其余的重点项目", 33.0)]


def test_the_rest_of_the_set_after_a_part_named_before_the_count():
    assert _names("全区５０个重点项目中，已竣工１７个，其余３３个均已开工。") == [
        ("重点项目", 50.0), ("已竣工的重点项目", 17.0), ("其余的重点项目", 33.0)]


def test_a_bare_count_with_no_verb_of_done_is_of_the_set_not_of_the_part_before():
    assert _names("全区５０个重点项目中，１７个已经竣工，３３个正在建设。") == [
        ("重点项目", 50.0), ("竣工的重点项目", 17.0), ("重点项目", 33.0)]
