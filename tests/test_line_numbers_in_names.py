"""A line's number in a name (地铁19号线, 13号线) and a hotline's number (12345市民服务热线) are part of what is named,
no debris: the fact is not flagged ``cue_subject`` for them, while a bare number left in a name still is.

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
    # tests/gold/constructed/fengtai_2020_h1 (the rate carries the hotline the clause before names)
    ("12345市民服务热线受理诉求8.9万件，同比增加26.4%，响应率达到100%，解决率和满意率分别为87.3%和90.6%。", "8.9万件",
     "12345市民服务热线受理诉求"),
    ("12345市民服务热线受理诉求8.9万件，同比增加26.4%，响应率达到100%，解决率和满意率分别为87.3%和90.6%。", "87.3%",
     "12345市民服务热线诉求解决率"),
])
def test_a_line_number_in_a_name_is_no_reason_to_check_it(text, printed, name):
    f = fact(text, printed)
    assert f["indicator"] == name
    assert "cue_subject" not in f["flags"].split(";")


@pytest.mark.parametrize(("name", "doubtful"), [
    ("地铁19号线西城段", False),
    ("轨道交通17号线、平谷线等新线建设投资", False),
    ("“12345”热线诉求满意率", False),
    ("12345市民熱線訴求解決率", False),
    ("12345政务服务热线诉求按时办结率", False),
    ("12345诉求", True),
    ("2020 城镇新增就业", True),
    ("新增就业 12", True),
])
def test_a_bare_number_in_a_name_is_still_doubtful(name, doubtful):
    assert _doubtful_name(name) is doubtful
