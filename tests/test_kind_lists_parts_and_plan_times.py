"""Names, status and periods read from the whole 1958 work report, in text order.

A report of the 1950s names what it counts of each kind of school once, ahead of the list of kinds
(招生人数将为：高等学校…，小学…): each item is that count of its kind, not the schools. A count after 有 that
goes on with 是 (有三十一个是煤矿) is a part of what the clause before counts, not a stock the plan starts from.
A sentence naming this year (在讨论今年计划草案的时候) between two figures ends the period held from the earlier
one. A figure set 作为奋斗目标 is a target. Sentences are copied from the report named in each comment.
"""

from __future__ import annotations

import pytest
from _sentences import fact

# national work report 1958
S_ENROL = ("在一九五八年，国家开办的学校，招生人数将为：高等学校十万九千人，中等专业学校十五万三千人，"
           "普通中学二百零七万六千人，小学二千零十七万人。群众自办的学校的招生人数，大致估算为：高中一万人，"
           "初中十八万人，小学二百五十六万人。")
# national work report 1958
S_STUDENTS = ("一九五七年的在校学生人数，比一九五六年，高等学校增长百分之九点七，普通中学增长百分之十五，"
              "小学增长百分之五点五。")


@pytest.mark.parametrize(("text", "printed", "name"), [
    (S_ENROL, "十万九千人", "高等学校招生人数"),
    (S_ENROL, "二千零十七万人", "小学招生人数"),
    (S_ENROL, "一万人", "高中招生人数"),
    (S_ENROL, "二百五十六万人", "小学招生人数"),
    (S_STUDENTS, "百分之九点七", "高等学校在校学生人数"),
    (S_STUDENTS, "百分之五点五", "小学在校学生人数"),
])
def test_each_kind_of_school_listed_takes_the_count_named_before(text, printed, name):
    assert fact(text, printed)["indicator"] == name


def test_a_count_after_you_going_on_with_shi_is_a_part_of_the_plan(work_reports):
    # national work report 1958: 地方建设的三十二个项目，有三十一个是煤矿，其中新开工矿井的设计能力为年产煤七百零一万吨。
    f = work_reports.fact_at(1958, "有三十一个是煤矿", "三十一个")
    assert (f["status"], f["period"]) == ("target", "1958年")
    f = work_reports.fact_at(1958, "年产煤七百零一万吨", "七百零一万吨")
    assert (f["status"], f["period"]) == ("target", "1958年")


def test_a_sentence_naming_this_year_ends_the_period_held_before(work_reports):
    # national work report 1958: 武昌车辆厂一九五七年上半年出勤率…。…在讨论今年计划草案的时候，也有许多这样动人的
    # 范例。拿北京京西矿务局来说，…原定的煤炭产量的指标是二百八十五万吨，比上年增长百分之二十一，…
    for printed in ("二百八十五万吨", "百分之二十一"):
        f = work_reports.fact_at(1958, "原定的煤炭产量的指标是二百八十五万吨，比上年增长百分之二十一", printed)
        assert (f["status"], f["period"]) == ("target", "1958年")


def test_a_figure_set_as_a_goal_is_a_target(work_reports):
    # national work report 1958: 而且职工们还提出了再超额生产煤炭十五万吨，作为奋斗目标。
    f = work_reports.fact_at(1958, "再超额生产煤炭十五万吨，作为奋斗目标", "十五万吨")
    assert (f["status"], f["period"]) == ("target", "1958年")
