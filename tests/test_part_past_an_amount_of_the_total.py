"""A part after 其中 is of the count, or the area, its total is printed in, past an amount of that total between.

"签约重大项目36个，协议总投资652.8亿元，其中百亿级项目2个": the projects of a class are a part of the 36 projects, not
of the money they are to invest; the amount right before 其中 is a total only of parts counted as it is. Sentences
are copied from the report named in the comment (constructed texts are regression fixtures, and said so).
"""

from __future__ import annotations

import pytest
from _sentences import fact

# national work report 2003, verbatim
Y2003 = ("在长江流域实行平垸行洪、退田还湖、移民建镇等政策，恢复水面2900平方公里，增加蓄洪容积130亿立方米，其中鄱阳湖、"
         "洞庭湖还湖面积分别达到880平方公里和600平方公里，实现了千百年来从围湖造田、与湖争地到大规模退田还湖的历史性转变。")
# constructed texts, regression fixtures: wuhou_2023_h1, shijingshan_2022_h1
WUHOU = "坚持“招大引强”，上半年签约重大项目36个，协议总投资652.8亿元，其中百亿级项目2个；新落地世界500强企业3家。"
SHIJINGSHAN = ("全面落实国家和本市助企纾困政策,为1.2万余户市场主体减免房租2.36亿元,其中国有房屋租金减免覆盖小微企业和个体工商户"
               "3100余户。")
# written: a part in the amount's own unit stays a part of the amount
WRITTEN = "上半年签约重大项目36个，协议总投资652.8亿元，其中外资项目投资120亿元。"


@pytest.mark.parametrize(("text", "part", "total"), [
    (Y2003, "880平方公里", "2900平方公里"),
    (Y2003, "600平方公里", "2900平方公里"),
    (WUHOU, "2个", "36个"),
    (SHIJINGSHAN, "3100余户", "1.2万余户"),
    (WRITTEN, "120亿元", "652.8亿元"),
])
def test_part_of_the_total_counted_alike(text, part, total):
    got = fact(text, part)
    assert (got["parent_id"], got["relation"]) == (fact(text, total)["fact_id"], "part")
