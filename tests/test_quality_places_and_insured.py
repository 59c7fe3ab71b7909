"""Places named by a quality before a glossary quantity (重点地区细颗粒物(PM2.5)平均浓度) are the figure's scope,
not a part of its name, so the quantity keeps its key and the figure is not taken for the whole's; and the persons
covered by basic medical or social pension insurance (基本医疗保险覆盖13.5亿人, 社会养老保险覆盖9亿多人) are keyed
as the glossary's insured persons; the central budget's general transfers to local budgets (对地方一般性转移支付) are one
series from report to report. Each test is a sentence copied from the report named in its comment.
"""

from __future__ import annotations

import pytest
from _sentences import fact

from dhcheng_analysis.vocab import concept

# national work report 2018
N2018_PM25 = "重拳整治大气污染，重点地区细颗粒物（PM2.5）平均浓度下降30%以上。"
# national work report 2017
N2017_PM25 = ("强化大气污染治理，二氧化硫、氮氧化物排放量分别下降5.6%和4%，74个重点城市细颗粒物（PM2.5）年均浓度"
              "下降9.1%。")
# national work report 2018
N2018_INSURED = "社会养老保险覆盖9亿多人，基本医疗保险覆盖13.5亿人，织就了世界上最大的社会保障网。"
# national work report 2021
N2021_HEATING = "强化大气污染综合治理和联防联控，加强细颗粒物和臭氧协同控制，北方地区清洁取暖率达到70%。"


@pytest.mark.parametrize(("text", "printed", "indicator", "scope"), [
    (N2018_PM25, "30%", "细颗粒物（PM2.5）平均浓度", "重点地区"),
    (N2017_PM25, "9.1%", "细颗粒物（PM2.5）年均浓度", "74个重点城市"),
])
def test_places_named_by_a_quality_before_a_glossary_quantity_are_its_scope(
        text: str, printed: str, indicator: str, scope: str) -> None:
    f = fact(text, printed)
    assert (f["indicator"], f["indicator_key"], f["scope"], f["measure"], f["value"]) == (
        indicator, "pm25", scope, "yoy_pct", -float(printed.rstrip("%")))


def test_a_quantity_no_glossary_knows_keeps_the_places_in_its_name() -> None:
    f = fact(N2021_HEATING, "70%")
    assert (f["indicator"], f["indicator_key"], f["scope"]) == ("北方地区清洁取暖率", "", "")


@pytest.mark.parametrize(("printed", "indicator", "key", "value"), [
    ("9亿", "社会养老保险覆盖的人", "pension_insured", 9e8),
    ("13.5亿人", "基本医疗保险覆盖的人", "medical_insured", 1.35e9),
])
def test_persons_covered_by_basic_insurance_are_the_insured(printed: str, indicator: str, key: str,
                                                           value: float) -> None:
    f = fact(N2018_INSURED, printed)
    assert (f["indicator"], f["indicator_key"], f["value"], f["unit"], f["period"]) == (
        indicator, key, value, "人", "")


@pytest.mark.parametrize(("phrase", "key"), [
    ("基本医疗保险参保率", "medical_coverage_rate"),  # 基本医疗保险参保率达98%以上
    ("城乡居民基本养老保险参保人数", "resident_pension_insured"),  # 城乡居民基本养老保险参保人数12.34万人
    ("基本医疗保险参保人数", "medical_insured"),
    ("社会养老保险参保人数", "pension_insured"),
])
def test_the_insured_and_the_coverage_of_basic_insurance_are_glossary_concepts(phrase: str, key: str) -> None:
    assert concept(phrase).key == key


# national work reports 2021, 2017, 2018, 2019
N2021_TRANSFERS = ("中央本级支出继续安排负增长，进一步大幅压减非急需非刚性支出，对地方一般性转移支付增长7.8%、增幅明显高于去年，"
                   "其中均衡性转移支付、县级基本财力保障机制奖补资金等增幅均超过10%。")
N2017_TRANSFERS = "对地方一般性转移支付规模增长9.5%，重点增加均衡性转移支付和困难地区财力补助。"
N2018_TRANSFERS = "中央对地方一般性转移支付增长10.9%，增强地方特别是中西部地区财力。"
N2019_TRANSFERS = "中央对地方均衡性转移支付增长10.9%。"


@pytest.mark.parametrize(("text", "printed", "key"), [
    (N2021_TRANSFERS, "7.8%", "central_general_transfers_to_local"),
    (N2017_TRANSFERS, "9.5%", "central_general_transfers_to_local"),
    (N2018_TRANSFERS, "10.9%", "central_general_transfers_to_local"),
    (N2019_TRANSFERS, "10.9%", "central_equalisation_transfers"),
])
def test_the_central_budgets_general_transfers_to_local_budgets_are_one_series(text: str, printed: str,
                                                                                key: str) -> None:
    f = fact(text, printed)
    assert (f["indicator_key"], f["scope"], f["measure"], f["value"]) == (key, "", "yoy_pct", float(printed[:-1]))


@pytest.mark.parametrize("phrase", ["一般性转移支付", "一般性转移支付收入", "均衡性转移支付"])
def test_transfers_printed_without_their_giver_are_no_central_series(phrase: str) -> None:
    assert concept(phrase).key == ""  # a district's 一般性转移支付 is what it receives from the level above
