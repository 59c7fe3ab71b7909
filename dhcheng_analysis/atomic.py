"""Write files so that a failure never leaves a partial file or loses the previous one.

Every output goes to a temporary file beside the target, is flushed to disk (``fsync``), gets
ordinary permissions (those of the file it replaces, or ``0666`` less the umask: ``0644``
usually) and is then renamed onto the target in one step.  Only a new path or a regular file
is written: a folder, a named pipe, a device or a socket (or a symbolic link to one) is
refused, so an output never replaces ``/dev/null`` or a pipe with a file.  A symbolic link
to a regular file in the link's own folder or below it (``latest.csv -> data/2020.csv``) is
kept, and the file it points to is replaced; a link to a file anywhere else
(``out.csv -> /etc/passwd``) is refused, so an output named in one folder never replaces a
file outside it.

A command that writes many files into one output folder holds :func:`folder_lock` while it
runs, so that a second run writing into the same folder is refused instead of mixing its
files with the first run's.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import stat
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from .errors import ExportError, ReportError

_UMASK_LOCK = threading.Lock()
_FOLDER_ENDS = tuple({"/", os.sep, os.altsep or "/"})
#: ``fsync`` errors that only say the file system cannot sync (the data was written).
_NO_SYNC = frozenset({errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EROFS, errno.EBADF})


def user_path(path: str | os.PathLike) -> Path:
    """``path`` with a leading ``~`` or ``~user`` expanded to that home folder; as written when there
    is no such user or home (Path.expanduser would raise), so that reading or writing it fails with
    our own error, naming the path."""
    p = Path(path)
    try:
        return p.expanduser()
    except RuntimeError:
        return p


def _kind(mode: int) -> str:
    for test, kind in ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return kind
    return "a special file"


def _writable_target(target: Path) -> Path:
    """The path whose file an output replaces: ``target`` (new or a regular file), or the
    regular file a symbolic link at ``target`` points to.

    Raises
    ------
    ExportError
        ``target`` is (or links to) a folder, a named pipe, a device, a socket or nothing.
    """
    try:
        lst = os.lstat(target)
    except ValueError as exc:
        raise ExportError(f"{str(target)[:200]!r} is not a usable file name — choose another output path") from exc
    except OSError:
        return target  # a new path (or a missing folder, reported by _check_folder)
    real = target
    mode = lst.st_mode
    if stat.S_ISLNK(mode):
        try:
            mode = os.stat(target).st_mode
        except OSError as exc:
            why = "a loop of symbolic links" if exc.errno == errno.ELOOP else "a symbolic link to a missing file"
            raise ExportError(f"{target} is {why} — remove it or choose another output path") from exc
        real = Path(os.path.realpath(target))
        if stat.S_ISDIR(mode):
            raise ExportError(f"{target} is a link to a folder — give a file name")
        if not stat.S_ISREG(mode):
            raise ExportError(f"{target} is a symbolic link to {_kind(mode)}, not a regular file — "
                              "write to a regular file or a new path")
        if not _below(real, Path(os.path.realpath(target.parent))):
            raise ExportError(f"{target} is a symbolic link to {real}, outside its folder — write to a "
                              "regular file or a new path, or remove the link")
        return real
    if stat.S_ISDIR(mode):
        raise ExportError(f"{target} is a folder — give a file name")
    if not stat.S_ISREG(mode):
        raise ExportError(f"{target} is {_kind(mode)}, not a regular file — write to a regular file or a new path")
    return real


def _below(path: Path, folder: Path) -> bool:
    """Whether ``path`` lies in ``folder`` or a folder below it (both resolved)."""
    return folder in path.parents  # path.parent is the first of them


def _check_folder(path: Path) -> None:
    folder = path.parent
    if not folder.exists():
        raise ExportError(f"folder {folder} does not exist — create it first or choose another output path")
    if not folder.is_dir():
        raise ExportError(f"{folder} is not a folder — choose another output path")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ExportError(f"cannot write in {folder} — choose a folder you can write to")


def check_target(path: str | os.PathLike) -> Path:
    """Raise a one-line ExportError now if ``path`` cannot be written (before any slow work).

    Returns the path an output replaces (the target, or the file a symbolic link points to).
    """
    if not isinstance(path, str | os.PathLike):
        raise TypeError(f"the output path must be a file name (str or Path), not {type(path).__name__}")
    if not str(path):
        raise ExportError("the output path is empty — give a file name")
    if str(path).endswith(_FOLDER_ENDS):  # Path() drops the slash: out/ would become a file named out
        raise ExportError(f"{str(path)[:200]} ends with a slash, which names a folder — give a file name")
    target = user_path(path)
    real = _writable_target(target)
    _check_folder(real)
    return real


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
    """Flush a file to disk; a full disk or an I/O error here is an error, not a warning."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in _NO_SYNC:
            raise
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    """Make a rename durable (best effort: not every system can sync a folder)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary path in the target folder; on success rename it onto ``path``.

    On any exception the temporary file is removed and ``path`` is left untouched.
    Operating-system failures (disk full, I/O error, permission denied) become one-line
    :class:`~dhcheng_analysis.errors.ExportError`; so does a target that is not a regular
    file or a new path.

    Examples
    --------
    ::

        with atomic_path("out.txt") as tmp:
            tmp.write_text("hello")
    """
    target = check_target(path)
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
                              "— check free space and permissions (nothing was changed)") from exc
        try:
            os.chmod(tmp_path, _final_mode(target))
            _fsync(tmp_path)
        except OSError as exc:
            raise ExportError(f"could not write {target}: {exc.strerror or exc} "
                              "— check free space and the disk (nothing was changed)") from exc
        _writable_target(target)  # still a regular file or a new path just before the rename
        try:
            os.replace(tmp_path, target)
        except OSError as exc:
            raise ExportError(f"could not replace {target}: {exc.strerror or exc} "
                              "— check that it is not open elsewhere and that you may write it") from exc
        _fsync_folder(target.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp_path.unlink()
        raise


def write_with(path: str | os.PathLike, writer: Callable[[Path], None]) -> Path:
    """Call ``writer(tmp_path)`` and move the result onto ``path`` atomically."""
    with atomic_path(path) as tmp:
        writer(tmp)
    return user_path(path)


def write_text(path: str | os.PathLike, text: str, encoding: str = "utf-8") -> Path:
    """Atomically write ``text`` to ``path``."""
    return write_with(path, lambda tmp: tmp.write_text(text, encoding=encoding))


@contextlib.contextmanager
def folder_lock(path: str | os.PathLike) -> Iterator[None]:
    """Hold the output folder ``path`` (made or not) for one run: a second run that asks for the same
    folder (by any name: links are followed) while this one holds it gets a one-line ExportError.

    The lock is an advisory ``flock`` on a file in the temporary folder named after the folder's
    real path (nothing is written into the output folder itself), removed when the run ends; the
    system releases the lock when the process ends, however it ends.  Where ``flock`` is not
    offered, nothing is locked.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not on Windows
        yield
        return
    real = os.path.realpath(user_path(path))
    key = hashlib.sha256(os.fsencode(real)).hexdigest()[:24]
    lock = Path(tempfile.gettempdir(), f"dhcheng-{os.getuid()}-{key}.lock")
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOFOLLOW", 0)
    while True:
        try:
            fd = os.open(lock, flags, 0o600)
        except OSError:  # no usable temporary folder: run unlocked rather than not at all
            yield
            return
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            if _same_file(fd, lock):
                break
        except BlockingIOError:
            os.close(fd)
            raise ExportError(f"another dhcheng run is writing into {real} — wait for it to end, "
                              "or choose another output folder") from None
        except OSError:  # a file system without locks
            break
        os.close(fd)  # the run that held it removed it as it ended: lock the file there now
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            if _same_file(fd, lock):
                lock.unlink()
        os.close(fd)


def _same_file(fd: int, path: Path) -> bool:
    """Whether the open file ``fd`` is still the file at ``path``."""
    try:
        return os.path.samestat(os.fstat(fd), os.stat(path))
    except OSError:
        return False
