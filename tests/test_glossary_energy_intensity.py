"""能源消耗强度, energy consumed per unit of output printed in full, is the glossary's ``energy_intensity``, as 能耗强度 is.

Each sentence is copied from the report named in its comment.
"""

from __future__ import annotations

import pytest
from _sentences import fact

# national work report 2014
S2014 = "推进节能减排和污染防治，能源消耗强度下降3.7%，二氧化硫、化学需氧量排放量分别下降3.5%、2.9%。"
# national work report 2015
S2015 = "能耗强度下降3.1%以上，主要污染物排放继续减少。"


@pytest.mark.parametrize(("text", "printed", "name"), [(S2014, "3.7%", "能源消耗强度"), (S2015, "3.1%", "能耗强度")])
def test_energy_intensity_printed_in_full_or_short(text, printed, name):
    f = fact(text, printed)
    assert (f["indicator"], f["indicator_key"], f["value"]) == (name, "energy_intensity", -float(printed[:-1]))
