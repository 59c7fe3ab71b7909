"""A count whose noun stands before the 方面 that closes a 在 frame is a figure of that noun.

方面 after a count is a count of aspects, no figure (以下四个方面工作, 四个主要方面); but in 在建设一百四十一项企业方面
the count counts the enterprises, and 方面 only closes the frame 在 opens: the count is a level of the noun
between them, named by it alone (no predicate of the noun follows 方面). The first sentence is copied from the
national work report named in its comment; the others are written fixtures.
"""

from __future__ import annotations

from _sentences import fact, facts

S1954 = ("蘇聯爲了幫助我國進行經濟建設，給了我們物力、財力和科學技術各方面的巨大援助，"
         "尤其是在建設一百四十一項企業方面給了我們系統的經濟援助和技術援助。")


def test_a_count_of_enterprises_in_a_frame() -> None:
    # national work report 1954
    f = fact(S1954, "一百四十一項")
    assert (f["measure"], f["value"], f["unit"]) == ("level", 141.0, "项")
    assert f["indicator"].endswith("企業")


def test_the_noun_alone_names_the_count() -> None:
    # written fixture
    f = fact("在推进12项重点任务方面取得积极进展。", "12项")
    assert (f["indicator"], f["value"]) == ("重点任务", 12.0)


def test_a_count_of_aspects_stays_no_figure() -> None:
    # written fixtures: the aspects themselves counted, with or without a word that grades them
    for s in ["今年要做好以下四个方面工作。", "要在以下四个方面下功夫。", "在四个主要方面取得突破。"]:
        assert facts(s).empty, s
