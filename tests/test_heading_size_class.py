"""An industry's quantity printed without its size class, under a heading that names the industry with one, takes
the heading's size class: the section speaks of the industry's firms above the size, and so do its figures."""

from __future__ import annotations

from pathlib import Path

from _real_tables import real_facts

import dhcheng_analysis as dh

TEXTS = Path(__file__).parent / "gold" / "real" / "texts"


def _named(text: str) -> list[tuple[str, str, str]]:
    f = dh.extract_facts(dh.Report(report_id="t", text=text))
    return list(zip(f["indicator"], f["indicator_key"], f["measure"], strict=True))


def test_a_heading_of_the_industry_above_the_size_names_its_revenue():
    # real excerpt, ruyuan_m1to5_release.txt: 六、规模以上其他营利性服务业保持较好增长。1-5月,其他营利性服务业营业收入
    # 0.64亿元,同比增长56.6%,增幅比1-4月提高10.8个百分点。
    f = real_facts(TEXTS / "ruyuan_m1to5_release.txt")  # (extracted once a test process, shared)
    rows = f[f["section"] == "六、规模以上其他营利性服务业保持较好增长"]
    assert set(rows["indicator"]) == {"规模以上其他营利性服务业营业收入"}
    assert set(rows["measure"]) == {"level", "yoy_pct", "pp_diff"}
    assert set(rows["indicator_key"]) == {"sector_operating_revenue_above_size:other_for_profit_services"}


def test_a_heading_of_a_quantity_of_the_industry_above_the_size_leaves_another_quantity_whole():
    # constructed fixture, after wuhou_2023_h1: the heading names the value added of 规上工业, not the industry, and
    # industrial investment is of the industry whole
    names = _named("二、存在的主要问题\n一是工业支撑偏弱，规上工业增加值增速低于全市1.6个百分点，工业投资同比下降8.4%。\n")
    assert ("工业投资", "sector_investment:industry", "yoy_pct") in names


def test_a_heading_of_the_industry_whole_adds_no_size_class():
    # constructed fixture: a heading with no size class leaves the figure as printed
    names = _named("六、其他营利性服务业保持较好增长。1-5月,其他营利性服务业营业收入0.64亿元,同比增长56.6%。")
    assert {n for n, _, _ in names} == {"其他营利性服务业营业收入"}


def test_a_sentence_whose_topic_is_the_industry_above_the_size_names_its_output():
    # real excerpt, xicheng_2018_h1_indicators.txt: 2018年1-6月,西城区规模以上工业继续保持良好发展态势,产、销均呈现
    # 上升趋势,累计完成工业总产值605.3亿元,与上年同期相比增长13.5%;累计完成工业销售产值604.9亿元,与上年同期相比
    # 增长13.1%;产销率为99.9%,产销衔接良好。
    f = real_facts(TEXTS / "xicheng_2018_h1_indicators.txt")
    rows = f[f["sentence"].str.startswith("2018年1-6月,西城区规模以上工业继续保持良好发展态势")]
    got = set(zip(rows["indicator"], rows["indicator_key"], rows["measure"], rows["value"], strict=True))
    assert ("规模以上工业总产值", "industrial_output_above_size", "level", 60530000000.0) in got
    assert ("规模以上工业总产值", "industrial_output_above_size", "yoy_pct", 13.5) in got
    assert ("规模以上工业销售产值", "industrial_sales_output_above_size", "level", 60490000000.0) in got
    assert ("规模以上工业销售产值", "industrial_sales_output_above_size", "yoy_pct", 13.1) in got


def test_a_sentence_whose_topic_is_a_quantity_of_the_industry_adds_no_size_class():
    # constructed fixture: the topic is the value added of 规上工业, and the output after it keeps its printed name
    names = _named("1-6月,全区规上工业增加值同比增长5.1%,累计完成工业总产值605.3亿元。")
    assert ("工业总产值", "industrial_output", "level") in names
    # nor does a size class printed after the figure name it
    names = _named("全县工业增加值增长6.0%,其中规模以上工业增加值增长7.2%。")
    assert ("工业增加值", "industry_va", "yoy_pct") in names
