"""What a measure will bring about (将减轻, 将带动, 将惠及 …) is an estimate, as 可减轻, 可带动 are.

实施上述政策，今年将比改革前减轻企业和个人负担5000多亿元: the relief is what the policies are reckoned to come to, a
forecast of an outcome, not a goal the plan sets; the comparison (比改革前) may stand between 将 and the verb. 将 before
any other verb still plans (中央财政将为此投入100亿元: the money the plan puts in), and so does 将使 (将使…达到: the
level a plan sets out to reach is a goal, as with 将达到, even in a sentence with no plan word of its own). Each test is a sentence copied from the report named in its comment, or says it
is written.
"""

from __future__ import annotations

import pytest
from _sentences import fact

# national work report 2016, 三、2016年重点工作
S2016 = "实施上述政策，今年将比改革前减轻企业和个人负担5000多亿元。"
# national work report 2004, 二、2004年主要任务
S2004 = "今年要启动西部地区“两基”攻坚计划，到2007年使西部地区基本普及九年义务教育，基本扫除青壮年文盲，中央财政将为此投入100亿元。"
# written: the shape in a district's plan
W_DRIVE = "全年计划实施重点项目120个，将带动社会投资300亿元。"
# national work report 2007, 二、2007年主要任务
S2007 = "今年，要在全国农村全部免除义务教育阶段的学杂费，这将使农村1.5 亿中小学生的家庭普遍减轻经济负担；继续对农村贫困家庭学生免费提供教科书并补助寄宿生活费。"
# written: a goal 将使 sets, with no plan word around it
W_MAKE = "通过实施该工程，将使全区绿化覆盖率达到50%。"


@pytest.mark.parametrize(("text", "printed"), [
    (S2016, "5000多亿元"),  # national work report 2016
    (W_DRIVE, "300亿元"),  # written
])
def test_what_a_measure_will_bring_about_is_estimated(text, printed):
    assert fact(text, printed)["status"] == "estimate"


@pytest.mark.parametrize(("text", "printed"), [
    (S2004, "100亿元"),  # national work report 2004: the money planned
    (W_DRIVE, "120个"),  # written: the projects planned
    (S2007, "1.5 亿"),  # national work report 2007: the pupils the plan reaches
    (W_MAKE, "50%"),  # written: the level 将使 sets out to reach
])
def test_what_a_plan_will_do_stays_a_target(text, printed):
    assert fact(text, printed)["status"] == "target"


# national work report 1978, 三、加快社会主义经济建设
S1978_BUILT = ("这一百二十个项目建成后，加上原有的工业基础，全国可以形成十四个实力比较雄厚、布局比较合理的工业基地，"
               "对于改变我国基础工业的落后状况，具有决定性的意义。")
# written: the shape in a district's review, what a project will bring once built, beside what it did
W_BUILT = "项目建成后，可新增就业岗位2000个，年产值10亿元。项目建成后，吸纳就业300人。"


@pytest.mark.parametrize(("text", "printed", "status"), [
    (S1978_BUILT, "十四个", "estimate"),  # national work report 1978: what the projects can form once built
    (W_BUILT, "2000个", "estimate"),  # written: what the project can add once built
    (W_BUILT, "10亿元", "estimate"),  # written: and every figure of the clauses after
    (W_BUILT, "300人", "actual"),  # written: no 可/将 after the completion: what it did
])
def test_what_a_work_can_bring_once_completed_is_estimated(text, printed, status):
    assert fact(text, printed)["status"] == status
