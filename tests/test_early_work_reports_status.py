"""Status of the figures of the national work reports of 1954–1988, on verbatim sentences.

The plan-era reports say the future with 将 before 为, 达 and 占 (``年产能力将为六百一十万吨``, ``將達十四萬多公里``,
``农户将占全国农户总数的三分之一左右``): a plan's figure, unless an estimate word (预计) says it before or the
subject is a number the plan only expects (高校毕业生). Each test is a sentence copied from the report named in its
comment.
"""

from __future__ import annotations

import pytest
from _sentences import fact


@pytest.mark.parametrize(("text", "printed", "name", "status"), [
    # national work report 1955
    ("钢：全部建成后增加的年产能力将为六百一十万吨，五年内增加的年产能力为二百五十三万吨。",
     "六百一十万吨", "钢全部建成后增加的年产能力", "target"),
    ("汽车：全部建成后的年产能力将为九万辆，五年内达到的年产能力为三万辆。",
     "九万辆", "汽车全部建成后的年产能力", "target"),
    ("根据几年来互助合作运动的经验和各地方已经达到的成就，第一个五年计划规定，"
     "参加现有的初级形式的农业生产合作社的农户将占全国农户总数的三分之一左右。",
     "三分之一", "参加现有的初级形式的农业生产合作社的农户", "target"),
    # national work report 1954 (traditional characters: 將達)
    ("全國公路的通車里程今年將達十四萬多公里。", "十四萬多公里", "全國公路的通車里程", "target"),
    # national work report 2003
    ("今年中央财政预算用于支持这项改革的资金将达305亿元。", "305亿元", None, "target"),
])
def test_future_word_before_a_figure_is_a_plan(text, printed, name, status):
    f = fact(text, printed)
    assert f["status"] == status
    if name is not None:
        assert f["indicator"] == name


@pytest.mark.parametrize(("text", "printed"), [
    # national work report 1954: 預計 before 將達
    ("農業生産合作社在今年八月已經發展到十萬個，預計明年春耕時將達五十萬個以上，參加的農戶將達一千萬戶以上。",
     "五十萬個"),
    ("農業生産合作社在今年八月已經發展到十萬個，預計明年春耕時將達五十萬個以上，參加的農戶將達一千萬戶以上。",
     "一千萬戶"),
    # national work report 2014: a number the plan expects
    ("今年高校毕业生将达727万人，要开发更多就业岗位，实施不间断的就业创业服务，提高大学生就业创业比例。", "727万人"),
])
def test_future_word_after_an_estimate_or_of_an_expected_number_is_an_estimate(text, printed):
    assert fact(text, printed)["status"] == "estimate"



# -- a from-value after a year printed in Chinese numerals or full-width digits ------------------------------

@pytest.mark.parametrize(("text", "printed", "status", "period"), [
    # national work report 1955: the start of a planned rise is the level of its base year, reached
    ("到一九五七年，现代工业在工业农业总产值中的比重，将由一九五二年的百分之二十六点七上升到百分之三十六。",
     "百分之二十六点七", "actual", "一九五二年"),
    ("到一九五七年，现代工业在工业农业总产值中的比重，将由一九五二年的百分之二十六点七上升到百分之三十六。",
     "百分之三十六", "target", "一九五七年"),
    # national work report 1982: a second pair takes the years of the first
    ("全国高等学校由一九八○年的六百七十五所增加到一九八二年的七百二十九所，招生数由二十八万人增加到三十一万人。",
     "二十八万人", "actual", "一九八○年"),
    ("全国高等学校由一九八○年的六百七十五所增加到一九八二年的七百二十九所，招生数由二十八万人增加到三十一万人。",
     "三十一万人", "actual", "一九八二年"),
    # national work report 1983
    ("在工农业总产值中，农业所占比重由一九七八年的百分之二十七点八提高到一九八二年的百分之三十三点六，"
     "轻工业所占比重由百分之三十一点一提高到百分之三十三点四。", "百分之三十一点一", "actual", "一九七八年"),
])
def test_from_value_after_a_chinese_numeral_year(text, printed, status, period):
    f = fact(text, printed)
    assert (f["status"], f["period"]) == (status, period)


# -- 要…，做到…: what the clause after 要 is to bring about ------------------------------------------------------

@pytest.mark.parametrize(("text", "printed", "status"), [
    # national work report 1978, 三、加快社会主义经济建设
    ("同时，要在生产发展的基础上逐步改善人民生活，做到在正常年景下百分之九十的社员收入逐年有所增加，"
     "在完成国家计划的前提下逐步提高职工工资收入。", "百分之九十", "target"),
    # written: the shape in a district's plan
    ("要强化源头治理，做到90%以上的矛盾纠纷在基层化解。", "90%", "target"),
    # written: what was brought about stays an outcome
    ("强化源头治理，做到了90%以上的矛盾纠纷在基层化解。", "90%", "actual"),
])
def test_what_a_plan_is_to_bring_about_with_zuodao_is_a_target(text, printed, status):
    assert fact(text, printed)["status"] == status


# -- a time named only as a likeness (象去年那样) tells no status ----------------------------------------------

# national work report 1957: the title and date line that give the report's years (1956 reviewed, 1957 planned)
_HEAD_1957 = "政府工作报告\n\n1957年6月26日在第一届全国人民代表大会第四次会議上\n\n周恩来\n\n"


@pytest.mark.parametrize(("printed", "status"), [
    ("百分之二", "target"),
    ("百分之四", "target"),  # 为了避免象去年那样…: last year is what the cut is to keep from repeating, no time of it
])
def test_year_named_as_a_likeness_is_no_outcome_word(printed, status):
    # national work report 1957
    text = _HEAD_1957 + ("　　1957年的国家预算收入比1956年增长近百分之二；为了避免象去年那样在财政上出现赤字的现象，"
                         "国家预算支出比1956年减少百分之四。\n")
    f = fact(text, printed)
    assert f["status"] == status
    assert f["period"] == "1957年"


# -- a level whose next clause compares with the year the sentence before compares with ---------------------------

@pytest.mark.parametrize(("printed", "measure"), [
    ("一百一十一亿元", "level"),
    ("百分之二十", "yoy_pct"),
])
def test_level_parallel_to_the_sentence_before_takes_its_year(printed, measure):
    # national work report 1957: 基本建设投资 runs parallel to 农业总产值 before it, a figure of 1957, the year planned
    text = _HEAD_1957 + ("　　1957年的工业总产值比1956年将增长百分之四点五，达到六百零三亿元。农业总产值比1956年将增长百分之四点九，达到六百一十一亿元。基本建设投资缩减为一百一十一亿元，"
                         "它虽然比1956年减少百分之二十；但是比五年计划原定的1957年投资还多十四亿元，五年合计，"
                         "仍然超过五年计划原定数约五十亿元。\n")
    f = fact(text, printed)
    assert (f["indicator"], f["measure"], f["period"], f["status"]) == ("基本建设投资", measure, "1957年", "target")


# -- the share of the rest opening a sentence (其他的百分之…) is of the whole and the time of the share before -----------

def test_share_of_the_rest_takes_the_time_and_status_of_the_share_before():
    # national work report 1955
    text = ("报告\n\n二、第一个五年计划概要\n\n"
            "　　在五年内，全国经济建设和文化教育建设的支出总数为七百六十六亿四千万元，折合黄金七万万两以上。\n\n"
            "　　在五年经济建设和文化教育建设的支出总数中，属于基本建设投资的是四百二十七亿四千万元，"
            "占支出总数的百分之五十五点八。其他的百分之四十四点二，即三百三十九亿元；"
            "一部分用于基本建设所需要的资源勘探、工程勘测、工程设计和器材储备等。\n")
    share = fact(text, "百分之五十五点八")
    for printed in ("百分之四十四点二", "三百三十九亿元"):
        rest = fact(text, printed)
        assert (rest["indicator"], rest["period"], rest["status"]) == ("其他", "1953-1957年", share["status"])
