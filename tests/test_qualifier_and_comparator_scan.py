"""Qualifiers, comparators and scopes of figures, on sentences quoted from the State Council government work
reports (named by year): the base a change names after 比 before a cut verb (比改革前减轻, 比制度建立之初压减).
"""

from __future__ import annotations

import warnings

import pytest

import dhcheng_analysis as dh


def one(text: str, printed: str) -> dict:
    """The fact whose printed figure starts at the first ``printed`` of ``text``."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        f = dh.extract_facts(text)
    start = text.index(printed)
    hit = ((f["start"].to_numpy() <= start) & (f["end"].to_numpy() > start)).nonzero()[0]
    assert len(hit) == 1, (printed, f[["indicator", "measure", "value", "unit", "start", "end"]])
    return f.iloc[hit[0]].to_dict()


@pytest.mark.parametrize(("text", "printed", "indicator", "measure", "value", "qualifier", "base"), [
    # 2016: a burden cut against the time before the reform, not a level nor a change against last year
    ("实施上述政策，今年将比改革前减轻企业和个人负担5000多亿元。", "5000多亿元",
     "企业和个人负担", "abs_change", -5e11, "over", "改革前"),
    # 2023: a cut of the measures since the list was set up (the period the text states, not a guess of years)
    ("进一步简政放权，放宽市场准入，全面实施市场准入负面清单制度，清单管理措施比制度建立之初压减64%，"
     "将行政许可事项全部纳入清单管理。", "64%", "清单管理措施", "change_pct", -64, "exact", "制度建立之初"),
])
def test_base_named_before_a_cut_verb(text, printed, indicator, measure, value, qualifier, base):
    fact = one(text, printed)
    assert (fact["indicator"], fact["measure"], fact["value"], fact["qualifier"], fact["comparator"]) == (
        indicator, measure, value, qualifier, base)
    assert "multi_year" not in fact["flags"]
