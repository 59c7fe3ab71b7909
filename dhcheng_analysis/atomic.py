"""Write files so that a failure never leaves a partial file or loses the previous one.

Every output goes to a temporary file in the target folder, is flushed to disk, gets
ordinary permissions (those of the file it replaces, or ``0666`` less the umask: ``0644``
usually) and is then renamed onto the target in one step.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from .errors import ExportError, ReportError

_UMASK_LOCK = threading.Lock()


def _check_folder(path: Path) -> None:
    folder = path.parent
    if not folder.exists():
        raise ExportError(f"folder {folder} does not exist — create it first or choose another output path")
    if not folder.is_dir():
        raise ExportError(f"{folder} is not a folder — choose another output path")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ExportError(f"cannot write in {folder} — choose a folder you can write to")
    if path.is_dir():
        raise ExportError(f"{path} is a folder — give a file name")


def check_target(path: str | os.PathLike) -> Path:
    """Raise a one-line ExportError now if ``path`` cannot be written (before any slow work)."""
    target = Path(path).expanduser()
    _check_folder(target)
    return target


def current_umask() -> int:
    """The process umask (read without changing it for longer than a moment)."""
    with _UMASK_LOCK:
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


def _final_mode(target: Path) -> int:
    """Mode for the new file: keep the replaced file's permissions, else ``0666 & ~umask``."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        return 0o666 & ~current_umask()


def _fsync(path: Path) -> None:
    with contextlib.suppress(OSError), open(path, "rb") as fh:
        os.fsync(fh.fileno())


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary path in the target folder; on success rename it onto ``path``.

    On any exception the temporary file is removed and ``path`` is left untouched.
    Operating-system failures (disk full, permission denied) become one-line
    :class:`~dhcheng_analysis.errors.ExportError`.

    Examples
    --------
    ::

        with atomic_path("out.txt") as tmp:
            tmp.write_text("hello")
    """
    target = Path(path).expanduser()
    _check_folder(target)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise ExportError(f"cannot create a file in {target.parent}: {exc.strerror or exc} "
                          "— choose a folder you can write to") from exc
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        try:
            yield tmp_path
        except ReportError:
            raise
        except OSError as exc:
            raise ExportError(f"could not write {target}: {exc.strerror or exc} "
                              "— check free space and permissions") from exc
        try:
            os.chmod(tmp_path, _final_mode(target))
            _fsync(tmp_path)
            os.replace(tmp_path, target)
        except OSError as exc:
            raise ExportError(f"could not replace {target}: {exc.strerror or exc} "
                              "— check that it is not open elsewhere and that you may write it") from exc
    except BaseException:
        with contextlib.suppress(OSError):
            tmp_path.unlink()
        raise


def write_with(path: str | os.PathLike, writer: Callable[[Path], None]) -> Path:
    """Call ``writer(tmp_path)`` and move the result onto ``path`` atomically."""
    with atomic_path(path) as tmp:
        writer(tmp)
    return Path(path).expanduser()


def write_text(path: str | os.PathLike, text: str, encoding: str = "utf-8") -> Path:
    """Atomically write ``text`` to ``path``."""
    return write_with(path, lambda tmp: tmp.write_text(text, encoding=encoding))
