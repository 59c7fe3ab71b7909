"""The schools a clause before names own the bare enrolment measures of the next items of the sentence.

招生数 and 招生人数 are bare measures (``bare_measures``) like 在校学生: printed alone after the schools counted in the
clause before (全国高等学校由…所增加到…所，招生数由…), they are the schools' intake. An item after a semicolon of
the same sentence (招生数…；在校学生…) is a parallel item as one after a comma is, its owner the owner of the item
before. Each real sentence is copied verbatim from the report named in its comment.
"""

from __future__ import annotations

import pytest
from _sentences import fact

# national work report 1982 (/work/shared/corpus/national_work_reports/1982.txt)
S1982_COLLEGES = "全国高等学校由一九八○年的六百七十五所增加到一九八二年的七百二十九所，招生数由二十八万人增加到三十一万人。"
# national work report 1982 (/work/shared/corpus/national_work_reports/1982.txt)
S1982_PLAN = ("第六个五年计划规定，到一九八五年全日制高等学校招生数将从一九八○年的二十八万人增加到四十万人，"
              "增长百分之四十二点二；在校学生达到一百三十万人，比一九八○年增长百分之十三点六。")


@pytest.mark.parametrize("printed", ["二十八万人", "三十一万人"])
def test_the_intake_of_the_schools_counted_before(printed):
    f = fact(S1982_COLLEGES, printed)
    assert (f["indicator"], f["measure"], f["unit"]) == ("全国高等学校招生数", "level", "人")


def test_the_schools_counted_keep_their_own_name():
    assert fact(S1982_COLLEGES, "七百二十九所")["indicator"] == "全国高等学校"


@pytest.mark.parametrize(("printed", "measure", "value"), [
    ("一百三十万人", "level", 1.3e6),
    ("百分之十三点六", "change_pct", 13.6),
])
def test_an_item_after_a_semicolon_takes_the_owner_of_the_item_before(printed, measure, value):
    f = fact(S1982_PLAN, printed)
    assert (f["indicator"], f["measure"], f["value"]) == ("全日制高等学校在校学生", measure, value)
    assert "cue_subject" not in f["flags"]


def test_the_item_before_the_semicolon_keeps_its_name():
    assert fact(S1982_PLAN, "四十万人")["indicator"] == "全日制高等学校招生数"
