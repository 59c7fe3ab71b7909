"""Real reports as users copy them out of web pages, word processors and PDF viewers: invisible format
characters inside lines, a page saved as one line, letter-spaced headings.

Every text here is a real excerpt of ``tests/gold/real/texts``; each test changes it the way such a copy
does (the fixture is made from the real text in the test) and asks for what the excerpt as published gives.
"""

from __future__ import annotations

import re
from pathlib import Path

import _sentences
import pytest

import dhcheng_analysis as dh

REAL = Path(__file__).parent / "gold" / "real" / "texts"
COLS = ["indicator", "measure", "value", "unit", "qualifier", "status", "comparator", "period", "scope"]
HAN = "\u4e00-\u9fff"


def real(name: str) -> str:
    return (REAL / f"{name}.txt").read_text(encoding="utf-8")


def facts(text: str) -> list[tuple]:
    """The facts of ``text`` (extracted once a run: the excerpts as published are asked for by several tests)."""
    f = _sentences.facts(text)
    return sorted(tuple(r) for r in f[COLS].astype(str).itertuples(index=False))


def zero_width_before_digits(text: str) -> str:
    """A web editor's zero-width space between a Han character and a digit (全国平\u200b均, 比\u200b2019年)."""
    return re.sub(f"(?<=[{HAN}])(?=[0-9])", "\u200b", text)


def word_processor_marks(text: str) -> str:
    """Soft hyphens, word joiners, non-joiners and BOMs a word processor leaves between characters."""
    marks = "\u00ad\u2060\ufeff\u200c"
    return re.sub(f"(?<=[{HAN}])(?=[0-9{HAN}])", lambda m: marks[m.start() % 4] if m.start() % 3 == 0 else "", text)


@pytest.mark.parametrize("name", ["beijing_2017_h1", "chaoyang_2021_h1", "dongcheng_2017_h1", "dayao_2024_m4_budget"])
def test_zero_width_spaces_of_a_web_copy_change_no_fact(name):
    text = real(name)
    assert facts(zero_width_before_digits(text)) == facts(text)


@pytest.mark.parametrize("name", ["chaoyang_2020_h1", "district_2021_bulletin_rank"])
def test_invisible_marks_of_a_word_processor_change_no_fact(name):
    text = real(name)
    assert facts(word_processor_marks(text)) == facts(text)


def test_an_invisible_mark_inside_a_line_is_read_away_one_before_a_line_break_stays():
    """Regression fixture cut from beijing_2017_h1 (with marks put in)."""
    r = dh.load_report("\ufeff全国平\u200b均5个月\u200d\n\u200b\n增长2.3%。")
    assert r.text == "全国平均5个月\u200d\n\u200b\n增长2.3%。"


@pytest.mark.parametrize("name", ["chaoyang_2023_h1", "chaoyang_2024_h1", "chaoyang_2018_h1"])
def test_a_page_saved_as_one_line_keeps_the_report_after_its_crumb_trail(name):
    text = real(name)
    assert text.startswith("您当前的位置:首页>>")
    r = dh.load_report(text.replace("\n", ""))
    assert "首页>>" not in r.text and "您当前的位置" not in r.text


@pytest.mark.parametrize("name", ["chaoyang_2018_h1", "chaoyang_2023_h1", "dongcheng_2017_h1"])
def test_a_page_saved_as_one_line_reads_as_published(name):
    """A numbered heading run in after a sentence end (…请予审议。一、2017年国民经济和社会发展计划上半年执行情况上半年,
    全区…) dates the figures under it, its 上半年 named twice read once."""
    text = real(name)
    assert facts(text.replace("\n", "")) == facts(text)


def test_the_crumb_trail_of_a_page_saved_as_one_line_leaves_its_last_crumb_with_the_title():
    r = dh.load_report(real("chaoyang_2018_h1").replace("\n", ""))
    assert r.text.lstrip().startswith("朝阳区第十六届人大常委会第十四次会议会刊关于朝阳区2018年")


def test_a_crumb_trail_on_its_own_line_is_blanked_whole():
    """Regression fixture: the crumb lines of nanshan_sz_2023_gwr_digest and dongcheng_2020_annual."""
    for line in ("您现在的位置 首页 > 政务公开 > 政府信息公开 > 各区动态", "您现在的位置:首页 > 十六园 > 详情页"):
        r = dh.load_report(line + "\n全区实现地区生产总值2000亿元。")
        assert r.text.lstrip().startswith("全区") and len(r.text) == len(line) + 1 + len("全区实现地区生产总值2000亿元。")


def heading_letter_spaced(text: str) -> str:
    """A PDF copy's letter spacing of the short heading lines (一、/（一）/1. opening, no 。)."""
    heading = r"(?m)^([ \u3000]*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|[0-9]+[.．、]))([^\n。]{1,40})$"
    return re.sub(heading, lambda m: m.group(1) + re.sub(f"(?<=[{HAN}])(?=[{HAN}])", " ", m.group(2)), text)


@pytest.mark.parametrize("name", ["youyang_cq_2025_q1", "shangcheng_hz_2022_h1_budget", "district_2021_bulletin_rank"])
def test_letter_spaced_headings_read_as_printed_without_the_spaces(name):
    text = real(name)
    spaced = heading_letter_spaced(text)
    assert spaced != text
    want = [(s.level, s.heading, s.path) for s in dh.load_report(text).sections]
    assert [(s.level, s.heading, s.path) for s in dh.load_report(spaced).sections] == want
    assert facts(spaced) == facts(text)


def full_width_digits(text: str) -> str:
    """Digits, decimal points and % printed full width (１６区, ８２．８９％), as a word processor's copy gives them."""
    return text.translate({ord(c): chr(ord(c) + 0xFEE0) for c in "0123456789.%"})


@pytest.mark.parametrize("name", ["dongcheng_2017_h1", "xiaoshan_hz_2022_h1", "zhongdu_ws_2025_street_h1",
                                  "chaoyang_2018_h1", "dongcheng_2025_h1"])
def test_full_width_digits_give_the_names_the_text_printed_half_width_gives(name):
    text = real(name)
    assert facts(full_width_digits(text)) == facts(text)
