"""A growth of the national income or of a gross output value of the material product system (国民收入, 社会总产值,
工农业总产值), as the reports before the 1990s state it, is at comparable prices: no level of the year before is
divided out of it and its level in current prices.
"""
import math

from _real_tables import text_table

import dhcheng_analysis as dh

# real excerpt: /work/shared/corpus/national_work_reports/1987.txt, its review of 1986 (verbatim)
OUTPUT_1987 = ("一、当前国内形势和基本任务\n"
               "在经济领域，过去一年里取得的最重要的成绩，就是把１９８４年末至１９８５年一度出现的经济过热现象初步调整过来，"
               "使整个国民经济继续纳入正常发展的轨道。全国社会总产值达到１８７７４亿元，比上年增长９．１％；"
               "其中工农业总产值１５１０４亿元，比上年增长９．３％。国民收入７７９０亿元，比上年增长７．４％。\n")
# real excerpt: /work/shared/corpus/national_work_reports/1985.txt, its review of 1984 (verbatim)
OUTPUT_1985 = ("（一）关于经济形势\n"
               "１９８４年，我国工农业总产值突破一万亿元，在１９７９到１９８３年平均每年递增７．９％的基础上，"
               "比上年增长１４．２％，各方面的经济效益也有提高。\n")


def test_no_prior_level_is_implied_by_a_growth_of_the_national_income_or_the_gross_outputs():
    yoy = text_table(OUTPUT_1987, "yoy").set_index("indicator")
    assert yoy.loc[["社会总产值", "工农业总产值", "国民收入"], "change_pct"].tolist() == [9.1, 9.3, 7.4]
    assert yoy.loc[["社会总产值", "工农业总产值", "国民收入"], "level"].tolist() == [1.8774e12, 1.5104e12, 7.79e11]
    assert yoy["implied_prior_level"].isna().all()
    rows = text_table(OUTPUT_1987, "headline").set_index("indicator")
    assert rows.loc["国民收入", ["level", "yoy_pct"]].tolist() == [7.79e11, 7.4]
    assert math.isnan(rows.loc["国民收入", "implied_prior_level"])


def test_the_gross_output_of_industry_and_agriculture_passing_a_bound_implies_no_prior_level():
    row = dh.headline_indicators(dh.load_report(OUTPUT_1985)).set_index("indicator_key").loc[
        "gross_output_industry_agriculture"]
    assert (row["level"], row["yoy_pct"]) == (1e12, 14.2)
    assert math.isnan(row["implied_prior_level"])


# real excerpt: /work/shared/corpus/national_work_reports/1987.txt (verbatim)
EIGHT_YEARS_1987 = ("１９８６年同１９７８年相比，国民生产总值由３４８０亿元增加到９３８０亿元，按可比价格计算增长１０２％；"
                    "国民收入由３０１０亿元增加到７７９０亿元，按可比价格计算增长９４．９％；国家财政收入由１１２１亿元增加到"
                    "２２２０亿元，增长９８％；部门、地方、企业拥有的预算外资金由的３４７亿元增加到１６７０亿元，增长３８１％；"
                    "全国城乡居民平均消费水平由１７５元增加到４５０元，扣除物价上升因素增长８６．９％。")


def test_a_growth_net_of_the_rise_of_prices_is_in_real_terms():
    facts = dh.extract_facts(EIGHT_YEARS_1987)
    growth = facts[facts["measure"] == "change_pct"].set_index("value")
    assert growth.loc[86.9, "indicator"] == "全国城乡居民平均消费水平"
    assert "real_terms" in growth.loc[86.9, "flags"]
    assert "real_terms" not in growth.loc[98.0, "flags"]  # (the revenue's growth is nominal)
    yoy = dh.yoy_changes(dh.load_report(EIGHT_YEARS_1987), facts).set_index("change_pct")
    assert math.isnan(yoy.loc[86.9, "implied_prior_level"])
    assert yoy.loc[98.0, "implied_prior_level"] == 2220e8 / 1.98
