"""Frames of time and of comparison the national work reports of 1954–1992 print around their figures.

A span of years run into the first clause of a sentence (两年国营工业的劳动生产率已提高百分之二十九, after a head
closed by a colon as well: 在运输交通方面：两年铁路的货物周转量增长…) is the time of every later change the sentence
prints with no time or base of its own: each is a change over those years (``change_pct``, compared over ``两年``),
not a year's growth. A span of two years printed before the verb of a change, with the count of its years run into it
(一九五三年至一九八○年二十八年平均每年递增百分之二点六), is the period of that change, as it is with 的…年间.
Each test is a sentence copied from the report named in its comment.
"""

from __future__ import annotations

import pytest
from _sentences import fact

S1955_COST = "两年国营工业的劳动生产率已提高百分之二十九，产品成本已降低百分之九点六。"
S1955_FREIGHT = ("在运输交通方面：两年铁路的货物周转量增长百分之五十五，旅客周转量增长百分之四十五；"
                 "沿海和内河轮驳船的货物周转量增长百分之八十五；公路汽车货物周转量增长百分之一百七十五；"
                 "民航和邮电的业务也有相当发展。")


@pytest.mark.parametrize(("text", "printed"), [
    # national work report 1955
    (S1955_COST, "百分之二十九"),
    (S1955_COST, "百分之九点六"),
    # national work report 1955: the head before the colon opens no clause of the span
    (S1955_FREIGHT, "百分之五十五"),
    (S1955_FREIGHT, "百分之四十五"),
    (S1955_FREIGHT, "百分之八十五"),
    (S1955_FREIGHT, "百分之一百七十五"),
])
def test_span_run_into_the_first_clause_holds_for_the_sentence(text: str, printed: str) -> None:
    f = fact(text, printed)
    assert (f["measure"], f["comparator"]) == ("change_pct", "两年")
    assert "multi_year" in f["flags"]


def test_a_change_against_a_year_of_its_own_keeps_its_base() -> None:
    # written sentence: the second change names the year it is compared with
    f = fact("两年国营工业的劳动生产率已提高百分之二十九，产品成本比一九五三年降低百分之九点六。", "百分之九点六")
    assert f["measure"] != "change_pct" or f["comparator"] != "两年"


S1982 = ("到一九八五年，城乡居民按人口平均的消费水平，将比一九八○年增长百分之二十二，平均每年递增百分之四点一，"
         "高于一九五三年至一九八○年二十八年平均每年递增百分之二点六的水平。")


def test_span_with_its_count_of_years_run_in_is_the_period() -> None:
    # national work report 1982
    f = fact(S1982, "百分之二点六")
    assert (f["period"], f["comparator"]) == ("1953-1980年", "平均每年")
    assert fact(S1982, "百分之四点一")["period"] == "1981-1985年"


# national_work_reports/1980.txt: a year and the year before it (1979年比上年) frame the clause as two years do; the
# noun between the base and the verb is what grew, owned by the units the sentence counts
S1980_TRIAL = "据四川省试点的84个地方企业的统计，1979年比上年产值增长14.9％，利润增长33％，上缴国家的利润增长24.2％。"


@pytest.mark.parametrize(("printed", "indicator"), [
    ("14.9", "地方企业产值"),
    ("33％", "地方企业利润"),
    ("24.2", "上缴国家的利润"),
])
def test_the_subject_after_a_year_and_the_year_before_it(printed: str, indicator: str) -> None:
    f = fact(S1980_TRIAL, printed)
    assert (f["indicator"], f["measure"], f["period"]) == (indicator, "yoy_pct", "1979年")
