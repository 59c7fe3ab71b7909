"""Names and measures of ranks, growths and changes of a set level.

A rank of a growth is named by the growth (增速居全市第2位: 生产总值增速), a rank of a level by the level
(总量居全市第6位: 生产总值); read on the verbatim sentences of four real reports. 提升 before a percent is a
growth unless it closes one action (整治提升); 上调幅度为5% is the change 上调5% states; a verb with a long
object of money before an amount (上调…最低标准20元, 追加教育经费3亿元) changes that object. No text at hand prints
these last shapes, so their sentences are written in the reports' style and are regression fixtures, not evidence.
A place that is all a clause names takes the measure the clause before names, or the one the figure before measures
of another place (人口自然增长率，四川省由…，上海市由…); 化学需氧量 is a substance, so a list's shared 排放 is its too
(verbatim sentences of the State Council work reports). A part of a set counted before, whose predicate is too
long to name it, is named by the set, not by the word its predicate opens with (四十三种提前达到…: 主要产品).
A kind priced per unit after a clause that names the price of its category takes that price (提高粮食最低收购价，
早籼稻…每斤分别提高3分: 早籼稻最低收购价).
"""

from __future__ import annotations

from _sentences import facts


def read(text: str) -> list[tuple[str, str, str, float]]:
    f = facts(text)
    return [(r.raw_value, r.indicator, r.measure, r.value) for r in f.itertuples()]


def ranks(text: str) -> list[tuple[str, float]]:
    return [(ind, v) for _, ind, m, v in read(text) if m == "rank"]


def test_rank_of_a_growth_is_named_by_the_growth_and_of_a_total_by_the_total():
    got = ranks("初步核算,2021年全区生产总值 (GDP)[2]91.3亿元,比上年增长7.5%,总量居全市第6位,增速居全市第2位。")
    assert got == [("生产总值", 6.0), ("生产总值增速", 2.0)]


def test_rank_of_a_growth_in_bulletins_and_budget_reports():
    assert ranks("上半年,全县规上工业增加值同比增长1.3%,增速较一季度和1-5月分别提高15.5和2.2个百分点,增速居全市第6位,"
                 "较1-5月上升1位。") == [("规上工业增加值增速", 6.0)]
    assert ranks("上半年,GDP同比增长1.8%;规上工业增加值增幅实现由负转正,规上营利性服务业营业收入同比增长29.8%,增速全市第一;"
                 "固定资产投资同比增长13.8%。") == [("规上营利性服务业营业收入增速", 1.0)]
    assert ranks("2020年1-6月全城区组织财政收入累计完成146845万元,比上年同期144987万元增收1858万元,增长1.28%"
                 "(增幅在全市16县区中排名第五),完成年初预算245800万元的59.74%。") == [("组织财政收入增幅", 5.0)]


def test_rank_after_a_clause_comparing_a_growth_ranks_that_growth():
    got = ranks("收入规模位居全省第15位,同比提升1个位次;收入增幅高于省辖市平均增幅3.7个百分点,居全省第6位,同比提升1个位次;"
                "税收比重为70.9%,位居全省第3位,同比回落1个位次。")
    assert got == [("收入规模", 15.0), ("收入增幅", 6.0), ("税收比重", 3.0)]


def test_raised_before_a_percent_is_a_growth_unless_it_closes_an_action():
    got = read("上半年，全员劳动生产率提升5.2%，城市更新整治提升15%。")
    assert got[0][1:3] == ("全员劳动生产率", "yoy_pct")
    assert got[1][2] == "rate_pct"


def test_extent_of_an_adjustment_is_the_change():
    got = read("今年企业退休人员基本养老金上调幅度为5%。")
    assert got[0][1:] == ("企业退休人员基本养老金", "change_pct", 5.0)


def test_a_verb_and_its_long_object_of_money_before_an_amount_change_the_object():
    assert read("上调城乡居民基础养老金最低标准20元。")[0][1:3] == ("城乡居民基础养老金最低标准", "abs_change")
    assert read("追加教育经费3亿元。")[0][1:3] == ("教育经费", "abs_change")
    assert read("同时增加中央预算内经常性建设投资100亿元。")[0][1:3] == ("中央预算内经常性建设投资", "abs_change")


def test_a_place_takes_the_measure_the_clause_before_names():
    got = read("一九七一年到一九七八年的人口自然增长率，四川省由千分之二十九降到千分之六点一，上海市由千分之七降到千分之五点一，"
               "他们的经验应该在全国城乡推广。")
    assert [g[1] for g in got] == ["四川省人口自然增长率"] * 2 + ["上海市人口自然增长率"] * 2


def test_oxygen_demand_in_a_list_takes_the_shared_emission():
    got = read("今年，二氧化碳排放强度要降低3.1%以上，化学需氧量、氨氮排放都要减少2%左右，二氧化硫、氮氧化物排放要分别减少3%左右和5%左右。")
    assert [g[1] for g in got if g[3] == -2.0] == ["化学需氧量排放", "氨氮排放"]
    got = read("五年累计，单位国内生产总值能耗下降17.2%，化学需氧量、二氧化硫排放总量分别下降15.7%和17.5%。")
    assert got[1][1] == "化学需氧量排放总量"


def test_a_part_whose_predicate_cannot_name_it_is_named_by_the_set():
    got = read("列入第六个五年计划的六十五种主要产品的产量，到１９８４年已有四十三种提前达到１９８５年的指标。")
    assert [g[1] for g in got] == ["列入第六个五年计划的主要产品", "列入第六个五年计划的主要产品"]


def test_kinds_priced_per_unit_take_the_price_of_their_category():
    got = read("进一步提高粮食最低收购价，早籼稻、中晚籼稻、粳稻每斤分别提高3分、5分和1毛钱，小麦每斤提高3分钱，"
               "继续实施重要农产品临时收储政策，让农民得到更多实惠。")
    assert [g[1:3] for g in got] == [("早籼稻最低收购价", "abs_change"), ("中晚籼稻最低收购价", "abs_change"),
                                     ("粳稻最低收购价", "abs_change"), ("小麦最低收购价", "abs_change")]
