"""More figures of sentences of the State Council government work reports of 2008-2025, read by eye.

Each sentence is copied verbatim from the work-report corpus (the year of the report in the comment);
each test names the rule it pins and asserts the fields a reading found wrong.
"""

from __future__ import annotations

from _sentences import fact_printed as fact

# -- a modal (要) or an adverb of time (如期) after counted things opens what is said of them, it ends their noun ------


def test_modal_before_what_is_to_be_done_is_no_part_of_the_name():
    # 2015: the projects named by what is to be done to them, as a name, not as the clause printed
    s = "重大水利工程已开工的57个项目要加快建设，今年再开工27个项目，在建重大水利工程投资规模超过8000亿元。"
    assert fact(s, "57")["indicator"] == "加快建设的项目"


def test_adverb_of_time_ends_the_counted_noun():
    # 2015: 如期 opens the predicate (如期完成), it does not end the noun
    s = "同时，继续化解过剩产能，钢铁、水泥等15个重点行业淘汰落后产能年度任务如期完成。"
    assert fact(s, "15")["indicator"] == "如期完成的重点行业淘汰落后产能年度任务"
