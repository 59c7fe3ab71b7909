"""The work reports of 1978–1992, a fourth reading: an amount held at a level (稳定在一亿吨的水平上) is the
level of the subject before it, not of 水平; an amount above or below which firms, projects or brigades are
named (年综合能耗5万吨标准煤以上的企业, 三百元以上的大队) names the class and is no figure; a clause that opens with a
time (修订计划时, 后来) has the subject of its sentence; a higher aim striven for right after a growth
(递增百分之四，在执行中争取达到百分之五) is that growth's; a share said as 约为/达到 a whole (目前约为国家预算收入的
一半) is of the subject before it, the whole its comparator; a capacity added (增加运力４０００万吨) is its change,
a new one (新增加水泥生产能力) its level.
Sentences copied verbatim from the work-report corpus (year in the comment)."""

from __future__ import annotations

from _sentences import fact_at, facts


def test_an_amount_held_at_a_level_is_the_level_of_the_subject_before_it():
    # 1981
    s = "油的生产和建设，要抓好大庆等现有油田的技术改造和挖潜革新，近几年把总产量稳定在一亿吨的水平上，还要尽可能地集中一些资金，加强新油田的开发。"
    f = fact_at(s, "一亿吨")
    assert (f["indicator"], f["measure"], f["value"], f["unit"]) == ("油产量", "level", 1e8, "吨")
    # 1982
    s = "这样，我们就可以补充原有油井产量由于每年采收形成的自然递减，使五年内石油年产量稳定在一亿吨的水平上。"
    assert fact_at(s, "一亿吨")["indicator"] == "石油年产量"


def test_an_amount_bounding_the_firms_or_brigades_named_after_it_is_no_figure():
    # 1980
    s = "明年要对年综合能耗5万吨标准煤以上的企业，加强定额管理，搞好热力平衡，并利用经济办法，促进企业进一步降低能源消耗。"
    assert facts(s).empty
    # 1981: the brigades above the bound are counted, the bound names them
    s = "集体分配平均每人在三百元以上的大队，１９７９年有一千六百二十二个，１９８０年增加到五千五百六十九个，今年比去年又将有较多的增加。"
    f = facts(s)
    assert "三百" not in set(f["raw_value"])
    for printed in ("一千六百二十二个", "五千五百六十九个"):
        assert fact_at(s, printed)["indicator"].endswith("三百元以上的大队"), printed


def test_a_clause_opening_with_a_time_has_the_subject_of_its_sentence():
    # 1981
    s = "基本建设投资总额，今年２月修订计划时减少为三百亿元，后来又追加了八十亿元。"
    for printed, measure in (("三百亿元", "level"), ("八十亿元", "abs_change")):
        f = fact_at(s, printed)
        assert (f["indicator"], f["measure"]) == ("基本建设投资总额", measure), printed


def test_a_higher_aim_right_after_a_growth_is_that_growth():
    # 1982
    s = ("其中，农业总产值由二千一百八十七亿元增加到二千六百六十亿元，工业总产值由四千九百七十二亿元增加到六千零五十亿元，"
         "都是平均每年递增百分之四，在执行中争取达到百分之五。")
    f = fact_at(s, "百分之五")
    assert (f["measure"], f["value"], f["comparator"], f["status"]) == ("change_pct", 5.0, "平均每年", "target")
    assert "multi_year" in f["flags"]
    assert "农业总产值" in f["indicator"]


def test_a_share_said_as_about_a_whole_is_of_the_subject_before_it():
    # 1981
    s = "随着经济的活跃和地方、企业财政权力的扩大，国家预算外的资金数量将逐步增多，目前约为国家预算收入的一半。"
    f = fact_at(s, "一半")
    assert (f["indicator"], f["measure"], f["value"], f["qualifier"], f["comparator"]) == (
        "国家预算外的资金数量", "rate_pct", 50.0, "about", "国家预算收入")
    # 1956
    s = "１９５６年基本建设完成的工作量，连同１９５３年到１９５５年所完成的工作量，将要达到五年计划原定总投资额的８７．６％。"
    assert fact_at(s, "８７．６％")["indicator"] == "基本建设完成的工作量"


def test_a_capacity_added_is_its_change_and_a_new_capacity_its_level():
    # 1988
    s = "铁路建设要以增强晋煤外运能力和某些限制口的通过能力为重点，积极改造老线，建设急需的新线，保证每年增加运力４０００万吨以上。"
    f = fact_at(s, "４０００万吨")
    assert (f["indicator"], f["measure"], f["value"], f["qualifier"], f["status"]) == (
        "运力", "abs_change", 4e7, "at_least", "target")
    # 1958
    s = "这些项目，在今年内可以建设完工的有七个，新增加水泥生产能力八十三万三千吨和木材运出能力四百八十五万立方公尺。"
    f = fact_at(s, "八十三万三千吨")
    assert (f["indicator"], f["measure"]) == ("新增加水泥生产能力", "level")
