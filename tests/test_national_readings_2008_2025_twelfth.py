"""A twelfth pass over sentences of the State Council government work reports of 2008-2025, read by eye.

Each sentence is copied verbatim from the work-report corpus (the year of the report in the comment);
each test names the rule it pins and asserts the fields a reading found wrong.
"""

from __future__ import annotations

from _sentences import fact

# -- persons counted before 转移到 / 转移就业 are named by where they move, as 落户 names them ------------------------


def test_persons_moving_to_towns_are_named_by_their_move():
    # 2023
    s = "我国仍处于城镇化进程中，每年有上千万农村人口转移到城镇。"
    r = fact(s, "千万")
    assert (r["indicator"], r["unit"], r["qualifier"]) == ("转移到城镇的农村人口", "人", "over")
    # 2018: 转移 inside the noun 农业转移人口 opens no predicate (成为 after it does)
    s = "城镇化率从52.6%提高到58.5%，8000多万农业转移人口成为城镇居民。"
    assert fact(s, "8000多万")["indicator"] == "成为城镇居民的农业转移人口"
    # 2019
    s = "新型城镇化扎实推进，近1400万农业转移人口在城镇落户。"
    assert fact(s, "1400万")["indicator"] == "城镇落户的农业转移人口"


# -- a count after 提交 or 审议 names the bills as submitted or reviewed, as after 制定 ---------------------------------


def test_bills_counted_after_submit_are_named_by_the_verb():
    # 2008
    s = "五年国务院共向全国人大常委会提交39件法律议案，制定、修订137件行政法规。"
    assert fact(s, "39件")["indicator"] == "提交法律议案"
    assert fact(s, "137件")["indicator"] == "制定、修订行政法规"
