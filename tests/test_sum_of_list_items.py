"""A sum of the items of a 分别 list, printed in the clause after it, is named by the list's subject as a whole.

A clause after a 分别 list that opens with a word of a sum (合计, 共计, 三者合计) and no subject of its own prints
a figure of all the items together: its name is the list's subject (the items and the quantity they share), as
their joint contribution is named (金融、科技和信息服务业三大优势行业增加值对经济增长贡献率), never the last item's.
When a verb parts the items from their quantity (分别实现税收), the quantity follows the items.
"""

from __future__ import annotations

import pytest
from _sentences import fact

DONGCHENG_2023 = "金融业、信息服务业、商务服务业增加值分别增长7.6%、11.3%和5.8%,合计占全区经济总量的63.5%。"
# written sentences, of the shape of the budget reports' 分别实现税收… lists
WRITTEN_LEVEL = "金融业、信息服务业、商务服务业分别实现税收412360万元、186540万元和154230万元，合计753130万元。"
WRITTEN_THREE = "金融业、信息服务业和商务服务业分别实现税收412360万元、186540万元和154230万元，三者合计占税收收入的60.1%。"


@pytest.mark.parametrize(("text", "printed", "name"), [
    # Dongcheng district, half-year report 2023: the share of the three sectors together
    (DONGCHENG_2023, "63.5%", "金融业、信息服务业、商务服务业增加值"),
    (DONGCHENG_2023, "5.8%", "商务服务业增加值"),  # the last item keeps its own name
    # written: the sum of amounts, and a share of the three named by 三者
    (WRITTEN_LEVEL, "753130万元", "金融业、信息服务业、商务服务业税收"),
    (WRITTEN_THREE, "60.1%", "金融业、信息服务业和商务服务业税收"),
])
def test_sum_named_by_list(text: str, printed: str, name: str) -> None:
    assert fact(text, printed)["indicator"] == name
