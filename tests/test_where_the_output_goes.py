"""Where the output goes: an empty corpus source or output folder is bad usage (never the current
folder); a second run into a folder another run is writing is refused (its files are not mixed in); a
folder someone fills or replaces while a report is built is not swapped away at the end; an output folder
under a file names the file; an output name taken for an option, or no standard output, is one line.

Regression fixtures written for these checks.
"""

from __future__ import annotations

import pytest
from _cli import run_cli as run

from dhcheng_analysis.atomic import folder_lock
from dhcheng_analysis.errors import ExportError
from dhcheng_analysis.generation import Generation


@pytest.mark.parametrize("argv, words", [
    (["corpus", "", "-o", "out"], "the corpus source is empty"),
    (["corpus", "  ", "-o", "out"], "the corpus source is empty"),
    (["corpus", "reports", "-o", ""], "the output path is empty"),
    (["report", "--corpus", "", "-o", "out"], "the corpus source is empty"),
])
def test_an_empty_corpus_source_or_output_folder_is_bad_usage_not_the_current_folder(tmp_path, monkeypatch,
                                                                                      argv, words):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "a.txt").write_text("地区生产总值增长5%。", encoding="utf-8")
    code, out, err = run(*argv)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and words in err, err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["reports"]
    assert [p.name for p in (tmp_path / "reports").iterdir()] == ["a.txt"]


@pytest.mark.parametrize("command", [["corpus", "reports"], ["report", "--corpus", "reports"]])
def test_a_second_run_into_a_folder_another_run_writes_is_refused(tmp_path, monkeypatch, command):
    import tempfile

    monkeypatch.chdir(tmp_path)
    (tmp_path / "locks").mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "locks"))
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "a.txt").write_text("地区生产总值增长5%。", encoding="utf-8")
    (tmp_path / "out").mkdir()
    (tmp_path / "same").symlink_to(tmp_path / "out")
    with folder_lock(tmp_path / "out"):  # the first run
        code, out, err = run(*command, "-o", "same/")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "another dhcheng run is writing into" in err and str(tmp_path / "out") in err
    assert list((tmp_path / "out").iterdir()) == []
    assert list((tmp_path / "locks").iterdir()) == []  # the lock file goes with the run
    with folder_lock(tmp_path / "out"), folder_lock(tmp_path / "other"):  # once released, held again; others free
        assert len(list((tmp_path / "locks").iterdir())) == 2
    assert list((tmp_path / "locks").iterdir()) == []


def test_a_folder_filled_while_the_report_was_built_is_kept(tmp_path):
    target = tmp_path / "out"
    with pytest.raises(ExportError, match="thesis.txt.*since the report was started; it was not replaced"), \
            Generation(target) as gen:
        (gen.path / "index.html").write_text('<meta name="dhcheng-files" content="index.html">')
        target.mkdir()
        (target / "thesis.txt").write_text("mine")
        gen.commit()
    assert [p.name for p in tmp_path.iterdir()] == ["out"]
    assert (target / "thesis.txt").read_text() == "mine"


def test_a_folder_replaced_by_a_file_while_the_report_was_built_is_kept(tmp_path):
    target = tmp_path / "out"
    target.mkdir()
    with pytest.raises(ExportError, match="is no longer a folder"), Generation(target) as gen:
        (gen.path / "index.html").write_text("new")
        target.rmdir()
        target.write_text("mine")
        gen.commit()
    assert [p.name for p in tmp_path.iterdir()] == ["out"] and target.read_text() == "mine"


def test_an_output_folder_under_a_file_names_the_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes").write_text("mine")
    code, _, err = run("report", "-o", "notes/sub/pages")
    assert code == 1 and err == f"dhcheng: {tmp_path / 'notes'} is a file, not a folder — choose another output folder\n"
    assert (tmp_path / "notes").read_text() == "mine"


def test_an_output_named_with_a_leading_dash_is_told_how_to_give_it(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, _, err = run("export", "--format", "csv", "-o", "-x.csv")
    assert code == 2 and err.count("\n") == 1
    assert "one that starts with - is given as --output=VALUE (or ./VALUE for a file)" in err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("argv", [["facts"], ["export", "--format", "json", "-o", "-"]])
def test_no_standard_output_is_our_own_one_line(tmp_path, monkeypatch, capsys, argv):
    """Started with standard output closed (``dhcheng facts >&-``): Python's sys.stdout is None."""
    import sys

    from dhcheng_analysis.cli import main

    report = tmp_path / "r.txt"
    report.write_text("地区生产总值增长5%。", encoding="utf-8")
    monkeypatch.setattr(sys, "stdout", None)
    assert main([*argv, str(report)]) == 1
    assert capsys.readouterr().err == "dhcheng: there is no standard output to write to — give a file with -o\n"
