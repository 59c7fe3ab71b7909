"""An adverb of approximation inside a name, on verbatim sentences of the national work reports.

大约 printed between the subject and the verb of a figure (全国大约损失工业总产值一千亿元) says the figure is
approximate: it is read as the qualifier (``about``), and is no part of what is measured, as it is none at the head of
a name. Each test is a sentence copied from the report named in its comment.
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
    (S1979_POWER, "二", "耗电二", "工业交通企业目前一年多耗电"),
    (S1979_POWER, "三百亿度", "", "工业交通企业目前一年多耗电"),
])
def test_an_approximation_inside_a_name_is_its_qualifier_only(text, printed, within, name):
    f = fact(text, printed, within)
    assert (f["indicator"], f["qualifier"]) == (name, "about")
