"""A numbered heading a space parts from the paragraph run into its line (``一、2023年工作回顾 2023年是…。``, as a
page saved with a paragraph to a line prints it) is a section of its own words, however long the line.

The real excerpt is ``tests/gold/real/texts/dongliu_yz_2023_street.txt``; the plan part below it is a regression
fixture written here in the layout of that page.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _sentences import facts

import dhcheng_analysis as dh

REAL = Path(__file__).parent / "gold" / "real" / "texts"


def test_a_heading_run_into_a_long_line_heads_its_facts():
    report = dh.load_report(REAL / "dongliu_yz_2023_street.txt")  # its heading line holds some 600 characters
    assert [s.heading for s in report.sections] == ["一、2023年工作回顾"]
    f = facts(report)
    row = f[f["raw_value"] == "60.3"].iloc[0]  # 全年实现地区生产总值60.3亿元,…
    assert (row["section"], row["period"], row["status"]) == ("一、2023年工作回顾", "2023年", "actual")


REVIEW = "较好完成了经济社会发展各项预期目标。" * 30
PLAN = "坚持稳中求进工作总基调,完整、准确、全面贯彻新发展理念,扎实推进高质量发展。" * 10
SPACED = ("东柳街道2023年工作总结和2024年工作思路\n"
          f"一、2023年工作回顾 2023年是开局之年。{REVIEW}全年实现地区生产总值60.3亿元。\n"
          f"二、2024年工作思路 {PLAN}全年地区生产总值增长5%,一般公共预算收入达到2.2亿元。\n")


def test_a_spaced_plan_heading_regression_fixture():
    report = dh.load_report(SPACED)
    assert [s.heading for s in report.sections] == ["一、2023年工作回顾", "二、2024年工作思路"]
    f = facts(report).set_index("raw_value")
    assert (f.loc["60.3", "status"], f.loc["60.3", "period"]) == ("actual", "2023年")
    for printed in ("5", "2.2"):  # the plan's figures, not the year reviewed
        assert (f.loc[printed, "section"], f.loc[printed, "status"], f.loc[printed, "period"]) == (
            "二、2024年工作思路", "target", "2024年")


def test_a_spaced_heading_before_a_year_opening_its_paragraph_regression_fixture():
    # (the space before 2024年 parts the heading from its paragraph: not closed up as a space beside a figure)
    report = dh.load_report(SPACED.replace("二、2024年工作思路 ", "二、2024年工作思路 2024年是关键之年。"))
    row = facts(report).set_index("raw_value").loc["5"]
    assert (row["section"], row["status"], row["period"]) == ("二、2024年工作思路", "target", "2024年")


def test_headings_without_a_paragraph_after_a_space_keep_their_words():
    report = dh.load_report("第一部分    2020年工作回顾\n全区地区生产总值增长5%。\n"
                            "一、财 政 决 算 主 要 情 况\n全区一般公共预算收入331.1亿元。\n")
    assert [s.heading for s in report.sections] == ["第一部分    2020年工作回顾", "一、财政决算主要情况"]


# -- a part's numbered heading run into its line after a blank, later in the line, is a section too -------------

def test_a_part_heading_run_in_after_a_colon_and_a_blank_heads_its_facts():
    # minhang_sh_2022_h1_budget: …重点报告以下情况: 一、2021年财政决算主要情况 (一)2021年一般公共预算收支决算情况
    # 1.全区一般公共预算收支决算情况 全区一般公共预算收入331.1亿元,增长11%。…  (the headings below the part stay in
    # the paragraph they open)
    report = dh.load_report(REAL / "minhang_sh_2022_h1_budget.txt")
    assert [(s.level, s.heading) for s in report.sections] == [(1, "一、2021年财政决算主要情况")]
    row = facts(report).set_index("raw_value").loc["331.1"]
    assert (row["section"], row["period"], row["status"], row["lead"]) == (
        "一、2021年财政决算主要情况", "2021年", "actual", True)


@pytest.mark.parametrize("text", [
    # an item of a list run on in its paragraph, long before the next blank: no heading
    "全区经济运行总体平稳。 一、要坚持稳中求进工作总基调,完整、准确、全面贯彻新发展理念,扎实推进高质量发展,全区地区生产总值增长5%。\n",
    # a numbered item after a blank that runs to the line's end: no heading
    "全区经济运行总体平稳。 一、全区地区生产总值增长5%\n",
    # a numbered cell of a table row: no heading
    "全区经济运行总体平稳。 | 一、税收收入 | 89275 |\n",
])
def test_items_run_on_in_a_paragraph_are_no_headings(text):
    assert dh.load_report(text).sections == []


def test_a_plan_heading_run_in_after_a_full_stop_heads_a_plan_part_regression_fixture():
    # the plan part of a page laid out as dongliu_yz_2023_street is (written for this test): the year planned, not the
    # year its one paragraph-long line opens with
    text = (REAL / "dongliu_yz_2023_street.txt").read_text(encoding="utf-8").rstrip("\n").replace(
        "南京机", "南京机场等单位获评。")
    text += (" 二、2024年工作思路 2024年是实施“十四五”规划的关键之年。主要目标是：地区生产总值增长5%,一般公共预算收入2.1亿元。"
             " (一)聚焦产业发展。 全年引进企业150家。\n")
    f = facts(dh.load_report(text))
    review = f[f["raw_value"] == "60.3"].iloc[0]
    assert (review["status"], review["period"]) == ("actual", "2023年")
    plan = f[f["section"].str.startswith("二、")]
    assert plan["raw_value"].tolist() == ["5", "2.1", "150"]
    assert set(zip(plan["status"], plan["period"], strict=True)) == {("target", "2024年")}
    assert set(plan["section"]) == {"二、2024年工作思路"}  # (its (一)… stays in the paragraph it opens)


# -- a sentence on a page of one line that opens with a list of numerals is no heading ----------------------------

# (written in district style: a page saved with a part to a line)
ONE_LINE = ("一、2023年计划执行情况 全区实现税收收入100亿元。 一、二、三产业分别完成增加值1亿元、20亿元和80亿元。 "
            "全区常住人口70万人。 二、2024年工作安排 全区地区生产总值增长5%。\n")


def test_a_sentence_opening_with_a_list_of_numerals_heads_no_section():
    report = dh.load_report(ONE_LINE)
    assert [s.heading for s in report.sections] == ["一、2023年计划执行情况", "二、2024年工作安排"]
    f = facts(report).set_index("raw_value")
    for printed in ("100", "1", "20", "80", "70"):
        assert (f.loc[printed, "section"], f.loc[printed, "period"]) == ("一、2023年计划执行情况", "2023年")
    assert (f.loc["5", "section"], f.loc["5", "period"]) == ("二、2024年工作安排", "2024年")


def test_a_sentence_holding_a_figure_heads_no_section():
    # (written: 一、二季度 and 三、四季度 open sentences of rates, no parts)
    report = dh.load_report("一、2023年计划执行情况 全区实现税收收入100亿元。 一、二季度分别增长4.8%和5.2%。 "
                            "三、四季度分别增长5.1%和5.3%。 二、2024年工作安排 全区地区生产总值增长5%。\n")
    assert [s.heading for s in report.sections] == ["一、2023年计划执行情况", "二、2024年工作安排"]
    f = facts(report).set_index("raw_value")
    assert set(f.loc[["4.8", "5.2", "5.1", "5.3"], "section"]) == {"一、2023年计划执行情况"}


def test_a_heading_opening_with_a_numeral_of_its_words_or_of_years_stays():
    # (written: 一、一季度计划执行情况 and 六、四季度工作安排 are real headings; 一、五年来工作回顾 counts years)
    text = ("…全年目标任务顺利完成。 一、五年来工作回顾 五年来全区经济持续增长。 "
            "二、一季度计划执行情况 全区地区生产总值增长5%。\n")
    assert [s.heading for s in dh.load_report(text).sections] == ["一、五年来工作回顾", "二、一季度计划执行情况"]


def test_a_run_in_heading_holding_a_figure_stays_a_heading():
    # (written: the heading's words end at the blank, no full stop; the sentence of rates after it ends in 。)
    report = dh.load_report("一、2023年计划执行情况 全区实现税收收入100亿元，圆满完成各项任务。 二、全力办好10件民生实事 "
                            "全年投入资金5亿元。 一、二季度分别增长4.8%和5.2%。\n")
    assert [s.heading for s in report.sections] == ["一、2023年计划执行情况", "二、全力办好10件民生实事"]
    f = facts(report).set_index("raw_value")
    assert set(f.loc[["5", "4.8", "5.2"], "section"]) == {"二、全力办好10件民生实事"}
