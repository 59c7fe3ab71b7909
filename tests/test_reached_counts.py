"""A count of what 惠及 or 覆盖 reaches is named by the verb, 的 and what it reaches, one convention whether the
noun is printed before the count (惠及企业2860家), after it (惠及近千万家庭) or not at all (惠及2100多万人 → 惠及的人),
with what reaches them before the verb when the clause before names it, the sum it pays or the programme it enacts
(发放援企稳岗补贴1.36亿元，惠及企业2860家 → 援企稳岗补贴惠及的企业) or the works it counts (新开工改造城镇老旧小区5.6万个 →
城镇老旧小区改造惠及的家庭);
an item of a list after the pause mark shares the verb (、职工10.2万人次 → 惠及的职工); a quantity after the verb
(覆盖人数) is no object reached.
"""

from __future__ import annotations

import pytest
from _sentences import fact


@pytest.mark.parametrize(
    ("text", "printed", "indicator"),
    [
        # national work report 2022
        ("新开工改造城镇老旧小区5.6万个，惠及近千万家庭。", "千万", "城镇老旧小区改造惠及的家庭"),
        # national work report 2018
        ("建立困难和重度残疾人“两项补贴”制度，惠及2100多万人。", "2100", "困难和重度残疾人“两项补贴”制度惠及的人"),
        # dongcheng district report 2021 h1
        ("援企稳岗精准有效，发放援企稳岗补贴1.36亿元，惠及企业2860家、职工10.2万人次。", "2860", "援企稳岗补贴惠及的企业"),
        ("援企稳岗精准有效，发放援企稳岗补贴1.36亿元，惠及企业2860家、职工10.2万人次。", "10.2", "援企稳岗补贴惠及的职工"),
        # national work report 2011
        ("全面建立城镇居民基本医疗保险制度、新型农村合作医疗制度，惠及4.32亿城镇职工和城镇居民、8.35亿农村居民。", "8.35",
         "城镇居民基本医疗保险制度、新型农村合作医疗制度惠及的农村居民"),
        # national work report 2014
        ("县级公立医院综合改革试点扩大到1000个县，覆盖农村5亿人口。", "5亿", "县级公立医院综合改革试点覆盖的农村人口"),
        # national work report 2002: a quantity, not an object reached
        ("城市居民最低生活保障的覆盖人数，由年初的４００多万人扩大到年末的１１２０多万人。", "１１２０", "城市居民最低生活保障的覆盖人数"),
    ],
)
def test_a_count_reached_is_named_by_the_verb_and_what_it_reaches(text, printed, indicator):
    assert fact(text, printed)["indicator"] == indicator
