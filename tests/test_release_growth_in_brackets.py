"""A growth rate printed in brackets right after its growth noun, as monthly statistical releases print it.

County and city releases give the growth of an indicator in brackets after 增速, 增幅, 增长率 or 降幅 and go on to
compare it (规上工业增加值增速(8.6%)高于全省平均水平2.1个百分点): the figure in the brackets is the growth of the
name the noun closes, a fall where the noun is 降幅 and the figure prints no sign. The comparator's own rate in
brackets (高于全国(3.9%)) stays the comparator's.

Sentences written in the form of county releases, not real, are marked as regression fixtures; the real ones
are quoted with the file they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact

HEAD = "2023年8月全县工业经济运行情况\n"


@pytest.mark.parametrize(("s", "printed", "name", "value", "key"), [
    # regression fixture in the form of a county release (not real), modelled on
    # tests/gold/real/texts/neimenggu_2023_m8_industry.txt 累计增速高于全国(3.9%)3.6个百分点
    ("1-8月，全县规上工业增加值增速（8.6%）高于全省平均水平2.1个百分点。", "8.6%", "规上工业增加值", 8.6,
     "industrial_va_above_size"),
    # regression fixture, a variant (not real): a signed fall after 增幅, compared with the city
    ("1-8月，全县社会消费品零售总额增幅（-3.2%）低于全市1.1个百分点。", "-3.2%", "社会消费品零售总额", -3.2, "retail_sales"),
    # regression fixture, a variant (not real): 降幅 with no sign printed, against a quarter
    ("上半年，全区固定资产投资降幅（4.5%）比一季度收窄2.1个百分点。", "4.5%", "固定资产投资", -4.5, "fixed_asset_investment"),
    # regression fixture, a variant (not real): half-width brackets, a rank after them
    ("1-5月，规上工业增加值增速(12.3%)居全市第一，比1-4月提高1.5个百分点。", "12.3%", "规上工业增加值", 12.3,
     "industrial_va_above_size"),
])
def test_a_rate_in_brackets_after_a_growth_noun_is_the_growth_of_the_name(s, printed, name, value, key):
    f = fact(HEAD + s, printed)
    assert (f["measure"], f["indicator"], f["value"], f["indicator_key"]) == ("yoy_pct", name, value, key)


def test_the_comparators_rate_in_brackets_stays_the_comparators():
    # tests/gold/real/texts/neimenggu_2023_m8_industry.txt
    s = "1-8月份,全区规上工业增加值同比增长7.5%,较1-7月份提高0.3个百分点,已连续三个月回升。累计增速高于全国(3.9%)3.6个百分点,居全国第5位,较上月提升2位。"
    f = fact(s, "3.9%")
    assert (f["measure"], f["value"], f["scope"]) == ("yoy_pct", 3.9, "全国")


@pytest.mark.parametrize(("s", "printed", "name", "key"), [
    # regression fixture in the form of a county release (not real), modelled on
    # tests/gold/real/texts/ruyuan_m1to5_release.txt 限上批发业销售额…;限上零售业销售额…
    ("1-5月，全县限上批发业、零售业销售额分别增长6.3%和4.8%。", "4.8%", "限上零售业销售额", "sector_sales_above_size:retail"),
    # regression fixture, a variant (not real): 限额以上, the trades joined by 和
    ("1-5月，全县限额以上批发和零售业销售额分别增长6.3%和4.8%。", "4.8%", "限额以上零售业销售额",
     "sector_sales_above_size:retail"),
    # regression fixture, a variant (not real): lodging and catering
    ("1-5月，全县限上住宿业、餐饮业营业额分别增长12.5%和9.6%。", "9.6%", "限上餐饮业营业额",
     "sector_turnover_above_size:catering"),
    # regression fixture, a variant (not real): the size of industry is no class of construction
    ("1-5月，规模以上工业、建筑业企业利润分别增长5%和3%。", "3%", "建筑业企业利润", "sector_profit:construction"),
])
def test_a_trade_size_class_heading_a_list_is_every_trades(s, printed, name, key):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["indicator_key"]) == (name, key)


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a county release (not real), modelled on
    # tests/gold/real/texts/wangcang_h1_industry.txt 增速居全市第6位
    ("1-5月，全县地区生产总值、增速分别居全市第6位、第2位。", "第2", "地区生产总值增速"),
    # regression fixture, a variant (not real): the size named as 总量 before the growth, read as before
    ("1-5月，全县地区生产总值总量、增速分别居全市第6位、第2位。", "第2", "地区生产总值增速"),
])
def test_a_bare_growth_word_after_a_quantity_in_a_list_of_ranks_is_its_growth(s, printed, name):
    f = fact(HEAD + s, printed)
    assert (f["measure"], f["indicator"]) == ("rank", name)
