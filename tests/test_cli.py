"""The dhcheng command: facts output, help, exit codes."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys

import pandas as pd
import pytest
from _cli import run_cli as run

from dhcheng_analysis import cli
from dhcheng_analysis.cli import main


@pytest.fixture(scope="module")
def facts_table():
    """``dhcheng facts`` on the bundled report, run once for the module: (exit code, stdout, stderr)."""
    return run("facts")


def test_facts_table_of_the_bundled_report(facts_table):
    code, out, _ = facts_table
    assert code == 0
    assert "一般公共预算收入" in out and "completion_pct" in out


def test_facts_csv_and_json(tmp_path):
    target = tmp_path / "facts.csv"
    assert run("facts", "--format", "csv", "-o", str(target))[0] == 0
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    df = pd.read_csv(target, encoding="utf-8-sig")
    assert len(df) > 200 and "sentence" in df.columns
    code, out, _ = run("facts", "--format", "json")
    rows = json.loads(out)
    assert code == 0 and rows[0]["indicator"] == "地区生产总值"


def test_bad_input_exits_1_with_one_line(tmp_path):
    code, out, err = run("facts", str(tmp_path / "missing.txt"))
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and err.startswith("dhcheng: no such file")


def test_a_home_folder_of_no_such_user_is_bad_input_not_a_bug():
    code, _, err = run("export", "-o", "~nosuchuser_dhcheng/out.xlsx")
    assert code == 1 and err.startswith("dhcheng: folder ~nosuchuser_dhcheng does not exist")


def test_a_corpus_source_that_names_nothing_leaves_no_output_folder(tmp_path):
    out = tmp_path / "out"
    code, _, err = run("corpus", "~nosuchuser_dhcheng/reports", "-o", str(out))
    assert code == 1 and err.startswith("dhcheng: no file or folder named ~nosuchuser_dhcheng/reports")
    assert not out.exists()


def test_bad_usage_exits_2():
    assert run("facts", "--format", "xml")[0] == 2
    assert run()[0] == 2


def test_a_path_with_a_line_break_or_an_escape_sequence_is_said_in_one_printable_line(tmp_path):
    """A path named on the command line is untrusted: its line break or terminal escape sequence is
    written as an escape, so the error stays one line and cannot steer the terminal."""
    for argv, code in ((["facts", str(tmp_path / "no\nsuch.txt")], 1),
                       (["facts", str(tmp_path / "\x1b[31mred.txt")], 1),
                       (["export", "--format", "csv", "-o", str(tmp_path / "x\ny" / "out.csv")], 1),
                       (["facts", "-a\u202eb"], 2)):
        got, _, err = run(*argv)
        assert got == code and err.count("\n") == 1 and err.endswith("\n"), (argv, err)
        assert "\x1b" not in err and "\u202e" not in err
    assert "no\\nsuch.txt" in run("facts", str(tmp_path / "no\nsuch.txt"))[2]


def test_a_report_whose_name_starts_with_a_dash_is_named_the_way_to_give_it(tmp_path, monkeypatch):
    """A file named ``-x.txt`` is taken for an option: the one line says how to name it (./-x.txt)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "-x.txt").write_text("地区生产总值完成500亿元，同比增长5.2%。", encoding="utf-8")
    code, _, err = run("facts", "-x.txt")
    assert code == 2 and err.count("\n") == 1
    assert "./-x.txt" in err
    code, out, _ = run("facts", "./-x.txt", "--format", "csv")
    assert code == 0 and "地区生产总值" in out
    code, _, err = run("facts", "--no-such-option")
    assert code == 2 and "see 'dhcheng --help'" in err and "./" not in err


def test_help_explains_each_command_with_an_example():
    proc = subprocess.run([sys.executable, "-m", "dhcheng_analysis.cli", "--help"], capture_output=True, text=True)
    assert proc.returncode == 0
    for word in ("facts", "report", "export", "examples:"):
        assert word in proc.stdout


@pytest.mark.parametrize("cmd", ["facts", "report", "export"])
def test_subcommand_help(cmd):
    code, out, _ = run(cmd, "--help")
    assert code == 0 and "example" in out


# --------------------------------------------------------------------------------------
# Usage, warnings, last-resort errors
# --------------------------------------------------------------------------------------
@pytest.mark.parametrize("argv, words", [
    (["report", "--jobs", "0"], "argument --jobs: must be a whole number of 1 or more, not '0'"),
    (["report", "--jobs", "two"], "argument --jobs: must be a whole number of 1 or more, not 'two'"),
    (["export", "--format", "csv", "--table", "bogus", "-o", "x.csv"], "argument --table: invalid choice: 'bogus'"),
    (["export", "--table", "tax", "-o", "x.xlsx"], "--table picks one table for csv, json or parquet"),
    (["export", "--format", "csv", "--lang", "en", "-o", "x.csv"], "--lang sets the language of the workbook"),
    (["facts", "--max-size", "lots"], "argument --max-size: 'lots' is not a size"),
    (["facts", "--max-size", "0"], "argument --max-size: '0' is not a size of 1 byte or more"),
    (["facts", "--max-size", "-1"], "argument --max-size: '-1' is not a size of 1 byte or more"),
    (["facts", "--format", "xml"], "argument --format: invalid choice: 'xml'"),
    (["export", "--format", "csv"], "the following arguments are required: -o/--output"),
    (["nosuchcommand"], "argument COMMAND: invalid choice: 'nosuchcommand'"),
    ([], "the following arguments are required: COMMAND"),
])
def test_every_bad_option_exits_2_with_one_line(tmp_path, monkeypatch, argv, words):
    monkeypatch.chdir(tmp_path)
    code, out, err = run(*argv)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("dhcheng") and words in err, err
    assert list(tmp_path.iterdir()) == []


def test_no_figures_is_said_once_in_words(tmp_path):
    words = tmp_path / "words.txt"
    words.write_text("这是一份没有任何数字的说明文字。", encoding="utf-8")
    for argv in (["facts", str(words)], ["export", str(words), "--format", "csv", "-o", str(tmp_path / "w.csv")],
                 ["export", str(words), "-o", str(tmp_path / "w.xlsx")]):
        code, _, err = run(*argv)
        assert code == 0
        assert err == f"dhcheng: no figures found in {words}\n", err


def test_other_warnings_are_one_line_once_without_a_file_name(monkeypatch):
    import warnings

    from dhcheng_analysis import facts as facts_module

    real = facts_module.extract_facts

    def noisy(report):
        for _ in range(3):
            warnings.warn("something odd in the table\nsecond line", RuntimeWarning, stacklevel=1)
        return real(report)

    monkeypatch.setattr(facts_module, "extract_facts", noisy)
    code, out, err = run("facts", "--format", "json")
    assert code == 0 and json.loads(out)
    assert err == "dhcheng: warning: something odd in the table\n"


@pytest.mark.parametrize("exc, code, words", [
    (MemoryError(), 1, "dhcheng: out of memory while working on the bundled report — the input is too large"),
    (KeyboardInterrupt(), 130, "dhcheng: interrupted"),
    (RuntimeError("boom\nmore"), 1, "dhcheng: unexpected error (RuntimeError: boom) — this is a bug; rerun with "
                                    "DHCHENG_DEBUG=1"),
    (OSError(5, "Input/output error"), 1, "dhcheng: cannot write the output: Input/output error"),
])
def test_failures_inside_a_command_are_one_line(monkeypatch, exc, code, words):
    from dhcheng_analysis import facts as facts_module

    def fail(report):
        raise exc

    monkeypatch.setattr(facts_module, "extract_facts", fail)
    monkeypatch.delenv("DHCHENG_DEBUG", raising=False)
    got, out, err = run("facts")
    assert got == code and out == ""
    assert err.count("\n") == 1 and err.startswith(words), err


def test_debug_shows_the_traceback_of_a_bug(monkeypatch):
    from dhcheng_analysis import facts as facts_module

    monkeypatch.setattr(facts_module, "extract_facts", lambda report: 1 / 0)
    monkeypatch.setenv("DHCHENG_DEBUG", "1")
    with pytest.raises(ZeroDivisionError):
        main(["facts"])


def test_dash_reads_standard_input(monkeypatch):
    data = "一般公共预算收入完成96.9亿元,同比下降7%。".encode("gb18030")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    code, out, err = run("facts", "-", "--format", "json")
    assert code == 0 and err == ""
    assert sorted(r["value"] for r in json.loads(out)) == [-7.0, 9.69e9]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    code, out, err = run("facts", "-", "--max-size", "10")
    assert code == 1 and out == ""
    assert err == ("dhcheng: standard input holds more than the 10 bytes read limit — if it really is one report, "
                   "raise the limit (--max-size, or DHCHENG_MAX_BYTES)\n")


def test_the_facts_table_shows_figures_as_printed_never_in_scientific_notation(facts_table):
    code, out, _ = facts_table
    assert code == 0
    assert not re.search(r"\d\.?\d*e[+-]\d+", out)
    line = next(ln for ln in out.splitlines() if "f00281" in ln)
    assert "96.9亿元" in line and "9690000000" not in line


def test_report_launches_the_kernel_before_loading_the_report_reader(tmp_path):
    code = (
        "import sys\n"
        "from dhcheng_analysis import cli, publish\n"
        "def launched(*a, **k):\n"
        "    print(sorted(m for m in ('dhcheng_analysis.sources', 'dhcheng_analysis.documents',\n"
        "                             'dhcheng_analysis.report', 'dhcheng_analysis.facts', 'pandas')\n"
        "                 if m in sys.modules))\n"
        "    raise SystemExit(0)\n"
        "publish.start_runner = launched\n"
        f"cli.main(['report', '-o', {str(tmp_path / 'out')!r}, '--jobs', '1'])\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", "the command read its input before the kernel was started"


def test_report_runs_one_kernel_by_default_on_two_cores(monkeypatch):
    for cores, kernels in ((1, 1), (2, 1), (4, 2), (None, 1)):
        monkeypatch.setattr(cli.os, "cpu_count", lambda cores=cores: cores)
        assert cli.build_parser().parse_args(["report"]).jobs == kernels
    assert cli.build_parser().parse_args(["report", "--jobs", "3"]).jobs == 3


def test_the_tables_the_cli_offers_are_the_registry():
    # the CLI spells the registry out so that `dhcheng --help` loads no vocabulary; it must not drift from it
    from dhcheng_analysis import vocab

    assert cli.TABLES == tuple(vocab.labels().tables)
