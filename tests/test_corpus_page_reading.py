"""The corpus page's commentary read as its reader reads it.

In a corpus of several places a year of a target and its outcome is a place's year: the count says so (个地区年份,
place-years) and the largest miss names its place; a span of one year is printed as that year (2020, not
2020–2020); and the best record of the hit rates is the highest share met, of equal shares the one judged over
the most years. The corpus is the real excerpt of 北京市西城区 2020 and a copy of it written for 东城区 (the place
replaced and its growth lowered), so that two places have a target and an outcome of one year.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from _corpus_page import corpus_page

import dhcheng_analysis as dh
from dhcheng_analysis.publish import _corpus_caption

TEXTS = Path(__file__).parent / "gold" / "real" / "texts"


@pytest.mark.slow
def test_the_years_of_several_places_are_named_with_their_place(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    text = (TEXTS / "xicheng_2020_keytasks.txt").read_text(encoding="utf-8")
    (folder / "xicheng_2020_keytasks.txt").write_text(text, encoding="utf-8")
    written = text.replace("西城区", "东城区").replace("增幅-1.1%", "增幅-2.1%")
    (folder / "dongcheng_2020_written.txt").write_text(written, encoding="utf-8")
    text, _ = corpus_page(folder, tmp_path)
    assert "**报告：** 2 份（2020 年）" in text
    assert "有 2 个地区年份既有国内生产总值增长目标、又有下一份报告给出的实际值（2020 年），其中 0 个地区年份实现目标。" in text
    assert "实际低于目标最多的是 北京市东城区 2020 年：目标 6%左右，实际 −2.1%。" in text
    assert "实现比例最高的是一般公共预算收入（1/1 年）" in text


@pytest.mark.parametrize(("names", "zh", "en"), [
    # 西城区's annual report is dated 2023 by its date line, 东城区's mid-year report of 2025 by its title alone
    (("xicheng_2022_annual", "dongcheng_2025_h1"), "2023–2025年", "2023–2025"),
    (("xicheng_2022_annual",), "2023年", "2023"),
])
def test_the_pages_caption_spans_the_years_the_page_counts(tmp_path, names, zh, en):
    """The caption of the across-reports page spans the years its text counts: the year each report was delivered,
    else the year of the period it covers (a mid-year report with no date line), one year printed once."""
    for name in names:
        shutil.copy(TEXTS / f"{name}.txt", tmp_path)
    corpus = dh.load_corpus(tmp_path)
    assert (_corpus_caption(corpus, "zh")["period"], _corpus_caption(corpus, "en")["period"]) == (zh, en)
