"""A cut of obsolete capacity is a cut of each thing the list names, whatever each is counted in: "近三年淘汰落后炼钢炼铁
产能9000多万吨、水泥2.3亿吨、平板玻璃7600多万重量箱、电解铝100多万吨" (2016 national work report, verbatim) gives four
negative changes, the first of 落后炼钢炼铁产能 (a cut thing led by 落后 may run past six characters), the plate glass counted
in 重量箱 after the tonnes still cut, each later item the backward capacity of its product (落后水泥产能). "淘汰老旧高耗能设备1,260台" is a regression fixture of a district report's shape,
not text of a published report."""

from __future__ import annotations

import dhcheng_analysis as dh

CAPACITY = "近三年淘汰落后炼钢炼铁产能9000多万吨、水泥2.3亿吨、平板玻璃7600多万重量箱、电解铝100多万吨。\n"
DEVICES = "淘汰老旧高耗能设备1,260台，安排节能改造资金3千万元。\n"


def _facts(text: str) -> list[dict]:
    return dh.extract_facts(text).to_dict("records")


def test_each_capacity_of_a_cut_list_is_cut_whatever_its_unit():
    fs = _facts(CAPACITY)
    assert [f["indicator"] for f in fs] == ["落后炼钢炼铁产能", "落后水泥产能", "落后平板玻璃产能", "落后电解铝产能"]
    assert all(f["measure"] == "abs_change" and f["value"] < 0 for f in fs)
    assert [f["qualifier"] for f in fs] == ["over", "exact", "over", "over"]


def test_fixture_a_cut_of_old_devices_names_the_devices():
    f = _facts(DEVICES)[0]
    assert (f["indicator"], f["measure"], f["value"]) == ("老旧高耗能设备", "abs_change", -1260.0)
