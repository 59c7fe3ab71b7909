"""Regression fixtures for the PDF and Word readers, written by the tests themselves.

``report_pdf`` prints a report text the way published PDFs look: A4 pages with a running header,
``- N -`` page numbers, paragraphs wrapped at the page width with a first-line indent (so figures
break over lines), spaces between Chinese characters and figures (``完成 96.9 亿元``), one page set
in two columns, and a ruled table of headline figures that crosses a page break with its header
row repeated. ``report_docx`` saves the same text as a Word file with heading styles and a table.
The table rows are figures the extractor reads from the plain text (nothing here is hard-coded).
Fonts: reportlab's built-in CID font STSong-Light (not embedded, read through the standard
UniGB-UCS2-H CMap) for text, Noto Sans CJK (shipped by mplfonts) for the scanned image.
"""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest

import dhcheng_analysis as dh
from dhcheng_analysis.cuewords import layout_views
from dhcheng_analysis.numbers import normalize

PAGE_W, PAGE_H = 595.28, 841.89
LEFT, RIGHT = 72.0, 72.0
BODY_TOP, BODY_BOTTOM = 96.0, 770.0  # baselines, measured from the top of the page
SIZE, LEAD = 12.0, 20.0
FONT = "STSong-Light"
RUNNING_HEADER = "东城区2020年国民经济和社会发展计划上半年执行情况的报告"
_CLOSING = set("。，、；：！？）”’》」』】%,.;:!?)")


def spaced(text: str) -> str:
    """Put a space between a Chinese character and a figure, as typesetting often prints it."""
    text = re.sub(r"(?<=[\u4e00-\u9fff])(?=[0-9])", " ", text)
    return re.sub(r"(?<=[0-9%])(?=[\u4e00-\u9fff])", " ", text)


def heading_level(line: str) -> int:
    norm = normalize(line.strip())
    if len(norm) > 40:
        return 0
    m = layout_views().heading_line.match(norm) if norm else None
    return int(m.lastgroup[1:]) if m and m.lastgroup else 0


def headline_rows(text: str) -> list[tuple[str, str, str]]:
    """(indicator, level in 亿元, year-on-year %) for each indicator stated in 亿元 in ``text``."""
    facts = dh.extract_facts(text)
    rows: list[tuple[str, str, str]] = []
    seen: set[str] = set()
    for _, f in facts[(facts.measure == "level") & (facts.raw_unit == "亿元")].iterrows():
        name = f.indicator
        if not name or name in seen or len(name) > 12 or not re.fullmatch(r"[\u4e00-\u9fff]+", name):
            continue
        seen.add(name)
        yoy = facts[(facts.indicator == name) & (facts.measure == "yoy_pct") & (facts.sentence == f.sentence)]
        rows.append((name, f.raw_value, f"{yoy.value.iloc[0]:g}" if len(yoy) else ""))
    return rows


def _canvas(path: Path, **kw):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    return canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H), **kw)


def _width(text: str, size: float) -> float:
    from reportlab.pdfbase import pdfmetrics

    return pdfmetrics.stringWidth(text, FONT, size)


def wrap(text: str, width: float, size: float, indent: float = 0.0) -> list[str]:
    """Break ``text`` at any character to fill ``width`` (closing punctuation never starts a line)."""
    lines: list[str] = []
    line = ""
    avail = width - indent
    for ch in text:
        if line and _width(line + ch, size) > avail and ch not in _CLOSING:
            lines.append(line)
            line = ""
            avail = width
        line += ch
    if line:
        lines.append(line)
    return [ln.strip() for ln in lines]


@dataclass
class _Printer:
    c: object
    page: int = 0
    y: float = BODY_TOP
    header: str | None = RUNNING_HEADER
    footer: str | None = "- {n} -"
    lines: list[str] = field(default_factory=list)

    def new_page(self) -> None:
        if self.page:
            self.c.showPage()
        self.page += 1
        self.y = BODY_TOP
        c = self.c
        c.setFont(FONT, 9)
        if self.header:
            c.drawCentredString(PAGE_W / 2, PAGE_H - 50, self.header)
            c.line(LEFT, PAGE_H - 56, PAGE_W - RIGHT, PAGE_H - 56)
        if self.footer:
            c.drawCentredString(PAGE_W / 2, 40, self.footer.format(n=self.page))

    def draw(self, text: str, x: float, size: float = SIZE, lead: float = LEAD) -> None:
        if self.y > BODY_BOTTOM:
            self.new_page()
        self.c.setFont(FONT, size)
        self.c.drawString(x, PAGE_H - self.y, text)
        self.lines.append(text)
        self.y += lead

    def paragraph(self, text: str, *, left: float = LEFT, width: float = PAGE_W - LEFT - RIGHT) -> None:
        level = heading_level(text)
        if level in (1, 2):
            self.y += 6
            for line in wrap(text, width, SIZE + 2):
                self.draw(line, left, SIZE + 2, LEAD + 4)
            return
        for i, line in enumerate(wrap(spaced(text), width, SIZE, indent=2 * SIZE)):
            self.draw(line, left + (2 * SIZE if i == 0 else 0))

    def room(self) -> float:
        return BODY_BOTTOM - self.y

    def table(self, header: list[str], rows: list[list[str]], widths: list[float], row_h: float = 22.0) -> None:
        c = self.c

        def draw_row(cells: list[str]) -> None:
            top = self.y
            x = LEFT
            c.setFont(FONT, 10.5)
            for cell, w in zip(cells, widths, strict=True):
                c.rect(x, PAGE_H - top - row_h, w, row_h)
                c.drawString(x + 4, PAGE_H - top - row_h + 7, spaced(cell))
                x += w
            self.y += row_h

        draw_row(header)
        for row in rows:
            if self.y + row_h > BODY_BOTTOM + 10:
                self.new_page()
                draw_row(header)  # the header row repeated on the next page
            draw_row(row)
        self.y += LEAD


def report_pdf(path: Path, text: str | None = None, *, two_column: bool = True, table: bool = True,
               header: str | None = RUNNING_HEADER, footer: str | None = "- {n} -") -> dict:
    """Print ``text`` (default: the bundled report) to ``path``; returns what was laid out where.

    ``footer`` is the page-number line (``{n}`` the page number), ``header`` the running header.
    """
    text = text if text is not None else dh.load_report().text
    paragraphs = [ln.strip() for ln in text.split("\n") if ln.strip() and "扫一扫" not in ln]
    rows = headline_rows(text) if table else []
    # two columns for a run of body paragraphs in the middle of the report
    cols = _two_column_run(paragraphs) if two_column else range(0)
    p = _Printer(_canvas(path), header=header, footer=footer)
    p.new_page()
    info: dict = {"two_column_pages": [], "table_pages": [], "rows": rows, "lines": []}
    table_done = not rows
    i = 0
    while i < len(paragraphs):
        if i == cols.start and len(cols):
            p.new_page()
            info["two_column_pages"].append(p.page)
            _two_columns(p, [paragraphs[k] for k in cols])
            p.new_page()
            i = cols.stop
            continue
        p.paragraph(paragraphs[i])
        i += 1
        # the table goes where the page has room for its header and a few rows only: it must break
        if not table_done and i > 2 and 3 * 22 + 40 < p.room() < 6 * 22 + 40 and i not in cols:
            start = p.page
            p.draw("主要经济指标", PAGE_W / 2 - _width("主要经济指标", SIZE) / 2)
            p.draw("单位：亿元", PAGE_W - RIGHT - _width("单位：亿元", SIZE))
            p.table(["指标", "本期", "同比增长(%)"], [list(r) for r in rows], [200, 120, 131.28])
            info["table_pages"] = list(range(start, p.page + 1))
            table_done = True
    p.c.showPage()
    p.c.save()
    info["pages"] = p.page
    info["lines"] = p.lines
    return info


def _two_column_run(paragraphs: list[str]) -> range:
    """Body paragraphs from the middle of the report that fit on one two-column page."""
    start = len(paragraphs) // 2
    while start < len(paragraphs) and (heading_level(paragraphs[start]) or len(paragraphs[start]) > 500):
        start += 1
    total, stop = 0, start
    while stop < len(paragraphs) and total + len(paragraphs[stop]) < 950 and not heading_level(paragraphs[stop]):
        total += len(paragraphs[stop])
        stop += 1
    return range(start, stop)


def _two_columns(p: _Printer, paragraphs: list[str]) -> None:
    gutter = 24.0
    width = (PAGE_W - LEFT - RIGHT - gutter) / 2
    lines: list[tuple[str, float]] = []
    for para in paragraphs:
        for i, line in enumerate(wrap(spaced(para), width, SIZE, indent=2 * SIZE)):
            lines.append((line, 2 * SIZE if i == 0 else 0.0))
    per_col = int((BODY_BOTTOM - BODY_TOP) // LEAD) + 1
    assert len(lines) <= 2 * per_col, "two-column run does not fit on one page"
    for k, (line, indent) in enumerate(lines):
        col, row = divmod(k, per_col)
        x = LEFT + col * (width + gutter) + indent
        p.c.setFont(FONT, SIZE)
        p.c.drawString(x, PAGE_H - (BODY_TOP + row * LEAD), line)


def report_docx(path: Path, text: str | None = None, *, table: bool = True) -> list[tuple[str, str, str]]:
    """Save ``text`` (default: the bundled report) as a Word file with heading styles and, after the
    first body paragraph, a table of its headline figures with a unit column."""
    import docx

    text = text if text is not None else dh.load_report().text
    rows = headline_rows(text) if table else []
    doc = docx.Document()
    body = 0
    for line in (ln.strip() for ln in text.split("\n")):
        if not line or "扫一扫" in line:
            continue
        level = heading_level(line)
        if level in (1, 2):
            doc.add_heading(line, level=level)
            continue
        doc.add_paragraph(line)
        body += 1
        if body == 1 and rows:
            doc.add_paragraph("主要经济指标")
            t = doc.add_table(rows=1, cols=4)
            for cell, h in zip(t.rows[0].cells, ("指标", "单位", "本期", "增长(%)"), strict=True):
                cell.text = h
            for name, value, yoy in rows:
                cells = t.add_row().cells
                for cell, v in zip(cells, (name, "亿元", value, yoy), strict=True):
                    cell.text = v
    doc.save(str(path))
    return rows


def scanned_pdf(path: Path) -> None:
    """A PDF whose only page is a picture of text (no text layer)."""
    from PIL import Image, ImageDraw, ImageFont

    from dhcheng_analysis.fonts import cjk_font_path

    img = Image.new("L", (1240, 400), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(cjk_font_path()), 40)
    draw.text((60, 80), "一般公共预算收入完成96.9亿元,同比下降7%。", font=font, fill=0)
    png = path.with_suffix(".png")
    img.save(png)
    c = _canvas(path)
    c.drawImage(str(png), 40, 500, width=515, height=166)
    c.showPage()
    c.save()
    png.unlink()


def encrypted_pdf(path: Path, user_password: str = "secret") -> None:
    """A PDF that needs ``user_password`` to open (empty: opens freely, printing restricted)."""
    from reportlab.lib.pdfencrypt import StandardEncryption

    c = _canvas(path, encrypt=StandardEncryption(user_password, ownerPassword="owner", canPrint=0))
    c.setFont(FONT, SIZE)
    c.drawString(LEFT, 700, "一般公共预算收入完成96.9亿元,同比下降7%。")
    c.showPage()
    c.save()


#: Set to 1 (as ``.ci/run`` does once Chromium is installed): a test that needs the browser fails without it.
REQUIRE_BROWSER = "DHCHENG_REQUIRE_BROWSER"


def chromium() -> str:
    """The headless browser's executable; without one the calling test is skipped with a one-line reason
    (failed under ``DHCHENG_REQUIRE_BROWSER=1``)."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    message = "no Chromium found: apt-get install chromium to run the browser tests"
    if os.environ.get(REQUIRE_BROWSER) == "1":
        pytest.fail(f"{message} ({REQUIRE_BROWSER}=1)")
    pytest.skip(message)


def browser_pdf(path: Path, text: str | None = None) -> Path:
    """Print ``text`` (default: the bundled report) from a web page with headless Chromium, keeping
    the browser's own running header (date, title) and footer (address, ``n/N``). The font (Noto Sans
    CJK, embedded as a subset) and the line breaks are the browser's."""
    import html
    import subprocess

    from dhcheng_analysis import fonts

    exe = chromium()
    text = text if text is not None else dh.load_report().text
    body = []
    for line in (ln.strip() for ln in text.split("\n")):
        if line and "扫一扫" not in line:
            tag = {1: "h2", 2: "h3"}.get(heading_level(line), "p")
            body.append(f"<{tag}>{html.escape(line)}</{tag}>")
    folder = path.parent / (path.stem + "-browser")
    folder.mkdir(exist_ok=True)
    page = folder / "report.html"
    page.write_text("<!DOCTYPE html><html><head><meta charset='utf-8'><title>计划执行情况报告</title><style>"
                    "body{font-family:'Noto Sans CJK SC';font-size:12pt;line-height:1.6}"
                    "p{text-indent:2em;margin:0}h2,h3{font-size:13pt;margin:.6em 0}</style></head><body>"
                    + "".join(body) + "</body></html>", encoding="utf-8")
    conf = fonts.write_fontconfig(folder / "fontconfig", system_fonts=False)
    env = {**os.environ, "FONTCONFIG_FILE": str(conf), "HOME": str(folder)}
    subprocess.run([exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run",
                    f"--user-data-dir={folder / 'profile'}", f"--print-to-pdf={path}", page.resolve().as_uri()],
                   env=env, capture_output=True, timeout=120, check=True)
    return path
