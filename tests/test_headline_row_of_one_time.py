"""A headline row is of its anchor's time: a completion of another year (1955's retail sales beside the level
expected in 1956) or of months of a part of a year (本年1——5月份…钢完成96.4% beside the growth of the whole year
1955) joins no row; it stays a fact, and a row of the completion's own time when nothing else is printed.
"""
from functools import cache

import dhcheng_analysis as dh

# real excerpt: /work/shared/corpus/national_work_reports/1956.txt, the 1955 final accounts, the 1956 budget and its
# execution so far (verbatim, whole sentences, shortened)
BUDGET_1956 = ("一、１９５５年国家决算\n"
               "　　１９５５年全国工业总产值完成了原定计划的１０１％，比１９５４年增长８％。在本年的４５种主要工业产品中，"
               "有３７种完成了或者超额地完成了计划。同１９５４年比较，绝大多数产品的产量都有增长：原煤增长１７％，焦炭增长"
               "２２％，电力增长１２％，原油增长２２％，生铁增长２３％，钢增长２８％，钢材增长２８％，硫酸增长９％，烧碱增长"
               "１８％，硫＠①增长９％，机车增长８８％，内燃机增长３６％，发电机增长９７％，自行车增长１３％，胶鞋增长１５％。\n"
               "　　在商品流转方面，１９５５年国营商业的购进计划超额地完成了任务，这是同工业生产计划超额完成特别是同农业丰收"
               "有密切联系的。但是全国社会商品零售总额，由于前面所已经说过的原因，只完成原定计划的９４％，比１９５４年只增长"
               "了３％。\n"
               "二、１９５６年的国家预算\n"
               "　　１９５６年社会商品零售总额预计将达到４６０亿元，比上年增长１５％，比五年计划中规定的１９５７年的水平"
               "４９８亿元只差３８亿元。\n"
               "三、为实现１９５６年的国家预算而努力\n"
               "　　据国家统计局初步统计，在工业生产方面，本年１——５月份各工业部工业生产总值计划完成１０２．６％，比上年同期"
               "增长３３．３％。但是有几项重要产品的产量没有完成计划：钢完成９６．４％，钢材完成９５％，原煤完成９９．８％，"
               "原油完成９９．６％。\n")


@cache
def _rows():
    """The excerpt's facts and headline rows, of one extraction a test process (the tests only read them)."""
    report = dh.load_report(BUDGET_1956)
    facts = dh.extract_facts(report)
    return facts, dh.headline_indicators(report, facts).set_index("indicator")


def test_a_completion_of_five_months_joins_no_row_of_a_years_growth():
    facts, rows = _rows()
    steel = rows.loc["钢产量"]
    assert (steel["yoy_pct"], steel["period"]) == (28.0, "1955年")
    assert steel["completion_pct"] != steel["completion_pct"]  # (NaN: the 96.4 % is of 1——5月 1956)
    assert rows.loc["原煤产量", "completion_pct"] != rows.loc["原煤产量", "completion_pct"]
    done = facts[(facts["measure"] == "completion_pct") & (facts["indicator_key"] == "steel_output")]
    assert done[["value", "period"]].to_numpy().tolist() == [[96.4, "1-5月"]]  # (it stays a fact)


def test_a_completion_of_the_year_before_joins_no_row_of_the_year_expected():
    _, rows = _rows()
    retail = rows.loc["社会商品零售总额"]
    assert (retail["level"], retail["yoy_pct"], retail["period"]) == (4.6e10, 15.0, "1956年")
    assert retail["completion_pct"] != retail["completion_pct"]  # (the 94 % is 1955's)
    assert retail["implied_annual_target"] != retail["implied_annual_target"]
