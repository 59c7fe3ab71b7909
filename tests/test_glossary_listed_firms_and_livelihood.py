"""Glossary keys of counts, sums and rates the district reports print year after year: the firms listed on a stock
exchange (a stock, beside the flow of those newly listed), the regional headquarters of multinationals added, the
spending on people's livelihood, the residents contracted with family doctors, property management coverage, bus
passengers, the transfers from above and the total of a general budget's balance (收入总计), and the cuts of the armed
forces the national reports print.

Verbatim sentences of the real excerpts, the constructed district texts and the national work reports (the file in
the comment of each case). A narrower count (one board's listed firms, the old compounds' coverage), a stock beside
its flow and a bare word stay unkeyed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _sentences import fact

from dhcheng_analysis.vocab import indicator_key

BUDGET_2022 = Path(__file__).parent / "gold" / "constructed" / "budget_2022_final" / "budget_2022_final.txt"


@pytest.mark.parametrize(("text", "printed", "key", "measure"), [
    # shared/gold/real/texts/nanshan_sz_2023_gwr_digest.txt
    ("新增上市企业18家,累计达205家。", "18家", "new_listed_firms", "level"),
    ("新增上市企业18家,累计达205家。", "205家", "listed_firms", "level"),
    # tests/gold/constructed/changping_2021_fy
    ("新增上市企业7家,累计达到41家。", "41家", "listed_firms", "level"),
    # tests/gold/constructed/chaoyang_2020_fy_plan
    ("新增上市企业12家，累计达到108家。", "108家", "listed_firms", "level"),
    # tests/gold/constructed/tianhe_2021_q1
    ("新增上市企业3家,全区上市企业总数达60多家。", "60多家", "listed_firms", "level"),
    # tests/gold/constructed/pudong_2019_fy
    ("全年新增跨国公司地区总部15家，累计达到339家；新认定高新技术企业802家，总数超过2800家。", "15家",
     "regional_hq_added", "level"),
    ("力争新增跨国公司地区总部10家以上，新增持牌金融机构不少于20家，实际利用外资不低于95亿美元。", "10家",
     "regional_hq_added", "level"),
    ("全区财政民生支出占一般公共预算支出的比重为74.2%。", "74.2%", "livelihood_spending", "rate_pct"),
    # tests/gold/constructed/budget_2023
    ("民生支出占一般公共预算支出的比重达到78.6%。", "78.6%", "livelihood_spending", "rate_pct"),
    # tests/gold/constructed/shunyi_2022_fy
    ("坚持在发展中保障和改善民生，民生支出占一般公共预算支出的比重保持在八成左右。", "八成", "livelihood_spending",
     "rate_pct"),
    # tests/gold/constructed/dongcheng_2021_h1
    ("完成家庭医生签约22.6万人，签约率达到46.2%，较上年同期提高3.1个百分点。", "22.6万人", "family_doctor_contracts",
     "level"),
    # tests/gold/constructed/dongcheng_2023_h1
    ("完成3家社区卫生服务中心改造,家庭医生签约人数达到42.8万人。", "42.8万人", "family_doctor_contracts", "level"),
    # tests/gold/constructed/fengtai_2020_h1
    ("上半年民生领域支出达到63.7亿元，占一般公共预算支出的72.5%。", "63.7亿元", "livelihood_spending", "level"),
    # tests/gold/constructed/tianhe_2021_q1
    ("一季度民生类支出24.7亿元,占一般公共预算支出的76.5%。", "24.7亿元", "livelihood_spending", "level"),
    # tests/gold/constructed/dongcheng_2020_q1q3
    ("在9个试点小区基础上，物业管理覆盖率提升至68.5%，新成立业委会（物管会）126个。", "68.5%",
     "property_management_coverage", "rate_pct"),
    # tests/gold/constructed/dongcheng_2023_h1
    ("以提高物业覆盖率、党组织覆盖率、物管会组建率“三率”为切入点,全面落实物业管理条例,全区物业服务覆盖率达到96.5%,"
     "较2022年末提高3.2个百分点。", "96.5%", "property_management_coverage", "rate_pct"),
    # tests/gold/constructed/short_bulletins
    ("【公共交通】上半年，全区地面公交客运量1.86亿人次，恢复至2019年同期的八成左右，早晚高峰客流恢复快于平峰。",
     "1.86亿人次", "bus_passengers", "level"),
    # shared/corpus/national_work_reports/1998.txt, 2018.txt
    ("要按期完成三年内裁减军队员额五十万的任务。", "五十万", "military_personnel", "abs_change"),
    ("各方配合基本完成裁减军队员额30万任务。", "30万", "military_personnel", "abs_change"),
])
def test_a_printed_count_or_sum_keys_as_its_concept(text: str, printed: str, key: str, measure: str) -> None:
    row = fact(text, printed)
    assert (row["indicator_key"], row["measure"]) == (key, measure)


def test_the_stock_of_headquarters_and_one_board_s_listed_firms_stay_unkeyed() -> None:
    # tests/gold/constructed/pudong_2019_fy: all regional headquarters to date (no stock in the glossary); the firms
    # listed on the STAR board alone
    assert fact("全年新增跨国公司地区总部15家，累计达到339家；新认定高新技术企业802家，总数超过2800家。",
                "339家")["indicator_key"] == ""
    assert fact("新增国家级企业技术中心4家，累计达到35家；科创板上市企业11家，占全市的比重超过四成。",
                "11家")["indicator_key"] == ""


@pytest.mark.parametrize(("name", "key"), [
    ("上市企业", "listed_firms"), ("上市公司", "listed_firms"), ("上市企业总数", "listed_firms"),
    ("新增上市企业", "new_listed_firms"), ("新增上市公司", "new_listed_firms"),
    ("新增跨国公司地区总部", "regional_hq_added"), ("新认定跨国公司地区总部", "regional_hq_added"),
    ("民生支出", "livelihood_spending"), ("财政民生支出", "livelihood_spending"),
    ("财政用于民生支出", "livelihood_spending"),
    ("家庭医生签约人数", "family_doctor_contracts"), ("家庭医生签约", "family_doctor_contracts"),
    ("家庭医生签约率", "family_doctor_contract_rate"),
    ("民生领域支出", "livelihood_spending"), ("民生类支出", "livelihood_spending"),
    ("物业服务覆盖率", "property_management_coverage"), ("物业管理覆盖率", "property_management_coverage"),
    ("地面公交客运量", "bus_passengers"), ("公共电汽车客运量", "bus_passengers"),
    ("一般公共预算收入总计", "general_budget_total_resources"), ("一般公共预算支出总计", "general_budget_total_uses"),
    ("一般公共预算上级补助收入", "general_budget_transfers_received"),
    ("军队员额", "military_personnel"),
])
def test_an_alias_names_the_same_quantity(name: str, key: str) -> None:
    assert indicator_key(name) == key


@pytest.mark.parametrize("name", [
    "科创板上市企业", "境外上市企业",  # one board's, one market's listed firms
    "上市企业融资",  # money the listed firms raised
    "跨国公司地区总部",  # the stock: no glossary concept
    "新认定跨国公司总部",  # Shenzhen's headquarters, not only regional ones of multinationals
    "教育、卫生健康、社会保障等民生支出",  # examples before 等 taken off only after a verb of what was done
    "民生", "签约率", "重点人群签约率",  # bare words; one group's rate
    "老旧小区物业管理覆盖率",  # the old compounds only
    "公交客运量", "轨道交通客运量",  # buses or all public transport; rail only
    "上级补助收入",  # of the general budget or of the government-fund budget: known by the total it adds up to
    "员额",  # of the army or of a government's staff
])
def test_a_near_name_stays_unkeyed(name: str) -> None:
    assert indicator_key(name) == ""


def test_the_transfers_from_above_of_a_government_fund_budget_stay_unkeyed() -> None:
    # written, as a district budget report prints a government-fund budget's balance
    text = "全区政府性基金预算收入50亿元。加上级补助收入9.6亿元、上年结转收入7.7亿元,收入总计67.3亿元。"
    assert fact(text, "9.6亿元")["indicator_key"] == ""


@pytest.mark.parametrize(("printed", "key"), [
    ("645210万元", "general_budget_transfers_received"),
    ("86500万元", "general_budget_funds_transferred_in"),
    ("34980万元", "general_budget_balance_brought_forward"),
    ("2743032万元", "general_budget_total_resources"),
])
def test_the_items_and_the_total_of_a_general_budget_s_balance(printed: str, key: str) -> None:
    # tests/gold/constructed/budget_2022_final: the general budget's paragraph ends with its balance, 收入总计 its total
    sentence = ("加上上级补助收入645210万元、地方政府一般债务收入120000万元、调入资金86500万元、上年结转收入34980万元，"
                "收入总计2743032万元。")
    row = fact(BUDGET_2022.read_text(encoding="utf-8"), printed, within=sentence)
    assert (row["indicator_key"], row["measure"]) == (key, "level")
