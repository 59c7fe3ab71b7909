"""The scope rank of each fact is computed once per table across reports.

``panel``, ``target_outcomes`` and ``level_consistency`` each read a fact's ``scope_rank`` three times: to keep the
place's own figures, to keep one scope a year, and to order the candidates of a year. The rank is set as a column
by one function at the start of each table and read from it after, so the three steps see the same rank and the
facts are ranked once. The sentence is copied from the report named in its comment.
"""

from __future__ import annotations

import pandas as pd
import pytest
from _sentences import facts

from dhcheng_analysis import corpus as C

# 北京市西城区 2023 annual report (tests/gold/real/texts/xicheng_2023_annual.txt)
S_XICHENG_2023 = ("地区生产总值突破6000亿元大关,同比增长5.8%;地方级一般公共预算收入完成1012.9亿元,突破千亿元大关,"
                  "同比增长10.6%;区级一般公共预算收入实现452.7亿元,达到历史最好水平,")


def _of(text: str) -> pd.DataFrame:
    f = facts(text)
    reports = pd.DataFrame({"report_id": [f["report_id"].iloc[0]], "year": [2024], "period_year": [2023],
                            "plan_year": [2024], "period": ["2023"], "place": ["北京市西城区"], "level": ["district"],
                            "kind": ["plan_execution"]})
    return C._with_corpus_columns(f, reports)


@pytest.mark.parametrize("table", [lambda f: C.panel(f, measure=None), C.target_outcomes, C.level_consistency])
def test_each_table_ranks_the_facts_once(table, monkeypatch):
    f = _of(S_XICHENG_2023)
    calls = []
    rank = C.scope_rank
    monkeypatch.setattr(C, "scope_rank", lambda df: calls.append(len(df)) or rank(df))
    table(f)
    assert len(calls) == 1


def test_the_ranked_column_stays_out_of_the_tables():
    f = _of(S_XICHENG_2023)
    p = C.panel(f, "general_budget_revenue", measure=None)
    assert p["value"].tolist() == [45_270_000_000.0]  # 区级 452.7亿元, not the 地方级 1012.9亿元
    assert C._SCOPE_RANK not in p.columns
    assert C._SCOPE_RANK not in C.target_outcomes(f, how="left").columns
    assert C._SCOPE_RANK not in C.level_consistency(f).columns
