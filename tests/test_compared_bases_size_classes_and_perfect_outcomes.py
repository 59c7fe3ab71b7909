"""Three readings of figures whose clause frames them:

- a level set as the base of a comparison (``同…一九五零年的一百七十亿元作比较``, ``与2019年同期的60.1亿元相比``) is a
  level of the thing named before, and so is the change after it — not the 同 frame, nor the closing 相比;
- a count of a size class (``其中限额以上的有九百二十一个``) names the class of the things counted before
  (限额以上工矿建设单位), not a bare 限额;
- in a part of a work report that plans, a figure a perfective verb reaches (``成立了二十九个``, ``增加了六倍以上``) is
  an outcome, not a target of the year planned.

The sentences of the national work reports are verbatim (1959); those marked as written are regression fixtures in
the form of a district report.
"""

from __future__ import annotations

import pytest
from _sentences import fact_at

S1959_RETAIL = ("如前所说，一九五九年的社会商品零售总额将达到六百五十亿元，比一九五八年增长百分之十九；如果同建国初期的"
                "一九五零年的一百七十亿元作比较，则增长二点八倍；同第一个五年计划的第一年——一九五三年的三百四十八亿元作比较，"
                "也增长了百分之八十七。")
S1959_UNITS = ("五年内施工的工矿建设单位有一万多个，其中限额以上的有九百二十一个，比计划规定的单位数多二百二十七个；"
               "到一九五七年底，全部建成和部分建成而投入生产的限额以上的工矿建设单位有五百三十七个。")


@pytest.mark.parametrize(("printed", "measure", "period"), [
    ("一百七十亿", "level", "一九五零年"),
    ("二点八", "change_pct", "一九五九年"),
    ("三百四十八亿", "level", "一九五三年"),
    ("百分之八十七", "change_pct", "一九五九年"),
])
def test_a_base_compared_with_is_a_level_of_the_thing_named_before(printed: str, measure: str, period: str) -> None:
    # national work report 1959
    f = fact_at(S1959_RETAIL, printed)
    assert (f["indicator"], f["measure"], f["period"]) == ("社会商品零售总额", measure, period)


def test_a_base_compared_with_after_a_level_in_a_district_sentence() -> None:
    # written in the form of a district report (regression fixture)
    text = "全区一般公共预算收入完成56.2亿元，与2019年同期的60.1亿元相比，下降6.5%。"
    base, fall = fact_at(text, "60.1"), fact_at(text, "6.5%")
    assert (base["indicator"], base["measure"]) == ("一般公共预算收入", "level")
    assert (fall["indicator"], fall["measure"], fall["comparator"]) == ("一般公共预算收入", "change_pct", "2019年同期")


@pytest.mark.parametrize(("printed", "measure"), [("九百二十一", "level"), ("二百二十七", "abs_change")])
def test_a_size_class_counted_names_the_class_of_the_things_before(printed: str, measure: str) -> None:
    # national work report 1959
    f = fact_at(S1959_UNITS, printed)
    assert (f["indicator"], f["measure"]) == ("限额以上工矿建设单位", measure)


def test_a_size_class_counted_in_a_district_sentence() -> None:
    # written in the form of a district report (regression fixture)
    assert fact_at("全区共有工业企业560家，其中规模以上的有120家。", "120")["indicator"] == "规模以上工业企业"


@pytest.mark.parametrize(("phrase", "printed"), [
    ("自治区内成立了二十九个自治州，五十四个自治县", "二十九"),
    ("自治区内成立了二十九个自治州，五十四个自治县", "五十四"),
    ("小学生增加了六倍以上，中等学校学生增加了七十九倍，高等学校学生增加了二十七倍", "六倍"),
    ("小学生增加了六倍以上，中等学校学生增加了七十九倍，高等学校学生增加了二十七倍", "二十七倍"),
])
def test_a_figure_a_perfective_verb_reaches_in_a_plan_part_is_an_outcome(work_reports, phrase: str,
                                                                         printed: str) -> None:
    # national work report 1959, 四、关于国家的政治生活 (a top-level part after the plan, read as planning)
    f = work_reports.fact_at(1959, phrase, printed)
    assert f["status"] == "actual"
    assert "year_inferred" not in str(f["flags"])


def test_a_figure_a_plan_verb_with_its_perfective_sets_stays_a_target(work_reports) -> None:
    # national work report 1958: 安排了 sets the figures, however perfective
    f = work_reports.fact_at(1958, "分别安排了一百四十四万担和一百四十五万七千担的产量", "一百四十四万")
    assert f["status"] == "target"
