"""Speed and fidelity of the PDF and Word readers, against loading the plain text in the same process.

Fixtures (regression fixtures, written here by ``tests/_document_fixtures.py``): the bundled report
printed to PDF (two-column page, ruled table across a page break, running header, page numbers,
spaces beside figures, figures broken over lines) and the same text repeated ``--repeat`` times
(a longer document), and the bundled report saved as .docx.

For each reader: CPU time (median of ``--runs``), pages/s and characters/s of report text made, and
fidelity — the share of the plain text's facts found with the same measure, value and unit (and
with the same indicator), and the share of the plain text's paragraphs that come back whole.

Readers measured:

A third PDF is the bundled report printed from a web page by headless Chromium (the browser's line
breaks, its date/title header and address/page footer, Noto Sans CJK embedded as a subset).

- ``pdfium+layout``: pypdfium2 characters, pdfplumber tables on ruled pages, this package's layout
  (the default);
- ``pdfplumber+layout``: pdfplumber characters and tables, the same layout;
- ``pdfplumber extract_text`` and ``pypdfium2 get_text``: the libraries' own page text, no layout
  (what one gets without this package's line joining, header and page-number removal).

Usage::

    python benchmarks/bench_documents.py [--runs 3] [--repeat 4]
"""

from __future__ import annotations

import argparse
import io
import re
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))


def cpu(fn, runs: int) -> tuple[float, object]:
    times, out = [], None
    for _ in range(runs):
        t = time.process_time()
        out = fn()
        times.append(time.process_time() - t)
    return statistics.median(times), out


def recall(plain, other, col: str) -> float:
    def key(df):
        return Counter(zip(df.measure.astype(str), df.value.round(6), df[col], strict=True))

    a, b = key(plain), key(other)
    return sum((a & b).values()) / sum(a.values())


def paragraphs(text: str) -> list[str]:
    return [re.sub(r"\s+", "", ln) for ln in text.split("\n") if ln.strip() and "扫一扫" not in ln]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--repeat", type=int, default=4)
    args = ap.parse_args()

    import pdfplumber
    import pypdfium2
    from _document_fixtures import browser_pdf, report_docx, report_pdf

    import dhcheng_analysis as dh
    from dhcheng_analysis.documents import docx_to_text, pdf_to_text

    plain = dh.load_report()
    plain_facts = dh.extract_facts(plain)
    plain_paras = paragraphs(plain.text)
    tmp = Path(tempfile.mkdtemp(prefix="bench-documents-"))
    pdf1, pdfn, docx_path = tmp / "bundled.pdf", tmp / "long.pdf", tmp / "bundled.docx"
    info1 = report_pdf(pdf1)
    infon = report_pdf(pdfn, "\n".join([plain.text] * args.repeat), two_column=False)
    report_docx(docx_path)
    files = [("bundled.pdf", pdf1, info1, True), (f"×{args.repeat}.pdf", pdfn, infon, False)]
    try:
        browser = browser_pdf(tmp / "browser.pdf")
        files.insert(1, ("browser.pdf", browser, {"pages": len(pypdfium2.PdfDocument(str(browser)))}, True))
    except (RuntimeError, OSError) as exc:
        print(f"(no browser-printed PDF: {exc})")

    base_t, _ = cpu(lambda: dh.load_report(plain.text), args.runs)
    print(f"baseline: load_report(plain text) {base_t * 1000:.1f} ms CPU, {len(plain.text)} chars")

    def plumber_text(data: bytes) -> str:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            return "\n".join(p.extract_text() or "" for p in pdf.pages)

    def pdfium_text(data: bytes) -> str:
        doc = pypdfium2.PdfDocument(data)
        return "\n".join(doc[i].get_textpage().get_text_range().replace("\r\n", "\n") for i in range(len(doc)))

    readers = {
        "pdfium+layout": lambda d: str(pdf_to_text(d, backend="pdfium")),
        "pdfplumber+layout": lambda d: str(pdf_to_text(d, backend="pdfplumber")),
        "pdfplumber extract_text": plumber_text,
        "pypdfium2 get_text": pdfium_text,
    }
    print(f"\n{'reader':26} {'file':12} {'pages':>5} {'CPU s':>7} {'pages/s':>8} {'chars/s':>9} {'×plain':>7}"
          f" {'facts':>6} {'+indic':>6} {'paras':>6}")
    for label, path, info, fidelity in files:
        data = path.read_bytes()
        for name, fn in readers.items():
            t, text = cpu(lambda fn=fn, data=data: fn(data), args.runs)
            row = f"{name:26} {label:12} {info['pages']:5d} {t:7.3f} {info['pages'] / t:8.1f} {len(text) / t:9.0f}" \
                  f" {t / base_t:7.1f}"
            if fidelity:
                facts = dh.extract_facts(dh.load_report(text))
                lines = set(paragraphs(text))
                row += (f" {recall(plain_facts, facts, 'unit'):6.1%} {recall(plain_facts, facts, 'indicator'):6.1%}"
                        f" {sum(p in lines for p in plain_paras) / len(plain_paras):6.1%}")
            print(row)
    data = docx_path.read_bytes()
    t, text = cpu(lambda: str(docx_to_text(data)), args.runs)
    facts = dh.extract_facts(dh.load_report(text))
    print(f"{'python-docx':26} {'bundled.docx':12} {'-':>5} {t:7.3f} {'-':>8} {len(text) / t:9.0f} {t / base_t:7.1f}"
          f" {recall(plain_facts, facts, 'unit'):6.1%} {recall(plain_facts, facts, 'indicator'):6.1%}")

    try:  # a PDF whose CJK font is an embedded OpenType/CFF font with an embedded CMap (fpdf2's output)
        from fpdf import FPDF

        from dhcheng_analysis.fonts import cjk_font_path
    except ImportError:
        return
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_font("noto", "", str(cjk_font_path()))
    pdf.set_font("noto", size=12)
    pdf.add_page()
    pdf.text(72, 100, "一般公共预算收入完成96.9亿元,同比下降7%。")
    data = bytes(pdf.output())
    for backend in ("pdfium", "pdfplumber"):
        try:
            got = str(pdf_to_text(data, backend=backend))
        except dh.ReportError as exc:
            got = f"error: {exc}"
        print(f"fpdf2 CFF font, {backend}: {got[:60]!r}")


if __name__ == "__main__":
    main()
