"""Readings left open by earlier passes over the texts (a twentieth pass).

Verbatim: counts of units followed by what their clause says they achieved, with a term in quotes inside it or
inside the noun, from the bundled Dongcheng 2020 H1 report, the Chaoyang 2020 plan, the Wuhou 2023 H1 report and
the 2012 national work report. A pair of quotes closed inside the clause is one term of it, as a word is: the
count is named by the clause (149项事项实现“全区通办” → 实现“全区通办”的事项) as 53个地块实现拔钉清零 is.
Verbatim: sentences of the opening part of the Fengtai 2022 H1 excerpt (no title), whose first years are bases of changes.
Verbatim: changes against a year printed inline, from the 1954, 1956 and 1986 national work reports and the 2022
final accounts excerpt: against the year before the figure's own they are year-on-year, as a frame opening the clause
(一九八一年比一九八○年，原煤增长…) reads them; against a year further back, a change on that base.
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


# -- a change against the year before its own is a change on last year, inline as in a frame ----------------------

OUTPUT_1954 = "在建設期間，工業發展的速度當然要低些，但是一九五三年工業總産值仍然比一九五二年增加了百分之三十三。"
OUTPUT_1956 = "\u3000\u3000１９５５年全国工业总产值完成了原定计划的１０１％，比１９５４年增长８％。"
TRADE_1986 = "进出口贸易总额一九九○年比一九八五年增长百分之四十，并相应地扩大利用外资和引进先进技术的规模。"
BUDGET_2022_FINAL = Path(__file__).parent / "gold" / "constructed" / "budget_2022_final" / "budget_2022_final.txt"


@pytest.mark.parametrize(("text", "printed", "indicator", "value", "base"), [
    (OUTPUT_1954, "百分之三十三", "工業總産值", 33.0, "一九五二年"),
    (OUTPUT_1956, "８％", "全国工业总产值", 8.0, "1954年"),
])
def test_a_change_against_the_year_before_its_own_is_year_on_year(
        text: str, printed: str, indicator: str, value: float, base: str) -> None:
    got = fact(text, printed)
    assert (got["indicator"], got["measure"], got["value"], got["comparator"]) == (indicator, "yoy_pct", value, base)


def test_a_change_against_a_year_further_back_stays_a_change_on_that_base() -> None:
    got = fact(TRADE_1986, "百分之四十")
    assert (got["measure"], got["value"], got["comparator"], got["period"]) == (
        "change_pct", 40.0, "一九八五年", "一九九○年")


def test_a_cut_on_the_year_before_the_year_reviewed_is_year_on_year() -> None:
    # the final accounts of 2022: 一般性支出比2021年压减11.6%, for the whole year reviewed
    f = dh.extract_facts(dh.load_report(BUDGET_2022_FINAL))
    got = f[(f["raw_value"] == "11.6") & (f["indicator"] == "一般性支出")].iloc[0]
    assert (got["measure"], got["value"], got["comparator"], got["status"]) == ("yoy_pct", -11.6, "2021年", "actual")
