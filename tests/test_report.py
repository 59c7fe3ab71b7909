"""load_report: sources, cleaning, sections, sentences, metadata."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import dhcheng_analysis as dh

ROOT = Path(__file__).parent.parent


def test_bundled_report_loads_with_metadata():
    r = dh.load_report()
    assert r.report_id == "dongcheng_2020_h1"
    assert r.metadata["title"] == "东城区2020年国民经济和社会发展计划上半年执行情况的报告"
    assert r.metadata["district"] == "东城区" and r.metadata["city"] == "北京市"
    assert r.metadata["period"] == "H1" and r.metadata["year"] == 2020
    assert r.text.startswith("一、上半年计划执行情况")
    assert "扫一扫" not in r.text  # web boilerplate dropped


REAL = Path(__file__).parent / "gold" / "real" / "texts"


def place(name: str) -> tuple:
    meta = dh.load_report(REAL / f"{name}.txt").metadata
    return meta.get("city"), meta.get("district")


def test_the_place_a_real_report_speaks_of_is_read_off_its_text():
    assert place("dongcheng_2021_gwr") == ("北京市", "东城区")  # 2021年北京市东城区人民政府工作报告
    assert place("chengyang_qd_2022_bulletin") == ("青岛市", "城阳区")  # 2022年青岛市城阳区…统计公报
    assert place("guandu_km_2023_h1") == ("昆明市", "官渡区")
    assert place("gongshu_hz_2022_annual") == (None, "拱墅区")  # named twice, once after 深入实施
    assert place("dongcheng_2021_h1") == (None, "东城区")  # 关于东城区2021年…
    # words that run into a place or only end like one name none: 我受区人民政府的委托, 低于全县,
    # 共同富裕示范区, 12月22日经区…人大常委会
    assert place("minhang_sh_2022_h1_budget") == (None, None)
    # (低于全县 names none; wangcang_h1_industry is of 旺苍县, the office that signs it: tests/test_report_place.py)
    assert place("wangcang_h1_industry") == (None, "旺苍县")
    assert place("xicheng_2020_keytasks") == ("北京市", "西城区")


def test_a_report_without_a_title_line_is_titled_by_its_place_year_and_period_only():
    meta = dh.load_report(REAL / "zhongdu_ws_2025_street_h1.txt").metadata
    # its place (the subject of its opening sentence), the part of the year it covers and the kind its opening
    # reads (现将情况总结如下: / 一、2025年上半年工作总结)
    assert meta["title"] == "中都街道2025年上半年工作总结"
    bulletin = dh.load_report(REAL / "chengyang_qd_2022_bulletin.txt").metadata
    assert bulletin["title"] == "2022年青岛市城阳区国民经济和社会发展统计公报"


def test_path_str_text_and_bytes_give_the_same_text():
    path = ROOT / "data" / "dongcheng_2020_h1.txt"
    a = dh.load_report(path)
    b = dh.load_report(str(path))
    c = dh.load_report(path.read_bytes())
    d = dh.load_report(path.read_text(encoding="utf-8"))
    assert a.text == b.text == c.text == d.text


def test_boilerplate_is_blanked_without_shifting_offsets():
    text = "一、情况\n您当前的位置：首页 > 政务公开\n收入完成5亿元。\n扫一扫在手机上打开页面\n"
    r = dh.load_report(text)
    assert "您当前的位置" not in r.text and "扫一扫" not in r.text
    assert r.text.index("收入完成5亿元") == text.index("收入完成5亿元")


def test_line_ends_and_encodings():
    body = "一、情况\r\n收入完成5亿元,同比增长3%。\r\n"
    expect = "一、情况\n收入完成5亿元,同比增长3%。"
    for data in (body.encode("utf-8"), b"\xef\xbb\xbf" + body.encode("utf-8"), body.encode("gb18030"),
                 body.encode("utf-16"), body.replace("\r\n", "\r").encode("utf-8")):
        assert dh.load_report(data).text == expect


def test_sections_and_sentences():
    r = dh.load_report()
    paths = {s.path for s in r.sections}
    assert "一、上半年计划执行情况 / (一)疫情防控科学高效" in paths
    assert r.section_at(r.text.index("41228元")) == "一、上半年计划执行情况"
    assert r.section_at(r.text.index("95%")).startswith("三、下半年工作安排 / (二)")
    s = r.sentence_at(r.text.index("41228元"))
    assert s.text.endswith("同比增长2%。") and r.text[s.start:s.end] == s.text
    assert all(r.text[x.start:x.end] == x.text for x in r.sentences)


def test_full_width_text_reads_like_half_width():
    r = dh.load_report("收入１２.５％。")
    assert r.norm == "收入12.5%。" and len(r.norm) == len(r.text)


def test_metadata_is_guessed_for_other_reports():
    r = dh.load_report(ROOT / "tests" / "gold" / "variants.txt")
    assert r.report_id == "variants"
    assert r.metadata["year"] == 2024 and r.metadata["period"] == "H1"
    assert r.title.startswith("关于某区2024年")


def test_bundled_report_loads_from_an_installed_copy(tmp_path):
    """load_report() without arguments works from any working directory (package data)."""
    out = subprocess.run([sys.executable, "-c", "import dhcheng_analysis as dh; print(dh.load_report().report_id)"],
                         capture_output=True, text=True, cwd=tmp_path)
    assert out.stdout.strip() == "dongcheng_2020_h1", out.stderr


@pytest.mark.parametrize(("name", "street"), [
    ("xiasha_qt_2022_street_h1", "下沙街道"),  # 下沙街道2022年半年度工作总结
    ("dongliu_yz_2023_street", "东柳街道"),  # 东柳街道2023年工作总结和2024年工作思路 |
])
def test_a_report_naming_no_district_is_of_the_street_it_names(name: str, street: str) -> None:
    assert place(name) == (None, street)


def test_a_street_named_once_is_the_place_of_the_report_as_its_opening_subject() -> None:
    # 今年以来,在县委、县政府的坚强领导下,中都街道深入贯彻…: its only mention, the subject of its opening sentence
    # (县委 names no county)
    assert place("zhongdu_ws_2025_street_h1") == (None, "中都街道")
