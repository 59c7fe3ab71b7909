"""The work reports of 1978–1992, a sixth reading: a count of one printed in words (核电站一个) that ends its clause
in a list of counts is a figure like the counts before it, while a lone 一家, 一个 of a phrase (成熟一家，批准一家;
只有一个) is none; the amount of last year a cut is reckoned on (按上年实际数额核减２０％) is its base, no part of its
name, and neither is the 要 before it; the level of a time gone by that a planned level is compared with (比第五个
五年计划期间的百分之十一) was reached, no plan; what 将 moves from one level to another (将由…的一百九十一元增加到…的二百五十五元)
is planned, while the level of earlier years the plan is said to exceed (高于…平均每年递增百分之四点三的水平) was reached, and
is the reference of the comparison.
Sentences copied verbatim from the work-report corpus (year in the comment)."""

from __future__ import annotations

from _sentences import fact_at, facts


def test_a_count_of_one_ending_a_list_of_counts_is_a_figure():
    # 1982
    s = ("五年内新建和续建装机容量四十万千瓦以上的水电站十五个，二十万千瓦以上的火电站四十五个，三十万千瓦的核电站一个，"
         "加上小型电站的建设，全国电站建设总规模为三千六百六十万千瓦。")
    f = fact_at(s, "一个")
    assert (f["indicator"], f["measure"], f["value"], f["unit"], f["status"]) == ("核电站", "level", 1.0, "个", "target")


def test_a_lone_one_of_a_phrase_is_no_count():
    # 2015
    s = "推动具备条件的民间资本依法发起设立中小型银行等金融机构，成熟一家，批准一家，不设限额。"
    assert facts(s).empty
    # 1955
    s = "列宁一再地指示说：“建立社会主义社会的真正的和唯一的基础，只有一个，这就是大工业。"
    assert facts(s).empty


def test_the_amount_of_last_year_a_cut_is_reckoned_on_is_its_base():
    # 1985
    s = "今年的行政经费预算，从中央到地方，一律削减１０％，集团购买力要按上年实际数额核减２０％。"
    f = fact_at(s, "２０％")
    assert (f["indicator"], f["measure"], f["value"], f["comparator"], f["status"]) == (
        "集团购买力", "change_pct", -20.0, "上年实际数额", "target")


def test_the_level_of_a_time_gone_by_a_plan_is_compared_with_was_reached():
    # 1982
    s = ("第六个五年计划安排教育、科学、文化、卫生、体育事业的经费占国家财政支出总额的百分之十五点九，其中一九八五年将达到"
         "百分之十六点八，比第五个五年计划期间的百分之十一有了较大的提高。")
    assert [fact_at(s, p)["status"] for p in ("百分之十五点九", "百分之十六点八", "百分之十一")] == ["target", "target", "actual"]


def test_a_move_from_one_level_to_another_after_jiang_is_planned_above_a_level_reached():
    # 1982
    s = ("全国平均每个农民的纯收入将由一九八○年的一百九十一元增加到一九八五年的二百五十五元，平均每年递增百分之六，"
         "这个速度高于一九五五年至一九八○年二十六年中平均每年递增百分之四点三的水平。")
    got = [(fact_at(s, p)["status"], fact_at(s, p)["reference"]) for p in ("一百九十一元", "二百五十五元", "百分之六", "百分之四点三")]
    assert got == [("actual", "prior"), ("target", ""), ("target", ""), ("actual", "prior")]
    # 1982: the parts of the next sentence are no parts of the level reached
    s = ("到一九八五年，城乡居民按人口平均的消费水平，将比一九八○年增长百分之二十二，平均每年递增百分之四点一，"
         "高于一九五三年至一九八○年二十八年平均每年递增百分之二点六的水平。")
    f = fact_at(s, "百分之二点六")
    assert (f["status"], f["reference"]) == ("actual", "prior")
    assert fact_at(s, "百分之四点一")["status"] == "target"
