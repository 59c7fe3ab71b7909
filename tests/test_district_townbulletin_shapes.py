"""Figures of the township and town statistical bulletins (乡镇国民经济和社会发展统计公报, 镇统计年鉴摘要), as
district and county offices print them.

A town's bulletin is short: its output and the three industries' shares, farming, the firms above designated size,
investment, the farmers' income and the villages' collective income, then the counts of its people (户籍人口,
出生率), its villages (辖行政村30个), its schools and clinics (小学5所、初中2所，在校学生6280人; 卫生院1个、村卫生室
28个，床位120张) and those its insurance covers (参加城乡居民基本养老保险2.86万人，参保率99.1%). The rules: a quantity
printed after a 、-list of counts of schools or bodies (在校学生, 床位, 卫生技术人员) is of all the things listed, no
one item's, so it keeps its own name (or the whole's, when 其中 names one); a list of schools sharing a roll
(小学、初中在校学生分别为…) lends the roll to each; 辖 and 下辖 (the town governs) are no part of what is counted;
a bare share insured (参保率, 参合率) is of the scheme the count of persons insured right before it names. The
glossary keys the town's counts of health centres, village clinics, villages, villager groups, cooperatives and
family farms, its machinery's power and its registered households (a school's kind, 小学, stays unkeyed: it names
the pupils and teachers a list of schools shares as well as the schools).

Sentences written in the form of town bulletins, not real, are marked as regression fixtures; the real ones are
quoted with the file they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

from dhcheng_analysis.vocab import indicator_key

HEAD = "2023年某镇国民经济和社会发展统计公报\n八、教育和卫生\n"


# -- a quantity after a 、-list of counts is of all the things listed ----------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a town bulletin (not real), modelled on 公社还办了三万多所农业中学，在校学生
    # 二百九十六万人 (/work/shared/corpus/national_work_reports/1960.txt) and 国家安排资金改造和新建1.88万所乡镇卫生院、
    # 786所县医院… (/work/shared/corpus/national_work_reports/2008.txt)
    ("全镇有小学5所、初中2所，在校学生6280人，专任教师486人。", "6280人", "在校学生"),
    # regression fixture, a variant (not real): three kinds of school, the roll after a semicolon
    ("全镇现有小学6所、初中1所、九年一贯制学校1所；在校学生5620人。", "5620人", "在校学生"),
    # regression fixture, a variant (not real): the parts after 其中 closed by a semicolon, the last a 学校
    ("全镇有中小学8所，其中小学5所、初中2所、九年一贯制学校1所；在校学生6280人，专任教师486人。", "6280人", "在校学生"),
    # regression fixture, a variant (not real): the beds of the health centre and the village clinics
    ("全镇有卫生院1个、村卫生室28个，卫生技术人员156人，床位120张。", "120张", "床位"),
    # regression fixture, a variant (not real): their health personnel
    ("全镇有卫生院1个、村卫生室28个，卫生技术人员156人，床位120张。", "156人", "卫生技术人员"),
])
def test_a_quantity_after_a_list_of_counts_is_no_one_items(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a town bulletin (not real), modelled on 公社还办了三万多所农业中学，在校学生
    # 二百九十六万人 (/work/shared/corpus/national_work_reports/1960.txt): one set counted owns what follows
    ("全镇有中小学8所，在校学生6280人，专任教师486人。", "6280人", "中小学在校学生"),
    # regression fixture, a variant (not real): one health centre owns its beds
    ("全镇有卫生院2个，床位120张，卫生技术人员156人。", "120张", "卫生院床位"),
    # regression fixture, a variant (not real): the whole named before 其中 owns the roll after its parts
    ("全镇有中小学8所，其中小学5所、初中2所，在校学生6280人。", "6280人", "中小学在校学生"),
])
def test_a_single_set_counted_still_owns_its_quantity(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- a list of schools sharing a roll --------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "key"), [
    # regression fixture in the form of a town bulletin (not real), modelled on 中等专业学校在校学生120万人，普通中学
    # 在校学生5，905万人 (/work/shared/corpus/national_work_reports/1980.txt)
    ("全镇共有小学、初中在校学生分别为4200人和2080人。", "4200人", "小学在校学生", "primary_school_enrolment"),
    # regression fixture, a variant (not real): the second item
    ("全镇共有小学、初中在校学生分别为4200人和2080人。", "2080人", "初中在校学生", "junior_secondary_enrolment"),
])
def test_a_shared_roll_is_lent_to_each_school(s, printed, name, key):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["indicator_key"]) == (name, key)


# -- 辖 (the town governs) is no part of what is counted -------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a town bulletin (not real), modelled on 至年末,全区有农民专业合作社112家,区级
    # 以上农业产业化龙头企业6家 (/work/shared/gold/real/texts/minhang_sh_2015_bulletin.txt)
    ("全镇辖行政村30个、社区4个，村民小组312个。", "30个", "行政村"),
    # regression fixture, a variant (not real): 下辖
    ("全镇下辖行政村30个。", "30个", "行政村"),
    # regression fixture, a variant (not real): 辖 after the area of the town (辖区 stays a word)
    ("镇辖区面积125.6平方公里，辖行政村18个、居委会3个。", "18个", "行政村"),
    # regression fixture, a variant (not real): 辖区 keeps its 辖
    ("全镇辖区面积125.6平方公里。", "125.6平方公里", "辖区面积"),
])
def test_the_governing_verb_is_no_part_of_the_name(s, printed, name):
    assert fact("2023年某镇国民经济和社会发展统计公报\n一、综合\n" + s, printed)["indicator"] == name


# -- a bare share insured is of the scheme the count before it names ------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "key"), [
    # regression fixture in the form of a town bulletin (not real), modelled on 城镇职工基本医疗保险、城镇居民基本医疗
    # 保险和新型农村合作医疗制度覆盖范围，三年内参保率均提高到90%以上 (/work/shared/corpus/national_work_reports/2009.txt)
    ("年末参加城乡居民基本养老保险2.86万人，参保率99.1%。", "99.1%", "城乡居民基本养老保险参保率",
     "resident_pension_coverage_rate"),
    # regression fixture, a variant (not real): the count named by its 参保人数, two schemes a semicolon apart
    ("年末城乡居民基本养老保险参保人数3.12万人，参保率达到99.5%；城乡居民基本医疗保险参保人数5.26万人，参保率98.8%。",
     "98.8%", "城乡居民基本医疗保险参保率", "resident_medical_coverage_rate"),
    # regression fixture, a variant (not real): the first of the two
    ("年末城乡居民基本养老保险参保人数3.12万人，参保率达到99.5%；城乡居民基本医疗保险参保人数5.26万人，参保率98.8%。",
     "99.5%", "城乡居民基本养老保险参保率", "resident_pension_coverage_rate"),
    # regression fixture, a variant (not real): the rural cooperative medical scheme's 参合率
    ("年末参加新型农村合作医疗4.6万人，参合率99.2%。", "99.2%", "新型农村合作医疗参合率", "ncms_participation_rate"),
    # regression fixture, a variant (not real): the count named 参加…人数, whose 人数 is no part of the scheme
    ("年末全区参加城镇职工基本养老保险人数32.5万人，参保率96.2%。", "96.2%", "城镇职工基本养老保险参保率", ""),
])
def test_a_share_insured_is_of_the_scheme_counted_before(s, printed, name, key):
    f = fact("2023年某镇国民经济和社会发展统计公报\n九、社会保障\n" + s, printed)
    assert (f["indicator"], f["indicator_key"], f["measure"]) == (name, key, "rate_pct")


def test_a_share_insured_after_no_scheme_stays_bare():
    # regression fixture, a variant (not real): the count names no scheme, so neither does its share
    f = fact("2023年某镇国民经济和社会发展统计公报\n九、社会保障\n年末参保人数3.12万人，参保率99.5%。", "99.5%")
    assert f["indicator"] == "参保率"


def test_a_share_insured_after_joining_no_insurance_stays_bare():
    # regression fixture, a variant (not real): 参加 a training, no insurance, so the share is of none
    f = fact("2023年某镇国民经济和社会发展统计公报\n九、社会保障\n参加各类培训3200人，参保率96%。", "96%")
    assert f["indicator"] == "参保率"


# -- the stock at the year's end after the year's addition --------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a town bulletin (not real), modelled on 新增上市企业18家,累计达205家
    # (/work/shared/gold/real/texts/nanshan_sz_2023_gwr_digest.txt), the stock said by the year's end
    ("全年新增规上工业企业5家，年末达到48家。", "48家", "规上工业企业"),
    # regression fixture, a variant (not real): 年底, the firms of a zone
    ("经开区新增规上工业企业18家，年底达到156家。", "156家", "经开区规上工业企业"),
    # regression fixture, a variant (not real): the addition keeps its 新增
    ("全年新增规上工业企业5家，年末达到48家。", "5家", "新增规上工业企业"),
])
def test_the_stock_at_the_years_end_is_of_all_the_things(s, printed, name):
    assert fact("2023年某镇国民经济和社会发展统计公报\n三、工业\n" + s, printed)["indicator"] == name


# -- 两项补贴 is a name, no count ------------------------------------------------------------------------------

def test_the_two_subsidies_of_the_disabled_are_a_name():
    # regression fixture in the form of a town bulletin (not real), modelled on the national reports' 关心和支持
    # 残疾人事业，努力改善残疾人的生活和工作状况 (/work/shared/corpus/national_work_reports/1993.txt)
    s = "2023年某镇国民经济和社会发展统计公报\n九、社会保障\n全年发放城乡低保金426万元、特困供养金138万元、残疾人两项补贴86万元。"
    f = facts(s)
    assert "两项" not in set(f["raw_value"] + f["raw_unit"])
    got = fact(s, "86万元")
    assert (got["indicator"], got["indicator_key"]) == ("残疾人两项补贴", "disability_two_subsidies")


# -- the glossary keys a town's counts ---------------------------------------------------------------------

@pytest.mark.parametrize(("name", "key"), [
    ("乡镇卫生院数", "township_health_centres"), ("卫生院数", "township_health_centres"),
    ("镇卫生院", "township_health_centres"), ("村卫生室", "village_clinics"),
    ("行政村", "administrative_villages"), ("村民小组", "villager_groups"),
    ("农民专业合作社", "farmer_cooperatives"), ("家庭农场", "family_farms"),
    ("农业机械总动力", "agricultural_machinery_power"), ("户籍总户数", "registered_households"),
    ("水产养殖面积", "aquaculture_area"), ("城乡居民基本养老保险参保率", "resident_pension_coverage_rate"),
    ("参加新型农村合作医疗", "ncms_participants"), ("每千人口拥有床位", "hospital_beds_per_1000"),
    ("残疾人两项补贴", "disability_two_subsidies"),
])
def test_a_town_count_has_its_key(name, key):
    assert indicator_key(name) == key


@pytest.mark.parametrize("name", [
    "小学专任教师",  # the teachers of the schools, no count of schools
    "卫生院床位",  # the beds, no count of health centres
    "市级以上示范家庭农场",  # a narrower count of farms
    "乡镇卫生院",  # the bare centres: also those equipped or built, no stock (see below)
    "卫生院",
])
def test_what_a_town_count_owns_stays_unkeyed(name):
    assert indicator_key(name) == ""


@pytest.mark.parametrize(("s", "printed"), [
    # real: /work/shared/corpus/national_work_reports/2008.txt (the centres equipped, no stock of centres)
    ("国家安排资金改造和新建1.88万所乡镇卫生院、786所县医院、285所县中医院和534所县妇幼保健院，为1.17万个乡镇卫生院"
     "配备了医疗设备，农村医疗卫生条件明显改善。", "1.17万个"),
    # real: /work/shared/corpus/national_work_reports/2009.txt (a building task, no stock of centres)
    ("今年要全面完成规划支持的2.9万所乡镇卫生院建设任务。", "2.9万所"),
])
def test_health_centres_equipped_or_built_are_no_stock(s, printed):
    assert fact(s, printed)["indicator_key"] != "township_health_centres"
