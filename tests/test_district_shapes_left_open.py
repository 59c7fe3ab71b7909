"""Shapes common in district reports, read on sentences of the constructed district texts
(tests/gold/constructed/): no real text at hand prints them, so the sentences are regression fixtures
written in the form of those reports, quoted verbatim from the constructed texts.

- a scope word heading the last item of a 分别 list (增值税、全口径企业所得税) is that item's own: the items share
  no words after it;
- 分别 after figures printed in clauses of their own names those figures, one each, not the parts of the last
  name split on 和;
- a head owned by the figure before (产量, 产值 after 草莓种植面积) replaces that figure's own head, so the owner
  keeps its name alone (草莓产量, not 草莓种植面积产量);
- a generic subject (产业规模) after a clause that builds something (构建“3+1”现代产业体系) is named by what is built:
  the number in quotes is part of that name, not a figure of the clause, and the verb is none of it. No text at
  hand prints this shape with a figure after it: these sentences are written in the form of a district report
  and are regression fixtures, not evidence.
"""

from __future__ import annotations

from _sentences import facts


def names(text: str) -> list[tuple[str, str, float]]:
    f = facts(text)
    return list(zip(f["indicator"], f["measure"], f["value"], strict=True))


def test_a_scope_word_heading_a_later_item_glues_no_items():
    # constructed dongcheng_2021_q1
    text = "主要税种中,增值税、全口径企业所得税分别增长12.4%、8.7%,契税下降2.3%。"
    assert names(text) == [("增值税", "yoy_pct", 12.4), ("全口径企业所得税", "yoy_pct", 8.7), ("契税", "yoy_pct", -2.3)]


def test_respective_changes_after_figures_in_clauses_of_their_own():
    # constructed dongcheng_2020_q1q3
    text = ("网上零售额同比增长31.5%，限额以上批发和零售业零售额下降14.2%，住宿和餐饮业零售额下降35.6%，"
            "降幅较上半年分别收窄4.1个和9.3个百分点。")
    assert names(text)[3:] == [("限额以上批发和零售业零售额", "pp_diff", 4.1), ("住宿和餐饮业零售额", "pp_diff", 9.3)]


def test_respective_changes_after_a_list_keep_its_items():
    # constructed xicheng_2021_h1
    text = "批发和零售业、房地产业税收分别下降4.8％和15.2％，降幅较一季度分别收窄3.1个和6.5个百分点。"
    assert [n for n, m, _ in names(text) if m == "pp_diff"] == ["批发和零售业税收", "房地产业税收"]


def test_a_head_after_an_owner_with_a_head_replaces_it():
    # constructed changping_2021_fy
    text = ("草莓种植面积达到0.52万亩,产量约1.1万吨,实现产值4.3亿元;苹果种植面积合计3.8万亩,总产量2.6万吨,较上年减少3.5%,"
            "受灾减产面积不足2000亩。")
    assert [n for n, _, _ in names(text)][:5] == ["草莓种植面积", "草莓产量", "草莓产值", "苹果种植面积", "苹果总产量"]


def test_a_quoted_number_names_what_a_head_clause_builds():
    assert names("构建“3+1”现代产业体系，产业规模达到1500亿元。") == [("“3+1”现代产业体系", "level", 1.5e11)]
    assert names("加快构建“2+3”产业格局，规模达到1500亿元。")[0][0] == "“2+3”产业格局"
