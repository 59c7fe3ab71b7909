"""A year's end with its year word (今年底, 今年年底, 去年底, 到今年底, 至今年底) is a period, cut whole from a name.

At a name's head 今年底 goes as 明年底 and 去年底 do, not 今年 alone (which left 底全区常住人口); at its tail the
year's end goes with the year word and the word that leads to it (企业到今年底: 企业, not 企业到今). Each sentence is
written: the shape of a district report's review of the year, framed by its heading.
"""

from __future__ import annotations

import pytest
from _sentences import fact

from dhcheng_analysis.facts import clean_name

HEAD = "一、2023年计划执行情况\n"


def test_this_years_end_at_the_head_of_a_name() -> None:
    # written: a district's resident population at the end of the year reviewed
    f = fact(HEAD + "今年底全区常住人口达到70万人。\n", "70万人")
    assert (f["indicator"], f["indicator_key"], f["period"], f["value"]) == (
        "常住人口", "resident_population", "2023年底", 700000.0)


def test_this_years_end_after_a_name() -> None:
    # written: the firms of a district counted at the end of the year
    f = fact(HEAD + "全区企业到今年底达到500家。\n", "500家")
    assert (f["indicator"], f["period"]) == ("企业", "2023年底")


def test_this_years_end_after_a_verb_of_intent() -> None:
    # written: 争取 before the year's end
    f = fact(HEAD + "争取今年底全区企业达到600家。\n", "600家")
    assert (f["indicator"], f["period"]) == ("企业", "2023年底")


@pytest.mark.parametrize("words", ["今年年底", "去年底", "明年底", "到今年底", "至今年底"])
def test_every_year_end_with_its_year_word_at_the_head(words: str) -> None:
    # written: the year's end before the place and its count
    assert fact(HEAD + f"{words}全区企业达到600家。\n", "600家")["indicator"] == "企业"


@pytest.mark.parametrize("words", ["今年底", "今年年底", "去年底", "明年底", "到今年底", "至今年底", "截至今年底", "本年末"])
def test_every_year_end_with_its_year_word_at_the_tail(words: str) -> None:
    # written: a name the year's end follows
    assert clean_name("企业" + words) == "企业"
