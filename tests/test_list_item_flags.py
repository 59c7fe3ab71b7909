"""The first item of a 分别 list named by the words of its own clause is not flagged ``subject_carried``.

A subject list printed before 分别 (城乡居民人均可支配收入分别增长…, 商务服务业、批发零售业税收降幅分别为…) gives each
figure one item of it; the first item is named by the figure's own clause as the others are, though its name is not
printed in one piece, so it carries no ``subject_carried`` flag. Items taken from a clause before keep it. Each sentence
is copied from the report named in its comment.
"""

from __future__ import annotations

import pytest
from _sentences import fact

# 海曙区政府工作报告 (Haishu, Ningbo, 2023)
HAISHU_2023 = ("全年地区生产总值突破1500亿元;完成一般公共预算收入117.1亿元,税收占比稳定在92%以上;"
               "城乡居民人均可支配收入分别增长4.4%、6.4%。")
# 余杭区政府工作报告 (Yuhang, Hangzhou, 2015)
YUHANG_2015 = ("完成财政总收入240.78亿元,其中地方财政收入148.8亿元,分别增长20.3%、18%;"
               "城镇和农村居民人均可支配收入分别为45329元和26581元,增长10%、11.3%;城镇登记失业率为2.11%。")
# Dongcheng, first half of 2020
DONGCHENG_2020 = "部分行业减收明显,商务服务业、批发零售业税收降幅分别为14.5%和30.3%。"


@pytest.mark.parametrize(("text", "printed", "name"), [
    (HAISHU_2023, "4.4%", "城镇居民人均可支配收入"),
    (HAISHU_2023, "6.4%", "农村居民人均可支配收入"),
    (YUHANG_2015, "45329元", "城镇居民人均可支配收入"),
    (YUHANG_2015, "26581元", "农村居民人均可支配收入"),
    (DONGCHENG_2020, "14.5%", "商务服务业税收"),
    (DONGCHENG_2020, "30.3%", "批发零售业税收"),
])
def test_items_of_a_printed_list_are_not_carried(text: str, printed: str, name: str) -> None:
    f = fact(text, printed)
    assert f["indicator"] == name
    assert "subject_carried" not in f["flags"].split(";")
