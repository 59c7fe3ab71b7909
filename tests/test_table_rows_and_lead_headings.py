"""Headings of a report read as headings only: a numbered table row is none, a traditional heading leads as its
simplified form does.

- A table printed as text whose rows are numbered (一、现价工业总产值 | 亿元 | 9075.6 | -5.6 | 281.5 | 4.9 |) holds
  table rows, not level-1 headings: no section is named after a row of cells, and the cells lie in the section the
  table is printed under (as the table of lintao_2024_m2_budget lies in 一、大口径财政收入情况).
- The block a report leads with is found by its heading in the heading's reading form: （一）主要經濟指標逐步恢復 is a
  主要经济指标 section as （一）主要经济指标逐步恢复 is; an item of a list (二是创新宏观调控思路和方式，确保经济运行处于
  合理区间) tells one task and is no such section, however its words run: the report still leads with its opening
  summary (——经济运行稳中向好。国内生产总值达到56.9万亿元，比上年增长7.7%。).
"""

from __future__ import annotations

from pathlib import Path

from _real_tables import real_facts, real_report

GOLD = Path(__file__).resolve().parent / "gold"
# xicheng_m1to5_indicators_table (real excerpt, 西城区 main indicators of 1-5月): the text, a note, then the table
XICHENG = GOLD / "real" / "texts" / "xicheng_m1to5_indicators_table.txt"
# constructed report traditional_2020_h1 (tests/gold/constructed, a regression fixture in traditional characters)
TRADITIONAL = GOLD / "constructed" / "traditional_2020_h1" / "traditional_2020_h1.html"


def test_numbered_table_rows_are_no_headings() -> None:
    headings = [s.heading for s in real_report(XICHENG).sections]
    assert headings == ["一、工业生产", "二、市场消费", "三、固定资产投资", "四、财政收支", "五、就业"]


def test_the_cells_of_a_numbered_row_lie_in_the_section_above_the_table() -> None:
    f = real_facts(XICHENG)
    cells = f[f["sentence"].str.startswith("一、现价工业总产值 | 亿元 | 9075.6 | -5.6 | 281.5 | 4.9 |")]
    assert cells["raw_value"].tolist() == ["9075.6", "5.6", "281.5", "4.9"]
    assert set(cells["section"]) == {"五、就业"}
    assert set(cells["indicator"]) == {"规模以上工业企业工业总产值"}  # the row's name is still read


def test_a_traditional_lead_heading_leads() -> None:
    f = real_facts(TRADITIONAL)
    lead = f[f["lead"]]
    assert set(lead["section"]) == {"一、上半年計劃執行情況 / （一）主要經濟指標逐步恢復"}
    assert {"地區生產總值", "城鎮登記失業率"} <= set(lead["indicator"])


def test_an_item_of_a_list_is_no_lead_section(work_reports) -> None:
    # national work report 2014: the opening summary leads, not the item 二是…确保经济运行处于合理区间
    assert work_reports.fact_at(2014, "比上年增长7.7%", "7.7%")["lead"]
    assert not work_reports.fact_at(2014, "中央党政机关和事业单位一般性支出压减5%", "5%")["lead"]
    # national work report 2017: the same beside 一是继续创新和加强宏观调控，经济运行保持在合理区间
    assert work_reports.fact_at(2017, "居民消费价格上涨2%", "2%")["lead"]
