"""A tax base lost to relocations is named once on the tax page: its scope stands in the table's own scope
column (口径范围), not a second time in brackets after the name.

Quoted from the bundled report (data/dongcheng_2020_h1.txt): 税收关系迁出企业617户,按2019年上半年在东城区入库税款
计算,共造成税款全口径减收7亿元(地方级3.3亿元、区级1.4亿元)。"""

from __future__ import annotations

from dhcheng_analysis.display import scoped_label


def test_a_lost_tax_base_names_its_scope_once(bundled_tables):
    tax = bundled_tables["tax"]
    loss = tax[(tax["dimension"] == "base_loss") & (tax["measure"] == "abs_change")]
    assert list(zip(loss["item"], loss["scope"], loss["abs_change"], strict=True)) == [
        ("税款", "全口径", -7e8), ("税款", "地方级", -3.3e8), ("税款", "区级", -1.4e8)]
    assert set(loss["indicator_en"]) == {"Tax receipts"}
    # a chart, with no scope column, still tells the scopes apart
    assert [scoped_label(r, "zh", name_col="item") for _, r in loss.iterrows()] == [
        "税款（全口径）", "税款（地方级）", "税款（区级）"]
