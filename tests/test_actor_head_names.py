"""The bodies that do what a name counts, at its head, are no part of the name.

``国务院各部门共清理涉外规章和有关政策规定2300件`` counts rules cleared, not the State Council's departments: a body and
its departments or units (国务院各部门, 区政府各部门, 区属各单位) with the 共 or 累计 after them open no name, as the
report's own place does not (全区共办理…). A name that only starts with 各部门 (each department's own investment)
keeps it. Each sentence is copied from the report its comment names, unless the comment says it is written.
"""

from __future__ import annotations

import pytest
from _sentences import fact


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 2003
    ("国务院各部门共清理涉外规章和有关政策规定2300件，废止830件，修订325件。", "2300", "清理涉外规章和有关政策规定"),
    # national work report 2008
    ("认真贯彻实施行政许可法，推进行政审批制度改革，国务院各部门取消和调整行政审批项目692项。", "692",
     "取消和调整行政审批项目"),
    # national work report 2013: the count and the share of it
    ("深化行政审批制度改革，五年中分两轮取消和调整行政审批事项498项，国务院各部门取消和调整的审批项目总数达到2497项，"
     "占原有审批项目的69.3%。", "2497", "取消和调整的审批项目总数"),
    ("深化行政审批制度改革，五年中分两轮取消和调整行政审批事项498项，国务院各部门取消和调整的审批项目总数达到2497项，"
     "占原有审批项目的69.3%。", "69.3", "取消和调整的审批项目总数"),
    # written: the shape of a district report's count of proposals handled
    ("区政府各部门共办理人大代表建议120件、政协委员提案150件。", "120", "办理人大代表建议"),
    # written: a district's units and what they train
    ("区属各单位共培训干部1200人次。", "1200", "培训干部"),
])
def test_the_bodies_that_do_what_is_counted_open_no_name(text, printed, name):
    assert fact(text, printed)["indicator"] == name


def test_each_departments_own_quantity_keeps_its_owner():
    # written: 各部门 with no body before it is whose investment it is
    assert fact("各部门基本建设的投资额增长10%。", "10")["indicator"] == "各部门基本建设的投资额"
