"""A list of things added or built goes on after a comma as after a pause mark.

全年新增大中型发电机组容量…，铁路新线和复线…，高等级公路… prints the verb once: each later clause that is only the
bare name of lines, power or capacity, counted in their units, is one more thing added (新增铁路新线和复线), not a
stock. A later clause with a verb of its own, of a quantity, or counted otherwise is a clause of its own.
"""

from __future__ import annotations

import pytest
from _sentences import fact

# national work report 1995
S1995 = ("全年新增大中型发电机组容量１５００多万千瓦，铁路新线和复线３３００多公里，高等级公路１９００公里，"
         "港口吞吐能力近２６００万吨，电话交换机近１９００万门。")
# national work report 2003
S2003 = "铁路营运里程由65969公里增加到71500公里；五年建成新线5944公里，复线4603公里，电气化线路5704公里。"
# national work report 1982
S1982 = "五年内，新增原油开采能力三千五百万吨，天然气开采能力二十五亿立方米。"
# national work report 2010
S2010 = "大力加强基础设施建设，新建铁路投入运营5557公里，高速公路新建通车4719公里，城市轨道交通建设加快。"
# written: the shapes district reports print
S_OUTPUT = "全年新增城市道路12公里，粮食产量30万吨。"
S_CLEARED = "拆除违法建设82.6万平方米，腾退土地116公顷，完成全年任务的57.9%。"


@pytest.mark.parametrize(("text", "printed", "name", "qualifier"), [
    (S1995, "３３００", "新增铁路新线和复线", "over"),
    (S1995, "１９００公里", "新增高等级公路", "exact"),
    (S1995, "２６００", "新增港口吞吐能力", "nearly"),
    (S1995, "１９００万门", "新增电话交换机", "nearly"),
    (S2003, "4603", "建成铁路复线", "exact"),  # (the railway of the length before: test_network_lengths_named)
    (S2003, "5704", "建成电气化线路", "exact"),
    (S1982, "二十五亿", "新增天然气开采能力", "exact"),
])
def test_a_bare_item_after_a_comma_is_added_as_the_first(text, printed, name, qualifier):
    r = fact(text, printed)
    assert (r["indicator"], r["measure"], r["qualifier"]) == (name, "level", qualifier)


@pytest.mark.parametrize(("text", "printed", "name"), [
    (S2010, "4719", "高速公路新建通车"),
    (S_OUTPUT, "30万吨", "粮食产量"),
    (S_CLEARED, "116公顷", "腾退土地"),
])
def test_a_clause_of_its_own_keeps_its_name(text, printed, name):
    assert fact(text, printed)["indicator"] == name
