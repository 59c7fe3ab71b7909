"""The work reports of 1978–1992, a fifth reading: years listed before a count of them (一九七九和一九八○两年,
1978、1979两年) are the period of the clause, no part of its name, and hold in their sentence only; a year
without its 年 that a comparison follows (一九八○比一九七五年) is the year of that comparison; a share held by
the nation (我国百分之八十以上的财政收入来自城市工商业) is of the units named after it, what the clause says of them
(来自…) no part of their noun; a target word naming a measure taken (采取了…优先保证轻工业生产的措施，) plans none of
the figures it brought about; a vague count of kinds (上万种, 上千种) is a figure, its kinds no part of a name after it; a period
stressed by 仅…就 (仅一九八一、一九八二两年就节约和少用了) is no part of the name, its 仅 and 就 neither; what a
condition said with 只要 would bring about (只要降低１％，一年就可以增加收入二十亿元) is projected, as after 如果.
Sentences copied verbatim from the work-report corpus (year in the comment)."""

from __future__ import annotations

from _sentences import fact_at, facts


def test_years_listed_before_their_count_are_the_period_not_the_name():
    # 1986
    s = "“五五”末期，国家财政出现较大的赤字，一九七九和一九八○两年合计近三百亿元。"
    f = fact_at(s, "三百亿元")
    assert (f["period"], f["qualifier"]) == ("1979-1980年", "nearly")
    assert "赤字" in f["indicator"] and "一九七九" not in f["indicator"]
    # 1980
    s = ("粮食产量33，212万吨，比上年增加2，737万吨，这是在1978年粮食丰收的基础上实现的，"
         "1978、1979两年共增产粮食4，900多万吨。")
    f = fact_at(s, "4，900")
    assert (f["period"], f["measure"], f["qualifier"]) == ("1978-1979年", "abs_change", "over")
    # 1983: the period stressed by 仅…就, neither word part of the name
    s = "由于调整轻重工业结构、加强能源管理和进行节约能源的技术改造，仅一九八一、一九八二两年就节约和少用了四千万吨标准煤。"
    f = fact_at(s, "四千万吨")
    assert (f["indicator"], f["period"], f["unit"]) == ("节约和少用", "1981-1982年", "吨标准煤")


def test_years_listed_hold_in_their_sentence_only():
    # 1954: the next sentence is of its own year, not of the two listed before
    s = ("五年來國家財政用於經濟建設的經費共達三百二十八萬億元，其中在一九五三和一九五四兩年合計就有二百萬億元。"
         "一九五四年預算中國家用於文敎、衞生和社會福利事業的支出等於一九五〇年的四點九倍。")
    assert fact_at(s, "二百萬億元")["period"] == "1953-1954年"
    assert fact_at(s, "四點九倍")["period"] != "1953-1954年"


def test_a_year_without_its_nian_before_a_comparison_is_no_name():
    # 1986
    s = ("在过去的几个五年计划期间，财政收入增加最多的是“五五”时期，一九八○比一九七五年增加二百二十六亿元，"
         "而“六五”期间的增加额大大超过“五五”间期，一九八五年比一九八○年增加七百八十六亿元。")
    f = fact_at(s, "二百二十六亿元")
    assert (f["measure"], f["comparator"]) == ("abs_change", "一九七五年")
    assert f["period"].startswith("一九八○") and "一九八○" not in f["indicator"]
    assert "一九八○" not in fact_at(s, "七百八十六亿元")["indicator"]


def test_a_share_the_nation_holds_is_of_the_units_named_after_it():
    # 1983
    s = "我国百分之八十以上的财政收入来自城市工商业，城市改革的情况如何，对国民经济的全局关系极大。"
    f = fact_at(s, "百分之八十")
    assert (f["indicator"], f["measure"], f["qualifier"]) == ("来自城市工商业的财政收入", "rate_pct", "at_least")
    assert len(facts(s)) == 1


def test_a_target_word_naming_a_measure_taken_plans_no_figure():
    # 1980
    s = ("由于采取了在原料、燃料和动力供应等方面优先保证轻工业生产的措施，1979年轻工业总产值比上年增长9.6％，"
         "今年上半年又比去年同期增长24.2％，都超过了重工业的增长速度。")
    for printed, period in (("9.6％", "1979年"), ("24.2％", "上半年")):
        f = fact_at(s, printed)
        assert (f["indicator"], f["measure"], f["status"], f["period"]) == ("轻工业总产值", "yoy_pct", "actual", period)


def test_a_vague_count_of_kinds_is_a_figure():
    # 1981
    s = "今年工业部门试制的新产品和试验的新工艺有上万种，其中半数已投入生产。"
    f = fact_at(s, "万种")  # (上 is the qualifier, no part of the printed figure)
    assert (f["indicator"], f["measure"], f["value"], f["unit"], f["qualifier"]) == (
        "工业部门试制的新产品和试验的新工艺", "level", 1e4, "种", "over")
    assert fact_at(s, "半数")["indicator"] == "工业部门试制的新产品和试验的新工艺"
    # 1982
    s = "这两年取得重大科技成果六千多项，研制成功的新材料有上千种，在经济建设中起着越来越显著的作用。"
    f = fact_at(s, "千种")
    assert (f["indicator"], f["value"], f["qualifier"]) == ("研制成功的新材料", 1e3, "over")


def test_what_a_condition_with_zhiyao_would_bring_is_projected():
    # 1981
    s = "按照现在的生产规模，工业企业的生产成本只要降低１％，一年就可以增加收入二十亿元。"
    f = fact_at(s, "二十亿元")
    assert (f["measure"], f["status"], f["value"]) == ("abs_change", "estimate", 2e9)
