"""Text for readers built from a template and values, with every value escaped by construction.

Any string taken from a report (title, indicator, comparator, section, sentence, metadata) is
untrusted: it may hold ``<script>``, an event handler or Markdown that a renderer would turn
into a link.  The notebooks therefore never paste such a string into Markdown or HTML
themselves.  They write a *template* (their own text, trusted) with named fields, and the
values are filled in here, each one escaped:

>>> render_html("**{name}**：同比{change}", name="<img src=x onerror=alert(1)>", change="−7.0%")
'<strong>&lt;img src=x onerror=alert&#40;1&#41;&gt;</strong>：同比−7.0%'

Templates know three pieces of markup, applied to the template's own text only, never to a
value: ``**bold**``, a line break ``\\n``, and a leading ``- `` that makes the line a list
item.  Values pass through :func:`escape_value`: HTML's special characters become entities,
and so do the characters that Markdown, LaTeX or a spreadsheet would read as markup
(``* _ [ ] ( ) ` $ # | ~ ! { } \\ :``), so the text stays inert even if a later stage renders
the HTML through Markdown.  A browser shows the characters themselves.

The same template also gives Markdown (:func:`render_markdown`, for notebooks read as Markdown):
the template's own text is the Markdown, and each value is escaped the same way, its characters
written as references that a Markdown renderer shows as text, never as markup.

Tables go through :func:`table_html`, which renders a DataFrame with escaping on.
"""

from __future__ import annotations

import html
import math
import re
import string
from collections.abc import Mapping
from typing import Any

__all__ = ["Narrative", "Heading", "HTMLTable", "escape_value", "render_html", "render_markdown", "render_text",
           "table_html"]

#: Characters written as numeric references in values: HTML's five, plus Markdown / LaTeX markup.
_ACTIVE = "&<>\"'*_[]()`$#|~!{}\\:"
_ENTITY = {ord(ch): f"&#{ord(ch)};" for ch in _ACTIVE}
_ENTITY.update({ord("&"): "&amp;", ord("<"): "&lt;", ord(">"): "&gt;", ord('"'): "&quot;", ord("'"): "&#x27;"})
#: Control characters other than tab and newline are not text: they are dropped from values.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_FORMATTER = string.Formatter()
_SPACES = re.compile(r"\s+")


def escape_value(value: Any) -> str:
    """A value as inert HTML text: entities for HTML and markup characters, whitespace collapsed.

    >>> escape_value('<b onclick="x()">5*3</b>')
    '&lt;b onclick=&quot;x&#40;&#41;&quot;&gt;5&#42;3&lt;/b&gt;'
    """
    text = _CONTROL.sub("", _as_text(value))
    text = _SPACES.sub(" ", text)
    return text.translate(_ENTITY)


def _as_text(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value)


def _check_template(template: Any) -> str:
    if not isinstance(template, str):
        raise TypeError(f"a template must be a str, not {type(template).__name__}")
    return template


def _pieces(template: str, values: Mapping[str, Any]) -> list[tuple[bool, str]]:
    """The template as (is_value, text) pieces, each field formatted with its spec."""
    out: list[tuple[bool, str]] = []
    for literal, field, spec, conversion in _FORMATTER.parse(template):
        if literal:
            out.append((False, literal))
        if field is None:
            continue
        if not field.isidentifier():
            raise ValueError(f"template field {{{field}}} must be a plain name (no indexing or attributes)")
        if field not in values:
            raise KeyError(f"the template needs a value for {{{field}}}")
        value = values[field]
        if conversion == "r":
            value = repr(value)
        elif conversion == "s":
            value = str(value)
        elif conversion == "a":
            value = ascii(value)
        out.append((True, format(value, spec) if spec else _as_text(value)))
    return out


def _markup(literal: str, state: dict[str, bool]) -> str:
    """Escape template text and turn its ``**`` pairs and line breaks into HTML."""
    parts = literal.split("**")
    out = []
    for i, part in enumerate(parts):
        if i:
            out.append("</strong>" if state["bold"] else "<strong>")
            state["bold"] = not state["bold"]
        out.append(html.escape(part, quote=True).replace("\n", "<br>"))
    return "".join(out)


def render_html(template: str, /, **values: Any) -> str:
    """Fill ``template`` with ``values`` as an HTML fragment; only the template's markup becomes tags.

    Parameters
    ----------
    template : str
        The notebook's own text with ``{name}`` fields (``{name:.1f}`` formats a number first).
        ``**bold**``, line breaks and a leading ``- `` (a list item) are the only markup.
    **values
        The values of the fields, typically strings from a report: each is escaped.

    Returns
    -------
    str
        HTML without a wrapping element (see :class:`Narrative` for paragraphs).
    """
    item = _check_template(template).startswith("- ")
    body = template[2:] if item else template
    state = {"bold": False}
    out = []
    for is_value, text in _pieces(body, values):
        out.append(escape_value(text) if is_value else _markup(text, state))
    if state["bold"]:
        out.append("</strong>")
    return "".join(out)


def render_markdown(template: str, /, **values: Any) -> str:
    """Fill ``template`` with ``values`` as Markdown: the template's text is the markup, each value is inert.

    Values pass through :func:`escape_value` (HTML's special characters and Markdown's markup
    characters as character references), so a value renders as its own characters whatever it
    holds; a line break of the template becomes a Markdown hard break.

    >>> render_markdown("**{name}**：同比{change}", name="[x](http://e.com) *y*", change="−7.0%")
    '**&#91;x&#93;&#40;http&#58;//e.com&#41; &#42;y&#42;**：同比−7.0%'
    """
    _check_template(template)
    return "".join(escape_value(text) if is_value else text.replace("\n", "  \n")
                   for is_value, text in _pieces(template, values))


def render_text(template: str, /, **values: Any) -> str:
    """Fill ``template`` with ``values`` as plain text (for terminals): the markup is dropped."""
    item = _check_template(template).startswith("- ")
    body = template[2:] if item else template
    text = "".join(t if is_value else t.replace("**", "") for is_value, t in _pieces(body, values))
    return ("- " if item else "") + text


class Narrative:
    """One paragraph (or list item) of commentary for a notebook output.

    Displays as HTML in Jupyter and in the exported page, and as plain text elsewhere.
    Build it with :meth:`from_template`; the HTML is only ever made by :func:`render_html`.
    """

    __slots__ = ("_html", "_text", "_markdown", "item")

    def __init__(self, html_fragment: str, text: str, item: bool, markdown: str | None = None) -> None:
        self._html = html_fragment
        self._text = text
        self._markdown = markdown
        self.item = item

    @classmethod
    def from_template(cls, template: str, /, *, markdown: bool = False, **values: Any) -> Narrative:
        """The paragraph of ``template`` with ``values``; ``markdown=True`` also keeps its Markdown form.

        With the Markdown form the notebook output holds ``text/markdown`` beside ``text/html``
        (both escaped), for readers of the notebook as Markdown; pages show the HTML.
        """
        md = render_markdown(template, **values) if markdown else None
        return cls(render_html(template, **values), render_text(template, **values), template.startswith("- "), md)

    def _repr_html_(self) -> str:
        if self.item:
            return f'<ul class="dh-say"><li>{self._html}</li></ul>'
        return f'<p class="dh-say">{self._html}</p>'

    def _repr_markdown_(self) -> str | None:
        return self._markdown

    def __str__(self) -> str:
        return self._text

    def __repr__(self) -> str:
        return self._text


class Heading:
    """A heading of a notebook's output (``<h2>``…), made from a template like :class:`Narrative`."""

    __slots__ = ("_html", "_text", "level")

    def __init__(self, html_fragment: str, text: str, level: int) -> None:
        self._html = html_fragment
        self._text = text
        self.level = level

    @classmethod
    def from_template(cls, level: int, template: str, /, **values: Any) -> Heading:
        if level not in (1, 2, 3, 4):
            raise ValueError(f"a heading level is 1 to 4, not {level!r}")
        return cls(render_html(template, **values), render_text(template, **values), level)

    def _repr_html_(self) -> str:
        return f'<h{self.level} class="dh-h">{self._html}</h{self.level}>'

    def __repr__(self) -> str:
        return self._text


def table_html(data: Any, *, index: bool = True, classes: str = "dh-table", links: Any = None,
               link_header: str = "", link_text: str = "", link_title: str = "") -> str:
    """A DataFrame as an HTML table with every header and cell escaped.

    ``links`` (one href or None per row) adds a last column linking each row to where its
    figure was printed (the annotated report); the hrefs are escaped like any value.

    >>> import pandas as pd
    >>> "<script>" in table_html(pd.DataFrame({"<b>": ["<script>x</script>"]}))
    False
    """
    import pandas as pd

    if not isinstance(data, pd.DataFrame):
        raise TypeError(f"table_html needs a DataFrame, not {type(data).__name__}")
    frame = data.copy()
    frame.columns = [_as_text(c) for c in frame.columns]
    frame = frame.map(lambda v: _SPACES.sub(" ", _CONTROL.sub("", _as_text(v))))
    marker = "\x00dh-link-{}\x00"
    hrefs = list(links) if links is not None else []
    if hrefs:
        if len(hrefs) != len(frame):
            raise ValueError(f"{len(hrefs)} links for {len(frame)} rows")
        frame[_as_text(link_header)] = [marker.format(i) if h else "" for i, h in enumerate(hrefs)]
    out = frame.to_html(escape=True, index=index, border=0, classes=classes, na_rep="", notebook=False)
    for i, href in enumerate(hrefs):
        if href:
            out = out.replace(html.escape(marker.format(i)), f'<a class="dh-src" href="{html.escape(str(href))}" '
                              f'title="{html.escape(link_title)}">{html.escape(link_text)}</a>', 1)
    return out


class HTMLTable:
    """A reader table for notebook display: escaped HTML in Jupyter and pages, text elsewhere.

    ``links`` (one href or None per row) with ``link`` = (header, text, title) adds a column
    of links to the annotated report.
    """

    __slots__ = ("data", "links", "link")

    def __init__(self, data: Any, links: Any = None, link: tuple[str, str, str] = ("", "", "")) -> None:
        self.data = data
        self.links = links
        self.link = link

    def _repr_html_(self) -> str:
        header, text, title = self.link
        return table_html(self.data, links=self.links, link_header=header, link_text=text, link_title=title)

    def __repr__(self) -> str:
        return self.data.to_string()
