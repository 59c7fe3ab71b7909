"""Readings left open by earlier passes over the texts (a sixth pass).

Verbatim: the growth target of the 2021 national work report, whose web copy breaks the verb 设定为 by a line of
nothing but a zero-width space. No text at hand prints a list of ranks after one 第 (居全国第三、四位) or a count
of times ranked before a rank that another count follows (我区5次位列全市第一、3次位列第二): those sentences are
written in the style of the work reports and of the district reports of tests/gold/real, as regression fixtures.
Verbatim: the rate of the 2023 national work report named by what its tax brings in (增值税收入占比最高…的税率).
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

# -- a soft line break inside a sentence splits no word; a bare target is of what the clause before names ---------

TARGET_2021 = ("经济增速是综合性指标，今年预期目标设定\n\u200b\n为6%以上，考虑了经济运行恢复情况，"
               "有利于引导各方面集中精力推进改革创新、推动高质量发展。")


def test_a_bare_target_after_a_clause_naming_the_indicator_is_of_it() -> None:
    got = fact(TARGET_2021, "6%")
    assert (got["indicator"], got["measure"], got["value"], got["qualifier"], got["status"]) == (
        "经济增速", "yoy_pct", 6.0, "at_least", "target")


@pytest.mark.parametrize("text", [
    "今年预期目标设定\n\u200b\n为6%以上。",
    "今年预期目标设定为\n\u200b\n6%以上。",
])
def test_a_soft_line_break_splits_no_verb(text: str) -> None:
    assert fact(text, "6%")["indicator"] == "目标"


# -- a rank takes no unit of a count after it; a list of ranks after one 第 ---------------------------------------


def test_a_rank_takes_no_unit_of_the_count_after_it() -> None:
    got = facts("在“接诉即办”月度考核中，我区5次位列全市第一、3次位列第二。")
    ranks = got[got["measure"] == "rank"]
    assert list(zip(ranks["value"], ranks["unit"], strict=True)) == [(1.0, ""), (2.0, "")]
    assert list(got.loc[got["measure"] == "level", "unit"]) == ["次", "次"]


@pytest.mark.parametrize(("text", "ranks", "name", "scope"), [
    ("钢产量居全国第三、四位。", [3.0, 4.0], "钢产量", "全国"),
    ("原油产量居世界第五、六位，钢产量居第一。", [5.0, 6.0], "原油产量", "世界"),
])
def test_a_list_of_ranks_after_one_ordinal_word(text: str, ranks: list[float], name: str, scope: str) -> None:
    got = facts(text)
    got = got[got["indicator"] == name]
    assert list(got["measure"]) == ["rank"] * len(ranks)
    assert list(got["value"]) == ranks
    assert set(got["comparator"]) == {scope} and set(got["unit"]) == {""}


# -- the noun 占比 inside a name is no verb of a share: the figure is of the noun the name ends with ----------------

VAT_2023 = ("彻底完成营改增任务、取消营业税，将增值税收入占比最高、涉及行业广泛的税率从17%降至13%，阶段性将小规模纳税人"
            "增值税起征点从月销售额3万元提高到15万元、小微企业所得税实际最低税负率从10%降至2.5%。")


@pytest.mark.parametrize("printed", ["17%", "13%"])
def test_a_share_noun_inside_a_name_names_no_share(printed: str) -> None:
    got = fact(VAT_2023, printed)
    assert (got["indicator"], got["measure"]) == ("增值税收入占比最高、涉及行业广泛的税率", "rate_pct")
