"""The key tables of real excerpts read against the facts and sentences they are built from.

Each report is one of ``tests/gold/real/texts`` (loaded whole); the sentence each test reads is quoted in its
comment. A headline row is of the report's own place, not of the city around it printed first, and of one
level of government, named on the pages (区级 revenue is no 地方级 revenue: a statement giving both gives a row
of each), as a completion or a target of one is; a growth has the level printed with it, not a bound that level passed.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
from _real_tables import excerpt_table, real_tables

from dhcheng_analysis import display, plots


def headline(name: str):
    return excerpt_table(name, "headline").set_index("indicator_as_printed")


def test_a_headline_row_is_of_the_district_not_of_the_city_printed_before_it():
    # xicheng_m1to5_indicators_table: 1-5月,北京市实现社会消费品零售总额5391.9亿元,同比下降7.7%,西城区实现社会消费品
    # 零售总额389.9亿元,同比下降8.6%,占北京市的比重为7.2%。
    row = headline("xicheng_m1to5_indicators_table").loc["社会消费品零售总额"]
    assert (row["level"], row["yoy_pct"]) == (3.899e10, -8.6)


def test_a_growth_has_the_level_printed_with_it_not_the_bound_it_passed():
    # xicheng_2023_annual: 地方级一般公共预算收入完成1012.9亿元,突破千亿元大关,同比增长10.6%  (the level of the growth is
    # 1012.9亿元; 千亿元 is the mark it passed)
    y = excerpt_table("xicheng_2023_annual", "yoy").set_index("indicator_as_printed")
    row = y.loc["地方级一般公共预算收入"]
    assert (row["change_pct"], row["level"]) == (10.6, 1.0129e11)
    assert round(row["implied_prior_level"] / 1e8, 1) == 915.8


def test_a_statement_of_two_levels_of_government_gives_a_headline_row_of_each():
    # dongcheng_2024_h1: 上半年实现区级一般公共预算收入97.2亿元,完成全年目标的46.2%;地方级一般公共预算收入239.3亿元,
    # 同比增长1.7%。
    h = headline("dongcheng_2024_h1")
    assert h.loc["区级一般公共预算收入", ["scope", "level", "completion_pct"]].tolist() == ["区级", 9.72e9, 46.2]
    assert h.loc["地方级一般公共预算收入", ["scope", "level", "yoy_pct"]].tolist() == ["地方级", 2.393e10, 1.7]
    # xicheng_2023_annual: 地方级一般公共预算收入完成1012.9亿元,突破千亿元大关,同比增长10.6%;区级一般公共预算收入实现452.7亿元
    h = headline("xicheng_2023_annual")
    assert h.loc["区级一般公共预算收入", ["scope", "level"]].tolist() == ["区级", 4.527e10]
    assert h.loc["地方级一般公共预算收入", ["level", "yoy_pct"]].tolist() == [1.0129e11, 10.6]


def test_a_headline_of_a_level_of_government_is_named_with_it():
    # xicheng_2023_annual (above): the cards and the commentary name the level, not the bare 一般公共预算收入
    h = excerpt_table("xicheng_2023_annual", "headline")
    names = [display.scoped_label(r) for _, r in h.iterrows()]
    assert names == ["地区生产总值", "一般公共预算收入（地方级）", "一般公共预算收入（区级）"]
    fig = plots.plot_headline_dashboard(h)
    titles = [t.get_text() for ax in fig.axes for t in ax.texts if t.get_gid() == "card-title"]
    assert titles == names
    plt.close(fig)


def test_a_completion_and_a_target_keep_their_level_of_government():
    # dongcheng_2024_h1 (above): 完成全年目标的46.2% is the 区级 revenue's, named so on the pages
    c = excerpt_table("dongcheng_2024_h1", "completion")
    assert c[["indicator", "scope", "completion_pct"]].values.tolist() == [["一般公共预算收入", "区级", 46.2]]
    assert display.scoped_label(c.iloc[0]) == "一般公共预算收入（区级）"
    # xicheng_2020_keytasks: 经济社会发展主要预期目标2区级一般公共预算收入增长2%左右。 The goal keeps its level of
    # government as a fact; it is no row of the targets table, since the report revises it (增长由年初的2%调整为
    # -4%左右, see tests/test_revised_targets.py)
    tabs = real_tables("xicheng_2020_keytasks")
    f = tabs["facts"].set_index("indicator")
    assert f.loc["区级一般公共预算收入", ["indicator_key", "scope", "value"]].tolist() == [
        "general_budget_revenue", "区级", 2.0]
    assert "区级一般公共预算收入" not in set(tabs["targets"]["indicator_as_printed"])


def test_a_tax_type_given_only_as_a_level_is_a_row_of_its_level():
    # shangcheng_hz_2022_h1_budget: 6、土地增值税收入238074万元,完成预期的98.8%,增长14.6  (the % of the change is cut off
    # at the end of the excerpt: the tax type is still one of the six the report lists, with its level)
    t = excerpt_table("shangcheng_hz_2022_h1_budget", "tax")
    types = t[t["dimension"] == "tax_type"].set_index("item")
    assert list(types.index) == ["增值税", "企业所得税", "个人所得税", "城市维护建设税", "房产税", "土地增值税"]
    row = types.loc["土地增值税"]
    assert (row["measure"], row["level"], row["level_unit"]) == ("level", 2.38074e9, "元")
    assert row["change_pct"] != row["change_pct"] and row["abs_change"] != row["abs_change"]  # (no change shown)
    # yongning_2020_h1_budget: 企业所得税收入56  (cut off before its unit: no amount, no row)
    t = excerpt_table("yongning_2020_h1_budget", "tax")
    assert "企业所得税" not in set(t["item"])
    # a tax type with a change stays one row, with its level beside the change (增值税收入672890万元, 增长6.2%)
    assert types.loc["增值税", ["measure", "change_pct", "level"]].tolist() == ["yoy_pct", 6.2, 6.7289e9]


def test_tax_types_given_only_as_levels_are_rows_a_ratio_of_taxes_is_not():
    # shared corpus, national_work_reports/1956.txt: the tax types of a final account, each a level only
    import dhcheng_analysis as dh
    s = ("本年各类收入的情况如下：（一）各项税收共收到１２，７４５，３９０，０００元，完成预算数的９２．４９％；其中工商税收到"
         "８，７２５，４８３，０００元，完成预算数的８７．２５％；农业税收到３，０５４，３０８，０００元，完成预算数的１０９．０８％。")
    t = dh.tax_declines(dh.load_report(s))
    assert t[["item", "dimension", "measure", "level"]].values.tolist() == [
        ["工商税", "tax_type", "level", 8725483000.0], ["农业税", "tax_type", "level", 3054308000.0]]
    # national_work_reports/1980.txt: a ratio of taxes and profits to fixed assets is no sector's tax
    s = "每百元工业固定资产净值提供的税收利润，1977年为31.5元，1978年为35.5元，1979年进一步提高到36.3元。"
    assert dh.tax_declines(dh.load_report(s)).empty
