"""A rank among the main urban districts (主城区, as Hangzhou, Nanjing or Chongqing group their central districts) is
read as one among the city's (全市) or the inner districts' (中心城区): 增速列全市第二、主城区第一 gives two ranks of the
growth, the second compared with 主城区, which is also a base of points (高于主城区平均水平). A rank of the growth
carried from a rank before it (增速列全市第二,居全省第一) names the growth once, and a 分别 list of ranks of the growth
after a 分别 list of growths (…分别增长5.2%、8.9%,增速分别居全市第四、第二) ranks each member's growth in order.

xiaoshan_hz_2022_h1 prints 规上营利性服务业营业收入同比增长29.8%,增速全市第一; no real excerpt or national report
prints 主城区 or a second rank in its own clause, so the sentences are written regression fixtures in its shape.
"""

from __future__ import annotations

import pytest
from _sentences import MIDYEAR_HEAD as HEAD
from _sentences import fact

NAME = "规上营利性服务业营业收入增速"
KEY = "sector_operating_revenue_above_size:for_profit_services"
LISTED = HEAD + "上半年,规上营利性服务业营业收入同比增长29.8%,增速列全市第二、主城区第一。\n"
OWN_CLAUSE = HEAD + "上半年,规上营利性服务业营业收入同比增长29.8%,增速列全市第二,居主城区第一。\n"
PROVINCE = HEAD + "上半年,规上营利性服务业营业收入同比增长29.8%,增速列全市第二,居全省第一。\n"
AVERAGE = HEAD + "上半年,全区地区生产总值同比增长5.6%,高于主城区平均水平1.2个百分点。\n"


# written
@pytest.mark.parametrize(("text", "base"), [(LISTED, "主城区"), (OWN_CLAUSE, "主城区"), (PROVINCE, "全省")])
def test_a_second_rank_of_the_growth(text: str, base: str) -> None:
    first, second = fact(text, "第二"), fact(text, "第一")
    assert (first["indicator"], first["value"], first["comparator"]) == (NAME, 2, "全市")
    assert (second["indicator"], second["indicator_key"], second["measure"], second["value"], second["comparator"]) == (
        NAME, KEY, "rank", 1, base)


# written
def test_points_above_the_main_urban_districts() -> None:
    f = fact(AVERAGE, "1.2个百分点")
    assert (f["measure"], f["value"], f["comparator"]) == ("pp_diff", 1.2, "主城区")


# written: a 分别 list of ranks of the growth after a 分别 list of growths names each member's growth
@pytest.mark.parametrize("text", [
    HEAD + "上半年,全区规上工业增加值、固定资产投资分别增长5.2%、8.9%,增速分别居全市第四、第二。\n",
    HEAD + "上半年,全区规上工业增加值、固定资产投资分别增长5.2%、8.9%,增速分别居全市第四和第二位。\n"])
def test_ranks_of_the_growths_of_a_list_before(text: str) -> None:
    first, second = fact(text, "第四"), fact(text, "第二")
    assert (first["indicator"], first["indicator_key"], first["value"]) == (
        "规上工业增加值增速", "industrial_va_above_size", 4)
    assert (second["indicator"], second["indicator_key"], second["value"]) == (
        "固定资产投资增速", "fixed_asset_investment", 2)
