"""The corpus page's commentary read as its reader reads it.

In a corpus of several places a year of a target and its outcome is a place's year: the count says so (个地区年份,
place-years) and the largest miss names its place; a span of one year is printed as that year (2020, not
2020–2020); the target table, the hit rates and their chart name each row's place, and the product is the region's
(地区生产总值); and the best record of the hit rates is the highest share met, of equal shares the one judged over
the most years. The corpus is the real excerpt of 北京市西城区 2020 and a copy of it written for 东城区 (the place
replaced and its growth lowered), so that two places have a target and an outcome of one year.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest
from _corpus_page import corpus_page

import dhcheng_analysis as dh
from dhcheng_analysis import corpus_plots
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
    text, plain = corpus_page(folder, tmp_path)
    assert "**报告：** 2 份（2020 年）" in text
    # a row of the target table names its place beside the report its target is from
    assert any(line.split()[1:3] == ["北京市东城区", "2020"] and "dongcheng_2020_written" in line
               for line in plain.splitlines())
    assert "有 2 个地区年份既有地区生产总值增长目标、又有下一份报告给出的实际值（2020 年），其中 0 个地区年份实现目标。" in text
    assert "实际低于目标最多的是 北京市东城区 2020 年：目标 6%左右，实际 −2.1%。" in text
    assert "共 4 项地区指标可比较；实现比例最高的是北京市东城区 一般公共预算收入（1/1 年）" in text


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


def test_the_bars_of_hit_rates_of_several_places_name_their_place():
    # the hit rates of two districts, one indicator each, as dh.hit_rates gives them
    hits = pd.DataFrame({"place": ["北京市东城区", "北京市西城区"], "indicator_key": ["gdp", "gdp"],
                         "indicator": ["地区生产总值", "地区生产总值"], "indicator_en": ["GDP", "GDP"],
                         "years": [1, 1], "met": [0, 1], "share_met": [0.0, 100.0]})
    ax = corpus_plots.plot_hit_rates(hits)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["北京市东城区 地区生产总值", "北京市西城区 地区生产总值"]
    ax = corpus_plots.plot_hit_rates(hits.iloc[:1])
    assert [t.get_text() for t in ax.get_yticklabels()] == ["地区生产总值"]
