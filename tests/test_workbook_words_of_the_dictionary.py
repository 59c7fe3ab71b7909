"""The workbook's field dictionary names the words its sheets show, and its cells hold the figures a reader reads.

上城区 2021 final account (tests/gold/real/texts/shangcheng_hz_2022_h1_budget.txt, copied from the report): 2021年全区
财政总收入决算为3777878万元,完成收入预期的98.3%,增长5.8%. The sheet 任务完成 shows its source as 报告所列, its check
(核对) 一致, the parts of the total (全部数据) as 组成部分: the dictionary says what 报告所列, 一致 and 组成部分 mean, not
what the codes of the CSV export (stated, consistent, part) do, and names 预计 among the statuses (东城区 2018:
单位地区生产总值能耗预计下降3.8%). A difference of growths the tables compute from the city's growth printed beside the
district's (西城区 1-5月: 北京市实现社会消费品零售总额5391.9亿元,同比下降7.7%,西城区实现社会消费品零售总额389.9亿元,同比下降
8.6%) is 据报告数字推算, not 据分项推算: it adds up no items. A cell derived by a subtraction holds the difference a reader computes: 98.3% against a
time progress of 100% is behind by −1.7 points, not −1.700000000000003 (99.7%: −0.3, not −0.299999999999997).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from _built_reports import workbook_row
from _real_tables import real_report, real_tables

import dhcheng_analysis as dh
from dhcheng_analysis.vocab import labels

REAL = Path(__file__).resolve().parent / "gold" / "real" / "texts"
_EXPORT_CODES = re.compile(r"（CSV、JSON、Parquet 导出中为代码[^）]*）")


@pytest.fixture(scope="module")
def shangcheng(tmp_path_factory):
    pytest.importorskip("openpyxl")
    folder = tmp_path_factory.mktemp("shangcheng")
    # (the excerpt's tables as all_tables builds them, shared with the other tests that read them)
    return dh.to_excel(real_report(REAL / "shangcheng_hz_2022_h1_budget.txt"), folder / "s.xlsx",
                       tables=real_tables("shangcheng_hz_2022_h1_budget"))


def _dictionary(path: Path) -> dict[str, str]:
    import openpyxl

    rows = list(openpyxl.load_workbook(path, read_only=True)["说明"].iter_rows(values_only=True))
    start = next(i for i, r in enumerate(rows) if r[:2] == ("字段", "中文表头"))
    return {r[1]: r[3] for r in rows[start + 1:] if r[0] and r[1] and r[3]}


def test_no_chinese_description_names_a_code_the_sheets_do_not_show():
    found = []
    for group, codes in labels().codes.items():
        field = labels().fields.get(group)
        if field is None:
            continue
        words = _EXPORT_CODES.sub("", field.desc_zh)
        found += [(group, code) for code in codes if re.search(rf"(?<![A-Za-z_]){re.escape(code)}(?![A-Za-z_])", words)]
    assert found == []


def test_the_dictionary_names_the_words_of_the_sheets(shangcheng):
    described = _dictionary(shangcheng)
    task = workbook_row(shangcheng, "任务完成", "财政总收入")
    check = workbook_row(shangcheng, "核对", "一般公共预算收入")
    assert task["来源"].value == "报告所列" and "报告所列" in described["来源"]
    assert check["结论"].value == "一致" and "一致" in described["结论"] and "consistent" not in described["结论"].split("（")[0]
    assert "组成部分" in described["与上级关系"] and "预计" in described["状态"]


def test_a_derived_difference_holds_the_figure_a_reader_computes(shangcheng):
    # 2021年全区财政总收入决算为3777878万元,完成收入预期的98.3%; 一般公共预算收入…完成预期的99.7%
    gaps = [workbook_row(shangcheng, "任务完成", name)["超前/落后(百分点)[推算]"].value for name in ("财政总收入", "一般公共预算收入")]
    assert gaps == [-1.7, -0.3]


def test_a_difference_computed_from_the_citys_growth_is_no_sum_of_items(tmp_path):
    pytest.importorskip("openpyxl")
    path = dh.to_excel(real_report(REAL / "xicheng_m1to5_indicators_table.txt"), tmp_path / "x.xlsx",
                       tables=real_tables("xicheng_m1to5_indicators_table"))
    row = workbook_row(path, "增速比较", "社会消费品零售总额")
    assert (row["比较基准"].value, row["同比(%)"].value, row["基准值(%)[推算]"].value) == ("北京市", -8.6, -7.7)
    assert row["来源"].value == "据报告数字推算" and "据报告数字推算" in _dictionary(path)["来源"]
