"""Qualifiers and measures of figures of the national work reports, read by eye against their sentences.

Each sentence is copied verbatim from the work-report corpus (the year of the report in the comment);
each test names the rule it pins and asserts the fields a reading found wrong.
"""

from __future__ import annotations

from _sentences import fact_printed as fact

# -- a qualifier word of several characters before the figure is read whole ----------------------------


def test_long_qualifier_word_before_the_figure_is_read_whole():
    # 2007: 达到或略高于 is at least, not the 略高于 at its end
    r = fact("经济增长连续四年达到或略高于10%，没有出现明显通货膨胀。", "10")
    assert (r["indicator"], r["qualifier"]) == ("经济增长", "at_least")


# -- a qualifier word opening a phrase that ends with 的 before the figure -------------------------------


def test_no_more_than_opening_a_phrase_is_at_most():
    # 1956: 不超过正税的22% is at most, not the 超过 inside 不超过
    s = ("其中正税额是３４５亿斤，仍然等于１９５５年的正税额；只是用于农村的地方附加和乡村自筹的部分有了增加，"
         "这种增加将以最多不超过正税的２２％为限。")
    assert fact(s, "２２")["qualifier"] == "at_most"


def test_about_ending_a_word_is_no_qualifier_of_the_phrase():
    # 1958: 节约总投资额的百分之七: the 约 of 节约 is no "about"
    s = "对于整个基本建设，今年要求节约总投资额的百分之七至百分之十，用于扩大工作量。"
    assert fact(s, "百分之七")["qualifier"] == "exact"
