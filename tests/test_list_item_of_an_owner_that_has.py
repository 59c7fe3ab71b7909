"""A bare noun printed as the next item after a count its owner has (…已有基层社三万一千余个，社员一亿六千五百五十二万余人)
is the owner's too (供销合作社和消费合作社社员), as the first item is; the country or the district heading the clause
(全国已有少数民族小学生…，中等学校学生…) is a scope, no owner."""

from __future__ import annotations

from _sentences import fact_at

TITLE_2021 = "2021年政府工作报告\n"  # the title of a district's work report of 2021 (a written sentence follows it)


def test_the_next_item_after_what_an_owner_has_is_the_owners(work_reports):
    # 1954.txt
    s = "供銷合作社和消費合作社在今年上半年已有基層社三萬一千餘個，社員一億六千五百五十二萬餘人，成爲國營商業的强大助手。"
    assert work_reports.fact_at(1954, s, "三萬一千餘個")["indicator"] == "供銷合作社和消費合作社基層社"
    got = work_reports.fact_at(1954, s, "一億六千五百五十二萬餘人")  # (今年上半年 of a report of 1954)
    assert (got["indicator"], got["period"], got["qualifier"]) == ("供銷合作社和消費合作社社員", "1954年上半年", "over")


def test_the_country_heading_the_clause_is_no_owner(work_reports):
    # 1954.txt
    s = "全國已有少數民族小學生二百五十四萬六千餘人，中等學校學生十六萬三千餘人，高等學校學生五千五百餘人。"
    assert work_reports.fact_at(1954, s, "十六萬三千餘人")["indicator"] == "中等學校學生"


def test_the_next_item_of_a_districts_owner():
    # (written in the reports' style)
    got = fact_at(TITLE_2021 + "全区养老服务驿站已有床位2000张，服务人员300人。", "300人")
    assert got["indicator"] == "养老服务驿站服务人员"
