"""Contributions to growth as district economic operation analyses print them (一季度/上半年全区经济运行情况分析).

- A contribution rate opening its clause bare (…，拉动全区经济增长4.8个百分点，贡献率达82.7%) is the contribution of
  the sentence's subject, named by it as 对经济增长的贡献率 printed after the subject is; the tertiary industry's
  contribution keys ``tertiary_contribution`` however the analysis prints it (第三产业增加值对经济增长的贡献率,
  第三产业增加值贡献率).
"""

from __future__ import annotations

import pytest
from _sentences import facts

HALF_REVIEW = "一、2023年上半年经济运行基本情况\n"


def reading(sentence: str, printed: str) -> tuple[str, str, float, str]:
    """Indicator, measure, value and key of the fact printed as ``printed`` in ``sentence``."""
    text = HALF_REVIEW + sentence + "\n"
    f = facts(text)
    start = text.index(printed)
    row = f[(f["start"] <= start) & (f["end"] > start)]
    assert len(row) == 1, row
    r = row.iloc[0]
    return r["indicator"], r["measure"], r["value"], r["indicator_key"]


def test_contribution_after_its_subject_on_real_text() -> None:
    # real: beijing_2017_h1.txt — the contribution printed with 对…的 after its subject
    text = "总消费增长9.3%,其中服务消费增长12.7%、对总消费增长的贡献率达70.5%,商品消费增长5.6%。"
    assert reading(text, "70.5%")[:3] == ("服务消费对总消费增长的贡献率", "rate_pct", 70.5)


# Regression fixtures in the style of district analyses, modelled on beijing_2017_h1.txt
# (…其中服务消费增长12.7%、对总消费增长的贡献率达70.5%…) with the contribution printed bare after a pull.
@pytest.mark.parametrize(("sentence", "printed", "expected"), [
    ("第三产业实现增加值1311.1亿元，增长5.6%，拉动全区经济增长4.8个百分点，贡献率达82.7%。", "82.7%",
     ("第三产业增加值贡献率", "rate_pct", 82.7, "tertiary_contribution")),
    ("第一产业增加值2.1亿元，下降3.5%，贡献率为-0.1%。", "-0.1%",
     ("第一产业增加值贡献率", "rate_pct", -0.1, "")),
    ("金融业增加值增长6.5%，拉动经济增长2.2个百分点，贡献率38.5%。", "38.5%",
     ("金融业增加值贡献率", "rate_pct", 38.5, "")),
    ("第三产业增加值1311.1亿元，同比增长5.6%，对经济增长的贡献率为83.5%。", "83.5%",
     ("第三产业增加值对经济增长的贡献率", "rate_pct", 83.5, "tertiary_contribution")),
])
def test_bare_contribution_is_the_subjects(sentence: str, printed: str, expected: tuple) -> None:
    assert reading(sentence, printed) == expected


def test_pull_before_a_bare_contribution_stays_the_subjects() -> None:
    # district style: the pull keeps its reading when a bare contribution follows it
    sentence = "第三产业实现增加值1311.1亿元，增长5.6%，拉动全区经济增长4.8个百分点，贡献率达82.7%。"
    assert reading(sentence, "4.8个百分点") == ("第三产业增加值", "pp_diff", 4.8, "tertiary_industry_va")
