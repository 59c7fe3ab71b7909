"""The extractor on the 52 State Council government work reports bundled with the package (1954–2025).

Long real texts the rules were not written for: traditional characters, full-width digits and
thousands groups, spaced digits, Chinese numerals with 万/亿, zero-width spaces and broken lines.
Every report must load and parse; the names of what is measured must be clean; and the status of a
figure must follow the part of the report it is in (a work report reviews the year before and plans
its own) — checked on a sample labelled by eye (``tests/gold/status_audit.csv``).
"""

from __future__ import annotations

import csv
import re
import warnings
from pathlib import Path

import pandas as pd
import pytest

import dhcheng_analysis as dh

AUDIT = Path(__file__).parent / "gold" / "status_audit.csv"

# An indicator is unusable when it is empty or starts or ends with a connective, a plan word, a
# preposition or a verb, or holds layout debris (the check of the acceptance criteria).
UNUSABLE = re.compile(
    r"^(从|由|将|拟|把|在|比|为|其中|年均|累计|——)|(增加到|提高到|上升到|下降到|降低到|达到|突破|超过|控制在|拟按|拟|将|从|"
    r"由|为|达|增长|下降|增加|减少|提高|降低|以上|左右)$|[\n\u200b\u3000]")
# A wider reading: adverbs at the end, a year inside, one character only, a unit only, a verb at the
# head, a digit inside (some of these are right: 钢, 5G用户, 广义货币M2).
WIDER = re.compile(
    r"(年均|平均|每年|实际|再|又|预计|累计|全年|当月|合计|都|就)$|(?:19|20)\d{2}年|[１２][０-９]{3}年|去年|今年|上年|^.$|"
    r"^(斤|斤以上|羽|㎡|重量箱|庭|担|亿|万|元|亿元|万元|吨|万吨|个|项|家|人|户|%)$|^(实现|完成|提出|使|含|达到)|[0-9０-９]")


@pytest.fixture(scope="module")
def corpus():
    return dh.load_corpus()


@pytest.fixture(scope="module")
def facts(corpus) -> dict[str, pd.DataFrame]:
    out = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for report in corpus:
            out[report.report_id] = dh.extract_facts(report)
    return out


def test_every_report_loads_and_parses(corpus, facts):
    assert len(corpus) == 52 and corpus.errors.empty
    assert set(facts) == set(corpus.report_ids)
    for rid, f in facts.items():
        assert len(f) >= 15, rid  # the 1984 report, the sparest in figures, gives 19
        assert list(f.columns) == list(dh.FACT_COLUMNS), rid


def _unusable(names: pd.Series, rx: re.Pattern[str]) -> pd.Series:
    return (names.str.strip() == "") | names.map(lambda s: rx.search(s) is not None).astype(bool)


def test_the_names_of_what_is_measured_are_clean(facts):
    names = pd.concat([f["indicator"] for f in facts.values()], ignore_index=True).astype("str")
    bad = _unusable(names, UNUSABLE)
    assert bad.mean() <= 0.03, names[bad].value_counts().head(30)
    wide = bad | _unusable(names, WIDER)
    assert wide.mean() <= 0.10, names[wide].value_counts().head(30)


def test_no_report_has_mostly_unusable_names(facts):
    for rid, f in facts.items():
        bad = _unusable(f["indicator"].astype("str"), UNUSABLE)
        assert bad.mean() <= 0.15, (rid, f.loc[bad, "indicator"].tolist()[:20])


def test_status_follows_the_part_of_the_report(facts):
    """Review parts state outcomes, plan parts targets (and estimates): at most 2 % wrong each way on a
    sample of 114 figures labelled by eye (60 in review parts, 54 in plan parts)."""
    with open(AUDIT, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    wrong = {"review": [], "plan": []}
    for r in rows:
        f = facts[r["report_id"]]
        hit = f[f["start"] == int(r["start"])]
        # (one figure after a list of names and 均 is a fact of each name, all of one status)
        assert len(hit) >= 1 and hit["status"].nunique() == 1, r
        if str(hit["status"].iloc[0]) != r["status"]:
            wrong[r["part"]].append((r["report_id"], r["printed"], str(hit["status"].iloc[0]), r["status"]))
    for part, n in (("review", 60), ("plan", 54)):
        assert sum(r["part"] == part for r in rows) == n
        assert len(wrong[part]) / n <= 0.02, wrong[part]


def test_the_years_of_the_work_reports(corpus):
    """The year a work report covers, read from its own text (date line, headings, the years its review
    speaks of) where it prints one, agrees with the corpus index."""
    meta = corpus.reports.set_index("report_id")
    read = 0
    for report in corpus:
        years = dh.load_report(report.text).years
        if years.covered is None or years.source == "guess":  # a guess is the first year printed, no reading
            continue
        read += 1
        m = meta.loc[report.report_id]
        # the 1980 report (delivered in August on the plans of 1980 and 1981) reviews 1979 and half of 1980
        late = years.covered == m["year"] and years.plan == m["year"] + 1
        assert years.covered == m["period_year"] or late, report.report_id
    assert read >= 34
