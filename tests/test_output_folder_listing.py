"""Which files of an output folder a new report may replace (regression fixtures written here, not real
texts): the files its index lists, or, beside the index of an older version that lists none, the names that
version wrote; and a str's lone surrogate halves and control characters both become spaces in one pass."""

from __future__ import annotations

import pytest

from dhcheng_analysis.errors import ExportError
from dhcheng_analysis.generation import MANIFEST_META, check_target_folder
from dhcheng_analysis.sources import clean_text


def test_an_index_that_lists_its_files_lets_only_those_be_replaced(tmp_path):
    out = tmp_path / "reports"
    out.mkdir()
    (out / "index.html").write_text(f'<meta name="{MANIFEST_META}" content="01_overview.html">')
    (out / "01_overview.html").write_text("old")
    assert check_target_folder(out) == out.resolve()
    (out / "budget.xlsx").write_text("mine")  # a name an older version used, but this index does not list it
    with pytest.raises(ExportError, match="budget.xlsx"):
        check_target_folder(out)


def test_a_control_character_and_a_lone_surrogate_both_become_spaces_keeping_offsets():
    half = b"\xff".decode("utf-8", "surrogateescape")
    text = "地区生产总值\x07增长" + half + "5%"
    assert clean_text(text) == "地区生产总值 增长 5%"
