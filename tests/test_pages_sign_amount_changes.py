"""An amount of change (增收1284万元) is shown with its sign, a rise with + as a decline with −, as its growth is.

The tables set the amount beside its growth (+18.8% | +1,284万元); an unsigned rise among signed declines reads as
a level.
"""

from __future__ import annotations

from pathlib import Path

from _real_tables import real_table

from dhcheng_analysis import display

REAL = Path(__file__).resolve().parent / "gold" / "real" / "texts"


def test_a_rise_in_an_amount_carries_its_plus():
    # Dayao budget release of 2024, 1-4月: 其中:税收收入8103万元,比上年增收1284万元,增长18.8%;
    # 非税收入16524万元,比上年减收2354万元,下降12.5%。
    y = real_table(REAL / "dayao_2024_m4_budget.txt", "yoy").set_index("indicator")
    assert display.format_cell("abs_change", y.loc["税收收入"]) == "+1,284万元"
    assert display.format_cell("abs_change", y.loc["非税收入"]) == "−2,354万元"
    t = real_table(REAL / "dayao_2024_m4_budget.txt", "tax")
    assert [display.format_cell("abs_change", r) for _, r in t.iterrows()] == ["+1,284万元"]
