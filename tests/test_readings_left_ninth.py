"""Figures of persons, shares and price moves read as a district report or a work report prints them: the
persons a count names (农民工, not 农民), a bare 万 of persons, a share of the matters of a service, the size of
an event after 规模的, and a price rise or cut by a share. Sentences marked verbatim are copied from the
national work reports (year in the comment); the others are written in the form of a district report's
sentences, as no report at hand prints that shape."""

from __future__ import annotations

from _sentences import fact, facts


def test_a_count_of_migrant_workers_names_them_whole():
    # written in the form of a district report's sentence
    f = fact("全年1.2万名农民工实现就业。", "1.2万名")
    assert f["indicator"] == "实现就业的农民工"
    f = fact("帮助2.3万名退役军人实现就业。", "2.3万名")
    assert f["indicator"] == "实现就业的退役军人"


def test_a_bare_wan_after_the_size_of_a_population_counts_persons():
    # 2024, verbatim
    s = "高度重视稳就业，出台支持企业稳岗拓岗政策，加强高校毕业生等重点群体就业促进服务，脱贫人口务工规模超过3300万。"
    f = fact(s, "3300万")
    assert (f["indicator"], f["unit"], f["value"], f["qualifier"]) == ("脱贫人口务工规模", "人", 33e6, "over")
    # written in the form of a district report's sentence
    f = fact("全区常住人口规模达到80万。", "80万")
    assert (f["indicator"], f["unit"]) == ("常住人口规模", "人")


def test_a_share_of_the_matters_of_a_service_names_the_matters():
    # written in the form of a district report's sentence
    f = fact("95%以上的政务服务事项实现全程网办。", "95%")
    assert (f["indicator"], f["measure"], f["qualifier"]) == ("实现全程网办的政务服务事项", "rate_pct", "at_least")


def test_a_figure_before_a_size_names_the_thing_of_that_size_or_its_class():
    # 1955, verbatim
    s = ("这一笔资金，如用之于工业建设，就可以建设一个年产一百五十万吨钢铁的冶金企业，或三十个五万千瓦规模的电站，"
         "或五个年产一万五千辆拖拉机的工厂；如用之于铁路建设，则可以新建铁路三千公里以上；如用之于农业建设，"
         "则可以开荒四千万亩到五千万亩。")
    # (the size of each of the thirty stations counted names their kind: no figure, part of the count's name)
    got = facts(s)
    assert "五万千瓦" not in set(got["raw_value"] + got["raw_unit"])
    assert fact(s, "三十个")["indicator"].endswith("五万千瓦规模的电站")
    # written in the form of a district report's sentence
    f = fact("上半年举办2000人规模的招聘会。", "2000人")
    assert (f["indicator"], f["unit"]) == ("招聘会", "人")


def test_a_price_rise_or_cut_by_a_share_is_a_change_of_the_price():
    # 2009, verbatim: the rise of the price the three raises raised
    f = fact("三次较大幅度提高粮食最低收购价，提价幅度超过20%。", "20%")
    assert (f["indicator"], f["measure"], f["value"], f["qualifier"]) == ("粮食最低收购价", "change_pct", 20, "over")
    # written in the form of a district report's sentence
    f = fact("集中带量采购药品平均降价52%。", "52%")
    assert (f["indicator"], f["measure"], f["value"]) == ("集中带量采购药品", "change_pct", -52)


def test_a_change_of_a_thing_raised_a_number_of_times_is_of_the_thing():
    # written in the form of a work report's sentence
    f = fact("两次上调存款准备金率，累计上调1个百分点。", "1个百分点")
    assert (f["indicator"], f["measure"]) == ("存款准备金率", "pp_diff")


def test_an_addition_per_head_is_a_rise_of_the_amount_each_gets():
    # 2009, verbatim
    f = fact("企业退休人员养老金人均每月新增110元。", "110元")
    assert (f["indicator"], f["measure"], f["value"], f["unit"]) == ("人均企业退休人员养老金", "abs_change", 110, "元")


def test_a_count_of_persons_after_a_rate_is_of_those_the_rate_counts():
    # 2004, verbatim (the space before 83% as printed)
    s = "加强对高校扩招后首批毕业生就业的指导和服务，全国普通高校毕业生就业率去年底达到 83%，比上年增加60万人。"
    assert fact(s, "83%")["indicator"] == "全国普通高校毕业生就业率"
    f = fact(s, "60万人")
    assert (f["indicator"], f["measure"], f["unit"]) == ("就业的全国普通高校毕业生", "abs_change", "人")


def test_a_bare_wan_before_the_people_of_a_place_counts_persons():
    # 1997, verbatim
    s = ("我们相信，有全国人民作后盾，在６００多万香港人的共同努力下，“一国两制”一定能够成功，香港一定能够长期保持繁荣稳定，"
         "香港的明天一定会更加美好。")
    f = fact(s, "６００多万")
    assert (f["indicator"], f["unit"], f["qualifier"]) == ("香港人", "人", "over")
