"""A thirteenth pass over sentences of the State Council government work reports of 2008-2025, read by eye.

Each sentence is copied verbatim from the work-report corpus (the year of the report in the comment);
each test names the rule it pins and asserts the fields a reading found wrong.
"""

from __future__ import annotations

from _sentences import fact

# -- a span of years printed in digits (5年前, 近5年, 5年来) heads no name, as 五年前 heads none ----------------------


def test_years_in_digits_before_a_figure_are_no_name():
    # 2016: the earlier years the growth is set against, not what is measured
    s = "现在国内生产总值每增长1个百分点的增量，相当于5年前1.5个百分点、10年前2.5个百分点的增量。"
    for printed in ("1.5个百分点", "2.5个百分点"):
        r = fact(s, printed)
        assert (r["indicator"], r["measure"], r["unit"]) == ("国内生产总值", "pp_diff", "pp")


# -- 培训 is a head two kinds of training share across 和 (技能提升和转岗转业培训), as 事项 or 企业 are ------------------


def test_training_head_is_shared_across_a_joint():
    # 2019
    s = "实施职业技能提升行动，从失业保险基金结余中拿出1000亿元，用于1500万人次以上的职工技能提升和转岗转业培训。"
    r = fact(s, "1500万人次")
    assert (r["indicator"], r["unit"], r["qualifier"]) == ("职工技能提升和转岗转业培训", "人次", "at_least")
