"""Names that a bare measure word (收入, 支出, 投资) would leave without its owner, on verbatim report sentences.

Each sentence is copied from a report of ``tests/gold/real/texts`` or ``tests/gold/constructed`` (named in the
comment above it); each test states the name of a figure whose owner the text prints elsewhere: in the sentence
before, in the set counted before it, in the figure before it or on the last item of its list.
"""

from __future__ import annotations

from _sentences import fact, fact_at

# -- a sentence that opens with a bare measure goes on about the one the sentence before names in full ---------

PUYANG = ("3月份,全市一般公共预算收入当月完成73795万元,下降12.7%,累计完成234267万元,下降10.9%。"
          "收入规模位居全省第15位,同比提升1个位次;收入增幅高于省辖市平均增幅3.7个百分点,居全省第6位,同比提升1个位次;"
          "税收比重为70.9%,位居全省第3位,同比回落1个位次。"
          "3月份,全市一般公共预算支出当月完成380990万元,增长15.8%,累计完成744234万元,下降4.1%。"
          "支出规模位居全省第13位,同比持平;支出增幅高于省辖市平均增幅3.3个百分点,居全省第8位,同比回落6个位次。")


def test_size_of_the_revenue_named_the_sentence_before():
    # puyang_m3_budget_table
    assert fact(PUYANG, "第15位")["indicator"] == "一般公共预算收入规模"


def test_growth_gap_of_the_revenue_named_the_sentence_before():
    # puyang_m3_budget_table
    f = fact(PUYANG, "3.7个百分点")
    assert (f["indicator"], f["measure"]) == ("一般公共预算收入", "pp_diff")


def test_growth_rank_of_the_spending_named_the_sentence_before():
    # puyang_m3_budget_table
    f = fact(PUYANG, "第8位")
    assert "一般公共预算支出" in f["indicator"] and f["measure"] == "rank"


def test_pace_of_the_spending_named_before_in_its_sentence():
    # xicheng_2021_h1 (constructed)
    text = "区级一般公共预算支出完成186.4亿元，完成年初预算的49.8％，支出进度较上年同期加快2.1个百分点。"
    f = fact(text, "2.1个百分点")
    assert (f["indicator"], f["measure"]) == ("区级一般公共预算支出进度", "pp_diff")


def test_spending_named_by_its_verb_is_of_the_fund_issued_before():
    # budget_2023 (constructed): 已支出 is no owner of the pace of spending; what is spent is the fund issued in the
    # clause before, and its pace and the gap of the pace are of that spending
    text = "市级转移支付和直达资金下达45.3亿元，已支出38.9亿元，支出进度85.9%，高于全市平均水平6.2个百分点。"
    assert fact(text, "38.9亿元")["indicator"] == "市级转移支付和直达资金支出"
    assert fact(text, "85.9%")["indicator"] == "市级转移支付和直达资金支出"
    assert fact(text, "6.2个百分点")["indicator"] == "市级转移支付和直达资金支出"


def test_share_of_tax_keeps_its_own_name():
    # puyang_m3_budget_table: 税收 is no revenue of the sentence before
    assert fact(PUYANG, "70.9%")["indicator"] == "税收比重"


def test_a_bare_measure_inside_its_sentence_takes_no_name_of_the_sentence_before():
    # changping_2021_fy (constructed): the strawberries' output value, not the farm output of a sentence before
    text = ("全区农林牧渔业总产值18.6亿元,同比增长4.2%。"
            "草莓种植面积达到0.52万亩,产量约1.1万吨,实现产值4.3亿元;苹果种植面积合计3.8万亩,总产量2.6万吨,"
            "较上年减少3.5%,受灾减产面积不足2000亩。")
    assert fact(text, "4.3亿元")["indicator"] == "草莓产值"


# -- the investment plan of projects counted before: theirs, past the part of them started ---------------------

def test_plan_completed_by_the_projects_counted_before():
    # dongcheng_2022_h1 (constructed)
    f = fact("40个区重点项目中已开工28个，完成年度投资计划的45.7%。", "45.7%")
    assert (f["indicator"], f["measure"]) == ("区重点项目投资", "completion_pct")


def test_investment_of_the_projects_counted_before_their_start_rate():
    # haidian_2022_q3 (constructed)
    text = "全区155个市区重点工程中,已开工138个,开工率89.0%,完成投资312.5亿元,完成年度计划的81.3%。"
    assert fact(text, "312.5亿元")["indicator"] == "市区重点工程投资"
    assert fact(text, "81.3%")["indicator"] == "市区重点工程投资"


def test_plan_completed_of_the_investment_named_before():
    # xicheng_2021_h1 (constructed)
    text = "重点工程完成投资89.6亿元，完成全年计划投资的52.7％，高于时间进度2.7个百分点。"
    assert fact(text, "52.7％")["indicator"] == "重点工程投资"
    assert fact(text, "2.7个百分点")["indicator"] == "重点工程投资"


# -- a list whose last item ends with the spending or the trade names every item's -----------------------------

def test_spending_list_shares_its_last_word():
    # dongcheng_2019_h1 (constructed)
    text = "四是财政支出刚性增长,教育、卫生健康、社会保障和就业支出分别增长11.2%、9.6%和13.4%,收支平衡压力加大。"
    assert fact(text, "11.2%")["indicator"] == "教育支出"
    assert fact_at(text, "9.6%")["indicator"] == "卫生健康支出"


def test_trade_list_shares_its_last_word():
    # kunshan_2021_q1q3 and yiwu_2023_h1 (constructed)
    text = "从市场看，对欧盟、美国、东盟进出口分别增长21.4%、12.7%和25.9%。"
    assert fact(text, "21.4%")["indicator"] == "欧盟进出口"
    text = "6月份当月出口增速回落至3.4%，较5月份回落6.2个百分点；对欧盟、美国出口分别下降4.7%和8.3%，订单碎片化、短单化特征明显。"
    assert fact(text, "4.7%")["indicator"] == "欧盟出口"


# -- the economy alone names no quantity: a rate of it is its growth --------------------------------------------

def test_yearly_growth_of_the_economy_over_a_plan():
    # 2016 work report
    text = ("实现全面建成小康社会目标，到2020年国内生产总值和城乡居民人均收入比2010年翻一番，"
            "“十三五”时期经济年均增长保持在6.5%以上。")
    f = fact(text, "6.5%")
    assert (f["indicator"], f["qualifier"]) == ("经济增长速度", "at_least")


def test_growth_target_range_of_the_economy():
    # 1995 work report: both ends of the range
    text = "综合分析各方面的条件，今年经济增长速度的宏观调控目标，定为百分之八至九。"
    assert fact(text, "百分之八")["indicator"] == "经济增长速度"
    assert fact(text, "九")["indicator"] == "经济增长速度"


# -- a total (总额) after an adverb (首次) is the total of the quantity named before ----------------------------

def test_total_reached_for_the_first_time_is_the_revenue_named_before():
    # 2000 work report
    text = "国家财政收入比上年增加1501亿元，总额首次突破万亿元，达到11377亿元。"
    f = fact(text, "万亿元")
    assert (f["indicator"], f["measure"], f["qualifier"]) == ("国家财政收入", "level", "over")



# -- a share pointed to (这个比重) is the share the sentence before names ------------------------------------------

def test_share_pointed_to_is_the_one_the_sentence_before_names():
    # 1980 work report
    text = "在基本建设投资总额中，提高了职工住宅、科学文教卫生和城市建设等方面的投资比重。这个比重，1978年为17.4％，1979年达到27％，1980年将达到29％。"
    f = fact(text, "17.4％")
    assert (f["indicator"], f["measure"]) == ("职工住宅、科学文教卫生和城市建设等方面的投资比重", "rate_pct")


def test_share_pointed_to_after_a_numbered_point():
    # 1954 work report (traditional script as printed)
    text = "第一是現代工業的産值在工農業總産值中的比重迅速上升。在一九四九年，這個比重大約是百分之十七，而在一九五四年預計將近百分之三十三。"
    assert fact(text, "百分之十七")["indicator"] == "現代工業的産值在工農業總産值中的比重"


def test_a_numbered_point_is_no_part_of_the_share_it_opens():
    # 1955 work report
    text = ("两年工业发展所引起的变化：第一是现代工业在工业农业总产值中所占的比重，已由一九五二年的百分之二十六点七"
            "上升到一九五四年的百分之三十三；第二是国营、合作社营、公私合营的工业的产值在工业总产值中所占的比重，"
            "已由一九五二年的百分之六十一上升到一九五四年的百分之七十五点一。")
    assert fact(text, "百分之三十三")["indicator"] == "现代工业在工业农业总产值中所占的比重"
