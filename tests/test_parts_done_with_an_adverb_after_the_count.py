"""A bare count after a set its sentence closes with 中 and said done with an adverb (28项全面完成, 2项基本完成,
25项超额完成) is the part of the set so done, never the adverb alone (全面, 基本).

Regression fixtures written in the style of district reports on key tasks and 民生实事 (区政府重点工作任务完成情况,
为民办实事项目完成情况): no real text at hand prints the shape. They are modelled on the closed-set printing of
tests/test_bare_counts_after_a_set_closed_by_zhong.py (全区５０个重点项目中，１７个已经竣工) and on the task lines of
/work/shared/gold/real/texts/xicheng_2020_keytasks.txt.
"""

from __future__ import annotations

from _sentences import facts


def _names(text: str) -> list[tuple[str, float]]:
    return [(r.indicator, r.value) for r in facts(text).itertuples()]


def test_parts_done_fully_and_basically_after_the_set():
    assert _names("一、2023年工作回顾\n30项民生实事中，28项已全面完成，2项基本完成。") == [
        ("民生实事", 30.0), ("已全面完成的民生实事", 28.0), ("基本完成的民生实事", 2.0)]


def test_a_part_done_smoothly_after_a_part_done_wholly():
    assert _names("一、2023年工作回顾\n30项民生实事中，28项全部完成，2项顺利完成。") == [
        ("民生实事", 30.0), ("全部完成的民生实事", 28.0), ("顺利完成的民生实事", 2.0)]


def test_a_part_done_beyond_its_task_and_one_done_in_first_form():
    assert _names("一、2023年工作回顾\n30项重点任务中，25项超额完成。") == [
        ("重点任务", 30.0), ("超额完成的重点任务", 25.0)]
    assert _names("一、2023年工作回顾\n15项民生实事项目中，12项初步完成。")[-1] == ("初步完成的民生实事项目", 12.0)


def test_a_bare_count_with_a_verb_of_its_own_keeps_the_set():
    assert _names("一、2023年工作回顾\n40项重点任务中，38项已完成，2项正在推进。")[:2] == [
        ("重点任务", 40.0), ("已完成的重点任务", 38.0)]


def test_tasks_done_on_schedule_and_their_share():
    # modelled on the 折子工程 lines of district reports: 按期完成80项，占93%
    rows = [(r.indicator, r.value) for r in facts(
        "一、2023年工作回顾\n2023年区政府折子工程共86项，截至年底，按期完成80项，占93%。").itertuples()]
    assert rows == [("区政府折子工程", 86.0), ("按期完成的区政府折子工程", 80.0), ("按期完成的区政府折子工程", 93.0)]
    assert _names("一、2023年工作回顾\n30项折子工程中，25项按期完成。")[-1] == ("按期完成的折子工程", 25.0)


def test_facilities_put_into_operation_are_no_part_of_their_noun():
    # 投入运营, 投入使用, 交付使用 after a count say what the things counted did, as 竣工 does
    assert _names("一、2023年工作回顾\n3个养老服务驿站投入运营。") == [("投入运营的养老服务驿站", 3.0)]
    assert _names("一、2023年工作回顾\n12所学校交付使用。") == [("交付使用的学校", 12.0)]
