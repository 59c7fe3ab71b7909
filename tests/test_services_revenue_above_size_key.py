"""The operating revenue of services above designated size is one indicator however a report prints it.

District and county releases print the monthly services statistic as 规上服务业营业收入, 规模以上服务业营业收入 or
规模以上服务业企业(实现)营业收入: one glossary key (``services_revenue_above_size``), so the key tables group the three
printings alike, and none of them is the revenue of all services (服务业营业收入) nor of the for-profit services
alone (规上营利性服务业营业收入), which are other counts. The enterprises a sector's quantity is of (工业企业利润) name the
sector's quantity still, as 企业类单位 does (文化、体育和娱乐业企业类单位收入), and leave the figure a sector's.
Sentences are copied from the text named in their comment.
"""

from __future__ import annotations

import pytest
from _sentences import fact

from dhcheng_analysis import vocab

KEY = "services_revenue_above_size"

# youyang_cq_2025_q1 (real excerpt, tests/gold/real/texts)
YOUYANG = "1-2月,全县规上服务业实现营业收入3.7亿元, 比上年下降1.8%。"
# tianhe_2021_q1 (district fixture)
TIANHE = "规模以上服务业营业收入1265.3亿元,增长28.9%,两年平均增长9.7%。"
# short_bulletins (district fixture)
BULLETIN = "【服务业】1-5月，规模以上服务业企业实现营业收入2846.3亿元，增长21.5%，利润总额较上年同期增加45.6亿元。"
# xiaoshan_hz_2022_h1 (real excerpt)
XIAOSHAN = ("上半年,GDP同比增长1.8%;规上工业增加值增幅实现由负转正,规上营利性服务业营业收入同比增长29.8%,增速全市第一;"
            "固定资产投资同比增长13.8%。")
# national work report 2000
NATIONAL_2000 = "全年工业企业实现利润2202亿元，比上年增长 52％；其中国有和国有控股工业企业实现利润967亿元，增长77．7％，都创造了近五年来的最高水平。"


@pytest.mark.parametrize(("text", "printed", "name"), [
    (YOUYANG, "3.7亿元", "规上服务业营业收入"),
    (YOUYANG, "1.8%", "规上服务业营业收入"),
    (TIANHE, "1265.3亿元", "规模以上服务业营业收入"),
    (TIANHE, "28.9%", "规模以上服务业营业收入"),
    (BULLETIN, "2846.3亿元", "规模以上服务业企业营业收入"),
    (BULLETIN, "21.5%", "规模以上服务业企业营业收入"),
])
def test_three_printings_of_the_services_revenue_are_keyed_alike(text: str, printed: str, name: str) -> None:
    f = fact(text, printed)
    assert (f["indicator"], f["indicator_key"], f["dimension"]) == (name, KEY, "sector")


def test_the_revenue_of_all_services_and_of_for_profit_services_are_other_counts() -> None:
    assert vocab.concept("服务业营业收入").key == "sector_operating_revenue:tertiary_industry"
    f = fact(XIAOSHAN, "29.8%")
    assert (f["indicator"], f["indicator_key"]) == ("规上营利性服务业营业收入", "")


def test_the_profits_of_a_sectors_enterprises_are_the_sectors_profits() -> None:
    f = fact(NATIONAL_2000, "2202亿元")
    assert (f["indicator"], f["indicator_key"]) == ("工业企业利润", "sector_profit:industry")
    assert fact(NATIONAL_2000, "967亿元")["indicator_key"] == ""  # (the state-owned part: a narrower count)
