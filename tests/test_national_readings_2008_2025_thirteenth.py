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


# -- two nouns joined by 和 that end with the same word are one count, a predicate after both --------------------------


def test_joined_nouns_of_one_head_before_a_predicate_are_both_counted():
    # 2008: the drafts of laws and of regulations, 15 in all, not the law drafts alone
    s = "探索建立公众有序参与政府立法的机制和制度，有15部法律草案和行政法规草案向社会公开征求意见。"
    r = fact(s, "15部")
    assert "法律草案和行政法规草案" in r["indicator"]
    assert (r["measure"], r["unit"]) == ("level", "部")
