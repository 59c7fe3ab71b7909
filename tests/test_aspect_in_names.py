"""The aspect adverb 已 (已经) in a name, on verbatim sentences of the national work reports and district reports.

A name that is a verb and its object (已积累资金, 各地已偿还拖欠工程款) measures the money put in or paid, not when it
was done: the 已 before the verb is no part of it, and the words a name drops after it go too (已完成退租签约 →
退租签约). In a clause with 的 the 已 marks the things done, as against the set they are part of, and stays
(已开工的区重点项目, 已投入使用的5G宏基站). Each test is a sentence copied from the report named in its comment,
unless it says it is written.
"""

from __future__ import annotations

import pytest
from _sentences import fact

S2003 = "建立了全国社会保障基金，已积累资金1242亿元。"
S2005 = "全面清理建筑领域拖欠工程款和进城务工农民的工资，已偿还历年拖欠工资332亿元。"
S2007_PAID = ("2004年我们提出用三年时间基本解决建设领域历史上拖欠工程款和农民工工资的问题，这项工作基本完成，"
              "各地已偿还拖欠工程款1834亿元，占历史拖欠的98.6%，其中清付农民工工资330亿元。")
S2007_SCHOOLS = "农村中小学现代远程教育工程已投入80亿元，覆盖中西部地区80%以上的农村中小学，1亿多中小学生得以共享优质教育资源。"
S_XICHENG = "年初确定的12项重点支出项目已拨付资金34560万元，完成率为62.4％。"
S_DONGCHENG = "推进5G基础设施建设,已建成5G基站210个。"


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 2003: the fund set up in the clause before owns the money (see
    # test_national_readings_1993_2007_twelfth)
    (S2003, "1242亿元", "全国社会保障基金积累资金"),
    # national work report 2005
    (S2005, "332亿元", "偿还历年拖欠工资"),
    # national work report 2007: the payer before the verb stays, and so does the share after it
    (S2007_PAID, "1834亿元", "各地偿还拖欠工程款"),
    (S2007_PAID, "98.6%", "各地偿还拖欠工程款"),
    # national work report 2007
    (S2007_SCHOOLS, "80亿元", "农村中小学现代远程教育工程投入"),
    # constructed report xicheng_2021_h1 (tests/gold/constructed)
    (S_XICHENG, "34560万元", "重点支出项目拨付资金"),
    # constructed report dongcheng_2019_h1 (tests/gold/constructed)
    (S_DONGCHENG, "210个", "建成5G基站"),
    # written: the verb 完成 a name drops goes with the 已 before it
    ("已完成退租签约47户。", "47户", "退租签约"),
])
def test_the_aspect_adverb_is_no_part_of_a_name(text, printed, name):
    assert fact(text, printed)["indicator"] == name


@pytest.mark.parametrize(("text", "printed", "name"), [
    # Dongcheng district report, first half of 2020 (data/dongcheng_2020_h1.txt): the part of the set in use
    ("推进5G基础设施建设,目前辖区内规划建设5G宏基站1584个,已投入使用765个。", "765个", "已投入使用的5G宏基站"),
    # constructed report fengtai_2022_h1 (tests/gold/constructed): the projects started, a part of the 62
    ("62个区重点项目中已开工49个,完成年度投资计划的55.4%。", "49个", "已开工的区重点项目"),
    # national work report 2015: 已 inside a clause with 的
    ("重大水利工程已开工的57个项目要加快建设，今年再开工27个项目，在建重大水利工程投资规模超过8000亿元。", "57个",
     "重大水利工程已开工的项目"),
])
def test_the_aspect_adverb_of_a_clause_with_de_stays(text, printed, name):
    assert fact(text, printed)["indicator"] == name
