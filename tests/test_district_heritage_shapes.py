"""Figures of the cultural heritage and museums work (文物保护和博物馆工作) of a district or county, as its bureau of culture
and tourism prints them in a year's review.

The report prints the listed heritage (不可移动文物X处, 各级文物保护单位X处，其中全国重点文物保护单位X处、市级…、区级…), the
museums (备案博物馆X家, 藏品X万件/套，其中珍贵文物X件/套, 接待观众X万人次, 免费开放, 举办展览X个), the excavation and repair
(考古勘探面积X万平方米, 考古发掘面积, 修缮文物建筑X处, 腾退), the intangible heritage (非物质文化遗产代表性项目X项，其中国家级…;
代表性传承人X名) and the safety inspections (文物安全巡查X次, 检查文物建筑X处次). The national reports name the same work
without its figures: 开展第四次全国文物普查，加强文物系统性保护和合理利用 (2024.txt); 文物保护、非物质文化遗产保护和传承取得重要进展
(2013.txt); 具有公益性质的博物馆、纪念馆和全国爱国主义教育示范基地，今明两年实现全部向社会免费开放 (2008.txt); 基本上做到
市市有博物馆，县县有图书馆和文化馆，乡乡有文化站 (1982.txt); and the bundled district report 以中轴线申遗为契机,强化文物保护和
周边环境整治 (data/dongcheng_2020_h1.txt).

The rules: 件/套 (a piece or a set, how museums count their objects) is one unit, read as 件, and 处次 (a site a time) a
counter of its own, so neither is left as the name of the figure; 市级, 区级 before a list kept at every level
(文物保护单位, 非物质文化遗产, 非遗, 代表性传承人) is the level of the list, part of the name, so the city's list is never read
as the sites of every level (the place's scope word 全区 is still dropped). The stable statistics of the kind have their
glossary keys: immovable relics, protected sites of every level, registered museums, their visits, collections and
precious relics, the intangible heritage items and bearers, the archaeological survey and excavation areas, and the
safety patrols of the relic sites.

Sentences written in the form of these reports, not real, are marked as regression fixtures; the real ones are
quoted with the file they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

HEAD = "某区文化和旅游局2023年工作总结\n一、文物保护和博物馆工作\n"

# regression fixture in the form of a district heritage review (not real), modelled on the national reports'
# 开展第四次全国文物普查，加强文物系统性保护和合理利用 (2024.txt): the listed heritage by level
LISTED = HEAD + "全区共有不可移动文物326处，其中各级文物保护单位128处。" \
    "各级文物保护单位中，全国重点文物保护单位12处，市级文物保护单位45处，区级文物保护单位71处。"
# regression fixture in the form of a district heritage review (not real), modelled on the national reports'
# 具有公益性质的博物馆、纪念馆和全国爱国主义教育示范基地，今明两年实现全部向社会免费开放 (2008.txt): the museums
MUSEUMS = HEAD + "全区共有备案博物馆18家，其中国有博物馆11家、非国有博物馆7家。" \
    "全区博物馆藏品总数达12.6万件/套，其中珍贵文物3215件/套。全年博物馆接待观众356.8万人次，同比增长23.5%。"
# regression fixture in the form of a district heritage review (not real), modelled on the national reports'
# 文物保护、非物质文化遗产保护和传承取得重要进展 (2013.txt): the intangible heritage by level
INTANGIBLE = HEAD + "全区共有非物质文化遗产代表性项目156项，其中国家级12项、市级38项、区级106项。" \
    "现有各级非物质文化遗产代表性传承人213名。新增市级非物质文化遗产代表性项目8项，累计达到46项。"
# regression fixture in the form of a district heritage review (not real), modelled on the bundled report's
# 以中轴线申遗为契机,强化文物保护和周边环境整治 (data/dongcheng_2020_h1.txt): excavation, repair and safety
WORKS = HEAD + "完成考古勘探面积156万平方米，考古发掘面积1.2万平方米，出土各类文物2360件。" \
    "修缮文物建筑23处，完成文物腾退12处。全年开展文物安全巡查1260次，检查文物建筑1.8万处次，整改隐患42处。"


def _printed(text: str) -> list[str]:
    """The figures of the text that are facts, as printed."""
    f = facts(text)
    return [text[a:b] for a, b in zip(f["start"], f["end"], strict=True)]


# -- 件/套 and 处次 are units -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "printed", "name"), [
    (MUSEUMS, "12.6万件/套", "博物馆藏品总数"),
    (MUSEUMS, "3215件/套", "珍贵文物"),
    # regression fixture, a variant (not real): the objects restored, counted the same way
    (HEAD + "完成馆藏文物修复368件/套，数字化采集文物5200件。", "368件/套", "馆藏文物修复"),
    # regression fixture, a variant (not real): the census of movable relics
    (HEAD + "全区国有可移动文物普查登录藏品8.6万件/套。", "8.6万件/套", "国有可移动文物普查登录藏品"),
])
def test_piece_or_set_is_one_unit(text, printed, name):
    f = fact(text, printed)
    assert (f["indicator"], f["unit"], text[f["start"]:f["end"]]) == (name, "件", printed)


def test_site_times_is_a_counter():
    f = fact(WORKS, "1.8万处次")
    assert (f["indicator"], f["unit"], f["value"]) == ("检查文物建筑", "处次", 18000)


def test_piece_in_brackets_stays():
    # regression fixture, a variant (not real): 件（套） reads as before, the bracket an aside
    f = fact(HEAD + "考古发掘古墓葬126座，出土文物1560件（套）。", "1560件")
    assert (f["indicator"], f["unit"]) == ("出土文物", "件")


# -- a level of a list is part of the name ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "printed", "name"), [
    (LISTED, "45处", "市级文物保护单位"),
    (LISTED, "71处", "区级文物保护单位"),
    (INTANGIBLE, "38项", "市级非物质文化遗产代表性项目"),
    (INTANGIBLE, "106项", "区级非物质文化遗产代表性项目"),
    (INTANGIBLE, "46项", "市级非物质文化遗产代表性项目"),
])
def test_level_of_a_list_takes_no_key_of_every_level(text, printed, name):
    f = fact(text, printed)
    assert (f["indicator"], f["indicator_key"]) == (name, "")


@pytest.mark.parametrize(("text", "printed", "key"), [
    (LISTED, "128处", "protected_relic_sites"),
    (LISTED, "12处", "national_protected_relic_sites"),
    (INTANGIBLE, "156项", "intangible_heritage_items"),
])
def test_total_of_every_level_keeps_its_key(text, printed, key):
    assert fact(text, printed)["indicator_key"] == key


@pytest.mark.parametrize(("text", "printed", "name", "key"), [
    # regression fixtures, variants (not real): the museums of all kinds and the registered ones have each their key;
    # a grade of the sites of every grade (各级) names the sites of that grade, the grade's own key or none
    (HEAD + "全区有博物馆18家，其中备案博物馆12家。", "18家", "博物馆", "museums"),
    (HEAD + "全区有博物馆18家，其中备案博物馆12家。", "12家", "备案博物馆", "registered_museums"),
    (HEAD + "全区共有各级文物保护单位85处，其中国家级8处、市级25处。", "25处", "市级文物保护单位", ""),
    (HEAD + "全区共有各级文物保护单位85处，其中国家级8处、市级25处。", "8处", "国家级文物保护单位",
     "national_protected_relic_sites"),
])
def test_museums_and_grades_of_every_level_sites(text, printed, name, key):
    f = fact(text, printed)
    assert (f["indicator"], f["indicator_key"]) == (name, key)


def test_place_scope_before_a_list_is_dropped():
    # regression fixture, a variant (not real): 全区 is the place, its sites are the sites of every level
    assert fact(HEAD + "全区文物保护单位128处。", "128处")["indicator_key"] == "protected_relic_sites"


# -- glossary keys of the kind's statistics --------------------------------------------------------------------

@pytest.mark.parametrize(("text", "printed", "key"), [
    (LISTED, "326处", "immovable_cultural_relics"),
    (MUSEUMS, "18家", "registered_museums"),
    (MUSEUMS, "12.6万件/套", "museum_collections"),
    (MUSEUMS, "3215件/套", "precious_cultural_relics"),
    (MUSEUMS, "356.8万人次", "museum_visits"),
    (MUSEUMS, "23.5%", "museum_visits"),
    (INTANGIBLE, "213名", "intangible_heritage_bearers"),
    (WORKS, "156万平方米", "archaeological_survey_area"),
    (WORKS, "1.2万平方米", "archaeological_excavation_area"),
    (WORKS, "1260次", "relic_safety_patrols"),
    # regression fixture, a variant (not real): the sites registered by the census
    (HEAD + "全区登记不可移动文物1256处，其中全国重点文物保护单位8处、省级文物保护单位37处。", "1256处",
     "immovable_cultural_relics"),
    # regression fixture, a variant (not real): the museums counted at a year's end, named as museums of every kind
    (HEAD + "全年新增备案博物馆3家，博物馆总数达到21家。", "21家", "museums"),
    (HEAD + "全年新增备案博物馆3家，备案博物馆总数达到21家。", "21家", "registered_museums"),
    # regression fixture, a variant (not real): the visits a year, passing a mark
    (HEAD + "博物馆年接待观众首次突破500万人次，达到512.3万人次。", "512.3万人次", "museum_visits"),
])
def test_heritage_keys(text, printed, key):
    assert fact(text, printed)["indicator_key"] == key


@pytest.mark.parametrize(("text", "printed"), [
    (MUSEUMS, "11家"),  # the state museums, a part
    (MUSEUMS, "7家"),  # the private museums, a part
    # regression fixture, a variant (not real): the museums open free, a part of them
    (HEAD + "全区18家博物馆全部免费开放，全年举办展览126个。", "18家"),
    # regression fixture, a variant (not real): the bearers of the national list, a part
    (HEAD + "现有各级非物质文化遗产代表性传承人213名，其中国家级代表性传承人9名。", "9名"),
    # regression fixture, a variant (not real): the museums of a grade
    (HEAD + "全区共有国家一级博物馆2家、二级博物馆3家、三级博物馆5家。", "3家"),
])
def test_parts_take_no_key_of_the_whole(text, printed):
    assert fact(text, printed)["indicator_key"] == ""


# -- the review reads whole ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "figures"), [
    (LISTED, ["326处", "128处", "12处", "45处", "71处"]),
    (MUSEUMS, ["18家", "11家", "7家", "12.6万件/套", "3215件/套", "356.8万人次", "23.5%"]),
    (INTANGIBLE, ["156项", "12项", "38项", "106项", "213名", "8项", "46项"]),
    (WORKS, ["156万平方米", "1.2万平方米", "2360件", "23处", "12处", "1260次", "1.8万处次", "42处"]),
])
def test_every_figure_is_read(text, figures):
    assert _printed(text) == figures


@pytest.mark.parametrize("s", [
    # real sentences: the national reports name the work without figures, and the ordinal of a census is none
    "开展第四次全国文物普查，加强文物系统性保护和合理利用。",  # /work/shared/corpus/national_work_reports/2024.txt
    "具有公益性质的博物馆、纪念馆和全国爱国主义教育示范基地，今明两年实现全部向社会免费开放。",  # 2008.txt
])
def test_national_sentences_have_no_figures(s):
    assert _printed(HEAD + s) == []


# -- 计划 before a year is a plan of that year -------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "period"), [
    # regression fixture in the form of a district heritage review's plan (not real), modelled on the national
    # reports' 今明两年实现全部向社会免费开放 (2008.txt): 计划 before the year, as 力争, 确保, 争取 and 预计 before it
    ("计划2024年修缮文物建筑30处，完成考古勘探面积200万平方米。", "30处", "2024年"),
    ("计划2024年修缮文物建筑30处，完成考古勘探面积200万平方米。", "200万平方米", "2024年"),
    # regression fixture, a variant (not real): 计划到 a year
    ("计划到2025年修缮文物建筑30处。", "30处", "2025年"),
    # regression fixture, a variant (not real): the year before 计划 reads as before
    ("2024年计划修缮文物建筑30处。", "30处", "2024年"),
])
def test_plan_before_a_year_is_that_years_target(s, printed, period):
    f = fact(HEAD + s, printed)
    assert (f["status"], f["period"]) == ("target", period)


@pytest.mark.parametrize(("s", "printed", "period"), [
    # regression fixtures in the form of a district review (not real), modelled on the national reports' 今明两年实现
    # 全部向社会免费开放 (2008.txt): 计划 ending a noun (年度计划, 投资计划, 人才计划) is a plan named, no verb of planning
    ("年度计划2023年执行情况良好，地区生产总值增长5.2%。", "5.2%", "2023年"),
    ("国民经济和社会发展计划2023年执行中，全区一般公共预算收入增长6.1%。", "6.1%", "2023年"),
    ("投资计划2023年下达资金12亿元，已全部拨付到位。", "12亿元", "2023年"),
    ("人才计划2023年入选专家15名。", "15名", "2023年"),
    ("青年人才托举计划2023年资助青年科技人员120名。", "120名", "2023年"),
    ("“十四五”规划和年度计划2023年确定的28项指标中，26项完成或超额完成。", "26项", "2023年"),
    ("该项目计划2021年开工，2023年建成，总投资25亿元。", "25亿元", "2023年"),
    # the year opening a 的 clause before a noun, and a clause printing 已: things planned, counted as they are
    ("计划2023年新建的12所学校已全部投入使用。", "12所", "2023年"),
    ("计划2023年完成的项目有32个，已完成30个。", "30个", "2023年"),
    # 原计划 before a year: the year first planned, not the clause's period
    ("因疫情影响，原计划2022年开工的8个项目推迟至2023年开工，完成投资12亿元。", "8个", "2023年"),
    ("因疫情影响，原计划2022年开工的8个项目推迟至2023年开工，完成投资12亿元。", "12亿元", "2023年"),
])
def test_plan_ending_a_noun_before_a_year_is_no_plan(s, printed, period):
    f = fact(HEAD + s, printed)
    assert (f["status"], f["period"]) == ("actual", period)


@pytest.mark.parametrize(("s", "printed", "period"), [
    # regression fixtures, variants (not real): 计划 opening the clause or after its subject stays a plan
    ("计划2024年一般公共预算收入增长5%左右。", "5%", "2024年"),
    ("计划2024年出生人口3000人。", "3000人", "2024年"),
    ("计划2023年安排区级预算支出86.5亿元。", "86.5亿元", "2023年"),
    ("区政府计划2023年投入财政资金5.6亿元用于教育。", "5.6亿元", "2023年"),
    ("全区计划2023年新建学校5所。", "5所", "2023年"),
])
def test_plan_verb_before_a_year_stays_a_plan(s, printed, period):
    f = fact(HEAD + s, printed)
    assert (f["status"], f["period"]) == ("target", period)


def test_plan_done_stays_actual():
    # regression fixture, a variant (not real): a plan met (完成年度计划) leaves the year's figure actual
    f = fact(HEAD + "2023年修缮文物建筑30处，完成年度计划的120%。", "30处")
    assert (f["status"], f["period"]) == ("actual", "2023年")
