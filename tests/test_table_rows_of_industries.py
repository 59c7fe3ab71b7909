"""Rows of a table of value added by industry are parts of the row of the total their industry belongs to.

A bulletin's table of GDP (地区生产总值, 第一产业, 第二产业, 工业, 建筑业, 第三产业, 批发和零售业, …) prints each industry
in a row under the total it is a part of, with no 其中: each row's level and growth are parts of the level and growth
of the nearest row above, in the same column, of the total the glossary's breakdown (``breakdown_totals``) lists it
under (the three industries of GDP, 工业 and 建筑业 of 第二产业, the services of 第三产业, 营利性服务业 and 非营利性服务业
among them), past the rows of the other parts of that total and of their own parts.
The table is read in the real excerpt district_2021_bulletin_rank (tests/gold/real/texts), copied from the
bulletin; the table of the last test, with two columns, is a written regression fixture.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _real_tables import real_facts
from _sentences import facts

DISTRICT = Path(__file__).resolve().parent / "gold" / "real" / "texts" / "district_2021_bulletin_rank.txt"


def _cells() -> dict[tuple[str, str], dict]:
    f = real_facts(DISTRICT)
    f = f[f["flags"].str.contains("table_cell")]
    return {(r["indicator"], r["measure"]): r for r in f.to_dict("records")}


@pytest.mark.parametrize(("part", "total"), [
    ("第一产业增加值", "地区生产总值"), ("第二产业增加值", "地区生产总值"), ("第三产业增加值", "地区生产总值"),
    ("工业增加值", "第二产业增加值"), ("建筑业增加值", "第二产业增加值"),
    ("批发和零售业增加值", "第三产业增加值"), ("交通运输、仓储和邮政业增加值", "第三产业增加值"),
    ("住宿和餐饮业增加值", "第三产业增加值"), ("金融业增加值", "第三产业增加值"), ("房地产业增加值", "第三产业增加值"),
    ("营利性服务业增加值", "第三产业增加值"), ("非营利性服务业增加值", "第三产业增加值"),
])
@pytest.mark.parametrize("measure", ["level", "yoy_pct"])
def test_an_industry_row_is_a_part_of_its_total_row(part: str, total: str, measure: str) -> None:
    cells = _cells()
    f, t = cells[(part, measure)], cells[(total, measure)]
    assert (f["relation"], f["parent_id"]) == ("part", t["fact_id"])


def test_the_groups_of_services_by_profit_are_glossary_sectors() -> None:
    # 营利性服务业, 非营利性服务业: the services of the accounts of value added grouped by whether run for profit
    cells = _cells()
    assert cells[("营利性服务业增加值", "level")]["indicator_key"] == "sector_va:for_profit_services"
    assert cells[("非营利性服务业增加值", "yoy_pct")]["indicator_key"] == "sector_va:non_profit_services"


def test_a_row_is_a_part_of_its_total_in_its_own_column() -> None:
    # written fixture: the rows of the table above with last year's column beside this year's
    text = ("2021年全区经济运行情况\n一、综合\n表一: 地区生产总值\n"
            "指 标 | 单位 | 2021年 | 2020年 |\n"
            "地区生产总值 | 亿元 | 91.3 | 84.9 |\n"
            "第二产业 | 亿元 | 22.7 | 21.4 |\n"
            "工 业 | 亿元 | 19.5 | 18.8 |\n"
            "建筑业 | 亿元 | 3.2 | 2.6 |\n\n全年出生人口1552人。\n")
    f = facts(text)
    by = {r["raw_value"]: r for r in f.to_dict("records")}
    assert by["19.5"]["parent_id"] == by["22.7"]["fact_id"]
    assert by["18.8"]["parent_id"] == by["21.4"]["fact_id"]
    assert by["2.6"]["parent_id"] == by["21.4"]["fact_id"]
