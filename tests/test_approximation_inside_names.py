"""An adverb of approximation inside a name, on verbatim sentences of the national work reports.

大约 printed between the subject and the verb of a figure (全国大约损失工业总产值一千亿元) says the figure is
approximate: it is read as the qualifier (``about``), and is no part of what is measured, as it is none at the head of
a name. So is every word the qualifier read before the verb of a figure takes (约增长, 至少增产): where the verb stays in
the name, the word does not; 约 ending a verb (节约) is no such word. Each test is a sentence copied from the report
named in its comment.
"""

from __future__ import annotations

import pytest
from _sentences import fact

S1978_LOSS = ("从一九七四年到一九七六年，由于“四人帮”的干扰破坏，全国大约损失工业总产值一千亿元，钢产量二千八百万吨，"
              "财政收入四百亿元，整个国民经济几乎到了崩溃的边缘。")
S1979_POWER = "据有关部门初步估算，工业交通企业目前一年大约多耗电二、三百亿度，多耗煤几千万吨。"


@pytest.mark.parametrize(("text", "printed", "within", "name"), [
    # national work report 1978
    (S1978_LOSS, "一千亿元", "", "全国损失工业总产值"),
    # national work report 1979: both ends of the range
    (S1979_POWER, "二", "耗电二", "工业交通企业一年多耗电"),
    (S1979_POWER, "三百亿度", "", "工业交通企业一年多耗电"),
])
def test_an_approximation_inside_a_name_is_its_qualifier_only(text, printed, within, name):
    f = fact(text, printed, within)
    assert (f["indicator"], f["qualifier"]) == (name, "about")


S1955_TRADE = "其中：国营商业约增长百分之一百三十三点二，合作社营商业约增长百分之二百三十九点五。"
S1955_YARN = "如果每件棉纱平均少用两斤棉花，全国每年就可以至少增产两万件棉纱。"
S2018_DATA = ("加大网络提速降费力度，实现高速宽带城乡全覆盖，扩大公共场所免费上网范围，明显降低家庭宽带、企业宽带和专线使用费，"
              "取消流量“漫游”费，移动网络流量资费年内至少降低30%，让群众和企业切实受益，为数字中国、网络强国建设加油助力。")
S1955_RULE = ("\u3000\u3000国务院规定：在今后三年内，生产性建设的建筑安装的造价，应该比原计划至少节约百分之十；"
              "各种非生产性建设的造价，应该比原计划至少节约百分之十五。")


@pytest.mark.parametrize(("text", "printed", "name", "qualifier"), [
    # national work report 1955: 约 before the verb of each figure
    (S1955_TRADE, "百分之一百三十三点二", "国营商业", "about"),
    (S1955_TRADE, "百分之二百三十九点五", "合作社营商业", "about"),
    # national work report 1955: 至少 before 增产
    (S1955_YARN, "两万", "棉纱产量", "at_least"),
    # national work report 2018: 至少 before 降低
    (S2018_DATA, "30%", "移动网络流量资费", "at_least"),
    # national work report 1955: 至少 before 节约, whose 约 ends the verb and is no qualifier of its own
    (S1955_RULE, "百分之十", "生产性建设的建筑安装的造价", "at_least"),
    (S1955_RULE, "百分之十五", "各种非生产性建设的造价", "at_least"),
])
def test_a_qualifier_before_the_verb_is_no_part_of_the_name(text, printed, name, qualifier):
    f = fact(text, printed)
    assert (f["indicator"], f["qualifier"]) == (name, qualifier)
    assert not any(w in f["indicator"] for w in ("大约", "至少")) and "约" not in f["indicator"].replace("节约", "")
