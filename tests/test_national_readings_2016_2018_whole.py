"""Two whole national work reports (2016 and 2018) read fact by fact, in text order.

Each sentence is copied verbatim from the work-report corpus (the year of the report in the comment); each test
names the rule it pins and asserts the fields the reading found wrong.
"""

from __future__ import annotations

from _sentences import fact

# -- a count of persons before 成为 is named by what they become, as by any predicate of theirs ----------------------


def test_persons_counted_before_becoming_are_named_by_it():
    # 2018
    s = "城镇化率从52.6%提高到58.5%，8000多万农业转移人口成为城镇居民。"
    r = fact(s, "8000多万")
    assert r["indicator"] == "成为城镇居民的农业转移人口"
    assert (r["measure"], r["unit"], r["qualifier"], r["value"]) == ("level", "人", "over", 8e7)

