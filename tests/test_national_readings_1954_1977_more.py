"""The work reports of 1954–1977, more readings: a future reached about a figure (将约达) is a plan, a
clause opened by a word of cause or restriction (因为, 因爲, 只是) names no part of the indicator, and the
year of a multiple's base (達到一九五〇年的一點八倍) is no time of the multiple; a span of history
(从1900年到1948年) holds in its sentence only; a share opening its clause (，共占本年支出的) is of the
subject before it. Sentences copied verbatim
from the work-report corpus (year in the comment)."""

from __future__ import annotations

import pytest
from _sentences import fact
from _work_reports import WorkReports


def test_a_figure_the_future_reaches_about_is_a_plan():
    # 1955
    s = ("五年内，就业人数共增加约四百二十万人，工人职员的平均工资以货币计算约增长百分之三十三；国营企业和国家机关所支付的"
         "劳动保险基金、医药费、福利费和文化教育费将共达五十亿元以上；国家拨款为工人职员建筑的住宅，将约达四千六百万平方公尺。")
    f = fact(s, "四千六百万平方公尺")
    assert (f["indicator"], f["status"], f["qualifier"]) == ("国家拨款为工人职员建筑的住宅", "target", "about")


@pytest.mark.parametrize(("text", "printed", "name"), [
    # 1960
    ("因为绝大多数棉田的亩产量都超过四十斤，四十斤以下的主要是新发展的棉田。", "四十斤", "绝大多数棉田的亩产量"),
    # 1955
    ("五年内科学研究事业将有较大的发展，只是中国科学院所属的研究机构即将增加二十三所，研究人员将增加三千四百人。",
     "二十三所", "中国科学院所属的研究机构"),
    # 1954
    ("這個工程因爲盲目採購材料而積壓資金一百四十四億餘元，因爲沒有及時向國家申請調撥物資損失二十五億七千多萬元，"
     "因爲材料使用的浪費損失十八億餘元，因爲勞動效率過低損失二十三億五千多萬元，因爲工地臨時建築標準過高浪費二十三億元，"
     "而因爲工地物資散失和購置家具的浪費所造成的損失還不在內。", "二十三億元", "工地臨時建築標準過高浪費"),
])
def test_a_word_of_cause_or_restriction_opening_the_clause_is_no_part_of_the_name(text, printed, name):
    assert fact(text, printed)["indicator"] == name


@pytest.mark.parametrize(("text", "printed", "name", "period", "base"), [
    # 1954
    ("在一九五三年，社會商品零售總額已經增加到三百二十五萬億元，等於一九五〇年的一點八倍，對外貿易也達到一九五〇年的一點八倍。",
     "也達到一九五〇年的一點八倍", "對外貿易", "一九五三年", "一九五〇年"),
    ("公私合營工業的産值在一九五三年已經達到一九四九年的九倍多，預計在一九五四年又將等於一九五三年的兩倍多。",
     "九倍", "公私合營工業的産值", "一九五三年", "一九四九年"),
])
def test_the_year_of_a_multiples_base_is_no_time_of_it(text, printed, name, period, base):
    f = fact(text, printed)
    assert (f["indicator"], f["period"], f["comparator"]) == (name, period, base)


def test_a_span_of_history_holds_in_its_sentence_only():
    # 1957: 以钢的产量来说，…而旧中国包括日本侵略时候的东北在内，从1900年到1948年，49年合计的钢产量不过七百六十万吨。
    # …我国1957年的农业计划如果完成，农业总产值比1952年将增长26%，即增加一百二十七亿六千万元。
    reports = WorkReports()
    assert reports.fact_at(1957, "49年合计的钢产量不过七百六十万吨", "七百六十万吨")["period"] == "1900-1948年"
    for printed in ("26%", "一百二十七亿六千万元"):
        assert reports.fact_at(1957, "农业总产值比1952年将增长26%，即增加一百二十七亿六千万元", printed)["period"] != "1900-1948年"


@pytest.mark.parametrize(("text", "printed", "name", "whole"), [
    # 1956
    ("１９５５年国家决算用于社会文教事业的支出，共占本年支出的１０．８７％。", "１０．８７％", "用于社会文教事业的支出", "本年支出"),
    ("１９５６年国家预算用在经济建设和文化教育事业的支出，共占本年支出总数的６４．９６％。", "６４．９６％",
     "国家预算用在经济建设和文化教育事业的支出", "本年支出总数"),
])
def test_a_share_opening_its_clause_is_of_the_subject_before(text, printed, name, whole):
    f = fact(text, printed)
    assert (f["indicator"], f["measure"], f["comparator"]) == (name, "rate_pct", whole)
