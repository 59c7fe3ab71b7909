"""Units and bound words read whole, on the shapes a district or city report prints.

A unit word the counters know is read with its magnitude and what it is given per, never left to the name: the
grams of coal per kilowatt-hour (``295克/千瓦时``), milligrams per litre of a water reading (``15.2毫克/升``),
ship calls (``12万艘次``), gas in standard cubic metres (``2.3亿标准立方米``), megawatt-hours, decibels and
seconds. A bound word holds with the aspect particle or the 于 after it (``超过了``, ``突破了``: over; ``接近于``:
nearly; ``比原计划超过了百分之四`` is still the excess over a base, no bound), and so do the signs ``≥`` and ``≤``,
also a space or two away from the figure. A figure written into a word cell of a table (``6左右``, ``≤5.5``)
takes the unit of its row or column and the status of its column, as a number alone in the cell does.

No report at hand prints these shapes: every sentence here is written, in the words of the reports.
"""

from __future__ import annotations

import pytest
from _sentences import fact

COAL = "供电标准煤耗降至295克/千瓦时，比上年下降3克。"
WATER = "地表水化学需氧量平均浓度为15.2毫克/升。"
SHIPS = "港口进出船舶达到12万艘次，增长3.5%。"
GAS = "天然气供应量达到2.3亿标准立方米。"
POWER = "新增光伏发电装机120兆瓦，年发电量15万兆瓦时。"
NOISE = "区域环境噪声平均值为54.2分贝，接警响应时间缩短至30秒。"


@pytest.mark.parametrize(("text", "printed", "unit", "value", "name"), [
    (COAL, "295", "克/千瓦时", 295, "供电标准煤耗"),
    (WATER, "15.2", "毫克/升", 15.2, "地表水化学需氧量平均浓度"),
    (SHIPS, "12", "艘次", 120000, "港口进出船舶"),
    (GAS, "2.3", "标准立方米", 2.3e8, "天然气供应量"),
    (POWER, "15", "兆瓦时", 150000, "年发电量"),
    (NOISE, "54.2", "分贝", 54.2, "区域环境噪声平均值"),
    (NOISE, "30", "秒", 30, "接警响应时间"),
])
def test_unit_word_read_whole(text: str, printed: str, unit: str, value: float, name: str) -> None:
    f = fact(text, printed)
    assert (f["unit"], f["value"], f["indicator"]) == (unit, pytest.approx(value), name)
    assert "unknown_unit" not in f["flags"]


@pytest.mark.parametrize(("text", "printed", "qualifier", "name"), [
    ("全年税收收入超过了100亿元，增长了约5%。", "100", "over", "税收收入"),
    ("地区生产总值突破了500亿元。", "500", "over", "地区生产总值"),
    ("收入接近于120亿元，增速高达12.5%。", "120", "nearly", "收入"),
    ("钢产量比上年增长超过了10%。", "10", "over", "钢产量"),
    ("优良天数比例≥80%，PM2.5年均浓度≤35微克/立方米。", "80", "at_least", "优良天数比例"),
    ("优良天数比例≥80%，PM2.5年均浓度≤35微克/立方米。", "35", "at_most", "PM2.5年均浓度"),
    ("优良天数比例 ≥ 80%。", "80", "at_least", "优良天数比例"),
    ("全年固定资产投资约 120亿元，增长 5%。", "120", "about", "固定资产投资"),
    ("全年固定资产投资约 120亿元，增长 5%。", "5", "exact", "固定资产投资"),
])
def test_bound_word(text: str, printed: str, qualifier: str, name: str) -> None:
    f = fact(text, printed)
    assert (f["qualifier"], f["indicator"]) == (qualifier, name)


def test_excess_over_base_with_particle_is_no_bound() -> None:
    assert fact("进出口贸易总额，比原计划超过了百分之四。", "百分之四")["qualifier"] == "exact"


TARGETS = """2024年主要目标
| 指标 | 单位 | 2023年完成 | 2024年目标 |
| 地区生产总值增速 | % | 5.2 | 6左右 |
| 城镇调查失业率 | % | 4.8 | ≤5.5 |
| 新增就业 | 万人 | 1.1 | 1.2以上 |
| 一般公共预算收入 | 亿元 | 85.3 | 90 |

以上目标。"""


@pytest.mark.parametrize(("printed", "unit", "value", "qualifier", "name"), [
    ("6左右", "%", 6, "about", "地区生产总值增速"),
    ("≤5.5", "%", 5.5, "at_most", "城镇调查失业率"),
    ("1.2以上", "人", 12000, "at_least", "新增就业"),
])
def test_word_cell_takes_row_unit_and_column_status(printed: str, unit: str, value: float, qualifier: str,
                                                    name: str) -> None:
    f = fact(TARGETS, printed.strip("≤左右以上"), within=printed)
    assert (f["unit"], f["value"], f["qualifier"], f["status"], f["indicator"]) == (
        unit, pytest.approx(value), qualifier, "target", name)
