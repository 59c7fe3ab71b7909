"""Two kinds of persons joined by 和 after one count are both what it counts.

A count of persons names every kind of person its noun run joins when each ends with a word for persons; 元首
and 首脑 (heads of state and of government), 学者, 科学家, 官兵 and 运动员 are such words, so
``４０多位外国元首和政府首脑先后访华`` counts ``先后访华的外国元首和政府首脑``, not the heads of state alone.
"""

from __future__ import annotations

import pytest
from _sentences import fact

S1995 = ("４０多位外国元首和政府首脑先后访华，以江泽民主席为首的我国领导人也出访了数十个国家，"
         "推动了双边关系的发展。")
S1984 = "一年来，我国领导人出访了许多国家，有二十多位外国元首和政府首脑先后来我国访问。"


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 1995
    (S1995, "４０多位", "先后访华的外国元首和政府首脑"),
    # national work report 1984
    (S1984, "二十多位", "先后来我国访问的外国元首和政府首脑"),
    # written: officers and soldiers after another kind of persons
    ("参加抢险的1200多名干部和官兵全部安全撤离。", "1200多名", "干部和官兵"),
])
def test_count_names_both_kinds_of_persons(text: str, printed: str, name: str) -> None:
    assert name in fact(text, printed)["indicator"]
