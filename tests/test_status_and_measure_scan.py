"""Status and measure of figures found by scanning every fact of the national work reports, on verbatim sentences.

要求 before a cut (节约, 压缩, 削减 …) of a figure sets the cut as a plan, as it does before a rise or a fall.
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
