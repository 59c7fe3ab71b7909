"""Run the command line in the test process: exit code, standard output and standard error."""

from __future__ import annotations

import io
from contextlib import redirect_stderr, redirect_stdout

from dhcheng_analysis.cli import main


def run_cli(*args: str) -> tuple[int, str, str]:
    """``dhcheng ARGS…`` as a call: (exit code, what it printed, what it said on standard error)."""
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            code = main(list(args))
        except SystemExit as exc:
            code = int(exc.code or 0)
    return code, out.getvalue(), err.getvalue()
