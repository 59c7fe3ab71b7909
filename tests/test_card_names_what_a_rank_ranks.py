"""A card names what a rank ranks: the size of an amount (总量居全市第6位 → 总量全市第6), its growth (增速…第2) or
its completion, never a bare 全市第6 that leaves the reader to guess.

Quoted from the real excerpt district_2021_bulletin_rank (tests/gold/real/texts): 初步核算,2021年全区生产总值
(GDP)[2]91.3亿元,比上年增长7.5%,总量居全市第6位,增速居全市第2位。"""

from __future__ import annotations

from _cards import card_texts
from _real_tables import excerpt_table


def test_the_rank_of_an_amounts_size_is_named_as_such():
    head = excerpt_table("district_2021_bulletin_rank", "headline")
    row = head.set_index("indicator").loc["地区生产总值"]
    assert (row["rank"], row["rank_group"], row["rank_measure"]) == (6.0, "全市", "level")
    gdp = head[head["indicator"] == "地区生产总值"]  # (the only card: 规模工业中,战略性新兴产业工业产值 is a part of the industry)
    assert card_texts(gdp, "card-comparison") == ["总量全市第6"]
    assert card_texts(gdp, "card-comparison", "en") == ["size rank 6 among all in the city"]
