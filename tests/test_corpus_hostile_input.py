"""The corpus reader, its outputs and a Report built by hand, against hostile or careless input: each bad
input gets our own one-line error (or is listed as unread while the run goes on), never a raw traceback, and
nothing outside what was given is read or replaced.  The texts here are regression fixtures written for the tests.
"""

from __future__ import annotations

import gzip
import os

import pandas as pd
import pytest
from _cli import run_cli

import dhcheng_analysis as dh
from dhcheng_analysis.errors import ExportError, ReportError, ReportTooLargeError, UsageError
from dhcheng_analysis.report import Report

TEXT = "2023年东城区政府工作报告\n全区地区生产总值增长5.2%。\n"


def _names(corpus) -> list[str]:
    return sorted(os.path.basename(s) for s in corpus.reports["source"])


def _folder(tmp_path, name="src"):
    folder = tmp_path / name
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    return folder


def test_a_sidecar_nested_too_deep_is_listed_unread_and_the_report_still_read(tmp_path):
    folder = _folder(tmp_path)
    (folder / "a.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    corpus = dh.load_corpus(folder)
    assert len(corpus) == 1
    [err] = corpus.errors["error"].tolist()
    assert "a.json" in err and "nested too deep" in err and "\n" not in err


def test_sidecars_and_json_lines_are_held_to_the_read_limit(tmp_path, monkeypatch):
    folder = _folder(tmp_path)
    (folder / "a.json").write_text('{"title": "' + "x" * 5000 + '"}', encoding="utf-8")
    monkeypatch.setenv("DHCHENG_MAX_BYTES", "2000")
    corpus = dh.load_corpus(folder)
    assert len(corpus) == 1 and "read limit" in corpus.errors["error"].iloc[0]
    lines = tmp_path / "big.jsonl"
    lines.write_text('{"text": "' + "收入增长5%。" * 500 + '"}\n', encoding="utf-8")
    with pytest.raises(ReportTooLargeError, match="read limit"):
        dh.load_corpus(lines)


def test_a_gzip_bomb_stops_at_the_read_limit(tmp_path, monkeypatch):
    bomb = tmp_path / "bomb.jsonl.gz"
    bomb.write_bytes(gzip.compress(b"\n" * (50 * 2**20)))  # 50 MiB of blank lines in some 50 KB
    monkeypatch.setenv("DHCHENG_MAX_BYTES", "1M")
    with pytest.raises(ReportTooLargeError, match="unpacks to more than the 1 MiB read limit"):
        dh.load_corpus(bomb)


def test_a_json_line_nested_too_deep_is_listed_and_the_next_read(tmp_path):
    lines = tmp_path / "c.jsonl"
    lines.write_text("[" * 100_000 + "]" * 100_000 + "\n" + '{"text": "全区地区生产总值增长5.2%。"}\n', encoding="utf-8")
    corpus = dh.load_corpus(lines)
    assert len(corpus) == 1 and "nested too deep" in corpus.errors["error"].iloc[0]


def test_a_link_to_a_folder_outside_the_source_is_not_followed(tmp_path):
    folder = _folder(tmp_path)
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(TEXT, encoding="utf-8")
    (folder / "inside").mkdir()
    (folder / "inside" / "b.txt").write_text(TEXT, encoding="utf-8")
    os.symlink(outside, folder / "outlink")
    os.symlink(folder / "inside", folder / "inlink")  # inside, listed once
    os.symlink(folder, folder / "inside" / "loop")  # a loop ends
    corpus = dh.load_corpus(folder)
    assert _names(corpus) == ["a.txt", "b.txt"]


@pytest.mark.parametrize("source", ["", " ", [""]])
def test_an_empty_source_is_no_current_folder(source):
    with pytest.raises(UsageError, match="the corpus source is empty"):
        dh.load_corpus(source)


def test_pages_this_package_wrote_are_no_reports(tmp_path):
    folder = _folder(tmp_path)
    page = '<!DOCTYPE html>\n<html><head>\n<meta charset="utf-8">\n<meta name="generator" content="dhcheng_analysis">\n'
    body = "<title>t</title></head><body><p>全区地区生产总值增长5.2%。</p></body></html>"
    (folder / "05_across_reports.html").write_text(page + body, encoding="utf-8")
    (folder / "pages").mkdir()
    (folder / "pages" / "index.html").write_text(page + body, encoding="utf-8")
    (folder / "pages" / "notes.txt").write_text(TEXT, encoding="utf-8")  # inside an output folder: skipped too
    (folder / "theirs.html").write_text("<html><body><p>全区地区生产总值增长5.2%。</p></body></html>", encoding="utf-8")
    corpus = dh.load_corpus(folder)
    assert _names(corpus) == ["a.txt", "theirs.html"]
    assert [r.report_id for r in dh.load_corpus(str(folder / "*.html"))] == ["theirs"]


def test_corpus_output_never_replaces_files_of_ones_own(tmp_path):
    folder = _folder(tmp_path)
    out = tmp_path / "mine"
    out.mkdir()
    (out / "facts.parquet").write_bytes(b"mine")
    (out / "notes.docx").write_bytes(b"mine")
    code, _, err = run_cli("corpus", str(folder), "-o", str(out), "--no-cache")
    assert code == 1 and "not a report written by dhcheng" in err and "notes.docx" in err
    assert (out / "facts.parquet").read_bytes() == b"mine"
    with pytest.raises(ExportError, match="current or root folder|not the current folder"):
        dh.corpus_export.write_corpus(dh.load_corpus(folder), ".")


def test_a_corpus_output_folder_is_written_again(tmp_path):
    pytest.importorskip("pyarrow")
    folder = _folder(tmp_path)
    out = tmp_path / "out"
    assert run_cli("corpus", str(folder), "-o", str(out))[0] == 0
    (out / ".errors.csv.k2j_x9aq.tmp").write_bytes(b"")  # a work file a killed write left
    assert run_cli("corpus", str(folder), "-o", str(out))[0] == 0


def test_a_cache_folder_that_is_a_link_is_refused(tmp_path):
    pytest.importorskip("pyarrow")
    folder = _folder(tmp_path)
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    out.mkdir()
    elsewhere.mkdir()
    os.symlink(elsewhere, out / ".cache")
    code, _, err = run_cli("corpus", str(folder), "-o", str(out))
    assert code == 1 and "symbolic link" in err and "Traceback" not in err
    assert not list(elsewhere.iterdir())


def test_the_corpus_workbook_cleans_cells_as_every_table_does(tmp_path):
    from dhcheng_analysis.corpus_export import _cell_value
    from dhcheng_analysis.tabular import shown_text

    for s in ("收入\u202e增长\x1b", "a\x00b\ud800", "全区\u2066增长"):
        assert _cell_value(s) == shown_text(s)
    assert _cell_value("收入\u202e增长") == "收入增长"


@pytest.mark.parametrize("text", [None, 5, b"\xe6\x94\xb6"])
def test_a_report_built_by_hand_needs_str_text(text):
    with pytest.raises(UsageError, match="Report text must be a str"):
        Report(text, "r")


def test_a_report_built_by_hand_needs_dict_metadata():
    with pytest.raises(UsageError, match="metadata must be a dict"):
        Report("收入增长5%。", "r", metadata=5)
    assert Report("收入增长5%。", "r", metadata=None).metadata == {}


def test_a_report_built_by_hand_is_cleaned_as_load_report_cleans():
    text = "全区收入增长5%\ud800，支出\x00增长3%\x0b完成。"
    report = Report(text, "r")
    assert report.text == "全区收入增长5% ，支出 增长3%\n完成。" and len(report.text) == len(text)
    facts = dh.extract_facts(report)
    assert sorted(facts["value"].tolist()) == [3.0, 5.0]
    assert isinstance(facts, pd.DataFrame) and not isinstance(facts, ReportError)


def test_a_report_id_built_by_hand_is_cleaned_too():
    facts = dh.extract_facts(Report("收入增长5%。", "r\ud800\x1b"))
    assert facts["report_id"].tolist() == ["r  "]


def test_a_pipe_named_as_a_page_is_listed_unread_without_blocking(tmp_path):
    folder = _folder(tmp_path)
    os.mkfifo(folder / "pipe.html")
    corpus = dh.load_corpus(folder)
    assert _names(corpus) == ["a.txt"] and "pipe.html" in corpus.errors["source"].iloc[0]
