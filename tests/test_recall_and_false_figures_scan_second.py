"""Figures a scan of every text at hand found missed or read where there is no quantity.

A duration held at a cap (稳定在1个工作日以内, 保持在20天以内) is the value reached, as one cut to it
(压缩至4个工作日以内) is; a duration that sets a deadline (14天内实现) stays no figure. A count of one
ending its clause in a list of counts is a figure, whether the other counts come before it (核电站一个)
or after it (学校一所、幼儿园两所), but a pair of ones (一家一户) is a phrase;
a shopping festival named by its date (双11期间, 618购物节) and a hotline before its service
(12345接诉即办) are no figures. The measures a count counts may be to steady growth (15项稳增长措施):
that 增长 is no change of the count.

No text at hand prints 一家一户 at the end of a clause after a count, nor a list of counts headed by
one, 双11, 618, 12345接诉即办 or 稳增长措施 after a count; those sentences are written in the shape
of a county or district report, regression fixtures rather than evidence of what reports print.
"""

from __future__ import annotations

import pytest

import dhcheng_analysis as dh

PLAN = "企业开办时间稳定在1个工作日以内，审批事项网办率达到百分之九十五。"


def test_a_duration_held_within_a_cap_is_a_figure():
    f = dh.extract_facts(PLAN)
    row = f[f["indicator"] == "企业开办时间"]
    assert len(row) == 1
    assert row.iloc[0]["measure"] == "level" and row.iloc[0]["value"] == 1.0
    assert row.iloc[0]["unit"] == "个工作日" and row.iloc[0]["qualifier"] == "at_most"


def test_a_duration_kept_within_a_cap_in_days_is_a_figure():
    f = dh.extract_facts("社会投资项目审批时间保持在20天以内。")
    assert list(f["indicator"]) == ["社会投资项目审批时间"]
    assert list(f["value"]) == [20.0] and list(f["qualifier"]) == ["at_most"]


def test_a_deadline_in_days_stays_no_figure():
    f = dh.extract_facts(
        "快速组建街道、公安以及社区党员、志愿者等1800余名战时力量,连续6轮全员核酸检测,"
        "做好1250名管控人员的服务保障,14天内实现疫情风险零扩散。")
    assert 14.0 not in set(f["value"])


def test_a_count_of_one_ending_a_list_of_counts_is_a_figure():
    f = dh.extract_facts("五年内新建和续建装机容量四十万千瓦以上的水电站十五个，二十万千瓦以上的火电站四十五个，"
                         "三十万千瓦的核电站一个，加上小型电站的建设，全国电站建设总规模为三千六百六十万千瓦。")
    row = f[f["raw_value"] == "一"]
    assert len(row) == 1 and row.iloc[0]["value"] == 1.0 and row.iloc[0]["unit"] == "个"


def test_a_pair_of_ones_ending_a_clause_is_no_count():
    f = dh.extract_facts("全县有12个乡镇实行了家庭承包经营，改变了过去一家一户，分散经营的状况。")
    assert list(f["value"]) == [12.0]


def test_a_shopping_festival_named_by_its_date_is_no_figure():
    for text in ("双11期间网上零售额增长15%。", "双11当天网上零售额增长15%。", "618购物节期间网上零售额增长15%。"):
        f = dh.extract_facts(text)
        assert list(f["value"]) == [15.0] and list(f["measure"]) == ["yoy_pct"]
        assert f.loc[0, "indicator"].endswith("网上零售额")


def test_a_count_of_618_firms_stays_a_figure():
    f = dh.extract_facts("全区618家企业参与，新增双创基地11家。")
    assert list(f["value"]) == [618.0, 11.0]


def test_the_number_of_a_hotline_before_its_service_is_no_figure():
    f = dh.extract_facts("12345接诉即办响应率100%。")
    assert list(f["value"]) == [100.0] and f.loc[0, "indicator"].endswith("接诉即办响应率")


def test_a_count_of_complaints_handled_stays_a_figure():
    f = dh.extract_facts("全年受理接诉即办诉求12345件，接诉即办满意率95%。")
    assert list(f["value"]) == [12345.0, 95.0]


def test_measures_to_steady_growth_after_a_count_are_what_it_counts():
    f = dh.extract_facts("出台12条稳增长政策，上半年地区生产总值增长5%。")
    assert list(f["indicator"]) == ["稳增长政策", "地区生产总值"] and list(f["value"]) == [12.0, 5.0]
    assert list(dh.extract_facts("全区落实15项稳增长措施。")["indicator"]) == ["稳增长措施"]


def test_a_count_of_one_heading_a_list_of_counts_is_a_figure():
    f = dh.extract_facts("新建学校一所、幼儿园两所。")
    assert list(f["indicator"]) == ["新建学校", "新建幼儿园"] and list(f["value"]) == [1.0, 2.0]
    f = dh.extract_facts("建成公园一处，口袋公园两处。")
    assert list(f["value"]) == [1.0, 2.0] and list(f["unit"]) == ["处", "处"]


def test_ones_with_no_other_count_stay_no_counts():
    with pytest.warns(dh.NoFiguresWarning):
        f = dh.extract_facts("推动具备条件的民间资本依法发起设立中小型银行等金融机构，成熟一家，批准一家，不设限额。")
    assert f.empty
