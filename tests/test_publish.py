"""The one-command HTML report: reader pages, index, workbook, failures, bad input."""

from __future__ import annotations

import errno
import io
import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import nbformat
import numpy as np
import pandas as pd
import pytest
from _built_reports import built, report
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

import dhcheng_analysis as dh
from dhcheng_analysis import publish
from dhcheng_analysis.errors import ExportError, NotebookError, ReportError, ReportNotFoundError
from dhcheng_analysis.publish import reader_table, report_caption

PNG = re.compile(r'<img[^>]+src="data:image/png;base64,')


@pytest.fixture(scope="module", params=["bundled", "variant"])
def build(request):
    return request.param, built(request.param)


# ----------------------------------------------------------------------------- pages
def test_outputs_are_written(build):
    which, result = build
    out = result.out_dir
    for page in result.pages:
        assert (out / f"{page.name}.ipynb").is_file()
        assert (out / f"{page.name}.html").is_file()
    assert (out / "index.html").is_file()
    assert not [p for p in out.iterdir() if p.name.startswith(".")], "temporary files left behind"


def test_pages_are_self_contained(build):
    which, result = build
    for page in result.pages:
        text = page.html.read_text(encoding="utf-8")
        assert not re.search(r'(?:src|href)\s*=\s*["\']?\s*(?:https?:)?//', text, re.I), f"{page.name}: remote link"
        assert "<script" not in text.lower(), f"{page.name}: the reader page carries a script"
        assert "<link" not in text.lower()
        assert not re.search(r"@import\s+url\(\s*['\"]?https?:", text)


def test_one_embedded_png_per_chart(build):
    which, result = build
    for page in result.pages:
        nb = nbformat.read(str(page.notebook), as_version=4)
        charts = sum("image/png" in o.get("data", {}) for c in nb.cells if c.cell_type == "code" for o in c.outputs)
        text = page.html.read_text(encoding="utf-8")
        assert charts >= 1
        assert len(PNG.findall(text)) == charts == page.charts, page.name


def test_pages_carry_the_chinese_title_and_no_code(build):
    which, result = build
    title = report(which).title
    assert re.search(r"[\u4e00-\u9fff]", title)
    for page in result.pages:
        text = page.html.read_text(encoding="utf-8")
        assert title in text, page.name
        assert "<title>" in text and "<h1" in text
        for code in ("dh.load_report", "import warnings", "report_path =", "filterwarnings"):
            assert code not in text, f"{page.name}: code shown to readers: {code}"
        assert 'class="jp-InputPrompt' not in text and "In&nbsp;[" not in text
        assert "jp-InputArea-editor\"" not in text and "jp-CodeMirrorEditor\"" not in text


def test_index_links_pages_with_title_and_period(build):
    which, result = build
    caption = report_caption(report(which), "zh")
    text = result.index.read_text(encoding="utf-8")
    assert caption["title"] in text and caption["period"] in text
    for page in result.pages:
        assert f'href="{page.name}.html"' in text
        assert page.title in text
    if result.workbook is not None:
        assert f'href="{result.workbook.name}"' in text
    assert not re.search(r'(?:src|href)="(?:https?:)?//', text)


def test_the_workbook_is_written_beside_the_pages(build):
    which, result = build
    import openpyxl

    from dhcheng_analysis import export

    assert result.workbook == result.out_dir / f"{report(which).report_id}.xlsx"
    wb = openpyxl.load_workbook(result.workbook, read_only=True)
    assert wb.sheetnames == list(export.sheet_names("zh").values())


# ----------------------------------------------------------------------------- failures
def _tiny(path, cells):
    nb = new_notebook(cells=cells)
    nb.metadata = {"kernelspec": {"name": "python3", "language": "python", "display_name": "Python 3"},
                   "dhcheng": {"title": {"zh": path.stem, "en": path.stem}, "question": {"zh": "", "en": ""}}}
    nbformat.write(nb, str(path))
    return path


@pytest.mark.slow
def test_a_failing_notebook_is_named_with_its_cell_and_the_others_still_build(tmp_path, capsys):
    params = new_code_cell('report_path = None\nlang = "zh"', metadata={"tags": ["parameters"]})
    good = _tiny(tmp_path / "01_good.ipynb", [new_markdown_cell("# good"), params, new_code_cell("x = 1\nx")])
    bad = _tiny(tmp_path / "02_bad.ipynb", [new_markdown_cell("# bad"), params,
                                            new_code_cell("y = 2"), new_code_cell("raise KeyError('boom')")])
    result = publish.build_report(None, tmp_path / "out", notebooks=[good, bad], workbook=False)
    assert result.failed and not bool(result)
    assert len(result.failed) == 1
    line = result.failed[0]
    assert "02_bad" in line and "KeyError" in line and "boom" in line
    assert re.search(r"cell \[\d+\]", line)
    assert (tmp_path / "out" / "01_good.html").is_file()
    assert (tmp_path / "out" / "02_bad.ipynb").is_file()      # the executed notebook shows the error
    assert not (tmp_path / "out" / "02_bad.html").exists()
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert "01_good.html" in index and "02_bad" in index and "boom" in index
    assert "02_bad" in capsys.readouterr().err


def test_missing_report_is_a_clear_error(tmp_path):
    with pytest.raises(ReportNotFoundError, match="does not exist"):
        dh.build_report(tmp_path / "nope.txt", tmp_path / "out")
    with pytest.raises(ReportNotFoundError, match="folder"):
        dh.build_report(tmp_path, tmp_path / "out")


def test_bad_arguments_are_clear_errors(tmp_path):
    with pytest.raises(ReportError, match="language"):
        dh.build_report(None, tmp_path / "out", lang="fr")
    with pytest.raises(ReportError, match="jobs"):
        dh.build_report(None, tmp_path / "out", jobs=0)
    (tmp_path / "file").write_text("x")
    with pytest.raises(ExportError, match="is a file"):
        dh.build_report(None, tmp_path / "file")


@pytest.mark.slow
def test_cli_reports_a_missing_file(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "dhcheng_analysis.cli", "report", str(tmp_path / "x.txt"),
                           "-o", str(tmp_path / "out")], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1
    assert proc.stderr.strip().count("\n") == 0 and "no such file" in proc.stderr


# ----------------------------------------------------------------------------- helpers
def test_report_caption():
    rep = report("bundled")
    zh, en = report_caption(rep, "zh"), report_caption(rep, "en")
    assert zh["title"] == rep.title and zh["period"] == rep.metadata["period_label"]
    assert en["period"] == f"H1 {rep.metadata['year']}"
    variant = report("variant")
    assert report_caption(variant, "zh")["period"] == f"{variant.metadata['year']}年上半年"


def test_reader_table_formats_for_people():
    df = pd.DataFrame({
        "indicator": ["一般公共预算收入", "某项专门工作"], "indicator_en": ["General public budget revenue", ""],
        "level": [9.69e9, 30000.0], "unit": ["元", "座"], "level_qualifier": ["exact", "over"],
        "yoy_pct": [-7.0, np.nan], "completion_pct": [48.2, np.nan], "on_track": [False, True],
        "implied_prior_level": [9.69e9 / 0.93, np.nan],
    })
    zh = reader_table(df, ["indicator", "level", "yoy_pct", "completion_pct", "on_track", "implied_prior_level",
                           "not_a_column"], "zh")
    assert list(zh.index) == [1, 2]
    assert len(zh.columns) == 6
    row = zh.iloc[0].tolist()
    assert row[:4] == ["一般公共预算收入", "96.9亿元", "−7%", "48.2%"]
    assert row[5] == "104.2亿元"
    assert zh.iloc[1].tolist()[1] == "超3万座"
    assert zh.iloc[1].tolist()[2] == ""                    # missing stays blank
    assert any("推算" in c for c in zh.columns)            # derived column marked
    en = reader_table(df, ["indicator", "level", "on_track"], "en")
    assert en.iloc[0].tolist() == ["General public budget revenue", "9.69 bn yuan", "no"]
    assert en.iloc[1, 0] == "某项专门工作"                      # no English name: the Chinese phrase


def test_importing_publish_is_light():
    code = ("import sys, dhcheng_analysis.publish\n"
            "heavy = [m for m in ('matplotlib', 'nbconvert', 'papermill', 'nbclient') if m in sys.modules]\n"
            "print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_report_of_the_wrong_type_is_one_line(tmp_path):
    for bad in (123, 4.5, ["x.txt"], object()):
        with pytest.raises(ReportError) as info:
            dh.build_report(bad, tmp_path / "out")
        assert "\n" not in str(info.value) and "path" in str(info.value)
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())


# ----------------------------------------------------------------------------- the output folder
PARAMS = 'report_path = None\nlang = "zh"'


def _tiny_set(folder, names, body="x = 1\nx"):
    folder.mkdir(parents=True, exist_ok=True)
    return [_tiny(folder / f"{n}.ipynb", [new_markdown_cell(f"# {n}"),
                                          new_code_cell(PARAMS, metadata={"tags": ["parameters"]}),
                                          new_code_cell(body)]) for n in names]


def _snapshot(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _siblings(folder):
    return sorted(p.name for p in folder.parent.iterdir() if p.name.startswith(".dhcheng-")) + sorted(
        p.name for p in folder.iterdir() if p.name.startswith("."))


@pytest.fixture(scope="module")
def previous(tmp_path_factory):
    """A small report already in place, built from two tiny notebooks."""
    root = tmp_path_factory.mktemp("generations")
    books = _tiny_set(root / "books", ["01_first", "02_second"])
    out = root / "site" / "out"
    result = publish.build_report(None, out, notebooks=books, workbook=False, jobs=1, progress=False)
    assert result.failed == [] and out.is_dir()
    return root, out


def test_a_new_run_replaces_the_whole_generation(previous, tmp_path):
    root, _ = previous
    out = tmp_path / "out"
    publish.build_report(None, out, notebooks=_tiny_set(root / "books_a", ["01_a", "02_b"]), workbook=False,
                         jobs=1, progress=False)
    first = set(_snapshot(out))
    assert {"01_a.html", "02_b.html", "index.html"} <= first
    result = publish.build_report(None, out, notebooks=_tiny_set(root / "books_b", ["01_c"]), workbook=False,
                                  jobs=1, progress=False)
    assert set(_snapshot(out)) == {"01_c.html", "01_c.ipynb", "index.html", "report.html"}  # nothing of the first run
    assert result.index == out.resolve() / "index.html" and result.pages[0].html.is_file()
    assert _siblings(out) == []
    assert oct(out.stat().st_mode & 0o777) == oct(0o777 & ~__import__("dhcheng_analysis.atomic").atomic.current_umask())


def test_the_swap_works_without_an_atomic_exchange(previous, tmp_path, monkeypatch):
    from dhcheng_analysis import generation

    root, _ = previous
    out = tmp_path / "out"
    publish.build_report(None, out, notebooks=_tiny_set(root / "books_a", ["01_a"]), workbook=False,
                         jobs=1, progress=False)
    monkeypatch.setattr(generation, "_exchange", lambda a, b: False)
    publish.build_report(None, out, notebooks=_tiny_set(root / "books_b", ["01_c"]), workbook=False,
                         jobs=1, progress=False)
    assert set(_snapshot(out)) == {"01_c.html", "01_c.ipynb", "index.html", "report.html"}
    assert _siblings(out) == []


def test_a_full_disk_is_one_line_and_keeps_the_previous_report(previous, monkeypatch):
    root, out = previous
    before = _snapshot(out)
    real = Path.write_text

    def full(self, *args, **kwargs):
        if ".dhcheng-new-" in str(self):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Path, "write_text", full)
    with pytest.raises(ExportError) as info:
        publish.build_report(None, out, notebooks=_tiny_set(root / "books_c", ["01_new"]), workbook=False,
                             jobs=1, progress=False)
    message = str(info.value)
    assert "\n" not in message and "no space left" in message and "unchanged" in message
    assert _snapshot(out) == before
    assert _siblings(out) == []


def test_a_report_folder_of_an_older_version_is_replaced_but_not_one_with_other_files(tmp_path):
    from dhcheng_analysis.generation import check_target_folder

    old = tmp_path / "reports"
    old.mkdir()
    for name in ("01_overview.html", "01_overview.ipynb", "dongcheng_2020_h1.xlsx"):
        (old / name).write_text("old")
    (old / "index.html").write_text("<footer>由 dhcheng_analysis 生成</footer>")  # an older version's index
    (old / ".dhcheng-abc123").mkdir()               # a work folder an older version left behind
    assert check_target_folder(old) == old.resolve()
    (old / "my notes.txt").write_text("mine")
    with pytest.raises(ExportError, match="my notes.txt"):
        check_target_folder(old)


def test_a_folder_of_workbooks_notebooks_or_pages_of_ones_own_is_not_taken_for_an_older_report(tmp_path):
    """A workbook alone, or a page and notebook whose names an older report also used, are someone's own
    files unless the folder's index.html is one this package wrote: the folder is not swapped away."""
    from dhcheng_analysis.generation import check_target_folder

    alone = tmp_path / "budgets"
    alone.mkdir()
    (alone / "budget 2024.xlsx").write_text("mine")
    with pytest.raises(ExportError, match="budget 2024.xlsx"):
        check_target_folder(alone)
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("<html>my own page</html>")
    (site / "01_notes.ipynb").write_text("{}")
    with pytest.raises(ExportError, match="choose an empty or new folder"):
        check_target_folder(site)
    assert (alone / "budget 2024.xlsx").read_text() == "mine" and (site / "01_notes.ipynb").exists()


def test_foreign_current_and_file_folders_are_refused(tmp_path, monkeypatch):
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("my own file")
    with pytest.raises(ExportError, match="notes.txt"):
        publish.build_report(None, tmp_path / "mine")
    assert (tmp_path / "mine" / "notes.txt").read_text() == "my own file"
    monkeypatch.chdir(tmp_path)
    for bad in ("", ".", str(tmp_path)):
        with pytest.raises(ExportError, match="current"):
            publish.build_report(None, bad)
    (tmp_path / "f").write_text("x")
    with pytest.raises(ExportError, match="is a file"):
        publish.build_report(None, tmp_path / "f")


@pytest.mark.slow
def test_stale_work_folders_of_dead_runs_are_removed(previous, tmp_path):
    root, _ = previous
    out = tmp_path / "out"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True).stdout.strip()
    stale = [tmp_path / f".dhcheng-{kind}-{dead}-out-abcd1234" for kind in ("new", "work", "old")]
    other = tmp_path / f".dhcheng-new-{dead}-other-abcd1234"         # another output folder's: kept
    for folder in [*stale, other]:
        folder.mkdir()
    publish.build_report(None, out, notebooks=_tiny_set(root / "books_d", ["01_d"]), workbook=False, jobs=1,
                         progress=False)
    assert not any(f.exists() for f in stale) and other.exists()


def test_a_report_id_from_a_sidecar_never_names_a_path(tmp_path):
    assert publish.safe_file_stem("../../x") == "x" and "/" not in publish.safe_file_stem("/etc/passwd")
    assert publish.safe_file_stem("..") == "report"


INTERRUPTIBLE = """
import sys
from pathlib import Path
import dhcheng_analysis.publish as p
try:
    p.build_report(None, sys.argv[1], notebooks=[sys.argv[2]], workbook=False, jobs=1, progress=False)
except KeyboardInterrupt as exc:
    print("interrupted:", exc, file=sys.stderr)
    sys.exit(130)
"""


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_signal_removes_work_folders_and_kernels_and_keeps_the_previous_report(previous, tmp_path, sig):
    root, out = previous
    before = _snapshot(out)
    pidfile = tmp_path / "kernel.pid"
    book = _tiny_set(tmp_path / "books", ["01_slow"],
                     body=f"import os, time\nopen({str(pidfile)!r}, 'w').write(str(os.getpid()))\ntime.sleep(120)")[0]
    proc = subprocess.Popen([sys.executable, "-c", INTERRUPTIBLE, str(out), str(book)], stderr=subprocess.PIPE,
                            text=True)
    try:
        deadline = time.monotonic() + 90
        while not (pidfile.is_file() and pidfile.read_text()) and time.monotonic() < deadline:
            assert proc.poll() is None, proc.stderr.read()
            time.sleep(0.2)
        kernel = int(pidfile.read_text())
        assert [p for p in _siblings(out) if p.startswith(".dhcheng-new-")], "the build runs beside the output"
        proc.send_signal(sig)
        err = proc.communicate(timeout=60)[1]
    finally:
        proc.kill()
        proc.wait()  # reaped: a stopped build leaves no process that counts as alive for the next run
    assert proc.returncode == 130, err
    assert "interrupted" in err and "Traceback" not in err
    assert _siblings(out) == [], "work folders left behind"
    assert _snapshot(out) == before, "the previous report changed"
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.kill(kernel, 0)
        except ProcessLookupError:
            break
        time.sleep(0.2)
    else:
        raise AssertionError("the kernel outlived the build")


ELSEWHERE = """
import signal, sys, threading, time
from pathlib import Path

def deliver():  # the signal reaches a thread other than the main one, as the system may deliver it
    pidfile = Path(sys.argv[3])
    while not (pidfile.is_file() and pidfile.read_text()):
        time.sleep(0.1)
    time.sleep(1.5)  # the main thread is waiting for the running notebook by now
    signal.pthread_kill(threading.get_ident(), signal.SIGTERM)

threading.Thread(target=deliver, daemon=True).start()
""" + INTERRUPTIBLE


@pytest.mark.slow
def test_a_signal_delivered_to_another_thread_still_stops_the_build(previous, tmp_path):
    root, out = previous
    before = _snapshot(out)
    pidfile = tmp_path / "kernel.pid"
    book = _tiny_set(tmp_path / "books", ["01_slow"],
                     body=f"import os, time\nopen({str(pidfile)!r}, 'w').write(str(os.getpid()))\ntime.sleep(600)")[0]
    proc = subprocess.Popen([sys.executable, "-c", ELSEWHERE, str(out), str(book), str(pidfile)],
                            stderr=subprocess.PIPE, text=True)
    try:
        err = proc.communicate(timeout=180)[1]  # (the notebook runs for longer: only the signal ends the build)
    finally:
        proc.kill()
        proc.wait()
    assert proc.returncode == 130, err
    assert "stopped by SIGTERM" in err and "Traceback" not in err
    assert _siblings(out) == [] and _snapshot(out) == before


def test_a_signal_whose_raise_was_swallowed_still_stops_the_build(tmp_path):
    """Python swallows what a handler raises inside some callbacks (a weak reference's, the import system's)."""
    import contextlib

    from dhcheng_analysis.execute import Runner
    from dhcheng_analysis.generation import BuildInterrupted, Generation

    assert threading.current_thread() is threading.main_thread(), "the handlers are the main thread's"
    target = tmp_path / "out"
    target.mkdir()
    (target / "index.html").write_text("the previous report")
    with pytest.raises(BuildInterrupted, match="SIGTERM"), Generation(target) as gen:
        with contextlib.suppress(BuildInterrupted):  # the handler's raise, lost where it was raised
            os.kill(os.getpid(), signal.SIGTERM)
            time.sleep(1)  # the handler runs here
        runner = Runner([], {}, cwd=gen.work, poll=gen.check)
        end = threading.Timer(10, runner._queue.put, [None])  # the end of the results, if the wait went on
        end.daemon = True
        end.start()
        try:
            list(runner.results())  # nothing comes: the wait looks at the signal again
        finally:
            end.cancel()
    with pytest.raises(BuildInterrupted), Generation(target) as gen:
        with contextlib.suppress(BuildInterrupted):
            os.kill(os.getpid(), signal.SIGTERM)
            time.sleep(1)
        gen.commit()
    assert [p.name for p in tmp_path.iterdir()] == ["out"]
    assert (target / "index.html").read_text() == "the previous report"


@pytest.mark.slow
def test_a_build_stopped_while_its_notebooks_run_leaves_no_thread_talking_to_kernels(previous, tmp_path,
                                                                                     monkeypatch):
    # the workbook is written while the notebooks run: a full disk there stops the build with a notebook
    # still running, and nothing of the kernels may outlive it (a thread left polling their sockets while
    # the interpreter tears them down can abort the process, and its exit code with it)
    import openpyxl

    root, _ = previous
    books = _tiny_set(root / "books_slow", ["01_slow", "02_slow"], body="import time\ntime.sleep(60)")

    def full(self, *a, **k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(openpyxl.Workbook, "save", full)
    with pytest.raises(ExportError, match="no space left"):
        publish.build_report(None, tmp_path / "out", notebooks=books, workbook=True, jobs=1, progress=False)
    assert [th.name for th in threading.enumerate() if th.name == "dhcheng-kernels"] == []
    assert not (tmp_path / "out").exists()


@pytest.mark.slow
def test_cli_full_disk_is_one_line_and_exit_1(previous, tmp_path):
    _root, out = previous
    before = _snapshot(out)
    code = ("import errno, sys, openpyxl\n"
            "def full(self, *a, **k):\n    raise OSError(errno.ENOSPC, 'No space left on device')\n"
            "openpyxl.Workbook.save = full\n"
            "from dhcheng_analysis.cli import main\nsys.exit(main(['report', '-o', sys.argv[1]]))\n")
    proc = subprocess.run([sys.executable, "-c", code, str(out)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1, proc.stderr
    lines = [ln for ln in re.split(r"[\r\n]", proc.stderr) if ln.startswith("dhcheng:")]
    assert len(lines) == 1 and "no space left" in lines[0], proc.stderr
    assert "Traceback" not in proc.stderr
    assert _snapshot(out) == before and _siblings(out) == []


# ----------------------------------------------------------------------------- one parse, warm kernels
@pytest.mark.slow
def test_notebooks_share_one_kernel_but_not_their_variables(tmp_path):
    first = _tiny_set(tmp_path / "books", ["01_first"], body="import os\nsecret = os.getpid()\nprint(secret)")[0]
    second = _tiny_set(tmp_path / "books", ["02_second"],
                       body="import os\nprint(os.getpid())\nprint('secret' in dir())")[0]
    result = publish.build_report(None, tmp_path / "out", notebooks=[first, second], workbook=False, jobs=1,
                                  progress=False)
    assert result.failed == []
    outs = [[o["text"].split() for c in nbformat.read(str(p.notebook), as_version=4).cells if c.cell_type == "code"
             for o in c.outputs if o.get("name") == "stdout"] for p in result.pages]
    assert outs[0][0][0] == outs[1][0][0], "jobs=1 runs every notebook in one kernel"
    assert outs[1][0][1] == "False", "a notebook sees a variable of the previous one"
    counts = [c.execution_count for c in nbformat.read(str(result.pages[1].notebook), as_version=4).cells
              if c.cell_type == "code"]
    assert counts[0] == 1, "execution counts start from 1 in every notebook"


@pytest.mark.slow
def test_a_build_parses_the_report_once_and_the_workbook_uses_the_same_tables(tmp_path, monkeypatch):
    from dhcheng_analysis import analysis, export, facts

    calls = {"extract": 0, "tables": 0}
    seen = {}
    real_extract, real_tables, real_excel = facts.extract_facts, analysis.all_tables, export.to_excel

    def extract(*a, **k):
        calls["extract"] += 1
        return real_extract(*a, **k)

    def tables(*a, **k):
        calls["tables"] += 1
        seen["tables"] = real_tables(*a, **k)
        return seen["tables"]

    def excel(report, path, lang="zh", *, tables=None, links=None):
        seen["workbook"] = tables
        return real_excel(report, path, lang=lang, tables=tables, links=links)

    monkeypatch.setattr(facts, "extract_facts", extract)
    monkeypatch.setattr(analysis, "extract_facts", extract, raising=False)
    monkeypatch.setattr(analysis, "all_tables", tables)
    monkeypatch.setattr(export, "to_excel", excel)
    book = _tiny_set(tmp_path / "books", ["01_x"])[0]
    result = publish.build_report(None, tmp_path / "out", notebooks=[book], jobs=1, progress=False)
    assert result.failed == [] and result.workbook.is_file()
    assert calls == {"extract": 1, "tables": 1}
    assert all(seen["workbook"][k] is seen["tables"][k] for k in seen["tables"])


def test_open_analysis_with_tables_reads_no_report(tmp_path, monkeypatch, bundled_report, bundled_tables):
    from dhcheng_analysis import analysis, notebook, report

    rep = bundled_report
    notebook.save_tables(bundled_tables, tmp_path, rep)

    def forbidden(*a, **k):
        raise AssertionError("the report was read again")

    monkeypatch.setattr(report, "load_report", forbidden)
    monkeypatch.setattr(analysis, "all_tables", forbidden)
    an = notebook.open_analysis("/nonexistent.txt", tables_path=tmp_path)
    assert an.caption["title"] == rep.title and len(an["facts"]) == len(bundled_tables["facts"])


def _python_book(path: Path, *cells) -> Path:
    """A notebook of ``cells`` for the python3 kernel, written to ``path``."""
    nb = new_notebook(cells=list(cells))
    nb.metadata["kernelspec"] = {"name": "python3", "language": "python", "display_name": "Python 3"}
    nbformat.write(nb, str(path))
    return path


def _printed(run) -> list[str]:
    """What the cells of a notebook run printed to stdout, output by output."""
    return [o["text"] for c in run.nb.cells for o in c.get("outputs", []) if o.get("name") == "stdout"]


def test_a_kernel_that_cannot_start_is_one_line(tmp_path, monkeypatch):
    from dhcheng_analysis import execute

    async def broken(self, *_args):
        raise RuntimeError("No such kernel named python3\nmore detail")

    monkeypatch.setattr(execute._Kernel, "start", broken)
    book = _tiny_set(tmp_path / "books", ["01_x"])[0]
    with pytest.raises(NotebookError) as info:
        publish.build_report(None, tmp_path / "out", notebooks=[book], workbook=False, progress=False)
    assert "\n" not in str(info.value) and "kernel" in str(info.value) and "No such kernel" in str(info.value)
    assert not (tmp_path / "out").exists() and not [p for p in tmp_path.iterdir() if p.name.startswith(".dhcheng")]


@pytest.mark.slow
def test_a_kernel_that_dies_before_it_answers_is_launched_once_more(tmp_path, monkeypatch):
    from dhcheng_analysis import execute

    real_wait = execute._Kernel._wait_ready
    waits = []

    async def dies_first(self, timeout):
        waits.append(timeout)
        if len(waits) == 1:  # the first process ends before it answers, as one whose port was taken does
            self.km.provisioner.process.kill()
            self.km.provisioner.process.wait()
        await real_wait(self, timeout)

    monkeypatch.setattr(execute._Kernel, "_wait_ready", dies_first)
    _python_book(tmp_path / "a.ipynb", new_code_cell("print(6 * 7)"))
    (run,) = execute.run_notebooks([tmp_path / "a.ipynb"], {}, cwd=tmp_path, kernels=1)
    assert run.error is None and len(waits) == 2
    assert _printed(run) == ["42\n"]


@pytest.mark.slow
def test_a_kernel_whose_output_port_another_process_took_is_launched_once_more(tmp_path, monkeypatch):
    import socket

    from dhcheng_analysis import execute

    taken = socket.socket()  # another process holds the port the first kernel's connection file names for output
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    real_class = execute._kernel_manager_class
    made = []

    def manager_class():
        base = real_class()

        class FirstTakesATakenPort(base):
            def write_connection_file(self, **kw):
                made.append(self)
                if len(made) == 1:
                    self.iopub_port = taken.getsockname()[1]
                return super().write_connection_file(**kw)

        return FirstTakesATakenPort

    real_wait = execute._Kernel._wait_ready

    stuck = []

    async def first_waits_less(self, timeout):
        if len(made) == 1:  # (not the whole wait: the kernel never answers)
            stuck.append(self.km.provisioner.process)
            timeout = 5
        await real_wait(self, timeout)

    monkeypatch.setattr(execute, "_kernel_manager_class", manager_class)
    monkeypatch.setattr(execute._Kernel, "_wait_ready", first_waits_less)
    _python_book(tmp_path / "a.ipynb", new_code_cell("print(6 * 7)"))
    try:
        (run,) = execute.run_notebooks([tmp_path / "a.ipynb"], {}, cwd=tmp_path, kernels=1)
    finally:
        taken.close()
    assert run.error is None and len(made) == 2
    assert _printed(run) == ["42\n"]
    assert stuck[0].wait(timeout=30) == -signal.SIGKILL  # the stuck process was ended, not left behind


@pytest.mark.slow
def test_a_kernel_whose_client_reached_another_process_socket_is_launched_once_more(tmp_path, monkeypatch):
    import zmq

    from dhcheng_analysis import execute

    # another process's output socket holds the port the client was given for requests: the two cannot speak, and
    # a request sent there waits for ever unless the wait is bounded
    context = zmq.Context()
    foreign = context.socket(zmq.PUB)
    foreign.linger = 0
    port = foreign.bind_to_random_port("tcp://127.0.0.1")
    real_class = execute._kernel_manager_class
    managers: list = []

    def manager_class():
        base = real_class()

        class FirstClientGoesAstray(base):
            def write_connection_file(self, **kw):
                done = super().write_connection_file(**kw)
                if not managers:  # the kernel listens where its file says; its client is sent to the other socket
                    self.shell_port = port
                if self not in managers:
                    managers.append(self)
                return done

        return FirstClientGoesAstray

    real_wait = execute._Kernel._wait_ready

    async def first_waits_less(self, timeout):
        await real_wait(self, 5 if len(managers) == 1 else timeout)

    monkeypatch.setattr(execute, "_kernel_manager_class", manager_class)
    monkeypatch.setattr(execute._Kernel, "_wait_ready", first_waits_less)
    _python_book(tmp_path / "a.ipynb", new_code_cell("print(6 * 7)"))
    runs: list = []
    worker = threading.Thread(daemon=True, target=lambda: runs.extend(
        execute.run_notebooks([tmp_path / "a.ipynb"], {}, cwd=tmp_path, kernels=1)))
    try:
        worker.start()
        worker.join(timeout=180)  # (a guard against a hang, not a measure: the run takes seconds)
    finally:
        foreign.close()
        context.term()
    assert not worker.is_alive(), "the run is stuck sending to a socket that never takes its request"
    (run,) = runs
    assert run.error is None and len(managers) == 2
    assert _printed(run) == ["42\n"]


def test_a_failed_swap_puts_the_previous_report_back(tmp_path, monkeypatch):
    from dhcheng_analysis import generation

    target = tmp_path / "out"
    target.mkdir()
    (target / "index.html").write_text('<meta name="dhcheng-files" content="index.html">')
    real_rename = os.rename

    def rename(src, dst):
        if ".dhcheng-new-" in str(src):
            raise OSError(errno.EBUSY, "Device or resource busy")
        return real_rename(src, dst)

    monkeypatch.setattr(generation, "_exchange", lambda a, b: False)
    monkeypatch.setattr(generation.os, "rename", rename)
    with pytest.raises(ExportError, match="could not put the new report"), generation.Generation(target) as gen:
        (gen.path / "index.html").write_text("new")
        gen.commit()
    assert (target / "index.html").read_text().startswith("<meta")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".dhcheng")]


# ----------------------------------------------------------------------------- reader pages of any report
def _page_text(path) -> str:
    markup = path.read_text(encoding="utf-8")
    markup = re.sub(r"<style.*?</style>|<script.*?</script>", "", markup, flags=re.S)
    import html as _html

    return _html.unescape(re.sub(r"<[^>]+>", " ", markup))


@pytest.mark.slow
def test_a_q1_q3_report_never_says_second_half():
    result = built("q1q3")
    assert result.failed == [], result.failed
    texts = {p.name: _page_text(p) for p in [result.index, result.report_page, *(q.html for q in result.pages)]}
    for name, text in texts.items():
        assert "下半年" not in text, name
    assert "第四季度的安排" in texts["04_target_completion.html"] and "全年任务与第四季度要求" in texts["01_overview.html"]


def test_pages_speak_one_language_without_developer_wording(build):
    which, result = build
    for page in result.pages:
        text = _page_text(page.html)
        for word in ("report_path", "tables_path", "参数", "Question:", " / At a glance", "None"):
            assert word not in text, f"{page.name}: {word!r}"
        assert re.findall(r'<img [^>]*alt="([^"]+)"', page.html.read_text(encoding="utf-8")), page.name


@pytest.mark.slow
def test_english_pages_are_in_english(tmp_path):
    result = built("bundled", "en")
    text = _page_text(result.pages[0].html)
    assert "Headline indicators" in text and "At a glance" in text and "概览" not in text and "bn yuan" in text


@pytest.mark.slow
def test_a_report_without_figures_says_so_in_one_sentence(capfd):
    with pytest.warns(dh.NoFiguresWarning):  # the library warns; the pages say it in words
        result = built("figureless")
    assert result.failed == []
    for page in result.pages:
        markup = page.html.read_text(encoding="utf-8")
        text = _page_text(page.html)
        assert "报告中没有找到数字" in text and text.count("报告中没有找到数字") == 1, page.name
        assert "Warning" not in markup and "stderr" not in markup and "<pre" not in markup, page.name


def test_the_cli_prints_the_index_it_wrote(tmp_path, monkeypatch, capsys):
    from dhcheng_analysis import cli

    out = tmp_path / "out"
    seen = {}

    def fake(report, out_dir, **kw):
        seen["args"] = (report, out_dir, kw)
        return publish.BuildResult(out_dir=Path(out_dir), report_id="r", title="t", period="p",
                                   index=Path(out_dir) / "index.html")

    monkeypatch.setattr(publish, "build_report", fake)
    assert cli.main(["report", "-o", str(out)]) == 0
    assert capsys.readouterr().out.strip().splitlines()[-1] == str((out / "index.html").resolve())
    assert cli.main(["report", "-o", ""]) == 2
    assert cli.main(["report", "x.txt", "--corpus", "-o", str(out)]) == 2


def test_the_workbook_and_every_table_row_link_to_the_annotated_report(build):
    which, result = build
    assert result.report_page is not None and result.report_page.name == "report.html"
    anchors = set(re.findall(r'id="(fact-[^"]+)"', result.report_page.read_text(encoding="utf-8")))
    for page in result.pages:
        links = re.findall(r'<a class="dh-src" href="report\.html#(fact-[^"]+)"', page.html.read_text(encoding="utf-8"))
        assert links and set(links) <= anchors, page.name
        assert 'href="report.html"' in page.html.read_text(encoding="utf-8")
    assert 'href="report.html"' in result.index.read_text(encoding="utf-8")


def test_page_fonts_are_cut_once_and_read_from_the_cache(tmp_path, monkeypatch):
    from fontTools.ttLib import TTFont

    from dhcheng_analysis import fonts

    monkeypatch.setenv("DHCHENG_CACHE_DIR", str(tmp_path / "cache"))
    first = fonts.WebFont("一般公共预算收入同比下降")
    assert not first.cached
    face = first.woff2("收入下降")
    assert face.startswith(b"wOF2")
    cmap = TTFont(io.BytesIO(face)).getBestCmap()
    assert {ord(c) for c in "收入下降"} <= set(cmap) and ord("预") not in cmap
    stored = sorted(p.name.split("-")[1] for p in (tmp_path / "cache").iterdir())
    assert stored == ["base", "page"]
    # the next build with the same characters cuts nothing: the base font and the page face come from the cache
    monkeypatch.setattr(fonts, "_subset", lambda *a, **k: pytest.fail("cut again"))
    again = fonts.WebFont("一般公共预算收入同比下降")
    assert again.cached and again.woff2("收入下降") == face
    monkeypatch.undo()
    # a damaged cache file is not a font: it is not used; and a character outside the base font
    # makes the base font grow (under a new cache name)
    monkeypatch.setenv("DHCHENG_CACHE_DIR", str(tmp_path / "cache"))
    for p in (tmp_path / "cache").iterdir():
        p.write_bytes(b"not a font")
    third = fonts.WebFont("一般公共预算收入同比下降", background=False)
    assert not third.cached
    assert {ord("税"), ord("降")} <= set(TTFont(io.BytesIO(third.woff2("税收下降"))).getBestCmap())
    assert len(list((tmp_path / "cache").glob("webfont-base-*"))) == 2


# ----------------------------------------------------------------------------- cells sent ahead, parameters
@pytest.mark.slow
def test_cells_sent_ahead_stop_at_a_failure_and_the_next_notebook_starts_clean(tmp_path):
    from dhcheng_analysis import execute

    marks = tmp_path / "marks"
    marks.mkdir()

    def book(name, *bodies):
        return _python_book(tmp_path / f"{name}.ipynb", new_code_cell(PARAMS, metadata={"tags": ["parameters"]}),
                            *(new_code_cell(b) for b in bodies))

    touch = "from pathlib import Path\nPath({!r}).touch()\nprint('{}')"
    # b is queued behind a and fails; c is queued behind b; d behind c
    paths = [book("a", "left = 1\nprint('a1')", "print('a2')"),
             book("b", "print('left' in dir(), 'b1')\nkept = 2", "raise ValueError('stop here')",
                  touch.format(str(marks / "b3"), "b3")),
             book("c", "print('left' in dir() or 'kept' in dir(), 'c1')", touch.format(str(marks / "c2"), "c2")),
             book("d", "print('left' in dir() or 'kept' in dir(), 'd1')\nprint('d1b')")]
    runs = execute.run_notebooks(paths, {"lang": "zh"}, cwd=tmp_path, kernels=1)
    assert [r.error is None for r in runs] == [True, False, True, True]
    assert "ValueError: stop here" in runs[1].error

    def stdout(run):
        # (a kernel may send one print in more than one stream message: the text of each cell is compared whole)
        return ["".join(o["text"] for o in c.outputs if o.get("name") == "stdout") for c in run.nb.cells
                if c.cell_type == "code" and "parameters" not in c.metadata.get("tags", [])
                and "injected-parameters" not in c.metadata.get("tags", [])]

    assert stdout(runs[0]) == ["a1\n", "a2\n"]
    # the cell after the failure never ran, though it was queued with the others
    assert stdout(runs[1]) == ["False b1\n", "", ""] and not (marks / "b3").exists()
    # each output belongs to its own cell, and no notebook sees a variable of the one before
    assert stdout(runs[2]) == ["False c1\n", "c2\n"] and (marks / "c2").exists()
    assert stdout(runs[3]) == ["False d1\nd1b\n"]
    for run in runs[:1] + runs[2:]:
        counts = [c.execution_count for c in run.nb.cells if c.cell_type == "code"]
        assert counts == list(range(1, len(counts) + 1))
        assert run.nb.metadata["language_info"]["name"] == "python"


def test_cells_read_from_a_file_are_those_nbclient_sends(tmp_path):
    from nbclient import NotebookClient

    from dhcheng_analysis import execute

    params = {"report_path": "C:\\new\n报告", "lang": "en", "tables_path": None}
    code = ["x = 1\n", "x"]  # a source stored as lines
    odd = [
        new_notebook(cells=[new_markdown_cell("# t"), new_code_cell(PARAMS, metadata={"tags": ["parameters"]}),
                            new_code_cell("y = 2", metadata={"tags": ["raises-exception"]}), new_code_cell("  \n"),
                            new_code_cell("z = 3", metadata={"tags": ["skip-execution"]}), new_code_cell(code)]),
        new_notebook(cells=[new_code_cell("a = 1"), new_code_cell("old = 1", metadata={"tags": ["injected-parameters"]}),
                            new_code_cell(PARAMS, metadata={"tags": ["parameters"]}), new_code_cell("b")]),
        new_notebook(cells=[new_code_cell("no parameters cell")]),
    ]
    paths = publish.notebook_paths() + publish.notebook_paths("corpus")
    for k, nb in enumerate(odd):
        nbformat.write(nb, str(tmp_path / f"odd{k}.ipynb"))
        paths.append(tmp_path / f"odd{k}.ipynb")
    for path in paths:
        nb = execute.inject_parameters(nbformat.read(str(path), as_version=4), params)
        client = NotebookClient(nb, allow_errors=False, skip_cells_with_tag=execute._SKIP_TAG)
        assert execute._file_cells(path, params) == execute._queued_cells(nb, client), path
    (tmp_path / "v3.ipynb").write_text('{"nbformat": 3, "worksheets": []}', encoding="utf-8")
    (tmp_path / "broken.ipynb").write_text("{", encoding="utf-8")
    for name in ("v3.ipynb", "broken.ipynb", "missing.ipynb"):
        assert execute._file_cells(tmp_path / name, params) is None
    assert execute._file_cells(paths[0], {"not a name": 1}) is None


@pytest.mark.slow
def test_cells_sent_ahead_that_differ_from_the_notebook_run_out_before_it_runs_clean(tmp_path, monkeypatch):
    from dhcheng_analysis import execute

    _python_book(tmp_path / "a.ipynb", new_code_cell(PARAMS, metadata={"tags": ["parameters"]}),
                 new_code_cell("print('sent' in dir(), lang)"))
    # what the kernel was sent ahead is not this notebook: it runs, then the kernel is reset
    monkeypatch.setattr(execute, "_file_cells", lambda path, params: [("sent = 1\nprint('ahead')", True)])
    (run,) = execute.run_notebooks([tmp_path / "a.ipynb"], {"lang": "en"}, cwd=tmp_path, kernels=1)
    assert run.error is None
    outputs = _printed(run)
    assert outputs == ["False en\n"]
    assert [c.execution_count for c in run.nb.cells if c.cell_type == "code"] == [1, 2, 3]


def test_parameters_are_injected_as_papermill_injects_them():
    import ast
    import copy

    from dhcheng_analysis import execute

    pm = pytest.importorskip("papermill.parameterize")
    tricky = ['say "hi"', "C:\\new\\table", "line\nbreak\ttab\r", "东城区 报告 😀", "\x00\x1b[31m", "\udcff",
              "'); import os #", '"""', "{x}"]
    for value in [None, True, 0, -7, 1.5, *tricky, ["a", None, 2], {"k": ["v", False]}]:
        literal = execute.python_literal(value)
        assert ast.literal_eval(literal) == value, literal
        if isinstance(value, str):  # one string constant: nothing of the value is ever code
            assert isinstance(ast.parse(literal, mode="eval").body, ast.Constant) and literal.isascii()
    params = {"report_path": tricky[1], "lang": "en", "tables_path": tricky[2] + tricky[3], "jobs": 2}
    for path in publish.notebook_paths()[:1] + publish.notebook_paths("corpus"):
        ours = execute.inject_parameters(nbformat.read(str(path), as_version=4), params)
        theirs = nbformat.read(str(path), as_version=4)
        for cell in theirs.cells:
            cell.metadata.setdefault("tags", [])
            cell.metadata.setdefault("papermill", {})
        theirs.metadata.setdefault("kernelspec", copy.deepcopy(ours.metadata["kernelspec"]))
        theirs.metadata.setdefault("language_info", {"name": "python"})
        theirs.metadata.setdefault("papermill", {})
        theirs = pm.parameterize_notebook(theirs, dict(params), kernel_name="python3", language="python")
        for nb in (ours, theirs):
            for cell in nb.cells:
                cell.pop("id", None)
        assert ours == theirs
    with pytest.raises(NotebookError):
        execute.parameter_cell({"not a name": 1})


def test_kernel_specs_are_searched_where_jupyter_searches_them(tmp_path, monkeypatch):
    """The folders and the kernel's command line of the check below, in this process (quick)."""
    from jupyter_client.kernelspec import KernelSpecManager

    from dhcheng_analysis import execute

    for ipython_dir in (None, str(tmp_path / "ipython")):
        if ipython_dir is None:
            monkeypatch.delenv("IPYTHONDIR", raising=False)
        else:
            monkeypatch.setenv("IPYTHONDIR", ipython_dir)
        ours = execute._kernel_specs()
        assert ours.kernel_dirs == KernelSpecManager().kernel_dirs
        assert ours.get_kernel_spec("python3").argv == KernelSpecManager().get_kernel_spec("python3").argv


def test_kernel_specs_are_searched_where_jupyter_searches_them_without_importing_ipython(tmp_path):
    code = ("import sys\n"
            "from dhcheng_analysis import execute\n"
            "from jupyter_client.kernelspec import KernelSpecManager\n"
            "ours = execute._kernel_specs()\n"
            "argv = ours.get_kernel_spec('python3').argv\n"
            "print('IPython' in sys.modules)\n"
            "print(ours.kernel_dirs == KernelSpecManager().kernel_dirs)\n"
            "print(argv == KernelSpecManager().get_kernel_spec('python3').argv)\n")
    for env in ({}, {"IPYTHONDIR": str(tmp_path / "ipython")}):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                             env={**os.environ, **env})
        assert out.stdout.split() == ["False", "True", "True"], out.stdout


def test_reader_table_reads_rows_as_to_dict_records_would():
    from dhcheng_analysis import display

    df = pd.DataFrame({
        "indicator": pd.array(["一般公共预算收入", None, "某项$工作"], dtype="str"),
        "measure": pd.Categorical(["yoy_pct", None, "level"]),
        "level": [96.9, np.nan, 3.0],
        "unit": ["亿元", "", "万家"],
        "rank": pd.array([1, None, 3], dtype="Int64"),
        "on_track": pd.array([True, None, False], dtype="boolean"),
        "qualifier": pd.array(["over", None, ""], dtype="object"),
    })
    columns = ["indicator", "measure", "level", "rank", "on_track", "qualifier"]
    for lang in ("zh", "en"):
        got = display.reader_table(df, columns, lang)
        rows = df.to_dict("records")
        expected = [[display.format_cell(c, r, lang) for c in columns] for r in rows]
        assert got.values.tolist() == expected
        assert list(got.index) == [1, 2, 3]


def test_a_swallowed_signal_prints_no_traceback_and_other_reports_pass(tmp_path, monkeypatch):
    """What a handler raises inside a callback Python swallows (a weak reference's, the import system's) goes to
    sys.unraisablehook, whose default prints a traceback: the build's hook drops it (check raises it again) and
    passes on any other exception swallowed so; the hook before the build is back after it."""
    import gc
    import signal as sig
    import weakref

    from dhcheng_analysis.generation import BuildInterrupted, Generation

    class Thing:
        pass

    def swallowed(exc: BaseException) -> None:
        def callback(_ref: object) -> None:
            raise exc

        thing = Thing()
        ref = weakref.ref(thing, callback)
        del thing
        gc.collect(0)  # (the youngest generation, where the thing just made is: a full collection walks the whole run)
        assert ref() is None

    seen: list = []
    monkeypatch.setattr(sys, "unraisablehook", seen.append)
    target = tmp_path / "out"
    target.mkdir()
    with Generation(target):
        swallowed(BuildInterrupted(sig.SIGTERM))
        assert seen == []
        swallowed(ValueError("another callback's error"))
        assert [str(u.exc_value) for u in seen] == ["another callback's error"]
    assert sys.unraisablehook == seen.append


def test_an_output_folder_named_by_a_dangling_or_looping_link_is_refused_and_nothing_is_made(tmp_path):
    """``-o out`` where out links to a missing folder would make that folder (and its parents) wherever the
    link points; a loop of links cannot be followed: both are one-line ExportErrors."""
    from dhcheng_analysis.generation import check_target_folder

    far = tmp_path / "far"
    far.mkdir()
    (tmp_path / "out").symlink_to(far / "deep" / "x")
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    for bad in ("out", "a", "a/sub"):
        with pytest.raises(ExportError) as info:
            check_target_folder(tmp_path / bad)
        assert "\n" not in str(info.value)
    assert list(far.iterdir()) == []
