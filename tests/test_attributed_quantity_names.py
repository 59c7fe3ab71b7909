"""A level printed as an attribute of the thing named after it (仓容250亿公斤的国家粮食储备库, 总投资为164亿元的…体系建设)
is that thing's quantity: the name joins the thing and the quantity's head printed before the figure (国家粮食储备库仓容),
as 国家粮食储备库仓容250亿公斤 would name it, when only verbs stand before the head (建成, 开工建设); not the thing
alone, which a count of it in the same sentence names too (新建库容1.2亿立方米的水库3座). A size printed as a first
phase's (首期规模) is that phase's, named so, never the thing's whole size (总规模, or a 规模 alone).
"""

from __future__ import annotations

import pytest
from _sentences import MIDYEAR_HEAD, fact


@pytest.mark.parametrize(("sentence", "printed", "indicator"), [
    # national work report 2000, 二、坚持实行扩大内需的方针
    ("已建成的主要有：加固大江大河大湖堤防近6100公里；新增公路通车里程1．2万公里，其中高速公路3358公里；增加铁路新线"
     "1423公里、复线643公里；城市基础设施建设和环境保护整治明显加快，许多城市面貌发生了较大变化；加快了企业技术改造和高新"
     "技术产业化进程；新建和改造农村电网高低压线路90万公里；建成仓容250亿公斤的国家粮食储备库。",
     "250亿公斤", "国家粮食储备库仓容"),
    # national work report 2006, 一、去年工作回顾
    ("在卫生方面，着力加强公共卫生体系建设和农村卫生工作，近三年，中央和地方投入105亿元，基本建成了覆盖省市县三级的疾病"
     "预防控制体系；总投资为164亿元的突发公共卫生事件医疗救治体系建设进展顺利。",
     "164亿元", "突发公共卫生事件医疗救治体系建设总投资"),
])
def test_attributed_level_of_a_national_report_names_the_thing_and_its_quantity(sentence, printed, indicator):
    f = fact(sentence, printed)
    assert (f["indicator"], f["measure"]) == (indicator, "level")
    assert "subject_carried" not in f["flags"]  # the name is the clause's own, no subject carried from before


@pytest.mark.parametrize(("sentence", "printed", "indicator"), [
    # constructed regression fixtures (written here, not quoted): the head after verbs alone, of any unit
    ("上半年，开工建设总投资120亿元的新能源汽车产业园项目。", "120亿元", "新能源汽车产业园项目总投资"),
    ("建成建筑面积5万平方米的区文化中心。", "5万平方米", "区文化中心建筑面积"),
    ("新建库容1.2亿立方米的水库3座。", "1.2亿立方米", "水库库容"),
    ("新建库容1.2亿立方米的水库3座。", "3座", "水库"),
    ("引进注册资本1亿元的企业2家。", "1亿元", "企业注册资本"),
    ("建成全长12公里的滨河路。", "12公里", "滨河路全长"),
    ("新建道路3条，全长12公里。", "12公里", "新建道路全长"),  # the length of the roads counted before
    # a frame after the amount names no thing measured; an owner before the head keeps the subject
    ("实现产值500亿元的目标。", "500亿元", "产值"),
    ("实现工业总产值500亿元的目标。", "500亿元", "工业总产值"),
    # a fund's size is the fund (总规模 is a scale word, the fund the amount)
    ("设立总规模3000万元的中小企业风险补偿资金。", "3000万元", "中小企业风险补偿资金"),
])
def test_attributed_level_of_a_constructed_clause(sentence, printed, indicator):
    assert fact(MIDYEAR_HEAD + sentence, printed)["indicator"] == indicator


@pytest.mark.parametrize(("printed", "indicator"), [
    ("10亿元", "“文菁”文化+产业基金"),  # the fund's size is the fund
    ("4亿元", "“文菁”文化+产业基金首期规模"),  # its first phase is not the fund: two sizes, two names
])
def test_first_phase_of_a_fund_is_named_apart_from_the_fund(bundled_report, bundled_facts, printed, indicator):
    # the bundled report data/dongcheng_2020_h1.txt (real text): 总规模 and 首期规模 printed before one fund
    sentence = "设立总规模10亿元、首期规模4亿元的“文菁”文化+产业基金"
    at = bundled_report.text.index(sentence) + sentence.index(printed)
    f = bundled_facts[bundled_facts["start"] == at].iloc[0]
    assert (f["indicator"], f["value"]) == (indicator, float(printed[:-2]) * 1e8)
    assert "subject_carried" not in f["flags"]
