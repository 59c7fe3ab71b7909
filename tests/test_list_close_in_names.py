"""A name that is a list closed by 等 right before its figure ends with the list, not the 等.

Where nothing follows the 等 that closes a list of the things counted or measured (年均新增涉税企业和个体工商户等超过
1100万户), the 等 is a remnant of the list, no part of what a column head would carry: the name is the list
(新增涉税企业和个体工商户). A 等 followed by the noun the list's kinds share stays inside the name (节能、节水和资源
综合利用等重大项目), and so does the 等 of examples listed after 有 or 包括, whose count names the noun before them
(施工线路有包头——兰州线、内江——昆明线等２５条 → 施工线路).
"""

from __future__ import annotations

import pytest
from _sentences import fact


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 2023
    ("减税降费公平普惠、高效直达，五年累计减税5.4万亿元、降费2.8万亿元，既帮助企业渡过难关、留得青山，也放水养鱼、"
     "涵养税源，年均新增涉税企业和个体工商户等超过1100万户，各年度中央财政收入预算都顺利完成。", "1100万户",
     "新增涉税企业和个体工商户"),
    # national work report 1958
    ("机械产品中的发电设备、电动机、生产氮肥的设备、载重汽车和蒸气机车等，增长的速度都将达到百分之五十以上，"
     "这样就将大大地提高我国机器设备的自给能力。", "百分之五十",
     "机械产品中的发电设备、电动机、生产氮肥的设备、载重汽车和蒸气机车"),
    # written: a district report's count of firms brought in
    ("上半年引进科技型企业、高新技术企业等50家。", "50家", "引进科技型企业、高新技术企业"),
])
def test_the_closing_deng_of_a_listed_name_is_dropped(text: str, printed: str, name: str) -> None:
    assert fact(text, printed)["indicator"] == name


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 1956: examples after 有 name no count
    ("１９５６年施工线路有包头——兰州线、内江——昆明线等２５条。", "２５条", "施工线路"),
    # national work report 2006: the kinds' shared noun after 等
    ("启动了178项节能、节水和资源综合利用等重大项目。", "178项", "节能、节水和资源综合利用等重大项目"),
])
def test_a_deng_before_a_noun_or_after_examples_stays(text: str, printed: str, name: str) -> None:
    assert fact(text, printed)["indicator"] == name
