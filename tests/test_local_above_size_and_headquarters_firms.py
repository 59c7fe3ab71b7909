"""Glossary keys of the firms a district counts as it grows: the enterprises above designated size of the four kinds
the statistics survey in full (“四上”企业, the stock, and those added in the period), the headquarters firms and the
national specialised and innovative little giants (专精特新“小巨人”企业, the stock and those added).

The rank of the increment (增量居全县首位), a narrower class of headquarters (区级税收亿元以上的总部企业, 跨国公司总部),
the wider class of specialised and innovative firms (专精特新中小企业) and a city's own little giants stay unkeyed.
"""

from __future__ import annotations

import pytest
from _sentences import fact, fact_at

# nanshan_sz_2023_gwr_digest, verbatim
NANSHAN = ("新增“四上”企业1525家,总数达9923家。新增专精特新“小巨人”企业90家,总数达140家。"
           "新认定7家跨国公司总部,全区总部企业数量达129家。")
# zhongdu_ws_2025_street_h1, verbatim
ZHONGDU = "上半年新增“四上”企业14家,净增7家,增量居全县首位。"
# shunyi_2022_fy (constructed fixture)
SHUNYI = "全区新增国家级专精特新“小巨人”企业15家，累计达到41家。"
# national work report 2023, verbatim
NATIONAL = "专精特新中小企业达7万多家。"
# tianhe_2021_q1 (constructed fixture)
TIANHE = "区级税收亿元以上的总部企业达32家,比上年末增加3家。"


@pytest.mark.parametrize(("text", "printed", "name", "measure", "key"), [
    (NANSHAN, "1525家", "新增“四上”企业", "level", "new_above_size_firms"),
    (NANSHAN, "9923家", "“四上”企业", "level", "above_size_firms"),
    (NANSHAN, "129家", "总部企业数量", "level", "hq_firms"),
    (ZHONGDU, "14家", "新增“四上”企业", "level", "new_above_size_firms"),
    (ZHONGDU, "7家", "“四上”企业", "abs_change", "above_size_firms"),  # the net change of the stock
    (NANSHAN, "90家", "新增专精特新“小巨人”企业", "level", "new_little_giant_firms"),
    (NANSHAN, "140家", "专精特新“小巨人”企业", "level", "little_giant_firms"),
    (SHUNYI, "15家", "新增国家级专精特新“小巨人”企业", "level", "new_little_giant_firms"),
    (SHUNYI, "41家", "国家级专精特新“小巨人”企业", "level", "little_giant_firms"),
])
def test_above_size_and_headquarters_firms_have_keys(text: str, printed: str, name: str, measure: str,
                                                      key: str) -> None:
    f = fact(text, printed)
    assert (f["indicator"], f["measure"], f["indicator_key"]) == (name, measure, key)


def test_the_rank_of_the_increment_and_narrower_headquarters_stay_unkeyed() -> None:
    assert fact_at(ZHONGDU, "首位")["indicator_key"] == ""
    assert fact(NANSHAN, "7家")["indicator_key"] == ""  # 跨国公司总部: one kind of headquarters
    assert fact(TIANHE, "32家")["indicator_key"] == ""
    # all specialised and innovative SMEs, not the giants: a concept of their own
    assert fact(NATIONAL, "7万多家")["indicator_key"] == "specialised_smes"
