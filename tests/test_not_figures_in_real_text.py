"""Digit strings that are no figures of a quantity, and the figures beside them that stay read.

An ordinal after the group it is counted in (全国, 全市, 世界) is a rank only when nothing but a rank's own
word follows it (第3位, 第2名, 全球第一货物贸易大国, 第一和第三, 第一的位置); followed by any other word it is the ordinal of the
thing named (全国第一个示范区, 全市第一家, 第二批试点, 第一梯队): no figure. An hour of the clock (截至6月30日24时,
0时至24时, 9时30分), a year and month with a dot and no unit (数据截止时间：2023.06), an event's month and day (7.21特大暴雨), a figure counted in words inside quotes
(实现“两个100%”目标), a generation (80后干部), a class of water (3类水质), a voltage class (35千伏主变) and a version (3.0升级版), the number of a note (（注1）) and a number to call before its service (12345市民服务热线,
120急救, 12315投诉举报平台) are no figures either; the figures of the same sentences stay read, and a count of
lines or calls before such a word stays a figure (开通3条服务热线, 办理1.2万件热线诉求). No text at hand prints these shapes, so their sentences here are written in the genre of the
district reports; the ranks that stay ranks are verbatim sentences of real reports (the report in the comment).

A table whose first column is headed 序号 (or 科目编码, 行次) numbers or codes its rows there: the numbers are no
figures, the labels are in the next column, and the cells are read by row and column as in a table without
that column; so are an ordinal or the code of a budget class before a label ((1)增值税, 201一般公共服务支出),
read off it; a column headed 排名 (位次) holds ranks, in no unit of the row or the table (tables of the genre,
with a pipe or a tab between cells).
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

# -- the ordinal of a thing named after it: no rank ---------------------------------------------------------

@pytest.mark.parametrize(("text", "printed"), [
    ("设立全国第一个营商环境示范区，新设市场主体1.2万户。", "第一"),
    ("成为全市第一家获得该认证的企业。", "第一"),
    ("入选全国第二批城市更新试点。", "第二"),
    ("落地全国第一笔知识产权证券化产品。", "第一"),
    ("营商环境评价保持全市第一梯队。", "第一"),
])
def test_an_ordinal_naming_a_thing_is_no_rank(text, printed):
    f = facts(text)
    at = text.index(printed)
    assert not ((f["start"] <= at) & (f["end"] > at)).any(), f[["raw_value", "measure"]].to_string()


def test_the_figure_beside_such_an_ordinal_stays():
    row = fact("设立全国第一个营商环境示范区，新设市场主体1.2万户。", "1.2万户")
    assert (row["measure"], row["value"], row["unit"]) == ("level", 12000.0, "户")


# -- ranks: 位, 名 or the field of a country's rank after the ordinal ------------------------------------------

@pytest.mark.parametrize(("text", "printed", "value"), [
    # Yiwu, H1 2023
    ("上半年，全市实现地区生产总值986.4亿元，同比增长7.9%，增速居全省第3位，高于全省2.1个百分点，"
     "较一季度提高1.6个百分点。", "第3", 3.0),
    # national work report 2016
    ("国内生产总值年均增长7.8%，经济总量稳居世界第二位，成为全球第一货物贸易大国和主要对外投资大国。", "第二", 2.0),
    ("国内生产总值年均增长7.8%，经济总量稳居世界第二位，成为全球第一货物贸易大国和主要对外投资大国。", "第一", 1.0),
    # Dongcheng, H1 2017
    ("全市“疏解整治促提升”专项行动共有15个指标,涉及中心城区的10个,我区有9个指标已完成全年任务,"
     "其中6个指标在16区排名进入前3名。", "前3", 3.0),
])
def test_a_rank_stays_a_rank(text, printed, value):
    row = fact(text, printed)
    assert (row["measure"], row["value"]) == ("rank", value)


@pytest.mark.parametrize(("text", "printed", "indicator", "value"), [
    ("厨余垃圾分出率、生活垃圾减量率分别位居全市第一和第三。", "第一", "厨余垃圾分出率", 1.0),
    ("厨余垃圾分出率、生活垃圾减量率分别位居全市第一和第三。", "第三", "生活垃圾减量率", 3.0),
    ("营商环境评价继续保持全市第一的位置。", "第一", "营商环境评价", 1.0),
])
def test_a_rank_running_on_stays_a_rank(text, printed, indicator, value):
    row = fact(text, printed)
    assert (row["measure"], row["value"]) == ("rank", value)
    assert indicator in row["indicator"]


# -- hours of the clock and notes: no figures, the figures beside them stay ----------------------------------

@pytest.mark.parametrize(("text", "printed"), [
    ("截至2022年6月30日24时，全区累计接种疫苗120.5万剂次。", "24"),
    ("核酸检测点每日0时至24时开放。", "0"),
    ("核酸检测点每日0时至24时开放。", "24时"),
    ("9时30分，全区应急指挥部启动二级响应。", "9"),
    ("9时30分，全区应急指挥部启动二级响应。", "30"),
    ("全区地区生产总值（注1）增长5.1%。", "1"),
    ("数据截止时间：2023.06", "2023.06"),
    ("本表数据为快报数（2023.12）。", "2023.12"),
    ("实现“两个100%”目标。", "100%"),
    ("全区共有80后干部320名。", "80"),
    ("应对7.21特大暴雨，转移群众3000人。", "7.21"),
    ("国考断面水质达到地表水3类水质标准，优良水体比例达到80%。", "3类"),
    ("完成2台35千伏主变增容。", "35"),
    ("打造智慧城市3.0升级版。", "3.0"),
])
def test_a_time_of_day_or_a_note_is_no_figure(text, printed):
    f = facts(text)
    at = text.index(printed)
    assert not ((f["start"] <= at) & (f["end"] > at)).any(), f[["raw_value", "measure"]].to_string()


@pytest.mark.parametrize(("text", "printed", "measure", "value", "unit"), [
    ("截至2022年6月30日24时，全区累计接种疫苗120.5万剂次。", "120.5万剂次", "level", 1205000.0, "剂次"),
    ("全区地区生产总值（注1）增长5.1%。", "5.1%", "yoy_pct", 5.1, "%"),
    ("确保实现“三个100%”，即覆盖率100%。", "100%。", "rate_pct", 100.0, "%"),
    ("全区共有80后干部320名。", "320名", "level", 320.0, "名"),
    ("应对7.21特大暴雨，转移群众3000人。", "3000人", "level", 3000.0, "人"),
    ("国考断面水质达到地表水3类水质标准，优良水体比例达到80%。", "80%", "rate_pct", 80.0, "%"),
    ("明确10大类、38项具体任务。", "38项", "level", 38.0, "项"),
    ("全区实现税收收入12.31亿元，同比增长7.21%。", "7.21%", "yoy_pct", 7.21, "%"),
    ("完成2台35千伏主变增容。", "2台", "level", 2.0, "台"),
    # the constructed Fengtai H1 2020 report of the gold: a year-like amount with its unit stays a figure
    ("中关村丰台园实现总收入1963.2亿元，较去年同期增长3.8%；高新技术企业达到1427家，比上年末增加116家。",
     "1963.2亿元", "level", 1963.2e8, "元"),
])
def test_the_figures_beside_them_stay(text, printed, measure, value, unit):
    row = fact(text, printed)
    assert (row["measure"], row["value"], row["unit"]) == (measure, value, unit)


# -- a first column that numbers the rows: no figures, the table is read from the next column ---------------

PIPE_TABLE = """二、主要指标完成情况

| 表2 重点指标 |  |  |  |
| 序号 | 项目 | 计量单位 | 本期 | ±% |
| --- | --- | --- | --- | --- |
| 1 | 一般公共预算收入 | 万元 | 1283456 | 5.6 |
| 2 | 其中：税收收入 | 万元 | 1102345 | 7.2 |
"""

TAB_TABLE = """表1 主要经济指标完成情况
单位：亿元
序号\t指标\t1-6月\t同比增长(%)
1\t地区生产总值\t1234.5\t5.2
2\t一般公共预算收入\t98.7\t3.1
"""


CODE_TABLE = """2023年一般公共预算支出决算表
单位：万元
| 科目编码 | 科目名称 | 预算数 | 决算数 | 完成预算% |
| --- | --- | --- | --- | --- |
| 201 | 一般公共服务支出 | 52000 | 51230 | 98.5 |
| 20101 | 人大事务 | 1200 | 1180 | 98.3 |
"""

CODED_LABELS = """单位：万元
| 项目 | 预算数 | 决算数 |
| --- | --- | --- |
| 201一般公共服务支出 | 52000 | 51230 |
| 20101 人大事务 | 1200 | 1180 |
| (1)增值税 | 2600 | 2700 |
"""

RANK_TABLE = """主要指标排名
| 指标 | 数值 | 增速(%) | 全市排名 |
| --- | --- | --- | --- |
| 地区生产总值(亿元) | 1234.5 | 5.2 | 3 |
| 一般公共预算收入(亿元) | 98.7 | 3.1 | 5 |
"""


@pytest.mark.parametrize(("text", "numbers"), [
    (PIPE_TABLE, ["| 1 |", "| 2 |", "表2"]),
    (TAB_TABLE, ["\n1\t", "\n2\t", "表1"]),
    (CODE_TABLE, ["| 201 |", "| 20101 |"]),
    (CODED_LABELS, ["| 201", "| 20101", "(1)"]),
])
def test_the_numbers_of_the_rows_are_no_figures(text, numbers):
    f = facts(text)
    for printed in numbers:
        at = text.index(printed) + next(i for i, ch in enumerate(printed) if ch.isdigit())
        assert not ((f["start"] <= at) & (f["end"] > at)).any(), (printed, f[["raw_value", "indicator"]].to_string())


@pytest.mark.parametrize(("text", "printed", "indicator", "measure", "value", "unit"), [
    (PIPE_TABLE, "1283456", "一般公共预算收入", "level", 1283456e4, "元"),
    (PIPE_TABLE, "7.2", "税收收入", "yoy_pct", 7.2, "%"),
    (TAB_TABLE, "1234.5", "地区生产总值", "level", 1234.5e8, "元"),
    (TAB_TABLE, "3.1", "一般公共预算收入", "yoy_pct", 3.1, "%"),
    (CODE_TABLE, "51230", "一般公共服务支出", "level", 51230e4, "元"),
    (CODE_TABLE, "98.3", "人大事务", "completion_pct", 98.3, "%"),
    (CODED_LABELS, "51230", "一般公共服务支出", "level", 51230e4, "元"),
    (CODED_LABELS, "1180", "人大事务", "level", 1180e4, "元"),
    (CODED_LABELS, "2700", "增值税", "level", 2700e4, "元"),
    (RANK_TABLE, "| 3 |", "地区生产总值", "rank", 3.0, ""),
    (RANK_TABLE, "| 5 |", "一般公共预算收入", "rank", 5.0, ""),
])
def test_the_cells_are_read_by_row_and_column(text, printed, indicator, measure, value, unit):
    row = fact(text, printed)
    assert (row["indicator"], row["measure"], row["unit"]) == (indicator, measure, unit)
    assert row["value"] == pytest.approx(value)


# -- numbers to call, and counts before the same words ----------------------------------------------------

@pytest.mark.parametrize(("text", "printed"), [
    ("新建120急救站点5个。", "120"),
    ("12315投诉举报平台受理投诉2万件。", "12315"),
    ("110报警服务台接警量下降10%。", "110"),
])
def test_a_number_to_call_is_no_figure(text, printed):
    f = facts(text)
    at = text.index(printed)
    assert not ((f["start"] <= at) & (f["end"] > at)).any(), f[["raw_value", "measure"]].to_string()


@pytest.mark.parametrize(("text", "printed", "value", "unit"), [
    ("开通3条服务热线。", "3条", 3.0, "条"),
    ("全区开通5条便民服务热线，接听电话1万个。", "5条", 5.0, "条"),
    ("共办理1.2万件热线诉求，解决率95%。", "1.2万件", 12000.0, "件"),
    ("新建120急救站点5个。", "5个", 5.0, "个"),
    ("12315投诉举报平台受理投诉2万件。", "2万件", 20000.0, "件"),
])
def test_a_count_before_such_a_word_stays_a_figure(text, printed, value, unit):
    row = fact(text, printed)
    assert (row["measure"], row["value"], row["unit"]) == ("level", value, unit)
