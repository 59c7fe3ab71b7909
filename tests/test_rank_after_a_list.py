"""A rank printed once after a list of names, and the quantity word the items of such a list share.

Each sentence of a work report is copied verbatim from the work-report corpus (the year of the report in the comment).
"""

from __future__ import annotations

from _sentences import facts

# national work report 2013
HYDRO_WIND_2013 = ("西气东输、西电东送、南水北调等重大工程顺利推进或建成；非化石能源快速发展，水电、风电装机位居世界第一；"
                   "重建后的汶川、玉树、舟曲等灾区发生了翻天覆地的变化。")


def _ranks(text: str) -> list[tuple[str, str, str]]:
    f = facts(text)
    f = f[f["measure"] == "rank"]
    return list(zip(f["indicator"], f["raw_value"], f["comparator"], strict=True))


def test_a_rank_of_one_place_after_a_list_is_each_item_s():
    # 2013: the hydropower and the wind power capacity each rank first, with no 均 said; the capacity (装机) the last
    # item prints is the first one's too
    assert _ranks(HYDRO_WIND_2013) == [("水电装机", "第一", "世界"), ("风电装机", "第一", "世界")]


def test_the_ranks_of_each_item_reached_under_a_span_are_of_its_last_year(work_reports):
    # 2013, under 过去五年: both ranks are reached by the end of the span (a rank of the list was so before)
    report, f = work_reports[2013]
    at = report.text.index("水电、风电装机位居世界第一") + len("水电、风电装机位居世界")
    here = f[(f["start"] <= at) & (f["end"] > at)]
    assert list(zip(here["indicator"], here["period"], strict=True)) == [("水电装机", "2012年"), ("风电装机", "2012年")]


def test_a_rank_after_a_sum_of_a_list_stays_the_sum_s():
    # 2003: the users of both kinds, counted together, rank first as one total
    s = "固定电话和移动电话用户由8354万户增加到4.21亿户，居世界首位。"
    assert _ranks(s) == [("固定电话和移动电话用户", "首位", "世界")]


def test_places_a_list_shares_stay_the_list_s():
    # the top three places, held by the items together
    assert len(_ranks("全区规模以上工业增加值、社会消费品零售总额位居全市前三。")) == 1


def test_the_capacity_the_last_item_of_a_list_prints_is_every_item_s():
    f = facts("风电、光伏发电装机容量分别达到120万千瓦、80万千瓦。")
    assert f["indicator"].tolist() == ["风电装机容量", "光伏发电装机容量"]
