"""The property both fuzzers of the narrative check: values never add markup to a template.

Shared by ``fuzz/fuzz_narrative.py`` (atheris, unbounded), ``tests/test_narrative_properties.py``
(hypothesis, a fixed number of inputs in the test suite) and ``tests/test_narrative.py`` (fixed payloads).
"""

from __future__ import annotations

import re
import string
from html.parser import HTMLParser

from dhcheng_analysis.narrative import Narrative, table_html


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, tuple[tuple[str, str | None], ...]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, tuple(attrs)))

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, tuple(attrs)))

    def handle_endtag(self, tag):
        self.tags.append(("/" + tag, ()))

    def handle_data(self, data):
        self.text.append(data)

    def handle_comment(self, data):
        self.tags.append(("!--", ()))

    def handle_decl(self, decl):
        self.tags.append(("!", ()))

    def handle_pi(self, data):
        self.tags.append(("?", ()))

    def unknown_decl(self, data):
        self.tags.append(("![", ()))


def parse(markup: str) -> tuple[list, str]:
    """Tags (with attributes) and text of an HTML fragment, as a browser's tokenizer would see them."""
    p = _Tags()
    p.feed(markup)
    p.close()
    return p.tags, "".join(p.text)


def check_narrative(template: str, values: dict[str, str]) -> None:
    """Raise AssertionError when a value changed the markup of ``template`` or was not kept as text."""
    reference = {k: "x" for k in values}
    want_tags, _ = parse(Narrative.from_template(template, **reference)._repr_html_())
    got = Narrative.from_template(template, **values)._repr_html_()
    got_tags, text = parse(got)
    assert got_tags == want_tags, (template, values, got)
    fields = {f for _, f, _, _ in string.Formatter().parse(template) if f}
    for value in (v for k, v in values.items() if k in fields):
        kept = re.sub(r"\s+", " ", re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", value))
        assert kept in text, (value, text)


def check_table(cells: list[str]) -> None:
    """A DataFrame of arbitrary strings renders as a table holding exactly those strings as text."""
    import pandas as pd

    frame = pd.DataFrame({"列": cells, "<th>": cells})
    tags, _text = parse(table_html(frame))
    names = {t for t, _ in tags}
    assert names <= {"table", "/table", "thead", "/thead", "tbody", "/tbody", "tr", "/tr", "th", "/th", "td",
                     "/td"}, names
