"""Real reports in the layouts a copy of them takes: a sentence on each line (as some web pages and copy
tools give a text), every line opened with two full-width spaces (as Chinese documents indent paragraphs).

The texts are the State Council work reports bundled with the package (the same texts as
``/work/shared/corpus/national_work_reports``) and the real excerpts of ``tests/gold/real/texts``; each is
rewritten in the layout, and its facts must be the facts of the text as given.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _copy_forms import fact_at, given, read, reports, table

import dhcheng_analysis as dh

REAL = Path(__file__).parent / "gold" / "real" / "texts"


def sentence_lines(text: str) -> str:
    """Each sentence on a line of its own: a line break after every full stop."""
    return text.replace("。", "。\n")


def indented(text: str) -> str:
    """Every line opened with two full-width spaces (blank lines and table rows left as they are)."""
    lines = text.split("\n")
    return "\n".join(ln if i == 0 or not ln or ln.startswith("|") else "\u3000\u3000" + ln
                     for i, ln in enumerate(lines))


# --- a sentence on each line ----------------------------------------------------------------------------


@pytest.mark.parametrize("year", [1956, 2009, 2013, 2023])
def test_a_report_set_a_sentence_a_line_gives_the_facts_of_the_report_as_given(year):
    text = reports().texts[f"gwr_{year}"]
    assert table(read(sentence_lines(text))[1]) == table(given(year)[1])


def test_the_year_of_a_paragraph_governs_its_sentences_on_lines_of_their_own():
    # 2009: "…三次较大幅度提高粮食最低收购价，提价幅度超过20%。" — the review's year, not a paragraph of its own (the
    # 全年 its paragraph opens with is the year reviewed, 2008年)
    form = read(sentence_lines(reports().texts["gwr_2009"]))
    fact = fact_at(form, "三次较大幅度提高粮食最低收购价，提价幅度超过20%", "20")
    assert (fact["indicator"], fact["period"], fact["status"]) == ("粮食最低收购价", "2008年", "actual")


def test_an_item_numbered_like_a_heading_goes_on_in_its_paragraph():
    # 1956: "…完成预算数的９２．４９％；其中工商税收到…农业税收到３，０５４，３０８，０００元，完成预算数的
    # １０９．０８％。（二）国营企业和事业收入共收到…" — the (二) opens no section: the accounts of 1955 go on
    form = read(sentence_lines(reports().texts["gwr_1956"]))
    fact = fact_at(form, "农业税收到３，０５４，３０８，０００元，完成预算数的１０９．０８％", "１０９．０８")
    assert (fact["indicator"], fact["measure"], fact["period"], fact["status"]) == (
        "农业税", "completion_pct", "1955年", "actual")
    fact = fact_at(form, "（五）国家储备支出、城市建设支出和其他经济建设支出共为１，５７３，２９５，０００元", "１，５７３，２９５，０００")
    assert fact["status"] == fact_at(given(1956), "（五）国家储备支出、城市建设支出和其他经济建设支出共为１，５７３，２９５，０００元",
                                     "１，５７３，２９５，０００")["status"]


def test_a_heading_closed_by_a_full_stop_runs_into_its_text():
    # 2023: "（七）坚定扩大对外开放，深化互利共赢的国际经贸合作。面对外部环境变化，…" then "…关税总水平从9.8%降至7.4%。"
    form = read(sentence_lines(reports().texts["gwr_2023"]))
    assert "（七）坚定扩大对外开放，深化互利共赢的国际经贸合作。面对外部环境变化" in form[0].text
    fact = fact_at(form, "关税总水平从9.8%降至7.4%", "9.8")
    assert (fact["indicator"], fact["period"]) == ("关税总水平", "2017年")


def test_headings_stay_lines_of_their_own_in_a_text_with_no_blank_line():
    # xicheng_m1to5_indicators_table a sentence a line, no blank line: "一、工业生产⏎1-5月,西城区规模以上工业企业
    # 显现良好发展态势,产、销均保持增长。⏎规模以上工业企业累计完成…⏎二、市场消费⏎1-5月,…"
    text = dh.load_report(REAL / "xicheng_m1to5_indicators_table.txt").text
    form = sentence_lines(text).replace("\n\n", "\n")
    assert "\n\n" not in form
    report, rows = read(form)
    assert "\n二、市场消费\n1-5月,北京市实现社会消费品零售总额5391.9亿元" in report.text
    assert "产、销均保持增长。规模以上工业企业累计完成工业总产值281.5亿元" in report.text
    assert table(rows) == table(read(text)[1])


def test_a_line_opening_with_a_space_goes_on_as_a_heading_run_into_the_text():
    # minhang_sh_2022_h1_budget, one line: "…全区一般公共预算收支决算平衡。 2.区本级一般公共预算收支决算情况 区本级一般公共
    # 预算财力249.2亿元…" — the space before 2. stays, and the heading is read in the line as in the text as given
    text = dh.load_report(REAL / "minhang_sh_2022_h1_budget.txt").text
    report, rows = read(sentence_lines(text))
    assert report.text == text
    fact = fact_at((report, rows), "区本级一般公共预算财力249.2亿元", "249.2")
    assert (fact["indicator"], fact["period"]) == ("区本级一般公共预算财力", "2021年")


@pytest.mark.parametrize("name", [pytest.param(n, marks=pytest.mark.xfail(
    reason="four sentences before its table: too few to show a text set a sentence a line", strict=True))
    if n == "puyang_m3_budget_table" else n for n in sorted(p.stem for p in REAL.glob("*.txt"))])
def test_real_excerpts_set_a_sentence_a_line_give_their_facts(name):
    text = dh.load_report(REAL / f"{name}.txt").text
    assert table(read(sentence_lines(text))[1]) == table(read(text)[1])


# --- every line indented ----------------------------------------------------------------------------------


@pytest.mark.parametrize("year", [1957, 1998, 2006, 2011, 2017, 2021, 2022])
def test_a_report_indented_line_by_line_gives_the_facts_of_the_report_as_given(year):
    text = reports().texts[f"gwr_{year}"]
    assert table(read(indented(text))[1]) == table(given(year)[1])


def test_a_line_cut_by_a_page_of_a_web_copy_goes_on_when_every_line_is_indented():
    # 2017: "全面推开营改增试点，全年⏎​⏎降低企业税负5700多亿元，…" and "74个重点城市细颗粒物（PM⏎2.5⏎）年均浓度下降9.1%"
    form = read(indented(reports().texts["gwr_2017"]))
    fact = fact_at(form, "降低企业税负5700多亿元", "5700")
    assert (fact["indicator"], fact["measure"], fact["value"], fact["period"]) == (
        "企业税负", "abs_change", -570_000_000_000.0, "2016年")  # 全年: the year reviewed
    fact = fact_at(form, "年均浓度下降9.1%", "9.1")
    assert fact["sentence"].startswith("强化大气污染治理")
    assert (fact["indicator"], fact["scope"], fact["measure"], fact["period"]) == (
        "细颗粒物（PM2.5）年均浓度", "74个重点城市", "yoy_pct", "2016年")  # the places the quality names: its scope


def test_an_indented_paragraph_opens_with_its_period_as_a_flush_one():
    # 2021: "过去五年，我国经济社会发展取得新的历史性成就。经济运行总体平稳，…国内生产总值从不到70万亿元增加到超过
    # 100万亿元。" — the span the paragraph opens with, indented or not: the move from its first year's level to its
    # last year's
    form = read(indented(reports().texts["gwr_2021"]))
    for printed, value, period in (("从不到70万亿元", "70", "2015年"), ("增加到超过100万亿元", "100", "2020年")):
        fact = fact_at(form, printed, value)
        assert fact["period"] == fact_at(given(2021), printed, value)["period"] == period


def test_an_opening_period_in_a_plan_part_holds_until_another_time_is_spoken_of():
    # 2006, in the part on the plan: "五年来，人民生活明显改善。城镇居民人均可支配收入和农村居民人均纯收入，分别实际增长
    # 58.3%和29.2%。城镇新增就业4200万人。" — the span holds, indented or not
    for form in (given(2006), read(indented(reports().texts["gwr_2006"]))):
        fact = fact_at(form, "城镇新增就业4200万人", "4200")
        assert (fact["period"], fact["status"]) == ("2001-2005年", "actual")
    # 2011: "三、2011年的工作⏎2011年，是“十二五”开局之年，做好今年的工作…。过去一年，我们的各项工作取得了很大成绩。国内
    # 生产总值增长10.3%，…" — the year planned opens the paragraph, and the paragraph looks back: flush or indented
    text = reports().texts["gwr_2011"]
    assert "\n\u3000\u30002011年，是“十二五”开局之年" in text
    for form in (given(2011), read(text.replace("\n\u3000\u30002011年，是“十二五”开局之年", "\n2011年，是“十二五”开局之年"))):
        fact = fact_at(form, "国内生产总值增长10.3%", "10.3")
        assert fact["period"] != "2011年"


def test_a_table_row_number_after_an_indent_is_no_figure():
    # xicheng_2020_keytasks, every line indented: "　　经济社会发展主要预期目标2区级一般公共预算收入增长2%左右。"
    text = dh.load_report(REAL / "xicheng_2020_keytasks.txt").text
    report, rows = read(indented(text))
    at = report.text.index("主要预期目标2区级一般公共预算收入") + len("主要预期目标")
    assert not [r for r in rows if r["start"] <= at < r["end"]]
    assert "\n\u3000\u3000经济社会发展主要预期目标2区级" in report.text  # (a line after a closed one keeps its indent)
    fact = fact_at((report, rows), "区级一般公共预算收入增长2%左右", "2%")
    assert (fact["indicator"], fact["measure"], fact["status"]) == ("区级一般公共预算收入", "yoy_pct", "target")


def test_a_report_indenting_its_paragraphs_only_keeps_its_layout():
    # 1955 indents its paragraphs and not its headings: the indentation marks paragraphs, and stays
    text = reports().texts["gwr_1955"]
    assert "\n\u3000\u3000" in text
    assert "\n\u3000\u3000" in dh.load_report(text).text


@pytest.mark.parametrize("name", sorted(p.stem for p in REAL.glob("*.txt")))
def test_real_excerpts_indented_line_by_line_give_their_facts(name):
    text = dh.load_report(REAL / f"{name}.txt").text
    assert table(read(indented(text))[1]) == table(read(text)[1])


def test_an_indented_paragraph_opened_by_a_year_in_spaced_digits_is_of_that_year():
    # 1998, its paragraphs indented: "　　1 9 9 7 年，城镇居民人均可支配收入达到5 1 6 0 元，五年来年均实际增长6 ％；…"
    text = reports().texts["gwr_1998"]
    assert "\n1 9 9 7 年，城镇居民人均可支配收入达到5 1 6 0 元" in text
    form = read(text.replace("\n1 9 9 7 年，", "\n\u3000\u30001 9 9 7 年，"))
    fact = fact_at(form, "城镇居民人均可支配收入达到5 1 6 0 元", "5 1 6 0")
    assert (fact["indicator"], fact["period"]) == ("城镇居民人均可支配收入", "1997年")
    fact = fact_at(form, "农村居民人均纯收入达到2 0 9 0 元", "2 0 9 0")
    assert fact["period"] == "1997年"
