"""A bare rate of how a service handles what it takes in (响应率, 解决率, 满意率, 按时办结率), printed after the clause
naming the service and what it handles (12345市民服务热线受理诉求8.9万件), is that service's rate as it would be
printed in full (12345市民服务热线诉求解决率), keyed by the glossary; the rates after it in the same list carry the
owner, and only within the sentence.

No real report at hand prints this shape: every sentence here is written in the style of the district reports
(接诉即办 summaries of Beijing's districts), marked "written".
"""

from __future__ import annotations

import pytest
from _sentences import fact, fact_at

HOTLINE = ("12345市民服务热线受理诉求8.9万件，同比增加26.4%，响应率达到100%，解决率和满意率分别为87.3%和90.6%，"
           "综合考评成绩列全市第5。")  # written
JSJB = "“接诉即办”受理诉求26.8万件，响应率100%，解决率、满意率分别为93.6%、94.2%，较上年同期分别提高2.7个和3.1个百分点。"
# (written)


@pytest.mark.parametrize(("text", "printed", "name", "key"), [
    (HOTLINE, "100%", "12345市民服务热线诉求响应率", "hotline_response_rate"),
    (HOTLINE, "87.3%", "12345市民服务热线诉求解决率", "hotline_resolution_rate"),
    (HOTLINE, "90.6%", "12345市民服务热线诉求满意率", "hotline_satisfaction_rate"),
    (JSJB, "100%", "“接诉即办”诉求响应率", "hotline_response_rate"),
    (JSJB, "93.6%", "“接诉即办”诉求解决率", "hotline_resolution_rate"),
    (JSJB, "94.2%", "“接诉即办”诉求满意率", "hotline_satisfaction_rate"),
    (JSJB, "2.7个", "“接诉即办”诉求解决率", "hotline_resolution_rate"),
    (JSJB, "3.1个", "“接诉即办”诉求满意率", "hotline_satisfaction_rate"),
    # written: the requests counted past a part of them (其中) own the rate
    ("“接诉即办”受理12345市民服务热线诉求83650件，同比增长38.6%，其中涉疫诉求4.2万余件，响应率100%，解决率88.9%。",
     "88.9%", "12345市民服务热线诉求解决率", "hotline_resolution_rate"),
    # written: after a semicolon of the same sentence
    ("12345市民热线受理诉求共计42.8万件，同比增长16.3%；解决率为93.1%，满意率为94.2%。", "94.2%",
     "12345市民热线诉求满意率", "hotline_satisfaction_rate"),
    # written: the rates after a rate printed in full carry its owner
    ("扎实做好“接诉即办”工作，市民热线诉求响应率100%，解决率、满意率分别达到93.6%和94.8%。", "94.8%",
     "市民热线诉求满意率", "hotline_satisfaction_rate"),
    # written: the requests the hotline dispatches (派单), its verb of taking them in
    ("上半年，12345热线派单诉求共计8.6万件，同比下降7.4%；响应率100%，解决率为92.3%。", "92.3%",
     "12345热线诉求解决率", "hotline_resolution_rate"),
    # written: the share of the hotline's requests closed, of the 办结率 row
    ("12345市民服务热线受理诉求8.9万件，办结率99.2%。", "99.2%", "12345市民服务热线诉求办结率", "request_completion_rate"),
    ("“12345”热线诉求办结率99.2%。", "99.2%", "“12345”热线诉求办结率", "request_completion_rate"),  # written
    ("“接诉即办”受理诉求26.8万件，办结率98.5%。", "98.5%", "“接诉即办”诉求办结率", "request_completion_rate"),  # written
    ("市民热线诉求办结率99.2%。", "99.2%", "市民热线诉求办结率", "request_completion_rate"),  # written
    # written: a service other than the hotline
    ("政务服务中心受理事项12万件，按时办结率100%。", "100%", "政务服务中心事项按时办结率", ""),
])
def test_a_bare_service_rate_takes_the_service_before_it(text: str, printed: str, name: str, key: str) -> None:
    f = fact_at(text, printed)
    assert (f["indicator"], f["indicator_key"]) == (name, key)


@pytest.mark.parametrize(("text", "printed", "name"), [
    ("全区开展满意度调查，满意率95%。", "95%", "满意率"),  # written: a survey, no service taking anything in
    ("区级领导走访服务企业230家，收集诉求286条，办结率达95%。", "95%", "办结率"),  # written: needs collected on visits
    ("12345市民服务热线受理诉求8.9万件。响应率达到100%。", "100%", "响应率"),  # written: never across a sentence
    ("空气质量优良天数180天，优良率49.2%。", "49.2%", "优良率"),  # written: no service rate
    ("实现问题响应率100%、问题解决率85%、企业满意率92%。", "85%", "问题解决率"),  # written: named in full
])
def test_a_rate_after_no_service_is_left_as_printed(text: str, printed: str, name: str) -> None:
    assert fact(text, printed)["indicator"] == name
