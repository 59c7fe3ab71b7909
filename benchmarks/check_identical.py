"""Check that ``extract_facts`` gives the same facts as a saved snapshot, on every text at hand.

    python benchmarks/check_identical.py --save SNAPSHOT.parquet   # take the snapshot
    python benchmarks/check_identical.py SNAPSHOT.parquet          # compare against it

The texts: the bundled report, the variants of the shared gold, every report under
``tests/gold/real`` and ``tests/gold/constructed``, the unseen examples and the national work
reports of the shared corpus (folders that do not exist are skipped). The facts of all of them,
every column, with the file they come from, go to one Parquet file (and the frames as they are
to a pickle beside it); the comparison is exact (values, order, dtypes and categories) and lists
the files whose facts differ.
"""

from __future__ import annotations

import argparse
import re
import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SUFFIXES = {".txt", ".html", ".htm"}


def sources() -> list[Path]:
    """Every text the snapshot covers, in a fixed order."""
    out: list[Path] = sorted((ROOT / "data").glob("*.txt"))
    out.append(SHARED / "gold" / "variants.txt")
    for folder in (ROOT / "tests" / "gold" / "real", ROOT / "tests" / "gold" / "constructed"):
        out += sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix in SUFFIXES)
    out += sorted((SHARED / "examples" / "unseen").glob("*"))
    out += sorted((SHARED / "corpus" / "national_work_reports").glob("*.txt"))
    return [p for p in out if p.is_file()]


def key(path: Path | str) -> str:
    """A text's key: its path inside the checkout (``data/…``, ``tests/…``) or the shared folder (``shared/…``),
    so a snapshot taken in one checkout compares with a run in another. Absolute keys of older snapshots map the
    same way."""
    path = Path(path)
    for base, prefix in ((ROOT, ""), (SHARED, "shared/")):
        if path.is_relative_to(base):
            return prefix + path.relative_to(base).as_posix()
    text = path.as_posix()
    if (m := re.search(r"/shared/(.*)$", text)) is not None:
        return "shared/" + m.group(1)
    m = re.search(r"/((?:data|tests)/.*)$", text)
    return m.group(1) if m else text


def facts_by_file():
    """One facts frame per source, keyed by its path relative to where it was found."""
    import dhcheng_analysis as dh

    frames = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for path in sources():
            frames[key(path)] = dh.extract_facts(dh.load_report(path))
    return frames


def main() -> int:
    import pandas as pd

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("snapshot", nargs="?", help="snapshot to compare against")
    ap.add_argument("--save", help="write a new snapshot here")
    a = ap.parse_args()
    frames = facts_by_file()
    if a.save:
        whole = pd.concat([f.assign(source_file=k) for k, f in frames.items()], ignore_index=True)
        whole.to_parquet(a.save)
        pd.to_pickle(frames, a.save + ".pkl")  # the frames as they are: dtypes and categories exact
        print(f"saved {len(whole):,} facts of {len(frames)} files to {a.save}")
        return 0
    if not a.snapshot:
        ap.error("give a snapshot to compare against, or --save PATH")
    old = {key(k): f for k, f in pd.read_pickle(a.snapshot + ".pkl").items()}
    bad = []
    for k, f in frames.items():
        if k not in old:
            bad.append(f"{k}: not in the snapshot")
            continue
        try:
            pd.testing.assert_frame_equal(f, old[k], check_exact=True, check_categorical=True,
                                          check_column_type=True, check_index_type=True)
        except AssertionError as exc:
            bad.append(f"{k}: {' '.join(str(exc).split())[:300]}")
    bad += [f"{k}: no longer read" for k in sorted(set(old) - set(frames))]
    n, n_old = sum(map(len, frames.values())), sum(map(len, old.values()))
    for line in bad:
        print("DIFFERS", line)
    print(f"{'identical' if not bad else 'DIFFERENT'}: {n:,} facts of {len(frames)} files "
          f"({n_old:,} in the snapshot)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
