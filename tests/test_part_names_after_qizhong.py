"""A sector or kind printed bare after its total (after 其中, or in a breakdown opened by 分产业看, 分领域看) is named
by the quantity its total names: 新增发电装机容量4.45亿千瓦，其中水电9601万千瓦 → 新增水电装机容量; 固定资产投资…其中工业增长 →
工业投资; 社会消费品零售总额…其中餐饮 → 餐饮收入 (the glossary's name). A part that names a quantity already (出口, 税收收入,
商品零售), a tax, persons or a count keeps its name.

Sentences are quoted verbatim from the State Council work reports (by year) and the real district texts, except
those marked "written": no text at hand prints 其中 with a bare sector after a total of investment, retail sales or
value added, nor 分领域看 with bare kinds, so those shapes are written in the words the bulletins use.
"""

from __future__ import annotations

import pytest
from _sentences import fact_at as one
from _sentences import facts


@pytest.mark.parametrize(("text", "printed", "indicator"), [
    # 2011: the capacity of a kind of power, a part of the new capacity
    ("大力发展清洁能源，新增发电装机容量4.45亿千瓦，其中水电9601万千瓦、核电384万千瓦。", "9601万千瓦", "新增水电装机容量"),
    ("大力发展清洁能源，新增发电装机容量4.45亿千瓦，其中水电9601万千瓦、核电384万千瓦。", "384万千瓦", "新增核电装机容量"),
    # 1955: the output of a sector, a part of the output of industry and agriculture
    ("在一九五二年，即我国结束经济恢复阶段的这一年，我国工业农业总产值（包括工业、手工业、农业和农村副业的全部产值，"
     "这种产值都是按一九五二年的不变价格计算的，下同），比一九四九年增长了百分之七十七点五，其中：现代工业增长了百分之一百七十八点六，"
     "农业（包括农村副业）增长了百分之四十八点五。", "百分之一百七十八点六", "现代工业总产值"),
    ("在一九五二年，即我国结束经济恢复阶段的这一年，我国工业农业总产值（包括工业、手工业、农业和农村副业的全部产值，"
     "这种产值都是按一九五二年的不变价格计算的，下同），比一九四九年增长了百分之七十七点五，其中：现代工业增长了百分之一百七十八点六，"
     "农业（包括农村副业）增长了百分之四十八点五。", "百分之四十八点五", "农业总产值"),
    # 1955: 其中 opening the sentence after its total's
    ("一九五七年比一九五二年，我国工业总产值将增长百分之九十八点三，即平均每年递增百分之十四点七。"
     "其中，现代工业增长百分之一百零四点一，即平均每年递增百分之十五点三。", "百分之一百零四点一", "现代工业总产值"),
    # youyang 2025 Q1: a breakdown by industry in the sentence after the total
    ("全县固定资产投资增长9.7%。分产业看,第一产业增长129.2%;第二产业增长33.5%;第三产业下降1.8%。", "33.5%", "第二产业投资"),
    # written: sectors and kinds of investment after 其中
    ("全区固定资产投资同比增长5.2%，其中工业增长8.1%，基础设施下降2.3%。", "8.1%", "工业投资"),
    ("全区固定资产投资同比增长5.2%，其中工业增长8.1%，基础设施下降2.3%。", "2.3%", "基础设施投资"),
    # written: the catering part of retail sales, by the name the statistics print
    ("社会消费品零售总额增长6%，其中餐饮增长12%。", "12%", "餐饮收入"),
    # written: a sector of value added
    ("规模以上工业增加值增长6%，其中制造业增长8%。", "8%", "制造业增加值"),
    # written: kinds of investment in a breakdown by field
    ("全县固定资产投资增长9.7%。分领域看,基础设施增长12.2%;房地产开发下降33.5%。", "33.5%", "房地产开发投资"),
])
def test_bare_part_takes_its_totals_quantity(text, printed, indicator):
    assert one(text, printed)["indicator"] == indicator


@pytest.mark.parametrize(("text", "printed", "indicator"), [
    # 2002: a part that is a quantity already
    ("外贸进出口总额突破５０００亿美元，其中出口２６６２亿美元，增长６．８％。", "２６６２亿美元", "出口"),
    # xicheng 1-5 months: a part that names its revenue
    ("1-5月,一般公共预算收入1.86亿元,同比下降27.2%,其中税收收入1.39亿元,同比下降4.5%。", "1.39亿元", "税收收入"),
    # written: a tax after a breakdown of revenue by tax stays a tax
    ("一般公共预算收入15.2亿元。分税种看，增值税5.1亿元，企业所得税3.2亿元。", "5.1亿元", "增值税"),
])
def test_part_naming_a_quantity_keeps_it(text, printed, indicator):
    assert one(text, printed)["indicator"] == indicator


def test_count_after_qizhong_is_left():
    """1955: units counted after 其中 are no quantity of money or output (其中工业方面约有二千三百个)."""
    text = "除了限额以上的基本建设单位以外，还有限额以下的建设单位六千多个，其中工业方面约有二千三百个。"
    assert not any(name.endswith(("投资", "产值")) for name in facts(text)["indicator"])
