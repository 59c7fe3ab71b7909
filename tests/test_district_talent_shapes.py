"""Figures of the talent work report (人才工作) and of the human-resources and social-security report (人力资源和
社会保障), as district and county offices print them.

Such a report prints the stock of talents (人才资源总量, 高层次人才, 专业技术人员, 技能人才, 高技能人才 and its share of
the skilled), the talents brought in or named (引进, 新增, 新认定, 评选), the postdoctoral stations and the
postdocs in them (在站博士后), counts of grades (省级以上…，其中国家级…; 新增国家级、省级人才分别…) and the names of
its programmes in quotes (“330人才计划”). The rules: 在站 opens a name (the postdocs working in a station), as 在校
and 在岗 do; a number in quotes before 人才 names a programme, the 人 of 人才 being no counter; the grade an item
of 其中 names takes the place of the span of grades of the whole (省级以上 → 国家级); a verb of addition or of
building before a list of grades sharing one noun is every item's; the verbs that select persons
(评选, 新评选) name what they count, as 引进 and 培养 do; the glossary keys the stocks of talents, never
what was added to them.

Sentences written in the form of district reports, not real, are marked as regression fixtures; the real ones
are quoted with the file they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

HEAD = "一、2023年人才工作情况\n"


# -- 在站 opens a name -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district talent work report (not real), modelled on the national
    # reports' 以高层次、高技能人才为重点，加强各类人才队伍建设 (/work/shared/corpus/national_work_reports/2013.txt)
    ("新增博士后工作站3个，全区博士后工作站总数达到15个，在站博士后48人。", "48人", "在站博士后"),
    # regression fixture, a variant (not real): the change of the postdocs in station since the year before
    ("截至12月底，全区在站博士后68人，较上年末增加12人。", "12人", "在站博士后"),
    # regression fixture, a variant (not real): 在站点 is where, no name
    ("在站点周边建设充电桩120个。", "120个", "站点周边建设充电桩"),
])
def test_zaizhan_opens_a_name(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


def test_postdocs_in_station_keyed():
    # regression fixture, a variant (not real): the glossary's postdocs in station
    f = fact(HEAD + "截至12月底，全区在站博士后68人，较上年末增加12人。", "68人")
    assert (f["indicator_key"], f["measure"], f["value"]) == ("postdocs_in_station", "level", 68)


# -- a quoted programme's number before 人才 is no count -------------------------------------------------------

@pytest.mark.parametrize("s", [
    # regression fixture in the form of a district talent work report (not real), modelled on the national
    # reports' 深入实施“强基计划”和基础学科拔尖人才培养计划 (/work/shared/corpus/national_work_reports/2023.txt)
    "“330人才计划”实施以来，累计引进海外高层次人才团队42个。",
    # regression fixture, a variant (not real): a programme's goal named in quotes
    "打造“515人才高地”，累计引进海外高层次人才团队42个。",
])
def test_quoted_programme_is_no_count(s):
    f = facts(HEAD + s)
    assert f["raw_value"].tolist() == ["42"]
    assert f["indicator"].tolist() == ["引进海外高层次人才团队"]


def test_quoted_count_of_persons_stays():
    # regression fixture, a variant (not real): a unit of persons after a number inside quotes is still counted
    f = facts(HEAD + "“人才回乡”工程引进“能人”320人。")
    assert f["raw_value"].tolist() == ["320"]


# -- the grade of an item of 其中 takes the place of the span of grades ----------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district talent work report (not real), modelled on the national
    # reports' 专业技术人才、高技能人才分别增加860万人和880万人 (/work/shared/corpus/national_work_reports/2013.txt)
    ("全区共有省级以上重点人才工程入选者268人，其中国家级86人。", "86人", "国家级重点人才工程入选者"),
    # regression fixture, a variant (not real): the span of the whole kept
    ("全区共有省级以上重点人才工程入选者268人，其中国家级86人。", "268人", "省级以上重点人才工程入选者"),
    # regression fixture, a variant (not real): two grades listed after 其中
    ("全区市级以上技能大师工作室36个，其中国家级3个、省级12个。", "3个", "国家级技能大师工作室"),
    # regression fixture, a variant (not real)
    ("全区市级以上技能大师工作室36个，其中国家级3个、省级12个。", "12个", "省级技能大师工作室"),
    # regression fixture, a variant (not real): the verb of the set before the span stays first
    ("建成市级以上众创空间28家，其中国家级6家。", "6家", "建成国家级众创空间"),
    # regression fixture, a variant (not real): a whole of no span of grades takes the grade before it
    ("全区文物保护单位45处，其中国家级2处、省级8处。", "2处", "国家级文物保护单位"),
])
def test_grade_replaces_span_of_grades(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- a verb before a list of grades is every item's -----------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district talent work report (not real), modelled on the national
    # reports' 专业技术人才、高技能人才分别增加860万人和880万人 (/work/shared/corpus/national_work_reports/2013.txt)
    ("新增国家级、省级人才分别为12人和45人。", "12人", "新增国家级人才"),
    # regression fixture, a variant (not real)
    ("新增国家级、省级人才分别为12人和45人。", "45人", "新增省级人才"),
    # regression fixture, a variant (not real): a verb of building, no 为
    ("新建国家级、省级众创空间分别2家和5家。", "2家", "新建国家级众创空间"),
    # regression fixture, a variant (not real): no verb, the grades share the noun as before
    ("全区国家级、省级、市级非遗代表性传承人分别为3人、12人和45人。", "3人", "国家级非遗代表性传承人"),
])
def test_verb_before_grades_is_every_items(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- verbs that select persons name what they count ----------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district human-resources report (not real), modelled on the national
    # reports' 以高层次、高技能人才为重点，加强各类人才队伍建设 (/work/shared/corpus/national_work_reports/2013.txt)
    ("全年评选首席技师15名。", "15名", "评选首席技师"),
    # regression fixture, a variant (not real): 新评选 heads a list of titles awarded
    ("新评选首席技师15名、技术能手86名。", "86名", "新评选技术能手"),
])
def test_selecting_verbs_name_the_count(s, printed, name):
    f = fact(HEAD + s, printed)
    assert f["indicator"] == name
    assert f["indicator_key"] == ""  # those selected are no stock of the place's personnel


# -- the glossary keys the stocks of talents ------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "key", "measure"), [
    # regression fixture in the form of a district talent work report (not real), modelled on the national
    # reports' 以高层次、高技能人才为重点…专业技术人才、高技能人才分别增加860万人和880万人 (2013.txt)
    ("截至2023年底，全区人才资源总量达到12.6万人，较上年增长8.5%，其中高层次人才1860人。", "1860人",
     "high_level_talents", "level"),
    # regression fixture, a variant (not real): the professional and technical personnel and their growth
    ("全区专业技术人员达到4.5万人，同比增长6.1%。", "6.1%", "professional_technical_personnel", "yoy_pct"),
    # regression fixture, a variant (not real): the skilled workers' stock
    ("全区技能人才总量达到5.8万人，高技能人才占技能人才的比重达到31.2%，较上年提高2.3个百分点。", "5.8万人",
     "skilled_workers", "level"),
    # regression fixture, a variant (not real): the share of the highly skilled among them
    ("全区技能人才总量达到5.8万人，高技能人才占技能人才的比重达到31.2%，较上年提高2.3个百分点。", "31.2%",
     "highly_skilled_share", "rate_pct"),
    # regression fixture, a variant (not real): the change of that share
    ("全区技能人才总量达到5.8万人，高技能人才占技能人才的比重达到31.2%，较上年提高2.3个百分点。", "2.3个百分点",
     "highly_skilled_share", "pp_diff"),
    # regression fixture, a variant (not real): the highly skilled of a 分别 list
    ("高技能人才、专业技术人员分别达到1.8万人和4.5万人。", "1.8万人", "highly_skilled_workers", "level"),
    # regression fixture, a variant (not real): the stations' stock
    ("新增博士后工作站3个，全区博士后工作站总数达到15个，在站博士后48人。", "15个", "postdoc_workstations", "level"),
])
def test_talent_stocks_keyed(s, printed, key, measure):
    f = fact(HEAD + s, printed)
    assert (f["indicator_key"], f["measure"]) == (key, measure)


@pytest.mark.parametrize(("s", "printed"), [
    # regression fixture in the form of a district talent work report (not real): those added are no stock
    ("新增技能人才5600人，其中高技能人才1800人。", "1800人"),
    # regression fixture, a variant (not real)
    ("新增博士后工作站3个，全区博士后工作站总数达到15个，在站博士后48人。", "3个"),
])
def test_talents_added_take_no_stock_key(s, printed):
    assert fact(HEAD + s, printed)["indicator_key"] == ""
