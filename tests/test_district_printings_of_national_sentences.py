"""Three printings a district's report gives sentences a national one words otherwise.

- A span opening a sentence with no comma after it (今年以来全区一般公共预算收入完成50亿元) is the figure's period, as
  it is with the comma, and no part of the name: ``一般公共预算收入``, with its key.
- 我国, 我省 and 我市 heading a clause of a report of a narrower place name a wider place as the speaker's own:
  the whole of it (全国, 全省, 全市), as 全国 is, not the report's own figure; 我国 in a national report is the
  report's place itself.
- 年末 (年底) at a name's head is the time of the figure, no part of what is named.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _sentences import facts

DISTRICT = "东城区人民政府工作报告\n2023年，全区经济运行平稳。"


@pytest.mark.parametrize("span", ["今年以来", "去年以来", "年初以来", "疫情以来", "一季度以来", "入汛以来"])
def test_a_span_opening_a_sentence_without_a_comma_reads_as_with_it(span: str) -> None:
    # written, in a district report's words
    bare = facts(DISTRICT + f"{span}全区一般公共预算收入完成50亿元。")
    comma = facts(DISTRICT + f"{span}，全区一般公共预算收入完成50亿元。")
    cols = ["indicator", "indicator_key", "period", "value"]
    assert bare[cols].to_dict("records") == comma[cols].to_dict("records")
    assert (bare["indicator"].iloc[0], bare["indicator_key"].iloc[0]) == ("一般公共预算收入", "general_budget_revenue")


def test_our_country_in_a_districts_report_is_the_nations_whole() -> None:
    # written, in a district report's words
    f = facts(DISTRICT + "我国国内生产总值增长5%，全区地区生产总值增长6%。上半年，我国国内生产总值增长5.5%。")
    assert f[["indicator_key", "value", "scope"]].to_dict("records") == [
        {"indicator_key": "gdp", "value": 5.0, "scope": "全国"},
        {"indicator_key": "gdp", "value": 6.0, "scope": ""},
        {"indicator_key": "gdp", "value": 5.5, "scope": "全国"},
    ]


def test_our_province_and_city_are_wider_only_below_them() -> None:
    # written, in the words of a district's, a city's and a province's report
    district = facts(DISTRICT + "我市地区生产总值增长5%。我省地区生产总值增长5.2%。")
    assert district["scope"].tolist() == ["全市", "全省"]
    city = facts("青岛市人民政府工作报告\n2023年，全市经济运行平稳。我市地区生产总值增长5%。我省地区生产总值增长5.2%。")
    assert city["scope"].tolist() == ["", "全省"]
    province = facts("山东省人民政府工作报告\n2023年，全省经济运行平稳。我省地区生产总值增长5.2%。我国国内生产总值增长5%。")
    assert province["scope"].tolist() == ["", "全国"]


def test_our_country_in_a_national_report_is_its_own_place() -> None:
    # national work report 1956 (/work/shared/corpus/national_work_reports/1956.txt), the whole report read
    f = facts(Path("/work/shared/corpus/national_work_reports/1956.txt").read_text(encoding="utf-8"))
    row = f[f["raw_value"] + f["raw_unit"] == "１４．１％"].iloc[0]
    assert (row["indicator"], row["scope"]) == ("我国工农业总产值", "")


def test_the_years_end_at_a_names_head_is_the_time_of_both_values() -> None:
    # written, in a district report's words
    f = facts("关于东城区2020年国民经济和社会发展计划执行情况与2021年计划草案的报告\n一、2020年计划执行情况\n"
              "2020年，全区经济运行平稳。年末常住人口城镇化率从60.2%提高到65.2%。")
    assert f[["indicator", "indicator_key", "period"]].to_dict("records") == [
        {"indicator": "常住人口城镇化率", "indicator_key": "urbanisation_rate", "period": "2019年末"},
        {"indicator": "常住人口城镇化率", "indicator_key": "urbanisation_rate", "period": "2020年末"},
    ]


@pytest.mark.parametrize(("printed", "name"), [("年末常住人口80万人", "常住人口"), ("年底常住人口80万人", "常住人口"),
                                               ("年末总人口100万人", "总人口")])
def test_a_years_end_is_no_part_of_a_population_name(printed: str, name: str) -> None:
    # written, in a district bulletin's words
    f = facts(f"东城区2020年国民经济和社会发展统计公报\n2020年，全区经济运行平稳。{printed}。")
    assert (f["indicator"].iloc[0], f["period"].iloc[0]) == (name, "2020年" + printed[1:2])
