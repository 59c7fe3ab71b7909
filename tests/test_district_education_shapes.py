"""Figures of the education work report and of the education statistical bulletin (教育事业发展统计公报), as district
and county reports print them.

They count schools by level (幼儿园92所，小学58所，九年一贯制学校6所), pupils enrolled, admitted and graduated
(在校生, 招生, 毕业生), full-time teachers (专任教师) and pupils per teacher printed as a ratio to one (生师比15.2:1),
and print the rates of schooling (学前三年毛入园率, 九年义务教育巩固率, 高中阶段毛入学率) and the school places added
(新增学位). The rules: the base 1 of a ratio X:1 ends a member of a 分别 list of such ratios (分别为13.5:1、15.2:1),
whose items share the name the last one prints (幼儿园、小学、初中生师比: 幼儿园生师比; 比 there ends the name, no
comparison); a span of years heading 一贯制 is a kind of school (九年一贯制学校), as one heading 义务教育 is a kind of
schooling; 完成率 after 教育 is a rate of schooling completed (九年义务教育完成率), no completion of a target; the
standard rates and counts of schooling take their glossary keys.

Sentences written in the form of district reports, not real, are marked as regression fixtures; the real ones
are quoted with the file they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact

HEAD = "一、2023年全区教育事业发展基本情况\n"


# -- a 分别 list of ratios to one ------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "value"), [
    # regression fixture in the form of a district education bulletin (not real), modelled on the national reports'
    # 城乡居民收入比 printed as a ratio, and 义务教育巩固率由93.8%提高到95.5% (/work/shared/corpus/national_work_reports/2023.txt)
    ("全区幼儿园、小学、初中生师比分别为13.5:1、15.2:1、11.8:1。", "13.5", "幼儿园生师比", 13.5),
    # regression fixture, a variant (not real): the second member
    ("全区幼儿园、小学、初中生师比分别为13.5:1、15.2:1、11.8:1。", "15.2", "小学生师比", 15.2),
    # regression fixture, a variant (not real): the last member, which prints the name
    ("全区幼儿园、小学、初中生师比分别为13.5:1、15.2:1、11.8:1。", "11.8", "初中生师比", 11.8),
    # regression fixture, a variant (not real): two members joined by 和
    ("小学、初中生师比分别为15.2:1和11.8:1。", "11.8", "初中生师比", 11.8),
    # regression fixture, a variant (not real): a comparison after the list
    ("小学、初中、高中生师比分别为15.2:1、11.8:1和10.5:1，均低于全市平均水平。", "11.8", "初中生师比", 11.8),
])
def test_a_list_of_ratios_to_one_names_each_member(s, printed, name, value):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["measure"], f["value"]) == (name, "ratio", value)


@pytest.mark.parametrize(("s", "printed", "name", "measure"), [
    # regression fixture in the form of a district education bulletin (not real), modelled on the national reports'
    # 高等教育在学人数2500万人，毛入学率提高到 22％ (/work/shared/corpus/national_work_reports/2007.txt)
    ("全县小学、初中平均班额分别为38.2人和42.6人。", "38.2", "小学平均班额", "level"),
    # regression fixture, a variant (not real): a retention rate shared by the levels
    ("小学、初中巩固率分别为99.9%和99.2%。", "99.9", "小学巩固率", "rate_pct"),
    # regression fixture, a variant (not real): a ratio printed alone keeps its name
    ("全区小学生师比为15.2:1，初中生师比为11.8:1。", "11.8", "初中生师比", "ratio"),
])
def test_the_levels_of_schooling_share_the_name_the_last_prints(s, printed, name, measure):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["measure"]) == (name, measure)


# -- 九年一贯制 is a kind of school ------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district education bulletin (not real), modelled on the national reports'
    # 全面实现城乡九年免费义务教育 (/work/shared/corpus/national_work_reports/2013.txt)
    ("其中，幼儿园92所，小学58所，初中24所，九年一贯制学校6所，普通高中5所。", "6所", "九年一贯制学校"),
    # regression fixture, a variant (not real): after a bracket naming them
    ("全县共有中小学（含九年一贯制学校）56所，其中九年一贯制学校8所。", "8所", "九年一贯制学校"),
    # regression fixture, a variant (not real): twelve years
    ("全区共有十二年一贯制学校2所。", "2所", "十二年一贯制学校"),
])
def test_a_span_of_years_before_yiguanzhi_is_part_of_the_name(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


def test_a_span_of_years_heading_other_words_still_goes():
    # regression fixture, a variant (not real): 近五年 is a span the figure is of, no part of the name
    assert fact(HEAD + "近五年全区新增学位1.2万个。", "1.2万个")["indicator"] == "新增学位"


# -- 完成率 of schooling is a rate ---------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "measure"), [
    # regression fixture in the form of a district education bulletin (not real), modelled on the national reports'
    # 全国实现基本普及九年义务教育…的人口地区覆盖率…提高到2002年的91% (/work/shared/corpus/national_work_reports/2003.txt)
    ("全区九年义务教育完成率达到99.2%。", "99.2%", "九年义务教育完成率", "rate_pct"),
    # regression fixture, a variant (not real): 为 and a second rate
    ("全区九年义务教育完成率为99.2%，巩固率为98.6%。", "99.2%", "九年义务教育完成率", "rate_pct"),
    # regression fixture, a variant (not real): a completion rate of projects stays a completion
    ("全年重点项目完成率达到95%。", "95%", "重点项目", "completion_pct"),
])
def test_a_completion_rate_of_schooling_is_no_completion_of_a_target(s, printed, name, measure):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["measure"]) == (name, measure)


# -- glossary keys ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "key"), [
    # regression fixture in the form of a district education bulletin (not real), modelled on the national reports'
    # 高中阶段教育毛入学率提高到90%以上 (/work/shared/corpus/national_work_reports/2023.txt)
    ("全区学前三年毛入园率达到98.6%，较上年提高0.8个百分点。", "98.6%", "preschool_gross_enrolment_rate"),
    # regression fixture, a variant (not real): 学前教育毛入园率
    ("学前教育毛入园率为98.6%，比全市平均水平高1.2个百分点。", "98.6%", "preschool_gross_enrolment_rate"),
    # regression fixture, a variant (not real): 九年 before the retention rate
    ("九年义务教育巩固率达到99.8%，高中阶段毛入学率达到98.2%。", "99.8%", "compulsory_education_retention_rate"),
    # regression fixture, a variant (not real): 高中阶段 without 教育
    ("九年义务教育巩固率达到99.8%，高中阶段毛入学率达到98.2%。", "98.2%", "upper_secondary_enrolment_rate"),
    # regression fixture in the form of a district education bulletin (not real), modelled on the national reports'
    # 提高1200万中小学教师待遇 (/work/shared/corpus/national_work_reports/2009.txt)
    ("全区共有专任教师9862人，比上年增加312人。", "9862人", "full_time_teachers"),
    # regression fixture, a variant (not real): children in kindergarten
    ("全区幼儿园在园幼儿3.12万人，较上年减少1860人。", "3.12万人", "kindergarten_enrolment"),
    # regression fixture, a variant (not real): junior secondary pupils after an intake
    ("初中招生8120人，在校生2.34万人，毕业生7210人。", "2.34万人", "junior_secondary_enrolment"),
    # regression fixture, a variant (not real): senior secondary pupils
    ("普通高中招生3260人，在校生9450人，毕业生2980人。", "9450人", "senior_secondary_enrolment"),
    # regression fixture, a variant (not real): pupils of compulsory schooling
    ("全县义务教育阶段在校生4.52万人，比上年增加1260人，增长2.9%。", "4.52万人", "compulsory_education_enrolment"),
    # regression fixture, a variant (not real): places of compulsory schooling after 其中
    ("全年新增学位8600个，其中新增学前学位3200个、义务教育学位5400个。", "5400个", "school_places_added_compulsory"),
])
def test_the_rates_and_counts_of_schooling_take_their_keys(s, printed, key):
    assert fact(HEAD + s, printed)["indicator_key"] == key


def test_a_ratio_to_one_printed_alone_takes_the_ratio_key():
    # regression fixture, a variant (not real): 生师比 of the schools counted before it
    f = fact(HEAD + "全县普通高中学校4所，招生2860人，在校生8230人，专任教师680人，生师比12.1:1。", "12.1")
    assert (f["indicator"], f["indicator_key"], f["measure"]) == ("生师比", "pupil_teacher_ratio", "ratio")
