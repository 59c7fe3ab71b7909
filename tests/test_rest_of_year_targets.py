"""The period of a target that a report of part of a year sets in its plan for the rest of the year.

A half-year (or quarterly) report closes with its plan (三、下半年工作安排). A target there that prints no time of
its own is one of the year's tasks: of the year the report covers when its years are known (2020年), else of the
whole year as a word (全年), as a target printing 全年 beside it is; a time the sentence prints (下半年, 三季度,
年底前) stays. A deadline (7月底前, 年底前) is of its task's sentence only: the sentences after it in the paragraph
are not due by it. The plan table gives both, printed 全年 or none, the report's year.
The half-year texts of unknown year are written fixtures (tests/gold/constructed/fengtai_2020_h1), not real reports;
the half-year report of Dongcheng 2020 is real.
"""

from __future__ import annotations

from pathlib import Path

from _real_tables import real_table
from _sentences import fact

CONSTRUCTED = Path(__file__).parent / "gold" / "constructed"
FENGTAI = CONSTRUCTED / "fengtai_2020_h1" / "fengtai_2020_h1.txt"

# written: the review opens the report, no year printed; the plan follows
REVIEW = "一、上半年国民经济和社会发展计划执行情况\n上半年，全区实现地区生产总值812.6亿元，与上年同期相比下降2.8%。\n"
# written fixture fengtai_2020_h1, 三、下半年工作安排
PLAN_F = ("三、下半年工作安排\n（三）持续改善城市环境。坚持生态优先、绿色发展，计划拆除违法建设60万平方米，"
          "新增绿地不少于100公顷，细颗粒物年均浓度控制在42微克/立方米以内，年底前完成10个老旧小区改造。\n"
          "（四）兜牢民生底线。坚持尽力而为、量力而行，全年新增就业岗位2.5万个，城镇调查失业率控制在5%以内。\n")
# written fixture wuhou_2023_h1, 三、下半年工作安排 (the second half printed)
PLAN_H2 = "三、下半年工作安排\n全面推进城市更新，下半年完成背街小巷整治30条、新增停车位1000个以上。\n"


def test_a_target_of_the_plan_printing_no_time_is_of_the_whole_year():
    f = fact(REVIEW + PLAN_F, "60万平方米")
    assert (f["status"], f["period"]) == ("target", "全年")
    assert fact(REVIEW + PLAN_F, "42微克")["period"] == "全年"


def test_it_is_of_the_year_as_a_target_printing_the_whole_year():
    assert fact(REVIEW + PLAN_F, "2.5万个")["period"] == "全年"


def test_a_time_printed_stays():
    assert fact(REVIEW + PLAN_F, "10个老旧")["period"] == "年底前"
    assert fact(REVIEW + PLAN_H2, "30条")["period"] == "下半年"


def test_an_outcome_of_the_review_keeps_the_half_year():
    assert fact(REVIEW + PLAN_F, "812.6亿元")["period"] == "上半年"


def test_a_report_of_a_known_year_gives_that_year(bundled_facts):
    # the bundled half-year report of Dongcheng 2020 (real), 三、下半年工作安排
    f = bundled_facts
    row = f[f["sentence"].str.startswith("全面落实食品安全战略,食品药品抽检合格率不低于99%")].iloc[0]
    assert (row["status"], row["period"]) == ("target", "2020年")


def test_the_plan_table_gives_the_reports_year_to_both():
    t = real_table(FENGTAI, "targets").set_index("indicator_as_printed")
    assert t.loc["拆除违法建设", "period"] == "2020年"
    assert t.loc["新增就业岗位", "period"] == "2020年"
    assert t.loc["老旧小区改造", "period"] == "年底前"


def test_a_deadline_holds_in_its_sentence_only(bundled_facts):
    # the bundled half-year report of Dongcheng 2020 (real), 三、下半年工作安排: 加大拆违力度,力争7月底前完成进度达到70%,
    # 10月底基本完成全年任务。加快推动13条次支路工程建设项目。
    f = bundled_facts
    assert f.loc[f["sentence"] == "加快推动13条次支路工程建设项目。", "period"].tolist() == ["2020年"]
    assert f.loc[f["sentence"].str.startswith("加大拆违力度,力争7月底前"), "period"].tolist() == ["7月底前"]


# written fixture dongcheng_2020_q1q3, 三、第四季度工作安排: the item after one printing a deadline
Q3 = ("一、前三季度计划执行情况\n前三季度，全区一般公共预算收入完成130.5亿元。\n三、第四季度工作安排\n"
      "六是持续改善城市环境，力争全年细颗粒物累计浓度控制在42微克/立方米以内，年底前完成425条背街小巷整治任务。"
      "七是加强冬季保供稳价，重点监测15家定点商超，确保蔬菜日均上市量不少于600吨。\n")


def test_the_item_after_a_deadline_is_not_due_by_it():
    assert fact(Q3, "425条")["period"] == "年底前"
    assert fact(Q3, "600吨")["period"] == "全年"


def test_the_growth_table_gives_a_goal_of_the_whole_year_the_year_the_plan_table_gives():
    # written fixture fengtai_2020_h1, 三、下半年工作安排: 力争全年地区生产总值增长1%左右…全年固定资产投资增长5%以上 (the
    # goals of the year the half-year report is in, 2020年 in both tables; the growth against the year before)
    y = real_table(FENGTAI, "yoy")
    goals = y[y["status"] == "target"].set_index("indicator_as_printed")
    t = real_table(FENGTAI, "targets").set_index("indicator_as_printed")
    for name in ("地区生产总值", "固定资产投资"):
        assert (goals.loc[name, "period"], goals.loc[name, "comparator"]) == (t.loc[name, "period"], "上年")
        assert goals.loc[name, "period"] == "2020年"
