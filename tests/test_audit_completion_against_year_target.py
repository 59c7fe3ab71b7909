"""The audit checks a printed completion against the level done and the target of the year the report prints, and a
share against the whole of its own period.

A report gives a completion in one paragraph and the year's target in its plan for the rest of the year
(unseen chaoyang_2022_q3, verbatim: 一般公共预算收入完成4125683万元…完成年度预算的71.2%, then 力争全年一般公共预算收入完成
579.5亿元); a budget table gives each tax's annual plan on one row and its amount and share of the plan on the next
(lintao_2024_m2_budget, real); a final account prints the goal before the outcome in one sentence (shangcheng_hz_2022_h1_budget,
real: 预期为2020300万元…决算为2013817万元,完成预期的99.7%). Each is a check of the completion, and the completion page
says so. A target of another sentence the completion over it does not round to is another goal of the year (a goal
above the budget, 力争固定资产投资完成186亿元 against 完成全年任务的47.5% of 88.7亿元): no check, and no disagreement.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _built_reports import real_pages
from _real_tables import excerpt_table

import dhcheng_analysis as dh
from dhcheng_analysis.tables import completion_of

REAL = Path(__file__).parent / "gold" / "real" / "texts"

CHAOYANG_Q3 = (
    "朝阳区2022年前三季度国民经济和社会发展计划执行情况的报告\n一、前三季度计划执行情况\n前三季度，全区一般公共预算收入完成4125683万元，"
    "同比下降3.6%，完成年度预算的71.2%。其中，税收收入3650210万元，同比下降4.1%。分行业看，金融业税收同比增长5.3%，"
    "信息传输、软件和信息技术服务业税收同比增长8.7%，房地产业税收同比下降22.4%，租赁和商务服务业税收同比下降6.9%。分税种看，"
    "增值税同比下降9.2%，个人所得税同比增长3.5%。固定资产投资完成全年计划的68.0%，社会消费品零售总额同比下降7.5%，"
    "降幅比上半年收窄2.1个百分点。\n二、第四季度工作安排\n力争全年一般公共预算收入完成579.5亿元。\n")
# unseen haidian_2023_h1, verbatim: the task done in the first half, then the year's task in the plan of the second
HAIDIAN_H1 = ("城镇新增就业2.1万人，完成全年任务的58.3%，城镇登记失业率控制在1.12%。\n"
              "下半年，我们将紧紧围绕全年目标任务，力争全年地区生产总值增长6%左右，一般公共预算收入增长8%，确保城镇新增就业3.6万人以上，"
              "城镇登记失业率控制在2.5%以内。")
SHANGCHENG_FINAL = ("区人代会审议通过2021年全区一般公共预算收入预期为2020300万元,全区一般公共预算收入决算为2013817万元,完成预期的99.7%,"
                    "增长7.6%,全区一般公共预算收入决算数及主要项目决算数,与向区人代会报告的执行数一致。")


def _checks(report: object) -> dict[str, str]:
    a = dh.audit(report)
    a = a[a["check"] == "completion_vs_target_level"]
    return dict(zip(a["indicator"], a["message"], strict=True))


def test_a_completion_is_checked_against_the_year_target_printed_in_the_plan():
    checks = _checks(CHAOYANG_Q3)
    assert checks == {"一般公共预算收入": "consistent: 4,125,683万元 / 579.5亿元 = 71.194% vs stated 71.2% "
                                          "(rounding allows ±0.0562)"}


def test_a_completion_of_a_task_is_checked_against_the_task_set_for_the_year():
    assert _checks(HAIDIAN_H1)["城镇新增就业"].startswith("consistent: 2.1万人 / 3.6万人 = 58.333% vs stated 58.3%")


def test_a_final_account_is_checked_against_the_goal_its_sentence_prints():
    assert _checks(SHANGCHENG_FINAL)["一般公共预算收入"].startswith(
        "consistent: 2,013,817万元 / 2,020,300万元 = 99.679% vs stated 99.7%")


def test_each_tax_of_a_budget_table_is_checked_against_its_annual_plan():
    a = excerpt_table("lintao_2024_m2_budget", "audit")  # (dh.audit of the excerpt, built once a test process)
    a = a[a["check"] == "completion_vs_target_level"]
    assert (a["verdict"] == "consistent").all()
    assert {"印花税", "增值税", "企业所得税", "城镇土地使用税"} <= set(a["indicator"])
    row = a[a["indicator"] == "印花税"].iloc[0]
    assert row["message"].startswith("consistent: 239 / 1,590 = 15.031% vs stated 15.03%")


def test_a_target_the_completion_does_not_round_to_is_another_goal():
    assert completion_of(71.2, 4125683, 5795000)
    assert not completion_of(47.5, 88.7, 186)  # another goal of the year: no check, no disagreement
    assert not completion_of(71.2, 4125683, float("nan"))


@pytest.mark.slow
def test_the_completion_page_checks_the_completion_against_the_year_target(tmp_path):
    src = tmp_path / "chaoyang_2022_q3.txt"
    src.write_text(CHAOYANG_Q3, encoding="utf-8")
    text = real_pages(src)["04"]
    assert "没有可以互相核对的完成率" not in text
    assert "由已完成数 ÷ 目标数推算" in text


def test_a_share_is_checked_against_the_whole_of_its_own_period():
    # lintao_2024_m2_budget (real): 2月份 and 1-2月 each print 大口径财政收入 (5682万元, 17056万元); 1-2月's
    # 从收入结构看:税收收入15348万元,占收入的89.99% is of 1-2月's whole
    a = excerpt_table("lintao_2024_m2_budget", "audit")
    shares = a[a["check"] == "share_vs_levels"]
    messages = dict(zip(shares["indicator"], shares["message"], strict=True))
    assert messages["税收收入"] == "consistent: 15,348万元 / 17,056万元 = 89.986% vs stated 89.99% (rounding allows ±0.0106)"
    assert len(shares) == 7 and (shares["verdict"] == "consistent").all()
