"""Readings left open by earlier passes over the texts (a seventh pass).

No text at hand prints a count of units before a title in quotes (3家企业获评“专精特新”企业): those sentences are
written in the form of the district reports of tests/gold/real, which print their counts of firms and projects so.
Verbatim: the graduate students of the 1983 national work report, more than the base after 比 by a percentage; no
text at hand prints 比上年多 before a percentage, those sentences are written in the form of that one. Verbatim: the
share of light industry of the 1980 national work report, whose move is restated after 即 in points. Verbatim: the
cut of approval items of the 2017 report and the energy saved of the 1982 report, a subject before the cut verb.
Verbatim: the burden relieved by the reckoning of the 2009 report; no other text at hand opens a sentence with 经测算,
that one is written in the form of the 2009 one.
"""

from __future__ import annotations

import pytest
from _sentences import fact

# -- a count of units before a title in quotes is named by the title it earns -----------------------------------


@pytest.mark.parametrize(("text", "printed", "name"), [
    ("上半年，3家企业获评“专精特新”企业。", "3家", "获评“专精特新”企业的企业"),
    ("全年3家企业入选国家级专精特新“小巨人”企业。", "3家", "入选国家级专精特新“小巨人”企业的企业"),
    ("12家企业获评省级专精特新企业。", "12家", "获评省级专精特新企业的企业"),
    ("5个社区获评“全国示范社区”。", "5个", "获评“全国示范社区”的社区"),
])
def test_a_count_before_a_quoted_title_of_units_is_named_by_it(text: str, printed: str, name: str) -> None:
    assert fact(text, printed)["indicator"] == name


def test_a_count_before_a_quoted_slogan_is_named_by_it() -> None:
    assert fact("149项事项实现“全区通办”。", "149")["indicator"] == "实现“全区通办”的事项"


# -- so much more (less) than a base after 比 is a change against it ---------------------------------------------

GRADUATES_1983 = "五年招收研究生四万三千多人，比“ 文化大革命”前十七年的总和还多百分之八十三。"


def test_more_than_a_named_base_by_a_percentage_is_a_change_against_it() -> None:
    got = fact(GRADUATES_1983, "百分之八十三")
    assert (got["indicator"], got["measure"], got["value"], got["qualifier"], got["comparator"]) == (
        "招收研究生", "change_pct", 83.0, "exact", "“ 文化大革命”前十七年的总和")


@pytest.mark.parametrize(("text", "printed", "value"), [
    ("粮食产量比上年多百分之五。", "百分之五", 5.0),
    ("全年粮食产量比上年少5%。", "5%", -5.0),
])
def test_more_than_last_year_by_a_percentage_is_a_growth(text: str, printed: str, value: float) -> None:
    got = fact(text, printed)
    assert (got["indicator"], got["measure"], got["value"], got["qualifier"], got["comparator"]) == (
        "粮食产量", "yoy_pct", value, "exact", "上年")


# -- the move of a share restated after 即 is in points ------------------------------------------------------------

LIGHT_INDUSTRY_1980 = ("明年计划轻工业产值占工业总产值的比重，由今年预计的44％提高到45％，即提高1％，"
                       "可以少用标准煤600万吨。")


def test_the_move_of_a_share_restated_after_ji_is_in_points() -> None:
    got = fact(LIGHT_INDUSTRY_1980, "1％")
    assert (got["indicator"], got["measure"], got["value"], got["unit"], got["status"]) == (
        "轻工业产值占工业总产值的比重", "pp_diff", 1.0, "pp", "target")


# -- a cut verb after the subject of its clause is a cut of what follows it -----------------------------------------

APPROVALS_2017 = ("在提前完成本届政府减少行政审批事项三分之一目标的基础上，去年又取消165项国务院部门及其指定地方实施的"
                  "审批事项，清理规范192项审批中介服务事项、220项\n\u200b\n职业资格许可认定事项。")
CEMENT_1982 = "水泥生产的窑外分解法可以节约能源三分之一以上，这也应该作为发展水泥工业的一项重要技术政策。"


def test_a_cut_after_its_subject_is_a_change_of_what_is_cut() -> None:
    got = fact(APPROVALS_2017, "三分之一")
    assert (got["indicator"], got["measure"], round(got["value"], 1), got["status"]) == (
        "行政审批事项", "change_pct", -33.3, "actual")
    got = fact(CEMENT_1982, "三分之一")
    assert (got["indicator"], got["measure"], round(got["value"], 1), got["qualifier"]) == (
        "能源", "change_pct", -33.3, "at_least")


# -- a reckoning opening a sentence makes an estimate of what it reckons ------------------------------------------

BURDEN_2009 = ("初步测算，今年全面实施增值税转型，落实已出台的中小企业、房地产和证券交易相关税收优惠以及出口退税等方面政策，"
               "加上取消和停征100项行政事业性收费，可减轻企业和居民负担约5000亿元。")


def test_a_reckoning_is_an_estimate_of_its_sentence_but_the_part_it_adds() -> None:
    got = fact(BURDEN_2009, "5000")
    assert (got["indicator"], got["measure"], got["qualifier"], got["status"]) == (
        "企业和居民负担", "abs_change", "about", "estimate")
    assert fact(BURDEN_2009, "100")["status"] != "estimate"  # (a plan in its report, read with its years)


def test_jing_cesuan_opens_a_reckoning() -> None:
    assert fact("经测算，全年减税降费可为企业减轻负担3.2亿元。", "3.2")["status"] == "estimate"
