"""The fast forms of the compiled rules match exactly what the rules say."""

import dataclasses
import re

import pytest

from dhcheng_analysis.cuewords import _line_needles, compiled, gated, layout_views, scan_lines, token_views
from dhcheng_analysis.report import bundled_path

TEXTS = [
    bundled_path().read_text(encoding="utf-8")[:6000],
    "截至6月底，全区一般公共预算收入完成96.9亿元,同比下降7%;上半年比例为1.6:49.7:48.7，增幅近1/4。\n"
    "2019年，预计全年增长5%左右，力争完成全年任务的50%。索引号 00250027-9/2023-27322 (见表1)\n",
    "10:30开会\n三次产业结构为6.7∶24.9∶68.4\n12/31\n1/2/3\n见图2与表10\n\n",
]

PHRASES = re.compile(r"上半年|(?<=\d)月份|(?:前三|第四)季度|(?:19|20)\d{2}年(?=[,，])")


def _spans(matches):
    return [(m.span(), m.groups()) for m in matches]


def _rule_patterns():
    for views in (compiled(), token_views(), layout_views()):
        for f in dataclasses.fields(views):
            v = getattr(views, f.name)
            if isinstance(v, re.Pattern):
                yield f.name, v


def test_a_phrase_alternation_is_gated_and_matches_the_same():
    g = gated(PHRASES)
    assert g is not PHRASES and g.pattern.startswith("(?=[")
    for text in TEXTS:
        assert _spans(g.finditer(text)) == _spans(PHRASES.finditer(text))
        for pos in range(0, len(text), 7):
            assert (g.match(text, pos) is None) == (PHRASES.match(text, pos) is None)


def test_patterns_that_fail_fast_or_may_match_nothing_stay_as_they_are():
    for rx in (re.compile(r"\d+年"), re.compile(r"其中|其它"), re.compile(r"(?:上年)?"), re.compile(r"[^x]a|b")):
        assert gated(rx) is rx
    assert gated(re.compile(r"(?:上年)?同期")).pattern == "(?=[上同])(?:(?:上年)?同期)"


@pytest.mark.parametrize("name_rx", list(_rule_patterns()), ids=lambda p: p[0])
def test_every_gated_rule_matches_what_its_source_matches(name_rx):
    _, rx = name_rx
    source = re.compile(rx.pattern[rx.pattern.index("(?:") + 3:-1]) if rx.pattern.startswith("(?=[") else rx
    for text in TEXTS:
        assert _spans(rx.finditer(text)) == _spans(source.finditer(text))


@pytest.mark.parametrize("rx", [token_views().ratio, token_views().fraction, token_views().index_number,
                                token_views().figure_reference, re.compile(r"\d\d?[:：]\d{2}(?![\d])"),
                                re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})(?![\d/])")])
def test_scan_lines_reads_only_some_lines_and_finds_every_match(rx):
    assert _line_needles(rx) is not None
    for text in TEXTS + ["".join(TEXTS), "1/4", "\n1/4\n"]:
        assert _spans(scan_lines(rx, text)) == _spans(rx.finditer(text))


def test_scan_lines_reads_the_whole_text_for_patterns_that_may_cross_a_line():
    for src in (r"1\s*/\s*4", r"/$", r"[^a]/", r"(?<=\n)/", r"\D/"):
        rx = re.compile(src)
        assert _line_needles(rx) is None
        text = "1\n/\n4 /a/\n"
        assert _spans(scan_lines(rx, text)) == _spans(rx.finditer(text))
