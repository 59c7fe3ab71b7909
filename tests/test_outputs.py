"""Where outputs may go: regular files and new paths only, standard output for ``-``, atomic
replacement that survives a full disk.

Special files are made in a temporary folder (a device node needs root: the tests skip
otherwise); the system's own ``/dev/null`` is never a target.
"""

from __future__ import annotations

import errno
import io
import json
import os
import socket
import stat
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pandas as pd
import pytest

from dhcheng_analysis import cli, export
from dhcheng_analysis.atomic import check_target
from dhcheng_analysis.errors import ExportError

TABLE = pd.DataFrame({"indicator": ["收入", "=HYPERLINK(\"http://x\")"], "value": [1.5, -7.0]})
CSV_OF_TABLE = "indicator,value\r\n收入,1.5\r\n\"'=HYPERLINK(\"\"http://x\"\")\",-7.0\r\n"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            code = cli.main(list(argv))
        except SystemExit as exc:
            code = int(exc.code or 0)
    return code, out.getvalue(), err.getvalue()


def device_node(folder: Path, name: str = "null0") -> Path:
    """A character device like /dev/null (1, 3), made inside ``folder``."""
    if os.geteuid() != 0:
        pytest.skip("making a device node needs root")
    path = folder / name
    try:
        os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("this system does not allow device nodes here (no CAP_MKNOD)")
    return path


def special(folder: Path, kind: str) -> Path:
    """A target of the given kind in ``folder``."""
    if kind == "device":
        return device_node(folder)
    if kind == "fifo":
        os.mkfifo(folder / "pipe")
        return folder / "pipe"
    if kind == "socket":
        path = folder / "sock"
        sock = socket.socket(socket.AF_UNIX)
        sock.bind(str(path))
        sock.close()
        return path
    if kind == "folder":
        (folder / "sub").mkdir()
        return folder / "sub"
    if kind.startswith("link to "):
        target = special(folder, kind.removeprefix("link to "))
        (folder / "link").symlink_to(target)
        return folder / "link"
    if kind == "dangling link":
        (folder / "link").symlink_to(folder / "nowhere")
        return folder / "link"
    if kind == "link loop":
        (folder / "a").symlink_to(folder / "b")
        (folder / "b").symlink_to(folder / "a")
        return folder / "a"
    raise ValueError(kind)


def snapshot(folder: Path) -> dict[str, int]:
    return {p.name: os.lstat(p).st_mode for p in folder.iterdir()}


KINDS = ["device", "fifo", "socket", "folder", "link to device", "link to fifo", "link to folder",
         "dangling link", "link loop"]


@pytest.mark.parametrize("kind", KINDS)
def test_library_writes_only_regular_files_or_new_paths(tmp_path, kind):
    target = special(tmp_path, kind)
    before = snapshot(tmp_path)
    for write in (export.to_csv, export.to_json, export.to_parquet):
        with pytest.raises(ExportError) as err:
            write(TABLE, target)
        msg = str(err.value)
        assert "\n" not in msg and str(target) in msg and " — " in msg
    assert snapshot(tmp_path) == before  # nothing replaced, no temporary file left


def test_messages_name_what_the_target_is(tmp_path):
    os.mkfifo(tmp_path / "pipe")
    with pytest.raises(ExportError, match=r"pipe is a named pipe \(FIFO\), not a regular file — write to a regular"):
        check_target(tmp_path / "pipe")
    node = device_node(tmp_path)
    with pytest.raises(ExportError, match="null0 is a character device, not a regular file"):
        check_target(node)
    (tmp_path / "l").symlink_to(node)
    with pytest.raises(ExportError, match="l is a symbolic link to a character device"):
        check_target(tmp_path / "l")
    with pytest.raises(ExportError, match="the output path is empty"):
        check_target("")


@pytest.mark.parametrize("fmt", ["csv", "json", "table"])
def test_cli_facts_refuses_a_device_node(tmp_path, fmt):
    node = device_node(tmp_path)
    code, out, err = run("facts", "--format", fmt, "-o", str(node))
    assert code == 1 and out == ""
    assert err == f"dhcheng: {node} is a character device, not a regular file — write to a regular file or a new path\n"
    assert stat.S_ISCHR(os.lstat(node).st_mode) and os.lstat(node).st_rdev == os.makedev(1, 3)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["null0"]


def test_cli_export_and_report_refuse_a_fifo(tmp_path):
    pipe = special(tmp_path, "fifo")
    for argv in (["export", "--format", "csv", "-o", str(pipe)], ["export", "-o", str(pipe)]):
        code, _, err = run(*argv)
        assert code == 1 and err.count("\n") == 1 and "named pipe (FIFO)" in err
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)


def test_a_link_to_a_regular_file_is_kept_and_its_file_replaced(tmp_path):
    real = tmp_path / "data" / "2020.csv"
    real.parent.mkdir()
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "latest.csv"
    link.symlink_to(real)
    assert export.to_csv(TABLE, link) == link
    assert link.is_symlink() and link.resolve() == real
    assert real.read_bytes() == b"\xef\xbb\xbf" + CSV_OF_TABLE.encode()
    assert sorted(p.name for p in real.parent.iterdir()) == ["2020.csv"]


def test_full_disk_while_writing_keeps_the_previous_file(tmp_path, monkeypatch):
    # (a report of one sentence of the bundled report, data/dongcheng_2020_h1.txt: what fails is the write, which
    # the whole report's facts would reach only after reading every figure of it)
    report = tmp_path / "report.txt"
    report.write_text("一般公共预算收入完成96.9亿元,同比下降7%,完成全年任务的48.2%。\n", encoding="utf-8")
    target = tmp_path / "facts.csv"
    target.write_bytes(b"previous")

    def full_disk(self, data, encoding=None, errors=None, newline=None):
        with open(self, "w", encoding=encoding) as fh:
            fh.write(data[:50])
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(Path, "write_text", full_disk)
    code, out, err = run("facts", str(report), "--format", "csv", "-o", str(target))
    assert code == 1 and out == ""
    assert err == (f"dhcheng: could not write {target}: No space left on device — check free space and "
                   "permissions (nothing was changed)\n")
    assert target.read_bytes() == b"previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["facts.csv", "report.txt"]


def test_an_io_error_when_flushing_to_disk_is_an_error(tmp_path, monkeypatch):
    target = export.to_csv(TABLE, tmp_path / "t.csv")
    before = target.read_bytes()

    def eio(fd):
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(os, "fsync", eio)
    with pytest.raises(ExportError, match=r"could not write .*t\.csv: Input/output error") as err:
        export.to_csv(TABLE.iloc[:1], target)
    assert "\n" not in str(err.value)
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.csv"]


def test_dash_is_standard_output_for_facts_and_data_exports(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, out, err = run("facts", "--format", "csv", "-o", "-")
    assert code == 0 and err == ""
    assert out.startswith("report_id,fact_id,") and "\r" not in out and not out.startswith("\ufeff")
    assert len(pd.read_csv(io.StringIO(out))) > 200
    code, out, _ = run("facts", "--format", "json", "-o", "-")
    assert code == 0 and json.loads(out)[0]["indicator"] == "地区生产总值"
    code, out, _ = run("export", "--format", "json", "--table", "tax", "-o", "-")
    assert code == 0 and {"dimension", "item"} <= set(json.loads(out)[0])
    code, out, _ = run("export", "--format", "csv", "--table", "headline", "-o", "-")
    assert code == 0 and out.startswith("report_id,")
    assert list(tmp_path.iterdir()) == []  # no file named "-"


@pytest.mark.parametrize("argv, words", [
    (["export", "--format", "xlsx", "-o", "-"], "cannot go to standard output — give a file name (xlsx is a binary"),
    (["export", "--format", "parquet", "-o", "-"], "cannot go to standard output — give a file name (parquet is"),
    (["report", "-o", "-"], "cannot go to standard output — give the folder"),
    (["facts", "-o", ""], "the output path is empty — give a file name, or - for standard output"),
    (["export", "--format", "csv", "-o", ""], "the output path is empty — give a file name, or -"),
    (["report", "-o", ""], "the output path is empty — give the folder"),
    (["facts", ""], "the report path is empty — name a file, or - for standard input"),
])
def test_outputs_that_make_no_sense_are_bad_usage(tmp_path, monkeypatch, argv, words):
    monkeypatch.chdir(tmp_path)
    code, out, err = run(*argv)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith(f"dhcheng {argv[0]}: ") and words in err
    assert list(tmp_path.iterdir()) == []


def test_library_writes_csv_and_json_to_a_stream():
    buf = io.StringIO()
    assert export.to_csv(TABLE, buf) is None
    assert buf.getvalue() == CSV_OF_TABLE.replace("\r\n", "\n")
    buf = io.StringIO()
    export.to_json(TABLE, buf)
    assert json.loads(buf.getvalue()) == [{"indicator": "收入", "value": 1.5},
                                          {"indicator": "=HYPERLINK(\"http://x\")", "value": -7.0}]
    with pytest.raises(ExportError, match="Parquet is written to a file"):
        export.to_parquet(TABLE, io.BytesIO())
