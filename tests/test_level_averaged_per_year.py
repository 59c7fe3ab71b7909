"""A level counted each year on average over a span keeps the word of the average as its comparator.

年均 or 平均每年 before a level in its clause, with only the thing counted and its verb between it and the figure,
says the amount is that of each year of the span on average, not a total over the span: the comparator is the
word as printed and the fact is flagged ``multi_year``, as an amount added each year on average is
(``平均每年增加2053亿元``). The word inside the name (PM2.5年均浓度) names a level of one year, and a word with
another figure or a 的 between it and the figure is no average of it.
"""

from __future__ import annotations

from _sentences import fact

REVIEW_2023 = "2023年政府工作报告\n\n一、政府工作回顾\n\n过去五年极不寻常、极不平凡。"
S2023_JOBS = "城镇新增就业年均1270多万人。"
S2023_RELIEF = "加强困难群众基本生活保障，对因病因灾等遭遇困难的群众及时给予帮扶，年均临时救助1100万人次。"
S2008 = "平均每年城镇新增就业1000万人，城镇居民人均可支配收入年均实际增长9.9%。"


def test_new_jobs_each_year_on_average() -> None:
    # national work report 2023
    f = fact(REVIEW_2023 + S2023_JOBS + "\n", "1270")
    assert (f["measure"], f["comparator"], f["period"]) == ("level", "年均", "2018-2022年")
    assert "multi_year" in f["flags"]


def test_relief_each_year_on_average() -> None:
    # national work report 2023
    f = fact(REVIEW_2023 + S2023_RELIEF + "\n", "1100")
    assert (f["indicator"], f["comparator"]) == ("临时救助", "年均")


def test_word_of_the_average_before_the_name() -> None:
    # national work report 2008
    f = fact("2008年政府工作报告\n\n一、过去五年政府工作回顾\n\n" + S2008 + "\n", "1000")
    assert (f["indicator"], f["comparator"]) == ("城镇新增就业", "平均每年")


def test_annual_mean_in_the_name_is_no_average_over_years() -> None:
    # written sentence, as district reports print an annual mean concentration
    f = fact("2022年政府工作报告\n\n一、2021年工作回顾\n\nPM2.5年均浓度为31微克/立方米。\n", "31")
    assert (f["indicator"], f["comparator"]) == ("PM2.5年均浓度", "")
    assert "multi_year" not in f["flags"]
