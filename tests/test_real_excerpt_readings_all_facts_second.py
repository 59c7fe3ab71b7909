"""Readings of every figure of the real excerpts (gongshu to zhongdu, and the unseen examples), beyond the gold rows.

Each sentence is copied verbatim from a text of ``tests/gold/real/texts`` (named in the comment above it); each test
states what a careful reader of the report takes the figure to be.
"""

from __future__ import annotations

from _sentences import fact_at

# -- a rank after a clause comparing a growth ranks that growth, even when the clause opens with the short name of the
# quantity the sentence before names in full --------------------------------------------------------------------

PUYANG_REVENUE = ("3月份,全市一般公共预算收入当月完成73795万元,下降12.7%,累计完成234267万元,下降10.9%。"
                  "收入规模位居全省第15位,同比提升1个位次;收入增幅高于省辖市平均增幅3.7个百分点,居全省第6位,"
                  "同比提升1个位次;税收比重为70.9%,位居全省第3位,同比回落1个位次。")
PUYANG_SPENDING = ("3月份,全市一般公共预算支出当月完成380990万元,增长15.8%,累计完成744234万元,下降4.1%。"
                   "支出规模位居全省第13位,同比持平;支出增幅高于省辖市平均增幅3.3个百分点,居全省第8位,同比回落6个位次。")


def test_rank_after_a_growth_comparison_opened_by_a_short_name_ranks_the_growth():
    # puyang_m3_budget_table
    size, growth = fact_at(PUYANG_REVENUE, "第15位"), fact_at(PUYANG_REVENUE, "第6位")
    assert (size["indicator"], size["measure"], size["value"]) == ("一般公共预算收入规模", "rank", 15)
    assert (growth["indicator"], growth["measure"], growth["value"]) == ("一般公共预算收入增幅", "rank", 6)
    moved = fact_at(PUYANG_REVENUE, "1个位次", 1)
    assert (moved["indicator"], moved["measure"], moved["value"]) == ("一般公共预算收入增幅", "abs_change", -1)
    # the comparison itself stays a difference of the revenue's growth
    gap = fact_at(PUYANG_REVENUE, "3.7个百分点")
    assert (gap["indicator"], gap["measure"], gap["value"]) == ("一般公共预算收入", "pp_diff", 3.7)


def test_rank_of_the_spending_growth():
    # puyang_m3_budget_table
    rank, moved = fact_at(PUYANG_SPENDING, "第8位"), fact_at(PUYANG_SPENDING, "6个位次")
    assert (rank["indicator"], rank["measure"], rank["value"]) == ("一般公共预算支出增幅", "rank", 8)
    assert (moved["indicator"], moved["measure"], moved["value"]) == ("一般公共预算支出增幅", "abs_change", 6)
    assert fact_at(PUYANG_SPENDING, "第13位")["indicator"] == "一般公共预算支出规模"


# -- a rank of the increase is of the increase, named with the thing increased ----------------------------------

def test_rank_of_a_net_increase_names_the_increase():
    # zhongdu_ws_2025_street_h1
    text = "上半年新增“四上”企业14家,净增7家,增量居全县首位。"
    f = fact_at(text, "首位")
    assert (f["indicator"], f["measure"], f["value"], f["comparator"]) == ("“四上”企业增量", "rank", 1, "全县")
    assert (fact_at(text, "7家")["indicator"], fact_at(text, "7家")["measure"]) == ("“四上”企业", "abs_change")


# -- the urban-rural income ratio: printed bare it is the ratio's first term (as 2.05:1 is), its narrowing a change,
# its from-to a pair of values whatever the to-word -----------------------------------------------------------

def test_income_ratio_printed_as_a_ratio_and_bare_is_one_measure():
    # youyang_cq_2025_q1 prints the ratio as A:1
    text = "城乡收入比持续缩小,由上年同期的2.05:1下降为2.02:1。"
    assert [(f["indicator"], f["measure"], f["value"]) for f in (fact_at(text, "2.05"), fact_at(text, "2.02"))] == [
        ("城乡收入比", "ratio", 2.05), ("城乡收入比", "ratio", 2.02)]
    # the same ratio as other reports print it (a sentence of the same kind, not verbatim)
    for text, name in (("城乡居民收入比缩小至1.71。", "城乡居民收入比"), ("全区城乡居民收入倍差缩小至1.68。", "城乡居民收入倍差")):
        f = fact_at(text, "1.")
        assert (f["indicator"], f["measure"], f["unit"]) == (name, "ratio", "")


def test_narrowing_of_a_ratio_is_its_change():
    text = "城乡居民收入比为1.71,比上年缩小0.03。"  # a sentence of the same kind, not verbatim
    f = fact_at(text, "0.03")
    assert (f["indicator"], f["measure"], f["value"], f["comparator"]) == ("城乡居民收入比", "abs_change", -0.03, "上年")


def test_ratio_narrowed_from_one_value_to_another():
    text = "城乡居民收入比由上年的1.75缩小为1.71。"  # a sentence of the same kind, not verbatim
    before, after = fact_at(text, "1.75"), fact_at(text, "1.71")
    assert (before["indicator"], before["measure"], before["value"]) == ("城乡居民收入比", "ratio", 1.75)
    assert "from_value" in before["flags"]
    assert (after["indicator"], after["measure"], after["value"]) == ("城乡居民收入比", "ratio", 1.71)


# -- a budget report names a budget once and gives its spending as 支出 after its revenue ---------------------------

def test_bare_spending_after_a_budget_s_revenue_is_that_budget_s_spending():
    # sentences of the kind of the budget reports (lintao, minhang, shangcheng, yongning), not verbatim
    text = "社会保险基金预算收入32.1亿元,完成预算的51.2%;支出29.8亿元,完成预算的48.7%。"
    spent, done = fact_at(text, "29.8亿元"), fact_at(text, "48.7%")
    assert (spent["indicator"], spent["measure"]) == ("社会保险基金预算支出", "level")
    assert (done["indicator"], done["measure"]) == ("社会保险基金预算支出", "completion_pct")
    text = "全区政府性基金预算收入12.5亿元,同比下降35.6%;支出15.2亿元,同比下降12.1%。"
    assert [fact_at(text, p)["indicator"] for p in ("15.2亿元", "12.1%")] == ["政府性基金预算支出"] * 2


def test_bare_spending_after_a_tax_is_no_spending_of_the_tax():
    text = "一般公共预算收入12.5亿元,其中税收收入10.1亿元;支出15.2亿元。"
    assert fact_at(text, "15.2亿元")["indicator"] != "税收支出"


# -- 累计结余 is the fund's accumulated balance, a stock apart from the year's balance: 累计 is part of the noun ---------

def test_accumulated_balance_keeps_its_word():
    # sentences of the kind of the budget reports, not verbatim
    assert fact_at("全区社会保险基金累计结余45.6亿元。", "45.6亿元")["indicator"] == "社会保险基金累计结余"
    text = "社会保险基金当期结余2.3亿元,累计结余45.6亿元。"
    assert fact_at(text, "45.6亿元")["indicator"].endswith("累计结余")
    assert fact_at(text, "2.3亿元")["indicator"] == "社会保险基金当期结余"


# -- 争取 before funds is what was secured in a review and what is sought in a plan -------------------------------

FUNDS = ("关于2023年上半年工作情况的报告\n一、上半年工作回顾\n"
         "今年以来,全区积极争取上级资金3.2亿元,同比增长15.6%;争取地方政府专项债券额度15亿元。\n"
         "二、下半年工作安排\n下半年,积极争取上级资金2亿元以上。\n")  # a report of the kind of xiasha, zhongdu: not verbatim


def test_funds_secured_in_a_review_are_actual():
    assert [fact_at(FUNDS, p)["status"] for p in ("3.2亿元", "15.6%", "15亿元")] == ["actual"] * 3


def test_funds_sought_in_a_plan_are_a_target():
    f = fact_at(FUNDS, "2亿元以上")
    assert (f["indicator"], f["status"], f["qualifier"]) == ("上级资金", "target", "at_least")


# -- a rank of a quantity's growth named in its own clause is of the growth; its total's rank of the quantity -------

def test_rank_of_a_growth_named_with_its_quantity():
    # as wangcang (增速居全市第6位) and yongning (增幅在全市16县区中排名第五) print it after the growth: here the
    # growth word follows the quantity in the rank's own clause (sentences of that kind, not verbatim)
    assert fact_at("上半年,固定资产投资增速在全市排名第5位,较一季度前进3位。", "第5位")["indicator"] == "固定资产投资增速"
    assert fact_at("规上工业增加值增幅位列全市第二。", "第二")["indicator"] == "规上工业增加值增幅"
    text = "全区一般公共预算收入增幅居全市第一,总量居全市第三。"
    assert fact_at(text, "第一")["indicator"] == "一般公共预算收入增幅"
    assert fact_at(text, "第三")["indicator"] == "一般公共预算收入"
