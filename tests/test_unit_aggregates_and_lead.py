"""The quantity of some units is no total, and the block a report leads with may come before its first heading.

An aggregate (税收, 一般公共预算收入 …) headed by the units it is of (企业, 楼宇, 市场主体 …) is the quantity of those
units, a part of the district's, so its ``dimension`` is not ``total`` (`新引进企业实现全口径税收入库8775万元`,
`重点楼宇实现税收152.6亿元`); the aggregate itself stays ``total``.

The ``lead`` block of a report that prints figures before its first top-level heading (a statistical release
opening 一季度,全县实现地区生产总值… above 一、农业生产基本稳定) is the text from the paragraph of its first figure
to that heading, not the first section; a
section headed 主要目标完成情况 is the lead as one headed 主要指标 is.

The registered capital (注册资本, 注册资本金) printed bare after a count of new market entities or firms is theirs, in
the clause after the count's or as the next item of its list (…28家、注册资本金14.7亿元).

Two names of the glossary as district reports print them: 文体娱业 is 文化、体育和娱乐业, 税收入库 (tax paid into the
treasury) is 税收收入. Each sentence is copied from the report named in its comment, or said to be written.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

# Dongcheng (Beijing) 2024 H1 plan report
S_DONGCHENG_2024 = "强化储备项目机制,梳理2024年储备项目181项,新引进企业实现全口径税收入库8775万元。"
# Dongcheng (Beijing) 2021 H1 plan report
S_DONGCHENG_2021 = "楼宇经济量质齐升，重点楼宇实现税收152.6亿元，税收亿元楼宇达到46座。"
# Chaoyang (Beijing) 2020 H1 plan report
S_CHAOYANG_2020 = "上半年共引进税源企业1031户,实现税收12.8亿元;成功挽留重点企业38户。"
# Dongcheng (Beijing) 2024 H1 plan report
S_TOTAL = "上半年实现区级一般公共预算收入97.2亿元,完成全年目标的46.2%;地方级一般公共预算收入239.3亿元,同比增长1.7%。"


@pytest.mark.parametrize(("text", "printed"), [
    (S_DONGCHENG_2024, "8775万元"),
    (S_DONGCHENG_2021, "152.6亿元"),
    (S_CHAOYANG_2020, "12.8亿元"),
])
def test_aggregate_of_units_is_no_total(text: str, printed: str) -> None:
    f = fact(text, printed)
    assert "税收" in f["indicator"]
    assert f["dimension"] != "total"


@pytest.mark.parametrize("printed", ["97.2亿元", "239.3亿元"])
def test_aggregate_itself_stays_total(printed: str) -> None:
    assert fact(S_TOTAL, printed)["dimension"] == "total"


# Youyang (Chongqing) 2025 Q1 statistical release, its opening lines verbatim
YOUYANG = ("一季度,全县实现地区生产总值56.82亿元,增长4.6%。其中,第一产业增加值5.32亿元,增长0.5%;第二产业增加值11.49亿元,"
           "增长5.9%;第三产业增加值40.01亿元,增长4.9%。\n一、农业生产基本稳定\n全县实现农林牧渔总产值9.48亿元,增长0.8%。"
           "蔬菜及食用菌产量9.72万吨,增长2.0%。生猪出栏16.68万头,下降7.7%。\n二、工业生产增势较好\n"
           "全县工业增加值增长6.0%,其中规模以上工业增加值增长7.2%。\n")


def test_paragraph_before_first_heading_leads() -> None:
    f = facts(YOUYANG).set_index("raw_value")["lead"]
    assert f["56.82"] and f["4.6"] and f["40.01"]
    assert not f["9.48"] and not f["16.68"] and not f["7.2"]


# written, as a city's release of 2021 prints its opening: a paragraph of words and a count, then the headline one
OPENING = ("今年以来,全市经济运行稳中加固、稳中向好,多项指标完成全年目标任务的75%以上。\n"
           "前三季度,全市实现地区生产总值3412.6亿元,同比增长12.8%。\n"
           "一、工业经济量质齐升\n前三季度,全市规模以上工业总产值同比增长18.6%。\n")


def test_text_before_first_heading_leads() -> None:
    f = facts(OPENING).set_index("raw_value")["lead"]
    assert f["75"] and f["3412.6"] and f["12.8"]
    assert not f["18.6"]


# Guandu (Kunming) 2023 H1 plan report: its opening part, the sentences verbatim (the report's own lines)
GUANDU = ("一、2023年上半年国民经济和社会发展计划执行情况\n"
          "2023年以来,区政府认真贯彻落实党中央、省委、省政府、市委、市政府及区委各项决策部署,全区经济社会发展取得积极成效。\n"
          "(一)主要目标完成情况\n"
          "2023年上半年,全区实现地区生产总值806亿元,同比增长3.2%,塌目标1.8个百分点;规模以上工业增加值同比增长10.1%,"
          "高于目标2.1个百分点。\n"
          "(二)重点工作推进情况\n"
          "全区新增市场主体8000户。\n")


def test_main_targets_section_leads() -> None:
    f = facts(GUANDU).set_index("raw_value")["lead"]
    assert f["806"] and f["3.2"] and f["2.1"]
    assert not f["8000"]


# Dongcheng (Beijing) 2024 H1 plan report: 文体娱业, as Beijing's districts shorten 文化、体育和娱乐业
S_SECTORS_2024 = ("商务服务业保持高速增长,信息服务业、文体娱业平稳回升,上半年行业收入分别同比增长28%、10.6%、7.3%,"
                  "为我区经济增长提供有力支撑。")


def test_short_name_of_culture_sector() -> None:
    f = fact(S_SECTORS_2024, "7.3%")
    assert f["indicator"] == "文体娱业收入"
    assert f["indicator_key"] == "sector_revenue:culture_sports_entertainment"
    assert f["dimension"] == "sector"


# written: the district's own tax paid into the treasury (税收入库), as the report of Dongcheng 2024 H1 prints it of
# newly attracted firms (新引进企业实现全口径税收入库8775万元)
S_TAX_IN = "上半年,全区实现全口径税收入库125.3亿元,同比增长5.2%。"


@pytest.mark.parametrize("printed", ["125.3亿元", "5.2%"])
def test_tax_paid_in_is_tax_revenue(printed: str) -> None:
    f = fact(S_TAX_IN, printed)
    assert f["indicator_key"] == "tax_revenue"
    assert (f["scope"], f["dimension"]) == ("全口径", "total")


# Xuanwu (Nanjing) 2021 H1 plan report: `上半年,全区共新增市场主体6209户,注册资本` (the excerpt ends there); its amount
# written
S_CAPITAL = "上半年,全区共新增市场主体6209户,注册资本125.6亿元。"
# written, with 注册资本金 and firms newly set up
S_CAPITAL_FIRMS = "全区新设立企业1200家,注册资本金合计30亿元。"


# Dongcheng (Beijing) 2023 H1 plan report: the capital as the next item of the count's list
S_CAPITAL_ITEM = "促成“服务包”企业在京新设机构28家、注册资本金14.7亿元。"


@pytest.mark.parametrize(("text", "printed", "name"), [
    (S_CAPITAL_ITEM, "14.7亿元", "“服务包”企业在京新设机构注册资本金"),
    (S_CAPITAL, "125.6亿元", "新增市场主体注册资本"),
    (S_CAPITAL_FIRMS, "30亿元", "新设立企业注册资本金"),
])
def test_capital_of_entities_counted_before(text: str, printed: str, name: str) -> None:
    assert fact(text, printed)["indicator"] == name
