"""A sentence that goes on with the plan of the sentence before it, printing no status word nor year of its own, is
part of that plan: its figures are targets of the year the plan is set for, not outcomes of it.

``1982年的计划，要求…；…。教育、科学…事业费用的支出增长５．９％。``: the growth of the spending is one more figure the
plan of 1982 sets. A sentence after the plan that prints a year the report reviews, or a word of an outcome, stays
an outcome.
"""

from __future__ import annotations

from _sentences import facts

# national work report 1981 (the plan paragraph, verbatim, from its opening year on)
PLAN_1982 = (
    "１９８２年是第六个五年计划的第二年，也是进一步调整国民经济的第二年。为了实现我国经济发展的光明前景，我们必须鼓足干劲，"
    "扎扎实实地做好当前的工作。明年经济发展的主要任务是：巩固稳定经济的成果，继续保持财政、信贷的收支基本平衡和物价的基本稳定，"
    "努力提高经济效益，使国民经济的发展速度比今年高一点。１９８２年的计划，要求工农业总产值的增长速度由今年预计的３％提高到４％，"
    "并在执行中力争超过。国民收入也安排为比今年增长４％左右。这就要求明年的农业和轻纺工业继续有较大幅度的增长，"
    "重工业要由今年的生产下降转为上升。在国民收入的分配上，要求消费部分增长５．７％，社会商品零售总额增长８％；积累部分增长３．２％，"
    "国家预算内直接安排的投资增长５．７％。教育、科学、文化、卫生、体育等事业费用的支出增长５．９％。"
)


def _of(text: str, printed: str):
    df = facts(text)
    rows = df[df["raw_value"] + df["raw_unit"] == printed]
    assert len(rows) >= 1, df[["raw_value", "raw_unit", "indicator", "status", "period"]]
    return rows.iloc[-1]


def test_sentence_after_a_plan_list_is_of_the_plan():
    f = _of(PLAN_1982, "５．９％")
    assert f["indicator"] == "教育、科学、文化、卫生、体育等事业费用的支出"
    assert (f["measure"], f["status"], f["period"]) == ("yoy_pct", "target", "1982年")


def test_every_figure_of_the_sentence_goes_on_with_the_plan():
    text = ("2023年全区地区生产总值增长5.2%。\n\n2024年是“十四五”规划的关键一年。明年的计划，要求全区地区生产总值增长5%左右。"
            "一般公共预算收入增长4%。全社会固定资产投资增长6%，城镇新增就业1万人。")
    df = facts(text)
    planned = df[df["period"] == "2024年"]
    assert len(planned) == 4
    assert set(planned["status"]) == {"target"}


def test_outcome_after_a_plan_stays_an_outcome():
    # a sentence with a word of an outcome, or printing the year reviewed, is no part of the plan before it
    text = ("明年的计划，要求2024年全区地区生产总值增长5%左右。去年一般公共预算收入增长4%。"
            "2023年全社会固定资产投资增长6%。")
    df = facts(text)
    assert _of(text, "5%")["status"] == "target"
    assert _of(text, "4%")["status"] == "actual"
    assert _of(text, "6%")["status"] == "actual"
    assert len(df) == 3
