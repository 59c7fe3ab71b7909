"""The place a report is about and its level of government, read once (``report.py``) for the report and the corpus.

A report is of the place its title names at its head: a district or county of a city (2022年青岛市城阳区…: 青岛市,
城阳区), a street (东柳街道…; 中都街道办事处…: the street, its office the issuer), and, where the title names no
district, county or street, a city (北京市, 义乌市: the city), a new area or a zone (青岛经济技术开发区). A report
with no title is of the place its first lines name most often, or of the place that is the subject of its opening
sentence after the clauses it opens with (今年以来,在县委、县政府的坚强领导下,中都街道深入贯彻…), never of a place
named elsewhere in it once. A national report's speaker names the nation (我现在代表国务院, 根据国务院的决定). The
level is the unit the place's name ends with (街道 street, 区 and 县 district, 市 city; 北京市 a province), of the
place the report is given or reads. Title lines are copied from the report named in the comment; where no text at
hand prints a shape, the test says its line is written.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import dhcheng_analysis as dh
from dhcheng_analysis.corpus import read_text_metadata
from dhcheng_analysis.report import guess_metadata, place_level

REAL = Path(__file__).parent / "gold" / "real" / "texts"


def _read(text: str) -> tuple[str, str, str, str]:
    """(city, district, level) the report reads, and the place the corpus reads from its text."""
    report = dh.load_report(text.encode("utf-8"))
    meta = report.metadata
    return (meta.get("city", ""), meta.get("district", ""), meta.get("level", ""),
            read_text_metadata(report).get("place", ""))


@pytest.mark.parametrize(("title", "city", "district", "level", "place"), [
    # chaoyang_2018_h1 (a district)
    ("关于朝阳区2018年国民经济和社会发展计划上半年执行情况的报告", "", "朝阳区", "district", "朝阳区"),
    # chengyang_qd_2022_bulletin (a district of a city)
    ("2022年青岛市城阳区国民经济和社会发展统计公报", "青岛市", "城阳区", "district", "青岛市城阳区"),
    # guandu_km_2023_h1 (a district of a city, its government first)
    ("昆明市官渡区人民政府关于官渡区2023年上半年国民经济和社会发展计划执行情况的报告", "昆明市", "官渡区", "district",
     "昆明市官渡区"),
    # dongliu_yz_2023_street (a street)
    ("东柳街道2023年工作总结和2024年工作思路", "", "东柳街道", "street", "东柳街道"),
    # written: a street office (下沙街道办事处 opens xiasha_qt_2022_street_h1's first sentence, not its title)
    ("中都街道办事处2025年上半年工作总结", "", "中都街道", "street", "中都街道"),
    # written: a district of a city the brief names (武汉市武昌区)
    ("关于武汉市武昌区2023年国民经济和社会发展计划执行情况与2024年计划草案的报告", "武汉市", "武昌区", "district",
     "武汉市武昌区"),
    # written: a county
    ("旺苍县2023年国民经济和社会发展统计公报", "", "旺苍县", "district", "旺苍县"),
    # written: a new area
    ("关于浦东新区2023年国民经济和社会发展计划执行情况的报告", "", "浦东新区", "district", "浦东新区"),
    # written: a development zone
    ("青岛经济技术开发区2023年上半年经济运行情况", "", "青岛经济技术开发区", "district", "青岛经济技术开发区"),
    # written: a province-level city
    ("关于北京市2017年国民经济和社会发展计划执行情况与2018年国民经济和社会发展计划草案的报告", "北京市", "",
     "province", "北京市"),
    # written: a city (a county-level city's name ends as a city's: its level is not read from it)
    ("义乌市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告", "义乌市", "", "city", "义乌市"),
])
def test_the_place_a_title_names_is_the_reports(title: str, city: str, district: str, level: str, place: str) -> None:
    assert _read(title + "\n") == (city, district, level, place)


def test_a_street_office_is_the_issuer_and_its_street_the_place() -> None:
    # written: a street office's title
    meta = read_text_metadata("中都街道办事处2025年上半年工作总结\n")
    assert (meta["place"], meta["issuer"]) == ("中都街道", "中都街道办事处")


def test_the_subject_of_the_opening_sentence_is_the_place_of_a_report_with_no_title() -> None:
    # zhongdu_ws_2025_street_h1, its first line (and its only mention of the street)
    text = ("今年以来,在县委、县政府的坚强领导下,中都街道深入贯彻落实省、市“走在前、勇争先”动员令及县委“敢拼抢、勇争先”"
            "工作主线,聚焦高质量发展。\n")
    assert (guess_metadata(text).get("district"), dh.load_report(text.encode()).metadata.get("level")) == (
        "中都街道", "street")


@pytest.mark.parametrize("text", [
    # dongcheng_2024_h1: the subject is the whole district, no name
    "今年以来,在区委、区政府的坚强领导下,在区人大及其常委会的监督指导下,全区上下坚持以习近平新时代中国特色社会主义思想为指导。\n",
    # xicheng_m1to5_indicators_table: places compared in one sentence, none its subject after a lead
    "1-5月,北京市实现社会消费品零售总额5391.9亿元,同比下降7.7%,西城区实现社会消费品零售总额389.9亿元,"
    "同比下降8.6%,占北京市的比重为7.2%。\n",
])
def test_a_place_named_once_and_not_as_the_opening_subject_is_no_place_of_the_report(text: str) -> None:
    assert "district" not in guess_metadata(text)


@pytest.mark.parametrize("opening", [
    "我现在代表国务院向本次大会作关于第一个五年计划的报告。",  # national work report 1955
    "现在我代表中华人民共和国国务院向第一届全国人民代表大会第三次会议提出关于１９５５年国家决算和１９５６年国家预算的报告，请予审查。",  # 1956
    "关于一年来的政府工作，国务院决定由我向第一届全国人民代表大会第四次会議提出报告。",  # national work report 1957 (its words)
    "我现在根据国务院的决定，向第二届全国人民代表大会第一次会议作政府工作报告。",  # national work report 1959
    "我受中共中央和国务院的委托，向大会作关于一九五六年到一九六七年全国农业发展纲要的执行情况和争取提前实现这个纲要的报告。",  # 1960
])
def test_a_national_speaker_names_the_nation(opening: str) -> None:
    meta = read_text_metadata("各位代表：\n" + opening + "\n")
    assert (meta["place"], meta["issuer"], place_level(meta["place"])) == ("中国", "国务院", "national")


def test_a_local_report_following_the_state_council_is_no_national_one() -> None:
    # written: a district acting on the State Council's decisions
    meta = read_text_metadata("各位代表：\n根据国务院关于推动高质量发展的决策部署，全区经济运行稳中向好。\n")
    assert meta.get("place") != "中国"


@pytest.mark.parametrize("path", sorted(REAL.glob("*.txt")), ids=lambda p: p.stem)
def test_the_report_and_the_corpus_read_one_level(path: Path) -> None:
    # every real excerpt at hand: the level the report reads is the corpus's when the corpus reads no other place
    report = dh.load_report(path)
    corpus = dh.load_corpus(path).reports.iloc[0]
    level = corpus["level"] if isinstance(corpus["level"], str) else ""
    assert report.metadata.get("level", "") == level


def test_a_report_naming_no_place_is_of_the_office_that_signs_it() -> None:
    # wangcang_h1_industry: 全县 throughout, signed (旺苍县统计局 彭军)
    meta = dh.load_report(REAL / "wangcang_h1_industry.txt").metadata
    assert (meta.get("district"), meta.get("level")) == ("旺苍县", "district")
