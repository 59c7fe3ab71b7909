"""Execute notebooks in warm kernels: one kernel runs notebook after notebook.

Starting a kernel and importing pandas, matplotlib and this package costs more than running
most analysis notebooks.  :func:`run_notebooks` therefore starts ``kernels`` kernels once (at
the start of a build, while the tables are still being computed), warms them with the
imports, and hands each the next notebook in turn.  Between two notebooks the kernel's
namespace is cleared (IPython's reset), its figures closed and its execution counter reset, so
each notebook still runs as if alone: it cannot see a variable of the previous one.

The kernel never waits for this process: a notebook's cells are sent at once (nbclient still reads
each cell's outputs and reply in turn), and with one kernel the reset and the next notebook's cells
are queued behind them.  A failing cell makes the kernel drop whatever is queued after it; the
next notebook is then reset and sent again.

Parameters are injected as papermill injects them (:func:`inject_parameters`, without importing
papermill): after the cell tagged ``parameters``, in a cell tagged ``injected-parameters``.
Execution stays in the warm kernels.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import math
import os
import queue
import subprocess
import threading
import time
import weakref
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import NotebookError

__all__ = ["Executed", "fresh_namespace", "inject_parameters", "kill_kernels", "parameter_cell", "python_literal",
           "run_notebooks", "start_runner"]

#: Run in each new kernel while the parent process is still busy: the imports every notebook needs
#: (pandas with pyarrow for the tables, matplotlib through the package's charts), and
#: one small chart with Chinese text, so that the CJK font and the PNG writer are loaded before
#: the first notebook draws.
WARMUP = """\
import gc
gc.disable()  # the imports make objects that stay: no collection walks them while they are made
import pyarrow.parquet
import dhcheng_analysis.notebook, dhcheng_analysis.plots, dhcheng_analysis.narrative
dhcheng_analysis.fonts.use_cjk_font()
def __dh_warm():
    import io, matplotlib.pyplot as plt
    fig = plt.figure(figsize=(1, 1))
    fig.text(0, 0, "年增长−7.0%", fontsize=8)
    fig.savefig(io.BytesIO(), format="png")
    plt.close(fig)
    gc.freeze()  # what is loaded now stays: later collections need not walk the imported modules
    gc.enable()
__dh_warm()
del __dh_warm, gc
"""
#: Run between two notebooks: a clean namespace, no open figure, counting from 1 again.
RESET = """\
import dhcheng_analysis.execute
dhcheng_analysis.execute.fresh_namespace(get_ipython())
"""
#: Options of the kernels: no input history on disk (each notebook records its own cells), and the
#: kernel class of a build (:func:`batch_kernel_class`).
KERNEL_ARGUMENTS = ("--HistoryManager.enabled=False", f"--IPKernelApp.kernel_class={__name__}.BatchKernel")


def __getattr__(name: str) -> Any:
    """``BatchKernel``, made when a kernel asks for it (so that this module never imports ipykernel itself)."""
    if name == "BatchKernel":
        return batch_kernel_class()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def batch_kernel_class() -> type:
    """Inside a kernel: ipykernel's Python kernel for notebooks that run from top to bottom, never debugged.

    When it starts, ipykernel's kernel loads debugpy for its debugger (a tenth of a second or
    more, before the kernel answers), and its compiler names every cell by a hash of the cell's
    text computed in pure Python (for the debugger's breakpoints; a few milliseconds a cell).  A
    build's kernels run each notebook's cells at once and are never debugged: debugpy is not
    loaded in them (its import fails, which ipykernel takes as "no debugger"), and cells are named
    as IPython names them (``Cell In[3]`` in a traceback).  Everything else is ipykernel's.
    """
    import sys

    sys.modules.setdefault("debugpy", None)  # type: ignore[arg-type]  # an import of it now fails
    from ipykernel.ipkernel import IPythonKernel
    from IPython.core.compilerop import CachingCompiler
    from traitlets import Type

    class BatchKernel(IPythonKernel):
        compiler_class = Type(CachingCompiler)

    BatchKernel.__module__ = __name__
    globals()["BatchKernel"] = BatchKernel
    return BatchKernel


def fresh_namespace(shell: Any) -> None:
    """Inside a kernel: forget the previous notebook (variables, outputs, figures) and count from 1 again.

    IPython's own reset (its garbage collections are quick: the warm-up froze the objects the
    imports made, so a collection walks only what the previous notebook left).
    """
    import sys

    pyplot = sys.modules.get("matplotlib.pyplot")
    if pyplot is not None:
        pyplot.close("all")
    shell.reset(new_session=True)
    shell.execution_count = 1


@dataclass
class Executed:
    """One notebook after execution: the notebook (None when it could not be read) and any failure."""

    index: int
    path: Path
    nb: Any
    seconds: float
    error: str | None = None


#: Seconds the building thread waits at most before it looks again.  A signal (Ctrl-C, SIGTERM) may be
#: delivered to another thread (a kernel's client thread); the main thread only runs its handler
#: when it wakes, so it never waits without a time limit.
WAIT_SLICE = 0.2

#: Kernel managers whose kernels may still run: killed when a build is stopped.
_LIVE: weakref.WeakSet = weakref.WeakSet()
#: Runners whose thread may still talk to kernels: stopped, and waited for, when a build is stopped.
_RUNNERS: weakref.WeakSet = weakref.WeakSet()
#: Seconds a stopped build waits at most for the thread of its kernels to end.
STOP_WAIT = 10.0


def kill_kernels() -> None:
    """Kill the kernels started by this process at once, and end the threads that talk to them (used when a
    build is stopped: a thread left polling the kernels' sockets while the interpreter tears them down may
    abort the process, and its exit code with it)."""
    for km in list(_LIVE):
        process = getattr(getattr(km, "provisioner", None), "process", None)
        if process is not None and process.poll() is None:
            with contextlib.suppress(OSError):
                process.kill()
        _LIVE.discard(km)
    for runner in list(_RUNNERS):
        runner.stop()


def _kernel_manager_class() -> type:
    from jupyter_client.manager import AsyncKernelManager

    class QuietKernelManager(AsyncKernelManager):
        """Kernels that do not write to the terminal (what a notebook prints reaches it as messages)."""

        async def _async_launch_kernel(self, kernel_cmd: list[str], **kw: Any) -> None:
            kw.setdefault("stdout", subprocess.DEVNULL)
            kw.setdefault("stderr", subprocess.DEVNULL)
            await super()._async_launch_kernel(kernel_cmd, **kw)
            _LIVE.add(self)

    return QuietKernelManager


def python_literal(value: Any) -> str:
    r"""A Python literal that evaluates to ``value``, written as papermill writes it.

    Strings are escaped with ``unicode_escape`` (backslashes, quotes, line breaks, control and
    non-ASCII characters all become escapes) inside double quotes, so a path with any character
    stays one inert literal; ``None``, booleans and numbers are written as themselves, lists and
    dicts element by element.  Any other value is written as the string of it.

    >>> print(python_literal(['say "hi"', 'C:\\new', None, 1.5]))
    ["say \"hi\"", "C:\\new", None, 1.5]
    """
    if value is None or isinstance(value, bool | int):
        return repr(value)
    if isinstance(value, float):
        if math.isfinite(value):
            return repr(value)
        return "float('nan')" if math.isnan(value) else "float('-inf')" if value < 0 else "float('inf')"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{python_literal(str(k))}: {python_literal(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(python_literal(v) for v in value) + "]"
    text = os.fspath(value) if isinstance(value, os.PathLike) else str(value)
    return '"' + text.encode("unicode_escape").decode("ascii").replace('"', r'\"') + '"'


def parameter_cell(params: Mapping[str, Any]) -> str:
    """The source of the injected parameters cell: ``# Parameters`` and one assignment per parameter."""
    for name in params:
        if not str(name).isidentifier():
            raise NotebookError(f"{name!r} cannot be a notebook parameter — use a Python name")
    return "# Parameters\n" + "".join(f"{name} = {python_literal(value)}\n" for name, value in params.items())


def _kernel_specs() -> Any:
    """jupyter_client's kernel specs, searched in its own folders, found without importing IPython.

    By default jupyter_client imports IPython (a tenth of a second, before the kernel process
    can be launched) only to name the legacy ``~/.ipython/kernels`` folder; it is named here
    the way IPython names it (``IPYTHONDIR``, else ``~/.ipython``; IPython's fallbacks for a folder
    it cannot write are left out: a kernel spec there would not be found).
    """
    from jupyter_client.kernelspec import KernelSpecManager
    from jupyter_core.paths import jupyter_path

    ipython_dir = os.path.normpath(os.path.expanduser(os.environ.get("IPYTHONDIR") or "~/.ipython"))
    return KernelSpecManager(kernel_dirs=[*jupyter_path("kernels"), os.path.join(ipython_dir, "kernels")])


def inject_parameters(nb: Any, params: Mapping[str, Any]) -> Any:
    """The notebook with ``params`` injected the way papermill does it.

    As papermill's ``parameterize_notebook``: a cell tagged ``injected-parameters`` (replacing
    one there already) after the cell tagged ``parameters`` (at the top when there is none),
    holding ``name = literal`` lines (:func:`python_literal`), and the parameters recorded in the
    notebook's metadata; so a notebook runs the same under ``papermill nb.ipynb out.ipynb -p lang
    en`` as under ``dhcheng report``.  papermill itself is not imported (its import, with what it
    loads, costs more than the rest of the work here).
    """
    import nbformat
    from nbformat.v4 import new_code_cell

    for cell in nb.cells:  # what papermill's reader adds before it parameterises
        cell.metadata.setdefault("tags", [])
        cell.metadata.setdefault("papermill", {})
    nb.metadata.setdefault("kernelspec", {"name": "python3", "language": "python", "display_name": "Python 3"})
    nb.metadata.setdefault("language_info", {"name": "python"})
    nb.metadata.setdefault("papermill", {})
    nb = nbformat.v4.upgrade(nb)
    injected = new_code_cell(source=parameter_cell(params))
    injected.metadata["tags"] = ["injected-parameters"]

    def first(tag: str) -> int:
        return next((i for i, c in enumerate(nb.cells) if tag in c.metadata.get("tags", [])), -1)

    old, anchor = first("injected-parameters"), first("parameters")
    if old >= 0:
        nb.cells = [*nb.cells[:old], injected, *nb.cells[old + 1:]]
    else:
        nb.cells = [*nb.cells[:anchor + 1], injected, *nb.cells[anchor + 1:]]
    nb.metadata.papermill["parameters"] = dict(params)
    return nb


def failure_line(name: str, nb: Any, exc: BaseException) -> str:
    """One line naming the notebook, the cell and the error."""
    ename = getattr(exc, "ename", None)
    if ename is not None:
        where = "a cell"
        for i, cell in enumerate(getattr(nb, "cells", [])):
            if any(o.get("output_type") == "error" for o in cell.get("outputs", [])):
                count = cell.get("execution_count")
                where = (f"cell [{count}] " if count else "") + f"(cell #{i + 1} of the notebook)"
                break
        evalue = str(getattr(exc, "evalue", "")).strip().splitlines()
        return f"{name}: {where} raised {ename}: {evalue[0] if evalue else ''}".rstrip(": ")
    msg = str(exc).strip().splitlines()
    return f"{name}: {type(exc).__name__}: {msg[0] if msg else ''}".rstrip(": ")


def _queued_cells(nb: Any, client: Any) -> list[tuple[str, bool]]:
    """The cells of ``nb`` that ``client`` sends to the kernel, in order: each one's source and ``stop_on_error``."""
    cells = []
    for cell in nb.cells:
        tags = cell.get("metadata", {}).get("tags", [])
        if cell.cell_type != "code" or not cell.source.strip() or client.skip_cells_with_tag in tags:
            continue
        allows_errors = not client.force_raise_errors and (client.allow_errors or "raises-exception" in tags)
        cells.append((cell.source, not allows_errors))
    return cells


#: What a build's notebook client is told (see :meth:`_Kernel.execute`), as :func:`_file_cells` reads it.
_SKIP_TAG = "skip-execution"


def _file_cells(path: Path, params: Mapping[str, Any]) -> list[tuple[str, bool]] | None:
    """The cells a notebook file sends to a kernel, read as JSON, without nbformat (None: not read so).

    The list :func:`_queued_cells` makes of the notebook :func:`inject_parameters` makes of the file: the
    code cells of an nbformat 4 notebook with their sources joined, the parameters placed as papermill
    places them.  A kernel can thus start on its first notebook as soon as the inputs are in place, while
    nbformat and nbclient are still loading (they are not needed before); :meth:`_Kernel.execute`
    compares this list with nbclient's before reading any output.
    """
    import json

    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("nbformat") != 4:
            return None
        cells: list[tuple[str, str, list[str]]] = []
        for cell in data["cells"]:
            source = cell.get("source", "")
            cells.append((cell["cell_type"], "".join(source) if isinstance(source, list) else source,
                          list((cell.get("metadata") or {}).get("tags") or [])))
        injected = ("code", parameter_cell(params), ["injected-parameters"])
    except (OSError, ValueError, TypeError, KeyError, AttributeError, NotebookError):
        return None

    def first(tag: str) -> int:
        return next((i for i, c in enumerate(cells) if tag in c[2]), -1)

    old, anchor = first("injected-parameters"), first("parameters")
    if old >= 0:
        cells[old] = injected
    else:
        cells.insert(anchor + 1, injected)
    return [(source, "raises-exception" not in tags) for kind, source, tags in cells
            if kind == "code" and source.strip() and _SKIP_TAG not in tags]


class _Pipelined:
    """A kernel client that sends all the cells of a notebook at its first cell, then hands out their ids.

    nbclient sends a cell when the previous one has finished and its messages have been read, so the
    kernel waits for this process between any two cells (a few milliseconds each on an idle machine,
    tens of milliseconds while this process is busy writing the workbook or the pages).  With every
    request queued at once, the kernel runs the cells back to back while nbclient reads their replies
    and outputs in order (each by its own message id, ignoring any other).  A cell that fails makes the
    kernel abort the execution requests queued after it (``stop_on_error``), as it would have refused
    them one by one.

    ``then`` is code queued after the last cell (the reset for the next notebook), followed by a
    kernel-info request and the cells of the next notebook (``following``), so that the kernel goes
    on without waiting for this process between notebooks either: their message ids are ``then_id``,
    ``info_id`` and ``following_ids``, handed to the next notebook's client as ``info`` and ``sent``.
    They are good only when this notebook ran to its end and the reset succeeded; otherwise the
    kernel has aborted them.  Everything else is the wrapped client's.
    """

    def __init__(self, kc: Any, cells: list[tuple[str, bool]], *, sent: list[str] | None = None,
                 info: str | None = None, then: str | None = None,
                 following: list[tuple[str, bool]] | None = None) -> None:
        self._kc = kc
        self._cells = list(cells)
        self._sent = list(sent) if sent is not None else None
        self._info = info
        self._then = then
        self._following = following
        self.following = following
        self._started = False
        self.then_id: str | None = None
        self.info_id: str | None = None
        self.following_ids: list[str] | None = None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._kc, name)

    def kernel_info(self) -> str:
        info, self._info = self._info, None
        return info if info is not None else self._kc.kernel_info()

    def _send_ahead(self) -> None:
        if self._then is None:
            return
        self.then_id = self._kc.execute(self._then, silent=False, store_history=False, stop_on_error=True)
        self.info_id = self._kc.kernel_info()
        if self._following:
            self.following_ids = [self._kc.execute(source, store_history=True, stop_on_error=stop)
                                  for source, stop in self._following]

    def execute(self, code: str, silent: bool = False, store_history: bool = True, stop_on_error: bool = True,
                **kw: Any) -> str:
        expected = (bool(self._cells) and self._cells[0] == (code, stop_on_error) and not silent and not kw
                    and store_history)
        if not self._started:  # the first cell: send them all (unless sent before), then what follows them
            self._started = True
            if self._sent is None:
                self._sent = [self._kc.execute(source, store_history=True, stop_on_error=stop)
                              for source, stop in self._cells] if expected else []
            if self._sent:
                self._send_ahead()
        if not self._sent:  # not the cells expected: each is sent when asked for
            return self._kc.execute(code, silent=silent, store_history=store_history, stop_on_error=stop_on_error,
                                    **kw)
        if not expected:
            raise RuntimeError("the notebook's cells changed while they ran")
        self._cells.pop(0)
        return self._sent.pop(0)


#: Times a kernel is launched at most when it never answers (see :meth:`_Kernel.start`).
KERNEL_LAUNCHES = 2

#: Seconds a launched kernel is given to answer its first request before it is taken as stuck (a kernel starts in
#: a few seconds, in tens on a machine busy with others).
KERNEL_READY_WAIT = 60


class _KernelDied(RuntimeError):
    """A kernel's process ended, or it went on without answering, before it answered its first request."""


class _Kernel:
    """One kernel and its client, reused from notebook to notebook."""

    def __init__(self, cwd: Path, timeout: int) -> None:
        self.cwd = cwd
        self.timeout = timeout
        self.km: Any = None
        self.kc: Any = None
        self.fresh = True
        #: requests already sent for the next notebook: a kernel-info request, the ids of its cells (None:
        #: not sent) and the cells themselves (source and ``stop_on_error``); or None
        self.ahead: tuple[str, list[str] | None, list[tuple[str, bool]]] | None = None

    async def start(self, launched: Callable[[], None] | None = None) -> None:
        """Launch the kernel (``launched`` is called once its process runs), wait until it answers, warm it.

        A kernel whose process dies before it answers, or that has not answered after :data:`KERNEL_READY_WAIT`
        seconds, is stopped and launched once more (:data:`KERNEL_LAUNCHES`): the ports its connection file names
        are picked free by the client and may be taken by another process (another kernel starting beside it)
        before the kernel binds them.  The kernel then stops starting: it exits, or, when the port was its output
        port, stays alive without ever answering.
        """
        for left in range(KERNEL_LAUNCHES - 1, -1, -1):
            try:
                await self._launch(launched)
                break
            except _KernelDied:
                if not left:
                    raise
                await self.shutdown()
                launched = None  # (called once, by the first launch)
        self.fresh = True
        self.ahead = None
        await self._run(WARMUP)

    async def _launch(self, launched: Callable[[], None] | None) -> None:
        """Start the kernel's process and its client's channels, and wait until it answers."""
        try:
            self.km = _kernel_manager_class()(kernel_name="python3", kernel_spec_manager=_kernel_specs())
            env = {**os.environ, "PYDEVD_DISABLE_FILE_VALIDATION": "1"}
            await self.km.start_kernel(cwd=str(self.cwd), env=env, extra_arguments=list(KERNEL_ARGUMENTS))
        finally:
            if launched is not None:
                launched()
        self.kc = self.km.client()
        self.kc.start_channels()
        await self._wait_ready(timeout=KERNEL_READY_WAIT)

    async def _wait_ready(self, timeout: float) -> None:
        """Wait until the kernel answers a kernel-info request and its output channel is connected.

        As jupyter_client's ``wait_for_ready``, without its last step: that one then reads the output
        channel until nothing has come for 0.2 s, while the kernel, ready, waits for its warm-up.  A
        message that arrives later is passed over by whoever reads that channel (each reads the
        messages of its own requests).
        """
        import zmq

        deadline = time.monotonic() + timeout
        asked: set[str] = set()
        # A request is sent on a plain socket that waits while it cannot hand the message on: when the port
        # the client connected to is held by another process's socket, of another kind, that would be for ever.
        shell = self.kc.shell_channel.socket
        shell.setsockopt(zmq.SNDTIMEO, 1000)
        try:
            while True:
                reply = None
                try:
                    asked.add(self.kc.kernel_info())
                except zmq.Again:
                    pass  # (taken as a request not answered)
                else:
                    with contextlib.suppress(queue.Empty):
                        reply = await self.kc.get_shell_msg(timeout=1)
                if await self._answered(reply, asked):
                    return
                if not await self.km.is_alive():
                    raise _KernelDied("Kernel died before replying to kernel_info")
                if time.monotonic() > deadline:
                    raise _KernelDied(f"Kernel didn't respond in {timeout:g} seconds")
        finally:
            shell.setsockopt(zmq.SNDTIMEO, -1)

    async def _answered(self, reply: dict[str, Any] | None, asked: set[str]) -> bool:
        """Whether ``reply`` answers a kernel-info request and the kernel's output channel is connected."""
        if reply is None or reply["msg_type"] != "kernel_info_reply":
            return False
        # the kernel's status for the request comes on the output channel once it is connected
        until = time.monotonic() + 0.2
        while (left := until - time.monotonic()) > 0:
            try:
                msg = await self.kc.get_iopub_msg(timeout=left)
            except queue.Empty:
                break
            if msg["parent_header"].get("msg_id") in asked:
                handle = getattr(self.kc, "_handle_kernel_info_reply", None)
                if handle is not None:
                    handle(reply)
                return True
        return False

    def send(self, cells: list[tuple[str, bool]]) -> None:
        """Queue a notebook's cells in the kernel now, behind a kernel-info request; :meth:`execute` reads their replies."""
        self.ahead = (self.kc.kernel_info(),
                      [self.kc.execute(source, store_history=True, stop_on_error=stop) for source, stop in cells],
                      list(cells))

    async def discard_ahead(self) -> None:
        """Let the requests sent ahead run out (their replies read and dropped); the next notebook is reset first."""
        ahead, self.ahead = self.ahead, None
        if ahead is not None:
            waiting = {ahead[0], *(ahead[1] or [])}
            while waiting:
                reply = await self.kc.get_shell_msg(timeout=self.timeout)
                waiting.discard(reply["parent_header"].get("msg_id"))
            self.fresh = False

    async def _run(self, code: str) -> None:
        reply = await self.kc.execute_interactive(code, silent=True, store_history=False, timeout=self.timeout,
                                                  output_hook=lambda _msg: None)
        if reply["content"].get("status") != "ok":
            content = reply["content"]
            raise RuntimeError(f"{content.get('ename', 'error')}: {content.get('evalue', '')}")

    async def alive(self) -> bool:
        return self.km is not None and await self.km.is_alive()

    async def execute(self, nb: Any, more: bool = False, following: Any = None) -> None:
        """Run ``nb`` in a clean namespace.

        ``more``: another notebook follows on this kernel, reset for it meanwhile; ``following``:
        that notebook, when it is known, whose cells are then queued too (see :class:`_Pipelined`).
        """
        from nbclient import NotebookClient

        if not await self.alive():
            self.ahead = None
            await self.shutdown()
            await self.start()
        client = NotebookClient(nb, km=self.km, timeout=self.timeout, allow_errors=False,
                                interrupt_on_timeout=True, kernel_name="python3", skip_cells_with_tag=_SKIP_TAG,
                                resources={"metadata": {"path": str(self.cwd)}})
        cells = _queued_cells(nb, client)
        if self.ahead is not None and self.ahead[1] is not None and self.ahead[2] != cells:  # not what was sent
            await self.discard_ahead()  # ahead: it runs out, then the kernel is reset
        ahead, self.ahead = self.ahead, None
        if not self.fresh:
            await self._run(RESET)
            ahead = None
        self.fresh = False
        pipeline = client.kc = _Pipelined(
            self.kc, cells, sent=ahead[1] if ahead else None, info=ahead[0] if ahead else None,
            then=RESET if more or following is not None else None,
            following=_queued_cells(following, client) if following is not None else None)
        await client.async_execute()
        if pipeline.then_id is not None:  # the reset queued after the last cell: the next notebook starts clean
            with contextlib.suppress(Exception):
                self.fresh = await self._status(pipeline.then_id) == "ok"
                if self.fresh and pipeline.info_id is not None:
                    self.ahead = (pipeline.info_id, pipeline.following_ids, list(pipeline.following or []))

    async def _status(self, msg_id: str) -> str:
        """The status of the reply to ``msg_id`` (replies to earlier requests are passed over)."""
        while True:
            reply = await self.kc.get_shell_msg(timeout=self.timeout)
            if reply["parent_header"].get("msg_id") == msg_id:
                return str(reply["content"].get("status"))

    async def shutdown(self) -> None:
        if self.kc is not None:
            with contextlib.suppress(Exception):
                self.kc.stop_channels()
        if self.km is not None:
            # killed, and not watched while it goes: the system takes a tenth of a second or more to
            # tear down a process of this size, and jupyter_client's shutdown would wait for it
            # (polling every 0.1 s); the process is reaped when its Popen object is collected
            process = getattr(getattr(self.km, "provisioner", None), "process", None)
            if process is not None and process.poll() is None:
                with contextlib.suppress(OSError):
                    process.kill()
            with contextlib.suppress(Exception):
                await self.km.cleanup_resources()  # the connection file, sockets and ports
            _LIVE.discard(self.km)
        self.km = self.kc = None


async def _run_all(paths: Sequence[Path], params: Mapping[str, Any], cwd: Path, timeout: int, kernels: int,
                   go: threading.Event, done: Callable[[Executed], None],
                   started: Callable[[int], None] | None, launched: threading.Event,
                   halt: threading.Event | None = None) -> None:
    halt = halt or threading.Event()  # set: no more notebooks are taken (a stopped build)
    pool = [_Kernel(cwd, timeout) for _ in range(max(1, min(kernels, len(paths))))]
    waiting = [len(pool)]

    def one_launched() -> None:
        waiting[0] -= 1
        if waiting[0] <= 0:
            launched.set()

    starting: list[asyncio.Future] = []
    try:
        # each kernel starts now; each takes notebooks as soon as it is warm (not when all of them are)
        starting = [asyncio.ensure_future(k.start(one_launched)) for k in pool]
        await asyncio.sleep(0)
        todo = collections.deque(range(len(paths)))
        books: list[tuple[Any, str | None]] = []

        def read_books() -> list[tuple[Any, str | None]]:
            """The notebooks, read and given their parameters the way papermill does (once the first ones run)."""
            if not books:
                import nbformat

                for path in paths:
                    try:
                        books.append((inject_parameters(nbformat.read(str(path), as_version=4), params), None))
                    except Exception as exc:  # noqa: BLE001 - reported as the notebook's failure
                        books.append((None, failure_line(path.stem, None, exc)))
            return books

        async def worker(kernel: _Kernel, start: asyncio.Future) -> None:
            await start  # a kernel that cannot start stops the run
            while not go.is_set():
                await asyncio.sleep(0.01)
            if todo and kernel.ahead is None:  # its first notebook starts now, read from its file
                cells = _file_cells(paths[todo[0]], params)
                if cells is not None:
                    kernel.send(cells)
            while todo and not halt.is_set():  # (a notebook cut short by a stop fails as its kernel dies)
                i = todo.popleft()
                path = paths[i]
                if started:
                    started(i)
                t0 = time.perf_counter()
                nb, error = read_books()[i]
                # one kernel runs them all: the next notebook is known, its cells are queued behind these
                following = books[todo[0]][0] if len(pool) == 1 and todo else None
                if error is not None:  # a notebook nbformat cannot read: what was sent of it runs out first
                    with contextlib.suppress(Exception):
                        await kernel.discard_ahead()
                    kernel.fresh = False
                else:
                    try:
                        await kernel.execute(nb, more=bool(todo), following=following)
                    except Exception as exc:  # noqa: BLE001 - a failing notebook is reported, the others run
                        error = failure_line(path.stem, nb, exc)
                done(Executed(i, path, nb, time.perf_counter() - t0, error))

        await asyncio.gather(*(worker(k, t) for k, t in zip(pool, starting, strict=True)))
    finally:
        for task in starting:
            task.cancel()
        launched.set()
        await asyncio.gather(*(k.shutdown() for k in pool), return_exceptions=True)


class Runner:
    """Notebooks executing in a background thread; results arrive on :meth:`results`."""

    def __init__(self, paths: Sequence[Path], params: Mapping[str, Any], *, cwd: Path, timeout: int = 600,
                 kernels: int = 1, started: Callable[[int], None] | None = None,
                 poll: Callable[[], None] | None = None) -> None:
        self.paths = list(paths)
        #: called whenever the building thread has waited a while (it may raise to stop the build)
        self._poll = poll or (lambda: None)
        self._go = threading.Event()
        self._launched = threading.Event()
        self._queue: queue.Queue = queue.Queue()
        self._failure: BaseException | None = None
        self._thread = threading.Thread(
            target=self._main, name="dhcheng-kernels", daemon=True,
            args=(self.paths, dict(params), cwd, timeout, kernels, started))
        self._halt = threading.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._task: asyncio.Task | None = None

    def _main(self, *args: Any) -> None:
        async def run() -> None:
            self._loop, self._task = asyncio.get_running_loop(), asyncio.current_task()
            await _run_all(*args[:5], self._go, self._queue.put, args[5], self._launched, self._halt)

        try:
            asyncio.run(run())
        except Exception as exc:  # noqa: BLE001 - handed to the building thread, as one line
            first = (str(exc).strip().splitlines() or [""])[0]
            what = first if isinstance(exc, _KernelDied) else f"{type(exc).__name__}: {first}"
            error = NotebookError(f"could not start or keep a Python kernel ({what}) — "
                                  "check that ipykernel is installed in this environment")
            error.__cause__ = exc
            self._failure = error
            self._queue.put(error)
        except BaseException as exc:  # noqa: BLE001
            self._failure = exc
            self._queue.put(exc)
        finally:
            self._launched.set()
        self._queue.put(None)

    def start(self) -> Runner:
        _RUNNERS.add(self)
        self._thread.start()
        return self

    def stop(self, wait: float = STOP_WAIT) -> None:
        """End the kernels' thread: it takes no more notebooks, what it awaits is cancelled (a notebook whose
        kernel was killed fails at once), its kernels are shut down as it ends; wait for that, at most ``wait``
        seconds."""
        self._halt.set()
        loop, task = self._loop, self._task
        if loop is not None and task is not None:
            with contextlib.suppress(RuntimeError):  # (a loop closed already: the thread has ended)
                loop.call_soon_threadsafe(task.cancel)
        self._go.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(wait)
        _RUNNERS.discard(self)

    def wait_launched(self, timeout: float = 10.0) -> None:
        """Wait until the kernel processes run (not until they are ready): they start before anything heavy."""
        deadline = time.monotonic() + timeout
        while not self._launched.wait(min(WAIT_SLICE, max(0.0, deadline - time.monotonic()))):
            self._poll()
            if time.monotonic() >= deadline:
                return

    def go(self) -> None:
        """Let the notebooks run (their inputs are in place)."""
        self._go.set()

    def check(self) -> None:
        """Raise now what stopped the kernels, if anything did (so that no more work is done for them)."""
        if self._failure is not None:
            raise self._failure

    def results(self):
        """Each :class:`Executed` as it finishes; raises what stopped the kernels, if anything."""
        while True:
            try:
                item = self._queue.get(timeout=WAIT_SLICE)
            except queue.Empty:
                self._poll()
                continue
            if item is None:
                return
            if isinstance(item, BaseException):
                raise item
            yield item


def start_runner(paths: Sequence[Path], params: Mapping[str, Any], *, cwd: Path, timeout: int = 600,
                 kernels: int = 1, started: Callable[[int], None] | None = None,
                 poll: Callable[[], None] | None = None) -> Runner:
    """Start kernels now (they warm up in the background); call ``go()`` when the inputs are ready.

    ``poll`` is called between the short waits for the kernels; what it raises stops the waiting
    (a build passes :meth:`Generation.check`, which raises once a signal has come).
    """
    return Runner(paths, params, cwd=cwd, timeout=timeout, kernels=kernels, started=started, poll=poll).start()


def run_notebooks(paths: Sequence[Path], params: Mapping[str, Any], *, cwd: Path, timeout: int = 600,
                  kernels: int = 1) -> list[Executed]:
    """Execute ``paths`` with ``params`` in ``kernels`` warm kernels; results in the order of ``paths``."""
    runner = start_runner(paths, params, cwd=cwd, timeout=timeout, kernels=kernels)
    runner.go()
    return sorted(runner.results(), key=lambda e: e.index)
