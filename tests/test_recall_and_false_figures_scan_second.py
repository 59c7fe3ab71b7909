"""Figures a scan of every text at hand found missed or read where there is no quantity.

A duration held at a cap (稳定在1个工作日以内, 保持在20天以内) is the value reached, as one cut to it
(压缩至4个工作日以内) is; a duration that sets a deadline (14天内实现) stays no figure.
"""

from __future__ import annotations

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
