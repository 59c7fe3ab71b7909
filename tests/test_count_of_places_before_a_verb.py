"""A count of places followed by what is done in them and a figure of its own names the places, not the verb.

The words after a count run up to the next figure; when they end with a verb of doing (新建, 建设, 改造) whose own
figure follows, the verb is no part of the counted noun (在10个乡镇新建200个充电桩 → 乡镇), also when that figure is
printed in Chinese numerals with hundreds or thousands before its counter (十五个港口建设一百三十二个深水泊位 → 港口).
The national reports print the shape in Chinese numerals only; its sentences in digits here are written, as district
reports print it.
"""

from __future__ import annotations

import pytest
from _sentences import fact

S1982 = ("在大连、秦皇岛、天津、青岛、石臼所、连云港、上海、黄埔、湛江等十五个港口建设一百三十二个深水泊位，"
         "到一九八五年全国沿海港口吞吐能力将由一九八○年的二亿一千七百万吨增加到三亿一千七百万吨。")


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 1982: the ports counted, not the berths built in them
    (S1982, "十五个", "港口"),
    (S1982, "一百三十二个", "建设深水泊位"),
    # written: the towns counted, the piles built in them a figure of their own
    ("在10个乡镇新建200个充电桩。", "10个", "乡镇"),
    ("10个乡镇新建200个充电桩。", "10个", "乡镇"),
    # written: a qualifier before the second figure
    ("在10个乡镇新建约200个充电桩。", "10个", "乡镇"),
    ("在全区12个街道建设150个社区食堂。", "12个", "街道"),
])
def test_places_counted(text: str, printed: str, name: str) -> None:
    assert fact(text, printed)["indicator"] == name


def test_verb_without_figure_kept() -> None:
    # written: no figure after the verb, the clause as read before
    assert fact("在10个乡镇改造200个充电桩。", "200个")["indicator"] == "充电桩"
