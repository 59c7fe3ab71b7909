"""A folder of other places' reports (budgets, bulletins, street reports) read across reports.

- A report of part of a year states whole years ended before it too: the final accounts (决算) of 2021 in a
  report on the budget of 2022H1 are 2021's outcomes in the panel, as an annual report's are; a figure of part
  of the year it covers stays in that part's series.
- The workbook's reports sheet gives the period each report covers as printed (2020H1 → 2020年上半年, H1 2020);
  reports.parquet keeps the code.

The reports are the real excerpts in ``tests/gold/real/texts``, copied verbatim.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

import dhcheng_analysis as dh
from dhcheng_analysis.corpus_export import corpus_tables, write_workbook
from dhcheng_analysis.vocab import labels

REAL = Path(__file__).parent / "gold" / "real" / "texts"


@pytest.fixture(scope="module")
def budgets(tmp_path_factory: pytest.TempPathFactory) -> dh.Corpus:
    tmp = tmp_path_factory.mktemp("budgets")
    for name in ("shangcheng_hz_2022_h1_budget", "yongning_2020_h1_budget"):
        shutil.copy(REAL / f"{name}.txt", tmp / f"{name}.txt")
    return dh.load_corpus(tmp)


@pytest.fixture(scope="module")
def budget_tables(budgets: dh.Corpus) -> dict[str, pd.DataFrame]:
    """``corpus_tables`` of the two budget reports, made once a module (the tests read them, never change them)."""
    return corpus_tables(budgets)


def test_final_accounts_of_the_year_before_are_its_outcomes(budgets: dh.Corpus) -> None:
    # 2021年全区财政总收入决算为3777878万元,完成收入预期的98.3%,增长5.8%。 (上城区, 2022H1 budget report)
    p = budgets.panel("total_fiscal_revenue", measure=["level", "yoy_pct"])
    row = p[(p["place"] == "上城区") & (p["year"] == 2021)].set_index("measure")
    assert row.loc["level", "value"] == pytest.approx(3777878e4)
    assert row.loc["yoy_pct", "value"] == pytest.approx(5.8)
    assert (row["part"] == "").all()


def test_a_half_year_report_is_no_whole_year_of_its_own_year(budgets: dh.Corpus) -> None:
    p = budgets.panel(None, measure=None)
    assert not ((p["year"] == 2022) & (p["place"] == "上城区")).any()
    assert not ((p["year"] == 2020) & (p["place"] == "邕宁区")).any()
    assert (budgets.panel(None, measure=None, part="H1")["place"] == "邕宁区").any()


@pytest.mark.parametrize(("lang", "words"), [("zh", {"2022年上半年", "2020年上半年"}), ("en", {"H1 2022", "H1 2020"})])
def test_the_reports_sheet_words_the_period_each_report_covers(budgets: dh.Corpus, budget_tables: dict[str, pd.DataFrame],
                                                               tmp_path: Path, lang: str, words: set[str]) -> None:
    # 关于上城区2021年决算(草案)和2022年上半年预算执行情况的报告; 关于邕宁区2020年上半年预算执行情况的报告
    pytest.importorskip("openpyxl")
    tables = budget_tables
    assert set(tables["reports"]["period"]) == {"2022H1", "2020H1"}  # (the table keeps the codes)
    path = write_workbook(budgets, tables, tmp_path / "corpus.xlsx", lang=lang)
    sheet = pd.read_excel(path, sheet_name="报告" if lang == "zh" else "Reports")
    assert set(sheet[labels().corpus_columns["period"][0 if lang == "zh" else 1]]) == words
