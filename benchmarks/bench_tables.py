"""CPU time of ``all_tables`` (the key tables and the audit from a facts table) against the extraction.

    python benchmarks/bench_tables.py [--repeat N] [REPORT ...]

For each report (default: the bundled report and the constructed fixtures of the tests), measured
in this process, median of ``--repeat`` runs of CPU time:

* ``extract_facts``: the baseline (the parse the tables are built from);
* ``all_tables``: every key table of the registry and the audit, given the facts;

and the number of boolean-mask filters of a DataFrame one ``all_tables`` call makes (the tables are
joins and selections of the facts: the count depends on the number of tables, not of facts).

Measured on a shared 2-core machine (load average 3–6 from other work), the code before the
tables read only fact columns against the code after, alternating runs (median of 9 each): bundled
report 0.76–0.93 s before, 0.33–0.38 s after; ``tests/gold/heldout/haidian_2022_q3.txt`` (53 headline
rows before) 1.86–2.41 s before, 0.29–0.42 s after. Mask filters (this script's count): bundled report 464 before, 56 after;
haidian_2022_q3 1263 before, 48 after.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import dhcheng_analysis as dh  # noqa: E402
from dhcheng_analysis import analysis  # noqa: E402

FIXTURES = [ROOT / "tests" / "fixtures" / "constructed_chaoyang_2022_q3.txt",
            ROOT / "tests" / "fixtures" / "constructed_haidian_2023_h1.txt",
            ROOT / "tests" / "gold" / "heldout" / "haidian_2022_q3.txt"]


def _cpu(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        times.append(time.process_time() - t0)
    return statistics.median(times)


def mask_filters(report: dh.Report, facts: pd.DataFrame) -> int:
    """Boolean-mask filters of a DataFrame (``df[mask]``, ``df.loc[mask]``) during one ``all_tables``."""
    count = [0]
    getitem, loc = pd.DataFrame.__getitem__, pd.core.indexing._LocIndexer.__getitem__

    def boolean(k: object) -> bool:
        return isinstance(k, (pd.Series, np.ndarray)) and k.dtype == bool

    def counted_getitem(self, key):
        count[0] += boolean(key)
        return getitem(self, key)

    def counted_loc(self, key):
        first = key[0] if isinstance(key, tuple) else key
        count[0] += boolean(first) and isinstance(self.obj, pd.DataFrame)
        return loc(self, key)

    pd.DataFrame.__getitem__, pd.core.indexing._LocIndexer.__getitem__ = counted_getitem, counted_loc
    try:
        analysis.all_tables(report, facts)
    finally:
        pd.DataFrame.__getitem__, pd.core.indexing._LocIndexer.__getitem__ = getitem, loc
    return count[0]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("reports", nargs="*", help="report files (default: bundled report and test fixtures)")
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args(argv)
    warnings.simplefilter("ignore")
    sources = args.reports or [None, *FIXTURES]
    print(f"{'report':36} {'facts':>5} {'extract_facts':>14} {'all_tables':>11} {'ratio':>6} {'masks':>6}")
    for src in sources:
        report = dh.load_report(src)
        facts = dh.extract_facts(report)
        analysis.all_tables(report, facts)  # warm the caches (glossary, rules)
        base = _cpu(lambda r=report: dh.extract_facts(r), args.repeat)
        tables = _cpu(lambda r=report, f=facts: analysis.all_tables(r, f), args.repeat)
        print(f"{report.report_id:36} {len(facts):5d} {base:13.3f}s {tables:10.3f}s {tables / base:6.1f} "
              f"{mask_filters(report, facts):6d}")


if __name__ == "__main__":
    main()
