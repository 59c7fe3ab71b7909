"""Values printed as one list after one verb (…分别增长18.2%和12.7%) are of items of one kind: when the glossary reads
one item as a breakdown (高技术制造业增加值, an industry's quantity) and the extractor reads the others so too
(战略性新兴产业增加值, dimension ``sector``), none of them is a headline indicator of the lead block."""
import dhcheng_analysis as dh

# 北京市 2017 上半年 plan report, its (一) part (verbatim sentences, shortened)
BEIJING = ("(一)稳的因素持续巩固,主要指标处于合理区间\n"
           "经济运行总体平稳。上半年地区生产总值增长6.8%,高于年初预期目标0.3个百分点。一般公共预算收入增长5.7%。\n"
           "工业增长高端引领,高技术制造业、战略性新兴产业增加值分别增长18.2%和12.7%。\n")


def test_an_item_listed_with_an_industry_is_no_headline_row():
    rows = set(dh.headline_indicators(dh.load_report(BEIJING))["indicator"])
    assert {"地区生产总值", "一般公共预算收入"} <= rows
    assert not {"高技术制造业增加值", "战略性新兴产业增加值"} & rows


def test_the_listed_values_stay_growths_of_their_items():
    yoy = dh.yoy_changes(dh.load_report(BEIJING)).set_index("indicator")["change_pct"]
    assert yoy["战略性新兴产业增加值"] == 12.7
    assert yoy["高技术制造业增加值"] == 18.2
