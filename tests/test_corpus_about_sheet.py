"""The About sheet of the corpus workbook is written from the label dictionary.

Its lines (title, source, reports read and not, years, facts, how to read the sheets) and the sheet's name are the
``corpus_about_`` words of ``vocab/labels.toml``, in Chinese and English, read through the typed loader as every
other label is; the code fills in the figures only. A corpus of no dated report gives no line of years.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

import dhcheng_analysis as dh
from dhcheng_analysis.corpus_export import ABOUT_LINES, about_lines, corpus_tables, write_workbook
from dhcheng_analysis.vocab import labels

TEXTS = Path(__file__).parent / "gold" / "real" / "texts"


@pytest.fixture(scope="module")
def chaoyang(tmp_path_factory) -> dh.Corpus:
    folder = tmp_path_factory.mktemp("chaoyang")
    for name in ("chaoyang_2018_h1", "chaoyang_2024_h1"):
        shutil.copy(TEXTS / f"{name}.txt", folder)
    return dh.load_corpus(folder)


def test_every_line_of_the_sheet_is_a_label_in_both_languages():
    words = {lang: labels().words(lang, "corpus_about_") for lang in ("zh", "en")}
    for lang in ("zh", "en"):
        assert set(ABOUT_LINES) | {"sheet"} == set(words[lang])
        assert all(words[lang].values())
    assert words["zh"]["sheet"] == "说明" and words["en"]["sheet"] == "About"


@pytest.mark.parametrize(("lang", "sheet", "lines"), [
    ("zh", "说明", ["多份报告汇总", "报告 2 份，无法读取 0 份", "年份 2018–2024", "事实 {facts} 条（全部事实见 facts.parquet）"]),
    ("en", "About", ["Many reports at once", "2 reports, 0 could not be read or parsed", "Years 2018–2024",
                     "{facts} facts (all of them in facts.parquet)"]),
])
def test_the_sheet_reads_its_lines_with_the_figures_filled_in(chaoyang, tmp_path, lang, sheet, lines):
    pytest.importorskip("openpyxl")
    tables = corpus_tables(chaoyang)
    path = write_workbook(chaoyang, tables, tmp_path / "corpus.xlsx", lang=lang)
    about = pd.read_excel(path, sheet_name=sheet, header=None).iloc[:, 0].astype(str).tolist()
    want = [s.format(facts=len(tables["facts"])) for s in lines]
    assert [about[0], about[2], about[3], about[4]] == want
    assert about[1].endswith(str(chaoyang.source))
    assert len(about) == len(ABOUT_LINES)


def test_no_line_of_years_when_no_report_is_dated(chaoyang, monkeypatch):
    from dhcheng_analysis import corpus_export

    monkeypatch.setattr(corpus_export, "report_years", lambda reports: None)
    got = about_lines(chaoyang, {"errors": 0, "facts": 0}, "en")
    assert not any(line.startswith("Years") for line in got)
    assert len(got) == len(ABOUT_LINES) - 1
