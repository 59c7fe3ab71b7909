"""A length of a network that names no network is of the one the figure right before it names.

Reports name a network (铁路, 公路) once and list the lengths of it after, bare: ``铁路投资要保持在8000亿元以上，
新投产里程8000公里以上`` (the railway's new lines, not new lines of nothing), ``铁路通车里程一千五百公里、复线里程…、
电气化里程…`` (double track and electrified lines of the railway). The network comes with the words the name before
prints before it (``新建改造城市道路12條，總里程18.5公里``: the length of the roads built, not of all city roads). A
length naming its own network keeps it, and a figure before that names no network lends none.
"""

from __future__ import annotations

import pytest
from _sentences import fact

# national work report 2015
S2015 = ("铁路投资要保持在8000亿元以上，新投产里程8000公里以上，在全国基本实现高速公路电子不停车收费联网，"
         "使交通真正成为发展的先行官。")
# national work report 1986
S1986 = ("五年内新增发电装机容量一千九百五十万千瓦，采煤能力八千万砘，原油开采能力五千万吨，铁路通车里程一千五百公里、"
         "复线里程一千五百公里、电气化里程二千四百公里，港口深水泊位吞吐能力一亿吨。")
# national work report 1955
S1955 = "五年内修建公路一万公里以上，新增加的通车里程为七千一百公里以上。"
# tests/gold/constructed/traditional_2020_h1 (a district report in traditional characters)
ROADS = "新建改造城市道路12條，總里程18.5公里。"
# written: a length naming its own network, after a railway's
OWN = "铁路营业里程达到12万公里，高速公路通车里程达到11万公里。"


@pytest.mark.parametrize(("text", "printed", "within", "name"), [
    (S2015, "8000公里", "", "铁路新投产里程"),
    (S1986, "一千五百公里", "复线里程一千五百公里", "铁路复线里程"),
    (S1986, "二千四百公里", "", "铁路电气化里程"),
    (S1955, "七千一百公里", "", "修建公路新增加的通车里程"),
    (ROADS, "18.5公里", "", "新建改造城市道路總里程"),
    (OWN, "11万公里", "", "高速公路通车里程"),
])
def test_length_is_of_the_network_named_before(text: str, printed: str, within: str, name: str) -> None:
    assert fact(text, printed, within)["indicator"] == name


def test_new_railway_lines_keyed() -> None:
    f = fact(S2015, "8000公里")
    assert (f["indicator_key"], f["status"], f["qualifier"]) == ("railway_added", "target", "at_least")


def test_first_length_of_the_list_keeps_its_name() -> None:
    assert fact(S1986, "一千五百公里")["indicator"] == "铁路通车里程"


def test_length_of_a_network_named_by_a_character_keeps_its_name() -> None:
    # written: a greenway and a city road name their own network, not the railway of the figure before
    text = "铁路投资完成8000亿元，绿道里程达到500公里，城市道路里程达到3000公里。"
    assert [fact(text, p)["indicator"] for p in ("500公里", "3000公里")] == ["绿道里程", "城市道路里程"]
