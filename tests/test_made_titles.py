"""A title made for a report that prints none names the kind its opening reads and the year as that kind is named,
and is in the page's language; a printed title stays as printed.

A government work report is known by the year it is delivered (2019年政府工作报告, reviewing 2018); a report of no
known kind keeps the neutral form (1-5月报告). The texts are real: the State Council work reports of 2019 and 1985
as bundled (``tests/_work_reports.py``) and an excerpt copied verbatim into ``tests/gold/real/texts``.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from _work_reports import WorkReports

import dhcheng_analysis as dh
from dhcheng_analysis.display import report_caption

REAL = Path(__file__).parent / "gold" / "real" / "texts"


@pytest.mark.parametrize(("year", "opening"), [
    (2019, "现在，我代表国务院，向大会报告政府工作"),  # 2019.txt; 一、2018年工作回顾
    (1985, "向大会作政府工作报告，请予审议"),  # 1985.txt; 刚刚过去的１９８４年，是…
])
def test_an_untitled_work_report_is_named_by_the_year_it_is_delivered(year: int, opening: str) -> None:
    report = dh.load_report(WorkReports().texts[f"gwr_{year}"])
    assert opening in report.text
    assert report.metadata["title"] == f"{year}年政府工作报告"
    assert report.metadata["year"] == year - 1  # (the year of its outcomes)
    assert report_caption(report, "en")["title"] == f"Government work report, {year}"
    assert report_caption(report)["title"] == f"{year}年政府工作报告"


def test_an_untitled_work_report_delivered_late_in_its_year_is_named_by_the_year_its_jinnian_is() -> None:
    # 1981.txt: 现在，我代表国务院，就当前的经济形势，…，向大会作以下报告，请予审议。 (delivered in November 1981: its
    # series of yearly values end in 今年 after １９７９年 and １９８０年, 财政赤字从１９７９年的一百七十亿元、１９８０年的一百
    # 二十七亿元，预计降低到今年的二十七亿元: not named by the first year it prints, １９７９年)
    report = dh.load_report(WorkReports().texts["gwr_1981"])
    assert (report.years.covered, report.years.delivered, report.years.source) == (1981, 1981, "stated")
    assert report.metadata["title"] == "1981年政府工作报告"
    assert report_caption(report, "en")["title"] == "Government work report, 1981"


def test_an_untitled_work_report_whose_planning_sentences_name_the_next_year_is_named_by_it() -> None:
    # 1987.txt: 现在，我代表国务院向大会作政府工作报告，请予审议。 １９８６年 near its top, １９８７年要…,
    # １９８７年，我们要… in its plan: delivered in 1987, reviewing 1986
    report = dh.load_report(WorkReports().texts["gwr_1987"])
    assert "我代表国务院向大会作政府工作报告" in report.text
    assert report.metadata["title"] == "1987年政府工作报告"
    assert report_caption(report, "en")["title"] == "Government work report, 1987"


def test_an_untitled_release_of_no_known_kind_keeps_the_neutral_title_in_the_pages_language() -> None:
    # ruyuan_m1to5_release.txt: 1-5月,全县部分主要经济指标增速有所回落,经济下行压力进一步加大。
    report = dh.load_report(REAL / "ruyuan_m1to5_release.txt")
    assert report.metadata["title"] == "1-5月报告"
    assert report_caption(report)["title"] == "1-5月报告"
    caption = report_caption(report, "en")
    assert (caption["title"], caption["title_en"]) == ("Report, January–May", "")


def test_a_printed_title_stays_as_printed_on_english_pages() -> None:
    report = dh.load_report(REAL / "yongning_2020_h1_budget.txt")
    assert "title_made" not in report.metadata
    assert report_caption(report, "en")["title"] == "关于邕宁区2020年上半年预算执行情况的报告"


def test_an_english_workbook_names_the_report_by_its_english_made_title(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    report = dh.load_report(REAL / "ruyuan_m1to5_release.txt")
    path = tmp_path / "ruyuan.xlsx"
    dh.to_excel(report, path, lang="en")
    wb = load_workbook(path)
    assert wb.properties.title == "Report, January–May"
    assert wb.worksheets[0].cell(1, 1).value == "Report, January–May"
