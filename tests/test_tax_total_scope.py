"""The tax table's total is of the scope of the items it totals.

The tax revenue of the scope a breakdown is printed at is its total (区级税收较去年同期减收4.6亿元，其中增值税、
企业所得税分别下降12.3%、9.1%: 区级税收, though stated as an amount only, over a budget revenue's percent). A budget
revenue is a local share: it is no total of taxes printed of all levels (全口径企业所得税), so a report printing no
total of that scope has no total row, rather than one of a narrower concept.
"""

from __future__ import annotations

import warnings

import dhcheng_analysis as dh

# district report, Dongcheng, 2020, first half (data/dongcheng_2020_h1.txt): the lead and the problems
DONGCHENG = ("上半年,全区地区生产总值按初步核算数降幅为3.9%,较一季度收窄1.5个百分点;一般公共预算收入完成96.9亿元,同比下降7%,"
             "完成全年任务的48.2%。\n"
             "财政收支平衡面临困难。上半年我区财政收入同比下降7%,完成年度任务目标压力较大。部分行业减收明显,商务服务业、"
             "批发零售业税收降幅分别为14.5%和30.3%。主要税种除个人所得税外均呈现负增长,全口径企业所得税、增值税、契税降幅"
             "分别为6.3%、13.6%和8.4%。")
# constructed district report, Fengtai, 2020, first half (tests/gold/constructed/fengtai_2020_h1)
FENGTAI = ("上半年，全区一般公共预算收入完成58.3亿元，同比下降9.6%。\n"
           "二是财政收支矛盾突出，区级税收较去年同期减收4.6亿元，其中增值税、企业所得税分别下降12.3%、9.1%。")
# written: the tax types print no scope, so the budget revenue stays their total
WRITTEN = "上半年,一般公共预算收入完成40.5亿元,同比下降2.5%。企业所得税、个人所得税降幅分别为4.1%和2.2%。"


def _tax(text: str):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return dh.tax_declines(text)


def test_budget_revenue_is_no_total_of_all_levels_taxes() -> None:
    t = _tax(DONGCHENG)
    assert set(t.loc[(t["dimension"] == "tax_type") & t["change_pct"].notna(), "scope"]) == {"全口径"}
    assert not (t["dimension"] == "total").any()


def test_tax_revenue_of_the_items_scope_is_the_total() -> None:
    t = _tax(FENGTAI)
    total = t[t["dimension"] == "total"]
    assert len(total) == 1
    assert (total.iloc[0]["item_as_printed"], total.iloc[0]["scope"], total.iloc[0]["abs_change"]) == (
        "区级税收", "区级", -4.6e8)


def test_budget_revenue_totals_unscoped_taxes() -> None:
    t = _tax(WRITTEN)
    assert t.loc[t["dimension"] == "total", "item"].tolist() == ["一般公共预算收入"]
