"""How district reports print a gap left to a target and a count by ownership.

Regression fixtures written in the style of district reports: each test quotes the real sentence it is modelled on,
with its file.

- A gap left to a target (距全年目标还差10亿元, 距离规划目标还差0.4万人, 离全年任务尚差12个) is a shortfall against the
  target: a negative abs_change of the quantity the sentence is about, the target its comparator, as
  比…水平４９８亿元只差３８亿元 already is.
- A part named by its ownership alone (国有2个、非国有3个, in a bracket after the whole or after 其中) is the whole's
  things so owned: the 有 of 国有 is no verb of having, as that of 全国有 and 我国有 is.
- A balance printed bare after a fund's revenue and spending (社保基金收入…，支出…，当年结余…) is the fund's, as the
  spending is; a cumulative balance after it (累计结余) is the fund's cumulative one. A balance printed bare in a
  clause or list item after a debt's ceiling (一般债务限额…、余额…) is that debt's.
- An amount after 其中 named by a body alone (资产总额1200亿元，其中城投集团586.3亿元) is that body's part of the
  measure the whole ends with (城投集团资产总额).
- Counts of a set's parts after the set and 中 (28项主要指标中，19项进度符合预期，6项超出预期，3项进度滞后) are named
  by what each clause says of them and the set (进度符合预期的主要指标, 超出预期的主要指标), as a part that grew is; so
  is each later part whose count opens its clause (7种下降 → 下降的主要工业产品).
"""

from __future__ import annotations

import pytest
from _sentences import facts

REVIEW = "一、2023年工作回顾\n"


def test_the_real_gap_left_to_a_plans_level() -> None:
    # national work report 1956 (/work/shared/corpus/national_work_reports/1956.txt)
    f = facts("１９５６年社会商品零售总额预计将达到４６０亿元，比上年增长１５％，"
              "比五年计划中规定的１９５７年的水平４９８亿元只差３８亿元。")
    row = f[f["raw_value"] == "３８"].iloc[0]
    assert (row["indicator"], row["measure"], row["value"]) == ("社会商品零售总额", "abs_change", -3.8e9)
    assert row["comparator"] == "五年计划中规定的1957年的水平"


@pytest.mark.parametrize(("text", "name", "value", "base"), [
    # written in a district report's words, modelled on 1956.txt 比…的水平４９８亿元只差３８亿元
    ("全区地区生产总值完成450亿元，距全年目标还差10亿元。", "地区生产总值", -1e9, "全年目标"),
    ("全区常住人口120万人，距离规划目标还差0.4万人。", "常住人口", -4000.0, "规划目标"),
    ("全年新建学校8个，离全年任务尚差12个。", "新建学校", -12.0, "全年任务"),
    ("一般公共预算收入完成50亿元，距离完成全年目标还差10亿元。", "一般公共预算收入", -1e9, "全年目标"),
    # fixtures (regression): the target right before the gap word opens it without 距 or 离
    ("全区税收收入完成20亿元，与目标还差5亿元。", "税收收入", -5e8, "目标"),
    ("全区税收收入完成20亿元，比全年目标还差2亿元。", "税收收入", -2e8, "全年目标"),
])
def test_a_gap_left_to_a_target_is_a_shortfall_against_it(text: str, name: str, value: float, base: str) -> None:
    row = facts(REVIEW + text).iloc[1]
    assert (row["indicator"], row["measure"], row["value"], row["comparator"]) == (name, "abs_change", value, base)


@pytest.mark.parametrize("text", [
    # written in a district report's words (no real sentence): 还差 with no target nor base is no change
    "全区还差3个村未通公交。",
    "全年新建学校8个，仍差2个未开工。",
    "全年计划新建学校8个，目前还差3个。",
])
def test_a_gap_with_no_target_is_no_change(text: str) -> None:
    assert "abs_change" not in facts(REVIEW + text)["measure"].tolist()


@pytest.mark.parametrize(("text", "names"), [
    # written in a district bulletin's words, modelled on the ownership counts of its museums and firms (no real
    # sentence prints an ownership count after its whole: the whole's things so owned, as 公办/民办 already are)
    ("全区共有博物馆5个（国有2个、非国有3个）。", ["博物馆", "国有博物馆", "非国有博物馆"]),
    ("全区共有博物馆5个，其中国有2个、非国有3个。", ["博物馆", "国有博物馆", "非国有博物馆"]),
    ("全区规模以上工业企业120家，其中国有28家。", ["规模以上工业企业", "国有规模以上工业企业"]),
])
def test_a_part_named_by_its_ownership_is_the_wholes_so_owned(text: str, names: list[str]) -> None:
    assert facts(REVIEW + text)["indicator"].tolist() == names


def test_the_real_count_after_the_countrys_has_stays_the_things_counted() -> None:
    # national work report 1997 (/work/shared/corpus/national_work_reports/1997.txt)
    f = facts("全国有２４万多户国有小企业，绝大部分由市、县管理。")
    assert f["indicator"].tolist() == ["国有小企业"]


@pytest.mark.parametrize(("text", "names"), [
    # written in a district budget report's words (no real text prints a fund's balance after its spending; the
    # flows of a fund named before: 预算稳定调节基金余额…，当年补充…，年末余额… already read so)
    ("全区社保基金收入20亿元，支出18亿元，当年结余1.7亿元，累计结余18.6亿元。",
     ["社保基金收入", "社保基金支出", "社保基金结余", "社保基金累计结余"]),
    ("全区社会保险基金收入35.2亿元，支出33.5亿元，结余1.7亿元。",
     ["社会保险基金收入", "社会保险基金支出", "社会保险基金结余"]),
    ("全区一般债务限额92.3亿元，余额86.2亿元。", ["一般债务限额", "一般债务余额"]),
    ("全区一般债务限额92.3亿元、余额86.2亿元。", ["一般债务限额", "一般债务余额"]),
    ("全区专项债务限额120亿元，余额110.5亿元。", ["专项债务限额", "专项债务余额"]),
])
def test_a_bare_balance_after_a_funds_flows_or_a_debts_ceiling_is_theirs(text: str, names: list[str]) -> None:
    assert facts(REVIEW + text)["indicator"].tolist() == names


@pytest.mark.parametrize(("text", "names"), [
    # written in a district mid-year report's words, modelled on 2022.txt 主要宏观经济指标符合预期 and
    # 2017.txt 就业增长超出预期 (/work/shared/corpus/national_work_reports/)
    ("28项主要指标中，19项进度符合预期，6项超出预期，3项进度滞后。",
     ["主要指标", "进度符合预期的主要指标", "超出预期的主要指标", "进度滞后的主要指标"]),
    ("全区40种主要工业产品中，33种产量实现同比增长，7种下降。",
     ["主要工业产品", "产量实现同比增长的主要工业产品", "下降的主要工业产品"]),
    ("38个工业行业大类中27个行业增加值实现同比增长。", ["工业行业大类", "增加值实现同比增长的工业行业大类"]),
])
def test_parts_of_a_set_are_named_by_what_their_clauses_say(text: str, names: list[str]) -> None:
    f = facts(REVIEW + text)
    assert f["indicator"].tolist() == names
    assert f["relation"].tolist()[1:] == ["part"] * (len(names) - 1)


def test_parts_after_a_part_named_by_what_was_done_are_still_the_sets() -> None:
    # written in a district report's words (no real sentence): the first part named by what was done, 已开工
    f = facts(REVIEW + "全区50个重点项目中，30个已开工，12个进度符合预期，8个滞后。")
    assert f["indicator"].tolist() == ["重点项目", "已开工的重点项目", "进度符合预期的重点项目", "滞后的重点项目"]


@pytest.mark.parametrize(("text", "names"), [
    # written in a district state-assets report's words (no real text prints a group's part after 其中)
    ("全区资产总额1200亿元，其中城投集团586.3亿元。", ["资产总额", "城投集团资产总额"]),
    ("区属国有企业资产总额1200亿元，其中城投集团586.3亿元、国资公司200亿元。",
     ["区属国有企业资产总额", "城投集团资产总额", "国资公司资产总额"]),
    ("全区营业收入300亿元，其中城投公司50亿元。", ["营业收入", "城投公司营业收入"]),
    # (written in a district finance report's words: a stock is of what it is named with, not the body's stock alone)
    ("各项贷款余额1200亿元，其中城投集团300亿元。", ["各项贷款余额", "城投集团"]),
    ("政府债务余额200亿元，其中城投公司50亿元。", ["政府债务余额", "城投公司"]),
])
def test_a_part_named_by_a_body_alone_is_its_part_of_the_measure(text: str, names: list[str]) -> None:
    assert facts(REVIEW + text)["indicator"].tolist() == names
