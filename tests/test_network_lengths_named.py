"""A length of a network that names no network is of the one the figure right before it names.

Reports name a network (铁路, 公路) once and list the lengths of it after, bare: ``铁路投资要保持在8000亿元以上，
新投产里程8000公里以上`` (the railway's new lines, not new lines of nothing), ``铁路通车里程一千五百公里、复线里程…、
电气化里程…`` (double track and electrified lines of the railway). The network comes with the words the name before
prints before it (``新建改造城市道路12條，總里程18.5公里``: the length of the roads built, not of all city roads). A
length naming its own network keeps it, and a figure before that names no network lends none. A line of a network
listed after its first item (``增加铁路新线1423公里、复线643公里``) takes the network word alone, before the line, after
its own verb (``新增铁路复线``, ``建成铁路复线``), when nothing but a verb stands before the line.
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
# national work report 2000
S2000 = ("已建成的主要有：加固大江大河大湖堤防近6100公里；新增公路通车里程1．2万公里，其中高速公路3358公里；增加铁路新线"
         "1423公里、复线643公里；城市基础设施建设和环境保护整治明显加快，许多城市面貌发生了较大变化；")
# national work report 1982
S1982 = "五年内全国新建铁路铺轨二千公里，建成复线一千七百公里，建成电气化铁路二千五百公里。"
# national work report 2003: the railway's length before names the lines built
S2003 = "铁路营运里程由65969公里增加到71500公里；五年建成新线5944公里，复线4603公里，电气化线路5704公里。"
# written: a line named by more than its verb (公交新线) is a line of its own
BUS = "新建道路3条，开通公交新线5条。"
# written: a length naming its own network, after a railway's
OWN = "铁路营业里程达到12万公里，高速公路通车里程达到11万公里。"


@pytest.mark.parametrize(("text", "printed", "within", "name"), [
    (S2015, "8000公里", "", "铁路新投产里程"),
    (S1986, "一千五百公里", "复线里程一千五百公里", "铁路复线里程"),
    (S1986, "二千四百公里", "", "铁路电气化里程"),
    (S1955, "七千一百公里", "", "修建公路新增加的通车里程"),
    (ROADS, "18.5公里", "", "新建改造城市道路總里程"),
    (OWN, "11万公里", "", "高速公路通车里程"),
    (S2000, "643公里", "", "新增铁路复线"),
    (S2000, "1423公里", "", "新增铁路新线"),
    (S1982, "一千七百公里", "", "建成铁路复线"),
    (S2003, "5944公里", "", "建成铁路新线"),
    (S2003, "4603公里", "", "建成铁路复线"),
    (S2003, "5704公里", "", "建成电气化线路"),
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


def test_new_railway_lines_built_after_the_railway_length_are_keyed() -> None:
    f = fact(S2003, "5944公里")
    assert (f["indicator_key"], f["measure"], f["unit"]) == ("railway_added", "level", "公里")


def test_a_line_named_by_more_than_a_verb_takes_no_network() -> None:
    assert "道路" not in fact(BUS, "5条")["indicator"]
