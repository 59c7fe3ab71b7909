"""A span of years counted back (三年来, 十年间, 五年里) heading a clause is the period of the figure right after it.

The span is read before a name as before a figure: 三年来城镇新增就业1400万人 and 三年来1400万农业转移人口在城镇落户 are
both of the three years up to the one reviewed (2020-2022年 in a report reviewing 2022). The national reports print
the span before a figure only bare (十年1.4亿农村人口在城镇落户, 2023), which stays unread; the sentences here are
written.
"""

from __future__ import annotations

import pytest
from _sentences import fact

REVIEW = "2023年政府工作报告\n\n一、2022年工作回顾\n\n"


# written
@pytest.mark.parametrize(("sentence", "printed", "period"), [
    ("推进户籍制度改革，三年来1400万农业转移人口在城镇落户。", "1400万", "2020-2022年"),
    ("推进户籍制度改革，十年来1.4亿农村人口在城镇落户。", "1.4亿", "2013-2022年"),
    ("推进户籍制度改革，五年间1400万农业转移人口在城镇落户。", "1400万", "2018-2022年"),
    ("推进户籍制度改革，三年来城镇新增就业1400万人。", "1400万人", "2020-2022年"),
])
def test_span_heading_the_figure_is_its_period(sentence: str, printed: str, period: str) -> None:
    assert fact(REVIEW + sentence + "\n", printed)["period"] == period
