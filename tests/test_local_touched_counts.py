"""A count after 涉及 opening its clause is named as a count of what 惠及 reaches: what touches the things counted,
the verb, 的 and the noun (上半年全区共办理留抵退税12.5亿元，涉及企业860户 → 留抵退税涉及的企业), when the clause before
names it; with nothing before that names it, the noun alone, as before (涉及职工21473人).

The constructed district texts print the shape (tests/gold/constructed/…, the file in the comment of each case);
the refund's sentence is a regression fixture written in the style of district reports.
"""

from __future__ import annotations

import pytest
from _sentences import fact

REVIEW_HEAD = "关于2023年国民经济和社会发展计划执行情况的报告\n\n一、2023年工作回顾\n\n"


@pytest.mark.parametrize(("text", "printed", "name"), [
    ("上半年全区共办理留抵退税12.5亿元，涉及企业860户。", "860户", "留抵退税涉及的企业"),
    ("全年发放稳岗返还资金1.2亿元，涉及企业2300家。", "2300家", "稳岗返还资金涉及的企业"),
    # tests/gold/constructed/fengtai_2020_h1/fengtai_2020_h1.txt
    ("发放援企稳岗补贴8640万元，涉及职工11.7万人。", "11.7万人", "援企稳岗补贴涉及的职工"),
    # tests/gold/constructed/tianhe_2021_q1/tianhe_2021_q1.txt
    ("完成老旧小区微改造12个,涉及居民6800户;整治黑臭水体3条,完成年度任务的一半。", "6800户", "老旧小区微改造涉及的居民"),
    # tests/gold/constructed/haidian_2021_h1/haidian_2021_h1.txt: each item of the verb's list
    ("完成老旧小区综合整治23个，涉及居民楼136栋、居民5862户，改造面积约41.5万平方米；", "136栋", "老旧小区综合整治涉及的居民楼"),
    ("完成老旧小区综合整治23个，涉及居民楼136栋、居民5862户，改造面积约41.5万平方米；", "5862户", "老旧小区综合整治涉及的居民"),
])
def test_a_count_touched_is_named_by_what_touches_it(text, printed, name):
    assert fact(REVIEW_HEAD + text, printed)["indicator"] == name


@pytest.mark.parametrize(("text", "printed", "name"), [
    # tests/gold/constructed/fengtai_2022_h1/fengtai_2022_h1.txt
    ("开展“以工代训”,指导836家企业开展职业技能培训,涉及职工21473人,累计发放培训补贴956.4万元。", "21473人", "职工"),
    # tests/gold/constructed/budget_2023/budget_2023.txt
    ("完成2022年度部门整体支出绩效评价全覆盖，涉及部门96个。", "96个", "部门"),
    ("落地项目17个，涉及资金超38亿元。", "38亿元", "落地项目资金"),
    # regression fixture in the style of district reports: the item after the first of a 涉及 list with no owner is
    # not named by the item before it
    ("推进棚户区改造，涉及居民楼136栋、居民5862户。", "5862户", "居民"),
    # regression fixture in the style of district reports: a sum its clause neither pays nor does (a fine collected)
    # touches none of the firms counted after it
    ("查处违法案件326件，罚没款1200万元，涉及企业45家。", "45家", "企业"),
])
def test_with_nothing_named_before_the_noun_stays(text, printed, name):
    assert fact(REVIEW_HEAD + text, printed)["indicator"] == name
