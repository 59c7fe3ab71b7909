"""Names that point back, and bare generic names, on verbatim sentences of the national work reports.

A field pointed to in a name (这方面, 这些方面) is the one the clauses before bring in as what is spent on or
supported (用于X的, 对X的支持, 重点是X), from the start of the sentence before in the same paragraph up to the
figure's clause, the nearest one; with none there the pointer stays (it is never guessed). A share pointed to
(这个比例) with no share named in the sentence before is the share printed before it in its own sentence. A bare
output (年产量, 总产量) is of the product its sentence opens with (拿钢来说, 油的生产和建设, 粮食按人口平均占有量),
and, named again bare in a later clause, of the same product. An amount a payer adds as a part (其中) of a total
named only by a generic quantity (投资) is that payer's part of the quantity. Units pointed to (这些农场的) are
the units a figure before in the sentence counts whose name ends with the noun (国营机械化农场); a count printed
right after 这 that repeats one printed before is that count said again, no fact (tests/test_restated_figures.py).
Each test is a sentence copied from the report named in its comment.
"""

from __future__ import annotations

import pytest
from _sentences import fact

S1982_RENEWAL = ("第六个五年计划期间，用于现有企业设备更新、技术改造的资金为一千三百亿元。"
                 "从一九五三年到一九八○年的二十八年中，这方面的投资占整个固定资产投资的百分之二十左右，"
                 "六五计划把这个比例提高到百分之三十六。")
S1982_ENERGY = "六五计划基本建设投资的重点是能源、交通建设，这方面的投资占总投资的百分之三十八点五，比过去有所提高。"
S2005_FIELDS = "各级政府加大对科技、教育、文化、卫生、体育事业的支持，中央财政用于这些方面的支出987亿元，投入国债资金147亿元。"
S2005_NONE = ("因减免农（牧）业税而减少的财政收入，主要由中央财政安排专项转移支付予以补助。"
              "今年中央财政为此新增支出140亿元，用于这方面的支出总额将达到664亿元。")
S1979_GRAIN = ("粮食按人口平均占有量超过了建国以来的最高水平，总产量达到三亿零四百七十五万吨，"
               "比上一年增产二千二百万吨，即百分之七点八。")
S1959_STEEL = "拿钢来说，英国早在一八八○年，年产量就已经达到一百三十一万吨，到一九三五年，年产量才增加到一千零二万吨。"
S1981_OIL = ("油的生产和建设，要抓好大庆等现有油田的技术改造和挖潜革新，近几年把总产量稳定在一亿吨的水平上，"
             "还要尽可能地集中一些资金，加强新油田的开发。")
S2009_PLAN = ("大规模增加政府投资，实施总额4万亿元的两年投资计划，其中中央政府拟新增1.18万亿元，实行结构性减税，"
              "扩大国内需求；大范围实施调整振兴产业规划，提高国民经济整体竞争力。")
S1956_FARMS = ("在１９５５年，国营机械化农场由１９５４年的９７个增加到１０６个，这些农场的耕地面积增加到４０４万亩，"
               "比１９５４年增加了４５％。")


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 1982: the field the sentence before spends on
    (S1982_RENEWAL, "百分之二十", "现有企业设备更新、技术改造的投资"),
    # national work report 1982: the share printed before it in the sentence
    (S1982_RENEWAL, "百分之三十六", "现有企业设备更新、技术改造的投资"),
    # national work report 1982: the field the clause before says is the focus
    (S1982_ENERGY, "百分之三十八点五", "能源、交通建设的投资"),
    # national work report 2005: the fields the clause before supports
    (S2005_FIELDS, "987亿元", "中央财政用于科技、教育、文化、卫生、体育事业的支出"),
    # national work report 2005: no field brought in before it, the pointer stays
    (S2005_NONE, "664亿元", "用于这方面的支出总额"),
    # national work report 1979: the product whose per-head amount the clause before gives
    (S1979_GRAIN, "三亿零四百七十五万吨", "粮食产量"),
    # national work report 1959: the product the sentence opens with, for the output named again too
    (S1959_STEEL, "一百三十一万吨", "钢年产量"),
    (S1959_STEEL, "一千零二万吨", "钢年产量"),
    # national work report 1981: the product whose production the sentence opens with
    (S1981_OIL, "一亿吨", "油产量"),
    # national work report 2009: the payer's part of the investment plan
    (S2009_PLAN, "1.18万亿元", "中央政府投资"),
    # national work report 1956: the farms counted before in the sentence
    (S1956_FARMS, "４０４万亩", "国营机械化农场的耕地面积"),
])
def test_pointed_and_generic_names(text: str, printed: str, name: str) -> None:
    assert fact(text, printed)["indicator"] == name
