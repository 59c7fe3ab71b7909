"""A count printed before 为民办实事 (为民实事, 为民服务, 为老服务) is a count of those projects or services: the 为 opens
their name, no verb 为 ("is") after the figure, while 其中120家为民营企业 keeps reading 为 as the verb.

Regression fixtures written in the style of district reports on the livelihood projects they promised
(为民办实事项目完成情况, 民生实事): no real text at hand prints the shape; they are modelled on the task lines of
/work/shared/gold/real/texts/xicheng_2020_keytasks.txt (重点督办内容 … 全年完成情况).
"""

from __future__ import annotations

from _sentences import facts


def _names(text: str) -> list[tuple[str, float]]:
    return [(r.indicator, r.value) for r in facts(text).itertuples()]


def test_projects_for_the_people_counted_before_their_name():
    assert _names("一、2023年工作回顾\n15项为民办实事项目中，12项已完成。") == [
        ("为民办实事项目", 15.0), ("已完成的为民办实事项目", 12.0)]


def test_projects_for_the_people_done_in_full():
    assert _names("一、2023年工作回顾\n全年15件为民办实事全部落实。") == [("全部落实的为民办实事", 15.0)]


def test_projects_for_the_people_with_their_investment():
    assert _names("一、2023年工作回顾\n12件为民办实事项目完成投资3.5亿元。") == [
        ("为民办实事项目", 12.0), ("为民办实事项目投资", 3.5e8)]


def test_planned_projects_for_the_people():
    assert _names("二、2024年工作安排\n继续办好15件为民实事。") == [("为民实事", 15.0)]


def test_a_part_said_to_be_private_firms_keeps_the_verb():
    assert _names("一、2023年工作回顾\n全区共有企业500家，其中120家为民营企业。") == [("企业", 500.0), ("企业", 120.0)]
