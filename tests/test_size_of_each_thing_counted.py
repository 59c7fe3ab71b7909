"""A size printed for each of the things counted names their kind; a yearly output of one plant is the plant's.

``建成2个5000平方米的社区服务中心`` counts centres of that size: the count is the figure and the size is part of the
name of what is counted, as ``投资亿元以上的项目`` is. A size printed with 年产 before 的 and one plant
(``年产十万吨的造纸厂``) is that plant's output, named as ``国家粮食储备库仓容`` names a depot's capacity. The time spent
doing something (``用四个月的时间``) is no figure.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts


@pytest.mark.parametrize(("text", "count", "name", "size"), [
    # written in the words district reports use: an area of each centre
    ("建成2个5000平方米的社区服务中心。", "2个", "建成5000平方米的社区服务中心", "5000平方米"),
    # written: a capacity of each station, a different classifier
    ("新建3座10万千瓦的光伏电站。", "3座", "新建10万千瓦的光伏电站", "10万千瓦"),
    # written: an area in 亩
    ("建成3个500亩的农业园区。", "3个", "建成500亩的农业园区", "500亩"),
])
def test_size_of_each_thing_counted_is_part_of_its_name(text, count, name, size):
    got = facts(text)
    assert size not in set(got["raw_value"] + got["raw_unit"])
    f = fact(text, count)
    assert (f["indicator"], f["value"]) == (name, float(count[:-1]))


def test_size_class_with_guimo_in_a_national_report():
    # 1955.txt: 三十个五万千瓦规模的电站 counts stations of a size class
    text = "这一笔资金，如用之于工业建设，就可以建设一个年产一百五十万吨钢铁的冶金企业，或三十个五万千瓦规模的电站。"
    got = facts(text)
    assert "五万千瓦" not in set(got["raw_value"] + got["raw_unit"])
    assert fact(text, "三十个")["indicator"].endswith("五万千瓦规模的电站")


@pytest.mark.parametrize(("text", "printed", "name"), [
    # written: the yearly output of the project brought in
    ("引进年产30万吨的项目。", "30万吨", "项目年产"),
    # written: 日产 as 年产
    ("新建日产5000吨的污水处理厂。", "5000吨", "污水处理厂日产"),
])
def test_yearly_output_before_de_is_the_plants(text, printed, name):
    assert fact(text, printed)["indicator"] == name


def test_yearly_output_of_plants_counted_stays_in_their_name():
    # written: the count's name keeps the output each project is of
    text = "建成2个年产30万吨的项目。"
    assert fact(text, "2个")["indicator"] == "建成年产30万吨的项目"


def test_yearly_output_before_de_in_a_national_report():
    # 1958.txt
    text = ("我们也已经开始能够自己设计和建设一些大型的、技术比较复杂的工程，例如，年产一百五十万吨的钢铁联合企业，"
            "年产一百五十万吨的煤矿，年产五万吨合成氨的氮肥厂。")
    got = facts(text)
    assert list(got["indicator"]) == ["钢铁联合企业年产", "煤矿年产", "氮肥厂年产合成氨"]


def test_time_spent_doing_it_is_no_figure():
    # 1958.txt
    text = ("但是到一九五八年一月三十一日，已经完成一亿一千七百多万亩，即用四个月的时间超额完成了全年度的任务。")
    got = facts(text)
    assert "四个月" not in set(got["raw_value"] + got["raw_unit"])
    # written: 用 with no 的, and 花了
    for text in ("力争用两个月时间完成改造。", "只花了3个月的时间就建成投用。"):
        assert not any(u == "个月" for u in facts(text)["raw_unit"]), text


def test_time_spent_doing_it_names_no_figure():
    # regression fixtures in the style of district reports: the time spent is the means, no part of the name
    assert fact("用四个月的时间完成了全年任务的80%。", "80%")["indicator"] == ""
    assert fact("全区用四个月的时间完成了全年招商任务的80%。", "80%")["indicator"] == "招商"


def test_saved_time_stays_a_figure():
    # written: time saved is an outcome, no means
    assert fact("平均审批时间节省了3个月。", "3个月")["value"] == 3.0

