"""A bare count in 万 whose name ends with troops (部队) or with persons a clause says (…的人) counts persons (人).

Each test is a sentence copied from the national work report named in its comment.
"""

from __future__ import annotations

import pytest
from _sentences import fact

S1955 = "这就是说，保证城市、集镇和工矿区共有九千多万人对粮食的需要，保证几百万国防部队和公安部队对粮食的需要。"
S1959 = ("西藏，包括昌都、前藏、后藏三部分地方，共有人口一百二十万，参加叛乱的人只有两万左右，"
         "其中多数是被欺骗裹胁参加的，而且还包括一部分由金沙江以东原西康省地区逃跑去的叛乱分子，即所谓康巴人。")


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 1955
    (S1955, "几百万", "国防部队和公安部队"),
    # national work report 1959
    (S1959, "两万", "参加叛乱的人"),
])
def test_bare_count_of_troops_or_of_persons_said_is_in_persons(text: str, printed: str, name: str) -> None:
    f = fact(text, printed)
    assert (f["indicator"], f["unit"]) == (name, "人")
