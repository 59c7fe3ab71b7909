"""A nineteenth pass over sentences of the State Council government work reports of 2008-2025, read by eye.

Each sentence is copied verbatim from the work-report corpus (the year of the report named in the test); each test
names the rule it pins and asserts the fields a reading found wrong.
"""

from __future__ import annotations

# -- persons whose problems are solved are named by all the problems a 和 joins --------------------------------------


def test_persons_whose_two_joined_problems_are_solved_are_named_by_both(work_reports):
    # 2008: the 9748万 rural people had both their shortage of water and its safety solved
    phrase = "新建改建农村公路130万公里，解决了9748万农村人口饮水困难和饮水安全问题，建立了重大动物疫病防控体系"
    f = work_reports.fact_at(2008, phrase, "9748万")
    assert (f["indicator"], f["measure"], f["unit"]) == ("解决饮水困难和饮水安全问题的农村人口", "level", "人")


def test_a_problem_of_other_persons_after_the_joint_stays_theirs(work_reports):
    # 2012: the second problem is of another count of persons, named after its own figure
    phrase = "解决了6398万农村人口的饮水困难和60万无电地区人口的用电问题"
    assert work_reports.fact_at(2012, phrase, "6398万")["indicator"] == "解决饮水困难的农村人口"
    assert work_reports.fact_at(2012, phrase, "60万")["indicator"] == "解决用电问题的无电地区人口"
