"""Every report file of a corpus folder is read or named: a file that cannot be read (a named pipe,
a broken link, bytes that are no text) and a subfolder that cannot be listed are each one line of
``corpus.errors``, and the reports beside them are read.  A file or folder whose name starts with
``.`` is skipped, as before.  A source of which not one report can be read is bad input for
``dhcheng corpus``: exit 1, one line, no output written.
"""

from __future__ import annotations

import errno
import os

import pytest

from dhcheng_analysis.corpus import load_corpus

REPORT = "全区实现地区生产总值1876.3亿元，比上年增长7.9%。\n"


def folder_of_reports(tmp_path):
    folder = tmp_path / "reports"
    (folder / "2021").mkdir(parents=True)
    (folder / "2020.txt").write_text(REPORT, encoding="utf-8")
    (folder / "2021" / "h1.txt").write_text(REPORT, encoding="utf-8")
    (folder / ".hidden.txt").write_text(REPORT, encoding="utf-8")
    return folder


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_and_a_broken_link_are_named_not_skipped(tmp_path):
    folder = folder_of_reports(tmp_path)
    os.mkfifo(folder / "pipe.txt")
    (folder / "gone.txt").symlink_to(folder / "nowhere.txt")
    corpus = load_corpus(folder)
    assert [r.report_id for r in corpus] == ["2020", "h1"]
    errors = dict(zip(corpus.errors["source"], corpus.errors["error"], strict=True))
    assert errors == {
        str(folder / "gone.txt"): f"{folder / 'gone.txt'} is a symbolic link to a missing file — check where it points",
        str(folder / "pipe.txt"): f"{folder / 'pipe.txt'} is a named pipe (FIFO), not a regular file — "
                                  "save the report to a file and give that file",
    }


def test_a_subfolder_that_cannot_be_listed_is_named(tmp_path, monkeypatch):
    folder = folder_of_reports(tmp_path)
    locked = folder / "2021"
    scandir = os.scandir

    def refuse(path="."):
        if os.fspath(path) == os.fspath(locked):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), os.fspath(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refuse)
    corpus = load_corpus(folder)
    assert [r.report_id for r in corpus] == ["2020"]
    assert corpus.errors[["source", "error"]].values.tolist() == [
        [str(locked), f"cannot list the folder {locked}: Permission denied — check its permissions"]]


def test_a_folder_linked_into_itself_is_listed_once(tmp_path):
    folder = folder_of_reports(tmp_path)
    (folder / "2021" / "again").symlink_to(folder)
    corpus = load_corpus(folder)
    assert sorted(r.report_id for r in corpus) == ["2020", "h1"] and corpus.errors.empty


def test_a_corpus_of_which_nothing_can_be_read_exits_1_and_writes_nothing(tmp_path):
    """`dhcheng corpus` on a folder whose every file fails: one line, exit 1, and the outputs of an
    earlier run are not replaced by empty tables."""
    from _cli import run_cli

    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "a.txt").write_bytes(b"")
    (folder / "b.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    out = tmp_path / "out"
    out.mkdir()
    (out / "facts.parquet").write_bytes(b"earlier")
    code, printed, err = run_cli("corpus", str(folder), "-o", str(out), "--jobs", "1")
    assert code == 1 and printed == ""
    assert err == (f"dhcheng: no report of {folder} could be read — 2 files failed, the first: "
                   f"{folder / 'a.txt'} is empty — give a file that holds the report text\n")
    assert (out / "facts.parquet").read_bytes() == b"earlier" and sorted(p.name for p in out.iterdir()) == [
        "facts.parquet"]
