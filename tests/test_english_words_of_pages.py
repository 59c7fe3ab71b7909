"""Words of the English pages and workbook that name a time, a base or a unit: a reader with no Chinese reads
them in English.

Months are named (截至5月底 → end of May, 1-5月 → January–May, 截至6月30日 → as of 30 June, 7月底前 → by
the end of July, 目前 → to date); a growth read without the VAT credit refunds (扣除留抵退税后增长5.6%) says so in
English; a name that carries its scope as printed (税款(地方级)) takes it no second time; the English workbook shows
the period, comparator, scope and unit columns in English (上半年 → H1, 亿元 → 100m yuan), its columns "as
printed" as printed.
"""

from __future__ import annotations

import pytest
from _sentences import fact

from dhcheng_analysis import export
from dhcheng_analysis.display import comparator_label, month_name, period_label, scoped_label, unit_label


@pytest.mark.parametrize(("text", "printed", "period", "english"), [
    # Dongcheng 2020 H1 (data/dongcheng_2020_h1.txt)
    ("截至6月30日,2355家餐饮单位和1815家“九小”场所完成消杀。", "2355", "截至6月30日", "as of 30 June"),
    ("截至6月底,我区登记失业人员实现就业3241人,完成年度任务的51.4%,城镇登记失业率0.84%。", "0.84%", "截至6月底",
     "end of June"),
])
def test_the_period_of_a_fact_names_its_month(text, printed, period, english):
    f = fact(text, printed)
    assert f["period"] == period
    assert comparator_label(f["period"], "en") == english


@pytest.mark.parametrize(("printed", "english"), [
    ("7月底前", "by the end of July"), ("目前", "to date"), ("截至目前", "to date"), ("6月末", "end of June"),
    ("8月份", "August"), ("1-5月", "January–May"), ("2023年1-8月", "January–August 2023"),
])
def test_months_and_dates_read_in_english(printed, english):
    # periods of the facts of the Dongcheng 2020 H1 report and of tests/gold/real/texts
    assert comparator_label(printed, "en") == english


@pytest.mark.parametrize(("text", "printed", "english"), [
    # Dongcheng 2020 H1 (data/dongcheng_2020_h1.txt)
    ("稳步推进拆违专项行动,截至6月30日,共完成存量违建销账30685平方米,完成市级任务61.4%。", "61.4%",
     "the task set by the city"),
    ("强化水质改善,龙潭三湖水系连通项目已完成总工程量的70%,柳荫湖及青年湖水系连通项目已完成总工程量的18%,"
     "龙潭东湖、青年湖水质均达到或好于地表IV类水标准。", "70%", "the total works"),
])
def test_the_base_of_a_completion_reads_in_english(text, printed, english):
    f = fact(text, printed)
    assert comparator_label(f["comparator"], "en") == english


def test_month_names():
    assert [month_name(n) for n in (1, 12)] == ["January", "December"]
    assert month_name(0) == "0" and month_name(5, "zh") == "5月"
    assert period_label("M5", "en") == "January–May" and period_label("M5") == "1-5月"


@pytest.mark.parametrize(("text", "printed"), [
    # Xicheng 2022 annual report; Gongshu (Hangzhou) 2022 annual report
    ("一般公共预算收入扣除留抵退税后、同口径增长5.6%,人均地区生产总值保持全市第一。", "5.6%"),
    ("一般公共预算收入全年同比增长2.6%,扣除留抵退税因素,同比增长13.6%;环境保护指标完成良好。", "13.6%"),
])
def test_a_growth_without_the_vat_credit_refunds_reads_in_english(text, printed):
    f = fact(text, printed)
    assert comparator_label(f["comparator"], "en") == "last year, excluding VAT credit refunds"


def test_a_name_that_carries_its_scope_takes_it_once():
    # Dongcheng 2020 H1: 税款(地方级) of the tax page (减少地方级税款3.3亿元)
    row = {"item": "税款(地方级)", "indicator_en": "Tax receipts (local share)", "scope": "地方级"}
    assert scoped_label(row, "en", name_col="item") == "Tax receipts (local share)"
    assert scoped_label(row, "zh", name_col="item") == "税款(地方级)"
    assert scoped_label({"indicator": "一般公共预算收入", "scope": "区级"}, "en") == \
        "General public budget revenue (district level)"


@pytest.mark.parametrize(("unit", "english"), [
    ("亿元", "100m yuan"), ("万元", "10k yuan"), ("元", "yuan"), ("个百分点", "pp"), ("%", "%"), ("万人", "10k persons"),
    ("亿美元", "100m US dollars"), ("户", "units"), ("个", ""), ("批次", "batches"), ("口", "口"),
])
def test_units_read_in_english(unit, english):
    assert unit_label(unit, "en") == english
    assert unit_label(unit, "zh") == unit


def test_the_english_workbook_shows_periods_and_units_in_english(bundled_tables):
    # Dongcheng 2020 H1: 一般公共预算收入完成96.9亿元,同比下降7.0% (a headline row of 上半年, in 亿元)
    tables = bundled_tables
    head = tables["headline"]
    en = export.reader_frame(head, "headline", "en", tables).set_index("indicator")
    zh = export.reader_frame(head, "headline", "zh", tables).set_index("indicator")
    assert en.loc["一般公共预算收入", "period"] == "H1" and zh.loc["一般公共预算收入", "period"] == "上半年"
    shown = export.display_frame(en).frame  # the sheet scales the money, and then names the unit
    assert export._reader_units(shown, "en").loc["一般公共预算收入", "unit"] == "100m yuan"
    assert shown.loc["一般公共预算收入", "unit"] == "亿元"
    assert en.loc["地区生产总值", "comparator"] == "Q1"
    assert en.loc["地区生产总值", "pp_diffs"] == "Q1:+1.5" and zh.loc["地区生产总值", "pp_diffs"] == "一季度:+1.5"
    assert en.loc["一般公共预算收入", "indicator_as_printed"] == "一般公共预算收入"  # as printed


def test_a_derived_count_reads_without_three_decimals():
    # Dongcheng 2020 H1: 市民热线…55927件,同比增长37.1% → a prior year of 40,786.902 items, 4.08万件 on the Chinese
    # page; a level printed with decimals keeps them
    from dhcheng_analysis.display import format_level

    assert format_level(40786.902, "件", "en") == "40,787 items"
    assert format_level(41228.5, "元", "en") == "41,228.5 yuan"
    assert format_level(0.845, "吨", "en") == "0.845 tonnes"
    assert format_level(786.15e8, "元", "en") == "78.615 bn yuan"


def test_a_header_names_its_unit_in_english():
    # Dongcheng 2020 H1: the tax sheet's level of 迁出企业 (617户) and the year-on-year sheet's change in persons
    assert export.header("level", "en", ("户", export._en_unit("户"))) == "Level (units)"
    assert export.header("abs_change", "en", ("人", export._en_unit("人"))) == "Absolute change (persons)"
    assert export.header("level", "en", ("个", export._en_unit("个"))) == "Level"
    assert export.header("level", "zh", ("户", export._en_unit("户"))) == "水平值(户)"
    assert export.header("level", "en", ("亿元", export._en_unit("亿元"))) == "Level (100m yuan)"
