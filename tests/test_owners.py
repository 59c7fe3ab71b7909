"""Who a figure belongs to and how final or planned it is, on sentences quoted from published reports.

Sources: the excerpts of ``tests/gold/real/texts`` (named by file) and the State Council government work
reports (named by year). Each test names the rule it pins; every rule was checked against all texts.
"""

from __future__ import annotations

import warnings

import pytest

import dhcheng_analysis as dh


def one(text: str, printed: str, *cols: str) -> tuple:
    """The fact whose printed figure starts at the first ``printed`` of ``text``."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        f = dh.extract_facts(text)
    start = text.index(printed)
    hit = ((f["start"].to_numpy() <= start) & (f["end"].to_numpy() > start)).nonzero()[0]
    assert len(hit) == 1, (printed, f[["indicator", "measure", "value", "unit", "start", "end"]])
    row = f.iloc[hit[0]]
    return tuple(row[c] for c in cols or ("indicator", "measure", "value", "unit"))


# --------------------------------------------------------------------------- how final a figure is

@pytest.mark.parametrize(("text", "printed", "name"), [
    # shangcheng_hz_2022_h1_budget: the final accounts of the year (决算) name no quantity of their own
    ("2021年全区财政总收入决算为3777878万元,完成收入预期的98.3%,增长5.8%。", "3777878", "财政总收入"),
    ("2021年全区财政总收入决算为3777878万元,完成收入预期的98.3%,增长5.8%。", "98.3", "财政总收入"),
    ("2021年全区财政总收入决算为3777878万元,完成收入预期的98.3%,增长5.8%。", "5.8", "财政总收入"),
    # 1956: 国家决算 before what is spent
    ("１９５５年国家决算在交通运输方面支出１，９２５，４７５，０００元，占预算数的８９．７４％。", "１，９２５", "交通运输方面支出"),
    ("１９５５年国家决算年终结余１，０１１，０３８，０００元。", "１，０１１", "年终结余"),
])
def test_a_word_for_the_final_accounts_is_no_part_of_a_name(text, printed, name):
    assert one(text, printed, "indicator") == (name,)
