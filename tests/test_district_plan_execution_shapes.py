"""Shapes of sentences district plan-execution reports print (国民经济和社会发展计划执行情况的报告).

- A change of a stock against last year's end (比上年末, 较去年底) is a growth on the year only in a figure of the
  year's end; in a figure of a part of the year (截至6月末, 上半年) it is the change over the months gone,
  ``change_pct`` against that end, as a change against 年初 is.
- A completion against a task's quantity (全年任务量, 年度计划量) is a completion of the thing done, named as before
  (完成全年任务量的62% as 完成全年任务的62%), also after 达到; so is more than a share of the task (超过全年任务的60%).
- A part of a set counted before is named by what is done to it, a completion verb with the use after it
  (竣工投用) too, and after the time it is done by (截至6月底已开工98个); a part done of a part of a total
  (其中新开工项目18个，已开工11个) is done of that part.
- A bare verb repeated before 进度 (拨付进度) names what the clause before paid, never the figure paid; a pull on a
  total's growth printed 拉低 or 拉高 is the pull of the figure's subject, as 下拉 and 拉动 are.
- A target right after the year's plan word inside its clause (区级重点项目年度计划投资85亿元) is of the year; a part
  of the year opening a plan's clause (下半年计划新开工项目15个) is the time of its figures.
"""

from __future__ import annotations

import pytest
from _sentences import facts

HALF_REVIEW = "一、2023年上半年计划执行情况\n"


def changes(heading: str, sentence: str) -> list[tuple[str, float, str, str]]:
    f = facts(heading + sentence + "\n")
    f = f[f["unit"] == "%"]
    return list(zip(f["measure"].tolist(), f["value"].tolist(), f["comparator"].tolist(), f["indicator"].tolist(),
                    strict=True))


# regression fixtures written in the style of district reports (a mid-year plan-execution report); modelled on the
# national sentence 年末国家外汇储备达到２１２２亿美元，比上年末增加４６６亿美元 (national_work_reports/2002.txt), the
# stock's change printed as a growth rate at the end of June or September
@pytest.mark.parametrize(("heading", "sentence", "expected"), [
    (HALF_REVIEW, "截至6月末，全区实有市场主体12.6万户，比上年末增长4.3%。",
     [("change_pct", 4.3, "上年末", "实有市场主体")]),
    (HALF_REVIEW, "全区实有市场主体12.6万户，较上年末增长4.3%。", [("change_pct", 4.3, "上年末", "实有市场主体")]),
    (HALF_REVIEW, "全区金融机构人民币贷款余额2356亿元，比去年底增长5.6%。",
     [("change_pct", 5.6, "去年底", "金融机构人民币贷款余额")]),
    ("关于2023年1-9月经济运行情况的报告\n", "截至9月底，全区各项存款余额4125亿元，较上年末增长7.4%。",
     [("change_pct", 7.4, "上年末", "各项存款余额")]),
    # the year's end against the year's end before is a growth on the year
    ("一、2023年工作回顾\n", "年末全区实有市场主体12.9万户，比上年末增长6.1%。",
     [("yoy_pct", 6.1, "上年末", "实有市场主体")]),
    ("一、2022年工作回顾\n", "截至2022年12月31日，全区实有市场主体12.8万户，比上年末增长6.7%。",
     [("yoy_pct", 6.7, "上年末", "实有市场主体")]),
])
def test_a_change_against_last_years_end_within_the_year_is_no_growth_on_the_year(
        heading: str, sentence: str, expected: list[tuple[str, float, str, str]]) -> None:
    assert changes(heading, sentence) == expected


# regression fixtures written in the style of district reports; modelled on 上半年拆除并实现“场清地净”133.9万平方米,
# 腾退土地空间87.3万平方米,分别完成全年任务的54.7%、54.6% (gold/real/texts/chaoyang_2024_h1.txt), the task printed
# as its quantity (任务量, 计划量)
@pytest.mark.parametrize(("sentence", "expected"), [
    ("完成背街小巷整治186条，完成全年任务量的62%。", [("completion_pct", 62, "全年任务量", "背街小巷整治")]),
    ("完成背街小巷整治186条，达到全年任务量的62%。", [("completion_pct", 62, "全年任务量", "背街小巷整治")]),
    ("完成造林绿化1200亩，完成年度计划量的56%。", [("completion_pct", 56, "年度计划量", "造林绿化面积")]),
    ("老旧管网改造完成32公里，占全年任务量的53%。", [("completion_pct", 53, "全年任务量", "老旧管网改造")]),
    ("上半年拆除并实现“场清地净”133.9万平方米，完成全年任务的54.7%。",
     [("completion_pct", 54.7, "全年任务", "拆除面积")]),
])
def test_a_completion_of_a_tasks_quantity_is_of_the_thing_done(sentence: str,
                                                               expected: list[tuple[str, float, str, str]]) -> None:
    assert changes(HALF_REVIEW, sentence) == expected


def names(heading: str, sentence: str) -> list[tuple[float, str, str]]:
    f = facts(heading + sentence + "\n")
    return list(zip(f["value"].tolist(), f["indicator"].tolist(), f["relation"].tolist(), strict=True))


# regression fixtures written in the style of district reports; modelled on 46个项目开工建设,42个项目竣工投用
# (gold/real/texts/haishu_nb_2023_gwr.txt), printed as a set counted first and the parts done after it: a verb of
# completion with the use that follows (竣工投用, 建成交付) names its part as one verb does, and so does one after the
# time the part is done by (截至6月底, 上半年); a part of a part of the set is done of that part (a relation
# ``done`` needs 已 or another word saying it is done)
@pytest.mark.parametrize(("sentence", "expected"), [
    ("市区两级重点工程共计56项，已开工建设46项，竣工投用42项。",
     [(56, "市区两级重点工程", ""), (46, "已开工建设的市区两级重点工程", "done"),
      (42, "竣工投用的市区两级重点工程", "")]),
    ("全区重点项目56个，开工46个，竣工投用9个。",
     [(56, "重点项目", ""), (46, "开工的重点项目", ""), (9, "竣工投用的重点项目", "")]),
    ("全区重点项目56个，开工46个，建成交付9个。",
     [(56, "重点项目", ""), (46, "开工的重点项目", ""), (9, "建成交付的重点项目", "")]),
    ("全年安排重点项目120个，截至6月底已开工98个。", [(120, "安排重点项目", ""), (98, "已开工的重点项目", "done")]),
    ("今年安排市区重点项目120个，上半年已开工98个。",
     [(120, "安排市区重点项目", ""), (98, "已开工的市区重点项目", "done")]),
    ("全年安排重点工程项目76个，其中新开工项目18个，截至6月底已开工11个，续建项目58个全部复工。",
     [(76, "安排重点工程项目", ""), (18, "新开工项目", "part"), (11, "已开工的新开工项目", "done"),
      (58, "续建项目", "part")]),
    ("全年安排重点工程项目76个，其中新开工项目18个，已开工11个。",
     [(76, "安排重点工程项目", ""), (18, "新开工项目", "part"), (11, "已开工的新开工项目", "done")]),
    # (the progress of a quantity against the target printed after its name is the quantity itself)
    ("全年新增就业岗位目标为3万个，上半年已完成1.2万个。", [(30000, "新增就业岗位", ""), (12000, "新增就业岗位", "done")]),
    # (the part's own name at another time is no other part of the set)
    ("全区重点项目120个，其中新开工项目18个，上半年新开工项目11个。",
     [(120, "重点项目", ""), (18, "新开工项目", "part"), (11, "新开工项目", "")]),
])
def test_a_part_of_a_set_is_named_by_what_is_done_to_it(sentence: str,
                                                         expected: list[tuple[float, str, str]]) -> None:
    assert names(HALF_REVIEW, sentence) == expected


def test_the_real_sentence_of_projects_started_and_completed_reads_as_printed() -> None:
    # gold/real/texts/haishu_nb_2023_gwr.txt
    got = names("", "狠抓项目攻坚扩有效投资，46个项目开工建设，42个项目竣工投用，8个重大前期项目落地转化，固定资产投资增长13.3%。")
    assert [(v, n) for v, n, _ in got][:3] == [(46, "开工建设的项目"), (42, "竣工投用的项目"), (8, "落地转化的重大前期项目")]


def readings(heading: str, sentence: str) -> list[tuple[str, str, float, str, str]]:
    f = facts(heading + sentence + "\n")
    return list(zip(f["indicator"].tolist(), f["measure"].tolist(), f["value"].tolist(), f["qualifier"].tolist(),
                    f["comparator"].tolist(), strict=True))


# regression fixtures written in the style of district reports; modelled on 区级一般公共预算收入实现105.7亿元,同比增长
# 9.1%,完成进度55.5% (gold/real/texts/dongcheng_2021_h1.txt), the progress of a sum paid out of one set aside: a
# bare verb repeated before 进度 (拨付进度) names what the clause before paid, never the figure it paid
@pytest.mark.parametrize(("sentence", "expected"), [
    ("区级财政安排民生实事资金12.3亿元，已拨付7.6亿元，拨付进度61.8%。",
     ("区级财政安排民生实事资金", "completion_pct", 61.8, "exact", "")),
    ("上级下达资金5000万元，已拨付3200万元，拨付进度64%。", ("上级下达资金", "completion_pct", 64, "exact", "")),
    ("安排资金12.3亿元，已拨付7.6亿元，拨付进度为61.8%。", ("安排资金", "completion_pct", 61.8, "exact", "")),
])
def test_a_progress_after_a_sum_paid_is_of_the_sum_set_aside(
        sentence: str, expected: tuple[str, str, float, str, str]) -> None:
    assert readings(HALF_REVIEW, sentence)[-1] == expected


# regression fixtures written in the style of district reports; modelled on 上半年实现区级一般公共预算收入97.2亿元,
# 完成全年目标的46.2% (gold/real/texts/dongcheng_2024_h1.txt): more than a share of the year's task (超过全年任务的60%,
# 超过全年计划的一半) is a completion of that task, not an excess over it (超过全年计划15% is one)
@pytest.mark.parametrize(("sentence", "expected"), [
    ("全区完成职业技能培训1.2万人次，超过全年任务的60%。", ("职业技能培训", "completion_pct", 60, "over", "全年任务")),
    ("新增就业8600人，超过年度目标的70%。", ("新增就业", "completion_pct", 70, "over", "年度目标")),
    ("全区完成投资86亿元，超过全年计划的一半。", ("投资", "completion_pct", 50, "over", "全年计划")),
    ("全区完成投资86亿元，超过全年计划的15%。", ("投资", "completion_pct", 15, "over", "全年计划")),
    ("全区完成投资86亿元，超过全年计划15%。", ("投资", "change_pct", 15, "exact", "全年计划")),
])
def test_more_than_a_share_of_the_years_task_is_a_completion(
        sentence: str, expected: tuple[str, str, float, str, str]) -> None:
    assert readings(HALF_REVIEW, sentence)[-1] == expected


# regression fixtures written in the style of district reports; modelled on 采矿业增加值同比下降4.5%,…,下拉全县规上工业
# 增加值增速1.1个百分点 (gold/real/texts/wangcang_h1_industry.txt): a pull on a total's growth printed 拉低, 拉高 is the
# pull of the figure's own subject, as 下拉 and 拉动 are
@pytest.mark.parametrize(("sentence", "expected"), [
    ("房地产业税收同比下降23.5%，拉低全区税收增速4.2个百分点。", ("房地产业税收", "pp_diff", -4.2, "exact", "")),
    ("批发零售业税收同比增长3.5%，拉高全区税收增速0.8个百分点。", ("批发零售业税收", "pp_diff", 0.8, "exact", "")),
    ("采矿业增加值同比下降4.5%，下拉全县规上工业增加值增速1.1个百分点。", ("采矿业增加值", "pp_diff", -1.1, "exact", "")),
])
def test_a_pull_printed_lower_or_higher_is_of_the_figures_subject(
        sentence: str, expected: tuple[str, str, float, str, str]) -> None:
    assert readings(HALF_REVIEW, sentence)[-1] == expected


# regression fixtures written in the style of district reports (a mid-year review); modelled on 全年计划实施重大项目
# 215项,年度计划投资300亿元以上 (gold/real/texts/wuchang_wh_2023_annual.txt): a target whose figure follows the year's
# plan word inside its clause (项目年度计划投资) is of the year, as one after a clause-opening 全年计划 is; what is done
# after it stays of the report's time
@pytest.mark.parametrize(("sentence", "expected"), [
    ("区级重点项目年度计划投资85亿元，1-6月完成投资46.3亿元。",
     [(8.5e9, "2023年", "target"), (4.63e9, "1-6月", "actual")]),
    ("全区重点项目年度计划完成投资120亿元，上半年完成投资65亿元。",
     [(1.2e10, "2023年", "target"), (6.5e9, "上半年", "actual")]),
    ("区级重点项目全年计划投资85亿元。", [(8.5e9, "2023年", "target")]),
])
def test_a_target_after_the_years_plan_word_in_its_clause_is_of_the_year(
        sentence: str, expected: list[tuple[float, str, str]]) -> None:
    f = facts(HALF_REVIEW + sentence + "\n")
    assert list(zip(f["value"].tolist(), f["period"].tolist(), f["status"].tolist(), strict=True)) == expected


# regression fixtures written in the style of district reports (a plan for the rest of the year); modelled on the
# national sentence 1980年计划基本建设投资总额控制在500亿元 (national_work_reports/1980.txt): a part of the year opening
# its clause before 计划 (下半年计划, 四季度计划) is the time of the plan's figures, as a year is
@pytest.mark.parametrize(("sentence", "expected"), [
    ("下半年计划新开工项目15个，完成投资60亿元以上。", [(15, "下半年", "target"), (6e9, "下半年", "target")]),
    ("下半年计划新开工项目15个。", [(15, "下半年", "target")]),
    ("四季度计划新增就业3000人。", [(3000, "四季度", "target")]),
])
def test_a_part_of_the_year_opening_a_plans_clause_is_its_time(
        sentence: str, expected: list[tuple[float, str, str]]) -> None:
    f = facts("二、下半年工作安排\n" + sentence + "\n")
    assert list(zip(f["value"].tolist(), f["period"].tolist(), f["status"].tolist(), strict=True)) == expected


def test_the_national_sentence_of_a_years_plan_keeps_its_year() -> None:
    # national_work_reports/1980.txt
    f = facts("1980年计划基本建设投资总额控制在500亿元，进一步停建、缓建大中型项目238个。\n")
    assert f["period"].tolist()[0] == "1980年"


# regression fixtures written in the style of district reports: a count of projects and a plan word before the
# quantity they own (计划总投资, 年度计划投资) counts the projects; the quantity is theirs, the plan word no part of it
@pytest.mark.parametrize(("heading", "sentence", "expected"), [
    ("一、2023年工作回顾\n", "全区45个重点项目计划总投资320亿元。", [(45, "重点项目"), (3.2e10, "重点项目总投资")]),
    ("二、2024年工作安排\n", "全区30个重点项目计划投资120亿元。", [(30, "重点项目"), (1.2e10, "重点项目投资")]),
    ("二、2024年工作安排\n", "全区30个重点项目年度计划投资120亿元。", [(30, "重点项目"), (1.2e10, "重点项目投资")]),
])
def test_a_count_before_a_plan_word_and_a_quantity_counts_the_units(
        heading: str, sentence: str, expected: list[tuple[float, str]]) -> None:
    f = facts(heading + sentence + "\n")
    assert list(zip(f["value"].tolist(), f["indicator"].tolist(), strict=True)) == expected
