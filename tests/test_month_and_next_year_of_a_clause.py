"""A month of a year named by a word (今年八月, 去年8月) opening a sentence, or after 在 before what is already
reached (在今年八月已经发展到…), is the time of the figure, not the period its paragraph held (过去一年内); a clause
opening with 预计明年 is of the year after the report's."""

from __future__ import annotations

from _sentences import fact_at

HALF = "东城区2020年上半年工作总结和下半年工作安排\n一、上半年工作\n"


def test_a_month_of_this_year_after_zai_is_the_time_reached(work_reports):
    # 1954.txt
    s = "農業生産合作社在今年八月已經發展到十萬個，預計明年春耕時將達五十萬個以上，參加的農戶將達一千萬戶以上。"
    got = work_reports.fact_at(1954, s, "十萬個")
    assert (got["status"], got["period"]) == ("actual", "1954年8月")


def test_a_clause_opening_with_next_year_estimated_is_of_the_next_year(work_reports):
    # 1954.txt (delivered in 1954: its 明年 is 1955)
    s = "農業生産合作社在今年八月已經發展到十萬個，預計明年春耕時將達五十萬個以上，參加的農戶將達一千萬戶以上。"
    for printed in ("五十萬個", "一千萬戶"):
        got = work_reports.fact_at(1954, s, printed)
        assert (got["status"], got["period"]) == ("estimate", "1955年")


def test_a_sentence_opening_with_next_year_estimated_is_of_the_next_year():
    # (written: 预计明年 opening its sentence, as after a comma)
    for lead in ("", "全区企业达到100家。", "全区企业达到100家；"):
        got = fact_at(HALF + lead + "预计明年全区地区生产总值增长5%。", "5%")
        assert (got["status"], got["period"]) == ("estimate", "2021年")


def test_a_paragraph_held_span_gives_way_to_the_month_a_sentence_names():
    # (written in the district reports' style, after the 1954 paragraph: 过去一年内…。…在今年八月已经…)
    text = HALF + "一年来，全区新增企业3000家。全区企业在今年8月已经达到100家，预计明年将达到500家。"
    assert fact_at(text, "100家")["period"] == "2020年8月"
    got = fact_at(text, "500家")
    assert (got["status"], got["period"]) == ("estimate", "2021年")


def test_a_sentence_opening_with_a_month_of_last_year_is_of_that_month():
    # (written in the district reports' style: 去年八月，… opens sentences of the 1979 and 1959 reports)
    assert fact_at(HALF + "去年8月，全区企业达到100家。", "100家")["period"] == "2019年8月"
    assert fact_at(HALF + "今年5月，全区企业达到100家。", "100家")["period"] == "2020年5月"



PLAN = HALF + "全区企业达到100家。\n二、下半年工作安排\n"


def test_the_end_of_next_year_is_of_the_year_after_the_report():
    # (written in the district reports' style; 2009.txt plans 到明年底，基本实现全国乡镇…通沥青（水泥）路)
    assert fact_at(PLAN + "到明年底，全区企业达到500家。", "500家")["period"] == "2021年底"
    assert fact_at(PLAN + "预计到明年年底，全区企业将达到600家。", "600家")["period"] == "2021年底"
    got = fact_at(HALF + "全区企业预计明年年底将达500家。", "500家")
    assert (got["status"], got["period"]) == ("estimate", "2021年底")



def test_a_time_by_the_end_of_next_year_is_of_the_year_after_the_report():
    # (written: 明年底前 as 明年底, its 前 kept as a bare 年底前 keeps it)
    assert fact_at(PLAN + "明年底前完成棚户区改造3000户。", "3000户")["period"] == "2021年底前"
    assert fact_at(PLAN + "力争明年年底前建成停车位500个。", "500个")["period"] == "2021年底前"
    assert fact_at(PLAN + "年底前完成老旧小区改造10个。", "10个")["period"] == "2020年底前"
    assert fact_at(PLAN + "到明年底，新建养老驿站10家。", "10家")["period"] == "2021年底"

REVIEW24 = "关于2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n一、2023年计划执行情况\n全区实现地区生产总值100亿元。"


def test_a_sentence_opening_with_the_end_of_next_year_in_a_review_is_of_that_year():
    # (written: a review part looking ahead; the reviewed year's end is read for a bare 年末 only)
    text = REVIEW24 + "到明年底，全区将建成保障性住房5000套，新增停车位300个。"
    for printed in ("5000套", "300个"):
        got = fact_at(text, printed)
        assert (got["section"], got["status"], got["period"]) == ("一、2023年计划执行情况", "target", "2025年底")
    assert fact_at(REVIEW24 + "年末全区户籍人口29.5万人。", "29.5万人")["period"] == "2023年末"
    assert fact_at(REVIEW24 + "力争明年底，全区建成保障性住房5000套。", "5000套")["period"] == "2025年底"


def test_the_end_of_last_year_printed_with_its_year_twice():
    # (written: 去年年底 as 1997.txt and 1987.txt print it)
    assert fact_at(HALF + "去年年底全区企业有500家。", "500家")["period"] == "2019年底"


def test_a_year_end_aimed_at_before_the_subject_is_no_part_of_its_name():
    # (written in the district reports' style: 力争到年底… opens a plan's sentences; the period keeps the year's end)
    for s in ("力争到年底全区企业达到500家。", "力争到今年底全区企业达到500家。"):
        got = fact_at(PLAN + s, "500家")
        assert (got["indicator"], got["status"], got["period"]) == ("企业", "target", "2020年底")
