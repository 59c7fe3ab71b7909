"""Names of the figures of the national work reports of 1954–1988, on verbatim sentences.

过去 before a span of years (在过去四年中) or standing alone (由过去的百分之三十) is a time, no name: the figure is named by
the subject before it. Each test is a sentence copied from the report named in its comment.
"""

from __future__ import annotations

import pytest
from _sentences import fact

S1960 = ("全国粮食总产量，在过去四年中共增加了一千九百零五亿斤，即从一九五五年的三千四百九十六亿斤，"
         "增加到了一九五九年的五千四百零一亿斤。")
S1958 = ("我们从一九五五年以来，通过降低建筑标准、削减建设项目的工作，使非生产性建设投资在整个建设投资中的比重，"
         "由过去的百分之三十以上，降低到百分之二十左右。")


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 1960
    (S1960, "一千九百零五亿斤", "全国粮食总产量"),
    (S1960, "三千四百九十六亿斤", "全国粮食总产量"),
    # national work report 1958
    (S1958, "百分之三十", "非生产性建设投资在整个建设投资中的比重"),
    (S1958, "百分之二十", "非生产性建设投资在整个建设投资中的比重"),
])
def test_the_past_is_no_name(text, printed, name):
    assert fact(text, printed)["indicator"] == name


def test_the_past_of_a_name_stays():
    # national work report 1955: 过去几年 is part of what the share is of
    f = fact("过去几年组织的农业生产合作社，百分之九十以上是巩固的，其中的绝大多数，它们的产量有显著的增加。", "百分之九十")
    assert f["indicator"] == "过去几年组织的农业生产合作社"


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 1955
    ("例如本溪钢铁公司的生产工人只占职工总数的百分之五十六，管理机构人员约占职工总数的四分之一。",
     "百分之五十六", "本溪钢铁公司的生产工人"),
    ("有些职工宿舍的造价也过高，例如鞍山钢铁公司在一九五三年修建的职工宿舍十五万平方公尺，单位造价高达一百六十三元。",
     "十五万平方公尺", "鞍山钢铁公司在一九五三年修建的职工宿舍"),
    # national work report 1956
    ("例如石油开业部各厂可比产品成本降低额在第一季度只完成全年计划的１１％；煤炭工业部原煤的全部可比产品成本，超过计划成本４％左右。",
     "１１％", "石油开业部各厂可比产品成本降低额"),
])
def test_an_example_word_is_no_part_of_a_name(text, printed, name):
    assert fact(text, printed)["indicator"] == name
