"""An average per year after a change against a year printed as its base spans the years since that base.

年均增长 (平均每年增长, 平均每年递增) with no span of its own, right after a change or a multiple of the same name
in its part of the sentence whose base is a year (比一九七八年增长…, 是2015年的1.4倍, 2005年与2000年相比), is of the
years from the one after the base to the year of that change: ``2005年与2000年相比，国内生产总值增长57.3%，年均增长
9.5%`` → 2001-2005年. One year since the base is no span of an average (…一九八二年预计比一九八一年增长百分之五，
两年平均每年递增百分之五点三 keeps its year).
"""

from __future__ import annotations

import pytest
from _sentences import fact

S2006 = ("2005年与2000年相比，国内生产总值增长57.3%，年均增长9.5%；农业特别是粮食生产出现重要转机，主要工业产品产量"
         "大幅度增长，高技术产业快速发展，基础产业和基础设施建设成就斐然，在水利、能源、交通、通信等领域建成或新开工"
         "一大批重大工程。")
S1983 = "一九八二年全国工农业总产值达到八千二百九十一亿元，比一九七八年增长百分之三十二点六，平均每年增长百分之七点三。"
S1982_TWO = ("农业总产值一九八一年比一九八○年增长百分之五点七，一九八二年预计比一九八一年增长百分之五，"
             "两年平均每年递增百分之五点三。")
WRITTEN = "2020年，全区地区生产总值达到3000亿元，是2015年的1.4倍，年均增长6.2%。"


@pytest.mark.parametrize(("text", "printed", "period"), [
    # national work report 2006
    (S2006, "9.5%", "2001-2005年"),
    (S2006, "57.3%", "2005年"),
    # national work report 1983
    (S1983, "百分之七点三", "1979-1982年"),
    # written: after a multiple of a base year, as district reports print their plan's review
    (WRITTEN, "6.2%", "2016-2020年"),
])
def test_average_spans_the_years_since_the_base(text: str, printed: str, period: str) -> None:
    f = fact(text, printed)
    assert (f["measure"], f["period"]) == ("change_pct", period)


def test_one_year_since_the_base_is_no_span() -> None:
    # national work report 1982
    assert fact(S1982_TWO, "百分之五点三")["period"] != "1982年"
