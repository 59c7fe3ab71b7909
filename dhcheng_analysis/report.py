"""load_report and Report: decoded, cleaned text with its sections, sentences and metadata."""

from __future__ import annotations

import bisect
import collections
import hashlib
import itertools
import json
import operator
import os
import re
from array import array
from collections.abc import Mapping
from dataclasses import InitVar, dataclass, field, replace
from functools import cache, cached_property
from importlib import resources
from pathlib import Path
from typing import BinaryIO

from . import vocab
from .cuewords import LayoutViews, layout_views, line_end
from .documents import DocumentText, Source, unwrap_text
from .errors import EmptyReportError, ReportError, ReportTooLargeError, UsageError
from .numbers import normalize, parse_chinese_numeral, year_number
from .sources import clean_controls, clean_text, read_file, read_source
from .vocab import labels

BUNDLED_ID = "dongcheng_2020_h1"



@dataclass(frozen=True)
class ReportYears:
    """The years a report speaks of.

    Attributes
    ----------
    covered : int or None
        The year whose outcomes it reports (a work report delivered in March 2024 covers 2023; a
        mid-year report covers its own year).
    plan : int or None
        The year its plans and targets are for (2024 for that work report; the same year for a
        mid-year report, whose plans are for the second half); None when it is not known.
    delivered : int or None
        The year on its date line (``——2024年3月5日在第十四届全国人民代表大会第二次会议上``).
    source : str
        Where they were read: ``metadata``, ``title``, ``date_line``, ``headings``, ``opening``, ``stated`` (the
        years its reporting sentences name) or ``guess``.
    """

    covered: int | None = None
    plan: int | None = None
    delivered: int | None = None
    source: str = ""

    @property
    def this_year(self) -> int | None:
        """The year the report calls 今年: the year it is delivered in, else the year it plans, else the year it
        covers (a report delivered late in the year it covers, 1981, plans the next, and its 今年 is still its
        own); None when none is known."""
        for year in (self.delivered, self.plan, self.covered):
            if year is not None:
                return year
        return None


SECTION_SEPARATOR = " / "  # between the headings of a section's path, outermost first (一、… / （二）…)


def section_headings(path: str) -> list[str]:
    """The headings of a section's ``path``, outermost first (``一、… / （二）…`` → ``["一、…", "（二）…"]``)."""
    return path.split(SECTION_SEPARATOR)


@dataclass(frozen=True)
class Section:
    """A heading and the span of text it governs."""

    start: int
    end: int
    level: int
    heading: str
    path: str


class Sentence:
    """A sentence as offsets into the report text; ``text`` is sliced on demand, not stored."""

    __slots__ = ("start", "end", "_source")

    def __init__(self, start: int, end: int, source: str) -> None:
        self.start = start
        self.end = end
        self._source = source  # the report text itself (shared, not copied)

    @property
    def text(self) -> str:
        return self._source[self.start:self.end]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sentence) and (self.start, self.end, self.text) == (other.start, other.end, other.text)

    def __hash__(self) -> int:
        return hash((self.start, self.end))

    def __repr__(self) -> str:
        return f"Sentence(start={self.start}, end={self.end}, text={self.text!r})"


def _cut_long_sentences(norm: str, starts: array, ends: array, most: int,
                        cut: re.Pattern[str]) -> tuple[array, array]:
    """The sentences (``starts``, ``ends``) with each longer than ``most`` characters cut into pieces, each after the
    last clause mark ``cut`` finds in its first ``most`` characters (after the first one beyond, when none is; a
    piece with no mark at all is left whole): a line of a hundred thousand characters with no full stop is read
    clause by clause, each figure's reading looking back over one piece, not the whole line. A mark is tested with
    the character after it in sight (a comma before a digit is no cut, even the last of a length)."""
    cut_starts, cut_ends = array("q"), array("q")
    for a, b in zip(starts, ends, strict=True):
        while b - a > most:
            last = None
            for m in cut.finditer(norm, a + 1, a + most + 1):
                if m.end() <= a + most:
                    last = m
            if last is None and ((last := cut.search(norm, a + most, b)) is None or last.end() >= b):
                break
            cut_starts.append(a)
            cut_ends.append(last.end())
            a = last.end()
        cut_starts.append(a)
        cut_ends.append(b)
    return cut_starts, cut_ends


@dataclass
class Report:
    """A report of the genre, ready for extraction.

    Attributes
    ----------
    text : str
        The report text (line ends normalised, boilerplate blanked). Every offset of the
        library indexes this string.
    report_id : str
        Short id, e.g. ``dongcheng_2020_h1``; facts of many reports stack on it.
    metadata : dict
        Title, district, city, year, period and source note (from the bundled metadata file,
        or read off the text).
    source : Source or None
        The file read and its kind (``pdf``, ``docx``, ``html``, ``text``); for a PDF, the page of
        each character range of ``text`` (see :meth:`page_at`).
    """

    text: str
    report_id: str
    metadata: dict = field(default_factory=dict)
    path: str | None = None
    source: Source | None = None
    cleaned: InitVar[bool] = False  # (the text is clean_text's already: load_report, the readings of extract_facts)

    def __post_init__(self, cleaned: bool) -> None:
        """Check a report built by hand (one-line :class:`UsageError`) and clean its text as :func:`load_report`
        does: control characters and lone surrogate halves become spaces (line-separating ones line ends), so
        every offset holds."""
        if not isinstance(self.text, str):
            raise UsageError(f"Report text must be a str, not {type(self.text).__name__} — "
                             "decode bytes first, or give the file to load_report")
        if not isinstance(self.report_id, str):
            raise UsageError(f"Report report_id must be a str, not {type(self.report_id).__name__}")
        self.report_id = clean_controls(self.report_id)  # (short: no cost)
        if self.metadata is None:
            self.metadata = {}
        elif not isinstance(self.metadata, Mapping):
            raise UsageError(f"Report metadata must be a dict, not {type(self.metadata).__name__}")
        elif not isinstance(self.metadata, dict):
            self.metadata = dict(self.metadata)
        if not cleaned:
            self.text = clean_controls(self.text)

    def page_at(self, offset: int) -> int | None:
        """Page (1-based) of the character at ``offset``; None when the source has no pages."""
        return self.source.page_at(offset) if self.source is not None else None

    @cached_property
    def norm(self) -> str:
        """Same-length reading copy: half-width digits and punctuation, simplified characters."""
        return normalize(self.text)

    @cached_property
    def sections(self) -> list[Section]:
        """Headings in document order, each with the span up to the next heading of its level or above."""
        found: list[tuple[int, int, str]] = []
        norm = self.norm
        lv = layout_views()
        starts = list(_heading_starts(norm))
        items = _list_items(norm, starts)
        for pos, level in starts:
            if pos in items:
                continue  # (下列几项主要要求：⏎（一）要使…。⏎（二）…。: the items of a list, no headings)
            end = norm.find("\n", pos)
            end = _title_closed(norm, pos, spaced_heading_end(norm, pos, len(norm) if end < 0 else end))
            if (end - pos > lv.heading_max_chars or not (line := norm[pos:end]).strip()
                    or any(ch in line for ch in lv.table_marks)):
                continue  # (一、现价工业总产值 | 亿元 | 9075.6 | …: a numbered row of a table, no heading)
            found.append((pos, level, _heading_text(self.text[pos:end])))
        closing = _closing_headings(norm)  # (at the level of the report's top parts: 结束语 after （五）关于外交工作)
        top = min((level for _, level, _ in found), default=PLAIN_HEADING_LEVEL)
        found += [(pos, top, _heading_text(self.text[pos:end])) for pos, end in closing]
        found += [(pos, level, _heading_text(self.text[pos:end])) for pos, end, level in _plain_headings(norm)]
        at = {pos for pos, _, _ in found}
        found += [(pos, level, _heading_text(self.text[pos:end])) for pos, end, level in run_in_headings(norm)
                  if pos not in at]
        found.sort()
        # end of each section: the next heading of its level or above (one backward pass)
        ends = [len(self.text)] * len(found)
        next_at_level: dict[int, int] = {}
        for i in range(len(found) - 1, -1, -1):
            start, level, _ = found[i]
            ends[i] = min((v for k, v in next_at_level.items() if k <= level), default=len(self.text))
            next_at_level[level] = start
        out: list[Section] = []
        stack: list[tuple[int, str]] = []
        for (start, level, heading), end in zip(found, ends, strict=True):
            while stack and stack[-1][0] >= level:
                stack.pop()
            stack.append((level, heading))
            out.append(Section(start, end, level, heading, SECTION_SEPARATOR.join(h for _, h in stack)))
        return out

    @cached_property
    def _section_starts(self) -> list[int]:
        return [s.start for s in self.sections]

    def section_at(self, offset: int) -> str:
        """Heading path governing ``offset`` (empty before the first heading)."""
        i = bisect.bisect_right(self._section_starts, offset) - 1
        while i >= 0:
            s = self.sections[i]
            if s.start <= offset < s.end:
                return s.path
            i -= 1
        return ""

    @cached_property
    def sentences(self) -> list[Sentence]:
        """Sentences (split at 。！？ and line ends, but not at a line break inside a title in 《》; one longer than
        ``sentence_chars_max`` in pieces cut after its clause marks) with their offsets, blank ones skipped."""
        text = self.text
        starts, ends = self._sentence_bounds
        return [Sentence(a, b, text) for a, b in zip(starts, ends, strict=True)]

    @cached_property
    def _sentence_bounds(self) -> tuple[array, array]:
        """Starts and ends of the sentences, as compact arrays (16 bytes a sentence)."""
        # the spans flattened at C speed (start, end, start, end …), then split by stride
        lv = layout_views()
        flat = array("q", itertools.chain.from_iterable(map(re.Match.span, lv.sentence_body.finditer(self.norm))))
        starts, ends = flat[0::2], flat[1::2]
        if starts and max(map(operator.sub, ends, starts)) > lv.sentence_chars_max:
            return _cut_long_sentences(self.norm, starts, ends, lv.sentence_chars_max, lv.sentence_cut)
        return starts, ends

    def sentence_span(self, offset: int) -> tuple[int, int] | None:
        """(start, end) of the sentence holding ``offset``, or None between sentences."""
        starts, ends = self._sentence_bounds
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0 and offset < ends[i]:
            return starts[i], ends[i]
        return None

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence holding ``offset``, or None between sentences."""
        span = self.sentence_span(offset)
        return Sentence(span[0], span[1], self.text) if span else None

    @cached_property
    def years(self) -> ReportYears:
        """The year the report covers and the year it plans for (see :func:`read_years`)."""
        return read_years(self)

    @cached_property
    def _parts(self) -> list[str]:
        years = self.years
        parts = [section_part(s.path, years) for s in self.sections]
        # A top-level part whose heading says nothing goes on with the plan before it; in a work report,
        # which reviews a year and then plans the next, it also plans after the review (1997: 一、１９９６年国内
        # 工作的回顾, 二、保持国民经济发展的良好势头) and after a part that says both (1999: 一、1998年工作回顾和
        # 1999年工作的总体要求, 二、继续扩大内需和实施积极的财政政策), and after an opening that reviews (2002:
        # 首先报告２００１年的工作 …, 一、扩大和培育内需，促进经济较快增长).
        work = years.plan is not None and layout_views().work_report.search(self.norm[:WORK_REPORT_CHARS]) is not None
        after, top = "plan" if work and years.source == "opening" else "", ""
        for i, sec in enumerate(self.sections):
            if sec.level == 1:
                if parts[i]:
                    after = "plan" if parts[i] == "plan" or work else ""
                    top = ""
                elif _says_both(sec.heading):
                    top = ""  # 二、“十三五”时期发展成就和“十四五”时期主要目标任务: it says both
                    if work:
                        after = "plan"
                else:
                    top = parts[i] = after
            elif not parts[i]:
                parts[i] = top
        return parts

    @cached_property
    def _plan_from(self) -> dict[int, int]:
        """Top-level parts that say both (二、“十三五”时期发展成就和“十四五”时期主要目标任务): where their plan
        begins, at the first paragraph that opens with a five-year period starting in the year planned or
        later (“十四五”时期是…) or with the tasks of the year planned or a later one (明年发展国民经济的主要任务是…)."""
        years, lv = self.years, layout_views()
        out: dict[int, int] = {}
        if years.plan is None:
            return out
        top = min((sec.level for sec in self.sections), default=1)  # (parts under unnumbered headings only: theirs)
        for i, sec in enumerate(self.sections):
            if sec.level != top or self._parts[i] or not _says_both(sec.heading):
                continue
            for m in lv.five_year_plan.finditer(self.norm, sec.start, sec.end):
                try:
                    n = parse_chinese_numeral(m.group("n"))
                except (ValueError, ArithmeticError):
                    continue
                if n >= 3 and lv.five_year_plan_first + 5 * (int(n) - 3) >= years.plan:
                    out[i] = m.start() + 1
                    break
            for m in lv.plan_year_tasks.finditer(self.norm, sec.start, out.get(i, sec.end)):
                if m.group("year") is None or _year(m.group("year")) >= years.plan:
                    out[i] = m.start() + 1  # 明年发展国民经济的主要任务是…: the tasks of the year planned
                    break
        return out

    def part_at(self, offset: int) -> str:
        """``plan`` when ``offset`` lies in a part of the report that plans (下半年工作安排, 2024年政府工作
        任务, 今年主要任务, the paragraphs of a part that says both from the one that opens with the coming
        five-year period), ``review`` in a part that reviews (上半年执行情况, 2023年工作回顾), else empty."""
        i = bisect.bisect_right(self._section_starts, offset) - 1
        while i >= 0:
            sec = self.sections[i]
            if sec.start <= offset < sec.end:
                if not self._parts[i]:
                    for k, at in self._plan_from.items():
                        if at <= offset < self.sections[k].end:
                            return "plan"
                return self._parts[i]
            i -= 1
        return ""

    @property
    def title(self) -> str:
        return self.metadata.get("title", "")

    def _repr_html_(self) -> str:
        """Jupyter shows the annotated report: the text with every fact highlighted (``dh.show``)."""
        from .annotate import annotated_fragment  # a later stage, loaded only when a notebook displays

        return annotated_fragment(self)

    def __repr__(self) -> str:
        return f"Report({self.report_id!r}, {len(self.text)} chars, title={self.title!r})"


def _heading_starts(norm: str):
    """(line start, level) of every line that opens like a heading, in order."""
    lv = layout_views()
    m = lv.heading_line.match(norm)  # the first line
    if m:
        yield 0, int(m.lastgroup[1:])
    for m in lv.heading_after_newline.finditer(norm):
        yield m.start() + 1, int(m.lastgroup[1:])


def _closing_headings(norm: str) -> list[tuple[int, int]]:
    """(start, end) of every line that is only a heading of a report's closing part (``closing_headings``: 结束语),
    a part beside the report's top parts (so the last of them, 十、关于外交工作, ends before it).

    Parameters
    ----------
    norm : str
        The report's reading copy.

    Returns
    -------
    list of tuple of int
        Start and end of each such line's words.
    """
    out: list[tuple[int, int]] = []
    for word in layout_views().closing_headings:
        at = norm.find(word)
        while at >= 0:
            a, b = norm.rfind("\n", 0, at) + 1, line_end(norm, at)
            if not norm[a:at].strip() and not norm[at + len(word):b].strip():
                out.append((at, at + len(word)))
            at = norm.find(word, at + len(word))
    return out


def _list_items(norm: str, starts: list[tuple[int, int]]) -> set[int]:
    """Line starts of the numbered lines that are the items of a list, not headings: two or more lines of one
    level below the top, each ending a sentence (in ``paragraph_end``) or an item (in ``list_item_ends``: 主要措施
    是：⏎（一）…；⏎（二）…；⏎（三）…。), each on the line right after the one
    before, the first right after a line that opens the list (ending in one of ``list_lead_ends``), most of them
    one sentence each (经过三年调整，我们要努力达到下列几项主要要求：⏎（一）要使粮食生产…比较适应。⏎（二）…。⏎
    …（五）…。). Headings run into their paragraphs (一年来的主要工作是：⏎（一）加强和改善宏观调控。针对…。…⏎
    （二）…) stay headings.

    Parameters
    ----------
    norm : str
        The report's reading copy.
    starts : list of tuple of int
        (line start, level) of every line that opens like a heading, in order (``_heading_starts``).

    Returns
    -------
    set of int
        The line starts of the list items.
    """
    lv = layout_views()
    out: set[int] = set()
    run: list[int] = []

    def close() -> None:
        # (the line before, blanks skipped)
        before = norm[max(0, run[0] - LIST_LEAD_CHARS):run[0]].rstrip() if len(run) > 1 else ""
        if before[-1:] and before[-1] in lv.list_lead_ends:
            single = sum(_one_sentence(norm, pos, lv) for pos in run)
            if 2 * single > len(run):
                out.update(run)
        run.clear()

    level_of = -1
    for pos, level in starts:
        tail = norm[pos:line_end(norm, pos)].rstrip()[-1:]
        whole = bool(tail) and (tail == lv.paragraph_end or tail in lv.list_item_ends)  # (…；: the list goes on)
        if (run and level == level_of and whole
                and not norm[line_end(norm, run[-1]):pos].strip()):
            run.append(pos)
            continue
        close()
        if level > 1 and whole:
            run.append(pos)
            level_of = level
    close()
    return out


def _one_sentence(norm: str, pos: int, lv: LayoutViews) -> bool:
    """Whether the numbered line at ``pos`` is one sentence: one sentence end in it, or none and an item's end
    closing it (2、企业所得税收入(40%部分)441932万元,完成预期的94.6%,下降5.2%;)."""
    end = line_end(norm, pos)
    n = norm.count(lv.paragraph_end, pos, end)
    tail = norm[pos:end].rstrip()[-1:]
    return n == 1 or n == 0 and bool(tail) and tail in lv.list_item_ends


def spaced_heading_end(norm: str, pos: int, end: int) -> int:
    """The end of the heading words of the line ``norm[pos:end]`` when a space parts them from a paragraph run into
    the line (``一、2023年工作回顾 2023年是…开局之年。…``, as a page saved with a paragraph to a line gives them), else
    ``end``; a line whose words are spaced apart letter by letter (一、财 政 决 算 …) keeps its end.

    Parameters
    ----------
    norm : str
        The report's reading copy.
    pos, end : int
        Start and end of a line.

    Returns
    -------
    int
        Where the heading's words end (``end`` for a line that opens with no heading's number).
    """
    lv = layout_views()
    if (mh := lv.heading_line.match(norm, pos)) is None:
        return end
    if (m := lv.spaced_heading.match(norm, mh.end(), end)) is None:
        return end
    reach = min(end, m.end() + lv.heading_max_chars)  # (the paragraph's first sentence ends within it)
    if norm.find(lv.paragraph_end, m.end(), reach) < 0 or letter_spaces(norm, pos, reach):
        return end
    return m.end("words")


PLAIN_HEADING_LEVEL = 6  # the level of an unnumbered heading, below every numbered one; one more when no heading
# follows it (2022年工作回顾 / 防住疫情)


def _plain_headings(norm: str) -> list[tuple[int, int, int]]:
    """(start, end, level) of every unnumbered heading line: a short line with no sentence punctuation (防住疫情,
    2022年工作回顾) after a line that ends a sentence or is such a heading, before a paragraph (a line holding a
    sentence end) or such a heading; a line opening with a heading number, a table row (cells spaced apart) or the
    title lines above the first paragraph is none.

    Parameters
    ----------
    norm : str
        The report's reading copy.

    Returns
    -------
    list of tuple of int
        Start and end of each heading line and its level (``PLAIN_HEADING_LEVEL``, one more for a heading with
        no heading after it).
    """
    lv = layout_views()
    lines: list[tuple[int, int]] = []
    at = 0
    for line in norm.split("\n"):
        if line.strip():
            lines.append((at, at + len(line)))
        at += len(line) + 1
    plain = [lv.plain_heading.fullmatch(norm, a, b) is not None and not lv.heading_line.match(norm, a)
             for a, b in lines]
    out: list[tuple[int, int, int]] = []
    last = -1  # the index of the last heading line taken
    for k in range(1, len(lines) - 1):
        (a, b), (pa, pb), (na, nb) = lines[k], lines[k - 1], lines[k + 1]
        if (plain[k] and (last == k - 1 or norm[pa:pb].rstrip().endswith(lv.paragraph_end))
                and (plain[k + 1] or lv.paragraph_end in norm[na:nb])):
            out.append((a, b, PLAIN_HEADING_LEVEL + (not plain[k + 1])))
            last = k
    return out


_BLANK = " \t\u3000"  # the blanks a heading run into a line follows (no line break: a line's heading is read so)
TOP_HEADING_LEVEL = 1  # the level of a part's heading (一、…, 第一部分)


def run_in_headings(norm: str) -> list[tuple[int, int, int]]:
    """(start, end, level) of every top-level numbered heading (一、…) run into a line after a blank, as a page saved
    with a part to a line prints it: ``…南京机场等单位获评。 二、2024年工作思路 2024年是…``, ``…重点报告以下情况:
    一、2021年财政决算主要情况 (一)2021年…``. Its words run to the next blank (a full stop right before it closes them)
    and are short, with no other stop of a heading and no figure (a year is none), and open with no list of numerals
    the mark begins (一、二、三产业…): an item of a list run on in its paragraph (…。 一、要使农业…，…), a sentence on a
    page of one line (…。 一、二季度分别增长4.8%和5.2%。 …) or a cell of a table row is none. The headings below a
    part run into its line (（一）…, 1.…) are left to the paragraph they open: the part decides what its figures are
    (planned or reviewed, of which year).

    Parameters
    ----------
    norm : str
        The report's reading copy.

    Returns
    -------
    list of tuple of int
        Start and end of each heading's words (without the full stop) and its level (1).
    """
    lv = layout_views()
    out: list[tuple[int, int, int]] = []
    for m in lv.heading_inline.finditer(norm):
        if (level := int((m.lastgroup or "l9")[1:])) != TOP_HEADING_LEVEL:
            continue
        pos = m.start() + 1
        while norm[pos] in _BLANK:
            pos += 1
        a = norm.rfind("\n", 0, pos) + 1
        if pos == m.start() + 1 and norm[m.start()] not in _BLANK or not norm[a:pos].strip():
            continue  # (no blank before it, or only blanks opening its line: a heading of the line, read as such)
        if any(ch in norm[a:line_end(norm, pos)] for ch in lv.table_marks):
            continue  # (| 一、税收收入 | 89275 |: a cell of a table row, no heading)
        k = m.end()
        limit = min(len(norm), k + lv.spaced_heading_max_chars + 1)
        while k < limit and norm[k] not in _BLANK and norm[k] != "\n":
            k += 1
        if k >= limit or norm[k] == "\n":
            continue  # (words running on past the reach of a heading, or to the line's end: a paragraph)
        end = k - 1 if norm[k - 1] == lv.paragraph_end else k
        if end <= m.end() or lv.heading_text_stop.search(norm, m.end(), end):
            continue
        if lv.spaced_heading_list.match(norm, m.end(), end) or (
                end < k and lv.spaced_heading_figure.search(norm, m.end(), end)):
            continue  # (…。 一、二、三产业分别完成增加值1亿元…。, 一、二季度分别增长4.8%…。: a sentence closed by its full stop,
            # no heading; a heading's words end at the blank: 二、全力办好10件民生实事 全年投入…)
        out.append((pos, end, level))
    return out


def _title_closed(norm: str, pos: int, end: int) -> int:
    """Where the heading of the line ``norm[pos:end]`` ends: ``end``, or the end of a later line that closes a title
    the heading's line leaves open (三、关于《⏎国民经济和社会发展第十一个五年规划纲要（草案）⏎》的说明: a linked title that
    a web page prints on lines of its own, as a sentence's title is read across them)."""
    lv = layout_views()
    o = norm.rfind(lv.title_open, pos, end)
    if o < 0 or (m := lv.title.match(norm, o)) is None or m.end() <= end:
        return end
    closed = line_end(norm, m.end())
    return closed if closed - pos <= lv.heading_max_chars else end  # (a paragraph run on after the title: its line)


def _heading_text(line: str) -> str:
    """The words of a heading line: up to the mark that ends a heading, letter spacing closed up
    (一、财 政 决 算 主 要 情 况 → 一、财政决算主要情况), at most 60 characters; the lines of a title broken
    across lines are joined (see :func:`_title_closed`)."""
    lv = layout_views()
    line = "".join(part.strip() for part in line.split("\n"))
    marker = lv.heading_line.match(normalize(line))  # (its numeral is no letter of the words)
    line = without_chars(line, letter_spaces(line, marker.end() if marker else 0, len(line)))
    m = lv.heading_text_stop.search(line)
    if m and m.start() > 0:
        line = line[: m.start()]
    return line[:60]


def letter_spaces(text: str, a: int, b: int) -> list[int]:
    """Offsets of the spaces of ``text[a:b]`` (a line, or a table cell) set between the characters of its
    words (地 区 生 产 总 值 完 成, as a copy of a PDF set with letter spacing gives them): one space between
    two Han characters or marks (，。（）) when at least the share ``letter_spaced_min_share`` of the Han
    characters stand before such a space; every single space when its figures are spaced too (1 8 7 6 . 3 亿
    元: no two digits side by side). No offset for a segment spaced between its words only (北京市东城区发展和
    改革委员会主任 刘 健, 项目 本月 累计) or a table row whose numbers stand apart (地 区 生 产 总 值 1876.3 7.9
    keeps the spaces beside its numbers).

    >>> letter_spaces("一、财 政 决 算", 0, 9)
    [3, 5, 7]
    """
    lv = layout_views()
    before = lv.letter_spaced_char.match
    spaces = [s.start() for s in lv.letter_space_after.finditer(text, a + 1, b) if before(text, s.start() - 1)]
    if not spaces or len(spaces) < lv.letter_spaced_min_share * len(lv.han.findall(text, a, b)):
        return []
    if lv.digit.search(text, a, b) and not lv.digit_run.search(text, a, b):  # 1 8 7 6 . 3 亿 元: spaced too
        return [s.end() - 1 for s in lv.any_letter_space.finditer(text, a, b)]
    return spaces


def without_chars(text: str, cuts: list[int]) -> str:
    """``text`` without the characters at ``cuts`` (sorted offsets): the spaces closed up.

    >>> without_chars("财 政 决 算", [1, 3, 5])
    '财政决算'
    """
    pieces, prev = [], 0
    for i in cuts:
        pieces.append(text[prev:i])
        prev = i + 1
    pieces.append(text[prev:])
    return "".join(pieces)


_BLANKS = re.compile(r"[\s\u200b\u200c\u200d\ufeff]+")
_SENTENCE_ENDS = re.compile(r"(?<=[。；！？\n])")
HEAD_CHARS = 3000  # how far into a report its top is read: its title, place, years and who gives it
WORK_REPORT_CHARS = 1500  # the opening a work report's words are looked for in (我代表国务院, 向大会报告)
LIST_LEAD_CHARS = 200  # how far before a run of numbered lines the line leading them in is looked for
BARE_DATE_LINE_CHARS = 600  # how near the top a line that is only a date is read as the date delivered
PLAN_OPENING_CHARS = 400  # how near the top an opening says the report lays out a plan
# how often a year must be named as reported on to be read as the year a report covers (twice may be an aside, or
# the last whole year of a report delivered late in the next, 1981: …１９８０年…, 今年…预计)
STATED_YEAR_MIN = 3
# how many sentences must name two years in a row and then 今年 for 今年 to be read as the year after them
THIS_YEAR_SERIES_MIN = 2
_SPACED_DIGITS = re.compile(r"(?<=\d) (?=\d)|(?<=\d) (?=年)")


def _despace(h: str) -> str:
    """A heading in its reading form, spaced digits closed up: 关于1 9 9 8 年 → 关于1998年, １９９４ → 1994."""
    h = normalize(h)
    return _SPACED_DIGITS.sub("", h) if " " in h else h


def _year(s: str) -> int:
    """A year the layout's year pattern found (2024, 二〇二四, 一九五八) as an int."""
    return year_number(s) or 0


def _guessable_year(head: str, m: re.Match[str]) -> bool:
    """Whether the year ``m`` of a report's first lines may be guessed as the year the report covers: one printed in
    digits, or one in Chinese numerals that opens a caption or a title (具体收入项目情况如下: 二〇二四年二月大口径财政
    收入执行情况表 |): at the start of its line or cell or after a sentence's end, no prose after it up to the end of
    its line or cell. A year in Chinese numerals in a sentence is most often history told (在一九四九年至一九五二年间，
    …; 《一九七八——一九八五年全国科学技术发展规划纲要（草案）》): the years of a report so printed are read from its
    title, date line and headings, or not at all. A base a change is compared with (比2019年上半年下降3.2%) is none, and
    so is a year of a name, an event's or an edition's (扎实推进北京2022年冬奥会…保障; 《…若干措施（2021年修订）》)."""
    if _base_year(head, m.start()) or head.startswith(layout_views().name_year_ends, m.end()):
        return False
    if m.group(1)[:1].isdigit():
        return True
    lv = layout_views()
    breaks = "\n" + lv.table_marks
    start = max(head.rfind(ch, 0, m.start()) for ch in breaks) + 1
    before = head[start:m.start()].rstrip(" \u3000\t")
    ends = [k for ch in breaks if (k := head.find(ch, m.end())) >= 0]
    return ((not before.strip() or before[-1] in lv.caption_after_marks)
            and not any(ch in lv.prose_marks for ch in head[m.end():min(ends, default=len(head))]))


def _base_year(text: str, at: int) -> bool:
    """Whether the year printed at ``at`` is a base a change is compared with (比2019年上半年下降3.2%,
    与2019年同期相比), not a year the report covers."""
    return text.endswith(layout_views().base_year_leads, 0, at)


def _month_number(s: str) -> int:
    if s.isdigit():
        return int(s)
    from .numbers import parse_chinese_numeral

    try:
        return int(parse_chinese_numeral(s))
    except ValueError:
        return 0


def read_years(report: Report) -> ReportYears:
    """The year ``report`` covers and the year it plans for, read in this order:

    1. its metadata (``period_year`` and ``plan_year`` of a corpus record or sidecar);
    2. a title naming both (``关于2022年…计划执行情况与2023年…计划草案的报告``), a period of one year
       (``2020年上半年…``: both that year) or the year of a work report (``2023年《政府工作报告》``: it reviews 2022
       and plans 2023; ``2020年…政府工作报告重点工作全年完成情况``: the outcomes of that year's tasks), or the year of a
       statistical bulletin (``2015年…国民经济和社会发展统计公报``: it covers
       that year and plans none), or the year of a draft plan (``关于一九五八年度国民经济计划（草案）的报告``: it
       plans that year and reviews the year before);
    3. its date line: a report delivered in the first months of a year (``——2024年3月5日在…大会上``; or a line
       that is only a date near the top, under the delivery line or alone: ``二〇二三年一月五日``; a year and
       month alone only right under the title: ``2023年7月``), or one whose title names the year before, covers
       the year before and plans its own; one delivered later, or a report of a part of a year that is no work
       report (``关于一季度经济运行情况的报告`` dated ``2023年4月``), covers and plans its own year;
    4. its headings: a part that reviews a year (``一、2023年工作回顾``) names the year covered, a part that
       plans one (``二、2024年政府工作任务``) the plan year; a work report none of whose parts reviews, the year its
       opening reviews (``首先报告２００１年的工作``, ``刚刚过去的１９８４年``), planning the next; else, when the text
       before its first numbered part is long and a line of it heads a review (``过去五年国内工作的基本总结``), the
       latest year in digits that text names at least twice, planning the next; else the year its sentences
       that neither plan nor span years name most often (see :func:`_stated_year`), planning the next;
    5. the year its 今年 is, read from its series of yearly values (:func:`_this_year_of_series`:
       ``从１９７９年的…、１９８０年的…，预计降低到今年的…``, twice): delivered in and covering that year, planning the
       next (a report of a part of a year, its own);
    6. the year its metadata names, else the first year printed near its top, as the year covered; a work report
       plans the next when its planning sentences name that year most often (:func:`_planned_year`).
    """
    meta = report.metadata
    covered, plan = meta.get("period_year"), meta.get("plan_year")
    if isinstance(covered, int) and isinstance(plan, int):
        return ReportYears(covered, plan, meta.get("year") if isinstance(meta.get("year"), int) else None, "metadata")
    lv = layout_views()
    head = report.norm[:HEAD_CHARS]
    title = meta.get("title", "")
    for scope in (title, head[:400]):
        m = lv.title_years.search(scope)
        if m:
            if _part_of_year_after(scope, m.end()):
                # 2021年决算和2022年上半年预算执行情况: the first half of the later year, planned and reviewed
                return ReportYears(_year(m.group("plan")), _year(m.group("plan")), None, "title")
            return ReportYears(_year(m.group("covered")), _year(m.group("plan")), None, "title")
        m = next((m for m in lv.title_period.finditer(scope) if not _base_year(scope, m.start())), None)
        if m:  # (比2019年上半年下降3.2% in an opening paragraph: a base, not the half reported)
            return ReportYears(_year(m.group("year")), _year(m.group("year")), None, "title")
        m = lv.title_work_report.search(scope)
        if m and m.group("done"):  # 2020年…政府工作报告重点工作全年完成情况: the outcomes of that year's tasks
            return ReportYears(_year(m.group("year")), _year(m.group("year")), None, "title")
        if m:  # a work report is delivered early in the year its title names, and reviews the year before
            return ReportYears(_year(m.group("year")) - 1, _year(m.group("year")), _year(m.group("year")), "title")
        m = lv.title_bulletin.search(scope)
        if m:  # a statistical bulletin reports the outcomes of the year its title names, and plans none
            return ReportYears(_year(m.group("year")), None, None, "title")
        m = lv.title_plan.search(scope)
        if m:  # a draft plan is laid before the year it plans, or early in it, when the year before is reviewed
            return ReportYears(_year(m.group("year")) - 1, _year(m.group("year")), None, "title")
    work_report = lv.work_report.search(head[:WORK_REPORT_CHARS]) is not None  # reviews the year before, plans its own
    share = share_of_year(str(meta.get("period", "")))
    part_year = share is not None and share < 1
    m = lv.date_line.search(head) or _bare_date_line(head)
    if m:
        year, month = year_number(m.group("year")), _month_number(m.group("month"))
        if year:
            titled = lv.heading_year.search(title)  # (关于2022年财政预算执行情况的报告, delivered in July 2023)
            if part_year and not work_report:
                # (关于一季度经济运行情况的报告 dated 2023年4月: a report of a part of a year is of the year it is
                # delivered in, whatever the month)
                return ReportYears(year, year, year, "date_line")
            if (work_report or 0 < month <= lv.annual_session_last_month
                    or titled is not None and _year(titled.group(1)) == year - 1):
                return ReportYears(year - 1, year, year, "date_line")
            return ReportYears(year, year, year, "date_line")
    review = plan_year = None
    reviewed = False  # a reviewing part came first: a later part naming a year plans for it (三、2011年的工作)
    for sec in report.sections:
        if sec.level != 1:
            continue
        heading = _despace(sec.heading)
        is_review = lv.review_heading.search(heading) is not None
        my = lv.heading_year.search(heading)
        if my:
            y = _year(my.group(1))
            if is_review and review is None:
                review = y
            elif plan_year is None and (_plans(heading) or (reviewed and not is_review)):
                plan_year = y
        reviewed = reviewed or is_review
    if review or plan_year:
        if plan_year is None:  # (a review of a whole year is followed by the plan of the next; of a half, by its rest)
            plan_year = review + 1 if work_report or share_of_year(str(meta.get("period", ""))) == 1 else review
        return ReportYears(review or plan_year - 1, plan_year, None, "headings")
    if work_report:
        # the latest year its reviewing parts speak of (not a year it aims at: 到2020年, 2020年前)
        text = report.norm
        counts: dict[int, int] = {}
        for sec in report.sections:
            if sec.level == 1 and lv.review_heading.search(_despace(sec.heading)):
                _count_years(text[sec.start:sec.end], counts)
        latest = max((y for y, n in counts.items() if n >= 2), default=None)  # named once may be an aside
        if latest is not None:
            return ReportYears(latest, latest + 1, latest + 1, "headings")
        m = lv.review_opening.search(head)
        if m:  # no part reviews, the opening does (首先报告２００１年的工作; 刚刚过去的１９８４年，是…): that year
            y = _year(m.group("year"))
            return ReportYears(y, y + 1, y + 1, "opening")
        first = next((sec.start for sec in report.sections if sec.level == 1), len(text))
        if first >= lv.opening_review_min_chars and _review_line(text[:first]):
            # (1988: 过去五年国内工作的基本总结 … 国民生产总值１９８７年达到…, unnumbered, before 一、…: the
            # opening reviews, and the latest year it names as its own is the year covered)
            _count_years(text[:first], counts, digits=True)
            latest = max((y for y, n in counts.items() if n >= 2), default=None)
            if latest is not None:
                return ReportYears(latest, latest + 1, latest + 1, "headings")
        # (not in a report its opening says lays out a plan, 作关于…第六个五年计划的报告: its years are the plan's span)
        latest = None if lv.plan_report_opening.search(head, 0, PLAN_OPENING_CHARS) else _stated_year(text)
        if latest is not None:
            return ReportYears(latest, latest + 1, None, "stated")
    series = _this_year_of_series(report.norm)
    if series is not None:
        # (1981: 财政赤字从１９７９年的一百七十亿元、１９８０年的一百二十七亿元，预计降低到今年的二十七亿元: a report
        # delivered late in its year, whose 今年 follows the years before it in its series, covers that year, the year
        # it is delivered in, and plans the next; a report of a part of the year, 上半年, plans its own)
        return ReportYears(series, series if part_year else series + 1, series, "stated")
    year = meta.get("year")
    if not isinstance(year, int):
        year = next((_year(m.group(1)) for m in lv.heading_year.finditer(head) if _guessable_year(head, m)), None)
    if not isinstance(year, int):
        # no title, date, heading or year near the top (an account of a work report, 周总理说…): the year its
        # sentences report on, planning the next, as in a work report that prints none; a report of a part of the
        # year (上半年) plans the rest of its own year
        # (a work report's stated year was looked for above)
        latest = (None if work_report or lv.plan_report_opening.search(head, 0, PLAN_OPENING_CHARS)
                  else _stated_year(report.norm))
        if latest is not None:
            own = part_year or _part_of_year_stated(report.norm, latest)
            return ReportYears(latest, latest if own else latest + 1, None, "stated")
        return ReportYears()
    if work_report and not part_year and _planned_year(report.norm) == year + 1:
        # (1987: １９８６年是开始执行第七个五年计划…的一年 near the top, １９８７年要…, １９８７年，我们要… in its plan:
        # a work report plans the year after the one it reviews, as its planning sentences name it: the two
        # readings agree, so the years are stated)
        return ReportYears(year, year + 1, None, "stated")
    return ReportYears(year, year if part_year else None, None, "guess")  # a mid-year report plans its own year


def _this_year_of_series(text: str) -> int | None:
    """The year a report's 今年 is, read from its series of yearly values: two years in a row and then 今年 in one
    sentence (``从１９７９年的一百七十亿元、１９８０年的一百二十七亿元，预计降低到今年的二十七亿元``, ``2021年增长5%，2022年
    增长6%，今年上半年增长4%``) name the years before it, so 今年 is the year after the later. A year of a date or of
    a part of a year (``由2019年12月31日的…增加到2020年6月30日的…``) is no yearly value, and a sentence whose 今年
    clause sets a target (``今年力争增长6%左右``, printed after the outcomes of the years before in a work report
    delivered early in the year) tells nothing. The year so read in at least ``THIS_YEAR_SERIES_MIN`` sentences, and
    in more than any other year, else None.

    Parameters
    ----------
    text : str
        The normalised text of the report.

    Returns
    -------
    int | None
    """
    if "今年" not in text:
        return None
    lv = layout_views()
    votes: dict[int, int] = {}
    plans, levels = _target_words()
    for sentence in _SENTENCE_ENDS.split(text):
        at = sentence.find("今年")
        if at < 0:
            continue
        if sentence.startswith(levels, at + 2) or any(w in sentence[at + 2:] for w in plans):
            continue  # (2021年增长5%，2022年增长6%，今年力争增长6%左右, 今年全区力争…: the year planned after its
            # outcomes, which a work report delivered early in it prints too; a plan's level further on names a
            # quantity, no plan of the year: 今年一般公共预算收入预计完成13亿元)
        # (not the year of a date or of a part of a year: 由2019年12月31日的80亿元增加到2020年6月30日的95亿元)
        years = [_year(m.group(1)) for m in lv.heading_year.finditer(sentence, 0, at)
                 if not lv.year_month_after.match(sentence, m.end()) and not _part_of_year_after(sentence, m.end())]
        if len(years) >= 2 and years[-2] + 1 == years[-1]:
            votes[years[-1] + 1] = votes.get(years[-1] + 1, 0) + 1
    ranked = sorted(votes.items(), key=lambda yn: -yn[1])
    if not ranked or ranked[0][1] < THIS_YEAR_SERIES_MIN or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


@cache
def _target_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words that make a clause a target: the plan words of two characters or more (力争, 确保), anywhere after
    the 今年 they plan, and the words naming a plan's level (计划, 目标, 预算), only opening its clause (they also end
    the name of a quantity); not the words of an estimate (预计: a report delivered late in a year estimates its
    outcomes)."""
    estimates = [re.compile(e) for e in vocab.extractor_cues().estimate_regex]

    def kept(words: list[str] | tuple[str, ...]) -> tuple[str, ...]:
        return tuple(w for w in words if not any(e.fullmatch(w) for e in estimates))

    return (kept([w for w in vocab.concept_rules().plan_words if len(w) >= 2]),
            kept((*vocab.concept_rules().plan_words, *vocab.extractor_cues().plan_level_words)))


def _bare_date_line(head: str) -> re.Match[str] | None:
    """The first line near the top of a report that is only a date: one with a day anywhere there, one of a year and
    month alone only right under the title (关于上半年…的报告⏎2023年7月; not 2023年4月 further down, a heading's
    or a table's)."""
    lv = layout_views()
    for m in lv.bare_date_line.finditer(head, 0, BARE_DATE_LINE_CHARS):
        if m.group("day") or "\n" not in head[:m.start()].strip():
            return m
    return None


def _part_of_year_stated(text: str, year: int) -> bool:
    """Whether ``text`` prints ``year`` with a part of it (2023年上半年, 2023年1-4月, 2023年前三季度): its outcomes are
    of a part of the year, whose rest it plans."""
    return any(_year(m.group(1)) == year and _part_of_year_after(text, m.end())
               for m in layout_views().heading_year.finditer(text))


def _stated_year(text: str) -> int | None:
    """The year a work report that prints no date, title or reviewing heading reports on.

    Parameters
    ----------
    text : str
        The normalised text of the report.

    Returns
    -------
    int | None
        The year named most often (at least ``STATED_YEAR_MIN`` times; the latest of a tie) in sentences that neither plan nor span
        years (``一九八三年，农业生产在连续四年增产的基础上又获得大丰收``; not ``一九八五年要…``,
        ``从一九八一年到一九八五年…``, ``五年合计…``), as no base, start or date of an event (比一九八二年,
        １９７９年以来, 一九七六年一月), else None.
    """
    return _year_named_most(text, planning=False, least=STATED_YEAR_MIN)


def _planned_year(text: str) -> int | None:
    """The year the planning sentences of ``text`` name most often (at least twice; the latest of a tie:
    ``１９８７年要在这方面…``, ``１９８７年，我们要继续扩大对外开放``), the sentences :func:`_stated_year` skips,
    else None."""
    return _year_named_most(text, planning=True, least=2)


def _year_named_most(text: str, *, planning: bool, least: int) -> int | None:
    """The year named most often (at least ``least`` times; the latest of a tie) in the sentences of ``text`` that
    plan or span years (``planning``) or in the others, as no base, start or date of an event; else None."""
    lv = layout_views()
    counts: dict[int, int] = {}
    for sentence in _SENTENCE_ENDS.split(text):
        if (lv.stated_year_skip.search(sentence) is not None) == planning:
            for m in lv.stated_year.finditer(sentence):
                y = _year(m.group(1))
                counts[y] = counts.get(y, 0) + 1
    best = max(counts.items(), key=lambda yn: (yn[1], yn[0]), default=None)
    return best[0] if best is not None and best[1] >= least else None


def _review_line(body: str) -> bool:
    """Whether ``body`` holds a line that heads a review without a number (``过去五年国内工作的基本总结``): a line
    short enough for a heading, with no sentence stop, that says it reviews."""
    lv = layout_views()
    return any(len(line := raw.strip(" \t\u3000")) <= lv.opening_review_line_max and "。" not in line
               and lv.review_heading.search(line) for raw in body.split("\n"))


def _count_years(body: str, counts: dict[int, int], digits: bool = False) -> None:
    """Add to ``counts`` the years ``body``, reviewing text, names as its own: each year printed (also in spaced or
    full-width digits; with ``digits``, only those: a year in Chinese numerals in prose is most often history
    told), not a year aimed at (到2020年, 2020年前, １９９２年要)."""
    lv = layout_views()
    body = _despace(body) if " " in body else body
    future = {m.start() for m in lv.future_year.finditer(body)}
    for my in lv.heading_year.finditer(body):
        if any(my.start() - 1 <= p <= my.start() for p in future) or body[my.end():my.end() + 1] in "前要将":
            continue
        if digits and not my.group(1)[:1].isdigit():
            continue
        y = _year(my.group(1))
        counts[y] = counts.get(y, 0) + 1


def _part_of_year_after(text: str, at: int) -> bool:
    """Whether a part of a year (上半年, 一季度, 1-5月) is printed at ``at``, past line breaks and spaces."""
    lv = layout_views()
    rest = _BLANKS.sub("", text[at:at + YEAR_BEFORE_PERIOD_CHARS + 8])
    return (any(rest.startswith(label) for label, code in lv.report_periods if code != lv.annual_report_code)
            or (m := lv.report_months.match(rest)) is not None and m.group("n") is not None)


def _plans(h: str) -> bool:
    """Whether a (despaced) heading names a plan: a plan word not named as goals met (圆满完成年度工作目标,
    紧扣年度工作目标, 工作目标完成良好: a review of the goals, no plan; 确保完成全年目标任务 still aims at them)."""
    lv = layout_views()
    for m in lv.plan_heading.finditer(h):
        if lv.plan_done_tail.match(h, m.end()):
            continue
        d = lv.plan_done_lead.search(h, 0, m.start())
        if d is None or lv.review_goal_lead.search(h, 0, d.start()):
            return True
    return False


def _says_both(heading: str) -> bool:
    """Whether a heading names a review or a plan (one that gives no part names both)."""
    lv = layout_views()
    h = _despace(heading)
    return _plans(h) or lv.review_heading.search(h) is not None


def section_part(path: str, years: ReportYears) -> str:
    """``plan``, ``review`` or empty for the section at heading ``path`` (``一、… / (二)…``): the
    deepest heading that says decides. A heading plans when it names a plan (工作安排, 计划草案, 主要
    任务 …) or a year after the one covered (明年, or 今年 in a report delivered after the year it
    covers), and reviews when it names a review (执行情况, 回顾, 成就, 如期完成 …; not after a goal verb:
    推动重要领域改革取得新突破 sets a goal) or a year up to the one covered; a heading that names both says
    nothing."""
    if not path:
        return ""
    lv = layout_views()
    part = ""
    for h in section_headings(path):
        h = _despace(h)
        plan = _plans(h)
        mr = lv.review_heading.search(h)
        if mr is not None and part == "plan" and lv.firm_review_heading.search(h) is None:
            mr = None  # (二、2025年主要目标 / （一）经济运行情况: a topic of the plan, no review)
        # (（一）推动重要领域改革取得新突破: a goal the heading sets, no outcome)
        review = mr is not None and lv.review_goal_lead.search(h, 0, mr.start()) is None
        year = None
        my = lv.heading_year.search(h)
        if my:
            year = _year(my.group(1))
        else:
            mt = lv.relative_year.search(h)
            now = years.this_year
            if mt and now is not None:
                year = now + lv.relative_years[mt.group()]
        if year is not None and years.covered is not None:
            if year > years.covered:
                plan = plan or not review
            elif year <= years.covered and not plan:
                review = True
        if plan and not review:
            part = "plan"
        elif review and not plan:
            part = "review"
    return part


def bundled_path() -> Path:
    """Path of the bundled report text (inside the installed package)."""
    return Path(str(resources.files("dhcheng_analysis.data").joinpath(f"{BUNDLED_ID}.txt")))


def read_sidecar(path: str | os.PathLike) -> tuple[dict, str]:
    """The metadata of a report's sidecar ``<file>.json`` (held to the read limit) and, when there is one
    that cannot be read as a JSON object, why (the metadata is then empty)."""
    side = Path(path).with_suffix(".json")
    if not side.is_file():
        return {}, ""
    try:
        data = json.loads(read_file(side).decode("utf-8"))
    except (ReportError, OSError, ValueError, RecursionError) as exc:  # (RecursionError: nested past Python's limit)
        why = "nested too deep" if isinstance(exc, RecursionError) else str(exc).splitlines()[0][:200]
        return {}, f"cannot read the sidecar {side} ({why}) — its metadata is left out; give one JSON object"
    if not isinstance(data, dict):
        return {}, f"the sidecar {side} holds no JSON object — its metadata is left out; give one JSON object"
    return data, ""


def _bundled_metadata() -> dict:
    meta = resources.files("dhcheng_analysis.data").joinpath(f"{BUNDLED_ID}.json")
    return json.loads(meta.read_text(encoding="utf-8"))


def load_report(source: str | os.PathLike | bytes | BinaryIO | Report | None = None, *,
                report_id: str | None = None, max_bytes: int | None = None) -> Report:
    """Load a report of the genre.

    Parameters
    ----------
    source : path, str, bytes, binary stream or None
        None loads the bundled Dongcheng 2020 H1 report. A path is read and decoded, and so is
        a str that looks like one (it ends in .txt, .html, .md, .pdf, .docx, .json, .csv …, or
        holds a path separator and no line break, or names an existing file): that file must
        exist. Bytes and streams (``sys.stdin.buffer``) are decoded; any other str is the
        report text itself. Only regular files are read; a web address is refused.
    report_id : str, optional
        Id for the facts of this report; defaults to the file stem or a hash of the text.
    max_bytes : int, optional
        Largest file or stream read; default ``$DHCHENG_MAX_BYTES`` or 200 MiB.

    Returns
    -------
    Report

    Raises
    ------
    ReportError
        A subclass naming what is wrong: missing file, folder, special file, unreadable, empty,
        binary, undecodable, or too large (over the read limit, or for the memory:
        :class:`ReportTooLargeError`).

    Examples
    --------
    >>> r = load_report()
    >>> r.report_id, r.metadata["district"]
    ('dongcheng_2020_h1', '东城区')
    """
    if isinstance(source, Report):
        return source
    if source is None:
        source = bundled_path()
    try:
        raw, path = read_source(source, max_bytes=max_bytes)
        try:
            text = clean_text(raw)
        except EmptyReportError:
            if path is None:
                raise
            raise EmptyReportError(f"{path} holds no report text — give a file that holds the report") from None
        if not isinstance(raw, DocumentText):  # a PDF's or Word file's lines are joined already
            text = unwrap_text(text)
    except MemoryError as exc:
        if isinstance(exc, ReportTooLargeError):
            raise
        raise ReportTooLargeError("not enough memory to read the report — split the text into smaller files") from None
    src = replace(raw.source if isinstance(raw, DocumentText) else Source("text"), path=path)
    meta: dict = {}
    if path is not None and Path(path).resolve() == bundled_path().resolve():
        meta = _bundled_metadata()
    elif path is not None:
        meta = read_sidecar(path)[0]
    if not meta and path is not None and Path(path).name == f"{BUNDLED_ID}.txt":
        meta = _bundled_metadata()
    guessed = guess_metadata(text)
    for k, v in guessed.items():
        meta.setdefault(k, v)
    if "level" not in meta:
        # (of the place it is given or reads, whichever it is: 北京市东城区 → district; of a report naming no place,
        # the government it is given on behalf of: 我受区人民政府的委托 → district)
        place = place_of(meta)
        if level := (place_level(place) if place else speaker_level(text[:HEAD_CHARS])):
            meta["level"] = level
    if path is not None:
        meta.setdefault("file", Path(path).name)
    rid = report_id or meta.get("report_id") or (_slug(Path(path).stem) if path else "")
    if not rid:
        rid = "report_" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
    meta["report_id"] = rid
    meta["source_kind"] = src.kind
    if src.n_pages:
        meta["pages"] = src.n_pages
    report = Report(text=text, report_id=rid, metadata=meta, path=path, source=src, cleaned=True)
    if "year" not in meta or "title" not in meta:
        _settle_year_and_title(meta, report)
    return report


def _settle_year_and_title(meta: dict, report: Report) -> None:
    """The year of a report's outcomes as its years are read (the first year its top prints may be a goal:
    到2020年), and, with no title line, a title made of its place, the kind its opening names and the year as that
    kind is named (2019年政府工作报告, delivered in 2019 reviewing 2018; 2024年1-2月计划执行情况报告), else a
    neutral one (2024年1-2月报告; a work report whose delivery year is not read: 1979年报告), in Chinese (``title``)
    and English (``title_en``, marked ``title_made``)."""
    years = report.years
    if years.covered is not None:
        meta.setdefault("year", years.covered)
    if "title" not in meta:
        head = report.norm[:HEAD_CHARS]
        kind = kind_of(compact(head)[:_title_views().rules.opening_chars])
        if not kind and layout_views().work_report.search(head[:WORK_REPORT_CHARS]):
            kind = "work_report"
        year = meta.get("year", "")
        if kind == "work_report" and years.plan is not None:
            year = years.delivered or years.plan  # (known by the year it is delivered in, reviewing the year before)
        elif kind == "work_report" and year:
            kind = ""  # (a year guessed from its text, not the year it is delivered in: 1979年报告, not 1979年政府工作报告)
        meta["title"], meta["title_en"] = (made_title(meta.get("district", ""), year, str(meta.get("period", "")),
                                                      kind, lang) for lang in ("zh", "en"))
        meta["title_made"] = True


def made_title(place: str, year: int | str, code: str, kind: str, lang: str = "zh") -> str:
    """A title for a report that prints none: its place (in Chinese only), year, the part of the year it covers (its period code)
    and its kind (``corpus.json``'s kinds; '' for a report of no known kind), in ``lang``.

    >>> made_title("", 2019, "FY", "work_report"), made_title("", 2024, "M5", "", "en")
    ('2019年政府工作报告', 'Report, January–May 2024')
    """
    lab = labels()
    if code == layout_views().annual_report_code:
        code = ""
    name = lab.code("report_kind", kind, lang) if kind else lab.word("report", lang)
    if lang == "zh":
        return f"{place}{year}{'年' if year else ''}{period_words(code)}{name}"
    when = " ".join(str(w) for w in (period_words(code, lang), year) if w)
    return ", ".join(w for w in (name[:1].upper() + name[1:], when) if w)  # (a place in Chinese letters left out)


def _slug(stem: str) -> str:
    return re.sub(r"[^\w\-]+", "_", stem).strip("_") or ""


TITLE_LINES = 10  # the lines at a report's top its title is looked for in
TITLE_LINE_MAX_CHARS = 100  # the longest title line


@dataclass(frozen=True)
class _TitleViews:
    """The patterns a report's title and kind are read with (``vocab/corpus.json``), compiled once."""

    rules: vocab.CorpusRules
    period_words: re.Pattern[str]  # the words of a part of a year (layout.json's report periods)
    page_labels: re.Pattern[str]
    heading: re.Pattern[str]
    years: re.Pattern[str]  # a year's work and the next year's (layout.json's title_years)
    stops: re.Pattern[str]  # a sentence's marks, never inside a title
    opening_title: re.Pattern[str]  # an opening sentence naming the report (现将…的报告提交大会审议)


@cache
def _title_views() -> _TitleViews:
    r = vocab.corpus_rules()
    lv = layout_views()
    parts = [cue for cue, code in lv.report_periods if code != lv.annual_report_code]
    return _TitleViews(rules=r, period_words=re.compile("|".join(map(re.escape, parts))),
                       page_labels=re.compile(r.title_page_labels_regex), heading=re.compile(r.heading_regex),
                       years=lv.title_years, stops=re.compile(f"[{re.escape(r.title_stop_marks)}]"),
                       opening_title=re.compile(r.opening_title_regex))


def kind_of(text: str) -> str:
    """The kind of report named by the earliest cue in ``text`` (a longer cue wins at one position), read past the
    words of a period inside it (计划上半年执行情况, 2022年上半年预算执行情况); '' when none.

    >>> kind_of("关于朝阳区2018年国民经济和社会发展计划上半年执行情况的报告"), kind_of("2023年政府工作报告")
    ('plan_execution', 'work_report')
    """
    v = _title_views()
    text = v.period_words.sub("", text)
    hits = [(text.find(cue), -len(cue), kind) for cue, kind in v.rules.kind_cues if cue in text]
    return min(hits)[2] if hits else ""


def compact(text: str) -> str:
    """``text`` in reading form with its spaces, line breaks and zero-width characters taken out.

    >>> compact("关于 2022年\\n上半年\u200b")
    '关于2022年上半年'
    """
    return _BLANKS.sub("", normalize(text))


def top_lines(text: str, n: int) -> list[str]:
    """The first ``n`` lines of ``text`` that hold anything, in reading form with spaces taken out, a line printed
    in 《》 without them."""
    out = []
    for line in normalize(text[:6000]).split("\n"):
        s = _BLANKS.sub("", line)
        if s.startswith("《") and s.endswith("》"):
            s = s[1:-1]  # (a title printed in 《》; not 数说南山区2023年《政府工作报告》)
        if s:
            out.append(s)
        if len(out) >= n:
            break
    return out


def read_title(text: str) -> str:
    """The title a report prints among its first lines, or ''.

    A line naming a year and a kind of report (计划执行情况, 预算执行情况, 政府工作报告, 统计公报 …), or a year and a
    part of it, or a year's work and the next year's, and ending as a title does (``2022年上半年萧山区政府绩效执行情况``,
    ``东柳街道2023年工作总结和2024年工作思路``); a web page's labels and table rules before it taken off
    (``信息名称:``, ``发布日期2023-05-11``, ``【…】``, ``|``); a line ending otherwise joined with the next when that
    one ends as a title (the page broke it: ``关于上城区2021年决算(草案)和2022年⏎⏎上半年预算执行情况的报告``); never a
    numbered heading, a sentence or a note.

    >>> read_title("发布时间:2021-03-12\\n关于东城区2017年国民经济和社会\\n\\n发展计划上半年执行情况的报告\\n主任、各位副主任:")
    '关于东城区2017年国民经济和社会发展计划上半年执行情况的报告'
    """
    v = _title_views()
    r = v.rules
    lines = [_title_head(v.page_labels.sub("", line)) for line in top_lines(text, TITLE_LINES)]
    for i, line in enumerate(lines):
        if v.heading.match(line):
            break  # (the body's first numbered heading, 一、1955年国家决算: a title is printed above it)
        if (len(line) > TITLE_LINE_MAX_CHARS or not layout_views().heading_year.search(line) or line.endswith("。")
                or line.startswith(r.title_not_leads)):
            continue
        if (not line.endswith(r.title_ends) and i + 1 < len(lines) and lines[i + 1].endswith(r.title_ends)
                and len(line) + len(lines[i + 1]) <= TITLE_LINE_MAX_CHARS and not v.heading.match(lines[i + 1])):
            # (a numbered heading after it, 一、经济运行总体情况, opens the body: no second line of the title)
            line += lines[i + 1]
        if kind_of(line) or (v.period_words.search(line) or v.years.search(line)) and line.endswith(r.title_ends):
            return line
    return ""




def opening_title(head: str) -> str:
    """The name of the report an opening sentence gives (受区人民政府委托,现将东城区2018年…计划草案的报告提交大会审议;
    我受区人民政府的委托,…作关于2021年区本级决算和2022年上半年预算执行情况的报告), within the report's first
    ``opening_chars`` characters, when it names a year and a kind of report; else '' (现将情况报告如下 names none).

    >>> opening_title("各位代表:\\n受区人民政府委托,现将东城区2018年国民经济和社会发展计划执行情况的报告提交大会审议。")
    '东城区2018年国民经济和社会发展计划执行情况的报告'
    """
    v = _title_views()
    for m in v.opening_title.finditer(compact(head)[:v.rules.opening_chars]):
        title = m.group("title")
        if layout_views().heading_year.search(title) and kind_of(title):
            return title
    return ""


def _title_head(line: str) -> str:
    """``line``, or, when it is longer than a title line, the title it opens with as the page ran it into the
    body: its shortest head that ends as a title does, names a kind of report and holds no sentence mark
    (``2015年上海市闵行区国民经济和社会发展统计公报来源:闵行区统计局…`` → ``…统计公报``).

    >>> _title_head("2015年上海市闵行区国民经济和社会发展统计公报来源:闵行区统计局2016-03-01" + "全区经济" * 30)
    '2015年上海市闵行区国民经济和社会发展统计公报'
    """
    if len(line) <= TITLE_LINE_MAX_CHARS:
        return line
    v = _title_views()
    window = line[:TITLE_LINE_MAX_CHARS]
    stop = v.stops.search(window)
    window = window[:stop.start()] if stop else window
    ends = sorted(m.end() for end in v.rules.title_ends for m in re.finditer(re.escape(end), window))
    return next((line[:e] for e in ends if kind_of(line[:e])), line)


TITLE_MAX_CHARS = 80  # the longest first line read as a title
OPENING_MONTHS = 300  # how far into its title, first line or opening a period word or range of months names a
# report's period (一季度 further into a work report is a quarter it reviews)
YEAR_BEFORE_PERIOD_CHARS = 8  # how far before a report's period word its year is printed (2022年\n\n上半年)


def guess_metadata(text: str) -> dict:
    """Title, district, city, year and period read off the first lines of a report."""
    lv = layout_views()
    head = normalize(text[:HEAD_CHARS])
    meta: dict = {}
    first = next((ln.strip() for ln in head.split("\n") if ln.strip()), "")
    title = read_title(head)
    if title:
        meta["title"] = title
    elif (any(w in compact(first) for w in lv.title_words) and len(first) <= TITLE_MAX_CHARS
          and not first.endswith("。") and not lv.heading_line.match(first)
          and not compact(first).startswith(_title_views().rules.title_not_leads)):
        # (一、上半年计划执行情况 opens an excerpt's first part, 现在，我代表国务院，作政府工作报告，请予审议。 its
        # address, (本文件为…测试样例…) a note: no title; a title printed spaced out, 政 府 工 作 报 告, is read without its spaces)
        meta["title"] = compact(first).strip("《》")
    elif title := opening_title(head):
        meta["title"] = title
    place = _guess_place(head, meta.get("title", ""))
    if place:
        if place[1]:
            meta["district"] = place[1]
        if place[0]:
            meta["city"] = place[0]
        if "title" in meta and place[1] not in meta["title"] and not lv.heading_year.search(meta["title"]):
            meta["title"] = place[1] + meta["title"]  # a title of a kind only (政府工作报告): whose it is
    m = lv.heading_year.search(head)
    md = lv.date_line.search(head)
    if m and md is not None and md.start("year") <= m.start() and (year := year_number(md.group("year"))):
        # ——2023年1月4日在…人民代表大会…上, first of all: a report delivered early in a year covers the year
        # before (as read_years reads it)
        early = 0 < _month_number(md.group("month")) <= lv.annual_session_last_month
        meta["year"] = year - 1 if early else year
    periods = lv.report_periods
    # a first line longer than a title is a paragraph: only its opening words (今年以来, 上半年,) name the period,
    # not a word further on (…为完成全年目标任务奠定了良好基础)
    opening = first if len(first) <= TITLE_MAX_CHARS else re.split(r"[,，。;；]", first, maxsplit=1)[0]
    for scope in (meta.get("title", ""), opening, head[:OPENING_MONTHS], head):
        # (further into the head only the whole year: 全年 of an annual report, not the 一季度 a work report reviews)
        at, code = next(((scope.find(label), c) for label, c in periods if label in scope
                         and (scope is not head or c == lv.annual_report_code)), (-1, None))
        if code is None and (mm := lv.report_months.search(scope, 0, OPENING_MONTHS)):
            # 1-5月: the months to May; a line opening with 4月, (…累计完成): the months to April
            at, code = mm.start(), lv.report_months_code.format(n=int(mm.group("n") or mm.group("m")))
        if code:
            meta["period"] = code
            if my := lv.year_before_period.search(scope, max(0, at - YEAR_BEFORE_PERIOD_CHARS), at):
                meta["year"] = _year(my.group(1))  # 2021年决算(草案)和2022年上半年预算执行情况: the half of 2022
            break
    else:
        if mt := lv.title_years.search(head):
            # 2018年国民经济和社会发展计划执行情况与2019年…计划草案, with no period word: the year's outcomes
            meta["period"], meta["year"] = lv.annual_report_code, _year(mt.group("covered"))
    return meta


def _strip_words(name: str, words: tuple[str, ...]) -> str:
    """``name`` less the ``words`` that run into its head (关于东城区 → 东城区), as long as two characters stay."""
    cut = True
    while cut:
        cut = False
        for word in words:
            if name.startswith(word) and len(name) > len(word) + 1:
                name, cut = name[len(word):], True
    return name


def is_place_name(name: str) -> bool:
    """Whether ``name``, ending like a place (东城区, 义乌市, 城关镇), names one: three characters at least and
    never a word that only ends like one (全区, 辖区, 示范区, 低于全县, ``vocab/layout.json``)."""
    lv = layout_views()
    return (len(name) >= 3 and name not in lv.district_not_names and not name.endswith(lv.district_not_endings)
            and not any(ch in lv.district_not_chars for ch in name) and name[:-1] not in lv.district_strip)


def _guess_place(head: str, title: str) -> tuple[str, str] | None:
    """(city, district) the report speaks of: the place its title names, else the place its first
    lines name most often (twice at least); None when none is named so.

    A place is a name ending in 区, 县 or 旗 (with the city before it when printed, 北京市东城区),
    less the words that may run into it (关于东城区, 我受区人民政府的委托) and never a word that only
    ends like one (全区, 辖区, 示范区, 低于全县); a report that names none so is of the street or town it names
    (东柳街道, 城关镇; never 城乡, 乡镇, 全街道).
    """
    lv = layout_views()
    return (_place_named(head, title, lv.district) or _place_named(head, title, lv.street)
            or _city_and_place(title_place(title).get("place", ""))
            or _city_and_place(speaker_place(compact(head)).get("place", "")))


def _city_and_place(place: str) -> tuple[str, str] | None:
    """(city, place) of a place a title or an issuer names (:func:`title_place`, :func:`speaker_place`) where the
    text names no district, county or street so: a city (北京市, 义乌市: the city, no district), a zone
    (青岛经济技术开发区), a county whose office signs it (旺苍县统计局), each with the city before it when printed;
    None for the nation's or none."""
    if not place or place == _place_views().rules.national_place:
        return None
    city, unit, rest = place.partition("市")
    return ("", place) if not unit else (place, "") if not rest else (city + unit, rest)


def _place_named(head: str, title: str, pattern: re.Pattern[str]) -> tuple[str, str] | None:
    """(city, place) of :func:`_guess_place` for the places ``pattern`` finds (with a group ``city`` or not)."""
    lv = layout_views()

    def places(text: str) -> list[tuple[str, str]]:
        out = []
        for m in pattern.finditer(text):
            city = _strip_words(m.groupdict().get("city") or "", lv.district_strip)
            name = m.group("name")
            bare = _strip_words(name, lv.district_strip)
            if is_place_name(bare):
                out.append((city if bare == name and len(city) >= 3 else "", bare))
        return out

    found = places(head)
    # a match may have swallowed words before the name (深入实施拱墅区, 不代表石景山区): its last three and
    # four characters are counted, and the most frequent wins (the longer of two as frequent)
    counts = collections.Counter(tail for _, name in found for tail in {name[-3:], name[-4:]})
    named = [t for _, name in places(title) for t in {name, name[-3:], name[-4:]}]
    if named:
        name = max(named, key=lambda t: (counts.get(t, 0), len(t)))
    elif counts:
        name, n = max(counts.items(), key=lambda kv: (kv[1], len(kv[0])))
        if n < 2 and not (name := _opening_place(head, pattern)):
            return None
    else:
        return None
    city = next((c for c, d in found if d == name and c), "")
    return city, name


# ----------------------------------------------------------------------------- the place a report is about
@dataclass(frozen=True)
class _PlaceViews:
    """The patterns a report's place, issuer and level of government are read with (``vocab/corpus.json``)."""

    rules: vocab.CorpusRules
    title_place: re.Pattern[str]
    title_place_after_year: re.Pattern[str]
    issuer: re.Pattern[str]
    issuer_place: re.Pattern[str]  # an issuer's name ending with the unit of a place and its office
    place_end: re.Pattern[str]  # a name ending with the unit of a place (北京市)
    issuer_org_end: re.Pattern[str]
    not_a_place: re.Pattern[str]
    lead_in: re.Pattern[str]
    opening_subject: re.Pattern[str]  # the clauses before an opening sentence's subject
    national_speaker: re.Pattern[str]
    national_premier: re.Pattern[str]
    speaker_level: re.Pattern[str]  # 受区人民政府的委托: the level of a report naming no place


@cache
def _place_views() -> _PlaceViews:
    r = vocab.corpus_rules()
    lv = layout_views()
    period_words = "|".join(re.escape(cue) for cue, _ in sorted(lv.report_periods, key=lambda p: -len(p[0])))

    def rx(pattern: str) -> re.Pattern[str]:
        return re.compile(pattern.replace("{place_unit}", r.place_unit_regex).replace("{period_words}", period_words))

    return _PlaceViews(
        rules=r, title_place=rx(r.title_place_regex), title_place_after_year=rx(r.title_place_after_year_regex),
        issuer=rx(r.issuer_regex), issuer_place=rx(r.place_unit_regex + r.issuer_org_end_regex),
        place_end=rx(r.place_unit_regex + "$"), issuer_org_end=rx(r.issuer_org_end_regex),
        not_a_place=rx(r.not_a_place_regex), lead_in=rx(r.lead_in_regex),
        opening_subject=rx(r.opening_subject_regex),
        national_speaker=rx(r.national_speaker_regex), national_premier=rx(r.national_premier_regex),
        speaker_level=rx(r.speaker_level_regex))


def place_level(place: str, issuer: str = "") -> str:
    """The level of government of ``place`` (or of the place ``issuer`` names): ``national``, ``province``,
    ``city``, ``district`` or ``street``, by the unit its name ends with (``vocab/corpus.json``); '' when none.

    >>> place_level("北京市东城区"), place_level("上海市"), place_level("", "国务院"), place_level("东柳街道")
    ('district', 'province', 'national', 'street')
    """
    r = _place_views().rules
    if issuer in r.national_issuers or place == r.national_place:
        return "national"
    name = place or _place_views().issuer_org_end.sub("", issuer)
    if not name:
        return ""
    if name in r.province_level_cities:
        return "province"
    return next((level for suffix, level in r.level_suffixes if name.endswith(suffix)), "")


def title_place(title: str) -> dict[str, str]:
    """The ``place`` and ``issuer`` a title names at its head (关于东城区2020年…, 昆明市官渡区人民政府关于…,
    2022年上半年萧山区…); the nation's of a title naming it (中华人民共和国, 国务院).

    >>> title_place("昆明市官渡区人民政府关于官渡区2023年上半年国民经济和社会发展计划执行情况的报告")
    {'place': '昆明市官渡区', 'issuer': '昆明市官渡区人民政府'}
    """
    v = _place_views()
    r = v.rules
    if any(w in title for w in (*r.national_title_words, *r.national_issuers)):
        return {"place": r.national_place,
                "issuer": next((i for i in r.national_issuers if i in title), r.national_issuers[0])}
    m = v.title_place.search(title)
    if m and not v.not_a_place.search(m.group("place")):
        return {"place": m.group("place"), **({"issuer": m.group("place") + m.group("org")} if m.group("org") else {})}
    m = v.title_place_after_year.search(title)
    if m and not v.not_a_place.search(m.group("place")):
        return {"place": m.group("place")}
    return {}


def speaker_place(head: str, place: str = "") -> dict[str, str]:
    """The ``issuer`` a report's first lines name (我代表国务院, ``XX区人民政府``) and the ``place`` it is of: the
    issuer's place where it is ``place`` (a title's) with the place it lies in before it (玄武区 of the title,
    南京市玄武区人民政府: 南京市玄武区), else ``place``.

    >>> speaker_place("现在，我代表国务院，向大会作政府工作报告")
    {'issuer': '国务院', 'place': '中国'}
    """
    v = _place_views()
    m = v.national_speaker.search(head) or v.national_premier.search(head, 0, v.rules.opening_chars)
    if m:
        return {"issuer": m.group(1), "place": v.rules.national_place}
    issuer = _issuer_in(head[:1500])
    if not issuer:
        return {"place": place} if place else {}
    own = v.issuer_org_end.sub("", issuer)
    return {"issuer": issuer, "place": own if not place or longer_place_name(place, own) else place}


def speaker_level(head: str) -> str:
    """The level of the government a report is given on behalf of within its opening, when that names no place
    (我受区人民政府的委托,…作关于2021年区本级决算和2022年上半年预算执行情况的报告: a district's); '' when none.

    >>> speaker_level("主任、各位副主任、各位委员:我受区人民政府的委托,向区七届人大常委会第三次会议作报告")
    'district'
    """
    v = _place_views()
    m = v.speaker_level.search(compact(head), 0, v.rules.opening_chars)
    return v.rules.level_words[m.group(1)] if m else ""


def _issuer_in(head: str) -> str:
    """The first ``XX区人民政府``-like name in ``head``, lead-in words (我代表, 受 …) taken off."""
    v = _place_views()
    for m in v.issuer.finditer(head):
        name = v.lead_in.sub("", m.group("issuer"))
        unit = v.issuer_place.search(name)
        if unit and unit.start() >= 2 and not v.not_a_place.search(name):
            return name
    return ""


def place_of(metadata: Mapping) -> str:
    """The place a record's (or :func:`load_report`'s) ``city`` and ``district`` name: 北京市东城区, 东城区, 青岛市."""
    city, district = str(metadata.get("city") or "").strip(), str(metadata.get("district") or "").strip()
    return city + district if district and not district.startswith(city) else (district or city)


def lead_before_place(place: str, district: str) -> bool:
    """Whether ``place`` is ``district`` with words before it that name no place (数说南山区, not 北京市东城区)."""
    lead = place.removesuffix(district)
    return bool(lead) and lead != place and not _place_views().place_end.search(lead)


def longer_place_name(place: str, name: str) -> bool:
    """Whether ``name`` is ``place`` with the place it lies in before it (北京市东城区 of 东城区)."""
    return name != place and name.endswith(place) and _place_views().place_end.search(name.removesuffix(place)) is not None


def _opening_place(head: str, pattern: re.Pattern[str]) -> str:
    """The place ``pattern`` finds as the subject of a report's opening sentence, after the clauses it opens with
    (今年以来,在县委、县政府的坚强领导下,中都街道深入贯彻…: 中都街道); '' when its subject is no place (全区, 我们)."""
    first = next((ln for ln in head.split("\n") if ln.strip()), "").strip()
    lead = _place_views().opening_subject.match(first)
    m = pattern.match(first, lead.end()) if lead else None
    name = _strip_words(m.group("name"), layout_views().district_strip) if m else ""
    return name if m and name == m.group("name") and is_place_name(name) else ""


def period_share(report: Report) -> float:
    """Share of the year elapsed at the report's period (H1 → 0.5, Q1 → 0.25, Q1-Q3 → 0.75, M5 → 5/12)."""
    return elapsed_share(str(report.metadata.get("period", "H1")))


def elapsed_share(code: str) -> float:
    """Share of the year elapsed at the end of a report period code, mid-year when the period is unknown."""
    share = share_of_year(code)
    return 0.5 if share is None else share


def share_of_year(code: str) -> float | None:
    """Share of the year a report period code covers (``H1`` → 0.5, ``M2`` → 2/12: the months to February), or
    None for no period.

    >>> share_of_year("Q1-Q3"), share_of_year("M3"), share_of_year("")
    (0.75, 0.25, None)
    """
    lv = layout_views()
    if code in lv.period_shares:
        return lv.period_shares[code]
    n = months_covered(code)
    return n / 12 if n else None


def period_words(code: str, lang: str = "zh") -> str:
    """A report period code as a report prints it (``H1`` → 上半年, ``M5`` → 1-5月; in English January–May), else ''.

    >>> period_words("Q1-Q3"), period_words("M5"), period_words(""), period_words("M5", "en")
    ('前三季度', '1-5月', '', 'January–May')
    """
    i = 0 if lang == "zh" else 1
    if n := months_covered(code):
        return labels().text["period_months"][i].format(n=n, month=month_name(n))
    return labels().periods.get(code, ("", ""))[i]


def month_name(n: int, lang: str = "en") -> str:
    """The name of month ``n`` (1–12) in ``lang`` (``zh`` or ``en``); a number outside the year stays a number.

    >>> month_name(6), month_name(6, "zh"), month_name(13)
    ('June', '6月', '13')
    """
    names = labels().word("month_names", lang).split()
    return names[n - 1] if 1 <= n <= len(names) else str(n)


def months_covered(code: str) -> int | None:
    """The months from January a report period code of months covers (``M5`` → 5), else None."""
    head, _, tail = layout_views().report_months_code.partition("{n}")
    n = code.removeprefix(head).removesuffix(tail) if code.startswith(head) and code.endswith(tail) else ""
    return int(n) if n.isdigit() else None
