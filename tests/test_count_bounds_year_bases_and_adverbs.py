"""A count of the parts of each thing before 以上的 names the kind of thing counted; a base after 比 keeps a year it
prints after 的; an adverb of approximation closes no name. Sentences copied verbatim from the national work reports
(year in the comment)."""

from __future__ import annotations

from _sentences import fact, facts

# national work report 1955
FIRMS_1955 = ("以工业说，一九五三年私营工业（不包括个体手工业）的从业人员有二百多万人，其中十个职工以上的资本主义工业企业"
              "有四万五千多户，职工一百五十多万人。")
# national work report 1954
AUTHORITIES_1954 = "此外，還建立了六十五個縣級以上的民族自治地方的自治機關。"
# national work report 1957
FIRMS_1957 = "在第一个五年计划期间内，我们开工建设的有八百多个限额以上的工业企业，许多水利工程和铁路工程以及长江大桥工程等等，规模都比较大。"
# national work report 1957
INVESTMENT_1957 = ("基本建设投资缩减为一百一十一亿元，它虽然比1956年减少百分之二十；但是比五年计划原定的1957年投资还多十四亿元，"
                   "五年合计，仍然超过五年计划原定数约五十亿元。")
# national work report 1957
FARMERS_1957 = ("解放后，经过土地改革和合作化运动，目前我国农民大体上有百分之二十到三十过着略有积余的生活；有60%左右过着有吃有穿的"
                "生活；有10—15%过着少吃少穿的生活。")


def test_a_count_of_workers_before_yishang_de_is_the_size_of_the_firms_counted():
    f = facts(FIRMS_1955)
    assert "十" not in list(f["raw_value"])
    firms = fact(FIRMS_1955, "四万五千多户")
    assert firms["indicator"] == "十个职工以上的资本主义工业企业"
    assert firms["value"] == 45000 and firms["qualifier"] == "over"


def test_a_count_before_a_class_word_and_yishang_de_still_counts_the_things():
    # 縣級以上, 限额以上: the class of the things counted, which the figure counts
    assert fact(AUTHORITIES_1954, "六十五個")["value"] == 65
    assert fact(FIRMS_1957, "八百多个")["indicator"] == "限额以上的工业企业"


def test_a_count_of_a_magnitude_before_yishang_de_still_counts_the_things():
    # regression fixtures written here, not real sentences: the amount or area of each thing names its class
    assert list(facts("全区有10个亿元以上的项目。")["value"]) == [10]
    assert list(facts("建成3个万亩以上的园区。")["value"]) == [3]


def test_a_magnitude_bound_of_each_thing_before_yishang_de_still_counts_the_things():
    # regression fixtures written in the style of district work reports: the bound of each firm printed with a
    # magnitude word (过亿, 百人) is no count of its parts, the figure counts the firms
    assert list(facts("新增3家产值过亿以上的企业。")["value"]) == [3]
    assert list(facts("新增5家员工百人以上的企业。")["value"]) == [5]
    assert list(facts("全区有8家营收过亿以上的企业。")["value"]) == [8]
    assert "十" not in list(facts(FIRMS_1955)["raw_value"])


def test_a_base_after_bi_keeps_the_year_it_prints_after_de():
    f = fact(INVESTMENT_1957, "十四亿元")
    assert f["measure"] == "abs_change" and f["value"] == 1.4e9
    assert f["comparator"] == "五年计划原定的1957年投资"


def test_a_long_base_after_bi_is_no_name_the_subject_carries():
    # the base 五年计划原定的1957年投资 runs sixteen characters after 比 to the verb
    for printed in ("十四亿元", "五十亿元"):
        f = fact(INVESTMENT_1957, printed)
        assert f["indicator"] == "基本建设投资"
        assert f["indicator_key"] == "capital_construction_investment"


def test_a_value_after_de_in_a_base_is_still_dropped_from_it():
    # national work report 1959
    text = "一九五九年的工农业总产值将比一九五八年的二千零五十亿元增长百分之四十，达到二千八百七十亿元。"
    assert fact(text, "百分之四十")["comparator"] == "一九五八年"


def test_an_adverb_of_approximation_closes_no_name():
    for printed in ("百分之二十", "三十"):
        assert fact(FARMERS_1957, printed)["indicator"] == "我国农民"


# national work report 1956
RETAIL_1956 = ("１９５６年社会商品零售总额预计将达到４６０亿元，比上年增长１５％，比五年计划中规定的１９５７年的水平４９８亿元"
               "只差３８亿元。")


def test_a_shortfall_after_zhicha_is_a_fall_against_the_base_named_after_bi():
    f = fact(RETAIL_1956, "３８亿元")
    assert f["indicator"] == "社会商品零售总额" and f["indicator_key"] == "retail_sales_commodities"
    assert f["measure"] == "abs_change" and f["value"] == -3.8e9
    assert f["comparator"] == "五年计划中规定的1957年的水平"
    assert f["status"] == "estimate"


def test_a_shortfall_after_haicha_against_a_target():
    # a regression fixture written here, not a real sentence
    f = fact("一般公共预算收入完成50亿元，比全年目标还差10亿元。", "10亿元")
    assert f["indicator"] == "一般公共预算收入"
    assert f["measure"] == "abs_change" and f["value"] == -1e9 and f["comparator"] == "全年目标"


# national work report 1955
ANSHAN_1955 = ("鞍山钢铁联合企业在原有生产规模的基础上，从一九五三年到一九六○年这八年时间内，将基本上完成以下四十八个主要工程"
               "的改建和新建：三个铁矿，八个选矿厂和烧结厂，六座自动化的炼铁高炉，三个新式的炼钢厂，十六个轧钢厂，十座炼焦炉，"
               "二个耐火材料车间。")
# national work report 2025
RATES_2025 = "有力实施财政货币政策，扩大支出规模，加强重点领域财力保障，两次下调存款准备金率和政策利率，社会融资成本进一步降低。"
# national work report 1984
PORTS_1984 = ("同时，进一步开放大连、秦皇岛、天津、烟台、青岛、连云港、南通、上海、宁波、温州、福州、广州、湛江、北海等十四个"
              "沿海港口城市和海南岛，实行经济特区的某些特殊政策。")


def test_two_nouns_of_one_kind_joined_by_he_closing_the_clause_are_both_counted():
    assert fact(ANSHAN_1955, "八个", within="八个选矿厂")["indicator"] == "选矿厂和烧结厂"
    assert fact(RATES_2025, "两次")["indicator"] == "下调存款准备金率和政策利率的次数"


def test_a_noun_of_another_kind_after_he_is_not_counted():
    assert fact(PORTS_1984, "十四个")["indicator"] == "沿海港口城市"
