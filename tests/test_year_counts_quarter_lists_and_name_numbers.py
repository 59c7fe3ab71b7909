"""Counts of the year's tasks, quarters listed with 分别, and numbers that are names.

年度 right before a count (年度63项重点任务) counts the tasks of the whole year: the fact is dated the year, as a
figure after 全年 is, while what is done of them keeps the time the sentence speaks of. Quarters or months listed
before 分别, printed in full (一季度、二季度) or sharing the last one's word (一、二季度, 1、2月), each date the
member of their order, after a subject or with none. Hotlines listed before their name (119、120等应急热线),
generations (80后、90后), numbers dialled (拨打12345) and codes of Latin letters (COVID-19) are names, no figures. The sentences of the bundled
report are quoted from it; the others are written fixtures, each saying so.
"""

from __future__ import annotations

from _sentences import MIDYEAR_HEAD, facts


def _sentence(bundled_facts, words: str):
    return bundled_facts[bundled_facts["sentence"].str.contains(words, regex=False)]


def test_count_of_the_years_tasks_is_dated_the_year(bundled_facts):
    # data/dongcheng_2020_h1: 宣传贯彻优化营商环境条例,加快推动年度63项重点任务落实。
    f = _sentence(bundled_facts, "加快推动年度63项重点任务落实")
    assert f[["raw_value", "period"]].values.tolist() == [["63", "2020年"]]


def test_count_of_the_years_buildings_is_dated_the_year(bundled_facts):
    # data/dongcheng_2020_h1: 召开楼宇经济高质量发展大会,有序推进年度40栋楼宇改造升级。
    f = _sentence(bundled_facts, "有序推进年度40栋楼宇改造升级")
    assert f[["raw_value", "period"]].values.tolist() == [["40", "2020年"]]


def test_written_fixture_tasks_done_of_the_years_keep_the_time_of_the_report():
    """Written fixture: the year's 86 tasks are of the year, the 51 done of the half-year reviewed."""
    f = facts(MIDYEAR_HEAD + "落实营商环境6.0版改革任务,年度86项重点任务已完成51项。")
    assert f[["raw_value", "period"]].values.tolist() == [["86", "2021年"], ["51", "上半年"]]


def test_written_fixture_a_bare_year_of_the_plan_stays_the_year():
    """Written fixture: 2020年度 is the year printed, no count of the year's (the rule leaves it as it was)."""
    f = facts("2020年度地区生产总值初步核算数50610595万元,增幅-1.1%。")
    assert set(f["period"]) == {"2020年"}


def test_written_fixture_quarters_sharing_a_word_each_date_their_figure():
    """Written fixture: 一、二季度 after the subject: each figure its own quarter, the subject's name."""
    f = facts(MIDYEAR_HEAD + "上半年，全区规上工业增加值同比增长5%，一、二季度分别增长4.5%和5.2%。")
    assert f[["raw_value", "indicator", "period"]].values.tolist() == [
        ["5", "规上工业增加值", "上半年"], ["4.5", "规上工业增加值", "一季度"], ["5.2", "规上工业增加值", "二季度"]]


def test_written_fixture_quarters_listed_after_the_subject():
    """Written fixture: 全区税收一、二季度 and 地区生产总值一、二、三季度: the list after the subject."""
    f = facts(MIDYEAR_HEAD + "全区税收一、二季度分别增长4.5%和5.2%。")
    assert f[["indicator", "period"]].values.tolist() == [["税收", "一季度"], ["税收", "二季度"]]
    f = facts(MIDYEAR_HEAD + "全区地区生产总值一季度、二季度、三季度分别增长4.5%、5.2%和6%。")
    assert f["period"].tolist() == ["一季度", "二季度", "三季度"]
    assert set(f["indicator"]) == {"地区生产总值"}


def test_written_fixture_quarters_listed_before_a_verb_and_object():
    """Written fixture: 一季度、二季度分别实现税收: the object is the name, without 分别 or the verb."""
    f = facts(MIDYEAR_HEAD + "一季度、二季度分别实现税收12亿元和15亿元。")
    assert f[["indicator", "period"]].values.tolist() == [["税收", "一季度"], ["税收", "二季度"]]


def test_written_fixture_bases_listed_after_a_comparison_word_are_no_periods():
    """Written fixture: 较一季度和1-5月 lists the bases of the changes, not their periods."""
    f = facts(MIDYEAR_HEAD + "上半年,全县规上工业增加值同比增长1.3%,增速较一季度和1-5月分别提高15.5和2.2个百分点。")
    assert f["comparator"].tolist()[1:] == ["一季度", "1-5月"]
    assert set(f["period"]) == {"上半年"}


def test_written_fixture_hotlines_generations_and_codes_are_no_figures():
    """Written fixture: numbers that name a hotline, a generation or a code give no fact."""
    for text in ("完善119、120等应急热线联动机制。", "畅通12345、110、119、120等热线。", "吸引80后、90后青年创业团队入驻。",
                 "服务90后。", "受新型冠状病毒肺炎(COVID-19)疫情影响。", "建设110、220千伏输变电工程。",
                 "市民可拨打12345反映问题。"):
        assert facts(MIDYEAR_HEAD + text).empty, text


def test_written_fixture_listed_counts_stay_figures():
    """Written fixture: a list of counts before their unit is still one of figures."""
    f = facts(MIDYEAR_HEAD + "吸引90后青年创业团队20个,新建学校12、15所,累计拨打电话3万次。")
    assert f["raw_value"].tolist() == ["20", "12", "15", "3"]


def test_written_fixture_a_list_longer_than_names_run_is_read_item_by_item():
    """Numbers listed before a name's number (119、120等热线, 1、2号楼) are looked at a dozen items ahead at most, and
    only a list that ends there is one: a run of thousands of listed numbers (``、1`` repeated) reads each number
    once, not the rest of the list from each, and every number of it stays a figure."""
    from dhcheng_analysis.cuewords import token_views

    listed = token_views().listed_name
    assert listed.match("、2、3号楼", 0)["n"] == "3"
    assert listed.match("、1" * 13 + "号楼", 0) is None  # (longer than a list of names runs)
    got = facts("收入" + "、1" * 3000 + "%。")
    assert len(got) == 3000 and set(got["raw_value"]) == {"1"}
