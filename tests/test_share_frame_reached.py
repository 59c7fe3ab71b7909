"""The whole a clause 在…中 names for the shares after it is the base of a share reached with a to-word too.

A clause opening with 在 (or 预计在) and a whole (在手工业总产值中，) names the base of the rate figures after it when
they print 占, and when the share is reached by a to-word right before the figure (将上升到７２．５％, 将下降到８．９％):
the comparator is the whole. Each sentence is quoted from the national work report its test names.
"""

from __future__ import annotations

import pytest
from _sentences import fact

S1956_CRAFT = ("在手工业总产值中，手工业生产合作社、供销生产社和生产小组的产值将上升到７２．５％，"
               "个体手工业者的产值将下降为２７．５％。")
S1956_RETAIL = ("在商业方面，到１９５６年底，预计在社会商品零售总额中，国营和合作社营商业的比重将上升到６０．５％，"
                "公私合营商业和合作商店的比重将上升到２５．５％，私营商业的比重将下降到８．９％，而农民贸易将占５．１％。")


@pytest.mark.parametrize(("text", "printed", "whole"), [
    # national work report 1956: a share reached after a to-word
    (S1956_CRAFT, "７２．５", "手工业总产值"),
    # national work report 1956: 下降为 is a to-word too
    (S1956_CRAFT, "２７．５", "手工业总产值"),
    # national work report 1956: the frame opens with 预计
    (S1956_RETAIL, "６０．５", "社会商品零售总额"),
    (S1956_RETAIL, "８．９", "社会商品零售总额"),
    # national work report 1956: 占 after the same frame
    (S1956_RETAIL, "５．１", "社会商品零售总额"),
])
def test_share_after_a_whole_frame_is_of_the_whole(text, printed, whole):
    f = fact(text, printed)
    assert (f["measure"], f["comparator"]) == ("rate_pct", whole)
