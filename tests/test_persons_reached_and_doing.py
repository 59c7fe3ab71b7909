"""Names of counts of persons by what reaches them or what they do.

Persons reached by a verb with no noun of theirs (惠及1.2万人次) are named by the sum of money printed right
before in the clause before, which is what reaches them (发放消费券2000万元，惠及1.2万人次 → 消费券惠及的人次);
not by a change of a measure (最高额度增加4000元); with no figure in the clause before, by the programme it sets
up or carries out (建立…“两项补贴”制度，惠及2100多万人 → …“两项补贴”制度惠及的人); not for persons a verb works on
(培训的人次). Persons counted by their unit alone, followed by
what they do, are named by it also when a 、 joins a second verb (上亿人出棚进楼、实现安居 → 出棚进楼的人).
Persons who gain (受益) are named by what makes them: the subject before a causative (农村饮水安全工程使6069万农民
受益 → 农村饮水安全工程受益的农民), or, with no subject of their own, the money the clause before pays out, as
are persons reached (向更多低收入群众发放价格补贴，约6700万人受益 → 价格补贴受益的人), or the aid whose effort it steps
up (加大对各类学校家庭困难学生资助力度，4.3亿人次受益 → 各类学校家庭困难学生资助受益的人次); a bare causative or a
clause before that neither pays out nor enacts anything leaves them named by the verb alone.
"""

from __future__ import annotations

import pytest
from _sentences import fact

# national work report 2023
S2023_SHANTY = "多年累计改造棚户区住房4200多万套，上亿人出棚进楼、实现安居。"
# national work report 2018
S2018_SUBSIDY = "建立困难和重度残疾人“两项补贴”制度，惠及2100多万人。"
# national work report 2023
S2023_TRAIN = "实施高职扩招和职业技能提升三年行动，累计扩招413万人、培训8300多万人次。"
# national work report 2010
S2010_WATER = ("继续改善农村生产生活条件，农村饮水安全工程使6069万农民受益，新增510万沼气用户，新建和改造农村公路38万公里、"
               "农村电网线路 26.6万公里，又有80万户农村危房得到改造，9.2万户游牧民实现了定居。")
# national work report 2014
S2014_CHECK = "全面实施国家基本公共卫生服务项目，农村免费孕前检查使600万个家庭受益。"
# national work report 2023
S2023_PRICE = "向更多低收入群众发放价格补贴，约6700万人受益。"
# national work report 2025
S2025_ONCE = "向困难群众发放一次性生活补助，惠及1100多万人。"
# national work report 2008
S2008_FREE = ("农村义务教育已全面纳入财政保障范围，对全国农村义务教育阶段学生全部免除学杂费、全部免费提供教科书，"
              "对家庭经济困难寄宿生提供生活补助，使1.5亿学生和780万名家庭经济困难寄宿生受益。")
# national work report 2018
S2018_AID = "加大对各类学校家庭困难学生资助力度，4.3亿人次受益。"
# written: no report at hand prints it (a district report's shape: money paid, then the persons it reaches)
W_VOUCHER = "发放消费券2000万元，惠及1.2万人次。"
W_ABOUT = "向困难群众发放价格临时补贴约1.2亿元，惠及5.6万人。"
# written: a change of a per-person amount reaches the persons, not the amount (after the national work report 2022)
W_CHANGE = "国家助学贷款每人每年最高额度增加4000元，惠及500多万人。"


@pytest.mark.parametrize(("text", "printed", "name"), [
    (S2023_SHANTY, "上亿人", "出棚进楼的人"),
    (S2018_SUBSIDY, "2100多万人", "困难和重度残疾人“两项补贴”制度惠及的人"),
    (S2023_TRAIN, "8300多万人次", "培训的人次"),
    (W_VOUCHER, "1.2万人次", "消费券惠及的人次"),
    (W_ABOUT, "5.6万人", "价格临时补贴惠及的人"),
    (W_CHANGE, "500多万人", "惠及的人"),
    (S2010_WATER, "6069万", "农村饮水安全工程受益的农民"),
    (S2014_CHECK, "600万个", "农村免费孕前检查受益的家庭"),
    (S2023_PRICE, "6700万人", "价格补贴受益的人"),
    (S2025_ONCE, "1100多万人", "一次性生活补助惠及的人"),
    (S2008_FREE, "1.5亿", "受益的学生"),
    (S2018_AID, "4.3亿人次", "各类学校家庭困难学生资助受益的人次"),
])
def test_persons_named(text: str, printed: str, name: str) -> None:
    assert fact(text, printed)["indicator"] == name
