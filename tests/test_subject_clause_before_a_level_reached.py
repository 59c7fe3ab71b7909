"""A name alone in its clause before a level reached, and a payer's adverb before its spending verb.

A modified noun printed alone in its clause, then a comma and 已经达到 with a figure (同我国有着贸易和文化联系的国家和
地区，已经达到一百二十多个), names that figure: the subject of the clauses before it is not carried past it. A payer
that goes on paying (政府继续拨付复堤、修垸经费3亿元) pays the fund the verb names, as 还 or 又 before the verb does. In a plan part, a count its clause says did not complete (７种没有完成质量计划)
tells an outcome, as one it says is done (已经完工) does. The 以外 that closes a frame of what is set aside (除了１７个项目
已经完工投入生产，１２个项目已经部分地投入生产以外) is no part of what is said of the things counted.
"""

from __future__ import annotations

from _sentences import fact_at, facts


def test_a_modified_noun_alone_before_a_level_reached_names_it():
    # national_work_reports/1964.txt
    f = facts("现在，同我国建交的国家已经增加到五十个，同我国有着贸易和文化联系的国家和地区，已经达到一百二十多个。")
    assert [(r.indicator, r.value, r.qualifier) for r in f.itertuples()] == [
        ("同我国建交的国家", 50.0, "exact"), ("同我国有着贸易和文化联系的国家和地区", 120.0, "over")]


def test_a_clause_with_no_modified_noun_is_no_name_of_the_level_reached():
    # (written in the reports' style: a clause saying how things went names nothing reached)
    f = facts("全区充电桩已经增加到５０个，经济运行平稳，已经达到１２０多家。")
    assert [r.indicator for r in f.itertuples()] == ["充电桩", "充电桩"]
    # nor does a frame a modifier with 的 stands in (the effort or the plan it is reached under)
    for frame in ("在全区上下的共同努力下", "按照市里的统一部署", "经过全区的共同努力"):
        f = facts(f"全区充电桩增加到５０个，{frame}，已经达到１２０多个。")
        assert [r.indicator for r in f.itertuples()] == ["充电桩", "充电桩"], frame


def test_a_time_opening_the_sentence_is_no_name_of_the_level_reached():
    # (written in the reports' style)
    got = fact_at("今年以来，全区注册的科技企业，已经达到１２０多家。", "１２０")
    assert (got["indicator"], got["period"]) == ("注册的科技企业", "今年以来")


def test_a_payer_going_on_paying_pays_the_fund_its_verb_names():
    # national_work_reports/1956.txt
    s = ("对１９５４年的灾区，政府继续拨付复堤、修垸经费３亿元，帮助农民新修和整修了许多小型水利工程，贷放水车１７万辆，"
         "扩大和改善了灌溉面积６，５００万亩。")
    got = fact_at(s, "３亿元")
    assert (got["indicator"], got["measure"], got["value"]) == ("复堤、修垸经费", "level", 3e8)
    # (written in the reports' style: a budget that pays keeps its name before the fund, as without 继续)
    assert fact_at("２０２０年，区财政继续安排专项资金５００万元。", "５００")["indicator"] == "区财政专项资金"


def test_a_count_its_clause_says_did_not_complete_is_an_outcome_in_a_plan_part():
    # national_work_reports/1956.txt, under 三、为实现１９５６年的国家预算而努力 (a plan part)
    s = ("纺织工业产品的质量一般比去年有了显著的提高，但是在某些地区还比较落后，例如辽宁省纺织系统的１３种主要产品，"
         "在第一季度就有７种没有完成质量计划。")
    f = facts("政府工作报告\n一、2019年工作回顾\n去年，地区生产总值增长3%。\n二、2020年工作安排\n" + s + "\n")
    got = f[f.value == 7.0].iloc[0]
    assert (got.indicator, got.status, got.period) == ("没有完成质量计划的主要产品", "actual", "第一季度")


def test_the_close_of_a_frame_set_aside_is_no_part_of_what_is_said_of_the_things_counted():
    # national_work_reports/1956.txt: the frame opened by 除了 before the first item closes after the last
    s = ("１９５６年施工的限额以上建设单位共有９６４个，其中本年开始建设的２７１个，继续建设的６９３个；苏联为我国设计的"
         "１５６个重要项目中，除了１７个项目已经完工投入生产，１２个项目已经部分地投入生产以外，本年内开始建设的２２个，"
         "继续建设的１０３个，在本年内可以完工的１１个，可以部分地投入生产的１３个。")
    assert fact_at(s, "１７个")["indicator"] == "已经完工投入生产的项目"
    assert fact_at(s, "１２个")["indicator"] == "已经部分地投入生产的项目"
    # (written in the reports' style: 外, 以外 and 之外 close the frame alike)
    for close in ("外", "以外", "之外"):
        got = fact_at(f"全区５０个重点项目中，除１７个项目已经竣工{close}，其余均已开工。", "１７")
        assert got["indicator"] == "已经竣工的项目", close
