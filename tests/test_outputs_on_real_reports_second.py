"""The pages, tables and workbook labels of real reports, read against the report's own figures.

A budget report's final account prints the year's target beside its completion (预期为2020300万元 …
完成预期的99.7%): the shortfall is the printed target minus the level, not the level over a rounded
completion. A change printed with no unit (增长14.6, the excerpt cut before its %) is no amount of a tax.
The English completion table names the stated-or-computed column apart from the column of links to the
annotated report, so the two do not share the header "Source"; the audit's difference is described as computed
minus stated, the sign it has; the base of a completion (完成预期的99.7%, 完成年初预算数…的40.4%) is named in
English on the English pages, and the annotated report's count of flags reads for one flag. The tax chart's
title names only the breakdowns it shows.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from _built_reports import page_texts
from _real_tables import real_table

import dhcheng_analysis as dh
from dhcheng_analysis.display import comparator_label, reader_table

REAL = Path(__file__).resolve().parent / "gold" / "real" / "texts"
BUDGET = REAL / "shangcheng_hz_2022_h1_budget.txt"


def test_a_target_printed_in_the_completions_sentence_is_the_annual_target():
    # 区人代会审议通过2021年全区一般公共预算收入预期为2020300万元,全区一般公共预算收入决算为2013817万元,完成预期的99.7%,
    # 增长7.6%  (short of the target by 6483万元; 2013817 / 0.997 would make it 6059.6万元)
    row = real_table(BUDGET, "headline").set_index("indicator").loc["一般公共预算收入"]
    assert (row["level"], row["completion_pct"], row["implied_annual_target"]) == (2.013817e10, 99.7, 2.0203e10)
    assert math.isclose(row["implied_annual_target"] - row["level"], 6.483e7)
    assert math.isnan(row["h2_required"])  # (a year's outcome: no rest of the year is left to make up the shortfall)


def test_a_target_of_another_sentence_leaves_the_completion_to_imply_it():
    # dongcheng_2024_h1: 上半年实现区级一般公共预算收入97.2亿元,完成全年目标的46.2%  (no target printed there)
    row = real_table(REAL / "dongcheng_2024_h1.txt", "headline").set_index(
        "indicator_as_printed").loc["区级一般公共预算收入"]
    assert math.isclose(row["implied_annual_target"], 9.72e9 / 0.462)


def test_a_change_of_no_unit_is_no_amount_of_the_tax_table():
    # 6、土地增值税收入238074万元,完成预期的98.8%,增长14.6  (the excerpt ends there: 14.6 of no unit)
    # (the tax type is still one the report lists: a row of its level 238074万元, with no change)
    tax = real_table(BUDGET, "tax")
    assert tax["abs_change"].isna().all()
    assert list(tax.loc[tax["dimension"] == "tax_type", "item"]) == ["增值税", "企业所得税", "个人所得税", "城市维护建设税",
                                                                      "房产税", "土地增值税"]
    row = tax.set_index("item").loc["土地增值税"]
    assert (row["measure"], row["level"]) == ("level", 2.38074e9) and math.isnan(row["change_pct"])


@pytest.fixture(scope="module")
def budget_pages(tmp_path_factory):
    result = dh.build_report(BUDGET, tmp_path_factory.mktemp("budget-pages"), lang="zh", jobs=2, progress=False)
    assert result.failed == [], result.failed
    return page_texts(result)


def test_the_pages_show_the_printed_shortfall_and_no_amount_of_no_unit(budget_pages):
    # 预期为2020300万元 … 决算为2013817万元 (shown as printed, not 201.4亿元): 6483万元 short; 增长14.6 (no unit): no
    # amount of the tax, but its level 238074万元, given alone
    assert "全年完成 2,013,817万元，少于目标 6,483万元" in budget_pages["01"]
    assert "只给出增减额" not in budget_pages["03"]
    assert "只给出水平值、未给出变化的：土地增值税（238,074万元）" in budget_pages["03"]


def test_the_english_completion_table_names_stated_or_computed_apart_from_the_links():
    # 1、增值税收入(50%部分)672890万元,完成预期的94.7%  (a stated completion; the link column is headed "Source")
    completion = real_table(BUDGET, "completion")
    table = reader_table(completion, ["indicator", "source"], "en")
    assert list(table.columns) == ["Indicator", "Stated or computed"]
    assert set(table["Stated or computed"]) == {"stated"}


def test_the_audits_difference_is_described_with_the_sign_it_has():
    # 全区一般公共预算收入决算为2013817万元 … 1、增值税收入(50%部分)672890万元 … 6、土地增值税收入238074万元: the parts
    # fall short of their total, a negative difference, computed minus stated as the workbook's legend says
    from dhcheng_analysis.vocab.labels import load_labels

    a = dh.audit(dh.load_report(BUDGET))
    row = a[a["check"] == "parts_within_total"].iloc[0]
    assert row["stated"] == 2.013817e10 and row["difference"] == row["computed"] - row["stated"] < 0
    field = load_labels().fields["difference"]
    assert field.description("zh").startswith("计算值减报告值")
    assert field.description("en").startswith("Computed minus stated")


@pytest.mark.parametrize(("name", "english"), [
    # 2021年全区财政总收入决算为3777878万元,完成收入预期的98.3% … 全区一般公共预算收入决算为2013817万元,完成预期的99.7%
    ("shangcheng_hz_2022_h1_budget", {"the expected revenue", "the expected figure"}),
    # 4月,一般公共预算收入累计完成24627万元,完成年初预算数60999万元的40.4% (and a 预算数 of the spending)
    ("dayao_2024_m4_budget", {"the budget set at the start of the year", "the annual budget"}),
])
def test_the_base_of_a_completion_is_named_in_english(name, english):
    completion = real_table(REAL / f"{name}.txt", "completion")
    named = {comparator_label(c, "en") for c in completion["comparator"] if c}
    assert named == english


def test_the_english_summary_of_the_annotated_report_reads_for_one_flag():
    # a report of 32 figures, one flagged (按不变价格计算,同比增长6.8%: real terms), read "1 of them carry a flag"
    from dhcheng_analysis.vocab.labels import load_labels

    text = load_labels().words("en", "annot_")["summary"].format(n=32, flagged=1)
    assert text == "32 figures are marked in the report; flagged (!) among them: 1."


@pytest.mark.parametrize(("name", "lang", "title"), [
    # 1、增值税收入(50%部分)672890万元,完成预期的94.7%,增长6.2% … (tax types only, no sector's tax)
    ("shangcheng_hz_2022_h1_budget", "en", "Tax revenue change by tax type"),
    ("shangcheng_hz_2022_h1_budget", "zh", "税收变化：分税种"),
])
def test_the_tax_charts_title_names_only_the_breakdowns_it_shows(name, lang, title):
    import matplotlib.pyplot as plt

    from dhcheng_analysis import plots

    ax = plots.plot_tax_changes(real_table(REAL / f"{name}.txt", "tax"), lang=lang)
    try:
        assert ax.get_title(loc="left") == title
    finally:
        plt.close(ax.figure)
