"""A report that prints no title line is titled by the name its opening sentence gives it (受区人民政府委托,现将
…的报告提交大会审议; 我受区人民政府的委托,…作关于…的报告), read on the verbatim real excerpts; an opening that
names no report (现将情况总结如下) gives none. A work summary (工作总结) is a kind of report of its own."""
from pathlib import Path

import pytest

import dhcheng_analysis as dh
from dhcheng_analysis.corpus import _normal_kind, read_text_metadata
from dhcheng_analysis.report import opening_title
from dhcheng_analysis.vocab import labels

REAL = Path(__file__).parent / "gold" / "real" / "texts"


@pytest.mark.parametrize(("name", "title", "place"), [
    # 受区人民政府委托,现将东城区2018年…计划草案的报告提交大会审议
    ("dongcheng_2018_annual",
     "东城区2018年国民经济和社会发展计划执行情况与2019年国民经济和社会发展计划草案的报告", "东城区"),
    # 受西城区人民政府委托,现将西城区2022年…计划草案的报告提请审议
    ("xicheng_2022_annual",
     "西城区2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案的报告", "西城区"),
    # 我受区人民政府的委托,向区七届人大常委会第三次会议,作关于2021年区本级决算和2022年上半年预算执行情况的报告
    ("minhang_sh_2022_h1_budget", "关于2021年区本级决算和2022年上半年预算执行情况的报告", None),
])
def test_the_opening_sentence_names_the_report(name: str, title: str, place: str | None) -> None:
    report = dh.load_report(REAL / f"{name}.txt")
    assert report.title == title
    assert read_text_metadata(report).get("place") == place


def test_the_years_and_period_of_a_report_named_by_its_opening() -> None:
    meta = dh.load_report(REAL / "dongcheng_2018_annual.txt").metadata
    assert (meta["year"], meta["period"], meta["level"]) == (2018, "FY", "district")
    meta = dh.load_report(REAL / "minhang_sh_2022_h1_budget.txt").metadata
    assert (meta["year"], meta["period"]) == (2022, "H1")


def test_an_opening_naming_no_report_gives_no_title() -> None:
    # 中都街道: …各项工作取得阶段性成效。现将情况总结如下: (the title is made of its place, year, half and the kind
    # its opening reads: 一、2025年上半年工作总结)
    text = (REAL / "zhongdu_ws_2025_street_h1.txt").read_text(encoding="utf-8")
    assert opening_title(text) == ""
    assert dh.load_report(REAL / "zhongdu_ws_2025_street_h1.txt").title == "中都街道2025年上半年工作总结"


def test_an_address_naming_a_kind_but_no_year_gives_no_title() -> None:
    # 2024 national work report's address (verbatim, its full-width marks as printed): a kind only, no year: no title
    # made of it
    assert opening_title("各位代表：\n\n现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协委员提出意见。") == ""


@pytest.mark.parametrize(("name", "kind"), [
    ("dongliu_yz_2023_street", "work_summary"),  # 东柳街道2023年工作总结和2024年工作思路
    ("xiasha_qt_2022_street_h1", "work_summary"),  # 下沙街道2022年半年度工作总结
    ("zhongdu_ws_2025_street_h1", "work_summary"),  # 现将情况总结如下: 一、2025年上半年工作总结
])
def test_a_work_summary_is_a_kind_of_report(name: str, kind: str) -> None:
    assert read_text_metadata(dh.load_report(REAL / f"{name}.txt"))["kind"] == kind


def test_a_work_summary_has_its_label() -> None:
    assert labels().codes["report_kind"]["work_summary"]


def test_a_record_naming_a_work_summary_keeps_its_kind() -> None:
    # a sidecar's kind as the corpus writes it: not the work_report its first word opens
    assert _normal_kind("work_summary") == "work_summary"
    assert _normal_kind("work_report") == "work_report"


def test_a_folder_of_work_summaries_lists_their_kind(tmp_path: Path) -> None:
    for name in ("dongliu_yz_2023_street", "xiasha_qt_2022_street_h1"):
        (tmp_path / f"{name}.txt").write_text((REAL / f"{name}.txt").read_text(encoding="utf-8"), encoding="utf-8")
    reports = dh.load_corpus(tmp_path).reports.set_index("report_id")
    assert list(reports.loc[["dongliu_yz_2023_street", "xiasha_qt_2022_street_h1"], "kind"]) == ["work_summary"] * 2
    assert list(reports.loc[["dongliu_yz_2023_street", "xiasha_qt_2022_street_h1"], "period"]) == ["2023", "2022H1"]


def test_the_work_of_a_sentence_names_no_report() -> None:
    # written for this test: 作 of 工作 opens no report's name
    text = "2023年,全区工作紧紧围绕区人大批准的2023年预算执行情况报告,各项任务稳步推进。"
    assert opening_title(text) == ""
