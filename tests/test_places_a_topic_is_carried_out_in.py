"""A count of places opened by 在 after a subject that names a programme, with a verb of carrying it out after the
places (展开, 实施, 推开, 铺开), is named by the programme too: the places where it is carried out, as a share of
units is (基本药物制度在30%的基层医疗卫生机构实施). An actor before 在 with another verb names no topic. Each sentence
is copied from the national work report named in its comment."""

from __future__ import annotations

from _sentences import fact


def test_places_a_programme_is_carried_out_in_are_named_by_it():
    # national work report 1988
    text = "五年间对外承包工程和劳务合作在１００多个国家和地区展开，完成营业额近４０亿美元。"
    assert fact(text, "１００")["indicator"] == "对外承包工程和劳务合作展开的国家和地区"


def test_places_an_actor_does_another_thing_in_keep_their_name():
    # national work report 1997
    text = "这几年，国家先后在５８个城市进行了企业优化资本结构的试点，提供政策支持，推动了企业改组和结构调整，今年试点城市扩大到１１０个。"
    assert fact(text, "５８")["indicator"] == "进行了企业优化资本结构的试点的城市"
