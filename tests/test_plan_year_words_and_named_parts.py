"""The 1956 national report (/work/shared/corpus/national_work_reports/1956.txt), read in text order: in the budget
planned for the year, 本年 speaks of the year planned as 今年 does, 上年结余 (the balance brought in) is a fund of the
year planned, not a year looked back on, and a year after 为 is the base of a ratio (为１９５５年的９８．８８％); a part
whose clause describes what is done names its things by the noun after 的; an area printed after a count of units
is theirs. Sentences as printed."""

from __future__ import annotations

import warnings

import pytest
from _copy_forms import reports

import dhcheng_analysis as dh

# national work report 1956 (/work/shared/corpus/national_work_reports/1956.txt), the budget of 1956
PLANNED = [
    ("则本年收入实际增长１５．８３％，本年支出实际增长２２．７７％。", "１５．８３％"),
    ("则本年收入实际增长１５．８３％，本年支出实际增长２２．７７％。", "２２．７７％"),
    ("农业税收入为３，０２０，０００，０００元，占本年收入的１０．１６％，为１９５５年的９８．８８％。", "９８．８８％"),
    ("同时，如前所说，本年国家预算还要动用上年结余的金库存款１０亿余元。", "１０亿余元"),
]


@pytest.mark.parametrize(("phrase", "printed"), PLANNED)
def test_figures_of_the_budget_planned_are_targets(phrase, printed):
    fact = reports().fact_at(1956, phrase, printed)
    assert (fact["status"], fact["period"]) == ("target", "1956年")


def test_the_years_reviewed_keep_their_outcomes():
    # national work report 1956: the final accounts of 1955, before the budget of 1956
    fact = reports().fact_at(1956, "１９５５年本年收入合计２７，２０３，３１９，０００元", "２７，２０３，３１９，０００元")
    assert (fact["status"], fact["period"]) == ("actual", "1955年")
    fact = reports().fact_at(1956, "１９５５年本年收入增长９６６，４８５，０００元", "９６６，４８５，０００元")
    assert (fact["status"], fact["period"]) == ("actual", "1955年")


def _facts(text: str) -> list[tuple[str, str]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        f = dh.extract_facts(dh.load_report(text))
    return [(r.raw_value + r.raw_unit, r.indicator) for r in f.itertuples()]


def test_a_part_done_is_named_by_its_own_noun():
    # national work report 1956
    text = ("工业基本建设限额以上的建设单位共有４８５个，其中已经全部完工投入生产的重大工程共８２个，主要的有：辽源中央立井、"
            "鹤岗东山立井、沈阳第一机床厂。")
    assert _facts(text)[1] == ("８２个", "全部完工投入生产的重大工程")
    assert reports().fact_at(1956, "其中已经全部完工投入生产的重大工程共８２个", "８２个")["indicator"] == \
        "全部完工投入生产的重大工程"


@pytest.mark.parametrize("text", ["重点项目共有４８５个，其中已开工的８２个。", "重点项目共有４８５个，其中已开工８２个。"])
def test_a_part_done_with_no_noun_of_its_own_is_of_the_things_before(text):
    assert _facts(text)[1] == ("８２个", "已开工的重点项目")


def test_an_area_after_a_count_of_units_is_theirs():
    # national work report 1956, the plan of 1956
    assert reports().fact_at(1956, "国营机械化农场将增加到１５２个，耕地面积达到７５８万亩。", "７５８万亩")["indicator"] == \
        "国营机械化农场耕地面积"
    assert reports().fact_at(1956, "拖拉机站将增加到２７５个，服务面积达到１，６５６万亩。", "１，６５６万亩")["indicator"] == \
        "拖拉机站服务面积"


def test_the_whole_a_list_head_names_for_the_shares_after_its_colon():
    # national work report 1956, the plan of 1956
    phrase = ("预计到１９５６年底，各种经济成分在工业总产值中所占的比重将变化如下：国营占６３．８％，合作社营占４．７％，"
              "公私合营占３１．１％，而私营工业则只占０．４％。")
    for printed, name in [("６３．８％", "国营"), ("４．７％", "合作社营"), ("３１．１％", "公私合营"), ("０．４％", "私营工业")]:
        fact = reports().fact_at(1956, phrase, printed)
        assert (fact["indicator"], fact["comparator"], fact["measure"]) == (name, "工业总产值", "rate_pct")
