"""How the statistical bulletins of a district's education, health and culture print their figures.

Regression fixtures written in the style of district reports: each test quotes the real sentence it is modelled on,
with its file.

- A list of schools, stages or hospitals sharing one measure printed once after the last of them (小学、初中专任教师
  分别为…; 学前教育、义务教育、高中阶段毛入学率分别达到…) names each item by that measure, as 在校生 already is.
- 保持 right before a figure (失业率保持3%以内, 入学率保持100%) is the verb, no part of the name, as 保持在 is.
- 册次 (books lent, times) is a counter of its own, as 人次 and 剂次 are.
- A count per people heading the first item of a list (每千人口拥有执业（助理）医师3.2人、注册护士3.8人) is per them for
  every item, with 、 or with 分别.
- A count before its units and their average (3家公立医院平均住院日8.3天) counts the units, the 平均 no part of them.
- The roll, intake and teachers printed bare after a count of schools (小学28所，在校生…，专任教师…) are those schools';
  after parts listed under 其中 or in a bracket of what is included, the whole's (普通中学15所，其中完全中学4所、初级中学
  11所，在校生2.1万人 → 普通中学在校生).
- A part after 其中 named by its grade alone (文物保护单位45处，其中国家级2处、省级8处; 星级饭店…其中四星级2家) is the
  whole's things of that grade (国家级文物保护单位, 四星级旅游饭店); one named by a sex alone (人均预期寿命82.5岁，其中
  男性80.1岁) is the whole's measure of that sex; a count by ownership in a bracket after the whole (幼儿园42所（公办
  28所、民办14所）) is the whole's things so owned.
- Beds, books and health workers printed bare after a count of hospitals, clinics or libraries (卫生院3个，床位680张，
  卫生技术人员520人) are theirs; after a count of other things (客房1200间，床位2100张) they stay bare.
- Grades listed before the noun the last one prints (国家级、省级、市级非遗代表性传承人分别有…) share that noun; so do
  diseases before the share of their patients managed (高血压、糖尿病患者规范管理率分别达到…).
- 完成 or 实现 between the bodies and the visits or income they report (医疗卫生机构完成诊疗人次…, A级景区实现旅游收入…)
  is the verb, as it is before 营业收入 or 增加值: no part of the name.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _sentences import facts

NATIONAL = Path("/work/shared/corpus/national_work_reports")
BULLETIN = "一、2023年工作回顾\n"


def test_the_real_list_of_schools_sharing_their_pupils() -> None:
    # national work report 2008 (/work/shared/corpus/national_work_reports/2008.txt)
    f = facts(BULLETIN + "更加重视职业教育发展，2007年中、高等职业教育在校生分别达到2000万人和861万人。")
    assert f["indicator"].tolist() == ["中等职业教育在校生", "高等职业教育在校生"]


@pytest.mark.parametrize(("text", "names"), [
    # written in a district bulletin's words, modelled on 2008.txt 中、高等职业教育在校生分别达到2000万人和861万人
    ("全区小学、初中专任教师分别为2150人和1280人，分别比上年增加86人和42人。",
     ["小学专任教师", "初中专任教师", "小学专任教师", "初中专任教师"]),
    ("全区小学、初中招生分别为4200人和3100人。", ["小学招生", "初中招生"]),
    ("全区小学、初中毕业生分别为3900人和2800人。", ["小学毕业生", "初中毕业生"]),
    ("全区学前教育、义务教育、高中阶段毛入学率分别达到98.5%、100%和99.1%。",
     ["学前教育毛入学率", "义务教育毛入学率", "高中阶段毛入学率"]),
    ("全区小学、初中入学率分别达到99.5%和100%。", ["小学入学率", "初中入学率"]),
    ("全区医院、卫生院床位分别为3200张和860张。", ["医院床位", "卫生院床位"]),
    ("全区三级医院、二级医院病床使用率分别为85.2%和76.1%。", ["三级医院病床使用率", "二级医院病床使用率"]),
    ("全区孕产妇、婴儿死亡率分别为8.5/10万和2.1‰。", ["孕产妇死亡率", "婴儿死亡率"]),
])
def test_a_measure_printed_once_after_a_list_is_each_items(text: str, names: list[str]) -> None:
    assert facts(BULLETIN + text)["indicator"].tolist() == names


@pytest.mark.parametrize(("text", "name", "key", "qualifier"), [
    # written in a district bulletin's words, modelled on chaoyang_2022_h1.txt 城镇登记失业率控制在3.29%
    # (/work/shared/gold/real/texts/chaoyang_2022_h1.txt) and the bulletin's 接种率保持在95%以上
    ("全区城镇登记失业率保持3%以内。", "城镇登记失业率", "urban_registered_unemployment_rate", "at_most"),
    ("义务教育阶段入学率保持100%，初中毕业生升学率为98.2%。", "义务教育阶段入学率", "", "exact"),
    ("全区空气质量优良天数比例保持80%。", "空气质量优良天数比例", "good_air_days_ratio", "exact"),
])
def test_keep_before_a_figure_is_the_verb(text: str, name: str, key: str, qualifier: str) -> None:
    row = facts(BULLETIN + text).iloc[0]
    assert (row["indicator"], row["indicator_key"], row["qualifier"]) == (name, key, qualifier)


def test_the_real_rank_kept_by_a_list_of_indicators() -> None:
    # xicheng_2022_annual.txt (/work/shared/gold/real/texts/xicheng_2022_annual.txt): 保持 before a rank, as before
    f = facts(BULLETIN + "人均地区生产总值、全员劳动生产率、居民人均可支配收入、登记失业率等重要经济社会发展指标,保持全市第一。")
    assert f["indicator"].tolist() == ["人均地区生产总值", "全员劳动生产率", "居民人均可支配收入", "登记失业率"]
    assert set(f["measure"]) == {"rank"}


@pytest.mark.parametrize("text", [
    # written in a district bulletin's words, modelled on district_2021_bulletin_rank.txt 全年出生人口1552人
    "公共图书馆总流通人次68万人次，书刊外借册次45万册次。",
    "全年书刊外借45万册次，比上年增长8.2%。",
])
def test_books_lent_are_counted_in_volume_times(text: str) -> None:
    row = facts(BULLETIN + text).query("raw_value == '45'").iloc[0]
    assert (row["unit"], row["value"]) == ("册次", 450000.0)
    assert row["indicator"].startswith("书刊外借")


@pytest.mark.parametrize(("text", "names"), [
    # written in a district bulletin's words; no real text at hand prints a list per people, the shape is modelled on
    # the bulletin's rates per thousand (district_2021_bulletin_rank.txt 出生率为5.3‰) and its lists of counts
    ("全区每千人口拥有执业（助理）医师3.2人、注册护士3.8人。", ["每千人口拥有执业（助理）医师", "每千人口拥有注册护士"]),
    ("全区每千人口执业（助理）医师、注册护士分别为3.2人和3.8人。", ["每千人口执业（助理）医师", "每千人口注册护士"]),
    ("每千名老年人拥有养老床位40张、护理型床位25张。", ["每千名老年人拥有养老床位", "每千名老年人拥有护理型床位"]),
    # a total after a comma is no item of the list per people
    ("全区每千人口床位6.1张，注册护士2680人。", ["每千人口床位", "注册护士"]),
])
def test_a_count_per_people_heading_a_list_is_each_items(text: str, names: list[str]) -> None:
    assert facts(BULLETIN + text)["indicator"].tolist() == names


@pytest.mark.parametrize(("text", "count", "name"), [
    # written in a district bulletin's words, modelled on district_2021_bulletin_rank.txt 年末全区户籍人口29.5万人 and
    # the national reports' counts of schools (2008.txt 中、高等职业教育在校生分别达到2000万人和861万人)
    ("全区3家公立医院平均住院日8.3天，比上年缩短0.5天。", "3家", "公立医院"),
    ("全区5所高中平均班额45人。", "5所", "高中"),
    ("全区12家社区卫生服务中心平均服务人口3.5万人。", "12家", "社区卫生服务中心"),
    ("全区28所小学生均公用经费达到1200元。", "28所", "小学"),
])
def test_a_count_before_its_units_average_counts_the_units(text: str, count: str, name: str) -> None:
    f = facts(BULLETIN + text)
    assert f.loc[f["raw_value"] + f["raw_unit"] == count, "indicator"].tolist() == [name]


@pytest.mark.parametrize(("text", "printed", "name"), [
    # written in a district bulletin's words, modelled on 2008.txt (national) 中、高等职业教育在校生… and on
    # district_2021_bulletin_rank.txt 年末全区户籍人口29.5万人,其中:城镇人口20.8万人,乡村人口8.7万人
    ("全区小学28所，在校生3.6万人，专任教师2150人。", "2150人", "小学专任教师"),
    ("全区有幼儿园42所，在园幼儿1.35万人。", "1.35万人", "幼儿园在园幼儿"),
    ("普通中学15所，其中完全中学4所、初级中学11所，在校生2.1万人，比上年减少350人。", "2.1万人", "普通中学在校生"),
    ("普通中学15所，其中完全中学4所、初级中学11所，在校生2.1万人，比上年减少350人。", "350人", "普通中学在校生"),
    ("全区共有各级各类学校86所（含民办学校23所），在校生7.8万人。", "7.8万人", "各级各类学校在校生"),
    ("全区有小学28所，其中公办小学22所、民办小学6所，在校生3.6万人。", "3.6万人", "小学在校生"),
    # one part after 其中 with its own roll after it: the part's
    ("普通中学15所，在校生3.6万人；其中初级中学11所，在校生2.1万人。", "2.1万人", "初级中学在校生"),
])
def test_a_bare_roll_after_schools_is_theirs(text: str, printed: str, name: str) -> None:
    f = facts(BULLETIN + text)
    assert f.loc[f["raw_value"] + f["raw_unit"] == printed, "indicator"].tolist() == [name]


@pytest.mark.parametrize(("text", "names"), [
    # written in a district bulletin's words, modelled on minhang_sh_2015_bulletin.txt 至年末，全区有农民专业合作社112家，
    # 区级以上农业产业化龙头企业6家 and on district_2021_bulletin_rank.txt 年末全区户籍人口29.5万人,其中:城镇人口20.8万人
    ("全区文物保护单位45处，其中国家级2处、省级8处。", ["文物保护单位", "国家级文物保护单位", "省级文物保护单位"]),
    ("全区有星级旅游饭店6家，其中四星级2家、三星级4家。", ["星级旅游饭店", "四星级旅游饭店", "三星级旅游饭店"]),
    ("全区共有A级旅游景区8家，其中4A级3家、3A级5家。", ["A级旅游景区", "4A级旅游景区", "3A级旅游景区"]),
    ("全区共有医院18家，其中三级甲等3家。", ["医院", "三级甲等医院"]),
    ("全区共有非物质文化遗产代表性项目56项，其中国家级1项、省级6项。",
     ["非物质文化遗产代表性项目", "国家级非物质文化遗产代表性项目", "省级非物质文化遗产代表性项目"]),
    # a part printed with its noun keeps it
    ("全区共有医院18家，其中三级医院3家、二级医院5家。", ["医院", "三级医院", "二级医院"]),
])
def test_a_part_named_by_its_grade_is_the_wholes_of_that_grade(text: str, names: list[str]) -> None:
    assert facts(BULLETIN + text)["indicator"].tolist() == names


@pytest.mark.parametrize(("text", "name"), [
    # the bundled-genre text tests/gold/constructed/dongcheng_2019_h1/dongcheng_2019_h1.txt
    ("区属医疗机构完成门急诊服务386.2万人次,同比增长3.7%。", "区属医疗机构门急诊服务"),
    # written in a district bulletin's words, modelled on that sentence
    ("全年全区医疗卫生机构完成诊疗人次385.6万，其中门急诊人次352.1万。", "医疗卫生机构诊疗人次"),
    ("全区医疗卫生机构实现诊疗人次385.6万人次。", "医疗卫生机构诊疗人次"),
    ("全区A级景区实现旅游收入12亿元。", "A级景区旅游收入"),
    ("全区公立医院完成门急诊量210万人次。", "公立医院门急诊量"),
])
def test_done_between_the_bodies_and_their_visits_is_the_verb(text: str, name: str) -> None:
    assert facts(BULLETIN + text)["indicator"].iloc[0] == name


@pytest.mark.parametrize(("text", "names"), [
    # written in a district bulletin's words, modelled on 2008.txt 中、高等职业教育在校生分别达到2000万人和861万人
    ("全区国家级、省级、市级非遗代表性传承人分别有2名、12名和35名。",
     ["国家级非遗代表性传承人", "省级非遗代表性传承人", "市级非遗代表性传承人"]),
    ("全区国家级、省级文物保护单位分别为2处和8处。", ["国家级文物保护单位", "省级文物保护单位"]),
    ("全区三级、二级医院分别有3家和5家。", ["三级医院", "二级医院"]),
    ("全区高血压、糖尿病患者规范管理率分别达到65.2%和63.8%。", ["高血压患者规范管理率", "糖尿病患者规范管理率"]),
])
def test_grades_listed_share_the_last_ones_noun(text: str, names: list[str]) -> None:
    assert facts(BULLETIN + text)["indicator"].tolist() == names


@pytest.mark.parametrize(("text", "names"), [
    # written in a district bulletin's words, modelled on minhang_sh_2015_bulletin.txt 全年投资项目总数406个，其中…；
    # 年内新开工项目71个，完成投资42.40亿元 (/work/shared/gold/real/texts/minhang_sh_2015_bulletin.txt)
    ("全区卫生院3个，床位680张，卫生技术人员520人。", ["卫生院", "卫生院床位", "卫生院卫生技术人员"]),
    ("全区有社区卫生服务中心12个，床位360张，医护人员890人。",
     ["社区卫生服务中心", "社区卫生服务中心床位", "社区卫生服务中心医护人员"]),
    ("全区共有公共图书馆2个，藏书86.5万册。", ["公共图书馆", "公共图书馆藏书"]),
    ("全区医院18个，床位3980张，卫生技术人员4200人。", ["医院", "医院床位", "医院卫生技术人员"]),
    ("全区三级医院3家，门急诊人次达到210万，占全区的54.5%。", ["三级医院", "三级医院门急诊人次", "三级医院门急诊人次"]),
    # the rooms own no beds: the hotels do, and they are no body of this kind
    ("全区共有旅行社28家，星级饭店6家，客房1200间，床位2100张。", ["旅行社", "星级饭店", "客房", "床位"]),
])
def test_beds_and_staff_after_a_count_of_bodies_are_theirs(text: str, names: list[str]) -> None:
    assert facts(BULLETIN + text)["indicator"].tolist() == names


@pytest.mark.parametrize(("text", "names"), [
    # written in a district bulletin's words, modelled on district_2021_bulletin_rank.txt 年末全区户籍人口29.5万人,
    # 其中:城镇人口20.8万人,乡村人口8.7万人 (/work/shared/gold/real/texts/district_2021_bulletin_rank.txt)
    ("年末全区户籍人口人均预期寿命82.5岁，其中男性80.1岁、女性85.0岁。",
     ["户籍人口人均预期寿命", "男性户籍人口人均预期寿命", "女性户籍人口人均预期寿命"]),
    ("全区户籍人口29.5万人，其中男性14.6万人、女性14.9万人。", ["户籍人口", "男性户籍人口", "女性户籍人口"]),
    ("全区男性、女性人均预期寿命分别为80.1岁和85.0岁。", ["男性人均预期寿命", "女性人均预期寿命"]),
])
def test_a_part_named_by_a_sex_is_the_wholes_measure_of_it(text: str, names: list[str]) -> None:
    assert facts(BULLETIN + text)["indicator"].tolist() == names


@pytest.mark.parametrize(("text", "names"), [
    # written in a district bulletin's words, modelled on dongcheng_2020_h1 (data/dongcheng_2020_h1.txt)
    # 共造成税款全口径减收7亿元(地方级3.3亿元、区级1.4亿元): a bracket of parts after the whole
    ("全区有幼儿园42所（公办28所、民办14所），在园幼儿1.35万人。", ["幼儿园", "公办幼儿园", "民办幼儿园", "幼儿园在园幼儿"]),
    ("全区共有中小学86所（公办72所、民办14所）。", ["中小学", "公办中小学", "民办中小学"]),
])
def test_a_bracket_of_counts_by_ownership_names_the_wholes_things(text: str, names: list[str]) -> None:
    assert facts(BULLETIN + text)["indicator"].tolist() == names


@pytest.mark.parametrize(("text", "names"), [
    # written in a district bulletin's words, modelled on dongcheng_2020_h1 (data/dongcheng_2020_h1.txt): the part
    # after 其中 named by its grade alone is a part as in a bracket, the roll after it the whole's
    ("全区幼儿园42所，其中公办28所，在园幼儿1.2万人。", ["幼儿园", "公办幼儿园", "幼儿园在园幼儿"]),
    ("全区幼儿园42所（其中公办28所），在园幼儿1.2万人。", ["幼儿园", "公办幼儿园", "幼儿园在园幼儿"]),
])
def test_a_part_by_its_grade_after_qizhong_leaves_the_roll_to_the_whole(text: str, names: list[str]) -> None:
    assert facts(BULLETIN + text)["indicator"].tolist() == names


def test_the_real_bracket_of_amounts_by_level_keeps_its_reading() -> None:
    # data/dongcheng_2020_h1.txt, the bundled report
    f = facts(BULLETIN + "税收关系迁出企业617户,按2019年上半年在东城区入库税款计算,共造成税款全口径减收7亿元(地方级3.3亿元、区级1.4亿元)。")
    assert f.loc[f["raw_value"] == "1.4", "indicator"].tolist() == ["区级税款"]
