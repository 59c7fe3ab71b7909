"""Glossary keys of counts and sums the district reports print year after year: the firms listed on a stock exchange
(a stock, beside the flow of those newly listed), the regional headquarters of multinationals added, the spending on
people's livelihood and the residents contracted with family doctors.

Verbatim sentences of the real excerpts and the constructed district texts (the file in the comment of each case).
A narrower count (one board's listed firms), a stock beside its flow and a bare word stay unkeyed.
"""

from __future__ import annotations

import pytest
from _sentences import fact

from dhcheng_analysis.vocab import indicator_key


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
])
def test_a_near_name_stays_unkeyed(name: str) -> None:
    assert indicator_key(name) == ""
