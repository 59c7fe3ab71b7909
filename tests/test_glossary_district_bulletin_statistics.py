"""Glossary keys of the statistics a district's yearly bulletin prints in its sections on trade, investment,
industry, social insurance, health, posts and tourism: customs' 进出口总值 and its parts, private fixed-asset
investment, the export delivery value of industry above designated size, the unemployment, work-injury and
maternity insurance participants, patent applications, postal, telecom and express volumes, health personnel,
doctors and institutions, domestic tourism and the harmless treatment of household waste. Names as districts print
them, with their scope words left to the matcher; a bare word or a wider count stays unkeyed.
"""

from __future__ import annotations

import pytest

from dhcheng_analysis.vocab import concept, indicator_key


@pytest.mark.parametrize(("name", "key"), [
    ("外贸进出口总值", "foreign_trade"), ("全区进出口总值", "foreign_trade"), ("出口总值", "exports"),
    ("进口总值", "imports"), ("外贸进口", "imports"), ("民间固定资产投资", "private_investment"),
    ("规上工业出口交货值", "export_delivery_value_above_size"),
    ("规模以上工业企业出口交货值", "export_delivery_value_above_size"),
    ("全市失业保险参保人数", "unemployment_insured"), ("工伤保险参保人数", "work_injury_insured"),
    ("生育保险参保人数", "maternity_insured"), ("全区专利申请量", "patent_applications"),
    ("发明专利申请量", "invention_patent_applications"), ("邮政业务总量", "postal_business_volume"),
    ("电信业务总量", "telecom_business_volume"), ("快递业务量", "express_deliveries"),
    ("卫生技术人员", "health_technicians"), ("执业(助理)医师", "licensed_doctors"),
    ("每千人口执业（助理）医师数", "doctors_per_1000"), ("医疗卫生机构", "health_institutions"),
    ("接待国内游客", "domestic_tourist_visits"), ("国内旅游收入", "domestic_tourism_revenue"),
    ("生活垃圾无害化处理率", "household_waste_harmless_rate"),
    ("养老机构", "elderly_care_institutions"),  # the institutions counted, as 医疗卫生机构 are
])
def test_a_bulletin_statistic_has_its_key(name: str, key: str) -> None:
    assert indicator_key(name) == key


def test_the_scope_word_stays_off_the_name() -> None:
    c = concept("全区执业（助理）医师")
    assert (c.key, c.name, c.scope) == ("licensed_doctors", "执业（助理）医师", "全区")


@pytest.mark.parametrize("name", [
    "执业医师",  # assistant doctors left out: a narrower count
    "养老服务", "营业收入", "利润总额",  # a bare word
])
def test_a_near_name_stays_unkeyed(name: str) -> None:
    assert indicator_key(name) == ""
