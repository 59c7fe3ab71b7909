"""Under 其中 a count of the same things as a part before it, at another time, is what is done of that part, not one
more part of the total: "全年安排重点工程项目76个，其中新开工项目18个，截至6月底已开工11个，续建项目58个全部复工" has
the 18 new projects and the 58 continued ones as parts of the 76, and the 11 started by the end of June as done out of
the 18. The sentence is of the constructed xicheng_2021_h1 report (tests/gold/constructed), a regression fixture of a
district half-year shape, not text of a published report; the ends of a part's change from one time to another
(其中高速公路由4771公里增加到2.52万公里, 2003 national work report, verbatim) stay parts."""

from __future__ import annotations

import dhcheng_analysis as dh

PROJECTS = "全年安排重点工程项目76个，其中新开工项目18个，截至6月底已开工11个，续建项目58个全部复工。\n"
ROADS = ("公路通车里程由1997年的123万公里增加到2002年的176万公里，其中高速公路由4771公里增加到2.52万公里，"
         "从居世界第三十九位跃升到第二位。\n")


def _rows(text: str) -> dict[str, dict]:
    f = dh.extract_facts(text)
    return {r["raw_value"]: r for r in f.to_dict("records")}


def test_fixture_a_count_of_a_part_at_another_time_is_done_of_that_part():
    r = _rows(PROJECTS)
    assert (r["18"]["relation"], r["18"]["parent_id"]) == ("part", r["76"]["fact_id"])
    assert (r["58"]["relation"], r["58"]["parent_id"]) == ("part", r["76"]["fact_id"])
    assert (r["11"]["relation"], r["11"]["parent_id"]) == ("done", r["18"]["fact_id"])


def test_both_ends_of_a_parts_change_stay_parts():
    r = _rows(ROADS)
    assert r["4771"]["relation"] == r["2.52"]["relation"] == "part"
    assert r["2.52"]["parent_id"] == r["176"]["fact_id"]
