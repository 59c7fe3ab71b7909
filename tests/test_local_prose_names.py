"""Names of figures in the prose of district and city reports, on verbatim sentences of the real excerpts.

Each sentence is copied from a report of ``tests/gold/real/texts`` or the bundled Dongcheng 2020 H1 report
(named in the comment above it); each test states the name (and the measure) of one figure of it.
"""

from __future__ import annotations

import pytest
from _sentences import fact

# -- a verb bringing its object to the figure after 至 is no part of the object's name --------------------

@pytest.mark.parametrize(("text", "printed", "name"), [
    # dongcheng_2023_h1
    ("扩充重点服务企业名单至500家,为246家“服务包”企业一对一匹配区领导。", "500家", "重点服务企业名单"),
    # dongcheng_2025_h1
    ("精准高效服务企业,动态调整区级服务包企业名单至651家,落地注册资本金、投资资金1000万元以上企业、项目17个,"
     "涉及资金超38亿元。", "651家", "区级服务包企业名单"),
])
def test_verb_bringing_its_object_to_the_figure_is_no_part_of_the_name(text, printed, name):
    got = fact(text, printed)
    assert (got["indicator"], got["measure"]) == (name, "level")
