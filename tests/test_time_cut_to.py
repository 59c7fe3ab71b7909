"""A time a reform cuts to (审批时间压缩到120个工作日, 企业开办时间从一个月以上压缩到目前的平均4个工作日以内): the value
reached is a figure of the time, named by it, whatever stands between the verb and the figure.

Sentences of the State Council government work reports are quoted by year; the shorter ones are regression
fixtures written for these tests, marked as such.
"""

from __future__ import annotations

import pytest
from _sentences import fact_printed as fact
from _sentences import facts


def test_a_time_cut_to_an_average_within_a_bound_is_a_figure_of_the_time():
    # 2023
    s = "改革商事制度，推行“证照分离”改革，企业开办时间从一个月以上压缩到目前的平均4个工作日以内，实行中小微企业简易注销制度。"
    r = fact(s, "4")
    assert (r["indicator"], r["measure"], r["unit"], r["qualifier"]) == ("企业开办时间", "level", "个工作日", "at_most")


def test_a_time_cut_to_a_figure_keeps_its_name():
    # 2023
    s = ("多年来取消和下放行政许可事项1000多项，中央政府层面核准投资项目压减90%以上，工业产品生产许可证从60类减少到10类，"
         "工程建设项目全流程审批时间压缩到不超过120个工作日。")
    assert fact(s, "120")["indicator"] == "工程建设项目全流程审批时间"


@pytest.mark.parametrize("verb", ["压缩到", "压缩为", "压减到", "压减至", "缩减至", "缩短到"])
def test_both_ends_of_a_time_cut_from_one_figure_to_another_are_the_time(verb):
    # fixture: a district report's 营商环境 sentence
    got = facts(f"审批时限由20个工作日{verb}5个工作日。")
    assert list(zip(got["raw_value"], got["indicator"], strict=True)) == [("20", "审批时限"), ("5", "审批时限")]
