"""The indicator glossary of the workbook's 说明 sheet names each category in the workbook's language: 财政, 税种, 行业 in a
Chinese workbook (formerly the codes fiscal, tax_type, sector beside Chinese headers), the English words in an English one.

Built on the Inner Mongolia industry bulletin, Jan–Aug 2023 (real text: 1-8月份,全区规上工业增加值同比增长7.5%…).
"""

from __future__ import annotations

import pytest
from _real_tables import TEXTS, real_report, real_tables

from dhcheng_analysis import export, vocab


def _glossary(lang: str) -> dict[str, str]:
    # (the excerpt and its tables read once, shared by both languages and the other tests)
    name = "neimenggu_2023_m8_industry"
    wb = export.build_workbook(real_report(TEXTS / f"{name}.txt"), real_tables(name), lang)
    rows = list(wb.worksheets[0].iter_rows(values_only=True))
    head = next(i for i, r in enumerate(rows) if r[:2] == (("标准名称", "别名") if lang == "zh" else ("Canonical name", "Aliases")))
    out = {}
    for r in rows[head + 1:]:
        if not r[0]:
            break
        out[r[0]] = r[4]
    return out


@pytest.mark.parametrize(("lang", "expected"), [("zh", {"一般公共预算收入": "财政", "规模以上工业增加值": "经济总量"}),
                                                ("en", {"一般公共预算收入": "fiscal", "规模以上工业增加值": "economy"})])
def test_glossary_categories_are_named_in_the_workbooks_language(lang, expected):
    glossary = _glossary(lang)
    assert {k: glossary[k] for k in expected} == expected


def test_every_glossary_category_has_a_label():
    named = vocab.labels().codes["category"]
    assert {t.category for t in vocab.glossary()} <= set(named)
