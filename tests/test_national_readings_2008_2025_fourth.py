"""A fourth pass over sentences of the State Council government work reports, read by eye.

Each sentence is copied verbatim from the work-report corpus (the year of the report in the comment), but for
the written sentences marked so, which pin the verb frames a rule read on real text must also take (实现…增长,
保持稳定) as district reports print them; each test names the rule it pins and asserts the fields a reading found
wrong.
"""

from __future__ import annotations

from _sentences import fact, facts

# -- a clause of no figure that says what grew names the figure after it, before the sentence's first clause --------


def test_a_clause_saying_what_grew_names_the_figure_after_it():
    # 1986: the extra-budget funds grew and reached the amount, not a year of the clauses before
    s = ("在过去的几个五年计划期间，财政收入增加最多的是“五五”时期，一九八○比一九七五年增加二百二十六亿元，"
         "而“六五”期间的增加额大大超过“五五”间期，一九八五年比一九八○年增加七百八十六亿元，在国家财政收入增加的同时，"
         "预算外资金也大幅度增加，一九八五年达到一千四百三十亿元，预算内和预算外两项资金合计比一九八○年增加了一倍。")
    r = fact(s, "一千四百三十亿元")
    assert (r["indicator"], r["measure"], r["value"]) == ("预算外资金", "level", 143e9)


def test_the_clause_saying_what_grew_names_it_without_its_verb_frame():
    # written: the growth a clause reports (实现恢复性增长, 保持增长, 保持稳定, 温和上涨) is no part of the name
    cases = {"消费市场持续回暖，社会消费品零售总额实现恢复性增长，同比增长6.5%。": "社会消费品零售总额",
             "财政运行总体平稳，一般公共预算收入保持增长，完成35亿元。": "一般公共预算收入",
             "农业生产形势良好，粮食总产量保持稳定，达到50万吨。": "粮食总产量",
             "居民消费价格温和上涨，全年涨幅2.1%。": "居民消费价格",
             "税收收入完成40亿元，增长6%，非税收入有所下降，完成10亿元。": "非税收入",
             "全区经济总体保持平稳增长，同比增长5.5%。": "经济增长速度",  # (a growth of 经济 alone: the economy's)
             "税收收入完成40亿元，其他收入较快增长，完成10亿元。": "其他收入"}
    assert {s: facts(s)["indicator"].tolist()[-1] for s in cases} == cases
    # a clause of the growth alone (保持平稳增长) names nothing: the subject carried holds
    s = "一般公共预算收入完成50亿元，同比增长5%，保持平稳增长，完成年度预算的55%。"
    assert fact(s, "55%")["indicator"] == "一般公共预算收入"


# -- a deadline inside the subject (年底前要) ends the name: what is due is no part of it -----------------------------


def test_a_deadline_with_its_modal_ends_the_name():
    # 2019
    s = "政府要带头讲诚信守契约，决不能“新官不理旧账”，对拖欠企业的款项年底前要清偿一半以上，决不允许增加新的拖欠。"
    r = fact(s, "一半")
    assert (r["indicator"], r["status"], r["qualifier"]) == ("拖欠企业的款项", "target", "at_least")


# -- the count of the points a speech explains (对两个目标加以说明) is no figure ------------------------------------------


def test_the_count_of_points_explained_is_no_figure():
    # 2014
    assert facts("这里，着重对两个目标加以说明。").empty


# -- a verb that keeps a policy going (延续执行, 继续实施) opens no name -------------------------------------------------


def test_a_policy_kept_going_is_named_without_its_verb():
    # 2021
    s = ("延续执行企业研发费用加计扣除75%政策，将制造业企业加计扣除比例提高到100%，用税收优惠机制激励企业加大研发投入，"
         "着力推动企业以创新引领发展。")
    r = fact(s, "75%")
    assert (r["indicator"], r["measure"]) == ("企业研发费用加计扣除", "rate_pct")


# -- a bare noun after the pause mark closing an amount is one more object of the verb the list opens with -----------


def test_an_item_of_another_noun_shares_the_verb_of_the_list():
    # 2017 (a zero-width space of the web copy inside the second amount)
    s = "新增第四代移动通信用户3.4亿、光缆线路550\u200b多万公里。"
    assert fact(s, "550")["indicator"] == "新增光缆线路"
    # 2018
    s = "新增高标准农田8000万亩以上、高效节水灌溉面积2000万亩。"
    assert fact(s, "2000万亩")["indicator"] == "新增高效节水灌溉面积"
    # 2008: 关停 closes the small coal mines as it closes the small power plants
    s = ("依法淘汰一大批落后生产能力，关停小火电 2157万千瓦、小煤矿1.12万处，淘汰落后炼铁产能4659万吨、炼钢产能3747万吨、"
         "水泥产能8700万吨。")
    assert fact(s, "1.12万处")["indicator"] == "关停小煤矿"
    # 2016: a cut list, each item a cut of its thing's backward capacity (tests/test_cut_list_of_capacities.py)
    s = "近三年淘汰落后炼钢炼铁产能9000多万吨、水泥2.3亿吨、平板玻璃7600多万重量箱、电解铝100多万吨。"
    assert [fact(s, x)["indicator"] for x in ("2.3亿吨", "7600", "100多万吨")] == [
        "落后水泥产能", "落后平板玻璃产能", "落后电解铝产能"]
    # 2010: the verb of two joined
    s = ("继续改善农村生产生活条件，农村饮水安全工程使6069万农民受益，新增510万沼气用户，新建和改造农村公路38万公里、"
         "农村电网线路 26.6万公里，又有80万户农村危房得到改造，9.2万户游牧民实现了定居。")
    assert fact(s, "26.6万公里")["indicator"] == "新建和改造农村电网线路"


def test_a_stock_after_the_pause_mark_is_not_added():
    # written: the balance is no object of 新增
    assert fact("全年新增贷款100亿元、贷款余额2000亿元。", "2000亿元")["indicator"] == "贷款余额"
