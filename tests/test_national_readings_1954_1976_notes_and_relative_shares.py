"""The work reports of 1954–1976: a bracket of what the whole includes, commas and all, inside the clause that names
a share before its figures (在工业总产值（包括…，不包括…）中所占的比重，已由…) is no start of the name, which the
clause before names the owner of; a value a move
reaches with 为 (下降为一九五二年的百分之三十九) is of the year printed before it, as with 到; a clause with 完成 that
describes the units a share counts (完成四種計劃的企業只佔企業總數的百分之三十) makes no completion; a yearly output printed
as an attribute of the plant after it, its product between the figure and 的 (年产一百五十万吨钢的钢铁联合企业), is the plant's
output of that product, and a capacity printed so (设备总容量为一百万千瓦的水电站) is the plant's capacity; the units a
share counts that join something (農戶和土地加入農業生産合作社) are named by it. Sentences copied verbatim from the
work-report corpus (year in the comment)."""

from __future__ import annotations

import pytest
from _sentences import fact

# 1955
SHARES_1955 = ("在这个时期，公私工业都有发展，但国营工业的发展速度远远超过了私营工业，私营工业中的一部分已经转变为公私合营，"
               "因而国营、合作社营和公私合营的工业的产值，在工业总产值（包括现代工业和工场手工业的产值，不包括合作化手工业和"
               "个体手工业的产值）中所占的比重，已由一九四九年的百分之三十六点七上升到一九五二年的百分之六十一，而私营工业的"
               "产值所占的比重，则由一九四九年的百分之六十三点三下降为一九五二年的百分之三十九。")

# 1954
PLANS_1954 = ("例如，重工業部一九五三年總的産值計劃是超額完成了，但是它所屬的生産企業却有百分之二十五沒有完成計劃；並且，"
              "如果從生産總值、成本、利潤、勞動生産率四種指標來檢查，全面完成四種計劃的企業只佔企業總數的百分之三十。")


def test_a_bracket_of_what_the_whole_includes_is_no_start_of_the_share_named_before():
    for printed, period in (("百分之三十六点七", "一九四九年"), ("百分之六十一", "一九五二年")):
        f = fact(SHARES_1955, printed)
        assert (f["indicator"], f["measure"], f["period"]) == (
            "国营、合作社营和公私合营的工业的产值在工业总产值中所占的比重", "rate_pct", period)  # (its owner, the
        # clause before the one opening with 在)


def test_a_value_a_share_falls_to_with_wei_is_of_the_year_printed_before_it():
    f = fact(SHARES_1955, "百分之三十九")
    assert (f["indicator"], f["value"], f["period"]) == ("私营工业的产值所占的比重", 39.0, "一九五二年")
    assert fact(SHARES_1955, "百分之六十三点三")["period"] == "一九四九年"


def test_a_clause_with_wancheng_describing_the_units_of_a_share_makes_no_completion():
    f = fact(PLANS_1954, "百分之三十")
    assert (f["measure"], f["comparator"]) == ("rate_pct", "企業總數")
    assert "只佔" not in f["indicator"]


def test_a_completion_of_a_plan_the_share_is_of_stays_one():
    # regression fixtures written here, not real sentences: 完成 with no units described keeps its completion
    assert fact("完成投资占年度计划的65%。", "65%")["measure"] == "completion_pct"
    assert fact("固定资产投资完成全年计划的60%。", "60%")["measure"] == "completion_pct"


# 1959
PLANTS_1959 = ("我们已经能够自己设计和建设一些比较大型的和技术比较复杂的工业企业，象年产一百五十万吨钢的钢铁联合企业，"
               "年产二百四十万吨煤的煤矿，设备总容量为一百万千瓦的水电站和六十五万千瓦的火电站，等等。")
# 1955
PLANTS_1955 = ("这一笔资金，如用之于工业建设，就可以建设一个年产一百五十万吨钢铁的冶金企业，或三十个五万千瓦规模的电站，"
               "或五个年产一万五千辆拖拉机的工厂；如用之于铁路建设，则可以新建铁路三千公里以上；如用之于农业建设，"
               "则可以开荒四千万亩到五千万亩。")
# 1958
PLANTS_1958 = ("我们已经开始能够自己设计和建设一些大型的、技术比较复杂的工程，例如，年产一百五十万吨的钢铁联合企业，"
               "年产一百五十万吨的煤矿，年产五万吨合成氨的氮肥厂，设备容量一百万千瓦左右的水电站，四十万千瓦的火电站，"
               "多种类型的机器制造厂和年产十万吨的造纸厂，等等。")


@pytest.mark.parametrize(("text", "printed", "within", "name"), [
    (PLANTS_1959, "一百五十万吨", "", "钢铁联合企业年产钢"),
    (PLANTS_1959, "二百四十万吨", "", "煤矿年产煤"),
    (PLANTS_1955, "一百五十万吨", "", "冶金企业年产钢铁"),
    (PLANTS_1955, "一万五千辆", "", "工厂年产拖拉机"),
    (PLANTS_1958, "五万吨", "", "氮肥厂年产合成氨"),
    # no product before 的: the plant's yearly output all the same (煤矿年产, as 氮肥厂年产合成氨 beside it)
    (PLANTS_1958, "一百五十万吨", "年产一百五十万吨的煤矿", "煤矿年产"),
    (PLANTS_1958, "十万吨", "年产十万吨的造纸厂", "造纸厂年产"),
])
def test_a_yearly_output_printed_as_an_attribute_is_the_plants_output_of_its_product(text, printed, within, name):
    f = fact(text, printed, within)
    assert (f["indicator"], f["measure"]) == (name, "level")


def test_the_count_of_plants_keeps_its_noun():
    assert fact(PLANTS_1955, "五个")["indicator"] == "年产一万五千辆拖拉机的工厂"


@pytest.mark.parametrize(("text", "printed", "name"), [
    (PLANTS_1959, "一百万千瓦", "水电站设备总容量"),
    (PLANTS_1958, "一百万千瓦", "水电站设备容量"),
])
def test_a_capacity_printed_as_an_attribute_is_the_plants_capacity(text, printed, name):
    assert fact(text, printed)["indicator"] == name


def test_the_units_of_a_share_that_join_something_are_named_by_it():
    # 1954
    s = "我們希望，在第一個五年計劃期末，全國可以有半數以上的農戶和土地加入農業生産合作社。"
    f = fact(s, "半數")
    assert (f["indicator"], f["measure"], f["value"]) == ("加入農業生産合作社的農戶和土地", "rate_pct", 50.0)
