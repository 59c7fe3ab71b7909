"""A report of nothing but invisible format characters (direction controls, zero-width spaces, soft
hyphens, written as themselves or as character references) and white space holds no text: it is refused
as empty, in one line, as a report of white space is.  Regression fixtures written for this check.
"""

from __future__ import annotations

import pytest

import dhcheng_analysis as dh
from dhcheng_analysis.errors import EmptyReportError


@pytest.mark.parametrize("text", ["\u202e\u200b", "\u200b\n\u2066", " \u00ad \n", "&#8238;&#8203;", "\ufeff\u2060\n"])
def test_invisible_characters_alone_are_no_text(text):
    with pytest.raises(EmptyReportError, match="holds no text"):
        dh.load_report(text)
    with pytest.raises(EmptyReportError, match="holds no text"):
        dh.load_report(text.encode("utf-8"))


def test_a_visible_character_among_them_is_text():
    assert dh.load_report("\u202e收入增长5%\u200b").text == "收入增长5%\u200b"
