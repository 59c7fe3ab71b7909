"""A seventh pass of readings of figures in the State Council work reports of 1993–2007, on verbatim sentences.

Each sentence is copied from the report of ``/work/shared/corpus/national_work_reports`` named in the test; each
test states the reading of one figure of it.
"""

from __future__ import annotations

# -- persons counted by what they receive (享受, 领取, 入住 …), as 实现再就业 and 受益 name them, not the persons alone


def test_farmers_counted_by_the_allowance_they_receive(work_reports):
    # 2007: the farmers who receive the rural minimum living allowance, not all farmers
    s = ("已有25个省（自治区、直辖市）、2133个县（市、区）初步建立了农村最低生活保障制度，"
         "1509万农民享受了农村最低生活保障。")
    f = work_reports.fact_at(2007, s, "1509万")
    assert (f["indicator"], f["measure"], f["unit"]) == ("享受了农村最低生活保障的农民", "level", "人")


def test_pupils_counted_by_the_aid_they_receive(work_reports):
    # 2012: the pupils in need who receive a living allowance, a part of the boarders before them
    s = "免除3000多万名农村寄宿制学生住宿费，其中1228万名中西部家庭经济困难学生享受生活补助。"
    f = work_reports.fact_at(2012, s, "1228万名")
    assert f["indicator"] == "享受生活补助的中西部家庭经济困难学生"


def test_households_counted_by_the_homes_they_move_into(work_reports):
    # 2011: the families in need who got new homes, by the verb that says so (住上), not all families in need
    s = "大力实施保障性住房建设和棚户区改造，使1100万户困难家庭住上了新房。"
    f = work_reports.fact_at(2011, s, "1100万户")
    assert (f["indicator"], f["unit"]) == ("住上了新房的困难家庭", "户")


# -- units counted by what they did, the object of their verb holding a 的 (社会救助体系的基本框架): named by it too


def test_provinces_counted_by_the_framework_they_set_up(work_reports):
    # 2006: the provinces and counties that set up the framework, each named by the clause they share
    s = "28个省（区、市）、2300个县（市）已初步建立社会救助体系的基本框架。"
    provinces, counties = work_reports.fact_at(2006, s, "28个"), work_reports.fact_at(2006, s, "2300个")
    assert provinces["indicator"] == "已初步建立社会救助体系的基本框架的省（区、市）"
    assert counties["indicator"] == "已初步建立社会救助体系的基本框架的县（市）"


def test_a_count_whose_clause_opens_with_an_adverb_and_no_verb_keeps_its_noun(work_reports):
    # 1983: 已到货 is no verb a count's clause opens with: the equipment, not equipment named by the debts
    s = "一九七八年决定引进二十二项成套设备已到货部分所负的高利外债，到一九八二年底已经基本还清。"
    assert work_reports.fact_at(1983, s, "二十二项")["indicator"] == "引进成套设备"
