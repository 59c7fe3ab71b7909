"""A ninth pass of readings of figures in the State Council work reports of 1993–2007, on verbatim sentences.

Each sentence is copied from the report of ``/work/shared/corpus/national_work_reports`` named in the test; each
test states the name of one figure of it.
"""

from __future__ import annotations

# -- the growth of a scope's economy (国民经济增长速度) is the economy's growth, not the economy -------------------------


def test_the_growth_of_the_national_economy_keeps_its_growth_in_its_name(work_reports):
    # 1993: both the rate first planned and the range it was raised to are of the national economy's growth
    sentence = "按调整后的“八五”计划，国民经济增长速度由原定平均每年百分之六调高到百分之八至九。"
    for raw in ("百分之六", "百分之八", "九"):
        f = work_reports.fact_at(1993, sentence, raw)
        assert (f["indicator"], f["measure"], f["status"]) == ("国民经济增长速度", "change_pct", "target")
