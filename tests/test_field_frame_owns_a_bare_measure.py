"""A frame naming the field a sentence speaks of (在手工业方面，…) owns the bare measure after it.

在手工业方面，１９５６年的全国总产值将比１９５５年增长１６．２％ is the growth of the handicrafts' output (手工业总产值), not
of a 全国总产值 of everything, as 手工业生产，…总产值 is; 工业方面，总产值增长５％ likewise names 工业总产值.
"""

from __future__ import annotations

from _sentences import fact_at


def test_the_field_a_frame_names_owns_the_bare_output_after_it():
    # national_work_reports/1956.txt
    got = fact_at("在手工业方面，１９５６年的全国总产值将比１９５５年增长１６．２％。", "１６．２％")
    assert (got["indicator"], got["measure"], got["status"], got["period"]) == ("手工业总产值", "yoy_pct", "target", "1956年")
    # (written in the reports' style)
    for s in ("工业方面，总产值增长５％。", "在工业方面，全区总产值增长５％。"):
        assert fact_at(s, "５％")["indicator"] == "工业总产值", s
