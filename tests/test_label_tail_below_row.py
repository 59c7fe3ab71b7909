"""A row label continued on the line below its row is the rest of that row's label.

A long row label wrapped in its cell often reaches the text with its head on the row's line and its rest on a
line of its own below the row (``住宿和 | 亿元 | 3.0 | 20.1 |`` ⏎ ``餐饮业``). In a table whose last row is
followed by such a piece, each short line of words between two rows (no digit, no cell mark, no clause mark) is
the tail of the row above: it is joined to that row's label, and the table goes on below it. The tables here are
real tables of real excerpts re-laid out in that layout (the cells verbatim, only line breaks moved); the
layout itself is written.
"""

from __future__ import annotations

from _sentences import fact

# district_2021_bulletin_rank (表一: 地区生产总值), the cells verbatim
DISTRICT_LEAD = "初步核算,2021年全区生产总值 (GDP)[2]91.3亿元,比上年增长7.5%。\n表一: 地 区 生 产 总 值\n"
DISTRICT_ROWS = [("地区生产总值", "91.3", "7.5"), ("第一产业", "6.2", "6.9"),
                 ("交通运输、仓储和邮政业", "10", "5.9"), ("住宿和餐饮业", "3.0", "20.1")]

# xicheng_m1to5_indicators_table (西城区 2020年1-5月 主要经济指标), the cells verbatim
XICHENG_LEAD = ("五、就业\n截至5月底,西城区城镇登记失业率为2.37 %,同比增加1.17个百分点;"
                "城镇登记失业人员就业率为44.98%,同比减少3.79个百分点。\n注:公共财政预算收入增速,按自然口径计算。\n")
XICHENG_HEAD = [["指 标 名 称", "计量单位", "北 京 市", "西 城 区"], ["本 期", "±%", "本 期", "±%"]]
XICHENG_ROWS = [["一、现价工业总产值", "亿元", "9075.6", "-5.6", "281.5", "4.9"],
                ["三、固定资产投资(不含农户)", "%", "--", "2.8", "--", "19.3"],
                ["五、公共财政预算收入", "亿元", "2585.4", "-5.0", "219.4", "14.3"],
                ["七、城镇登记失业率", "%", "--", "--", "2.37", "同比增加1.17个百分点"]]
XICHENG_END = "主办:北京市西城区人民政府办公室 承办:北京市西城区统计局\n"


def _tails_below(rows: list[list[str]], sep: str, end: str) -> str:
    """Rows whose labels of six characters or more are cut in half, the rest on a line below the row."""
    out = ""
    for r in rows:
        cut = len(r[0]) // 2 if len(r[0]) >= 6 else len(r[0])
        out += sep.join([r[0][:cut]] + r[1:]) + end + "\n" + (r[0][cut:] + "\n" if r[0][cut:] else "")
    return out


def _district(sep: str, end: str) -> str:
    head = sep.join(["指 标", "单位", "2021年", "比上年增长(%)"]) + end + "\n"
    rows = [[label, "亿元", level, growth] for label, level, growth in DISTRICT_ROWS]
    return DISTRICT_LEAD + head + _tails_below(rows, sep, end) + "\n全年出生人口1552人。\n"


def _xicheng(sep: str, end: str) -> str:
    head = "".join(sep.join(h) + end + "\n" for h in XICHENG_HEAD)
    return XICHENG_LEAD + head + _tails_below(XICHENG_ROWS, sep, end) + XICHENG_END


def _in_row(text: str, printed: str, row: str) -> dict:
    a = text.index(row)
    return fact(text, printed, text[a:text.index(printed, a) + len(printed)])


def test_tail_below_pipe_row_joins_its_label() -> None:
    text = _district(" | ", " |")
    assert "交通运输、 | 亿元 | 10 | 5.9 |\n仓储和邮政业\n住宿和 |" in text
    f = _in_row(text, "5.9", "交通运输、 |")
    assert (f["indicator"], f["measure"], f["unit"]) == ("交通运输、仓储和邮政业增加值", "yoy_pct", "%")
    f = _in_row(text, "3.0", "住宿和 |")  # the last row: its rest is the line after the table
    assert (f["indicator"], f["measure"], f["unit"]) == ("住宿和餐饮业增加值", "level", "元")


def test_tail_below_tab_row_joins_its_label() -> None:
    text = _district("\t", "")
    f = _in_row(text, "20.1", "住宿和\t")
    assert (f["indicator"], f["measure"], f["unit"]) == ("住宿和餐饮业增加值", "yoy_pct", "%")
    f = _in_row(text, "91.3", "地区生\t")
    assert (f["indicator"], f["measure"], f["unit"]) == ("地区生产总值", "level", "元")


def test_table_goes_on_after_a_tail() -> None:
    # every row after the first tail is still read, with its whole name and its column's measure
    text = _xicheng(" | ", " |")
    assert "一、现价 | 亿元 | 9075.6 | -5.6 | 281.5 | 4.9 |\n工业总产值\n" in text
    f = _in_row(text, "281.5", "一、现价 |")
    assert (f["indicator"], f["measure"], f["value"]) == ("现价工业总产值", "level", 28150000000.0)
    f = _in_row(text, "14.3", "五、公共财 |")
    assert (f["indicator"], f["measure"], f["unit"]) == ("公共财政预算收入", "yoy_pct", "%")
    f = _in_row(text, "2.37", "七、城镇 |")
    assert (f["indicator"], f["measure"]) == ("城镇登记失业率", "rate_pct")


def test_last_row_of_words_still_closes_a_table_of_tails() -> None:
    # wuchang_wh_2023_annual (武昌区 2023年 主要指标): its last row holds words only (完成市级下达目标); the
    # rest of its label below it still marks a table that sets its labels' rests below its rows
    text = ("指标名称 | 2023年预期目标 | 2023年完成情况(预计) |\n"
            "地方一般公 | 5% | 137 |\n共预算收入\n"
            "全社会固 | 365 | 380 |\n定资产投资\n"
            "单位地区生产总 | 完成市级下达目标 | 预计完成市级下达目标 |\n值能耗 降低率\n"
            "(一)全力实施科技创新,新兴动能加快培育\n")
    assert _in_row(text, "5%", "地方一般公 |")["indicator"] == "地方一般公共预算收入"


def test_heads_above_rows_are_still_joined_below() -> None:
    # the head of each long label above its row (no piece after the last row): joined to the row below
    rows = ""
    for label, level, growth in DISTRICT_ROWS:
        cut = len(label) // 2 if len(label) >= 6 else 0
        rows += (label[:cut] + "\n" if cut else "") + " | ".join([label[cut:], "亿元", level, growth]) + " |\n"
    text = DISTRICT_LEAD + "指 标 | 单位 | 2021年 | 比上年增长(%) |\n" + rows + "\n全年出生人口1552人。\n"
    f = _in_row(text, "20.1", "餐饮业 |")
    assert f["indicator"] == "住宿和餐饮业增加值"
