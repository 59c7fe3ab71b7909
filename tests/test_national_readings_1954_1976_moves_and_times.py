"""The work reports of 1954–1976: the level a move starts from (由一九四九年的百分之三十七增加到…) is reached, not
estimated, when the estimate word stands before the move (预计将由…), and so is one whose end prints its year
before its verb (由一九五二年的…到一九五七年上升为…, the end of that year); a time 在 sets between an owner and its having
(在今年上半年已有基层社…) is the figure's period, no part of its name, the having dropped with it.
Sentences copied verbatim from the work-report corpus (year in the comment)."""

from __future__ import annotations

from _sentences import fact_at


def test_the_start_of_an_estimated_move_is_an_outcome():
    # 1954
    s = ("由於國營工業和合作社營工業一年一年壯大，由於資本主義工業開始成批地轉爲公私合營工業，"
         "這一比重在一九五四年預計將由一九四九年的百分之三十七增加到百分之七十一左右。")
    f = fact_at(s, "百分之三十七")
    assert (f["measure"], f["value"], f["status"], f["period"]) == ("rate_pct", 37.0, "actual", "一九四九年")
    f = fact_at(s, "百分之七十一")
    assert (f["value"], f["qualifier"], f["status"], f["period"]) == (71.0, "about", "estimate", "一九五四年")


def test_a_move_whose_end_prints_its_year_before_the_verb_starts_from_an_outcome():
    # 1955
    s = ("因此，生产资料的产值在工业总产值中所占的比重，将由一九五二年的百分之三十九点七到一九五七年上升为百分之四十五点四，"
         "消费资料的产值所占的比重，将由一九五二年的百分之六十点三到一九五七年下降为百分之五十四点六。")
    for start, end in (("百分之三十九点七", "百分之四十五点四"), ("百分之六十点三", "百分之五十四点六")):
        f = fact_at(s, start)
        assert (f["measure"], f["status"], f["period"]) == ("rate_pct", "actual", "一九五二年")
        assert "from_value" in f["flags"]
        f = fact_at(s, end)
        assert (f["measure"], f["status"], f["period"]) == ("rate_pct", "target", "一九五七年")


def test_an_estimate_the_move_starts_from_stays_an_estimate():
    # constructed: the estimate word inside the start (由今年预计的…) is the start's own
    s = "明年计划由今年预计的３％提高到４％。"
    assert fact_at(s, "３％")["status"] == "estimate"


def test_a_time_before_an_owners_having_is_the_period_not_the_name():
    # 1954
    s = "供銷合作社和消費合作社在今年上半年已有基層社三萬一千餘個，社員一億六千五百五十二萬餘人，成爲國營商業的强大助手。"
    f = fact_at(s, "三萬一千餘個")
    assert (f["indicator"], f["value"], f["qualifier"], f["period"]) == (
        "供銷合作社和消費合作社基層社", 31000.0, "over", "上半年")


def test_a_time_before_the_verb_of_a_modifier_stays_in_the_name():
    # 1955: 在一九五三年修建的 describes the dormitories, a modifier with its own verb
    s = "有些职工宿舍的造价也过高，例如鞍山钢铁公司在一九五三年修建的职工宿舍十五万平方公尺，单位造价高达一百六十三元。"
    assert fact_at(s, "十五万平方公尺")["indicator"] == "鞍山钢铁公司在一九五三年修建的职工宿舍"
