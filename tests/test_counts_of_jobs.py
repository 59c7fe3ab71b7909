"""A count of jobs printed with a bare 万 counts persons.

Sentences written in the form of district reports (regression fixtures, not real text: every text at hand prints
万人 here): 全年新增就业1.2万 and 城镇新增就业1100万以上 count persons as 新增就业2.1万人 does, and new jobs
(新增就业岗位1.5万) count posts. A figure of 就业 with a unit of its own keeps it.
"""

from __future__ import annotations

import pytest
from _sentences import fact


@pytest.mark.parametrize(("sentence", "raw", "indicator", "unit", "value"), [
    ("全年新增就业1.2万，城镇登记失业率控制在3%以内。", "1.2万", "新增就业", "人", 12000.0),
    ("城镇新增就业1100万以上。", "1100万", "城镇新增就业", "人", 11_000_000.0),
    ("城镇新增就业2.1万人，完成全年任务的58.3%。", "2.1万人", "城镇新增就业", "人", 21000.0),
    ("新增就业岗位1.5万。", "1.5万", "新增就业岗位", "个", 15000.0),
])
def test_a_bare_wan_of_jobs_counts_persons(sentence, raw, indicator, unit, value):
    f = fact(sentence, raw)
    assert (f["indicator"], f["unit"], f["value"]) == (indicator, unit, value)


def test_money_for_jobs_keeps_its_unit():
    f = fact("发放稳就业资金1.2万元。", "1.2万元")
    assert f["unit"] == "元"
