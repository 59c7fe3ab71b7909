"""A table reads the same whatever layout a copy gives it.

Real reports reach us with their tables laid out in many ways: ``|`` cells, tabs (a spreadsheet copy keeps a blank
cell as two tabs side by side), runs of spaces (a PDF copy), a row label wrapped in its cell onto a line of its own
above the row. Each test takes a table of a real report excerpt and changes only its layout (the cells verbatim,
only separators and line breaks changed); the facts must be those of the table as printed.
"""

from __future__ import annotations

from _sentences import fact

# puyang_m3_budget_table (濮阳市 2023年3月 财政收支), the cells verbatim, laid out with tabs as a spreadsheet copy
# gives them: the blank cell 为预算的% is two tabs side by side
PUYANG_LEAD = ("3月份,全市一般公共预算收入当月完成73795万元,下降12.7%,累计完成234267万元,下降10.9%。"
               "市本级及各县区具体情况如下表:\n单位:万元\n")
PUYANG_TAB = PUYANG_LEAD + (
    "单位名称\t一般公共预算收入\t税收比重%\t一般公共预算支出\t\t\t\t\t\n"
    "当月\t累计\t为预算的%\t增幅%\t当月\t累计\t为预算的%\t增幅%\t\n"
    "濮阳市\t73795\t234267\t\t-10.9\t70.9\t380990\t744234\t\t-4.1\n"
    "市本级\t14070\t54065\t\t-22.8\t61.4\t59373\t129558\t\t-27.6\n"
    "县区级\t59725\t180202\t\t-6.6\t73.8\t321617\t614676\t\t3.0\n")
PUYANG_PIPE = PUYANG_LEAD + (
    "单位名称 | 一般公共预算收入 | 税收比重% | 一般公共预算支出 | ||||||\n"
    "当月 | 累计 | 为预算的% | 增幅% | 当月 | 累计 | 为预算的% | 增幅% | ||\n"
    "市本级 | 14070 | 54065 |\n| -22.8 | 61.4 | 59373 | 129558 |\n| -27.6 |\n"
    "县区级 | 59725 | 180202 |\n| -6.6 | 73.8 | 321617 | 614676 |\n| 3.0 |\n")


def _in_row(text: str, printed: str, row: str = "") -> dict:
    """The fact of the first ``printed`` after the first ``row`` of ``text``."""
    if not row:
        return fact(text, printed)
    a = text.index(row)
    return fact(text, printed, text[a:text.index(printed, a) + len(printed)])


def _key(f: dict) -> tuple:
    return f["indicator"], f["measure"], f["value"], f["unit"], f["period"]


def test_tab_copy_keeps_blank_cells_in_their_columns() -> None:
    # a blank cell kept as two tabs: -22.8 is the growth of revenue, 129558 spending to date (not a percent of plan)
    for printed, within in (("-22.8", "市本级"), ("61.4", "市本级"), ("129558", "市本级"), ("3.0", "县区级")):
        assert _key(_in_row(PUYANG_TAB, printed, within)) == _key(_in_row(PUYANG_PIPE, printed, within))
    assert _in_row(PUYANG_TAB, "-22.8", "市本级")["measure"] == "yoy_pct"
    assert _in_row(PUYANG_TAB, "-22.8", "市本级")["indicator"] == "一般公共预算收入"
    assert _in_row(PUYANG_TAB, "129558", "市本级")["measure"] == "level"


# xicheng_m1to5_indicators_table (西城区 1-5月), the cells verbatim, apart by runs of spaces as a PDF copy gives them
XICHENG_LEAD = "截至5月底,西城区城镇登记失业率为2.37 %,同比增加1.17个百分点。\n"
XICHENG_SPACES = XICHENG_LEAD + (
    "指 标 名 称    计量单位    北 京 市    西 城 区\n"
    "本 期    ±%    本 期    ±%\n"
    "六、公共财政预算支出    亿元    3172.8    7.1    213.6    24.5\n"
    "七、城镇登记失业率    %    --    --    2.37    同比增加1.17个百分点\n")


def test_word_cell_figure_is_named_by_its_row_not_by_cells_before_it() -> None:
    f = _in_row(XICHENG_SPACES, "1.17", "七、")
    assert (f["indicator"], f["measure"]) == ("城镇登记失业率", "pp_diff")


# district_2021_bulletin_rank (表一: 地区生产总值), the cells verbatim; the labels wrapped in their cells, the head of
# each long label on a line of its own above its row
DISTRICT_LEAD = "初步核算,2021年全区生产总值 (GDP)[2]91.3亿元,比上年增长7.5%。\n表一: 地 区 生 产 总 值\n"
DISTRICT_ROWS = [("地区生产总值", "91.3", "7.5"), ("第一产业", "6.2", "6.9"),
                 ("交通运输、仓储和邮政业", "10", "5.9"), ("住宿和餐饮业", "3.0", "20.1")]


def _district(sep: str, end: str) -> str:
    head = sep.join(["指 标", "单位", "2021年", "比上年增长(%)"]) + end + "\n"
    rows = ""
    for label, level, growth in DISTRICT_ROWS:
        cut = len(label) // 2 if len(label) >= 6 else 0
        rows += (label[:cut] + "\n" if cut else "") + sep.join([label[cut:], "亿元", level, growth]) + end + "\n"
    return DISTRICT_LEAD + head + rows


def test_wrapped_row_label_in_pipe_rows() -> None:
    text = _district(" | ", " |")
    assert "地区生\n产总值 | 亿元 | 91.3" in text
    f = _in_row(text, "5.9")
    assert (f["indicator"], f["measure"]) == ("交通运输、仓储和邮政业增加值", "yoy_pct")
    assert _in_row(text, "91.3", "产总值 |")["indicator"] == "地区生产总值"


def test_wrapped_row_label_in_tab_rows() -> None:
    text = _district("\t", "")
    f = _in_row(text, "20.1")
    assert (f["indicator"], f["measure"], f["unit"]) == ("住宿和餐饮业增加值", "yoy_pct", "%")
    f = _in_row(text, "10", "邮政业")
    assert (f["indicator"], f["measure"], f["unit"]) == ("交通运输、仓储和邮政业增加值", "level", "元")


def test_wrapped_row_label_in_rows_apart_by_spaces() -> None:
    text = _district("    ", "")
    assert "交通运输、\n仓储和邮政业    亿元    10    5.9" in text
    f = _in_row(text, "5.9")
    assert (f["indicator"], f["measure"], f["unit"]) == ("交通运输、仓储和邮政业增加值", "yoy_pct", "%")
    f = _in_row(text, "91.3", "产总值    ")
    assert (f["indicator"], f["measure"], f["unit"]) == ("地区生产总值", "level", "元")


def test_label_tail_below_its_row_is_not_the_head_of_the_next() -> None:
    # the same rows, each long label's rest set below its row (the last row's too): a piece between two rows is
    # the tail of the row above, so the row below keeps its own name
    rows = [("住宿和餐饮业", "3.0", "20.1"), ("金融业", "8.5", "4.4"), ("非营利性服务业", "15.5", "4.2")]
    body = ""
    for label, level, growth in rows:
        cut = len(label) // 2 if len(label) >= 6 else len(label)
        body += " | ".join([label[:cut], "亿元", level, growth]) + " |\n" + (label[cut:] + "\n" if label[cut:] else "")
    text = DISTRICT_LEAD + "指 标 | 单位 | 2021年 | 比上年增长(%) |\n" + body + "\n全年出生人口1552人。\n"
    assert "住宿和 | 亿元 | 3.0 | 20.1 |\n餐饮业\n金融业 |" in text
    assert "餐饮业" not in _in_row(text, "4.4", "金融业")["indicator"]
