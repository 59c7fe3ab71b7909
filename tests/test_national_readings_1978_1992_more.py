"""More readings of the work reports of 1978–1992: whose figure a head carried from a count names, the status of a
past figure, and more. Sentences copied verbatim from the work-report corpus (year in the comment)."""

from __future__ import annotations

from _sentences import fact_at


def test_a_count_of_places_where_something_happens_owns_no_figure_after_it():
    # 1988
    s = "五年间对外承包工程和劳务合作在１００多个国家和地区展开，完成营业额近４０亿美元。"
    f = fact_at(s, "４０亿美元")
    assert (f["indicator"], f["measure"], f["qualifier"]) == ("营业额", "level", "nearly")


def test_a_year_heading_its_clause_before_its_plan_verb_is_the_period_of_that_item():
    # 1982
    s = "工农业总产值的增长速度，一九八一年计划为百分之三点七，实际达到百分之四点六；一九八二年计划为百分之四，预计可以达到百分之六点四。"
    for printed, period, status in (("百分之三点七", "一九八一年", "target"), ("百分之四点六", "一九八一年", "actual"),
                                    ("百分之四，", "一九八二年", "target"), ("百分之六点四", "一九八二年", "estimate")):
        f = fact_at(s, printed)
        assert (f["indicator"], f["measure"], f["period"], f["status"]) == ("工农业总产值", "yoy_pct", period, status)


def test_a_comparison_verb_leading_the_name_of_what_a_figure_is_compared_with_is_no_part_of_it():
    # 1982: the growth the plan's is higher than is of the same consumption level
    s = ("到一九八五年，城乡居民按人口平均的消费水平，将比一九八○年增长百分之二十二，平均每年递增百分之四点一，"
         "高于一九五三年至一九八○年二十八年平均每年递增百分之二点六的水平。")
    f = fact_at(s, "百分之二点六")
    assert (f["indicator"], f["measure"], f["value"]) == ("城乡居民按人口平均的消费水平", "change_pct", 2.6)


def test_the_level_of_a_past_plan_period_a_plan_is_compared_with_is_an_outcome():
    # 1982
    s = "用于发展教育、科学、文化、卫生事业的经费计划为九百六十七亿元，比第五个五年计划期间的五百七十七亿元增加百分之六十八。"
    assert fact_at(s, "九百六十七亿元")["status"] == "target"
    f = fact_at(s, "五百七十七亿元")
    assert (f["measure"], f["status"], f["reference"]) == ("level", "actual", "prior")
    assert fact_at(s, "百分之六十八")["status"] == "target"


def test_a_span_of_years_printed_with_zhong_is_the_period_of_its_sentence():
    # 1983, 1988
    s = "五年中，农村新建住宅二十二亿平方米，有几千万农户搬进了新居。"
    f = fact_at(s, "二十二亿平方米")
    assert (f["indicator"], f["measure"], f["period"]) == ("农村新建住宅", "level", "五年中")
    s = "过去五年中，全国共取得重大科技成果５万多项，其中一部分达到了世界先进水平。"
    assert fact_at(s, "５万多项")["period"] == "过去五年中"
    # (2008: 五年中央财政 is five years of the central government's spending, no 五年中)
    s = "五年中央财政用于科技的投入达到3406亿元。"
    assert fact_at(s, "3406亿元")["indicator"] == "中央财政用于科技的投入"
