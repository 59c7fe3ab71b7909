"""A plan or forecast word after the owner a name opens with, right before the verb of the plan (拖拉机站计划增加拖拉机,
区属国企计划完成投资), is the figure's status, not a part of its name, as it is at the head of a name; in a relative
clause before 的 (今后八年计划建设的大型项目) it names what the plan covers and stays. A year printed without its 年
at a name's head (一九五八粮食的指标) is the plan's time, no part of the name either."""

from __future__ import annotations

import pytest
from _sentences import fact_at as _at


def test_a_plan_word_after_the_owner_leaves_the_name(work_reports):
    # 1958, the plan for 1958
    f = work_reports.fact_at(1958, "一九五八年农业机器拖拉机站计划增加拖拉机一千四百五十七台", "一千四百五十七台")
    assert (f["indicator"], f["status"], f["period"]) == ("农业机器拖拉机站增加拖拉机", "target", "一九五八年")


def test_a_plan_word_in_a_relative_clause_stays(work_reports):
    # 1978
    f = work_reports.fact_at(1978, "对国家今后八年计划建设的一百二十个大型项目", "一百二十个")
    assert f["indicator"] == "国家今后八年计划建设的大型项目"


@pytest.mark.parametrize(("text", "printed", "name", "status"), [
    ("2024年，区属国企计划完成投资50亿元。", "50亿", "区属国企投资", "target"),
    ("2024年，区属国企计划实现营业收入50亿元。", "50亿", "区属国企营业收入", "target"),
    ("2024年，区属企业预计增加充电桩1457个。", "1457", "区属企业增加充电桩", "estimate"),
])
def test_a_plan_word_after_an_owner_in_a_district_form(text, printed, name, status):
    # constructed district sentences of the same shape
    f = _at(text, printed)
    assert (f["indicator"], f["status"]) == (name, status)


def test_a_year_in_chinese_numerals_printed_without_nian_heads_no_name(work_reports):
    # 1958: 一九五八粮食的指标 (年 dropped in print) is the grain target of 1958, keyed as grain output
    phrase = "一九五八粮食的指标为三千九百二十亿斤，比上一年增加二百二十亿斤，增长百分之五点九"
    for printed in ("三千九百二十亿斤", "二百二十亿斤", "百分之五点九"):
        f = work_reports.fact_at(1958, phrase, printed)
        assert (f["indicator"], f["indicator_key"], f["status"]) == ("粮食", "grain_output", "target"), printed
