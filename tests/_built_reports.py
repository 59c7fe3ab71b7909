"""The HTML report built once per (report, language) for the whole test run.

test_notebooks, test_publish and test_browser all check the same builds: executing the
notebooks is the slow part, so each build happens once per process.
"""

from __future__ import annotations

import atexit
import html
import re
import shutil
import tempfile
from functools import cache, lru_cache
from pathlib import Path

import dhcheng_analysis as dh

ROOT = Path(__file__).resolve().parent.parent
VARIANT = ROOT / "tests" / "gold" / "variants.txt"
FIXTURES = ROOT / "tests" / "fixtures"
REAL = ROOT / "tests" / "gold" / "real" / "texts"
#: Hostile texts (a regression fixture, written for these tests): script, event handlers and
#: javascript: links in the first line, a section, indicators and comparators; a saved web page
#: with entity-encoded tags, and a sidecar .json whose title, district and period are payloads.
#: A Q1–Q3 report (a copy of a real district report, kept as a regression fixture for period wording) and a
#: text without any figure (written for these tests).
REPORTS = {"bundled": None, "variant": VARIANT, "payload": FIXTURES / "payload_report.txt",
           "payload_page": FIXTURES / "payload_page.html", "q1q3": FIXTURES / "chaoyang_2022_q3.txt",
           "figureless": FIXTURES / "figureless_report.txt"}

_TMP = Path(tempfile.mkdtemp(prefix="dhcheng-test-report-"))
atexit.register(shutil.rmtree, _TMP, ignore_errors=True)


@cache
def built(which: str, lang: str = "zh"):
    """Build the report ``which`` ("bundled" or "variant") into a temporary folder, once."""
    return dh.build_report(REPORTS[which], _TMP / f"{which}-{lang}", lang=lang, jobs=2, progress=False)


@cache
def real_pages(name: str | Path) -> dict[str, str]:
    """The page texts of a real excerpt (a name in tests/gold/real/texts, or a path), built once per process."""
    path = Path(name) if Path(name).suffix else REAL / f"{name}.txt"
    result = dh.build_report(path, Path(tempfile.mkdtemp(prefix=f"{path.stem}-", dir=_TMP)), lang="zh", jobs=2,
                             progress=False)
    assert result.failed == [], result.failed
    return page_texts(result)


def report(which: str):
    return dh.load_report(REPORTS[which])


def page_texts(result) -> dict[str, str]:
    """The text of each page of a build, by the number its file name opens with ("01" …): markup, styles and
    scripts taken out, entities read, blanks run together."""
    out = {}
    for q in result.pages:
        markup = re.sub(r"<style.*?</style>|<script.*?</script>", "", q.html.read_text(encoding="utf-8"), flags=re.S)
        out[q.html.stem[:2]] = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", markup)))
    return out


def workbook(path: str | Path):
    """The workbook written at ``path``, read once while the file stays as it is (tests read it and never change
    it): tests that read several rows or sheets of one written workbook share one reading."""
    stat = Path(path).stat()
    return _read_workbook(str(path), stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=8)
def _read_workbook(path: str, mtime_ns: int, size: int):
    import openpyxl

    return openpyxl.load_workbook(path)


def workbook_row(path: Path, sheet: str, label: str, where: dict[str, object] | None = None) -> dict:
    """The cells of the first row of a written workbook's ``sheet`` whose first cell is ``label`` (and whose cells under
    the headers ``where`` names hold its values), by column header."""
    ws = workbook(path)[sheet]
    head = [c.value for c in ws[1]]
    rows = (dict(zip(head, r, strict=True)) for r in ws.iter_rows(min_row=2) if r[0].value == label)
    return next(r for r in rows if all(r[k].value == v for k, v in (where or {}).items()))
