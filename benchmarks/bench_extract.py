"""Throughput of extract_facts against a bare regex scan of the same text, in the same run.

    python benchmarks/bench_extract.py [--mb 1.0] [--repeat 3]

Prints chars/s for both and their ratio (goal: extract_facts at most 15x slower than the scan).
"""

from __future__ import annotations

import argparse
import re
import time

import dhcheng_analysis as dh


def best_of(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=1.0)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    base = dh.load_report().text
    text = (base + "\n") * max(1, int(a.mb * 1_000_000 // len(base)))
    pat = re.compile(r"\d+(?:\.\d+)?")
    n_scan = [0]

    def scan() -> None:
        n_scan[0] = sum(1 for _ in pat.finditer(text))

    n_facts = [0]

    def extract() -> None:
        n_facts[0] = len(dh.extract_facts(dh.load_report(text, report_id="bench")))

    t_scan = best_of(scan, a.repeat)
    t_ext = best_of(extract, a.repeat)
    n = len(text)
    print(f"text: {n:,} chars ({n_scan[0]:,} digit runs, {n_facts[0]:,} facts)")
    print(f"bare regex scan : {n / t_scan:>14,.0f} chars/s  ({t_scan * 1000:.1f} ms)")
    print(f"extract_facts   : {n / t_ext:>14,.0f} chars/s  ({t_ext * 1000:.1f} ms)")
    print(f"ratio           : {t_ext / t_scan:.1f}x slower than the bare scan")


if __name__ == "__main__":
    main()
