"""Persons a verb works on, counted right after it with nothing after them, are named by the verb and the unit
(``进城落户的人``, ``培训的人次``); an adverb heading the verb (再, 又, 还, 已, 先) is no part of that name, as it is of
no other: ``今年再进城落户1300万人`` → ``进城落户的人``, as ``今年实现进城落户1300万人以上`` is named.
"""

from __future__ import annotations

import pytest
from _sentences import fact

S2018 = "今年再进城落户1300万人，加快农业转移人口市民化。"
S2017 = "深化户籍制度改革，今年实现进城落户1300万人以上，加快居住证制度全覆盖。"
# written: the adverb 已 before a verb of the list, as district reports print it
WRITTEN_DONE = "全年已培训3000人次。"
S2019_EXPANSION = "改革完善高职院校考试招生办法，鼓励更多应届高中毕业生和退役军人、下岗职工、农民工等报考，今年大规模扩招100万人。"
S2023_EXPANSION = "实施高职扩招和职业技能提升三年行动，累计扩招413万人、培训8300多万人次。"


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 2018: 再 before the verb
    (S2018, "1300万人", "进城落户的人"),
    # national work report 2017: the same count with no adverb
    (S2017, "1300万人", "进城落户的人"),
    # written sentence (no report at hand prints it): 已 before the verb
    (WRITTEN_DONE, "3000人次", "培训的人次"),
    # national work report 2019: the students an enrolment expansion adds (扩招), 大规模 no part of it
    (S2019_EXPANSION, "100万人", "扩招的人"),
    # national work report 2023: the same verb, counted over five years
    (S2023_EXPANSION, "413万人", "扩招的人"),
])
def test_an_adverb_before_the_verb_is_no_part_of_the_name(text, printed, name):
    assert fact(text, printed)["indicator"] == name
