"""Per-character cost of ``extract_facts`` on adversarial inputs, against the bundled report.

Each input is about ``--size`` characters (default 1,000,000): one run of a million digits,
``万`` and ``亿`` repeated, ``、1`` repeated, a 分别 list, nested brackets, a line without
punctuation, and more.  Every measurement runs in a child process with a time limit, at
growing sizes (size/8, size/4, size/2, size), so a superlinear input shows its growth
exponent (1.0 = linear, 2.0 = quadratic) before it would run for hours.

Peak memory is measured on a large report (the bundled one repeated to ``--big-mb`` MB of
UTF-8, default 50) as the child's peak resident set size minus its size before loading.

Usage::

    python benchmarks/bench_adversarial.py                  # 1 MB inputs, 50 MB memory run
    python benchmarks/bench_adversarial.py --size 200000 --big-mb 5 --timeout 60
    python benchmarks/bench_adversarial.py --only digit_run,fenbie_list

Goals: worst per-character cost ≤ 3× the bundled report's; peak memory < 20× the file size.
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path


def _bundled() -> str:
    from dhcheng_analysis.report import bundled_path

    return bundled_path().read_text(encoding="utf-8")


def _fit(unit: str, size: int, head: str = "", tail: str = "") -> str:
    n = max(1, (size - len(head) - len(tail)) // max(1, len(unit)))
    return head + unit * n + tail


def build_inputs(size: int) -> dict[str, Callable[[], str]]:
    """Adversarial report texts of about ``size`` characters, by name (built lazily)."""
    def fenbie(sz: int) -> str:
        n = max(2, sz // 16)
        names = "、".join(f"行业{i}" for i in range(n))
        values = "、".join(f"{i % 97}.{i % 10}%" for i in range(n))
        return f"{names}税收分别增长{values}。"

    def mixed_brackets(sz: int) -> str:
        n = sz // 12
        return "(（【[“《" * n + "收入增长5%" + "》”]】）)" * n

    return {
        "bundled": lambda: _fit(_bundled() + "\n", size),
        "digit_run": lambda: _fit("1", size, "收入完成", "亿元,同比增长5%。"),
        "fullwidth_digit_run": lambda: _fit("１", size, "收入完成", "亿元。"),
        "decimal_dots": lambda: _fit("1.", size, "收入完成", "5亿元。"),
        "thousands_commas": lambda: _fit(",123", size, "收入完成1", "元。"),
        "wan_run": lambda: _fit("万", size, "收入完成1", "元,增长5%。"),
        "yi_run": lambda: _fit("亿", size, "收入完成1", "元,增长5%。"),
        "wan_yi_alternating": lambda: _fit("万亿", size, "收入完成1", "元。"),
        "list_comma_1": lambda: _fit("、1", size, "收入", "%。"),
        "percent_figures_one_sentence": lambda: _fit("收入增长5%,支出下降3%,", size, "", "。"),
        "figures_no_punctuation": lambda: _fit("收入增长5%支出下降3亿元", size),
        "fenbie_list": lambda: fenbie(size),
        "fenbie_repeated": lambda: _fit("分别", size, "收入", "增长5%和3%。"),
        "nested_brackets": lambda: _fit("(", size // 2) + "收入增长5%" + _fit(")", size // 2),
        "mixed_brackets": lambda: mixed_brackets(size),
        "unclosed_quotes": lambda: _fit("“收入增长5%", size),
        "long_line_no_punctuation": lambda: _fit("各项工作有序推进经济社会发展稳中向好", size, "", "收入增长5%"),
        "cue_words_no_digits": lambda: _fit("同比增长下降完成全年任务的分别为约近超过以上左右力争确保", size),
        "qualifier_run": lambda: _fit("约近超逾不低于", size, "", "5%。"),
        "chinese_numerals": lambda: _fit("九成近百家两个月第三", size, "", "。"),
        "ordinals": lambda: _fit("第一", size, "位列城六区", "。"),
        "short_sentences": lambda: _fit("收入增长5%。", size),
        "many_lines": lambda: _fit("\n", size, "收入增长5%", "支出下降3%"),
        "headings": lambda: _fit("一、总体情况\n(一)收入增长5%\n1.支出下降3%\n", size),
        "pipes_table": lambda: _fit("|收入|5%|\n", size),
        "years_and_dates": lambda: _fit("2020年6月30日", size, "", "收入增长5%。"),
        "html_nested_divs": lambda: _fit("<div>", size, "<html><body>", "<p>收入增长5%</p>"),
        "html_unclosed_tags": lambda: _fit("<a ", size, "<html><body><p>收入增长5%</p>"),
        "html_unclosed_comments": lambda: _fit("<!--", size, "<html><body><p>收入增长5%</p>"),
        "html_page_paragraphs": lambda: _fit("<p>一般公共预算收入完成96.9亿元,同比下降7%。</p>\n", size,
                                             "<!DOCTYPE html><html><body>"),
    }


# ---------------------------------------------------------------- one measurement (child)


def _measure_one(name: str, size: int) -> dict:
    import warnings

    import dhcheng_analysis as dh
    from dhcheng_analysis.errors import NoFiguresWarning

    dh.extract_facts("收入增长5%。")  # warm the caches (compiled cue words, vocabulary)
    text = build_inputs(size)[name]()
    t0 = time.perf_counter()
    report = dh.load_report(text)
    t1 = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NoFiguresWarning)
        facts = dh.extract_facts(report)
    t2 = time.perf_counter()
    return {"name": name, "chars": len(text), "load_s": t1 - t0, "facts_s": t2 - t1, "facts": len(facts)}


def _measure_memory(mb: float) -> dict:
    import resource
    import tempfile
    import warnings

    import dhcheng_analysis as dh
    from dhcheng_analysis.errors import NoFiguresWarning

    dh.extract_facts("收入增长5%。")
    unit = (_bundled() + "\n").encode("utf-8")
    copies = max(1, int(mb * 1e6 // len(unit)))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big_report.txt"
        with path.open("wb") as fh:
            for _ in range(copies):
                fh.write(unit)
        size = path.stat().st_size
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
        t0 = time.perf_counter()
        report = dh.load_report(path)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", NoFiguresWarning)
            facts = dh.extract_facts(report)
        elapsed = time.perf_counter() - t0
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    return {"file_bytes": size, "chars": len(report.text), "facts": len(facts), "seconds": elapsed,
            "peak_bytes": peak - before}


def _child(args: list[str], timeout: float) -> dict | None:
    cmd = [sys.executable, __file__, *args]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    if proc.returncode != 0:
        return {"error": (proc.stderr.strip().splitlines() or ["?"])[-1]}
    return json.loads(proc.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------- the report (parent)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--size", type=int, default=1_000_000, help="characters per input (default 1e6)")
    p.add_argument("--timeout", type=float, default=120.0, help="seconds per measurement (default 120)")
    p.add_argument("--big-mb", type=float, default=50.0, help="size of the memory run in MB (0 skips it)")
    p.add_argument("--only", default="", help="comma-separated input names")
    p.add_argument("--one", help=argparse.SUPPRESS)
    p.add_argument("--memory", type=float, help=argparse.SUPPRESS)
    args = p.parse_args(argv)

    if args.one:
        print(json.dumps(_measure_one(args.one, args.size)))
        return 0
    if args.memory:
        print(json.dumps(_measure_memory(args.memory)))
        return 0

    names = list(build_inputs(10))
    if args.only:
        wanted = args.only.split(",")
        names = ["bundled"] + [n for n in names if n in wanted and n != "bundled"]
    sizes = [args.size // 8, args.size // 4, args.size // 2, args.size]
    print(f"extract_facts per-character cost, inputs of {args.size:,} characters "
          f"(time limit {args.timeout:.0f} s per run)\n")
    print(f"{'input':<30}{'chars':>10}{'facts':>8}{'seconds':>9}{'µs/char':>9}{'ratio':>7}{'growth':>8}"
          f"{'µs/fact':>12}")
    base_cost = None
    worst = ("", 0.0)
    for name in names:
        runs: list[dict] = []
        note = ""
        for sz in sizes:
            res = _child(["--one", name, "--size", str(sz)], args.timeout)
            if res is None:
                note = f"timeout at {sz:,} chars (> {args.timeout:.0f} s)"
                break
            if "error" in res:
                note = f"error: {res['error']}"
                break
            runs.append(res)
        if not runs:
            print(f"{name:<30}{note}")
            worst = (name, math.inf)
            continue
        last = runs[-1]
        cost = (last["load_s"] + last["facts_s"]) / last["chars"]
        if name == "bundled":
            base_cost = cost
        ratio = cost / base_cost if base_cost else float("nan")
        growth = ""
        timed = [r for r in runs if r["load_s"] + r["facts_s"] > 0.05]
        if len(timed) >= 2:
            a, b = timed[-2], timed[-1]
            growth = f"{math.log((b['load_s'] + b['facts_s']) / (a['load_s'] + a['facts_s'])) / math.log(b['chars'] / a['chars']):.2f}"
        if note:
            ratio = math.inf
        if name != "bundled" and ratio > worst[1]:
            worst = (name, ratio)
        per_fact = (last["load_s"] + last["facts_s"]) / last["facts"] * 1e6 if last["facts"] else float("nan")
        print(f"{name:<30}{last['chars']:>10,}{last['facts']:>8,}{last['load_s'] + last['facts_s']:>9.2f}"
              f"{cost * 1e6:>9.2f}{ratio:>7.1f}{growth:>8}{per_fact:>12.1f}  {note}", flush=True)
    print(f"\nworst ratio: {worst[1]:.1f}× ({worst[0]}); goal ≤ 3×. Inputs far denser in figures than a report "
          "(a figure every 2 characters) cost more per character but not per figure: see µs/fact.")

    if args.big_mb > 0:
        res = _child(["--memory", str(args.big_mb)], max(args.timeout, 3600))
        if res is None or "error" in res:
            print(f"\nmemory run of {args.big_mb:g} MB: {'timeout' if res is None else res['error']}")
        else:
            ratio = res["peak_bytes"] / res["file_bytes"]
            print(f"\nmemory: {res['file_bytes'] / 1e6:.1f} MB file ({res['chars']:,} chars, {res['facts']:,} facts) "
                  f"in {res['seconds']:.1f} s; peak +{res['peak_bytes'] / 1e6:.0f} MB = {ratio:.1f}× the file "
                  f"(goal < 20×)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
