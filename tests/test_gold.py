"""Extraction quality against the hand-labelled gold files (same matching rules as the scorer)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from _real_tables import real_facts, real_report

HERE = Path(__file__).parent
GOLD = HERE / "gold"
ROOT = HERE.parent
sys.path.insert(0, str(GOLD))
from score_facts import score  # noqa: E402


def _summary(res: dict) -> tuple[float, float, int]:
    n = max(res["facts"], 1)
    recall = res["value_ok"] / n
    worst = min((ok / tot for ok, tot in res["checks"].values() if tot), default=1.0)
    return recall, worst, res["false_pos"]


def test_bundled_report_scores_perfectly():
    res = score(str(ROOT / "data" / "dongcheng_2020_h1.txt"), str(GOLD / "seed_gold.csv"))
    recall, worst, false_pos = _summary(res)
    assert res["facts"] == 225 and res["negatives"] == 19
    assert (recall, false_pos) == (1.0, 0), res["problems"]
    assert worst >= 0.97, res["problems"]


def test_variants_meet_the_bar():
    res = score(str(GOLD / "variants.txt"), str(GOLD / "variants_gold.csv"))
    recall, worst, false_pos = _summary(res)
    assert recall >= 0.97, res["problems"]
    assert worst >= 0.9, res["problems"]
    assert false_pos == 0, res["problems"]


def test_scorer_command_line_passes_with_the_bars():
    out = subprocess.run(
        [sys.executable, str(GOLD / "score_facts.py"), str(ROOT / "data" / "dongcheng_2020_h1.txt"),
         str(GOLD / "seed_gold.csv"), "--min-recall", "1.0", "--min-field", "0.97", "--max-false-pos", "0"],
        capture_output=True, text=True, cwd=ROOT,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert "SCORE recall=1.000" in out.stdout


@pytest.mark.parametrize("path", [ROOT / "data" / "dongcheng_2020_h1.txt", GOLD / "variants.txt"])
def test_every_span_holds_its_printed_figure(path):
    report, facts = real_report(path), real_facts(path)
    for row in facts.itertuples():
        printed = report.text[row.start:row.end]
        assert printed, row
        assert row.raw_value in printed, (printed, row.raw_value)
        assert row.sentence and printed in row.sentence or row.raw_value in row.sentence

