"""A qualifier word right before the verb that reaches a figure, 达到 or 实现, qualifies the figure, as it does
before a change verb (``约增长百分之三十三``, ``至少增产两万件``): ``绿化覆盖率至少达到45%`` → 45 %, at least.
No real text at hand prints these shapes, so the sentences are written; the word 约 ending a word (节约, 签约)
qualifies nothing.
"""

from __future__ import annotations

import pytest
from _sentences import fact


@pytest.mark.parametrize(("text", "printed", "qualifier"), [
    # written
    ("全区绿化覆盖率至少达到45%。", "45%", "at_least"),
    # written
    ("今年新增就业至少实现1.2万人。", "1.2万人", "at_least"),
    # written
    ("全年接待游客大约达到30万人次。", "30万人次", "about"),
    # written: 约 ending 签约 is no qualifier
    ("全区签约达到56个项目。", "56个", "exact"),
])
def test_qualifier_before_the_reach_verb(text, printed, qualifier):
    assert fact(text, printed)["qualifier"] == qualifier
