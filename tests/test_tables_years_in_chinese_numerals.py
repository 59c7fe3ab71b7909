"""A period printed with a year in Chinese numerals (一九七八年), as the reports of the 1950s to the 1980s print it, is
read as the year it names: a headline row is of the report's own year before an earlier one, a growth of a whole
year printed with no base is against the year before (上年), not the same months of it, and one on the year before
named by its number is a year-on-year growth.
"""
import math

import pandas as pd

import dhcheng_analysis as dh
from dhcheng_analysis.tables import period_end, year_before

# real excerpt: /work/shared/corpus/national_work_reports/1984.txt, its review of 1983 (verbatim)
OUTPUT_1984 = ("关于国内建设\n"
               "一九八三年，全国工业总产值增长１０．５％，农业总产值增长９．５％，工农业总产值以及粮食、棉花、原煤、原油、钢、"
               "钢材、生铁、水泥、化肥等三十多种主要产品产量，提前两年达到或超过第六个五年计划规定的一九八五年指标。\n")


def test_a_year_in_chinese_numerals_ends_its_period():
    assert period_end("一九七七年") == (1977, None)
    assert period_end("一九八○年") == (1980, None)


def test_the_headline_row_of_a_review_is_of_the_year_reviewed_not_the_year_before_it(work_reports):
    # 1979.txt: 工业总产值一九七七年比一九七六年增长百分之十四点三，一九七八年又比一九七七年增长百分之十三点五。
    report, facts = work_reports[1979]
    assert report.metadata["year"] == 1978
    row = dh.headline_indicators(report, facts).set_index("indicator_key").loc["industrial_output"]
    # (its base, the year before it named by its number, makes it the growth on the year before)
    assert (row["yoy_pct"], row["period"]) == (13.5, "一九七八年")
    assert math.isnan(row["change_pct"])


def test_a_growth_on_the_year_before_named_by_its_number_is_a_year_on_year_growth():
    # 1985.txt: １９８４年银行的各项贷款总额比１９８３年增加２８．９％，其中１２月一个月的增长额就占全年增加额的４８．４％。
    assert year_before(pd.Series(["一九七七年", "1983年", "1978年", "2019年末"]),
                       pd.Series(["一九七八年", "1984年", "1986年", "2020年"])).tolist() == [True, True, False, False]


def test_a_growth_of_a_year_in_chinese_numerals_is_against_the_year_before():
    yoy = dh.yoy_changes(dh.load_report(OUTPUT_1984)).set_index("indicator_key")
    assert yoy.loc[["industrial_output", "agricultural_output"], "change_pct"].tolist() == [10.5, 9.5]
    assert yoy.loc[["industrial_output", "agricultural_output"], "period"].tolist() == ["一九八三年"] * 2
    assert yoy.loc[["industrial_output", "agricultural_output"], "comparator"].tolist() == ["上年"] * 2
