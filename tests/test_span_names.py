"""A count of years inside a name, on a verbatim sentence of the national work reports.

A review frame of several years (五年来 → 1993-1997年 in 1998) gives way to a span of other years its sentence
prints before a figure (近三年), but a count of years that names a thing is no span of time: a plan (五年计划) or a
schooling (九年义务教育, 十二年免费教育, 九年一贯制). The rate a change reaches after such a name is of the review's last
year, as under the frame alone.
"""

from __future__ import annotations

from _sentences import fact

# national work report 1998 (a written title giving its year; the heading and the paragraph's opening sentence
# above it as the report prints them)
S1998 = ("一九九八年政府工作报告\n一、关于过去五年的政府工作\n"
         "五年来取得一大批重要科技成果，其中一些达到或接近国际先进水平，我国整体科技实力进一步增强。"
         "占全国人口6 5 ％的地区基本普及九年义务教育，青壮年文盲率下降到6 ％。")


def test_a_schooling_of_nine_years_is_no_span_of_time():
    assert fact(S1998, "6 ％", "下降到6 ％")["period"] == "1997年"
