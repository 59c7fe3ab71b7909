"""Real reports as text copied out of a PDF that sets every figure apart by spaces
(``2020 年 1 - 6 月，全区实现地区生产总值 1234.5 亿元，同比下降 3.2%``) and puts tabs or runs of spaces
between table cells.

Every text here is a real excerpt of ``tests/gold/real/texts``; the tests space it out the way such a
copy does and ask for the facts the excerpt gives as it was published. The few single lines are cut out
of those excerpts (regression fixtures, each named by its source).
"""

from __future__ import annotations

import re
import warnings
from functools import cache
from pathlib import Path

import pytest

import dhcheng_analysis as dh

REAL = Path(__file__).parent / "gold" / "real" / "texts"
COLS = ["indicator", "measure", "value", "unit", "qualifier", "status", "comparator", "period"]
TEXTS = sorted(p.stem for p in REAL.glob("*.txt"))
QUICK = ("beijing_2017_h1", "district_2021_bulletin_rank", "dongliu_yz_2023_street", "ruyuan_m1to5_release")


def real(name: str) -> str:
    return dh.load_report(REAL / f"{name}.txt").text


def extract(text: str):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return dh.extract_facts(text)


def facts(text: str) -> list[tuple]:
    return [tuple(r) for r in extract(text)[COLS].astype(str).itertuples(index=False)]


@cache
def published(name: str) -> tuple[tuple, ...]:
    """The facts of the excerpt as published, read once per run."""
    return tuple(facts(real(name)))


_DIGIT_EDGE = re.compile(r"(?<=\d)(?=[^\d.%\n])|(?<=[^\d.\n])(?=\d)")


def numspace(text: str) -> str:
    """``text`` with every run of digits set apart by a space from what stands beside it (a decimal
    point and a percent sign stay closed up), in prose, dates, codes and table cells alike."""
    return _DIGIT_EDGE.sub(" ", text)


def line_of(name: str, words: str) -> str:
    """The line of the excerpt ``name`` that holds ``words``."""
    return next(line for line in real(name).split("\n") if words in line)


@pytest.mark.parametrize("name", [pytest.param(n, marks=() if n in QUICK else pytest.mark.slow) for n in TEXTS])
def test_figures_set_apart_by_spaces_everywhere_read_as_the_published_text(name):
    assert tuple(facts(numspace(real(name)))) == published(name)


def test_the_spans_of_spaced_figures_index_the_text_as_given():
    text = numspace(line_of("beijing_2017_h1", "三大优势行业增加值分别增长"))
    f = extract(text)
    shown = [text[s:e] for s, e in zip(f["start"], f["end"], strict=True)]
    assert "7.4%" in shown and "10%" in shown and "9.3%" in shown
    assert set(f["sentence"]) <= {s.strip() for s in re.split(r"(?<=[。；])", text)} | {text.strip()}


@pytest.mark.parametrize(("name", "words", "want"), [
    # a list of percentages with a space after each 、: each its own item of the list
    ("beijing_2017_h1", "三大优势行业增加值分别增长",
     [("金融行业增加值", "yoy_pct", "7.4"), ("科技行业增加值", "yoy_pct", "10.0"), ("yoy_pct", "9.3")]),
    # a minus sign set apart from its number: a decline
    ("district_2021_bulletin_rank", "人口自然增长率为", [("人口自然增长率", "rate_pct", "-1.2")]),
    ("dongliu_yz_2023_street", "同比分别-", [("yoy_pct", "-6.2"), ("yoy_pct", "-19.3")]),
])
def test_a_spaced_line_of_a_real_excerpt_keeps_its_figures(name, words, want):
    got = extract(numspace(line_of(name, words)))
    rows = [tuple(str(x) for x in r) for r in got[["indicator", "measure", "value"]].itertuples(index=False)]
    for w in want:
        assert any(r[-len(w):] == w for r in rows), (w, rows)


@pytest.mark.parametrize(("name", "words", "none_of"), [
    ("beijing_2017_h1", "1-5月北京地区", ["1"]),  # 1 - 5 月: a period, no figure
    ("gongshu_hz_2022_annual", "索引号", ["250027", "9", "2", "11"]),  # a document number and a date
    ("xuanwu_nj_2021_h1", "IPv6", ["6"]),  # IPv 6: a name
    ("nanshan_sz_2023_gwr_digest", "2022:", ["2022"]),  # 2022 :推动…: a year heading
])
def test_numbers_that_are_no_figures_stay_so_when_spaced(name, words, none_of):
    got = extract(numspace(line_of(name, words)))
    assert not set(got["raw_value"].astype(str)) & set(none_of), got[["raw_value", "indicator"]].values.tolist()


def test_a_dated_title_line_spaced_gives_its_period():
    # chengyang_qd_2022_bulletin: the title line 2022 年青岛市城阳区…统计公报 dates the whole bulletin
    text = numspace(real("chengyang_qd_2022_bulletin"))
    assert text.startswith("2022 年")
    f = extract(text)
    assert f["period"].tolist() == [row[-1] for row in published("chengyang_qd_2022_bulletin")]
    assert f.loc[f["raw_value"] == "16", "period"].tolist() == ["2022年"]  # (中车四方股份等 16 家企业…)
