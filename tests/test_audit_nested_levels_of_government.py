"""The audit adds the shares of one amount at levels of government one within another as one part.

A loss of tax printed at all levels with its local and district shares (全口径减收7亿元(地方级3.3亿元、区级1.4亿元))
has parts that nest: the district's share lies within the local share, so the sum checked against the total is the
local share's alone, and the district's share is named as counted within it (as a class named by a lower bound is:
千万元以上46家,亿元以上5家). Shares that do not nest (上划中央收入、上划省级收入、上划市级收入) still add up.
"""

from __future__ import annotations

from _real_tables import excerpt_table


def test_the_district_share_is_counted_within_the_local_share(bundled_tables):
    # the bundled half-year report of Dongcheng 2020 (real): 税收关系迁出企业617户,…共造成税款全口径减收7亿元(地方级
    # 3.3亿元、区级1.4亿元)
    a = bundled_tables["audit"]
    row = a[a["message"].str.contains("全口径税款")].iloc[0]
    assert (row["verdict"], row["stated"], row["computed"]) == ("consistent", 7e8, 3.3e8)
    assert "is counted within 地方级税款" in row["message"] and len(row["fact_ids"].split(";")) == 3


def test_shares_remitted_to_levels_apart_still_add_up():
    # lintao_2024_m2_budget (real): 从层级看:上划中央收入7716万元,…上划省级收入2432万元,…上划市级收入6万元
    a = excerpt_table("lintao_2024_m2_budget", "audit")
    row = a[a["message"].str.contains("上划中央收入")].iloc[0]
    assert (row["verdict"], row["computed"]) == ("consistent", 1.0154e8)
