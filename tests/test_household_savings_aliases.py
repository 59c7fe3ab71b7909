"""The savings of town and country households, as the work reports of the 1980s name them (城乡居民储蓄,
城乡储蓄余额, 城乡人民的储蓄存款), are the glossary's household savings deposits; the balance named before 新增
(居民储蓄存款新增…) rises by the figure."""

from __future__ import annotations


def test_the_savings_of_1986_are_household_savings(work_reports):
    # national work report 1986: 四是，城乡居民储蓄大幅度增加。一九八五年末达到一千六百二十三亿元，比一九八○年末增长三倍。
    f = work_reports.fact_at(1986, "一九八五年末达到一千六百二十三亿元", "一千六百二十三亿元")
    assert (f["indicator"], f["indicator_key"], f["period"]) == ("城乡居民储蓄", "household_savings", "一九八五年末")


def test_the_savings_balance_of_1983_is_household_savings(work_reports):
    # national work report 1983
    f = work_reports.fact_at(1983, "城乡储蓄余额达六百七十五亿元", "六百七十五亿元")
    assert f["indicator_key"] == "household_savings"


def test_the_savings_deposits_of_1981_are_household_savings(work_reports):
    # national work report 1981
    f = work_reports.fact_at(1981, "达到四百九十四亿元", "四百九十四亿元")
    assert (f["indicator"], f["indicator_key"]) == ("城乡人民的储蓄存款", "household_savings")


def test_the_savings_rise_of_1995_is_a_change_of_household_savings(work_reports):
    # national work report 1995: 居民储蓄存款新增６３００多亿元。 (the balance rises by it, as 比年初新增 reads)
    f = work_reports.fact_at(1995, "居民储蓄存款新增６３００多亿元", "６３００多亿元")
    assert (f["indicator"], f["indicator_key"], f["measure"], f["period"]) == (
        "居民储蓄存款", "household_savings", "abs_change", "1994年")


def test_the_savings_named_by_the_glossary_alias_rise_by_the_later_addition():
    # written, not quoted (the 2016 work report prints 居民储蓄存款余额增长8.5%，新增4万多亿元): the balance named by
    # the glossary's alias, with no 余额, rises by the 新增 clause after it as the balance printed so does
    from dhcheng_analysis import extract_facts, load_report

    f = extract_facts(load_report("去年末居民储蓄存款增长8.5%，新增4万多亿元。")).set_index("raw_unit")
    assert (f.loc["万亿元", "indicator_key"], f.loc["万亿元", "measure"]) == ("household_savings", "abs_change")
