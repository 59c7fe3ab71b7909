"""A word for several indicators (多项指标, 各项指标, 主要经济指标) names no indicator: a completion printed of it in
the lead block stays a fact, and a row of the completion table, but makes no headline row."""
import re

import pytest

import dhcheng_analysis as dh

# 昆山市 2021 前三季度 release, its opening paragraph (verbatim, as the fixture kunshan_2021_q1q3 prints it) and the
# first sentence after it
OPENING = ("今年以来，全市上下坚持以习近平新时代中国特色社会主义思想为指导，认真落实省委、苏州市委决策部署，统筹推进疫情防控和"
           "经济社会发展，全市经济运行稳中加固、稳中向好，主要指标保持较快增长，多项指标完成全年目标任务的75%以上。\n"
           "前三季度，全市实现地区生产总值3412.6亿元，同比增长12.8%，两年平均增长7.6%，增速位居苏州各板块第一。\n")


def test_a_completion_of_several_indicators_is_no_headline_row():
    report = dh.load_report(OPENING)
    rows = dh.headline_indicators(report)
    assert "地区生产总值" in set(rows["indicator"])
    assert "多项指标" not in set(rows["indicator"])
    facts = dh.extract_facts(report)
    assert facts.loc[facts["raw_value"] == "75", "measure"].tolist() == ["completion_pct"]


def test_a_completion_of_several_indicators_stays_a_completion_row():
    rows = dh.target_completion(dh.load_report(OPENING))
    assert rows.loc[rows["indicator"] == "多项指标", "completion_pct"].tolist() == [75.0]


@pytest.mark.parametrize("name", ["多项指标", "各项指标", "主要经济指标", "十项经济指标"])
def test_words_for_several_indicators(name):
    assert re.fullmatch(dh.vocab.concept_rules().indicator_group_regex, name)
