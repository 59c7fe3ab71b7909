"""Figures of the ethnic and religious affairs report (民族宗教工作总结), as district and county ethnic and religious
affairs bureaus print them.

Such a report counts the minority population (少数民族人口3.26万人，占全区常住人口的4.1%，共有55个少数民族成分), the
model units of ethnic unity created (新创建区级民族团结进步示范单位12个，累计达到86个), the services to minority people
moving in (少数民族流动人口服务站, 清真食品经营单位), the religious venues and clergy (依法登记的宗教活动场所42处，其中
佛教18处…; 宗教教职人员168人，信教群众约2.3万人), the safety checks of the venues (安全检查420次，检查场所165处次,
整改率100%) and the funds (民族宗教专项资金1260万元). The rules:

- a count after 累计 following the things 新创建 created is the stock of those things, no part of the ones created
  (新创建…示范单位12个，累计达到86个 → 区级民族团结进步示范单位), as after 新增 and 新建;
- 处次 (places a time each) is a counter of its own, as 户次 and 家次 are (检查场所165处次);
- a faith printed alone after 其中 or in the bracket of a count of venues or clergy names the part of that faith,
  in place of the word of all faiths (宗教教职人员168名，其中佛教86名 → 佛教教职人员; 宗教活动场所…其中佛教18处 →
  佛教活动场所), as a grade does (其中国家级2处); a clause with 的 describing the whole (依法登记的) stays before the part
  (依法登记的佛教活动场所);
- the glossary keys the stable quantities of the kind: 少数民族人口, 少数民族流动人口, 少数民族成分, 少数民族干部,
  民族团结进步示范单位, 民族团结进步教育基地, 少数民族流动人口服务站, 清真食品经营单位, 宗教活动场所 (依法登记的 or
  登记开放的), 宗教教职人员, 信教群众, 宗教团体, 宗教活动场所安全检查 and 民族宗教专项资金; the venues of one faith, the
  model districts (示范区) and the units created in the year are narrower things and stay unkeyed.

The national work reports speak of this subject mostly without figures (深入开展民族团结进步创建活动, 2017;
切实做好少数民族流动人口公共服务、就业和管理工作, 2010; 发挥宗教界人士和信教群众在促进经济社会发展中的积极作用, 2008);
one prints the minority population (在全国的三千六百万的少数民族人口中，学生总数达到三百五十一万人, 1959) and one the
spending on minority areas (对于少数民族地区，本年预算共支出７９１，４５９，０００元，比１９５５年增长３２．５６％, 1956). The real
excerpts under /work/shared/gold/real/ and /work/shared/examples/unseen/ print no figure of the kind. Sentences written
in the form of district reports, not real, are marked as regression fixtures; the real ones are quoted with the file
they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

from dhcheng_analysis.vocab import indicator_key

HEAD = "2023年区民族宗教事务局工作总结\n一、全区民族宗教工作基本情况\n"

POPULATION = "全区少数民族人口3.26万人，占全区常住人口的4.1%，共有55个少数民族成分。"
VENUES = "全区依法登记的宗教活动场所42处，其中佛教18处、道教6处、伊斯兰教5处、天主教4处、基督教9处。"
VENUES_BRACKET = "全区经依法登记的宗教活动场所共计42处（佛教18处、道教6处、伊斯兰教5处、天主教4处、基督教9处）。"
CLERGY = "全区现有宗教教职人员168名，其中佛教86名、道教22名。"
FAITHS = "全区有宗教团体5个，依法登记的宗教活动场所42处，宗教教职人员168人，信教群众约2.3万人。"
CREATED = "年内新创建区级民族团结进步示范单位12个，累计达到86个。"
CHECKS = "年内共开展宗教活动场所安全检查420次，检查场所165处次，排查整改安全隐患76处。"


# -- the stable quantities of the kind are keyed ----------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "key", "measure"), [
    # regression fixture in the form of a district ethnic and religious affairs report (not real), modelled on 在全国的
    # 三千六百万的少数民族人口中 (/work/shared/corpus/national_work_reports/1959.txt)
    (POPULATION, "3.26万人", "少数民族人口", "minority_population", "level"),
    # regression fixture, a variant (not real): its share of the residents
    (POPULATION, "4.1%", "少数民族人口", "minority_population", "rate_pct"),
    # regression fixture, a variant (not real): the ethnic groups present
    (POPULATION, "55个", "少数民族成分", "ethnic_groups_present", "level"),
    # regression fixture, a variant (not real): 民族成分 alone after 涉及
    ("全区少数民族人口共计3.26万人，涉及民族成分52个。", "52个", "民族成分", "ethnic_groups_present", "level"),
    # regression fixture, a variant (not real): the growth against the census
    ("全区有少数民族人口12860人，比2020年第七次人口普查时增加1120人，增长9.5%。", "1120人", "少数民族人口",
     "minority_population", "abs_change"),
    # regression fixture, a variant (not real): the resident minority population
    ("全区现有少数民族常住人口2.8万人，比上年末增加560人。", "2.8万人", "少数民族常住人口", "minority_population",
     "level"),
    # regression fixture in the form of a district report (not real), modelled on 切实做好少数民族流动人口公共服务、就业
    # 和管理工作 (/work/shared/corpus/national_work_reports/2010.txt)
    ("全区少数民族流动人口约1.5万人，主要来自新疆、青海、宁夏等地。", "1.5万人", "少数民族流动人口",
     "minority_floating_population", "level"),
    # regression fixture, a variant (not real): the minority officials and their share
    ("全区少数民族干部186人，占干部总数的5.2%。", "186人", "少数民族干部", "minority_officials", "level"),
    # regression fixture in the form of a district report (not real), modelled on 发挥宗教界人士和信教群众在促进经济社会
    # 发展中的积极作用 (/work/shared/corpus/national_work_reports/2008.txt)
    (FAITHS, "5个", "宗教团体", "religious_organisations", "level"),
    (FAITHS, "42处", "依法登记的宗教活动场所", "religious_venues", "level"),
    (FAITHS, "168人", "宗教教职人员", "religious_clergy", "level"),
    (FAITHS, "2.3万人", "信教群众", "religious_believers", "level"),
    # regression fixture, a variant (not real): the believers' share
    ("全区信教群众约2.3万人，占常住人口的2.9%。", "2.9%", "信教群众", "religious_believers", "rate_pct"),
    # regression fixture, a variant (not real): the venues at the end of the year
    ("截至2023年底，全区宗教活动场所42处，宗教教职人员168人。", "42处", "宗教活动场所", "religious_venues", "level"),
    # regression fixture in the form of a district report (not real), modelled on 全面落实宗教信仰自由政策，宗教事务管理
    # 走向法制化、规范化 (/work/shared/corpus/national_work_reports/2008.txt): the venues' safety checks
    (CHECKS, "420次", "宗教活动场所安全检查", "religious_venue_safety_checks", "level"),
    # regression fixture, a variant (not real): the halal businesses and their change
    ("全区清真食品经营单位126家，比上年增加8家。", "8家", "清真食品经营单位", "halal_food_businesses", "abs_change"),
    # regression fixture, a variant (not real): the funds obtained and their growth
    ("全年共争取民族宗教专项资金1260万元，同比增长8.6%。", "1260万元", "民族宗教专项资金",
     "ethnic_religious_special_funds", "level"),
    ("全年共争取民族宗教专项资金1260万元，同比增长8.6%。", "8.6%", "民族宗教专项资金",
     "ethnic_religious_special_funds", "yoy_pct"),
    # regression fixture, a variant (not real): the funds allotted
    ("下达民族宗教专项资金560万元，资金拨付率95%。", "560万元", "民族宗教专项资金", "ethnic_religious_special_funds",
     "level"),
    # regression fixture in the form of a district report (not real), modelled on 深入开展民族团结进步创建活动
    # (/work/shared/corpus/national_work_reports/2017.txt): the stock of the education bases
    ("新增民族团结进步教育基地3个，累计建成14个。", "14个", "民族团结进步教育基地", "ethnic_unity_education_bases",
     "level"),
    # regression fixture, a variant (not real): the stock of the service stations
    ("新增少数民族流动人口服务站3个，累计建成11个，服务少数民族流动人口1.2万人次。", "11个", "少数民族流动人口服务站",
     "minority_migrant_service_stations", "level"),
])
def test_the_stable_quantities_are_keyed(s, printed, name, key, measure):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["indicator_key"], f["measure"]) == (name, key, measure)


def test_the_real_minority_population_is_keyed():
    # real: /work/shared/corpus/national_work_reports/1959.txt
    s = "在全国的三千六百万的少数民族人口中，学生总数达到三百五十一万人。"
    f = fact(HEAD + s, "三千六百万")
    assert (f["indicator"], f["indicator_key"], f["value"]) == ("少数民族人口", "minority_population", 3.6e7)


@pytest.mark.parametrize("name", [
    "佛教活动场所", "依法登记的佛教活动场所", "佛教教职人员", "市级民族团结进步示范区", "新创建区级民族团结进步示范单位",
    "少数民族流动人口服务站服务人次",
])
def test_narrower_things_stay_unkeyed(name):
    assert indicator_key(name) == ""


# -- the stock after the things 新创建 created ------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district ethnic and religious affairs report (not real), modelled on 深入
    # 开展民族团结进步创建活动 (/work/shared/corpus/national_work_reports/2017.txt)
    (CREATED, "86个", "区级民族团结进步示范单位"),
    # regression fixture, a variant (not real): the units created keep their verb
    (CREATED, "12个", "新创建区级民族团结进步示范单位"),
    # regression fixture, a variant (not real): of the city's grade
    ("新创建市级民族团结进步示范单位5个，累计达到20个。", "20个", "市级民族团结进步示范单位"),
])
def test_a_cumulative_count_after_the_things_created_is_their_stock(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


def test_the_stock_after_the_things_created_is_keyed():
    assert fact(HEAD + CREATED, "86个")["indicator_key"] == "ethnic_unity_model_units"


# -- 处次 is a counter --------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district report (not real), modelled on 全面落实宗教信仰自由政策，宗教事务管理
    # 走向法制化、规范化 (/work/shared/corpus/national_work_reports/2008.txt)
    (CHECKS, "165处次", "检查场所"),
    # regression fixture, a variant (not real): a joint check of several departments
    ("组织消防、住建等部门开展联合检查12次，检查场所165处次。", "165处次", "检查场所"),
])
def test_chuci_is_a_counter_of_its_own(s, printed, name):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["raw_unit"], f["unit"]) == (name, "处次", "处次")


def test_no_bare_ci_is_left_as_a_name():
    assert "次" not in set(facts(HEAD + CHECKS)["indicator"])


# -- a faith names the part of the venues or clergy ------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district ethnic and religious affairs report (not real), modelled on 全面
    # 贯彻党的宗教工作基本方针，依法管理宗教事务 (/work/shared/corpus/national_work_reports/2010.txt)
    (VENUES, "18处", "依法登记的佛教活动场所"),
    # regression fixture, a variant (not real): the later items of the list
    (VENUES, "5处", "依法登记的伊斯兰教活动场所"),
    (VENUES, "9处", "依法登记的基督教活动场所"),
    # regression fixture, a variant (not real): the faiths in a bracket after the whole
    (VENUES_BRACKET, "6处", "依法登记的道教活动场所"),
    (VENUES_BRACKET, "4处", "依法登记的天主教活动场所"),
    # regression fixture, a variant (not real): no clause with 的 before the whole
    ("全区宗教活动场所42处，其中佛教18处。", "18处", "佛教活动场所"),
    # regression fixture, a variant (not real): the clergy of each faith
    (CLERGY, "86名", "佛教教职人员"),
    (CLERGY, "22名", "道教教职人员"),
    # regression fixture, a variant (not real): the part printed with its noun stays as printed
    ("有宗教教职人员168人，其中佛教教职人员86人。", "86人", "佛教教职人员"),
])
def test_a_faith_names_the_part_of_the_venues_or_clergy(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district report (not real), modelled on 全区文物保护单位45处，其中国家级2处
    # (tests/test_district_culture_shapes.py): a grade still joins the whole as before
    ("全区文物保护单位45处，其中国家级2处、市级8处。", "8处", "市级文物保护单位"),
    # regression fixtures, variants (not real): a 的 of the persons owning the figure is no clause describing it, the
    # part goes before them as before
    ("全区常住人口的平均预期寿命82.5岁，其中男性80.1岁。", "80.1岁", "男性常住人口的平均预期寿命"),
    ("城乡居民的基本养老保险参保人数52.3万人，其中男性26.1万人。", "26.1万人", "男性城乡居民的基本养老保险参保人数"),
    ("新建的公办养老机构12家，其中区级3家。", "3家", "新建的区级公办养老机构"),
    # regression fixture, a variant (not real): a grade too stays after the clause with 的 describing the whole
    ("全区已认定的文物保护单位45处，其中国家级2处、市级8处。", "2处", "已认定的国家级文物保护单位"),
    # regression fixture, a variant (not real): the grade of the units created
    ("累计创建民族团结进步示范单位86个，其中国家级2个、市级15个、区级69个。", "15个", "创建市级民族团结进步示范单位"),
    # regression fixture, a variant (not real): the ethnic groups of the population are named by themselves
    ("全区少数民族人口12860人，其中回族8650人，满族2130人，蒙古族860人。", "2130人", "满族"),
])
def test_grades_and_ethnic_groups_are_read_as_before(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


def test_the_whole_of_the_faiths_stays_keyed():
    f = facts(HEAD + VENUES)
    keyed = f[f["indicator_key"] == "religious_venues"]
    assert list(keyed["raw_value"]) == ["42"]


# -- the other figures of the report are read as printed --------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "measure"), [
    # regression fixture in the form of a district report (not real), modelled on 深入开展民族团结进步创建活动
    # (/work/shared/corpus/national_work_reports/2017.txt): the people taking part in the month's events
    ("组织开展民族团结进步宣传月活动56场次，参与群众1.2万人次。", "1.2万人次", "民族团结进步宣传月活动参与群众", "level"),
    # regression fixture, a variant (not real): the hazards rectified and the rate
    ("全年开展宗教活动场所安全检查420次，发现安全隐患76处，已整改76处，整改率100%。", "76处，已", "发现安全隐患",
     "level"),
    ("全年开展宗教活动场所安全检查420次，发现安全隐患76处，已整改76处，整改率100%。", "100%", "整改率", "rate_pct"),
    # regression fixture, a variant (not real): the venues' management rate and its change in points
    ("宗教活动场所规范化管理达标率达到95.2%，比上年提高3.1个百分点。", "3.1个百分点", "宗教活动场所规范化管理达标率",
     "pp_diff"),
    # regression fixture, a variant (not real): petitions on ethnic and religious matters
    ("受理涉及民族宗教的信访事项23件，办结率100%。", "100%", "涉及民族宗教的信访事项办结率", "rate_pct"),
    # regression fixture, a variant (not real): the holiday allowances to minority people in hardship
    ("为860名少数民族困难群众发放节日慰问金43万元。", "43万元", "节日慰问金", "level"),
    # regression fixture, a variant (not real): the training of the clergy
    ("开展宗教教职人员培训班6期，培训教职人员210人次。", "6期", "宗教教职人员培训班", "level"),
    # regression fixture, a variant (not real): the fire safety of the venues
    ("宗教活动场所消防设施配备率达到100%，安装视频监控设备328个。", "100%", "宗教活动场所消防设施配备率", "rate_pct"),
])
def test_the_other_figures_are_read_as_printed(s, printed, name, measure):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["measure"], f["status"]) == (name, measure, "actual")
