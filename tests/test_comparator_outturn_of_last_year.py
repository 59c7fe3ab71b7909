"""A change against last year's outturn (比上年预计数, 比去年预算执行数, 比上年执行数) is against that outturn, not last
year's own figure: "中央财政拟投入社会保障资金2930亿元，比上年预计数增加439亿元，增长17.6%" (2009 national work report, verbatim) and
"今年行政费、事业费和管理费等各项开支要比去年预算执行数节约１０％" (1987, verbatim). The 上年执行数 sentence is a
regression fixture of a district budget's shape, not text of a published report. A bare growth right after such a
change (…增加439亿元，增长17.6%) is against the same outturn; after a change against last year itself (比上年增加) it
keeps no base, as a bare growth prints none."""

from __future__ import annotations

import dhcheng_analysis as dh

SOCIAL = "三、2009年主要任务\n中央财政拟投入社会保障资金2930亿元，比上年预计数增加439亿元，增长17.6%。\n"
SAVING = "国务院决定今年行政费、事业费和管理费等各项开支要比去年预算执行数节约１０％的总要求，必须努力做到。\n"
BUDGET = ("二、2024年预算草案\n2024年一般公共预算收入安排52.3亿元，比上年执行数增长5.0%；"
          "一般公共预算支出安排80.1亿元，比上年预算执行数增加3.2亿元。\n")


def _by_value(text: str) -> dict[str, dict]:
    return {f["raw_value"]: f for f in dh.extract_facts(text).to_dict("records")}


def test_a_change_against_last_years_estimate_names_it():
    r = _by_value(SOCIAL)
    assert (r["439"]["measure"], r["439"]["comparator"]) == ("abs_change", "上年预计数")


def test_a_bare_growth_after_a_change_against_last_years_estimate_shares_its_base():
    r = _by_value(SOCIAL)
    assert (r["17.6"]["measure"], r["17.6"]["comparator"]) == ("yoy_pct", "上年预计数")


def test_fixture_a_bare_growth_after_a_change_against_last_year_keeps_no_base():
    r = _by_value("一、2023年预算执行情况\n全区一般公共预算收入完成52.3亿元，比上年增加2.1亿元，增长4.2%。\n")
    assert (r["4.2"]["measure"], r["4.2"]["comparator"]) == ("yoy_pct", "")
    r = _by_value("二、2024年预算草案\n一般公共预算支出安排80.1亿元，比上年执行数增加3.2亿元，增长4.1%。\n")
    assert (r["4.1"]["measure"], r["4.1"]["comparator"]) == ("yoy_pct", "上年执行数")


def test_a_saving_against_last_years_budget_outturn_names_it():
    assert _by_value(SAVING)["１０"]["comparator"] == "去年预算执行数"


def test_fixture_budget_changes_against_last_years_outturn():
    r = _by_value(BUDGET)
    assert (r["5.0"]["comparator"], r["3.2"]["comparator"]) == ("上年执行数", "上年预算执行数")


# A change against the outturn of a year printed (比１９５５年决算数, 比一九五七年预计数) names that outturn and is still a
# change on the year before the figure's own: verbatim sentences of the 1956 and 1958 national reports.
TAXES_1956 = ("１９５６年国家预算收入中，各项税收为１３，９８０，０００，０００元，占本年预算收入的４７．０２％，"
              "比１９５５年决算数增长９．８４％。")
INDUSTRY_1958 = ("一九五八年的工业总产值，拟定为六百四十三亿七千万元（按一九五七年不变价格计算），比一九五七年预计数增加"
                 "八十一亿九千万元，增长百分之十四点六。")


def test_a_growth_against_a_printed_years_final_accounts_names_them():
    r = _by_value(TAXES_1956)
    assert (r["９．８４"]["measure"], r["９．８４"]["comparator"]) == ("yoy_pct", "1955年决算数")


def test_a_change_against_a_printed_years_estimate_names_it():
    r = _by_value(INDUSTRY_1958)
    assert (r["八十一亿九千万"]["comparator"], r["百分之十四点六"]["comparator"]) == ("一九五七年预计数", "一九五七年预计数")
    assert r["百分之十四点六"]["measure"] == "yoy_pct"


# the outturn of one item (比上年国防费决算数, 比１９５５年经济建设支出决算数): 1956 national report, verbatim
DEFENCE_1956 = "１９５６年国家预算规定国防费支出为６，１４１，３９１，０００元，比上年国防费决算数减少了５．５２％。"
BUILDING_1956 = ("１９５６年国家预算规定经济建设支出为１６，０５５，２０６，０００元，占预算支出的５２．２２％，"
                 "比１９５５年经济建设支出决算数增长１７．０４％。")


def test_a_change_against_an_items_final_accounts_names_them():
    r = _by_value(DEFENCE_1956)
    assert (r["５．５２"]["measure"], r["５．５２"]["comparator"]) == ("yoy_pct", "上年国防费决算数")
    r = _by_value(BUILDING_1956)
    assert (r["１７．０４"]["measure"], r["１７．０４"]["comparator"]) == ("yoy_pct", "1955年经济建设支出决算数")
