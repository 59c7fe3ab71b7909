"""The level a change table shows beside a change is of the change's own time: a change of 1952 to 1957 is shown
with the level of 1957 (七百多万人), not with the exact level of 1958 printed after it; a change of 1959 against the
level of 1950 is shown with no level, as that level is its base.
"""
import dhcheng_analysis as dh

# real excerpts: /work/shared/corpus/national_work_reports/1959.txt, its review of education and its plan of retail
# sales (verbatim)
PUPILS_1959 = ("中等学校的学生，一九五二年有三百多万人，一九五七年已经有七百多万人，也增加一倍多，一九五八年又比一九五七年增加"
               "百分之七十，达到了一千二百万人。\n"
               "小学生，一九五二年有五千一百多万人，一九五七年已经有六千四百多万人，增加百分之二十六，一九五八年又比一九五七年"
               "增加百分之三十四，达到了八千六百万人。\n")
RETAIL_1959 = ("如前所说，一九五九年的社会商品零售总额将达到六百五十亿元，比一九五八年增长百分之十九；如果同建国初期的一九五零年"
               "的一百七十亿元作比较，则增长二点八倍；同第一个五年计划的第一年——一九五三年的三百四十八亿元作比较，也增长了百分之"
               "八十七。\n")


def test_a_change_to_1957_shows_the_level_of_1957():
    y = dh.yoy_changes(dh.load_report(PUPILS_1959)).set_index("change_pct")
    assert y.loc[100.0, ["period", "level", "level_qualifier"]].tolist() == ["一九五七年", 7e6, "over"]
    assert y.loc[70.0, ["period", "level"]].tolist() == ["一九五八年", 1.2e7]
    assert y.loc[26.0, ["period", "level", "level_qualifier"]].tolist() == ["一九五七年", 6.4e7, "over"]
    assert y.loc[34.0, ["period", "level"]].tolist() == ["一九五八年", 8.6e7]


def test_the_base_of_a_change_is_no_level_of_it():
    y = dh.yoy_changes(dh.load_report(RETAIL_1959)).set_index("change_pct")
    for pct in (280.0, 87.0):
        assert y.loc[pct, "period"] == "一九五九年"
        assert y.loc[pct, "level"] != y.loc[pct, "level"]  # (NaN: 170亿 and 348亿 are the bases of 1950 and 1953)
        assert y.loc[pct, "implied_prior_level"] != y.loc[pct, "implied_prior_level"]
