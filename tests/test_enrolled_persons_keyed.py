"""The persons an insurance enrolls, printed with the verb and no count word (…参保4.01亿人) or for the holders of both
its schemes together (城镇职工和城镇居民…), are the glossary's enrolled persons of that insurance; the new renminbi loans of
a year (新增人民币贷款, 新增贷款) are one concept, as is the central subsidy of affordable housing however it is named, and
the persons and the rate of the rural cooperative medical scheme (参合)."""

from __future__ import annotations

import dhcheng_analysis as dh
from dhcheng_analysis import vocab

# national_work_reports/2010.txt
MEDICAL_2009 = "城镇职工和城镇居民基本医疗保险参保4.01亿人，新型农村合作医疗制度覆盖8.3亿人。"


def test_both_schemes_enrolled_with_the_verb_are_the_medical_insured() -> None:
    df = dh.extract_facts(dh.load_report(MEDICAL_2009))
    row = df[df["value"] == 4.01e8].iloc[0]
    assert (row["indicator"], row["indicator_key"], row["measure"], row["unit"]) == (
        "城镇职工和城镇居民基本医疗保险参保", "medical_insured", "level", "人")


def test_one_scheme_keeps_its_own_key() -> None:
    assert vocab.indicator_key("城镇职工基本医疗保险参保") == "urban_employee_medical_insured"
    assert vocab.indicator_key("城镇职工和城乡居民基本养老保险参保人数") == "pension_insured"
    assert vocab.indicator_key("基本医疗保险参保率") == "medical_coverage_rate"


# national_work_reports/2010.txt
LOANS_2010 = "一是保持货币信贷合理充裕。今年广义货币M2增长目标为17％左右，新增人民币贷款7.5万亿元左右。"
# national_work_reports/2009.txt
LOANS_2009 = "保证货币信贷总量满足经济发展需求，广义货币增长17%左右，新增贷款5万亿元以上。"


def test_new_loans_target_is_keyed() -> None:
    for text, value in ((LOANS_2010, 7.5e12), (LOANS_2009, 5e12)):
        df = dh.extract_facts(dh.load_report(text))
        row = df[df["value"] == value].iloc[0]
        assert (row["indicator_key"], row["measure"], row["status"]) == ("new_rmb_loans", "level", "target")
    assert vocab.indicator_key("协调银行新增贷款") == ""  # loans a district helped its firms to: not all the loans


# national_work_reports/2010.txt: the subsidy of 2009, then the plan's, 81亿 above it
HOUSING_2009 = "中央财政安排保障性安居工程补助资金551亿元，比上年增长2倍。"
HOUSING_2010 = "一是继续大规模实施保障性安居工程。中央财政拟安排保障性住房专项补助资金632亿元，比上年增加81亿元。"


def test_central_housing_subsidy_is_one_concept() -> None:
    for text, status in ((HOUSING_2009, "actual"), (HOUSING_2010, "target")):
        df = dh.extract_facts(dh.load_report(text))
        assert set(df["indicator_key"]) == {"central_affordable_housing_funds"}
        assert set(df["status"]) == {status}


# national_work_reports/2008.txt, 2009.txt
NCMS_2007 = "新型农村合作医疗制度不断完善，已扩大到全国86%的县，参合农民达到7.3亿人。"
NCMS_2008 = "参加新型农村合作医疗的人口8.14亿，参合率91.5%。"


def test_rural_cooperative_medical_scheme_persons_and_rate_are_keyed() -> None:
    df = dh.extract_facts(dh.load_report(MEDICAL_2009))
    assert df.loc[df["value"] == 8.3e8, "indicator_key"].tolist() == ["ncms_participants"]
    df = dh.extract_facts(dh.load_report(NCMS_2007))
    assert df.loc[df["value"] == 7.3e8, "indicator_key"].tolist() == ["ncms_participants"]
    df = dh.extract_facts(dh.load_report(NCMS_2008))
    assert df.set_index("value")["indicator_key"].to_dict() == {
        8.14e8: "ncms_participants", 91.5: "ncms_participation_rate"}
