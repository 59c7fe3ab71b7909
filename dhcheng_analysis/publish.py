"""The one-command report: execute the analysis notebooks, write reader HTML pages, an index and the workbook.

Usage (writes files, so shown as a literal block)::

    import dhcheng_analysis as dh
    result = dh.build_report(None, "reports")
    result.failed                        # [] when every notebook ran
    [p.html.name for p in result.pages]  # ['01_overview.html', …, '04_target_completion.html']

For each notebook shipped in ``dhcheng_analysis.notebooks`` (the top-level ``notebooks/``
folder of the source) the build writes the executed notebook (``NN_name.ipynb``, with code)
and a self-contained page for readers (``NN_name.html``, made by nbconvert's ``HTMLExporter``
with the package's ``reader`` template: no code, prompts or parameter cells; charts as
embedded PNG with alternative text; the font subset of its own characters; no script, a
Content-Security-Policy that forbids any, and no link to any other site), then the
annotated report ``report.html`` (:mod:`dhcheng_analysis.annotate`), ``index.html`` and
``<report_id>.xlsx``.

The report is parsed once: the key tables are computed here, handed to the notebooks as
Parquet files (the ``tables_path`` parameter) and written to the workbook.  The notebooks run
in warm kernels (:mod:`dhcheng_analysis.execute`), ``jobs`` kernels at most; one that fails is
named with its cell in ``BuildResult.failed`` and the others are still written.  The new pages
replace the output folder as a whole (:mod:`dhcheng_analysis.generation`).

Heavy imports (nbclient, nbconvert, fontTools) happen inside the functions, so importing this
module stays cheap.
"""

from __future__ import annotations

import contextlib
import functools
import html
import os
import re
import sys
import threading
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .atomic import write_text
from .errors import ExportError, NotebookError, ReportError, ReportNotFoundError
from .execute import failure_line, kill_kernels, start_runner
from .generation import MANIFEST_META, Generation, check_target_folder, disk_error

if TYPE_CHECKING:
    from .apitypes import ReportLike
    from .htmlpage import Shell
    from .report import Report

__all__ = ["BuildResult", "Page", "build_report", "build_corpus_report", "notebook_paths",
           "export_html"]

LANGS = ("zh", "en")
_REMOVE_TAGS = {"parameters", "injected-parameters", "remove-cell"}
# ----------------------------------------------------------------------------- results
@dataclass
class Page:
    """One executed notebook and its reader page."""

    name: str
    title: str
    question: str
    notebook: Path | None = None
    html: Path | None = None
    charts: int = 0
    seconds: float = 0.0
    error: str | None = None
    #: The key tables the page reads (its notebook's metadata), and whether the report gives none of their rows.
    tables: tuple[str, ...] = ()
    empty: bool = False


@dataclass
class BuildResult:
    """What :func:`build_report` wrote. ``failed`` lists one line per failure (empty on success)."""

    out_dir: Path
    report_id: str
    title: str
    period: str
    pages: list[Page] = field(default_factory=list)
    index: Path | None = None
    workbook: Path | None = None
    report_page: Path | None = None
    failed: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def __bool__(self) -> bool:
        return not self.failed


# ----------------------------------------------------------------------------- helpers for notebooks
def _check_lang(lang: str) -> None:
    if lang not in LANGS:
        raise ReportError(f"unknown language {lang!r} — use 'zh' or 'en'")


def __getattr__(name: str) -> Any:
    """``reader_table`` and ``report_caption`` live in :mod:`dhcheng_analysis.display`, the page's
    ``CSP``, ``HTML_LANG``, ``REPORT_PAGE``, ``NavLink`` and ``Shell`` in :mod:`dhcheng_analysis.htmlpage` (imported on use)."""
    if name in ("reader_table", "report_caption"):
        from . import display

        return getattr(display, name)
    if name in ("CSP", "HTML_LANG", "REPORT_PAGE", "NavLink", "Shell"):
        from . import htmlpage

        return getattr(htmlpage, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _words(lang: str) -> dict[str, str]:
    """The words of the pages (``page_*`` in the label dictionary) in ``lang``."""
    from .vocab import labels

    return labels().words(lang, "page_")


# ----------------------------------------------------------------------------- notebooks
def notebook_paths(kind: str = "report") -> list[Path]:
    """The analysis notebooks shipped with the package, in their numbered order.

    ``kind`` picks the notebooks of one report (``"report"``) or of a corpus (``"corpus"``),
    as each notebook's ``dhcheng.input`` metadata says (a report when it says nothing).
    """
    import json

    folder = resources.files(f"{__package__}.notebooks")
    paths = []
    for p in sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith(".ipynb") and p.name[:1].isdigit()):
        meta = json.loads(p.read_text(encoding="utf-8")).get("metadata", {}).get("dhcheng", {})
        if meta.get("input", "report") == kind:
            paths.append(p)
    if not paths:
        raise NotebookError(f"no notebooks found in {folder} — reinstall dhcheng_analysis")
    return paths


def _notebook_meta(metadata: Mapping[str, Any], name: str, lang: str) -> tuple[str, str]:
    """A notebook's title and question in ``lang``, from its metadata (``name`` when it has no title)."""
    meta = metadata.get("dhcheng") or {}
    title = (meta.get("title") or {}).get(lang) or name
    question = (meta.get("question") or {}).get(lang) or ""
    return str(title), str(question)


def _count_charts(nb: Any, lang: str | None = None) -> int:
    """PNG charts of the cells a reader page shows."""
    n = 0
    for cell in nb.cells:
        tags = set(cell.get("metadata", {}).get("tags", []))
        if cell.get("cell_type") != "code" or tags & _REMOVE_TAGS or (
                lang is not None and tags & {f"lang-{o}" for o in LANGS if o != lang}):
            continue
        for out in cell.get("outputs", []):
            if "image/png" in out.get("data", {}):
                n += 1
    return n


#: Output kinds a reader page shows, in order of preference (scripts, widgets, SVG and LaTeX never).
DISPLAY_PRIORITY = ("text/html", "text/markdown", "image/png", "image/jpeg", "text/plain")


def reader_exporter(lang: str = "zh") -> Any:
    """The nbconvert ``HTMLExporter`` of the reader pages in ``lang``: made once, then reused.

    Its template (``templates/reader``, based on nbconvert's ``basic``) renders the cells only:
    no code, prompts or stylesheet; charts as figures with their alternative text; HTML outputs
    as made; Markdown outputs with their HTML escaped; stderr, errors, scripts and widgets not
    at all.  ``TagRemovePreprocessor`` drops the cells tagged ``parameters``,
    ``injected-parameters``, ``remove-cell`` and those of the other language (``lang-zh`` or
    ``lang-en``).  :func:`export_html` wraps the result in the page shell.
    """
    _check_lang(lang)
    return _exporter(lang)


@functools.cache
def _exporter_class() -> type:
    from nbconvert import HTMLExporter
    from nbconvert.exporters.templateexporter import TemplateExporter

    class ReaderExporter(HTMLExporter):
        """``HTMLExporter`` without its last pass over the page with BeautifulSoup.

        That pass gives images without alternative text a placeholder and makes JupyterLab's
        output areas focusable; the reader template writes every image's alternative text
        itself and has no JupyterLab output areas, so the page is rendered by the template alone.
        """

        def from_notebook_node(self, nb: Any, resources: Any = None, **kw: Any) -> tuple[str, dict]:
            return TemplateExporter.from_notebook_node(self, nb, resources, **kw)

        def _create_environment(self) -> Any:
            """Jinja's environment, keeping the compiled templates in the cache folder for the next build."""
            environment = super()._create_environment()
            with contextlib.suppress(OSError):
                from jinja2 import FileSystemBytecodeCache

                from .fonts import cache_dir

                folder = cache_dir() / "templates"
                folder.mkdir(parents=True, exist_ok=True)
                environment.bytecode_cache = FileSystemBytecodeCache(str(folder))
            return environment

    return ReaderExporter


@functools.cache
def _exporter(lang: str) -> Any:
    from traitlets.config import Config

    config = Config()
    config.TagRemovePreprocessor.enabled = True
    config.TagRemovePreprocessor.remove_cell_tags = sorted(_REMOVE_TAGS | {f"lang-{o}" for o in LANGS if o != lang})
    config.HTMLExporter.exclude_input = True
    config.HTMLExporter.exclude_input_prompt = True
    config.HTMLExporter.exclude_output_prompt = True
    config.HTMLExporter.exclude_anchor_links = True
    config.NbConvertBase.display_data_priority = list(DISPLAY_PRIORITY)
    config.Exporter.optimistic_validation = True  # the notebook is validated once, not after every preprocessor
    templates = Path(str(resources.files(__package__).joinpath("templates")))
    exporter = _exporter_class()(config=config, template_name="reader", extra_template_basedirs=[str(templates)])
    from nbconvert.filters.highlight import Highlight2HTML

    # named by the basic template's (unused) input block; HTMLExporter registers it per notebook
    exporter.register_filter("highlight_code", Highlight2HTML(pygments_lexer="python", parent=exporter))
    return exporter


def _warm_exporter(lang: str) -> None:
    """Load the exporter's templates (and what it parses pages with) before the first page is due."""
    from nbformat.v4 import new_code_cell, new_notebook

    reader_exporter(lang).from_notebook_node(new_notebook(cells=[new_code_cell(outputs=[])]))


def notebook_body(nb: Any, lang: str = "zh") -> tuple[str, int]:
    """The reader content of an executed notebook (HTML made by :func:`reader_exporter`) and its number of charts."""
    body, _ = reader_exporter(lang).from_notebook_node(nb)
    return body, _count_charts(nb, lang)


def export_html(nb: Any, lang: str = "zh", *, shell: Shell | None = None, font: Any = None,
                heading: tuple[str, str] | None = None) -> str:
    """Reader page of an executed notebook: no code, prompts or parameter cells, no script or remote link.

    Parameters
    ----------
    nb : NotebookNode
        The executed notebook.
    lang : {"zh", "en"}
        Language of the page.
    shell : Shell, optional
        Title, navigation and footer (:mod:`dhcheng_analysis.htmlpage`).
    font : WebFont, optional
        Embed a font face holding the glyphs of the page.
    heading : (title, question), optional
        The page's ``<h1>`` and the question it answers (default: the notebook's metadata).
    """
    from . import htmlpage

    _check_lang(lang)
    body, _ = notebook_body(nb, lang)
    title, question = heading or _notebook_meta(nb.metadata, str(nb.metadata.get("title", "")), lang)
    t = _words(lang)
    top = f"<h1>{html.escape(title)}</h1>\n"
    if question:
        top += f'<p class="dh-question"><strong>{t["question"]}</strong>{html.escape(question)}</p>\n'
    shell = shell or htmlpage.Shell(lang=lang, title=str(nb.metadata.get("title") or title))
    return htmlpage.page(shell, top + body, font=font)


def _build_failed(exc: BaseException, target: Path) -> None:
    """A build stopped: its kernels go; a full disk is said in one line (the previous output stays)."""
    kill_kernels()
    full = disk_error(exc)
    if full is not None:
        raise ExportError(f"no space left on the device while writing the report ({full.strerror or full}) — "
                          f"free some space and run again; {target} is unchanged") from exc


def _finished(result: BuildResult, target: Path, started: float, progress: bool, *, summary: bool) -> BuildResult:
    """Move the built folder into place, time the build and tell the failed pages on standard error."""
    _relocate(result, target)
    result.seconds = time.perf_counter() - started
    if progress and result.failed:
        for line in result.failed:
            print(f"dhcheng: {line}", file=sys.stderr)
        if summary:
            print(f"dhcheng: {len(result.failed)} failure(s); the other pages were written to {target}",
                  file=sys.stderr)
    return result


def build_report(
    report: ReportLike = None,
    out_dir: str | os.PathLike = "reports",
    *,
    lang: str = "zh",
    jobs: int = 2,
    progress: bool = True,
    notebooks: Iterable[str | os.PathLike] | None = None,
    timeout: int = 600,
    workbook: bool = True,
) -> BuildResult:
    """Execute the analysis notebooks for a report and write the reader pages, index and workbook.

    The new pages are built in a folder beside ``out_dir`` and replace it as a whole when the
    build has finished (see :mod:`dhcheng_analysis.generation`): an error, a full disk or a
    signal (Ctrl-C, SIGTERM) leaves the previous report as it was and no work folder behind.
    A notebook that fails does not stop the build: its failure is listed in the index and in
    ``BuildResult.failed``.

    Parameters
    ----------
    report : path, Report, str, bytes or None
        The report file (.txt or .html), a loaded :class:`Report`, or None for the bundled one.
    out_dir : path
        Output folder: created if missing; when it exists it must be empty or hold a report
        written by this package.
    lang : {"zh", "en"}
        Language of the charts, commentary and pages.
    jobs : int
        Kernels the notebooks share (each runs notebook after notebook); 1 is the fastest on a
        busy or 2-core machine, more helps with many notebooks and idle cores.
    progress : bool
        Show a progress bar (on stderr) naming the running notebooks, and print failures.
    notebooks : iterable of paths, optional
        Notebooks to run instead of the shipped ones.
    timeout : int
        Seconds a single cell may run.
    workbook : bool
        Also write ``<report_id>.xlsx``.

    Returns
    -------
    BuildResult
        Paths written and ``failed``: one line per failure, naming the notebook and its cell.

    Raises
    ------
    ReportError
        The report cannot be read (missing file, not text …), or a bad ``lang``/``jobs``.
    ExportError
        The output folder cannot be created, written or replaced, or the disk is full.
    BuildInterrupted
        A signal stopped the build (a ``KeyboardInterrupt``); nothing was changed.
    """
    started = time.perf_counter()
    _check_lang(lang)
    if not isinstance(jobs, int) or isinstance(jobs, bool) or jobs < 1:
        raise ReportError(f"jobs must be a whole number of 1 or more, not {jobs!r} — use --jobs 1 or higher")
    if not isinstance(report, str | os.PathLike | bytes | None) and not _is_report(report):
        raise ReportError(f"cannot build a report from {type(report).__name__} — give the path of a report file, "
                          "a Report from load_report(), or None for the bundled report")
    target = check_target_folder(out_dir)
    paths = [Path(p) for p in notebooks] if notebooks is not None else notebook_paths()
    for p in paths:
        if not p.is_file():
            raise NotebookError(f"notebook {p} does not exist — check the path")
    if len({p.stem for p in paths}) < len(paths):
        raise NotebookError("two notebooks have the same name — give each notebook its own file name")
    pages = [Page(name=p.stem, title=p.stem, question="") for p in paths]
    report_path = _report_file(report)
    running: list[str] = []
    lock = threading.Lock()
    bar: Any = _NoBar()

    def on_start(i: int) -> None:
        with lock:
            running.append(paths[i].stem)
            bar.set_postfix_str(_running(running, lang), refresh=True)

    try:
        with contextlib.ExitStack() as stack:
            gen = stack.enter_context(Generation(target))
            tables_dir = gen.work / "tables"
            tables_dir.mkdir()
            # the kernels start first: they import what the notebooks need while the report is read
            params = {"report_path": report_path, "lang": lang, "tables_path": str(tables_dir)}
            runner = start_runner(paths, params, cwd=gen.work, timeout=timeout, kernels=jobs, started=on_start,
                                  poll=gen.check)
            runner.wait_launched()
            _read_titles(paths, pages, lang)
            bar = _progress(len(paths), progress)
            stack.callback(bar.close)
            from .display import report_caption
            from .report import load_report

            rep = load_report(report)
            caption = report_caption(rep, lang)
            result = BuildResult(out_dir=target, report_id=rep.report_id, title=caption["title"],
                                 period=caption["period"])
            _build_into(gen, runner, rep, tables_dir, pages, result, caption, lang=lang, workbook=workbook,
                        bar=bar, done_running=lambda name: _done_running(running, name, lock, bar, lang))
            gen.commit()
    except BaseException as exc:
        _build_failed(exc, target)
        raise
    return _finished(result, target, started, progress, summary=True)


def build_corpus_report(
    source: Any = None,
    out_dir: str | os.PathLike = "reports",
    *,
    lang: str = "zh",
    jobs: int = 1,
    progress: bool = True,
    timeout: int = 900,
    workbook: bool = True,
) -> BuildResult:
    """Publish the across-reports notebook of a corpus: its page, ``index.html`` and the corpus workbook.

    The same machinery as :func:`build_report`: the notebooks marked ``"input": "corpus"``
    (``05_across_reports``) run in a warm kernel with ``corpus_source`` as their parameter,
    their pages embed their font, and the output folder is replaced as a whole.

    Parameters
    ----------
    source : folder, glob, list of paths, .jsonl file or None
        The corpus (None: the bundled State Council work reports), as ``dh.load_corpus`` takes it.
    out_dir, lang, progress, timeout
        As for :func:`build_report`.
    jobs : int
        Worker processes the notebook parses the corpus with.
    workbook : bool
        Also write ``corpus.xlsx``.
    """
    started = time.perf_counter()
    _check_lang(lang)
    if not isinstance(jobs, int) or isinstance(jobs, bool) or jobs < 1:
        raise ReportError(f"jobs must be a whole number of 1 or more, not {jobs!r} — use --jobs 1 or higher")
    target = check_target_folder(out_dir)
    paths = notebook_paths("corpus")
    pages = [Page(name=p.stem, title=p.stem, question="") for p in paths]
    _read_titles(paths, pages, lang)
    src = str(Path(source).resolve()) if isinstance(source, str | os.PathLike) and Path(source).exists() else source
    bar = _progress(len(paths), progress)
    try:
        with contextlib.ExitStack() as stack:
            stack.callback(bar.close)
            gen = stack.enter_context(Generation(target))
            params = {"corpus_source": src, "lang": lang, "jobs": jobs}
            runner = start_runner(paths, params, cwd=gen.work, timeout=timeout, kernels=1, poll=gen.check)
            from .corpus import load_corpus
            from .fonts import WebFont

            corpus = load_corpus(source)
            caption = _corpus_caption(corpus, lang)
            result = BuildResult(out_dir=target, report_id=caption["report_id"], title=caption["title"],
                                 period=caption["period"])
            runner.go()
            out = gen.path
            font = WebFont(_expected_characters(None, paths) + caption["title"] + caption["period"])
            stack.callback(font.close)
            if workbook:
                from .corpus_export import WORKBOOK, corpus_tables, write_workbook

                result.workbook = write_workbook(corpus, corpus_tables(corpus), out / WORKBOOK, lang)
            import nbformat

            for done in runner.results():
                page = pages[done.index]
                page.seconds = done.seconds
                if done.nb is not None:
                    page.notebook = write_text(out / f"{page.name}.ipynb", nbformat.writes(done.nb))
                if done.error:
                    page.error = done.error
                    result.failed.append(done.error)
                else:
                    _export_page(done.nb, pages, done.index, caption, lang, out, result, font, report_page=False)
                bar.update(1)
            result.pages = pages
            files = sorted({p.name for p in out.iterdir()} | {"index.html"})
            result.index = write_text(out / "index.html", _index_html(result, caption, lang, files, font))
            gen.commit()
    except BaseException as exc:
        _build_failed(exc, target)
        raise
    return _finished(result, target, started, progress, summary=False)


def _corpus_caption(corpus: Any, lang: str) -> dict[str, str]:
    """Title and period of a corpus for the pages: how many reports, which years (as the page's text counts them,
    :func:`~dhcheng_analysis.corpus.report_years`: delivered, else the year of the period covered; one year once)."""
    from .corpus import report_years
    from .display import year_span

    years = report_years(corpus.reports) if "year" in corpus.reports.columns else None
    span = "" if years is None else year_span(*years)
    n = len(corpus)
    if lang == "zh":
        title, period = f"{n} 份报告", (f"{span}年" if span else "")
    else:
        title, period = f"{n} reports", span
    return {"title": title, "title_en": "", "period": period, "district": "", "report_id": "corpus",
            "period_code": ""}


def _done_running(running: list[str], name: str, lock: threading.Lock, bar: Any, lang: str) -> None:
    with lock:
        if name in running:
            running.remove(name)
        bar.set_postfix_str(_running(running, lang), refresh=False)


def _build_into(gen: Generation, runner: Any, rep: Report, tables_dir: Path, pages: list[Page],
                result: BuildResult, caption: dict[str, str], *, lang: str, workbook: bool, bar: Any,
                done_running: Any) -> None:
    """Compute the tables once, let the (warming) kernels run the notebooks on them, write the new generation.

    The tables (``all_tables``) are saved as Parquet for the notebooks (``tables_path``).  While
    the kernels warm up and run, this process writes the workbook, loads the page exporter and
    the annotated report; the base font comes from the cache or is cut by a worker process
    meanwhile.  Each page is written as soon as its notebook has finished.
    """
    from .analysis import all_tables
    from .fonts import WebFont
    from .htmlpage import REPORT_PAGE
    from .notebook import save_tables

    out = gen.path
    font = WebFont(_expected_characters(rep, runner.paths))  # from the cache, or cut by a worker process
    try:
        tables = dict(all_tables(rep))
        save_tables(tables, tables_dir, rep)
        runner.go()
        if workbook:
            result.workbook = _write_workbook(rep, out, lang, result, tables)
        runner.check()
        import nbformat

        from .annotate import annotated_page

        figureless = tables["facts"].empty
        for page in pages:  # a page of tables the report gives no row of (completions of a report without any)
            page.empty = bool(page.tables) and all(k in tables and tables[k].empty for k in page.tables)
        if not figureless:
            _warm_exporter(lang)
        result.report_page = write_text(out / REPORT_PAGE, annotated_page(
            rep, tables["facts"], lang=lang, shell=_shell(pages, None, caption, lang, _words(lang)["report"]),
            font=font))
        exported: list[int] = []
        for done in runner.results():
            page = pages[done.index]
            page.seconds = done.seconds
            done_running(page.name)
            if done.nb is not None:
                page.notebook = write_text(out / f"{page.name}.ipynb", nbformat.writes(done.nb))
            if done.error:
                page.error = done.error
                result.failed.append(done.error)
            elif _export_page(done.nb, pages, done.index, caption, lang, out, result, font, figureless):
                exported.append(done.index)
            bar.update(1)
    finally:
        bar.close()
        font.close()
    for i in exported:  # a page exported before another failed links to it: export it again
        if result.failed and not pages[i].error:
            nb = nbformat.read(str(pages[i].notebook), as_version=4)
            _export_page(nb, pages, i, caption, lang, out, result, font, figureless)
    if result.failed and result.report_page is not None:
        result.report_page = write_text(out / REPORT_PAGE, annotated_page(
            rep, tables["facts"], lang=lang, shell=_shell(pages, None, caption, lang, _words(lang)["report"]),
            font=font))
    result.pages = pages
    files = sorted({p.name for p in out.iterdir()} | {"index.html"})
    result.index = write_text(out / "index.html", _index_html(result, caption, lang, files, font))


def _expected_characters(rep: Report | None, notebooks: Sequence[Path]) -> str:
    """Characters the pages are expected to show: the report's, the label dictionary's, the notebooks'."""
    from importlib import resources as res

    chars: set[str] = set()
    if rep is not None:
        chars.update(rep.text)
        chars.update("".join(str(v) for v in rep.metadata.values()))
    chars.update(res.files(f"{__package__}.vocab").joinpath("labels.toml").read_text(encoding="utf-8"))
    chars.update(res.files(f"{__package__}.vocab").joinpath("glossary.tsv").read_text(encoding="utf-8"))
    for path in notebooks:
        with contextlib.suppress(OSError):
            chars.update(Path(path).read_text(encoding="utf-8"))
    return "".join(sorted(chars))


def _export_page(nb: Any, pages: list[Page], i: int, caption: dict[str, str], lang: str, out: Path,
                 result: BuildResult, font: Any = None, figureless: bool = False, report_page: bool = True) -> bool:
    """Write the reader page of an executed notebook; a page that cannot be exported is a failure."""
    from . import htmlpage

    page = pages[i]
    try:
        page.charts = 0 if figureless else _count_charts(nb, lang)
        shell = _shell(pages, i, caption, lang, page.title, report_page)
        if figureless:
            body = (f"<h1>{html.escape(page.title)}</h1>\n"
                    f'<p class="dh-say">{html.escape(_words(lang)["no_figures"])}</p>')
            text = htmlpage.page(shell, body, font=font)
        else:
            text = export_html(nb, lang, shell=shell, font=font, heading=(page.title, page.question))
        page.html = write_text(out / f"{page.name}.html", text)
        return True
    except ExportError:
        raise
    except Exception as exc:  # noqa: BLE001
        page.error = failure_line(page.name, nb, exc)
        result.failed.append(page.error)
        return False


def _relocate(result: BuildResult, target: Path) -> None:
    """Point the result's paths at the output folder the new generation now occupies."""
    for page in result.pages:
        page.notebook = target / page.notebook.name if page.notebook else None
        page.html = target / page.html.name if page.html else None
    result.index = target / result.index.name if result.index else None
    result.workbook = target / result.workbook.name if result.workbook else None
    result.report_page = target / result.report_page.name if result.report_page else None


def _is_report(obj: Any) -> bool:
    """A loaded :class:`Report` (whose module is then loaded already: no import needed to tell)."""
    module = sys.modules.get(f"{__package__}.report")
    return module is not None and isinstance(obj, module.Report)


def _report_file(report: Any) -> str | None:
    """The file a report comes from, for the notebooks' record (None: the bundled one, or no file).

    Raises ReportNotFoundError now for a path that names no file, before any kernel starts.
    """
    if report is None or isinstance(report, bytes):
        return None
    if _is_report(report):
        path = Path(report.path) if report.path else None
        return str(path.resolve()) if path is not None and path.is_file() else None
    path = Path(report)
    if not path.is_file():
        what = "is a folder" if path.is_dir() else "does not exist"
        raise ReportNotFoundError(f"{path} {what} — give the path of a report file (.txt or .html), "
                                  "or no argument for the bundled report")
    return str(path.resolve())


def _read_titles(paths: list[Path], pages: list[Page], lang: str) -> None:
    """Each page's title and question from its notebook's metadata (read as JSON: nbformat loads later)."""
    import json

    for path, page in zip(paths, pages, strict=True):
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            meta = data.get("metadata", {}) if isinstance(data, dict) else None
            if not isinstance(meta, dict) or not isinstance(data.get("cells"), list):
                raise ValueError("not a notebook")
        except (OSError, ValueError) as exc:
            raise NotebookError(f"cannot read the notebook {path} ({exc}) — reinstall dhcheng_analysis") from exc
        page.title, page.question = _notebook_meta(meta, path.stem, lang)
        keys = (meta.get("dhcheng") or {}).get("tables") or ()
        page.tables = tuple(k for k in keys if isinstance(k, str))


def _running(names: list[str], lang: str) -> str:
    return ("running " + ", ".join(names)) if names else "done"


class _NoBar:
    def set_postfix_str(self, *_a: Any, **_k: Any) -> None: ...
    def update(self, *_a: Any) -> None: ...
    def close(self) -> None: ...


def _progress(total: int, enabled: bool) -> Any:
    if not enabled:
        return _NoBar()
    from tqdm.auto import tqdm

    return tqdm(total=total, desc="dhcheng report", unit="notebook", file=sys.stderr, leave=True,
                bar_format="{desc}: {n}/{total} notebooks |{bar:20}| {elapsed}{postfix}")


def _write_workbook(rep: Report, out: Path, lang: str, result: BuildResult,
                    tables: Mapping[str, Any]) -> Path | None:
    from .export import to_excel
    from .htmlpage import REPORT_PAGE

    path = out / f"{safe_file_stem(rep.report_id)}.xlsx"
    try:
        return Path(to_excel(rep, path, lang=lang, tables=tables, links=REPORT_PAGE))
    except ExportError:
        raise
    except Exception as exc:  # noqa: BLE001 - the pages are still written
        result.failed.append(f"{path.name}: {type(exc).__name__}: {str(exc).strip().splitlines()[0] if str(exc).strip() else ''}")
        return None


def _shell(pages: list[Page], here: int | None, caption: dict[str, str], lang: str, title: str,
           report_page: bool = True) -> Shell:
    """Title, navigation (index, every page, the annotated report) and footer of a page."""
    from .htmlpage import REPORT_PAGE, NavLink, Shell

    t = _words(lang)
    nav = [NavLink(t["index"], "index.html")]
    nav += [NavLink(p.title, f"{p.name}.html", i == here) for i, p in enumerate(pages) if not p.error]
    if report_page:
        nav.append(NavLink(t["report"], REPORT_PAGE, here is None))
    return Shell(lang=lang, title=f"{title} · {caption['title']}", nav=nav, nav_label=t["nav"],
                 report_title=f"{caption['title']} · {caption['period']}",
                 footer=f"{t['generated']} · {caption['report_id']}")


_INDEX_CSS = """
body { max-width: 880px; padding-top: 24px; }
h1 { margin: 8px 0 4px; }
p.dh-meta { color: #555; margin: 0 0 24px; }
ol.dh-pages { padding-left: 1.4em; }
ol.dh-pages li { margin: 0 0 14px; }
ol.dh-pages a.dh-page { font-size: 17px; text-decoration: none; }
ol.dh-pages a.dh-page:hover, ol.dh-pages a.dh-page:focus { text-decoration: underline; }
.dh-question { display: block; }
.dh-extra { color: #666; font-size: 13px; }
.dh-extra a { color: #666; }
.dh-failed { color: #a40000; }
"""


def safe_file_stem(name: str) -> str:
    """A file name stem made from an id that may come from a report (a sidecar's ``report_id``).

    >>> safe_file_stem("../../etc/passwd"), safe_file_stem("东城区_2020"), safe_file_stem("")
    ('etc_passwd', '东城区_2020', 'report')
    """
    stem = re.sub(r"[^\w\-]+", "_", str(name)).strip("_.-")[:100]
    return stem or "report"


def _index_html(result: BuildResult, caption: dict[str, str], lang: str, files: Sequence[str] = (),
                font: Any = None) -> str:
    from . import htmlpage
    from .htmlpage import REPORT_PAGE, Shell
    from .vocab import labels

    t = _words(lang)
    e = html.escape
    items = []
    for p in result.pages:
        if p.html is not None:
            shows = (t["none_of_its_kind"] if p.empty else t["charts"].format(n=p.charts) if p.charts
                     else t["no_charts"])  # (not "0 张图表")
            extra = (f'<span class="dh-extra">{e(shows)} · '
                     f'<a href="{e(p.notebook.name)}">{t["notebook"]}</a></span>' if p.notebook else "")
            items.append(f'<li><a class="dh-page" href="{e(p.html.name)}">{e(p.title)}</a>'
                         f'<span class="dh-question">{e(p.question)}</span>{extra}</li>')
    if result.report_page is not None:
        items.append(f'<li><a class="dh-page" href="{REPORT_PAGE}">{e(t["report"])}</a>'
                     f'<span class="dh-question">{e(t["report_about"])}</span></li>')
    failed = "".join(f"<li>{e(line)}</li>" for line in result.failed)
    downloads = []
    if result.workbook is not None:
        downloads.append(f'<li><a href="{e(result.workbook.name)}">{t["workbook"]}</a> '
                         f'<span class="dh-extra">{e(result.workbook.name)}</span></li>')
    subtitle = caption["title_en"] if lang == "en" and caption["title_en"] else ""
    colon = labels().word("colon", lang)  # (时期：2024年上半年 in a Chinese page, as its analysis pages write it)
    meta = f'{t["period"]}{colon}{e(caption["period"])}'
    if caption["district"]:
        meta += f' · {t["district"]}{colon}{e(caption["district"])}'
    body = f"""<header>
<h1>{e(caption['title'])}</h1>
{f'<p class="dh-meta">{e(subtitle)}</p>' if subtitle else ''}
<p class="dh-meta">{meta}</p>
</header>
<h2>{t['pages']}</h2>
<ol class="dh-pages">
{''.join(items)}
</ol>
{f'<h2>{t["downloads"]}</h2><ul>{"".join(downloads)}</ul>' if downloads else ''}
{f'<h2 class="dh-failed">{t["failed"]}</h2><ul class="dh-failed">{failed}</ul>' if failed else ''}"""
    shell = Shell(lang=lang, title=f"{caption['title']} · {caption['period']}",
                  footer=f"{t['generated']} · {caption['report_id']}", meta={MANIFEST_META: " ".join(files)})
    return htmlpage.page(shell, body, css=_INDEX_CSS, font=font)
