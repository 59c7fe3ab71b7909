"""Figures of the agriculture and rural affairs report, the rural revitalisation report and the report on
consolidating the results of poverty alleviation, as district and county offices print them.

These reports print the sown area and output of grain and other crops (粮食播种面积X万亩，总产量Y万吨), the
high-standard farmland built, the rural income per head, the income of the village collectives (村均X万元, 50万元以上
的村X个), livestock (生猪出栏), rural works (农村公路, 改厕, 饮水), those monitored against falling into poverty
(监测对象) and the subsidies paid (耕地地力保护补贴). The rules read here:

- a bare output (产量, 总产量) after the area of a crop is that crop's, also when the two are joined by 、, when 其中
  heads the sentence of the part, and when the area is held at a level (稳定在32万亩以上: no place after 在);
- an amount right after 户均, 村均 or 亩均 is per household, village or mu, named so (村均63.7万元 → 村均…收入), and the
  total's word of the name before (总额) is not said of it; 村均 ends a name as 人均 and 户均 do;
- a clause opened by 已 right after the count of a set names the part of the set that did it (已消除风险812户 →
  已消除风险的监测对象, 已竣工验收12个 → 已竣工验收的重点项目), whatever its verbs; only a verb completing a work
  the figure measures (已完成提标改造1.1万亩 → 提标改造面积) names it as without 已;
- 和美 (和美乡村) and 和谐 open a name: their 和 joins nothing;
- 全部 ending a subject (村集体经济收入全部达到…) is an adverb of the predicate, not part of the name;
- 增收 after a count of households (带动脱贫户8560户增收) is what they gain, no noun naming them;
- a list item naming a grade alone (省级农业龙头企业3家、市级12家) counts the things of the item before, of its grade
  (省级以上…12家、市级35家: the span of grades replaced with it);
- the standard names (夏粮播种面积, 防止返贫监测对象, 村级集体经济收入, 农村卫生厕所普及率, 耕地地力保护补贴, …)
  have a glossary key.

Sentences written in the form of district reports, not real, are marked as regression fixtures; the real ones
are quoted with the file they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact

HEAD = "一、2023年农业农村工作情况\n"


# -- a bare output after the area of a crop is that crop's --------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district rural report (not real), modelled on 其中:小麦面积和产量是95517亩和
    # 37554吨 (/work/shared/gold/real/texts/district_2021_bulletin_rank.txt)
    ("其中，小麦播种面积9.55万亩、产量3.76万吨，分别增长5.1%和4.6%。", "3.76万吨", "小麦产量"),
    # regression fixture, a variant (not real): the growth of the output after 分别
    ("其中，小麦播种面积9.55万亩、产量3.76万吨，分别增长5.1%和4.6%。", "4.6%", "小麦产量"),
    # regression fixture, a variant (not real): the items joined by 、 with no 其中
    ("小麦播种面积9.55万亩、产量3.76万吨。", "3.76万吨", "小麦产量"),
    # regression fixture, a variant (not real): 其中 heading the sentence, no comma after it
    ("其中小麦播种面积9.55万亩，产量3.76万吨。", "3.76万吨", "小麦产量"),
    # regression fixture in the form of a district plan for the year (not real), modelled on 今年粮食产量要稳定在5.5亿吨
    # 以上 (/work/shared/corpus/national_work_reports/2015.txt)
    ("全年粮食播种面积稳定在32万亩以上，总产量不低于13万吨。", "13万吨", "粮食总产量"),
    # regression fixture, a variant (not real): 保持在
    ("粮食播种面积保持在85万亩，总产量45.6万吨。", "45.6万吨", "粮食总产量"),
])
def test_bare_output_after_a_crop_area_is_that_crops(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture, a variant (not real): the set counted in the sentence before 其中 keeps the plan's total
    ("项目19个，其中十亿元级项目3个，计划总投资120亿元。", "120亿元", "总投资"),
    # regression fixture, a variant (not real): the set and the part printed before 其中 in one sentence
    ("新开工项目42个，总投资320亿元。", "320亿元", "新开工项目总投资"),
])
def test_owned_totals_where_they_were_read_before(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- an amount per household, village or mu ----------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "measure"), [
    # regression fixture in the form of a district rural revitalisation report (not real), modelled on the brief
    # 村集体经济收入，村均X万元 that such reports print and on 城镇和农村居民人均可支配收入分别为45329元和26581元
    # (/work/shared/gold/real/texts/yuhang_hz_2015_gwr.txt)
    ("全县248个行政村集体经营性收入总额1.58亿元，村均63.7万元，较上年增长15.2%。", "63.7万元", "村均行政村集体经营性收入",
     "level"),
    # regression fixture, a variant (not real): the growth of the amount per village
    ("全县248个行政村集体经营性收入总额1.58亿元，村均63.7万元，较上年增长15.2%。", "15.2%", "村均行政村集体经营性收入",
     "yoy_pct"),
    # regression fixture, a variant (not real): per household
    ("全区发放种粮补贴资金1.2亿元，户均2600元。", "2600元", "户均种粮补贴资金", "level"),
    # regression fixture, a variant (not real): per mu
    ("全区规上工业企业税收12亿元，亩均15万元。", "15万元", "亩均规上工业企业税收", "level"),
    # regression fixture, a variant (not real): 村均 printed in the name keeps it
    ("全区村级集体经济总收入3.2亿元，村均收入86.5万元，同比增长11.2%。", "86.5万元", "村均收入", "level"),
])
def test_amount_per_household_village_or_mu(s, printed, name, measure):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["measure"]) == (name, measure)


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district report on grain (not real), modelled on the
    # 村集体经济收入，村均X万元 that such reports print: a basis not right before the figure is none of it
    ("全区粮食亩均单产450公斤、总产量3.2万吨。", "3.2万吨", "粮食总产量"),
    # regression fixture, a variant (not real): persons brought to work after an income per household
    ("带动脱贫户户均增收2000元、就业300人。", "300人", "就业"),
    # regression fixture, a variant (not real): 村均 inside a phrase before the figure
    ("对村均收入低于10万元的薄弱村实施帮扶。", "10万元", "薄弱村"),
])
def test_basis_per_unit_only_right_before_its_figure(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


def test_total_before_a_per_village_amount_keeps_its_name():
    # regression fixture, a variant (not real): the total itself
    f = fact(HEAD + "全县248个行政村集体经营性收入总额1.58亿元，村均63.7万元。", "1.58亿元")
    assert (f["indicator"], f["value"]) == ("行政村集体经营性收入总额", 1.58e8)


# -- a clause opened by 已 with a verb and object of its own -----------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district report on consolidating the results of poverty alleviation (not
    # real), modelled on 今年再减少农村贫困人口1000万以上 (/work/shared/corpus/national_work_reports/2017.txt) and the
    # 监测对象…已消除风险 that such reports print
    ("全县纳入防止返贫监测对象568户1732人，已消除风险423户1296人，风险消除率达75.3%。", "423户", "已消除风险的防止返贫监测对象"),
    # regression fixture, a variant (not real): the persons
    ("全县纳入防止返贫监测对象568户1732人，已消除风险423户1296人，风险消除率达75.3%。", "1296人", "已消除风险的防止返贫监测对象"),
    # regression fixture, a variant (not real): after 其中
    ("全县监测对象1126户3520人，其中已消除风险812户2603人，占72.1%。", "812户", "已消除风险的监测对象"),
    # regression fixture, a variant (not real): an area of work done
    ("全区粮食生产功能区3.2万亩，已完成提标改造1.1万亩。", "1.1万亩", "提标改造面积"),
    # regression fixture, a variant (not real): a verb of completion alone counts a part of the things before
    ("全区重点农业项目20个，已完成4个。", "4个", "已完成的重点农业项目"),
    # regression fixture, a variant (not real): two verbs of completion alone
    ("全区重点农业项目20个，已开工建设15个。", "15个", "已开工建设的重点农业项目"),
])
def test_clause_opened_by_yi_names_the_part_of_the_set(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district report on key projects (not real), modelled on
    # 全国查处的经济违法犯罪案件从今年一月到九月共有十三万六千零二十四件，已经结案处理的四万四千六百六十三件
    # (/work/shared/corpus/national_work_reports/1982.txt): two verbs after 已, the part of the set that did both
    ("全区重点项目20个，已竣工验收12个。", "12个", "已竣工验收的重点项目"),
    # regression fixture, a variant (not real): petitions closed
    ("受理信访件320件，已办结销号296件。", "296件", "已办结销号的受理信访件"),
    # regression fixture, a variant (not real): hazards put right
    ("排查安全隐患1200处，已整改到位1156处。", "1156处", "已整改到位的排查安全隐患"),
    # regression fixture, a variant (not real): projects producing
    ("全区重点项目56个，已投产达效18个。", "18个", "已投产达效的重点项目"),
    # regression fixture, a variant (not real): leads checked
    ("全区排查问题线索230条，已核查办结215条。", "215条", "已核查办结的排查问题线索"),
    # regression fixture, a variant (not real): an adverb before the verb
    ("全县有贫困村32个，已全部出列30个。", "30个", "已全部出列的贫困村"),
    # regression fixture, a variant (not real): a verb and its object, households counted
    ("全区共有脱贫户3200户，已纳入监测帮扶560户。", "560户", "已纳入监测帮扶的脱贫户"),
])
def test_part_of_a_set_named_by_what_it_did(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


def test_part_of_a_length_is_no_bare_verb():
    # regression fixture, a variant (not real): a length, not a count, after 其中
    f = fact(HEAD + "全市共有农村公路3200公里，其中，已硬化2900公里。", "2900公里")
    assert f["indicator"] != "硬化"


def test_monitored_count_before_the_part_keeps_its_name():
    # regression fixture, a variant (not real): the whole monitored
    f = fact(HEAD + "全县监测对象1126户3520人，其中已消除风险812户2603人，占72.1%。", "3520人")
    assert (f["indicator"], f["indicator_key"]) == ("监测对象", "poverty_risk_monitored")


# -- words that open or close a name ------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district rural report (not real), modelled on 又有80万户农村危房得到改造
    # (/work/shared/corpus/national_work_reports/2010.txt) and the 和美乡村 such reports name
    ("创建市级美丽乡村示范村12个、和美乡村精品村5个。", "5个", "和美乡村精品村"),
    # regression fixture, a variant (not real): 和谐
    ("创建市级示范村12个、和谐社区5个。", "5个", "和谐社区"),
    # regression fixture in the form of a district rural report (not real), modelled on 至年末,全区有农民专业合作社
    # 112家 (/work/shared/gold/real/texts/minhang_sh_2015_bulletin.txt): 全部 closing the subject
    ("全县村集体经济收入全部达到10万元以上。", "10万元", "村集体经济收入"),
    # regression fixture, a variant (not real): 均, as before
    ("全县村集体经济收入均达到10万元以上。", "10万元", "村集体经济收入"),
    # regression fixture in the form of a district report on consolidating the results of poverty alleviation (not
    # real), modelled on 农村饮水安全工程使6069万农民受益 (/work/shared/corpus/national_work_reports/2010.txt): 增收 after
    # the households counted
    ("实施产业帮扶项目135个，带动脱贫户和监测户8560户增收。", "8560户", "带动脱贫户和监测户"),
    # regression fixture, a variant (not real)
    ("带动脱贫户8560户增收。", "8560户", "带动脱贫户"),
])
def test_words_opening_or_closing_a_name(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- a list item naming a grade alone --------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district rural report (not real), modelled on 至年末,全区有农民专业合作社
    # 112家,区级以上农业产业化龙头企业6家 (/work/shared/gold/real/texts/minhang_sh_2015_bulletin.txt)
    ("新培育省级农业龙头企业3家、市级12家。", "12家", "新培育市级农业龙头企业"),
    # regression fixture, a variant (not real): the item before spans grades (以上), replaced with the grade
    ("新增省级以上专精特新企业12家、市级35家。", "35家", "新增市级专精特新企业"),
    # regression fixture, a variant (not real): joined by 和
    ("全区有省级以上龙头企业12家和区级35家。", "35家", "区级龙头企业"),
    # regression fixture, a variant (not real): three grades
    ("全区有国家级农业龙头企业3家、省级12家、市级26家。", "26家", "市级农业龙头企业"),
    # regression fixture, a variant (not real): the item before keeps its own grade
    ("全区有国家级农业龙头企业3家、省级12家、市级26家。", "3家", "国家级农业龙头企业"),
    # regression fixture, a variant (not real): the grades after 其中, read by the rule of parts as before
    ("全区文物保护单位45处，其中国家级2处、省级8处。", "8处", "省级文物保护单位"),
])
def test_list_item_naming_a_grade_alone(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- glossary keys of the standard names -------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "key"), [
    # regression fixture in the form of a district half-year rural report (not real), modelled on 全年粮食播种面积
    # 2.29万亩,比上年增长1.3% (/work/shared/gold/real/texts/minhang_sh_2015_bulletin.txt)
    ("夏粮播种面积15.2万亩，总产量6.8万吨，同比分别增长0.6%和2.1%。", "15.2万亩", "summer_grain_sown_area"),
    # regression fixture, a variant (not real)
    ("全县纳入防止返贫监测对象568户1732人。", "568户", "poverty_risk_monitored"),
    # regression fixture, a variant (not real): the income of those lifted out of poverty
    ("全县脱贫人口人均纯收入达到14236元，同比增长13.5%。", "14236元", "poverty_exited_per_capita_net_income"),
    # regression fixture, a variant (not real)
    ("全区村级集体经济总收入3.2亿元，同比增长11.2%。", "3.2亿元", "village_collective_income"),
    # regression fixture in the form of a district rural report (not real), modelled on 农村自来水普及率 rows the
    # glossary has and on 改造农村危房260万户 (/work/shared/corpus/national_work_reports/2014.txt)
    ("完成农村户厕改造3560户，农村卫生厕所普及率达到96.5%，较上年提高2.3个百分点。", "96.5%",
     "rural_sanitary_toilet_coverage"),
    # regression fixture in the form of a district rural report (not real), modelled on 生猪出栏3.15万头,比上年下降19.3%
    # (/work/shared/gold/real/texts/minhang_sh_2015_bulletin.txt)
    ("生猪出栏16.68万头，同比下降7.7%；能繁母猪存栏1.52万头。", "1.52万头", "breeding_sow_stock"),
    # regression fixture, a variant (not real): the subsidy
    ("发放耕地地力保护补贴3860万元，惠及农户4.2万户。", "3860万元", "farmland_fertility_subsidy"),
    # regression fixture, a variant (not real)
    ("蔬菜产量12.6万吨，水果产量3.5万吨，同比分别增长2.3%、4.1%。", "3.5万吨", "fruit_output"),
    # regression fixture, a variant (not real)
    ("全区土地流转面积18.6万亩，流转率达58.2%。", "18.6万亩", "land_transfer_area"),
    # regression fixture, a variant (not real)
    ("全区耕地保有量稳定在45.6万亩，永久基本农田保护面积38.2万亩。", "38.2万亩", "permanent_basic_farmland"),
])
def test_glossary_keys_of_rural_names(s, printed, key):
    assert fact(HEAD + s, printed)["indicator_key"] == key


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district report (not real), modelled on 已有17个省（区、市）完成…并轨
    # (/work/shared/corpus/national_work_reports/2001.txt): a 已 clause ending with a noun of its own counts other
    # things than the set counted before it
    ("新增城镇就业1.5万人，已安置退役军人200人。", "200人", "安置退役军人"),
    # regression fixture, a variant (not real)
    ("招录公务员120人，已选派驻村干部80人。", "80人", "选派驻村干部"),
    # regression fixture, a variant (not real)
    ("新开工重点项目45个，已投产企业12个。", "12个", "投产企业"),
    # regression fixture, a variant (not real): a clause of verbs alone is the part of the set that did it
    ("开工建设保障房5000套，已分配入住3000套。", "3000套", "已分配入住的保障房"),
])
def test_a_yi_clause_with_a_noun_of_its_own_is_no_part_of_the_set(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name
