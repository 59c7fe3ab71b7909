"""A third reading of district reports: places among the first few, on verbatim sentences of the real excerpts.

Each sentence is copied from a report of ``tests/gold/real/texts`` or ``tests/gold/constructed`` (named in the
comment after it); each test states the reading of one figure of it.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

DONGCHENG_2017 = ("全市“疏解整治促提升”专项行动共有15个指标,涉及中心城区的10个,我区有9个指标已完成全年任务,"
                  "其中6个指标在16区排名进入前3名。")
CHAOYANG_2024 = "一般制造业疏解提质等9项任务提前完成年度目标,围挡治理等12项任务完成量排名全市前三。"
CHAOYANG_2020_PLAN = ("完成背街小巷精细化整治提升200条，拆除违法建设150万平方米，居民垃圾分类准确投放率达到90%以上，"
                      "“接诉即办”综合考核力争进入全市前三名。")
KUNSHAN = "重点企业支撑有力，产值超百亿元企业达到12家，前十强企业合计实现产值2268.4亿元，占全市规上工业总产值的30.8%。"


# -- 前三, 前3名: a place among the first three is a rank of at most three, not the third place ----------------------

@pytest.mark.parametrize(("text", "printed"), [
    (DONGCHENG_2017, "前3"),  # dongcheng_2017_h1
    (CHAOYANG_2024, "前三"),  # chaoyang_2024_h1
    (CHAOYANG_2020_PLAN, "前三"),  # constructed chaoyang_2020_fy_plan
])
def test_a_place_among_the_first_is_a_rank_at_most(text, printed):
    f = fact(text, printed)
    assert (f["measure"], f["value"], f["qualifier"]) == ("rank", 3.0, "at_most")


def test_a_rank_reached_names_what_ranks_not_the_verb_to_it():
    # 综合考核力争进入全市前三名: the assessment is ranked; 进入 (and the 力争 before it) is no part of its name
    f = fact(CHAOYANG_2020_PLAN, "前三")
    assert (f["indicator"], f["status"], f["comparator"]) == ("“接诉即办”综合考核", "target", "全市")


# -- 前十强企业: the first ten firms named as a group, no rank; the amount after it keeps the whole name ---------------

def test_the_first_ten_named_as_a_group_are_no_rank():
    f = facts(KUNSHAN)  # constructed kunshan_2021_q1q3
    assert "rank" not in set(f["measure"])
    assert fact(KUNSHAN, "2268.4亿元")["indicator"] == "前十强企业产值"
