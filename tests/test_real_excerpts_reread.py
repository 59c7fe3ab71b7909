"""Readings of the real excerpts (tests/gold/real/texts) checked figure by figure, past the rows their gold labels.

A county's revenue turned over to the province (上划省级收入) belongs to the provincial level of government, as the
part turned over to the city (上划市级收入) belongs to the city's: 省级 is a fiscal scope like 市级 and 中央级.

A county bulletin's 农林牧渔总产值 (without 业) is the glossary's gross output of agriculture, forestry, animal
husbandry and fishery, and its 贷款余额 the loans outstanding at financial institutions.
"""

from __future__ import annotations

from pathlib import Path

from _sentences import fact

TEXTS = Path(__file__).parent / "gold" / "real" / "texts"


def _sentence(slug: str, opening: str) -> str:
    """The sentence of the excerpt ``slug`` that opens with ``opening``, verbatim."""
    text = (TEXTS / f"{slug}.txt").read_text(encoding="utf-8")
    at = text.index(opening)
    return text[at:text.index("。", at) + 1]


def test_revenue_turned_over_to_the_province_is_of_the_provincial_level():
    s = _sentence("lintao_2024_m2_budget", "从层级看")
    for printed in ("2432万元", "14.26%", "357万元", "17.2%"):
        f = fact(s, printed)
        assert (f["indicator"], f["scope"]) == ("上划省级收入", "省级"), printed
    assert fact(s, "6万元", within="上划市级收入6万元")["scope"] == "市级"


def test_county_bulletin_names_of_farm_output_and_loans_have_their_keys():
    s = _sentence("youyang_cq_2025_q1", "全县实现农林牧渔总产值")
    for printed in ("9.48亿元", "0.8%"):
        assert fact(s, printed)["indicator_key"] == "agriculture_output", printed
    s = _sentence("youyang_cq_2025_q1", "3月末")
    for printed in ("354.88亿元", "2.6%"):
        f = fact(s, printed)
        assert (f["indicator"], f["indicator_key"]) == ("贷款余额", "loans_outstanding"), printed
