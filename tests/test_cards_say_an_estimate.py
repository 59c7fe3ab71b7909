"""A card whose level is an estimate or a target, with no growth beside it, says so before the level, as the overview
table's 状态 column does; a growth says so before its label (预计同比), as before.

Wuchang annual report of 2023 (real text): ——全社会固定资产投资完成365亿元:预计全年固定资产投资完成380亿元左右。 The card
of 固定资产投资 read 约380亿元 beside 同比 —, with nothing to tell it from an outcome; it now reads 预计约380亿元, in the
chart's alt text too. The card of 一般公共预算收入（地方级）(预计…完成137亿元,同比增长0.8%) keeps 137亿元 beside 预计同比.
"""

from __future__ import annotations

from _cards import real_cards


def test_an_estimated_level_alone_on_its_card_says_so():
    cards, alt = real_cards("wuchang_wh_2023_annual")
    assert cards["固定资产投资"]["card-level"] == "预计约380亿元"
    assert "固定资产投资 预计约380亿元" in alt


def test_an_estimated_level_beside_its_growth_leaves_the_word_to_the_growth():
    cards, _ = real_cards("wuchang_wh_2023_annual")
    card = cards["一般公共预算收入（地方级）"]
    assert card["card-level"] == "137亿元"
    assert card["card-yoy-label"] == "预计同比"


def test_an_outcome_level_has_no_word_before_it():
    cards, _ = real_cards("haishu_nb_2023_gwr")
    assert cards["一般公共预算收入"]["card-level"] == "117.1亿元"
