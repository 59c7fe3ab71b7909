"""Names of counts of persons by what reaches them or what they do.

Persons reached by a verb with no noun of theirs (惠及1.2万人次) are named by the sum of money printed right
before in the clause before, which is what reaches them (发放消费券2000万元，惠及1.2万人次 → 消费券惠及的人次);
not by a change of a measure (最高额度增加4000元), nor when no money is printed before (建立…制度，惠及2100多万人
→ 惠及的人), nor for persons a verb works on (培训的人次). Persons counted by their unit alone, followed by
what they do, are named by it also when a 、 joins a second verb (上亿人出棚进楼、实现安居 → 出棚进楼的人).
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
# written: no report at hand prints it (a district report's shape: money paid, then the persons it reaches)
W_VOUCHER = "发放消费券2000万元，惠及1.2万人次。"
W_ABOUT = "向困难群众发放价格临时补贴约1.2亿元，惠及5.6万人。"
# written: a change of a per-person amount reaches the persons, not the amount (after the national work report 2022)
W_CHANGE = "国家助学贷款每人每年最高额度增加4000元，惠及500多万人。"


@pytest.mark.parametrize(("text", "printed", "name"), [
    (S2023_SHANTY, "上亿人", "出棚进楼的人"),
    (S2018_SUBSIDY, "2100多万人", "惠及的人"),
    (S2023_TRAIN, "8300多万人次", "培训的人次"),
    (W_VOUCHER, "1.2万人次", "消费券惠及的人次"),
    (W_ABOUT, "5.6万人", "价格临时补贴惠及的人"),
    (W_CHANGE, "500多万人", "惠及的人"),
])
def test_persons_named(text: str, printed: str, name: str) -> None:
    assert fact(text, printed)["indicator"] == name
