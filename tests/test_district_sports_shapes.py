"""Figures of the sports development report (体育事业发展统计公报) and of the report on public fitness work (全民健身工作),
as district and county sports bureaus print them.

Such a report prints the stock of sports grounds and their area (全区体育场地2856个、面积312.5万平方米，人均体育场地
面积2.86平方米), the share of people exercising regularly and the fitness pass rate, the social sports instructors and
how many there are per thousand people, the paths, trails and courts built, the events held and those taking part,
the scale and value added of the sports industry, the sports lottery's sales and welfare fund, and the medals won.

The rules: a clause that only says whom a figure is per (每千人拥有3.2名, 平均每千人有2.1名), right after a count, is
that count per those people (每千人社会体育指导员), and a figure printed before its noun after such a clause (每万人
拥有3.5名社会体育指导员) is so too, never a count of all of them; the verb of having goes whole (no 拥 left ending a
name). A bare rate of a grade of a test (优良率, 优秀率, 及格率) after the rate of another grade is of the same test
(学生体质健康达标率93.5%，优良率52.3%), and 及格 is a word, no 及 joining two nouns. Those of a stock opened to the
public (其中免费开放8个) are named by it, as those completed are (已建成的公共体育场馆). The glossary keys the stock of
sports grounds, their area, the social sports instructors (and per thousand people), the sports industry's scale and
value added, the sports lottery's welfare fund and the grades of the student physical health standard.

Sentences written in the form of district reports, not real, are marked as regression fixtures; the real ones are
quoted with the file they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact

HEAD = "一、2023年全区体育事业发展情况\n"


# -- a count per the people ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district sports report (not real), modelled on the national reports'
    # 广泛开展全民健身运动 (/work/shared/corpus/national_work_reports/2021.txt) and the health reports' 每千人口执业医师
    ("全区共有社会体育指导员3650人，每千人拥有3.2名。", "3.2名", "每千人社会体育指导员"),
    # regression fixture, a variant (not real): 达到 and a counter of persons
    ("全区社会体育指导员达到3650人，每千人拥有3.2人。", "3.2人", "每千人社会体育指导员"),
    # regression fixture, a variant (not real): 平均 before the people
    ("全区社会体育指导员3650人，平均每千人有2.1名。", "2.1名", "每千人社会体育指导员"),
    # regression fixture, a variant (not real): no verb of having, the doctors of a health report
    ("全区执业医师3650人，每千人口3.2人。", "3.2人", "每千人口执业医师"),
    # regression fixture, a variant (not real): the figure before its noun
    ("每万人拥有3.5名社会体育指导员。", "3.5名", "每万人社会体育指导员"),
    # regression fixture, a variant (not real): 拥有 and the doctors after the figure
    ("全区每千人口拥有3.2名执业医师。", "3.2名", "每千人口执业医师"),
])
def test_a_count_per_the_people(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district sports report (not real), modelled on the national reports'
    # 广泛开展全民健身运动 (/work/shared/corpus/national_work_reports/2021.txt): the whole count keeps its name
    ("全区共有社会体育指导员3650人，每千人拥有3.2名。", "3650人", "社会体育指导员"),
    # regression fixture, a variant (not real): a name that prints the people first keeps them
    ("全区每千人拥有社会体育指导员3.2名，较上年增加0.3名。", "3.2名", "每千人拥有社会体育指导员"),
])
def test_the_whole_count_and_a_printed_name_stay(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


@pytest.mark.parametrize("s", [
    # regression fixture, a variant (not real): the count before is the people themselves, no owner of the figure
    "全区常住人口58.3万人，每千人拥有3.2名。",
    # regression fixture, a variant (not real): the registered population
    "全区户籍人口58.3万人，每千人拥有3.2名。",
])
def test_a_population_is_no_owner_of_a_figure_per_people(s):
    name = fact(HEAD + s, "3.2名")["indicator"]
    assert not name.endswith("人口") and name == "每千人"


def test_the_per_thousand_count_takes_its_key_and_the_per_ten_thousand_none():
    # regression fixture in the form of a district sports report (not real), modelled on the national reports'
    # 广泛开展全民健身运动 (/work/shared/corpus/national_work_reports/2021.txt)
    s = HEAD + "全区共有社会体育指导员3650人，每千人拥有3.2名。"
    assert fact(s, "3650人")["indicator_key"] == "social_sports_instructors"
    assert fact(s, "3.2名")["indicator_key"] == "social_sports_instructors_per_1000"
    # regression fixture, a variant (not real): per ten thousand, no count of all of them
    assert fact(HEAD + "每万人拥有3.5名社会体育指导员。", "3.5名")["indicator_key"] == ""


# -- a bare rate of a grade of a test ----------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "measure"), [
    # regression fixture in the form of a district sports report (not real), modelled on the national reports'
    # 积极开展学校体育活动 (/work/shared/corpus/national_work_reports/2025.txt) and the pass rate 国民体质监测合格率
    ("全区学生体质健康达标率为93.5%，优良率为52.3%。", "52.3%", "学生体质健康优良率", "rate_pct"),
    # regression fixture, a variant (not real): the test named, 合格率 first, and the change of the rate
    ("全区学生体质健康测试合格率98.5%，优良率52.3%，优良率较上年提高2.1个百分点。", "52.3%", "学生体质健康测试优良率",
     "rate_pct"),
    # regression fixture, a variant (not real)
    ("全区学生体质健康测试合格率98.5%，优良率52.3%，优良率较上年提高2.1个百分点。", "2.1个百分点",
     "学生体质健康测试优良率", "pp_diff"),
    # regression fixture, a variant (not real): 及格率, its 及 no conjunction
    ("中考体育测试优秀率68.5%，及格率98.2%。", "98.2%", "中考体育测试及格率", "rate_pct"),
])
def test_a_bare_grade_rate_is_of_the_test_before(s, printed, name, measure):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["measure"]) == (name, measure)


def test_a_bare_grade_rate_after_a_count_stays_bare():
    # regression fixture in the form of a district report (not real), modelled on the national reports' air quality
    # 空气质量优良天数比例达86.5% (/work/shared/corpus/national_work_reports/2023.txt): a count of days names no test
    assert fact(HEAD + "空气质量优良天数280天，优良率76.5%。", "76.5%")["indicator"] == "优良率"


def test_jige_keeps_its_first_character():
    # regression fixture, a variant (not real): a bare 及格率
    assert fact(HEAD + "全区中考体育及格率98.2%。", "98.2%")["indicator"] == "中考体育及格率"


# -- those opened to the public --------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district sports report (not real), modelled on the national reports'
    # 建设群众身边的体育场地设施 (/work/shared/corpus/national_work_reports/2022.txt)
    ("全区共有公共体育场馆12个，其中免费开放8个。", "8个", "免费开放的公共体育场馆"),
    # regression fixture, a variant (not real): opened to the public, 已 before
    ("全区学校体育场地126所，其中已向社会开放98所。", "98所", "已向社会开放的学校体育场地"),
])
def test_those_opened_are_named_by_it(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- glossary keys of the report -------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "key"), [
    # regression fixture in the form of a district sports report (not real), modelled on the national reports'
    # 建设群众身边的体育场地设施 (/work/shared/corpus/national_work_reports/2022.txt)
    ("截至2023年底，全区体育场地2856个、面积312.5万平方米，人均体育场地面积2.86平方米。", "2856个", "sports_ground_count"),
    # regression fixture, a variant (not real)
    ("截至2023年底，全区体育场地2856个、面积312.5万平方米，人均体育场地面积2.86平方米。", "312.5万平方米",
     "sports_ground_area"),
    # regression fixture, a variant (not real)
    ("截至2023年底，全区体育场地2856个、面积312.5万平方米，人均体育场地面积2.86平方米。", "2.86平方米",
     "sports_ground_area_per_capita"),
    # regression fixture in the form of a district sports report (not real), modelled on the national reports'
    # 发展全民健身、竞技体育和体育产业 (/work/shared/corpus/national_work_reports/2015.txt)
    ("全区体育产业总规模达到68.5亿元，增加值23.6亿元，占GDP比重1.8%。", "68.5亿元", "sports_industry_output"),
    # regression fixture, a variant (not real)
    ("全区体育产业总规模达到68.5亿元，增加值23.6亿元，占GDP比重1.8%。", "23.6亿元", "sports_industry_value_added"),
    # regression fixture, a variant (not real): the sports lottery's welfare fund
    ("全年体育彩票销售额达5.6亿元，居全市第2位，筹集体育彩票公益金1450万元。", "1450万元", "sports_lottery_welfare_fund"),
    # regression fixture, a variant (not real): the grades of the student physical health standard
    ("全区学生体质健康达标率为93.5%，优良率为52.3%。", "93.5%", "student_fitness_pass_rate"),
    # regression fixture, a variant (not real)
    ("全区学生体质健康达标率为93.5%，优良率为52.3%。", "52.3%", "student_fitness_good_rate"),
])
def test_glossary_keys_of_the_report(s, printed, key):
    assert fact(HEAD + s, printed)["indicator_key"] == key
