"""Figures whose first reading looked implausible to an economist, read again in the sentences of the
national work reports that print them: the base a growth is compared with (a growth of several hundred
per cent read against last year was one against the years before 1949)."""

from __future__ import annotations

from _sentences import fact_at

BEDS_1954 = "全國病床數比解放前的最高水平增加了百分之四百十一。"
PUPILS_1959 = "同解放前比较，小学生增加了六倍以上，中等学校学生增加了七十九倍，高等学校学生增加了二十七倍。"
STUDENTS_1954 = ("與解放前最高水平相比，在一九五三年年底，全國高等學校學生數增長了百分之四十，即達到二十一萬六千餘人；"
                 "中等專業學校學生數增長了百分之七十五，即達到六十七萬人。")


def test_base_named_after_the_subject_holding_a_scope_word():
    """全國 opens the subject, not the base: the base is the one 比 names, up to the verb (最高 is no verb)."""
    f = fact_at(BEDS_1954, "百分之四百十一")
    assert (f["indicator"], f["measure"], f["comparator"], f["value"]) == (
        "全國病床數", "change_pct", "解放前的最高水平", 411.0)


def test_base_before_liberation_framing_the_sentence():
    """同解放前比较，… / 與解放前最高水平相比，…: each growth after the frame is against that base."""
    for printed in ("六倍", "七十九倍", "二十七倍"):
        f = fact_at(PUPILS_1959, printed)
        assert (f["measure"], f["comparator"]) == ("change_pct", "解放前"), printed
    for printed in ("百分之四十", "百分之七十五"):
        f = fact_at(STUDENTS_1954, printed)
        assert (f["measure"], f["comparator"]) == ("change_pct", "解放前最高水平"), printed


RULE_1955 = ("国务院规定：在今后三年内，生产性建设的建筑安装的造价，应该比原计划至少节约百分之十；"
             "各种非生产性建设的造价，应该比原计划至少节约百分之十五。")


def test_what_a_rule_says_should_be_saved_is_a_target():
    """应该比原计划至少节约: the saving a rule sets, not one achieved, in each clause that says so."""
    for printed in ("百分之十；", "百分之十五"):
        f = fact_at(RULE_1955, printed)
        assert (f["measure"], f["status"], f["comparator"]) == ("change_pct", "target", "原计划"), printed
    assert fact_at(RULE_1955, "百分之十五")["indicator"] == "各种非生产性建设的造价"


def test_within_the_plan_is_part_of_the_name():
    """计划内 (within the state plan) classifies the projects; the plan word is not stripped from it alone."""
    f = fact_at("计划内签约成交的技术引进项目有一千多项，成交额比上年大幅度增加。", "一千多项")
    assert (f["indicator"], f["measure"], f["value"]) == ("计划内签约成交的技术引进项目", "level", 1000.0)


def test_total_word_before_a_completion_verb_is_stripped():
    """共建成投产项目: 共 (in all) goes, 建成 stays the name's verb."""
    f = fact_at("现有企业更新改造的步伐加快，共建成投产项目二十多万个，一些行业和企业的技术水平明显提高。", "二十多万个")
    assert f["indicator"] == "建成投产项目"


MONEY_1999 = ("去年财政增发1000亿元国债加强基础设施建设，银行也相应增加了贷款，但全年货币发行还比年初计划少了近500亿元；"
              "社会商品零售价格和消费价格的总水平都比上年下降。")


def test_currency_issue_is_a_noun():
    """货币发行 (the currency issued) is what fell short of the plan, not 货币."""
    f = fact_at(MONEY_1999, "500亿元")
    assert (f["indicator"], f["measure"], f["comparator"], f["value"]) == (
        "货币发行", "abs_change", "年初计划", -5e10)


PLAN_1957 = "以1957年的计划数字同1952年的实际数字作比较，我国的工业总产值增长一点二倍，即增加三百三十三亿元。"
RETAIL_1959 = ("如前所说，一九五九年的社会商品零售总额将达到六百五十亿元，比一九五八年增长百分之十九；"
               "如果同建国初期的一九五零年的一百七十亿元作比较，则增长二点八倍；"
               "同第一个五年计划的第一年——一九五三年的三百四十八亿元作比较，也增长了百分之八十七。")


def test_year_framing_its_clause_with_what_is_compared():
    """同1952年的实际数字作比较，…: a change against that year, also when its figure or a dash stands between."""
    f = fact_at(PLAN_1957, "一点二倍")
    assert (f["indicator"], f["measure"], f["comparator"], f["value"]) == ("我国的工业总产值", "change_pct", "1952年", 120.0)
    assert fact_at(PLAN_1957, "三百三十三亿元")["comparator"] == "1952年"
    assert (fact_at(RETAIL_1959, "二点八倍")["measure"], fact_at(RETAIL_1959, "二点八倍")["comparator"]) == (
        "change_pct", "一九五零年")
    assert (fact_at(RETAIL_1959, "百分之八十七")["measure"], fact_at(RETAIL_1959, "百分之八十七")["comparator"]) == (
        "change_pct", "一九五三年")


SAVINGS_1986 = "四是，城乡居民储蓄大幅度增加。一九八五年末达到一千六百二十三亿元，比一九八○年末增长三倍。"


def test_no_name_holds_a_figure_printed_in_words():
    """The clause before a growth, 一九八五年末达到一千六百二十三亿元, holds the level: no subject of the growth."""
    f = fact_at("一九八五年末达到一千六百二十三亿元，比一九八○年末增长三倍。", "三倍")
    assert (f["indicator"], f["measure"], f["comparator"]) == ("", "change_pct", "一九八○年末")


def test_sentence_saying_what_grew_names_the_next():
    """城乡居民储蓄大幅度增加。 holds no figure: the next sentence, opening with its verb, speaks of the savings."""
    for printed in ("一千六百二十三亿元", "三倍"):
        assert fact_at(SAVINGS_1986, printed)["indicator"] == "城乡居民储蓄", printed


BUDGET_1956 = ("１９５６年国家预算规定社会文教事业支出为３，９１５，９９３，０００元，占本年预算支出的１２．７４％，"
               "同１９５５年比较增长１８．３６％。")


def test_growth_compared_by_tong_keeps_the_subject():
    """同１９５５年比较增长: 同 opens the base, it is no name; the growth is of the spending named before."""
    f = fact_at(BUDGET_1956, "１８．３６％")
    assert (f["indicator"], f["measure"], f["comparator"], f["value"]) == (
        "社会文教事业支出", "yoy_pct", "1955年", 18.36)
    assert fact_at("技术合同成交额增长18.36%。", "18.36%")["indicator"] == "技术合同成交额"


POWER_1959 = "如发电设备，一九五八年我国只生产八十万千瓦，一九五九年将生产二百八十万到三百万千瓦，增长百分之二百五十到二百七十五。"


def test_what_will_be_produced_is_planned():
    """将生产: the output planned for the year, and its growth, are targets; last year's output is an outcome."""
    assert fact_at(POWER_1959, "八十万千瓦")["status"] == "actual"
    for printed in ("二百八十万", "三百万千瓦", "百分之二百五十", "二百七十五"):
        assert fact_at(POWER_1959, printed)["status"] == "target", printed


def test_span_of_years_opening_the_clause():
    """两年国营工业的劳动生产率已提高百分之二十九: a change over the two years, not on last year."""
    f = fact_at("两年国营工业的劳动生产率已提高百分之二十九，产品成本已降低百分之九点六。", "百分之二十九")
    assert (f["indicator"], f["measure"], f["comparator"]) == ("国营工业的劳动生产率", "change_pct", "两年")
    assert "multi_year" in f["flags"]
    f = fact_at("在运输交通方面：两年铁路的货物周转量增长百分之五十五，旅客周转量增长百分之四十五。", "百分之五十五")
    assert (f["indicator"], f["measure"], f["comparator"]) == ("铁路的货物周转量", "change_pct", "两年")


def test_uniformly_is_no_name():
    """从中央到地方，一律削减１０％: 一律 (across the board) is an adverb; the cut is of the budget named first."""
    f = fact_at("今年的行政经费预算，从中央到地方，一律削减１０％，集团购买力要按上年实际数额核减２０％。", "１０％")
    assert (f["indicator"], f["measure"], f["value"]) == ("行政经费预算", "change_pct", -10.0)


STRIVE_1958 = ("例如，甘肃阿干镇煤矿原来日产量总是停留在六百吨到八百五十吨之间，不能增长上去，但是经过整风运动，大鸣大放，"
               "大整大改，现在日产量已经达到一千二百多吨，并且正在为日产一千五百吨奋斗。")
STRIVE_1960 = "但是不能因此就认为粮食问题已经解决，还应当进一步为争取每人平均至少一千五百斤粮食而奋斗。"


def test_what_is_striven_for_is_a_target_of_no_verb_name():
    """为日产一千五百吨奋斗, 为争取…粮食而奋斗: the figure striven for is a target, and 奋斗 is no part of its name."""
    f = fact_at(STRIVE_1958, "一千五百吨")
    assert (f["indicator"], f["status"]) == ("日产量", "target")
    assert fact_at(STRIVE_1958, "一千二百多吨")["status"] == "actual"
    f = fact_at(STRIVE_1960, "一千五百斤")
    assert (f["indicator"], f["status"]) == ("人均粮食", "target")  # (每人平均: the grain per person)


GOODS_1955 = ("就几种主要的日常消费品来看，一九五七年比一九五二年将有如下的增长比例：粮食增长百分之十三点三，猪肉增长百分之五十七，"
              "食用植物油增长百分之六十五点九，水产品增长百分之七十点一，食盐增长百分之三十四点三，食糖增长百分之一百二十二点九。")


def test_years_compared_before_a_colon_frame_the_list():
    """一九五七年比一九五二年将有如下的增长比例：…: each growth of the list is against 1952, not last year."""
    for printed in ("百分之十三点三", "百分之五十七", "百分之一百二十二点九"):
        f = fact_at(GOODS_1955, printed)
        assert (f["measure"], f["comparator"], f["status"]) == ("change_pct", "一九五二年", "target"), printed


def test_growth_restated_as_a_yearly_rate_is_over_the_years():
    """增长百分之九十八点三，即每年递增百分之十四点七: the first growth is the plan's five years in all, not one year's."""
    s = "我国第一个五年计划规定工业总产值增长百分之九十八点三，即每年递增百分之十四点七。"
    f = fact_at(s, "百分之九十八点三")
    assert (f["indicator"], f["measure"], f["status"]) == ("工业总产值", "change_pct", "target")
    assert "multi_year" in f["flags"]
    f = fact_at("其中，现代工业增长百分之一百零四点一，即平均每年递增百分之十五点三。", "百分之一百零四点一")
    assert (f["measure"], "multi_year" in f["flags"]) == ("change_pct", True)


def test_growth_since_liberation_opening_the_sentence():
    """全国解放以来，…粮食增产一点四倍: growth over the years since 1949, not a year's."""
    s = "全国解放以来，尽管我国人口增加百分之六十，但粮食增产一点四倍，棉花增产四点七倍。"
    for printed in ("百分之六十", "一点四倍", "四点七倍"):
        f = fact_at(s, printed)
        assert (f["measure"], f["comparator"]) == ("change_pct", "全国解放以来"), printed


def test_plan_word_after_a_quantity_is_no_part_of_its_name():
    """铁道货运量计划完成１０５％: the freight volume fulfilled its plan; 计划 is the completion's base, not the name's."""
    s = "在交通运输业方面，今年１——５月份铁道货运量计划完成１０５％，江海货运量计划完成１０４％。"
    assert (fact_at(s, "１０５％")["indicator"], fact_at(s, "１０４％")["indicator"]) == ("铁道货运量", "江海货运量")
