"""Throughput of parsing a corpus: 1 and 2 local workers (optionally Dask), the fixed cost per report,
and how the time grows with the corpus size.

    python benchmarks/bench_corpus.py [--mb 50] [--repeat 1] [--dask]

The bundled corpus (52 reports, 3.3 MB of UTF-8 text) is repeated, under new report ids, to about
``--mb`` megabytes. The cache is off, so every copy is parsed. Two clocks: the CPU time the
workers spent (summed over workers; what one core delivers, steady on a busy machine) and the
wall-clock time (what a user waits; on a shared machine it depends on the other load, which is
printed). The baseline is the same corpus parsed in this process (``jobs=1``); the 2-worker run is
reported as a wall-clock speed-up against it. The fixed cost per report is measured on tiny
one-sentence reports: what a report costs beyond the characters it holds.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

import dhcheng_analysis as dh
from dhcheng_analysis.engine import ParseTask, run


def tasks_of(corpus, copies: int) -> list[ParseTask]:
    return [ParseTask(f"{r.report_id}_{k}", r.text, dict(r.metadata)) for k in range(copies) for r in corpus]


def timed(tasks: list[ParseTask], repeat: int, **kw) -> tuple[float, float]:
    """Median wall-clock and CPU seconds of ``repeat`` runs."""
    walls, cpus = [], []
    for _ in range(repeat):
        t0 = time.perf_counter()
        res = run(tasks, **kw)
        walls.append(time.perf_counter() - t0)
        cpus.append(res.cpu_seconds)
        assert all(r.facts is not None for r in res.results)
    return statistics.median(walls), statistics.median(cpus)


def line(label: str, n: int, chars: int, wall: float, cpu: float, extra: str = "") -> str:
    return (f"{label:<24}{n / cpu:7.1f} reports/CPU-s {chars / cpu:11,.0f} chars/CPU-s | wall {wall:7.1f} s:"
            f" {n / wall:6.1f} reports/s {chars / wall:11,.0f} chars/s{extra}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=50.0, help="corpus size to reach, in MB of UTF-8 text")
    ap.add_argument("--repeat", type=int, default=1, help="runs per measurement (the median is kept)")
    ap.add_argument("--dask", action="store_true", help="also time a Dask LocalCluster of 2 workers")
    a = ap.parse_args()

    corpus = dh.load_corpus()
    one_mb = sum(len(r.text.encode("utf-8")) for r in corpus) / 1e6
    copies = max(1, round(a.mb / one_mb))
    tasks = tasks_of(corpus, copies)
    n = len(tasks)
    chars = sum(len(t.text) for t in tasks)
    mb = sum(len(t.text.encode("utf-8")) for t in tasks) / 1e6
    print(f"corpus: the bundled {len(corpus)} reports x {copies} = {n:,} reports, {chars:,} characters, {mb:.1f} MB; "
          f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at the start")

    w1, c1 = timed(tasks, a.repeat, jobs=1)
    print(line("1 worker (in process)", n, chars, w1, c1))
    w2, c2 = timed(tasks, a.repeat, jobs=2)
    print(line("2 workers (local pool)", n, chars, w2, c2, f"  speed-up {w1 / w2:.2f}x"))
    if a.dask:
        wd, cd = timed(tasks, a.repeat, jobs=2, engine="dask")
        print(line("2 workers (Dask local)", n, chars, wd, cd, f"  speed-up {w1 / wd:.2f}x"))

    # how time grows with size: 1/8, 1/4, 1/2 and all of the corpus, one worker, CPU time
    sizes, secs = [], []
    for share in (8, 4, 2):
        part = tasks[: max(len(corpus), n // share)]
        sizes.append(sum(len(t.text) for t in part))
        secs.append(timed(part, a.repeat, jobs=1)[1])
    sizes.append(chars)
    secs.append(c1)
    per = [s / c * 1e6 for s, c in zip(secs, sizes, strict=True)]
    print("CPU time with size (1 worker): "
          + ", ".join(f"{c / 1e6:.1f}M chars {s:.1f} s" for c, s in zip(sizes, secs, strict=True)))
    print(f"CPU seconds per million characters: {', '.join(f'{x:.2f}' for x in per)} "
          f"(max/min {max(per) / min(per):.2f}: linear when close to 1)")

    # fixed cost per report: tiny reports through the engine, and the extractor alone on the same text
    tiny = [ParseTask(f"tiny_{i}", "全区地区生产总值增长5%。", {}) for i in range(400)]
    _, ct = timed(tiny, max(3, a.repeat), jobs=1)
    t0 = time.process_time()
    for t in tiny:
        dh.extract_facts(dh.load_report(t.text, report_id=t.report_id))
    direct = time.process_time() - t0
    start, _ = timed(tiny[:2], max(3, a.repeat), jobs=2)
    print(f"fixed cost per report: {ct / len(tiny) * 1000:.2f} ms CPU through the engine "
          f"({direct / len(tiny) * 1000:.2f} ms in load_report + extract_facts of one sentence); "
          f"a 2-worker pool on two tiny reports: {start * 1000:.0f} ms wall")


if __name__ == "__main__":
    main()
