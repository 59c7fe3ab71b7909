"""Figures of sentences of the State Council work reports of 1957-1983, read by eye.

Each sentence is copied verbatim from the work-report corpus (the year of the report in the comment);
each test names the rule it pins and asserts the fields a reading found wrong.
"""

from __future__ import annotations

from _sentences import fact_printed as fact
from _sentences import facts

# -- a population capped after a modal: a target of persons, named by the clause before ----------------------


def test_population_capped_after_a_modal_is_a_target_of_persons():
    # 1982: the clause before names the measure of the units its figure counts
    r = fact("一九八五年二十九个省、市、自治区的总人口，必须控制在十亿六千万左右。", "十亿六千万")
    assert (r["indicator"], r["measure"], r["unit"], r["qualifier"], r["status"]) == (
        "省、市、自治区的总人口", "level", "人", "about", "target")
    # 1981: a Chinese numeral holds its magnitude, the name ending with 人口 says it counts persons
    r = fact("我们要求全国上下为着人民的利益，民族的前途，为实现本世纪末把我国人口控制在十二亿以内的目标，作出坚持不懈的努力。",
             "十二亿")
    assert (r["indicator"], r["unit"], r["qualifier"], r["status"]) == ("我国人口", "人", "at_most", "target")
    # 1959
    r = fact("西藏，包括昌都、前藏、后藏三部分地方，共有人口一百二十万，参加叛乱的人只有两万左右，其中多数是被欺骗裹胁参加的，"
             "而且还包括一部分由金沙江以东原西康省地区逃跑去的叛乱分子，即所谓康巴人。", "一百二十万")
    assert (r["indicator"], r["unit"]) == ("人口", "人")


# -- a total after 加上 names the sum of the carried subject and the part added --------------------------------


def test_total_after_an_added_part_names_the_sum_of_both():
    # 1983
    r = fact("一九八二年亏损工业企业的亏损金额达四十二亿元，加上粮食企业、商业企业的亏损，总额达一百多亿元。", "一百多亿")
    assert (r["indicator"], r["measure"], r["unit"], r["qualifier"]) == (
        "亏损工业企业的亏损金额和粮食企业、商业企业的亏损总额", "level", "元", "over")


# -- one figure after 都 for the things of the clauses before names them all ------------------------------------


def test_one_change_after_du_is_each_thing_before():
    # 1982
    f = facts("其中，农业总产值由二千一百八十七亿元增加到二千六百六十亿元，工业总产值由四千九百七十二亿元增加到六千零五十亿元，"
              "都是平均每年递增百分之四，在执行中争取达到百分之五。")
    f = f[f["raw_value"] == "百分之四"]
    assert f[["indicator", "measure", "value"]].values.tolist() == [
        ["农业总产值", "change_pct", 4], ["工业总产值", "change_pct", 4]]
    # 1985
    f = facts("特别令人高兴的是能源的生产超过计划的要求，原煤产量达到七亿七千多万吨，原油达到一亿一千四百多万吨，都比上年增长８％，"
              "保证了整个工业的持续增长。")
    f = f[f["raw_value"] == "８"]
    assert f[["indicator", "measure", "value"]].values.tolist() == [["原煤产量", "yoy_pct", 8], ["原油", "yoy_pct", 8]]


def test_figure_in_the_course_of_execution_speaks_of_the_things_before():
    # 1982: 在执行中 is when the plan is carried out, no name; the figure after 都 speaks of both things
    r = fact("其中，农业总产值由二千一百八十七亿元增加到二千六百六十亿元，工业总产值由四千九百七十二亿元增加到六千零五十亿元，"
             "都是平均每年递增百分之四，在执行中争取达到百分之五。", "百分之五")
    assert (r["indicator"], r["status"]) == ("农业总产值、工业总产值", "target")


# -- 印张, the printed sheet, is a unit --------------------------------------------------------------------------


def test_printed_sheets_are_a_unit():
    # 1982
    r = fact("全国各种报刊、杂志、书籍的出版总量，一九八五年达到四百五十六亿印张，比一九八○年增长百分之二十二。", "四百五十六亿")
    assert (r["indicator"], r["value"], r["unit"]) == ("全国各种报刊、杂志、书籍的出版总量", 4.56e10, "印张")
