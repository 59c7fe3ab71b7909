"""A time that 在 sets between an owner and what it has is no part of the name of what is measured.

The national work reports of the 1950s print the time of a figure inside its subject, after the owner
(我国在一九五二年的粮食产量, 工业部在一九五三年和一九五四年的非生产性的投资, 農業生産合作社在今年八月); the name
is the owner and what it has, without that time (我国的粮食产量). A time before the verb of a modifier stays with it
(国家在１９５５年新增加的限额以上的工程项目). A pronoun alone as the subject (它, 它虽然) names nothing: the name
carried to it is the figure's. A topic frame (以…来说, 拿…来说) that is all the subject there is names what it frames. Each test is a sentence copied from the report
named in its comment.
"""

from __future__ import annotations

import pytest
from _sentences import fact

S1955_GRAIN = ("解放以后，仅仅经过三年的时间，我国在一九五二年的粮食产量就达到三千二百七十八亿斤，"
               "棉花产量达到二千六百万担，都超过了解放前的最高年产量。")
S1955_SHARE = ("据国家统计局的材料：中央六个工业部在一九五三年和一九五四年的非生产性的投资占全部投资的百分之二十一点六，"
               "但苏联在第一个五年计划中，工业部门的非生产性投资只占全部投资的百分之十四点五。")
S1959 = ("值得特别指出的是，在我们的生产资料工业跃进的时候，生活资料工业的产值在一九五八年一年中间也增长了百分之三十四，"
         "这样的增长速度难道是资本主义世界有过的吗？让西方资产阶级的老爷们叫嚷吧，我们的工人和农民除了失去了失业和挨饿的"
         "自由以外，什么也没有失掉。")
S1954 = "農業生産合作社在今年八月已經發展到十萬個，預計明年春耕時將達五十萬個以上，參加的農戶將達一千萬戶以上。"
S1956 = "因为节约了资金，国家在１９５５年新增加的限额以上的工程项目就有６０多个。"


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 1955
    (S1955_GRAIN, "三千二百七十八亿斤", "我国的粮食产量"),
    # national work report 1955: two years joined
    (S1955_SHARE, "百分之二十一点六", "工业部的非生产性的投资"),
    # national work report 1959: the time ends the name
    (S1959, "百分之三十四", "生活资料工业的产值"),
    # national work report 1954: a month of this year
    (S1954, "十萬個", "農業生産合作社"),
])
def test_time_set_by_zai_inside_a_name_is_dropped(text: str, printed: str, name: str) -> None:
    assert fact(text, printed)["indicator"] == name


def test_time_before_the_verb_of_a_modifier_stays() -> None:
    # national work report 1956
    assert fact(S1956, "６０多个")["indicator"] == "国家在1955年新增加的限额以上的工程项目"  # (named half-width)


S1957 = ("基本建设投资缩减为一百一十一亿元，它虽然比1956年减少百分之二十；但是比五年计划原定的1957年投资还多十四亿元，"
         "五年合计，仍然超过五年计划原定数约五十亿元。")


def test_pronoun_alone_as_subject_takes_the_name_carried() -> None:
    # national work report 1957
    assert fact(S1957, "百分之二十")["indicator"] == "基本建设投资"


S1957_STEEL = "以钢的产量来说，第一个五年合计将达到一千六百三十万吨，而旧中国包括日本侵略时候的东北在内，从1900年到1948年，49年合计的钢产量不过七百六十万吨。"


def test_topic_frame_as_subject_names_what_it_frames() -> None:
    # national work report 1957
    assert fact(S1957_STEEL, "一千六百三十万吨")["indicator"] == "钢的产量"
