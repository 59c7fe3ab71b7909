"""Adversarial inputs: every one is handled in roughly linear time, without crashing.

The inputs (about 100,000 characters each) are built the same way as in
``benchmarks/bench_adversarial.py``. They run in a child process with a limit on the CPU time of
each input (a generous 30 s, some seven times the slowest input's: the test fails only on
catastrophic, superlinear behaviour, and the load of the machine does not count; the inputs grow in
number, so the limit is not on the whole run) and a memory cap, so a runaway input cannot take the
machine down with it. How fast each input is belongs to the benchmark, not here.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
import textwrap
import warnings

import pytest

import dhcheng_analysis as dh

SIZE = 100_000
TIME_LIMIT_S = 30  # CPU seconds of the child on one input
WALL_LIMIT_S = 30 * TIME_LIMIT_S  # a safety net only: on a loaded machine the wall time is many times the CPU time
MEMORY_CAP_BYTES = 8 * 2**30

CHILD = textwrap.dedent(r'''
    import json, math, signal, sys, time, warnings
    import dhcheng_analysis as dh
    from dhcheng_analysis.report import bundled_path

    SIZE, LIMIT = int(sys.argv[1]), int(sys.argv[2])

    def fit(unit, size, head="", tail=""):
        return head + unit * max(1, (size - len(head) - len(tail)) // len(unit)) + tail

    def fenbie(size):
        n = max(2, size // 16)
        return ("、".join(f"行业{i}" for i in range(n)) + "税收分别增长"
                + "、".join(f"{i % 97}.{i % 10}%" for i in range(n)) + "。")

    bundled = bundled_path().read_text(encoding="utf-8") + "\n"
    INPUTS = {
        "bundled": lambda: fit(bundled, SIZE),
        "digit_run": lambda: fit("1", SIZE, "收入完成", "亿元,同比增长5%。"),
        "fullwidth_digit_run": lambda: fit("１", SIZE, "收入完成", "亿元。"),
        "decimal_dots": lambda: fit("1.", SIZE, "收入完成", "5亿元。"),
        "wan_run": lambda: fit("万", SIZE, "收入完成1", "元,增长5%。"),
        "yi_run": lambda: fit("亿", SIZE, "收入完成1", "元,增长5%。"),
        "list_comma_1": lambda: fit("、1", SIZE, "收入", "%。"),
        # constructed: the run with no stop after it (a text cut in a list, a page with no punctuation at its end)
        "list_comma_1_no_end": lambda: fit("、1", SIZE, "收入"),
        # constructed: the run with no stop and a 年 after it, or a span of years after a payer (the window to the
        # clause's end searched for it, and stripped of it, once a sentence), and a name per person (人均)
        "list_comma_1_year_after": lambda: fit("1、", SIZE, "收入、", "年"),
        "list_comma_1_payer_after": lambda: fit("、1", SIZE, "收入", "财政五年支出"),
        "per_person_list_comma_1": lambda: fit("、1", SIZE, "人均收入"),
        # constructed: an inner word before each figure of the run, its negated look-behind reading before the window
        # (only the window's head cut out), an inner word with a payer's span of years both after the run (a 年 before
        # them too), and the run of inner words with parts after 其中 (the parts of one name and time read once)
        "inner_word_list_comma_1": lambda: fit("全国累计1、", SIZE, "收入、"),
        "list_comma_1_inner_payer_after": lambda: fit("、1", SIZE, "收入", "全国累计完成财政五年支出"),
        "list_comma_1_year_inner_payer_after": lambda: fit("、1", SIZE, "收入", "年全国累计完成财政五年支出"),
        "inner_word_list_comma_1_parts": lambda: fit("全国累计1、", SIZE // 2, "收入、") + fit("全国累计1、", SIZE // 2, "其中"),
        # constructed: a month before the run, and the run in a review frame of a dated report (read once a sentence)
        "month_list_comma_1": lambda: fit("、1", SIZE, "4月，收入", "%。"),
        "framed_list_comma_1": lambda: fit("、1", SIZE, "政府工作报告\n——2023年3月5日在第十四届全国人民代表大会第一次会议上"
                                           "\n一、过去五年工作回顾\n收入", "%。"),
        "percent_figures_one_sentence": lambda: fit("收入增长5%,支出下降3%,", SIZE, "", "。"),
        "fenbie_list": lambda: fenbie(SIZE),
        "nested_brackets": lambda: fit("(", SIZE // 2) + "收入增长5%" + fit(")", SIZE // 2),
        "mixed_brackets": lambda: fit("(（【[“《", SIZE // 2) + "收入增长5%" + fit("》”]】）)", SIZE // 2),
        "unclosed_quotes": lambda: fit("“收入增长5%", SIZE),
        "long_line_no_punctuation": lambda: fit("各项工作有序推进经济社会发展稳中向好", SIZE, "", "收入增长5%"),
        "cue_words_no_digits": lambda: fit("同比增长下降完成全年任务的分别为约近超过以上左右力争确保", SIZE),
        "chinese_numerals": lambda: fit("九成近百家两个月第三", SIZE, "", "。"),
        "headings": lambda: fit("一、总体情况\n(一)收入增长5%\n1.支出下降3%\n", SIZE),
        "pipes_table": lambda: fit("|收入|5%|\n", SIZE),
        "html_nested": lambda: "<html><body>" + fit("<div>", SIZE // 2) + "收入增长5%" + fit("</span>", SIZE // 2),
        "html_unclosed_tags": lambda: fit("<a ", SIZE, "<html><body><p>收入增长5%</p>"),
        "html_unclosed_comments": lambda: fit("<!--", SIZE, "<html><body><p>收入增长5%</p>"),
        "html_lt_run": lambda: fit("<", SIZE, "<html><body><p>收入增长5%</p>"),
    }

    def alarm(signum, frame):
        raise TimeoutError(f"over {LIMIT} s of CPU time on one input")

    signal.signal(signal.SIGVTALRM, alarm)
    warnings.simplefilter("ignore", dh.NoFiguresWarning)
    dh.extract_facts("收入增长5%。")
    for name, build in INPUTS.items():
        text = build()
        t0 = time.perf_counter()
        print(json.dumps({"start": name}), flush=True)
        signal.setitimer(signal.ITIMER_VIRTUAL, LIMIT)
        try:
            report = dh.load_report(text)
            facts = dh.extract_facts(report)
        except dh.ReportError as exc:
            print(json.dumps({"name": name, "refused": str(exc)}), flush=True)
            continue
        bad = [i for i, (s, e, v) in enumerate(zip(facts["start"], facts["end"], facts["value"]))
               if not (0 <= s < e <= len(report.text)) or not report.text[s:e].strip()]
        print(json.dumps({"name": name, "chars": len(text), "facts": len(facts),
                          "seconds": round(time.perf_counter() - t0, 3), "bad_spans": len(bad)}), flush=True)
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
''')


def _limit_memory() -> None:  # pragma: no cover - runs in the child
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP_BYTES, MEMORY_CAP_BYTES))


def test_adversarial_inputs_finish_in_time():
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, str(SIZE), str(TIME_LIMIT_S)],
        capture_output=True, text=True, timeout=WALL_LIMIT_S, preexec_fn=_limit_memory,
    )
    lines = [json.loads(ln) for ln in proc.stdout.splitlines() if ln.startswith("{")]
    done = [ln for ln in lines if "name" in ln]
    started = [ln["start"] for ln in lines if "start" in ln]
    report = "\n".join(f"  {d['name']:<30} {d.get('chars', 0):>8} chars {d.get('facts', 0):>7} facts "
                       f"{d.get('seconds', 0):>7.2f} s" for d in done)
    stuck = started[-1] if started and len(started) > len(done) else None
    assert proc.returncode == 0 and stuck is None, (
        f"adversarial run failed (exit {proc.returncode}) while on {stuck!r}; where it was:\n"
        + "\n".join(proc.stderr.strip().splitlines()[-7:]) + f"\nfinished:\n{report}")
    assert all(d.get("bad_spans", 0) == 0 for d in done), report
    assert len(done) == len(started)


@pytest.mark.parametrize("digits", [16, 309, 400, 5000])
def test_huge_numbers_give_finite_values_or_no_fact(digits):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", dh.NoFiguresWarning)
        facts = dh.extract_facts(f"收入完成{'9' * digits}亿元,增长{'9' * digits}%。")
    assert all(math.isfinite(v) for v in facts["value"]), facts[["raw_value", "value"]]


def test_figures_on_one_huge_line_keep_their_spans():
    unit = "收入增长5%,支出下降3亿元,"
    text = unit * 500
    facts = dh.extract_facts(text)
    assert len(facts) == 1000
    assert set(facts["value"]) == {5.0, -3e8}
    for row in facts.itertuples():
        assert text[row.start:row.end] in ("5%", "3亿元")
