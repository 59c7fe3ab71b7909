"""A task named right after its figure (减少员额一百万的任务) sets the figure as a goal, as a target word does
(…6%的目标): the figure is a target unless the sentence says the task done, before it (如期完成…的任务) or right
after it (的任务已经完成); a task only near completion (接近完成) is not done, and one said exceeded
(的任务，已经超额完成) was done (a target exceeded is not reached at its figure: the level reached is another).
A share of a task (承担全市30%的任务) is no task set by its figure. The capital construction investment of the state
units (全民所有制单位基本建设投资, the investment total of the reports before the 1990s, which counted only state
units) and its total (基本建设总投资额) are keyed as the capital construction investment; the fixed-asset investment
of the state units, narrower than the investment of the whole society, stays unkeyed."""

from __future__ import annotations

import pytest
from _sentences import fact_at

from dhcheng_analysis.vocab import indicator_key

# the title and a review heading of the 1987 report, framing its verbatim sentences as they stand in it
REVIEW_1987 = "一九八七年政府工作报告\n一、当前国内形势和基本任务\n"


def test_a_task_near_completion_is_a_target() -> None:
    # shared/corpus/national_work_reports/1987.txt
    text = (REVIEW_1987 + "在过去的一年里，人民解放军的革命化、现代化、正规化建设取得新的成就，精简整编、减少员额一百万的任务"
            "接近完成，官兵的军政素质有了新的提高。")
    f = fact_at(text, "一百万")
    assert (f["indicator"], f["measure"], f["value"], f["status"]) == ("员额", "abs_change", -1e6, "target")


@pytest.mark.parametrize(("text", "printed"), [
    # shared/corpus/national_work_reports/1988.txt
    ("一九八八年政府工作报告\n过去五年国内工作的基本总结\n军队裁员１００万的任务已经完成，官兵素质有了提高，国防装备有了改善。",
     "１００万"),
    # shared/corpus/national_work_reports/2003.txt
    ("2003年政府工作报告\n一、过去五年政府工作回顾\n如期完成裁减员额50万的任务。", "50万"),
])
def test_a_task_said_done_is_reached(text: str, printed: str) -> None:
    assert fact_at(text, printed)["status"] == "actual"


def test_a_task_said_exceeded_was_done() -> None:
    # shared/corpus/national_work_reports/2001.txt: no other level is printed; the task was done, and more
    text = "二〇〇一年政府工作报告\n一、“九五”时期国民经济和社会发展的回顾\n人均国民生产总值比1980 年翻两番的任务，已经超额完成。"
    assert fact_at(text, "两番")["status"] == "actual"


def test_a_task_set_in_a_plan_stays_a_target() -> None:
    # shared/corpus/national_work_reports/1998.txt
    f = fact_at("一九九八年政府工作报告\n要按期完成三年内裁减军队员额五十万的任务。", "五十万")
    assert f["status"] == "target"


def test_a_share_of_a_task_is_no_task_set() -> None:
    # written in the form of a district annual report
    f = fact_at("2024年政府工作报告\n一、2023年工作回顾\n全区承担全市30%的任务，新建保障性住房1200套。", "30%")
    assert f["status"] == "actual"


@pytest.mark.parametrize(("text", "printed"), [
    # shared/corpus/national_work_reports/1987.txt
    ("去年，控制固定资产投资过度增长的工作初见成效，全民所有制单位基本建设投资比上年增长７．３％，大大低于１９８５年增长"
     "４４．６％的速度。", "７．３％"),
    # shared/corpus/national_work_reports/1986.txt
    ("经过多方测算和对财力物力的反复平衡，“七五”计划草案规定，五年内全民所有制单位基本建设投资总规模为五千亿元，"
     "比“六五”期间增加百分之四十九；更新改造投资二千七百六十亿元，比“六五”期间增加百分之八十七。", "五千亿元"),
    # shared/corpus/national_work_reports/1958.txt
    ("一九五三年到一九五七年五年基本建设总投资额累计完成四百八十七亿七千七百万元，超过第一个五年计划总投资额百分之十四点一。",
     "四百八十七亿七千七百万元"),
])
def test_the_state_units_capital_construction_investment_is_keyed(text: str, printed: str) -> None:
    assert fact_at(text, printed)["indicator_key"] == "capital_construction_investment"


def test_the_state_units_fixed_asset_investment_stays_unkeyed() -> None:
    # shared/corpus/national_work_reports/1986.txt prints 全民所有制单位固定资产投资总额 (of state units only)
    assert indicator_key("全民所有制单位固定资产投资总额") == ""
