"""A figure named as how much a quantity grew is a change of that quantity.

A level whose name ends with a word for the increment of a quantity (增长的绝对数, 增加的绝对数, 增加额, 增长额,
增量) is no level of a thing called so: it is the ``abs_change`` of the quantity the name opens with, or, when the
name is the increment word alone, of the quantity carried to it in its sentence.
"""

from _sentences import fact


def test_an_increment_after_its_quantity_is_the_change_of_it():
    # national work report 1959
    s = "一九五九年粮食增加的绝对数将达到三千亿斤，这是一个非常巨大的数字。"
    f = fact(s, "三千亿斤")
    assert (f["indicator"], f["measure"], f["value"]) == ("粮食", "abs_change", 300000000000.0)


def test_a_bare_increment_is_the_change_of_the_quantity_carried():
    # national work report 1959
    s = ("例如，钢的产量，一九五八年比一九五七年增长了百分之一百零七，即增加了五百七十三万吨；一九五九年比一九五八年计划"
         "增长百分之六十二，增长的绝对数却是六百九十二万吨。")
    f = fact(s, "六百九十二万吨")
    assert (f["indicator"], f["measure"], f["value"]) == ("钢的产量", "abs_change", 6920000.0)


def test_an_increment_amount_of_revenue_is_a_change():
    # written: the shape as a district budget report would print it
    s = "全年税收收入增加额为3.2亿元。"
    f = fact(s, "3.2亿元")
    assert (f["indicator"], f["measure"]) == ("税收收入", "abs_change")


def test_a_value_added_is_no_increment():
    # written: 增加值 is a level of its own
    s = "全年规模以上工业增加值为120亿元。"
    f = fact(s, "120亿元")
    assert (f["indicator"], f["measure"]) == ("规模以上工业增加值", "level")


def test_an_absolute_number_alone_is_no_increment():
    # written: 的绝对数 alone is how many there are, not how many more
    s = "全国贫困人口的绝对数为5575万人。"
    f = fact(s, "5575万人")
    assert f["measure"] == "level"
