"""Output names of the early national reports the glossary knows: 工业生产总值 and a bare 发电 in a list of products.

工业生产总值 is the gross industrial output value (工业总产值), as 农业生产总值 is the agricultural one and 工农业生产总值
their sum; 发电增长１５％ in a list of products' outputs is the electricity generated (发电量). A narrower whole
(各工业部工业生产总值, the ministries' enterprises) and a kind of generation (光伏发电) stay unkeyed.
"""

from __future__ import annotations

from _sentences import fact_at


def test_gross_industrial_output_printed_as_production_value_is_keyed():
    # national_work_reports/1956.txt
    got = fact_at("１９５６年工业生产总值比１９５５年将增长１９．７％。", "１９．７％")
    assert (got["indicator"], got["indicator_key"], got["status"]) == ("工业生产总值", "industrial_output", "target")
    s = "据国家统计局初步统计，在工业生产方面，本年１——５月份各工业部工业生产总值计划完成１０２．６％，比上年同期增长３３．３％。"
    assert fact_at(s, "３３．３％")["indicator_key"] == ""


def test_a_bare_generation_in_a_list_of_outputs_is_the_electricity_generated():
    # national_work_reports/1956.txt
    s = "１９５６年主要产品产量增长的情况是：发电增长１５％，煤增长１７％，原油增长２４％，生铁增长２５％，钢增长５８％。"
    got = fact_at(s, "１５％")
    assert (got["indicator"], got["indicator_key"]) == ("发电", "electricity_output")
    assert fact_at(s, "２４％")["indicator_key"] == "crude_oil_output"
    # (written in the reports' style: a kind of generation is narrower)
    assert fact_at("全区光伏发电增长５％。", "５％")["indicator_key"] == ""
