"""The census a district bulletin compares with, and the yearly average growth it prints as 年平均增长.

A census bulletin of a district or city (第七次全国人口普查公报) sets its figures against the census before
(与2010年第六次全国人口普查相比，…增加N人，增长X%): the change is against that census, a change over ten years,
not a year-on-year one; the yearly average over them is printed 年平均增长率为X% as often as 年均增长X%, and
年平均 is no part of the name. These are regression fixtures written in the style of district bulletins; each
comment gives the real sentence its shape is modelled on.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

# modelled on the population part of a district bulletin, yuhang_hz_2015_gwr.txt: 年末全区户籍人口29.5万人,
# 其中:城镇人口20.8万人,乡村人口8.7万人。 (written as a district census bulletin prints it)
S_TOTAL = ("全区常住人口为1234567人，与2010年第六次全国人口普查的1100234人相比，十年共增加134333人，增长12.21%，"
           "年平均增长率为1.16%。")
S_FRONT = "与2010年第六次全国人口普查相比，全区常住人口增加134333人，增长12.21%。"
S_NO_YEAR = "与第六次全国人口普查相比，全区流动人口增加98765人，增长42.11%。"
S_SHORT = "与“六普”相比，全区户籍人口增加2.3万人，增长8.5%。"
S_SAME = "同2010年第六次全国人口普查相比，全区家庭户增加5.6万户。"
S_AVERAGE = "全区常住人口年平均增长1.16%。"
# the front frame of a year was read before and stays (tests/test_front_comparator_clause.py S_WRITTEN)
S_YEAR = "与2010年相比，全区常住人口增加134333人，增长12.21%。"


@pytest.mark.parametrize(("text", "printed", "measure", "base"), [
    (S_TOTAL, "134333人", "abs_change", "十年"),
    (S_TOTAL, "12.21%", "change_pct", "十年"),
    (S_FRONT, "134333人", "abs_change", "2010年第六次全国人口普查"),
    (S_FRONT, "12.21%", "change_pct", "2010年第六次全国人口普查"),
    (S_NO_YEAR, "98765人", "abs_change", "第六次全国人口普查"),
    (S_NO_YEAR, "42.11%", "change_pct", "第六次全国人口普查"),
    (S_SHORT, "8.5%", "change_pct", "“六普”"),
    (S_SAME, "5.6万户", "abs_change", "2010年第六次全国人口普查"),
    (S_YEAR, "12.21%", "change_pct", "2010年"),
])
def test_a_change_against_the_census_before_is_against_it(text: str, printed: str, measure: str, base: str) -> None:
    f = fact(text, printed)
    assert (f["measure"], f["comparator"]) == (measure, base)


@pytest.mark.parametrize(("text", "printed", "name"), [
    (S_TOTAL, "1.16%", "常住人口"),
    (S_AVERAGE, "1.16%", "常住人口"),
])
def test_a_yearly_average_growth_is_over_the_years(text: str, printed: str, name: str) -> None:
    f = fact(text, printed)
    assert (f["indicator"], f["measure"], f["comparator"]) == (name, "change_pct", "年平均")
    assert f["indicator_key"] == "resident_population"
    assert "multi_year" in f["flags"]


def test_a_whole_year_average_is_no_average_over_years() -> None:
    # 全年平均 is the average of one year (written: 全区居民消费价格全年平均上涨2.1%)
    f = fact("全区居民消费价格全年平均上涨2.1%。", "2.1%")
    assert f["measure"] == "yoy_pct"
    assert "multi_year" not in f["flags"]


def test_an_average_wage_of_a_year_grows_year_on_year() -> None:
    # 年平均工资 is a yearly wage, not an average over years (written: 全区城镇非私营单位在岗职工年平均工资增长6.2%)
    f = fact("全区城镇非私营单位在岗职工年平均工资为128456元，增长6.2%。", "6.2%")
    assert f["measure"] == "yoy_pct"


# modelled on the population part of a district bulletin, yuhang_hz_2015_gwr.txt (written as a district census
# bulletin prints the change of shares: 与2010年第六次全国人口普查相比，…的比重上升N个百分点)
S_SHARES = ("与2010年第六次全国人口普查相比，0—14岁人口的比重上升1.23个百分点，15—59岁人口的比重下降5.67个百分点，"
            "60岁及以上人口的比重上升4.44个百分点。")
S_SHARES_YEAR = "与2010年相比，全区城镇人口比重上升8.76个百分点。"
S_LAST_YEAR = "与上年相比，全区常住人口城镇化率提高0.6个百分点。"


@pytest.mark.parametrize(("text", "printed", "value", "base"), [
    (S_SHARES, "1.23个百分点", 1.23, "2010年第六次全国人口普查"),
    (S_SHARES, "5.67个百分点", -5.67, "2010年第六次全国人口普查"),
    (S_SHARES, "4.44个百分点", 4.44, "2010年第六次全国人口普查"),
    (S_SHARES_YEAR, "8.76个百分点", 8.76, "2010年"),
    (S_LAST_YEAR, "0.6个百分点", 0.6, "上年"),
])
def test_a_change_in_points_takes_the_base_its_clause_opens_with(text: str, printed: str, value: float,
                                                                  base: str) -> None:
    f = fact(text, printed)
    assert (f["measure"], f["value"], f["comparator"]) == ("pp_diff", value, base)


# the sex ratio is printed with its base in brackets, as the bulletins of the seventh census print it: 总人口性别比
# （以女性为100，男性对女性的比例）为105.76; a price index with its (以上年为100): the 100 is the base, no figure
@pytest.mark.parametrize("text", [
    "全区常住人口性别比（以女性为100）为105.76，比2010年下降1.2。",
    "全区总人口性别比为105.76（以女性为100）。",
    "全区居民消费价格指数（以上年为100）为102.1。",
    "全区出生人口性别比（以女为100）为108.5。",
    "全区常住人口男女性别比为105.76（女=100）。",
])
def test_the_base_of_a_ratio_or_an_index_is_no_figure(text: str) -> None:
    f = facts(text)
    assert "100" not in set(f["raw_value"])
    assert len(f) >= 1


def test_a_hundred_reached_is_a_figure() -> None:
    # (written) a level of 100 that is no base stays a figure
    f = fact("全区新增市场主体为100家，其中企业为100家。", "100家")
    assert f["value"] == 100


# modelled on yuhang_hz_2015_gwr.txt: 全年出生人口1552人,出生率为5.3‰;死亡人口1911人,死亡率为6.5‰;人口自然增长率为-1.2‰。
# (written as a district bulletin lists the three rates in one 分别 list)
S_RATES = "2023年，全区常住人口出生率、死亡率和自然增长率分别为7.63‰、6.34‰和1.29‰。"
S_TWO_RATES = "全区人口出生率和自然增长率分别为7.63‰和1.29‰。"


@pytest.mark.parametrize(("text", "printed", "name", "key"), [
    (S_RATES, "7.63‰", "常住人口出生率", "birth_rate"),
    (S_RATES, "6.34‰", "死亡率", "death_rate"),
    (S_RATES, "1.29‰", "自然增长率", "natural_growth_rate"),
    (S_TWO_RATES, "1.29‰", "自然增长率", "natural_growth_rate"),
])
def test_rates_listed_are_rates_each_named(text: str, printed: str, name: str, key: str) -> None:
    f = fact(text, printed)
    assert (f["indicator"], f["measure"], f["unit"], f["indicator_key"]) == (name, "rate_pct", "‰", key)


def test_the_rates_of_the_bulletin_read_as_before() -> None:
    # yuhang_hz_2015_gwr.txt
    text = "全年出生人口1552人,出生率为5.3‰;死亡人口1911人,死亡率为6.5‰;人口自然增长率为-1.2‰。"
    f = fact(text, "-1.2‰")
    assert (f["indicator_key"], f["measure"], f["value"]) == ("natural_growth_rate", "rate_pct", -1.2)


def test_growth_rates_listed_share_their_measure_word() -> None:
    # (written) 增长率 after a list of things is what is measured of each, no rate's own name
    f = fact("全区工业、服务业增长率分别为5.1%和6.2%。", "6.2%")
    assert f["indicator"] == "服务业"


# (written as a district census bulletin lists the age groups, the people named once after the last)
S_AGES = "全区常住人口中，0—14岁、15—59岁、60岁及以上人口分别为15.7万人、87.7万人和20.1万人。"
S_AGES_SHARE = "全区0—14岁、15—64岁人口分别占12.7%、71.0%。"


@pytest.mark.parametrize(("text", "printed", "name"), [
    (S_AGES, "15.7万人", "0—14岁人口"),
    (S_AGES, "87.7万人", "15—59岁人口"),
    (S_AGES, "20.1万人", "60岁及以上人口"),
    (S_AGES_SHARE, "12.7%", "0—14岁人口"),
])
def test_age_groups_listed_name_their_people(text: str, printed: str, name: str) -> None:
    assert fact(text, printed)["indicator"] == name


@pytest.mark.parametrize("text", [S_AGES, S_AGES_SHARE])
def test_the_ages_of_a_list_are_no_figures(text: str) -> None:
    assert set(facts(text)["unit"]) <= {"人", "%"}


def test_ages_listed_as_values_stay_figures() -> None:
    # (written) ages that are the values of a list are figures
    f = facts("全区职工平均年龄分别为35岁、42岁。")
    assert list(f["value"]) == [35, 42]


def test_a_front_base_of_the_end_of_last_year() -> None:
    # (written) 与上年末相比 as 比上年末
    f = fact("与上年末相比，全区常住人口增加0.8万人，增长0.9%。", "0.8万人")
    assert (f["measure"], f["comparator"]) == ("abs_change", "上年末")


# (written as a district census bulletin prints the base after the subject, or with 比 before the census)
@pytest.mark.parametrize(("text", "printed", "base"), [
    ("全区常住人口与2010年第六次全国人口普查相比，增加134333人，增长12.21%。", "134333人", "2010年第六次全国人口普查"),
    ("全区常住人口与2010年相比，增加134333人，增长12.21%。", "12.21%", "2010年"),
    ("全区常住人口与上年同期相比，增加1.2万人。", "1.2万人", "上年同期"),
    ("全区常住人口比2010年第六次全国人口普查增加134333人。", "134333人", "2010年第六次全国人口普查"),
    ("全区常住人口比2010年第六次全国人口普查时增加134333人，年均增长1.16%。", "134333人", "2010年第六次全国人口普查时"),
])
def test_the_base_after_the_subject_is_no_part_of_its_name(text: str, printed: str, base: str) -> None:
    f = fact(text, printed)
    assert (f["indicator"], f["comparator"]) == ("常住人口", base)


def test_a_measure_chosen_to_compare_by_keeps_its_clause() -> None:
    # national work report 1956: 按照完成的投资额来比较，比去年同期增长６８％ (a measure chosen, no frame of a base)
    text = "按照完成的投资额来比较，比去年同期增长６８％，其中建筑安装工程比去年同期增长８０％。"
    assert fact(text, "６８％")["indicator"] != "按照完成的投资额来"
