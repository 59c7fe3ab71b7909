"""An output folder that is replaced as a whole: a new generation of pages, or none.

``dhcheng report`` writes many files (pages, executed notebooks, the workbook, the index).
Writing them one by one into the output folder would leave a mix of old and new pages when a
run fails half-way, and work files behind when it is killed.  Instead:

* the new generation is built in a hidden sibling folder ``.dhcheng-new-<pid>-<name>-…``
  beside the output folder, and scratch files go to a second sibling ``.dhcheng-work-…``;
* when the build has finished, the new folder takes the place of the output folder in one
  step (an atomic exchange of the two folders where the system offers it, else two renames
  with signals held back in between), and the old generation is removed;
* on any error, on Ctrl-C (SIGINT), SIGTERM or SIGHUP, both siblings are removed and the
  previous report stays as it was;
* sibling folders left by a process that was killed outright (SIGKILL) are removed by the next
  run for the same folder.

A folder is only replaced when it is empty or holds nothing but a report written by this
package (the index lists its files): a folder of someone's own files is never swapped away.

Usage (writes files, so shown as a literal block)::

    with Generation(Path("reports")) as gen:
        (gen.path / "index.html").write_text("…")
        gen.commit()
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import re
import shutil
import signal
import stat
import sys
import tempfile
import threading
from collections.abc import Collection, Iterable
from pathlib import Path
from types import FrameType, TracebackType

from .atomic import current_umask, user_path
from .errors import ExportError

__all__ = ["BuildInterrupted", "Generation", "check_target_folder", "MANIFEST_META", "disk_error", "own_page"]

#: ``<meta name=…>`` of index.html that lists the files of a generation (space-separated names).
MANIFEST_META = "dhcheng-files"
_SIBLING = re.compile(r"^\.dhcheng-(new|work|old)-(\d+)-(.*)-[A-Za-z0-9_]{8}$")
#: What a report written before the index listed its files holds (work folders of older versions included).
_LEGACY = re.compile(r"^(index\.html|\d\d_[\w-]+\.(?:html|ipynb)|[\w.-]+\.xlsx|\.dhcheng-[\w.-]+)$")
#: What the index of a report of every version names (its footer: 由 dhcheng_analysis 生成).
_OWN_INDEX = "dhcheng_analysis"
#: What the head of every page of this package holds (:mod:`dhcheng_analysis.htmlpage` writes it).
_OWN_PAGE = b'<meta name="generator" content="dhcheng_analysis">'
#: A work file an atomic write leaves when killed (:func:`dhcheng_analysis.atomic.write_with`): ``.<name>.<random>.tmp``.
_LEFTOVER = re.compile(r"^\.(.+)\.[A-Za-z0-9_]+\.tmp$")
_SIGNALS = tuple(s for s in (getattr(signal, n, None) for n in ("SIGINT", "SIGTERM", "SIGHUP")) if s is not None)
_DISK_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}


class BuildInterrupted(KeyboardInterrupt):
    """The build was stopped by a signal (SIGINT, SIGTERM, SIGHUP); the previous report is unchanged."""

    def __init__(self, signum: int) -> None:
        super().__init__(f"stopped by {signal.Signals(signum).name}")
        self.signum = signum


def disk_error(exc: BaseException) -> OSError | None:
    """The disk-full ``OSError`` behind ``exc`` (itself, or a cause in its chain), or None."""
    seen = 0
    while exc is not None and seen < 10:
        if isinstance(exc, OSError) and exc.errno in _DISK_FULL:
            return exc
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _manifest(index: Path) -> set[str] | None:
    """File names listed by a report's index.html; an empty set for the index of a report of an older
    version (it names the package but lists no files); None when there is no index or it is not ours."""
    try:
        head = index.read_text(encoding="utf-8", errors="replace")[:20000]
    except OSError:
        return None
    m = re.search(rf'<meta\s+name="{MANIFEST_META}"\s+content="([^"]*)"', head) or re.search(
        rf'<meta\s+content="([^"]*)"\s+name="{MANIFEST_META}"', head)
    if m:
        return set(m.group(1).split())
    return set() if _OWN_INDEX in head else None


def own_page(path: str | os.PathLike) -> bool:
    """True for a page this package wrote (its head names the package as generator): no report to read."""
    try:  # (without blocking on a named pipe: only a regular file is read)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return False  # (reading it says what is wrong)
    try:
        return stat.S_ISREG(os.fstat(fd).st_mode) and _OWN_PAGE in os.read(fd, 1024)
    except OSError:
        return False
    finally:
        os.close(fd)


def _check_own(target: Path, raw: Path, after: str = "", names: Collection[str] | None = None) -> None:
    """Raise ExportError when the folder ``target`` holds a file that is not part of a report of this package
    (with ``names``: that is none of these names, nor a work file an atomic write of one left)."""
    try:
        entries = [p.name for p in target.iterdir()]
    except FileNotFoundError:
        return
    if names is not None:
        own = set(names)
        foreign = [n for n in entries if n not in own and not ((m := _LEFTOVER.match(n)) and m.group(1) in own)]
    else:
        listed = _manifest(target / "index.html")
        # beside the index of an older version (it lists nothing), the names that version wrote; without an
        # index of ours, nothing (a workbook, notebook or page of one's own is not taken for a report)
        own, older = (set(), False) if listed is None else (listed | {"index.html"}, not listed)
        foreign = [n for n in entries if n not in own and not (older and _LEGACY.match(n))]
    if foreign:
        raise ExportError(f"{raw} holds files that are not a report written by dhcheng (such as "
                          f"{sorted(foreign)[0]!r}){after} — choose an empty or new folder")


def check_target_folder(out_dir: str | os.PathLike, names: Collection[str] | None = None) -> Path:
    """The resolved output folder, after checking that a new generation may replace it (with ``names``:
    that files of these names may be written into it, the folder holding no other).

    Raises
    ------
    ExportError
        It is a file, the current folder, a folder holding files this package did not write,
        or its parent cannot be created or written.
    """
    raw = user_path(out_dir)
    if str(out_dir).strip() in ("", "."):
        raise ExportError("give the name of a folder for the report (such as reports), not the current folder")
    if raw.is_symlink() and not raw.exists():  # a new folder would be made wherever the link points
        raise ExportError(f"{raw} is a symbolic link to a missing folder or a loop of links — remove it or "
                          "choose another output folder")
    try:
        target = raw.resolve()
    except (OSError, RuntimeError) as exc:  # a loop of links on the way
        raise ExportError(f"{raw} cannot be followed ({exc}) — choose another output folder") from exc
    if target == Path.cwd().resolve() or target == Path(target.anchor):
        raise ExportError(f"{raw} is the current or root folder — give a folder of its own for the report")
    if target.exists() and not target.is_dir():
        raise ExportError(f"{raw} is a file — choose a folder for the report")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError) as exc:  # a file where a folder of the path should be
        file = next((p for p in target.parents if p.exists() and not p.is_dir()), target.parent)
        raise ExportError(f"{file} is a file, not a folder — choose another output folder") from exc
    except OSError as exc:
        raise ExportError(f"cannot create the folder {target.parent} ({exc.strerror}) — choose another output folder"
                          ) from exc
    if not os.access(target.parent, os.W_OK | os.X_OK):
        raise ExportError(f"cannot write in {target.parent} — choose a folder you can write to")
    if target.is_dir():
        _check_own(target, raw, names=names)
        if not os.access(target, os.W_OK | os.X_OK):
            raise ExportError(f"cannot replace {raw} — choose a folder you can write to")
    return target


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders in one step (Linux ``renameat2(RENAME_EXCHANGE)``); False when not available."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EPERM):
        return False
    raise OSError(code, os.strerror(code), str(b))


class Generation:
    """Context manager: build the next generation of ``target`` beside it, then :meth:`commit`.

    Inside the ``with`` block ``path`` is the (empty) folder for the new files and ``work``
    a scratch folder; SIGINT, SIGTERM and SIGHUP raise :class:`BuildInterrupted` (when entered
    from the main thread).  Leaving the block without :meth:`commit` (an error, a signal)
    removes both folders and leaves ``target`` untouched.
    """

    def __init__(self, target: Path) -> None:
        self.target = target
        self.path: Path = target
        self.work: Path = target
        self.committed = False
        self._hold = False
        self._pending: int | None = None
        #: the signal that came outside a held block (raised then, and again by :meth:`check`)
        self._signalled: int | None = None
        self._old_handlers: dict[int, object] = {}
        self._old_unraisable: object = None

    # -------------------------------------------------------------- signals
    def _on_signal(self, signum: int, _frame: FrameType | None) -> None:
        if self._hold:
            self._pending = signum
            return
        self._signalled = signum
        raise BuildInterrupted(signum)

    def _unraisable(self, unraisable: object) -> None:
        """Python's report of an exception it swallowed: silent for the handler's raise, which :meth:`check`
        raises again (no traceback on the way out of a stopped build), any other passed on."""
        if isinstance(getattr(unraisable, "exc_value", None), BuildInterrupted):
            return
        (self._old_unraisable or sys.__unraisablehook__)(unraisable)  # type: ignore[operator]

    def check(self) -> None:
        """Raise :class:`BuildInterrupted` if a signal has come.

        The handler raises where the signal finds the building thread, and Python swallows an
        exception raised inside some callbacks (a weak reference's, one run by the import system):
        the build then goes on.  Waiting loops call this, and so does :meth:`commit`.
        """
        if self._signalled is not None:
            raise BuildInterrupted(self._signalled)

    def _install(self) -> None:
        if threading.current_thread() is not threading.main_thread():
            return
        for sig in _SIGNALS:
            with contextlib.suppress(ValueError, OSError):
                self._old_handlers[sig] = signal.signal(sig, self._on_signal)
        self._old_unraisable, sys.unraisablehook = sys.unraisablehook, self._unraisable

    def _restore(self) -> None:
        for sig, old in self._old_handlers.items():
            with contextlib.suppress(ValueError, OSError, TypeError):
                signal.signal(sig, old)  # type: ignore[arg-type]
        self._old_handlers.clear()
        if self._old_unraisable is not None:
            sys.unraisablehook, self._old_unraisable = self._old_unraisable, None  # type: ignore[assignment]

    @contextlib.contextmanager
    def held(self):
        """A block that a signal does not cut in two: the signal takes effect after it."""
        outer = self._hold
        self._hold = True
        try:
            yield
        finally:
            self._hold = outer
        if not outer and self._pending is not None:
            signum, self._pending = self._pending, None
            raise BuildInterrupted(signum)

    # -------------------------------------------------------------- folders
    def _sibling(self, kind: str) -> Path:
        prefix = f".dhcheng-{kind}-{os.getpid()}-{self.target.name}-"
        return Path(tempfile.mkdtemp(prefix=prefix, dir=self.target.parent))

    def _remove_stale(self) -> None:
        with contextlib.suppress(OSError):
            for entry in self.target.parent.iterdir():
                m = _SIBLING.match(entry.name)
                if m and m.group(3) == self.target.name and not _alive(int(m.group(2))) and entry.is_dir() \
                        and not entry.is_symlink():
                    shutil.rmtree(entry, ignore_errors=True)

    def __enter__(self) -> Generation:
        self._install()
        try:
            with self.held():
                self._remove_stale()
                try:
                    self.path = self._sibling("new")
                    self.work = self._sibling("work")
                except OSError as exc:
                    self._cleanup()
                    raise ExportError(f"cannot create a folder in {self.target.parent}: {exc.strerror or exc} "
                                      "— choose a folder you can write to") from exc
        except BaseException:
            self._restore()
            raise
        return self

    def commit(self, files: Iterable[str] | None = None) -> None:
        """Put the new generation in place of the old one, in one step as far as the system allows."""
        self.check()
        mode = 0o777 & ~current_umask()
        old = self.target.parent / self.path.name.replace(".dhcheng-new-", ".dhcheng-old-", 1)
        with self.held():
            # made, filled or replaced by someone else while the report was built
            if os.path.lexists(self.target) and (self.target.is_symlink() or not self.target.is_dir()):
                raise ExportError(f"{self.target} is no longer a folder (it was replaced since the report was "
                                  "started) — choose another output folder")
            _check_own(self.target, self.target, " since the report was started; it was not replaced")
            try:
                os.chmod(self.path, mode)
                if not self.target.exists():
                    os.rename(self.path, self.target)
                elif _exchange(self.path, self.target):
                    old = self.path
                else:
                    os.rename(self.target, old)
                    try:
                        os.rename(self.path, self.target)
                    except OSError:
                        os.rename(old, self.target)  # put the previous report back
                        raise
            except OSError as exc:
                raise ExportError(f"could not put the new report in place of {self.target}: {exc.strerror or exc} "
                                  "— check that nothing else uses the folder and that you may write it") from exc
            self.committed = True
            shutil.rmtree(old, ignore_errors=True)

    def _cleanup(self) -> None:
        for folder in (self.path, self.work):
            if folder != self.target and (not self.committed or folder == self.work):
                shutil.rmtree(folder, ignore_errors=True)

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        try:
            with self.held():
                self._cleanup()
        finally:
            self._restore()
