"""Names, measures and ranks of figures in the prose of district and city reports, on verbatim sentences.

Each sentence is copied from a report of ``tests/gold/real/texts`` or the bundled Dongcheng 2020 H1 report
(named in the comment above it); each test states the name, measure or rank of one figure of it.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

# -- the work a verb pushes on the things counted is no part of their name --------------------------------

@pytest.mark.parametrize(("text", "printed", "name"), [
    # dongcheng_2020_h1
    ("宣传贯彻优化营商环境条例,加快推动年度63项重点任务落实。", "63项", "重点任务"),
    ("召开楼宇经济高质量发展大会,有序推进年度40栋楼宇改造升级。", "40栋", "楼宇"),
    ("28个全区重点投资支撑项目中,隆福文化街区、第一人民医院迁建等21个项目已实现开工,东直门交通枢纽等重点续建项目"
     "全面复工,有序推进以8号线三期为重点的五条地铁在施线路建设。", "五条", "地铁在施线路"),
    ("同步推进23个区级专项规划编制,对接规划纲要框架和总体思路,12月底前完成初稿并于2021年陆续发布。", "23个",
     "区级专项规划"),
])
def test_work_pushed_on_the_things_counted_is_no_part_of_their_name(text, printed, name):
    got = fact(text, printed)
    assert (got["indicator"], got["measure"]) == (name, "level")


def test_work_pushed_on_after_the_things_counted_is_no_part_of_their_name():
    # dongcheng_2018_h1
    got = fact("10个重点区域整治稳步推进。", "10个")
    assert (got["indicator"], got["measure"]) == ("重点区域", "level")


def test_work_pushed_on_is_kept_when_no_verb_pushes_it():
    # a noun that ends like work (违法建设) is named whole when nothing before the count pushes work on it, with the
    # verb that removes what is counted (as 共拆除违法建设1024处 names it)
    got = fact("共拆除1024处违法建设。", "1024处")
    assert got["indicator"] == "拆除违法建设"


def test_work_after_a_bracket_of_the_things_counted_is_no_part_of_their_name():
    # chaoyang_2022_h1
    text = ("服务保障有力有序,完成3家竞赛场馆、8家非竞赛场馆、85家酒店(驻地)保障工作,实现疫情防控“零感染”、"
            "人员流线“零破环”、服务保障“零事")
    got = fact(text, "85家")
    assert (got["indicator"], got["measure"]) == ("酒店", "level")


# -- a top rank printed with no 名 or 位 at the end of its clause is a rank after a verb of rank -----------

def test_top_rank_ending_its_clause_is_a_rank():
    # chaoyang_2024_h1
    text = "一般制造业疏解提质等9项任务提前完成年度目标,围挡治理等12项任务完成量排名全市前三。"
    got = fact(text, "前三")
    assert (got["measure"], got["value"], got["indicator"], got["comparator"]) == ("rank", 3.0, "任务完成量", "全市")


@pytest.mark.parametrize("text", ["截至目前三,", "要求提前三。"])
def test_top_rank_needs_a_verb_of_rank(text):
    assert not (facts(text)["measure"] == "rank").any()


# -- the basis a change is adjusted to is its comparator, also from a clause of its own before it ---------

@pytest.mark.parametrize(("text", "plain", "printed", "name", "base"), [
    # chaoyang_2022_h1
    ("区级一般公共预算收入完成278.7亿元,同比降低6.5%,剔除留抵退税后增长0.4%。", "6.5%", "0.4%", "区级一般公共预算收入",
     "剔除留抵退税后"),
    # gongshu_hz_2022_annual
    ("全年实现:地区生产总值增长1.5%,低于目标任务5.5个百分点;规上工业增加值增长2.4%,低于目标任务0.6个百分点;"
     "服务业增加值增长1.5%,低于目标任务5.5个百分点;固定资产投资增长12.1%,高于目标任务5.1个百分点;"
     "社会消费品零售总额增长2%,低于目标任务5个百分点;2021年R&D经费支出增长0.3%,低于目标任务24.7个百分点;"
     "一般公共预算收入全年同比增长2.6%,扣除留抵退税因素,同比增长13.6%;环境保护、社会事业和民生保障等指标完成良好。",
     "2.6%", "13.6%", "一般公共预算收入", "扣除留抵退税因素"),
])
def test_adjusted_basis_is_the_comparator_of_a_change(text, plain, printed, name, base):
    got = fact(text, printed)
    assert (got["indicator"], got["measure"], got["comparator"]) == (name, "yoy_pct", base)
    assert fact(text, plain)["comparator"] == ""  # the change before the basis is stated is on the plain basis


def test_adjusted_basis_before_a_clause_holds_for_that_clause_only():
    got = facts("一般公共预算收入全年同比增长2.6%,扣除留抵退税因素,同比增长13.6%;税收收入增长5%。")
    assert got.set_index("raw_value")["comparator"].to_dict() == {"2.6": "", "13.6": "扣除留抵退税因素", "5": ""}


def test_price_basis_is_no_comparator():
    got = facts("社会消费品零售总额增长10%,扣除价格因素,增长8%。")
    assert (got["comparator"] == "").all()


# -- a scope word no comparison word leads is no base of an amount of change either -----------------------

def test_scope_word_is_no_base_of_an_amount_of_change():
    # dongcheng_2017_h1
    text = ("故宫周边、簋街、南锣鼓巷、东四三至八条和隆福寺等列入全市专项行动的五个重点区域涉及人口减少16863人,"
            "完成进度达到119.1%。")
    got = fact(text, "16863人")
    assert (got["measure"], got["value"], got["comparator"]) == ("abs_change", -16863.0, "")


def test_scope_word_after_a_comparison_word_stays_the_base_of_an_amount_of_change():
    got = fact("全区新增就业人数比全市多1.2万人。", "1.2万人")
    assert (got["measure"], got["comparator"]) == ("abs_change", "全市")


# -- a contribution after a 分别 list is that of the list's items together -------------------------------

def test_contribution_after_a_list_is_that_of_the_list_subject():
    # beijing_2017_h1
    text = "优势服务业贡献突出,金融、科技和信息服务业三大优势行业增加值分别增长7.4%、10%和9.3%,对经济增长贡献率合计达49.7%。"
    got = fact(text, "49.7%")
    assert (got["indicator"], got["measure"]) == ("金融、科技和信息服务业三大优势行业增加值对经济增长贡献率", "rate_pct")
    assert fact(text, "9.3%")["indicator"] == "信息服务业增加值"


def test_frame_of_a_years_start_is_the_base_of_the_changes_after_it():
    # dongcheng_2020_h1
    text = ("有效防范化解金融风险,上半年,全区P2P平台已清退13户,占存量的43.3%,与2019年初相比,借贷余额化解146.47亿元,"
            "投资人数减少43.96万人。")
    got = fact(text, "43.96万人")
    assert (got["indicator"], got["measure"], got["value"]) == ("投资人数", "abs_change", -439600.0)
    assert got["comparator"] == "2019年初"
