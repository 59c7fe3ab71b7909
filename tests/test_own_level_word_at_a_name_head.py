"""A street office's summary speaks of itself as 街道 (街道完成税收收入3.2亿元), as a district's speaks of itself as 区
or 全区: the bare word its own place ends with, at the head of a glossary name, is that place, no part of the name,
which keeps its key (税收收入, tax_revenue). A name that goes on with no glossary concept keeps the word
(街道组织开展消防演练), and a district's report keeps a street's word (the streets are not the district).

The street summaries among the real excerpts (xiasha_qt_2022_street_h1, zhongdu_ws_2025_street_h1,
dongliu_yz_2023_street) name themselves in full (下沙街道办事处, 全街道) before no figure, so the sentences are written
regression fixtures in their shape.
"""

from __future__ import annotations

import pytest
from _sentences import fact

# written, after xiasha_qt_2022_street_h1 (下沙街道2022年半年度工作总结)
STREET = ("下沙街道2022年半年度工作总结\n"
          "上半年,街道完成税收收入3.2亿元,同比增长8.5%;街道固定资产投资完成12.3亿元。街道组织开展消防演练12场。\n")
# written: a district's report
DISTRICT = "萧山区2022年上半年工作总结\n上半年,街道完成税收收入3.2亿元。\n"


# written
@pytest.mark.parametrize(("printed", "name", "key"), [
    ("3.2亿元", "税收收入", "tax_revenue"), ("8.5%", "税收收入", "tax_revenue"),
    ("12.3亿元", "固定资产投资", "fixed_asset_investment")])
def test_a_streets_bare_word_is_the_street(printed: str, name: str, key: str) -> None:
    f = fact(STREET, printed)
    assert (f["indicator"], f["indicator_key"]) == (name, key)


# written
def test_a_name_of_no_glossary_concept_keeps_the_word() -> None:
    assert fact(STREET, "12场")["indicator"] == "街道组织开展消防演练"


# written
def test_a_districts_report_keeps_the_streets_word() -> None:
    assert fact(DISTRICT, "3.2亿元")["indicator_key"] == ""
