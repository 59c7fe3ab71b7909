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



def test_listed_with_breakdown_marks_each_list_as_a_grouping_by_list_does():
    # in printed order: a list of two values (starts 0 and 6, one character apart), the second a breakdown; a value
    # alone; a list of two values with no breakdown; a breakdown of another sentence; a value of another measure
    index = pd.Index([4, 0, 2, 1, 3, 5, 6])  # (the rows out of printed order)
    f = {"sentence": pd.Series(["s", "s", "s", "s", "s", "t", "s"], index=index),
         "measure": pd.Series(["yoy_pct"] * 6 + ["level"], index=index),
         "start": pd.Series([36, 0, 20, 6, 30, 50, 60], index=index),
         "end": pd.Series([45, 5, 25, 15, 35, 55, 65], index=index)}
    kind = pd.Series(["", "", "", "sector", "", "sector", ""], index=index)
    order = f["start"].sort_values(kind="stable").index
    sent, meas, start, end = (f[c][order] for c in ("sentence", "measure", "start", "end"))
    joined = (sent == sent.shift()) & (meas == meas.shift()) & (start - end.shift() <= tables.LISTED_VALUES_GAP)
    expected = kind[order].isin(tables.BREAKDOWNS).groupby((~joined).cumsum()).transform("any").reindex(index)
    got = tables._listed_with_breakdown(f, kind, order)
    assert got.index.tolist() == index.tolist()
    assert got.tolist() == expected.tolist() == [False, True, False, True, False, True, False]
