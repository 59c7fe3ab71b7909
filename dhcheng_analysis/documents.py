"""Reports as they are published: PDF and Word (.docx) files → report text and a page map.

The text made from a file is what :class:`~dhcheng_analysis.report.Report` indexes: paragraphs
one to a line, headings on their own lines, and tables as pipe rows (header row first), so the
extractor reads a table cell with its row label, column header and unit.

PDF (text layer read with pypdfium2; ruled tables found with pdfplumber on the pages that draw
lines):

- lines are rebuilt from the characters and their positions; a two-column page is read column by
  column;
- lines broken by the page width are joined back into paragraphs (a full line, or a line that ends
  without sentence punctuation before a line starting with a Chinese character, continues unless the
  next line is indented, starts after a gap, or is a short heading);
- running headers and footers (the same line on most pages, in the top or bottom margin) and page
  numbers (``第 3 页``, ``- 3 -``, ``3/12``, a bare number) are dropped;
- spaces that typesetting puts between Chinese characters and figures (``完成 96.9 亿元``) are removed,
  and a figure broken over two lines (``96.`` / ``9``) is joined;
- a table continued on the next page is one table (its repeated header row dropped).

Word: paragraphs and tables in document order (headers, footers and text boxes are not read).

Errors are one line each: :class:`~dhcheng_analysis.errors.ScannedDocumentError` (no text layer),
:class:`~dhcheng_analysis.errors.EncryptedDocumentError`,
:class:`~dhcheng_analysis.errors.LegacyWordError` (.doc),
:class:`~dhcheng_analysis.errors.CorruptDocumentError`, and
:class:`~dhcheng_analysis.errors.MissingDependencyError` when the ``documents`` extra is not installed.

>>> sniff(b"%PDF-1.7\\n...")
'pdf'
>>> sniff(b"\\xd0\\xcf\\x11\\xe0\\xa1\\xb1\\x1a\\xe1" + bytes(504))
'doc'
>>> sniff("收入增长5%".encode())
>>> tidy_spaces("完成 96.9 亿元, 同比下降 7 %")
'完成96.9亿元,同比下降7%'
"""

from __future__ import annotations

import bisect
import io
import itertools
import logging
import re
import statistics
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from .cuewords import compiled, layout_views, line_end, lines_beside, token_views
from .errors import (
    CorruptDocumentError,
    EncryptedDocumentError,
    LegacyWordError,
    MissingDependencyError,
    ScannedDocumentError,
)
from .numbers import normalize

__all__ = ["PageSpan", "Source", "DocumentText", "sniff", "read_document", "pdf_to_text", "docx_to_text",
           "tidy_spaces", "fold_radicals", "INSTALL_HINT", "table_like", "table_cell_lines"]

INSTALL_HINT = "pip install 'dhcheng_analysis[documents]'"

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_OOXML = "EncryptionInfo".encode("utf-16-le")


@dataclass(frozen=True)
class PageSpan:
    """Characters ``start:end`` of the report text came from page ``page`` (1-based)."""

    page: int
    start: int
    end: int


@dataclass(frozen=True)
class Source:
    """Where the report text came from.

    Attributes
    ----------
    kind : str
        ``pdf``, ``docx``, ``html`` or ``text``.
    path : str or None
        The file read, None for bytes or text given directly.
    pages : tuple of PageSpan
        For a PDF, the page of each character range of the text, in text order; empty otherwise.
    n_pages : int
        Pages in the file (0 when the source has no pages).
    """

    kind: str
    path: str | None = None
    pages: tuple[PageSpan, ...] = ()
    n_pages: int = 0

    def page_at(self, offset: int) -> int | None:
        """Page (1-based) of the character at ``offset``, None when the source has no pages."""
        if not self.pages:
            return None
        i = bisect.bisect_right([p.start for p in self.pages], offset) - 1
        return self.pages[max(i, 0)].page


class DocumentText(str):
    """Report text made from a file, carrying its :class:`Source`."""

    source: Source

    def __new__(cls, text: str, source: Source) -> DocumentText:
        obj = super().__new__(cls, text)
        obj.source = source
        return obj


def sniff(data: bytes, suffix: str = "") -> str | None:
    """``pdf``, ``docx`` or ``doc`` when ``data`` (or a file named with ``suffix``) is one, else None.

    A file named .pdf or .docx is taken as one whatever it holds, so a damaged file gets its own
    error; a file named .doc that is not an old binary Word file (often a saved web page) is left to
    the text reader.
    """
    suffix = suffix.lower()
    at = data.find(b"%PDF-", 0, 1024)  # the header may follow a little junk
    if at == 0 or (at > 0 and b" obj" in data[:65536]):
        return "pdf"
    if data.startswith(_OLE):
        return "doc"
    if data.startswith(b"PK\x03\x04") and _is_docx_zip(data):
        return "docx"
    if suffix in (".pdf", ".docx"):
        return suffix[1:]
    return None


def _is_docx_zip(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return "word/document.xml" in z.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return b"word/" in data[:4096]


def read_document(data: bytes, name: str, kind: str | None = None) -> DocumentText:
    """Report text of a PDF, .docx or .doc file given as bytes.

    Parameters
    ----------
    data : bytes
        The file's contents.
    name : str
        How to name the input in error messages (a path, or ``the given bytes``).
    kind : str, optional
        ``pdf``, ``docx`` or ``doc``; sniffed from ``data`` when omitted.

    Raises
    ------
    DocumentError
        A subclass naming the case: scanned, encrypted, legacy .doc, corrupt.
    MissingDependencyError
        The ``documents`` extra is not installed.
    """
    kind = kind or sniff(data)
    if kind == "pdf":
        return pdf_to_text(data, name)
    if kind == "docx":
        return docx_to_text(data, name)
    if kind == "doc":
        if _ENCRYPTED_OOXML in data:
            raise EncryptedDocumentError(f"{name} is a password-protected Word file — "
                                         "remove the password (save an unprotected copy) and retry")
        raise LegacyWordError(f"{name} is an old binary Word file (.doc) — "
                              "open it in Word or LibreOffice, save it as .docx or PDF, and retry")
    raise CorruptDocumentError(f"{name} is neither a PDF nor a Word file — give a .pdf, .docx, .txt or .html file")


# ----------------------------------------------------------------------------- text clean-up

_CJK = "\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
_CJK_CHAR = re.compile(f"[{_CJK}]")
_SPACES = re.compile(rf"(?<=[{_CJK}])[ \t\u00a0]+|[ \t\u00a0]+(?=[{_CJK}])|(?<=\d)[ \u00a0]+(?=[%‰])")
_SPACES_BY_FIGURES = re.compile(rf"(?<=[{_CJK}])[ \t\u00a0]+(?=[^{_CJK}\s])|(?<=[^{_CJK}\s])[ \t\u00a0]+(?=[{_CJK}])"
                                r"|(?<=\d)[ \u00a0]+(?=[%‰])")
_SENTENCE_END = frozenset("。！？!?；;：:…”’」』）)】")
_PAGE_NUMBER = re.compile(
    r"^\s*(?:第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|[-—–－]\s*\d+\s*[-—–－]|\d{1,4}|"
    r"\d{1,4}\s*/\s*\d{1,4}|共\s*\d+\s*页\s*第\s*\d+\s*页|(?:page|p\.)\s*\d+(?:\s*of\s*\d+)?)\s*$",
    re.IGNORECASE)


def _radical_map() -> dict[int, str]:
    import unicodedata

    out = {}
    for cp in range(0x2E80, 0x2FE0):  # CJK radicals and Kangxi radicals: ⼀ (U+2F00) is 一 (U+4E00)
        folded = unicodedata.normalize("NFKC", chr(cp))
        if len(folded) == 1 and folded != chr(cp):
            out[cp] = folded
    return out


_RADICALS = _radical_map()


def fold_radicals(text: str) -> str:
    """Kangxi and supplementary radicals as the ideographs they stand for (``⼀`` → ``一``).

    Some PDF writers map a glyph shared by a radical and an ideograph to the radical; the text then
    looks right but matches nothing.  One character for one, so offsets do not move.
    """
    return text.translate(_RADICALS)


def tidy_spaces(text: str, between_chinese: bool = True) -> str:
    """Remove the spaces typesetting puts beside Chinese characters and before a percent sign.

    Spaces between two Latin words or two figures stay; spaces between two Chinese characters
    go too unless ``between_chinese`` is False (a Word file's own spacing, ``故宫以东 一见如故``).
    """
    return (_SPACES if between_chinese else _SPACES_BY_FIGURES).sub("", text)


def _heading(line: str) -> bool:
    """A line that opens like one of the report's headings (一、 (二) 3. …, ``vocab/layout.json``)."""
    return layout_views().heading_line.match(normalize(line.strip())) is not None


def _joint(a: str, b: str) -> str:
    """What goes between two pieces of one paragraph: a space only between two Latin words."""
    return " " if a[-1:].isascii() and a[-1:].isalpha() and b[:1].isascii() and b[:1].isalpha() else ""


def _width(line: str) -> int:
    """Printed width of a line: two for a Chinese character (any non-ASCII character), one else."""
    return 2 * len(line) - len(line.encode("ascii", "ignore"))


# columns set apart by spaces: a table, not prose (a run of two or more spaces between two other characters: the
# space first, so that the engine skips to the spaces of a long line of prose instead of trying every character)
_INNER_GAP = re.compile(r"[ \t\u3000](?<=\S[ \t\u3000])[ \t\u3000]+(?=\S)")


def _wrap_width(lines: list[str]) -> tuple[Callable[[str], int], int] | None:
    """How a plain text was broken into lines — the measure (printed width, or characters, as
    some tools count) and the width — or None when it was not.

    Text copied out of a printed report (or saved by a tool that breaks lines) has many lines at
    one width, give or take a character that did not fit, none wider, and most of those lines
    stop in the middle of a sentence; paragraphs one to a line vary widely in width and end with
    a full stop.  Read from the first 400 lines of prose (no table rows)."""
    prose = [ln.rstrip() for ln in lines[:400] if ln.strip() and not table_like(ln)]
    if len(prose) < 5:
        return None
    # a mark no line starts with hangs past the width (…招商，): the line is as wide as the rest of it
    hangs = "".join(layout_views().never_starts_line)
    bodies = [ln.rstrip(hangs) or ln for ln in prose]
    found: list[tuple[int, int, Callable[[str], int], int]] = []
    for measure in (_width, len):
        widths = [measure(ln) for ln in bodies]
        counts = Counter(widths)
        best, full = 0, 0
        for w in counts:
            if w >= (40 if measure is _width else 20):
                n = sum(counts.get(x, 0) for x in range(w - 4, w + 1))  # (a width no line has: none)
                if n > full or (n == full and w > best):
                    best, full = w, n
        if full < max(3, len(prose) // 4):
            continue
        wider = sum(1 for x in widths if x > best + 2)
        open_ends = sum(1 for ln, x in zip(prose, widths, strict=True)
                        if best - 4 <= x <= best and ln[-1] not in _SENTENCE_END)
        if wider <= len(prose) // 50 and open_ends >= 0.6 * full:
            peak = sum(1 for ln in prose if best - 1 <= measure(ln) <= best + 1)
            found.append((peak, full, measure, best))
    if found:  # the measure that puts more lines within a column of the width (then near it)
        *_, measure, best = max(found, key=lambda f: f[:2])
        return measure, best
    return None


def unwrap_text(text: str) -> str:
    """Join back the lines of a plain text that was broken at a fixed width.

    A line that reaches the wrap width (within four columns: a character that did not fit) goes
    on in the next line unless that line is blank, indented, a heading or a table row. A line more than two
    Han characters short of the width goes on only when the piece the next line opens with would not have
    fitted: a figure or word moved down whole, or a character taken down with the marks no line starts with
    (``…增长⏎14.1%。``); else it ends its paragraph (``…2022-12-09⏎发布机构…``). (Within two characters it goes on
    whatever the next opens with: the indent a copy put before every line, taken off first, made it as much
    shorter.) A mark no line starts with may hang past the width (``…招商，``): the width is read without it.
    A line closed by a sentence end goes on only when not one more Han character would have fitted (a column
    short of a printed width: ``…首位。⏎实施…``). A shorter line that stops in the middle of a sentence goes
    on when the word of Latin letters or digits the next line opens with (and the marks after it) would not
    have fitted after it, with the space the line was broken at (a figure is never broken: the typesetter moved
    ``12.7%`` down whole, and ``-6.2%`` with its sign); so does a line closed by a full stop after which a Han
    character would have fitted, but not that word (``…实际增长7%。⏎CPI同比上涨2%``). A line opening like a
    heading goes on from a line broken at a space, at the width in the middle of a sentence or after a full
    stop where the heading's opening would not have fitted: the heading was run into its paragraph
    (``…决算情况 ⏎1.全区…``, ``…决算平衡。 ⏎2.区本级…``); a space a copy put at the end of every line is dropped
    first, so it is no such space; an item a paragraph runs in after a sentence end (``…。一是…。⏎二是…``) goes on
    from a line closed at the width too. A line opening with the words rows of a list open alike with
    (``_repeated_openings``) ends the paragraph before it when the line before closes on a full stop or the
    paragraph holds no prose mark. A page's number between two paragraphs is dropped, and a blank line before it
    under a line closing a paragraph (``…如下:⏎⏎- 2 -⏎1)…``) ends that paragraph.  In a text that was not broken
    at one width, only a line of prose cut in the middle of a sentence is joined to the next (see
    ``_join_cut_sentences``).

    >>> text = "全区实现地区生产总值806亿元，同比增长3.2%，规模以上工业增加值同\\n比增长10.1%。\\n" * 8
    >>> unwrap_text(text).split("\\n")[0]
    '全区实现地区生产总值806亿元，同比增长3.2%，规模以上工业增加值同比增长10.1%。'
    """
    text = _drop_running_lines(_drop_contents(_drop_line_pads(text)))
    text = _join_sentence_lines(_drop_piece_indents(_drop_uniform_indent(text)))
    pages = _bare_page_numbers(text)
    paged = _replace_spans(text, [(a, b, kept) for a, b, _, kept in pages])
    found = _wrap_width(paged[:100_000].split("\n", 400))
    if found is None:
        return _join_cut_sentences(_replace_spans(text, [(a, b, joined) for a, b, joined, _ in pages]))
    text = paged
    measure, width = found
    cells = table_cell_lines(text)
    lines = text.split("\n")
    cell_rows = {i for i, a in enumerate(itertools.accumulate((len(ln) + 1 for ln in lines[:-1]), initial=0))
                 if a in cells} if cells else set()
    out: list[str] = []
    full = False  # the line before reached the wrap width
    room = 0  # the columns the line before leaves free of the width (a space it was broken at takes one)
    han = measure("一")  # the width of a Han character
    closed = -1  # the columns the line before leaves free when it closes a sentence near the width, else -1
    short = -1  # the width the line before takes (with a space it was broken at) when it stops short in the middle
    # of a sentence, else -1
    # the line before ends on a piece of a sentence set on a line of its own, a subscript (广义货币M⏎2⏎增长) or a word
    # a web page printed as a link (…新增⏎第四代移动通信⏎用户3.4亿): the next goes on
    sub = False
    in_table = False  # the line before is a cell of a table printed one cell a line
    lv = layout_views()
    openings = _repeated_openings(lines)

    def subscript(line: str) -> bool:
        """Whether ``line`` is a subscript of the Latin word the last line kept ends on (PM⏎2.5⏎)."""
        last = out[-1].rstrip()[-1:] if out else ""
        return last.isascii() and last.isalpha() and lv.subscript_line.match(line.strip()) is not None

    def goes_on(line: str, piece: bool = False) -> bool:
        """Whether ``line`` goes on from the last line kept (``piece``: it is a piece of a sentence set on a line
        of its own): a line broken at a space between two words, after a full line cut inside a sentence, keeps
        the space (…农村电网线路⏎ 26.6万公里, …取得了积极进展。2006⏎ 年，)."""
        lead = lv.lead_piece.match(line.lstrip(" "))
        over = measure(lead.group()) if lead else 0  # (the width of the piece the line opens with)
        word = lead is not None and lead.group("word") is not None  # (Latin letters or digits: a figure)
        return bool((full and (room <= 2 * han or over > room) or sub
                     or closed >= 0 and word and over > closed
                     or short >= 0 and (word and short + over > width
                                        or out[-1].rstrip()[-1:] in lv.never_ends_line
                                        or line[:1] in lv.never_starts_line or piece))
                    and (line[:1].strip() or full and line[1:2].strip() and line[:1] == " "
                         and out[-1].rstrip()[-1:] not in _SENTENCE_END)
                    and not table_like(line) and not _page_line(line)
                    and (not _heading(line) or (full or closed >= 0) and (inline_heading(line) or run_in(line)))
                    and not (_opening(line) in openings and (_FULL_STOP.search(out[-1].rstrip()) is not None
                                                             or _PROSE_MARK.search(out[-1]) is None)))

    def run_in(line: str) -> bool:
        """Whether ``line`` opens with an item of a list the paragraph runs in (…。一是…。⏎二是…: the line before
        closed at the width)."""
        return lv.item_line.match(line) is not None and lv.run_in_item.search(out[-1]) is not None

    def inline_heading(line: str) -> bool:
        """Whether ``line`` opens with a heading run into its paragraph after a space the line before was broken at
        (…决算情况 ⏎1.全区一般公共预算…, …收支决算平衡。 ⏎2.区本级…; the space every line of a copy ends with was
        dropped first)."""
        last = out[-1][-1:] if out else ""
        return last.isspace() and lv.heading_inline.match(last + line) is not None

    i = 0
    while i < len(lines):
        line = lines[i]
        if (full or short >= 0) and (not line.strip() or _page_line(line)):
            # a page number between a line and the line it goes on in (…比上年⏎— 3 —⏎同期…): the page ends
            # inside the paragraph, and its number (with the blank lines around it) is no part of it
            j, page = i, False
            while j < len(lines) and (not lines[j].strip() or _page_line(lines[j])):
                page = page or bool(lines[j].strip())
                j += 1
            # a blank line before the number and none after it is the paragraph's, closed by the line before
            # (…完成情况如下:⏎⏎- 2 -⏎1)税收收入…)
            ended = (not line.strip() and lines[j - 1].strip() != ""
                     and out[-1].rstrip()[-1:] in lv.page_paragraph_ends)
            if page and not ended and j < len(lines) and goes_on(lines[j]):
                i, line = j, lines[j]
        if _page_line(line) and not line.strip().isdigit():
            i += 1  # a page's number between two paragraphs (…向好。⏎⏎- 6 -⏎⏎各位代表！): no part of either
            continue
        if full and lv.zero_width_line.match(line.strip()):
            # a web copy's page break after a line at the width (…职工的人数⏎​⏎增加多了): the line goes on after it
            out[-1] += line
            i += 1
            continue
        # (a link word stands after a line cut short: a line at the width goes on in a line of any length)
        lower = short >= 0 and (subscript(line) or not full and _link_line(line, lines[i + 1] if i + 1 < len(lines) else "")
                                and _PROSE_MARK.search(out[-1]) is not None)
        if i not in cell_rows and not in_table and goes_on(line, lower):
            out[-1] += line  # a wrap inside a word (GD⏎P) as much as between two
        else:
            out.append(line)
            lower = False
        sub = lower
        in_table = i in cell_rows
        stripped = line.rstrip()
        table = table_like(line)
        # a line short of the width that closes a sentence closes its paragraph (a line the paragraph goes on
        # from is cut short only by a character that did not fit, and a sentence end is no such character)
        n = measure(stripped)
        room = width - n - (line[len(stripped):len(stripped) + 1] == " ")
        near = not table and n >= width - 4
        full = near and (room < han or _FULL_STOP.search(stripped) is None)
        closed = room if near and not full else -1  # (not full: a full stop closes it, a character would fit)
        short = width - room if not table and stripped and stripped[-1] not in _SENTENCE_END else -1
        i += 1
    return "\n".join(out)


def _opening(line: str) -> str:
    """The words a line of prose opens with (``paragraph_opening_chars`` Han characters), or ``""``."""
    m = layout_views().paragraph_opening.match(line.lstrip())
    return m.group() if m else ""


def _repeated_openings(lines: list[str]) -> frozenset[str]:
    """The words ``paragraph_opening_min`` lines or more of a text broken at a width open with after a blank line
    or one closed by a full stop: the paragraphs that open so (``经济社会发展主要预期目标2…``, the rows of a list
    copied as prose; sentences of one paragraph seldom open alike at the start of a line twice). A line at the
    width closed by a full stop, or a paragraph of no prose mark (a title, a table's header), before a line opening
    so ends its paragraph: it ended at the width (``…增幅-1.1%。⏎经济社会发展主要预期目标2…``,
    ``类别序号重点督办内容牵头单位全年完成情况⏎经济社会发展主要预期目标1…``)."""
    seen: Counter[str] = Counter()
    prev = ""
    for line in lines:
        if not prev.strip() or _FULL_STOP.search(prev.rstrip()):
            seen[_opening(line)] += 1
        prev = line
    seen.pop("", None)
    return frozenset(k for k, n in seen.items() if n >= layout_views().paragraph_opening_min)


def _drop_line_pads(text: str) -> str:
    """Drop the space a copy puts at the end of every line (most lines of prose end with one): a space at the
    end of a line is then no space the line was broken at."""
    lines = text.split("\n")
    if 2 * sum(ln[-1:] == " " for ln in lines) <= sum(bool(ln.strip()) for ln in lines):
        return text
    return "\n".join(ln.rstrip(" ") if ln.strip() else ln for ln in lines)


def _drop_contents(text: str) -> str:
    """Drop the table of contents a copy of a printed report opens with: its title (目录) and its entries, a
    heading and the number of its page, led to it by dots (``二、下半年工作安排……………5``) or set apart by spaces
    (``三、保障措施  9``). An entry with dots is one alone; entries set apart by spaces are when they follow the
    title or stand in a run of ``contents_entry_min`` or more, most of them headings, their pages rising (a
    table's rows are no headings, and their cells stand apart by spaces themselves). The headings of the
    contents would open the report's parts before the parts do, and their page numbers are no figures."""
    lv = layout_views()
    # each entry: where its line starts and ends, its heading, whether dots lead it, its page (an entry on the
    # first line is read from a line break put before it, the text itself is not copied)
    head = lv.contents_entry.match("\n" + text[:_CONTENTS_LINE_MAX])
    found = [(m.start() + 1, m.end(), m.group("entry"), bool(m.group("leader")), int(m.group("page")))
             for m in lv.contents_entry.finditer(text)]
    if head is not None:
        found.insert(0, (0, head.end() - 1, head.group("entry"), bool(head.group("leader")), int(head.group("page"))))
    if not found:
        return text
    if (first := lv.contents_title.match("\n" + text[:_CONTENTS_LINE_MAX])) is not None:
        title_span: tuple[int, int] | None = (0, first.end() - 1)
    else:
        title_span = (m.start() + 1, m.end()) if (m := lv.contents_title.search(text)) else None
    runs: list[list[tuple[int, int, str, bool, int]]] = []
    for e in found:
        if runs and not text[runs[-1][-1][1]:e[0]].strip():
            runs[-1].append(e)
        else:
            runs.append([e])
    spans: list[tuple[int, int]] = []
    for run in runs:
        titled = title_span is not None and not text[title_span[1]:run[0][0]].strip()
        pages = [e[4] for e in run]
        by_spaces = [e for e in run if not e[3]]
        listed = (titled or len(run) >= lv.contents_entry_min and pages == sorted(pages)
                  and 2 * sum(_heading(e[2]) for e in by_spaces) >= len(by_spaces))
        spans += [(a, b) for a, b, entry, dots, _ in run if dots or listed and not table_like(entry)]
        if titled and spans and spans[-1][1] == run[-1][1]:
            spans.append(title_span)
    return _replace_spans(text, [(a, b, "") for a, b in sorted(spans)])


_CONTENTS_LINE_MAX = 120  # characters of the first line read for an entry or the title of a table of contents


def _prose_lines(lines: list[str]) -> list[str]:
    """The lines of prose among ``lines``: not blank, no table row."""
    return [ln for ln in lines if ln.strip() and not table_like(ln)]


def _drop_uniform_indent(text: str) -> str:
    """Drop the indentation of the lines that go on from a line cut inside a sentence, in a text that indents
    nearly every line of prose alike (``　　``, as a copy indents every line): there an indent opens no paragraph,
    and a line after one that stops short of a sentence end (no heading, no table row) goes on from it, to be
    joined to it as in a text set flush (``…全年⏎　　​⏎　　降低企业税负``, ``…细颗粒物（PM⏎　　2.5⏎　　）年均浓度``).
    Every other line keeps its indentation, and a title set flush above them changes nothing. A text
    indenting some lines only (its paragraphs) is left as it is (``vocab/layout.json``)."""
    lv = layout_views()
    lines = text.split("\n")
    prose = _prose_lines(lines)
    opens = Counter(m.group() for ln in prose if (m := lv.indent.match(ln)) and ln[m.end():].strip())
    if not opens:
        return text
    indent, n = opens.most_common(1)[0]
    flush = len(prose) - sum(1 for ln in prose if ln.startswith(indent))
    if n < 5 or flush > 1 and flush > (1 - lv.uniform_indent_min_share) * len(prose):  # (one: a title set flush)
        return text
    out: list[str] = []
    for line in lines:
        prev = out[-1].rstrip() if out else ""
        if (line.startswith(indent) and prev.strip() and prev[-1] not in _SENTENCE_END and not table_like(prev)
                and not _heading(prev)):
            line = line[len(indent):]
        out.append(line)
    return "\n".join(out)


def _drop_piece_indents(text: str) -> str:
    """Drop the indent of a line that goes on a sentence cut inside by a web copy, in a text that indents its
    lines (every line opened with ``　　``, and then broken at a width, so that the lines go on flush): the
    indent of a piece of the sentence set on a line of its own and of the line after it opens no paragraph.
    A line goes on from a line of prose that stops short of a sentence end (no heading, no table row) when
    either is a page break (nothing but zero-width characters, ``…全年⏎　　​⏎　　降低企业税负``), it is a
    subscript after a Latin letter or the line after one (``广义货币M⏎　　2⏎　　增长``), the line before ends
    on an opening mark or it opens with a closing one (``所謂「⏎　　東南亞集體防務條約⏎　　」。``), or it is a
    word a web page printed as a link, a line of prose before it (``…新建⏎　　高速铁路⏎　　投产里程``). A page's
    number printed between two lines stands in neither (``…M⏎　　2⏎- 6 -⏎　　预期增长``). The lines then read as in
    a copy set flush (``vocab/layout.json``)."""
    lv = layout_views()
    if "\n" not in text or lv.indent.search(text) is None:
        return text
    lines = text.split("\n")
    out: list[str] = []
    cut = False  # the line before stops inside a sentence
    piece = False  # the line before is a page break or a subscript, going on a sentence
    prev = ""  # the last line of text before (a page's number between them is none)
    for i, line in enumerate(lines):
        if _page_line(line):
            out.append(line)  # (…广义货币M⏎　　2⏎- 6 -⏎　　预期增长: the sentence goes on over the page's number)
            continue
        m = lv.indent.match(line)
        body = line[m.end():] if m else line
        this_piece = False
        if (m and body.strip() and cut and not table_like(line) and not table_like(prev) and not _heading(body)
                and not _heading(prev)):
            zero = lv.zero_width_line.match(body) is not None
            sub = prev[-1:].isascii() and prev[-1:].isalpha() and lv.subscript_line.match(body) is not None
            # a word a web page printed as a link (…新建⏎　　高速铁路⏎　　投产里程), after a line of prose
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            link = _PROSE_MARK.search(prev) is not None and _link_line(body, nxt)
            if zero or sub or link or piece or prev[-1:] in lv.never_ends_line or body[:1] in lv.never_starts_line:
                line, this_piece = body, zero or sub or link
        stripped = line.strip()
        if lv.zero_width_line.match(stripped):
            cut = cut and this_piece  # (a page break keeps the line before it going on)
        else:
            cut = bool(stripped) and stripped[-1] not in _SENTENCE_END  # (a heading or table row: looked at below)
        piece = this_piece
        out.append(line)
        prev = line.rstrip()
    return "\n".join(out)


def _link_line(line: str, nxt: str) -> bool:
    """Whether ``line`` is a word a web page printed as a link, on a line of its own inside a sentence (after a
    line of prose cut inside it, with a mark of prose: no title): a short word with no mark, before a line going
    on (``nxt``, no heading or table row)."""
    return (_LINK_WORD.fullmatch(line) is not None and nxt.strip() != "" and not _heading(nxt)
            and not table_like(nxt))


def _join_sentence_lines(text: str) -> str:
    """Join the lines of a text set a sentence a line (as some web pages and copy tools give a text) back into
    its paragraphs.

    The text is set so when its lines of prose close a sentence rather than stop inside one (as the lines of a
    text broken at a width do), and hold almost no other sentence end before their own. A line then goes on
    the paragraph of the line before it when that one closes a sentence and neither is a table row or a page
    number (``全年中央财政用于“三农”的投入5955亿元，…。⏎三次较大幅度提高粮食最低收购价，提价幅度超过20%。``: one
    paragraph, and the period that opens it governs its sentences). Where blank lines set the paragraphs apart,
    a line that opens like a heading goes on too: a heading stands in a paragraph of its own, and one closed by
    a full stop runs into its text (``（七）坚定扩大对外开放…。⏎面对外部环境变化…``, ``…完成预算数的１０９．０８％。⏎
    （二）国营企业和事业收入…``). With no blank line, a heading set flush stays a line of its own (``…产、销均保持
    增长。⏎二、市场消费``), and the sentences under it are one paragraph; a line opening with a space goes on with
    its space, as a heading run into the text after one (``…收支决算平衡。⏎ 2.区本级一般公共预算收支决算情况``)
    (``vocab/layout.json``)."""
    blank = "\n\n" in text
    lv = layout_views()
    lines = text.split("\n")
    prose = _prose_lines(lines)
    closed = [ln for ln in prose if lv.line_sentence_end.search(ln)]
    cut = sum(1 for ln in prose if len(ln.strip()) >= _PROSE_MIN and _CLAUSE_MARK.search(ln)
              and not lv.line_sentence_end.search(ln) and not _heading(ln))  # (prose stopping inside a sentence)
    if (len(closed) < max(lv.sentence_lines_min, lv.sentence_lines_min_closed_share * (len(closed) + cut))
            or sum(1 for ln in closed if lv.inner_sentence_end.search(ln)) > lv.sentence_lines_max_inner_share * len(closed)):
        return text
    cells = table_cell_lines(text)
    out: list[str] = []
    at = 0  # where the line starts in the text
    for line in lines:
        at, a = at + len(line) + 1, at
        if (out and line.strip() and out[-1].strip() and lv.line_sentence_end.search(out[-1])
                and not table_like(out[-1]) and not table_like(line) and not _page_line(line) and a not in cells
                and not line.strip().isdigit()  # (a bare page number, read by its place later)
                and (blank or line[:1].isspace() or not _heading(line))):
            out[-1] += _joint(out[-1], line) + line  # (a space the line opens with stays: …意见。 2014年工作回顾)
        else:
            out.append(line)
    return "\n".join(out)


_RUNNING_MIN, _RUNNING_MAX = 4, 40  # characters of a running header or footer


def _drop_running_lines(text: str) -> str:
    """Drop the running headers and footers a copy of a printed report keeps: a short line that is no table
    row, printed at least twice next to a page number (over blank lines: ``…增长⏎⏎— 2 —⏎东城区人民政府工作报告⏎
    ⏎2.4%``), is dropped wherever it stands next to one, when the bare numbers it stands beside rise page by
    page; so is one printed on the page number's line before it (``东城区人民政府工作报告    — 2 —``). The page
    numbers are dropped after it, as the text is read; one printed once on the line of a number printed as a
    page's (``政府工作报告  第2页``, no mark of prose) is dropped too. Else a line printed once, or never beside a
    page number, stays (a heading, a table's unit line, a cell of a table printed one cell a line), and so does a
    line a sentence end closes (an address said again and again, ``各位代表！``), and a line that stands inside a
    sentence once, after a line ending on an opening mark or before one opening with a closing mark (a title's
    words a web page set on a line of its own: ``…贯彻《⏎- 5 -⏎纲要（草案）⏎》提出…``)."""
    tv = token_views()
    lv = layout_views()
    closed = lv.line_sentence_end  # (a line a sentence end closes is prose, 各位代表！: no running line)
    # the ends of the page number lines, with the number of a bare one (0: a number printed as one, - 3 -)
    pages = sorted([(m.end(), 0) for m in tv.page_number.finditer(text)]
                   + [(m.end(), int(m.group(1))) for m in tv.page_number_bare.finditer(text)])
    if len(pages) < 2 and not tv.page_number_after_text.search(text):
        return text
    beside: dict[str, list[tuple[int, int, int]]] = {}  # a line next to a page number: where it stands, the number
    inside: set[str] = set()  # lines standing inside a sentence (…贯彻《⏎- 5 -⏎纲要（草案）⏎》提出…): a title's words
    for b, page in pages:
        a = text.rfind("\n", 0, b)
        before, after, p, q = lines_beside(text, a, b)
        # each line beside the number, with the marks around it (the last one over it, the first one past it)
        for line, start, last, nxt in ((before, p - len(before), _mark_before(text, p - len(before)), after.lstrip()[:1]),
                                       (after, q + 1, before.rstrip()[-1:], _mark_after(text, q + 1 + len(after)))):
            key = line.strip()
            if (_RUNNING_MIN <= len(key) <= _RUNNING_MAX and not table_like(line) and not key.isdigit()
                    and not _page_line(line) and closed.search(key) is None):
                beside.setdefault(key, []).append((start, start + len(line), page))
                if last in lv.never_ends_line or nxt in lv.never_starts_line:
                    inside.add(key)
    printed: set[str] = set()  # lines printed beside a number printed as a page's (- 3 -, 第3页), not a bare one
    for m in tv.page_number_after_text.finditer(text):  # the running line and the number on one line: the number stays
        key = m.group("text").strip()
        if _RUNNING_MIN <= len(key) <= _RUNNING_MAX and not table_like(key) and not _page_line(key):
            bare = m.group("bare")
            beside.setdefault(key, []).append((m.start() + 1, m.start("page"), int(bare) if bare else 0))
            if not bare and _PROSE_MARK.search(key) is None:
                printed.add(key)
    # bare numbers beside a running line number pages one after another (not cells: 亿元⏎19, …亿元⏎12), and it
    # is printed on two pages at least (not once between two numbers: …广义货币M⏎2⏎ after a page's - 21 -), or
    # once on the line of a number printed as a page's (政府工作报告  第2页: a text of one page break)
    beside = {k: v for k, v in beside.items() if (len({start for start, _, _ in v}) >= 2 or k in printed)
              and k not in inside and all(0 < y[2] - x[2] <= 2 for x, y in pairwise(v) if x[2] and y[2])}
    spans = sorted({(a, b) for found in beside.values() for a, b, _ in found})
    return _replace_spans(text, [(a, b, "") for a, b in spans])


def _bare_page_numbers(text: str) -> list[tuple[int, int, str, str]]:
    """The page numbers a copy of a printed report keeps as bare numbers on lines of their own, as spans to
    drop: ``(a, b, joined, kept)``, what replaces the span when the two halves of a sentence the page cut are
    joined at once, and when one line break is left for them to be joined as the lines of a text broken at
    one width (``…规上工业增加值增长⏎⏎2⏎⏎2.4%``); a page that ends a paragraph leaves the paragraph break.

    A number alone on its line is a page number when no table row or number stands next to it, the line
    just before does not end on a Latin word (``广义货币M⏎2⏎增长``; over a blank line it may), it is higher
    than the page numbers found before it, and a line of prose comes before it with a blank line or a line
    of prose after it — or, with a blank line beside it, a sentence closed by a full stop comes before it,
    or a heading or a closed phrase with prose or a heading after it (cells printed one a line are short),
    or it numbers the page after the one found last (with a blank line beside it or at the end), or nothing
    comes after it (the last page's number); so is a number the number of the page after it follows over
    blank lines alone (a page of nothing), and the first number found when blank lines stand around it and
    around the next number alone on a line, the page after it."""
    cuts: list[tuple[int, int, str, str]] = []
    last = 0
    numbers = list(token_views().page_number_bare.finditer(text))
    for k, m in enumerate(numbers):
        a, b = m.start(), m.end()
        before, after, p, q = lines_beside(text, a, b)  # (after '': the number ends the text)
        prev, nxt = before.strip(), after.strip()
        n = int(m.group(1))
        # the number of the page after it, over nothing but blank lines: a page that holds nothing (the blank lines
        # a web copy ends with), its number and the one before it page numbers
        empty = nxt.isdigit() and int(nxt) == n + 1 and text.count("\n", b, q) > _EMPTY_PAGE_BREAKS
        if (not prev or n <= last or table_like(before)
                or (prev[-1].isascii() and prev[-1].isalnum() and p == a)  # (after a blank line no subscript: …domain⏎⏎29)
                or table_like(after) or nxt.isdigit() and not empty):
            continue
        if empty:
            last = n
            cuts.append((a, b, "", ""))  # (the number after it joins the pages)
            continue
        blank = p != a or q != b
        # a paragraph or a heading ends before the number (not a heading run into its text: 3、个人所得税收入…,)
        closed = prev.rstrip(_QUOTE_CLOSERS)[-1:] in _SENTENCE_END or (_heading(before) and not _RUN_IN.search(prev)
                                               and not _CLAUSE_MARK.match(prev[-1]))
        if not ((blank or not nxt) and last and n == last + 1  # (the page after the one found last)
                or (closed if not nxt else
                    blank or len(nxt) >= _PROSE_MIN if len(prev) >= _PROSE_MIN or _CLAUSE_MARK.match(prev[-1]) else
                    blank and closed and (len(nxt) >= _PROSE_MIN or _heading(after) or _FULL_STOP.search(prev)))):
            # the first page number found, alone between blank lines as the next number alone on a line is, the page
            # after it (国务院总理⏎李克强⏎⏎2⏎⏎各位代表：): only the number goes, the lines around it stay apart
            if not last and p != a and q != b and k + 1 < len(numbers) and _alone_between_blanks(
                    text, numbers[k + 1], n + 1):
                last = n
                cuts.append((a, b, "", ""))
            continue
        last = n
        cuts.append((a, b, "", "") if closed else (p, q + 1, _joint(prev, nxt), "\n"))
    return cuts


def _alone_between_blanks(text: str, m: re.Match[str], n: int) -> bool:
    """Whether the bare number ``m`` is ``n``, with a blank line before and after it and no number or table row
    beside it."""
    if int(m.group(1)) != n:
        return False
    before, after, p, q = lines_beside(text, m.start(), m.end())
    return (p != m.start() and q != m.end() and bool(before.strip()) and not after.strip().isdigit()
            and not table_like(before) and not table_like(after))


_QUOTE_CLOSERS = "”’」』"  # a quote closed at a page's end closes no sentence by itself (…“三个代表”⏎⏎41⏎⏎重要思想)
_EMPTY_PAGE_BREAKS = 3  # line breaks between two page numbers, at the least, when the page between holds nothing


def _join_cut_sentences(text: str) -> str:
    """Join a line of prose cut in the middle of a sentence to the line that goes on with it, in a text
    with too few lines to show a wrap width (an excerpt copied out of a printed page: ``…其中:税收⏎收入8103万元``).

    A line of prose holds a clause mark (，、；) and runs on for some length; it is cut when it stops on a
    character that ends no sentence, and the next line starts flush with no heading or table row. The lines
    joined to it count as part of it (``根据《⏎中华人民共和国著作权法⏎》第五条``). A text with no such line is
    returned as it is."""
    cuts: list[tuple[int, int]] = []  # the spans to remove: a line break, or a page number with the breaks around it
    cells = table_cell_lines(text)  # (no line of a table printed one cell a line goes on)
    linked = -1  # the break after a link word joined to the line before it
    start = 0  # where the line before the break starts, with the lines already joined to it
    line_start = 0  # where the line before the break starts in the text
    never_starts = layout_views().never_starts_line
    nl = text.find("\n")
    while nl >= 0:
        end = text.find("\n", nl + 1)
        end = len(text) if end < 0 else end
        if not cuts or cuts[-1][1] != line_start:
            start = line_start
        before, after = text[nl - 1:nl], text[nl + 1:nl + 2]
        nxt = nl  # the break before the line that goes on
        if before and not before.isspace() and before not in _SENTENCE_END and (not after.strip() or after in _PAGE_MARKS):
            # a page number between the cut line and the line it goes on in (…比上年⏎— 3 —⏎同期…), blank lines
            # around it
            e, page = nl, False
            while e < len(text) and (not (ln := text[e + 1:(f := line_end(text, e + 1))]).strip()
                                     or _page_line(ln)):
                page, e = page or bool(ln.strip()), f
            if page and e < len(text):
                nxt, end = e, line_end(text, e + 1)
                after = text[nxt + 1:nxt + 2]
        if before and not before.isspace() and before not in _SENTENCE_END and after and not after.isspace():
            prev = text[start:nl]
            line = text[nxt + 1:end]
            # a word a web page printed as a link, on a line of its own inside a sentence (…新建⏎高速铁路⏎投产里程
            # 超过1900公里): both breaks around it go
            link = (nxt == nl and _LINK_WORD.fullmatch(line) is not None and end < len(text)
                    and (following := text[end + 1:line_end(text, end + 1)])[:1].strip() != ""
                    and not _heading(following) and not table_like(following))
            if ((len(prev) >= _PROSE_MIN and _CLAUSE_MARK.search(prev) or nxt != nl and _CLAUSE_MARK.match(prev[-1])
                 or link or linked == nl or line[:1] in never_starts)
                    and not table_like(prev)
                    and not table_like(line) and not (_heading(prev) and not _RUN_IN.search(prev)
                                                       and not _CLAUSE_MARK.match(prev[-1]))
                    and not _heading(line) and not _page_line(line) and line_start not in cells
                    and nxt + 1 not in cells):
                cuts.append((nl, nxt + 1))
                if link:
                    linked = end
        line_start, nl = nxt + 1, (end if end < len(text) else -1)
    return _replace_spans(text, [(a, b, _joint(text[a - 1], text[b:b + 1])) for a, b in cuts])


def _replace_spans(text: str, spans: list[tuple[int, int, str]]) -> str:
    """``text`` with each of the spans ``(a, b, by)``, in order and apart, replaced by ``by`` (``text`` itself when
    there are none)."""
    if not spans:
        return text
    out: list[str] = []
    at = 0
    for a, b, by in spans:
        out += (text[at:a], by)
        at = b
    out.append(text[at:])
    return "".join(out)


_PAGE_MARKS = frozenset("-—–－第0123456789共Pp")  # what a page number line may open with


def _page_line(line: str) -> bool:
    """A line that is a page number printed as one (``— 3 —``, ``第 3 页``, ``3/12``): a bare number may be a
    piece of the text (``广义货币M⏎2⏎增长13.6%``)."""
    return _PAGE_NUMBER.match(line) is not None and not line.strip().isdigit()


def _mark_before(text: str, i: int) -> str:
    """The last character of ``text[:i]`` that is no space (``text[:i].rstrip()[-1:]``, read back from ``i``
    rather than over a copy of all the text before it), or ``""``."""
    k = slice(i).indices(len(text))[1]
    while k and text[k - 1].isspace():
        k -= 1
    return text[k - 1:k] if k else ""


def _mark_after(text: str, i: int) -> str:
    """The first character of ``text[i:]`` that is no space (``text[i:].lstrip()[:1]``, with no copy of the rest of
    the text), or ``""``."""
    k = slice(i, None).indices(len(text))[0]
    while k < len(text) and text[k].isspace():
        k += 1
    return text[k:k + 1]


_PROSE_MIN = 20  # characters of a line of prose, at the least
_LINK_WORD = re.compile(r"[\u4e00-\u9fff]{2,8}")  # a line of one short word, with no mark: a link cut out of its sentence
_CLAUSE_MARK = re.compile(r"[，,、；;]")
_PROSE_MARK = re.compile(r"[，,、；;。：:]")
_FULL_STOP = re.compile(r"[。！？!?][”’」』）)]*$")  # a sentence closed at the end of a line
# a line opening like a heading that holds a sentence is a paragraph (and one that stops on a clause mark is an
# item going on: 3、个人所得税收入…万元,)
_RUN_IN = re.compile(r"[。！？；;]")


def table_like(line: str) -> bool:
    """A row of a table: cells apart by pipes, tabs or runs of spaces, or by one space with numbers side by side
    (:func:`one_space_width`)."""
    return ("|" in line or "\t" in line or _INNER_GAP.search(line) is not None
            or " " in line and one_space_width(line, True) > 0)


_ONE_SPACE_NUMBER = re.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?")  # (1,203.5: thousands apart)
ONE_SPACE_PAIR = re.compile(r" (?<=[0-9%] )[+-]?[0-9]")  # two number cells apart by one space (the space first: fast)
ONE_SPACE_CELLS_MIN = 3  # cells of a data row of such a table, at the least


def one_space_width(line: str, numbers: bool) -> int:
    """The cells of ``line`` read as a row of a table whose cells a web page set apart by one space, or 0.

    Parameters
    ----------
    line : str
        One line of text.
    numbers : bool
        A row of data (three cells or more, two numbers side by side: ``地区生产总值 亿元 1256.3 6.2``) when
        true; a header (two cells or more, no number: ``指标 单位 绝对值 同比增长(%)``) when false.

    Returns
    -------
    int
        How many cells; 0 when the line is no such row: it opens with no label of two characters or more
        with no digit, has a cell of one letter that is no unit (``工 业``: a spaced label; ``元`` and ``%`` are
        cells of units), a mark of prose, a ``|``, a tab or a run of spaces.
    """
    if (line != line.strip() or "  " in line or "|" in line or "\t" in line or _CELL_PROSE.search(line)
            or numbers and ONE_SPACE_PAIR.search(line) is None):
        return 0
    cells = line.split(" ")
    if (len(cells) < (ONE_SPACE_CELLS_MIN if numbers else 2) or len(cells[0]) < 2
            or any(ch.isdigit() for ch in cells[0])
            or any(len(c) == 1 and not c.isdigit() and c not in compiled().units for c in cells)):
        return 0
    n = sum(1 for c in cells if _ONE_SPACE_NUMBER.fullmatch(c))
    return len(cells) if (n >= 2 if numbers else n == 0) else 0


_CELL_MAX = 40  # characters of a cell of a table printed one cell a line, at most
_CELL_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)*\s*[%‰]?")
_CELL_ROWS = 3  # rows of one shape that make such a table
_CELL_ROW_WIDTHS = range(2, 13)  # cells a row of such a table may have
# a mark of prose no cell holds (交通运输、仓储和邮政业 and 其中:税收 are cells); a comma between digits parts the
# thousands of a figure (32,400)
_CELL_PROSE = re.compile(r"[，；;。！？!?]|(?<!\d),|,(?!\d{3}(?!\d))")
_NONE_MARK = re.compile(r"[-－—–/…×xX*]+")  # a cell that marks no figure


def table_cell_lines(text: str) -> frozenset[int]:
    """The lines of the tables a copy printed one cell a line with no ``|`` to close the cells, by their start in
    ``text`` (:func:`_plain_cell_lines`), with the empty lines that are blank cells of them
    (:func:`_with_blank_cells`)."""
    return _with_blank_cells(text, _plain_cell_lines(text))


def _plain_cell_lines(text: str) -> frozenset[int]:
    """The lines of the tables a copy printed one cell a line with no ``|`` to close the cells (a table copied
    out of a PDF or a web page), by their start in ``text``.

    Among consecutive short lines with no mark of prose (blank lines between them too), three rows or more of
    one shape: a label first (a cell with no digit), then in the same places every row cells with a figure or a
    mark of none (``--``) and cells of words or signs (a unit: ``亿元``, ``%``), a number in each row. With them
    go the lines just above that hold no number, as many as two rows have cells at most: a header of one or two
    lines, and a caption (the table reader tells it apart).

    >>> text = "表一\\n指标\\n单位\\n2021年\\n增长(%)\\n工业\\n亿元\\n19.5\\n3.6\\n建筑业\\n亿元\\n3.2\\n23.3\\n金融业\\n亿元\\n8.5\\n4.4\\n注：…"
    >>> [text[a:text.index("\\n", a)] for a in sorted(table_cell_lines(text))][:5]
    ['表一', '指标', '单位', '2021年', '增长(%)']
    >>> len(table_cell_lines(text))
    17
    """
    return frozenset(a for lines, _, _ in _cell_tables(text) for a in lines)


def _cell_tables(text: str) -> list[tuple[list[int], int, int]]:
    """The tables of :func:`_plain_cell_lines`, each as the starts of its lines in order, the index among them of
    the first line of its rows, and the cells of a row."""
    starts: list[int] = []
    shape: list[str] = []  # per line not blank: "" no cell, "L" a label, "V" a figure or a mark of none, "N" a number
    for at, line in zip(_starts(text), text.split("\n"), strict=True):
        key = line.strip()
        if not key:
            continue  # (a copy that spaces every line apart)
        starts.append(at)
        if len(key) > _CELL_MAX or table_like(line) or _CELL_PROSE.search(key):
            shape.append("")
        elif _CELL_NUMBER.fullmatch(key):
            shape.append("N")
        else:
            shape.append("V" if _NONE_MARK.fullmatch(key) or any(c.isdigit() for c in key) else "L")
    if "N" not in shape:
        return []
    out: list[tuple[list[int], int, int]] = []
    n, i = len(shape), 0
    while i < n:
        if shape[i] != "L":
            i += 1
            continue
        best = (0, 0)  # (rows, width)
        for w in _CELL_ROW_WIDTHS:
            if i + w > n:
                break
            row = _row_shape(shape[i:i + w])
            if row is None:
                continue
            rows = 1
            while i + (rows + 1) * w <= n and _row_shape(shape[i + rows * w:i + (rows + 1) * w]) == row:
                rows += 1
            if rows >= _CELL_ROWS and rows * w > best[0] * best[1]:
                best = (rows, w)
        if not best[0]:
            i += 1
            continue
        rows, w = best
        head = i
        while head > i - 2 * w and head > 0 and shape[head - 1] in ("L", "V"):
            head -= 1
        out.append((starts[head:i + rows * w], i - head, w))
        i += rows * w
    return out


def _with_blank_cells(norm: str, cell_lines: frozenset[int]) -> frozenset[int]:
    """The lines of tables printed one cell a line, with the blank lines that are blank cells of them.

    A copy that keeps a blank cell as an empty line (``地区生产总值⏎6.5%⏎预计全年实现增长6.5%左右⏎⏎地方一般…``)
    breaks the rows' shape where the cell is missing. Read with each empty line as a mark of none
    (:func:`_plain_cell_lines`), a table found so that takes in lines of text the plain reading left out or holds
    an empty line between two numbers (``234267⏎⏎-10.9``) or before the last cell of a row (``-17.1⏎⏎一般公共预算支出``:
    the blank place of a row of a table of places by items; a copy that sets an empty line after each row holds
    it as a row's last cell), and has fewer empty lines than half its other lines (not a copy that spaces every
    line apart), is read so: its empty lines are cells too.
    """
    if not cell_lines or "\n\n" not in norm:
        return cell_lines
    lines = norm.split("\n")
    starts = _starts(norm)
    marked = "\n".join(line if line.strip() else "-" for line in lines)
    index = {a: i for i, a in enumerate(_starts(marked))}
    tables = _cell_tables(marked)
    got = sorted(index[a] for found, _, _ in tables for a in found)
    inner = {index[a] for found, r, w in tables for k, a in enumerate(found[r:]) if k % w != w - 1}
    out = set(cell_lines)
    k = 0
    while k < len(got):
        j = k
        while j + 1 < len(got) and got[j + 1] == got[j] + 1:
            j += 1
        block = [starts[i] for i in got[k:j + 1]]
        blank = sum(1 for i in got[k:j + 1] if not lines[i].strip())
        if 2 * blank < len(block) - blank and any(a in cell_lines for a in block) and (any(
                a not in cell_lines and lines[i].strip() for a, i in zip(block, got[k:j + 1], strict=True))
                or any(_blank_between_numbers(lines, i) or (i in inner and not lines[i].strip())
                       for i in got[k:j + 1])):
            out.update(block)
        k = j + 1
    return frozenset(out)


def _blank_between_numbers(lines: list[str], i: int) -> bool:
    """Whether line ``i`` is empty between two lines of a number each (``234267⏎⏎-10.9``: a blank cell within a
    row, where an empty line between two rows stands after a figure and before a label)."""
    return (not lines[i].strip() and 0 < i < len(lines) - 1 and _CELL_NUMBER.fullmatch(lines[i - 1].strip()) is not None
            and _CELL_NUMBER.fullmatch(lines[i + 1].strip()) is not None)


def _starts(text: str) -> list[int]:
    """The start of each line of ``text``, in order."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append(pos)
        pos += len(line) + 1
    return out


def _row_shape(cells: list[str]) -> tuple[str, ...] | None:
    """The shape of a row of one-cell lines (a label, then "L" or "V" each), None when it is none: a line with no
    cell, a first cell that is no label, no number."""
    if not cells or cells[0] != "L" or "" in cells or "N" not in cells:
        return None
    return tuple("L" if k == "L" else "V" for k in cells)



# ----------------------------------------------------------------------------- PDF: pages


@dataclass
class _Char:
    text: str
    x0: float
    x1: float
    base: float  # baseline, measured down from the top of the page
    size: float


@dataclass
class _Seg:
    """A run of characters on one baseline, with no wide gap inside."""

    text: str
    x0: float
    x1: float
    base: float
    size: float
    page: int
    left: float = 0.0  # the column this line sits in
    right: float = 0.0

    @property
    def width(self) -> float:
        return self.x1 - self.x0


@dataclass
class _Table:
    top: float
    bottom: float
    rows: list[list[str]]
    page: int
    breaks: tuple[tuple[int, int], ...] = ()  # (row index, page) where a continued table's rows resume


@dataclass
class _Page:
    number: int
    width: float
    height: float
    chars: list[_Char] = field(default_factory=list)
    tables: list[_Table] = field(default_factory=list)
    images: int = 0
    bboxes: list[tuple[float, float, float, float]] = field(default_factory=list)  # tables: x0, top, x1, bottom


def _need(module: str, what: str):
    try:
        return __import__(module)
    except ImportError as exc:
        raise MissingDependencyError(f"reading {what} needs the optional package {module!r} — "
                                     f"{INSTALL_HINT}") from exc


def _pdfium_pages(data: bytes, name: str) -> tuple[list[_Page], list[int]]:
    """Characters of every page (pypdfium2), and the pages that draw enough lines to hold a table."""
    _need("pypdfium2", "PDF files")
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    if b"%PDF-" not in data[:1024]:
        raise CorruptDocumentError(f"{name} is not a PDF file (no %PDF header) — "
                                   "check that it is the right file, or download it again")
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise EncryptedDocumentError(f"{name} is a password-protected PDF — "
                                         "open it with its password, save an unprotected copy, and retry") from exc
        raise CorruptDocumentError(f"{name} is a damaged PDF that cannot be opened — "
                                   "download or export it again") from exc
    pages: list[_Page] = []
    ruled: list[int] = []
    try:
        if len(doc) == 0:
            raise CorruptDocumentError(f"{name} is a PDF with no pages — download or export it again")
        x, y = ctypes.c_double(), ctypes.c_double()
        box = raw.FS_RECTF()
        for i in range(len(doc)):
            page = doc[i]
            width, height = page.get_size()
            pg = _Page(i + 1, width, height)
            kinds = Counter(raw.FPDFPageObj_GetType(raw.FPDFPage_GetObject(page, j))
                            for j in range(raw.FPDFPage_CountObjects(page)))
            pg.images = kinds[raw.FPDF_PAGEOBJ_IMAGE]
            paths = kinds[raw.FPDF_PAGEOBJ_PATH]
            if paths >= 4:
                ruled.append(i)
            tp = page.get_textpage()
            n = tp.count_chars()
            text = tp.get_text_range(0, n) if n else ""
            for k in range(min(n, len(text))):
                ch = text[k]
                if ch in "\r\n\ufffe" or raw.FPDFText_IsGenerated(tp, k) == 1 and ch != " ":
                    continue
                raw.FPDFText_GetLooseCharBox(tp, k, box)
                raw.FPDFText_GetCharOrigin(tp, k, x, y)
                size = raw.FPDFText_GetFontSize(tp, k) or (box.top - box.bottom) or 10.0
                pg.chars.append(_Char(ch, box.left, box.right, height - y.value, size))
            tp.close()
            page.close()
            pages.append(pg)
    except pdfium.PdfiumError as exc:
        raise CorruptDocumentError(f"{name} is a damaged PDF whose pages cannot be read — "
                                   "download or export it again") from exc
    finally:
        doc.close()
    return pages, ruled


def _plumber_open(data: bytes, name: str):
    _need("pdfplumber", "tables in PDF files")
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfminer.psparser import PSException

    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # its font warnings are not the user's business
    try:
        return pdfplumber.open(io.BytesIO(data))
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise EncryptedDocumentError(f"{name} is a password-protected PDF — "
                                     "open it with its password, save an unprotected copy, and retry") from exc
    except (PDFSyntaxError, PSException, ValueError, KeyError, TypeError) as exc:
        raise CorruptDocumentError(f"{name} is a damaged PDF that cannot be opened — download or export it again") \
            from exc


def _plumber_tables(pdf, index: int, pg: _Page) -> None:
    try:
        found = [(t.bbox, t.extract()) for t in pdf.pages[index].find_tables()]
    except Exception:  # noqa: BLE001 - a page pdfminer cannot analyse keeps its text as lines
        return
    for (x0, top, x1, bottom), cells in found:
        rows = [[_cell(c) for c in row] for row in cells]
        rows = [r for r in rows if any(r)]
        if len(rows) >= 2 and max(len(r) for r in rows) >= 2:
            pg.tables.append(_Table(top, bottom, rows, pg.number))
            pg.bboxes.append((x0, top, x1, bottom))


def _plumber_chars(page, number: int) -> _Page:
    pg = _Page(number, float(page.width), float(page.height))
    pg.images = len(page.images)
    for c in page.chars:
        pg.chars.append(_Char(c["text"], float(c["x0"]), float(c["x1"]),
                              float(page.height) - float(c["matrix"][5]) if c.get("upright", True)
                              else float(c["bottom"]), float(c["size"])))
    return pg


def _cell(value: str | None) -> str:
    if not value:
        return ""
    parts = [p.strip() for p in value.replace("\r", "\n").split("\n") if p.strip()]
    out = ""
    for p in parts:
        out += _joint(out, p) + p if out else p
    return tidy_spaces(fold_radicals(out)).replace("|", "/").strip()


def pdf_to_text(data: bytes, name: str = "the given PDF", *, backend: str = "pdfium") -> DocumentText:
    """Report text of a PDF with a text layer, with its tables as pipe rows and a page map.

    Parameters
    ----------
    data : bytes
        The PDF file.
    name : str
        How to name it in error messages.
    backend : {"pdfium", "pdfplumber"}
        Where the characters come from: pypdfium2 (fast; default) or pdfplumber. Tables are found
        with pdfplumber either way.

    Raises
    ------
    ScannedDocumentError, EncryptedDocumentError, CorruptDocumentError, MissingDependencyError
    """
    if backend == "pdfium":
        pages, ruled = _pdfium_pages(data, name)
        if ruled:
            with _plumber_open(data, name) as pdf:
                for i in ruled:
                    _plumber_tables(pdf, i, pages[i])
    elif backend == "pdfplumber":
        pages = []
        with _plumber_open(data, name) as pdf:
            if not pdf.pages:
                raise CorruptDocumentError(f"{name} is a PDF with no pages — download or export it again")
            for i, page in enumerate(pdf.pages):
                pg = _plumber_chars(page, i + 1)
                if len(page.lines) + len(page.rects) >= 4:
                    _plumber_tables(pdf, i, pg)
                pages.append(pg)
    else:
        raise ValueError(f"backend must be 'pdfium' or 'pdfplumber', not {backend!r}")
    if not any(c.text.strip() for p in pages for c in p.chars) and not any(p.tables for p in pages):
        what = "its pages are images" if any(p.images for p in pages) else "it holds no text"
        raise ScannedDocumentError(f"{name} is a PDF with no text layer ({what}, e.g. a scan) — "
                                   "run OCR on it first (e.g. ocrmypdf --language chi_sim in.pdf out.pdf) and retry")
    text, spans = _layout(pages)
    return DocumentText(text, Source("pdf", pages=spans, n_pages=len(pages)))


# ----------------------------------------------------------------------------- PDF: layout


def _segments(pg: _Page) -> list[_Seg]:
    """Characters outside tables → runs on one baseline, split at wide gaps (column gutters)."""
    chars = [c for c in pg.chars if not _in_boxes(c, pg.bboxes)]
    chars.sort(key=lambda c: (round(c.base, 1), c.x0))
    rows: list[list[_Char]] = []
    for c in chars:
        if rows and abs(c.base - rows[-1][0].base) <= 0.35 * max(c.size, rows[-1][0].size):
            rows[-1].append(c)
        else:
            rows.append([c])
    segs: list[_Seg] = []
    for row in rows:
        row.sort(key=lambda c: c.x0)
        run: list[_Char] = []
        for c in row:
            if run and c.x0 - run[-1].x1 > 1.5 * max(c.size, run[-1].size) and c.text.strip():
                _flush(run, pg.number, segs)
                run = []
            run.append(c)
        _flush(run, pg.number, segs)
    return segs


def _flush(run: list[_Char], page: int, segs: list[_Seg]) -> None:
    ink = [c for c in run if c.text.strip()]
    if not ink:
        return
    parts: list[str] = []
    prev: _Char | None = None
    for c in run:
        if prev is not None and c.text != " " and prev.text != " " and c.x0 - prev.x1 > 0.3 * c.size:
            parts.append(" ")
        parts.append(c.text)
        prev = c
    text = tidy_spaces(re.sub(r"[ \t\u00a0\u3000]+", " ", fold_radicals("".join(parts)))).strip()
    size = statistics.median(c.size for c in ink)
    segs.append(_Seg(text, ink[0].x0, ink[-1].x1, statistics.median(c.base for c in ink), size, page))


def _in_boxes(c: _Char, boxes: Sequence[tuple[float, float, float, float]]) -> bool:
    cx = (c.x0 + c.x1) / 2
    cy = c.base - c.size * 0.3
    return any(x0 - 1 <= cx <= x1 + 1 and top - 1 <= cy <= bottom + 1 for x0, top, x1, bottom in boxes)


def _margin_lines(pages: list[_Page], segs: dict[int, list[_Seg]]) -> set[int]:
    """ids of running headers, footers and page numbers: the first and last lines of a page, in
    its top or bottom eighth, that repeat on most pages (figures aside) or read as a page number."""
    cands: list[tuple[_Seg, str]] = []
    for pg in pages:
        lines = sorted(segs[pg.number], key=lambda s: s.base)
        if not lines:
            continue
        bases = sorted({round(s.base) for s in lines})
        top_rows, bottom_rows = set(bases[:2]), set(bases[-2:])
        for s in lines:
            b = round(s.base)
            if (b in top_rows and s.base < pg.height / 8) or (b in bottom_rows and s.base > pg.height * 7 / 8):
                cands.append((s, re.sub(r"\d+", "#", s.text.replace(" ", ""))))
    counts = Counter(key for key in {(s.page, k) for s, k in cands})
    per_key = Counter(k for _, k in counts)
    need = max(2, (len(pages) + 1) // 2)
    drop: set[int] = set()
    for s, key in cands:
        if (len(pages) > 1 and per_key[key] >= need) or _PAGE_NUMBER.match(s.text):
            drop.add(id(s))
    return drop


def _columns(segs: list[_Seg], pg: _Page, left: float, right: float) -> list[_Seg]:
    """Reading order of one page: rows top to bottom, except that a run of rows split by a gutter
    is read left column first, then right column."""
    rows: list[list[_Seg]] = []
    for s in sorted(segs, key=lambda s: (s.base, s.x0)):
        if rows and abs(s.base - rows[-1][0].base) <= 0.35 * s.size:
            rows[-1].append(s)
        else:
            rows.append([s])
    for s in segs:
        s.left, s.right = left, right
    gutter = _gutter(rows, left, right)
    if gutter is None:
        return [s for row in rows for s in sorted(row, key=lambda s: s.x0)]
    out: list[_Seg] = []
    block: list[list[_Seg]] = []

    def close() -> None:
        lefts = [s for row in block for s in row if s.x1 <= gutter]
        rights = [s for row in block for s in row if s.x0 >= gutter]
        for col in (lefts, rights):
            if col:
                lo, hi = min(s.x0 for s in col), max(s.x1 for s in col)
                for s in col:
                    s.left, s.right = lo, hi
        out.extend(lefts + rights)
        block.clear()

    for row in rows:
        if any(s.x0 < gutter < s.x1 for s in row):
            close()
            out.extend(sorted(row, key=lambda s: s.x0))
        else:
            block.append(row)
    close()
    return out


def _gutter(rows: list[list[_Seg]], left: float, right: float) -> float | None:
    """x of a column gutter: crossed by few rows, with at least three rows of wide text on both sides."""
    width = right - left
    if width <= 0 or sum(len(row) > 1 for row in rows) < 3:
        return None  # fewer than three rows hold two runs side by side: one column
    best: tuple[int, float] | None = None
    x = left + 0.3 * width
    while x <= left + 0.7 * width:
        both = sum(1 for row in rows
                   if any(s.x1 <= x and s.width >= 0.3 * width for s in row)
                   and any(s.x0 >= x and s.width >= 0.3 * width for s in row))
        crossing = sum(1 for row in rows if any(s.x0 < x < s.x1 for s in row))
        if both >= 3 and crossing < both and (best is None or (both - crossing) > best[0]):
            best = (both - crossing, x)
        x += 2.0
    return best[1] if best else None


def _layout(pages: list[_Page]) -> tuple[str, tuple[PageSpan, ...]]:
    segs = {pg.number: _segments(pg) for pg in pages}
    drop = _margin_lines(pages, segs)
    body = [s for pg in pages for s in segs[pg.number] if id(s) not in drop]
    if body:
        left = _quantile([s.x0 for s in body], 0.1)
        right = _quantile([s.x1 for s in body], 0.9)
    else:
        left = right = 0.0
    pitches = [b.base - a.base for pg in pages for a, b in _pairs(sorted(
        (s for s in segs[pg.number] if id(s) not in drop), key=lambda s: s.base)) if 0 < b.base - a.base < 4 * a.size]
    pitch = statistics.median(pitches) if pitches else 0.0
    items: list[_Seg | _Table] = []
    for pg in pages:
        ordered = _columns([s for s in segs[pg.number] if id(s) not in drop], pg, left, right)
        tables = sorted(pg.tables, key=lambda t: t.top)
        for s in ordered:
            while tables and tables[0].top <= s.base:
                items.append(tables.pop(0))
            items.append(s)
        items.extend(tables)
    return _write(_merge_tables(items), pitch)


def _pairs(xs: list) -> Iterable[tuple]:
    return zip(xs, xs[1:], strict=False)


def _quantile(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(q * len(xs)))]


def _merge_tables(items: list[_Seg | _Table]) -> list[_Seg | _Table]:
    """A table continued at the top of the next page joins the table before it; a repeated header
    row is dropped."""
    out: list[_Seg | _Table] = []
    for it in items:
        prev = out[-1] if out else None
        if (isinstance(it, _Table) and isinstance(prev, _Table) and it.page == prev.page + 1
                and len(it.rows[0]) == len(prev.rows[0])):
            rows = it.rows[1:] if _same_row(it.rows[0], prev.rows[0]) else it.rows
            out[-1] = _Table(prev.top, prev.bottom, prev.rows + rows, prev.page,
                             (*prev.breaks, (len(prev.rows), it.page)))
        else:
            out.append(it)
    return out


def _same_row(a: list[str], b: list[str]) -> bool:
    return [re.sub(r"\s+", "", x) for x in a] == [re.sub(r"\s+", "", x) for x in b]


def _joins(a: _Seg, b: _Seg, pitch: float) -> bool:
    """Whether line ``b`` continues the paragraph of line ``a``."""
    if not a.text or not b.text:
        return False
    size = max(a.size, b.size)
    same_flow = a.page == b.page and a.left == b.left
    if same_flow and pitch and b.base - a.base > 1.6 * pitch:
        return False  # a blank line between paragraphs
    if b.x0 > b.left + 0.9 * size:
        return False  # first-line indent (or a centred line)
    if abs(b.size - a.size) > 0.15 * size:
        return False  # a heading set in another size
    full = a.x1 >= a.right - 2.2 * size
    if _heading(b.text) and b.x1 < b.right - 2.2 * size:
        return False  # a short heading line
    if full:
        return True
    if a.x0 > a.left + 2.5 * size or _heading(a.text):
        return False  # a centred or right-aligned line, or a heading
    return (a.text[-1] not in _SENTENCE_END and bool(_CJK_CHAR.match(b.text[0]) or b.text[0].isdigit())
            and a.width >= 0.6 * (a.right - a.left))


def _write(items: list[_Seg | _Table], pitch: float) -> tuple[str, tuple[PageSpan, ...]]:
    parts: list[str] = []
    pos = 0
    marks: list[tuple[int, int]] = []  # (offset, page)
    prev: _Seg | None = None

    def put(piece: str, page: int | None = None) -> None:
        nonlocal pos
        if page is not None and (not marks or marks[-1][1] != page):
            marks.append((pos, page))
        parts.append(piece)
        pos += len(piece)

    for it in items:
        if isinstance(it, _Table):
            if parts:
                put("\n")
            for k, line in enumerate(_pipe_rows(it.rows)):
                row = k - 1 if k > 1 else 0  # line 1 is the --- rule under the header
                page = max(((r, p) for r, p in ((0, it.page), *it.breaks) if r <= row))[1]
                if k:
                    put("\n")
                put(line, page)
            prev = None
            continue
        if prev is not None and _joins(prev, it, pitch):
            put(_joint(prev.text, it.text))
            put(it.text, it.page)
        else:
            if parts:
                put("\n")
            put(it.text, it.page)
        prev = it
    text = "".join(parts)
    spans: list[PageSpan] = []
    for k, (start, page) in enumerate(marks):
        end = marks[k + 1][0] if k + 1 < len(marks) else len(text)
        if spans and spans[-1].page == page:
            spans[-1] = PageSpan(page, spans[-1].start, end)
        elif end > start or not spans:
            spans.append(PageSpan(page, start, end))
    return text, tuple(spans)


# ----------------------------------------------------------------------------- Word


def docx_to_text(data: bytes, name: str = "the given Word file") -> DocumentText:
    """Report text of a .docx file: paragraphs and tables (as pipe rows) in document order.

    Raises
    ------
    CorruptDocumentError, MissingDependencyError
    """
    _need("docx", "Word files")
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        doc = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise CorruptDocumentError(f"{name} is a damaged Word file that cannot be opened — "
                                   "open and save it again in Word or LibreOffice, or export it as PDF") from exc
    except Exception as exc:  # lxml's XMLSyntaxError and friends: a broken part inside the package
        if type(exc).__module__.startswith(("lxml", "docx")):
            raise CorruptDocumentError(f"{name} is a damaged Word file ({type(exc).__name__}) — "
                                       "open and save it again in Word or LibreOffice") from exc
        raise
    lines: list[str] = []
    for el in doc.element.body.iterchildren():
        tag = el.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.extend(_docx_paragraph(Paragraph(el, doc)))
        elif tag == "tbl":
            lines.extend(_pipe_rows(_docx_rows(Table(el, doc))))
        elif tag == "sdt":  # a content control wrapping paragraphs
            for p in el.iter(el.tag.rsplit("}", 1)[0] + "}p"):
                lines.extend(_docx_paragraph(Paragraph(p, doc)))
    text = "\n".join(lines)
    return DocumentText(text, Source("docx"))


def _docx_paragraph(p) -> list[str]:
    """Lines of a paragraph: a manual line break inside a sentence (no sentence punctuation before
    it, a Chinese character or figure after it) is joined like a PDF line."""
    out: list[str] = []
    for line in p.text.split("\n"):
        line = tidy_spaces(line.replace("\t", " "), between_chinese=False).strip()
        if not line:
            continue
        if out and out[-1][-1] not in _SENTENCE_END and (_CJK_CHAR.match(line) or line[0].isdigit()) \
                and not _heading(out[-1]) and not _heading(line):
            out[-1] += line
        else:
            out.append(line)
    return out


def _docx_rows(table) -> list[list[str]]:
    rows: list[list[str]] = []
    for row in table.rows:
        cells, seen = [], None
        for cell in row.cells:
            if cell._tc is seen:  # a cell merged across columns is read once
                continue
            seen = cell._tc
            cells.append(_cell(cell.text))
        if any(cells):
            rows.append(cells)
    return rows


def _pipe_rows(rows: list[list[str]]) -> list[str]:
    if not rows:
        return []
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    if len(rows) == 1:
        return [" ".join(c for c in rows[0] if c)]
    return (["| " + " | ".join(rows[0]) + " |", "|" + " --- |" * width]
            + ["| " + " | ".join(r) + " |" for r in rows[1:]])
