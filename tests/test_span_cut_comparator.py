"""A change over a span of years with no base of its own names the span as its comparator, whatever verb prints it.

Under a span opening its sentence or paragraph (五年来，, 过去五年，) a change with no 比 or 较 is a change over the
span (``change_pct``, flagged ``multi_year``), its comparator the span as printed (五年来): by the sentence, else by
the paragraph that opens the frame, else by the innermost heading that names it (一、过去五年工作回顾: 过去五年,
“十一五”时期 with its quotes), also when the report's years turn the period into the span's years. A cut verb the measure
cues read as a change already (削减, 压减, 缩减) is read so as well as one they read as a yearly growth first (减少,
增长): the cuts of one sentence share one comparator. An average per year printed in the clause (平均每年, 年均)
keeps its own. Each test is a sentence copied from the report named in its comment.
"""

from __future__ import annotations

from _sentences import fact

# national work report 2018, with its date line and the heading of its review
S2018 = ("——2018年3月5日在第十三届全国人民代表大会第一次会议上\n\n一、过去五年工作回顾\n\n"
         "五年来，国务院部门行政审批事项削减44%，非行政许可审批彻底终结，中央政府层面核准的企业投资项目减少90%，"
         "行政审批中介服务事项压减74%，职业资格许可和认定大幅减少。")


def test_cut_verbs_under_a_span_share_its_comparator() -> None:
    got = [fact(S2018, p) for p in ("44%", "90%", "74%")]
    assert [(f["measure"], f["value"], f["comparator"]) for f in got] == [
        ("change_pct", -44.0, "五年来"), ("change_pct", -90.0, "五年来"), ("change_pct", -74.0, "五年来")]
    assert all("multi_year" in f["flags"].split(";") and f["period"] == "2013-2017年" for f in got)


def test_a_cut_of_one_year_takes_no_span() -> None:
    # written: a year of its own opens the sentence, no span
    f = fact("2018年，国务院部门行政审批事项削减44%。", "44%")
    assert (f["measure"], f["comparator"]) == ("change_pct", "")
    assert "multi_year" not in f["flags"].split(";")


# national work report 2018, with its date line, the heading of its review and the run-in head of the section
S2018_HEADING = ("——2018年3月5日在第十三届全国人民代表大会第一次会议上\n\n一、过去五年工作回顾\n\n"
                 "（八）坚持人与自然和谐发展，着力治理环境污染，生态文明建设取得明显成效。\n"
                 "重拳整治大气污染，重点地区细颗粒物（PM2.5）平均浓度下降30%以上。")


def test_a_change_under_a_heading_of_a_span_names_the_heading_span() -> None:
    f = fact(S2018_HEADING, "30%")
    assert (f["measure"], f["value"], f["comparator"], f["period"]) == ("change_pct", -30.0, "过去五年", "2013-2017年")
