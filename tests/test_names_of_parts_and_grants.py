"""Names a figure takes from what the sentence names around it, on verbatim sentences of the national work reports.

A share or a rank printed after a part of a total (其中) that takes the quantity of its total (高速铁路 of 铁路营业里程 →
高速铁路营业里程) is of that part as named, the same name in the sentence for its level and its share. A bare grant (补贴, 补助资金)
paid to recipients named with no count after 对, 向, 给 or 为 is named by them, as the grant is known (种粮农民补贴);
a relief (减税) or a fund with a name of its own (一次性生活补助) keeps its name. Persons who gain (受益) after a clause
that pays out a fund are named by the fund also when the sum paid is printed after it. Things counted whose clause
says they are put to the public (向社会…) or their rights fixed (确权…) are named by it, as other counted things are
(…的法律草案, 确权到户的林地). The scope of a pilot (试点范围) and a bare count of persons aided (救助人数) are of the
pilot or system the clause before only pushes on (扎实推进新型农村社会养老保险试点，…), or the last clause of the
sentence before when the figure's opens its sentence. Measures counted (十项措施) are named by what they are for,
less the verb that issues them (出台…的十项措施 → …的措施) and the clause it closes with its 的 (去年提出的关于…的
２０条措施 → 关于…的措施). A new standard (新标准) is the one the sentence before brings in, as 这个比重 is the share
it names.
"""

from __future__ import annotations

import pytest
from _sentences import fact

S2016_RAIL = "铁路营业里程达到12.1万公里，其中高速铁路超过1.9万公里，占世界60%以上。"
S2003_ROADS = ("公路通车里程由1997年的123万公里增加到2002年的176万公里，其中高速公路由4771公里增加到2.52万公里，"
               "从居世界第三十九位跃升到第二位。")
S2022_GRAIN = "加强农业生产，保障农资供应，对种粮农民一次性发放200亿元补贴。"
S2008_DRAFTS = "探索建立公众有序参与政府立法的机制和制度，有15部法律草案和行政法规草案向社会公开征求意见。"


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 2016: the level and the share of the high-speed lines, one name
    (S2016_RAIL, "1.9万公里", "高速铁路营业里程"),
    (S2016_RAIL, "60%", "高速铁路营业里程"),
    # national work report 2003: the ranks of the expressways, as their levels
    (S2003_ROADS, "2.52万公里", "高速公路通车里程"),
    (S2003_ROADS, "第三十九", "高速公路通车里程"),
    (S2003_ROADS, "第二位", "高速公路通车里程"),
])
def test_a_share_or_rank_after_a_part_has_the_part_s_name(text, printed, name):
    assert fact(text, printed)["indicator"] == name


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 2022
    (S2022_GRAIN, "200亿元", "种粮农民补贴"),
    # written: the grant printed before its sum
    ("对种粮农民发放补贴200亿元。", "200亿元", "种粮农民补贴"),
    # written: a grant with a name of its own keeps it
    ("向困难群众发放一次性生活补助20亿元。", "20亿元", "一次性生活补助"),
    # written: a relief is no grant
    ("全年再为企业和个人减税8000多亿元。", "8000", "减税"),
])
def test_a_bare_grant_is_named_by_its_recipients(text, printed, name):
    assert fact(text, printed)["indicator"] == name


@pytest.mark.parametrize(("text", "printed", "name"), [
    # written: the sum the clause before pays out is printed after the fund
    ("发放价格补贴1.2亿元，5.6万人受益。", "5.6万人", "价格补贴受益的人"),
    ("向更多低收入群众发放价格补贴约1.2亿元，约6700万人受益。", "6700万人", "价格补贴受益的人"),
    # national work report 2023: with no sum printed
    ("向更多低收入群众发放价格补贴，约6700万人受益。", "6700万人", "价格补贴受益的人"),
])
def test_persons_who_gain_are_named_by_the_fund_paid_before_its_sum(text, printed, name):
    assert fact(text, printed)["indicator"] == name


def test_things_counted_that_are_put_to_the_public_are_named_by_it():
    # national work report 2008
    assert fact(S2008_DRAFTS, "15部")["indicator"] == "向社会公开征求意见的法律草案和行政法规草案"


S2010_FOREST = ("集体林权制度改革全面推开，15亿亩林地确权到户，占全国集体林地面积的60%，这是继土地家庭承包之后我国农村经营"
                "制度的又一重大变革。")


@pytest.mark.parametrize("printed", ["15亿亩", "60%"])
def test_land_whose_rights_are_fixed_is_named_by_it(printed):
    # national work report 2010: the area and its share, one name
    assert fact(S2010_FOREST, printed)["indicator"] == "确权到户的林地"


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 2010
    ("扎实推进新型农村社会养老保险试点，试点范围扩大到23%的县。", "23%", "新型农村社会养老保险试点范围扩大到的县"),
    # national work report 2006: the system pushed on, its 制度建设 no part of the pilot's name
    ("加快推进新型农村合作医疗制度建设，今年把试点的范围扩大到全国40%的县，中央和地方财政对参加合作医疗农民的补助"
     "标准由20元提高到40元，中央财政为此将增加支出42亿元。", "40%", "新型农村合作医疗试点范围扩大到的县"),
    # national work report 2007: the clause pushing it on ends the sentence before
    ("一是积极推行新型农村合作医疗制度。试点范围扩大到全国80%以上的县（市、区），有条件的地方还可以搞得更快一些。", "80%",
     "新型农村合作医疗试点范围扩大到的县（市、区）"),
    # national work report 2009
    ("全面加强城乡居民最低生活保障制度建设，救助人数达到6619万人。", "6619万人", "城乡居民最低生活保障救助人数"),
    # written: a clause that says more than the pushing names no pilot
    ("试点工作进展顺利，试点范围扩大到23%的县。", "23%", "试点范围扩大到的县"),
])
def test_a_pilot_s_scope_is_of_the_pilot_the_clause_before_pushes_on(text, printed, name):
    assert fact(text, printed)["indicator"] == name


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 2013
    ("我们沉着应对，及时果断调整宏观调控着力点，出台进一步扩大内需、促进经济平稳较快增长的十项措施，全面实施一揽子计划。",
     "十项", "进一步扩大内需、促进经济平稳较快增长的措施"),
    # national work report 2010: what they are for, with no 的
    ("加强和改善与发达国家的经贸关系，深化与发展中国家的互利合作，认真落实中非务实合作八项新举措。", "八项",
     "中非务实合作新举措"),
    # written: the verb alone says nothing of what they are for
    ("采取了十项措施。", "十项", "措施"),
    # national work report 1992: the verb in a clause of who issued them and when, closed by its 的
    ("去年提出的关于搞好国营大中型企业的２０条措施，正在逐步落实，已经收到初步效果，继续扎扎实实抓下去是大有希望的。",
     "２０条", "关于搞好国营大中型企业的措施"),
    # written in the reports' style: so with no comma before what is said of them
    ("年初提出的支持中小企业发展的20条措施正在逐步落实。", "20条", "支持中小企业发展的措施"),
])
def test_measures_counted_are_named_by_what_they_are_for(text, printed, name):
    assert fact(text, printed)["indicator"] == name


def test_a_new_standard_is_the_one_the_sentence_before_brings_in():
    # national work report 2009
    s = ("今年将实行新的扶贫标准，对农村低收入人口全面实施扶贫政策。新标准提高到人均1196元，扶贫对象覆盖4007万人，"
         "这标志着我国扶贫开发进入一个新阶段。")
    assert fact(s, "1196元")["indicator"] == "扶贫标准"
