"""A comparison frame opening the sentence (同…比较，, 与…相比，) may name a budget or an outturn as its base, not
only a time: 同１９５５年国家决算比较，, 与上年决算数相比，, 与年初预算相比，. The figures of the clauses after it are
compared with that base, as the same base after 比 in the clause (比１９５５年国家决算增长) is. The national sentences
are copied verbatim from the report named in their comment; the district sentences are written regression fixtures
in the frame of a mid-year report."""

from __future__ import annotations

import pytest
from _sentences import MIDYEAR_HEAD, fact

# 1956
BUDGET = "同１９５５年国家决算比较，本年收入增长９．２９％，本年支出增长４．７６％。"
# 1956
OUTTURN = ("同１９５４年决算的可比部分相比，１９５５年本年收入增长９６６，４８５，０００元，即增长３．６８％；１９５５年本年支出增长"
           "１，７４３，８４６，０００元，即增长６．３２％。")


@pytest.mark.parametrize(("sentence", "printed", "base"), [
    (BUDGET, "９．２９％", "1955年国家决算"),
    (BUDGET, "４．７６％", "1955年国家决算"),
    (OUTTURN, "９６６，４８５，０００元", "1954年决算"),
    (OUTTURN, "６．３２％", "1954年决算"),
])
def test_a_national_frame_names_the_accounts_compared_with(work_reports, sentence, printed, base):
    f = work_reports.fact_at(1956, sentence, printed)
    assert f["comparator"] == base
    assert f["measure"] in ("change_pct", "abs_change")


@pytest.mark.parametrize(("sentence", "base", "measure"), [
    ("与上年决算数相比，全区一般公共预算支出增长5%。", "上年决算数", "yoy_pct"),
    ("同上年预算执行数比较，全区一般公共预算支出增长5%。", "上年预算执行数", "yoy_pct"),
    ("与年初预算相比，全区一般公共预算支出增长5%。", "年初预算", "change_pct"),
    ("与2019年同期相比，全区税收收入增长5%。", "2019年同期", "change_pct"),
])
def test_a_district_frame_names_the_budget_compared_with(sentence, base, measure):
    f = fact(MIDYEAR_HEAD + sentence, "5%", sentence)
    assert (f["comparator"], f["measure"]) == (base, measure)
