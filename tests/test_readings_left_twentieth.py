"""Readings left open by earlier passes over the texts (a twentieth pass).

Verbatim: counts of units followed by what their clause says they achieved, with a term in quotes inside it or
inside the noun, from the bundled Dongcheng 2020 H1 report, the Chaoyang 2020 plan, the Wuhou 2023 H1 report and
the 2012 national work report. A pair of quotes closed inside the clause is one term of it, as a word is: the
count is named by the clause (149项事项实现“全区通办” → 实现“全区通办”的事项) as 53个地块实现拔钉清零 is.
Verbatim: sentences of the opening part of the Fengtai 2022 H1 excerpt (no title), whose first years are bases of changes.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _sentences import fact

import dhcheng_analysis as dh
from dhcheng_analysis.report import read_years

DONGCHENG_2020_H1_SERVICES = "梳理完成企业投资、社会保障等民生领域130个“办好一件事”主题事项,149项事项实现“全区通办”。"
CHAOYANG_2020_PLAN_SERVICES = "政务服务事项“全程网办”比例达到92.5%，1860项事项实现“一网通办”。"
WUHOU_2023_H1_GRIDS = ("推进社区发展治理，全区73个社区全部完成“微网实格”改造，划分微网格4680个，专兼职网格员队伍不断充实，"
                       "基层治理效能不断提升。")
NATIONAL_2012_INJURIES = "将312万名企业“老工伤”人员和工亡职工供养亲属纳入工伤保险统筹管理。"
DONGCHENG_2020_H1_DISINFECTION = ("截至6月30日,2355家餐饮单位和1815家“九小”场所完成消杀;设置4个规模较大的固定采样点和"
                                  "218个临时采样点,累计调动医护人员5200余人次,投入街道社区干部等部门工作人员2万余人次,"
                                  "安排1440个采样小组,按照“应检尽检、愿检尽检”原则,完成691372人份样本的检测,检测结果均为阴性。")


# -- a term in quotes inside what the clause says of the things counted is part of it ------------------------------


@pytest.mark.parametrize(("text", "printed", "name"), [
    (DONGCHENG_2020_H1_SERVICES, "149项", "实现“全区通办”的事项"),
    (CHAOYANG_2020_PLAN_SERVICES, "1860项", "实现“一网通办”的事项"),
    (WUHOU_2023_H1_GRIDS, "73个", "全部完成“微网实格”改造的社区"),
    (NATIONAL_2012_INJURIES, "312万名", "纳入工伤保险统筹管理的企业“老工伤”人员和工亡职工供养亲属"),
])
def test_a_count_is_named_by_its_clause_with_a_quoted_term_in_it(text: str, printed: str, name: str) -> None:
    got = fact(text, printed)
    assert (got["indicator"], got["measure"], got["status"]) == (name, "level", "actual")


def test_a_quoted_term_in_the_noun_counted_keeps_the_clause_in_the_name() -> None:
    # the clause is said of both counts the list joins
    assert fact(DONGCHENG_2020_H1_DISINFECTION, "1815家")["indicator"] == "完成消杀的“九小”场所"
    assert fact(DONGCHENG_2020_H1_DISINFECTION, "2355家")["indicator"] == "完成消杀的餐饮单位"



# -- a year a change is compared with is no guess of the year a report covers -------------------------------------

FENGTAI_2022_H1 = Path(__file__).parent / "gold" / "constructed" / "fengtai_2022_h1" / "fengtai_2022_h1.txt"
FENGTAI_2022_H1_OPENING = ("一、上半年计划执行情况\n"
                           "上半年,全区地区生产总值同比下降2.1%,降幅较一季度扩大1.3个百分点;一般公共预算收入完成58.7亿元,"
                           "同比下降9.4%,完成全年任务的46.3%;固定资产投资完成212.6亿元,同比增长6.8%,高于全市平均水平"
                           "4.2个百分点,完成全年任务的51.7%,位列城六区第二;社会消费品零售总额实现386.4亿元,同比下降8.9%,"
                           "降幅低于全市1.6个百分点,比2019年上半年下降3.2%;居民人均可支配收入35816元,同比增长2.7%。\n"
                           "截至6月底,全区就业人数96.4万人,比2021年末减少2.3万人。\n")


def test_a_base_compared_with_is_no_year_of_the_report() -> None:
    # 比2019年上半年, 比2021年末: the bases of changes, the report's own year printed nowhere
    years = read_years(dh.load_report(FENGTAI_2022_H1_OPENING))
    assert (years.covered, years.plan) == (None, None)


def test_an_untitled_half_year_report_is_of_the_year_it_names_past_its_bases() -> None:
    # the Fengtai 2022 H1 excerpt, no title: its bases (2019年上半年, 2021年末) first, then its own year's plan
    years = read_years(dh.load_report(FENGTAI_2022_H1))
    assert (years.covered, years.plan) == (2022, 2022)
