"""A share is keyed as the glossary's share of its part in its whole (vocab ``share_keys``).

A share printed under other names of the glossary's part and whole (研发支出 for 研究与试验发展经费支出, 国内生产总值
or 地区生产总值 for either) is that share all the same: the pair of the part's and the whole's keys names it
(``rd_expenditure`` in ``gdp`` → ``rd_intensity``), as the glossary's ``研发经费占地区生产总值比重`` does. A change in
points right after such a share, under its name, is the share's change, keyed as the share, not as its part (the tax
share up 1.3 points is no change of tax revenue).
"""

from __future__ import annotations

from _sentences import fact

from dhcheng_analysis.vocab import share_keys


def test_share_of_rd_spending_in_output_is_rd_intensity() -> None:
    # national work report 2014, verbatim
    f = fact("全社会研发支出占国内生产总值比重超过2%。", "2%")
    assert (f["indicator"], f["comparator"], f["indicator_key"]) == ("全社会研发支出", "国内生产总值", "rd_intensity")


def test_share_named_in_the_glossary_keeps_its_key() -> None:
    # nanshan_sz_2023_gwr_digest (real excerpt), verbatim
    assert fact("全社会研发投入占GDP比重6.57%", "6.57%")["indicator_key"] == "rd_intensity"


def test_a_part_of_another_whole_keeps_the_parts_key() -> None:
    # haidian 2022 (constructed regression fixture): tax revenue's share of the city's tax is no tax share of budget
    # revenue
    f = fact("全区税收收入完成1865.2亿元,占全市税收的比重为21.4%,比上年同期提高0.7个百分点。", "21.4%")
    assert f["indicator_key"] == "tax_revenue"


def test_change_in_points_after_a_share_is_the_shares() -> None:
    # budget_2023 (constructed regression fixture, district budget wording): the 1.3 points are the tax share's
    text = ("税收收入完成1102345万元，比上年同期1028310万元增收74035万元，增长7.2%，完成年初预算2080000万元的53.0%，"
            "占一般公共预算收入的比重为85.9%，比上年同期提高1.3个百分点。")
    assert [fact(text, p)["indicator_key"] for p in ("85.9%", "1.3个", "7.2%")] == [
        "tax_revenue_share", "tax_revenue_share", "tax_revenue"]


def test_change_in_points_of_another_sentence_is_not_the_shares() -> None:
    keys = share_keys(["税收收入", "税收收入"], ["rate_pct", "pp_diff"], ["一般公共预算收入", "全市"],
                      [(0, 40), (41, 80)])
    assert keys == ["tax_revenue_share", "tax_revenue"]
