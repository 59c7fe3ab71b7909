"""The work reports read whole: a five-year plan named as the maker of what it arranges (“六五”计划安排的…项目) or as
the time after 在 inside a clause (计划在“六五”期间进行的…) gives its figures the plan's years, not those of the
plan part the sentence stands in; a year held from the sentence before ends where that sentence moves on to a
later time after its last figure (…，到一九八二年底已经基本还清). Sentences copied verbatim from the work-report
corpus (file in the comment)."""

from __future__ import annotations

import pytest
from _sentences import fact

# national_work_reports/1983.txt
ARRANGED = ("今后五年，必须大力加强能源、交通等方面的重点建设，积极推进现有企业的技术改造。"
            "“六五”计划安排的续建和新建的大中型项目共八百九十个，其中已开工建设的投资在五亿元以上的重大建设项目有九十三个。")
# national_work_reports/1983.txt
AFTER_ZAI = ("计划在“六五”期间进行的三十八个重点攻关项目和四十项重大科技成果的推广应用，要继续逐项落实。")
# national_work_reports/1983.txt
MOVED_ON = ("一九七九年以来，国家统一安排的引进技术和进口设备四百四十项，对促进生产起了积极的作用。"
            "一九七八年决定引进二十二项成套设备已到货部分所负的高利外债，到一九八二年底已经基本还清。"
            "在广东、福建两省的深圳、珠海、汕头、厦门四个地区试办的经济特区，开始取得积极的成果。")


@pytest.mark.parametrize(("text", "printed"), [
    (ARRANGED, "八百九十个"),
    (AFTER_ZAI, "三十八个"),
    (AFTER_ZAI, "四十项"),
])
def test_a_plan_named_gives_its_years(text, printed):
    assert fact(text, printed)["period"] == "1981-1985年"


def test_a_year_held_ends_where_its_sentence_moves_to_a_later_time():
    assert fact(MOVED_ON, "二十二项")["period"] == "一九七八年"
    assert fact(MOVED_ON, "四个")["period"] != "一九七八年"
