"""A sixteenth pass over sentences of the State Council government work reports of 2008-2025, read by eye.

Each sentence is copied verbatim from the work-report corpus (the year of the report in the comment);
each test names the rule it pins and asserts the fields a reading found wrong.
"""

from __future__ import annotations

from _sentences import fact

# -- a level stepped onto as a new step (跃上, 迈上, 跨上, 站上, 登上 … 台阶) is reached or passed: at_least ----------


def test_a_level_stepped_onto_is_at_least_that_level():
    # 2025
    s = ("主要表现在，产业升级有新进展，粮食产量首次跃上1.4万亿斤新台阶、亩产提升10.1斤；高技术制造业、装备制造业增加值"
         "分别增长8.9%、7.7%，新能源汽车年产量突破1300万辆；信息传输软件和信息技术服务业、租赁和商务服务业增加值分别增长"
         "10.9%、10.4%。")
    r = fact(s, "1.4万亿斤")
    assert (r["indicator"], r["measure"], r["value"], r["qualifier"]) == ("粮食产量", "level", 1.4e12, "at_least")
    assert fact(s, "10.1斤")["qualifier"] == "exact"


def test_a_round_amount_stepped_onto_is_a_figure_of_the_subject():
    # constructed regression fixture in the wording of district reports: 千亿元 with no digit before 台阶
    r = fact("地区生产总值跨上千亿元台阶。", "千亿")
    assert (r["indicator"], r["value"], r["unit"], r["qualifier"]) == ("地区生产总值", 1e11, "元", "at_least")
    assert fact("地区生产总值站上5000亿元新台阶。", "5000")["indicator"] == "地区生产总值"


def test_a_mark_stepped_over_is_passed_as_one_broken_through():
    # written, in the wording of district reports: 跨过/越过 … 大关 as 突破 … 大关 (1993: 国内生产总值突破３万亿元大关)
    r = fact("一般公共预算收入跨过100亿元大关。", "100亿元")
    assert (r["indicator"], r["value"], r["qualifier"]) == ("一般公共预算收入", 1e10, "over")
    assert fact("地区生产总值越过千亿元大关。", "千亿")["qualifier"] == "over"
