"""load_report and Report: decoded, cleaned text with its sections, sentences and metadata."""

from __future__ import annotations

import bisect
import hashlib
import json
import os
import re
from array import array
from dataclasses import dataclass, field, replace
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import BinaryIO

from .cuewords import layout_views
from .documents import DocumentText, Source
from .errors import ReportTooLargeError
from .numbers import normalize
from .sources import clean_text, read_source

BUNDLED_ID = "dongcheng_2020_h1"



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
        for pos, level in _heading_starts(norm):
            end = norm.find("\n", pos)
            end = len(norm) if end < 0 else end
            if end - pos > lv.heading_max_chars or not norm[pos:end].strip():
                continue
            found.append((pos, level, _heading_text(self.text[pos:end])))
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
            out.append(Section(start, end, level, heading, " / ".join(h for _, h in stack)))
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
        """Sentences (split at 。！？ and line ends) with their offsets, blank ones skipped."""
        text = self.text
        starts, ends = self._sentence_bounds
        return [Sentence(a, b, text) for a, b in zip(starts, ends, strict=True)]

    @cached_property
    def _sentence_bounds(self) -> tuple[array, array]:
        """Starts and ends of the sentences, as compact arrays (16 bytes a sentence)."""
        starts, ends = array("q"), array("q")
        for m in layout_views().sentence_body.finditer(self.norm):
            starts.append(m.start())
            ends.append(m.end())
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


def _heading_text(line: str) -> str:
    line = line.strip()
    m = layout_views().heading_text_stop.search(line)
    if m and m.start() > 0:
        line = line[: m.start()]
    return line[:60]


def bundled_path() -> Path:
    """Path of the bundled report text (inside the installed package)."""
    return Path(str(resources.files("dhcheng_analysis.data").joinpath(f"{BUNDLED_ID}.txt")))


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
        text = clean_text(raw)
    except MemoryError as exc:
        if isinstance(exc, ReportTooLargeError):
            raise
        raise ReportTooLargeError("not enough memory to read the report — split the text into smaller files") from None
    src = replace(raw.source if isinstance(raw, DocumentText) else Source("text"), path=path)
    meta: dict = {}
    if path is not None and Path(path).resolve() == bundled_path().resolve():
        meta = _bundled_metadata()
    elif path is not None:
        side = Path(path).with_suffix(".json")
        if side.is_file():
            try:
                meta = json.loads(side.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                meta = {}
    if not meta and path is not None and Path(path).name == f"{BUNDLED_ID}.txt":
        meta = _bundled_metadata()
    guessed = guess_metadata(text)
    for k, v in guessed.items():
        meta.setdefault(k, v)
    if path is not None:
        meta.setdefault("file", Path(path).name)
    rid = report_id or meta.get("report_id") or (_slug(Path(path).stem) if path else "")
    if not rid:
        rid = "report_" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
    meta["report_id"] = rid
    meta["source_kind"] = src.kind
    if src.n_pages:
        meta["pages"] = src.n_pages
    return Report(text=text, report_id=rid, metadata=meta, path=path, source=src)


def _slug(stem: str) -> str:
    return re.sub(r"[^\w\-]+", "_", stem).strip("_") or ""


def guess_metadata(text: str) -> dict:
    """Title, district, city, year and period read off the first lines of a report."""
    lv = layout_views()
    head = normalize(text[:3000])
    meta: dict = {}
    first = next((ln.strip() for ln in head.split("\n") if ln.strip()), "")
    if any(w in first for w in lv.title_words) and len(first) <= 80:
        meta["title"] = first.strip("《》 ")
    m = lv.district.search(head)
    if m:
        district = m.group(1)
        for word in lv.district_strip:
            district = district.removeprefix(word)
        meta["district"] = district
    m = re.search(r"(20\d{2}|19\d{2})年", head)
    if m:
        meta["year"] = int(m.group(1))
    periods = lv.report_periods
    for scope in (meta.get("title", ""), first, head):
        code = next((c for label, c in periods if label in scope), None)
        if code:
            meta["period"] = code
            break
    if "title" not in meta:
        district = meta.get("district", "")
        year = meta.get("year", "")
        meta["title"] = f"{district}{year}{'年' if year else ''}计划执行情况报告" if (district or year) else "计划执行情况报告"
    return meta


def period_share(report: Report) -> float:
    """Share of the year elapsed at the report's period (H1 → 0.5, Q1 → 0.25, Q1-Q3 → 0.75)."""
    return layout_views().period_shares.get(str(report.metadata.get("period", "H1")), 0.5)
