"""Readings of real sentences once left wrong: a count of households printed after a population is named as the
population's households (户数), as statistical bulletins print it.
Sentences copied verbatim from the national work reports (year in the comment)."""

from __future__ import annotations

from _sentences import fact_at


def test_a_count_of_households_after_a_population_is_of_its_households():
    # 1985
    s = ("我国有十亿人口，两亿多户，市场容量很大，如果都去集中购买某种东西，国家储备再多也经不起冲击，"
         "这样就会人为地造成供应紧张，而且会给不法之徒以可乘之机，严重损害国家和消费者的利益。")
    people, households = fact_at(s, "十亿"), fact_at(s, "两亿多户")
    assert (people["indicator"], people["unit"]) == ("人口", "人")
    assert (households["indicator"], households["unit"], households["qualifier"]) == ("户数", "户", "over")
