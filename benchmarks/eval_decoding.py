"""Which decoder reads report bytes right: the package's rules against ``charset-normalizer``.

Builds byte samples from the bundled report and the held-out texts in every encoding a report
arrives in (UTF-8 with and without BOM, GB18030, GBK, Big5, UTF-16 with and without BOM, web
pages that declare their charset), at three lengths (whole report, a paragraph of ~200
characters, a short sentence of 8–30 characters) and mixed with ASCII, plus Japanese
(Shift-JIS) and Korean (EUC-KR) texts that no Chinese decoder should turn into Chinese.
Traditional texts are made from simplified ones with the package's character table.

Each decoder's outcome per sample is *right* (the original text), *refused* (an error: safe)
or *wrong* (other text, silently: the failure that matters). Decoders:

- ``rules``: :func:`dhcheng_analysis.sources.decode_bytes` of this checkout;
- ``rules@REV``: the same function at git revision ``--rev`` (default ``main``), when git can show it;
- ``charset-normalizer``: ``charset_normalizer.from_bytes(data).best()``;
- ``rules+cn``: the rules up to UTF-8/UTF-16/declared charset, then charset-normalizer
  instead of the GB18030/Big5 choice.

Usage::

    python benchmarks/eval_decoding.py                # table of outcomes and CPU time
    python benchmarks/eval_decoding.py --rev 63a7dd8  # compare with another revision
"""

from __future__ import annotations

import argparse
import glob
import importlib.util
import subprocess
import sys
import time
import types
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: Japanese and Korean sentences (fixtures written for this evaluation, not report text).
JAPANESE = ("東京都の二〇二〇年上半期の経済状況について報告します。売上高は前年同期比で七パーセント減少し、"
            "雇用者数は三万人を超えました。今後も引き続き努力してまいります。")
KOREAN = ("서울시 2020년 상반기 경제 상황을 보고합니다. 매출액은 전년 동기 대비 7% 감소했으며, "
          "고용자 수는 3만 명을 넘었습니다. 앞으로도 계속 노력하겠습니다.")


def _texts() -> tuple[list[str], list[str]]:
    import dhcheng_analysis as dh

    paths = [ROOT / "data" / "dongcheng_2020_h1.txt", *sorted(Path(p) for p in glob.glob(str(ROOT / "tests/gold/constructed/*/*.txt")))]
    simplified = [dh.load_report(p).text for p in paths]
    table = (Path(dh.__file__).with_name("vocab") / "traditional.tsv").read_text(encoding="utf-8")
    to_trad: dict[str, str] = {}
    for line in table.splitlines():
        if line and not line.startswith("#"):
            trad, simp = line.split("\t")
            to_trad.setdefault(simp, trad)
    traditional = []
    for text in simplified[:8]:
        out = []
        for ch in text:
            t = to_trad.get(ch, ch)
            for cand in (t, ch):
                try:
                    cand.encode("cp950")
                except UnicodeEncodeError:
                    continue
                out.append(cand)
                break
        traditional.append("".join(out))
    trad_page = ROOT / "tests/gold/constructed/traditional_2020_h1/traditional_2020_h1.html"
    if trad_page.exists():
        traditional.append(dh.load_report(trad_page).text)
    return simplified, traditional


def _gb2312_ok(text: str) -> bool:
    try:
        text.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _sentences(text: str, lo: int = 8, hi: int = 30, n: int = 6) -> list[str]:
    import re

    parts = [p.strip() for p in re.split(r"[。；;\n]", text)]
    return [p for p in parts if lo <= len(p) <= hi][:n]


def samples() -> list[tuple[str, bytes, str]]:
    """``(category, bytes, expected text)`` for every case."""
    simplified, traditional = _texts()
    out: list[tuple[str, bytes, str]] = []
    for text in simplified:
        out += [("utf-8", text.encode("utf-8"), text), ("utf-8 BOM", text.encode("utf-8-sig"), text),
                ("gb18030", text.encode("gb18030"), text),
                ("utf-16 BOM", text.encode("utf-16"), text), ("utf-16-le no BOM", text.encode("utf-16-le"), text),
                ("utf-16-be no BOM", text.encode("utf-16-be"), text)]
        if _gb2312_ok(text):
            out.append(("gbk", text.encode("gbk"), text))
        para = text[:200]
        out += [("paragraph gb18030", para.encode("gb18030"), para), ("paragraph utf-8", para.encode(), para)]
        for s in _sentences(text):
            out += [("short gb18030", s.encode("gb18030"), s), ("short utf-8", s.encode(), s)]
        for s in _sentences(text, n=3):
            mixed = f"Report 2020 H1, table 3 (CNY 100m): GDP 5.2%, revenue 96.9, note: {s} -- see p. 12\n"
            out.append(("mixed ASCII gb18030", mixed.encode("gb18030"), mixed))
        page = f'<html><head><meta charset="gbk"></head><body><p>{para}</p></body></html>'
        out.append(("html gbk declared", page.encode("gb18030"), page))
        page8 = f'<html><head><meta charset="utf-8"></head><body><p>{para}</p></body></html>'
        out.append(("html utf-8 declared", page8.encode(), page8))
    for text in traditional:
        out.append(("big5", text.encode("cp950"), text))
        para = text[:200]
        out.append(("paragraph big5", para.encode("cp950"), para))
        for s in _sentences(text):
            out.append(("short big5", s.encode("cp950"), s))
        for s in _sentences(text, n=3):
            mixed = f"Report 2020 H1, table 3 (CNY 100m): GDP 5.2%, revenue 96.9, note: {s} -- see p. 12\n"
            out.append(("mixed ASCII big5", mixed.encode("cp950"), mixed))
        page = f'<html><head><meta charset="big5"></head><body><p>{para}</p></body></html>'
        out.append(("html big5 declared", page.encode("cp950"), page))
    out += [("shift-jis (refuse)", JAPANESE.encode("shift_jis"), JAPANESE),
            ("euc-kr (refuse)", KOREAN.encode("euc-kr"), KOREAN)]
    return out


def _load_rules_at(rev: str) -> Callable[[bytes], str] | None:
    try:
        src = subprocess.run(["git", "-C", str(ROOT), "show", f"{rev}:dhcheng_analysis/sources.py"],
                             capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    mod = types.ModuleType("dhcheng_analysis._sources_at_rev")
    mod.__package__ = "dhcheng_analysis"
    exec(compile(src, f"sources.py@{rev}", "exec"), mod.__dict__)  # noqa: S102 - our own file at a revision
    return mod.decode_bytes


def _charset_normalizer(data: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ValueError("no encoding found")
    return str(best)


def _rules_then_cn(data: bytes) -> str:
    from dhcheng_analysis import sources

    saved = sources._legacy_chinese
    sources._legacy_chinese = lambda raw, name: _charset_normalizer(raw)
    try:
        return sources.decode_bytes(data)
    finally:
        sources._legacy_chinese = saved


def evaluate(decoders: dict[str, Callable[[bytes], str]], cases: list[tuple[str, bytes, str]]):
    outcome: dict[str, dict[str, Counter]] = {name: defaultdict(Counter) for name in decoders}
    seconds: dict[str, float] = {}
    for name, decode in decoders.items():
        t0 = time.process_time()
        for cat, data, expected in cases:
            try:
                got = decode(data).lstrip("\ufeff")
            except Exception:  # noqa: BLE001 - any refusal counts as refused
                outcome[name][cat]["refused"] += 1
                continue
            outcome[name][cat]["right" if got == expected else "wrong"] += 1
        seconds[name] = time.process_time() - t0
    return outcome, seconds


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rev", default="main", help="git revision to compare (default: main)")
    args = ap.parse_args(argv)
    from dhcheng_analysis.sources import decode_bytes

    if importlib.util.find_spec("charset_normalizer") is None:
        print("charset-normalizer is not installed: pip install charset-normalizer", file=sys.stderr)
        return 2
    decoders: dict[str, Callable[[bytes], str]] = {"rules": decode_bytes}
    old = _load_rules_at(args.rev)
    if old is not None:
        decoders[f"rules@{args.rev}"] = old
    decoders["charset-normalizer"] = _charset_normalizer
    decoders["rules+cn"] = _rules_then_cn
    cases = samples()
    outcome, seconds = evaluate(decoders, cases)
    cats = list(dict.fromkeys(c for c, _, _ in cases))
    names = list(decoders)
    print(f"{'category':<22}{'n':>4}  " + "".join(f"{n:>22}" for n in names))
    print(f"{'':<22}{'':>4}  " + "".join(f"{'right/wrong/refused':>22}" for _ in names))
    totals = {n: Counter() for n in names}
    for cat in cats:
        count = sum(1 for c, _, _ in cases if c == cat)
        cells = []
        for n in names:
            o = outcome[n][cat]
            totals[n].update(o)
            cells.append(f"{o['right']}/{o['wrong']}/{o['refused']}")
        print(f"{cat:<22}{count:>4}  " + "".join(f"{c:>22}" for c in cells))
    print(f"{'total':<22}{len(cases):>4}  " + "".join(
        f"{totals[n]['right']}/{totals[n]['wrong']}/{totals[n]['refused']}".rjust(22) for n in names))
    mb = sum(len(d) for _, d, _ in cases) / 1e6
    print(f"{'CPU s per MB':<26}" + "".join(f"{seconds[n] / mb:>22.3f}" for n in names))
    return 0


if __name__ == "__main__":
    sys.exit(main())
