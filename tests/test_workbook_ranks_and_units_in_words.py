"""The workbook names a rank's set, the unit of percentage points and the English name column in the reader's words.

濮阳 budget release of March (tests/gold/real/texts/puyang_m3_budget_table.txt, copied from the report): 收入规模位居全省
第15位,同比提升1个位次;收入增幅高于省辖市平均增幅3.7个百分点,居全省第6位 …

- A rank is taken among the province (全省), not among "the provincial average": the English workbook named the set
  of a rank by the comparator's English, which for a growth is the average of the place.
- 省辖市平均 (the average of the province's cities) was left in Chinese in the English workbook.
- The zh workbook's unit column showed the code pp (percentage points) where its other units are Chinese (元, 位次).

朝阳 2024 H1 (tests/gold/real/texts/chaoyang_2024_h1.txt): 上半年拆除并实现“场清地净”133.9万平方米 … 分别完成全年任务的
54.7%、54.6%: the indicator is not in the glossary, so its English name column holds the Chinese phrase; the field
dictionary said the column is empty then.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _built_reports import workbook, workbook_row
from _real_tables import real_tables

import dhcheng_analysis as dh

REAL = Path(__file__).resolve().parent / "gold" / "real" / "texts"


@pytest.fixture(scope="module")
def puyang(tmp_path_factory):
    """The workbooks ``dhcheng report`` publishes beside report.html (each row linked to its figure there), in
    Chinese and in English, written once for the module from the excerpt's shared tables."""
    report = dh.load_report(REAL / "puyang_m3_budget_table.txt")
    out, tables = tmp_path_factory.mktemp("puyang"), real_tables("puyang_m3_budget_table")
    return {lang: dh.to_excel(report, out / f"p.{lang}.xlsx", lang=lang, tables=tables, links="report.html")
            for lang in ("zh", "en")}


def _rows(path: Path, sheet: str) -> list[dict]:
    ws = workbook(path)[sheet]
    head = [c.value for c in ws[1]]
    return [dict(zip(head, r, strict=True)) for r in ws.iter_rows(min_row=2, values_only=True)]


def test_a_rank_is_taken_among_the_province_and_a_growth_compared_with_the_cities_average(puyang):
    row = workbook_row(puyang["en"], "Headline", "一般公共预算收入")
    assert row["Rank"].value == 15
    assert row["Ranked among"].value == "all in the province"
    assert row["Compared with"].value == "average of the province's cities"
    assert row["All differences (pp)"].value == "average of the province's cities:+3.7"
    facts = _rows(puyang["en"], "All facts")
    ranks = [r["Compared with"] for r in facts if r["Measure"] == "Rank"]
    assert ranks and set(ranks) == {"all in the province"}
    assert {r["Compared with"] for r in facts if r["Unit"] == "places"} == {"same period last year"}
    zh = workbook_row(puyang["zh"], "主要指标", "一般公共预算收入")
    assert (zh["排名范围"].value, zh["比较基准"].value) == ("全省", "省辖市平均")


def test_the_unit_of_percentage_points_is_in_the_readers_words(puyang):
    for lang, sheet, unit, measure, pp in (("zh", "全部数据", "单位", "数值类型", "百分点"),
                                           ("en", "All facts", "Unit", "Measure", "pp")):
        rows = [r for r in _rows(puyang[lang], sheet) if r[measure] in ("百分点差", "Difference (percentage points)")]
        assert rows and {r[unit] for r in rows} == {pp}


def test_the_dictionary_says_what_the_english_name_column_holds_outside_the_glossary(tmp_path):
    path = dh.to_excel(dh.load_report(REAL / "chaoyang_2024_h1.txt"), tmp_path / "c.xlsx", lang="en",
                       tables=real_tables("chaoyang_2024_h1"))
    assert workbook_row(path, "Completion", "拆除面积")["Indicator (English)"].value == "拆除面积"
    about = list(workbook(path)["About"].iter_rows(values_only=True))
    definition = next(r[3] for r in about if r[0] == "indicator_en")
    assert "Chinese phrase" in definition and "empty" not in definition


def test_the_link_column_of_a_published_workbook_is_in_the_dictionary(puyang):
    """The workbook ``dhcheng report`` writes beside report.html links each row to its figure; the 原文 column that
    holds the links was missing from the field dictionary of the 说明 sheet."""
    for lang, about, source in (("zh", "说明", "原文"), ("en", "About", "Source")):
        wb = workbook(puyang[lang])
        row = next(r for r in wb[about].iter_rows(values_only=True) if r[0] == "source_link")
        assert row[1 if lang == "zh" else 2] == source
        sheets = set(row[6].split("、" if lang == "zh" else ", "))
        for ws in wb.worksheets[1:]:
            head = [c.value for c in ws[1]]
            assert (source in head) == (ws.title in sheets), ws.title
        links = {c.hyperlink.target for r in wb.worksheets[1].iter_rows(min_row=2) for c in r if c.hyperlink}
        assert links and all(t.startswith("report.html#fact-f") for t in links)
