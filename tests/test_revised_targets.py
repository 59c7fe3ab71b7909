"""A target a revision replaces is no goal, and a budget is of the whole year.

The A of 由A调整为B is the value planned before (flagged ``from_value``, of the year planned): a plan word between
the from-word and the A (由年初预算439.55亿元, 由年初设定的6%左右) is part of the from-frame, like 由年初的2%. The
targets table shows the B, not the A, nor the same goal stated elsewhere (the list of goals' 2 %); a value replaced
by words (调整为正增长) leaves no figure. A budget level a completion is of (完成预算105425万元的5.39%) with no time
of its own is of the report's year, as 1-6月…完成年初预算… is. The plan first set (由原定的6%) is such an A too, and a
raise or a cut of the plan (调高到, 调减至) such a revision: the A is a plan of B's years, not of a time before them,
over the same years as B when B is a yearly average.
"""

from __future__ import annotations

import warnings

from _sentences import fact

import dhcheng_analysis as dh

# district key tasks, Xicheng, 2020
LEVEL = ("区财政局西城区一般公共预算收入由年初预算439.55亿元调整为413.8亿元左右,增长由年初的2%调整为-4%左右"
         "(此调整方案已于2020年12月22日经区第十六届人大常委会第42次会议审议通过)。")
GDP = ("区发展改革委西城区地区生产总值增速由年初设定的6%左右调整为正增长(此调整方案已于2020年12月22日经区第十六届人大"
       "常委会第42次会议审议通过)。")
GOALS = "经济社会发展主要预期目标2区级一般公共预算收入增长2%左右。"
# county budget report, Lintao, 2024, February
BUDGET = ("2月份,全县实现大口径财政收入5682万元,完成预算105425万元的5.39%,较均衡进度慢2.94%,较上年同期减收1816万元,"
          "下降24.22%。")


def _targets(text: str):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return dh.plan_targets(dh.load_report(text))


def test_plan_word_between_from_word_and_value() -> None:
    for text, printed in ((LEVEL, "439.55亿元"), (GDP, "6%")):
        f = fact(text, printed)
        assert "from_value" in f["flags"].split(";") and f["status"] == "target"


def test_revised_goal_replaces_the_original() -> None:
    t = _targets("2020年西城区重点任务\n" + GOALS + "\n" + LEVEL + "\n" + GDP)
    got = sorted(zip(t["measure"].astype(str), t["value"], strict=True))
    assert got == [("level", 4.138e10), ("yoy_pct", -4.0)]


def test_budget_with_no_time_of_its_own_is_of_the_year() -> None:
    t = _targets("2024年2月临洮县财政收支情况\n" + BUDGET)
    row = t[t["value"] == 1.05425e9].iloc[0]
    assert row["period"] == "2024年"


# national work report 1993
RAISED = "按调整后的“八五”计划，国民经济增长速度由原定平均每年百分之六调高到百分之八至九。"


def test_a_plan_first_set_and_raised_is_the_a_of_the_revision() -> None:
    got = [(r.value, r.status, r.period, r.comparator, str(r.flags))
           for r in dh.extract_facts(dh.load_report(RAISED)).itertuples()]
    assert got == [(6.0, "target", "1991-1995年", "平均每年", "from_value;multi_year"),
                   (8.0, "target", "1991-1995年", "平均每年", "range_low;multi_year"),
                   (9.0, "target", "1991-1995年", "平均每年", "range_high;multi_year")]


def test_a_plan_first_set_is_of_the_year_it_is_revised_for() -> None:
    # (written in the reports' style)
    got = [(r.value, r.status, r.period, str(r.flags))
           for r in dh.extract_facts(dh.load_report("2023年，全区地区生产总值增速由原定的6%调整为5%。")).itertuples()]
    assert got == [(6.0, "target", "2023年", "from_value"), (5.0, "target", "2023年", "")]
    got = fact("一般公共预算收入由年初预算439.55亿元调减至420亿元。", "439.55亿元")
    assert (got["status"], got["period"], str(got["flags"])) == ("target", "全年", "from_value")
