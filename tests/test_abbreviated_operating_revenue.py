"""营收, the short form of 营业收入, names a sector's operating revenue as the full word does.

A street's report prints 服务业累计营收: the operating revenue of the services of every size, the glossary's
服务业营业收入 (``services_revenue``, beside ``services_revenue_above_size``), a figure its lead block tracks. A
short form whose full name is a glossary term is that term (规上服务业营收 is 规模以上服务业营业收入); else it is
the sector's operating revenue as the full word makes it (规上营利性服务业营收), so the short and the full form of
one figure line up in the tables. The growth of a quantity (its 增速, 增幅) is of the quantity's kind: the rank of
规上营利性服务业营业收入's 增速 is a sector's, though a glossary term (服务业营业收入) sits inside the name.
"""

from __future__ import annotations

import pytest
from _sentences import fact

from dhcheng_analysis.vocab import concept

# zhongdu_ws_2025_street_h1 (real excerpt)
ZHONGDU_SERVICES = ("1-5月,完成财税收入5545万元;工业产值累计达6.88亿元,同比增长2.25%;服务业累计营收突破2.7亿元,"
                    "同比增长23.7%;高新技术企业产值累计达4.95亿元,同比增长8.15%。")


@pytest.mark.parametrize("printed", ["2.7亿元", "23.7%"])
def test_services_short_revenue_is_keyed_as_services_operating_revenue(printed):
    # zhongdu_ws_2025_street_h1 (real excerpt): the level (突破: over) and its growth
    f = fact(ZHONGDU_SERVICES, printed)
    assert (f["indicator"], f["indicator_key"]) == ("服务业营收", "services_revenue")


@pytest.mark.parametrize(("short", "full"), [
    # constructed names: the short form of the full names the real excerpts print
    # (youyang_cq_2025_q1 规上服务业营业收入; xiaoshan_hz_2022_h1 规上营利性服务业营业收入)
    ("规上服务业营收", "规上服务业营业收入"),
    ("规上营利性服务业营收", "规上营利性服务业营业收入"),
    ("服务业营收", "服务业营业收入"),
])
def test_short_form_has_the_key_of_the_full_name(short, full):
    assert concept(short).key == concept(full).key != ""


def test_short_form_alone_names_no_sector():
    # constructed: 营收 with no sector before it, or a word that is no glossary sector, stays unkeyed
    assert (concept("营收").key, concept("企业营收").key) == ("", "")


# xiaoshan_hz_2022_h1 (real excerpt)
XIAOSHAN_SERVICES = ("上半年,GDP同比增长1.8%;规上工业增加值增幅实现由负转正,规上营利性服务业营业收入同比增长29.8%,"
                     "增速全市第一;固定资产投资同比增长13.8%。")


@pytest.mark.parametrize("printed", ["29.8%", "第一"])
def test_rank_of_a_sector_growth_is_of_that_sector(printed):
    # xiaoshan_hz_2022_h1 (real excerpt): 增速全市第一 ranks the growth of the for-profit services' revenue, a
    # sector's quantity as the growth itself is, though 服务业营业收入 inside its name is a glossary term of its own
    f = fact(XIAOSHAN_SERVICES, printed)
    assert (f["indicator_key"], f["dimension"]) == ("sector_operating_revenue_above_size:for_profit_services", "sector")
