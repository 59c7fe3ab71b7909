"""Two whole national work reports (2016 and 2018) read fact by fact, in text order.

Each sentence is copied verbatim from the work-report corpus (the year of the report in the comment); each test
names the rule it pins and asserts the fields the reading found wrong.
"""

from __future__ import annotations

from _sentences import fact

# -- a year's end the figure's own sentence names (去年末) outranks the year a paragraph opener (过去一年) holds ------

# the report of 2016 opens its review with 过去一年; a report printing its year-end sentence in that paragraph
HELD_YEAR = ("2016年政府工作报告\n\n一、2015年工作回顾\n\n过去一年，我国发展面临多重困难和严峻挑战。"
             "全国居民人均可支配收入实际增长7.4%，快于经济增速。去年末居民储蓄存款余额增长8.5%，新增4万多亿元。"
             "去年底全国市场主体达到7700万户。")


def test_a_year_end_named_in_a_sentence_under_a_held_year_is_that_end():
    # 2016: 去年末居民储蓄存款余额增长8.5%, a stock's growth to the end of 2015
    assert fact(HELD_YEAR, "8.5%")["period"] == "2015年末"
    assert fact(HELD_YEAR, "4万多亿元")["period"] == "2015年"  # (what it grew by over the year)
    assert fact(HELD_YEAR, "7.4%")["period"] == "2015年"


# -- a span of years a paragraph opens with (过去五年，…) yields to a later clause opening with 去年, one year of it,
# as a span resolved to years does ---------------------------------------------------------------------------------

# the review of 2018 prints 国有企业效益明显好转，去年利润增长23.5% under a bold head; a report printing it in a
# paragraph that 过去五年 opens (as the same review opens several: 过去五年，民族、宗教、侨务等工作创新推进)
SPAN_HELD = ("2018年政府工作报告\n\n一、过去五年工作回顾\n\n过去五年，国资国企改革扎实推进。"
             "国有企业效益明显好转，去年利润增长23.5%。")


def test_a_clause_opening_with_last_year_under_a_span_a_paragraph_holds_is_of_that_year():
    r = fact(SPAN_HELD, "23.5%")
    assert (r["measure"], r["period"], r["comparator"]) == ("yoy_pct", "2017年", "")
    assert "multi_year" not in r["flags"]


# -- the period a review held is no time of a plan section after it, past a sentence a 到YEAR frame dates ----------

# the review and the five-year plan of 2016, each section opened by a sentence of its own (the review's opens with
# 过去一年, the plan's first figures are framed by 到2020年)
HELD_PAST_HEADING = ("2016年政府工作报告\n\n一、2015年工作回顾\n\n过去一年，我国发展面临多重困难和严峻挑战。"
                     "国内生产总值达到67.7万亿元，增长6.9%，在世界主要经济体中位居前列。\n\n"
                     "二、“十三五”时期主要目标任务和重大举措\n\n"
                     "实现全面建成小康社会目标，到2020年国内生产总值和城乡居民人均收入比2010年翻一番，"
                     "“十三五”时期经济年均增长保持在6.5%以上。届时，我国经济总量超过90万亿元，发展的质量和效益明显提高。")


def test_a_period_held_in_a_review_does_not_pass_into_the_plan_after_it():
    r = fact(HELD_PAST_HEADING, "90万亿元")
    assert (r["status"], r["period"]) == ("target", "2020年")
    assert fact(HELD_PAST_HEADING, "67.7万亿元")["period"] == "2015年"
