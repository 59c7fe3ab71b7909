"""An eighth pass over sentences of the State Council government work reports of 2008-2025, read by eye.

Each sentence is copied verbatim from the work-report corpus (the year of the report in the comment);
each test names the rule it pins and asserts the fields a reading found wrong.
"""

from __future__ import annotations

from _sentences import fact

# -- an amount named only by who pays it is named by what it pays for, printed after it --------------------------


def test_an_amount_spent_is_named_by_its_use_after_it():
    # 2010, 2011: 中央财政投入 alone says nothing of what the amounts are for
    r = fact("中央财政拟投入433亿元用于促进就业。", "433亿元")
    assert (r["indicator"], r["status"]) == ("用于促进就业的中央财政投入", "target")
    assert fact("今年中央财政拟投入423亿元，用于扶助和促进就业。", "423亿元")["indicator"] == "用于扶助和促进就业的中央财政投入"


def test_an_amount_and_its_fund_noun_are_named_by_what_they_support():
    # 2009: 资金 after the amount, the use after a comma; 帮助 as the head of a use
    s = "中央财政安排423亿元资金，支持十大重点节能工程和环保设施等项目建设。"
    assert fact(s, "423亿元")["indicator"] == "支持十大重点节能工程和环保设施等项目建设的中央财政资金"
    s = "提高中西部地区校舍维修标准，国家财政安排32.5亿元帮助解决北方农村中小学取暖问题。"
    assert fact(s, "32.5亿元")["indicator"] == "帮助解决北方农村中小学取暖问题的国家财政安排资金"


def test_the_use_after_the_change_of_an_amount_names_it():
    # 2008: the change on the year before stands between the amount and its use
    s = "今年中央财政将安排832亿元，比上年增加167亿元，支持卫生事业改革和发展，重点向农村和基层倾斜。"
    assert fact(s, "832亿元")["indicator"] == "支持卫生事业改革和发展的中央财政安排资金"
    r = fact(s, "167亿元")
    assert (r["indicator"], r["measure"], r["comparator"]) == ("支持卫生事业改革和发展的中央财政安排资金", "abs_change", "上年")


def test_an_amount_is_named_by_the_purpose_opening_its_sentence():
    # 2008: 为… opens the sentence; the change after the amount is of the same money
    s = "为加快社会保障体系建设，今年中央财政将安排2762亿元，比上年增加458亿元。"
    r = fact(s, "2762亿元")
    assert (r["indicator"], r["status"]) == ("加快社会保障体系建设的中央财政安排资金", "target")
    r = fact(s, "458亿元")
    assert (r["indicator"], r["measure"]) == ("加快社会保障体系建设的中央财政安排资金", "abs_change")


def test_an_amount_with_a_name_of_its_own_keeps_it():
    # 2025: the bonds are named; what they are mainly for is no part of the name
    s = "拟安排地方政府专项债券4.4万亿元、比上年增加5000亿元，重点用于投资建设、土地收储和收购存量商品房、消化地方政府拖欠企业账款等。"
    assert fact(s, "4.4万亿元")["indicator"] == "地方政府专项债券"


# -- two kinds of persons joined before what is said of them are both counted -------------------------------------


def test_persons_joined_before_their_predicate_are_both_named():
    # 2018: the words after 和 run on into the predicate (基本生活得到保障), yet 特困群众 are counted too
    s = "提高低保、优抚等标准，完善社会救助制度，近6000万低保人员和特困群众基本生活得到保障。"
    r = fact(s, "6000万")
    assert (r["indicator"], r["qualifier"], r["unit"]) == ("基本生活得到保障的低保人员和特困群众", "nearly", "人")


def test_the_persons_of_a_kind_of_persons_end_the_persons_counted():
    # 2012: the dependants of workers killed at work, not the workers
    s = "将312万名企业“老工伤”人员和工亡职工供养亲属纳入工伤保险统筹管理。"
    assert fact(s, "312万名")["indicator"] == "纳入工伤保险统筹管理的企业“老工伤”人员和工亡职工供养亲属"
