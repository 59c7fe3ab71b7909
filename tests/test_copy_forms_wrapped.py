"""Real reports broken at a width, as a copy of them takes them: lines broken at 68 or 40 columns (a figure moved
down whole, in digits or in Chinese numerals), every line of the text as given opened with two full-width spaces
before it was broken, and a bare page number between blank lines every 30 lines.

The texts are the State Council work reports bundled with the package (the same texts as
``/work/shared/corpus/national_work_reports``); each is rewritten in the form, and its facts must be the facts of
the text as given.
"""

from __future__ import annotations

import re
from functools import cache

import pytest
from _copy_forms import COLS, fact_at, given, read, reports, table

import dhcheng_analysis as dh

DIGITS = re.compile(r"[0-9０-９][0-9０-９.,．，]*[%％‰]?")
NUMERALS = re.compile(r"[0-9０-９][0-9０-９.,．，]*[%％‰]?|[零〇一二两三四五六七八九十百千万亿点]+")


def wrapped(text: str, width: int, figure: re.Pattern[str] = DIGITS) -> list[str]:
    """``text`` broken into lines of ``width`` characters, one piece for each character of it (a line break
    put before the character a line starts with); a figure is moved down whole, and a table row is not broken."""
    out = list(text)
    first = {k: m.start() for m in figure.finditer(text) for k in range(m.start() + 1, m.end())}
    col, start = 0, 0
    for i, c in enumerate(text):
        if c == "\n":
            col, start = 0, i + 1
            continue
        end = text.find("\n", i)
        if col >= width and "|" not in text[start:end if end >= 0 else len(text)]:
            j = first.get(i, i)
            if j > start:
                out[j] = "\n" + text[j]
                start, col = j, i - j
        col += 1
    return out


def indented(text: str) -> str:
    """Every line opened with two full-width spaces (blank lines and table rows left as they are)."""
    return "".join("\n\u3000\u3000" if c == "\n" and text[i + 1:i + 2] not in ("\n", "|", "") else c
                   for i, c in enumerate(text))


def paged(pieces: list[str], text: str, lines: int = 30) -> str:
    """The lines of ``pieces`` (from ``wrapped``) with a bare page number between blank lines every ``lines``
    lines, at a line break."""
    out, n, page = list(pieces), 0, 1
    for i, piece in enumerate(out):
        n += piece.count("\n") + (text[i] == "\n")
        if n >= lines and (piece.startswith("\n") or text[i] == "\n"):
            page, n = page + 1, 0
            out[i] = piece.replace("\n", f"\n\n{page}\n\n", 1) if piece.startswith("\n") else f"\n\n{page}\n\n"
    return "".join(out)


def same(a: dict, b: dict) -> bool:
    return [str(a[c]) for c in COLS] == [str(b[c]) for c in COLS]


@cache
def indent_wrapped(year: int) -> tuple[dh.Report, list[dict]]:
    return read("".join(wrapped(indented(reports().texts[f"gwr_{year}"]), 68)))


# --- every line indented, then broken at 68 columns --------------------------------------------------------


@pytest.mark.parametrize("year", [1954, 2010, 2014, 2017, 2021])
def test_a_report_indented_line_by_line_and_broken_at_a_width_gives_the_facts_of_the_report_as_given(year):
    assert table(indent_wrapped(year)[1]) == table(given(year)[1])


def test_a_page_break_of_a_web_copy_inside_a_sentence_opens_no_paragraph_when_lines_are_indented():
    # 2017: "全面推开营改增试点，全年⏎​⏎降低企业税负5700多亿元，所有行业实现税负只减不增。" — the page break's line and the
    # line after it are indented as every line is: the sentence goes on
    form = indent_wrapped(2017)
    fact = fact_at(form, "降低企业税负5700多亿元", "5700")
    assert (fact["indicator"], fact["measure"], fact["value"], fact["period"]) == (
        "企业税负", "abs_change", -570_000_000_000.0, "2016年")  # 全年: the year reviewed
    # 1957: "食糖产量前⏎​⏎三年共增加了十六万吨，而1956年就增加了将近十一万吨。"
    form = read("".join(wrapped(indented(reports().texts["gwr_1957"]), 68)))
    fact = fact_at(form, "三年共增加了十六万吨", "十六万")
    assert fact["sentence"].startswith("例如，棉纱产量前三年共增加了三十五万件")
    assert same(fact, fact_at(given(1957), "三年共增加了十六万吨", "十六万"))


def test_a_subscript_a_quoted_name_and_a_link_word_on_indented_lines_of_their_own_go_on_the_sentence():
    # 2014: "今年广义货币M⏎2⏎预期增长13%左右。"
    fact = fact_at(indent_wrapped(2014), "预期增长13%左右", "13")
    assert fact["sentence"] == "今年广义货币M2预期增长13%左右。"
    assert same(fact, fact_at(given(2014), "预期增长13%左右", "13"))
    # 1954: "在亞洲，美國侵略集團最近又拼湊了八個國家在馬尼拉擧行會議，締結了所謂「⏎東南亞集體防務條約⏎」。"
    fact = fact_at(indent_wrapped(1954), "拼湊了八個國家", "八")
    assert fact["sentence"].endswith("締結了所謂「東南亞集體防務條約」。")
    # 2017: "——基础设施支撑能力持续提升。新建⏎高速铁路⏎投产里程超过1900公里，新建改建⏎高速公路⏎6700多公里、农村公路
    # 29万公里。"
    form = indent_wrapped(2017)
    for printed in ("1900", "6700", "29"):
        fact = fact_at(form, "投产里程超过1900公里，新建改建高速公路6700多公里、农村公路29万公里", printed)
        assert fact["sentence"].startswith("新建高速铁路投产里程")
        assert same(fact, fact_at(given(2017), "投产里程超过1900公里，新建改建高速公路6700多公里、农村公路29万公里", printed))


def test_a_figure_moved_down_whole_with_the_space_before_it_goes_on_the_line():
    # 2010: "新建和改造农村公路38万公里、农村电网线路 26.6万公里，又有80万户农村危房得到改造" — broken at the space
    form = indent_wrapped(2010)
    assert "农村电网线路 26.6万公里" in form[0].text
    fact = fact_at(form, "农村电网线路 26.6万公里", "26.6")
    assert fact["sentence"].startswith("继续改善农村生产生活条件")
    assert same(fact, fact_at(given(2010), "农村电网线路 26.6万公里", "26.6"))


# --- broken at 68 columns, figures in Chinese numerals moved down whole -------------------------------------


@pytest.mark.parametrize("year", [1955, 1958, 1959, 1960, 1986])
def test_a_report_with_its_chinese_numerals_moved_down_whole_gives_the_facts_of_the_report_as_given(year):
    text = reports().texts[f"gwr_{year}"]
    assert table(read("".join(wrapped(text, 68, NUMERALS)))[1]) == table(given(year)[1])


def test_a_figure_in_chinese_numerals_that_did_not_fit_goes_on_the_line_before():
    # 1959: "农业总产值达到了六百零三亿五千万元，比一九五二年的四百八十三亿九千万元增长百分之二十五。"
    form = read("".join(wrapped(reports().texts["gwr_1959"], 68, NUMERALS)))
    phrase = "比一九五二年的四百八十三亿九千万元增长百分之二十五"
    fact = fact_at(form, phrase, "四百八十三亿九千万")
    assert fact["sentence"].startswith("其中，工业总产值达到了六百五十亿二千万元")
    assert same(fact, fact_at(given(1959), phrase, "四百八十三亿九千万"))


# --- broken at 40 columns, a bare page number every 30 lines -----------------------------------------------


def wrapped_paged(year: int) -> tuple[dh.Report, list[dict]]:
    text = reports().texts[f"gwr_{year}"]
    return read(paged(wrapped(text, 40), text))


@pytest.mark.parametrize("year", [1978, 2000, 2008, 2019, 2025])
def test_page_numbers_over_the_blank_lines_a_web_copy_ends_with_are_no_figures(year):
    # 2000: "…为把改革开放和社会主义现代化事业全面推向新世纪而奋斗！⏎⏎⏎34⏎⏎⏎…⏎⏎35⏎⏎法律、法规，…" — a page of nothing
    report, rows = wrapped_paged(year)
    assert not [r for r in rows if r["sentence"].strip().isdigit()]
    assert table(rows) == table(given(year)[1])


def test_a_page_ending_after_a_closing_quote_ends_no_paragraph():
    # 2006: "高举邓小平理论和“三个代表”⏎⏎41⏎⏎重要思想伟大旗帜，凝聚13亿人民的智慧和力量，…"
    form = wrapped_paged(2006)
    fact = fact_at(form, "凝聚13亿人民的智慧和力量", "13")
    assert fact["sentence"].startswith("我们要更加紧密地团结在以胡锦涛同志为总书记的党中央周围")
    assert same(fact, fact_at(given(2006), "凝聚13亿人民的智慧和力量", "13"))


def test_a_word_broken_from_the_line_before_at_a_space_goes_on():
    # 2007: "…取得了积极进展。2006 年，单位国内生产总值能耗由前三年分别上升4.9％、5.5％、0.2％，转为下降1.2%；…"
    form = wrapped_paged(2007)
    fact = fact_at(form, "由前三年分别上升4.9％", "4.9")
    assert fact["sentence"].startswith("2006 年，单位国内生产总值能耗")
    assert same(fact, fact_at(given(2007), "由前三年分别上升4.9％", "4.9"))


@pytest.mark.parametrize("year", [2022, 2023, 2024])
def test_the_first_page_number_between_blank_lines_is_no_figure_and_joins_nothing(year):
    # 2022: "国务院总理　⏎李克强⏎⏎⏎2⏎⏎⏎各位代表：⏎⏎现在，我代表国务院，向大会报告政府工作" — the number of page 2 before a
    # heading of no form; the next number alone between blank lines, 3, numbers the page after it
    report, rows = wrapped_paged(year)
    assert not [r for r in rows if r["sentence"].strip().isdigit()]
    assert "\n各位代表：" in report.text
    assert table(rows) == table(given(year)[1])
