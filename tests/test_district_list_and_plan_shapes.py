"""Shapes of sentences district and city reports print, modelled on real sentences of national reports.

- A verb that reads a quantity out of its name (实现利润, 完成产值) reads it with its 了 too: 工业完成了总产值 → 工业总产值.
- A list opened by a compound work verb (新建改造, 新建改扩建) lends the whole verb to the items after the first; an
  item with a verb of its own, before its noun (，开通公交新线) or after it (、危桥改造), takes none of the list's.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _sentences import facts

REVIEW = "一、2023年工作回顾\n"


def names(sentence: str) -> list[str]:
    return facts(REVIEW + sentence + "\n")["indicator"].tolist()


# regression fixtures written in the style of district reports
@pytest.mark.parametrize(("sentence", "expected"), [
    ("全区工业完成了总产值120亿元，同比增长5%。外贸实现了进出口总额30亿元。",
     ["工业总产值", "工业总产值", "外贸进出口总额"]),
    ("全区规模以上工业企业实现了利润8亿元。", ["规模以上工业企业利润"]),
    ("商贸企业实现了营业收入20亿元、税收3亿元。", ["商贸企业营业收入", "税收"]),
    ("全区服务业实现了增加值200亿元。", ["服务业增加值"]),
])
def test_a_verb_reading_a_quantity_out_of_its_name_reads_it_with_its_le(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


# regression fixtures written in the style of district reports
@pytest.mark.parametrize(("sentence", "expected"), [
    ("新建改造城市主干道12公里、次干道8公里。", ["新建改造城市主干道", "新建改造次干道"]),
    ("全区新建改造供水管网20公里、排水管网15公里。", ["新建改造供水管网", "新建改造排水管网"]),
    ("新建改扩建幼儿园5所、中小学3所。", ["新建改扩建幼儿园", "新建改扩建中小学"]),
])
def test_a_compound_work_verb_is_lent_whole_to_the_next_items(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


# regression fixtures written in the style of district reports
@pytest.mark.parametrize(("sentence", "expected"), [
    ("新建农村公路120公里、危桥改造15座。", ["新建农村公路", "危桥改造"]),
    ("新建农村公路120公里，危桥改造15座。", ["新建农村公路", "危桥改造"]),
    ("新建道路3条，开通公交新线5条。", ["新建道路", "开通公交新线"]),
    ("新建道路3条、开通公交新线5条。", ["新建道路", "开通公交新线"]),
    ("全区新建充电桩300个，投用换电站5座。", ["新建充电桩", "投用换电站"]),
    ("新建停车场5个，增设停车位300个。", ["新建停车场", "增设停车位"]),
    ("新建学校3所，幼儿园5所。", ["新建学校", "新建幼儿园"]),  # (a bare noun after the comma takes the verb)
])
def test_an_item_with_a_verb_of_its_own_takes_none_of_the_lists(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


def test_items_naming_their_own_work_after_their_noun_in_a_real_list() -> None:
    # national work report 2014 (/work/shared/corpus/national_work_reports/2014.txt)
    f = facts("二、2014年工作总体部署\n今年要淘汰燃煤小锅炉5万台，推进燃煤电厂脱硫改造1500万千瓦、脱硝改造1.3亿千瓦、"
              "除尘改造1.8亿千瓦，淘汰黄标车和老旧车600万辆，推广新能源汽车，在全国供应国四标准车用柴油。\n")
    assert f["indicator"].tolist()[1:4] == ["燃煤电厂脱硫改造", "脱硝改造", "除尘改造"]


PLAN = "二、2024年工作安排\n"


# regression fixtures written in the style of district reports, modelled on 1955's 接着又将在五年时间内使工业生产提高一倍
@pytest.mark.parametrize(("sentence", "name", "period"), [
    ("在两年时间内新增绿地50公顷。", "新增绿地", "2024-2025年"),
    ("两年时间内新增绿地50公顷。", "新增绿地", "2024-2025年"),
    ("力争用三年时间完成改造老旧小区30个。", "改造老旧小区", "2024-2026年"),
    ("力争在三年时间内改造老旧小区30个。", "改造老旧小区", "2024-2026年"),
    ("全区要用两年时间新建公园5个。", "新建公园", "2024-2025年"),
    ("力争用两年的时间新建公园5个。", "新建公园", "2024-2025年"),
    ("用两年多时间建成口袋公园20个。", "建成口袋公园", "两年多时间"),  # (no simple span: as printed)
])
def test_the_time_a_plan_gives_itself_is_its_span_and_no_part_of_the_name(sentence: str, name: str,
                                                                          period: str) -> None:
    f = facts(PLAN + sentence + "\n")
    assert (f["indicator"].iloc[0], f["status"].iloc[0], f["period"].iloc[0]) == (name, "target", period)


def test_a_plans_own_time_in_a_review_is_no_part_of_the_name() -> None:
    # regression fixture written in the style of district reports
    f = facts(REVIEW + "用三年时间完成改造老旧小区30个。\n")
    assert f["indicator"].tolist() == ["改造老旧小区"]


def test_the_five_years_the_first_plan_gives_itself_are_its_years() -> None:
    # national work report 1955 (/work/shared/corpus/national_work_reports/1955.txt), the whole report read:
    # 接着又将在五年时间内使工业生产提高一倍
    f = facts(Path("/work/shared/corpus/national_work_reports/1955.txt").read_text(encoding="utf-8"))
    row = f[f["sentence"].str.contains("接着又将在五年时间内使工业生产提高一倍")].iloc[0]
    assert (row["measure"], row["status"], row["period"]) == ("change_pct", "target", "1953-1957年")


# regression fixtures written in the style of district reports, modelled on 1992's 去年提出的关于搞好国营大中型企业的
# ２０条措施 (the purpose read when no issuing verb stands before it)
@pytest.mark.parametrize(("sentence", "expected"), [
    ("支持中小企业发展的20条措施，已全部落实。", ["支持中小企业发展的措施"]),
    ("全区支持民营经济发展的10条举措，已全部兑现。", ["支持民营经济发展的举措"]),
])
def test_a_package_of_measures_is_named_by_its_purpose_with_no_issuing_verb(sentence: str,
                                                                           expected: list[str]) -> None:
    assert names(sentence) == expected


def test_a_package_of_measures_drawn_up_is_named_by_its_purpose() -> None:
    # national work report 1981 (/work/shared/corpus/national_work_reports/1981.txt)
    assert names("他们千方百计发动群众挖掘潜力，制订了减产不减收的三十条措施，取得了成效。") == ["减产不减收的措施"]


# regression fixtures written in the style of district reports
@pytest.mark.parametrize(("sentence", "expected"), [
    ("用于安排1200人就业的补贴资金300万元。", ["安排就业的人", "用于安排就业的补贴资金"]),
    ("全区用于安排约1200人就业的补贴资金300万元。", ["安排就业的人", "用于安排就业的补贴资金"]),
    ("发放带动500人就业的创业补贴200万元。", ["带动就业的人", "带动就业的创业补贴"]),
])
def test_a_count_inside_the_modifier_of_an_amount_is_no_part_of_its_name(sentence: str,
                                                                        expected: list[str]) -> None:
    assert names(sentence) == expected


def test_the_spending_on_jobs_for_persons_counted_inside_its_modifier() -> None:
    # national work report 1982 (/work/shared/corpus/national_work_reports/1982.txt)
    f = facts("一九八二年\n从一九七九年到一九八一年，国家用于提高农副产品收购价格的支出四百四十二亿元，用于提高职工工资和实行奖金制度"
              "的支出三百亿元，用于安排城镇二千六百万人就业的支出一百零五亿元，用于增加城镇职工住宅的支出一百五十二亿元，加上减免农村税"
              "收、增加进口商品价格补贴等方面的支出，共达一千四百多亿元。\n")
    row = f[f["raw_value"] == "一百零五亿"].iloc[0]
    assert row["indicator"] == "用于安排城镇就业的支出"


# regression fixtures written in the style of district reports, modelled on 27个省、自治区、直辖市工业效益好于上年
@pytest.mark.parametrize(("sentence", "expected"), [
    ("全区有27个街道工业效益好于上年。", ["工业效益好于上年的街道"]),
    ("5个区县地区生产总值增速高于全市。", ["地区生产总值增速高于全市的区县"]),
    ("27个省、自治区、直辖市工业效益好于上年。", ["工业效益好于上年的省、自治区、直辖市"]),
])
def test_places_counted_are_named_by_what_of_theirs_is_compared(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


# regression fixtures written in the style of district reports
@pytest.mark.parametrize(("sentence", "expected"), [
    ("改造老旧小区供热管网20公里、燃气管网15公里。", ["改造老旧小区供热管网", "改造老旧小区燃气管网"]),
    ("全区改造老旧小区供热管网20公里，燃气管网15公里。", ["改造老旧小区供热管网", "改造老旧小区燃气管网"]),
    ("改造老旧小区供热管网20公里、农村燃气管网15公里。", ["改造老旧小区供热管网", "改造农村燃气管网"]),
    ("新建老旧小区停车位300个、充电桩50个。", ["新建老旧小区停车位", "新建充电桩"]),  # (another kind of thing)
    ("完成老旧小区综合整治15个、背街小巷整治120条。", ["老旧小区综合整治", "背街小巷整治"]),  # (a work of its own)
])
def test_the_place_the_objects_of_a_lists_verb_lie_in_is_shared(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected
