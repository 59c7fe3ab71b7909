"""A count of villages a network reaches (行政村通光纤, 建制村通硬化路, 通客车, 通宽带) is named, as any count of units
is, by what its clause says of them: the connection 通X is a predicate of the villages, not part of their noun
(推进5万个行政村通光纤 → ``通光纤的行政村``). The national sentences are copied verbatim from the State Council
work reports (the year in the comment); the last is written, in the wording district reports print.
"""

from __future__ import annotations

import pytest
from _sentences import fact


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 2016
    ("建设一批光网城市，推进5万个行政村通光纤，让更多城乡居民享受数字化生活。", "5万个", "通光纤的行政村"),
    # national work report 2017
    ("完成3万个行政村通光纤。", "3万个", "通光纤的行政村"),
    # written: a district's villages reached by bus
    ("全区128个行政村通客车。", "128个", "通客车的行政村"),
])
def test_a_count_of_villages_connected_is_named_by_the_connection(text, printed, name):
    f = fact(text, printed)
    assert (f["indicator"], f["measure"]) == (name, "level")
