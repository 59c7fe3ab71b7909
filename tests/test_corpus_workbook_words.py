"""The corpus workbook words its codes as the reader tables do.

A measure, a qualifier, a growth basis and an error stage are codes in the Parquet files (``yoy_pct``,
``at_least``, ``as stated``); the workbook, a table for people, gives them in the words of ``vocab/labels.toml``
in its language (同比变化(%), 以上/不低于), as it gives a part of the year (H1 → 上半年). Read on two national work
reports of the bundled corpus (2023 and 2024), whose targets of 2023 meet the outcomes the next one states.
"""

from __future__ import annotations

import gzip
import json

import pandas as pd
import pytest

import dhcheng_analysis as dh
from dhcheng_analysis.corpus import BUNDLED_CORPUS
from dhcheng_analysis.corpus_export import corpus_tables, write_workbook
from dhcheng_analysis.vocab import labels

CODES = {"level", "yoy_pct", "change_pct", "rate_pct", "abs_change", "exact", "about", "at_least", "at_most", "over",
         "under", "as stated", "constant prices"}


@pytest.fixture(scope="module")
def two_reports(tmp_path_factory) -> dh.Corpus:
    path = tmp_path_factory.mktemp("gwr") / "two.jsonl"
    with gzip.open(dh.corpus.__file__.rsplit("/", 1)[0] + f"/data/{BUNDLED_CORPUS}", "rt", encoding="utf-8") as f:
        lines = [line for line in f if json.loads(line).get("year") in (2023, 2024)]
    path.write_text("".join(lines), encoding="utf-8")
    return dh.load_corpus(path)


@pytest.fixture(scope="module")
def workbook(two_reports, tmp_path_factory):
    """``workbook(lang)``: the two reports' tables, made once a module, and the workbook written of them in ``lang``,
    once a module for each language (the tests read its sheets, and never change the tables or the file)."""
    tables = corpus_tables(two_reports)
    made: dict[str, tuple[dict[str, pd.DataFrame], object]] = {}

    def book(lang: str):
        if lang not in made:
            made[lang] = tables, write_workbook(two_reports, tables, tmp_path_factory.mktemp("book") / "corpus.xlsx",
                                                lang=lang)
        return made[lang]
    return book


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_targets_sheet_words_its_measures_and_qualifiers(workbook, lang):
    pytest.importorskip("openpyxl")
    tables, path = workbook(lang)
    assert "yoy_pct" in set(tables["targets"]["measure"])  # (the table keeps the codes)
    sheet = pd.read_excel(path, sheet_name="目标与实际" if lang == "zh" else "Targets and outcomes")
    i = 0 if lang == "zh" else 1
    cols = labels().corpus_columns
    measures, qualifiers = set(sheet[cols["measure"][i]]), set(sheet[cols["target_qualifier"][i]])
    assert labels().code("measure", "yoy_pct", lang) in measures
    assert labels().code("qualifier", "about", lang) in qualifiers
    if lang == "zh":
        assert not (measures | qualifiers) & CODES


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_reports_sheet_words_the_level_and_the_kind_of_each_report(workbook, lang):
    pytest.importorskip("openpyxl")
    tables, path = workbook(lang)
    assert set(tables["reports"]["kind"]) == {"work_report"}  # (the table keeps the codes)
    sheet = pd.read_excel(path, sheet_name="报告" if lang == "zh" else "Reports")
    i = 0 if lang == "zh" else 1
    cols = labels().corpus_columns
    assert set(sheet[cols["level"][i]]) == {labels().code("place_level", "national", lang)}
    assert set(sheet[cols["kind"][i]]) == {"政府工作报告" if lang == "zh" else "government work report"}


def test_every_level_and_kind_a_report_may_have_has_words():
    for kind, codes in (("place_level", dh.corpus.LEVELS), ("report_kind", dh.corpus.KINDS)):
        assert set(labels().codes[kind]) == set(codes)


@pytest.mark.parametrize(("lang", "word"), [("zh", "百分点"), ("en", "pp")])
def test_a_target_in_percentage_points_has_the_word_of_its_unit(tmp_path, lang, word):
    # 2025.txt: 赤字率拟按4%左右安排、比上年提高1个百分点 — a target of a move in points
    pytest.importorskip("openpyxl")
    path = tmp_path / "one.jsonl"
    with gzip.open(dh.corpus.__file__.rsplit("/", 1)[0] + f"/data/{BUNDLED_CORPUS}", "rt", encoding="utf-8") as f:
        path.write_text("".join(line for line in f if json.loads(line).get("year") == 2025), encoding="utf-8")
    corpus = dh.load_corpus(path)
    tables = corpus_tables(corpus)
    assert "pp" in set(tables["targets"]["unit"])  # (the table keeps the code)
    book = write_workbook(corpus, tables, tmp_path / "corpus.xlsx", lang=lang)
    sheet = pd.read_excel(book, sheet_name="目标与实际" if lang == "zh" else "Targets and outcomes")
    units = set(sheet[labels().corpus_columns["unit"][0 if lang == "zh" else 1]].dropna())
    assert word in units
    assert lang == "en" or "pp" not in units
