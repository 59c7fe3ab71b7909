"""A verb of change printed once before a comma list of amounts is of every item of the list.

In 全国大约损失工业总产值一千亿元，钢产量二千八百万吨，财政收入四百亿元 the steel and the revenue are lost as the output
is, not levels of output and revenue: each bare ``noun + amount`` item after a comma takes the verb of the list's first
item (``list_change_verbs``), up to a clause with a verb of its own, and the qualifier printed before the verb
(大约). Each real sentence is copied verbatim from the report named in its comment; the short sentences marked as
fixtures are constructed shapes, not published text.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

import dhcheng_analysis as dh

# national work report 1978 (/work/shared/corpus/national_work_reports/1978.txt)
S1978_LOSS = ("从一九七四年到一九七六年，由于“四人帮”的干扰破坏，全国大约损失工业总产值一千亿元，钢产量二千八百万吨，"
              "财政收入四百亿元，整个国民经济几乎到了崩溃的边缘。")
# national work report 2018 (/work/shared/corpus/national_work_reports/2018.txt): the next item has a verb of its own
S2018_POVERTY = "今年再减少农村贫困人口1000万以上，完成易地扶贫搬迁280万人。"
# tests/gold/constructed/budget_2022_final/budget_2022_final.txt: a share after the saving is no saved amount
S2022_SAVING = ("五是推进政府采购提质增效，全年政府采购规模35.2亿元，节约资金1.6亿元，节约率4.3%，"
                "授予中小企业合同金额占比达到76.5%。")


@pytest.mark.parametrize(("printed", "name"), [
    ("一千亿元", "全国损失工业总产值"),
    ("二千八百万吨", "损失钢产量"),
    ("四百亿元", "损失财政收入"),
])
def test_each_item_of_a_loss_list_is_lost(printed, name):
    f = fact(S1978_LOSS, printed)
    assert (f["indicator"], f["measure"], f["indicator_key"]) == (name, "level", "")
    assert f["qualifier"] == "about"  # (大约 printed before the verb: every lost amount is approximate)


def test_the_lost_revenue_is_no_headline_revenue_of_1978(work_reports):
    report, facts_1978 = work_reports[1978]
    rows = dh.headline_indicators(report, facts_1978)
    revenue = rows[rows["indicator_key"] == "general_budget_revenue"]
    assert not (revenue["level"] == 4e10).any(), revenue[["indicator", "level"]]


def test_an_item_with_a_verb_of_its_own_keeps_its_reading():
    f = fact(S2018_POVERTY, "280万人")
    assert (f["indicator"], f["measure"], f["value"]) == ("易地扶贫搬迁", "level", 2.8e6)


def test_a_share_after_a_saving_is_no_saving():
    saved, rate = fact(S2022_SAVING, "1.6亿元"), fact(S2022_SAVING, "4.3%")
    assert (saved["indicator"], saved["measure"]) == ("节约资金", "level")
    assert rate["measure"] == "rate_pct" and rate["indicator"] == "节约率"


def test_fixture_an_output_gain_list_is_a_gain_of_each_product():
    f = facts("今年共增产粮食100万吨，棉花200万担，油料30万吨。")
    assert list(f["indicator"]) == ["粮食产量", "棉花产量", "油料产量"]
    assert list(f["measure"]) == ["abs_change"] * 3


def test_fixture_a_cut_list_runs_until_a_clause_of_its_own():
    f = facts("全区减少支出3亿元，会议费200万元，培训费100万元，新增就业200人。")
    assert list(f["value"][:3]) == [-3e8, -2e6, -1e6]
    assert list(f["measure"]) == ["abs_change"] * 3 + ["level"]
    assert f["indicator"].iloc[3] == "新增就业"


def test_fixture_a_change_without_an_object_heads_no_list():
    f = facts("财政支出比上年减少3亿元，会议费200万元。")
    assert (f["indicator"].iloc[1], f["measure"].iloc[1], f["value"].iloc[1]) == ("会议费", "level", 2e6)


# national work report 1982 (/work/shared/corpus/national_work_reports/1982.txt): an area enlarged, as the first item is
S1982_PONDS = "建设一批畜禽良种场、饲养场和饲料加工厂。五年内扩大淡水养殖面积一千六百万亩，海水养殖面积八十万亩。"
# fixture (a constructed shape of a district report): things added, named with 新增 as the first item is
ADDED_POSTS = "全年增加城镇就业岗位5000个，农村就业岗位2000个。"


@pytest.mark.parametrize(("text", "printed", "name", "measure"), [
    (S1982_PONDS, "一千六百万亩", "淡水养殖面积", "abs_change"),
    (S1982_PONDS, "八十万亩", "海水养殖面积", "abs_change"),
    (ADDED_POSTS, "5000个", "新增城镇就业岗位", "level"),
    (ADDED_POSTS, "2000个", "新增农村就业岗位", "level"),
])
def test_an_enlarging_or_adding_verb_is_of_every_item(text, printed, name, measure):
    f = fact(text, printed)
    assert (f["indicator"], f["measure"]) == (name, measure)
    assert f["value"] > 0
