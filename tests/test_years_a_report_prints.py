"""The years a report covers and plans, read from what its own text prints when no title names them.

- A line that is only a date near the top of a report (``二〇二三年一月五日``, alone or right after the delivery line
  ``——在…第X次会议上``) dates it as the date line ``——2023年1月5日在…会议上`` does: a report delivered in the
  first months of a year covers the year before and plans its own.
- A work report that prints no date, no title with a year, no heading naming a year and no opening that reviews
  one covers the year its sentences name most often as one they report on — at least three times, in sentences
  that neither plan (要, 将, 计划草案, 目标, 预计…) nor span years (从一九八一年到一九八五年, 五年; not the 五年 of
  a year, 一九八五年, or of a plan's name, 第六个五年计划), a year that is no base (比一九八二年), start (１９７９年以来) or date of an event (一九七六年一月) — and plans the next.
  A report whose opening says it lays out a plan (``作关于…第六个五年计划的报告``) reads no year so: its years
  are the plan's span. A year named twice may be an aside or the last whole year of a report delivered late in
  the next (1981), and reads none.
- A report whose 今年 ends series of yearly values after two years in a row (``从１９７９年的一百七十亿元、１９８０年的
  一百二十七亿元，预计降低到今年的二十七亿元``), in two sentences or more, covers the year after them (1981).
"""

from __future__ import annotations

import warnings

import pytest
from _work_reports import WorkReports

import dhcheng_analysis as dh
from dhcheng_analysis.cuewords import layout_views
from dhcheng_analysis.numbers import normalize

REPORTS = WorkReports()

_OPENING = "各位代表：\n现在，我代表区人民政府向大会报告工作，请予审议。\n"


def _years(text: str) -> tuple[int | None, int | None]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        y = dh.load_report(text.encode()).years
    return y.covered, y.plan


@pytest.mark.parametrize("head", [
    # written: a district work report whose date line comes under its delivery line
    "政府工作报告\n——在北京市东城区第十七届人民代表大会第二次会议上\n2023年1月5日\n\n",
    # written: the same date in Chinese numerals, on a line of its own
    "政府工作报告\n二〇二三年一月五日\n\n",
    # written: a plan report titled with the year it reviews, dated under its delivery line
    "关于东城区2022年国民经济和社会发展计划执行情况的报告\n——在北京市东城区第十七届人民代表大会第二次会议上\n"
    "二〇二三年一月五日\n\n",
])
def test_a_line_that_is_only_a_date_dates_the_report(head):
    assert _years(head + _OPENING) == (2022, 2023)


def test_a_date_in_a_sentence_is_no_date_line():
    # written: a date that opens a sentence of the opening dates nothing
    text = "政府工作报告\n\n2023年1月5日，区委召开全会，部署全年工作。\n"
    assert _years(text) != (2022, 2023)


@pytest.mark.parametrize("year, covered, plan", [(1979, 1978, 1979), (1983, 1982, 1983), (1984, 1983, 1984)])
def test_a_work_report_with_no_date_covers_the_year_its_sentences_report_on(year, covered, plan):
    # national work reports 1979 (delivered in June), 1983 (delivered in June) and 1984 (delivered in May, 一九八三年
    # named three times as reported on): no date, title or dated heading
    report, _ = REPORTS[year]
    assert (report.years.covered, report.years.plan, report.years.source) == (covered, plan, "stated")


def test_a_plan_report_reads_no_stated_year():
    # national work report 1982: 作关于我国国民经济和社会发展第六个五年计划的报告
    report, _ = REPORTS[1982]
    assert report.years.source != "stated"


def test_a_year_named_twice_is_not_read_but_the_year_its_series_end_in_is():
    # national work report 1981: delivered in November, its 今年 the year reviewed, １９８０年 named twice as the last
    # whole year, and two series of yearly values that end in 今年 after １９７９年 and １９８０年
    report, _ = REPORTS[1981]
    assert (report.years.covered, report.years.plan, report.years.source) == (1981, 1982, "stated")


@pytest.mark.parametrize("sentence", [
    # national work report 1984: a target of a five-year plan reached early is an outcome of the year reported on
    "一九八三年，全国工业总产值增长１０．５％，农业总产值增长９．５％，工农业总产值以及粮食、棉花、原煤、原油、钢、钢材、"
    "生铁、水泥、化肥等三十多种主要产品产量，提前两年达到或超过第六个五年计划规定的一九八五年指标。",
])
def test_a_year_or_a_plan_named_with_five_is_no_span_of_five_years(sentence):
    # 一九八五年 and 第六个五年计划 print 五年 as no span of five years: the sentence reports on 一九八三年
    views = layout_views()
    assert views.stated_year_skip.search(normalize(sentence)) is None
    # (a span of five years still reads none: 五年合计)
    assert views.stated_year_skip.search("一九八三年，五年合计增长百分之二十。") is not None


def test_a_stock_at_the_end_of_the_year_covered_is_an_outcome():
    # national work report 1983
    r = REPORTS.fact_at(1983, "到一九八二年底，各级各类学校在校学生总计达两亿零七百万人。", "两亿零七百万")
    assert r["status"] == "actual"
    r = REPORTS.fact_at(1983, "到一九八二年，积累率由一九七八年的百分之三十六点五调整到百分之二十九，消费基金有了较大增长。",
                        "百分之二十九")
    assert r["status"] == "actual"


def test_a_level_reached_in_a_year_after_the_one_covered_is_a_target():
    # national work report 1983
    r = REPORTS.fact_at(1983, "使这方面的招生人数由一九八二年的二十九万人增加到一九八七年的一百一十万人", "一百一十万")
    assert r["status"] == "target"


def test_the_two_years_reviewed_are_read_as_years():
    # national work report 1979: delivered in June 1979, reviewing 1977 and 1978
    r = REPORTS.fact_at(1979, "这两年中，钢产量由二千零四十六万吨增加到三千一百七十八万吨，增长百分之五十五点三；",
                        "百分之五十五点三")
    assert r["period"] == "1977-1978年"
    r = REPORTS.fact_at(1979, "今年政府对农业的投资比重由去年的百分之十点七提高到百分之十四", "百分之十四")
    assert r["period"] == "1979年"


def test_a_work_report_whose_year_is_guessed_plans_the_year_its_planning_sentences_name():
    # national work report 1987: no date, title or dated heading, １９８６年 named twice as reported on (its top:
    # １９８６年是开始执行第七个五年计划并取得显著成就的一年), １９８７年 three times in sentences that plan
    report, _ = REPORTS[1987]
    assert (report.years.covered, report.years.plan, report.years.source) == (1986, 1987, "stated")
    assert report.metadata["title"] == "1987年政府工作报告"
    r = REPORTS.fact_at(1987, "去年，控制固定资产投资过度增长的工作初见成效，全民所有制单位基本建设投资比上年增长７．３％，"
                        "大大低于１９８５年增长４４．６％的速度。", "７．３％")
    assert r["period"] == "1986年"
    r = REPORTS.fact_at(1987, "国务院决定今年行政费、事业费和管理费等各项开支要比去年预算执行数节约１０％的总要求，"
                        "必须努力做到。", "１０％")
    assert (r["period"], r["status"]) == ("1987年", "target")
