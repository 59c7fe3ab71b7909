"""Three readings of national work reports (2016, 2019, 2024) and the district sentences of the same shape.

- A percent printed once after 国内生产总值和城乡居民人均收入 (amounts never summed) is each one's: two facts, and the
  城乡 of the second item stays whole (the list is the words around it, not 城镇 and 农村).
- The whole of a share reached after 超过, 不到 or 不足 is its comparator: 超过全球一半 → 全球. After 超过 only a
  whole (全国, 全市, 全区 …) is read: 超过原定计划…的百分之十五点三 exceeds the plan, it is no share of it.
- 大规模 before a verb is how a thing is done, no part of its name (大规模扩招100万人 → 扩招的人); 大规模的 before a noun is
  left as it was.
"""

from __future__ import annotations

from _sentences import fact, facts

S2016 = ("实现全面建成小康社会目标，到2020年国内生产总值和城乡居民人均收入比2010年翻一番，"
         "“十三五”时期经济年均增长保持在6.5%以上。")


def test_doubling_of_output_and_income_is_each_ones() -> None:
    # national work report 2016
    f = facts(S2016)
    f = f[f["raw_unit"] == "番"]
    assert f["indicator"].tolist() == ["国内生产总值", "城乡居民人均收入"]
    assert f["value"].tolist() == [100.0, 100.0]


def test_growth_of_output_and_income_is_each_ones_regression() -> None:
    # written sentence (a regression fixture), in the words district reports print
    f = facts("地区生产总值和城乡居民人均可支配收入均增长6%。")
    assert f["indicator"].tolist() == ["地区生产总值", "城乡居民人均可支配收入"]


def test_urban_and_rural_list_still_splits() -> None:
    # written sentence (a regression fixture): 城乡 alone in the subject is the list
    f = facts("城乡居民人均可支配收入分别增长5%和6%。")
    assert f["indicator"].tolist() == ["城镇居民人均可支配收入", "农村居民人均可支配收入"]


def test_share_over_half_of_the_world_names_the_whole() -> None:
    # national work report 2024
    f = fact("可再生能源发电装机规模历史性超过火电，全年新增装机超过全球一半。", "一半")
    assert (f["measure"], f["value"], f["qualifier"], f["comparator"]) == ("rate_pct", 50.0, "over", "全球")


def test_share_over_half_of_the_city_names_the_whole_regression() -> None:
    # written sentence (a regression fixture), in the words district reports print
    f = fact("高新技术企业数量超过全市的一半。", "一半")
    assert (f["comparator"], f["qualifier"]) == ("全市", "over")


def test_share_under_the_level_before_names_it() -> None:
    # xuhui 2022 q1-q3
    text = "住宿业、餐饮业营业额同比分别下降21.3%和18.7%，文体娱乐消费仍不足疫情前的七成，居民消费意愿有待进一步提振。"
    assert fact(text, "七成")["comparator"] == "疫情前"


def test_excess_over_a_plan_is_no_share_of_it() -> None:
    # national work report 1959: 超过 the plan by so much, its comparator left unread
    text = ("第一个五年计划期间，国家对经济和文化部门的基本建设投资总额共为四百九十三亿元，"
            "超过原定计划四百二十七亿四千万元的百分之十五点三。")
    assert fact(text, "百分之十五点三")["comparator"] == ""


def test_scale_adverb_is_no_part_of_the_name() -> None:
    # national work report 2019
    text = ("改革完善高职院校考试招生办法，鼓励更多应届高中毕业生和退役军人、下岗职工、农民工等报考，"
            "今年大规模扩招100万人。")
    assert fact(text, "100万人")["indicator"] == "扩招的人"  # (the persons the expansion adds)


def test_scale_adverb_before_a_verb_regression() -> None:
    # written sentence (a regression fixture): the verb after it is dropped as after 大力
    assert fact("全年大规模开展职业技能培训3万人次。", "3万人次")["indicator"] == "职业技能培训"


def test_large_scale_attribute_is_left() -> None:
    # national work report 1959: 大规模的 before the noun is not read as an adverb
    text = ("全国一亿二千万户农民在农业生产合作化的基础上，进一步组成了二万六千多个大规模的、工农商学兵相结合的、"
            "政社合一的人民公社。")
    assert fact(text, "二万六千")["indicator"] != "农民"
