"""The base of a change the text names after 比 or 较 when no listed comparator names it. Sentences copied
verbatim from the work-report corpus (year in the comment)."""

from __future__ import annotations

from _sentences import fact_printed as fact


def test_the_year_before_in_words_is_last_year():
    # 1958
    s = ("一九五七年的工业总产值（不包括手工业产值，下同），包括原有企业和新建企业的在内，预计达到六百二十八亿一千万元"
         "（按一九五二年不变价格计算），超过年度计划百分之四点一，比上一年增长百分之六点九，"
         "超过第一个五年计划所规定的一九五七年的指标百分之十七点三。")
    f = fact(s, "百分之六点九")
    assert (f["comparator"], f["measure"], f["indicator"]) == ("上年", "yoy_pct", "工业总产值")


def test_a_plan_named_after_bi_is_the_base():
    # 1956
    s = "在基本建设方面，根据１９５５年对３，２８０个较大的建设单位的统计，节约的资金约达１０亿余元，比原投资计划减少了１６．１％。"
    f = fact(s, "１６．１")
    assert (f["comparator"], f["measure"], f["indicator"]) == ("原投资计划", "change_pct", "节约的资金")


def test_some_years_ago_is_the_base_and_a_level_printed_with_a_base_is_no_part_of_it():
    # 2011
    assert fact("全国社会保障基金积累7810亿元，比五年前增加5800多亿元。", "5800")["comparator"] == "五年前"
    # 1993
    assert fact("国务院的部委和直属机构、办事机构共５９个，比现有的８６个减少２７个。", "２７")["comparator"] == "现有"


def test_tong_bi_is_no_base_named():
    # xiaoshan_hz_2022_h1 (a real excerpt)
    s = ("上半年,GDP同比增长1.8%;规上工业增加值增幅实现由负转正,规上营利性服务业营业收入同比增长29.8%,增速全市第一;"
         "固定资产投资同比增长13.8%,连续25个月实现两位数增长,其中制造业投资、高新技术产业投资、项目民间投资同比分别增长"
         "62.7%、71.4%和51.3%;社会消费品零售总额增长6.5%;进出口总额同比增长5.2%,其中出口同比增长12.3%。")
    f = fact(s, "62.7")
    assert (f["comparator"], f["measure"]) == ("", "yoy_pct")


def test_a_base_named_with_a_hedge_after_it():
    # 1955
    s = "稻米的单位面积产量比小麦高至将近两倍，玉米的单位面积产量比别的杂粮可能增加百分之五十，薯类象红薯、土豆等则比一般杂粮的产量要多五、六倍（在使用上，二斤半薯类可以顶一斤粮食）。"
    assert fact(s, "百分之五十")["comparator"] == "别的杂粮"
