"""Counts that are no figures, and counts that are, read in the State Council work reports and the local excerpts.

A small count in words of things the text names elsewhere (这四个国家, 上述三项任务, 以下的十项工作, a quoted
list of principles closed by 三项原则) and a count of principles, tendencies, steps, levels or powers of an
argument (十条方针, 两种错误的偏向, 分两个步骤, 三个层次, 两个核大国) say nothing a table of figures holds. A
count of real things stays a figure (完成3家竞赛场馆), and so does the total of the parts listed next
(以下四十八个主要工程的改建和新建：三个铁矿，…). A doubling stated (比“五五”时期翻了一番, 比1980年翻两番) is a
change of +100 % or +300 %; the goal of 1982 named again (翻两番的宏伟目标) is none.
"""

from __future__ import annotations

import pytest
from _sentences import facts

NOT_FIGURES = [
    ("以上讲的五个问题，贯穿着一个总的精神，就是要加强和改善国民经济的综合平衡，以保证我国经济进一步地持续、"
     "稳定、协调发展，保证各项改革的顺利进行。", "五个"),
    ("上述三项任务，是相互联系、紧密结合的，其中最重要的是第一项任务。", "三项"),
    ("国务院认为，根据上述方针，当前我们发展国民经济的主要任务，是要着重抓好以下的十项工作。", "十项"),
    ("这十条方针经过大会审议、修改、通过后，还要在各方面的实践中，反复接受考验，不断补充修正，"
     "使它更加符合实际，更加完善起来。", "十条"),
    ("中華人民共和國政府完全支持這四個國家的正義立場，堅决反對這個分裂東南亞的軍事同盟條約。", "四個"),
    ("我们在一九八二年提出的发展中日关系的“和平友好、平等互利、长期稳定”三项原则，得到了日本朝野的赞同。", "三项"),
    ("双方共同确定“和平友好、平等互利、互相信赖、长期稳定”四项原则，为中日睦邻友好关系的健康发展奠定了基础。",
     "四项"),
    ("围绕着提高经济效益，走出一条经济建设的新路子，必须认真贯彻执行下列十条方针。", "十条"),
    ("在我国经济发展前景问题上，要防止两种错误倾向。", "两种"),
    ("因此，我们必须纠正两种错误的偏向：一种偏向是看不见全局，不区别轻重缓急，盲目地到处建设，"
     "从而妨碍重点工程的建设。", "两种"),
    ("国家对资本主义工商业的改造，是分两个步骤实现的，第一步是把资本主义转变为国家资本主义，"
     "第二步是把国家资本主义转变为社会主义。", "两个"),
    ("我们处理同美国和苏联这两个大国的关系，同样是坚持和平共处五项原则。", "两个"),
    ("中苏两个大国和睦相处，不但符合两国人民的根本利益和共同愿望，而且有利于亚洲和世界和平。", "两个"),
    ("它摧毁了刘少奇、林彪两个资产阶级司令部，粉碎了他们复辟资本主义的阴谋。", "两个"),
    ("为了推动核裁军，我国在去年的联合国大会上正式提出了新的倡议，主张在两个核大国率先停止试验、改进、生产核武器并就"
     "大幅度削减其核武库达成协议之后，召开包括所有核国家的、具有广泛代表性的国际会议，讨论共同裁减核武器的问题。",
     "两个"),
    ("中共中央号召全国人民在实现现代化的事业中要坚持四项基本原则，即坚持社会主义道路，坚持无产阶级专政，坚持共产党的"
     "领导，即坚持马克思列宁主义毛泽东思想，这四项原则都不能离开社会主义民主。", "这四项"),
    ("要按照邓小平同志关于科学技术是第一生产力的思想，继续坚持面向经济建设主战场的方针，抓好技术开发和应用、高新技术"
     "及其产业、基础性科学研究三个层次的工作，促进经济增长方式的转变。", "三个"),
    # national work report 1982: the two persons just named, pointed back at by a pronoun
    ("他们两位在我们国家所急需的科学技术方面作出了具有世界水平或国内先进水平的发明创造，都是模范的共产党员。", "两位"),
]


@pytest.mark.parametrize(("sentence", "printed"), NOT_FIGURES)
def test_count_of_things_named_elsewhere_is_no_figure(sentence: str, printed: str) -> None:
    f = facts(sentence)
    at = sentence.index(printed)
    inside = (f["start"] < at + len(printed)) & (f["end"] > at)
    assert not inside.any(), f[["raw_value", "indicator"]].to_string()


def test_count_of_real_things_stays_a_figure() -> None:
    sentence = ("服务保障有力有序,完成3家竞赛场馆、8家非竞赛场馆、85家酒店(驻地)保障工作,实现疫情防控“零感染”、"
                "人员流线“零破环”。")
    assert facts(sentence)["value"].tolist() == [3, 8, 85]
    sentence = "上半年新增“四上”企业14家,净增7家,增量居全县首位。"
    assert facts(sentence)["value"].tolist() == [14, 7, 1]
    sentence = ("鞍山钢铁联合企业在原有生产规模的基础上，从一九五三年到一九六○年这八年时间内，将基本上完成以下四十八个"
                "主要工程的改建和新建：三个铁矿，八个选矿厂和烧结厂，六座自动化的炼铁高炉，三个新式的炼钢厂，"
                "十六个轧钢厂，十座炼焦炉，二个耐火材料车间。")
    assert facts(sentence)["value"].tolist() == [48, 3, 8, 6, 3, 16, 10, 2]


DOUBLINGS = [
    ("“六五”期间，进出口贸易总额合计达到二千三百亿美元，比“五五”时期翻了一番，在世界上所占的位次明显提高。",
     "一番", "进出口贸易总额", 100, "actual", "“五五”时期"),
    ("实现全面建成小康社会目标，到2020年国内生产总值和城乡居民人均收入比2010年翻一番，“十三五”时期经济年均增长"
     "保持在6.5%以上。", "一番", "国内生产总值", 100, "target", "2010年"),
    ("人均国民生产总值比1980 年翻两番的任务，已经超额完成。", "两番", "人均国民生产总值", 300, "actual", "1980年"),
]


@pytest.mark.parametrize(("sentence", "printed", "indicator", "value", "status", "comparator"), DOUBLINGS)
def test_doubling_stated_is_a_change(sentence: str, printed: str, indicator: str, value: float, status: str,
                                     comparator: str) -> None:
    """翻一番 doubles (+100 %), 翻两番 doubles twice (+300 %): a change on the base, as 增长3倍."""
    f = facts(sentence)
    row = f[f["raw_unit"] == "番"].iloc[0]
    assert (row["indicator"], row["measure"], row["value"], row["unit"], row["raw_value"] + row["raw_unit"]) == (
        indicator, "change_pct", value, "%", printed)
    assert (row["status"], row["comparator"]) == (status, comparator)


@pytest.mark.parametrize("sentence", [
    "从更长远的观点来看，我们要到本世纪末实现工农业年总产值翻两番的宏伟目标，进而向更高的水平迈进，"
    "更需要充分发挥科学技术的巨大作用。",
    "翻两番，决不仅仅是一个量的概念。",
])
def test_doubling_named_as_the_goal_is_no_new_figure(sentence: str) -> None:
    """The goal of 1982 named again (翻两番的宏伟目标, with no base and no 了) restates no figure."""
    assert facts(sentence).empty
