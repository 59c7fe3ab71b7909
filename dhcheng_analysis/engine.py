"""Run the extractor over many reports: in this process, a local process pool or a Dask cluster.

The unit of work is :func:`parse_task`: one report's text in, its facts table (or the one-line
reason it could not be parsed) out.  It is a pure function of the text and the report's
metadata, so every engine gives the same facts, and its result can be cached by content hash:
:class:`FactsCache` keeps one Parquet file per (text, metadata, extractor version) and a rerun
parses only what it has not seen.

Engines:

``local`` (default)
    ``jobs=1`` runs in this process; ``jobs>1`` uses a pool of ``jobs`` worker processes.
``dask``
    Runs the same function on a Dask distributed cluster (the optional extra ``[dask]``): a
    scheduler at ``scheduler`` (``"tcp://host:8786"``), or a ``LocalCluster`` of ``jobs``
    worker processes when no address is given.  Workers need ``dhcheng_analysis`` installed;
    texts travel with the tasks, so the workers need no access to the files.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing as mp
import os
import sys
import threading
import time
import warnings
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

import pandas as pd

from .atomic import user_path
from .errors import ExportError, NoFiguresWarning, ReportError
from .report import Report

ENGINES = ("local", "dask")
DASK_HINT = 'pip install "dhcheng_analysis[dask]"'
PARQUET_HINT = 'pip install "dhcheng_analysis[parquet]"'
#: Files whose content decides what the extractor returns: a change to any of them invalidates the cache.
EXTRACTOR_FILES = ("report.py", "sources.py", "htmltext.py", "numbers.py", "cuewords.py", "mentions.py",
                   "facts.py", "schema.py")


class EngineError(ReportError, RuntimeError):
    """A parsing engine could not run (missing extra, unreachable scheduler, a worker died)."""


@dataclass(frozen=True)
class ParseTask:
    """One report to parse: its id, its text as loaded, and the metadata the extractor may read."""

    report_id: str
    text: str
    metadata: dict = field(default_factory=dict, hash=False, compare=False)


@dataclass
class ParseResult:
    """Facts of one report, or the one-line reason it failed (``facts`` is then None)."""

    report_id: str
    facts: pd.DataFrame | None
    error: str | None = None
    cached: bool = False
    cpu_seconds: float = 0.0  # CPU time the worker spent on it (0 when taken from the cache)


@dataclass
class RunResult:
    """Results in task order, with what was taken from the cache and what was parsed."""

    results: list[ParseResult]
    n_cached: int
    n_parsed: int
    seconds: float

    @property
    def cpu_seconds(self) -> float:
        """CPU time the workers spent parsing (all workers together)."""
        return sum(r.cpu_seconds for r in self.results)


def parse_task(task: ParseTask) -> ParseResult:
    """Extract the facts of one report (the function every engine runs).

    Never raises for a bad report: a :class:`~dhcheng_analysis.errors.ReportError` or any other
    exception becomes ``error``, one line.  A report without figures gives an empty table.
    """
    from .facts import extract_facts

    t0 = time.process_time()
    report = Report(text=task.text, report_id=task.report_id, metadata=dict(task.metadata), cleaned=True)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", NoFiguresWarning)
            facts = extract_facts(report)
    except ReportError as exc:
        return ParseResult(task.report_id, None, _one_line(str(exc)), cpu_seconds=time.process_time() - t0)
    except Exception as exc:  # noqa: BLE001 — one bad report must not stop a corpus
        return ParseResult(task.report_id, None, _one_line(f"extractor failed: {type(exc).__name__}: {exc}"),
                           cpu_seconds=time.process_time() - t0)
    return ParseResult(task.report_id, facts, cpu_seconds=time.process_time() - t0)


def _one_line(msg: str) -> str:
    first = next((ln.strip() for ln in msg.splitlines() if ln.strip()), "unknown error")
    return first[:300]


# ----------------------------------------------------------------------------- cache
@cache
def extractor_fingerprint() -> str:
    """Hash of the package version and the extractor's code and vocabulary files."""
    from . import __version__

    h = hashlib.sha256(__version__.encode())
    root = resources.files("dhcheng_analysis")
    names = [root.joinpath(n) for n in EXTRACTOR_FILES]
    vocab = root.joinpath("vocab")
    names += sorted((p for p in vocab.iterdir() if p.is_file() and not p.name.startswith(".")),
                    key=lambda p: p.name)
    for p in names:
        try:
            h.update(p.name.encode() + b"\0" + p.read_bytes())
        except OSError:
            h.update(p.name.encode() + b"\0missing")
    return h.hexdigest()


def cache_key(task: ParseTask) -> str:
    """Content hash of a task: its text, the metadata the extractor sees, the extractor itself."""
    meta = {k: v for k, v in task.metadata.items() if k not in ("report_id", "file")}
    h = hashlib.sha256(extractor_fingerprint().encode())
    h.update(json.dumps(meta, sort_keys=True, ensure_ascii=False, default=str).encode())
    h.update(b"\0")
    h.update(task.text.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def _require_pyarrow() -> None:
    try:
        import pyarrow  # noqa: F401
    except ImportError as exc:
        raise ExportError(f"the facts cache and Parquet files need pyarrow — run: {PARQUET_HINT}") from exc


class FactsCache:
    """Facts tables on disk, one Parquet file per content hash (see :func:`cache_key`).

    Parameters
    ----------
    folder : path
        Created when missing. Files are written atomically; an unreadable file counts as a miss.
    """

    def __init__(self, folder: str | os.PathLike) -> None:
        _require_pyarrow()
        self.folder = user_path(folder)
        if self.folder.is_symlink():  # (its files would be written wherever the link points)
            raise ExportError(f"the cache folder {self.folder} is a symbolic link — remove it, or run with --no-cache")
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ExportError(f"cannot create the cache folder {self.folder}: {exc.strerror or exc}") from exc

    def _path(self, key: str) -> Path:
        return self.folder / f"{key}.parquet"

    def get(self, key: str, report_id: str) -> pd.DataFrame | None:
        path = self._path(key)
        if not path.is_file():
            return None
        try:
            df = pd.read_parquet(path, engine="pyarrow")
        except Exception:  # noqa: BLE001 — a damaged cache file is only a miss
            return None
        if "report_id" in df.columns:
            df["report_id"] = pd.Series([report_id] * len(df), index=df.index, dtype=df["report_id"].dtype)
        return df

    def put(self, key: str, facts: pd.DataFrame) -> None:
        from .atomic import write_with

        write_with(self._path(key), lambda tmp: facts.to_parquet(tmp, index=False, engine="pyarrow"))


# ----------------------------------------------------------------------------- engines
def _progress(total: int, progress: bool | None, desc: str):
    from tqdm import tqdm

    class Bar(tqdm):  # no monitor thread: worker processes may be forked while the bar runs
        monitor_interval = 0

    disable = (not progress) if progress is not None else not sys.stderr.isatty()
    return Bar(total=total, desc=desc, unit="report", disable=disable, leave=False, file=sys.stderr)


def _pool_context() -> mp.context.BaseContext:
    """How worker processes start.

    On Linux, a process with no other thread forks (fastest: the workers share the loaded
    package). A process with threads (a notebook kernel, a test runner) uses a fork server
    instead, which is safe with threads; it re-imports the main script in each worker, so a
    main module that is not a file (code piped to ``python -``) falls back to the platform's
    default.
    """
    methods = mp.get_all_start_methods()
    if sys.platform.startswith("linux") and "fork" in methods and threading.active_count() == 1:
        return mp.get_context("fork")
    main_file = getattr(sys.modules.get("__main__"), "__file__", None)
    if "forkserver" in methods and (main_file is None or os.path.isfile(main_file)):
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(["dhcheng_analysis.facts"])
        return ctx
    return mp.get_context()


def _run_local(tasks: Sequence[ParseTask], jobs: int, done: Callable[[int, ParseResult], None]) -> None:
    if jobs <= 1 or len(tasks) <= 1:
        for i, t in enumerate(tasks):
            done(i, parse_task(t))
        return
    try:
        with ProcessPoolExecutor(max_workers=min(jobs, len(tasks)), mp_context=_pool_context()) as pool:
            futures = {pool.submit(parse_task, t): i for i, t in enumerate(tasks)}
            for fut in as_completed(futures):
                done(futures[fut], fut.result())
    except BrokenProcessPool as exc:
        raise EngineError("a worker process died while parsing (out of memory?) — retry with fewer --jobs") from exc


def _run_dask(tasks: Sequence[ParseTask], jobs: int, scheduler: str | None,
              done: Callable[[int, ParseResult], None]) -> None:
    try:
        from distributed import Client, LocalCluster
        from distributed import as_completed as dask_completed
    except ImportError as exc:
        raise EngineError(f"the dask engine needs dask.distributed, which is not installed — run: {DASK_HINT}") from exc
    import logging

    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout="20s")
        else:
            # CRITICAL: a worker's heartbeat racing the shutdown logs an ERROR that is no failure;
            # a failing report comes back in its result, never through the log
            cluster = LocalCluster(n_workers=max(1, jobs), threads_per_worker=1, processes=True,
                                   dashboard_address=None, silence_logs=logging.CRITICAL)
            client = Client(cluster)
    except (OSError, TimeoutError) as exc:
        where = scheduler or "a local cluster"
        raise EngineError(f"cannot connect to the Dask scheduler at {where}: {exc} — check the address "
                          "(tcp://host:8786) and that the scheduler is running") from exc
    try:
        data = client.scatter(list(tasks))
        futures = client.map(parse_task, data, pure=False)
        index = {f.key: i for i, f in enumerate(futures)}
        for fut in dask_completed(futures):
            done(index[fut.key], fut.result())
    except ReportError:
        raise
    except Exception as exc:  # noqa: BLE001 — a lost worker or connection, never a report (parse_task catches those)
        raise EngineError(f"the Dask cluster failed while parsing: {type(exc).__name__}: {_one_line(str(exc))} "
                          "— check the workers and that they have dhcheng_analysis installed") from exc
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def run(tasks: Sequence[ParseTask], *, jobs: int = 1, engine: str = "local", scheduler: str | None = None,
        cache_dir: str | os.PathLike | None = None, progress: bool | None = False) -> RunResult:
    """Parse every task, taking what it can from the cache.

    Parameters
    ----------
    tasks : sequence of ParseTask
    jobs : int
        Worker processes (local pool, or the workers of a Dask ``LocalCluster``).
    engine : {"local", "dask"}
    scheduler : str, optional
        Address of a running Dask scheduler (``tcp://host:8786``); only with ``engine="dask"``.
    cache_dir : path, optional
        Folder of the content-hash cache (needs pyarrow); None parses everything.
    progress : bool or None
        Show a progress bar on stderr (None: when stderr is a terminal).

    Returns
    -------
    RunResult
        One :class:`ParseResult` per task, in task order.
    """
    if engine not in ENGINES:
        raise EngineError(f"unknown engine {engine!r} — choose one of {', '.join(ENGINES)}")
    if scheduler and engine != "dask":
        raise EngineError("a scheduler address needs the dask engine — add --engine dask")
    if jobs < 1:
        raise EngineError(f"jobs must be at least 1, not {jobs}")
    t0 = time.perf_counter()
    store = FactsCache(cache_dir) if cache_dir is not None else None
    results: list[ParseResult | None] = [None] * len(tasks)
    keys = [cache_key(t) for t in tasks] if store else [""] * len(tasks)
    todo: list[int] = []
    for i, t in enumerate(tasks):
        hit = store.get(keys[i], t.report_id) if store else None
        if hit is not None:
            results[i] = ParseResult(t.report_id, hit, cached=True)
        else:
            todo.append(i)
    bar = _progress(len(todo), progress, "parsing")

    def done(j: int, res: ParseResult) -> None:
        i = todo[j]
        results[i] = res
        if store is not None and res.facts is not None:
            store.put(keys[i], res.facts)
        bar.update(1)

    try:
        pending = [tasks[i] for i in todo]
        if engine == "dask":
            _run_dask(pending, jobs, scheduler, done)
        else:
            _run_local(pending, jobs, done)
    finally:
        bar.close()
    final = [r for r in results if r is not None]
    return RunResult(final, len(tasks) - len(todo), len(todo), time.perf_counter() - t0)
