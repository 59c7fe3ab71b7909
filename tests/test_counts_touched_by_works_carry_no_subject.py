"""A count of what the works before it touch or reach (涉及居民1.2万户, 惠及居民3260户) is no subject of the figures after
it: the completion and the investment that follow are the works' (完成年度任务的112.5% of 老旧小区改造, not of 居民).

Regression fixtures written in the style of district reports on 民生实事 and key tasks (改造老旧小区N个（N栋、N户）,
惠及N户, 完成年度任务的X%, 投入资金N万元): no real text at hand prints the shape; they are modelled on the works lines of
/work/shared/gold/real/texts/xicheng_2020_keytasks.txt and dongcheng_2017_h1.txt (五个重点区域涉及人口减少16863人,
完成进度达到119.1%).
"""

from __future__ import annotations

from _sentences import facts


def _rows(text: str) -> list[tuple[str, str, float]]:
    return [(r.indicator, r.measure, r.value) for r in facts(text).itertuples()]


def test_completion_after_a_list_of_what_the_works_touch_is_the_works():
    assert _rows("一、2023年工作回顾\n全年完成老旧小区改造45个，涉及楼栋310栋、居民1.2万户，完成年度任务的112.5%。") == [
        ("老旧小区改造", "level", 45.0), ("老旧小区改造涉及的楼栋", "level", 310.0),
        ("老旧小区改造涉及的居民", "level", 12000.0), ("老旧小区改造", "completion_pct", 112.5)]


def test_completion_after_the_persons_touched_is_the_works():
    assert _rows("一、2023年工作回顾\n全年完成棚户区改造1200户，涉及居民3600人，完成年度计划的120%。")[-1] == (
        "棚户区改造", "completion_pct", 120.0)


def test_investment_after_the_households_touched_is_the_works():
    assert _rows("一、2023年工作回顾\n改造燃气管道86公里，涉及居民1.6万户，完成投资1.5亿元。")[-1] == (
        "改造燃气管道投资", "level", 1.5e8)


def test_completion_after_the_households_reached_is_the_works():
    assert _rows("一、2023年工作回顾\n完成城镇老旧小区改造12个，惠及居民3260户，完成全年任务的100%。") == [
        ("城镇老旧小区改造", "level", 12.0), ("城镇老旧小区改造惠及的居民", "level", 3260.0),
        ("城镇老旧小区改造", "completion_pct", 100.0)]


def test_a_noun_phrase_opening_with_the_verb_is_a_set_of_its_own():
    # written in a district report's words (no real sentence): 覆盖全区的5G基站, 惠及老人的助餐点 are noun phrases (the
    # verb's object closed by 的), counts of things of their own, not what the works before touch
    assert _rows("一、2023年工作回顾\n实施项目30个，覆盖全区的5G基站1200个，完成投资3亿元。")[-1] == (
        "覆盖全区的5G基站投资", "level", 3e8)
    assert _rows("一、2023年工作回顾\n新建养老驿站20个，惠及老人的助餐点45个，完成投资2亿元。")[-1] == (
        "惠及老人的助餐点投资", "level", 2e8)
