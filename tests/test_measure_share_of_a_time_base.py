"""A share of the same quantity at a time before names that time as its comparator.

A percentage after 为, 是 or 相当于 and a time base and 的 (去年, 上年, a year, with or without 同期) is the quantity as
a share of itself then: ``rate_pct``, comparator the time, as 恢复至去年同期的七成 is read. After a verb of falling
(回落到, 下降到, 降至) only a base with 同期 is one; a year after a change verb is the year of the level reached
(由一九七八年的…下降到一九八二年的…), no base.
"""

from _sentences import fact


def test_a_share_of_a_year_before_after_wei():
    # national work report 1956
    s = "农业税收入为３，０２０，０００，０００元，占本年收入的１０．１６％，为１９５５年的９８．８８％。"
    f = fact(s, "９８．８８％")
    assert (f["indicator"], f["measure"], f["comparator"]) == ("农业税收入", "rate_pct", "1955年")  # (named half-width)


def test_a_share_of_the_same_months_last_year():
    # written: as a district bulletin prints a recovery not yet complete
    f = fact("全区税收收入为上年同期的92.3%。", "92.3%")
    assert (f["indicator"], f["measure"], f["comparator"]) == ("税收收入", "rate_pct", "上年同期")
    f = fact("全区税收收入回落到上年同期的92.3%。", "92.3%")
    assert (f["measure"], f["comparator"]) == ("rate_pct", "上年同期")


def test_the_year_of_a_level_reached_is_no_base():
    # national work report 1983
    s = "财政收入占国民收入的比重，由一九七八年的百分之三十七点二下降到一九八二年的百分之二十五点五。"
    f = fact(s, "百分之二十五点五")
    assert f["measure"] == "rate_pct" and "一九八二" not in f["comparator"]


def test_a_share_a_rate_falls_to_after_wei_is_no_base():
    # national work report 1955
    s = ("在这个时期，公私工业都有发展，但国营工业的发展速度远远超过了私营工业，私营工业中的一部分已经转变为公私合营，因而国营、"
         "合作社营和公私合营的工业的产值，在工业总产值（包括现代工业和工场手工业的产值，不包括合作化手工业和个体手工业的产值）中所"
         "占的比重，已由一九四九年的百分之三十六点七上升到一九五二年的百分之六十一，而私营工业的产值所占的比重，则由一九四九年的百分"
         "之六十三点三下降为一九五二年的百分之三十九。")
    f = fact(s, "百分之三十九")
    assert f["measure"] == "rate_pct" and "一九五二" not in f["comparator"]
