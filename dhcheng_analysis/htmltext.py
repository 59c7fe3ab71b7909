"""HTML page → report text, with the standard library's :mod:`html.parser`.

A report saved from a government web site is a page: the report paragraphs sit among
scripts, styles, menus, breadcrumbs, share buttons and footers.  :func:`html_to_text`
keeps the body text only, one block (paragraph, heading, list item, table row, ``<br>``
line) per line, with entities decoded and runs of white space collapsed.

>>> html_to_text("<html><head><script>x=1</script></head><body><nav>首页</nav>"
...              "<p>收入完成96.9&#20159;元</p><p>同比下降7%</p></body></html>")
'收入完成96.9亿元\\n同比下降7%'
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

#: Elements whose content is never report text.
SKIP_TAGS = frozenset({
    "head", "title", "script", "style", "noscript", "template", "iframe", "object", "embed",
    "svg", "math", "canvas", "select", "option", "button", "textarea", "input", "form", "map",
    "audio", "video", "picture",
})
#: Page furniture: dropped unless the page holds nothing else.
CHROME_TAGS = frozenset({"nav", "header", "footer", "aside", "menu"})
#: ARIA roles of page furniture.
CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "search", "complementary", "menu",
                          "menubar", "toolbar"})
#: Words in a class or id that mark page furniture (matched as whole words of the name).
CHROME_WORDS = frozenset({
    "nav", "navbar", "navigation", "menu", "menubar", "submenu", "breadcrumb", "breadcrumbs", "crumb",
    "crumbs", "footer", "foot", "header", "topbar", "sidebar", "share", "sharing", "social", "toolbar",
    "copyright", "pagination", "pager", "skip", "login", "search", "searchbox", "banner", "advert",
    "ads", "related", "comment", "comments", "position", "location", "weizhi", "dqwz", "bottom",
    "qrcode", "erweima", "fontsize",
})
#: Elements that end a line of text.
BLOCK_TAGS = frozenset({
    "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
    "table", "thead", "tbody", "tfoot", "caption", "section", "article", "main", "blockquote", "pre",
    "hr", "address", "figure", "figcaption", "center", "body", "html", "details", "summary",
    "fieldset", "legend",
})
CELL_TAGS = frozenset({"td", "th"})
#: A table whose cells are all this short (and hold no table or list) is a data table,
#: written as ``|cell|cell|`` lines that the facts extractor reads by column.
MAX_CELL_CHARS = 80
MAX_CELL_NODES = 2000
VOID_TAGS = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                       "param", "source", "track", "wbr"})
PRE_TAGS = frozenset({"pre", "textarea", "listing", "plaintext"})
#: Blocks that are link lists when nearly all their text is link text.
LIST_TAGS = frozenset({"ul", "ol", "dl", "div", "table", "p", "span", "section", "td"})

_HTML_START = re.compile(
    r"\A(?:\ufeff)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    r"<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta[\s>]|title[\s>])",
    re.IGNORECASE | re.DOTALL,
)
_HTML_ANY = re.compile(r"<(?:html|body|head)[\s>]|<!doctype\s+html", re.IGNORECASE)
_BLOCK_MARKUP = re.compile(r"<(?:p|div|br|table|li|h[1-6])[\s/>]", re.IGNORECASE)
_META_CHARSET = re.compile(
    rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)
#: A "<" whose tag never closes before the next "<" is text. Escaping it keeps the parser
#: linear: html.parser rescans an unterminated tag to the end of the input at every "<".
_UNCLOSED_LT = re.compile(r"<(?!!--)(?=[^<>]*(?:<|\Z))")
_WORD_SPLIT = re.compile(r"[\s_\-]+|(?<=[a-z])(?=[A-Z])")
_SOFT_SPACE = re.compile(r"[ \t\n\r\f\v\u00a0\u2028\u2029]+")
_SPACES = re.compile(r"[ \ue000]{2,}")
_SOFT = "\ue000"  # placeholder for a white space run that held a line break
_CJK = "\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
_SOFT_BREAK_BETWEEN_CJK = re.compile(rf"(?<=[{_CJK}]){_SOFT}(?=[{_CJK}])")


def looks_like_html(text: str) -> bool:
    """True when ``text`` is clearly an HTML document (a doctype or an html/head/body tag first,
    or an ``<html>``/``<body>`` tag near the top together with block markup).

    >>> looks_like_html("<!DOCTYPE html><html><body><p>x</p></body></html>")
    True
    >>> looks_like_html("收入增长5%,<p>不是网页")
    False
    """
    head = text[:4096]
    if _HTML_START.match(head):
        return True
    return bool(_HTML_ANY.search(head) and _BLOCK_MARKUP.search(text[:65536]))


def declared_charset(data: bytes) -> str | None:
    """Python codec name of the charset a page declares in a ``<meta>`` tag, if any and known.

    GB2312 and GBK map to GB18030 (their superset), Big5 to CP950.

    >>> declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=gb2312">')
    'gb18030'
    """
    m = _META_CHARSET.search(data[:8192])
    if not m:
        return None
    name = m.group(1).decode("ascii", "ignore").lower()
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    return {"gb2312": "gb18030", "gbk": "gb18030", "big5": "cp950"}.get(codec, codec)


@dataclass
class _Node:
    tag: str
    attrs: dict[str, str]
    children: list[_Node | str] = field(default_factory=list)


class _TreeBuilder(HTMLParser):
    """A forgiving tree builder: unknown end tags are ignored, open tags close with their parent."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("#root", {})
        self.stack: list[_Node] = [self.root]
        self.open_count: dict[str, int] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        tag = tag.lower()
        # implied ends: a new list item / row / cell / paragraph closes the open one
        if tag in ("li", "dt", "dd", "tr", "td", "th", "p", "option"):
            closes = {"li": ("li",), "dt": ("dt", "dd"), "dd": ("dt", "dd"), "tr": ("tr", "td", "th"),
                      "td": ("td", "th"), "th": ("td", "th"), "p": ("p",), "option": ("option",)}[tag]
            if self.stack[-1].tag in closes:
                self._pop()
            if tag == "tr" and self.stack[-1].tag == "tr":
                self._pop()
        node = _Node(tag, {k.lower(): (v or "") for k, v in attrs})
        self.stack[-1].children.append(node)
        if tag not in VOID_TAGS:
            self.stack.append(node)
            self.open_count[tag] = self.open_count.get(tag, 0) + 1

    def _pop(self) -> None:
        node = self.stack.pop()
        self.open_count[node.tag] -= 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        tag = tag.lower()
        self.stack[-1].children.append(_Node(tag, {k.lower(): (v or "") for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        tag = tag.lower()
        if tag == "br":  # "</br>" is read as a line break, as browsers do
            self.stack[-1].children.append(_Node("br", {}))
            return
        if not self.open_count.get(tag):
            return  # a stray end tag
        while self.stack[-1].tag != tag:
            self._pop()
        self._pop()

    def handle_data(self, data: str) -> None:
        if data:
            self.stack[-1].children.append(data)


def _chrome_kind(node: _Node) -> str:
    """"tag" for furniture elements, "named" for furniture by class, id, role or hiding, else ""."""
    if node.tag in CHROME_TAGS:
        return "tag"
    a = node.attrs
    if a.get("role", "").lower() in CHROME_ROLES:
        return "named"
    if "hidden" in a or a.get("aria-hidden", "").lower() == "true":
        return "tag"
    style = a.get("style", "").replace(" ", "").lower()
    if "display:none" in style or "visibility:hidden" in style:
        return "tag"
    names = f"{a.get('class', '')} {a.get('id', '')}"
    words = {w.lower() for w in _WORD_SPLIT.split(names) if w}
    return "named" if words & CHROME_WORDS else ""


def _link_stats(root: _Node) -> dict[int, tuple[int, int, int]]:
    """(visible characters, characters inside links, number of links) of every subtree, by id.

    One bottom-up pass, so the whole page costs linear time however deep it nests.
    """
    stats: dict[int, tuple[int, int, int]] = {}
    order: list[tuple[_Node, bool]] = []
    stack: list[tuple[_Node, bool]] = [(root, False)]
    while stack:
        node, in_link = stack.pop()
        order.append((node, in_link))
        if node.tag in SKIP_TAGS:
            continue
        here = in_link or (node.tag == "a" and "href" in node.attrs)
        for child in node.children:
            if isinstance(child, _Node):
                stack.append((child, here))
    for node, in_link in reversed(order):
        if node.tag in SKIP_TAGS:
            stats[id(node)] = (0, 0, 0)
            continue
        here = in_link or (node.tag == "a" and "href" in node.attrs)
        total = linked = 0
        links = int(node.tag == "a" and "href" in node.attrs)
        for child in node.children:
            if isinstance(child, str):
                n = len(child.strip())
                total += n
                linked += n if here else 0
            else:
                t, k, n_links = stats[id(child)]
                total += t
                linked += k
                links += n_links
        stats[id(node)] = (total, linked, links)
    return stats


class _Renderer:
    """Walk the tree and write lines: blocks end lines, cells are separated by a space."""

    def __init__(self, root: _Node, drop_chrome: bool) -> None:
        self.root = root
        self.drop_chrome = drop_chrome
        self.stats = _link_stats(root) if drop_chrome else {}
        self.lines: list[str] = []
        self.buf: list[str] = []

    def _dropped(self, node: _Node) -> bool:
        if node.tag in SKIP_TAGS:
            return True
        if not self.drop_chrome or node is self.root or node.tag in ("html", "body"):
            return False
        kind = _chrome_kind(node)
        total, linked, links = self.stats[id(node)]
        if kind == "tag":
            return True
        if kind == "named":
            # a container named "header" or "bottom" that holds the article itself is kept
            return total <= 300 or linked >= 0.5 * total
        return (node.tag in LIST_TAGS and links >= 3 and total > 0 and linked >= 0.8 * total
                and total <= 60 * links)

    def newline(self) -> None:
        line = _tidy("".join(self.buf))
        self.buf = []
        if line:
            self.lines.append(line)

    def _data_table(self, table: _Node) -> bool:
        """Write a data table (short cells, no nested tables) as ``|cell|cell|`` lines."""
        rows = _table_rows(table)
        if rows is None or len(rows) < 2 or max(len(r) for r in rows) < 2:
            return False
        texts: list[list[str]] = []
        for row in rows:
            cells: list[str] = []
            for cell in row:
                t = _cell_text(cell)
                if t is None:
                    return False
                cells.append(t.replace("|", "\u00a6"))
                span = cell.attrs.get("colspan", "1").strip()
                cells += [""] * (min(int(span), 50) - 1 if span.isdigit() and span != "0" else 0)
            texts.append(cells)
        self.newline()
        for cells in texts:
            if any(cells):
                self.lines.append("|" + "|".join(cells) + "|")
        return True

    def render(self) -> str:
        # iterative walk: pages nest deeply enough to exhaust recursion
        stack: list[tuple[bool, _Node | str, bool]] = [(False, self.root, False)]
        while stack:
            closing, item, pre = stack.pop()
            if isinstance(item, str):
                if pre:
                    parts = item.replace("\r\n", "\n").replace("\r", "\n").split("\n")
                    for i, part in enumerate(parts):
                        if i:
                            self.newline()
                        self.buf.append(part.replace("\t", " "))
                else:
                    self.buf.append(_SOFT_SPACE.sub(_soft, item))
                continue
            node = item
            if closing:
                if node.tag in BLOCK_TAGS:
                    self.newline()
                elif node.tag in CELL_TAGS:
                    self.buf.append(" ")
                continue
            if self._dropped(node):
                if node.tag in BLOCK_TAGS or node.tag in CHROME_TAGS:
                    self.newline()
                continue
            if node.tag == "table" and not pre and self._data_table(node):
                continue
            if node.tag in BLOCK_TAGS:
                self.newline()
            stack.append((True, node, pre))
            inner_pre = pre or node.tag in PRE_TAGS
            for child in reversed(node.children):
                stack.append((False, child, inner_pre))
        self.newline()
        return "\n".join(self.lines)


def _tidy(line: str) -> str:
    """Collapse white space runs; drop soft breaks between CJK characters; strip the ends."""
    line = _SPACES.sub(lambda m: _SOFT if _SOFT in m.group(0) else " ", line)
    return _SOFT_BREAK_BETWEEN_CJK.sub("", line).replace(_SOFT, " ").strip(" ")


def _table_rows(table: _Node) -> list[list[_Node]] | None:
    """Cells of each row of a table (rows directly inside it or its thead/tbody/tfoot), or None
    when text sits outside the cells."""
    trs: list[_Node] = []
    for child in table.children:
        if isinstance(child, str):
            if child.strip():
                return None
        elif child.tag == "tr":
            trs.append(child)
        elif child.tag in ("thead", "tbody", "tfoot"):
            for g in child.children:
                if isinstance(g, _Node) and g.tag == "tr":
                    trs.append(g)
                elif isinstance(g, str) and g.strip():
                    return None
        elif child.tag not in ("caption", "colgroup", "col") and child.tag not in SKIP_TAGS:
            return None
    rows: list[list[_Node]] = []
    for tr in trs:
        cells = []
        for c in tr.children:
            if isinstance(c, _Node) and c.tag in CELL_TAGS:
                cells.append(c)
            elif (isinstance(c, str) and c.strip()) or (isinstance(c, _Node) and c.tag not in SKIP_TAGS):
                return None
        rows.append(cells)
    return rows


def _cell_text(cell: _Node) -> str | None:
    """One-line text of a table cell, or None when it is long or holds a table or a list."""
    parts: list[str] = []
    size = nodes = 0
    stack: list[_Node | str] = list(reversed(cell.children))
    while stack:
        item = stack.pop()
        nodes += 1
        if nodes > MAX_CELL_NODES:
            return None
        if isinstance(item, str):
            parts.append(_SOFT_SPACE.sub(_soft, item))
            size += len(item.strip())
            if size > MAX_CELL_CHARS:
                return None
            continue
        if item.tag in ("table", "ul", "ol", "dl", "pre"):
            return None
        if item.tag in SKIP_TAGS:
            continue
        if item.tag in BLOCK_TAGS:
            parts.append(_SOFT)
        stack.extend(reversed(item.children))
    return _tidy("".join(parts))


def _soft(m: re.Match[str]) -> str:
    """A white space run that holds a line break is a soft break: gone between CJK characters."""
    run = m.group(0)
    return _SOFT if ("\n" in run or "\r" in run) else " "


def _defuse(html: str) -> str:
    """Cut a comment that never closes (it runs to the end, as in browsers) and escape the "<"
    of tags that never close (browsers show it as text). html.parser would rescan to the end
    of the input at each of them: quadratic time on crafted pages."""
    last = html.rfind("-->")
    cut = last + 3 if last >= 0 else 0
    unclosed = html.find("<!--", cut)
    if unclosed >= 0:
        html = html[:unclosed]
    return _UNCLOSED_LT.sub("&lt;", html)


def html_to_text(html: str) -> str:
    """Report text of an HTML page.

    Scripts, styles, forms and the page furniture (``<nav>``, ``<header>``, ``<footer>``,
    ``<aside>``, elements whose class or id names a menu, breadcrumb, share bar, footer …,
    and blocks made only of short links) are dropped; entities are decoded; every paragraph,
    heading, list item, table row and ``<br>`` line ends a line.  If dropping the furniture
    leaves nothing, the whole body is kept.

    Parameters
    ----------
    html : str
        The page source.

    Returns
    -------
    str
        One block per line, white space runs collapsed, no blank lines.

    Examples
    --------
    >>> html_to_text("<div class='nav'><a href='/'>首页</a></div><p>一、总体情况<br>增长&nbsp;5%</p>")
    '一、总体情况\\n增长 5%'
    """
    builder = _TreeBuilder()
    builder.feed(_defuse(html))
    builder.close()
    text = _Renderer(builder.root, drop_chrome=True).render()
    if not text.strip():
        text = _Renderer(builder.root, drop_chrome=False).render()
    return text
