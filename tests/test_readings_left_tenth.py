"""Readings left open by earlier passes over the texts (a tenth pass).

Verbatim: the industrial output and sales output of the Xicheng report of January-May (tests/gold/real) and the
farm output of the Changping report (tests/gold/constructed): a glossary quantity headed by a glossary sector
(工业销售产值, 农林牧渔业总产值) is that quantity of the sector, its dimension ``sector``.
"""

from __future__ import annotations

from _sentences import fact

# -- a glossary quantity headed by a sector is the sector's quantity -------------------------------------------------

XICHENG_M1TO5 = ("规模以上工业企业累计完成工业总产值281.5亿元,同比增长4.9%,累计完成工业销售产值281.6亿元,"
                 "同比增长4.7%,产销率为100.0%,产销衔接良好。")
CHANGPING_2021 = "全区农林牧渔业总产值18.6亿元,同比增长4.2%。"


def test_a_glossary_quantity_of_a_sector_is_the_sectors() -> None:
    got = [fact(XICHENG_M1TO5, p) for p in ("281.5亿元", "4.9%", "281.6亿元", "4.7%")]
    assert [(g["indicator_key"], g["measure"], g["dimension"]) for g in got] == [
        ("industrial_output_above_size", "level", "sector"), ("industrial_output_above_size", "yoy_pct", "sector"),
        ("industrial_sales_output_above_size", "level", "sector"),
        ("industrial_sales_output_above_size", "yoy_pct", "sector")]
    farm = fact(CHANGPING_2021, "18.6亿元")
    assert (farm["indicator"], farm["indicator_key"], farm["dimension"]) == (
        "农林牧渔业总产值", "agriculture_output", "sector")


def test_industry_and_agriculture_together_are_no_one_sector() -> None:
    text = "在工业农业总产值方面：一九五三年比一九五二年增长百分之十四点四，一九五四年又比一九五三年增长百分之九点四。"
    got = fact(text, "百分之十四点四")
    assert (got["indicator_key"], got["dimension"]) == ("gross_output_industry_agriculture", "")
