"""The annotated report: every fact marked where it was printed, with its details, filters and search."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pandas as pd
import pytest

import dhcheng_analysis as dh
from dhcheng_analysis import annotate, htmlpage


class _Marks(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.marks: list[dict[str, str]] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "mark":
            self.marks.append({k: v or "" for k, v in attrs})


def _marks(markup: str) -> _Marks:
    p = _Marks()
    p.feed(markup)
    return p


def test_every_fact_of_the_bundled_report_is_marked_with_its_id(bundled_report, bundled_tables):
    facts = bundled_tables["facts"]
    page = annotate.annotated_page(bundled_report, facts)
    found = _marks(page)
    ids = [m["data-fact-id"] for m in found.marks]
    assert sorted(ids) == sorted(facts["fact_id"]) and len(ids) == len(set(ids))
    for m in found.marks:
        assert m["id"] == f"fact-{m['data-fact-id']}" and m["tabindex"] == "0"
        assert m["class"].startswith("dh-fact m-") and " s-" in m["class"]
    # each mark holds the figure as printed, then its details
    revenue = facts[(facts.indicator == "一般公共预算收入") & (facts.measure == "level")].iloc[0]
    m = re.search(rf'<mark id="fact-{revenue.fact_id}"[^>]*>(.*?)</mark>', page, re.S)
    assert m and m.group(1).startswith(bundled_report.text[revenue.start:revenue.end])
    for words in ("一般公共预算收入", "水平值", "96.9亿元", "实际", revenue.fact_id):
        assert words in m.group(1)


def test_filters_search_and_script_by_hash(bundled_report, bundled_tables):
    page = annotate.annotated_page(bundled_report, bundled_tables["facts"], lang="en")
    assert 'id="flt-m-level"' in page and 'id="flt-s-target"' in page and 'id="dh-q"' in page
    assert ":has(#flt-m-level:not(:checked)) mark.dh-fact.m-level" in page  # filters work without the script
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    assert scripts == [annotate.SEARCH_SCRIPT]
    assert htmlpage.csp(scripts[0]) in page and "script-src 'sha256-" in htmlpage.csp(scripts[0])
    assert "Year-on-year change (%)" in page and "Annotated report" in page


def test_flags_are_marked_and_shown(bundled_report, bundled_tables):
    facts = bundled_tables["facts"].copy()
    facts["flags"] = ""
    facts.loc[facts.index[0], "flags"] = "range_low;outcome_cap"
    page = annotate.annotated_page(bundled_report, facts)
    flagged = [m for m in _marks(page).marks if "dh-flagged" in m["class"]]
    assert [m["data-fact-id"] for m in flagged] == [facts["fact_id"].iloc[0]]
    assert "区间下限" in page and "outcome_cap" in page and "个数字，其中 1 个带有标记" in page  # labels, unknown codes as printed


def test_page_numbers_when_the_source_has_pages(bundled_report, bundled_tables):
    from dhcheng_analysis.documents import PageSpan, Source

    half = len(bundled_report.text) // 2
    rep = dh.Report(text=bundled_report.text, report_id="paged", metadata=dict(bundled_report.metadata),
                    source=Source(kind="pdf", pages=(PageSpan(1, 0, half), PageSpan(2, half, len(bundled_report.text))),
                                  n_pages=2))
    body = annotate.annotated_body(rep, bundled_tables["facts"])
    assert 'id="page-1"' in body and 'id="page-2"' in body and "第 2 页" in body
    assert re.search(r'<span class="dh-k">页码</span><span class="dh-v">2</span>', body)


def test_report_text_is_escaped():
    text = "上半年，<script>alert(1)</script>收入完成5亿元，同比增长3%。<img src=x onerror=alert(2)>"
    rep = dh.load_report(text)
    page = annotate.annotated_page(rep)
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;" in page and len(_marks(page).marks) == len(dh.extract_facts(rep))


def test_jupyter_view_of_a_report_and_of_chosen_facts(bundled_report, bundled_tables):
    fragment = bundled_report._repr_html_()
    assert "<script" not in fragment and fragment.count("<mark ") == len(bundled_tables["facts"])
    targets = bundled_tables["facts"].query("status == 'target'")
    view = dh.show(bundled_report, targets)
    html = view._repr_html_()
    assert html.count("<mark ") == len(targets) > 0
    prefix = re.search(r'id="(dh[0-9a-f]{8}-)root"', html).group(1)
    assert f'id="{prefix}flt-m-level"' in html  # ids of two views on one page do not clash


def test_fact_links_are_plain_anchors():
    assert annotate.fact_href("f00281") == "report.html#fact-f00281"
    assert annotate.fact_href('x" onclick="y') is None and annotate.fact_href(float("nan")) is None


@pytest.mark.parametrize("measure,value,unit,want", [
    ("level", 9.69e9, "元", "96.9亿元"), ("yoy_pct", -7.0, "%", "−7%"), ("pp_diff", 1.5, "pp", "+1.5个百分点"),
    ("completion_pct", 48.2, "%", "48.2%"), ("rank", 3.0, "", "第3")])
def test_values_in_display_units(measure, value, unit, want):
    assert dh.display.fact_value(pd.Series({"measure": measure, "value": value, "unit": unit})) == want
