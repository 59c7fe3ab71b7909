"""A real browser opens the report: headless Chromium loads index.html and every page.

Chromium comes from Debian (``apt-get install chromium``; ``.ci/run`` installs it). Without
it the browser tests are skipped with a one-line reason, unless ``DHCHENG_REQUIRE_BROWSER=1``
(set by ``.ci/run`` once Chromium is installed): then a missing browser fails them.  The
browser sees one font, Noto Sans CJK SC from the mplfonts package, through a
``FONTCONFIG_FILE``, or no font at all (an empty configuration): the pages must render their
Chinese from the font face they embed.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from html.parser import HTMLParser
from pathlib import Path

import numpy as np
import pytest
from _built_reports import built, report
from _document_fixtures import chromium
from matplotlib import image

import dhcheng_analysis as dh
from dhcheng_analysis import fonts, publish

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]


#: Runs of a browser on a machine with no font before a crash of it is taken as the answer.
FONTLESS_CRASH_TRIES = 3


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    exe = chromium()
    folder = tmp_path_factory.mktemp("browser")
    conf = fonts.write_fontconfig(folder / "fontconfig", system_fonts=False)
    env = {**os.environ, "FONTCONFIG_FILE": str(conf), "HOME": str(folder)}
    profile = folder / "profile"

    def run(*args: str, timeout: int = 90, fontless: bool = False) -> subprocess.CompletedProcess:
        # with no font at all on the machine, Chromium now and then dies shaping a run it has no font for
        # yet (a signal, "please report at crbug.com/724880"): a browser's fault, not the page's; run it again
        for _ in range(FONTLESS_CRASH_TRIES if fontless else 1):
            proc = subprocess.run([exe, *FLAGS, f"--user-data-dir={profile}", *args],
                                  env=bare_env if fontless else env, capture_output=True, text=True, timeout=timeout)
            if proc.returncode >= 0:
                break
        return proc

    bare = folder / "nofonts"
    (bare / "cache").mkdir(parents=True)
    (bare / "fonts.conf").write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
        f"  <cachedir>{bare / 'cache'}</cachedir>\n</fontconfig>\n", encoding="utf-8")
    bare_env = {**os.environ, "FONTCONFIG_FILE": str(bare / "fonts.conf"), "HOME": str(folder)}
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


def _screenshot(browser, html: Path | str, png: Path, size: str = "1200,1600", fontless: bool = False) -> np.ndarray:
    url = html if isinstance(html, str) else _url(html)
    # virtual time runs only while the page is idle: the screenshot waits for the embedded font to load
    proc = browser(f"--screenshot={png}", f"--window-size={size}", "--hide-scrollbars", "--virtual-time-budget=15000",
                   url, fontless=fontless)
    assert proc.returncode == 0 and png.is_file(), proc.stderr[-500:]
    return image.imread(str(png))


def _ink(pixels: np.ndarray) -> float:
    """Share of dark pixels (text) in a screenshot."""
    return float((pixels[..., :3].mean(axis=2) < 0.5).mean())


FACE = re.compile(r"<style>@font-face[^<]*</style>\n")


def _screenshot_when_drawn(browser, html, png: Path, size: str, top: slice, tries: int = 10, **kw) -> np.ndarray:
    """A screenshot taken once the page's own font has been drawn.

    Headless Chromium takes its screenshot when the page has loaded, which can be before a
    font face has been decoded (then nothing is drawn yet, as a reader's browser does for a
    moment): take it again until text shows, a few times at most.
    """
    for i in range(tries):
        pixels = _screenshot(browser, html, png, size, **kw)
        if _ink(pixels[top]) > 0.01:
            break
        time.sleep(min(0.5 * 2 ** i, 8.0))  # a busy machine decodes the face late: give it real time
    return pixels


def test_every_page_embeds_its_font_face(result):
    for html in [result.index, result.report_page, *(p.html for p in result.pages)]:
        text = html.read_text(encoding="utf-8")
        faces = FACE.findall(text)
        assert len(faces) == 1 and "data:font/woff2;base64," in faces[0], html.name


def test_a_machine_without_cjk_fonts_shows_the_chinese_of_every_page(browser, result, tmp_path):
    """No font at all (an empty fontconfig): the embedded face draws the text as the system font would.

    (The annotated page is left out here: with no font at all on the machine, Chromium aborts on
    its form controls; it is shot with the CJK font below.)
    """
    for html in [result.index, *(p.html for p in result.pages)]:
        page = html.read_text(encoding="utf-8")
        bare = tmp_path / f"noface-{html.name}"
        bare.write_text(FACE.sub("", page, count=1), encoding="utf-8")
        top = slice(0, 90)  # the navigation and the title: text only (without any font, text takes no room)
        embedded = _screenshot_when_drawn(browser, html, tmp_path / f"{html.stem}-embedded.png", "1000,700", top,
                                          fontless=True)
        nothing = _screenshot(browser, bare, tmp_path / f"{html.stem}-noface.png", "1000,700", fontless=True)
        system = _screenshot_when_drawn(browser, bare, tmp_path / f"{html.stem}-system.png", "1000,700", top)
        assert _ink(embedded[top]) > 0.01, f"{html.name}: no text drawn without system fonts"
        assert _ink(nothing[top]) < _ink(embedded[top]) / 4, f"{html.name}: text drawn without any font?"
        # the embedded face draws what the installed Noto Sans CJK SC draws
        ratio = _ink(embedded[top]) / _ink(system[top])
        assert 0.7 < ratio < 1.4, f"{html.name}: glyphs differ from the system font ({ratio:.2f})"
        same = (np.abs(embedded[top, ..., :3] - system[top, ..., :3]).max(axis=2) < 0.1).mean()
        assert same > 0.93, f"{html.name}: only {same:.1%} of the pixels match the system font's rendering"


def test_the_annotated_page_shows_highlights_and_a_fact_on_focus(browser, result, tmp_path):
    facts = dh.extract_facts(report("bundled"))
    target = facts[(facts.indicator == "一般公共预算收入") & (facts.measure == "level")].iloc[0]
    page = result.report_page
    plain = _screenshot(browser, page, tmp_path / "annotated.png", "1200,1400")
    focused = _screenshot_when_drawn(browser, f"{_url(page)}#fact-{target.fact_id}", tmp_path / "annotated-focus.png",
                                     "1200,1400", slice(0, 1400))
    level = np.array([0x01, 0x73, 0xB2]) / 255  # the colour of levels: highlights' underline, the details' edge
    tint = 0.24 * level + 0.76  # a level's background
    near = lambda px, c: (np.abs(px[..., :3] - c).max(axis=2) < 0.04)  # noqa: E731
    assert near(plain, tint).sum() > 2000, "no highlighted level in the text"
    edge = near(focused, level)
    columns = edge.sum(axis=0)
    assert columns.max() > 60, "no details box (its coloured left edge) around the focused fact"
    assert _ink(focused) > 0.01


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
    pages_text = "".join("".join(_dom(browser("--dump-dom", _url(p)).stdout).text)
                         for p in [*(q.html for q in result.pages), result.report_page])
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


def test_the_annotated_page_runs_only_its_own_script(payload):
    """report.html carries one inline script, allowed by its hash; report text in it is inert text."""
    import base64
    import hashlib

    which, lang, result = payload
    markup = result.report_page.read_text(encoding="utf-8")
    scripts = re.findall(r"<script>(.*?)</script>", markup, re.S)
    assert len(scripts) == 1 and "PWNED" not in scripts[0]
    digest = base64.b64encode(hashlib.sha256(scripts[0].encode("utf-8")).digest()).decode("ascii")
    dom = _dom(markup.replace(f"<script>{scripts[0]}</script>", ""))
    _assert_inert(dom, f"{which}/report.html")
    policy = [a["content"] for t, a in dom.tags if t == "meta" and a.get("http-equiv", "").lower()
              == "content-security-policy"]
    assert policy == [publish.CSP.replace("default-src 'none';", f"default-src 'none'; script-src 'sha256-{digest}';")]
    assert "PWNED" in "".join(dom.text)
