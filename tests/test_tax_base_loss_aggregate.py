"""An aggregate tax is the amount lost to relocations when the moving out is told before it.

A part of a sentence between semicolons that speaks of tax, of moving out and of a loss reads the amounts in it
as tax base lost (``base_loss``), but an aggregate (税收收入, 区级税收) there was kept as the fiscal total. The
aggregate is the loss too when it is an amount lost (``abs_change``) and the moving out is told before it in the
part (迁出企业803户，…，造成区级税收减收约2.1亿元); a total's own change printed before the moving out
(区级税收下降7%，税收关系迁出企业…) stays a total.
"""

from __future__ import annotations

from _sentences import fact

# district report, Dongcheng, 2020, first three quarters
Q1Q3 = "三是税源外迁风险依然存在，1-9月税收关系迁出企业803户，按2019年同期入库税款计算，造成区级税收减收约2.1亿元。"
# district report, Chaoyang, 2020, first half
H1 = "上半年,新设市场主体8654户,同比下降28.4%;迁出企业1347户,造成全口径税收减收13.6亿元(地方级6.2亿元、区级2.9亿元)。"
# written: a total's change told before the moving out, in the same part
WRITTEN = "区级税收下降7%，税收关系迁出企业300户，造成税款减收1.2亿元。"


def test_aggregate_lost_after_moving_out_is_base_loss() -> None:
    f = fact(Q1Q3, "2.1亿元")
    assert (f["dimension"], f["scope"], f["measure"]) == ("base_loss", "区级", "abs_change")


def test_all_levels_aggregate_and_its_parts_are_base_loss() -> None:
    assert fact(H1, "13.6亿元")["dimension"] == "base_loss"
    assert fact(H1, "6.2亿元")["dimension"] == "base_loss"


def test_total_change_before_moving_out_stays_total() -> None:
    assert fact(WRITTEN, "7%")["dimension"] == "total"
    assert fact(WRITTEN, "1.2亿元")["dimension"] == "base_loss"
