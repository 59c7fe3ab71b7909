"""Contributions to growth as district economic operation analyses print them (一季度/上半年全区经济运行情况分析).

- A contribution rate opening its clause bare (…，拉动全区经济增长4.8个百分点，贡献率达82.7%) is the contribution of
  the sentence's subject, named by it as 对经济增长的贡献率 printed after the subject is; the tertiary industry's
  contribution keys ``tertiary_contribution`` however the analysis prints it (第三产业增加值对经济增长的贡献率,
  第三产业增加值贡献率).
"""

from __future__ import annotations

import pytest
from _sentences import facts

HALF_REVIEW = "一、2023年上半年经济运行基本情况\n"


def reading(sentence: str, printed: str) -> tuple[str, str, float, str]:
    """Indicator, measure, value and key of the fact printed as ``printed`` in ``sentence``."""
    text = HALF_REVIEW + sentence + "\n"
    f = facts(text)
    start = text.index(printed)
    row = f[(f["start"] <= start) & (f["end"] > start)]
    assert len(row) == 1, row
    r = row.iloc[0]
    return r["indicator"], r["measure"], r["value"], r["indicator_key"]


def test_contribution_after_its_subject_on_real_text() -> None:
    # real: beijing_2017_h1.txt — the contribution printed with 对…的 after its subject
    text = "总消费增长9.3%,其中服务消费增长12.7%、对总消费增长的贡献率达70.5%,商品消费增长5.6%。"
    assert reading(text, "70.5%")[:3] == ("服务消费对总消费增长的贡献率", "rate_pct", 70.5)


# Regression fixtures in the style of district analyses, modelled on beijing_2017_h1.txt
# (…其中服务消费增长12.7%、对总消费增长的贡献率达70.5%…) with the contribution printed bare after a pull.
@pytest.mark.parametrize(("sentence", "printed", "expected"), [
    ("第三产业实现增加值1311.1亿元，增长5.6%，拉动全区经济增长4.8个百分点，贡献率达82.7%。", "82.7%",
     ("第三产业增加值贡献率", "rate_pct", 82.7, "tertiary_contribution")),
    ("第一产业增加值2.1亿元，下降3.5%，贡献率为-0.1%。", "-0.1%",
     ("第一产业增加值贡献率", "rate_pct", -0.1, "")),
    ("金融业增加值增长6.5%，拉动经济增长2.2个百分点，贡献率38.5%。", "38.5%",
     ("金融业增加值贡献率", "rate_pct", 38.5, "")),
    ("第三产业增加值1311.1亿元，同比增长5.6%，对经济增长的贡献率为83.5%。", "83.5%",
     ("第三产业增加值对经济增长的贡献率", "rate_pct", 83.5, "tertiary_contribution")),
])
def test_bare_contribution_is_the_subjects(sentence: str, printed: str, expected: tuple) -> None:
    assert reading(sentence, printed) == expected


def test_pull_before_a_bare_contribution_stays_the_subjects() -> None:
    # district style: the pull keeps its reading when a bare contribution follows it
    sentence = "第三产业实现增加值1311.1亿元，增长5.6%，拉动全区经济增长4.8个百分点，贡献率达82.7%。"
    assert reading(sentence, "4.8个百分点") == ("第三产业增加值", "pp_diff", 4.8, "tertiary_industry_va")


# - A difference in points from a wider place's multi-year average (高于全市两年平均增速1.2个百分点) is against that
#   average, 全市两年平均, not against the district's own two-year average nor the city's growth of the year.


def test_two_year_average_on_real_text() -> None:
    # real: chaoyang_2021_h1.txt
    text = "上半年GDP实现3640.7亿元,同比增长13.5%,比2019年上半年增长7.9%,两年平均增长3.9%。"
    f = facts(HALF_REVIEW + text + "\n")
    row = f[f["raw_value"] == "3.9"].iloc[0]
    assert (row["measure"], row["value"], row["comparator"]) == ("change_pct", 3.9, "两年平均")


# Regression fixtures in the style of district analyses, modelled on chaoyang_2021_h1.txt (两年平均增长3.9%) and
# neimenggu_2023_m8_industry.txt (累计增速高于全国(3.9%)3.6个百分点).
@pytest.mark.parametrize(("sentence", "comparator", "value"), [
    ("上半年,全区规上工业增加值同比增长7.5%,两年平均增长5.1%,高于全市两年平均增速1.2个百分点。", "全市两年平均", 1.2),
    ("上半年,全区地区生产总值两年平均增长4.6%,比全市两年平均增速高0.5个百分点。", "全市两年平均", 0.5),
    ("社会消费品零售总额两年平均下降2.1%,降幅低于全市两年平均水平1.3个百分点。", "全市两年平均", 1.3),
    ("上半年,全区地区生产总值同比增长5.8%,高于全市平均增速0.3个百分点。", "全市", 0.3),
])
def test_difference_from_a_wider_places_average(sentence: str, comparator: str, value: float) -> None:
    f = facts(HALF_REVIEW + sentence + "\n")
    row = f[f["measure"] == "pp_diff"].iloc[0]
    assert (row["comparator"], row["value"]) == (comparator, value)
    own = f[f["measure"] == "change_pct"]
    assert own["comparator"].eq("两年平均").all()


# - 当季 after a quarter (二季度当季增长7.1%) says the quarter alone, as 当月 after a month does: no part of the name.


def test_month_alone_on_real_text() -> None:
    # real: neimenggu_2023_m8_industry.txt
    text = "8月当月全区规上工业增速9.7%,环比7月提高0.8个百分点。"
    f = facts(HALF_REVIEW + text + "\n")
    row = f[f["raw_value"] == "9.7"].iloc[0]
    assert (row["indicator"], row["period"]) == ("规上工业增加值", "8月")


# Regression fixtures in the style of district analyses, modelled on neimenggu_2023_m8_industry.txt
# (8月当月全区规上工业增速9.7%) with a quarter alone.
@pytest.mark.parametrize(("sentence", "indicator"), [
    ("全区地区生产总值同比增长5.8%，二季度当季增长7.1%。", "地区生产总值"),
    ("全区地区生产总值同比增长5.8%，其中二季度当季增长7.1%。", "地区生产总值"),
    ("三季度当季GDP增长7.1%。", "GDP"),
])
def test_quarter_alone_is_no_name(sentence: str, indicator: str) -> None:
    f = facts(HALF_REVIEW + sentence + "\n")
    row = f[f["raw_value"] == "7.1"].iloc[0]
    assert (row["indicator"], row["measure"]) == (indicator, "yoy_pct")
    assert row["period"] in ("二季度", "三季度")


# - The units a count names own the bare measure of the next clause (…企业为6家,累计完成产值561.9亿元), also past a
#   change of their count between (营收亿元以上企业312家，较上年同期增加15家，实现营收2105.3亿元); 营收 is the bare
#   营业收入 printed short.


def test_counted_units_own_the_measure_on_real_text() -> None:
    # real: xicheng_2018_h1_indicators.txt
    text = "在工业总产值排名前十的企业中能源供应业企业为6家,累计完成产值561.9亿元,成为拉动区域工业增长的主要因素。"
    f = facts(HALF_REVIEW + text + "\n")
    assert f.loc[f["raw_value"] == "561.9", "indicator"].iloc[0].endswith("能源供应业企业产值")


# Regression fixtures in the style of district analyses, modelled on xicheng_2018_h1_indicators.txt
# (能源供应业企业为6家,累计完成产值561.9亿元).
@pytest.mark.parametrize(("sentence", "printed", "indicator"), [
    ("营收亿元以上企业312家，较上年同期增加15家，实现营业收入2105.3亿元。", "2105.3", "营收亿元以上企业营业收入"),
    ("营收亿元以上企业312家，较上年同期增加15家，合计实现营收2105.3亿元，同比增长9.2%。", "2105.3", "营收亿元以上企业营收"),
    ("营收亿元以上企业312家，较上年同期增加15家，合计实现营收2105.3亿元，同比增长9.2%。", "9.2", "营收亿元以上企业营收"),
    ("营收亿元以上企业312家，同比增长5.2%，实现营收2105.3亿元。", "2105.3", "营收亿元以上企业营收"),
    ("全区纳税百万元以上企业达到856家，较上年同期增加32家，实现税收186.3亿元，占全区税收的79.1%。", "186.3",
     "纳税百万元以上企业税收"),
])
def test_counted_units_own_the_measure_past_their_change(sentence: str, printed: str, indicator: str) -> None:
    f = facts(HALF_REVIEW + sentence + "\n")
    row = f[f["raw_value"] == printed].iloc[0]
    assert row["indicator"] == indicator
    assert row["indicator_key"] != "tax_revenue"


# - Each change in points of a run right after a share is the share's (…比重为86.4%，同比提高0.7个百分点，比一季度提高
#   1.2个百分点: both keyed as the tax share), not only the first.


def test_share_and_its_change_on_real_text() -> None:
    # real: minhang_sh_2015_bulletin.txt
    text = "第三产业增加值占全区生产总值的比重为48.3%,比上年提高3.2个百分点(见图1)。"
    f = facts(HALF_REVIEW + text + "\n")
    assert f["indicator_key"].tolist() == ["tertiary_share", "tertiary_share"]


# Regression fixtures in the style of district analyses, modelled on minhang_sh_2015_bulletin.txt
# (第三产业增加值占全区生产总值的比重为48.3%,比上年提高3.2个百分点) with a second base.
@pytest.mark.parametrize(("sentence", "key"), [
    ("第三产业增加值占GDP的比重为86.1%，较上年同期提高0.8个百分点，较一季度回落0.3个百分点。", "tertiary_share"),
    ("税收收入占一般公共预算收入的比重为86.4%，同比提高0.7个百分点，比一季度提高1.2个百分点。", "tax_revenue_share"),
])
def test_each_change_of_a_run_after_a_share_is_the_shares(sentence: str, key: str) -> None:
    f = facts(HALF_REVIEW + sentence + "\n")
    assert f["measure"].tolist() == ["rate_pct", "pp_diff", "pp_diff"]
    assert f["indicator_key"].tolist() == [key] * 3
    assert f["comparator"].tolist()[1:] == ["上年同期", "一季度"]


# - A breakdown opened by 按行业分, 按产业分, 按企业规模分, 分规模看 or 从规模看 is one as 分行业看 and 三大门类中 are: the
#   bare items after the first take its quantity (医药制造业下降8.6% → 医药制造业增加值).


def test_breakdown_items_take_the_quantity_on_real_text() -> None:
    # real: neimenggu_2023_m8_industry.txt
    text = ("全区三大门类中,采矿业增加值同比增长3.7%,较1-7月提高0.2个百分点;制造业增长11.9%,提高0.6个百分点;"
            "电力热力燃气及水生产和供应业增长10.6%,提高0.7个百分点。")
    f = facts(HALF_REVIEW + text + "\n")
    assert f.loc[f["raw_value"] == "11.9", "indicator"].iloc[0] == "制造业增加值"


# Regression fixtures in the style of district analyses, modelled on neimenggu_2023_m8_industry.txt
# (全区三大门类中,采矿业增加值同比增长3.7%,…;制造业增长11.9%) with other openers and comma lists.
@pytest.mark.parametrize(("sentence", "printed", "indicator"), [
    ("按行业分，计算机、通信和其他电子设备制造业增加值增长15.2%，医药制造业下降8.6%，汽车制造业增长3.1%。", "8.6",
     "医药制造业增加值"),
    ("按行业分，计算机、通信和其他电子设备制造业增加值增长15.2%，医药制造业下降8.6%，汽车制造业增长3.1%。", "3.1",
     "汽车制造业增加值"),
    ("全区规上工业增加值同比增长4.2%。按企业规模分，大型企业增长5.6%，中型企业增长2.1%，小微企业下降6.3%。", "2.1",
     "中型企业增加值"),
    ("全区固定资产投资同比增长3.2%。按产业分，第一产业下降12.1%，第二产业增长8.5%，第三产业增长2.3%。", "8.5",
     "第二产业投资"),
])
def test_breakdown_items_take_the_quantity(sentence: str, printed: str, indicator: str) -> None:
    f = facts(HALF_REVIEW + sentence + "\n")
    assert f.loc[f["raw_value"] == printed, "indicator"].iloc[0] == indicator
