"""Figures of sentences of the State Council government work reports of 2008-2025, read by eye.

Read here: the persons whose problem or task a verb before them settles, named by the verb and its object
(解决了3亿多农村人口的饮水安全和无电区445万人的用电问题: the object shares the head 问题 of the next part;
解决750万户…家庭和240万户…居民的住房问题: the first part shares the problem printed after the last;
今年要完成1000万以上农村贫困人口脱贫任务: a task done for the persons, after the qualifier of the figure), never
the bare persons, which would read as the whole rural or poor population.
Each sentence is copied verbatim from the work-report corpus (the year of the report in the comment).
"""

from __future__ import annotations

from _sentences import fact_at as fact

# -- the persons whose problem a verb before them solves ----------------------------------------------------------


def test_object_sharing_the_head_of_the_next_part_names_the_persons():
    # 2013: 饮水安全 and 用电 share 问题; the 3亿 are those whose safe drinking water was secured
    s = ("加强农村水电路气等基础设施建设，新建改建农村公路146.5万公里，改造农村危房1033万户，"
         "解决了3亿多农村人口的饮水安全和无电区445万人的用电问题，农村生产生活条件不断改善。")
    r = fact(s, "3亿")
    assert (r["indicator"], r["measure"], r["qualifier"], r["value"]) == (
        "解决饮水安全的农村人口", "level", "over", 3e8)
    assert fact(s, "445万")["indicator"] == "解决用电问题的无电区人口"


def test_problem_after_the_last_part_is_shared_by_the_first():
    # 2009: both the 750万户 and the 240万户 are to have their housing problem solved
    s = ("加快落实和完善促进保障性住房建设的政策措施，争取用三年时间，解决750万户城市低收入住房困难家庭和240万户林区、"
         "垦区、煤矿等棚户区居民的住房问题。")
    r = fact(s, "750万户")
    assert (r["indicator"], r["unit"], r["value"]) == ("解决住房问题的城市低收入住房困难家庭", "户", 7.5e6)
    assert fact(s, "240万户")["indicator"] == "解决住房问题的林区、垦区、煤矿等棚户区居民"


def test_object_with_its_own_head_is_unchanged():
    # 2012
    s = "继续推进农村危房改造，解决了6398万农村人口的饮水困难和60万无电地区人口的用电问题，农村生产生活条件进一步改善。"
    assert fact(s, "6398万")["indicator"] == "解决饮水困难的农村人口"
    assert fact(s, "60万")["indicator"] == "解决用电问题的无电地区人口"


# -- the persons a task is completed for -------------------------------------------------------------------------


def test_persons_a_task_is_completed_for_after_the_qualifier():
    # 2016: 1000万 are the poor to be lifted out this year, not the count of the rural poor
    s = "今年要完成1000万以上农村贫困人口脱贫任务，其中易地搬迁脱贫200万人以上，继续推进贫困农户危房改造。"
    r = fact(s, "1000万")
    assert (r["indicator"], r["measure"], r["qualifier"], r["status"]) == (
        "完成脱贫任务的农村贫困人口", "level", "at_least", "target")
    assert r["indicator_key"] == ""
