"""Indicator names and their glossary keys, read by a scan of every fact of the real excerpts, the unseen examples,
the bundled reports and the national work reports: names that are a near variant of a glossary term, and names a
figure takes from the noun after it.

NBS statistical names printed with 家庭 (城镇居民家庭人均可支配收入, 农村居民家庭人均纯收入) are the household
income series they name; 固定资产投资总额, 棉花总产量 and 单位国内生产总值二氧化碳排放量 are the glossary's
investment, cotton output and CO2 intensity; 国家财政支出 is the budget expenditure, as 国家财政收入 is the revenue.
全社会 (the whole of society) and 地级及以上城市 (cities at prefecture level and above) say over what the
indicator is counted, as 全国 does: 全社会消费品零售总额 is retail sales, 地级及以上城市空气质量优良天数比例 the
share of good-air days. A 下降率 (rate of fall) of a glossary quantity is that quantity, as its 降幅 is. The counted
targets after the last figure of a list and its 的 (…、棉花产量一亿担的四项指标) are what the list makes, not what that
figure is of. Each test is a sentence copied from the report named in its comment.
"""

from __future__ import annotations

import pytest
from _sentences import fact_at

from dhcheng_analysis import vocab

S2003_URBAN = "城镇居民家庭人均可支配收入，由1997年的5160元增加到2002年的7703元，平均每年实际增长8.6%。"
S2003_RURAL = "农村居民家庭人均纯收入由2090元增加到2476元，平均每年实际增长3.8%。"
S2003_RETAIL = "城乡市场繁荣，全社会消费品零售总额从1997年的2.73万亿元增加到2002年的4.1万亿元，平均每年实际增长10.5%。"
S2008_RD = "全社会研究与实验发展经费，从2002年1288亿元增加到2007年的3664亿元，占国内生产总值比重从1.07%提高到1.49%。"
S2023_AIR = "注重多污染物协同治理和区域联防联控，地级及以上城市空气质量优良天数比例达86.5%、上升4个百分点。"
S2025_PM25 = ("生态环境质量有新改善，地级及以上城市细颗粒物（PM2.5）平均浓度下降2.7%，优良天数比例上升至87.2%，"
              "地表水优良水质断面比例提高到90.4%；单位国内生产总值能耗降幅超过3%；可再生能源新增装机3.7亿千瓦。")
S1982_FAI = "固定资产投资总额计划为三千六百亿元，将兴建一批具有现代水平的新工程，并在部分重点企业中实行重大的技术改造。"
S2000_SPENDING = "落实这些措施，国家财政共增加支出540多亿元，全国有8400多万人受益。"
S2016_CO2 = ("今后五年，单位国内生产总值用水量、能耗、二氧化碳排放量分别下降23%、15%、18%，森林覆盖率达到23.04%，"
             "能源资源开发利用效率大幅提高，生态环境质量总体改善。")
S_DONGCHENG_2021_ENERGY = "万元GDP能耗下降率达到4.94%居民人均可支配收入达到45157元,同比增长9.5%。"
S_NANSHAN_RD = "全社会研发投入占GDP比重6.57%"


@pytest.mark.parametrize(("text", "printed", "key"), [
    # national work report 2003: the NBS household income series, named with 家庭
    (S2003_URBAN, "5160元", "urban_per_capita_disposable_income"),
    (S2003_RURAL, "2090元", "rural_per_capita_net_income"),
    # national work report 2003: retail sales of the whole of society
    (S2003_RETAIL, "2.73万亿元", "retail_sales"),
    # national work report 2008: R&D expenditure of the whole of society
    (S2008_RD, "1288亿元", "rd_expenditure"),
    # national work reports 2023 and 2025: air quality of the cities at prefecture level and above
    (S2023_AIR, "86.5%", "good_air_days_ratio"),
    (S2025_PM25, "2.7%", "pm25"),
    # national work report 1982: the total fixed-asset investment of the plan
    (S1982_FAI, "三千六百亿元", "fixed_asset_investment"),
    # national work report 2000: what the state adds to spend on the measures is no change of all it spends
    (S2000_SPENDING, "540多亿元", ""),
    # national work report 2016: CO2 emissions per unit of GDP, printed with 量
    (S2016_CO2, "18%", "co2_intensity"),
    # Dongcheng 2021 H1 report: the rate of fall of energy use per 10,000 yuan of GDP
    (S_DONGCHENG_2021_ENERGY, "4.94%", "energy_intensity"),
    # Nanshan 2023 work report digest: R&D spending of the whole of society, as a share of GDP — the share is
    # R&D intensity (研发投入占GDP比重), not the spending
    (S_NANSHAN_RD, "6.57%", "rd_intensity"),
])
def test_a_near_variant_of_a_glossary_name_takes_its_key(text: str, printed: str, key: str) -> None:
    assert fact_at(text, printed)["indicator_key"] == key


def test_cotton_output_printed_as_a_total_is_the_cotton_output() -> None:
    # national work report 1998 (its figures printed with spaced digits, read as such only in the whole report):
    # 粮食总产量稳定在4 9 2 5 0 万吨，棉花总产量稳定在4 0 0 万吨。
    assert vocab.indicator_key("棉花总产量") == "cotton_output"


S1959_TARGETS = ("在一九五八年十一月召开的中国共产党第八届中央委员会第六次全体会议上，曾经讨论了一九五九年发展国民经济的主要任务和"
                 "方针，提出了钢产量一千八百万吨、煤产量三亿八千万吨、粮食产量一万零五百亿斤、棉花产量一亿担的四项指标。")


@pytest.mark.parametrize(("printed", "name"), [
    ("一千八百万吨", "钢产量"),
    ("一万零五百亿斤", "粮食产量"),
    ("一亿担", "棉花产量"),
])
def test_the_counted_targets_after_a_list_of_figures_name_none_of_them(printed: str, name: str) -> None:
    # national work report 1959: the four targets (四项指标) the list makes, after its last figure with 的, are not
    # what that figure measures
    assert fact_at(S1959_TARGETS, printed)["indicator"] == name
