"""Status and measure of figures found by scanning every fact of the national work reports, on verbatim sentences.

要求 before a cut (节约, 压缩, 削减 …) of a figure sets the cut as a plan, as it does before a rise or a fall; 将
before a verb of building or spending (修建, 开垦, 用) says what a plan will do.
Each test is a sentence copied from the report named in its comment.
"""

from __future__ import annotations

import pytest
from _sentences import fact


@pytest.mark.parametrize(("text", "printed"), [
    # national work report 1958
    ("对于整个基本建设，今年要求节约总投资额的百分之七至百分之十，用于扩大工作量。", "百分之七"),
    ("对于整个基本建设，今年要求节约总投资额的百分之七至百分之十，用于扩大工作量。", "百分之十"),
])
def test_a_cut_required_is_a_target(text, printed):
    f = fact(text, printed)
    assert (f["indicator"], f["measure"], f["status"]) == ("总投资额", "change_pct", "target")


@pytest.mark.parametrize(("text", "printed"), [
    # national work report 1955
    ("根据黄河的综合利用的规划方案，在黄河中下游及其主要支流将修建水坝几十座，在三门峡等五处将建设足以调节流量的巨大水库，"
     "并建设巨大的水力发电站。", "几十座"),
    ("在苏联直接帮助下建设的国营友谊农场，将开垦荒地三十七万五千亩。", "三十七万五千亩"),
    # national work report 1979
    ("全国将用三十亿元建设职工住宅（企业自建的在外），竣工面积可达三千多万平方米。", "三十亿元"),
])
def test_what_will_be_built_or_spent_is_a_target(text, printed):
    assert fact(text, printed)["status"] == "target"
