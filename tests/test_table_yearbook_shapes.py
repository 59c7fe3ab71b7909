"""Tables of district statistical yearbooks (统计年鉴) and statistical bulletins (统计公报), as they reach us as text.

A bulletin carries its figures in tables (表一: 地区生产总值, 指标 | 单位 | 2021年 | 比上年增长(%)): copied out of a
PDF or a web page, their cells are apart by runs of spaces or by tabs as often as by ``|``; the yearbook's habits
come along: figures with thousands separators (1,960,500, 1,203.5), the years as column headers (2021年  2022年
2023年, or 2023年 比上年增长%), a row of units under the header (绝对数 over 亿元), a part opened by ``#``
(#税收收入) as by 其中:, and a line of its own saying how the rows below split the row above (按经营地分,
按消费类型分). The rules:

- a comma between digits parts the thousands of a figure: a row of cells apart by spaces that holds one is no
  prose, and a cell 1,203.5 is one figure, never 1 and 203.5;
- a change column with no period of its own (比上年增长%) after year columns is of the latest of their years
  (| 2022年 | 2023年 | 比上年增长% | and | 2023年 | 2022年 | 增长% |: the growth of 2023);
- ``#`` before a row label makes the row a part of the row above, as 其中: does, and is no part of its name;
  before a digit (#1高炉, #3机组) it is the number of the thing, and no part;
- a header that is a unit alone (the row of units under a yearbook's header) gives the unit of its column, on a
  line of units only (| 合计 | 人 | 户 | is none); a growth column over a unit of amount (比上年增长 over 亿元) is
  the change in that unit;
- a line 按…分 or 分… between the rows of a table of cells apart by tabs, spaces or ``|`` is no row and ends no
  table: the rows below it are read as the rows above, in the same columns;
- 块 is a unit of a cell (集成电路 亿块);
- the number of a table before its year in its caption (表5  2021年一般公共预算收入) is no part of the year: the
  caption names 一般公共预算收入, the indicator of its 合计 row;
- in a table whose cells a web page set apart by one space, a cell of one character that is a unit (元, 人, %) is a
  cell of the row, no piece of a spaced label, and a figure with thousands separators is one number cell.

The real bulletin table of /work/shared/gold/real/texts/district_2021_bulletin_rank.txt (表一: 地 区 生 产 总 值,
指 标 | 单位 | 2021年 | 比上年增长(%), 地区生产总值 | 亿元 | 91.3 | 7.5 …) is the model of the tables here, laid out
as the other copies lay it; 按常住地分 (youyang_cq_2025_q1.txt) and 按领域分 (xicheng_2018_h1_indicators.txt) are
the real forms of the lines that split a row. Tables written in these forms, not real, are marked as regression
fixtures.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

import dhcheng_analysis as dh
from dhcheng_analysis.tabletext import caption_indicator, cell_figures, find_tables

HEAD = "2021年某区国民经济和社会发展统计公报\n\n一、综合\n\n"

# the real table of district_2021_bulletin_rank.txt, its first rows, one row a line
REAL_PIPES = ("表一: 地 区 生 产 总 值\n"
              "| 指 标 | 单位 | 2021年 | 比上年增长(%) |\n"
              "| 地区生产总值 | 亿元 | 91.3 | 7.5 |\n"
              "| 第一产业 | 亿元 | 6.2 | 6.9 |\n"
              "| 第二产业 | 亿元 | 22.7 | 6.2 |\n"
              "| 工 业 | 亿元 | 19.5 | 3.6 |\n")

# regression fixture in the form of a bulletin's table copied out of a PDF (not real), modelled on the real table of
# district_2021_bulletin_rank.txt: cells apart by runs of spaces
SPACES = ("表一: 地 区 生 产 总 值\n"
          "指  标            单位      2021年     比上年增长(%)\n"
          "地区生产总值      亿元       91.3         7.5\n"
          "第一产业          亿元        6.2         6.9\n"
          "第二产业          亿元       22.7         6.2\n"
          "  工  业          亿元       19.5         3.6\n")

# regression fixture in the form of the same table copied out of a spreadsheet (not real): cells apart by tabs
TABS = ("表一: 地 区 生 产 总 值\n"
        "指 标\t单位\t2021年\t比上年增长(%)\n"
        "地区生产总值\t亿元\t91.3\t7.5\n"
        "第一产业\t亿元\t6.2\t6.9\n"
        "第二产业\t亿元\t22.7\t6.2\n"
        "工 业\t亿元\t19.5\t3.6\n")


def _cells(text: str) -> list[tuple]:
    f = facts(HEAD + text)
    cols = ["indicator", "indicator_key", "measure", "value", "unit", "period"]
    return sorted(tuple(r) for r in f[cols].itertuples(index=False))


@pytest.mark.parametrize("layout", [SPACES, TABS])
def test_a_bulletin_table_reads_alike_in_every_layout(layout):
    assert _cells(layout) == _cells(REAL_PIPES)
    assert len(_cells(layout)) == 8


# -- thousands separators ----------------------------------------------------------------------------------

# regression fixture in the form of a yearbook's table of public finance (not real), modelled on the real table of
# district_2021_bulletin_rank.txt, in 万元 with thousands separators
BUDGET = ("表2  全区一般公共预算收支\n"
          "单位：万元\n"
          "指标              2020年         2021年        比上年增长%\n"
          "一般公共预算收入  1,850,000     1,960,500      6.0\n"
          "  #税收收入       1,600,200     1,720,300      7.5\n"
          "一般公共预算支出  2,100,000     2,250,000      7.1\n")

# regression fixture, a variant (not real): a figure with thousands and decimals in a table of tabs, split by a line
# of its own as 按常住地分 (youyang_cq_2025_q1.txt) splits the residents
RETAIL_TABS = ("表7 社会消费品零售总额\n"
               "指标\t2021年(亿元)\t比上年增长(%)\n"
               "社会消费品零售总额\t1,203.5\t6.4\n"
               "  按经营地分\n"
               "  城镇\t1,200.1\t6.5\n"
               "  乡村\t3.4\t—\n"
               "  按消费类型分\n"
               "  商品零售\t1,100.2\t5.9\n"
               "  餐饮收入\t103.3\t12.1\n")

# regression fixture, a variant (not real): the same table apart by runs of spaces
RETAIL_SPACES = ("表7 社会消费品零售总额\n"
                 "指标                  2021年(亿元)    比上年增长(%)\n"
                 "社会消费品零售总额       1,203.5          6.4\n"
                 "  按经营地分\n"
                 "  城镇                  1,200.1          6.5\n"
                 "  乡村                     3.4           —\n"
                 "  按消费类型分\n"
                 "  商品零售              1,100.2          5.9\n"
                 "  餐饮收入                103.3         12.1\n")


@pytest.mark.parametrize(("text", "name", "value", "period"), [
    (BUDGET, "一般公共预算收入", 1850000e4, "2020年"),
    (BUDGET, "一般公共预算收入", 1960500e4, "2021年"),
    (BUDGET, "一般公共预算支出", 2250000e4, "2021年"),
    (RETAIL_TABS, "社会消费品零售总额", 1203.5e8, "2021年"),
    (RETAIL_TABS, "城镇", 1200.1e8, "2021年"),
    (RETAIL_SPACES, "城镇", 1200.1e8, "2021年"),
    (RETAIL_SPACES, "商品零售", 1100.2e8, "2021年"),
])
def test_a_comma_parts_the_thousands_of_one_figure(text, name, value, period):
    f = facts(HEAD + text)
    hit = f[(f["indicator"] == name) & (f["measure"] == "level")]
    assert any(abs(v - value) < 1 and p == period for v, p in zip(hit["value"], hit["period"], strict=True)), (
        hit[["value", "unit", "period"]].to_string())
    assert not ((f["value"] == 1) | (f["value"] == 200.1)).any()


# -- a growth column after the year columns ------------------------------------------------------------------

@pytest.mark.parametrize(("name", "value"), [
    ("一般公共预算收入", 6.0),
    ("税收收入", 7.5),
    ("一般公共预算支出", 7.1),
])
def test_a_growth_after_the_years_is_of_the_last_year(name, value):
    f = facts(HEAD + BUDGET)
    g = f[(f["indicator"] == name) & (f["measure"] == "yoy_pct")]
    assert list(zip(g["value"], g["period"], strict=True)) == [(value, "2021年")]


def test_a_growth_after_years_newest_first_is_of_the_latest_year():
    # regression fixture in the form of a bulletin's table (not real), modelled on the real table of
    # district_2021_bulletin_rank.txt with its years printed newest first: | 2023年 | 2022年 | 增长% |
    text = "| 指标 | 2023年 | 2022年 | 增长% |\n| 收入(万元) | 1,350 | 1,200 | 12.5 |\n"
    got = sorted((f.indicator, f.measure, f.value, f.unit, f.period) for f in facts(HEAD + text).itertuples())
    assert got == [("收入", "level", 1200e4, "元", "2022年"), ("收入", "level", 1350e4, "元", "2023年"),
                   ("收入", "yoy_pct", 12.5, "%", "2023年")]


def test_a_growth_beside_a_column_of_no_year_takes_none():
    # regression fixture in the form of a budget's table (not real), modelled on the real table of
    # district_2021_bulletin_rank.txt: 本期 | ±%, no year: no period given by the column on its left
    t = find_tables("单位:万元\n| 项目 | 本期 | ±% |\n| 税收收入 | 1200 | -3.5 |\n")[0]
    assert [(f.measure, f.period) for f in cell_figures(t)] == [("level", "本期"), ("yoy_pct", "")]


# -- # before a part -------------------------------------------------------------------------------------------

def test_a_hash_before_a_label_opens_a_part():
    t = find_tables(HEAD + BUDGET)[0]
    row = next(r for r in t.rows if "税收收入" in r.label)
    assert (row.label, row.parent) == ("税收收入", "一般公共预算收入")
    f = facts(HEAD + BUDGET)
    assert set(f.loc[f["indicator"] == "税收收入", "indicator_key"]) == {"tax_revenue"}


# regression fixture in the form of a yearbook's table of industrial products (not real), modelled on the real table
# of district_2021_bulletin_rank.txt: # before a digit numbers a furnace or a generating unit (#1高炉, #3机组)
NUMBERED = ("表2 主要工业产品产量\n| 产品 | 单位 | 2023年 | 比上年增长% |\n| 生铁 | 万吨 | 300.2 | 2.1 |\n"
            "| #1高炉生铁 | 万吨 | 120.5 | 3.2 |\n| #3机组发电量 | 亿千瓦时 | 60 | 1.5 |\n")


@pytest.mark.parametrize(("printed", "name", "value", "unit"), [
    ("120.5", "#1高炉生铁", 120.5e4, "吨"),
    ("60", "#3机组发电量", 60e8, "千瓦时"),
])
def test_a_hash_before_a_digit_is_the_number_of_the_thing(printed, name, value, unit):
    rows = [(r.label, r.parent) for r in find_tables(NUMBERED)[0].rows]
    assert ("1高炉生铁", "生铁") not in rows and ("3机组发电量", "生铁") not in rows
    f = fact(HEAD + NUMBERED, printed, next(ln for ln in NUMBERED.splitlines() if name in ln))
    assert (f["indicator"], f["measure"], f["value"], f["unit"]) == (name, "level", value, unit)


# -- a line that says how the rows below split the row above ---------------------------------------------------

@pytest.mark.parametrize("text", [RETAIL_TABS, RETAIL_SPACES])
def test_a_line_splitting_the_rows_ends_no_table(text):
    tables = find_tables(HEAD + text)
    assert len(tables) == 1
    assert [r.label for r in tables[0].rows] == ["社会消费品零售总额", "城镇", "乡村", "商品零售", "餐饮收入"]
    assert {r.parent for r in tables[0].rows[1:]} == {"社会消费品零售总额"}
    f = facts(HEAD + text)
    g = f[f["indicator"] == "餐饮收入"]
    assert sorted(zip(g["measure"], g["value"], g["unit"], strict=True)) == [("level", 103.3e8, "元"),
                                                                              ("yoy_pct", 12.1, "%")]


def test_a_split_line_is_no_label_piece_of_the_row_below():
    # regression fixture in the form of a pipe table (not real), modelled on the real table of
    # district_2021_bulletin_rank.txt: 按领域分 (xicheng_2018_h1_indicators.txt) on a line between two rows
    text = ("| 指标 | 2021年(亿元) | 比上年增长(%) |\n| 固定资产投资 | 52.3 | 8.2 |\n按领域分\n"
            "| 房地产开发投资 | 28.7 | 5.5 |\n| 基础设施投资 | 12.1 | 3.3 |\n")
    labels = [r.label for t in find_tables(text) for r in t.rows]
    assert "按领域分房地产开发投资" not in labels
    # the line keeps the table's label column: each row's amount and its growth
    got = sorted((f.indicator, f.measure, f.value, f.unit, f.period) for f in facts(HEAD + text).itertuples())
    assert got == [("固定资产投资", "level", 52.3e8, "元", "2021年"), ("固定资产投资", "yoy_pct", 8.2, "%", "2021年"),
                   ("基础设施投资", "level", 12.1e8, "元", "2021年"), ("基础设施投资", "yoy_pct", 3.3, "%", "2021年"),
                   ("房地产开发投资", "level", 28.7e8, "元", "2021年"), ("房地产开发投资", "yoy_pct", 5.5, "%", "2021年")]


@pytest.mark.parametrize("rule", ["| --- | --- | --- |\n", ""])
def test_a_split_line_between_rows_of_a_markdown_table_keeps_its_columns(rule):
    # regression fixture in the form of a bulletin's markdown table (not real), modelled on the real table of
    # district_2021_bulletin_rank.txt with 按经营地分 between its rows as 按常住地分 (youyang_cq_2025_q1.txt)
    text = ("表4 社会消费品零售总额\n| 指标 | 绝对数(亿元) | 比上年增长% |\n" + rule
            + "| 社会消费品零售总额 | 940.9 | 4.2 |\n按经营地分\n| 城镇 | 820.3 | 4.5 |\n| 乡村 | 120.6 | 3.1 |\n")
    got = sorted((f.indicator, f.measure, f.value, f.unit) for f in facts(HEAD + text).itertuples())
    assert got == [("乡村", "level", 120.6e8, "元"), ("乡村", "yoy_pct", 3.1, "%"),
                   ("城镇", "level", 820.3e8, "元"), ("城镇", "yoy_pct", 4.5, "%"),
                   ("社会消费品零售总额", "level", 940.9e8, "元"), ("社会消费品零售总额", "yoy_pct", 4.2, "%")]


# -- a row of units under the header ------------------------------------------------------------------------------

# regression fixture in the form of a yearbook's table (not real), modelled on the real table of
# district_2021_bulletin_rank.txt: the units printed on a row of their own under the header
UNIT_ROW = ("表11 固定资产投资\n"
            "指标                绝对数       比上年增长\n"
            "                    亿元           %\n"
            "固定资产投资        520.3         8.2\n"
            "  建安投资          210.1        -3.4\n"
            "  房地产开发投资    280.7         5.5\n")


@pytest.mark.parametrize("text", [
    UNIT_ROW,
    # regression fixture, a variant (not real): the same table in pipes
    "表11 固定资产投资\n| 指标 | 绝对数 | 比上年增长 |\n| | 亿元 | % |\n| 固定资产投资 | 520.3 | 8.2 |\n"
    "| 建安投资 | 210.1 | -3.4 |\n| 房地产开发投资 | 280.7 | 5.5 |\n",
])
def test_a_row_of_units_gives_the_unit_of_its_column(text):
    f = facts(HEAD + text)
    g = f[f["indicator"] == "建安投资"]
    assert sorted(zip(g["measure"], g["value"], g["unit"], strict=True)) == [("level", 210.1e8, "元"),
                                                                              ("yoy_pct", -3.4, "%")]


def test_a_header_line_of_units_beside_a_word_is_no_row_of_units():
    # regression fixture in the form of a bulletin's table (not real), modelled on the real table of
    # district_2021_bulletin_rank.txt: a line 合计 | 人 | 户 under the header holds a word beside its units
    text = "| 项目 | 2023年 | 增长 |\n| --- | --- | --- |\n| 合计 | 人 | 户 |\n| 户籍人口 | 95 | 3 |\n"
    got = sorted((f.indicator, f.measure, f.value, f.unit, f.period) for f in facts(HEAD + text).itertuples())
    assert got == [("户籍人口", "level", 95.0, "", "2023年"), ("户籍人口", "yoy_pct", 3.0, "%", "2023年")]


def test_a_growth_over_a_unit_of_amount_is_the_change_in_that_unit():
    # regression fixture in the form of a yearbook's table (not real), modelled on the real table of
    # district_2021_bulletin_rank.txt: 比上年增长 over 亿元 in the row of units is the increase in 亿元
    text = ("| 指标 | 2023年 | 比上年增长 |\n| --- | --- | --- |\n| | 亿元 | 亿元 |\n"
            "| 存款余额 | 1,203.5 | 52.1 |\n")
    got = sorted((f.indicator, f.measure, f.value, f.unit, f.period) for f in facts(HEAD + text).itertuples())
    assert got == [("存款余额", "abs_change", 52.1e8, "元", "2023年"), ("存款余额", "level", 1203.5e8, "元", "2023年")]


# -- years as the column headers ---------------------------------------------------------------------------------

# regression fixture in the form of a yearbook's table of main indicators over years (not real), modelled on the
# real table of district_2021_bulletin_rank.txt
YEARS = ("表8  2019-2021年全区主要指标\n"
         "指  标  名  称        单位        2019年      2020年      2021年\n"
         "地区生产总值          亿元          80.2        84.9        91.3\n"
         "户籍人口              万人          29.9        29.7        29.5\n"
         "城镇居民人均可支配收入  元         39,450      41,300      44,210\n")


@pytest.mark.parametrize(("name", "period", "value", "unit"), [
    ("地区生产总值", "2019年", 80.2e8, "元"),
    ("地区生产总值", "2021年", 91.3e8, "元"),
    ("户籍人口", "2020年", 29.7e4, "人"),
    ("城镇居民人均可支配收入", "2019年", 39450, "元"),
    ("城镇居民人均可支配收入", "2021年", 44210, "元"),
])
def test_each_year_column_is_its_own_period(name, period, value, unit):
    f = facts(HEAD + YEARS)
    g = f[(f["indicator"] == name) & (f["period"] == period)]
    assert list(zip(g["value"], g["unit"], g["status"], strict=True)) == [(value, unit, "actual")]


# -- units of a product ---------------------------------------------------------------------------------------------

def test_a_product_counted_in_pieces():
    # regression fixture in the form of a yearbook's table of products (not real), modelled on the real table of
    # district_2021_bulletin_rank.txt
    text = ("表9 规模以上工业主要产品产量\n产品名称        单位        2021年       比上年增长%\n"
            "发电量          亿千瓦时      12.5          3.2\n集成电路        亿块          3.4          15.0\n")
    f = facts(HEAD + text)
    g = f[(f["indicator"] == "集成电路") & (f["measure"] == "level")]
    assert list(zip(g["value"], g["unit"], strict=True)) == [(3.4e8, "块")]


def test_a_sentence_with_thousands_is_no_table():
    # regression fixture in the form of a bulletin's prose (not real), modelled on 全区粮食生产总面积321140亩,比上年增长
    # 3.8% (district_2021_bulletin_rank.txt): a line of prose with runs of spaces and a figure in thousands
    text = "全区粮食生产总面积321,140亩，  比上年增长3.8%，  粮食总产量132,772吨。\n"
    assert find_tables(HEAD + text) == []
    f = dh.extract_facts(HEAD + text)
    assert 321140 in set(f["value"])


# -- cells apart by one space -------------------------------------------------------------------------------------

# regression fixture in the form of a bulletin's table copied out of a web page (not real), modelled on the real table
# of district_2021_bulletin_rank.txt: cells apart by one space, the unit 元 a cell of one character
ONE_SPACE = ("表3 居民收支\n"
             "指标 单位 2021年 比上年增长(%)\n"
             "全体居民人均可支配收入 元 44,210 8.1\n"
             "工资性收入 元 30,120 7.9\n"
             "人均消费支出 元 28,300 12.4\n")


@pytest.mark.parametrize(("text", "name", "value"), [
    (ONE_SPACE, "全体居民人均可支配收入", 44210),
    (ONE_SPACE, "工资性收入", 30120),
    # regression fixture, a variant (not real): no thousands separators
    (ONE_SPACE.replace(",", ""), "人均消费支出", 28300),
])
def test_a_one_space_row_with_a_unit_of_one_character(text, name, value):
    f = facts(HEAD + text)
    g = f[f["indicator"] == name]
    assert sorted(zip(g["measure"], g["value"], g["unit"], g["period"], strict=True))[0] == (
        "level", value, "元", "2021年")
    assert set(g["measure"]) == {"level", "yoy_pct"}


# -- the number of a table before the year of its caption ----------------------------------------------------------

# regression fixture in the form of a bulletin's table of revenue (not real), modelled on the real table of
# district_2021_bulletin_rank.txt, its caption 表一: 地 区 生 产 总 值 numbered and dated
TOTAL = ("表5  2021年一般公共预算收入\n"
         "单位：万元\n"
         "项目            2021年       比上年增长%\n"
         "税收收入        172,030        7.5\n"
         "非税收入         23,970       -2.1\n"
         "合计            196,000        6.2\n")


def test_the_number_of_a_table_is_no_part_of_its_year():
    f = facts(HEAD + TOTAL)
    g = f[f["value"] == 196000e4]
    assert list(zip(g["indicator"], g["indicator_key"], g["period"], strict=True)) == [
        ("一般公共预算收入", "general_budget_revenue", "2021年")]
    assert caption_indicator("表12021年一般公共预算收入") == "一般公共预算收入"
