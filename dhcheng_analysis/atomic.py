"""Write files so that a failure never leaves a partial file or loses the previous one."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from .errors import ExportError


def _check_folder(path: Path) -> None:
    folder = path.parent
    if not folder.exists():
        raise ExportError(f"folder {folder} does not exist — create it first or choose another output path")
    if not folder.is_dir():
        raise ExportError(f"{folder} is not a folder — choose another output path")
    if not os.access(folder, os.W_OK):
        raise ExportError(f"cannot write in {folder} — choose a folder you can write to")
    if path.is_dir():
        raise ExportError(f"{path} is a folder — give a file name")


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary path in the target folder; on success rename it onto ``path``.

    On any exception the temporary file is removed and ``path`` is left untouched.
    """
    target = Path(path)
    _check_folder(target)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        os.replace(tmp_path, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp_path.unlink()
        raise


def write_with(path: str | os.PathLike, writer: Callable[[Path], None]) -> Path:
    """Call ``writer(tmp_path)`` and move the result onto ``path`` atomically."""
    with atomic_path(path) as tmp:
        writer(tmp)
    return Path(path)


def write_text(path: str | os.PathLike, text: str, encoding: str = "utf-8") -> Path:
    """Atomically write ``text`` to ``path``."""
    return write_with(path, lambda tmp: tmp.write_text(text, encoding=encoding))
