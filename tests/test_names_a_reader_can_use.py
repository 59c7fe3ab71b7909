"""Names a reader can use where the words before a figure are no name of their own: a share among a set followed
by the locative 中 (规模以上企业中仍有近三成…), the year gone (时间过四分之三), an owner with its short name in
brackets before 完成/实现, the spending of a fund issued in the clause before (…下达45.3亿元，已支出38.9亿元) and a
total word inside a name (合计). The sentences of the constructed texts (tests/gold/constructed/) are regression
fixtures quoted verbatim; no real text at hand prints the first four shapes with a figure; the 合计 of national
work report 1982 is real."""

from __future__ import annotations

from _sentences import fact_printed as fact


def test_a_share_among_a_set_is_of_those_of_the_set_its_clause_speaks_of():
    # constructed xicheng_2021_h1 (fixture): the set the share is among, named by what those firms saw, not 规模以上企业中
    s = "住宿、餐饮、文化娱乐等接触型行业仍未恢复到疫情前水平，规模以上企业中仍有近三成营业收入同比下降。"
    f = fact(s, "三成")
    assert (f["indicator"], f["measure"], f["value"], f["qualifier"]) == (
        "营业收入同比下降的规模以上企业", "rate_pct", 30.0, "nearly")


def test_a_share_after_a_rate_of_a_set_may_say_what_of_theirs_changed():
    # fixture in the form of the bundled report's 中小微企业复工率达九成以上,四成恢复正常经营水平
    f = fact("中小微企业复工率达九成以上,四成营收下降。", "四成")
    assert f["indicator"] == "营收下降的中小微企业"


def test_the_year_gone_is_the_time_progress():
    # constructed dongcheng_2020_q1q3 and dongcheng_2021_q1 (fixtures): 时间过 is no name; the share of the year
    # gone is the time progress (时间进度) a completion is weighed against
    s = ("一般公共预算收入完成142.6亿元，同比下降6.1%，降幅较上半年收窄0.9个百分点，完成全年任务的70.9%，时间过四分之三；"
         "固定资产投资完成163.8亿元，同比增长2.3%。")
    f = fact(s, "四分之三")
    assert (f["indicator"], f["measure"], f["value"]) == ("时间进度", "rate_pct", 75.0)
    assert fact("时间过四分之一,主要指标和重点任务推进总体符合预期。", "四分之一")["indicator"] == "时间进度"


def test_a_bracketed_owner_loses_the_verb_after_it_as_any_owner_does():
    # constructed chaoyang_2020_h1 and traditional_2020_h1 (fixtures): 完成, 实现 after a place with its short name in
    # brackets is no part of the name, as after 临空经济区 alone (临空经济区货邮吞吐量)
    s = "临空经济区(空港)完成货邮吞吐量58.6万吨,同比下降24.3%,保障航班15.2万架次。"
    assert fact(s, "58.6")["indicator"] == "临空经济区(空港)货邮吞吐量"
    assert fact(s, "24.3")["indicator"] == "临空经济区(空港)货邮吞吐量"
    s = "國際商務中心區（CBD）實現稅收258.6億元，同比下降8.9%，佔全區稅收的比重為47.1%。"
    assert fact(s, "258.6")["indicator"] == "國際商務中心區（CBD）稅收"


def test_the_spending_of_a_fund_issued_before_is_named_by_that_fund():
    # constructed budget_2023 (fixture): 已支出 names no fund; the fund issued in the clause before is what is spent
    s = "市级转移支付和直达资金下达45.3亿元，已支出38.9亿元，支出进度85.9%，高于全市平均水平6.2个百分点。"
    f = fact(s, "38.9")
    assert (f["indicator"], f["measure"]) == ("市级转移支付和直达资金支出", "level")


def test_a_total_word_inside_a_name_is_no_part_of_it_as_a_running_total_is_not():
    # national work report 1982 (real): 合计 between the makers and what they built drops, as 累计 does
    s = ("全国城镇全民所有制单位五年合计建成住宅三亿一千万平方米，平均每年六千二百万平方米，"
         "等于一九五三年到一九八○年二十八年中平均每年建成住宅面积的二点六倍。")
    assert fact(s, "三亿一千万")["indicator"] == "全国城镇全民所有制单位五年建成住宅"
    # constructed kunshan_2021_q1q3, xuhui_2022_q1q3, xicheng_2021_h1 (fixtures)
    s = "重点企业支撑有力，产值超百亿元企业达到12家，前十强企业合计实现产值2268.4亿元，占全市规上工业总产值的30.8%。"
    assert fact(s, "2268.4")["indicator"] == "前十强企业产值"
    assert fact("企业所得税和个人所得税合计占比53.4%。", "53.4")["indicator"] == "企业所得税和个人所得税占比"
    s = ("金融业、信息传输软件和信息技术服务业、商务服务业税收分别增长19.6％、27.3％和6.4％，三大行业合计贡献税收增量的82.5％；"
         "批发和零售业、房地产业税收分别下降4.8％和15.2％，降幅较一季度分别收窄3.1个和6.5个百分点。")
    assert fact(s, "82.5")["indicator"] == "三大行业贡献税收增量"
