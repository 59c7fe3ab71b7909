"""Total fiscal revenue (财政总收入, 大口径财政收入, a town's 财税收入) is a headline indicator: a report that prints it
with a level alone still shows it in the headline table, as it shows general budget revenue."""

from _real_tables import excerpt_table


def test_a_towns_fiscal_and_tax_revenue_heads_its_report() -> None:
    # zhongdu_ws_2025_street_h1 (real excerpt): 1-5月,完成财税收入5545万元;工业产值累计达6.88亿元,同比增长2.25%
    rows = excerpt_table("zhongdu_ws_2025_street_h1", "headline").set_index("indicator_key")
    assert rows.loc["total_fiscal_revenue", ["indicator_as_printed", "level", "unit", "period"]].tolist() == [
        "财税收入", 55450000.0, "元", "1-5月"]
