"""The tax table has one total for the sectors and tax types a report prints with no scope: the total that can hold
them, not a total of a level of government smaller than one of them. The text is a regression fixture
(``tests/gold/constructed``), not a real report: no real excerpt prints totals of two scopes beside its tax types.
"""

from __future__ import annotations

from pathlib import Path

from _real_tables import text_table

CONSTRUCTED = Path(__file__).resolve().parent / "gold" / "constructed"


def test_the_total_of_tax_types_printed_with_no_scope_is_the_one_that_holds_them():
    # a regression fixture (not a real report): 上半年，全区实现全口径税收收入1386.2亿元，同比增长16.8％。…区级税收收入完成
    # 1946520万元，比上年同期增收263180万元，增长15.6％；…从主要税种看，增值税、企业所得税、个人所得税分别完成412.6亿元、
    # 538.4亿元和196.3亿元，分别增长18.2％、21.5％和12.7％
    text = (CONSTRUCTED / "xicheng_2021_h1" / "xicheng_2021_h1.txt").read_text(encoding="utf-8")
    t = text_table(text, "tax")
    total = t[t["dimension"] == "total"]
    assert total[["item", "scope", "change_pct", "level"]].values.tolist() == [["税收收入", "全口径", 16.8, 1.3862e11]]
    assert {"增值税", "企业所得税", "个人所得税"} <= set(t.loc[t["dimension"] == "tax_type", "item"])


def test_totals_of_two_bases_of_one_scope_stay_rows_of_their_own():
    # a regression fixture (not a real report): 税收收入…同比下降9.6%，剔除留抵退税因素后增长2.1% beside sectors' taxes
    text = (CONSTRUCTED / "shijingshan_2022_h1" / "shijingshan_2022_h1.txt").read_text(encoding="utf-8")
    t = text_table(text, "tax")
    total = t[t["dimension"] == "total"]
    assert total[["item", "change_pct", "comparator"]].values.tolist() == [
        ["税收收入", -9.6, "上年同期"], ["税收收入", 2.1, "剔除留抵退税因素后"]]
