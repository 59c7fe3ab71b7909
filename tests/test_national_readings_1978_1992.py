"""The work reports of 1978–1992: plans that move a figure from this year's estimate, growth rates moved
from one value to another, and shares whose whole is not named. Sentences copied verbatim from the
work-report corpus (year in the comment)."""

from __future__ import annotations

from _sentences import fact_at


def test_a_share_printed_as_suo_zhan_bi_zhong_names_no_whole():
    # 1983
    s = ("在工农业总产值中，农业所占比重由一九七八年的百分之二十七点八提高到一九八二年的百分之三十三点六，"
         "轻工业所占比重由百分之三十一点一提高到百分之三十三点四。")
    for printed in ("百分之二十七点八", "百分之三十三点六"):
        f = fact_at(s, printed)
        assert (f["indicator"], f["measure"], f["comparator"]) == ("农业所占比重", "rate_pct", ""), printed
