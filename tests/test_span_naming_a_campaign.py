"""A count of years that names a campaign (三年行动) is no span of its own under a review frame.

Under a frame of the years reviewed (过去五年…), a span of years printed in the sentence before a figure (近三年)
is the figure's own and keeps the frame from it; a count of years that names a plan, a campaign or a schooling
(五年计划, 三年行动, 九年义务教育) is none, and the figures after it keep the frame's years.
"""

from __future__ import annotations

from _sentences import fact

REVIEW_2023 = "2023年政府工作报告\n\n一、过去一年和五年工作回顾\n\n过去五年极不寻常、极不平凡。"
S2023 = "实施高职扩招和职业技能提升三年行动，累计扩招413万人、培训8300多万人次。"


def test_campaign_of_three_years_keeps_the_frame() -> None:
    # national work report 2023
    assert fact(REVIEW_2023 + S2023 + "\n", "413")["period"] == "2018-2022年"
    assert fact(REVIEW_2023 + S2023 + "\n", "8300")["period"] == "2018-2022年"


def test_span_of_its_own_still_holds() -> None:
    # written sentence: a span printed before the figure is the figure's own, not the frame's
    f = fact(REVIEW_2023 + "近三年，中央和地方投入105亿元。\n", "105")
    assert f["period"] != "2018-2022年"
