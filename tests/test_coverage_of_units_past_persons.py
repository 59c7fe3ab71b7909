"""A coverage named only so, after a count of units and the persons they go on to count.

Verbatim: the rural pension pilot of the 2012 report: the counties that run it, then the persons insured and paid,
then 覆盖面: the coverage is of the counties the pilot reaches, as 垃圾分类示范小区达到186个,覆盖率达到42.3% is of
the communities; the persons counted in between are none of the units covered.
"""

from __future__ import annotations

from _sentences import fact

# shared/corpus/national_work_reports/2012.txt
RURAL_PENSION_2012 = ("2147个县（市、区）实施城镇居民社会养老保险试点，1334万人参保，641万人领取养老金。2343个县（市、区）"
                      "开展新型农村社会养老保险试点，3.58亿人参保，9880万人领取养老金，覆盖面扩大到60％以上。")


def test_coverage_after_persons_is_of_the_units_counted_before_them() -> None:
    f = fact(RURAL_PENSION_2012, "60％")
    assert f["indicator"] == "开展新型农村社会养老保险试点的县（市、区）覆盖面"
    assert (f["measure"], f["value"], f["qualifier"]) == ("rate_pct", 60.0, "at_least")


def test_the_persons_keep_their_names() -> None:
    assert fact(RURAL_PENSION_2012, "3.58亿")["indicator"] == "新型农村社会养老保险试点参保的人"
    assert fact(RURAL_PENSION_2012, "9880万")["indicator"] == "新型农村社会养老保险试点领取养老金的人"
