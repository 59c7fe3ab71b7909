"""The verb of a list's first count is of a bare noun counted after a comma in the same counter.

``五年共培养本科和专科毕业生687万人，研究生17.5万人``: the graduate students are trained too, as an item after a pause
mark (、) is. The item after the comma must be a bare noun with no verb of its own, of another kind than the first
(not 新增就业…，失业人员再就业…), counted in the same counter (not an area or a length), and the first item's object
must be printed before its figure (拆除并实现“场清地净”133.9万平方米 names its area by the verb alone: 腾退土地空间
is no object of 拆除).
"""

import pytest
from _sentences import facts


def _names(sentence: str) -> list[str]:
    return list(facts(sentence)["indicator"])


@pytest.mark.parametrize("sentence, want", [
    # national_work_reports/1993.txt
    ("高等教育有新的发展，五年共培养本科和专科毕业生５８４万人，研究生１７．２万人。",
     ["培养本科和专科毕业生", "培养研究生"]),
    # national_work_reports/1955.txt
    ("以农业和水利说，五年内将新建国营机械化农场九十一个，拖拉机站一百九十四个。",
     ["新建国营机械化农场", "新建拖拉机站"]),
])
def test_a_bare_noun_after_a_comma_shares_the_verb(sentence, want):
    assert _names(sentence) == want


def test_the_graduate_students_of_1998_are_trained(work_reports):
    # national_work_reports/1998.txt (its digits printed apart: read in the whole report)
    s = "五年共培养本科和专科毕业生6 8 7 万人，研究生1 7 ．5 万人，留学回国人员逐年增多"
    assert work_reports.fact_at(1998, s, "6 8 7")["indicator"] == "培养本科和专科毕业生"
    assert work_reports.fact_at(1998, s, "1 7 ．5")["indicator"] == "培养研究生"


@pytest.mark.parametrize("sentence, want", [
    # tests/gold/real/texts/chaoyang_2024_h1.txt: the first area is named by its verb alone, not printed
    ("基本无违法建设区创建成效不断巩固,上半年拆除并实现“场清地净”133.9万平方米,腾退土地空间87.3万平方米,"
     "分别完成全年任务的54.7%、54.6%。",
     ["拆除面积", "腾退土地空间", "拆除面积", "腾退土地空间"]),
    # written: an area is no count of things (a work after the comma may be of a verb of its own); lines, power and
    # capacity are read by the list of things added or built (2003 建成新线…，复线…: test_comma_list_of_added_things)
    ("上半年拆除违法建设10万平方米，腾退土地5万平方米。", ["拆除违法建设", "腾退土地"]),
    # constructed: an item of the same kind as the first, a flow of its own
    ("上半年新增就业3000人，失业人员再就业1000人。", ["新增就业", "失业人员再就业"]),
])
def test_an_item_the_verb_is_not_of_keeps_its_name(sentence, want):
    assert _names(sentence) == want
