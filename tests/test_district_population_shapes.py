"""Figures of the population census bulletins, sample survey bulletins and population reports of districts and
counties (人口普查公报, 人口抽样调查公报, 人口发展报告), as district and county offices print them.

They print the resident population and its change since the census before (与2010年第六次全国人口普查相比，增加N人),
the households and their average size (平均每个家庭户的人口为2.72人，比2010年第六次全国人口普查的2.85人减少0.13人), the
sex ratio with its base in brackets (总人口性别比（以女性为100，男性对女性的比例）为105.76), the age groups, education
(每10万人中拥有大学文化程度的…, 平均受教育年限, 文盲率), the urban share, the floating population and the birth, death
and natural growth rates. The rules:

- a bracket that closes right before the figure's clause, commas and all, is a note on the name before it: the name is
  the clause before the bracket (总人口性别比), not the words after the bracket's last comma;
- 性别比 and 抚养比 end the name of the clause before a figure, as 比重 and 比例 do;
- a rate whose name holds the growth word (人口自然增长率) held at a level (保持在, 稳定在, 控制在) is a rate, no growth of
  a thing named 人口自然;
- years counted as a quantity (平均受教育年限) are counted so in the clause of comparison after the level too
  (…达到12.1年，比上年提高0.3年: a change of 0.3 years, no span of time);
- a numeral in words after 每 (每十万人) is the people a count is per, no figure, as 每10万人 is;
- the share of a sample survey's name (1%人口抽样调查) is no figure, and the clause it opens names nothing;
- the level of the census compared with (比2010年第六次全国人口普查的2.85人) is the level of that census: named as the
  sentence's subject, of the census's time, not named by the census;
- the bounds of a class counted (少于5万人的街道有3个, 在5万人至10万人之间的街道有4个) say which things are counted, no
  figures of their own, as 超过10万人的街道 did;
- the glossary keys the standard concepts of the kind: sex ratio, household size, floating population, illiteracy
  rate, years of schooling, the age groups, the dependency ratios.

Sentences written in the form of district bulletins, not real, are marked as regression fixtures; the real ones are
quoted with the file they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

from dhcheng_analysis.vocab import indicator_key

HEAD = "某区第七次全国人口普查公报\n一、常住人口\n"


# -- the sex ratio with its base and note in brackets --------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "key"), [
    # regression fixture in the form of a district census bulletin (not real), modelled on the national reports'
    # 有效治理出生人口性别比偏高的问题 (/work/shared/corpus/national_work_reports/2006.txt)
    ("总人口性别比（以女性为100，男性对女性的比例）为105.76，与2010年第六次全国人口普查基本持平。", "105.76",
     "总人口性别比", "sex_ratio"),
    # regression fixture, a variant (not real): the scope before the name, the sentence after the sexes' counts
    ("全区常住人口中，男性人口为634567人；女性人口为600000人。全区常住人口性别比（以女性为100，男性对女性的比例）为"
     "105.76。", "105.76", "常住人口性别比", "sex_ratio"),
    # regression fixture, a variant (not real): the sex ratio at birth
    ("全区出生人口性别比（以女性为100，男性对女性的比例）为106.8。", "106.8", "出生人口性别比", "sex_ratio_at_birth"),
    # regression fixture, a variant (not real): the bracket with no comma was read so before
    ("全区总人口性别比（以女性为100）为105.76。", "105.76", "总人口性别比", "sex_ratio"),
])
def test_a_ratio_is_named_before_its_bracket_of_notes(s, printed, name, key):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["indicator_key"], f["measure"]) == (name, key, "level")


def test_the_base_of_the_ratio_stays_no_figure():
    # regression fixture in the form of a district census bulletin (not real), modelled on 2006.txt as above
    f = facts(HEAD + "总人口性别比（以女性为100，男性对女性的比例）为105.76。")
    assert list(f["raw_value"]) == ["105.76"]


# -- a rate holding the growth word, held at a level ---------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "qualifier"), [
    # regression fixture in the form of a district population report's targets (not real), modelled on the
    # national report's 五年平均人口自然增长率控制在千分之… (/work/shared/corpus/national_work_reports/1993.txt)
    ("2024年，全区常住人口城镇化率达到80.5%，人口自然增长率保持在2‰左右。", "2‰", "about"),
    # regression fixture, a variant (not real): 稳定在 and a cap
    ("全区人口自然增长率稳定在2‰以内。", "2‰", "at_most"),
    # regression fixture, a variant (not real): no qualifier
    ("全区人口自然增长率保持在1.8‰。", "1.8‰", "exact"),
])
def test_a_natural_growth_rate_held_is_a_rate(s, printed, qualifier):
    f = fact(s, printed)
    assert (f["indicator"], f["indicator_key"], f["measure"], f["unit"], f["qualifier"]) == (
        "人口自然增长率", "natural_growth_rate", "rate_pct", "‰", qualifier)


def test_a_growth_rate_of_a_thing_held_stays_its_growth():
    # regression fixture, a variant (not real): the growth rate of a named quantity is its growth
    f = fact("全区工业增加值增长率保持在6%左右。", "6%")
    assert (f["indicator"], f["measure"]) == ("工业增加值", "yoy_pct")


# -- years of schooling changed in a clause of comparison ----------------------------------------------------

@pytest.mark.parametrize(("s", "base"), [
    # regression fixture in the form of a district population report (not real), modelled on the national report's
    # 劳动年龄人口平均受教育年限从10.23年提高到10.8年 (/work/shared/corpus/national_work_reports/2016.txt)
    ("全区常住人口平均受教育年限达到12.1年，比上年提高0.3年。", "上年"),
    # regression fixture, a variant (not real): the base a year
    ("全区常住人口平均受教育年限达到12.1年，较2020年提高0.3年。", "2020年"),
])
def test_years_of_schooling_change_in_years(s, base):
    f = fact(s, "0.3年")
    assert (f["measure"], f["value"], f["unit"], f["comparator"]) == ("abs_change", 0.3, "年", base)
    assert f["indicator"] == "常住人口平均受教育年限"


def test_a_streak_after_years_of_schooling_stays_a_span():
    # regression fixture, a variant (not real): 连续3年 after the level is how long, no figure
    f = facts("全区平均受教育年限达到12.1年，连续3年保持全市第一。")
    assert "3" not in set(f["raw_value"])


# -- the people a count is per, in words --------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a county sample survey bulletin (not real), modelled on the national
    # reports' 国民受教育程度大幅提升 (/work/shared/corpus/national_work_reports/2013.txt)
    ("同2010年第六次全国人口普查相比，每十万人中具有大学文化程度的由5678人上升为8901人。", "8901人",
     "每十万人中具有大学文化程度"),
    # regression fixture, a variant (not real): a level alone
    ("全区每十万人中拥有大学文化程度的人数为35678人。", "35678人", "每十万人中拥有大学文化程度的人数"),
])
def test_the_people_a_count_is_per_in_words_are_no_figure(s, printed, name):
    f = facts(s)
    assert "十万" not in set(f["raw_value"])
    one = fact(s, printed)
    assert (one["indicator"], one["indicator_key"]) == (name, "university_educated_per_100k")


# -- the name of a sample survey ----------------------------------------------------------------------------

@pytest.mark.parametrize("s", [
    # regression fixture in the form of a county sample survey bulletin's title (not real), modelled on the
    # national report's 根据今年七月一日的普查，我国人口已经超过十亿 (/work/shared/corpus/national_work_reports/1982.txt)
    "某县2015年1%人口抽样调查主要数据公报\n一、常住人口\n全县常住人口为456789人。",
    # regression fixture, a variant (not real): the survey the figure is read from
    "根据全区1%人口抽样调查结果，全区常住人口为45.6万人。",
    # regression fixture, a variant (not real): the nation's survey
    "据2015年全国1%人口抽样调查，全区常住人口为45.6万人。",
])
def test_the_share_a_survey_samples_is_no_figure(s):
    f = facts(s)
    assert "1" not in set(f["raw_value"])
    assert list(f["indicator"]) == ["常住人口"]


# -- the level of the census compared with -------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "period"), [
    # regression fixture in the form of a district census bulletin (not real), modelled on the national report's
    # 城镇化率从52.6%提高到58.5% (/work/shared/corpus/national_work_reports/2018.txt: the level a change starts from)
    ("平均每个家庭户的人口为2.72人，比2010年第六次全国人口普查的2.85人减少0.13人。", "2.85人", "平均每个家庭户的人口",
     "2010年第六次全国人口普查"),
    # regression fixture, a variant (not real): the census with no year
    ("全区常住人口为1234567人，比第六次全国人口普查的1012345人增加222222人。", "1012345人", "常住人口",
     "第六次全国人口普查"),
])
def test_the_level_of_the_census_compared_with_is_the_subjects(s, printed, name, period):
    f = fact(s, printed)
    assert (f["indicator"], f["measure"], f["period"]) == (name, "level", period)


def test_the_level_of_last_year_compared_with_reads_as_before():
    # regression fixture, a variant (not real): 比上年末的 was read so before
    f = fact("平均每个家庭户的人口为2.72人，比上年末的2.85人减少0.13人。", "2.85人")
    assert f["indicator"] == "平均每个家庭户的人口"


# -- glossary keys of the kind -------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "key"), [
    ("总人口性别比", "sex_ratio"), ("常住人口性别比", "sex_ratio"), ("出生人口性别比", "sex_ratio_at_birth"),
    ("家庭户", "family_households"), ("家庭户人口", "family_household_population"),
    ("平均每个家庭户的人口", "average_household_size"), ("平均每个家庭户人口", "average_household_size"),
    ("流动人口", "floating_population"), ("人户分离人口", "population_away_from_registration"),
    ("15岁及以上人口文盲率", "illiteracy_rate"), ("文盲人口", "illiterate_population"),
    ("15岁及以上人口的平均受教育年限", "average_schooling_years"),
    # the national report's 15岁以上人口平均受教育年限达到9年以上 (/work/shared/corpus/national_work_reports/2013.txt)
    ("15岁以上人口平均受教育年限", "average_schooling_years"),
    ("每10万人中拥有大学文化程度", "university_educated_per_100k"),
    ("0—14岁人口", "population_aged_0_14"), ("0-14岁人口", "population_aged_0_14"),
    ("15—59岁人口", "population_aged_15_59"), ("15-64岁人口", "population_aged_15_64"),
    # the national report's 我国60岁以上人口已达2.5亿 (/work/shared/corpus/national_work_reports/2019.txt)
    ("60岁以上人口", "population_aged_60_plus"), ("65岁及以上人口", "population_aged_65_plus"),
    ("男性人口", "male_population"), ("女性人口", "female_population"),
    ("老年人口抚养比", "old_age_dependency_ratio"), ("少儿抚养比", "child_dependency_ratio"),
    ("总抚养比", "total_dependency_ratio"),
    ("城镇人口比重", "urbanisation_rate"),
])
def test_the_concepts_of_the_kind_have_keys(name, key):
    assert indicator_key(name) == key


@pytest.mark.parametrize("name", [
    "劳动年龄人口平均受教育年限",  # a narrower population keeps its own key
])
def test_a_narrower_schooling_keeps_its_own_key(name):
    assert indicator_key(name) == "working_age_schooling_years"


def test_the_share_of_the_urban_population_is_the_urbanisation_rate():
    # regression fixture in the form of a district census bulletin (not real), modelled on 2018.txt as above
    s = HEAD + "全区常住人口中，居住在城镇的人口为1012346人，占82.00%；居住在乡村的人口为222221人，占18.00%。"
    assert fact(s, "82.00%")["indicator_key"] == "urbanisation_rate"


def test_a_share_of_people_in_towns_with_no_whole_stays_unkeyed():
    # national work report 2016: a share that prints no whole is no level of the urban population
    assert indicator_key("居住在城镇的人口") == ""


# -- the bounds of a class of streets counted -----------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district census bulletin's part on streets (not real), modelled on the
    # national report's 我国60岁以上人口已达2.5亿 (/work/shared/corpus/national_work_reports/2019.txt: people counted)
    ("全区12个街道中，常住人口超过10万人的街道有5个，在5万人至10万人之间的街道有4个，少于5万人的街道有3个。", "4个",
     "常住人口5万人至10万人之间的街道"),
    ("全区12个街道中，常住人口超过10万人的街道有5个，在5万人至10万人之间的街道有4个，少于5万人的街道有3个。", "3个",
     "少于5万人的街道"),
    # regression fixture, a variant (not real): 少于 heading the bound, the sentence the class alone
    ("全区常住人口少于5万人的街道有3个。", "3个", "常住人口少于5万人的街道"),
    # regression fixture, a variant (not real): a class of firms between two amounts
    ("全区营业收入在1亿元至5亿元之间的企业有30家。", "30家", "营业收入在1亿元至5亿元之间的企业"),
])
def test_the_bounds_of_a_class_counted_are_no_figures(s, printed, name):
    assert fact(s, printed)["indicator"] == name
    assert set(facts(s)["unit"]) <= {"个", "家"}


def test_a_range_of_a_level_stays_two_figures():
    # regression fixture, a variant (not real): a range that bounds no class keeps both ends
    f = facts("全区营业收入1亿元至5亿元，增长5%。")
    assert list(f["raw_value"]) == ["1", "5", "5"]
