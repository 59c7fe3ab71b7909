"""Indicator names read by a scan of every fact of the real excerpts and the national work reports of 2000–2025.

A level named only by what is done to the things it measures (力争新开工15个) is named by that verb and the
things the last figure before it in the same unit measures, in its sentence up to a semicolon (新开工的重点项目;
完工的老旧小区综合整治 past a figure in 栋), as 基本建成511万套 is after 新开工保障性安居工程740万套. A verb of a
cut after 要 (今年要关停1000万千瓦) names nothing of its own: the level is of the things cut before (小火电机组). The 每 of "each" (国内生产总值每增长1个百分点) ends no name. Firms 支持 (supported)
to do something are named by what they do, as those 协助 (helped) are (支持116户国有企业实施政策性关闭破产 →
实施政策性关闭破产的国有企业); schools (中小学) are among the units so supported, their work ending at a 、 before the next count's verb. Each test is a sentence
copied from the report named in its comment.
"""

from __future__ import annotations

import pytest
from _sentences import fact_at

S2007_SHUT = ("“十一五”期间，关停5000万千瓦小火电机组，今年要关停1000万千瓦；五年淘汰落后炼铁产能1亿吨、"
              "落后炼钢产能5500万吨，今年力争分别淘汰3000万吨和3500万吨。")
S_DONGCHENG_Q1 = "全力推进40个重点项目,力争二季度新开工15个。"
S_SHIJINGSHAN = "老旧小区综合整治开工27个、涉及楼栋193栋,完工9个;实施的42项“疏整促”任务已完成25项,完成率59.5%。"
S2006_SUPPORTED = "中央财政安排219亿元支持116户国有企业实施政策性关闭破产，企业分离办社会职能工作继续进行。"
S2008_SCHOOLS = ("国家安排专项资金支持2.2万多所农村中小学改造危房、建设 7000多所寄宿制学校，远程教育已覆盖36万所"
                 "农村中小学，更多的农村学生享受到优质教育资源。")
S2016_EACH = "现在国内生产总值每增长1个百分点的增量，相当于5年前1.5个百分点、10年前2.5个百分点的增量。"


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 2007: the plants shut down this year, not the verb alone
    (S2007_SHUT, "5000万千瓦", "关停小火电机组"),
    (S2007_SHUT, "1000万千瓦", "关停小火电机组"),
    # Dongcheng 2021 Q1 report (constructed excerpt): the key projects to start, of the 40 pushed
    (S_DONGCHENG_Q1, "40个", "重点项目"),
    (S_DONGCHENG_Q1, "15个", "新开工的重点项目"),
    # Shijingshan 2022 H1 report (constructed excerpt): the renovations finished, past the buildings they involve
    (S_SHIJINGSHAN, "27个", "开工的老旧小区综合整治"),
    (S_SHIJINGSHAN, "9个", "完工的老旧小区综合整治"),
])
def test_a_level_named_by_a_verb_alone_takes_the_things_before(text: str, printed: str, name: str) -> None:
    assert fact_at(text, printed)["indicator"] == name


def test_each_ends_no_name() -> None:
    # national work report 2016: the GDP, without the 每 of "each point of growth" (the step itself is no fact)
    assert fact_at(S2016_EACH, "1.5个百分点")["indicator"] == "国内生产总值"


def test_firms_supported_to_do_it_are_named_by_what_they_do() -> None:
    # national work report 2006: the state firms closed under the policy, not the firms and their closing
    assert fact_at(S2006_SUPPORTED, "116户")["indicator"] == "实施政策性关闭破产的国有企业"
    # (the sum its payer alone names is named by the help it pays for, less the count of the firms helped)
    assert fact_at(S2006_SUPPORTED, "219亿元")["indicator"] == "支持国有企业实施政策性关闭破产的中央财政安排资金"
    # national work report 2008: the rural schools supported, by what they are supported to do up to the 、 before
    # the next count's own verb (建设 7000多所寄宿制学校)
    assert fact_at(S2008_SCHOOLS, "2.2万多所")["indicator"] == "改造危房的农村中小学"
