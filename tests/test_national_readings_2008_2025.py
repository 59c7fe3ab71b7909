"""Figures of sentences of the State Council government work reports of 2008-2025, read by eye.

Each sentence is copied verbatim from the work-report corpus (the year of the report in the comment);
each test names the rule it pins and asserts the fields a reading found wrong.
"""

from __future__ import annotations

from _sentences import fact_printed as fact

# -- an item of a list of amounts shares the verb the item before it opens with ------------------------------


def test_list_item_takes_the_verb_of_the_item_before():
    # 2008
    s = "依法淘汰一大批落后生产能力，关停小火电 2157万千瓦、小煤矿1.12万处，淘汰落后炼铁产能4659万吨、炼钢产能3747万吨、水泥产能8700万吨。"
    assert (fact(s, "3747")["indicator"], fact(s, "3747")["measure"]) == ("落后炼钢产能", "abs_change")  # 淘汰: a cut
    assert (fact(s, "8700")["indicator"], fact(s, "8700")["measure"]) == ("落后水泥产能", "abs_change")
    # 2017
    s = "以钢铁、煤炭行业为重点去产能，全年退出钢铁产能超过6500万吨、煤炭产能超过2.9亿吨，超额完成年度目标任务，分流职工得到较好安置。"
    r = fact(s, "2.9")
    assert (r["indicator"], r["measure"], r["qualifier"]) == ("煤炭产能", "abs_change", "over")  # 退出: a cut
    # 2019
    r = fact("新增高速铁路运营里程4100公里，新建改建高速公路6000多公里、农村公路30多万公里。", "30")
    assert (r["indicator"], r["measure"], r["value"]) == ("新建改建农村公路", "level", 3e5)
    # 2010
    r = fact("新增城镇污水日处理能力1500万立方米、垃圾日处理能力6万吨。", "6")
    assert (r["indicator"], r["unit"]) == ("新增垃圾日处理能力", "吨")


def test_list_item_of_another_kind_keeps_its_own_name():
    # 2017: a change item keeps its name; 退出 is a cut, as 压减 is
    r = fact("今年要再压减钢铁产能5000万吨左右，退出煤炭产能1.5亿吨以上。", "1.5")
    assert (r["indicator"], r["measure"]) == ("煤炭产能", "abs_change")


# -- a count of things abolished, handed down or enacted is named with the verb before it ---------------------


def test_count_after_a_disposal_verb_is_named_with_the_verb():
    # 2009
    s = ("初步测算，今年全面实施增值税转型，落实已出台的中小企业、房地产和证券交易相关税收优惠以及出口退税等方面政策，"
         "加上取消和停征100项行政事业性收费，可减轻企业和居民负担约5000亿元。")
    r = fact(s, "100")
    assert (r["indicator"], r["measure"], r["unit"]) == ("取消和停征行政事业性收费", "level", "项")
    # 2014: two verbs joined, and a particle after them
    s = "国务院机构改革有序实施，分批取消和下放了416项行政审批等事项，修订政府核准的投资项目目录，推动工商登记制度改革。"
    assert fact(s, "416")["indicator"].startswith("取消和下放行政审批")
    # 2008
    s = "五年国务院共向全国人大常委会提交39件法律议案，制定、修订137件行政法规。"
    assert fact(s, "137")["indicator"] == "制定、修订行政法规"


def test_counted_noun_runs_on_through_and_its():
    # 2017: 及其 (and its) joins the owner to what is counted; the noun does not end before it
    s = ("在提前完成本届政府减少行政审批事项三分之一目标的基础上，去年又取消165项国务院部门及其指定地方实施的审批事项，"
         "清理规范192项审批中介服务事项、220项\u200b职业资格许可认定事项。")
    assert fact(s, "165")["indicator"] == "取消国务院部门及其指定地方实施的审批事项"


# -- the 比 of a share noun (占比, 比重) is no comparison word that ends the name of a change in points ---------


def test_share_noun_keeps_its_bi_before_a_change_in_points():
    # 2011
    r = fact("服务业快速发展，在国内生产总值中占比提高2.5个百分点。", "2.5")
    assert (r["indicator"], r["measure"], r["value"], r["unit"]) == ("服务业在国内生产总值中占比", "pp_diff", 2.5, "pp")


def test_comparison_bi_after_a_share_noun_still_ends_the_name():
    # 2015: 比 that compares still cuts the name before the base it names
    s = "加大对经济社会发展薄弱环节的支持力度，小微企业、“三农”贷款增速比各项贷款平均增速分别高4.2和0.7个百分点。"
    r = fact(s, "4.2")
    assert (r["indicator"], r["comparator"], r["value"]) == ("小微企业贷款", "各项贷款", 4.2)
