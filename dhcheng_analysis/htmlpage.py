"""The shell of every reader page: head with its Content-Security-Policy, styles, the embedded font, navigation.

Every page of ``dhcheng report`` (the notebook pages, ``index.html``, the annotated report
``report.html``) is a single file that works offline: styles inline, charts as PNG data, and
the glyphs it shows as a WOFF2 font in a data URI (:class:`dhcheng_analysis.fonts.WebFont`),
so Chinese renders the same on a machine without any CJK font.  Everything that comes from a
report reaches a page escaped; this module only assembles escaped fragments.

The policy allows no script, except on a page that passes its own inline script: that one
script is allowed by its SHA-256 hash and nothing else (:func:`csp`).
"""

from __future__ import annotations

import base64
import hashlib
import html
from collections.abc import Sequence
from dataclasses import dataclass, field

from .fonts import WEB_FAMILY

__all__ = ["CSP", "HTML_LANG", "NavLink", "Shell", "csp", "page", "FONT_STACK", "BASE_CSS", "REPORT_PAGE"]

#: Content-Security-Policy of a page without script: no script, frame, form, plugin or remote
#: fetch; only the page's own styles, embedded (data:) images and fonts.
CSP = ("default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:; "
       "base-uri 'none'; form-action 'none'")
#: File name of the annotated report (:mod:`dhcheng_analysis.annotate`) beside the other pages.
REPORT_PAGE = "report.html"
#: ``<html lang>`` of the pages (BCP 47).
HTML_LANG = {"zh": "zh-Hans", "en": "en"}
#: Font stack of the pages: the embedded face first, then fonts a reader's system may have.
FONT_STACK = (f'"{WEB_FAMILY}", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", '
              '"WenQuanYi Micro Hei", system-ui, sans-serif')


def csp(script: str | None = None) -> str:
    """The policy of a page; with ``script``, that exact inline script (and no other) may run."""
    if not script:
        return CSP
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    return CSP.replace("default-src 'none';", f"default-src 'none'; script-src 'sha256-{digest}';", 1)


BASE_CSS = f"""
html {{ -webkit-text-size-adjust: 100%; }}
body {{ font-family: {FONT_STACK}; max-width: 1040px; margin: 0 auto; padding: 0 16px 48px; color: #1f1f1f;
       line-height: 1.65; font-size: 15px; background: #fff; }}
a {{ color: #0b62a4; }}
input, button, select, textarea {{ font: inherit; }}
nav.dh-nav {{ font-size: 14px; padding: 14px 0 10px; border-bottom: 1px solid #ddd; margin-bottom: 8px; }}
nav.dh-nav a {{ text-decoration: none; margin-right: 1.2em; }}
nav.dh-nav a:hover, nav.dh-nav a:focus {{ text-decoration: underline; }}
nav.dh-nav .dh-here {{ font-weight: 700; margin-right: 1.2em; }}
nav.dh-nav .dh-report {{ display: block; color: #555; font-size: 13px; margin-top: 4px; }}
h1 {{ font-size: 26px; font-weight: 700; margin: 18px 0 6px; line-height: 1.3; }}
h2 {{ font-size: 19px; font-weight: 700; border-bottom: 1px solid #ddd; padding-bottom: 4px; margin: 30px 0 10px; }}
h3 {{ font-size: 16px; font-weight: 700; margin: 20px 0 8px; }}
p {{ margin: 0.45em 0; }}
.dh-question {{ color: #333; }}
.dh-say {{ margin: 0.45em 0; }}
ul.dh-say {{ padding-left: 1.4em; margin: 0.2em 0; }}
figure.dh-chart {{ margin: 14px 0; }}
figure.dh-chart img {{ max-width: 100%; height: auto; display: block; }}
.dh-scroll {{ overflow-x: auto; margin: 8px 0 14px; }}
table.dh-table {{ border-collapse: collapse; font-size: 13px; }}
table.dh-table th, table.dh-table td {{ padding: 3px 8px; border-bottom: 1px solid #e3e3e3; text-align: left;
  vertical-align: top; }}
table.dh-table thead th {{ border-bottom: 1px solid #999; background: #f5f7fa; }}
table.dh-table a.dh-src {{ text-decoration: none; white-space: nowrap; }}
pre.dh-text {{ white-space: pre-wrap; font-size: 13px; background: #f7f7f7; padding: 6px 8px; }}
footer.dh-footer {{ color: #666; font-size: 12px; border-top: 1px solid #ddd; margin-top: 32px; padding-top: 8px; }}
:focus-visible {{ outline: 2px solid #0b62a4; outline-offset: 2px; }}
@media print {{ nav.dh-nav {{ display: none; }} }}
"""


@dataclass
class NavLink:
    """One entry of the navigation bar (``here``: the page itself, shown without a link)."""

    title: str
    href: str
    here: bool = False


@dataclass
class Shell:
    """What surrounds a page's content: language, title, navigation, footer."""

    lang: str
    title: str
    nav: Sequence[NavLink] = ()
    nav_label: str = ""
    report_title: str = ""
    footer: str = ""
    meta: dict[str, str] = field(default_factory=dict)


def _nav(shell: Shell) -> str:
    if not shell.nav and not shell.report_title:
        return ""
    e = html.escape
    links = []
    for link in shell.nav:
        if link.here:
            links.append(f'<span class="dh-here" aria-current="page">{e(link.title)}</span>')
        else:
            links.append(f'<a href="{e(link.href)}">{e(link.title)}</a>')
    report = f'<span class="dh-report">{e(shell.report_title)}</span>' if shell.report_title else ""
    return f'<nav class="dh-nav" aria-label="{e(shell.nav_label)}">{"".join(links)}{report}</nav>\n'


def page(shell: Shell, body: str, *, css: str = "", script: str | None = None, font=None) -> str:
    """A complete page: ``body`` (escaped HTML) inside the shell.

    Parameters
    ----------
    shell : Shell
    body : str
        The page's content as HTML whose report strings are already escaped.
    css : str
        Styles of the page besides :data:`BASE_CSS`.
    script : str, optional
        The page's one inline script, allowed by its hash (no other script can run).
    font : WebFont, optional
        Embeds a font face with the glyphs of the page; None: no font face.
    """
    e = html.escape
    metas = "".join(f'<meta name="{e(k)}" content="{e(v)}">\n' for k, v in shell.meta.items())
    head_open = f"""<!DOCTYPE html>
<html lang="{HTML_LANG[shell.lang]}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp(script)}">
<meta name="generator" content="dhcheng_analysis">
{metas}<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{e(shell.title)}</title>
"""
    rest = f"""<style>{BASE_CSS}{css}</style>
</head>
<body>
{_nav(shell)}<main>
{body}
</main>
{f'<footer class="dh-footer">{e(shell.footer)}</footer>' if shell.footer else ''}
{f'<script>{script}</script>' if script else ''}
</body>
</html>
"""
    if font is None:
        return head_open + rest
    face = font.face_css(head_open + rest)
    return f"{head_open}<style>{face}</style>\n{rest}"
