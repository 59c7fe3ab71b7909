"""The work reports of 1978–1992: plans that move a figure from this year's estimate, growth rates moved
from one value to another, and shares whose whole is not named. Sentences copied verbatim from the
work-report corpus (year in the comment)."""

from __future__ import annotations

from _sentences import fact_at, facts

SHARE_PLAN = "明年计划轻工业产值占工业总产值的比重，由今年预计的44％提高到45％，即提高1％，可以少用标准煤600万吨。"
RATIO_PLAN = "生铁和钢产量的比例，明年计划从今年预计的1.03比1改为1比1，可以节约标准煤200万吨。"
GROWTH_PLAN = "１９８２年的计划，要求工农业总产值的增长速度由今年预计的３％提高到４％，并在执行中力争超过。"


def test_the_estimate_a_plan_moves_from_is_no_estimate_of_what_it_sets():
    # 1980
    assert fact_at(SHARE_PLAN, "44％")["status"] == "estimate"
    for printed in ("45％", "1％", "600万吨"):
        assert fact_at(SHARE_PLAN, printed)["status"] == "target", printed
    assert fact_at(RATIO_PLAN, "1.03")["status"] == "estimate"
    assert fact_at(RATIO_PLAN, "200万吨")["status"] == "target"
    # 1981
    assert fact_at(GROWTH_PLAN, "３％")["status"] == "estimate"
    assert fact_at(GROWTH_PLAN, "４％")["status"] == "target"


def test_a_growth_rate_moved_to_a_value_is_a_growth_rate():
    # 1981
    f = fact_at(GROWTH_PLAN, "４％")
    assert (f["indicator"], f["measure"], f["value"]) == ("工农业总产值", "yoy_pct", 4.0)


def test_a_rate_whose_name_holds_a_growth_word_moved_stays_a_rate():
    # 1980
    s = "计划生育取得了进展，1979年人口自然增长率由上年的1.2％下降到1.17％。"
    f = fact_at(s, "1.17％")
    assert (f["indicator"], f["measure"], f["value"]) == ("人口自然增长率", "rate_pct", 1.17)


def test_a_share_printed_as_suo_zhan_bi_zhong_names_no_whole_after_it():
    # 1983: the whole is the one the clause before names, none of the words after 所占比重
    s = ("在工农业总产值中，农业所占比重由一九七八年的百分之二十七点八提高到一九八二年的百分之三十三点六，"
         "轻工业所占比重由百分之三十一点一提高到百分之三十三点四。")
    for printed in ("百分之二十七点八", "百分之三十三点六"):
        f = fact_at(s, printed)
        assert (f["indicator"], f["measure"], f["comparator"]) == ("农业所占比重", "rate_pct", "工农业总产值"), printed


def test_a_value_adjusted_to_is_named_as_the_value_it_is_adjusted_from():
    # 1983
    s = "到一九八二年，积累率由一九七八年的百分之三十六点五调整到百分之二十九，消费基金有了较大增长。"
    f = fact_at(s, "百分之二十九")
    assert (f["indicator"], f["measure"]) == ("积累率", "rate_pct")
    f = fact_at(s, "百分之三十六点五")
    assert (f["indicator"], f["status"], f["period"]) == ("积累率", "actual", "一九七八年")
    # 1993
    s = "按调整后的“八五”计划，国民经济增长速度由原定平均每年百分之六调高到百分之八至九。"
    assert fact_at(s, "百分之八")["measure"] in ("yoy_pct", "change_pct")  # a growth rate, not a share


def test_a_decade_a_value_moves_from_is_its_period_not_its_name():
    # 1984
    s = ("目前国营建筑企业固定职工的比例，已由五十年代的５０％左右，上升到８０％以上，管理机构和后方基地庞大，"
         "生产第一线人员很少，包袱重，拉不动，改革用工制度势在必行。")
    f = fact_at(s, "５０％")
    assert (f["indicator"], f["period"], f["measure"]) == ("国营建筑企业固定职工的比例", "五十年代", "rate_pct")
    assert fact_at(s, "８０％")["indicator"] == "国营建筑企业固定职工的比例"


def test_a_quantity_increased_by_an_amount_is_a_change_of_that_quantity():
    # 1980
    f = fact_at("通过发展农业生产和提高主要农产品收购价格，1979年农民增加收入108亿元。", "108亿元")
    assert (f["indicator"], f["measure"], f["value"]) == ("农民收入", "abs_change", 1.08e10)
    # 1982
    f = fact_at("五年内扩大淡水养殖面积一千六百万亩，海水养殖面积八十万亩。", "一千六百万亩")
    assert (f["indicator"], f["measure"], f["status"]) == ("淡水养殖面积", "abs_change", "target")


def test_items_added_and_a_value_added_stay_levels():
    # 1982: 增加卫生专业人员 counts the staff added
    s = "在卫生工作中，要继续坚持城乡并重、中西医结合的方针，五年内增加卫生专业人员六十万人，新增医院病床二十五万张。"
    assert fact_at(s, "六十万人")["measure"] == "level"
    # 2023
    f = fact_at("工业增加值突破40万亿元。", "40万亿元")
    assert (f["indicator"], f["measure"]) == ("工业增加值", "level")


def test_the_first_or_last_months_of_a_span_are_a_time_not_a_figure():
    # 1981
    s = "根据前十一个月的实绩，现在可以有把握地向大会报告：１９８１年国民经济计划预计可以胜利完成，稳定经济的目标能够基本实现。"
    assert facts(s).empty
    # 1956
    assert facts("有些基本建设单位的计划在过去五个月中没有完成，主要地是由于钢材、水泥等建筑材料和机器设备的供应不足。").empty


def test_an_idiom_that_opens_with_a_word_of_size_is_no_figure():
    # 1979
    assert facts("物价变动牵涉到千家万户，一定要十分慎重。").empty


def test_a_clause_that_names_only_its_basis_takes_the_quantity_named_before_it():
    # 1980
    s = ("1979年农民从集体分得的收入，每人平均达到83.4元，比1978年增加了9.4元，而1965年到1976年11年中，"
         "农民每人平均从集体分得的收入总共只增加了10.5元。")
    for printed in ("83.4元", "9.4元"):
        assert fact_at(s, printed)["indicator"] == "人均农民从集体分得的收入", printed  # (每人平均: per person)
    # 1985
    s = ("据国家统计局的抽样调查，去年全国城镇居民家庭平均每人可用于生活费的收入达到六百零八元，扣除物价上涨因素，"
         "比上年增长１２．５％；农民的纯收入，全国平均每人达到三百五十五元，比上年增长１４．７％。")
    for printed in ("三百五十五元", "１４．７％"):
        assert fact_at(s, printed)["indicator"] == "人均农民的纯收入", printed


def test_the_whole_a_share_comes_to_is_named_without_dao():
    # 1983
    f = fact_at("五年内使职业高中在校学生数占到整个高中学生总数的百分之四十以上。", "百分之四十")
    assert (f["indicator"], f["comparator"], f["qualifier"]) == ("职业高中在校学生数", "整个高中学生总数", "at_least")



def test_a_basis_that_removes_price_changes_is_no_name():
    # 1987
    s = ("１９８６年同１９７８年相比，国民生产总值由３４８０亿元增加到９３８０亿元，按可比价格计算增长１０２％；"
         "国民收入由３０１０亿元增加到７７９０亿元，按可比价格计算增长９４．９％；国家财政收入由１１２１亿元增加到２２２０亿元，"
         "增长９８％；部门、地方、企业拥有的预算外资金由的３４７亿元增加到１６７０亿元，增长３８１％；全国城乡居民平均消费水平"
         "由１７５元增加到４５０元，扣除物价上升因素增长８６．９％。")
    f = fact_at(s, "８６．９％")
    assert (f["indicator"], f["measure"], f["comparator"]) == ("全国城乡居民平均消费水平", "change_pct", "1978年")


def test_a_growth_in_a_sentence_opened_by_a_span_of_years_is_a_change_over_it():
    # 1979
    s = ("这两年中，社会商品零售总额增长百分之十六，进出口总额增长百分之五十三点七，财政收入增长百分之四十四点四；"
         "全国农民从集体分得的平均收入增加了百分之十七点七；全国百分之六十的职工不同程度地增加了工资。")
    for printed, name in (("百分之十六", "社会商品零售总额"), ("百分之四十四点四", "财政收入"),
                          ("百分之十七点七", "全国农民从集体分得的平均收入")):
        f = fact_at(s, printed)
        assert (f["indicator"], f["measure"], f["comparator"]) == (name, "change_pct", "这两年中"), printed
    # 1983
    s = ("从一九七九年到一九八二年的四年间，我国社会总产值增长百分之三十三点六，生产的发展速度不算低，"
         "而国内财政收入却下降了百分之三点三。")
    f = fact_at(s, "百分之三点三")
    assert (f["indicator"], f["measure"], f["value"], f["comparator"]) == ("国内财政收入", "change_pct", -3.3, "四年间")


def test_a_plan_word_before_the_verb_is_no_part_of_the_name():
    # 1980
    s = "明年能源生产计划增长0.9％，而工业生产计划增长6％。"
    for printed, name in (("0.9％", "能源生产"), ("6％", "工业生产")):
        f = fact_at(s, printed)
        assert (f["indicator"], f["measure"], f["status"]) == (name, "yoy_pct", "target"), printed
    # 1982
    s = ("到一九八五年，全国粮食产量计划达到三亿六千万吨，比一九八○年增长百分之十二点三；棉花三百六十万吨，"
         "增长百分之三十三；纱三百五十九万吨，增长百分之二十二点八；食糖四百三十万吨，增长百分之六十七点三；"
         "原煤七亿吨，增长百分之十二点九；发电量三千六百二十亿度，增长百分之二十点四；钢三千九百万吨，增长百分之五点一。")
    f = fact_at(s, "三亿六千万吨")
    assert (f["indicator"], f["indicator_key"], f["status"]) == ("全国粮食产量", "grain_output", "target")


def test_a_deadline_or_a_span_heading_a_name_is_no_part_of_it():
    # 1982
    s = "计划在一九八五年底前建成投产一千二百九十万千瓦，结转到第七个五年计划期间续建的有二千三百七十万千瓦。"
    f = fact_at(s, "一千二百九十万千瓦")
    assert (f["indicator"], f["period"], f["status"]) == ("建成投产", "一九八五年底前", "target")
    s = "这两年取得重大科技成果六千多项，研制成功的新材料有上千种，在经济建设中起着越来越显著的作用。"
    assert fact_at(s, "六千多项")["indicator"] == "重大科技成果"
    # 1986
    s = ("扣除物价上涨因素，这五年农民人均纯收入平均每年增长百分之十三点七，"
         "城镇职工家庭人均收入平均每年增长百分之六点九。")
    f = fact_at(s, "百分之十三点七")
    assert (f["indicator"], f["indicator_key"]) == ("农民人均纯收入", "rural_per_capita_net_income")


def test_the_first_years_of_a_span_are_years_reviewed_not_a_plan():
    # 1983
    s = ("正因为工业结构经过调整和整顿而日趋合理，尽管前四年内我国能源消费总量平均每年只增长百分之一点九，"
         "而整个工业却以每年递增百分之七点二的速度向前发展，这是经济调整的一个重大胜利。")
    for printed in ("百分之一点九", "百分之七点二"):
        f = fact_at(s, printed)
        assert (f["measure"], f["status"]) == ("change_pct", "actual"), printed
