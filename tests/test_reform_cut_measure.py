"""A reform's cut of counted items, papers, steps or time printed with 减少 is a change of its own, not a
year-on-year fall: the items of a catalogue (定价项目, 审批事项) and the time a procedure takes have no yearly series
the percentage is a growth of, as 精简85% and 减少一半 of the same paragraphs are read. Against a stated base
(比上年减少) the cut stays a change on last year.
"""

from __future__ import annotations

from _sentences import fact_printed as fact


def test_cut_of_catalogue_items_is_a_change_of_its_own():
    # national_work_reports/2016.txt: both halves of the sentence are cuts of the pricing catalogues
    s = "价格改革力度加大，中央政府定价项目减少80%，地方政府定价项目减少一半以上。"
    f = fact(s, "80")
    assert (f["indicator"], f["measure"], f["value"], f["comparator"]) == ("中央政府定价项目", "change_pct", -80.0, "")
    f = fact(s, "一半")
    assert (f["indicator"], f["measure"], f["value"]) == ("地方政府定价项目", "change_pct", -50.0)


def test_cut_against_last_year_stays_a_change_on_it():
    # national_work_reports/2015.txt
    s = ("制定并实施深化财税体制改革总体方案，预算管理制度和税制改革取得重要进展，专项转移支付项目比上年减少1/3以上，"
         "一般性转移支付比重增加，地方政府性债务管理得到加强。")
    f = fact(s, "1/3")
    assert (f["measure"], f["comparator"]) == ("yoy_pct", "上年")


def test_fall_of_a_statistical_quantity_stays_year_on_year():
    # national_work_reports/2017.txt: emissions have a yearly series
    s = "强化大气污染治理，二氧化硫、氮氧化物排放量分别下降5.6%和4%，74个重点城市细颗粒物（PM2.5）年均浓度下降9.1%。"
    assert fact(s, "5.6")["measure"] == "yoy_pct"
    assert fact(s, "9.1")["measure"] == "yoy_pct"


def test_cut_of_a_procedure_time_is_a_change_of_its_own_but_not_any_time():
    # written, not quoted: the time a procedure takes (开办时间, 审批时间) cut by a reform, against the time of
    # something counted each year (工业用电时间), a fall on last year as any quantity's
    assert fact("企业开办时间减少50%。", "50")["measure"] == "change_pct"
    assert fact("项目审批时间减少一半。", "一半")["measure"] == "change_pct"
    assert fact("全年工业用电时间减少15%。", "15")["measure"] == "yoy_pct"
