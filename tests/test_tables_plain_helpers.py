"""Regression fixtures (constructed values, no report text): the plain-Python helpers of the key tables number,
test and group rows as the pandas operations they stand for do; and the facts frame prepared from the run's one
extraction of the bundled report is one block a dtype."""

from __future__ import annotations

import numpy as np
import pandas as pd

from dhcheng_analysis import tables


def test_group_numbers_number_groups_as_groupby_ngroup_does():
    df = pd.DataFrame({"k": ["a", "b", "a", None, "b", "c", "a"],
                       "v": [1.0, 2.0, 1.0, 1.0, np.nan, 3.0, 2.0],
                       "u": pd.Categorical(["元", "元", "元", "元", "元", None, "元"])})
    # (a row missing a key value is in no group: unnumbered by pandas, −1 here)
    expected = df.groupby(["k", "v", "u"], sort=False, dropna=True, observed=True).ngroup().fillna(-1).astype(int)
    assert tables._group_numbers(df, ["k", "v", "u"]).tolist() == expected.tolist()


def test_each_tests_every_value_as_series_map_does():
    s = pd.Series(["上年同期", "", "2019年末", "上年"], index=[3, 1, 7, 5])
    got = tables._each(s, lambda c: c != "" and not c.endswith("上年同期"))
    assert got.dtype == bool and got.index.tolist() == [3, 1, 7, 5]
    assert got.tolist() == s.map(lambda c: c != "" and not c.endswith("上年同期")).astype(bool).tolist()
    assert tables._each(s.iloc[:0], bool).dtype == bool


def test_single_month_reads_missing_periods_as_not_a_month():
    periods = pd.Series(["2月份", "1-2月", "", None, "2023年3月"])
    assert tables.single_month(periods).tolist() == [True, False, False, False, True]


def test_prepared_frame_holds_one_block_a_dtype(bundled_report, bundled_facts):
    frame = tables.prepare(bundled_report, bundled_facts).frame
    assert frame._mgr.nblocks == frame.dtypes.map(str).nunique()
