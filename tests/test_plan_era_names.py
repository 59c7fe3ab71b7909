"""Names and figures of the national work reports of 1954–1988, on verbatim sentences.

The plan-era reports print their figures in Chinese numerals and full-width digits and in the wording of their
time (``达到了``, ``六万万人民``); each test is a sentence copied from the report named in its comment.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts
from _work_reports import WorkReports

import dhcheng_analysis as dh


@pytest.fixture(scope="module")
def reports():
    return WorkReports()




# -- 了 after the verb that ends a name goes with the verb -----------------------------------------------

S1959_OUTPUT = ("其中，工业总产值达到了六百五十亿二千万元，比一九五二年的二百七十亿一千万元增长百分之一百四十一；"
                "手工业总产值达到了一百三十三亿七千万元，比一九五二年的七十三亿一千万元增长百分之八十三；"
                "农业总产值达到了六百零三亿五千万元，比一九五二年的四百八十三亿九千万元增长百分之二十五。")


@pytest.mark.parametrize(("text", "printed", "name", "measure"), [
    # national work report 1959
    (S1959_OUTPUT, "六百五十亿二千万元", "工业总产值", "level"),
    (S1959_OUTPUT, "百分之一百四十一", "工业总产值", "change_pct"),
    (S1959_OUTPUT, "一百三十三亿七千万元", "手工业总产值", "level"),
    (S1959_OUTPUT, "六百零三亿五千万元", "农业总产值", "level"),
    # national work report 1957
    ("正是由于这种迅速的发展，1956年的工业总产值达到了五百八十六亿元，超过了五年计划所要求的1957年的指标。",
     "五百八十六亿元", "工业总产值", "level"),
    # national work report 1959 (a share)
    ("农村中劳动互助运动已经广泛地发展起来，参加农业劳动互助组的农户达到了百分之六十左右，"
     "但是，组成农业生产合作社的农户还只占农户总数的百分之二左右。", "百分之六十", "参加农业劳动互助组的农户", "rate_pct"),
])
def test_aspect_word_after_the_verb_is_no_part_of_the_name(text, printed, name, measure):
    f = fact(text, printed)
    assert (f["indicator"], f["measure"]) == (name, measure)


def test_a_name_left_empty_by_the_verb_is_the_one_named_before():
    # national work report 1959: 达到了 heads the last clause; the students are named at the head of the sentence
    text = ("中等学校的学生，一九五二年有三百多万人，一九五七年已经有七百多万人，也增加一倍多，"
            "一九五八年又比一九五七年增加百分之七十，达到了一千二百万人。")
    f = fact(text, "一千二百万人")
    assert (f["indicator"], f["measure"], f["value"], f["unit"]) == ("中等学校的学生", "level", 12_000_000, "人")


# -- 人民 after a count is the persons counted, not 人 and a name starting with 民 ---------------------------

@pytest.mark.parametrize(("text", "printed", "value"), [
    # national work report 1954
    ("這表現了我國六萬萬人民的不可動搖的共同意志。", "六萬萬", 600_000_000),
    # national work report 1959 (多: over)
    ("但是，当资本主义世界到处闹着失业的时候，社会主义制度却不仅从根本上消灭了我国旧社会长期遗留下来的失业现象，"
     "并且还保证我国六亿多人民的生活水平随着生产发展而逐步提高。", "六亿", 600_000_000),
    # national work report 1987 (what the people do is no part of their name)
    ("十亿人民有党的马克思主义正确路线指引下，团结奋斗，开拓前进，社会主义建设取得了建国以来更加突出的成就。",
     "十亿", 1_000_000_000),
    # national work report 1960
    ("在六亿五千万人民中，社会主义的积极性空前提高。", "六亿五千万", 650_000_000),
])
def test_a_count_of_the_people_is_named_people(text, printed, value):
    f = fact(text, printed)
    assert (f["indicator"], f["measure"], f["value"], f["unit"]) == ("人民", "level", value, "人")


# -- the base of a multiple printed in the multiple's own clause -----------------------------------------

@pytest.mark.parametrize(("text", "printed", "name", "base"), [
    # national work report 1954
    ("一九五四年消費資料的生産將等於一九四九年的三點一倍左右，而生産資料的生産却將等於一九四九年的五點七倍左右。",
     "三點一倍", "消費資料的生産", "一九四九年"),
    ("一九五四年消費資料的生産將等於一九四九年的三點一倍左右，而生産資料的生産却將等於一九四九年的五點七倍左右。",
     "五點七倍", "生産資料的生産", "一九四九年"),
    # national work report 1954 (達到)
    ("在一九五三年，社會商品零售總額已經增加到三百二十五萬億元，等於一九五〇年的一點八倍，"
     "對外貿易也達到一九五〇年的一點八倍。", "也達到一九五〇年的一點八倍", "對外貿易", "一九五〇年"),
    # national work report 1988 (分别: both multiples share the base)
    ("１９８７年来华旅游入境总人数达到２６９０万人次，创汇１８．４亿美元，分别为１９８２年的３．４倍和２．２倍，"
     "增进了国际社会对中国的了解和中国人民同各国人民的友谊。", "３．４倍", "来华旅游入境总人数", "1982年"),
    ("１９８７年来华旅游入境总人数达到２６９０万人次，创汇１８．４亿美元，分别为１９８２年的３．４倍和２．２倍，"
     "增进了国际社会对中国的了解和中国人民同各国人民的友谊。", "２．２倍", "创汇", "1982年"),
])
def test_a_multiple_is_of_the_base_named_before_it(text, printed, name, base):
    f = fact(text, printed)
    assert (f["indicator"], f["measure"], f["unit"], f["comparator"]) == (name, "level", "倍", base)


# -- an area named in the clause before a figure whose own clause names nothing --------------------------

def test_an_area_named_in_the_clause_before_names_the_figure():
    # national work report 1955
    text = "五年内，包括工厂厂房、工人职员宿舍、学校、医院等在内的房屋建筑面积，约有一亿五千万平方公尺。"
    f = fact(text, "一亿五千万平方公尺")
    assert f["indicator"].endswith("房屋建筑面积")
    assert (f["measure"], f["qualifier"], f["value"], f["unit"]) == ("level", "about", 150_000_000, "平方米")


def test_a_part_added_to_a_total_is_no_name_of_the_total():
    # national work report 1960: 加上原有的灌溉面积 adds a part; the total is not the area there was
    text = ("从一九五七年冬季开始，几千万人上阵，大修水利，两年共增加灌溉面积五亿五千万亩，"
            "加上原有的灌溉面积，共达十亿零七千万亩。")
    assert fact(text, "十亿零七千万亩")["indicator"] != "原有的灌溉面积"


def test_an_income_named_in_the_clause_before_names_the_figure():
    # national work report 1957
    text = "全国平均起来，每个农民一年的农业生产净收入，大约有70元左右，合到每个农户一年的收入大约有300左右。"
    f = fact(text, "70元")
    assert (f["indicator"], f["qualifier"], f["value"], f["unit"]) == ("每个农民一年的农业生产净收入", "about", 70, "元")


# -- 约有, 约达: about, with the verb between ------------------------------------------------------------

@pytest.mark.parametrize(("text", "printed", "value"), [
    # national work report 1954
    ("我國在第一個五年計劃期間新建和改建的重大工業建設項目約有六百個，大家所知道的蘇聯協助我國建設的一百四十一個項目就是其中的骨幹。",
     "六百個", 600),
    # national work report 1955
    ("五年内，就业人数共增加约四百二十万人，工人职员的平均工资以货币计算约增长百分之三十三；国营企业和国家机关所支付的"
     "劳动保险基金、医药费、福利费和文化教育费将共达五十亿元以上；国家拨款为工人职员建筑的住宅，将约达四千六百万平方公尺。",
     "四千六百万平方公尺", 46_000_000),
    # national work report 2013
    ("去年价格上涨的翘尾影响约有1个百分点。", "1个百分点", 1),
])
def test_about_before_the_verb_of_a_figure(text, printed, value):
    f = fact(text, printed)
    assert (f["qualifier"], f["value"]) == ("about", value)


# -- a bracket of what a name includes is no part of it, nor a clause boundary ---------------------------

@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 1956
    ("国民经济计划执行的结果表明：１９５５年完成的基本建设投资额（包括经济、文教、行政方面的基本建设）共为８６．３亿元，"
     "本年新增的固定资产比１９５４年增加了１６％。", "８６．３亿元", "基本建设投资额"),
    ("全国基本建设（包括经济、文教、行政各方面的基本建设）的投资共有１４０亿元，比１９５５年基本建设投资增长６２％。",
     "１４０亿元", "全国基本建设的投资"),
    # national work report 1957
    ("1956年，全国农業总产值約为五百八十三亿元，比1955年增加了二十七亿四千万元，接近了第一个五年計划最后一年的指标；"
     "粮食（不包括大豆）的产量为三千六百五十亿斤，比1955年增加了一百五十四亿斤，超过了第一个五年計划最后一年的指标。",
     "三千六百五十亿斤", "粮食的产量"),
])
def test_an_inclusion_note_is_no_part_of_the_name(text, printed, name):
    assert fact(text, printed)["indicator"] == name


# -- a span of years left at the end of a name goes with its year -----------------------------------------

S1985_SPENDING = ("从１９７８年到１９８３年，城乡居民的平均消费水平，由一百七十五元提高到二百八十八元，１９８４年达到三百二十元左右，"
                  "扣除价格上涨因素，平均每年提高７．３％，远远超过１９５３年到１９７８年的二十六年间平均每年增长２．２％的速度。")
S1985_OUTPUT = ("１９８４年，我国工农业总产值突破一万亿元，在１９７９到１９８３年平均每年递增７．９％的基础上，比上年增长１４．２％，"
                "各方面的经济效益也有提高。")


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 1985
    (S1985_OUTPUT, "７．９％", "我国工农业总产值"),
    (S1985_OUTPUT, "１４．２％", "我国工农业总产值"),
    (S1985_SPENDING, "一百七十五元", "城乡居民的平均消费水平"),
    (S1985_SPENDING, "７．３％", "城乡居民的平均消费水平"),
    # national work report 1954
    ("五年來國家財政用於救濟方面的經費，從一九五〇年到一九五三年共有八萬億元，一九五四年有三萬億元，其中絕大部分是用於農村的。",
     "八萬億元", "國家財政用於救濟方面的經費"),
    # national work report 1986
    ("过去我国农业发展缓慢，粮食产量在一九五三年到一九七八年间平均每年只增长五百多万吨，棉花产量在一九六五年到一九七八年间"
     "长期停滞不前，解决人民吃饭穿衣问题一直是摆在我们面前的严峻任务。", "五百多万吨", "粮食产量"),
])
def test_a_span_of_years_is_no_part_of_the_name(text, printed, name):
    assert fact(text, printed)["indicator"] == name


# -- a range of months printed with full-width dashes, 至 or 到 is a period, and its last month no figure --

def test_the_last_month_of_a_range_is_no_figure():
    # national work report 1956
    text = "在商业方面，今年１——５月份的收购额和销售额在可比的范围内比去年同期都有增长，但是一部分商业机构没有完成国家计划。"
    assert facts(text).empty
    roles = dh.mentions(text)
    assert set(roles["role"]) == {"period"}


@pytest.mark.parametrize(("text", "printed", "period"), [
    # national work report 1956
    ("据国家统计局初步统计，在工业生产方面，本年１——５月份各工业部工业生产总值计划完成１０２．６％，比上年同期增长３３．３％。",
     "３３．３％", "1-5月"),  # (份 is no part of the period)
    # national work report 1981
    ("在城镇中，今年１至９月安排了四百七十七万人就业。", "四百七十七万人", "1至9月"),
    ("城乡人民的储蓄存款，今年１到１０月增加了九十五亿元，达到四百九十四亿元，这是广大人民生活改善的一个重要标志，"
     "也是广大人民对我国经济发展前途充满信心的一个重要标志。", "四百九十四亿元", "1到10月"),
])
def test_a_range_of_months_is_the_period(text, printed, period):
    assert fact(text, printed)["period"] == period


# -- 则, 那麽 and the plan word 要求 at the head of a name are no part of it --------------------------------

@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 1955
    ("以运输业说，五年内新建成的铁路干线和支线共四千公里以上，加上恢复铁路、改建铁路、新建复线、延长车站站线、"
     "工业和其他的专用线，则增加的铁路总长度约为一万公里。", "一万公里", "增加的铁路总长度"),
    # national work report 1954
    ("一九五四年預計現代工業的總産值將等於一九四九年的四點二倍，如果再加上農業和手工業，那麽今年的工農業總産值將等於一九四九年的"
     "二點二倍。", "二點二倍", "工農業總産值"),
    # national work report 1958
    ("一九五八年要求猪的头数在年底达到一亿五千万头，以增加肉食、肥料和农家收入。", "一亿五千万头", "猪的头数"),
])
def test_a_connective_or_plan_word_at_the_head_is_no_part_of_the_name(text, printed, name):
    assert fact(text, printed)["indicator"] == name


def test_a_growth_rate_a_plan_requires_is_named_by_what_grows():
    # national work report 1981
    text = "１９８２年的计划，要求工农业总产值的增长速度由今年预计的３％提高到４％，并在执行中力争超过。"
    assert fact(text, "４％")["indicator"] == "工农业总产值"


# -- a change verb with 为 (上升为, 下降为, 降为) gives the rate reached, as 上升到 does ------------------------

S1956_SHARES = ("现代工业在工农业总产值中所占的比重将上升到３６．５％，农业和农村副业所占的比重将下降为４８．２％，"
                "手工业所占的比重将下降为１５．３％。")


@pytest.mark.parametrize(("text", "printed", "name", "value"), [
    # national work report 1956
    (S1956_SHARES, "４８．２％", "农业和农村副业所占的比重", 48.2),
    (S1956_SHARES, "１５．３％", "手工业所占的比重", 15.3),
    # national work report 1959
    ("在工业总产值中，生产资料工业所占的比重，一九五二年为百分之三十九点七，一九五七年上升为百分之五十二点八。",
     "百分之五十二点八", "生产资料工业所占的比重", 52.8),
    # national work report 1980
    ("积累率由1978年的36.5％，降为33.6％。", "33.6％", "积累率", 33.6),
])
def test_a_change_to_a_rate_is_the_rate_reached(text, printed, name, value):
    f = fact(text, printed)
    assert (f["indicator"], f["measure"], f["value"]) == (name, "rate_pct", value)


# -- a growth over a span of years (五年内, 四年内) is no change on the year before ----------------------------

@pytest.mark.parametrize(("text", "printed", "name", "span"), [
    # national work report 1986
    ("综合考虑这些任务的要求，“七五”计划草案规定，在不断提高经济效益的前提下，五年内全国工农业总产值增长百分之三十八，"
     "国民生产总值增长百分之四十四。", "百分之三十八", "全国工农业总产值", "五年内"),
    # national work report 1955
    ("人民保健事业有较大的发展，五年内病床将增长百分之七十七，医师人数将增加百分之七十四，中医师的力量将被发挥。",
     "百分之七十七", "病床", "五年内"),
])
def test_a_growth_over_a_span_of_years_is_a_change_over_the_span(text, printed, name, span):
    f = fact(text, printed)
    assert (f["indicator"], f["measure"], f["comparator"]) == (name, "change_pct", span)
    assert "multi_year" in f["flags"]


def test_a_year_in_a_span_word_is_no_span():
    # national work report 1956: 在１９５６年内 names one year (its 56年内 is no span of years)
    text = ("在１９５６年内，国民经济各部门增加的新工人将达到８４万人。全国职工的平均工资将提高１４．５％，其中物质生产部门、"
            "重点建设地区、高级科学技术人员和高级技术工人的工资将有较多的提高。")
    f = fact(text, "１４．５％")
    assert (f["indicator"], f["measure"], f["comparator"]) == ("全国职工的平均工资", "yoy_pct", "")


# -- 每年递增 and an adverb between 平均每年 and its verb: a change per year over several ---------------------

S1983_ENERGY = ("正因为工业结构经过调整和整顿而日趋合理，尽管前四年内我国能源消费总量平均每年只增长百分之一点九，"
                "而整个工业却以每年递增百分之七点二的速度向前发展，这是经济调整的一个重大胜利。")


@pytest.mark.parametrize(("text", "printed", "name", "base"), [
    # national work report 1955
    ("我国第一个五年计划规定工业总产值增长百分之九十八点三，即每年递增百分之十四点七。", "百分之十四点七", "工业总产值", "每年"),
    # national work report 1983
    (S1983_ENERGY, "百分之一点九", "我国能源消费总量", "平均每年"),
    (S1983_ENERGY, "百分之七点二", "整个工业", "每年"),
])
def test_a_change_per_year_is_averaged_over_years(text, printed, name, base):
    f = fact(text, printed)
    assert (f["indicator"], f["measure"], f["comparator"]) == (name, "change_pct", base)
    assert "multi_year" in f["flags"]


# -- a qualifier before the verb right before a figure (约增长, 大约增加了, 至少增产) --------------------------

@pytest.mark.parametrize(("text", "printed", "qualifier"), [
    # national work report 1955
    ("其中：国营商业约增长百分之一百三十三点二，合作社营商业约增长百分之二百三十九点五。", "百分之二百三十九点五", "about"),
    ("如果每件棉纱平均少用两斤棉花，全国每年就可以至少增产两万件棉纱。", "两万件", "at_least"),
    # national work report 1964
    ("四年以来，主要工业产品的品种大约增加了两万四千种，比一九五八年到一九六○年大发展时期所增加的品种还多两倍。",
     "两万四千种", "about"),
    # national work report 2018
    ("加大网络提速降费力度，实现高速宽带城乡全覆盖，扩大公共场所免费上网范围，明显降低家庭宽带、企业宽带和专线使用费，"
     "取消流量“漫游”费，移动网络流量资费年内至少降低30%，让群众和企业切实受益，为数字中国、网络强国建设加油助力。",
     "30%", "at_least"),
])
def test_a_qualifier_before_the_verb_qualifies_the_figure(text, printed, qualifier):
    assert fact(text, printed)["qualifier"] == qualifier


# -- a five-year plan period (第五个五年计划期间, “五五”时期) is no name ------------------------------------------

@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 1986
    ("“六五”期间，国家财政用于这些方面的经费共为一千一百七十二亿元，比“ 五五”时期的五百七十七亿元增长一倍。",
     "五百七十七亿元", "国家财政用于这些方面的经费"),
    ("我国农业总产值从一九五三年至一九八○年的二十八年间平均每年增长百分之三点五，其中增长较快的“一五”时期平均每年增长"
     "百分之四点五，“五五”时期平均每年增长百分之五点一，而“六五’时期的年平均增长速度比这两个时期都高得多。",
     "百分之五点一", "我国农业总产值"),
    # national work report 1982
    ("用于发展教育、科学、文化、卫生事业的经费计划为九百六十七亿元，比第五个五年计划期间的五百七十七亿元增加百分之六十八。",
     "百分之六十八", "用于发展教育、科学、文化、卫生事业的经费"),
])
def test_a_plan_period_is_no_name(text, printed, name):
    assert fact(text, printed)["indicator"] == name


# -- 今年 after a name and the plan verb 拟定 before a figure are no part of the name -----------------------

@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 1958
    ("一九五八年的基本建设总投资额，拟定为一百四十五亿七千七百万元，比一九五七年的预计数增加了二十二亿元，增长百分之十七点八。",
     "一百四十五亿七千七百万元", "基本建设总投资额"),
    # national work report 1981
    ("国内市场商品货源增加，供应情况比较好，社会商品零售额今年预计将比去年增长９％。", "９％", "社会商品零售额"),
    # national work report 2010
    ("企业退休人员基本养老金今年再提高10%。", "10%", "企业退休人员基本养老金"),
])
def test_this_year_after_a_name_and_a_plan_verb_are_no_part_of_it(text, printed, name):
    assert fact(text, printed)["indicator"] == name


# -- a year opening an indented paragraph (　　1979年商业部门…) is the period of its sentence --------------------

@pytest.mark.parametrize(("text", "printed", "period"), [
    # national work report 1980 (the paragraph as printed, with its indent)
    ("　　1979年商业部门收购商品总额1，992亿元，比上年增长14.5％；今年上半年，收购商品总额又比去年同期增长17.9％。",
     "1，992亿元", "1979年"),
    # national work report 1957
    ("　　1956年全国完成了将近一百四十亿元的基本建设投资额，等于五年计划规定的投资总额的三分之一，因而改变了前三年基本建设投资"
     "只完成五年计划一半稍多的情况，使前四年完成的比重达到百分之八十六，这就保证了第一个五年的基本建设计划能够超额完成。",
     "一百四十亿元", "1956年"),
])
def test_a_year_opening_an_indented_paragraph_is_its_period(text, printed, period):
    assert fact(text, printed)["period"] == period


# -- 预计将, 估计将: an estimate, not a target -------------------------------------------------------------

@pytest.mark.parametrize(("text", "printed"), [
    # national work report 1981
    ("国内市场商品货源增加，供应情况比较好，社会商品零售额今年预计将比去年增长９％。", "９％"),
    # national work report 1979
    ("今年由于提高了农副产品的收购价格，减免了部分地区的农业税收，加上农业生产的发展，农村社队和农民的收入估计将增加"
     "一百三十亿元左右。", "一百三十亿元"),
    # national work report 1956
    ("　　１９５６年社会商品零售总额预计将达到４６０亿元，比上年增长１５％，比五年计划中规定的１９５７年的水平４９８亿元只差３８亿元。",
     "４６０亿元"),
])
def test_will_after_an_estimate_word_is_an_estimate(text, printed):
    assert fact(text, printed)["status"] == "estimate"


# -- a Chinese decimal below one (零点八倍) is one number ------------------------------------------------------

@pytest.mark.parametrize(("text", "printed", "value"), [
    # national work report 1955
    ("原煤：从六千三百五十三万吨增加到一亿一千三百万吨，增长零点八倍。", "零点八倍", 80),
])
def test_a_chinese_decimal_below_one(text, printed, value):
    f = fact(text, printed)
    assert (f["raw_value"], f["indicator"], f["measure"], f["value"]) == ("零点八", "原煤", "yoy_pct", value)
    assert len(facts(text)) == 3


# -- a half printed after a unit (六倍半, 十三斤半) is part of the number ----------------------------------------

@pytest.mark.parametrize(("text", "printed", "name", "value", "unit"), [
    # national work report 1954
    ("一九五四年預算中經濟建設的支出等於一九五〇年的六倍半；經濟建設費佔整個財政支出的比重，也從一九五〇年的百分之二十五點五"
     "增加到一九五四年預算的百分之四十五點四。", "六倍半", "預算中經濟建設的支出", 6.5, "倍"),
    # national work report 1955
    ("吉林省四平市李川江的“大豆榨油操作法”，使每百斤大豆的出油量在一九五四年提高到十三斤半，比全国每百斤大豆的平均出油量"
     "多二斤左右；李川江所在的榨油车间于一九五五年第一季度，每百斤大豆的出油量又提高到十四斤以上。",
     "十三斤半", "每百斤大豆的出油量", 13.5, "斤"),
])
def test_a_half_after_a_unit_is_part_of_the_number(text, printed, name, value, unit):
    f = fact(text, printed)
    assert (f["indicator"], f["value"], f["unit"]) == (name, value, unit)
    assert text[f["start"]:f["end"]] == printed


# -- a sentence that opens with its verb goes on with the subject of the sentence before --------------------

def test_a_sentence_opening_with_its_verb_speaks_of_the_subject_before():
    # national work report 1955: 两年平均每年增长 opens the sentence after the two growth rates of the output
    text = ("　　在工业农业总产值方面：一九五三年比一九五二年增长百分之十四点四，一九五四年又比一九五三年增长百分之九点四。"
            "两年平均每年增长百分之十一点九，超过五年计划规定的平均每年增长百分之八点六的速度。")
    f = fact(text, "百分之十一点九")
    assert f["indicator"].startswith("工业农业总产值")
    assert (f["measure"], f["comparator"]) == ("change_pct", "平均每年")


# -- modal words (应该, 才, 可) and 方面 at the end of a name, 经过 at its head, are no part of it -------------

@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 1960
    ("但是按照纲要要求的水平计算，全国粮食总产量应该有七千二百亿斤到七千五百亿斤，还要在一九五九年粮食总产量的基础上，"
     "再增加一千八百亿斤以上，即增长三分之一以上。", "七千二百亿斤", "全国粮食总产量"),
    # national work report 1979
    ("全国将用三十亿元建设职工住宅（企业自建的在外），竣工面积可达三千多万平方米。", "三千多万平方米", "竣工面积"),
    # national work report 1959
    ("经过了五十多年的时间，到一九○七年，英国的煤产量才增加到二亿七千万吨，而我国也只花了六年的时间，"
     "就在一九五八年达到了这个水平。", "二亿七千万吨", "英国的煤产量"),
    # national work report 1955
    ("　　在工业农业总产值方面：一九五三年比一九五二年增长百分之十四点四，一九五四年又比一九五三年增长百分之九点四。",
     "百分之十四点四", "工业农业总产值"),
])
def test_a_modal_or_frame_word_at_an_end_is_no_part_of_the_name(text, printed, name):
    assert fact(text, printed)["indicator"] == name


# -- a large Chinese numeral before a counted noun (一亿二千万农户, 八亿农民) is a figure ------------------------

@pytest.mark.parametrize(("text", "printed", "name", "value", "unit", "qualifier"), [
    # national work report 1960
    ("一九五九年全年养猪二亿七千万头，年底存栏一亿八千万头；全国一亿二千万农户，按年底存栏数平均每户一头半，"
     "按全年饲养量平均每户两头以上，提前达到了纲要要求在一九六二年达到的标准。", "一亿二千万", "农户", 120_000_000, "户", "exact"),
    # national work report 1955
    ("我国是一个大国，情况是复杂的，国民经济原来又很落后，有一亿一千多万农户的小农经济，有很大数量的手工业，"
     "而且资本主义工商业在国民经济中还占相当大的比重。", "一亿一千多万", "农户", 110_000_000, "户", "over"),
    # national work report 1958
    ("目前全国每天有近一亿劳动力参加农田水利的建设。", "一亿", "参加农田水利的建设的劳动力", 100_000_000, "人", "nearly"),
])
def test_a_large_chinese_numeral_counts_the_noun_after_it(text, printed, name, value, unit, qualifier):
    f = fact(text, printed)
    assert (f["indicator"], f["value"], f["unit"], f["qualifier"]) == (name, value, unit, qualifier)


# -- a rate by which an outcome exceeds its plan is a change against the plan -------------------------------

S1958_OUTPUT = ("一九五七年的工业总产值（不包括手工业产值，下同），包括原有企业和新建企业的在内，预计达到六百二十八亿一千万元"
                "（按一九五二年不变价格计算），超过年度计划百分之四点一，比上一年增长百分之六点九，超过第一个五年计划所规定的"
                "一九五七年的指标百分之十七点三。")


@pytest.mark.parametrize(("text", "printed", "name", "plan"), [
    # national work report 1958
    (S1958_OUTPUT, "百分之四点一", "工业总产值", "年度计划"),
    (S1958_OUTPUT, "百分之十七点三", "工业总产值", "第一个五年计划所规定的一九五七年的指标"),
])
def test_a_rate_above_the_plan_is_a_change_against_it(text, printed, name, plan):
    f = fact(text, printed)
    assert (f["indicator"], f["measure"], f["comparator"]) == (name, "change_pct", plan)


# -- a large Chinese numeral with no unit is a figure when a qualifier or a stop follows it ------------------

S1959_TIBET = ("西藏，包括昌都、前藏、后藏三部分地方，共有人口一百二十万，参加叛乱的人只有两万左右，其中多数是被欺骗裹胁参加的，"
               "而且还包括一部分由金沙江以东原西康省地区逃跑去的叛乱分子，即所谓康巴人。")


@pytest.mark.parametrize(("text", "printed", "name", "value", "qualifier"), [
    # national work report 1959
    (S1959_TIBET, "一百二十万", "人口", 1_200_000, "exact"),
    (S1959_TIBET, "两万", "参加叛乱的人", 20_000, "about"),
    # national work report 1981
    ("今后要强调树立全面发展的观念，动员三亿多农村劳动力，广开生产门路，发展多种经营和家庭副业，向生产的深度和广度进军。",
     "三亿", "农村劳动力", 300_000_000, "over"),
])
def test_a_large_chinese_numeral_before_a_qualifier_or_a_stop(text, printed, name, value, qualifier):
    f = fact(text, printed)
    assert (f["indicator"], f["value"], f["qualifier"]) == (name, value, qualifier)


def test_a_figure_of_a_statistics_count_is_an_outcome(reports):
    # national work report 1956: in the part planning 1956, a figure the statistics bureau counted for 1-5月
    f = reports.fact_at(1956, "据国家统计局初步统计，在工业生产方面，本年１——５月份各工业部工业生产总值计划完成１０２．６％，"
                        "比上年同期增长３３．３％。", "３３．３％")
    assert (f["status"], f["period"]) == ("actual", "1-5月")


# -- a percent in Chinese numerals is no part of the name read before it ---------------------------------------

S1960_COTTON = ("总计亩产皮棉六十斤、八十斤或者一百斤以上的，共有二百零四个县，占全国一千零二十七个植棉县的百分之二十；"
                "共有三千六百四十八万四千亩棉田，占棉田实收面积八千五百多万亩的百分之四十二。")


@pytest.mark.parametrize(("text", "printed"), [
    # national work report 1960
    (S1960_COTTON, "一千零二十七个"),
    (S1960_COTTON, "百分之二十"),
    (S1960_COTTON, "八千五百多万亩"),
    (S1960_COTTON, "百分之四十二"),
])
def test_a_percent_in_chinese_numerals_is_no_part_of_a_name(text, printed):
    assert "分之" not in fact(text, printed)["indicator"]


def test_what_was_actually_reached_is_an_outcome(reports):
    # national work report 1982: the plan for 1981 and what it reached
    f = reports.fact_at(1982, "一九八一年计划为百分之三点七，实际达到百分之四点六；", "百分之四点六")
    assert f["status"] == "actual"


@pytest.mark.parametrize(("year", "phrase", "printed", "period"), [
    # national work report 1959: a year in Chinese numerals run into its sentence, in its paragraph
    (1959, "一九五八年我国工农业总产值达到了二千零五十亿元，", "二千零五十亿元", "一九五八年"),
    # national work report 1964
    (1964, "一九六五年国家预算收支都比上年增长百分之十以上，", "百分之十", "一九六五年"),
])
def test_a_year_in_chinese_numerals_opening_its_sentence_is_its_period(reports, year, phrase, printed, period):
    assert reports.fact_at(year, phrase, printed)["period"] == period


# -- an item after a semicolon that a year and its verb open is of the subject named before ------------------

S1982_SPEED = ("工农业总产值的增长速度，一九八一年计划为百分之三点七，实际达到百分之四点六；一九八二年计划为百分之四，"
               "预计可以达到百分之六点四。")


@pytest.mark.parametrize("printed", ["百分之四，", "百分之六点四"])
def test_a_year_item_after_a_semicolon_keeps_the_subject(printed):
    # national work report 1982
    f = fact(S1982_SPEED, printed)
    assert (f["indicator"], f["measure"]) == ("工农业总产值", "yoy_pct")  # (its 增长速度 is the measure)


def test_a_sentence_opening_with_its_verb_after_year_items(reports):
    # national work report 1982: the average of the two years the items before named
    f = reports.fact_at(1982, "两年平均每年递增百分之五点五。", "百分之五点五")
    assert (f["indicator"], f["measure"]) == ("工农业总产值的增长速度", "change_pct")


def test_a_plan_heading_a_list_holds_across_its_semicolons():
    # national work report 1982: 计划达到 at the head of the first item sets targets for all of them
    text = ("到一九八五年，全国粮食产量计划达到三亿六千万吨，比一九八○年增长百分之十二点三；棉花三百六十万吨，增长百分之三十三；"
            "纱三百五十九万吨，增长百分之二十二点八；食糖四百三十万吨，增长百分之六十七点三；原煤七亿吨，增长百分之十二点九；"
            "发电量三千六百二十亿度，增长百分之二十点四；钢三千九百万吨，增长百分之五点一。")
    f = facts(text)
    assert set(f["status"]) == {"target"}
    assert fact(text, "三千九百万吨")["indicator"] == "钢"
