"""Figures of the veterans affairs and double-support reports (退役军人事务工作总结, 双拥工作) as district and county
offices print them.

Such a report counts the soldiers received and resettled (接收安置退役士兵126人，安置率100%), the benefits paid to the
entitled groups (发放优抚金2865万元，惠及优抚对象1865人), the households visited on the holidays (春节、“八一”期间走访慰问
…2860户), the service stations built (退役军人服务站236个，实现全覆盖), the conscripts sent (完成征兵任务286人，大学生占比
84.6%) and the military retirees cared for (军休干部865人). The rules: holidays listed before 期间 (春节、八一期间,
元旦春节期间, “两节”期间, 国庆期间) are the period of the figure, no part of its name; a fee or a wage paid out
(发放军休干部离退休费, 支付离退休费, 发放生活补助费) is named by the fund, not by the paying, as 发放优抚金 is; 在乡 (living
in the countryside) opens the name of the 在乡老复员军人 as 在校 opens 在校学生, but not 在乡镇 (in the townships); a
standard printed as an amount a year (优待金标准提高到每年2.8万元) is no average over a span; parts of the year set
side by side in clauses of their own (上半年…，下半年…) are each of its clause, none the time of the sentences after
them; and the glossary knows the stable concepts (接收安置退役士兵, 优抚金, 优抚对象, 征兵, 军休干部, 退役军人服务站,
烈士纪念设施).

Sentences written in the form of district reports, not real, are marked as regression fixtures; the real ones
are quoted with the file they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

from dhcheng_analysis.vocab import indicator_key

HEAD = "一、2023年退役军人事务工作情况\n"


# -- holidays before 期间 are the period ---------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "period"), [
    # regression fixture in the form of a district veterans affairs report (not real), modelled on the national
    # reports' 各级革委会和人民解放军要认真做好拥军优属、拥政爱民工作 (/work/shared/corpus/national_work_reports/1978.txt)
    ("春节、八一期间走访慰问重点优抚对象和困难退役军人2860户，发放慰问金286万元。", "2860户",
     "走访慰问重点优抚对象和困难退役军人", "春节、八一期间"),
    # regression fixture, a variant (not real): the holidays in quotes, a comma after them
    ("春节、“八一”期间，走访慰问重点优抚对象2860户，发放慰问金286万元。", "286万元", "慰问金", "春节、“八一”期间"),
    # regression fixture, a variant (not real): two holidays run together
    ("元旦春节期间走访慰问重点优抚对象2860户。", "2860户", "走访慰问重点优抚对象", "元旦春节期间"),
    # regression fixture, a variant (not real): the two holidays named as one
    ("“两节”期间走访慰问重点优抚对象2860户。", "2860户", "走访慰问重点优抚对象", "“两节”期间"),
    # regression fixture, a variant (not real): one holiday other than the spring festival
    ("国庆期间接待游客12万人次。", "12万人次", "接待游客", "国庆期间"),
])
def test_holidays_before_qijian_are_the_period(s, printed, name, period):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["period"]) == (name, period)


@pytest.mark.parametrize(("s", "printed", "period"), [
    # regression fixture in the form of a district report (not real), modelled on the national reports' 法定节日假期
    # 增加，外出旅游人数大幅度增长 (/work/shared/corpus/national_work_reports/2003.txt): a holiday's figure, then the year's
    ("国庆期间，全区接待游客32万人次。规上工业增加值增长6.1%。", "6.1%", "2023年"),
    # regression fixture, a variant (not real): a holiday in quotes
    ("“五一”期间，全区接待游客32万人次。全区地区生产总值增长5.2%。", "5.2%", "2023年"),
    # regression fixture, a variant (not real): 春节期间, a period word of its own
    ("春节期间，全区接待游客32万人次。全区地区生产总值增长5.2%。", "5.2%", "2023年"),
    # regression fixture, a variant (not real): a holiday's 假期 opening the paragraph
    ("国庆假期，全区接待游客32万人次。全区地区生产总值增长5.2%。", "5.2%", "2023年"),
    # regression fixture, a variant (not real): the holiday after a lead sentence, no comma after it
    ("全区经济平稳。国庆期间全区接待游客32万人次。全区地区生产总值增长5.2%。", "5.2%", "2023年"),
    # regression fixture, a variant (not real): the holiday's own figure keeps it
    ("“五一”期间，全区接待游客32万人次。全区地区生产总值增长5.2%。", "32万人次", "“五一”期间"),
])
def test_holiday_period_holds_in_its_sentence_only(s, printed, period):
    assert fact(HEAD.replace("退役军人事务工作", "经济运行") + s, printed)["period"] == period


# -- a fee or a wage paid out is named by the fund -------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district veterans affairs report (not real), modelled on the national
    # reports' 中央财政安排优抚事业费74.6亿元，比上年增长90% (/work/shared/corpus/national_work_reports/2006.txt)
    ("发放军休干部离退休费1.26亿元，同比增长5.6%。", "1.26亿元", "军休干部离退休费"),
    # regression fixture, a variant (not real): the growth of the same fund
    ("发放军休干部离退休费1.26亿元，同比增长5.6%。", "5.6%", "军休干部离退休费"),
    # regression fixture, a variant (not real): 支付, another paying verb
    ("支付离退休费1.26亿元。", "1.26亿元", "离退休费"),
    # regression fixture, a variant (not real): a subsidy fee
    ("发放生活补助费356万元。", "356万元", "生活补助费"),
    # regression fixture, a variant (not real): wages
    ("发放军休干部工资1.26亿元。", "1.26亿元", "军休干部工资"),
])
def test_fee_paid_out_is_named_by_the_fund(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- 在乡 opens a name -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district veterans affairs report (not real), modelled on the national
    # reports' 残疾军人、烈属和老复员军人等优抚对象抚恤和生活补助标准提高20%以上 (national_work_reports/2015.txt)
    ("现有在乡老复员军人12人、伤残军人286人、烈属56户。", "12人", "在乡老复员军人"),
    # regression fixture, a variant (not real): the next item keeps its own name
    ("现有在乡老复员军人12人、伤残军人286人、烈属56户。", "286人", "伤残军人"),
    # regression fixture, a variant (not real): 在役, serving
    ("全区在役军人家庭326户。", "326户", "在役军人家庭"),
])
def test_zaixiang_opens_a_name(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


def test_zai_before_the_townships_is_no_part_of_a_name():
    # regression fixture, a variant (not real): 在乡镇 (in the townships) is where, no 在乡 of a name
    f = fact(HEAD + "在乡镇建成退役军人服务站12个。", "12个")
    assert not f["indicator"].startswith("在乡")
    assert f["indicator"] == "乡镇建成退役军人服务站"


@pytest.mark.parametrize(("s", "name"), [
    # regression fixture, a variant (not real): 在乡级 (at the township level) is where, no 在乡 of a name
    ("在乡级建成便民服务中心12个。", "乡级建成便民服务中心"),
    # regression fixture, a variant (not real): 在乡里 (in the township) is where
    ("在乡里建成卫生室12个。", "乡里建成卫生室"),
    # regression fixture, a variant (not real): 在乡镇, the name the reading had before 在乡 opened names
    ("在乡镇建成退役军人服务站12个。", "乡镇建成退役军人服务站"),
])
def test_zai_before_a_township_word_is_no_part_of_a_name(s, name):
    assert fact(HEAD + s, "12个")["indicator"] == name


# -- a standard printed as an amount a year ----------------------------------------------------------------------

@pytest.mark.parametrize("s", [
    # regression fixture in the form of a district veterans affairs report (not real), modelled on the national
    # reports' 再次提高革命伤残人员等优抚对象的抚恤补助标准 (/work/shared/corpus/national_work_reports/2004.txt)
    "义务兵家庭优待金标准提高到每年2.8万元，增长7.7%。",
    # regression fixture, a variant (not real): 为, no verb of a raise
    "义务兵家庭优待金标准为每年2.8万元。",
])
def test_standard_a_year_is_no_average_over_a_span(s):
    f = fact(HEAD + s, "2.8万元")
    assert (f["indicator"], f["measure"], f["value"], f["comparator"]) == ("义务兵家庭优待金标准", "level", 28000.0, "")
    assert "multi_year" not in f["flags"]


def test_amount_each_year_of_a_span_still_is_one():
    # regression fixture, a variant (not real): no standard, an amount each year of the span
    f = fact(HEAD + "五年来，每年减轻农民负担1335亿元。", "1335亿元")
    assert f["comparator"] == "每年"


@pytest.mark.parametrize(("s", "printed", "each"), [
    # regression fixture in the form of a district report (not real), modelled on the national reports' 五年来，每年
    # 减轻农民负担1335亿元 (test above) and 国家助学贷款每人每年最高额度 (national_work_reports/2022.txt): a quota a year
    ("五年来，每年新增贷款额度50亿元。", "50亿元", "每年"),
    # regression fixture, a variant (not real): a quota of loans granted over three years
    ("近三年，每年发放创业担保贷款额度2亿元。", "2亿元", "每年"),
    # regression fixture, a variant (not real): a level, 水平, a year
    ("近三年，每年平均投入水平达到12亿元。", "12亿元", "每年平均"),
])
def test_quota_or_level_a_year_of_a_span_still_is_one(s, printed, each):
    assert fact(HEAD + s, printed)["comparator"] == each


# -- parts of the year set side by side ------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "period"), [
    # regression fixture in the form of a district conscription report (not real), modelled on the national
    # reports' 今年仍是高校毕业生就业高峰年，退役军人安置任务也很重 (/work/shared/corpus/national_work_reports/2004.txt)
    ("上半年完成征兵任务152人，下半年完成134人。征集大学毕业生入伍98人。", "98人", "2023年"),
    # regression fixture, a variant (not real): each part is of its own clause
    ("上半年完成征兵任务152人，下半年完成134人。征集大学毕业生入伍98人。", "134人", "下半年"),
    # regression fixture, a variant (not real): a year opening the paragraph
    ("2023年，上半年完成征兵任务152人，下半年完成134人。高校毕业生入伍人数同比增长15%。", "15%", "2023年"),
])
def test_parts_of_the_year_side_by_side_hold_in_their_sentence(s, printed, period):
    assert fact(HEAD + s, printed)["period"] == period


def test_one_part_alone_still_holds_on():
    # regression fixture, a variant (not real): one part of the year opening the paragraph holds on
    assert fact(HEAD + "上半年，完成征兵任务152人。征集大学毕业生入伍98人。", "98人")["period"] == "上半年"


def test_part_inside_another_still_holds_on():
    # regression fixture, a variant (not real): 上半年第一季度, one part inside another, modelled on 上海市在一九五五年
    # 上半年第一季度，公私纺织厂每件纱的平均用棉量已降低到三百八十六点一斤 (national_work_reports/1955.txt)
    s = "上半年第一季度，完成征兵任务152人。征集大学毕业生入伍98人。"
    assert fact(HEAD + s, "98人")["period"] == "第一季度"


# -- glossary keys of the kind -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "key"), [
    # regression fixture in the form of a district veterans affairs report (not real), modelled on the national
    # reports' 深化退役军人安置制度改革 (/work/shared/corpus/national_work_reports/2008.txt)
    ("全年接收安置退役士兵126人，安置率100%。", "126人", "demobilised_soldiers_resettled"),
    # regression fixture, a variant (not real), modelled on 中央财政安排优抚事业费74.6亿元 (2006.txt)
    ("全年发放各类优抚金4562.3万元，惠及优抚对象3215人次。", "4562.3万元", "entitled_groups_benefits"),
    # regression fixture, a variant (not real): the growth of the benefits
    ("发放优抚金2865万元，同比增长8.6%，惠及重点优抚对象1865人。", "8.6%", "entitled_groups_benefits"),
    # regression fixture, a variant (not real): the stock of the entitled
    ("全区现有各类优抚对象5326人，较上年末减少126人。", "5326人", "entitled_persons"),
    # regression fixture, a variant (not real), modelled on 深入开展双拥共建活动 … 征兵 (2004.txt)
    ("圆满完成征兵任务286人，其中大学生242人，大学生占比84.6%。", "286人", "conscripts_enlisted"),
    # regression fixture, a variant (not real)
    ("全区共有军休干部865人，其中离休干部126人，退休干部739人。", "865人", "retired_military_officers"),
    # regression fixture, a variant (not real)
    ("全区共有退役军人服务站236个，其中示范型服务站28个。", "236个", "veterans_service_stations"),
    # regression fixture, a variant (not real)
    ("全区共有烈士纪念设施35处，其中区级以上烈士纪念设施6处。", "35处", "martyrs_memorial_facilities"),
])
def test_glossary_keys_of_the_kind(s, printed, key):
    assert fact(HEAD + s, printed)["indicator_key"] == key


@pytest.mark.parametrize(("s", "printed"), [
    # regression fixture in the form of a district veterans affairs report (not real), modelled on the national
    # reports' 深入开展双拥共建活动 … 征兵 (2004.txt): a rate of carrying out the quota, no count of conscripts
    ("全年征兵任务完成率100%。", "100%"),
])
def test_a_conscription_quota_rate_gets_no_count_key(s, printed):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["indicator_key"]) == ("征兵任务", "")


def test_a_conscription_quota_is_no_glossary_name():
    assert indicator_key("征兵任务") == ""


def test_a_part_or_a_share_gets_no_key_of_the_whole():
    # regression fixture, a variant (not real): the entitled a fund reached are no stock of the entitled
    f = facts(HEAD + "全年发放各类优抚金4562.3万元，惠及优抚对象3215人次。")
    reached = f[f["raw_value"] == "3215"].iloc[0]
    assert reached["indicator_key"] != "entitled_persons"
    assert (reached["indicator"], reached["indicator_key"]) == ("各类优抚金惠及的优抚对象", "")
