"""A level of government printed without 级 (上划中央收入) is the scope the fiscal scopes print (中央级): the same level
as the column 中央级 of the same report's table, one scope for one level.

Verbatim from the real excerpt lintao_2024_m2_budget of ``tests/gold/real/texts``.
"""

from __future__ import annotations

from pathlib import Path

from _real_tables import real_facts

REAL = Path(__file__).parent / "gold" / "real" / "texts"


def test_revenue_handed_up_to_the_centre_has_the_scope_of_the_centres_column():
    # 从层级看:上划中央收入7716万元,占收入的45.24%,同比增收1417万元,增长22.5%;…
    # | 预 算 科 目 | 本年收入计划 | 累计完成数 | … | 中央级 | 省级 | 市级 | 县乡级 | … | 增值税 | 45119 | 3916 | 1371 |
    f = real_facts(REAL / "lintao_2024_m2_budget.txt")
    handed_up = f[f["indicator"] == "上划中央收入"]
    assert len(handed_up) == 4 and set(handed_up["scope"]) == {"中央级"}
    assert f[f["raw_value"] == "3916"].iloc[0]["scope"] == "中央级"
    provinces = f[f["indicator"] == "上划省级收入"]
    assert set(provinces["scope"]) == {"省级"}
