"""GNP per head (人均国民生产总值), the per-head aggregate of reports before 1994, and the intake of regular higher
education (普通高等学校招生, 普通高等学校招生规模) are glossary concepts and key as such; adult higher education and the
postgraduates keep theirs. New railway lines added (增加铁路新线) are railway length added."""

from __future__ import annotations

import dhcheng_analysis as dh
from dhcheng_analysis import vocab

# national_work_reports/2000.txt
INTAKE_1999 = "普通高等学校招生规模比上年扩大47．4％，增幅之大是多年来没有的。"
# national_work_reports/2001.txt
GNP_PER_HEAD = "国内生产总值2000年达89404亿元，平均每年增长8.3％。人均国民生产总值比1980 年翻两番的任务，已经超额完成。"


def test_college_intake_growth_is_keyed() -> None:
    df = dh.extract_facts(dh.load_report(INTAKE_1999))
    row = df[df["value"] == 47.4].iloc[0]
    assert (row["indicator"], row["indicator_key"], row["measure"], row["comparator"]) == (
        "普通高等学校招生规模", "higher_education_intake", "yoy_pct", "上年")


def test_gnp_per_head_is_keyed_apart_from_gnp() -> None:
    df = dh.extract_facts(dh.load_report(GNP_PER_HEAD))
    row = df[df["indicator"] == "人均国民生产总值"].iloc[0]
    assert (row["indicator_key"], row["measure"], row["value"], row["comparator"]) == (
        "gnp_per_capita", "change_pct", 300.0, "1980年")
    assert vocab.indicator_key("国民生产总值") == "gnp"


def test_other_intakes_keep_their_keys() -> None:
    assert vocab.indicator_key("普通高校招生人数") == "higher_education_intake"
    assert vocab.indicator_key("研究生招生") == "postgraduates_enrolled"
    assert vocab.indicator_key("成人高等学校招生") == ""


# national_work_reports/2000.txt
RAIL_1998_1999 = "新增公路通车里程1．2万公里，其中高速公路3358公里；增加铁路新线1423公里、复线643公里；"


def test_new_railway_lines_added_are_railway_added() -> None:
    df = dh.extract_facts(dh.load_report(RAIL_1998_1999))
    row = df[df["value"] == 1423.0].iloc[0]
    assert (row["indicator_key"], row["measure"], row["unit"]) == ("railway_added", "level", "公里")
    assert row["parent_id"] == ""  # (the railway is no part of the roads added before the semicolon)
    expressway = df[df["value"] == 3358.0].iloc[0]
    roads = df[df["value"] == 12000.0].iloc[0]
    assert (expressway["indicator_key"], expressway["parent_id"]) == ("expressways_added", roads["fact_id"])
    assert vocab.indicator_key("建设铁路新线") == ""  # lines being built, not yet added
