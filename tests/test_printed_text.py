"""Real reports as text copied out of a printed page: lines broken at the page width, page numbers
between the pages, a table running on over a page break.

Every text here is a real excerpt of ``tests/gold/real/texts``; the tests break its lines or put
page numbers into it the way a PDF viewer's copy or a text dump does, and ask for the facts the
excerpt gives as it was published.
"""

from __future__ import annotations

import re
import unicodedata
import warnings
from functools import cache
from pathlib import Path

import _sentences
import pandas as pd
import pytest
from _real_tables import real_report
from _work_reports import WorkReports

import dhcheng_analysis as dh
from dhcheng_analysis.documents import unwrap_text
from dhcheng_analysis.tabletext import find_tables

REAL = Path(__file__).parent / "gold" / "real" / "texts"
COLS = ["indicator", "measure", "value", "unit", "qualifier", "status"]


def real(name: str) -> str:
    return real_report(REAL / f"{name}.txt").text


def facts(text: str) -> list[tuple]:
    f = _sentences.facts(text)
    return [tuple(r) for r in f[COLS].astype(str).itertuples(index=False)]


@cache
def published(name: str) -> tuple[tuple, ...]:
    """The facts of the excerpt as published, read once per run."""
    return tuple(facts(real(name)))


def wrap(text: str, width: int, printed: bool, whole_words: bool = False, hang: str = "") -> str:
    """Break every line of ``text`` at ``width`` — printed columns (a Chinese character is two) or
    characters, as tools that dump text count; with ``whole_words`` a word of Latin letters and
    digits (12.7%, GDP) that does not fit is moved down whole, as a typesetter does, and its line
    stops short; a mark of ``hang`` (no line starts with it) hangs past the width."""
    out: list[str] = []
    for para in text.split("\n"):
        line, col = "", 0
        for i, ch in enumerate(para):
            w = (1 if ch.isascii() else 2) if printed else 1
            if whole_words and ch.isascii() and not ch.isspace() and not (i and para[i - 1].isascii()
                                                                          and not para[i - 1].isspace()):
                word = re.match(r"[!-~]+", para[i:])
                w = len(word.group()) if word else w
            if col + w > width and line and ch not in hang:
                out.append(line)
                line, col = "", 0
            line += ch
            col += (1 if ch.isascii() else 2) if printed else 1
        out.append(line)
    return "\n".join(out)


@pytest.mark.parametrize("name", ["chaoyang_2022_h1", "dongcheng_2023_h1", "haishu_nb_2023_gwr",
                                  "youyang_cq_2025_q1", "guandu_km_2023_h1", "dayao_2024_m4_budget"])
@pytest.mark.parametrize(("width", "printed"), [(68, True), (34, False)])
def test_lines_broken_at_the_page_width_read_as_the_published_text(name, width, printed):
    text = real(name)
    broken = wrap(text, width, printed)
    assert broken.count("\n") >= text.count("\n") + 5  # broken indeed
    assert facts(broken) == list(published(name))


@pytest.mark.parametrize("name", ["chaoyang_2021_h1", "dayao_2024_m4_budget", "lintao_2024_m2_budget",
                                  "dongcheng_2023_h1"])
def test_lines_left_short_by_a_figure_moved_down_whole_read_as_the_published_text(name):
    # chaoyang_2021_h1 at 68 columns: "区级一般公共预算收入完成298亿元,同比增长⏎12.7%,比2019年上半年下降1%"
    text = real(name)
    broken = wrap(text, 68, True, whole_words=True)
    assert broken != wrap(text, 68, True)  # a figure moved down indeed
    assert facts(broken) == list(published(name))


def test_a_figure_or_name_broken_over_two_lines_is_whole_again():
    # chaoyang_2021_h1, broken at 34 characters: "同比增长13⏎.5%", "区级一⏎般公共预算收入"
    text = real("chaoyang_2021_h1")
    got = dh.load_report(wrap(text, 34, False)).text
    assert "上半年GDP实现3640.7亿元,同比增长13.5%" in got
    assert "区级一般公共预算收入完成298亿元" in got


@pytest.mark.parametrize("name", sorted(p.stem for p in REAL.glob("*.txt")))
def test_text_whose_lines_are_paragraphs_is_left_as_it_is(name):
    text = real(name)
    assert unwrap_text(text) == text


def paged(text: str, lines: int, stamp: str) -> str:
    """``text`` with a page number line (``stamp`` formatted with the page) after every ``lines`` lines."""
    out = text.split("\n")
    for k in range(len(out) // lines, 0, -1):
        out.insert(k * lines, stamp.format(k + 1))
    return "\n".join(out)


@pytest.mark.parametrize(("name", "lines"), [("yongning_2020_h1_budget", 30), ("gongshu_hz_2022_annual", 30),
                                             ("lintao_2024_m2_budget", 30), ("district_2021_bulletin_rank", 30),
                                             ("puyang_m3_budget_table", 30), ("dongcheng_2023_h1", 12)])
@pytest.mark.parametrize("stamp", ["— {} —", "第 {} 页", "\n{}\n"])
def test_a_page_ending_inside_a_paragraph_or_table_reads_as_the_published_text(name, lines, stamp):
    # yongning_2020_h1_budget at 40 characters: "1)税收收入112446万元,…,比上年⏎— 3 —⏎同期133191万元减收20745万元": the
    # paragraph goes on over the page number; lintao_2024_m2_budget: a row goes on after it on a line of a
    # bare |; district_2021_bulletin_rank: a table printed one cell a line goes on after it. A bare number
    # between blank lines (gongshu_hz_2022_annual: "规上工业增加值增长⏎⏎2⏎⏎2.4%") is the page's number too
    text = real(name)
    prose_wrapped = "\n".join(line if "|" in line else wrap(line, 40, False) for line in text.split("\n"))
    broken = paged(prose_wrapped, lines, stamp)
    assert broken.count(stamp.format(2)) == 1  # paged indeed
    assert facts(broken) == list(published(name))


@pytest.mark.parametrize(("name", "cut"), [
    ("shangcheng_hz_2022_h1_budget", "3、个人所得税收入(40%部分)272238万元,"),  # an item opening like a heading
    ("yongning_2020_h1_budget", "1)税收收入112446万元,完成年初预算207380万元的54.22%,比上年"),
    ("nanshan_sz_2023_gwr_digest", "引进126个项目,"),  # a short line stopping on a comma
])
@pytest.mark.parametrize("page", ["\n— 2 —\n", "\n\n第 2 页\n\n", "\n- 2 -\n", "\n\n2\n\n", "\n\n2\n"])
def test_a_page_number_inside_a_sentence_of_an_excerpt_is_dropped_and_the_sentence_joined(name, cut, page):
    # an excerpt copied page by page: its lines are paragraphs, and a page ended inside a sentence
    text = real(name)
    at = text.index(cut) + len(cut)
    paged_once = text[:at] + page + text[at:]
    assert dh.load_report(paged_once).text == dh.load_report(text).text
    assert facts(paged_once) == list(published(name))


def test_a_page_number_between_pages_is_no_figure():
    # dongcheng_2023_h1 with a page number line between two paragraphs, three ways of printing it
    text = real("dongcheng_2023_h1")
    cut = text.index("\n", len(text) // 2)
    for page in ("- 3 -", "— 3 —", "第 3 页 共 9 页", "3/9", "3"):
        paged = text[:cut] + f"\n\n{page}\n" + text[cut:]
        assert facts(paged) == list(published("dongcheng_2023_h1")), page


@pytest.mark.parametrize("name", ["dongcheng_2023_h1", "gongshu_hz_2022_annual", "chaoyang_2022_h1"])
def test_a_bare_page_number_between_two_lines_of_broken_prose_is_dropped(name):
    # dongcheng_2023_h1 at 40 characters, a bare number every 12 lines: "…发展呈现…经济⏎2⏎社会全面恢复常态化运行"
    text = real(name)
    broken = paged(wrap(text, 40, False), 12, "{}")
    assert "\n2\n" in broken and "\n3\n" in broken
    assert facts(broken) == list(published(name))


@pytest.mark.parametrize("name", ["yongning_2020_h1_budget", "gongshu_hz_2022_annual", "dongcheng_2023_h1",
                                  "haishu_nb_2023_gwr", "lintao_2024_m2_budget", "district_2021_bulletin_rank",
                                  "puyang_m3_budget_table"])
@pytest.mark.parametrize("stamp", ["\n— {} —\n\x0c东城区人民政府工作报告\n", "\n{}\n\n关于2020年上半年预算执行情况的报告\n",
                                   "关于2020年上半年预算执行情况的报告\n\n{}\n", "\n东城区人民政府工作报告    — {} —\n",
                                   "\n东城区人民政府工作报告 第{}页\n", "\n东城区人民政府工作报告   {}\n"])
def test_a_running_header_or_footer_beside_the_page_numbers_is_dropped(name, stamp):
    # yongning_2020_h1_budget at 40 characters, every 12 lines a page number and the report's title: "…比上年⏎⏎3⏎⏎
    # 关于2020年上半年预算执行情况的报告⏎同期133191万元减收20745万元" (the amounts were named 同期); dongcheng_2023_h1: a
    # table printed one cell a line, a page ending inside its header. The title and the number may share a line.
    text = real(name)
    prose_wrapped = "\n".join(line if "|" in line else wrap(line, 40, False) for line in text.split("\n"))
    broken = paged(prose_wrapped, 12, stamp)
    assert broken.count("执行情况的报告") + broken.count("工作报告") >= 2  # (the title, once a page)
    assert facts(broken) == list(published(name))


@pytest.mark.parametrize("name", ["puyang_m3_budget_table", "district_2021_bulletin_rank"])
@pytest.mark.parametrize("stamp", ["政府工作报告  第{}页", "东城区人民政府工作报告 — {} —"])
def test_a_running_title_on_the_line_of_the_only_page_number_is_dropped(name, stamp):
    # puyang_m3_budget_table, its prose wrapped by the typesetter above at 35 characters, a page number every 40 lines
    # (a fixture made from the real text): one page break, inside its table: "| -17.1 | 61.4 | 74911 | 164712 |⏎政府工作报告
    # 第2页⏎| -7.9 |": the title printed beside a page's number is no cell, even printed once
    text = real(name)
    prose_wrapped = "\n".join(line if "|" in line else wrap(line, 35, False, whole_words=True)
                              for line in text.split("\n"))
    broken = paged(prose_wrapped, 40, stamp)
    assert broken.count(stamp.format(2)) == 1 and stamp.format(3) not in broken  # one page break indeed
    assert dh.load_report(broken).text == text
    assert facts(broken) == list(published(name))


def test_a_number_alone_on_its_line_that_is_no_page_number_is_read():
    # a subscript (广义货币M⏎2⏎), a cell of a table printed one cell a line, numbers not rising like pages
    assert dh.load_report("广义货币M\n\n2\n\n增长13.6%，符合调控目标，社会融资规模增量为16.46万亿元。").text.count("2") == 1
    cells = "全区主要经济指标如下，单位为亿元和百分比。\n\n工业\n\n亿元\n\n19\n\n3.6\n\n建筑业\n\n亿元\n\n12\n\n2.1"
    assert dh.load_report(cells).text == cells
    prose = "全区实现地区生产总值806亿元，同比增长3.2%，规模以上工业增加值同比增长10.1%。\n\n{}\n\n"
    text = prose.format(5) + prose.format(3) + "全年完成投资50亿元。"
    assert dh.load_report(text).text.count("\n3\n") == 1  # (5 went; 3 comes after it: no page)


def test_a_table_goes_on_after_a_page_number():
    # lintao_2024_m2_budget: its table broken by a page number after the header and first rows
    text = real("lintao_2024_m2_budget")
    cut = text.index("\n| 增值税")
    paged = text[:cut] + "\n\n— 2 —\n" + text[cut:]
    read = facts(paged)
    assert read == list(published("lintao_2024_m2_budget"))
    got = [r for r in read if r[0] == "增值税" and r[1] == "yoy_pct"]
    assert got and got[0][3] == "%"


@pytest.mark.parametrize("name", ["district_2021_bulletin_rank", "lintao_2024_m2_budget", "puyang_m3_budget_table",
                                  "wuchang_wh_2023_annual", "xicheng_m1to5_indicators_table"])
def test_a_table_whose_lines_are_apart_by_blank_lines_reads_as_the_published_text(name):
    # wuchang_wh_2023_annual with a blank line after every line: "指标名称 | 2023年预期目标 (增速) | …⏎⏎绝对值 | 增速 |
    # ||⏎⏎地区生产总值 (简称“GDP”) | 6.5% | …": the header's second line and the rows went to tables of their own
    text = real(name)
    assert facts(text.replace("\n", "\n\n")) == list(published(name))


def test_two_tables_apart_by_a_blank_line_stay_two():
    # xicheng_m1to5_indicators_table's table printed twice, a blank line between: the second opens with its header
    lines = real("xicheng_m1to5_indicators_table").split("\n")
    table = "\n".join(ln for ln in lines if "|" in ln)
    assert len(find_tables(table)) == 1
    assert len(find_tables(table + "\n\n" + table)) == 2


def test_the_header_a_page_repeats_is_not_a_row():
    # xicheng_m1to5_indicators_table: the next page prints the header row again
    text = real("xicheng_m1to5_indicators_table")
    lines = text.split("\n")
    rows = [i for i, ln in enumerate(lines) if ln.count("|") >= 3]
    head, cut = lines[rows[0]], rows[len(rows) // 2]
    paged = "\n".join(lines[:cut] + ["", "- 2 -", head] + lines[cut:])
    assert facts(paged) == list(published("xicheng_m1to5_indicators_table"))


def test_a_table_copied_with_tabs_between_its_cells_is_read_as_a_table():
    # xicheng_m1to5_indicators_table, its table as a spreadsheet copy gives it: cells apart by tabs
    text = real("xicheng_m1to5_indicators_table")
    lines = [ln.strip().strip("|").strip() for ln in text.split("\n")]
    tabbed = "\n".join("\t".join(c.strip() for c in ln.split("|")) if ln.count("|") >= 2 else raw
                       for ln, raw in zip(lines, text.split("\n"), strict=True))
    assert "\t" in tabbed and tabbed.count("|") < text.count("|")
    pick = [("公共财政预算收入", "yoy_pct"), ("社会消费品零售总额", "yoy_pct"), ("建安投资", "yoy_pct")]
    of_text, of_tabbed = published("xicheng_m1to5_indicators_table"), facts(tabbed)
    for name, measure in pick:
        want = [r for r in of_text if name in r[0] and r[1] == measure]
        got = [r for r in of_tabbed if name in r[0] and r[1] == measure]
        assert want and got == want, name


def test_a_broken_table_of_whole_amounts_gives_its_unit_to_no_decimal_share():
    # lintao prints its amounts in whole 万元 and no unit; broken at the page width, the shares and
    # rates (17.19, -8.02) lose their % columns: they must not be read as 万元
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        f = dh.extract_facts(wrap(real("lintao_2024_m2_budget"), 68, True))
    inferred = f[f["flags"].str.contains("unit_inferred")]
    assert len(inferred) >= 20
    assert all("." not in v for v in inferred["raw_value"])


# -- one space between a number and a Han character (全区实现地区生产总值 1876.3 亿元, 比 2019 年) --------

_SPACED = re.compile(r"(?<=[0-9%])(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])(?=[0-9])")


def spaced(text: str) -> str:
    """``text`` as a page set with a space between every number and the Han characters beside it,
    in prose and in table cells alike: how many web pages and PDF copies print figures."""
    return _SPACED.sub(" ", text)


_SPACED_TEXTS = sorted(p.stem for p in REAL.glob("*.txt"))


@pytest.mark.parametrize("name", [
    pytest.param(n, marks=() if n in ("chaoyang_2021_h1", "lintao_2024_m2_budget", "wuchang_wh_2023_annual")
                 else pytest.mark.slow) for n in _SPACED_TEXTS])
def test_figures_set_apart_by_spaces_read_as_the_published_text(name):
    text = real(name)
    assert facts(spaced(text)) == facts(text)


def test_the_spans_of_figures_set_apart_by_spaces_index_the_text_as_given():
    # chaoyang_2021_h1, spaced
    text = spaced("上半年,全区实现地区生产总值3733.1亿元,同比增长14.6%,比2019年上半年增长7.9%,两年平均增长3.9%。")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        f = dh.extract_facts(text)
    assert [text[s:e] for s, e in zip(f["start"], f["end"], strict=True)] == [
        "3733.1 亿元", "14.6%", "7.9%", "3.9%"]
    assert f["comparator"].tolist()[2] == "2019年上半年"
    assert f["sentence"].tolist()[0] == text.split("\n")[0].strip()


def test_a_share_of_a_whole_set_apart_by_a_space_keeps_its_whole():
    # nanshan_sz_2023_gwr_digest, spaced: a line of one figure keeps its space (it may be a table row)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        f = dh.extract_facts(spaced("全社会研发投入占GDP比重6.57%"))
    assert f["comparator"].tolist() == ["GDP"]


def test_a_line_cut_once_in_the_middle_of_a_sentence_is_joined_again():
    # dayao_2024_m4_budget copied with one line cut, too few lines to show a wrap width: "…其中:税收⏎收入8103万元"
    text = real("dayao_2024_m4_budget")
    cut = text.index("其中:税收收入") + len("其中:税收")
    once = text[:cut] + "\n" + text[cut:]
    assert dh.load_report(once).text == text
    assert facts(once) == list(published("dayao_2024_m4_budget"))


def test_a_title_set_on_lines_of_its_own_goes_back_into_its_sentence():
    # the 2004 work report as the corpus prints it: a linked title on a line of its own
    text = "国务院先后提出银行业监督管理法草案、对外贸易法修订草案等5部法律议案；制定了《\n企业国有资产监督管理暂行条例\n》等28部行政法规。\n二、今年政府工作的总体部署\n"
    got = dh.load_report(text).text
    assert "制定了《企业国有资产监督管理暂行条例》等28部行政法规。\n二、今年政府工作的总体部署" in got


def _cells_apart_by(text: str, gap: str) -> str:
    """The excerpt's ``|`` tables as a copy out of a spreadsheet (tabs) or a PDF (runs of spaces) gives them."""
    return "\n".join(line.replace(" | ", gap).replace("|", gap).rstrip(" \t") for line in text.split("\n"))


@pytest.mark.parametrize("name", ["xicheng_m1to5_indicators_table", "wuchang_wh_2023_annual", "puyang_m3_budget_table"])
def test_a_table_copied_with_cells_apart_by_tabs_reads_as_published(name):
    tabbed = _cells_apart_by(real(name), "\t")
    assert "|" not in tabbed and "\t" in tabbed
    assert facts(tabbed) == list(published(name))


@pytest.mark.parametrize("name", ["xicheng_m1to5_indicators_table", "wuchang_wh_2023_annual"])
def test_a_table_copied_with_cells_apart_by_runs_of_spaces_reads_as_published(name):
    spaced = _cells_apart_by(real(name), "   ")
    assert "|" not in spaced
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        got, want = dh.extract_facts(spaced), dh.extract_facts(real(name))
    cells = [tuple(r) for r in got.loc[got["flags"].str.contains("table_cell"), COLS].astype(str).itertuples(index=False)]
    assert cells and cells == [tuple(r) for r in want.loc[want["flags"].str.contains("table_cell"), COLS]
                               .astype(str).itertuples(index=False)]
    assert len(got) == len(want)


def test_rows_of_a_tab_table_are_never_joined_as_lines_broken_at_a_width():
    # constructed (a spreadsheet's table pasted alone): rows of about one length are no prose broken at a width
    table = ("主要经济指标完成情况\n指标\t单位\t1-6月\t同比增长(%)\n地区生产总值\t亿元\t1234.5\t5.6\n"
             "规模以上工业增加值\t亿元\t345.6\t-2.3\n社会消费品零售总额\t亿元\t567.8\t8.9\n")
    assert dh.load_report(table).text == table.rstrip("\n")
    got = facts(table)
    assert ("规模以上工业增加值", "yoy_pct", "-2.3", "%", "exact", "actual") in got


# ---------------------------------------------------------------- the work reports bundled, as a copy gives them

WORK_COLS = [*COLS, "period"]


def _work_report(year: int) -> str:
    return WorkReports().texts[f"gwr_{year}"]


def _work_facts(text: str) -> list[tuple]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return _rows(dh.extract_facts(dh.load_report(text)))


def _published_facts(year: int) -> list[tuple]:
    """``_work_facts`` of the work report of ``year`` as given: the facts of its one parse a test process."""
    return _rows(WorkReports()[year][1])


def _rows(f: pd.DataFrame) -> list[tuple]:
    return [tuple(r) for r in f[WORK_COLS].astype(str).itertuples(index=False)]


_WHOLE = re.compile(r"[!-~]+|[０-９][０-９．，％]*")  # what a typesetter moves down whole: 12.7%, ３，１３７，３００


def _typeset(text: str, width: int) -> str:
    """``text`` broken at ``width`` printed columns, a figure or Latin word that does not fit moved down whole."""
    out: list[str] = []
    for para in text.split("\n"):
        line, col, i = "", 0, 0
        while i < len(para):
            m = _WHOLE.match(para, i) if not para[i].isspace() else None
            piece = m.group() if m else para[i]
            w = sum(1 if ch.isascii() else 2 for ch in piece)
            if col + w > width and line:
                out.append(line)
                line, col = "", 0
            line, col, i = line + piece, col + w, i + len(piece)
        out.append(line)
    return "\n".join(out)


@pytest.mark.parametrize("year", [1956, 2006])
def test_a_work_report_typeset_at_a_width_reads_as_published(year):
    # 1956 prints its figures full-width (５９％, ３，１３７，３００亩): moved down whole, they are joined back;
    # 2006 prints titles on lines of their own (制定并颁布了《⏎重大动物疫情应急条例⏎》): a line never ends on 《
    # nor starts with 》, so the lines go on
    text = _work_report(year)
    broken = _typeset(text, 68)
    assert broken.count("\n") > 2 * text.count("\n")  # broken indeed
    assert _work_facts(broken) == _published_facts(year)


def test_a_work_report_with_its_digits_full_width_reads_as_published():
    # 2010: the headings too (一、２００９年工作回顾): the year a heading reviews is read in any width
    text = _work_report(2010)
    wide = text.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789%."})
    assert "一、２００９年工作回顾" in wide
    as_printed = [tuple(unicodedata.normalize("NFKC", x) for x in row) for row in _work_facts(wide)]  # (M２: M2)
    assert as_printed == _published_facts(2010)


@pytest.mark.parametrize("name", ["haishu_nb_2023_gwr", "dongcheng_2023_h1", "youyang_cq_2025_q1"])
@pytest.mark.parametrize(("width", "printed"), [(40, False), (80, True)])
def test_a_paragraph_whose_last_line_stops_short_of_the_width_ends_there(name, width, printed):
    # haishu_nb_2023_gwr at 40 characters: "收占比稳定在92%以上;城乡居民人均可支配收入分别增长4.4%、6.4%。" falls a few
    # characters short and closes a sentence; the next paragraph ("这一年,我们聚力稳进提质…") is none of it, and
    # the time a paragraph opens with holds over its own figures only
    text = real(name)
    broken = wrap(text, width, printed)
    assert dh.load_report(broken).text == dh.load_report(text).text


@pytest.mark.parametrize("name", ["haishu_nb_2023_gwr", "dongcheng_2023_h1", "youyang_cq_2025_q1",
                                  "yongning_2020_h1_budget"])
@pytest.mark.parametrize(("width", "printed"), [(40, False), (80, True)])
def test_lines_broken_at_the_width_each_ending_with_a_space_read_as_the_published_text(name, width, printed):
    # haishu_nb_2023_gwr, wrapped by the typesetter above at 40 characters and a space put after every line, as some
    # copies of a PDF do (a fixture made from the real text): "…请区政协委员和其他列席人员 ⏎提出意见。 ⏎一、2022年工作回顾 ⏎"
    # read "…列席人员 提出意见" with the space inside the sentence
    text = real(name)
    broken = "\n".join(line + " " if line.strip() else line for line in wrap(text, width, printed, whole_words=True)
                       .split("\n"))
    assert dh.load_report(broken).text == text
    assert facts(broken) == list(published(name))


def broken_reads_as_published(name: str, width: int, printed: bool, broken_at: str, joined: str | None = None):
    """The real excerpt ``name`` broken by the typesetter above with words moved down whole (a fixture made from the
    real text) holds ``broken_at`` (the break the test is about), joins back to the published text (to ``joined``
    in it, or to all of it) and gives the published facts."""
    text = real(name)
    broken = wrap(text, width, printed, whole_words=True)
    assert broken_at in broken  # broken there indeed
    if joined is None:
        assert dh.load_report(broken).text == text
    else:
        assert joined in dh.load_report(broken).text
    assert facts(broken) == list(published(name))


def test_a_heading_run_into_its_paragraph_after_a_space_stays_in_it_when_a_line_ends_at_the_space():
    # minhang_sh_2022_h1_budget (its headings run into one paragraph after a space), wrapped by the typesetter
    # above at 46 characters (a fixture made from the real text): "…(一)2021年一般公共预算收支决算情况 ⏎1.全区一般公共
    # 预算收支决算情况 全区一般公共预算收入331.1亿元": the line before stops at the space, in the middle of its paragraph
    broken_reads_as_published("minhang_sh_2022_h1_budget", 46, False, "决算情况 \n1.全区")


@pytest.mark.parametrize("width", [20, 24])
def test_a_heading_run_into_its_paragraph_after_a_sentence_and_a_space_stays_in_it(width):
    # minhang_sh_2022_h1_budget, wrapped by the typesetter above (a fixture made from the real text): "…全区一般公共预算
    # 收支决算平衡。 ⏎2.区本级一般公共预算收支决算情况 区本级一般公共预算财力249.2亿元": a character would have fitted after
    # the space, but not "2."; the amounts stay under the year of the 决算 (2021年), not the half year after it
    broken_reads_as_published("minhang_sh_2022_h1_budget", width, False, "平衡。 \n2.区本级")


def test_a_word_moved_down_whole_after_a_space_is_measured_with_the_space():
    # district_2021_bulletin_rank, wrapped by the typesetter above at 28 characters (a fixture made from the real
    # text): "初步核算,2021年全区生产总值 ⏎(GDP)[2]91.3亿元": the word with its brackets and the space before it would
    # not have fitted in the line
    broken_reads_as_published("district_2021_bulletin_rank", 28, False, "生产总值 \n(GDP)[2]91.3亿元",
                              "初步核算,2021年全区生产总值 (GDP)[2]91.3亿元,比上年增长7.5%")


def test_a_sentence_closed_short_of_the_width_goes_on_when_the_word_after_it_would_not_have_fitted():
    # beijing_2017_h1, wrapped by the typesetter above at 68 printed columns (a fixture made from the real text):
    # "…全市居民人均可支配收入实际增长7%。⏎CPI同比上涨2%,城镇登记失业率1.49%": one Han character would have fitted
    # after the full stop, but not "CPI"; the figures stay in the paragraph of 上半年
    broken_reads_as_published("beijing_2017_h1", 68, True, "实际增长7%。\nCPI同比上涨2%", "实际增长7%。CPI同比上涨2%")


@pytest.mark.parametrize("width", [22, 33])
def test_a_signed_figure_moved_down_whole_goes_on_from_its_line(width):
    # dongliu_yz_2023_street, wrapped by the typesetter above (a fixture made from the real text): "…一般公共预算收入2亿元,
    # 同比分别⏎-6.2%、-19.3%。": the sign is a piece of the figure the typesetter moved down
    broken_reads_as_published("dongliu_yz_2023_street", width, False, "\n-6.2%、-19.3%", "同比分别-6.2%、-19.3%")


@pytest.mark.parametrize("name", ["puyang_m3_budget_table", "district_2021_bulletin_rank",
                                  "xicheng_m1to5_indicators_table", "dongcheng_2023_h1"])
def test_an_excerpt_with_its_digits_full_width_reads_as_published(name):
    # puyang_m3_budget_table: the month before its table (３月份,全市…如下表) dates the table's 当月 and 累计 columns
    wide = real(name).translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789%."})
    as_printed = [tuple(unicodedata.normalize("NFKC", x) for x in row) for row in facts(wide)]
    assert as_printed == [tuple(unicodedata.normalize("NFKC", x) for x in row) for row in published(name)]
    with_period = [tuple(r) for r in dh.extract_facts(wide)[["value", "period"]].astype(str).itertuples(index=False)]
    assert with_period == [tuple(r) for r in dh.extract_facts(real(name))[["value", "period"]].astype(str)
                           .itertuples(index=False)]


def _traditional(text: str) -> str:
    """``text`` in traditional characters: each simplified character that stands for one traditional one."""
    from dhcheng_analysis.numbers import _traditional_map

    sources: dict[str, list[str]] = {}
    for trad, simp in _traditional_map().items():
        sources.setdefault(simp, []).append(chr(trad))
    return text.translate({ord(simp): trads[0] for simp, trads in sources.items() if len(trads) == 1})


@pytest.mark.parametrize("name", ["dongcheng_2023_h1", "xicheng_2018_h1_indicators", "lintao_2024_m2_budget",
                                  "beijing_2017_h1", "youyang_cq_2025_q1"])
def test_an_excerpt_printed_in_traditional_characters_reads_as_published(name):
    # xicheng_2018_h1_indicators: "零售業實現零售額418.7億元" is named 零售業零售額, as 零售业实现零售额 is 零售业零售额;
    # the names keep the characters the report prints
    from dhcheng_analysis.numbers import fold_traditional

    trad = _traditional(real(name))
    assert fold_traditional(trad) != trad  # traditional indeed
    got = facts(trad)
    assert [tuple(fold_traditional(x) for x in row) for row in got] == list(published(name))
    assert any(row[0] != fold_traditional(row[0]) for row in got)  # names as printed, in traditional characters


def test_a_name_read_in_traditional_characters_is_printed_in_them():
    # xicheng_2018_h1_indicators: "零售業實現零售額418.7億元" (零售业实现零售额: 实现 is no part of the name)
    got = dh.extract_facts(_traditional(real("xicheng_2018_h1_indicators")))
    assert "零售業零售額" in set(got.loc[got["raw_value"] == "418.7", "indicator"])


def test_a_title_on_lines_of_its_own_in_a_paragraph_opening_with_a_heading_goes_back_into_its_sentence():
    # the 2006 work report as the corpus prints it: the paragraph opens like a heading (（六）切实加强民主法制建设。…)
    got = dh.load_report(_work_report(2006)).text
    assert "制定并颁布了《重大动物疫情应急条例》、《关于预防煤矿生产安全事故的特别规定》等22部行政法规。" in got


@pytest.mark.parametrize(("phrase", "printed", "period"), [
    ("国营机械化农场由１９５４年的９７个增加到１０６个", "９７", "1954年"),  # printed full-width, read as any year
    ("国营机械化农场由１９５４年的９７个增加到１０６个", "１０６", "1955年"),  # (在１９５５年，…: the year of the clause)
    ("服务面积由６６１，８００亩增加到", "６６１，８００", "1954年"),
])
def test_the_year_of_a_figure_printed_full_width_is_given_as_a_year(phrase, printed, period):
    assert WorkReports().fact_at(1956, phrase, printed)["period"] == period


def letter_spaced(text: str, figures: bool) -> str:
    """``text`` as a copy of a page set with letter spacing gives it: a space between every two characters of a
    line of prose (the lines of a table left as they are), a space the line had widened to two; with ``figures``
    the digits and marks of its figures are spaced too (1 8 7 6 . 3 亿 元), else only the Han characters and the
    marks between them."""
    han = re.compile(r"[\u4e00-\u9fff，。、；：（）“”《》]")
    out = []
    for line in text.split("\n"):
        if "|" in line or "\t" in line:
            out.append(line)
            continue
        chars = [" " * 2 if ch == " " else ch for ch in line]
        for i in range(len(chars) - 1):
            a, b = chars[i], chars[i + 1]
            if (figures and not a.isspace() and not b.isspace()) or (han.match(a) and han.match(b)):
                chars[i] = a + " "
        out.append("".join(chars))
    return "\n".join(out)


@pytest.mark.parametrize("figures", [False, True])
@pytest.mark.parametrize("name", ["dongcheng_2023_h1", "chaoyang_2021_h1", "wuchang_wh_2023_annual",
                                  "minhang_sh_2022_h1_budget"])
def test_an_excerpt_set_with_letter_spacing_reads_as_published(name, figures):
    assert facts(letter_spaced(real(name), figures)) == list(published(name))


def test_the_figures_of_a_letter_spaced_line_index_the_text_as_given():
    # chaoyang_2021_h1, letter-spaced
    text = letter_spaced("上半年,全区实现地区生产总值3733.1亿元,同比增长14.6%,比2019年上半年增长7.9%,两年平均增长3.9%。",
                         figures=True)
    f = dh.extract_facts(text)
    assert [text[s:e] for s, e in zip(f["start"], f["end"], strict=True)] == [
        "3 7 3 3 . 1 亿 元", "1 4 . 6 %", "7 . 9 %", "3 . 9 %"]
    assert f["indicator"].tolist()[:2] == ["地区生产总值", "地区生产总值"]
    assert f["comparator"].tolist()[2] == "2019年上半年"


def test_words_set_apart_by_single_spaces_are_not_read_as_letter_spaced():
    # a table row of two columns a space apart, and a name set apart from a title: the spaces stay
    f = dh.extract_facts("项目 本月 累计\n地区生产总值 1876.3 7.9\n")
    assert f["raw_value"].tolist() == ["1876.3", "7.9"]
    from dhcheng_analysis.facts import _letter_spaced

    assert _letter_spaced("北京市东城区发展和改革委员会主任 刘 健\n项目 本月 累计\n") == []
    assert _letter_spaced("地 区 生 产 总 值 1876.3 7.9") == [1, 3, 5, 7, 9]


# -- digits grouped in threes by a space or a thin space (1 876.3亿元), as some printers set them ------------

_GROUPABLE = re.compile(r"(?<![\d.,])(\d{4,})(?=(?:\.\d+)?[\u4e00-\u9fff%])(?!(?:\.\d+)?[年月日号])")


def grouped(text: str, sep: str) -> str:
    """``text`` with the integer part of every amount of four digits or more grouped in threes by ``sep``
    (years and dates are never grouped)."""
    def group(m: re.Match[str]) -> str:
        d = m.group(1)
        head = len(d) % 3 or 3
        return sep.join([d[:head]] + [d[i:i + 3] for i in range(head, len(d), 3)])
    return _GROUPABLE.sub(group, text)


@pytest.mark.slow
@pytest.mark.parametrize("sep", [" ", "\u2009", ","])
def test_digits_grouped_in_threes_read_as_the_published_text(sep):
    # lintao_2024_m2_budget: "全县实现大口径财政收入5 682万元,完成预算105 425万元的5.39%" (was 5 and 682万元, 105 and
    # 425万元, and the table's whole amounts no longer took 万元 from the text); with a comma in a text whose clauses
    # end with half-width commas, "完成预算105,425万元的5.39%" (was 105 and 425万元, and 5.39% a share, not a
    # completion: the comma had ended its clause). A name keeps the figure as printed (投资资金1,000万元以上企业).
    changed = 0
    for path in sorted(REAL.glob("*.txt")):
        text = real(path.stem)
        if (spaced := grouped(text, sep)) != text:
            changed += 1
            read = [(r[0].replace(sep, ""), *r[1:]) for r in facts(spaced)]
            assert read == list(published(path.stem)), path.stem
    assert changed >= 30


def test_numbers_apart_by_a_space_that_are_no_groups_stay_apart():
    # two cells of a table row (a line break after the second), a year, a number of four digits before a space
    assert [r[2] for r in facts("全区主要指标\n工业 12 345\n")] == ["12.0", "345.0"]
    got = facts("全区实现地区生产总值1876 300万元。")
    assert "1876300.0" not in [r[2] for r in got]
    # half-width commas ending clauses: 1,2,3月 are months, 2019,2020年 two years, a number before the comma a clause's
    read = facts("全区完成投资12,345万元,同比增长5.2%,其中1,2,3月分别增长4.1%、5.3%和6.2%,2019,2020年均有增长,完成量为12,\n")
    assert [r[2] for r in read if r[3] == "元"] == ["123450000.0"]
    assert [r[2] for r in read if r[1] == "yoy_pct"] == ["5.2", "4.1", "5.3", "6.2"]


# -- a text saved from a web page's source, its character references kept (&nbsp;, &#37;, &ldquo;) ----------

@pytest.mark.parametrize("name", ["chaoyang_2022_h1", "dongcheng_2023_h1", "yongning_2020_h1_budget",
                                  "lintao_2024_m2_budget"])
def test_character_references_of_a_saved_page_source_read_as_the_characters(name):
    # chaoyang_2022_h1 so saved: "&nbsp;&nbsp;上半年,…同比降低6.5&#37;" (6.5 was an amount of change with no name, and the
    # 37 of &#37; a figure)
    text = real(name)
    saved = "\n".join("&nbsp;&nbsp;" + line if line.strip() else line for line in text.split("\n"))
    saved = saved.replace("%", "&#37;").replace("“", "&ldquo;").replace("”", "&rdquo;").replace(" ", "&nbsp;", 3)
    assert "&#37;" in saved
    assert facts(saved) == list(published(name))


# -- a table of contents a printed copy opens with ---------------------------------------------------------

def contents(text: str, form: str) -> str:
    """``text`` after a table of contents of its own headings, as a copy of a printed report opens:
    ``dots`` (二、下半年工作安排……………5), ``spaces`` (三、保障措施    9) under 目录, or ``untitled`` (spaces, no 目录)."""
    from dhcheng_analysis.documents import _heading
    heads = [ln.strip() for ln in text.split("\n") if ln.strip() and _heading(ln) and len(ln.strip()) < 40]
    lead = "……………" if form == "dots" else "    "
    entries = "".join(f"{h}{lead}{i + 1}\n" for i, h in enumerate(heads))
    return ("" if form == "untitled" else "目  录\n") + entries + "\n" + text


@pytest.mark.parametrize("name", ["dongcheng_2023_h1", "chaoyang_2022_h1", "yongning_2020_h1_budget",
                                  "gongshu_hz_2022_annual"])
@pytest.mark.parametrize("form", ["dots", "spaces", "untitled"])
def test_a_table_of_contents_gives_no_figure_and_opens_no_part(name, form):
    # yongning_2020_h1_budget after "目  录⏎一、全口径财政预算执行情况……………1⏎…": the page numbers were figures, and a
    # heading of a plan part in the contents had made the facts after it targets
    text = real(name)
    assert facts(contents(text, form)) == list(published(name))


def test_lines_of_a_name_and_a_number_that_are_no_contents_are_read():
    # a ranking set in two columns: no headings, so no table of contents
    assert [r[2] for r in facts("各区排名\n东城区  1\n西城区  2\n朝阳区  3\n")] == ["1.0", "2.0", "3.0"]


def test_a_subscript_on_its_own_line_goes_on_over_a_page_number_in_an_indented_copy():
    # 2015 (real text, typeset here at 92 columns with every paragraph indented 　　, a page number after the
    # subscript): "　　稳健的货币政策要松紧适度。广义货币M⏎　　2⏎- 6 -⏎　　预期增长12%左右" is one sentence, its
    # indicator 广义货币M2
    text = _work_report(2015)
    broken = _typeset("\n".join("\u3000\u3000" + p if p.strip() else p for p in text.split("\n")), 92)
    broken = broken.replace("\u3000\u30002\n\u3000\u3000预期增长", "\u3000\u30002\n- 6 -\n\u3000\u3000预期增长", 1)
    assert "\n- 6 -\n" in broken
    assert _work_facts(broken) == _published_facts(2015)


def test_a_blank_line_before_a_page_number_and_none_after_ends_the_paragraph_closed_before_it():
    # yongning_2020_h1_budget (real text) broken at 28 characters, the page ending after its paragraph, whose
    # last line "245800万元的59.74%,收入项目完成情况如下:" reaches the width, and the blank line under it:
    # "…如下:⏎⏎- 2 -⏎1)税收收入…" are two paragraphs, the list's item keeps its own period (2020年上半年), not
    # the one the paragraph before opens with (1-6月)
    text = real("yongning_2020_h1_budget")
    broken = wrap(text, 28, False, whole_words=True)
    at = broken.index("如下:\n\n") + len("如下:\n\n")
    assert broken[at:].startswith("1)税收收入")
    paged_after = broken[:at] + "- 2 -\n" + broken[at:]
    assert _work_facts(paged_after) == _work_facts(text)


@pytest.mark.parametrize(("width", "printed"), [(60, True), (90, True), (20, False), (40, True)])
def test_a_row_of_a_list_ending_at_the_width_ends_before_the_next_row_opening_alike(width, printed):
    # xicheng_2020_keytasks (real text) broken at a width: a row of the list copied as prose ends at the width
    # on a full stop ("…审议通过)。⏎经济社会发展主要预期目标2区级一般公共预算收入增长2%左右。…"), and the rows open
    # alike after a full stop: the next row is a paragraph of its own, its figures none of the row before. At 20
    # characters (40 columns) the list's header is as wide as a line ("类别序号重点督办内容牵头单位全年完成情况⏎
    # 经济社会发展主要预期目标1地区生产总值增长6%左右。"): a paragraph of no prose mark, it ends there, and the
    # first row's target stays a target
    text = real("xicheng_2020_keytasks")
    broken = wrap(text, width, printed, whole_words=True)
    assert "。\n经济社会发展" in broken or "完成情况\n经济社会发展" in broken
    assert _work_facts(broken) == _work_facts(text)


def test_a_title_set_on_a_line_of_its_own_beside_page_numbers_is_no_running_header():
    # 2006 (real text, broken here at 40 characters, a page number every 20 lines): the web copy sets the
    # title 纲要（草案） on lines of its own inside its sentences ("…保障。《⏎纲要（草案）⏎》提出…"), and a page
    # number falls beside it more than once; a line standing inside a sentence is no running header, it stays
    text = _work_report(2006)
    broken = paged(wrap(text, 40, False, whole_words=True), 20, "- {} -")
    assert dh.load_report(broken).text.count("纲要（草案）") == dh.load_report(text).text.count("纲要（草案）")
    assert _work_facts(broken) == _published_facts(2006)


def test_an_item_run_into_its_paragraph_goes_on_from_a_line_closed_at_the_width():
    # 2016 (real text, broken here at 42 characters, its closing marks hung past the width): "…一是经济持续较快
    # 发展。…。⏎二是结构调整取得标志性进展。…" — the
    # paragraph runs its items in after a sentence end, so the item opening a line goes on in it and its figures
    # keep the five years the paragraph opens with (2011-2015年), and the paragraph's figures their kind
    text = _work_report(2016)
    broken = wrap(text, 42, False, whole_words=True, hang="，。、；：？！）》”")
    assert "。\n二是结构调整取得标志性进展" in broken
    assert _work_facts(broken) == _published_facts(2016)
