"""A cap or floor a control verb sets in the clause right after an outcome of the same thing (控制在…以内,
保持在…以上) is the target the outcome was held within, not a second outcome: ``城镇登记失业率2.1%,控制在3.5%以内``
→ 3.5 ``target``, ``at_most``. No text at hand prints this shape after an outcome (district reports print it
often); the sentences are written in the form of those reports and are regression fixtures, not evidence. A rate
held at a value with no bound word (``城镇登记失业率控制在0.81%``, chaoyang_2020_h1) stays the outcome."""

from __future__ import annotations

from _sentences import fact_at


def test_a_cap_right_after_the_outcome_is_its_target():
    # written in the form of a district half-year report
    text = "上半年，城镇登记失业率2.1%,控制在3.5%以内。"
    assert (fact_at(text, "2.1%")["status"], fact_at(text, "2.1%")["qualifier"]) == ("actual", "exact")
    f = fact_at(text, "3.5%")
    assert (f["indicator"], f["status"], f["qualifier"]) == ("城镇登记失业率", "target", "at_most")


def test_a_floor_right_after_the_outcome_is_its_target():
    # written in the form of a district annual report
    text = "全年粮食播种面积5.2万亩，保持在5万亩以上。"
    f = fact_at(text, "5万亩")
    assert (f["status"], f["qualifier"]) == ("target", "at_least")


def test_a_rate_held_at_a_value_stays_the_outcome():
    # chaoyang_2020_h1 (tests/gold/real/texts)
    text = "城镇登记失业率控制在0.81%,居民人均可支配收入同比增长2.1%。"
    f = fact_at(text, "0.81%")
    assert (f["status"], f["qualifier"]) == ("actual", "exact")



def test_a_cap_after_the_outcome_and_its_change_is_its_target():
    # written in the form of a district half-year report: the change of the rate between the outcome and its cap
    text = "上半年，城镇登记失业率2.1%，比上年同期下降0.2个百分点，控制在3.5%以内。"
    f = fact_at(text, "3.5%")
    assert (f["indicator"], f["measure"], f["status"], f["qualifier"]) == ("城镇登记失业率", "rate_pct", "target", "at_most")
    assert fact_at(text, "0.2")["status"] == "actual"
