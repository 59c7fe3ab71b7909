"""Commentary and tables for readers: every value from a report is escaped, the template's markup is kept."""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import pytest

from dhcheng_analysis.narrative import (
    HTMLTable,
    Narrative,
    escape_value,
    render_html,
    render_text,
    table_html,
)

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "fuzz"))
from narrative_check import check_narrative, parse  # noqa: E402

PAYLOADS = [
    '<img src=x onerror="document.title=\'PWNED\'">',
    "<script>alert(1)</script>",
    "[点我](javascript:alert(1))",
    "**粗体** _斜体_ `代码` $x^2$ | 表 | # 标题",
    '"><svg onload=alert(1)>',
    "&lt;script&gt;",
    "{title} {0} {{",
    "javascript:alert(1)",
]
TEMPLATES = [
    "**报告：** {a}\n**时期：** {b}",
    "- {a}：同比{b}。",
    "降幅最大的是{a}，同比{b}。",
    "{a}{b}",
    "- **{a}** {b:>12}",
]


@pytest.mark.parametrize("payload", PAYLOADS)
@pytest.mark.parametrize("template", TEMPLATES)
def test_payloads_are_text_in_every_template(template, payload):
    check_narrative(template, {"a": payload, "b": payload[::-1]})


def test_the_template_keeps_its_markup():
    html = Narrative.from_template("**报告：** {a}\n**时期：** {b}", a="某区报告", b="上半年")._repr_html_()
    assert html == '<p class="dh-say"><strong>报告：</strong> 某区报告<br><strong>时期：</strong> 上半年</p>'
    item = Narrative.from_template("- {a}：同比{b}", a="收入", b="−7.0%")
    assert item._repr_html_() == '<ul class="dh-say"><li>收入：同比−7.0%</li></ul>'
    assert str(item) == "- 收入：同比−7.0%"
    assert render_text("**报告：** {a}", a="**x**") == "报告： **x**"


def test_values_cannot_open_or_close_bold():
    html = render_html("**{a}** 与 {b}", a="x**", b="** <b>y</b>")
    tags, text = parse(html)
    assert [t for t, _ in tags] == ["strong", "/strong"]
    assert "x** 与 ** <b>y</b>" in text


def test_escape_value_encodes_markup_characters():
    out = escape_value('<a href="javascript:x()">*</a>')
    for ch in '<>"*()':
        assert ch not in out
    assert escape_value(None) == "" and escape_value(float("nan")) == ""
    assert escape_value("a\x00b\n\tc") == "ab c"


def test_template_errors_are_clear():
    with pytest.raises(KeyError, match="needs a value for {a}"):
        render_html("{a}")
    with pytest.raises(ValueError, match="plain name"):
        render_html("{a.__class__}", a="x")
    with pytest.raises(TypeError):
        render_html(3)


def test_tables_escape_headers_and_cells():
    frame = pd.DataFrame({"<script>h</script>": ["<img src=x onerror=alert(1)>", None], "n": [1.5, float("nan")]})
    html = table_html(frame)
    tags, text = parse(html)
    assert {t for t, _ in tags} <= {"table", "/table", "thead", "/thead", "tbody", "/tbody", "tr", "/tr", "th",
                                    "/th", "td", "/td"}
    assert "<script>h</script>" in text and "<img src=x onerror=alert(1)>" in text
    assert HTMLTable(frame)._repr_html_() == html
    with pytest.raises(TypeError):
        table_html("<b>")


@pytest.mark.parametrize(("template", "a"), [("- {a}", "<script>alert(1)</script>"),
                                             ("**{a}", "</strong><img src=x onerror=alert(1)>")])
def test_the_property_tests_examples(template, a):
    """The examples of ``test_narrative_properties.py``, whose searches run only in the full suite."""
    check_narrative(template, {"a": a, "b": ""})
