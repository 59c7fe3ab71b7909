"""A real browser opens the report: headless Chromium loads index.html and every page.

Chromium comes from Debian (``apt-get install chromium``; ``.ci/run`` installs it). The
browser sees one font, Noto Sans CJK SC from the mplfonts package, through a
``FONTCONFIG_FILE``: Chinese text then renders on any machine, whatever fonts it has.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import numpy as np
import pytest
from _built_reports import built, report
from matplotlib import image

from dhcheng_analysis import fonts, publish

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    pytest.fail("headless Chromium is needed: apt-get install chromium (.ci/run installs it)")


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    exe = _chromium()
    folder = tmp_path_factory.mktemp("browser")
    conf = fonts.write_fontconfig(folder / "fontconfig", system_fonts=False)
    env = {**os.environ, "FONTCONFIG_FILE": str(conf), "HOME": str(folder)}
    profile = folder / "profile"

    def run(*args: str, timeout: int = 90) -> subprocess.CompletedProcess:
        return subprocess.run([exe, *FLAGS, f"--user-data-dir={profile}", *args], env=env, capture_output=True,
                              text=True, timeout=timeout)

    run.env = env
    run.folder = folder
    return run


@pytest.fixture(scope="module")
def result():
    return built("bundled")


def _url(path: Path) -> str:
    return path.resolve().as_uri()


def test_the_browser_has_a_cjk_font(browser):
    fc_match = shutil.which("fc-match")
    if fc_match:     # fontconfig's tools come with chromium's dependencies on Debian
        out = subprocess.run([fc_match, ":lang=zh-cn", "file", "family"], env=browser.env, capture_output=True,
                             text=True, timeout=60)
        assert "NotoSansCJKsc-Regular.otf" in out.stdout and "Noto Sans CJK SC" in out.stdout
    conf = Path(browser.env["FONTCONFIG_FILE"]).read_text(encoding="utf-8")
    assert "<dir>" in conf
    assert (Path(browser.env["FONTCONFIG_FILE"]).parent / "fonts" / "NotoSansCJKsc-Regular.otf").exists()


def test_index_dom_has_title_and_links(browser, result):
    proc = browser("--dump-dom", _url(result.index))
    assert proc.returncode == 0, proc.stderr[-500:]
    dom = proc.stdout
    title = report("bundled").title
    assert re.search(rf"<h1[^>]*>{re.escape(title)}</h1>", dom)
    for page in result.pages:
        assert f'href="{page.name}.html"' in dom


def test_every_page_dom_has_headings_and_images(browser, result):
    for page in result.pages:
        proc = browser("--dump-dom", _url(page.html))
        assert proc.returncode == 0, proc.stderr[-500:]
        dom = proc.stdout
        assert re.search(r"<h1[^>]*>", dom) and re.search(r"<h2[^>]*>", dom), page.name
        images = re.findall(r'<img[^>]+src="data:image/png;base64,', dom)
        assert len(images) == page.charts >= 1, page.name
        assert report("bundled").title in dom


def _screenshot(browser, html: Path, png: Path) -> np.ndarray:
    proc = browser(f"--screenshot={png}", "--window-size=1200,1600", "--hide-scrollbars", _url(html))
    assert proc.returncode == 0 and png.is_file(), proc.stderr[-500:]
    return image.imread(str(png))


def test_screenshots_are_not_blank(browser, result):
    for html in [result.index, *(p.html for p in result.pages)]:
        pixels = _screenshot(browser, html, browser.folder / f"{html.stem}.png")
        gray = pixels[..., :3].mean(axis=2)
        assert pixels.shape[0] >= 1000 and pixels.shape[1] >= 1000
        assert (gray < 0.6).mean() > 0.003, f"{html.name}: the screenshot is almost blank"
        assert gray.std() > 0.05, f"{html.name}: the screenshot is flat"


def test_chart_pages_show_colour(browser, result):
    """The first page's screenshot shows the dashboard's coloured bars, not just text."""
    pixels = _screenshot(browser, result.pages[0].html, browser.folder / "colour.png")[..., :3]
    saturation = pixels.max(axis=2) - pixels.min(axis=2)
    assert (saturation > 0.3).mean() > 0.001


# ----------------------------------------------------------------------------- hostile report text
PAYLOAD_BUILDS = [("payload", "zh"), ("payload_page", "en")]


class _Dom(HTMLParser):
    """Elements, attributes and text of a page as a browser would see them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, {k: v or "" for k, v in attrs}))
        self._in_title = tag == "title"

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False

    def handle_data(self, data):
        self.text.append(data)
        if self._in_title:
            self.title += data


def assert_csp(tags: list[tuple[str, dict[str, str]]], where: str) -> None:
    """The page's first tags carry the Content-Security-Policy that forbids every script."""
    head = tags[: [t for t, _ in tags].index("body")] if "body" in [t for t, _ in tags] else tags
    policies = [a.get("content", "") for t, a in head if t == "meta" and a.get("http-equiv", "").lower()
                == "content-security-policy"]
    assert policies == [publish.CSP], f"{where}: {policies}"
    rules = dict(rule.strip().split(" ", 1) for rule in publish.CSP.split(";"))
    assert rules["default-src"] == "'none'" and "script-src" not in rules
    assert [t for t, _ in head].index("meta") < [t for t, _ in head].index("style")


def _dom(markup: str) -> _Dom:
    dom = _Dom()
    dom.feed(markup)
    return dom


def _assert_inert(dom: _Dom, where: str) -> None:
    scripts = [t for t, _ in dom.tags if t in ("script", "iframe", "object", "embed", "svg", "base", "form")]
    assert not scripts, f"{where}: {scripts}"
    handlers = [(t, k) for t, attrs in dom.tags for k in attrs if k.startswith("on")]
    assert not handlers, f"{where}: event handlers {handlers}"
    links = [a.get("href", "") for t, a in dom.tags if t == "a"]
    assert not [h for h in links if h.strip().lower().startswith(("javascript:", "data:", "http:", "https:", "//"))]
    images = [a.get("src", "") for t, a in dom.tags if t == "img"]
    assert all(src.startswith("data:image/png;base64,") for src in images), f"{where}: {images}"
    assert dom.title.strip() != "PWNED", f"{where}: a script set the title"


@pytest.fixture(scope="module", params=PAYLOAD_BUILDS, ids=lambda p: f"{p[0]}-{p[1]}")
def payload(request):
    which, lang = request.param
    result = built(which, lang)
    assert result.failed == [], result.failed
    return which, lang, result


def test_payload_pages_hold_no_markup_from_the_report(payload):
    which, lang, result = payload
    for html in [result.index, *(p.html for p in result.pages)]:
        dom = _dom(html.read_text(encoding="utf-8"))
        _assert_inert(dom, f"{which}/{html.name}")
        assert_csp(dom.tags, html.name)
        assert dom.tags[0] == ("html", {"lang": "zh-Hans" if lang == "zh" else "en"})


def test_no_payload_runs_in_the_browser_and_each_is_shown_as_text(browser, payload):
    which, lang, result = payload
    rep = report(which)
    shown = [rep.title]
    if which == "payload":
        shown += ["（一）<script>document.title='PWNED'</script>经济运行"]   # a section, in the tables
    for html in [result.index, *(p.html for p in result.pages)]:
        proc = browser("--dump-dom", _url(html))
        assert proc.returncode == 0, proc.stderr[-500:]
        dom = _dom(proc.stdout)
        _assert_inert(dom, f"{which}/{html.name} in the browser")
        text = "".join(dom.text)
        assert "PWNED" in text, f"{which}/{html.name}: the payload is not shown as text"
        assert rep.title in text or html == result.index and lang == "en", html.name
    pages_text = "".join("".join(_dom(browser("--dump-dom", _url(p.html)).stdout).text) for p in result.pages)
    for s in shown:
        assert s in pages_text, f"{which}: {s!r} is not shown as text"


def test_hostile_table_values_are_shown_as_text(browser, tmp_path_factory, bundled_report, bundled_tables):
    """Indicators, comparators, sections and items of the tables themselves carry payloads (every notebook)."""
    from dhcheng_analysis.execute import run_notebooks
    from dhcheng_analysis.notebook import save_tables

    folder = tmp_path_factory.mktemp("hostile")
    payload = "<img src=x onerror=\"document.title='PWNED'\">"
    tables = {}
    for key, frame in bundled_tables.items():
        frame = frame.copy()
        for col in ("indicator", "item", "comparator", "section", "rank_group", "period"):
            if col in frame.columns:
                frame[col] = [f"{payload}{v}" if isinstance(v, str) else v for v in frame[col]]
        tables[key] = frame
    save_tables(tables, folder, bundled_report)
    books = sorted(publish.notebook_paths())
    done = run_notebooks(books, {"report_path": None, "lang": "zh", "tables_path": str(folder)}, cwd=folder)
    for item in done:
        assert item.error is None, item.error
        page = folder / f"{item.path.stem}.html"
        page.write_text(publish.export_html(item.nb, "zh"), encoding="utf-8")
        _assert_inert(_dom(page.read_text(encoding="utf-8")), page.name)
        proc = browser("--dump-dom", _url(page))
        dom = _dom(proc.stdout)
        _assert_inert(dom, f"{page.name} in the browser")
        assert payload in "".join(dom.text), f"{page.name}: the payload is not shown as text"
