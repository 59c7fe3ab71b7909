"""The owner a 分别 list names on its first item is the owner of the items after it that name only a quantity
(规模以上工业企业营业收入、利润总额 → 规模以上工业企业利润总额), as bulletins print the profit of an industry after its
revenue. Sentences written in that form (regression fixtures, not real text)."""

from __future__ import annotations

import pytest
from _copy_forms import fact_at, read


@pytest.mark.parametrize(("text", "printed"), [
    ("规模以上工业企业营业收入、利润总额分别增长5.6%和12.3%。", "12.3%"),
    ("全区规模以上工业企业实现营业收入、利润总额分别为1234.5亿元、89.6亿元，分别增长5.6%和12.3%。", "89.6亿元"),
    ("全区规模以上工业企业实现营业收入、利润总额分别为1234.5亿元、89.6亿元，分别增长5.6%和12.3%。", "12.3%"),
])
def test_the_owner_of_the_first_item_owns_a_bare_quantity_after_it(text, printed):
    assert fact_at(read(text), text, printed)["indicator"] == "规模以上工业企业利润总额"


@pytest.mark.parametrize("text", ["城镇、农村居民人均可支配收入分别增长5.1%和6.8%。",
                                  "城镇、农村常住居民人均可支配收入分别为52418元和34567元。"])
def test_town_and_country_joined_by_a_pause_mark_share_the_residents(text):
    first, second = (f["indicator"] for f in read(text)[1])
    assert first.startswith("城镇") and second.startswith("农村") and first[2:] == second[2:]
    assert "居民人均可支配收入" in first


@pytest.mark.parametrize(("printed", "name"), [("412360万元", "金融业税收"), ("154230万元", "租赁和商务服务业税收"),
                                               ("9.6%", "金融业税收"), ("3.2%", "租赁和商务服务业税收")])
def test_the_quantity_after_the_list_word_is_each_members(printed, name):
    """分别实现税收: the tax of each industry, in the list that states it and in the one after that carries it."""
    text = ("分行业看，金融业、信息传输软件和信息技术服务业、租赁和商务服务业分别实现税收412360万元、186540万元和"
            "154230万元，分别增长9.6%、15.8%和3.2%。")
    f = fact_at(read(text), text, printed)
    assert (f["indicator"], f["dimension"]) == (name, "sector")


def test_the_quantity_after_the_list_word_follows_the_group_the_members_make():
    text = "电子信息、装备制造两大主导产业分别实现产值3912.5亿元和1286.3亿元。"
    assert [f["indicator"] for f in read(text)[1]] == ["电子信息产业产值", "装备制造产业产值"]
