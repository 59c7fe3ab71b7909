"""A goal set for within the year (年内) is a goal of the year the report is in, as one set for the whole year (全年)
is: the targets table names its year (2022年) in a report of part of that year. The text is a regression fixture
(``tests/gold/constructed``), not a real report: no real excerpt sets a goal 年内.
"""

from __future__ import annotations

from pathlib import Path

from _real_tables import text_table

CONSTRUCTED = Path(__file__).resolve().parent / "gold" / "constructed"


def test_a_goal_within_the_year_is_of_the_reports_year():
    # a regression fixture (not a real report), a half-year report of 2022: （二）持续落实助企纾困政策。年内为中小微企业减免
    # 房租不少于3亿元，新增贷款贴息企业100家以上。 beside goals of 全年 (力争全年地区生产总值增长…)
    text = (CONSTRUCTED / "dongcheng_2022_h1" / "dongcheng_2022_h1.txt").read_text(encoding="utf-8")
    t = text_table(text, "targets").set_index("indicator")
    assert t.loc["减免房租", ["value", "qualifier", "period"]].tolist() == [3e8, "at_least", "2022年"]
    assert t.loc["新增贷款贴息企业", "period"] == "2022年"
    assert "年内" not in set(t["period"])
