"""Real texts set by a typesetter and copied out of the printed page: every paragraph broken at a width (in
characters, or in printed columns where a Chinese character takes two), a figure never cut (it is moved down
whole), the Chinese line-breaking rules kept (no line starts with ，。、；：？！）” and none ends with “（: such a mark
hangs past the width, or takes the piece before it down to the next line), the first line of a paragraph
indented or not, and a page's number between blank lines every so many lines.

The texts are real excerpts of ``tests/gold/real/texts`` and a State Council work report bundled with the
package; ``typeset`` (below) is the fixture that sets them. Their facts must be the facts of the text as given.
"""

from __future__ import annotations

import re
import warnings
from functools import cache
from pathlib import Path

import pytest
from _copy_forms import reports

import dhcheng_analysis as dh
from dhcheng_analysis.documents import table_like

REAL = Path(__file__).parent / "gold" / "real" / "texts"
COLS = ["indicator", "measure", "value", "unit", "status", "qualifier", "period", "comparator"]
NEVER_STARTS = set("，。、；：？！）”’》」』】,;:?!)%‰")
NEVER_ENDS = set("“‘（《「『【(")
PIECE = re.compile(r"[0-9０-９][0-9０-９.．,，]*[0-9０-９%％‰]|[0-9０-９]|[A-Za-z][A-Za-z0-9.\-]*|.", re.S)


def pieces(paragraph: str) -> list[str]:
    """What a line break never cuts: a figure (a comma or point after it is punctuation) or a Latin word whole,
    else one character."""
    return PIECE.findall(paragraph)


def set_lines(paragraph: str, width: int, printed: bool, indent: str, hang: bool) -> list[str]:
    """One paragraph set in lines of ``width`` (a space at a break stays at the end of the line before)."""
    measure = (lambda s: 2 * len(s) - len(s.encode("ascii", "ignore"))) if printed else len
    lines: list[str] = []
    cur: list[str] = [indent] if indent else []

    def close(keep: list[str]) -> None:
        lines.append("".join(keep).lstrip(" ") if lines else "".join(keep))

    for p in pieces(paragraph):
        if measure(("".join(cur) + p).rstrip()) > width and "".join(cur).strip():
            if p[0] in NEVER_STARTS and hang:
                cur.append(p)  # the mark hangs past the width
                continue
            if (p[0] in NEVER_STARTS or cur[-1][-1:] in NEVER_ENDS) and "".join(cur[:-1]).strip():
                close(cur[:-1])  # the piece before goes down with it
                cur = [cur[-1], p]
                continue
            close(cur)
            cur = [p]
        else:
            cur.append(p)
    close(cur)
    return lines


def typeset(text: str, width: int, printed: bool = False, indent: str = "", hang: bool = False,
            page_lines: int = 0, stamp: str = "- {} -") -> str:
    """``text`` as a copy of its printed pages gives it: each paragraph (a line that is no table row) set at
    ``width``, and with ``page_lines`` a page number (``stamp``) between blank lines after every so many lines."""
    out: list[str] = []
    for line in text.split("\n"):
        if not line.strip() or table_like(line):
            out.append(line)
        else:
            out += set_lines(line.strip() if indent else line.rstrip(), width, printed, indent, hang)
    if page_lines:
        paged: list[str] = []
        for k, line in enumerate(out, 1):
            paged.append(line)
            if k % page_lines == 0:
                paged += ["", stamp.format(k // page_lines + 1), ""]
        out = paged
    return "\n".join(out)


def facts(text: str) -> list[tuple[str, ...]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        f = dh.extract_facts(text)
    return sorted(tuple(str(x) for x in r) for r in f[COLS].itertuples(index=False))


@cache
def given(name: str) -> tuple[str, list[tuple[str, ...]]]:
    text = dh.load_report(REAL / f"{name}.txt").text
    return text, facts(text)


@pytest.mark.parametrize(("name", "width", "printed", "hang"), [
    # a mark hanging past the width makes no line wider: "…经济运行稳中向好。1-5月,⏎…同比增长⏎2.25%;"
    ("zhongdu_ws_2025_street_h1", 35, False, True),
    # a figure taken down with the mark after it: "…第三产业增加值949.71亿元,增长⏎14.1%。第三产业…"
    ("minhang_sh_2015_bulletin", 40, False, False),
    # a line a character short of the width that the next line's first character would have filled ends its
    # paragraph: "索 引 号 H001/2022-66513 成文日期 2022-12-09⏎发布机构 区政府办 主题分类 政务公开"
    ("xiaoshan_hz_2022_h1", 40, False, False),
    # a figure taken down with the mark after it, the line indented: "(一)主要经济指标方面。…同比增长⏎14.5%;"
    ("xuanwu_nj_2021_h1", 40, False, False),
    # printed width, most lines at 39 or 40 columns (a digit takes one): read in columns, not characters
    ("dongcheng_2023_h1", 40, True, False),
    ("dayao_2024_m4_budget", 48, True, False),
    # a sentence end a column short of a printed width goes on: "…增量居全县首位。项目建设扎实推进。⏎实施产业链…"
    ("zhongdu_ws_2025_street_h1", 56, True, False),
    ("youyang_cq_2025_q1", 56, True, False),
    ("yuhang_hz_2015_gwr", 56, True, False),
    ("chaoyang_2023_h1", 35, False, True),
    # a space the line was broken at takes a column: "…优秀金融企业等称号。 ⏎建优营商环境。…" at the width goes on
    ("dongliu_yz_2023_street", 35, False, True),
])
def test_a_real_excerpt_set_at_a_width_reads_as_the_text_as_given(name, width, printed, hang):
    text, want = given(name)
    broken = typeset(text, width, printed, hang=hang)
    assert broken.count("\n") > text.count("\n") + 5  # set indeed
    assert facts(broken) == want


@pytest.mark.parametrize(("name", "width", "printed"), [
    ("chaoyang_2024_h1", 35, False), ("yuhang_hz_2015_gwr", 35, False), ("xiaoshan_hz_2022_h1", 40, True),
    ("chengyang_qd_2022_bulletin", 40, True), ("chaoyang_2023_h1", 40, True)])
def test_a_real_excerpt_set_with_its_paragraphs_indented_reads_as_the_text_as_given(name, width, printed):
    text, want = given(name)
    assert facts(typeset(text, width, printed, indent="\u3000\u3000", hang=True)) == want


@pytest.mark.parametrize(("year", "width", "printed", "stamp", "lines"), [
    (2023, 40, False, "- {} -", 17), (2023, 28, False, "— {} —", 17), (2023, 56, True, "- {} -", 17),
    (2019, 35, False, "- {} -", 14), (2019, 40, False, "- {} -", 11)])
def test_a_work_report_set_with_page_numbers_between_its_pages_reads_as_the_text_as_given(year, width, printed,
                                                                                         stamp, lines):
    # gwr_2023: "…经济增长正在企稳向上，我国经济有巨大潜力和发展动力。⏎⏎- 6 -⏎⏎各位代表！": a page ending with a paragraph
    # leaves its number between two paragraphs, and 各位代表！ beside page numbers is said, not a running head;
    # gwr_2019: "…决不让基本民生保障出问题。⏎⏎⏎- 21 -⏎⏎稳健的货币政策要松紧适度。广义货币M⏎2⏎和社会融资规模…": a line
    # between a page's number and a subscript is printed once, no running head
    text = reports().texts[f"gwr_{year}"]
    broken = typeset(text, width, printed, hang=True, page_lines=lines, stamp=stamp)
    assert broken.count(stamp.format(6)) == 1  # paged indeed
    assert facts(broken) == facts(text)
