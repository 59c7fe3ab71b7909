"""Coverage-guided fuzzing of ``load_report`` + ``extract_facts`` with atheris (libFuzzer).

Every input is turned into bytes, text or a report-like string of cue words and numerals; the
harness fails (and libFuzzer saves the input) when anything but a ``ReportError`` escapes, or
when the facts table breaks an invariant (span inside the text, finite value, closed
vocabularies). See ``fuzz/README.md`` for the bounded command.
"""

from __future__ import annotations

import math
import sys
import warnings

import atheris
import pandas  # noqa: F401  (imported before instrumentation: only the package is instrumented)

with atheris.instrument_imports(include=["dhcheng_analysis"]):
    import dhcheng_analysis as dh
    from dhcheng_analysis import facts as _facts  # noqa: F401
    from dhcheng_analysis.schema import is_fact_unit
    from dhcheng_analysis.sources import _looks_like_path
    from dhcheng_analysis.vocab import MEASURES, QUALIFIERS, STATUSES

PIECES = [
    *"0123456789", "１", ".", ",", "，", "、", "。", ";", "%", "％", "万", "亿", "元", "亿元", "万元", "家", "人",
    "个百分点", "成", "九成", "近百家", "第三", "增长", "下降", "减收", "同比", "比", "较", "收窄", "高于", "全市",
    "完成", "全年任务的", "完成率", "占", "比重", "位列", "分别", "分别为", "和", "约", "近", "余", "以上", "左右",
    "不低于", "不足", "力争", "确保", "上半年", "一季度", "截至6月底", "2020年", "6月30日", "收入", "税收",
    "(", ")", "（", "）", "【", "】", "“", "”", "《", "》", "\n", "\r", " ", "\u3000", "\x00", "|", "-", "+",
    "号线", "版", "5G", "一、", "(一)", "1.", "一是", "下半年工作安排", "億", "萬", "增長", "<p>", "</p>", "<br>",
    "<!DOCTYPE html><html><body>", "<script>", "</script>", "<nav>", "&nbsp;", "&#",
]


def _source(data: bytes) -> str | bytes | None:
    """The first byte picks the kind of input; the rest is its content."""
    mode, payload = (data[0] % 3, data[1:]) if data else (0, b"")
    if mode == 0:
        return payload
    if mode == 1:
        text = atheris.FuzzedDataProvider(payload).ConsumeUnicodeNoSurrogates(len(payload))
    else:
        text = "".join(PIECES[b % len(PIECES)] for b in payload)
    return None if _looks_like_path(text) else text  # never read files named by the fuzzer


def TestOneInput(data: bytes) -> None:  # noqa: N802 - the libFuzzer entry point name
    source = _source(data)
    if source is None:
        return
    try:
        report = dh.load_report(source)
    except dh.ReportError as exc:
        assert str(exc) and "\n" not in str(exc), repr(str(exc))
        return
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", dh.NoFiguresWarning)
        facts = dh.extract_facts(report)
    text = report.text
    assert list(facts.columns) == list(dh.FACT_COLUMNS)
    assert facts["fact_id"].is_unique
    for row in facts.itertuples(index=False):
        assert 0 <= row.start < row.end <= len(text), (row.start, row.end, len(text))
        assert text[row.start:row.end].strip(), (row.start, row.end)
        assert math.isfinite(row.value), (text[row.start:row.end][:80], row.value)
        assert row.measure in MEASURES and row.qualifier in QUALIFIERS and row.status in STATUSES, row
        assert is_fact_unit(row.unit), row.unit


def main() -> None:
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
