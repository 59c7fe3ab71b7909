"""A multiple of an earlier value (是/为/等于/相当于…的N倍) is a level in 倍 of the thing named before it, against
the earlier time or quantity, also when an adverb of approximation opens its clause (大体相当于…的六倍); and a
figure after 每 and a change verb (每增长1个百分点, 每增加1元) is the step a quantity is defined per, no fact.
Sentences are copied verbatim from the State Council work reports (the year of the report in the comment)."""

from __future__ import annotations

from _sentences import fact, facts

# national work report 1958
HOUSES = ("但是，以第一个五年计划期间的总投资额计算，非生产性建设的投资比重，仍然占百分之二十三点四；"
          "全部非生产性的房屋建筑面积，就达一亿六千万平方公尺，大体相当于解放前北京市的全部房屋面积的六倍，"
          "共用投资一百一十亿元。")

# national work report 2023
MARKET = ("改革给人们经商办企业更多便利和空间，去年底企业数量超过5200万户、个体工商户超过1.1亿户，"
          "市场主体总量超过1.6亿户、是十年前的3倍，发展内生动力明显增强。")

# national work report 2016
STEP = "现在国内生产总值每增长1个百分点的增量，相当于5年前1.5个百分点、10年前2.5个百分点的增量。"


def test_multiple_after_an_adverb_is_of_the_thing_named_before():
    f = fact(HOUSES, "六倍")
    assert (f["indicator"], f["measure"], f["unit"], f["value"]) == ("全部非生产性的房屋建筑面积", "level", "倍", 6.0)
    assert f["comparator"] == "解放前北京市的全部房屋面积"


def test_multiple_of_ten_years_before_is_a_level_in_times():
    f = fact(MARKET, "3倍")
    assert (f["indicator"], f["measure"], f["unit"], f["comparator"]) == ("市场主体总量", "level", "倍", "十年前")


def test_step_of_a_definition_is_no_fact():
    f = facts(STEP)
    assert not (f["raw_value"] == "1").any()


def test_step_in_chinese_numerals_is_no_fact():
    # written: the step printed in Chinese numerals, as older reports print it
    f = facts("国内生产总值每增长一个百分点，可带动就业100万人。")
    assert not (f["raw_value"] == "一").any()
