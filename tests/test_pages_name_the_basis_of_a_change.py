"""What the pages say of a change and a completion, read as a district economist reads them.

A growth net of an adjustment (剔除留抵退税因素) is no growth on the year before: the year-on-year page neither
counts nor ranks nor charts it with those, and lists it once, with its basis in brackets (财政总收入（剔除留抵退税因素）：
−4.4%, never "比剔除留抵退税因素"); a change whose base the report does not name says so (平均时限缩短40% → −40.0%
（报告未写明比较基准）). The overview names such a change in its commentary, its table and its card. The prior level
derived from a bound is a bound on the card as in the table (突破2.7亿元, +23.7% → 推算上年同期 超2.2亿元, formerly 超2.18亿元: no decimal its level lacks). A largest
of one is no largest (增长的是…, not 增幅最大的是… when one figure rose). A table leaves out a column no row fills (no
empty 排名 column beside figures the report ranks nowhere), and a chart's legend names only what it shows. A completion
printed with the amount done and the target it is of (累计完成24627万元,完成年初预算数60999万元的40.4%) is checked on
the completion page against the two, the rate shown as printed (59.74%, not 59.7%). The items of a change are not
checked against it when they exceed it (增值税减收20990万元 within 税收收入减收20745万元: the taxes not listed rose); its
shares at other levels of government still are (tests/test_analysis.py).
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
from _built_reports import page_texts
from _cards import card_texts
from _real_tables import excerpt_table

import dhcheng_analysis as dh
from dhcheng_analysis.display import adjusted_basis, change_note, has_values

REAL = Path(__file__).resolve().parent / "gold" / "real" / "texts"


@pytest.mark.parametrize(("comparator", "basis"), [
    ("剔除留抵退税因素", True), ("两年平均", True), ("2019年同期", False), ("上月", False), ("年初预算", False),
])
def test_a_basis_is_a_way_of_counting_not_a_level_compared_with(comparator, basis):
    assert adjusted_basis(comparator) is basis


@pytest.mark.parametrize(("change", "comparator", "lang", "note"), [
    (-4.4, "剔除留抵退税因素", "zh", "剔除留抵退税因素−4.4%"),
    (1.2, "2019年同期", "zh", "比2019年同期+1.2%"),
    (-40.0, "", "zh", "−40%（未写明基期）"),
    (-40.0, "", "en", "−40% (no base stated)"),
])
def test_a_change_note_names_its_basis_or_its_base(change, comparator, lang, note):
    assert change_note(change, comparator, lang) == note


def test_a_column_has_values_only_when_a_row_fills_it():
    frame = pd.DataFrame({"rank": [None, 3.0], "rank_group": ["", " "]})
    assert has_values(frame, "rank") and not has_values(frame, "rank_group") and not has_values(frame, "absent")


def test_the_card_names_a_growth_net_of_an_adjustment():
    # xiaoshan_hz_2022_h1: 实现财政总收入307.85亿元、一般公共预算收入196.73亿元,剔除留抵退税因素同比分别下降4.4%和2.8%。
    notes = card_texts(excerpt_table("xiaoshan_hz_2022_h1", "headline"), "card-comparison")
    assert "剔除留抵退税因素−4.4%" in notes and "剔除留抵退税因素−2.8%" in notes


def test_the_card_keeps_the_bound_of_a_derived_prior_level():
    # zhongdu_ws_2025_street_h1: 服务业累计营收突破2.7亿元,同比增长23.7%
    derived = card_texts(excerpt_table("zhongdu_ws_2025_street_h1", "headline"), "card-derived")
    assert "推算上年同期 超2.2亿元" in derived


def test_the_completion_legend_names_only_what_the_chart_shows():
    # chaoyang_2024_h1: 上半年拆除并实现“场清地净”133.9万平方米,腾退土地空间87.3万平方米,分别完成全年任务的54.7%、54.6%。
    import matplotlib.pyplot as plt

    from dhcheng_analysis import plots

    completion = excerpt_table("chaoyang_2024_h1", "completion")
    ax = plots.plot_target_completion(completion, lang="zh")
    try:
        texts = [t.get_text() for t in ax.get_legend().get_texts()]
    finally:
        plt.close(ax.figure)
    assert "达到时间进度" in texts and "落后时间进度" not in texts
    assert "报告所列" not in texts and "据分项推算" not in texts  # every share stated: no hatched bar to tell apart


@pytest.fixture(scope="module")
def build(tmp_path_factory):
    out = {}
    for name in ("xiaoshan_hz_2022_h1", "zhongdu_ws_2025_street_h1", "yongning_2020_h1_budget", "xicheng_2023_annual"):
        result = dh.build_report(REAL / f"{name}.txt", tmp_path_factory.mktemp(name), lang="zh", jobs=2, progress=False)
        assert result.failed == [], result.failed
        out[name] = page_texts(result)
    return out


def test_a_growth_net_of_an_adjustment_is_listed_once_with_its_basis(build):
    # xiaoshan_hz_2022_h1: 实现财政总收入307.85亿元、一般公共预算收入196.73亿元,剔除留抵退税因素同比分别下降4.4%和2.8%。
    page = build["xiaoshan_hz_2022_h1"]["02"]
    assert "报告给出 9 个已实现的同比变化" in page and "9 个上升，0 个下降" in page
    assert "最低为地区生产总值" in page
    assert "财政总收入（剔除留抵退税因素）：−4.4%" in page and "比剔除" not in page
    overview = build["xiaoshan_hz_2022_h1"]["01"]
    assert "财政总收入（剔除留抵退税因素−4.4%）" in overview


def test_a_change_with_no_base_says_so(build):
    # zhongdu_ws_2025_street_h1: 累计办理项目审批、营业执照等手续19件,平均时限缩短40%
    page = build["zhongdu_ws_2025_street_h1"]["02"]
    assert "平均时限：−40%（报告未写明比较基准）" in page and "比其他基期−" not in page


def test_a_largest_of_one_is_no_largest(build):
    # yongning_2020_h1_budget: 2020年1-6月全城区组织财政收入累计完成146845万元,…增长1.28%;
    # 增值税收入31636万元,同比减收20990万元,下降39.89%
    pages = build["yongning_2020_h1_budget"]
    assert "增长的是财政总收入，同比+1.28%" in pages["01"] and "增幅最大" not in pages["01"]
    assert "1 个下降：增值税（−39.89%）" in pages["03"] and "降幅最大" not in pages["03"]
    assert re.search(r"给出全年任务完成进度，不低于", pages["01"])


def test_a_table_leaves_out_the_columns_no_row_fills(build):
    # xicheng_2023_annual: no rank, no comparison and no completion among its headline figures
    overview = build["xicheng_2023_annual"]["01"]
    table = overview[overview.index("主要指标表"):]
    assert "排名范围" not in table and "百分点差" not in table and "完成进度(%)" not in table
    assert "上年（同期）水平" in table and "口径范围" in table  # (地方级 and 区级 revenue)


def test_a_completion_printed_with_its_amount_and_target_is_checked(build):
    # yongning_2020_h1_budget: 组织财政收入累计完成146845万元,…完成年初预算245800万元的59.74%;
    # 税收收入112446万元,完成年初预算207380万元的54.22%
    page = build["yongning_2020_h1_budget"]["04"]
    assert "报告所列 59.74%，由已完成数 ÷ 目标数推算 59.74%，在四舍五入范围内一致" in page
    assert "报告所列 54.22%，由已完成数 ÷ 目标数推算 54.22%" in page
    assert "没有可以互相核对的完成率" not in page


def test_the_pace_needed_in_the_rest_of_the_year_is_no_year_on_year_growth():
    # dayao_2024_m4_budget: 一般公共预算收入累计完成24627万元,完成年初预算数60999万元的40.4% → the rest of the year may run
    # 26.2 % slower per month than January–April did; that is no growth on the year before
    from dhcheng_analysis.vocab import labels

    field = labels().fields["h2_growth_required_pct"]
    assert "同比" not in field.zh and "提速" in field.zh
    row = excerpt_table("dayao_2024_m4_budget", "headline").iloc[0]
    assert round(row["h2_growth_required_pct"], 1) == -26.2


def test_a_part_of_a_change_may_exceed_it():
    # yongning_2020_h1_budget: 税收收入112446万元,…比上年同期133191万元减收20745万元,下降15.58%,…其中:
    # 增值税收入31636万元,同比减收20990万元,下降39.89%; (the taxes not listed rose: no inconsistency)
    audit = excerpt_table("yongning_2020_h1_budget", "audit")
    assert (audit["verdict"] == "consistent").all()
    within = audit[audit["check"] == "parts_within_total"]
    assert not within["message"].str.contains("20,990万元").any()
    assert within["message"].str.contains("增值税收入 31,636万元").any()  # the levels are still checked
