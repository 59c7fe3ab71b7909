"""Every subcommand against every kind of bad input, each in its own process: exit code 1, one
line on standard error, no traceback, nothing written.  A Big5 file is not bad input: it gives
the right facts.

The processes run a few at a time; each has a time limit, so an input that hangs (a named
pipe, an endless device) fails the test instead of stalling it.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

PNG_1PX = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)
BIG5_TEXT = "一般公共預算收入完成96.9億元，同比下降7%，完成全年任務的48.2%。"
COMMANDS = {
    "facts": lambda out: ["facts", "--format", "csv"],
    "export": lambda out: ["export", "--format", "csv", "-o", str(out / "x.csv")],
    "export xlsx": lambda out: ["export", "-o", str(out / "x.xlsx")],
    "report": lambda out: ["report", "-o", str(out / "pages")],
}


def make_inputs(folder: Path) -> dict[str, tuple[list[str], bytes | None, str]]:
    """Input name → (arguments, standard input, the start of the expected message)."""
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "scan.png").write_bytes(PNG_1PX)
    (folder / "big.txt").write_bytes(("收入增长5%。" * 200).encode())
    os.mkfifo(folder / "pipe.txt")
    (folder / "loop.txt").symlink_to(folder / "loop2.txt")
    (folder / "loop2.txt").symlink_to(folder / "loop.txt")
    inputs = {
        "missing file": ([str(folder / "missing.docx")], None, "no such file"),
        "folder": ([str(folder)], None, "is a folder, not a report file"),
        "named pipe": ([str(folder / "pipe.txt")], None, "is a named pipe (FIFO), not a regular file"),
        "symlink loop": ([str(folder / "loop.txt")], None, "is a loop of symbolic links"),
        "empty file": ([str(folder / "empty.txt")], None, "is empty"),
        "binary": ([str(folder / "scan.png")], None, "is binary data"),
        "web address": (["https://www.bjdch.gov.cn/zwgk/report.html"], None, "is a web address"),
        "over the limit": ([str(folder / "big.txt"), "--max-size", "1K"], None, "is 3.3 KiB, more than the 1 KiB"),
        "empty standard input": (["-"], b"", "standard input is empty"),
    }
    if os.geteuid() == 0:
        try:
            os.mknod(folder / "zero", 0o666 | stat.S_IFCHR, os.makedev(1, 5))
        except PermissionError:
            pass
        else:
            inputs["endless device"] = ([str(folder / "zero")], None, "is a character device, not a regular file")
    return inputs


def dhcheng(argv: list[str], stdin: bytes | None, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONWARNINGS": "default"}
    env.pop("DHCHENG_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "dhcheng_analysis.cli", *argv], cwd=cwd, env=env,
                          input=stdin if stdin is not None else b"", capture_output=True, timeout=120)


def test_every_subcommand_fails_cleanly_on_every_bad_input(tmp_path):
    inputs = make_inputs(tmp_path / "in")
    cases = []
    for cmd, build in COMMANDS.items():
        for name, (args, stdin, words) in inputs.items():
            out = tmp_path / "out" / f"{cmd}-{name}".replace(" ", "_")
            out.mkdir(parents=True)
            argv = build(out)
            cases.append((cmd, name, out, [argv[0], *args, *argv[1:]], stdin, words))
    with ThreadPoolExecutor(max_workers=4) as pool:
        procs = list(pool.map(lambda c: dhcheng(c[3], c[4], c[2]), cases))
    problems = []
    for (cmd, name, out, _, _, words), proc in zip(cases, procs, strict=True):
        err = proc.stderr.decode("utf-8", "replace")
        ok = (proc.returncode == 1 and proc.stdout == b"" and err.count("\n") == 1 and err.startswith("dhcheng: ")
              and words in err and "Traceback" not in err and list(out.iterdir()) == [])
        if not ok:
            problems.append(f"{cmd} / {name}: exit {proc.returncode}, stderr {err!r}, "
                            f"wrote {[p.name for p in out.iterdir()]}")
    assert not problems, "\n".join(problems)
    assert len(cases) >= 36


@pytest.mark.parametrize("cmd", ["facts", "export"])
def test_big5_gives_the_right_facts(tmp_path, cmd):
    src = tmp_path / "tw.txt"
    src.write_bytes(BIG5_TEXT.encode("big5"))
    out = tmp_path / "facts.json"
    argv = [cmd, str(src), "--format", "json", "-o", str(out)]
    proc = dhcheng(argv, None, tmp_path)
    assert proc.returncode == 0 and proc.stderr == b""
    rows = json.loads(out.read_text(encoding="utf-8"))
    got = sorted((r["indicator"], r["measure"], r["value"], r["unit"]) for r in rows)
    assert got == [("一般公共預算收入", "completion_pct", 48.2, "%"), ("一般公共預算收入", "level", 9.69e9, "元"),
                   ("一般公共預算收入", "yoy_pct", -7.0, "%")]
