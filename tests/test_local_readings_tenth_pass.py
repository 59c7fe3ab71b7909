"""A tenth reading of district reports: names and fields of figures that earlier readings got wrong.

Each sentence is copied verbatim from the report named in the comment before the test (data/, tests/gold/real/texts),
or is a written regression fixture, as the test's docstring says. Each test states the reading of one figure of it.
"""

from __future__ import annotations

from _sentences import fact

# -- 企业回迁50家,形成区级税收2亿元: the tax the firms brought back yield, not the district's tax revenue -------------
# (data/dongcheng_2020_h1.txt)

S_DONGCHENG_2020_YIELD = ("持续推进异地纳税清理,力争实现区级税收50万元以上异地纳税企业回迁50家,"
                          "形成区级税收2亿元。")


def test_a_district_share_of_tax_yielded_by_firms_counted_is_theirs():
    f = fact(S_DONGCHENG_2020_YIELD, "2亿元")
    assert f["indicator_key"] != "tax_revenue"
    assert f["dimension"] != "total"
    assert f["indicator"].endswith("企业区级税收")
    assert (f["scope"], f["status"], f["value"]) == ("区级", "target", 200000000.0)


def test_a_district_share_of_tax_yielded_by_projects_counted_is_theirs():
    """Regression fixture (a written sentence in the shape of the district reports)."""
    f = fact("全年引进重点项目30个,预计形成区级税收1.2亿元。", "1.2亿元")
    assert (f["indicator"], f["indicator_key"], f["dimension"]) == ("引进重点项目区级税收", "", "")


def test_a_district_share_of_tax_completed_after_a_count_stays_the_district_total():
    """Regression fixture (a written sentence): 完成 is said of the district's own tax, never 形成."""
    f = fact("上半年,全区新设企业1200家,区级税收完成20亿元。", "20亿元")
    assert (f["indicator_key"], f["scope"], f["dimension"]) == ("tax_revenue", "区级", "total")


# -- 新增区级税收6.3亿元: the tax brought by the firms attracted, a glossary part of the tax, no total -------------------
# (data/dongcheng_2020_h1.txt)

S_DONGCHENG_2020_ADDED = ("优引强力度,创新开展中介招商、楼宇招商、活动招商,加大京外、区外企业回迁力度,上半年共引进税源企业"
                          "199户,新增区级税收6.3亿元。")


def test_district_tax_added_by_firms_attracted_is_no_total():
    f = fact(S_DONGCHENG_2020_ADDED, "6.3亿元")
    assert (f["indicator_key"], f["scope"], f["dimension"]) == ("district_tax_added", "区级", "")


# -- 成功挽留拟迁出企业23户,涉及区级税收超过2亿元: 拟 names the firms by their intent; the tax is theirs ----------------

S_RETAINED = "上半年引进重点企业186家,新增区级税收约5.6亿元;成功挽留拟迁出企业23户,涉及区级税收超过2亿元。"


def test_firms_that_meant_to_leave_and_were_kept_are_an_outcome():
    """Regression fixture (the sentence of tests/gold/constructed/budget_2023)."""
    assert fact(S_RETAINED, "23户")["status"] == "actual"


def test_the_tax_the_firms_kept_hold_is_theirs():
    """Regression fixture (the sentence of tests/gold/constructed/budget_2023)."""
    f = fact(S_RETAINED, "2亿元")
    assert (f["indicator"], f["indicator_key"], f["status"], f["dimension"]) == ("挽留拟迁出企业区级税收", "", "actual", "")
