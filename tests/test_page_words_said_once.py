"""A qualifier a figure's cell already says (近+70%) is not said again; an audit message reads its figures in one unit."""

from __future__ import annotations

import dhcheng_analysis as dh
from dhcheng_analysis import display

# /work/shared/corpus/national_work_reports/2019.txt (a national government work report)
SENTENCE = "大幅压缩外资准入负面清单，扩大金融、汽车等行业开放，一批重大外资项目落地，新设外资企业增长近70%。"
COLUMNS = ["dimension", "item", "scope", "change_pct", "level", "abs_change", "qualifier"]


def test_qualifier_of_a_change_is_said_once():
    tax = dh.tax_declines(dh.load_report(SENTENCE))
    shown = display.reader_table(tax, COLUMNS)
    row = shown.iloc[0]
    assert row[display.column_header("change_pct")] == "近+70%"
    assert row[display.column_header("qualifier")] == ""


def test_qualifier_of_a_level_alone_stays():
    rows = dh.tax_declines(dh.load_report(SENTENCE)).assign(change_pct=float("nan"), measure="level", level=1e9,
                                                             level_unit="元")
    shown = display.reader_table(rows, COLUMNS)
    assert shown.iloc[0][display.column_header("qualifier")] == display.code_label("qualifier", "nearly")


def test_an_audit_message_reads_in_one_unit():
    # /work/shared/examples/unseen/chaoyang_2022_q3.txt: the tolerance beside figures in 万元 is in 万元 too (not
    # 10,000元), and two percentages differ by points
    from dhcheng_analysis import analysis
    from dhcheng_analysis.export import _audit_in_words

    text = ("前三季度，全区一般公共预算收入完成4125683万元，同比下降3.6%，完成年度预算的71.2%。其中，税收收入3650210万元，"
            "同比下降4.1%。\n力争全年一般公共预算收入完成579.5亿元。")
    report = dh.load_report(text)
    words = set(_audit_in_words(analysis.audit(report), dh.extract_facts(report), "zh")["message"])
    assert "一致：部分之和 3,650,210万元不超过总量 4,125,683万元（允许超出 1万元）" in words
    assert "一致：报告值 71.2%，计算值 71.19%，相差 0.01个百分点（允许 ±0.06个百分点）" in words
