"""Figures of sentences of the State Council government work reports of 2007-2025, read by eye.

Each sentence is copied verbatim from the work-report corpus (the year of the report in the comment);
each test names the rule it pins and asserts the fields a reading found wrong.
"""

from __future__ import annotations

from _sentences import fact_printed as fact
from _sentences import facts
from _work_reports import WorkReports

import dhcheng_analysis as dh

# -- a cut verb with its object before an amount is a change of the object --------------------------------


def test_cut_verb_with_its_object_is_a_change_of_the_object():
    # 2014
    r = fact("今年再减少农村贫困人口1000万人以上。", "1000")
    assert (r["indicator"], r["measure"], r["value"], r["qualifier"]) == (
        "农村贫困人口", "abs_change", -1e7, "at_least")
    # 2008
    r = fact("同时，削减财政赤字450亿元；拟增加中央预算稳定调节基金1032亿元。", "450")
    assert (r["indicator"], r["measure"], r["value"]) == ("财政赤字", "abs_change", -4.5e10)
    # 2017
    r = fact("全面推开营改增试点，全年\u200b降低企业税负5700多亿元，所有行业实现税负只减不增。", "5700")
    assert (r["indicator"], r["measure"], r["value"], r["qualifier"]) == ("企业税负", "abs_change", -5.7e11, "over")
    # 2008
    r = fact("全部取消了农业税、牧业税和特产税，每年减轻农民负担1335亿元。", "1335")
    assert (r["indicator"], r["measure"]) == ("农民负担", "abs_change")
    # 2018
    r = fact("今年再压减钢铁产能3000万吨左右，退出煤炭产能1.5亿吨左右，淘汰关停不达标的30万千瓦以下煤电机组。", "3000")
    assert (r["indicator"], r["measure"], r["value"]) == ("钢铁产能", "abs_change", -3e7)


def test_cut_verb_keeps_what_it_is_not_the_change_of():
    # 2003: the level reached after 减少到, not a change of 到
    r = fact("农村贫困人口由4960万人减少到2820万人。", "2820")
    assert (r["indicator"], r["measure"], r["value"]) == ("农村贫困人口", "level", 2.82e7)
    # 1981: a sum of two changes after 共
    s = ("这三年城镇共安排两千多万人就业，加上提高职工工资和实行奖励制度，国家增加财政开支和减少财政收入共四百零五亿元，"
         "相应地增加了职工的收入。")
    assert fact(s, "四百零五亿")["measure"] == "level"


def test_cut_ending_in_a_compound_of_its_own_is_one_word():
    # 2018
    s = ("单位国内生产总值能耗、水耗均下降20%以上，主要污染物排放量持续下降，重点城市重污染天数减少一半，森林面积增加1.63亿亩，"
         "沙化土地面积年均缩减近2000平方公里，绿色发展呈现可喜局面。")
    r = fact(s, "2000")
    assert (r["indicator"], r["measure"], r["value"], r["qualifier"]) == (
        "沙化土地面积", "abs_change", -2000.0, "nearly")


# -- the time of the level a change reaches, with 的, is no part of its name ------------------------------


def test_now_before_the_level_reached_is_no_part_of_its_name():
    # 2013
    r = fact("企业退休人员基本养老金从2004年人均每月700元提高到现在的1721元。", "1721")
    assert (r["indicator"], r["measure"], r["value"]) == ("人均企业退休人员基本养老金", "level", 1721.0)
    # 1981
    s = ("全国地县小铁厂由四百六十六个减少到现在的二百七十六个，保留的小铁厂加强了管理，结果炼铁焦比由九百五十公斤降到七百零五公斤，"
         "生铁成本由三百零三元降到二百四十三元，亏损由六亿三千万元减少到一亿元，可见搞好关停并转的经济意义是很大的。")
    assert fact(s, "二百七十六")["indicator"] == "全国地县小铁厂"


# -- a word holding 等 is no 等 that closes a list -----------------------------------------------------------


def test_a_word_holding_deng_does_not_end_the_noun_counted():
    # 2016
    r = fact("9亿多劳动力、1亿多受过高等教育和有专业技能的人才，是我们最大的资源和优势。", "1")
    assert (r["indicator"], r["value"], r["qualifier"]) == ("受过高等教育和有专业技能的人才", 1e8, "over")


# -- the government that submits bills, at the head of a name, is the report's own -------------------------


def test_the_government_submitting_bills_is_no_part_of_the_name():
    # 2016, as 2019 prints it without 国务院
    r = fact("国务院提请全国人大常委会审议法律议案11件，制定修订行政法规8部。", "11")
    assert r["indicator"] == "提请全国人大常委会审议法律议案"
    r = fact("提请全国人大常委会审议法律议案18件，制定修订行政法规37部。", "18")
    assert r["indicator"] == "提请全国人大常委会审议法律议案"
    # 2015
    s = "我们大力推进依法行政，国务院提请全国人大常委会制定修订食品安全法等法律15件，制定修订企业信息公示暂行条例等行政法规38件。"
    assert fact(s, "15")["indicator"] == "提请全国人大常委会制定修订食品安全法等法律"
    # 1999: the government's own departments keep its name
    s = "国务院组成部门从40个减少到29个，部门内设机构精简1／4，移交给企业、社会中介机构和地方的职能200多项，人员编制总数减少一半，机关建设和工作作风出现了新的气象。"
    assert fact(s, "29")["indicator"] == "国务院组成部门"


# -- the recipients of a relief after 为 are no part of its name --------------------------------------------


def test_recipients_of_a_relief_are_no_part_of_its_name():
    # 2018
    r = fact("全年再为企业和个人减税8000多亿元，促进实体经济转型升级，着力激发市场活力和社会创造力。", "8000")
    assert (r["indicator"], r["qualifier"]) == ("减税", "over")
    # 2019
    assert fact("全年为企业和个人减税降费约1.3万亿元。", "1.3")["indicator"] == "减税降费"
    # 2021
    s = "实施阶段性大规模减税降费，与制度性安排相结合，全年为市场主体减负超过2.6万亿元，其中减免社保费1.7万亿元。"
    assert fact(s, "2.6")["indicator"] == "减负"


# -- the number in a name is no figure ----------------------------------------------------------------------


def test_the_group_of_twenty_is_a_name():
    # 2010
    s = "新的一年，我们将继续以20国集团金融峰会等重大多边活动为主要平台，积极参与国际体系变革进程，维护发展中国家利益。"
    assert facts(s).empty


# -- persons or households whose lot a verb before them raises or lowers are counted ------------------------


def test_persons_whose_pay_is_raised_and_households_whose_tax_is_cut_are_counted():
    # 2009
    s = "对义务教育阶段教师实行绩效工资制度，提高1200万中小学教师待遇，中央财政为此将投入120亿元，地方财政也要增加投入。"
    r = fact(s, "1200")
    assert (r["indicator"], r["measure"], r["value"], r["unit"]) == ("提高待遇的中小学教师", "level", 1.2e7, "人")
    # 2012
    r = fact("降低900多万个体工商户税负。", "900")
    assert (r["indicator"], r["measure"], r["value"], r["unit"], r["qualifier"]) == (
        "降低税负的个体工商户", "level", 9e6, "户", "over")


# -- a growth printed after the figure and 的, or set by a target 拟定为, is a growth --------------------------


def test_growth_named_after_the_figure_is_a_growth():
    # 2009
    r = fact("这里要着重说明，提出8%左右的国内生产总值增长目标，综合考虑了发展的需要和可能。", "8")
    assert (r["indicator"], r["measure"], r["qualifier"]) == ("国内生产总值", "yoy_pct", "about")
    # 2015
    s = "稳增长也是为了保就业，随着服务业比重上升、小微企业增多和经济体量增大，7%左右的速度可以实现比较充分的就业。"
    assert (fact(s, "7")["indicator"], fact(s, "7")["measure"]) == ("经济增长速度", "yoy_pct")  # (no owner: the economy's)
    # 2013
    r = fact("广义货币M2预期增长目标拟定为13%左右。", "13")
    assert (r["indicator"], r["measure"], r["status"]) == ("广义货币M2", "yoy_pct", "target")
    # 1987: the growth of the subject before its verb keeps its subject
    s = "去年，控制固定资产投资过度增长的工作初见成效，全民所有制单位基本建设投资比上年增长７．３％，大大低于１９８５年增长４４．６％的速度。"
    assert fact(s, "４４．６")["indicator"] == "全民所有制单位基本建设投资"


# -- the building of the things counted is no part of their name -------------------------------------------


def test_the_building_of_the_things_counted_is_no_part_of_their_name():
    # 2009
    s = "今后三年内中央财政再支持5000所中心乡镇卫生院、2000所县级医院和2400所城市社区卫生服务中心建设。"
    assert fact(s, "2400")["indicator"] == "城市社区卫生服务中心"
    assert fact("今年要全面完成规划支持的2.9万所乡镇卫生院建设任务。", "2.9")["indicator"] == "乡镇卫生院"
    # 2015: the words before their 的 say which projects they are, not the building to be sped up
    s = "重大水利工程已开工的57个项目要加快建设，今年再开工27个项目，在建重大水利工程投资规模超过8000亿元。"
    assert fact(s, "57")["indicator"] == "重大水利工程已开工的项目"


def test_troops_cut_are_a_change_of_the_troops():
    # 2008
    r = fact("调整改革军队体制编制和政策制度，裁减军队员额20万任务顺利完成。", "20")
    assert (r["indicator"], r["measure"], r["value"], r["unit"]) == ("军队员额", "abs_change", -2e5, "人")
    # 2018
    r = fact("各方配合基本完成裁减军队员额30万任务。", "30")
    assert (r["indicator"], r["measure"], r["value"]) == ("军队员额", "abs_change", -3e5)
    # 1981: a quantity cut is a change of it too
    s = ("从１９７９至１９８１年，国家由于提高农副产品收购价格、减轻部分地区的农村税收负担，共计减少财政收入五百二十亿元，"
         "相应地增加了农民的收入。")
    r = fact(s, "五百二十亿")
    assert (r["indicator"], r["measure"], r["value"]) == ("财政收入", "abs_change", -5.2e10)


# -- the nation's public finance is a payer too -------------------------------------------------------------


def test_the_nations_finance_stays_and_its_spending_verb_goes():
    # 2007
    assert fact("今年全国财政安排农村义务教育经费2235亿元，比去年增加395亿元。", "2235")["indicator"] == "全国财政农村义务教育经费"
    assert fact("今年全国财政安排农村义务教育经费2235亿元，比去年增加395亿元。", "395")["indicator"] == "全国财政农村义务教育经费"
    # 2007: a run of years after the payer
    s = "中央财政连续三年累计投入 90亿元，用于农村寄宿制学校建设工程，7651所学校受益。"
    assert fact(s, "90")["indicator"] == "用于农村寄宿制学校建设工程的中央财政投入"


def test_many_years_heading_a_name_is_no_part_of_it():
    # 2023
    r = fact("多年累计改造棚户区住房4200多万套，上亿人出棚进楼、实现安居。", "4200")
    assert (r["indicator"], r["qualifier"]) == ("改造棚户区住房", "over")
    s = ("多年来取消和下放行政许可事项1000多项，中央政府层面核准投资项目压减90%以上，工业产品生产许可证从60类减少到10类，"
         "工程建设项目全流程审批时间压缩到不超过120个工作日。")
    assert fact(s, "1000")["indicator"] == "取消和下放行政许可事项"


# -- a word a web page printed as a link, on a line of its own, is part of its sentence ---------------------


def test_a_link_word_on_a_line_of_its_own_stays_in_its_sentence():
    # 2017, as the web copy breaks it around its links
    text = ("——基础设施支撑能力持续提升。新建\n高速铁路\n投产里程超过1900公里，新建改建\n高速公路\n"
            "6700多公里、农村公路29万公里。\n城市轨道交通\n、地下综合管廊建设加快。新开工重大水利工程21项。新增\n"
            "第四代移动通信\n用户3.4亿、光缆线路550\n\u200b\n多万公里。\n")
    report = dh.load_report(text)
    assert "新建高速铁路投产里程超过1900公里，新建改建高速公路6700多公里、农村公路29万公里。" in report.text
    assert "\n城市轨道交通、地下综合管廊建设加快。" in report.text
    f = facts(text)
    assert f.loc[f["raw_value"] == "1900", "indicator"].tolist() == ["新建高速铁路投产里程"]
    assert f.loc[f["raw_value"] == "6700", "indicator"].tolist() == ["新建改建高速公路"]


# -- the nation's talent counted in a plan part is no target ------------------------------------------------


def test_the_nations_talent_counted_in_a_plan_part_is_actual():
    # 2016, in the part that plans 2016-2020: both counts of the nation's people
    reports = WorkReports()
    s = "9亿多劳动力、1亿多受过高等教育和有专业技能的人才，是我们最大的资源和优势。"
    assert reports.fact_at(2016, s, "1亿")["status"] == "actual"
    assert reports.fact_at(2016, s, "9")["status"] == "actual"


# -- every figure of a list that a target word closes is a target -------------------------------------------


def test_every_figure_of_a_list_a_target_word_closes_is_a_target():
    # 2007: targets not reached are targets still
    s = "但是，全国没有实现年初确定的单位国内生产总值能耗降低4%左右、主要污染物排放总量减少2%的目标。"
    r = fact(s, "4")
    assert (r["indicator"], r["measure"], r["value"], r["status"]) == ("单位国内生产总值能耗", "yoy_pct", -4.0, "target")
    assert fact(s, "2")["status"] == "target"


def test_holding_firm_after_a_name_is_no_part_of_it():
    # 2009
    s = "坚持和落实最严格的耕地保护制度和最严格的节约用地制度，严守18亿亩耕地红线不动摇。"
    assert fact(s, "18")["indicator"] == "耕地红线"
