"""Property-based tests: whatever text or bytes come in, ``extract_facts`` returns a valid facts
table or raises a :class:`ReportError`, never anything else; and the table reader finds only well-formed
tables in any text made of table pieces."""

from __future__ import annotations

import math
import warnings

import pandas as pd
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import dhcheng_analysis as dh
from dhcheng_analysis.numbers import MAGNITUDES
from dhcheng_analysis.schema import is_fact_unit
from dhcheng_analysis.tabletext import cell_figures, find_tables
from dhcheng_analysis.vocab import MEASURES, QUALIFIERS, STATUSES

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

#: Pieces of report-like text: numerals, magnitudes, units, cue words, list words, brackets,
#: quotes, punctuation (half and full width), headings, traditional characters, odd characters.
PIECES = [
    *"0123456789", "１", "９", ".", "．", ",", "，", "、", "。", ";", "；", ":", "：", "%", "％", "‰",
    "万", "亿", "万亿", "千", "百", "元", "亿元", "万元", "美元", "家", "人", "人次", "个", "项", "户", "平方米",
    "个百分点", "百分点", "成", "九成", "近百家", "两个月", "第三", "第", "十", "一", "二", "两",
    "增长", "下降", "增加", "减少", "减收", "增收", "同比", "比", "较", "收窄", "扩大", "高于", "低于", "全市",
    "完成", "全年任务的", "完成率", "占", "比重", "位列", "城六区", "分别", "分别为", "和", "及", "与",
    "约", "近", "余", "多", "超过", "逾", "以上", "左右", "不低于", "不足", "以内",
    "力争", "确保", "计划", "目标", "上半年", "一季度", "截至6月底", "2019年", "2020年", "6月30日",
    "收入", "税收", "一般公共预算收入", "地区生产总值", "企业", "投资", "降幅", "增速",
    "(", ")", "（", "）", "【", "】", "[", "]", "“", "”", "「", "」", "《", "》", "\"", "'",
    "\n", "\r\n", "\r", " ", "\u3000", "\t", "\x00", "|", "-", "+", "~", "至", "/", "号线", "版", "5G", "P2P",
    "一、", "(一)", "1.", "①", "一是", "下半年工作安排", "億", "萬", "增長", "與", "餘", "\ufeff", "\u2028",
    "<p>", "</p>", "<br>", "&nbsp;", "&amp;", "😀", "\ud7ff", "\U00020000",
]

report_like = st.lists(st.sampled_from(PIECES), min_size=0, max_size=120).map("".join)


def check_facts(report: dh.Report, facts: pd.DataFrame) -> None:
    """The invariants of a facts table (DESIGN.md) on one report."""
    text = report.text
    assert list(facts.columns) == list(dh.FACT_COLUMNS)
    assert facts["fact_id"].is_unique
    assert (facts["report_id"] == report.report_id).all()
    for row in facts.itertuples(index=False):
        assert 0 <= row.start < row.end <= len(text), (row.start, row.end, len(text))
        printed = text[row.start:row.end]
        assert printed.strip(), f"blank span {row.start}:{row.end}"
        assert isinstance(row.value, float) and math.isfinite(row.value), (printed, row.value)
        assert row.measure in MEASURES, row.measure
        assert row.qualifier in QUALIFIERS, row.qualifier
        assert row.status in STATUSES, row.status
        assert is_fact_unit(row.unit) or "unknown_unit" in row.flags.split(";"), (printed, row.unit)
        assert printed in row.sentence or row.sentence in printed, (printed, row.sentence)


def extract_or_report_error(source: str | bytes) -> tuple[dh.Report, pd.DataFrame] | None:
    """Load and extract, returning None when the input is refused with a ReportError."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", dh.CutShortWarning)  # any bytes may end inside a character
            report = dh.load_report(source)
    except dh.ReportError as exc:
        assert str(exc) and "\n" not in str(exc)
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", dh.NoFiguresWarning)
        try:
            facts = dh.extract_facts(report)
        except dh.ReportError:
            return None
    return report, facts


def assert_valid_and_deterministic(source: str | bytes) -> None:
    first = extract_or_report_error(source)
    if first is None:
        return
    report, facts = first
    check_facts(report, facts)
    again = extract_or_report_error(source)
    assert again is not None
    pd.testing.assert_frame_equal(facts, again[1])


@SETTINGS
@given(st.text(max_size=300))
@example("")
@example("\x00\x00")
@example("收入增长" + "9" * 400 + "%")
@example("1" * 5000)
def test_any_unicode_text(text):
    assert_valid_and_deterministic(text)


@SETTINGS
@given(report_like)
@example("商务服务业、批发零售业税收降幅分别为14.5%和30.3%")
@example("分别为1%、2%、3%")
@example("(((((收入增长5%")
@example("收入完成1万万万元")
@example("近百家/元")  # a counter given per a unit: 家/元, as 公斤/亩
def test_report_like_text(text):
    assert_valid_and_deterministic(text)


@SETTINGS
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=60).map("".join), st.sampled_from(
    ["utf-8", "utf-8-sig", "gb18030", "utf-16"]))
def test_report_like_bytes_in_any_encoding(text, encoding):
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        return
    assert_valid_and_deterministic(data)


@SETTINGS
@given(st.binary(max_size=400))
@example(b"\xff\xfe")
@example(b"\xef\xbb\xbf")
@example(b"<html><body>\x00</body></html>")
def test_any_bytes(data):
    assert_valid_and_deterministic(data)


@SETTINGS
@given(st.lists(st.sampled_from(["<p>", "</p>", "<div>", "</div>", "<br>", "<script>", "</script>", "<nav>",
                                 "</nav>", "<li>", "<a href=x>", "</a>", "<!--", "-->", "<table><tr><td>",
                                 "&#", "&lt;", "收入增长5%", "。", "96.9亿元", "\n", "<", ">"]),
                max_size=60).map(lambda parts: "<!DOCTYPE html><html><body>" + "".join(parts)))
def test_html_like_pages(page):
    assert_valid_and_deterministic(page)


# ----------------------------------------------------------------------------- the table reader


TABLE_PIECES = ["|", "| ", " |", "||", "\n", "\n|", "| --- ", "指 标", "单位", "本期", "±%", "增幅%", "为预算的%",
                "当月", "累计", "北京市", "合计", "其中:", "一、", "收入", "亿元", "万元", "%", "-", "--", "—", "12.5", "-3.4",
                "100", "2021", "2021年", "表一:", "单位:万元", "执行情况表", "。", ",", " ", "(", ")", "预计", "目标", "x"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(TABLE_PIECES), max_size=80).map("".join))
def test_any_text_gives_well_formed_tables(text):
    for t in find_tables(text):
        assert 0 <= t.start <= t.end <= len(text)
        width = len(t.columns)
        for r in t.rows:
            assert all(0 < j < width and t.columns[j].role == "value" for j, _, _ in r.cells)
            assert [j for j, _, _ in r.cells] == sorted({j for j, _, _ in r.cells})
        for f in cell_figures(t):
            assert f.measure in ("level", "yoy_pct", "completion_pct", "rate_pct", "pp_diff", "abs_change")
            assert f.magnitude in MAGNITUDES and "table_cell" in f.flags
            assert text[f.start:f.end].strip() == text[f.start:f.end]
