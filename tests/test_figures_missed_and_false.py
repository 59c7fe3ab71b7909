"""Figures the extractor let pass and numbers it took for figures, found by scanning every number of the real
excerpts, the unseen examples and the work reports of 1993–2025 against the facts read from it.

Each sentence is copied verbatim from the text named in its test.
"""

from __future__ import annotations

from _sentences import fact_at, facts

# -- 亿 as a word of size: 近亿人次, 上亿人, 数亿人 (as 近万人, 上万人, 数万家) -----------------------------------

def test_nearly_a_hundred_million_trips():
    # work report 2014
    f = fact_at("推动高铁、核电等技术装备走出国门，对外投资大幅增加，出境旅游近亿人次。", "亿人次")
    assert (f["indicator"], f["measure"], f["value"], f["unit"], f["qualifier"]) == (
        "出境旅游", "level", 1e8, "人次", "nearly")


def test_over_a_hundred_million_people():
    # work report 2018
    f = fact_at("棚户区住房改造2600多万套，农村危房改造1700多万户，上亿人喜迁新居。", "亿人")
    assert (f["measure"], f["value"], f["unit"], f["qualifier"]) == ("level", 1e8, "人", "over")


def test_hundreds_of_millions_is_a_word_of_size_before_a_counted_noun():
    # work report 2022: 数亿人 is a count as 数万家 is; 上亿市场主体 too, as 上千万家庭 is: 市场主体 are counted in 户
    f = facts("上亿市场主体承载着数亿人就业创业，宏观政策延续疫情发生以来行之有效的支持路径和做法。")
    assert list(f["raw_value"]) == ["上亿", "数亿"]
    assert list(zip(f["unit"], f["qualifier"], strict=True)) == [("户", "over"), ("人", "over")]


def test_hundreds_of_millions_of_people_is_no_figure():
    # work report 1994: 亿万人民 is a way of saying "the people"
    assert facts("改革开放和现代化建设是亿万人民群众的事业，必须全心全意依靠工人阶级和广大人民群众，"
                 "充分发扬民主，把群众的积极性发挥好、保护好、引导好。").empty


# -- the days left before a date: 只有１２２天了 counts the calendar, not a quantity ------------------------------

def test_days_left_before_a_date_are_no_figure():
    # work report 1997 (the sentence after 去年年底，…: no figure of it takes the year reviewed, nor any period)
    assert facts("现在，离香港回归祖国只有１２２天了，各项准备工作正在有条不紊地进行。").empty


def test_days_left_counted_from_today_are_no_figure():
    # work report 1995
    assert facts("从今天起，到１９９７年７月１日我国对香港恢复行使主权，只有８４９天了。").empty


def test_days_a_task_takes_stay_a_figure():
    # nanshan_sz_2023_gwr_digest: the days the station took to build are no countdown
    f = fact_at("针对境外输入风险,14天建成超15万平方米的综合接驳站,强化大口岸区域全要素、全对象、全时空管理。",
                "15万平方米")
    assert (f["value"], f["unit"], f["qualifier"]) == (150000.0, "平方米", "over")


# -- five-year plans counted: 三个五年计划 is a span of fifteen years, no quantity ------------------------------

def test_five_year_plans_counted_are_a_span_of_time():
    # work report 1955
    assert facts("按照我国的实际情况，完成这个过渡时期的总任务，除了恢复时期的三年以外，大概还需要十五年左右的时间，"
                 "即大概需要三个五年计划。").empty

