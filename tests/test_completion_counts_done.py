"""What a computed completion counts as done, shown beside the count.

A completion computed from a count pair (N项…已…M项) is only as strong as its verb: 30项区级重点工程已开工22项
(unseen haidian_2023_h1, verbatim) has 22 of 30 projects started, not finished, and the bundled report's
28个全区重点投资支撑项目中…21个项目已实现开工 likewise. The completion table keeps the done count's name as the facts
give it (``done_as_printed``), and the completion page prints it beside the count.
"""

from __future__ import annotations

import pytest
from _built_reports import built, page_texts

import dhcheng_analysis as dh

HAIDIAN_STARTED = "30项区级重点工程已开工22项，新建改扩建中小学及幼儿园12所，新增学位5400个。"


def test_a_count_started_is_named_as_started():
    row = dh.target_completion(HAIDIAN_STARTED).iloc[0]
    assert (row["indicator"], row["numerator"], row["denominator"]) == ("区级重点工程", 22.0, 30.0)
    assert row["done_as_printed"] == "已开工的区级重点工程"


def test_the_bundled_report_names_each_count_done(bundled_tables):
    c = bundled_tables["completion"]  # (target_completion of the run's one extraction of the bundled report)
    pairs = c[c["numerator"].notna()]
    done = dict(zip(pairs["indicator"], pairs["done_as_printed"], strict=True))
    assert done["重点投资支撑项目"] == "隆福文化街区、第一人民医院迁建等已实现开工的项目"
    assert done["规划建设5G宏基站"] == "已投入使用的5G宏基站"
    assert c.loc[c["numerator"].isna(), "done_as_printed"].isna().all()


@pytest.mark.slow
def test_the_completion_page_shows_what_was_counted():
    text = page_texts(built("bundled"))["04"]
    assert "所计为" in text
    assert "已实现开工的项目" in text


@pytest.mark.slow
def test_a_rate_printed_beside_its_counts_is_checked_on_the_completion_page():
    # the bundled report: 120座楼宇摸排任务已完成92座,完成率77% (one row of the completion table, no computed twin)
    text = page_texts(built("bundled"))["04"]
    assert "楼宇摸排：报告所列 77%，由分项推算 76.67%，在四舍五入范围内一致" in text
    assert "没有可以互相核对的完成率" not in text
