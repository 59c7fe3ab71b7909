"""The period of a figure whose clause names this year (今年), and the year-on-year reading of a year's end.

今年 printed before a figure, after the period a sentence named first or under a part of the year a paragraph
opens with, makes the figure of the year 今年 names: `到2022年底，全区累计建成5G基站3000个，今年新建1000个` in a
plan of 2023 → 1000 of ``2023年`` (the 3000 stays ``2022年底``); `下半年，…。今年计划投资120亿元` in a mid-year
plan of 2022 → ``2022年``, not ``下半年``. A change against the year before a year's end (a period ``1955年底``)
is a change on last year (``yoy_pct``), as one of the year itself is.
A sentence opening with 现在, the time of the report, holds no period from the sentences before it (1959:
`…一九五七年才达到了三千七百亿斤。现在我们要…再使粮食产量增加三千亿斤` → the target is of ``1959年``); so does one
opening with 今后, the time after it (1982: `一九八一年实际执行结果为二十五亿元。今后在年度计划的执行中，…力争财政赤字少于
三十亿元` → no year of 1981), and a later clause of a sentence opening with either.
"""

from __future__ import annotations

from _sentences import fact

# written sentences (the shape of district plans; no report at hand prints it)
PLAN_5G = ("2023年政府工作报告\n一、2022年工作回顾\n全区地区生产总值增长5%。\n二、2023年工作安排\n"
           "到2022年底，全区累计建成5G基站3000个，今年新建1000个。")
H2_PLAN = ("东城区2022年上半年工作总结和下半年工作安排\n一、上半年工作情况\n上半年，全区地区生产总值增长5%。\n"
           "二、下半年工作安排\n下半年，重点做好以下工作。今年计划投资120亿元，推进重点项目建设。")
# national work report 2013
R2013 = ("2013年政府工作报告\n一、过去五年工作回顾\n国内生产总值增长7.8%。\n二、2013年工作的总体要求和主要任务\n"
         "同时，目前我国债务负担率相对较低，今年增加赤字后，赤字率在2%左右，总体上处于安全水平。")
# national work report 1956
R1956 = ("关于1955年国家决算和1956年国家预算的报告\n"
         "到１９５５年底，已经完成铺轨全线通车的有黎塘——湛江线、丰台——沙城线和蓝村——烟台线；"
         "贯通西南的宝鸡——成都线已经完成全线铺轨任务的７３％；贯通西北的兰州——新疆线已经达到张掖以西１３５公里。"
         "全国公路共修建８，１３８公里，比１９５４年的修建里数增长了４０％。")
# national work report 1982 (the report on the sixth five-year plan)
R1982 = ("这五年计划安排平均每年有财政赤字三十亿元左右。一九八一年实际执行结果为二十五亿元。"
         "今后在年度计划的执行中，也要努力增加收入，严格控制支出，力争财政赤字少于三十亿元。")


def test_this_year_after_a_year_end_named_first():
    assert fact(PLAN_5G, "1000")["period"] == "2023年"
    assert fact(PLAN_5G, "3000")["period"] == "2022年底"


def test_this_year_under_a_paragraph_of_half_a_year():
    assert fact(H2_PLAN, "120")["period"] == "2022年"


def test_this_year_after_the_present():
    assert fact(R2013, "2%")["period"] == "2013年"


def test_change_on_the_year_before_a_year_end():
    f = fact(R1956, "４０％")
    assert (f["measure"], f["comparator"]) == ("yoy_pct", "1954年")


def test_a_sentence_opening_with_the_present_holds_no_period_from_before(work_reports):
    # national work report 1959: …一九五七年才达到了三千七百亿斤。现在我们要…再使粮食产量增加三千亿斤 — 现在 is the time
    # of the report, so the target is of the year planned, not of the year the sentence before names
    phrase = "现在我们要在一九五八年增产三千八百亿斤的基础上，再使粮食产量增加三千亿斤"
    f = work_reports.fact_at(1959, phrase, "三千亿斤")
    assert (f["indicator"], f["status"], f["period"]) == ("粮食产量", "target", "1959年")
    assert work_reports.fact_at(1959, "一九五七年才达到了三千七百亿斤", "三千七百亿斤")["period"] == "一九五七年"


def test_a_sentence_opening_with_the_time_ahead_holds_no_past_year_from_before():
    # 今后 opens the years after the report: the deficit to keep under 三十亿元 is no figure of 1981, the year the
    # sentence before reports
    f = fact(R1982, "少于三十亿元")
    assert (f["indicator"], f["status"], f["period"]) == ("财政赤字", "target", "")
    assert fact(R1982, "二十五亿元")["period"] == "一九八一年"


def test_a_later_clause_opening_with_the_time_ahead_holds_no_year_named_before_it() -> None:
    # regression fixture (text written for the test): the year of the first clause is not the year of the target
    text = "一九七八年全国钢产量达到三千一百七十八万吨，今后每年要增产钢五百万吨。"
    assert fact(text, "三千一百七十八万吨")["period"] == "一九七八年"
    assert (fact(text, "五百万吨")["period"], fact(text, "五百万吨")["status"]) == ("", "target")
