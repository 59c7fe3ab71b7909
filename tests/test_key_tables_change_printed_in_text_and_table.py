"""A change printed in the text and again in a table row, its period named two ways (前三季度 and 2021年1-9月: the months
from January to September of the report's year) and its level printed in the table alone, is one row of the
year-on-year table, with the level printed and the ids of both; a comparison printed with it in the text still finds
it under its own period. Two months' spans of one end but not from January (三季度 alone) are not one. The text is a
regression fixture (``tests/gold/constructed``), not a real report: no real excerpt prints one change twice so.
"""

from __future__ import annotations

from pathlib import Path

from _real_tables import real_table

KUNSHAN = Path(__file__).resolve().parent / "gold" / "constructed" / "kunshan_2021_q1q3" / "kunshan_2021_q1q3.html"


def test_a_change_printed_in_text_and_table_is_one_row():
    # a regression fixture (not a real report): 前三季度，全市规模以上工业总产值同比增长18.6%，增速高于苏州市2.4个百分点，
    # 两年平均增长9.5%。 and its table of 2021年1-9月: |规模以上工业总产值|亿元|7358.2|18.6|
    y = real_table(KUNSHAN, "yoy")
    out = y[(y["indicator"] == "规模以上工业总产值") & (y["measure"] == "yoy_pct")]
    assert len(out) == 1
    row = out.iloc[0]
    assert (row["change_pct"], row["level"], row["level_unit"]) == (18.6, 7.3582e11, "元")
    assert len(row["fact_ids"].split(";")) == 2
    # (其中工业投资下降3.2% in the text and |其中：工业投资|亿元|215.3|-3.2| in the table: one row too)
    assert len(y[(y["indicator"] == "工业投资") & (y["measure"] == "yoy_pct")]) == 1


def test_a_comparison_finds_the_growth_of_its_statement():
    c = real_table(KUNSHAN, "comparisons").set_index("indicator")
    row = c.loc["规模以上工业总产值"]
    assert (row["yoy_pct"], row["comparator"], row["pp_diff"], row["comparator_value"]) == (18.6, "苏州市", 2.4, 16.2)
