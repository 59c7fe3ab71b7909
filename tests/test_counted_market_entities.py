"""A count of market entities before the noun it counts, and a figure of what the country has now.

市场主体 (经营主体, its later name) is counted in 户, as the reports print it (市场主体总量超过1.6亿户): a bare size
before it (上亿市场主体, 1.5亿市场主体) is a figure of 户, as 上千万家庭 is one of households, and the name stops at the
noun, not at what the entities are said to do (承载着数亿人就业创业). 我国有 before a figure states what the country
has now: the figure is no target, even in the section of the year's tasks.

The sentences are verbatim from the national work reports, except the one marked as a regression fixture.
"""

from __future__ import annotations

from _sentences import fact_printed


def test_a_vague_count_before_market_entities_is_a_count_of_households():
    r = fact_printed("各地区各部门顾全大局、尽责担当，上亿市场主体在应对冲击中展现出坚强韧性，广大人民群众勤劳付出、共克时艰，"
                "诠释了百折不挠的民族精神，彰显了人民是真正的英雄，这是我们战胜一切困难挑战的力量源泉。", "亿")
    assert (r["indicator"], r["measure"], r["value"], r["unit"], r["qualifier"]) == (
        "市场主体", "level", 100_000_000.0, "户", "over")


def test_the_name_of_counted_entities_stops_before_what_they_do():
    text = "上亿市场主体承载着数亿人就业创业，宏观政策延续疫情发生以来行之有效的支持路径和做法。"
    r = fact_printed(text, "上亿")
    assert (r["indicator"], r["unit"]) == ("市场主体", "户")
    other = fact_printed(text, "数亿")
    assert (other["indicator"], other["unit"]) == ("就业创业的人", "人")


def test_what_the_country_has_now_is_no_target():
    text = "（二）激发市场主体活力，着力优化营商环境。\n我国有上亿市场主体，而且还在不断增加。"
    r = fact_printed(text, "亿")
    assert (r["indicator"], r["unit"], r["status"]) == ("市场主体", "户", "actual")


def test_a_yearly_need_stated_of_the_country_now_is_no_target():
    row = fact_printed("我国有十亿多人口，每年城镇有几百万人需要就业，而在一个相当长的时期内，"
                       "生产技术和劳动生产率还处于比较低的水平。", "几百")  # (the one fact printed 几百)
    assert row["status"] == "actual"


def test_digits_before_market_entities_keep_their_unit():
    """Regression fixture (written in the shape of a report): a number in digits before the noun."""
    r = fact_printed("全区共有1.2万市场主体。", "1.2")
    assert (r["indicator"], r["value"], r["unit"]) == ("市场主体", 12_000.0, "户")
