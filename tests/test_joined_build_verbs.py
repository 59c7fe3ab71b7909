"""Two building verbs joined before a count (新建和续建) name what they count, and the parts after 其中 of it.

`续建` (building carried on from an earlier year) is a verb that names the units it counts, as 新建 does; joined with
another by 和, 、 or 或 before a count, both verbs name the units (`新建和续建一百二十个大型项目` →
`新建和续建大型项目`), and a part after 其中 that prints only its noun is named by both (`其中有…三十个大电站` →
`新建和续建大电站`), not by the first alone.
Sentences from a report are copied verbatim and name it; the others say that they are written.
"""

from __future__ import annotations

from _sentences import fact

# national work report 1978 (national_work_reports/1978.txt)
S1978 = ("在这同时，国家计划新建和续建一百二十个大型项目，其中有十大钢铁基地，九大有色金属基地，八大煤炭基地，十大油气田，"
         "三十个大电站，六条铁路新干线和五个重点港口。")
# written: no text at hand prints 续建 alone before a count
S_CARRIED_ON = "全区续建30个重点项目。"


def test_two_joined_build_verbs_name_the_count() -> None:
    f = fact(S1978, "一百二十个")
    assert (f["indicator"], f["measure"], f["value"], f["status"]) == ("新建和续建大型项目", "level", 120.0, "target")


def test_a_part_after_qizhong_is_named_by_both_verbs() -> None:
    f = fact(S1978, "三十个")
    assert (f["indicator"], f["value"], f["status"]) == ("新建和续建大电站", 30.0, "target")


def test_carried_on_building_names_its_count() -> None:
    assert fact(S_CARRIED_ON, "30个")["indicator"] == "续建重点项目"
