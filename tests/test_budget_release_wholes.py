"""Sectors, wholes and bases of budget and statistical releases, on verbatim sentences of the real excerpts.

An industry printed without its 业 before a sector quantity, with only a size class (限上, 规上) before it, is the
quantity of the glossary sector it names once 业 is put back: ``限上餐饮营业额`` is a ``sector`` figure, keyed
``sector_turnover_above_size:catering``, as ``限上住宿业营业额`` printed beside it is. A name the glossary holds as another kind of term keeps its kind
(``餐饮收入``, the catering part of retail sales). Each test is a sentence copied from the report named in its
comment.

A share named by a glossary term that leaves its whole out (税收比重, 税收占比: the glossary's
``税收收入占一般公共预算收入比重``) takes that whole as the comparator when a level of it is printed just before,
in its paragraph or its row of a table. A base after 高于, 低于, 比 … that is the average of a class of units
(省辖市, 县区, 盟市 …) keeps its 平均: ``高于省辖市平均增幅3.7个百分点`` → ``省辖市平均``, the class average, not
one city; the average of a whole place drops it as before (``高于全市平均水平`` → ``全市``).
"""

from __future__ import annotations

import pytest
from _sentences import fact

RUYUAN_LODGING = ("1-5月,限上住宿业营业额0.25亿元,同比下降23.8%,降幅与1-4月基本持平;限上餐饮营业额0.13亿元,"
                  "同比下降50.3%,降幅比1-4月扩大0.6个百分点。")


@pytest.mark.parametrize(("printed", "name"), [
    # ruyuan_m1to5_release: the industry printed with its 业, as before
    ("0.25亿元", "限上住宿业营业额"),
    # ruyuan_m1to5_release: the industry printed without it, and its change and the change of that change
    ("0.13亿元", "限上餐饮营业额"),
    ("50.3%", "限上餐饮营业额"),
    ("0.6个百分点", "限上餐饮营业额"),
])
def test_industry_without_ye_is_a_sector(printed, name):
    f = fact(RUYUAN_LODGING, printed)
    assert (f["indicator"], f["dimension"]) == (name, "sector")


@pytest.mark.parametrize(("printed", "key"), [
    ("0.25亿元", "sector_turnover_above_size:accommodation"),
    ("0.13亿元", "sector_turnover_above_size:catering"),
    ("50.3%", "sector_turnover_above_size:catering"),
])
def test_industry_without_ye_is_keyed_as_the_sector_printed_with_it(printed, key):
    # ruyuan_m1to5_release (real excerpt): 限上餐饮营业额 is the turnover of 餐饮业 above designated size, keyed as
    # 限上住宿业营业额 beside it is, so the two lodging and catering rows line up in the tables
    assert fact(RUYUAN_LODGING, printed)["indicator_key"] == key


def test_glossary_term_of_another_kind_keeps_it():
    # written: a retail part the glossary names (餐饮收入) is no sector's quantity
    f = fact("1-5月,全区实现餐饮收入2.3亿元,同比增长5.1%。", "2.3亿元")
    assert (f["indicator"], f["dimension"]) == ("餐饮收入", "")


PUYANG_REVENUE = ("3月份,全市一般公共预算收入当月完成73795万元,下降12.7%,累计完成234267万元,下降10.9%。"
                  "收入规模位居全省第15位,同比提升1个位次;收入增幅高于省辖市平均增幅3.7个百分点,居全省第6位,"
                  "同比提升1个位次;税收比重为70.9%,位居全省第3位,同比回落1个位次。")
# haishu_nb_2023_gwr
HAISHU_TAX = ("全年地区生产总值突破1500亿元;完成一般公共预算收入117.1亿元,税收占比稳定在92%以上;"
              "城乡居民人均可支配收入分别增长4.4%、6.4%。")


@pytest.mark.parametrize(("text", "printed", "name"), [
    # puyang_m3_budget_table: 税收比重, the glossary's share of tax in the budget revenue printed before it
    (PUYANG_REVENUE, "70.9%", "税收比重"),
    # haishu_nb_2023_gwr: 税收占比 right after the revenue
    (HAISHU_TAX, "92%", "税收占比"),
])
def test_share_named_without_its_whole_takes_the_whole_printed_before(text, printed, name):
    f = fact(text, printed)
    assert (f["indicator"], f["measure"], f["comparator"]) == (name, "rate_pct", "一般公共预算收入")


def test_share_with_no_whole_printed_nearby_stays_without():
    # written: no budget revenue printed before the share in its paragraph
    f = fact("1-5月,全区规模以上工业增加值增长5.2%。\n税收比重为70.9%。", "70.9%")
    assert (f["indicator"], f["comparator"]) == ("税收比重", "")


def test_table_cell_share_takes_the_whole_of_its_row():
    # puyang_m3_budget_table: the 税收比重 column of a row the table wraps over two lines
    from _sentences import facts
    text = open(__import__("pathlib").Path(__file__).parent / "gold/real/texts/puyang_m3_budget_table.txt",
                encoding="utf-8").read()
    f = facts(text)
    cells = f[(f["indicator"] == "税收比重") & f["flags"].str.contains("table_cell")]
    assert len(cells) > 5 and set(cells["comparator"]) == {"一般公共预算收入"}


@pytest.mark.parametrize(("text", "printed", "base"), [
    # puyang_m3_budget_table: the average of the province's cities
    (PUYANG_REVENUE, "3.7个百分点", "省辖市平均"),
    # written: a class of a province's counties, with the place and a count before it
    ("1-5月,全县一般公共预算收入增长8.2%,增速高于全市16个县区平均水平1.2个百分点。", "1.2个百分点", "全市16个县区平均"),
    ("1-5月,全县一般公共预算收入增长8.2%,增速比全省县区平均水平高1.2个百分点。", "1.2个百分点", "全省县区平均"),
    # written: the average of a whole place is the place
    ("1-5月,社会消费品零售额同比增长6.2%，高于全市平均水平2.3个百分点。", "2.3个百分点", "全市"),
])
def test_average_of_a_class_of_units_keeps_it(text, printed, base):
    f = fact(text, printed)
    assert (f["measure"], f["comparator"]) == ("pp_diff", base)
