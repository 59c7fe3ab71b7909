"""A fifth pass of readings of figures in the State Council work reports of 1993–2007, on verbatim sentences.

Each sentence is copied from the report of ``/work/shared/corpus/national_work_reports`` named in the test; each
test states the name of one figure of it.
"""

from __future__ import annotations

# -- a count after a verb that does away with what it counts (关停, 扫除) or supports it (扶持) is of those, not the stock


def test_a_capacity_shut_down_is_named_by_its_verb(work_reports):
    # 2007: 5000万千瓦 of small thermal units to be shut, not all the small units there are
    f = work_reports.fact_at(2007, "“十一五”期间，关停5000万千瓦小火电机组，今年要关停1000万千瓦；", "5000万千瓦")
    assert (f["indicator"], f["measure"], f["unit"]) == ("关停小火电机组", "level", "千瓦")


def test_the_illiterates_to_be_taught_are_named_by_the_verb(work_reports):
    # 1998: 350万 illiterates to be taught to read this year, not the illiterates there are
    f = work_reports.fact_at(1998, "今年，基本普及九年义务教育的地区要增加到全国人口的7 2 ％，再扫除3 5 0 万青壮年文盲。",
                             "3 5 0 万")
    assert (f["indicator"], f["measure"], f["status"]) == ("扫除青壮年文盲", "level", "target")


def test_the_counties_to_be_supported_are_named_by_the_verb(work_reports):
    # 1994: 500 grain counties the state is to support, as 帮扶 and 资助 name what they count, not all grain counties
    s = "国家准备重点扶持５００个商品粮大县、１５０个优质棉大县，建设一批各具特色的高产优质高效农业示范区；"
    assert work_reports.fact_at(1994, s, "５００个")["indicator"] == "扶持商品粮大县"
    assert work_reports.fact_at(1994, s, "１５０个")["indicator"] == "扶持优质棉大县"


# -- counts listed before one predicate (25个省…、2133个县…初步建立了…) all take it, not the last alone ---------------


def test_the_first_count_of_a_list_takes_the_predicate_the_list_shares(work_reports):
    # 2007: the provinces that set up rural minimum living allowances, as the counties after them
    s = ("已有25个省（自治区、直辖市）、2133个县（市、区）初步建立了农村最低生活保障制度，"
         "1509万农民享受了农村最低生活保障。")
    first, last = work_reports.fact_at(2007, s, "25个"), work_reports.fact_at(2007, s, "2133个")
    assert first["indicator"] == "初步建立了农村最低生活保障制度的省（自治区、直辖市）"
    assert last["indicator"] == "初步建立了农村最低生活保障制度的县（市、区）"


def test_counts_joined_by_he_share_the_predicate_too(work_reports):
    # 2008: the pupils who benefit, as the boarders in need after them
    s = "使1.5亿学生和780万名家庭经济困难寄宿生受益。"
    assert work_reports.fact_at(2008, s, "1.5亿")["indicator"] == "受益的学生"


# -- a list of levels before one 级 (省、市（地）级) modifies the noun after it: no list of the things counted ---------


def test_levels_listed_before_one_ji_modify_the_noun_counted(work_reports):
    # 2005: 250 centres of the provincial and prefectural level, not 250 provinces and cities
    f = work_reports.fact_at(2005, "1410个县级和250个省、市（地）级疾病预防控制中心基本建成，290所紧急救援中心陆续开工。",
                             "250个")
    assert (f["indicator"], f["unit"]) == ("省、市（地）级疾病预防控制中心", "个")
