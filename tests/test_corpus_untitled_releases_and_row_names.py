"""A folder of other places' reports read across reports: untitled releases and the names of a panel's rows.

- A monthly budget release printed with no title names its kind in its opening heading
  (一、一般公共预算收支完成情况, 一、大口径财政收入情况): a budget execution report; a statistics office's release of
  main indicators (2018年1-6月西城区主要经济指标完成情况) is a statistical bulletin.
- A report naming no place but given on behalf of a district's or county's government (我受区人民政府的委托) is a
  district's: its level is read though its place is not.
- A panel of several places names each row's indicator as that place's reports print it: 国内生产总值 in the row of
  中国 (a national work report in the folder), 地区生产总值 in a district's — in the workbook's panel sheet and in the
  across-reports page's panel alike.

The reports are the real excerpts in ``tests/gold/real/texts`` and the bundled work report of 2019, verbatim.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest
from _work_reports import WorkReports

import dhcheng_analysis as dh
from dhcheng_analysis.corpus import read_text_metadata
from dhcheng_analysis.corpus_export import corpus_tables, write_workbook
from dhcheng_analysis.corpus_plots import reader_panel

REAL = Path(__file__).parent / "gold" / "real" / "texts"


@pytest.mark.parametrize(("name", "kind"), [
    ("dayao_2024_m4_budget", "budget_execution"),  # 一、一般公共预算收支完成情况
    ("lintao_2024_m2_budget", "budget_execution"),  # 一、大口径财政收入情况
    ("xicheng_2018_h1_indicators", "statistical_bulletin"),  # 2018年1-6月西城区主要经济指标完成情况
])
def test_an_untitled_release_names_its_kind_in_its_opening(name: str, kind: str) -> None:
    assert read_text_metadata((REAL / f"{name}.txt").read_text("utf-8")).get("kind") == kind


@pytest.mark.parametrize("name", ["dongcheng_2024_h1", "beijing_2017_h1", "chaoyang_2018_h1", "ruyuan_m1to5_release"])
def test_a_report_with_no_budget_or_indicator_heading_keeps_its_kind(name: str) -> None:
    """(一、上半年计划执行情况 is a plan's; an opening naming no kind of report names none.)"""
    kind = read_text_metadata((REAL / f"{name}.txt").read_text("utf-8")).get("kind", "")
    assert kind in ("plan_execution", "")


def test_a_report_on_behalf_of_an_unnamed_district_government_is_a_districts() -> None:
    meta = read_text_metadata((REAL / "minhang_sh_2022_h1_budget.txt").read_text("utf-8"))
    assert (meta.get("place", ""), meta.get("level"), meta.get("kind")) == ("", "district", "budget_execution")
    assert dh.load_report(REAL / "minhang_sh_2022_h1_budget.txt").metadata.get("level") == "district"


def test_a_report_naming_its_place_keeps_the_level_of_its_place(tmp_path: Path) -> None:
    """(受区人民政府委托 in a report whose title names 朝阳区: the level is the place's, read by rule.)"""
    shutil.copy(REAL / "chaoyang_2018_h1.txt", tmp_path / "chaoyang_2018_h1.txt")
    row = dh.load_corpus(tmp_path).reports.iloc[0]
    assert (row["place"], row["level"]) == ("朝阳区", "district")
    assert "level:rule" in row["metadata_source"]


@pytest.mark.slow
def test_each_place_row_of_the_panel_carries_its_own_name_of_the_key(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(REAL / "chengyang_qd_2022_bulletin.txt", folder / "chengyang_qd_2022_bulletin.txt")
    (folder / "national_2019.txt").write_text(WorkReports().texts["gwr_2019"], "utf-8")
    corpus = dh.load_corpus(folder)
    tables = corpus_tables(corpus)
    write_workbook(corpus, tables, tmp_path / "corpus.xlsx")
    sheet = pd.read_excel(tmp_path / "corpus.xlsx", sheet_name="指标面板")
    gdp = sheet[sheet["指标键"] == "gdp"].set_index("地区")["指标"]
    assert gdp.to_dict() == {"中国": "国内生产总值", "青岛市城阳区": "地区生产总值"}
    page = reader_panel(tables["panel"], tables["panel_long"]).reset_index()
    rows = page[page["指标"].isin(["国内生产总值", "地区生产总值"])]
    assert dict(zip(rows["地区"], rows["指标"], strict=True)) == {"中国": "国内生产总值", "青岛市城阳区": "地区生产总值"}
