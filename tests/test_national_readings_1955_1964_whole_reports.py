"""Readings of the national work reports of 1955 and 1964, read whole in text order, on their verbatim sentences.

- A count of a part of a set said by its clause is named with the set's noun when a word of time or status stands
  between 的 and 有 (分布在内地的将有四百七十二个), as when none does (其中本年开始建设的２７１个).
- A clause saying which year it speaks of (我国历史上钢铁生产的最高年份是一九四三年，) dates the figures after it in
  its sentence: the year carried from the sentence before is not theirs.
- A share set out "by the rule of" a numbered five-year plan (按照第一个五年计划的规定，…) is planned, of that plan's
  years, as one after 第一个五年计划规定 is.
- A yearly output (年产生铁…) a plant grows to is named from 年产, not from the clause that reaches it (它的生产规模可以
  扩大到); the bare products listed after it in its unit are its yearly output too (钢… → 年产钢): not keyed as the
  whole country's output.
- A bare span of five years a 在 frame opens (在五年经济建设和文化教育建设的支出总数中，) is the plan's years, as 五年 opening
  the clause is (五年基本建设的投资…).
- The noun a count quantifies ends before 中的 (the part of it said next), a dash and 的过程中 (the frame the count is
  in): 一百五十六个工业单位中的主要部分——第二批… counts 工业单位, 在执行两个年度计划的过程中又取得了… counts 年度计划.
- A bare size of a built thing (全长, 可蓄水, 总投资) right after a first clause that only names the thing (…通车的康藏
  公路和青藏公路，) is the thing's: named with it, past what is said of it before its last 的.
- A year after only the place the report is of and 在, before 的 and a name or a comma (我国在一九五二年的粮食产量,
  我国在一九○七年，), opens its clause as one printed first does: the figures after it are of that year.
"""

from __future__ import annotations

import pytest
from _sentences import fact
from _work_reports import WorkReports

REPORTS = WorkReports()

S1955_SPREAD = ("根据这样的方针，五年内开始建设的限额以上的六百九十四个工业建设单位，分布在内地的将有四百七十二个，"
                "分布在沿海各地的将有二百二十二个。")


@pytest.mark.parametrize(("printed", "name"), [("四百七十二个", "分布在内地的工业建设单位"),
                                                ("二百二十二个", "分布在沿海各地的工业建设单位")])
def test_a_part_said_by_its_clause_keeps_the_sets_noun_across_jiang(printed, name):
    # national work report 1955 (on the first five-year plan)
    f = fact(S1955_SPREAD, printed)
    assert f["indicator"] == name
    assert f["status"] == "target"


@pytest.mark.parametrize("printed", ["四百七十二个", "二百二十二个"])
def test_a_part_said_by_its_clause_in_the_whole_report(printed):
    # national work report 1955
    f = REPORTS.fact_at(1955, "分布在内地的将有四百七十二个，分布在沿海各地的将有二百二十二个", printed)
    assert f["indicator"].endswith("的工业建设单位")
    assert (f["status"], f["period"]) == ("target", "1953-1957年")


@pytest.mark.parametrize("printed", ["一百八十万吨", "九十万吨"])
def test_a_year_the_clause_says_it_is_of_dates_its_sentence(printed):
    # national work report 1955: the sentence before is 一九三六年全国钢产量超过四十万吨，…
    f = REPORTS.fact_at(1955, "我国历史上钢铁生产的最高年份是一九四三年，出产生铁一百八十万吨，钢九十万吨", printed)
    assert f["period"] == "一九四三年"


def test_a_year_the_clause_says_it_is_of_holds_in_its_sentence_only():
    # national work report 1955, two sentences of it with a third of the same shape after them
    text = ("一九三六年全国钢产量超过四十万吨。我国历史上钢铁生产的最高年份是一九四三年，出产生铁一百八十万吨，钢九十万吨，"
            "而其中绝大部分是在日本侵占下的东北。全国生铁产量只有二十四万六千吨。")
    assert fact(text, "一百八十万吨")["period"] == "一九四三年"
    assert fact(text, "二十四万六千吨")["period"] != "一九四三年"


@pytest.mark.parametrize("printed", ["百分之八十八点八", "百分之十一点二"])
def test_a_share_by_the_rule_of_a_five_year_plan_is_planned_for_its_years(printed):
    # national work report 1955
    f = REPORTS.fact_at(1955, "按照第一个五年计划的规定，在工业基本建设投资中，制造生产资料工业的投资占百分之八十八点八；"
                              "制造消费资料工业的投资占百分之十一点二", printed)
    assert (f["status"], f["period"], f["measure"]) == ("target", "1953-1957年", "rate_pct")


S1955_ANSHAN = ("这个我国最大的钢铁联合企业，在改建完成以后，它的生产规模可以扩大到年产生铁二百五十万吨，钢三百二十二万吨，"
                "钢材二百四十八万吨。")


@pytest.mark.parametrize(("printed", "name"), [("二百五十万吨", "年产生铁"), ("三百二十二万吨", "年产钢"),
                                                ("二百四十八万吨", "年产钢材")])
def test_the_items_of_a_yearly_output_list_keep_its_yearly_output_word(printed, name):
    # national work report 1955 (鞍山钢铁联合企业)
    f = fact(S1955_ANSHAN, printed)
    assert f["indicator"] == name
    assert f["indicator_key"] == ""


@pytest.mark.parametrize("printed", ["四百二十七亿四千万元", "百分之五十五点八"])
def test_a_bare_five_years_in_a_zai_frame_is_the_plans_span(printed):
    # national work report 1955: the sentence before is 在五年内，全国经济建设和文化教育建设的支出总数为…
    f = REPORTS.fact_at(1955, "在五年经济建设和文化教育建设的支出总数中，属于基本建设投资的是四百二十七亿四千万元，"
                              "占支出总数的百分之五十五点八", printed)
    assert (f["status"], f["period"]) == ("target", "1953-1957年")
    assert f["indicator_key"] == "capital_construction_investment"


def test_a_counted_noun_ends_before_zhongde_and_a_dash():
    # national work report 1955
    f = REPORTS.fact_at(1955, "苏联帮助我国建设的一百五十六个工业单位中的主要部分——第二批九十一个单位", "一百五十六个")
    assert f["indicator"] == "苏联帮助我国建设的工业单位"


def test_a_counted_noun_ends_before_the_frame_of_a_process():
    # national work report 1955
    f = REPORTS.fact_at(1955, "在执行两个年度计划的过程中又取得了不少的经验", "两个")
    assert f["indicator"] == "年度计划"


@pytest.mark.parametrize(("phrase", "printed", "name"), [
    ("五年内继续进行建设并已在一九五四年通车的康藏公路和青藏公路，全长共有四千三百多公里", "四千三百多公里",
     "康藏公路和青藏公路全长"),
    ("在一九五四年已经建设完成的官厅水库，可蓄水二十三亿立方公尺", "二十三亿立方公尺", "官厅水库可蓄水"),
])
def test_a_bare_size_is_of_the_built_thing_the_sentence_opens_with(phrase, printed, name):
    # national work report 1955
    f = REPORTS.fact_at(1955, phrase, printed)
    assert f["indicator"] == name


@pytest.mark.parametrize("printed", ["三千二百七十八亿斤", "二千六百万担"])
def test_a_year_after_the_place_and_zai_dates_its_clause(printed):
    # national work report 1955
    f = REPORTS.fact_at(1955, "我国在一九五二年的粮食产量就达到三千二百七十八亿斤，棉花产量达到二千六百万担", printed)
    assert f["period"] == "一九五二年"


def test_a_year_after_the_place_and_zai_set_off_by_a_comma_dates_its_sentence():
    # national work report 1955
    f = fact("我国在一九○七年，才建设起一个汉阳钢铁厂，当年的钢产量只有八千五百多吨。", "八千五百多吨")
    assert f["period"] == "一九○七年"


def test_a_year_after_the_place_and_zai_dates_no_clause_after_its_verb():
    # national work report 1955: 我国在一九五二年已经完成了国民经济的恢复工作 dates no count after it
    f = REPORTS.fact_at(1955, "苏联帮助我国建设的第一批五十个单位，早在一九五○年就已经确定", "五十个")
    assert f["period"] != "一九五二年"
