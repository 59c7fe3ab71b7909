"""A line's number in a name (地铁19号线, 13号线) is part of what is named, no debris: the fact is not flagged
``cue_subject`` for it, while a bare number left in a name still is.

The sentences are constructed fixtures of ``tests/gold/constructed`` (named in the comment above each), written as
district reports print their rail projects (each after a sentence that opens its paragraph).
"""

from __future__ import annotations

import pytest
from _sentences import fact

from dhcheng_analysis.facts import _doubtful_name


@pytest.mark.parametrize(("text", "printed", "name"), [
    # tests/gold/constructed/xicheng_2020_h1
    ("重大项目建设加快推进。地铁19号线西城段等6个重点项目全部复工。", "6个", "地铁19号线西城段等全部复工的重点项目"),
    # tests/gold/constructed/xuhui_2022_q1q3
    ("重大项目建设加快推进。轨道交通3号线徐汇段改造工程完成投资3.6亿元，已完成总工程量的62%。", "3.6亿元", "轨道交通3号线徐汇段改造工程投资"),
])
def test_a_line_number_in_a_name_is_no_reason_to_check_it(text, printed, name):
    f = fact(text, printed)
    assert f["indicator"] == name
    assert "cue_subject" not in f["flags"].split(";")


@pytest.mark.parametrize(("name", "doubtful"), [
    ("地铁19号线西城段", False),
    ("轨道交通17号线、平谷线等新线建设投资", False),
    ("2020 城镇新增就业", True),
    ("新增就业 12", True),
])
def test_a_bare_number_in_a_name_is_still_doubtful(name, doubtful):
    assert _doubtful_name(name) is doubtful
