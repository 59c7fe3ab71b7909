"""The pages, tables and charts of real reports of other kinds: a month's industry release, a street's review, a
table of a district's indicators beside the city's.

A budget revenue alone (一般公共预算收入2亿元,同比-19.3%) is no tax figure: the tax page of a report that gives no tax
shows nothing rather than the revenue as its "total". Every percentage-point difference of a growth is a comparison
(较1-7月份提高0.3个百分点 and 高于全国(3.9%)3.6个百分点, the sectors' 较1-7月提高0.2个百分点), not only the one of
the headline row's sentence, and so is the city's growth a table prints beside the district's (北京市 | 西城区);
a difference after a completion (较均衡进度慢2.94%) is none. A move up a ranking
(较上月提升2位, −2 in the facts) reads as a rise, beside the rank it moves, not among the growths. A month's growth (8月当月 9.7%) charted among the growths of the
months to it is labelled with its month. The English pages name months (1-8月 → January–August, 截至5月底 → end of May). The
index says which pages the report gives no figure for (the completions of a release without any). A difference
printed in the text and in its table is one; parts short of their total are said to be within it, not "相差" it.
A chart's legend names only the colours its bars show. Counting and physical units are named in English (40种 →
40 kinds, 4586亩 → 4,586 mu), and English counts read for one (no "1 charts").
"""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from _built_reports import page_texts
from _real_tables import excerpt_table, real_tables

import dhcheng_analysis as dh
from dhcheng_analysis.display import comparator_label, format_level, reader_table

REAL = Path(__file__).resolve().parent / "gold" / "real" / "texts"
INDUSTRY = REAL / "neimenggu_2023_m8_industry.txt"


tables = real_tables


def test_a_budget_revenue_alone_is_no_tax_figure():
    # dongliu_yz_2023_street: 全年实现地区生产总值60.3亿元,一般公共预算收入2亿元,同比分别-6.2%、-19.3%。
    # (no tax figure anywhere: 楼宇税收创新高)
    assert excerpt_table("dongliu_yz_2023_street", "tax").empty


def test_the_budget_revenue_of_many_scopes_stays_the_total():
    # puyang_m3_budget_table: 濮阳市 | 73795 | 234267 | | -10.9 … 市本级 | 14070 | 54065 | | -22.8 … (no tax type)
    tax = excerpt_table("puyang_m3_budget_table", "tax")
    assert set(tax["dimension"]) == {"total"} and set(tax["indicator_key"]) == {"general_budget_revenue"}
    assert len(tax) > 2


def test_every_difference_of_a_headline_growth_is_listed():
    # 1-8月份,全区规上工业增加值同比增长7.5%,较1-7月份提高0.3个百分点,已连续三个月回升。
    # 累计增速高于全国(3.9%)3.6个百分点,居全国第5位,较上月提升2位。
    row = excerpt_table("neimenggu_2023_m8_industry", "headline").set_index("indicator").loc["规模以上工业增加值"]
    assert row["pp_diffs"] == "1-7月:+0.3;全国:+3.6"
    assert (row["comparator"], row["comparator_value"]) == ("1-7月", 7.2)


def test_every_difference_of_a_growth_is_a_comparison():
    # 8月当月全区规上工业增速9.7%,环比7月提高0.8个百分点。
    # 全区三大门类中,采矿业增加值同比增长3.7%,较1-7月提高0.2个百分点;制造业增长11.9%,提高0.6个百分点;…
    # (the month's growth of 规上工业 is that of its value added, the headline: 规模以上工业增长 = 规模以上工业增加值增长)
    c = excerpt_table("neimenggu_2023_m8_industry", "comparisons")
    assert (c["source"] == "stated").all()
    got = [(r.indicator, r.period, r.comparator, r.pp_diff, r.comparator_value) for r in c.itertuples()]
    assert got == [("规模以上工业增加值", "1-8月", "1-7月", 0.3, 7.2), ("规模以上工业增加值", "1-8月", "全国", 3.6, 3.9),
                   ("规模以上工业增加值", "8月", "7月", 0.8, 8.9), ("采矿业增加值", "1-8月", "1-7月", 0.2, 3.5),
                   ("制造业增加值", "1-8月", "1-7月", 0.6, 11.3),
                   ("电力热力燃气及水生产和供应业增加值", "1-8月", "1-7月", 0.7, 9.9)]


def test_the_citys_growth_printed_beside_the_districts_is_a_comparison():
    # xicheng: 指 标 名 称 | 计量单位 | 北 京 市 | 西 城 区 | … 二、社会消费品零售总额 | 亿元 | 5391.9 | -7.7 | 389.9 | -8.6 |
    # (the text: 西城区实现社会消费品零售总额389.9亿元,同比下降8.6%: one comparison, not two)
    c = excerpt_table("xicheng_m1to5_indicators_table", "comparisons")
    assert (c["source"] == "computed").all() and set(c["comparator"]) == {"北京市"}
    got = {(r.indicator, r.yoy_pct, r.comparator_value, r.pp_diff) for r in c.itertuples()}
    assert got == {("社会消费品零售总额", -8.6, -7.7, -0.9), ("固定资产投资", 19.3, 2.8, 16.5), ("建安投资", 1.2, -1.5, 2.7),
                   ("一般公共预算收入", 14.3, -5.0, 19.3), ("一般公共预算支出", 24.5, 7.1, 17.4),
                   ("规模以上工业总产值", 4.9, -5.6, 10.5)}  # (the row 现价工业总产值 restates the text's 281.5亿元, +4.9%)


def test_a_difference_after_a_completion_or_of_a_rate_is_no_comparison_of_growths():
    # lintao_2024_m2_budget: 1-2月,全县实现大口径财政收入17056万元,完成预算的16.18%,较均衡进度慢0.48%,…增长14.14%。
    assert excerpt_table("lintao_2024_m2_budget", "comparisons").empty
    # xicheng: 城镇登记失业率为2.37 %,同比增加1.17个百分点 (a rate's change, no growth; the city's own growths
    # printed beside are the only comparisons)
    c = excerpt_table("xicheng_m1to5_indicators_table", "comparisons")
    assert not len(c[c["indicator"].str.contains("失业率")]) and (c["source"] == "computed").all()


@pytest.mark.parametrize(("name", "rank", "group", "move", "since"), [
    # neimenggu_2023_m8_industry (real excerpt): 累计增速高于全国(3.9%)3.6个百分点,居全国第5位,较上月提升2位。
    ("neimenggu_2023_m8_industry", 5, "全国", -2, "上月"),
    # wangcang_h1_industry (real excerpt): 增速居全市第6位,较1-5月上升1位。
    ("wangcang_h1_industry", 6, "全市", -1, "1-5月")])
def test_a_move_up_a_ranking_is_shown_with_the_rank_not_as_a_growth(name, rank, group, move, since):
    # a move of the rank (−2: a smaller rank number) is no change of the indicator: beside the rank of its headline
    # row, not among the year-on-year changes
    t = tables(name)
    assert not (t["yoy"]["unit"] == "位次").any()
    row = t["headline"].iloc[0]
    assert (row["rank"], row["rank_group"], row["rank_change"], row["rank_change_comparator"]) == (
        rank, group, move, since)
    assert format_level(row["rank_change"], "位次", signed=True) == f"提升{-move}位"
    assert format_level(-2, "位次", "en", signed=True) == "up 2 in the ranking"


def test_a_rank_shows_its_own_move_not_the_move_of_another_rank_after_it():
    # puyang_m3_budget_table (real excerpt): 收入规模位居全省第15位,同比提升1个位次 — the move of the rank shown;
    # 支出规模位居全省第13位,同比持平;支出增幅…居全省第8位,同比回落6个位次 — the 6 places are the growth rank's
    h = excerpt_table("puyang_m3_budget_table", "headline").set_index("indicator")
    assert list(h.loc["一般公共预算收入", ["rank", "rank_change", "rank_change_comparator"]]) == [15, -1, "上年同期"]
    assert h.loc["一般公共预算支出", "rank"] == 13 and pd.isna(h.loc["一般公共预算支出", "rank_change"])
    assert format_level(6, "位次") == "回落6位"  # 支出增幅…居全省第8位,同比回落6个位次


@pytest.mark.parametrize(("printed", "english"), [
    ("1-5月", "January–May"), ("1-7月", "January–July"), ("8月", "August"), ("截至5月底", "end of May"),
    ("2023年1-8月", "January–August 2023")])
def test_months_are_named_in_english(printed, english):
    assert comparator_label(printed, "en") == english


def test_the_english_tables_name_the_period():
    # xicheng: 1-5月,西城区规模以上工业企业显现良好发展态势 … (the period column of the year-on-year table)
    yoy = excerpt_table("xicheng_m1to5_indicators_table", "yoy")
    assert set(reader_table(yoy, ["period"], "en")["Period"]) == {"January–May"}


def test_a_months_growth_is_charted_with_its_month():
    # 8月当月全区规上工业增速9.7% among 1-8月份 … 同比增长7.5% and the sectors' growths of 1-8月
    import matplotlib.pyplot as plt

    from dhcheng_analysis import plots

    yoy = excerpt_table("neimenggu_2023_m8_industry", "yoy")
    ax = plots.plot_yoy_changes(yoy[yoy["measure"] == "yoy_pct"], lang="zh")
    try:
        names = [t.get_text() for t in ax.get_yticklabels()]
        # (the month's growth of 规上工业 is that of its value added: named as the headline, with its month)
        assert "规模以上工业增加值（8月）" in names and "制造业增加值" in names
    finally:
        plt.close(ax.figure)


@pytest.fixture(scope="module")
def build(tmp_path_factory):
    out = {}
    for key, path, lang in (("zh", INDUSTRY, "zh"), ("en", INDUSTRY, "en"),
                            ("xicheng", REAL / "xicheng_m1to5_indicators_table.txt", "zh")):
        result = dh.build_report(path, tmp_path_factory.mktemp(key), lang=lang, jobs=2, progress=False)
        assert result.failed == [], result.failed
        out[key] = page_texts(result)
        entries = re.findall(r'<li><a class="dh-page" href="(\d\d)_(.*?)</li>', result.index.read_text(encoding="utf-8"))
        out[key]["index"] = {k: re.sub(r"<[^>]+>", " ", v) for k, v in entries}
    return out


def test_the_year_on_year_page_gives_every_comparison(build):
    # 累计增速高于全国(3.9%)3.6个百分点,居全国第5位,较上月提升2位。
    page = build["zh"]["02"]
    assert "比全国高 3.6 个百分点，即全国约为 +3.9%（推算）" in page
    assert "采矿业增加值同比+3.7%，比1-7月高 0.2 个百分点" in page
    # (the rank's move, 较上月提升2位, is shown with the rank on the overview, no growth of the indicator)
    assert "提升2位" not in page and "−2位次" not in page
    assert "提升2位" in build["zh"]["01"] and "−2位次" not in build["zh"]["01"]


def test_the_year_on_year_page_compares_the_district_with_the_city_beside_it(build):
    # 二、社会消费品零售总额 | 亿元 | 5391.9 | -7.7 | 389.9 | -8.6 | (北京市, 西城区)
    page = build["xicheng"]["02"]
    assert "社会消费品零售总额同比−8.6%，北京市同比−7.7%，低 0.9 个百分点（推算）" in page
    assert "没有与全市或其他时期比较" not in page
    assert "+1.17" in build["xicheng"]["01"]  # 城镇登记失业率为2.37 %,同比增加1.17个百分点


def test_the_english_pages_name_the_months(build):
    page = build["en"]["02"]
    assert "0.3 pp above January–July" in page and "up 2 in the ranking" not in page
    assert "up 2 in the ranking" in build["en"]["01"] and "previous month" in build["en"]["01"]  # (beside the rank)
    # the report's title is a value of the report, in its own language (a text with no title line is titled by its
    # period as printed, 1-8月报告); every other mention of a month is in words of the page
    body = page.replace(dh.load_report(INDUSTRY).title, "")
    assert "1-8月" not in body and "1-7月" not in body


def test_the_index_says_which_pages_the_report_gives_nothing_for(build):
    # a month's industry release: growths and differences, no tax, no completion and no target
    index = build["zh"]["index"]
    assert "本报告没有此类数字" in index["03"] and "本报告没有此类数字" in index["04"]
    assert "1 张图表" in index["01"] and "1 张图表" in index["02"]
    assert "no figures of this kind in the report" in build["en"]["index"]["04"]


def test_a_difference_keeps_its_second_decimal():
    # xicheng: 城镇登记失业率为2.37 %,同比增加1.17个百分点 (shown +1.2 before)
    from dhcheng_analysis.display import format_pp

    assert (format_pp(1.17), format_pp(-3.79), format_pp(0.3)) == ("+1.17", "−3.79", "+0.3")


def test_a_difference_printed_in_the_text_and_its_table_is_listed_once():
    # 城镇登记失业率为2.37 %,同比增加1.17个百分点 … 七、城镇登记失业率 | % | -- | -- | 2.37 | 同比增加1.17个百分点 |
    row = excerpt_table("xicheng_m1to5_indicators_table", "headline").set_index("indicator").loc["城镇登记失业率"]
    assert row["pp_diffs"] == "上年同期:+1.17"


@pytest.mark.parametrize(("lang", "message"), [
    ("zh", "一致：部分之和 191.9亿元不超过总量 219.4亿元（允许超出 0.1亿元）"),
    ("en", "consistent: the parts sum to 19.19 bn yuan, within the total 21.94 bn yuan (allowed over it: 0.01 bn yuan)")])
def test_parts_short_of_their_total_are_said_to_be_within_it(lang, message):
    # 西城区累计实现公共财政预算收入219.4亿元 … 其中,区级各项税收累计完成191.9亿元 (27.5亿元 short: no discrepancy,
    # not "相差 27.5亿元（允许 ±1,000万元）" beside 一致)
    from dhcheng_analysis.export import _audit_in_words

    t = tables("xicheng_m1to5_indicators_table")
    words = _audit_in_words(t["audit"], t["facts"], lang)
    assert message in set(words["message"])


def test_the_legend_names_only_the_colours_the_bars_show():
    # 采矿业增加值同比增长3.7% … 制造业增长11.9% … 电力热力燃气及水生产和供应业增长10.6%: rises alone, no 下降 in the legend
    import matplotlib.pyplot as plt

    from dhcheng_analysis import plots

    yoy = excerpt_table("neimenggu_2023_m8_industry", "yoy")
    ax = plots.plot_yoy_changes(yoy[yoy["measure"] == "yoy_pct"], lang="zh")
    try:
        texts = [t.get_text() for t in ax.get_legend().get_texts()]
        assert "上升" in texts and "下降" not in texts
    finally:
        plt.close(ax.figure)


@pytest.mark.parametrize(("value", "unit", "english"), [
    (40, "种", "40 kinds"),  # neimenggu: 全区40种主要工业产品中,33种产量实现同比增长
    (4586, "亩", "4,586 mu"),  # haishu: 新增土地供应4586亩
    (38, "个", "38"),  # neimenggu: 38个工业行业大类
])
def test_units_are_named_in_english(value, unit, english):
    assert format_level(value, unit, "en") == english


def test_the_english_counts_read_for_one(build):
    # a release of one headline indicator (规上工业增加值同比增长7.5%) and one chart a page: no "1 charts", "1 have"
    assert "Headline indicators: 1, of which 1 with a year-on-year change (1 up, 0 down)." in build["en"]["01"]
    # (its one change against another base was the rank's move, 较上月提升2位: no change of the indicator)
    assert "The report gives no change against another base." in build["en"]["02"]
    assert "charts: 1" in build["en"]["index"]["01"] and "1 charts" not in build["en"]["index"]["01"]


def test_the_workbook_has_a_sheet_of_growth_comparisons(tmp_path):
    # neimenggu: 累计增速高于全国(3.9%)3.6个百分点 — the comparison, its derived base and its source, as the page reads it
    path = tmp_path / "industry.xlsx"
    dh.to_excel(dh.load_report(INDUSTRY), path)
    ws = openpyxl.load_workbook(path)["增速比较"]
    rows = list(ws.iter_rows(values_only=True))
    head = rows[0]
    got = [dict(zip(head, r, strict=True)) for r in rows[1:]]
    country = [r for r in got if r["比较基准"] == "全国"]
    assert len(got) == 6 and len(country) == 1
    assert (country[0]["同比(%)"], country[0]["百分点差"], country[0]["来源"]) == (7.5, 3.6, "报告所列")
    assert country[0]["基准值(%)[推算]"] == 3.9
