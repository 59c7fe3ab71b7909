"""Wall time of the default ``dhcheng report`` against the fixed cost of one kernel.

    python benchmarks/bench_report.py [--repeat N] [--jobs N]

Measured in the same run:

* ``empty notebook``: papermill executing a notebook with one empty cell, in a fresh
  process (the runner's import, a kernel start and shutdown: the floor for any notebook);
* ``dhcheng report``: the default command (bundled report, 4 notebooks, ``--jobs 2``),
  in a fresh process, into a temporary folder;
* per notebook: execution time inside that build.

Goal on a 2-core machine: the whole default report in at most 20 s.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GOAL_SECONDS = 20.0

EMPTY_RUN = """
import sys, time, nbformat, papermill as pm
from nbformat.v4 import new_code_cell, new_notebook
nb = new_notebook(cells=[new_code_cell("")])
nb.metadata["kernelspec"] = {"name": "python3", "language": "python", "display_name": "Python 3"}
nbformat.write(nb, sys.argv[1] + "/empty.ipynb")
t = time.perf_counter()
pm.execute_notebook(sys.argv[1] + "/empty.ipynb", sys.argv[1] + "/out.ipynb", kernel_name="python3",
                    progress_bar=False, request_save_on_cell_execute=False)
print(time.perf_counter() - t)
"""

BUILD_RUN = """
import json, sys, time
t = time.perf_counter()
import dhcheng_analysis as dh
r = dh.build_report(None, sys.argv[1], jobs=int(sys.argv[2]), progress=False)
print(json.dumps({"seconds": time.perf_counter() - t, "failed": r.failed,
                  "pages": {p.name: p.seconds for p in r.pages}}))
"""


def _timed(args: list[str]) -> tuple[float, str]:
    start = time.perf_counter()
    proc = subprocess.run(args, capture_output=True, text=True, check=True)
    return time.perf_counter() - start, proc.stdout


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()

    empty_wall, empty_inner, cli_wall, build_inner, pages = [], [], [], [], []
    for _ in range(args.repeat):
        with tempfile.TemporaryDirectory() as tmp:
            wall, out = _timed([sys.executable, "-c", EMPTY_RUN, tmp])
            empty_wall.append(wall)
            empty_inner.append(float(out.strip().splitlines()[-1]))
        with tempfile.TemporaryDirectory() as tmp:
            wall, _ = _timed([sys.executable, "-m", "dhcheng_analysis.cli", "report", "-o", tmp,
                              "--jobs", str(args.jobs)])
            cli_wall.append(wall)
            if not (Path(tmp) / "index.html").is_file():
                print("dhcheng report wrote no index.html", file=sys.stderr)
                return 1
        with tempfile.TemporaryDirectory() as tmp:
            _, out = _timed([sys.executable, "-c", BUILD_RUN, tmp, str(args.jobs)])
            info = json.loads(out.strip().splitlines()[-1])
            if info["failed"]:
                print(f"build failed: {info['failed']}", file=sys.stderr)
                return 1
            build_inner.append(info["seconds"])
            pages.append(info["pages"])

    med = statistics.median
    print(f"runs: {args.repeat}, jobs: {args.jobs}")
    print(f"empty notebook (papermill, fresh process): {med(empty_wall):6.2f} s wall "
          f"({med(empty_inner):.2f} s in execute_notebook)")
    print(f"dhcheng report (default, fresh process):   {med(cli_wall):6.2f} s wall "
          f"(min {min(cli_wall):.2f}, max {max(cli_wall):.2f})")
    print(f"build_report in-process:                   {med(build_inner):6.2f} s")
    for name in pages[0]:
        print(f"  {name:<24} {med([p[name] for p in pages]):6.2f} s")
    ratio = med(cli_wall) / med(empty_wall)
    print(f"report / empty notebook: {ratio:.1f}x; goal <= {GOAL_SECONDS:g} s: "
          f"{'met' if med(cli_wall) <= GOAL_SECONDS else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
