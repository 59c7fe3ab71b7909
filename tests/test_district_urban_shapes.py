"""Figures of the urban management report and of the report on the citizen hotline (城市管理工作报告, 接诉即办工作报告,
12345热线), as district and county reports print them.

They print the requests received (受理群众诉求X万件, 其中咨询类…、投诉类…、建议类…), the three rates (响应率, 解决率,
满意率) and the place among the districts, household waste (生活垃圾日均清运量, 回收利用率, 垃圾分类准确率), back streets
renovated, illegal structures removed, parking spaces added, roads and bridges, greening (绿化覆盖率, 人均公园绿地面积),
heating and gas. The rules: 建议类 (the class of suggestions) is a name, no plan word 建议 before one; a small numeral
before 类 and a standard, water or public toilets (一、二类标准, 三类以上公厕) names a class, no count of kinds; a rank
moved by so many 名次 (or 名 after a verb of a move in a ranking: 前移3名, 排名上升3名) is a change of the rank, as
one moved by 位次 is; an item of a list that opens with a verb of works of its own (腾退, 整治, 治理) takes no verb of
the item before it; the greening, waste, heating, gas and parking concepts these reports print have glossary keys.

Sentences written in the form of district reports, not real, are marked as regression fixtures; the real ones
are quoted with the file they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

HEAD = "一、2023年城市管理工作情况\n"


# -- 建议类 names a class of requests -------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district hotline report (not real), modelled on the national reports'
    # 畅通和规范群众诉求表达…渠道 (/work/shared/corpus/national_work_reports/2013.txt)
    ("全年共受理群众诉求45.6万件，其中咨询类18.2万件、投诉类15.4万件、建议类3.3万件。", "3.3万件", "建议类"),
    # regression fixture, a variant (not real): the class first in the list
    ("全年共受理群众诉求45.6万件，其中建议类3.3万件、咨询类18.2万件。", "3.3万件", "建议类"),
    # regression fixture, a variant (not real): the class before the requests it names
    ("建议类诉求占8.5%。", "8.5%", "建议类诉求"),
])
def test_suggestion_class_is_a_name(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- a class a numeral names before 类 ---------------------------------------------------------------------

@pytest.mark.parametrize("s", [
    # regression fixture in the form of a district urban management report (not real), modelled on the national
    # reports' 加强城乡道路…等基础设施建设 (/work/shared/corpus/national_work_reports/2012.txt)
    "完成桥梁加固维修16座，检测桥梁全部达到一、二类标准。",
    # regression fixture, a variant (not real): a class of public toilets and above
    "完成公厕改造提升85座，其中三类以上公厕占比达到86%。",
    # regression fixture, a variant (not real): a class of water
    "全区地表水考核断面达到三类水质标准。",
])
def test_class_numeral_is_no_figure(s):
    f = facts(HEAD + s)
    assert not (f["unit"] == "类").any(), f[["raw_value", "indicator"]].to_string()


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district urban management report (not real), modelled on the national
    # reports' 健全菜市场、停车场等便民服务设施 (/work/shared/corpus/national_work_reports/2018.txt)
    ("完成公厕改造提升85座，其中三类以上公厕占比达到86%。", "86%", "三类以上公厕占比"),
    # regression fixture, a variant (not real)
    ("全区二类以上公厕达到320座。", "320座", "二类以上公厕"),
])
def test_class_stays_in_the_name(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


@pytest.mark.parametrize(("s", "printed", "value"), [
    # regression fixture, a variant (not real): kinds counted before a noun no class names stay a count
    ("涉及五类以上商品。", "五类", 5.0),
    # regression fixture in the form of a district hotline report (not real), modelled on the national reports'
    # 及时就地解决群众合理诉求 (/work/shared/corpus/national_work_reports/2015.txt)
    ("解决供暖、物业、停车等问题12类、诉求3.2万件。", "12类", 12.0),
])
def test_kinds_counted_stay_a_count(s, printed, value):
    f = fact(HEAD + s, printed)
    assert (f["measure"], f["value"], f["unit"]) == ("level", value, "类")


# -- a rank moved by 名次 ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "value"), [
    # regression fixture in the form of a district urban management report (not real), modelled on the national
    # reports' 推进城市管理体制创新 (/work/shared/corpus/national_work_reports/2016.txt)
    ("全年城市管理综合考评成绩位居全市第二，较上年提升3个名次。", "3个名次", -3.0),
    # regression fixture, a variant (not real): a rank that fell
    ("全区接诉即办综合考评成绩位居全市第八，较上年下降2个名次。", "2个名次", 2.0),
    # regression fixture, a variant (not real): places moved counted by 名 after a verb of a move in a ranking
    ("全区接诉即办综合考评成绩位居全市第二，较上年前移3名。", "3名", -3.0),
])
def test_rank_moved_by_places(s, printed, value):
    f = fact(HEAD + s, printed)
    assert (f["measure"], f["value"], f["unit"]) == ("abs_change", value, "位次")
    assert f["indicator"].endswith("综合考评成绩")


@pytest.mark.parametrize(("s", "printed", "name", "measure", "unit"), [
    # regression fixture, a variant (not real): the ranking's places moved, after 排名
    ("市民热线诉求量排名较上年上升3名。", "3名", "市民热线诉求量排名", "abs_change", "位次"),
    # regression fixture, a variant (not real): persons counted by 名 with no ranking in the clause stay persons
    ("全区公务员较上年下降3名。", "3名", "公务员", "abs_change", "名"),
])
def test_places_moved_counted_by_ming(s, printed, name, measure, unit):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["measure"], f["unit"]) == (name, measure, unit)


# -- an item opening with a verb of works of its own --------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district urban management report (not real), modelled on 基本无违法建设区
    # 创建成效不断巩固,上半年拆除并实现“场清地净”133.9万平方米,腾退土地空间87.3万平方米,分别完成全年任务的54.7%、54.6%
    # (/work/shared/gold/real/texts/chaoyang_2024_h1.txt)
    ("全年拆除违法建设58.6万平方米、腾退土地43.2万平方米，分别完成全年任务的117.2%和108%。", "43.2万平方米", "腾退土地"),
    # regression fixture in the form of a district urban management report (not real), modelled on 共拆除违法建设1024处、
    # 10.4万平方米,治理开墙打洞385处,地下空间清理整治64处 (/work/shared/gold/real/texts/dongcheng_2018_h1.txt)
    ("治理“开墙打洞”285处，清理地下空间12处、整治架空线入地28.6公里。", "28.6公里", "整治架空线入地"),
    # regression fixture, a variant (not real): 治理 after 拆除
    ("拆除违法建设1024处、治理开墙打洞385处。", "385处", "治理开墙打洞"),
    # regression fixture, a variant (not real): a noun item still takes the verb before it
    ("新建学校5所、改造医院3家。", "3家", "改造医院"),
])
def test_item_with_its_own_work_verb(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district urban management report (not real), modelled on the national
    # reports' 加强城市绿化和城乡基础设施建设 (/work/shared/corpus/national_work_reports/2001.txt): a verb of works
    # heading a compound noun (绿化覆盖面积, 绿化带, 造林面积) is no verb of the item, which takes the list's
    ("新增公园绿地面积30公顷、绿化覆盖面积25公顷。", "25公顷", "新增绿化覆盖面积"),
    # regression fixture, a variant (not real)
    ("新增公园绿地面积30公顷、绿化面积25公顷。", "25公顷", "新增绿化面积"),
    # regression fixture, a variant (not real): places and strips planted
    ("新建城市公园3个、绿化广场5个、绿化带20公里。", "5个", "新建绿化广场"),
    # regression fixture, a variant (not real)
    ("新建城市公园3个、绿化广场5个、绿化带20公里。", "20公里", "新建绿化带"),
    # regression fixture, a variant (not real): an area planted
    ("新增森林面积3万亩、造林面积2万亩。", "2万亩", "新增造林面积"),
    # regression fixture, a variant (not real): verbs done to the nouns after them stay the items'
    ("整治背街小巷30条、治理河道5条、美化街道12条。", "12条", "美化街道"),
])
def test_item_opening_with_a_compound_noun_of_works_takes_the_lists_verb(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- glossary keys of the concepts these reports print ------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "key"), [
    # regression fixture in the form of a district urban management report (not real), modelled on the national
    # reports' 加强城市绿化和城乡基础设施建设 (/work/shared/corpus/national_work_reports/2001.txt)
    ("全区绿化覆盖率达到49.2%，人均公园绿地面积达到16.8平方米。", "49.2%", "green_coverage"),
    # regression fixture, a variant (not real): the green space ratio of the built-up area
    ("全区建成区绿地率达到38.6%，绿化覆盖率达到45.2%，较上年提高0.6个百分点。", "38.6%", "built_up_green_space_ratio"),
    # regression fixture, a variant (not real)
    ("全区建成区绿地率达到38.6%，绿化覆盖率达到45.2%，较上年提高0.6个百分点。", "0.6个百分点", "green_coverage"),
    # regression fixture in the form of a district urban management report (not real), modelled on the national
    # reports' 加强固体废弃物和城市垃圾分类处置 (/work/shared/corpus/national_work_reports/2019.txt)
    ("全区生活垃圾产生量为58.6万吨，同比下降2.8%。", "58.6万吨", "household_waste_generated"),
    # regression fixture, a variant (not real): kitchen waste separated per day, after 其中
    ("全区生活垃圾日均清运量1860吨，同比下降3.5%；其中厨余垃圾日均分出量420吨，同比增长6.1%。", "420吨",
     "kitchen_waste_daily_separated"),
    # regression fixture, a variant (not real): the sorting accuracy
    ("居民家庭厨余垃圾分出率达到16.2%，垃圾分类准确率稳定在90%以上。", "90%", "waste_sorting_accuracy"),
    # regression fixture in the form of a district urban management report (not real), modelled on the national
    # reports' 稳步推进城镇供热体制和市政公用事业改革 (/work/shared/corpus/national_work_reports/2008.txt)
    ("全区集中供热面积达到6820万平方米，同比增长2.3%。", "6820万平方米", "central_heating_area"),
    # regression fixture, a variant (not real): the share of residents with gas
    ("全区燃气用户达到86.5万户，燃气普及率达到100%。", "100%", "gas_penetration_rate"),
    # regression fixture in the form of a district urban management report (not real), modelled on the national
    # reports' 加快建设城市停车场和充电设施 (/work/shared/corpus/national_work_reports/2016.txt)
    ("新增停车位2000个以上，新增城市绿地100公顷。", "2000个", "parking_spaces_added"),
])
def test_urban_concept_keys(s, printed, key):
    assert fact(HEAD + s, printed)["indicator_key"] == key


@pytest.mark.parametrize(("s", "printed"), [
    # regression fixture, a variant (not real): resident parking spaces are a part of those added, no key of theirs
    ("新增居住停车位3260个，完成全年任务的108.7%。", "3260个"),
    # regression fixture, a variant (not real): the green coverage of the built-up area keeps its own key
    ("建成区绿化覆盖率达到48.5%。", "48.5%"),
])
def test_narrower_urban_names_keep_no_wider_key(s, printed):
    assert fact(HEAD + s, printed)["indicator_key"] not in ("parking_spaces_added", "green_coverage")
