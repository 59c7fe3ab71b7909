"""The dhcheng command: facts output, help, exit codes."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout

import pandas as pd
import pytest

from dhcheng_analysis.cli import main


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            code = main(list(args))
        except SystemExit as exc:
            code = int(exc.code or 0)
    return code, out.getvalue(), err.getvalue()


def test_facts_table_of_the_bundled_report():
    code, out, _ = run("facts")
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


def test_bad_usage_exits_2():
    assert run("facts", "--format", "xml")[0] == 2
    assert run()[0] == 2


def test_help_explains_each_command_with_an_example():
    proc = subprocess.run([sys.executable, "-m", "dhcheng_analysis.cli", "--help"], capture_output=True, text=True)
    assert proc.returncode == 0
    for word in ("facts", "report", "export", "examples:"):
        assert word in proc.stdout


@pytest.mark.parametrize("cmd", ["facts", "report", "export"])
def test_subcommand_help(cmd):
    code, out, _ = run(cmd, "--help")
    assert code == 0 and "example" in out
