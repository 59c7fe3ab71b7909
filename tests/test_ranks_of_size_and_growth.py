"""A rank says what it ranks: a quantity's size (收入规模位居全省第15位, 总量居全市第6位) or its growth (收入增幅…居全省第6位,
增速居全市第6位). The size of a glossary quantity is that quantity (一般公共预算收入规模 is 一般公共预算收入), so its rank is the
row's rank; the headline's ``rank_measure`` says ``level`` or ``yoy_pct``, and a card names a rank of the growth as one.
Sentences are verbatim from the real excerpts named (``tests/gold/real/texts``) and a national work report.
"""

from __future__ import annotations

import pytest
from _cards import card_texts
from _real_tables import excerpt_table

import dhcheng_analysis as dh


def test_the_size_of_a_budget_quantity_is_that_quantity():
    # puyang_m3_budget_table
    facts = dh.extract_facts("收入规模位居全省第15位,同比提升1个位次;收入增幅高于省辖市平均增幅3.7个百分点,居全省第6位,同比提升1个位次。")
    ranks = facts[facts["measure"] == "rank"].set_index("value")
    assert ranks.loc[15.0, "indicator_key"] == ranks.loc[6.0, "indicator_key"]
    # 2025.txt: 一般公共预算支出规模29.7万亿元、比上年增加1.2万亿元。
    level = dh.extract_facts("一般公共预算支出规模29.7万亿元、比上年增加1.2万亿元。").iloc[0]
    assert (level["value"], level["indicator_key"]) == (2.97e13, "general_budget_expenditure")


def test_a_total_of_funds_is_no_budget_revenue():
    # minhang_sh_2022_h1_budget: 收入总量 adds carried-over funds, transfers and bonds to the revenue
    facts = dh.extract_facts("加上年结转收入6.9亿元、地方政府一般债务转贷收入28.5亿元、调入资金4.3亿元,收入总量为298亿元。")
    assert facts.loc[facts["value"] == 2.98e10, "indicator_key"].tolist() == [""]


@pytest.mark.parametrize(("name", "rows"), [
    ("puyang_m3_budget_table", {"一般公共预算收入": (15.0, "level"), "一般公共预算支出": (13.0, "level")}),
    # 总量居全市第6位,增速居全市第2位: the size's rank is the row's
    ("district_2021_bulletin_rank", {"地区生产总值": (6.0, "level")}),
    # 增速居全市第6位
    ("wangcang_h1_industry", {"规模以上工业增加值": (6.0, "yoy_pct")}),
])
def test_the_headline_says_what_its_rank_ranks(name, rows):
    head = excerpt_table(name, "headline").set_index("indicator")
    got = {k: (head.loc[k, "rank"], head.loc[k, "rank_measure"]) for k in rows}
    assert got == rows


def test_a_card_names_a_rank_of_the_growth():
    notes = card_texts(excerpt_table("wangcang_h1_industry", "headline"), "card-comparison")
    # 增速居全市第6位,较1-5月上升1位: the rank and its move
    assert notes == ["高于一季度15.5个百分点；增速全市第6；比1-5月提升1位"]


def test_a_rank_printed_after_a_completion_ranks_the_completion():
    # data/dongcheng_2020_h1.txt, verbatim: the rank among 城六区 follows the completion of the year's task
    text = ("上半年,全区地区生产总值按初步核算数降幅为3.9%,较一季度收窄1.5个百分点;一般公共预算收入完成96.9亿元,同比下降7%,"
            "完成全年任务的48.2%;固定资产投资完成100.4亿元,完成全年任务的45.6%,高于全市平均水平近3个百分点,其中建安投资完成"
            "25.1亿元,完成全年任务的34.8%,位列城六区第三;社会消费品零售总额实现509.8亿元,同比下降15.4%,降幅低于全市0.9个百分点;"
            "居民人均可支配收入41228元,同比增长2%。")
    head = dh.headline_indicators(text).set_index("indicator")
    assert tuple(head.loc["建安投资", ["completion_pct", "rank", "rank_group", "rank_measure"]]) == (
        34.8, 3.0, "城六区", "completion_pct")
    # the card names it so
    assert card_texts(head.loc[["建安投资"]].reset_index(), "card-comparison") == ["完成进度城六区第3"]
    # a rank printed after a growth is not of it unless named so: 总量居全市第6位 ranks the size
    assert excerpt_table("district_2021_bulletin_rank", "headline").set_index("indicator").loc[
        "地区生产总值", "rank_measure"] == "level"
