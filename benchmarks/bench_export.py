"""Time to_excel on the bundled report against a plain DataFrame.to_excel of the same facts.

Run: python benchmarks/bench_export.py [--repeat N]

Both are timed in the same run on the same machine; the ratio is what to watch (the
workbook writes eight sheets with styles and the About sheet, the baseline one bare sheet).
Table building is timed apart, so the ratio compares writing only.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import dhcheng_analysis as dh
from dhcheng_analysis import export


def _best(fn, repeat: int) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times), statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()

    report = dh.load_report()
    t0 = time.perf_counter()
    tables = dh.all_tables(report)
    t_tables = time.perf_counter() - t0
    facts = tables["facts"]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        ours = _best(lambda: export.to_excel(report, out / "book.xlsx", tables=tables), args.repeat)
        plain = _best(lambda: facts.to_excel(out / "plain.xlsx", index=False, engine="openpyxl"), args.repeat)
        end_to_end = _best(lambda: export.to_excel(report, out / "e2e.xlsx"), max(1, args.repeat // 2))
        size_ours = (out / "book.xlsx").stat().st_size
        size_plain = (out / "plain.xlsx").stat().st_size
    rows = sum(len(t) for t in tables.values())
    print(f"tables: {len(tables)} tables, {rows} rows in all ({len(facts)} facts); built in {t_tables:.3f} s")
    print(f"to_excel (8 sheets, styled):  best {ours[0]:.3f} s  median {ours[1]:.3f} s  {size_ours / 1024:.0f} KiB")
    print(f"DataFrame.to_excel (facts):   best {plain[0]:.3f} s  median {plain[1]:.3f} s  {size_plain / 1024:.0f} KiB")
    print(f"to_excel from the report (tables built inside): best {end_to_end[0]:.3f} s")
    print(f"ratio to_excel / DataFrame.to_excel: {ours[0] / plain[0]:.2f}x")


if __name__ == "__main__":
    main()
