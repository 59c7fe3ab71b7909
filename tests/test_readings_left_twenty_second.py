"""Readings left open by earlier passes over the texts (a twenty-second pass).

Verbatim, from the Lintao 2024 budget report of February: revenue by the level of government it is handed up to
(上划中央收入, 上划省级收入, 上划市级收入) has that level as its scope, as the fiscal scopes print it (中央级, the
column of the same report's table); 中央 is one only after 上划, so the central
government's own figures of the national work reports (中央财政用于…的支出, 中央预算内投资) keep none.
Verbatim, from the Haishu 2023 work report, the Puyang budget report of March and the Kunshan 2021 report: the tax share
of general budget revenue (税收占比, 税收比重) has a key of its own; an industry's share of tax (金融业税收占比, Xicheng
2020 H1) stays that industry's, with no key, though the glossary's longest name in it is the tax share.
"""

from __future__ import annotations

import pytest
from _sentences import fact

LINTAO_2024_M2_LEVELS = ("从层级看:上划中央收入7716万元,占收入的45.24%,同比增收1417万元,增长22.5%;上划省级收入2432万元,"
                         "占收入的14.26%,同比增收357万元,增长17.2%;上划市级收入6万元,占收入的0.04%,同比减收71万元,"
                         "下降92.21%。")
HAISHU_2023_TAX_SHARE = ("全年地区生产总值突破1500亿元;完成一般公共预算收入117.1亿元,税收占比稳定在92%以上;"
                         "城乡居民人均可支配收入分别增长4.4%、6.4%。")
PUYANG_M3_TAX_SHARE = ("收入规模位居全省第15位,同比提升1个位次;收入增幅高于省辖市平均增幅3.7个百分点,居全省第6位,同比提升1个位次;"
                       "税收比重为70.9%,位居全省第3位,同比回落1个位次。")
KUNSHAN_2021_TAX_SHARE = "一般公共预算收入338.5亿元，同比增长10.6%，其中税收收入292.1亿元，税收占比86.3%。"
XICHENG_2020_H1_SECTOR_SHARE = "围绕金融街、西单、德胜等重点功能区,引进重点金融机构不少于20家,推动金融业税收占比保持在六成以上。"
NATIONAL_2008_CENTRE = "中央财政用于“三农”的支出五年累计1.6万亿元，其中用于农村基础设施建设近3000亿元，地方也较多增加了投入。"


@pytest.mark.parametrize(("printed", "scope"), [("7716万元", "中央级"), ("45.24%", "中央级"), ("1417万元", "中央级"),
                                                ("22.5%", "中央级"), ("2432万元", "省级"), ("收入6万元", "市级")])
def test_revenue_handed_up_has_the_level_it_goes_to_as_scope(printed: str, scope: str) -> None:
    f = fact(LINTAO_2024_M2_LEVELS, printed.removeprefix("收入"), printed)
    assert (f["indicator"][:4], f["scope"]) == ("上划" + scope[:2], scope)


def test_the_centre_is_no_scope_outside_revenue_handed_up() -> None:
    assert fact(NATIONAL_2008_CENTRE, "1.6万亿元")["scope"] == ""


@pytest.mark.parametrize(("text", "printed", "indicator"), [(HAISHU_2023_TAX_SHARE, "92%", "税收占比"),
                                                          (PUYANG_M3_TAX_SHARE, "70.9%", "税收比重"),
                                                          (KUNSHAN_2021_TAX_SHARE, "86.3%", "税收占比")])
def test_the_tax_share_of_revenue_has_its_key(text: str, printed: str, indicator: str) -> None:
    f = fact(text, printed)
    assert (f["indicator"], f["measure"], f["indicator_key"]) == (indicator, "rate_pct", "tax_revenue_share")


def test_an_industrys_share_of_tax_stays_the_industrys() -> None:
    f = fact(XICHENG_2020_H1_SECTOR_SHARE, "六成")
    assert (f["indicator"], f["indicator_key"], f["dimension"]) == ("金融业税收占比", "", "sector")
