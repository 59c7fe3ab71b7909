"""Verbs of doing left in the names of counts: a count names the things counted, or the persons a verb works on.

A verb that lists the things counted (列入, 纳入) heading a name with no 的 after it is no part of it: the list
names them (列入市级重点项目169个 → 市级重点项目, and the investment they complete is 市级重点项目投资); before a 的
it says which things a count counts and stays (列入省重大项目的21个项目). Persons counted by 人 or 人次 after a verb
that works on them, with nothing printed after the unit, are named by the verb and the unit, as 培训的人次 is
(摸排2346人 → 摸排的人, 累计检测3699.7万人次 → 检测的人次); and a count of persons before the training it does, closed
by a task word (任务, 工作), counts the training, not the task. A count of fees before 的 and what is theirs counts
the fees (18项行政事业性收费的免征范围 → 行政事业性收费), as 六个大区的经济体系 counts the regions.
Each sentence is copied from the report its comment names.
"""

from __future__ import annotations

from _sentences import fact


def test_a_listing_verb_heading_a_count_is_no_part_of_its_name():
    # chengyang_qd_2022_bulletin (tests/gold/real/texts)
    s = "其中,列入市级重点项目169个,完成投资319亿元,全市第二;融资到位资金125.6亿元。"
    assert fact(s, "169个")["indicator"] == "市级重点项目"
    assert fact(s, "319亿元")["indicator"] == "市级重点项目投资"


def test_a_listing_verb_before_de_says_which_things_are_counted():
    # kunshan_2021_q1q3 (tests/gold/constructed)
    s = "列入省重大项目的21个项目完成投资126.4亿元，完成年度计划的82.3%。"
    assert fact(s, "21个")["indicator"] == "列入省重大项目的项目"
    # national work report 1985
    s = "列入第六个五年计划的六十五种主要产品的产量，到１９８４年已有四十三种提前达到１９８５年的指标。"
    assert fact(s, "六十五种")["indicator"] == "列入第六个五年计划的主要产品"


def test_persons_a_verb_works_on_are_named_by_the_verb_and_the_unit():
    # dongcheng_2020_h1 (data)
    s = "采取前端接收、中端转运、末端分流的方式,做好在鄂返京人员接转工作,累计完成184批次,摸排2346人,分流1875人。"
    assert fact(s, "2346人")["indicator"] == "摸排的人"
    assert fact(s, "1875人")["indicator"] == "分流的人"
    # dongcheng_2022_h1 (tests/gold/real/texts)
    s = "以“六早”法则提速提效管控,区域全员核酸筛查应检尽检,累计检测3699.7万人次。"
    assert fact(s, "3699.7万人次")["indicator"] == "检测的人次"
    # national work report 2017
    s = "深化户籍制度改革，今年实现进城落户1300万人以上，加快居住证制度全覆盖。"
    f = fact(s, "1300万人")
    assert (f["indicator"], f["qualifier"]) == ("进城落户的人", "at_least")


def test_a_count_of_persons_trained_is_of_the_training_not_the_task():
    # national work report 2016
    s = "完成2100万人次以上农民工职业技能提升培训任务。"
    f = fact(s, "2100万人次")
    assert (f["indicator"], f["measure"], f["qualifier"]) == ("农民工职业技能提升培训", "level", "at_least")


def test_a_count_of_fees_before_de_and_their_range_counts_the_fees():
    # national work report 2016
    s = "三是将18项行政事业性收费的免征范围，从小微企业扩大到所有企业和个人。"
    assert fact(s, "18项")["indicator"] == "行政事业性收费"
