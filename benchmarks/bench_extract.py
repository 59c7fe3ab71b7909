"""Cost of extract_facts against a bare digit scan of the same text, in the same process.

    python benchmarks/bench_extract.py [--mb 1.0] [--runs 7] [--memory-mb 50] [--dense-kb 200]

Speed: CPU time (``time.process_time``) of ``extract_facts`` (loading included) on the bundled
report repeated to ``--mb`` MB, against a bare ``\\d+(?:\\.\\d+)?`` scan of the same text. The two
are timed in turn in every run, so a change in the machine's load moves both; the ratio printed is
the median of the per-run ratios (``--runs``, default 7).
Bar: at most 20x (goal 10x).

Memory, each in a child process so one run cannot inflate another:

- the bundled report repeated to ``--memory-mb`` MB of UTF-8, read from a file: peak resident
  memory of the child (``resource.getrusage``) beyond what it held before loading, against the
  file size; bar 10x;
- figure-dense shapes of ``--dense-kb`` KB (``收入增长1至1至…2%。``, ``1、1、…``, a long list of
  percentages in one sentence, money clauses): ``tracemalloc`` peak of the whole call beyond the
  text itself, per fact; bar 1 KB.

Measured on two shared cores (load average 4-16, so single runs scatter by +-15 %), three
processes of each version interleaved, each the median of 5 runs: before the reader's hot paths
were reworked 69-78x (about 73x), after 55-68x (about 61x); 50 MB report 8.3x before, 8.1x after;
dense shapes 590-710 B/fact before and after.

After the whole-text scans were cut (the lines a claim pattern needs found with ``str.find``, the
clause-marker pattern led by one character class, the reading copy replacing each distinct
full-width or traditional character once instead of translating every character) and a few
per-figure checks were made once a name, at load average 5-7 (three processes of each version
interleaved, median of 7): before 62-73x, after 66-70x, within the scatter. The two versions loaded
side by side in one process and timed in turn (15 runs) tell them apart: 11-14 % less CPU time
(fastest run 647 -> 557 ms on this text, 1417 -> 1248 ms on the 52 national work reports); the
claims alone 52 -> 27 ms on this text, the reading copy of the work reports 382 -> 40 ms; 50 MB
report 8.3x; dense shapes 593-709 B/fact.

After the per-figure reader was reworked (rules run only after a character their matches may start
with, values of a sentence kept on its state instead of looked up for every figure, fewer calls
per figure), at load average 5-8: 64.4x (runs 58-80), within the scatter (57.6x in an earlier run
of the same code). The two versions loaded side by side in one process and timed in turn (7 runs)
tell them apart: 12 % less CPU time on this text (median 961 -> 848 ms, fastest 867 -> 716 ms) and
35 % less on a figure every two characters (62.6 -> 40.8 µs a figure). Per figure of this text,
counted: 54.6 -> 44.1 Python calls, 36.4 -> 30.3 regular-expression calls, 3660 -> 3470 bytecode
instructions. 50 MB report 8.1x; dense shapes 593-709 B/fact.

Later, before and after the cues anchored at the end of a clause were looked for only where the clause
ends with a character their matches may end with (and the cues searched over a long clause from the
first character a match may start with), the two versions run in turn at load average 1 (median of 5,
two runs each): 120.2-120.9x before, 119.6-120.8x after (534-538 ms on this text before, 539-542 ms
after): this text holds few figures whose clauses are long, so its cost is unchanged, as the two
versions side by side in one process confirm (6 runs, fastest 537 -> 535 ms, the 52 national work
reports 933 -> 936 ms, median ratio of pairs 0.99 and 1.00), while a figure every two characters
costs 16 % less (40.6 -> 34.1 µs). Per figure of the bundled report, counted: 95.5 -> 94.2
regular-expression calls. The bar is far from met: some 5700 bytecode instructions a figure, spread
over its rules. 50 MB report 8.6x before and after; dense shapes 601-657 B/fact.

Later, with patterns anchored at the end of a window searched only where the window ends with a character their
matches may end with (see ``bench_adversarial.py``), main and the new code run in turn (load average 3-10, median of
5): 133.5x (runs 131.1-137.3; 656 ms on this text) -> 130.9x (129.0-142.8; 639 ms), within the scatter; per figure of
the bundled report 76.0 -> 73.1 pattern calls. 50 MB report 8.5x -> 8.4x; dense shapes 609-665 B/fact before and after.

Later, at 133.8x (about 95 µs and 290 Python calls, cProfile, a figure of this text), with the scans a sentence makes once
for all its figures (periods, 到-year frames, plan times, words of a year reviewed, front comparisons) run only where it
holds a character every match needs (three in four sentences of this text name no 年) and the 到-year frames taken from the
period scan (see ``bench_adversarial.py``): those scans alone 6.8-7.3 -> 5.2-5.4 µs a figure; per figure (x3) 82.7 ->
90.1 Python calls (one class test a scan) and 73.9 -> 74.5 pattern calls. Main and the new code run in turn at load average
12-22 (median of 5): 143.0x (runs 133.0-144.0; 681.5 ms), 142.4x (139.1-148.7; 691.2 ms) -> 141.8x (128.4-146.2; 692.9
ms), 145.6x (140.4-147.1; 696.9 ms), within the scatter at that load; the bundled report x10 280.5-295.9 -> 266.7-291.6 ms
over three pairs. 50 MB report 8.5x before (the memory part was not run after: the change keeps nothing more a sentence
than before).

Later, profiled at 175x (cProfile, the bundled report and the 52 national work reports): some 400 Python calls and 120
pattern calls a figure, spread over the rules (``_name`` 20 pattern calls a figure, ``_strip`` 10, the status cues of a
sentence 72 µs), and a fixed cost of building the table, about 0.9 ms and 3490 Python calls even for one sentence, most of
it pandas checking and converting columns that are already arrays of their final dtype. With the table assembled from
those arrays as they are (no integrity pass, the sentence categories taken as the distinct strings they are, one Arrow
string dtype handed to every string column), the facts unchanged: Python calls 3487 -> 1798 a one-sentence table, 97,425
-> 95,794 on this text, 2,645,085 -> 2,561,221 on the work reports (469 -> 456 a figure). Base and new code run in turn at
load average 6-9 (three pairs, medians): a one-sentence report 1.13/1.27/1.57 -> 0.66/0.85/0.84 ms a call (some 1 s of
the 4,700 calls of the test suite); this text 40.4/40.5/44.0 -> 40.8/39.8/45.8 ms and the work reports 1340/1355/1547 ->
1313/1329/1562 ms, within the scatter (the table is built once a report); this benchmark (the first of the two changes
only) 199.0x, 205.1x -> 212.8x, 207.2x (runs 178-240), unchanged at that load.

Later, at about 209x (cProfile: 439 Python calls and 114 pattern calls a figure of this text), timed by pattern (each call
of a compiled rule over the bundled report x7): the scans a sentence makes once were the costliest, the status words
(9.5 µs a sentence) and the periods (11.5 µs), each an alternation of some fifty to eighty phrases whose gate lets the
engine through at about one character in eight (年, 一, 上, 全 …) and then tries every phrase there. In a gated
alternation each phrase is now led by the class of its own first characters (or gated by it, where it opens on a group of
words), inside its named group too, so that at a candidate the engine passes over the phrases that cannot start there:
4.7 and 9.9 µs a sentence, the spans and groups the same (71 of 628 compiled rules rewritten, every one matching as before
on the work reports). Reading a text, a run of spaces between a table row's columns is searched from its first space
(the 52 work reports load in 215 ms instead of 268), and a line of contents only on a line ending with a number. Counts
unchanged (calls are cheaper, not fewer): 439.5 Python and 114.4 pattern calls a figure of this text, 808.2 and 170.0 of
the 2024 work report (43 figures, most of its calls reading the text). Base and new code in one process, in turn (median
of 7, load average 7-8): this text x7 252.7 -> 244.7 ms (ratio 0.96), the 52 work reports 1510.8 -> 1435.9 ms (0.95),
the 2024 report x5 79.2 -> 72.5 ms (0.93); facts identical on the 132 texts.

Later, at some 180x (cProfile, built-ins included: 401 calls and 112 pattern calls a figure of this text, the name
reader about a quarter of the time under the profiler), the name reader's patterns matched in full over a clause or a name
run only where the span ends with a character their full matches may end with (read off the pattern), the cues anchored
at a segment's end in the subject's stripping loop only where the segment ends as a match may, and the name columns of
the table read half-width in one search a column instead of one call a name (see ``bench_adversarial.py``). Per figure of
this text: 401.3 -> 383.1 Python calls, 111.5 -> 100.6 pattern calls; the 2024 work report 553.0 -> 535.8 and 133.0 ->
122.7. Base and new code in one process, in turn (CPU time, median of 7, two rounds at load 4 and 9-12): this text x3
0.976 and 0.941 (89.5 -> 87.4 ms), the 2024 report x3 0.986 and 0.984; facts identical on the 132 texts.

Later, at 185-191x (load average 7-27), profiled (cProfile; a sampler on the profiling signal; the lines run, each timed):
417 calls and 108 pattern calls a figure of this text, some 1,000 lines run a figure, none above 1 % of the time; of
the 52 national work reports a fifth is spent before the reader, in whole-text scans. Three of those were cut: the
reading copy finds each full-width or traditional character a text holds by a search from the last one replaced (no
list of every full-width comma), headings run into a line are searched with a pattern led by the marks they follow
(the engine skips to them; the old pattern, open to a heading at the text's start, was gated on every numeral and
digit), and the breakdown openers are words each led by a literal, scanned without a gate. Timed alone on the 52
reports (fastest of 7): reading copy 50.2 -> 40.5 ms, inline headings 35.8 -> 13.6 ms, breakdown openers 14.2 -> 3.2
ms. Base and new code in one process, in turn (CPU time, median of 7, load 7-27): this text x3 0.970 (126.6 -> 123.9 µs
a figure), the 52 reports 0.985 (222.5 -> 221.6 µs; 0.977 and 0.985 in two earlier rounds), ``list_comma_1`` (200,000
characters) 0.996 (45.5 -> 44.9 µs). This benchmark after: 191.3x (runs 184.8-203.0, load 7-11); 50 MB report 8.5x;
dense shapes 704-750 B/fact. Facts identical on the 132 texts.

Later, at 218-228x (load average 5-7; 1147-1211 ms), profiled on this text and the 1958, 2009 and 2024 work reports
(cProfile by own and by whole time; each function timed alone; each pattern timed by its calls; the lines run). CPU
time by stage, this text (44 ms): the reader 70 % (127 µs a figure), finding the figures 15 %, the context columns 7 %,
the relations 4 %; the three reports (99 ms): 67, 18, 5 and 3 %. Per figure of this text: 430 Python calls and 91
pattern calls (the reports: 467 and 99), some 550 lines run (the name 193, the reader's step 96, the indicator 62, the
subject's stripping 59, the period words 37, the status 33). By own time: the name 11 %, the reader's step 6 %, pattern
searches 5 %, the indicator 4 %, pattern matches 3 %, the sentence's periods 3 %, the stripping, the status, the
figure's unit, the period words, the mentions, the relations and full matches 2 % each. The patterns, each timed, are
15 % of the time, none above 1.5 µs a figure; most fail at once (the nation's people after a figure, an aspect of a
measure, a generic measure, a modal before an object, an adverb before a verb: once a figure, matching in fewer than
one in a hundred). Little is asked twice of a clause: of 259 strippings 251 are of distinct spans; the status, the
indicator and the period never repeat. What was cut: the comparison base of a clause (17 patterns and 36 words) looked
for only where the clause holds a character a pattern or word may start with, and read once a clause text (the three
reports ask 129 times of 91 clauses): 3.45 -> 2.32 ms a run on the four texts (146 asks, 15.4 -> 9.8 µs the median); a
name read for the grant it names only where it holds a grant word (1.07 -> 0.47 ms on the four texts). Per figure:
430.5 -> 426.8 Python calls and 91.1 -> 90.0 pattern calls on this text, 466.6 -> 455.1 and 98.7 -> 94.5 on the
reports. Base and new code in one process, in turn (CPU time, the clause memo emptied before each text, median of 11,
two rounds at load 5-6): this text 0.992 and 1.017 (41.1 -> 40.8 ms), the three reports 0.989 and 1.014 (98.5 -> 95.3
ms): within the scatter (the comparison base alone, in an earlier round: the reports 0.982). This benchmark, base and
new in turn (median of 5): 225.9x, 227.8x -> 218.6x, 221.9x, within the scatter (its text repeats this report, so the
clause memo finds every clause of a later copy). Tried and dropped: a cue that tests the end of the text (压减(?=…$))
searched from its reach before the end of the clause (read off the pattern) was dearer, 0.49 -> 0.58 ms a run on the
reports: those searches already skip to a character a match starts with. The bar is far from met: what is left is some
550 lines of rules a figure, each cheap, and a reader that tries most of them on every figure.

Later, the patterns run over a whole text (the claims before the figures, the breakdown openers, the review openers,
the letter-spaced figures) listed with what each opens with, and each timed over this text and the 1958, 2009 and 2024
work reports (µs a run of the four, median of 5, load 3-5): 22 of 32 open with a literal or a character class; of
the ten others, the page counters are read inside page lines alone, the five-year plans on headings, five only on the
lines holding a character they need (the dotted dates 20, the fractions 18, the index numbers 22, the figure
references 214, the ratios 439), the review openers
(``(?m)^``, 885) are tried at every character, and the streaks (连续5个月, 前十一个月; 1,441) and the ranking sets
(在全市16县区中排名, 增值税收入(50%部分); 1,611) were behind a look-ahead gate, tried at every character too. Those two now open with the class
of the numeral that starts the count they claim, the words before it (连续, 过去, 前 and 后 not after 提, 推 …) read
by look-behinds and the unit after it by a look-ahead of one character first; the spans and groups are the same on the
176 real texts and 200,000 random strings of their characters. Old and new in one process, in turn (median of 7, load
3-6): streaks 1,584 -> 832 µs, ranking sets 1,973 -> 936 µs; the claims 9.29 -> 7.36 ms, ``extract_facts`` of the four
texts 153.8 -> 152.2 ms (0.990). Tried and dropped: the review openers matched at each line start found with ``str.find``
(909 -> 823 µs, 780 with the line breaks found by a pattern: a match tried at a line start, not the positions
between, is what costs), the ratios and the figure
references led by their first character (416 -> 624 and 220 -> 523 µs: led so, they are no longer read only on the
lines that hold ``:`` or ``表``), and the search for a cue ending a name from the widest cue's width (19-33 characters)
before the segment's end instead of 40, a run of measure words (同比分别) bounded to four: the same (994 -> 1,001 µs for
the 1,224 searches), the segments being short (7 characters the median, none above 30 on the four texts).

Later, at 196-208x (load average 2-4; 1028-1044 ms), profiled (cProfile) on this text and the 1985 and 2019 work
reports (401 facts): 554.6 Python calls and 108.7 pattern calls a figure, the name 30 % of the time (12 pattern calls a
figure), each pattern call counted by the line it is made on. Among the most frequent were patterns matched in full
once a figure over a span whose first character rules most of them out: the generic measure, the bare output and the
aspect of a measure over the name (each 1 call a figure), the elapsed time and the
bare verbs over the subject, the head words of the subject's stripping at each turn of its loop, and over the period
a span of years (tried on every figure, though a period holding no ``-`` holds none), a span ahead, the first years of
a plan, a year counted from (``以来``) and a bare year. Each is now tried only where the span opens with a character its
matches may start with (``cw.starts``, read off the pattern) or holds the literal its matches need, a character test
with no call. Per figure of the three texts: 554.6 -> 546.3 Python calls, 108.7 -> 100.4 pattern calls (43,602 -> 40,251
in all). Base and new code run in turn (``--runs 3``, speed only, load average 1.6-2.6, two pairs): 198.4x, 208.1x
(1043.7, 1028.2 ms) -> 196.2x, 196.3x (1010.9, 973.4 ms), a 3-5 % gain near the scatter. Facts identical on the 132
texts. Left as they are (not tried): the searches over the whole name (the target word, the per-person basis: a search, not a first
character, rules them out) and the adverb before a verb at the subject's end (one call of a five-character window,
behind a gate of its own). The bar is far from met: what is left is some 540 calls a figure, spread over its rules.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import time


def _bundled_text() -> str:
    import dhcheng_analysis as dh

    return dh.load_report().text


DENSE = {
    "range_chain": lambda n: "收入增长" + "1至" * (n // 2) + "2%。",
    "list_ones": lambda n: "收入" + "1、" * (n // 2) + "1%。",
    "percent_list": lambda n: "收入分别增长" + "5.1%、" * (n // 5) + "3%。",
    "money_clauses": lambda n: "收入完成96.9亿元,增长7%," * (n // 17) + "。",
}


def _memory_child(kind: str, size: int) -> dict:
    import warnings

    import dhcheng_analysis as dh

    dh.extract_facts("收入增长5%。")  # warm the caches (compiled cue words, vocabulary)
    if kind == "report":
        return _report_memory(size)
    import tracemalloc

    text = DENSE[kind](size)
    held = sys.getsizeof(text)  # the text itself, as Python holds it (1, 2 or 4 bytes a character)
    tracemalloc.start()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        n = len(dh.extract_facts(dh.load_report(text, report_id="bench")))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {"kind": kind, "chars": len(text), "held": held, "peak": peak, "facts": n}


def _report_memory(size: int) -> dict:
    import resource
    import tempfile
    import warnings
    from pathlib import Path

    import dhcheng_analysis as dh

    unit = (_bundled_text() + "\n").encode("utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big_report.txt"
        with path.open("wb") as fh:
            for _ in range(max(1, size // len(unit))):
                fh.write(unit)
        nbytes = path.stat().st_size
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
        t0 = time.process_time()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            n = len(dh.extract_facts(dh.load_report(path)))
        seconds = time.process_time() - t0
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    return {"kind": "report", "bytes": nbytes, "peak": peak - before, "facts": n, "seconds": seconds}


def _child(kind: str, size: int) -> dict:
    proc = subprocess.run([sys.executable, __file__, "--child", kind, "--size", str(size)],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        return {"kind": kind, "error": (proc.stderr.strip().splitlines() or ["?"])[-1]}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=1.0, help="size of the speed run in MB")
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--memory-mb", type=float, default=50.0, help="size of the memory run (0 skips it)")
    ap.add_argument("--dense-kb", type=float, default=200.0, help="size of the dense shapes (0 skips them)")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--size", type=int, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        print(json.dumps(_memory_child(a.child, a.size)))
        return 0

    import dhcheng_analysis as dh

    base = _bundled_text()
    text = (base + "\n") * max(1, int(a.mb * 1_000_000 // len(base.encode("utf-8"))))
    pat = re.compile(r"\d+(?:\.\d+)?")
    counts = {"scan": 0, "facts": 0}

    def scan() -> None:
        counts["scan"] = sum(1 for _ in pat.finditer(text))

    def extract() -> None:
        counts["facts"] = len(dh.extract_facts(dh.load_report(text, report_id="bench")))

    extract()  # warm the caches
    # interleaved: each run times the scan (repeated to last about as long) and then the extraction,
    # so a change in the machine's load moves both; the ratio is the median of the per-run ratios
    reps = 1
    scan_times, ext_times, ratios = [], [], []
    for _ in range(a.runs):
        t0 = time.process_time()
        for _ in range(reps):
            scan()
        t_scan = (time.process_time() - t0) / reps
        t0 = time.process_time()
        extract()
        t_ext = time.process_time() - t0
        reps = max(1, min(50, round(t_ext / max(t_scan, 1e-6) / 4)))
        scan_times.append(t_scan)
        ext_times.append(t_ext)
        ratios.append(t_ext / t_scan)
    t_scan, t_ext = statistics.median(scan_times), statistics.median(ext_times)
    n = len(text)
    print(f"text: {n:,} chars ({counts['scan']:,} digit runs, {counts['facts']:,} facts); "
          f"CPU time, median of {a.runs} interleaved runs")
    print(f"bare digit scan : {n / t_scan:>14,.0f} chars/s  ({t_scan * 1000:.1f} ms)")
    print(f"extract_facts   : {n / t_ext:>14,.0f} chars/s  ({t_ext * 1000:.1f} ms)")
    print(f"speed ratio     : {statistics.median(ratios):.1f}x the bare scan (bar 20x, goal 10x; "
          f"runs {min(ratios):.1f}-{max(ratios):.1f})")

    if a.memory_mb > 0:
        r = _child("report", int(a.memory_mb * 1_000_000))
        if r.get("error"):
            print(f"memory, {a.memory_mb:g} MB report: {r['error']}")
        else:
            print(f"memory, {r['bytes'] / 1e6:.1f} MB report ({r['facts']:,} facts, {r['seconds']:.0f} s CPU): "
                  f"peak +{r['peak'] / 1e6:.0f} MB = {r['peak'] / r['bytes']:.1f}x the input (bar 10x)")
    if a.dense_kb > 0:
        for kind in DENSE:
            r = _child(kind, int(a.dense_kb * 1000))
            if r.get("error") or not r.get("facts"):
                print(f"dense {kind:<14}: {r.get('error') or 'no facts'}")
                continue
            beyond = (r["peak"] - r["held"]) / r["facts"]
            print(f"dense {kind:<14}: {r['chars']:>9,} chars, {r['facts']:>7,} facts, peak {r['peak'] / 1e6:7.1f} MB, "
                  f"{beyond:7.0f} B/fact beyond the text (bar 1024)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
