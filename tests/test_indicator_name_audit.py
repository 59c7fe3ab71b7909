"""Indicator names that kept a word around what is measured, on verbatim sentences of the national work reports.

A name ends before the words of the predicate that follow it: the aspect particle 了 (多了, 增加到了), the
adverbs 仍然, 不过 (only) and 竟 (even), the 要求 of a required change, the 在内 that closes 包括 and the 已有
between an owner and what it has are no part of what is measured. Who sets a figure (国家预算规定, 计划规定,
国务院决定) or holds a view of it (有人认为) opens no name, nor does a year reached (到2010年, 原定２０００年), 同期,
or 如 (for instance); the level or target a figure sets (…的水平, …的指标) is not what it measures; the items of
a 分别 list share the quantity printed after the last (二氧化硫、氮氧化物排放 → 二氧化硫排放); a clause before 、
with a change of its own (规模大幅增加、) is no part of the name after it; a count of units surveyed
(对N个X的统计) names the units. Each test is a sentence copied from the report named in its comment.
"""

from __future__ import annotations

import pytest
from _sentences import fact

S1957_MORE = ("从经济和文教方面说，基本建设投资多了十五亿元到二十亿元，同时，职工的人数\u200b增加多了，"
              "高等和中等学校的新生也招多了，一部分职工的工资也增加得多了一些。")
S1960 = ("全国粮食总产量，在过去四年中共增加了一千九百零五亿斤，即从一九五五年的三千四百九十六亿斤，"
         "增加到了一九五九年的五千四百零一亿斤。")
S1955 = ("或者有人认为：我国在第一个五年计划完成之后，钢的产量仍然不过四百多万吨，不仅远远落后于美国和英国，"
         "而且也落后于日本，这和中国作为一个大国这样的地位相称吗？")
S1957_FARM = ("1956年，我国的农业在严重的自然灾害中，如前所说，总产值仍然增加了二十七亿四千万元，"
              "超过了前三年平均每年增加二十三亿八千万元的水平。")
S1980 = ("教育、高等学校由于1977年新生入学较晚，要推迟到1981年寒假毕业，校舍腾不出来，"
         "1981年招生数仍然安排27万人，保持近两年的水平。")
S1988 = "美苏即使削减了５０％的战略核武器，它们拥有的核武器仍然占全世界核武器的９０％以上，裁军任务仍然是繁重的。"
S1960_SOIL = "在改良土壤方面，全国低洼易涝地和各种低产田有七亿多亩，初步改良了四亿五千万亩，占百分之六十。"


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 1957: the investment that was too large, not its being so
    (S1957_MORE, "十五亿元", "基本建设投资"),
    (S1957_MORE, "二十亿元", "基本建设投资"),
    # national work report 1960: a name that is only a verb and its 了 names nothing; the subject before does
    (S1960, "五千四百零一亿斤", "全国粮食总产量"),
    # national work report 1960
    (S1960_SOIL, "四亿五千万亩", "初步改良"),
    # national work report 1955
    (S1955, "四百多万吨", "钢的产量"),
    # national work report 1957
    (S1957_FARM, "二十七亿四千万元", "总产值"),
    # national work report 1980
    (S1980, "27万人", "招生数"),
    # national work report 1988
    (S1988, "９０％", "它们拥有的核武器"),
])
def test_a_name_ends_before_the_predicate(text, printed, name):
    assert fact(text, printed)["indicator"] == name


S1956_DEFENCE = "１９５６年国家预算规定国防费支出为６，１４１，３９１，０００元，比上年国防费决算数减少了５．５２％。"
S1956_DEBT = ("１９５６年国家预算规定债款支出７５９，２２７，０００元，占本年预算支出的２．４７％；对外援助和其他支出"
              "６６９，３１５，０００元，占本年预算支出的２．１８％；总预备费７９０，７０３，０００元，占本年预算支出的２．５７％。")
S1959 = ("在农业和轻工业生产继续跃进的基础上，计划规定一九五九年的社会商品零售总额将达到六百五十亿元，"
         "比一九五八年的五百四十八亿元增长百分之十九。")
S1987 = "国务院决定今年行政费、事业费和管理费等各项开支要比去年预算执行数节约１０％的总要求，必须努力做到。"


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 1956: what the budget sets, not the budget setting it
    (S1956_DEFENCE, "６，１４１，３９１，０００元", "国防费支出"),
    (S1956_DEFENCE, "５．５２％", "国防费支出"),
    (S1956_DEBT, "７５９，２２７，０００元", "债款支出"),
    (S1956_DEBT, "２．４７％", "债款支出"),
    # national work report 1959: what the plan sets
    (S1959, "六百五十亿元", "社会商品零售总额"),
    (S1959, "百分之十九", "社会商品零售总额"),
    # national work report 1987: what the State Council decides on
    (S1987, "１０％", "行政费、事业费和管理费等各项开支"),
])
def test_who_decides_a_figure_is_no_part_of_its_name(text, printed, name):
    assert fact(text, printed)["indicator"] == name


S1956_GRAIN = ("如果没有特大的灾荒，粮食产量将要达到３，９８９亿斤，比１９５５年增长８．４％，比五年计划原定１９５７年"
               "３，８５６亿斤的水平超过１３３亿斤；棉花产量将要达到３，５５６万担，比１９５５年增长１７．１％，"
               "比五年计划原定１９５７年３，２７０万担的水平超过２８６万担。")
S1958 = "一九五八年计划粮食产量三千九百二十亿斤和棉花产量三千五百万担的指标，以及农副业的其他各项指标，都是很积极的。"


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 1956: the level of the plan is the grain output it sets, named before
    (S1956_GRAIN, "３，８５６亿斤", "粮食产量"),
    (S1956_GRAIN, "３，２７０万担", "棉花产量"),
    # national work report 1958: the target of the cotton output, not the target as a thing
    (S1958, "三千五百万担", "棉花产量"),
])
def test_the_level_or_target_a_figure_sets_is_no_name(text, printed, name):
    assert fact(text, printed)["indicator"] == name


S2015_EMISSIONS = ("今年，二氧化碳排放强度要降低3.1%以上，化学需氧量、氨氮排放都要减少2%左右，"
                   "二氧化硫、氮氧化物排放要分别减少3%左右和5%左右。")


@pytest.mark.parametrize(("printed", "name"), [("3%", "二氧化硫排放"), ("5%", "氮氧化物排放")])
def test_the_items_of_a_list_share_its_emissions(printed, name):
    # national work report 2015: what falls is the emissions of each pollutant, not the pollutant
    assert fact(S2015_EMISSIONS, printed)["indicator"] == name


S1958_SPAN = ("一九五三年到一九五七年五年基本建设总投资额累计完成四百八十七亿七千七百万元，"
              "超过第一个五年计划总投资额百分之十四点一。")
S1993 = "就全国来说，保持这样的增长速度，在今后五年内，就能够实现原定２０００年国民生产总值比１９８０年翻两番的宏伟目标。"


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 1958: the end of the span of years opens no name
    (S1958_SPAN, "四百八十七亿七千七百万元", "基本建设总投资额"),
    # national work report 1993: nor does the year a target was set for
    (S1993, "两番", "国民生产总值"),
])
def test_the_year_a_figure_reaches_opens_no_name(text, printed, name):
    assert fact(text, printed)["indicator"] == name


def test_a_clause_with_its_own_change_is_no_part_of_the_name():
    # national work report 2018: the transfers grew without a figure; the projects fell by two thirds
    text = ("财税改革取得重大进展，全面推行财政预决算公开，构建以共享税为主的中央和地方收入分配格局，"
            "启动中央与地方财政事权和支出责任划分改革，中央对地方一般性转移支付规模大幅增加、专项转移支付项目减少三分之二。")
    assert fact(text, "三分之二")["indicator"] == "专项转移支付项目"


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 1956
    ("在基本建设方面，根据１９５５年对３，２８０个较大的建设单位的统计，节约的资金约达１０亿余元，"
     "比原投资计划减少了１６．１％。", "３，２８０个", "较大的建设单位"),
    # national work report 1958
    ("根据十六个省、市三十四万多个农业生产合作社的统计，已经有四分之一的合作社的生产和收入，超过了当地富裕中农的水平。",
     "三十四万多个", "农业生产合作社"),
    # national work report 1983
    ("据对一百七十六个在建的大中型项目的检查，现在要花的投资就比原来的概算增加一百八十五亿元，其中固然有些是原概算偏低，"
     "但大量的是由于种种不合理的因素造成的。", "一百七十六个", "在建的大中型项目"),
])
def test_a_count_names_the_units_surveyed_not_the_survey(text, printed, name):
    assert fact(text, printed)["indicator"] == name


def test_the_same_period_of_a_year_before_is_no_name():
    # national work report 1956: 去年同期 is when the investment was 24% done, not what was
    text = "在基本建设方面，到５月份为止，全国基本建设投资总额完成年计划２７％，去年同期则完成２４％。"
    assert fact(text, "２４％")["indicator"] == "全国基本建设投资总额"


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 1955: 如 (for instance) opens the example, not its name
    ("在工业生产方面：两个年度计划都超额完成，一九五四年工业总产值比一九五二年增长了百分之五十三点七；重要产品的产量都有显著"
     "增长，如铁增长百分之五十六，钢增长百分之六十五，发电增长百分之五十一，煤增长百分之二十六，水泥增长百分之六十一，"
     "木材增长百分之一百一十一，棉布增长百分之三十七。", "百分之五十六", "铁"),
    # national work report 1959
    ("由于工业产量的增长和品种的增加，工业材料和设备的自给率也有了提高，如一九五七年钢材的自给率已经达到百分之八十六，"
     "机械设备的自给率已经达到百分之六十以上。", "百分之八十六", "钢材的自给率"),
])
def test_an_example_marker_opens_no_name(text, printed, name):
    assert fact(text, printed)["indicator"] == name


def test_the_close_of_an_inclusion_is_no_part_of_the_name():
    # national work report 1955: 包括…单位在内: the units counted (which ones the words before their 的 say), not their
    # being included
    text = ("五年内我国工业基本建设的新建和改建的单位，包括苏联帮助我国建设的一百五十六个单位在内，在限额以上（注）的有六百九十四个，"
            "加上农业、林业、水利方面的二百五十二个，运输交通和邮电方面的二百二十个，文化、教育、卫生方面的一百五十六个，"
            "城市公用事业方面的一百十八个，其他方面的一百六十个，全部限额以上的基本建设单位共有一千六百个。")
    assert fact(text, "一百五十六个单位")["indicator"] == "苏联帮助我国建设的单位"


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 1958: what is to grow, not its being required to
    ("大豆要求增长百分之四点四。", "百分之四点四", "大豆"),
    ("甘蔗和甜菜要求分别增长百分之二十七点五和百分之二十九点五。", "百分之二十九点五", "甜菜"),
])
def test_a_required_growth_is_named_by_what_grows(text, printed, name):
    assert fact(text, printed)["indicator"] == name


def test_who_holds_a_view_and_its_adverb_are_no_part_of_the_name():
    # national work report 1957: 有人认为 (some hold) opens no name, 竟 (even) ends none
    assert fact("有人认为肃反的偏差竟达到90%以上，这是完全没有根据的。", "90%")["indicator"] == "肃反的偏差"


S1954_CLINICS = "在少數民族地區已經有縣衞生院三百零九所，另外全國還有少數民族醫院三十八所。"


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 1954: the owner and what it has, not the having
    (S1954_CLINICS, "三百零九所", "少數民族地區縣衞生院"),
    (S1954_CLINICS, "三十八所", "全國少數民族醫院"),
    ("在敎育工作方面，在一九五三年，全國已有少數民族小學生二百五十四萬六千餘人，中等學校學生十六萬三千餘人，"
     "高等學校學生五千五百餘人。", "二百五十四萬六千餘人", "全國少數民族小學生"),
])
def test_what_an_owner_already_has_is_named_without_the_having(text, printed, name):
    assert fact(text, printed)["indicator"] == name
