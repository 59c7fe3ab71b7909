"""A level printed after a total whose breakdown lists it, with no opener, is a part of the total's level, as its
growth is of the total's growth: the loans of the deposits and loans outstanding."""

from __future__ import annotations

from pathlib import Path

from _real_tables import real_facts

import dhcheng_analysis as dh

TEXTS = Path(__file__).parent / "gold" / "real" / "texts"


def test_the_loans_are_a_part_of_the_deposits_and_loans():
    # real excerpt, youyang_cq_2025_q1.txt: 3月末,全县本外币存贷余额440.95亿元,增长6.4%;贷款余额354.88亿元,增长2.6%。
    f = real_facts(TEXTS / "youyang_cq_2025_q1.txt").set_index("fact_id")  # (extracted once a test process, shared)
    loans = f[f["indicator"] == "贷款余额"]
    assert len(loans) == 2 and set(loans["relation"]) == {"part"}
    parents = f.loc[loans["parent_id"]]
    assert set(parents["indicator"]) == {"本外币存贷余额"}
    assert (parents["measure"].values == loans["measure"].values).all()


def test_the_audit_sets_the_loans_within_the_deposits_and_loans():
    # real excerpt, youyang_cq_2025_q1.txt (as above)
    audit = dh.all_tables(dh.load_report(TEXTS / "youyang_cq_2025_q1.txt"))["audit"]
    rows = audit[(audit["check"] == "parts_within_total") & audit["message"].str.contains("贷款余额")]
    assert rows["verdict"].tolist() == ["consistent"]


def test_a_level_after_a_total_of_another_breakdown_stays_alone():
    # constructed fixture: deposits are no part of the general budget revenue printed before them
    f = dh.extract_facts(dh.Report(report_id="t", text="一般公共预算收入10亿元,增长5%;存款余额300亿元,增长3%。"))
    assert set(f.loc[f["indicator"] == "存款余额", "relation"]) == {""}
