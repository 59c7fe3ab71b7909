"""Names around a rank printed with its 位 or 名, in the wording of district and city reports.

The 位 or 名 that closes a rank (第一位, 第2名) is no part of the name of the figure after it (排名第一位的朝阳区
增长8% → 朝阳区); a rank verb alone (排名) opening a sentence names nothing the next clause carries; a growth
word ranked with no owner before it and nothing carried (增速居全市第一位) is the economy's growth, as an
unowned growth is (cues.json unowned_growth_names: 增速 → 经济增速). No report at hand prints these shapes:
the sentences are written in district wording.
"""

from __future__ import annotations

import pytest
from _sentences import fact

HELD = "排名第一位的朝阳区增长8%。"  # written
BARE = "排名第一位，增长8%。"  # written
GROWTH = "增速居全市第一位。"  # written


@pytest.mark.parametrize(("text", "printed", "name"), [
    (HELD, "8%", "朝阳区"),
    (HELD, "第一", "朝阳区"),
    (BARE, "8%", ""),
    (GROWTH, "第一", "经济增速"),
    ("排名第2名的东城区增长6.5%。", "6.5%", "东城区"),  # written
])
def test_rank_clause_name(text: str, printed: str, name: str) -> None:
    assert fact(text, printed)["indicator"] == name


def test_owned_growth_rank_keeps_its_owner() -> None:
    # written: the growth ranked is of the subject the clause before names
    f = fact("全区地区生产总值增长8%，增速居全市第一位。", "第一")
    assert f["indicator"] == "地区生产总值增速"
