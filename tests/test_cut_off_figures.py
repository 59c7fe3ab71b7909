"""A figure with no unit that ends a text cut short is flagged ``cut_off``, not passed off as whole.

An excerpt pasted from a report is often cut in the middle of a figure: the unit (增长14.6 of 增长14.6%) or digits
(企业所得税收入56 of 56xx万元) are lost with the rest. A figure with no unit that ends the text, its sentence with no
end after it, keeps its reading and is flagged ``cut_off`` for a look. The last lines of four real excerpts
(tests/gold/real/texts, named in each case) end so. A figure printed with its unit, or one closing a row of cells,
is whole: those sentences are constructed fixtures.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import dhcheng_analysis as dh
from dhcheng_analysis import vocab
from dhcheng_analysis.vocab.labels import load_labels

TEXTS = Path(__file__).resolve().parent / "gold" / "real" / "texts"


def _last(facts):
    return facts.sort_values("end").iloc[-1]


# the last line of each real excerpt: (file, the figure as printed, measure, value)
@pytest.mark.parametrize(("name", "printed", "measure", "value"), [
    # 6、土地增值税收入238074万元,完成预期的98.8%,增长14.6  (the % cut off)
    ("shangcheng_hz_2022_h1_budget", "14.6", "abs_change", 14.6),
    # 企业所得税收入56
    ("yongning_2020_h1_budget", "56", "level", 56.0),
    # …要素保障不断加强。新增建设用地指标52
    ("yuhang_hz_2015_gwr", "52", "level", 52.0),
    # …已经完成全区疏非控人涉及人口减少12.8
    ("dongcheng_2017_h1", "12.8", "abs_change", -12.8),
])
def test_the_figure_a_real_excerpt_is_cut_in_is_flagged(name: str, printed: str, measure: str, value: float) -> None:
    report = dh.load_report(TEXTS / f"{name}.txt")
    f = dh.extract_facts(report)
    last = _last(f)
    assert report.text[last["start"]:last["end"]] == printed
    assert last["end"] == len(report.text.rstrip())
    assert "cut_off" in last["flags"].split(";")
    assert last["value"] == pytest.approx(value)
    assert last["measure"] == measure  # (the reading stands: the flag asks for a look, it does not guess the cut)
    # no other figure of the excerpt is flagged: only the one the cut runs into
    assert f["flags"].str.contains("cut_off").sum() == 1


@pytest.mark.parametrize("text", [
    "土地增值税收入238074万元,增长14.6。",  # constructed: the sentence is closed
    "土地增值税收入238074万元,增长14.6%",  # constructed: the unit is printed at the end of the text
    "企业所得税收入56万元\n",  # constructed: the unit is printed, a line break after it
    "企业所得税收入56左右",  # constructed: a qualifier after the figure closes it
])
def test_a_figure_closed_or_with_its_unit_at_the_end_is_not_flagged(text: str) -> None:
    f = dh.extract_facts(dh.load_report(text))
    assert len(f)
    assert not f["flags"].str.contains("cut_off").any()


@pytest.mark.parametrize("text", [
    "一、收入情况\n| 指标 | 数值 |\n| --- | --- |\n| 企业数 | 52 |",  # constructed: a table's last row, cells in |
    "一、收入情况\n指标\t数值\n企业数\t52",  # constructed: the last row of cells parted by a tab
    "一、收入情况\n指标    数值\n企业数    52",  # constructed: the last row of cells parted by wide spaces
])
def test_a_table_row_that_ends_the_text_is_not_cut(text: str) -> None:
    f = dh.extract_facts(dh.load_report(text))
    assert (f["value"] == 52).any()
    assert not f["flags"].str.contains("cut_off").any()


def test_every_flag_of_the_closed_list_has_a_label() -> None:
    """``vocab.FLAGS`` is the closed list of the ``flags`` column: each one is named in the label dictionary."""
    assert set(vocab.FLAGS) <= set(load_labels().codes["flag"])
    assert "cut_off" in vocab.FLAGS
