"""PDF and Word input: the bundled report printed to PDF and saved as .docx gives the plain text's
facts, tables become facts, pages are recorded, and broken files give one-line errors.

The documents are regression fixtures written by ``_document_fixtures`` during the run.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import pandas as pd
import pypdfium2
import pytest
from _document_fixtures import (
    RUNNING_HEADER,
    browser_pdf,
    encrypted_pdf,
    heading_level,
    report_docx,
    report_pdf,
    scanned_pdf,
)

import dhcheng_analysis as dh
from dhcheng_analysis import errors
from dhcheng_analysis.cli import main
from dhcheng_analysis.documents import pdf_to_text, sniff, tidy_spaces

PLAIN = dh.load_report()


@pytest.fixture(scope="module")
def plain_facts() -> pd.DataFrame:
    return dh.extract_facts(PLAIN)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> tuple[Path, dict]:
    path = tmp_path_factory.mktemp("pdf") / "dongcheng_printed.pdf"
    info = report_pdf(path)
    return path, info


@pytest.fixture(scope="module")
def printed_report(printed) -> dh.Report:
    """The printed PDF read once for the module (the tests only read it)."""
    return dh.load_report(printed[0])


@pytest.fixture(scope="module")
def printed_facts(printed_report) -> pd.DataFrame:
    return dh.extract_facts(printed_report)


@pytest.fixture(scope="module")
def saved(tmp_path_factory) -> tuple[Path, list]:
    path = tmp_path_factory.mktemp("docx") / "dongcheng_saved.docx"
    rows = report_docx(path)
    return path, rows


def _recall(plain: pd.DataFrame, other: pd.DataFrame, *cols: str) -> float:
    def key(df: pd.DataFrame) -> Counter:
        return Counter(zip(df.measure.astype(str), df.value.round(6), *(df[c] for c in cols), strict=True))

    a, b = key(plain), key(other)
    return sum((a & b).values()) / sum(a.values())


def _paragraphs(text: str) -> list[str]:
    return [re.sub(r"\s+", "", ln) for ln in text.split("\n") if ln.strip() and "扫一扫" not in ln]


# ----------------------------------------------------------------------------- the printed PDF


def test_printed_pdf_has_the_layout_it_claims(printed):
    path, info = printed
    doc = pypdfium2.PdfDocument(str(path))
    pages = [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    assert len(pages) == info["pages"] >= 10
    assert all(RUNNING_HEADER in p and f"- {n} -" in p for n, p in enumerate(pages, 1))
    raw = "\n".join(pages)
    assert "完成 96.9 亿元" in raw  # spaces between Chinese and figures
    assert re.search(r"\d\.?\r?\n\.?\d", raw)  # a figure broken over two lines
    assert len(info["two_column_pages"]) == 1
    assert len(info["table_pages"]) == 2  # the table crosses a page break …
    first, second = (pages[p - 1] for p in info["table_pages"])
    assert "同比增长(%)" in first and "同比增长(%)" in second  # … with its header row repeated


def test_printed_pdf_gives_the_plain_texts_facts(printed_facts, plain_facts):
    facts = printed_facts
    assert _recall(plain_facts, facts, "unit") >= 0.97
    assert _recall(plain_facts, facts, "indicator") >= 0.97


def test_printed_pdf_text_is_the_plain_text(printed_report):
    text = printed_report.text
    assert RUNNING_HEADER not in text
    assert not re.search(r"(?m)^\s*(?:-\s*\d+\s*-|\d+)\s*$", text)  # page numbers dropped
    assert not re.search(r"[\u4e00-\u9fff] +\d|\d +[\u4e00-\u9fff]", text)
    lines = set(_paragraphs(text))
    plain = _paragraphs(PLAIN.text)
    # paragraphs come back whole (joined across lines, pages and columns), headings on their own lines
    assert sum(p in lines for p in plain) >= 0.95 * len(plain)
    headings = [p for p in plain if heading_level(p) in (1, 2)]
    assert headings and all(h in lines for h in headings)


def test_two_column_page_is_read_column_by_column(printed, printed_report):
    path, info = printed
    report = printed_report
    page = info["two_column_pages"][0]
    spans = [s for s in report.source.pages if s.page == page]
    on_page = _paragraphs(report.text[spans[0].start:spans[-1].end])
    plain = set(_paragraphs(PLAIN.text))
    assert len(on_page) >= 2 and all(p in plain for p in on_page)


def test_table_crossing_a_page_is_one_table_with_its_unit(printed, printed_report, printed_facts):
    path, info = printed
    report = printed_report
    block = [ln for ln in report.text.split("\n") if ln.startswith("|")]
    assert block[0] == "| 指标 | 本期 | 同比增长(%) |"
    assert block.count(block[0]) == 1  # the repeated header row is dropped
    assert len(block) == 2 + len(info["rows"])
    facts = printed_facts
    table = facts[facts.sentence.str.startswith("|")]
    for name, value, yoy in info["rows"]:
        level = table[(table.indicator == name) & (table.measure == "level")]
        assert len(level) == 1, name
        assert level.value.iloc[0] == pytest.approx(float(value) * 1e8)
        assert (level.unit.iloc[0], level.raw_unit.iloc[0]) == ("元", "亿元")
        if yoy:
            change = table[(table.indicator == name) & (table.measure == "yoy_pct")]
            assert change.value.tolist() == [pytest.approx(float(yoy))]
    assert set(table.page) == set(info["table_pages"])


def test_pages_and_offsets(printed, printed_report, printed_facts):
    path, info = printed
    report = printed_report
    assert report.source.kind == "pdf" and report.source.path == str(path)
    assert report.metadata["source_kind"] == "pdf" and report.metadata["pages"] == info["pages"]
    facts = printed_facts
    assert facts["page"].dtype == "int64"
    assert facts.page.between(1, info["pages"]).all()
    assert facts.sort_values("start").page.is_monotonic_increasing
    assert facts.page.nunique() == info["pages"]
    for _, f in facts.iterrows():
        assert f.raw_value.replace(",", "") in report.text[f.start:f.end].replace(",", "")
    assert report.page_at(report.text.index("96.9亿元")) == 1
    spans = report.source.pages
    assert spans[0].start == 0 and all(a.end == b.start for a, b in zip(spans, spans[1:], strict=False))


def test_browser_printed_pdf_gives_the_plain_texts_facts(tmp_path, plain_facts):
    path = browser_pdf(tmp_path / "printed_by_browser.pdf")
    doc = pypdfium2.PdfDocument(str(path))
    raw = doc[0].get_textpage().get_text_range()
    assert re.search(r"\b1/\d+\b", raw) and "计划执行情况报告" in raw  # the browser's header and footer
    report = dh.load_report(path)
    assert report.source.n_pages == len(doc) >= 5
    facts = dh.extract_facts(report)
    assert _recall(plain_facts, facts, "unit") >= 0.97
    assert _recall(plain_facts, facts, "indicator") >= 0.97
    assert "file:" not in report.text and "计划执行情况报告" not in report.text
    lines = set(_paragraphs(report.text))
    plain = _paragraphs(PLAIN.text)
    assert sum(p in lines for p in plain) >= 0.95 * len(plain)


def test_both_pdf_backends_agree(printed, plain_facts):
    data = printed[0].read_bytes()
    other = dh.extract_facts(dh.load_report(str(pdf_to_text(data, backend="pdfplumber"))))
    assert _recall(plain_facts, other, "unit") >= 0.97
    with pytest.raises(ValueError):
        pdf_to_text(data, backend="ocr")


def test_pdf_bytes(tmp_path):
    path = tmp_path / "pages.pdf"
    info = report_pdf(path, "\n".join(PLAIN.text.split("\n")[:14]), two_column=False, table=False)
    report = dh.load_report(path.read_bytes())
    assert info["pages"] >= 3
    assert report.path is None and report.source.kind == "pdf" and report.source.n_pages == info["pages"]


# ----------------------------------------------------------------------------- the saved Word file


def test_saved_docx_gives_the_plain_texts_facts(saved, plain_facts):
    path, rows = saved
    report = dh.load_report(path)
    assert report.source.kind == "docx" and report.metadata["source_kind"] == "docx"
    assert report.page_at(0) is None
    facts = dh.extract_facts(report)
    assert "page" not in facts
    assert _recall(plain_facts, facts, "unit") >= 0.97
    assert _recall(plain_facts, facts, "indicator") >= 0.97
    table = facts[facts.sentence.str.startswith("|")]
    for name, value, yoy in rows:
        level = table[(table.indicator == name) & (table.measure == "level")]
        assert level.value.tolist() == [pytest.approx(float(value) * 1e8)], name
        assert level.raw_unit.tolist() == ["亿元"]
        if yoy:
            assert table[(table.indicator == name) & (table.measure == "yoy_pct")].value.tolist() == [float(yoy)]


def test_saved_docx_keeps_order_headings_and_table_in_place(saved):
    path, rows = saved
    lines = dh.load_report(path).text.split("\n")
    plain = [ln.strip() for ln in PLAIN.text.split("\n") if ln.strip() and "扫一扫" not in ln]
    body = [ln for ln in lines if not ln.startswith("|") and ln != "主要经济指标"]
    assert body == plain
    header = lines.index("| 指标 | 单位 | 本期 | 增长(%) |")
    assert lines[header - 1] == "主要经济指标" and lines[header - 2] == plain[1]
    assert len([ln for ln in lines if ln.startswith("|")]) == 2 + len(rows)


def test_docx_table_units_from_header_unit_line_and_column(tmp_path):
    import docx

    doc = docx.Document()
    doc.add_heading("一、主要指标", level=1)
    doc.add_paragraph("单位：万元")
    t = doc.add_table(rows=0, cols=3)
    for cells in (("项目", "本期", "增长(%)"), ("一般公共预算收入", "1283456", "5.6")):
        for cell, v in zip(t.add_row().cells, cells, strict=True):
            cell.text = v
    doc.add_paragraph("表二")
    t = doc.add_table(rows=0, cols=2)
    for cells in (("税种", "本期(亿元)"), ("增值税", "142.6")):
        for cell, v in zip(t.add_row().cells, cells, strict=True):
            cell.text = v
    doc.add_paragraph("税收收入完成80.5亿元,同比\n下降8.1%。")  # a manual line break inside a sentence
    merged = doc.add_table(rows=2, cols=3)
    merged.cell(0, 1).merge(merged.cell(0, 2)).text = "本期"
    merged.cell(0, 0).text = "指标"
    merged.cell(1, 0).text = "常住人口"
    merged.cell(1, 1).text = "万人"
    merged.cell(1, 2).text = "12.5"
    path = tmp_path / "tables.docx"
    doc.save(str(path))
    facts = dh.extract_facts(path)
    got = {(f.indicator, f.measure): (f.value, f.unit) for _, f in facts.iterrows()}
    assert got[("一般公共预算收入", "level")] == (pytest.approx(1283456e4), "元")
    assert got[("一般公共预算收入", "yoy_pct")] == (5.6, "%")
    assert got[("增值税", "level")] == (pytest.approx(142.6e8), "元")
    assert got[("税收收入", "yoy_pct")] == (-8.1, "%")
    text = dh.load_report(path).text
    assert "| 指标 | 本期 |" in text  # a cell merged across two columns is read once


# ----------------------------------------------------------------------------- layout rules


SHORT = ("一、总体情况\n"
         "上半年,全区居民人均可支配收入41228元,同比增长2%;一般公共预算收入完成96.9亿元,同比下降7%,"
         "完成全年任务的48.2%;其中税收收入80.5亿元,同比下降8.1%,非税收入16.4亿元,同比增长1.3%。"
         "全区固定资产投资完成100.4亿元,完成全年任务的45.6%。\n"
         "(二)重点工作\n"
         "新增就业1.2万人\n"
         "城镇登记失业率0.84%。")


def test_line_joining_headings_and_short_lines(tmp_path):
    path = tmp_path / "rules.pdf"
    info = report_pdf(path, SHORT, two_column=False, table=False, header=None, footer="第 {n} 页")
    assert len(info["lines"]) == 7  # the long paragraph takes three lines
    assert any(re.search(r"[\d.]$", a) and re.match(r"[\d.]", b) for a, b in zip(info["lines"], info["lines"][1:], strict=False))
    assert dh.load_report(path).text == SHORT  # joined inside figures, headings and short lines kept


@pytest.mark.parametrize("footer", ["第 {n} 页", "{n}", "- {n} -", "第 {n} 页 共 9 页", "{n}/9"])
def test_page_numbers_and_running_header_dropped(tmp_path, footer):
    text = "\n".join(PLAIN.text.split("\n")[:14])
    path = tmp_path / "pages.pdf"
    info = report_pdf(path, text, two_column=False, table=False, footer=footer)
    assert info["pages"] >= 3
    report = dh.load_report(path)
    assert _paragraphs(report.text) == _paragraphs(text)
    assert [s.page for s in report.source.pages] == list(range(1, info["pages"] + 1))


def test_single_page_with_a_bare_page_number(tmp_path):
    path = tmp_path / "one.pdf"
    report_pdf(path, "收入增长5%。", two_column=False, table=False, header=None, footer="{n}")
    assert dh.load_report(path).text == "收入增长5%。"


def test_tidy_spaces():
    assert tidy_spaces("完成 96.9 亿元, 同比下降 7 %") == "完成96.9亿元,同比下降7%"
    assert tidy_spaces("故宫以东 一见如故, 增长 5 %", between_chinese=False) == "故宫以东 一见如故,增长5%"
    assert tidy_spaces("东 城 区 GDP 增长") == "东城区GDP增长"
    assert tidy_spaces("Beijing Municipal 2020 12") == "Beijing Municipal 2020 12"


# ----------------------------------------------------------------------------- errors


def _one_line_exit_1(capsys, path: Path, *words: str) -> str:
    assert main(["facts", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("dhcheng: ") and "Traceback" not in err
    for w in words:
        assert w in err
    return err


def test_scanned_pdf(tmp_path, capsys):
    path = tmp_path / "scan.pdf"
    scanned_pdf(path)
    with pytest.raises(errors.ScannedDocumentError):
        dh.load_report(path)
    _one_line_exit_1(capsys, path, "text layer", "OCR", "ocrmypdf")


@pytest.mark.parametrize("make", ["garbage", "truncated", "no_pages"])
def test_corrupt_pdf(tmp_path, capsys, request, make):
    path = tmp_path / "bad.pdf"
    data = {"garbage": lambda: b"this is not a PDF at all\n" * 10,
            "truncated": lambda: request.getfixturevalue("printed")[0].read_bytes()[:2000],
            "no_pages": lambda: b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                                b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"}[make]()
    path.write_bytes(data)
    with pytest.raises(errors.CorruptDocumentError):
        dh.load_report(path)
    _one_line_exit_1(capsys, path, "PDF")


def test_corrupt_docx(tmp_path, capsys, saved):
    path = tmp_path / "bad.docx"
    path.write_bytes(saved[0].read_bytes()[:3000])
    with pytest.raises(errors.CorruptDocumentError):
        dh.load_report(path)
    _one_line_exit_1(capsys, path, "Word")
    path.write_bytes(b"plain words, not a zip")
    with pytest.raises(errors.CorruptDocumentError):
        dh.load_report(path)


def test_encrypted_pdf(tmp_path, capsys):
    path = tmp_path / "locked.pdf"
    encrypted_pdf(path, "secret")
    with pytest.raises(errors.EncryptedDocumentError):
        dh.load_report(path)
    _one_line_exit_1(capsys, path, "password")
    # encrypted with an empty user password (printing restricted only): it opens and is read
    path2 = tmp_path / "restricted.pdf"
    encrypted_pdf(path2, "")
    assert dh.extract_facts(path2).value.tolist() == [9.69e9, -7.0]


def test_legacy_doc(tmp_path, capsys):
    path = tmp_path / "old.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2048))
    with pytest.raises(errors.LegacyWordError):
        dh.load_report(path)
    _one_line_exit_1(capsys, path, ".docx or PDF")
    with pytest.raises(errors.LegacyWordError):
        dh.load_report(path.read_bytes())
    # a web page saved under a .doc name is read as the web page it is
    page = tmp_path / "page.doc"
    page.write_text("<html><body><p>收入增长5%。</p></body></html>", encoding="utf-8")
    assert dh.load_report(page).text == "收入增长5%。"


def test_missing_extra(monkeypatch, printed, saved):
    monkeypatch.setitem(sys.modules, "pypdfium2", None)
    with pytest.raises(errors.MissingDependencyError) as exc:
        dh.load_report(printed[0])
    assert "pip install 'dhcheng_analysis[documents]'" in str(exc.value)
    monkeypatch.setitem(sys.modules, "docx", None)
    with pytest.raises(errors.MissingDependencyError):
        dh.load_report(saved[0])


def test_errors_are_report_errors():
    for cls in (errors.ScannedDocumentError, errors.EncryptedDocumentError, errors.LegacyWordError,
                errors.CorruptDocumentError, errors.MissingDependencyError):
        assert issubclass(cls, errors.ReportError)
    assert sniff(b"PK\x03\x04 an archive") is None and sniff(b"x", ".docx") == "docx"
    assert sniff("报告附件为 %PDF-1.7 格式的文件。".encode()) is None


def test_cli_reads_pdf_with_pages(printed, tmp_path, capsys):
    out = tmp_path / "facts.csv"
    assert main(["facts", str(printed[0]), "--format", "csv", "-o", str(out)]) == 0
    facts = pd.read_csv(out, encoding="utf-8-sig")
    assert "page" in facts and facts.page.min() == 1


def test_workbook_of_a_pdf_has_the_page_column(printed, tmp_path):
    import openpyxl

    out = tmp_path / "printed.xlsx"
    assert main(["export", str(printed[0]), "--format", "xlsx", "-o", str(out)]) == 0
    sheet = openpyxl.load_workbook(out, read_only=True)["全部数据"]
    rows = sheet.iter_rows(values_only=True)
    header = next(rows)
    pages = [r[header.index("页码")] for r in rows]
    assert pages and min(pages) == 1 and max(pages) == printed[1]["pages"]
