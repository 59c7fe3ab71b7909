"""What opens a clause or a list of the national work reports: a year after a colon, 即 or 现在, and a word of the whole.

A year opening the clause after a colon (在商业方面：一九五四年社会零售总额，…) is the period of its figures, as after
a comma; so is the start of a year printed in Chinese numerals (一九五八年初全国有…), as 2019年初 already was, and a
year restated after 即 (在中华人民共和国成立的这一年，即一九四九年，…). A later clause of the sentence opening with 现在
is of the time of the report: the year named before it holds no further (…，现在已经合并改组成为二万四千多个人民公社).
A budget's side opening its clause after a word of the whole (…地方财政共收入…；共支出…) is of the budget the
clause before names, as a bare 支出 is. A list of new capacities is one after the units that have them are
said (新增加的工业生产能力（…），仅中央各部所属的企业就有：…). Each sentence is quoted verbatim from the report named in its comment.
"""

from __future__ import annotations

from _sentences import fact_at, facts


def test_a_year_after_a_colon_is_the_period_of_its_clause():
    # national work report 1955
    got = fact_at("在商业方面：一九五四年社会零售总额，比一九五二年大约增长百分之四十一点七。", "百分之四十一点七")
    assert (got["indicator"], got["measure"], got["period"], got["comparator"]) == (
        "社会零售总额", "change_pct", "一九五四年", "一九五二年")
    # national work report 1959: the year as printed
    s1959 = ("大家从计划草案中可以看到：一九五九年的工农业总产值将比一九五八年的二千零五十亿元增长百分之四十，"
             "达到二千八百七十亿元；其中，工业和手工业总产值为一千六百五十亿元，农业总产值为一千二百二十亿元。")
    for printed in ("百分之四十", "二千八百七十亿元", "一千六百五十亿元"):
        assert fact_at(s1959, printed)["period"] == "一九五九年"


def test_the_start_of_a_year_in_chinese_numerals_is_a_period():
    # national work report 1960
    s = ("一九五八年初全国有七十四万多个高级农业生产合作社，现在已经合并改组成为二万四千多个人民公社，平均一个人民公社"
         "拥有六万四千亩耕地，五千农户、一万个劳动力，相当于高级农业生产合作社平均规模的三十倍。")
    got = fact_at(s, "七十四万多个")
    assert (got["indicator"], got["period"]) == ("高级农业生产合作社", "一九五八年初")
    # a clause opening with 现在 is of the time of the report, not of the year before it
    for printed in ("二万四千多个", "六万四千亩", "三十倍"):
        assert fact_at(s, printed)["period"] == "", printed


def test_a_year_is_not_started_by_a_word_beginning_with_its_last_character():
    got = facts("一九五四年初步完成了十个水库的建设。")
    assert not got["period"].str.contains("初").any()


def test_a_year_restated_after_ji_is_the_period_of_the_clauses_after_it():
    # national work report 1955
    s = ("由于蒋介石反动派的破坏，在中华人民共和国成立的这一年，即一九四九年，全国生铁产量只有二十四万六千吨，"
         "钢产量只有十五万八千多吨。")
    for printed, name in (("二十四万六千吨", "全国生铁产量"), ("十五万八千多吨", "钢产量")):
        got = fact_at(s, printed)
        assert (got["indicator"], got["period"]) == (name, "一九四九年")


def test_a_budget_side_after_a_word_of_the_whole_is_of_the_budget_before():
    # national work report 1956
    s = ("如果把属于地方财政的部分抽出来看，那末，１９５５年地方财政共收入７，４４３，４９１，０００元，占预算数的"
         "１０２．７４％；共支出６，４３２，４５３，０００元，占预算数的９４．３５％。")
    for printed in ("６，４３２，４５３，０００元", "９４．３５％"):
        got = fact_at(s, printed)
        assert (got["indicator"], got["indicator_key"]) == ("地方财政支出", "general_budget_expenditure")
    assert fact_at(s, "７，４４３，４９１，０００元")["indicator"] == "地方财政收入"


def test_new_capacities_listed_after_the_units_that_have_them_are_capacities():
    # national work report 1958: the units that have the capacities said between the head and the list
    s = ("一九五七年新增加的工业生产能力（按年产量计算），仅中央各部所属的企业就有：采煤一千四百八十九万吨，发电量"
         "三十二亿五千万度，生铁八十一万吨，钢材四十八万五千吨，水泥一百零五万吨，棉纱五十二万件，机制纸七万七千吨。")
    for printed, item in (("八十一万吨", "生铁"), ("三十二亿五千万度", "发电量"), ("七万七千吨", "机制纸")):
        got = fact_at(s, printed)
        assert (got["indicator"], got["indicator_key"], got["period"]) == (
            item + "新增加的工业生产能力", "", "一九五七年")
