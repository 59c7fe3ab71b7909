"""A count that counts no things measured: a country counted in a slogan (制造两个美国, 两个德国), and the kinds of
ownership or the benefits a sentence names and then lists (两种生产资料所有制, 十二个好处), is no fact.

Each sentence of the first test is copied from the national work report named in its comment; the sentence of
the last test is a written regression fixture.
"""

from __future__ import annotations

import pytest
from _sentences import facts

S1959_GERMANY = ("为了消除对欧洲和世界和平的威胁，促进两个德国通过直接谈判解决德意志人民统一祖国的民族任务，"
                 "苏联和德意志民主共和国提出了一系列合理的建议，并且作了不懈的努力。")
S1959_USA = "我们并没有跑到美国去耀武扬威，封锁它，占领它的领土，或者制造两个美国。"
S1959_OWNERSHIP = ("现在，除了个别的少数民族地区以外，我国基本上只有两种生产资料所有制，"
                   "这就是社会主义的全民所有制和社会主义的集体所有制。")
S1955_BENEFITS = ("最近我们全国人民代表大会的代表梁希先生从浙江农村视察回来说，绍兴新鉴乡的农民指出了十二个好处，"
                  "这些就是：“支援工业好，支援解放台湾好，支援灾区人民好。")


@pytest.mark.parametrize(("text", "printed"), [
    (S1959_GERMANY, "两个"),  # national work report 1959
    (S1959_USA, "两个"),  # national work report 1959
    (S1959_OWNERSHIP, "两种"),  # national work report 1959
    (S1955_BENEFITS, "十二个"),  # national work report 1955
])
def test_count_of_no_things_measured_is_no_fact(text: str, printed: str) -> None:
    f = facts(text)
    assert not f["raw_value"].map(lambda v: printed.startswith(v)).any(), f[["raw_value", "indicator"]].to_string()


def test_a_count_of_firms_of_a_country_stays() -> None:
    # written sentence (regression fixture): firms of a country are counted, not the country
    f = facts("有三个中国企业进入前十。")
    assert f["raw_value"].tolist() == ["三"]
