"""Turn what users have (a path, bytes, a stream, a str) into clean report text.

Reading: only regular files are read (a folder, a named pipe, a device, a socket or a loop of
symbolic links is refused before anything is opened), without blocking, and never more than
a size limit (200 MiB unless ``max_bytes`` or ``DHCHENG_MAX_BYTES`` says otherwise).
Decoding (UTF-8 with or without BOM, UTF-16/UTF-32 with BOM, UTF-16 without BOM, the
charset an HTML page declares, then GB18030/GBK or Big5, whichever reads as Chinese), HTML
pages to text (:mod:`dhcheng_analysis.htmltext`), line-end normalisation, and the clear
errors of :mod:`dhcheng_analysis.errors`.

>>> read_source("<!DOCTYPE html><html><body><nav>首页</nav><p>收入增长5%</p></body></html>")
('收入增长5%', None)
>>> decode_bytes("一般公共預算收入完成96.9億元".encode("big5"))
'一般公共預算收入完成96.9億元'
>>> clean_text("第一行\\r\\n第二行\\r第三行\\x00")
'第一行\\n第二行\\n第三行'
"""

from __future__ import annotations

import codecs
import errno
import functools
import html
import io
import os
import re
import stat
import sys
import warnings
import zipfile
from pathlib import Path
from typing import BinaryIO, TextIO

from .atomic import user_path
from .documents import DocumentText, Source, read_document, sniff
from .errors import (
    BinaryInputError,
    CutShortWarning,
    DecodeError,
    EmptyReportError,
    ReportNotFoundError,
    ReportReadError,
    ReportTooLargeError,
    UsageError,
    one_line,
)
from .htmltext import declared_charset, html_to_text, looks_like_html
from .vocab import layout_rules

_WEB = layout_rules()
_NO_SENTENCE = r"[^\n。！？；]*"  # the rest of a line that holds no sentence end
#: Web boilerplate (``layout.json``'s ``web_*`` keys): a whole line of page furniture (扫一扫在手机上打开页面,
#: 字号 大 中 小, a crumb trail 您当前的位置:首页>>…, 分享到:…, 上一篇:…) that holds no sentence end.  A line
#: that goes on with the report's sentences (a page saved as one line) loses only the crumb trail up to its last
#: separator (the last crumb stays with the title that follows) or the label (上一篇:).
BOILERPLATE = re.compile(
    r"^[ \t\u3000]*(?:(?:" + _WEB.web_furniture_regex + "|"
    + f"(?:{_WEB.web_crumbs_head_regex}|{_WEB.web_label_head_regex}){_NO_SENTENCE}" + r")[ \t\u3000]*$"
    + f"|{_WEB.web_crumbs_head_regex}(?:[^\n。>]*>)+[ \t\u3000]*|{_WEB.web_label_head_regex})",
    re.MULTILINE,
)
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
#: A str ending in one of these names a file (which must then exist), never report text.
PATH_SUFFIXES = frozenset({".txt", ".text", ".md", ".htm", ".html", ".shtml", ".xhtml", ".pdf", ".docx",
                           ".doc", ".json", ".csv"})
#: Read limit when neither ``max_bytes`` nor the environment variable says otherwise.
DEFAULT_MAX_BYTES = 200 * 2**20
MAX_BYTES_ENV = "DHCHENG_MAX_BYTES"
_ANY_TAG = re.compile(r"<[A-Za-z!/][^<>]*>")
_URL = re.compile(r"\A\s*[A-Za-z][A-Za-z0-9+.\-]{1,15}:/{1,3}[^\s/]\S*\s*\Z")
_SUFFIX = re.compile("(?:" + "|".join(re.escape(s) for s in sorted(PATH_SUFFIXES)) + r")\s*\Z", re.IGNORECASE)
_DRIVE = re.compile(r"\A[A-Za-z]:[\\/]")
#: Control characters that end a line (vertical tab, form feed, separators) and the other
#: C0/C1 controls, which become spaces; both keep the length of the text.
_LINE_BREAKS = str.maketrans({"\x0b": "\n", "\x0c": "\n", "\x1c": "\n", "\x1d": "\n", "\x1e": "\n",
                              "\x85": "\n", "\u2028": "\n", "\u2029": "\n"})
_LINE_BREAK_CHARS = re.compile("[\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
#: A word every boilerplate line holds; the line pattern (tried at every line start) runs only then.
_BOILERPLATE_CUE = re.compile("|".join(map(re.escape, _WEB.web_boilerplate_cues)))
#: Control characters and the halves of a surrogate pair standing alone (a str made from bytes with
#: errors="surrogateescape", or cut in two: no file can hold one); each becomes a space.
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")
_ODD_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")  # either of the two
#: Format characters a web editor or a word processor leaves in copied text (zero-width space, non-joiner
#: and joiner, direction marks, word joiner, a BOM inside the text, soft hyphen, variation selectors) and
#: the direction embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which print nothing
#: but would show a name, a cell or a page's text in another order than it is read:
#: they are read away inside a line.  One before a line break stays: it hides nothing there,
#: and one alone on a line marks a web page's break inside a sentence (…达到74.4⏎​⏎万亿元), which
#: :func:`dhcheng_analysis.numbers.normalize` reads across.
_INVISIBLE_CHARS = "\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufe0e\ufe0f\ufeff"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}](?!\n|\\Z)")


def read_source(source: str | os.PathLike | bytes | BinaryIO | TextIO, *,
                max_bytes: int | None = None) -> tuple[str, str | None]:
    """Return ``(text, path)`` for a path, bytes, a readable stream or report text.

    A :class:`~pathlib.Path` (any path-like object) names a file.  A ``str`` names a file
    when it looks like a path: it ends in a file suffix (.txt, .html, .md, .pdf, .docx,
    .json, .csv …), or it holds a path separator and no line break and starts like a path
    (``/``, ``./``, ``~``, a drive letter, or a folder that exists), or it names an existing
    file (or a symbolic link, even a dangling one); such a file must exist.  Any other ``str``
    is the report text itself.  A web address is refused (download the page first).  An HTML page (a file named .html/.htm, or bytes or
    text that are clearly an HTML document) gives the text of its body.

    Parameters
    ----------
    source : path, str, bytes or binary stream
        What to read.
    max_bytes : int, optional
        Largest file or stream read, in bytes; default ``$DHCHENG_MAX_BYTES`` or 200 MiB.

    Raises
    ------
    ReportNotFoundError, ReportReadError, ReportTooLargeError, EmptyReportError, BinaryInputError, DecodeError
        One line saying what is wrong with the input and what to do.
    """
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
        kind = sniff(data)
        if kind:  # a PDF or Word file: text, tables and pages from documents.py
            return _document(data, "the given bytes", kind, max_bytes), None
        text = decode_bytes(data, name="the given bytes")
        return _html_or_text(text, name="the given bytes"), None
    if isinstance(source, str) and is_url(source):
        raise _url_error(source)
    if isinstance(source, os.PathLike) or (isinstance(source, str) and _looks_like_path(source)):
        path = user_path(source) if isinstance(source, str) and source.startswith("~") else Path(source)
        name = str(path)
        data = read_file(path, max_bytes=max_bytes)
        kind = sniff(data, path.suffix)  # a PDF or Word file: text, tables and pages from documents.py
        if kind:
            return _document(data, name, kind, max_bytes), name
        text = decode_bytes(data, name=name)
        is_html = path.suffix.lower() in HTML_SUFFIXES and _ANY_TAG.search(text[:65536]) is not None
        return _html_or_text(text, name=name, force_html=is_html), name
    if isinstance(source, str):
        return _html_or_text(source, name="the given text"), None
    if hasattr(source, "read"):
        name = _stream_name(source)
        data = read_stream(source, name=name, max_bytes=max_bytes)
        if isinstance(data, str):
            return _html_or_text(data, name=name), None
        kind = sniff(data)
        if kind:  # a PDF or Word file on a stream
            return _document(data, name, kind, max_bytes), None
        return _html_or_text(decode_bytes(data, name=name), name=name), None
    raise TypeError(f"load_report takes a path, bytes or str, not {type(source).__name__}")


def _document(data: bytes, name: str, kind: str, max_bytes: int | None) -> DocumentText:
    """The text of a PDF or Word file of ``kind`` (what :func:`~dhcheng_analysis.documents.sniff` found:
    :func:`~dhcheng_analysis.documents.read_document`); a Word file
    (a zip package) is first held to the read limit by what it unpacks to, so a small file that unpacks
    to gigabytes is refused before a byte of it is unpacked.

    Raises
    ------
    ReportTooLargeError
        A Word file that unpacks to more than the read limit.
    """
    if kind == "docx":
        limit = max_bytes_limit(max_bytes)
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as package:
                size = sum(part.file_size for part in package.infolist())
        except (zipfile.BadZipFile, OSError, ValueError):
            size = 0  # a damaged package: the reader says so
        if size > limit:
            raise _too_large(name, limit, size, verb="unpacks to")
    return read_document(data, name, kind)


def _html_or_text(text: str, name: str, force_html: bool = False) -> str:
    if force_html or looks_like_html(text):
        body = html_to_text(text)
        if not body.strip():
            raise EmptyReportError(f"{name} is a web page with no text in its body — "
                                   "save the page that shows the report, or copy its text into a .txt file")
        return DocumentText(body, Source("html"))
    return text


def is_url(s: str) -> bool:
    """True for a web address (``https://…``, ``http://…``, ``ftp://…``) rather than a file.

    >>> is_url("https://www.bjdch.gov.cn/report.html"), is_url("data/report.txt")
    (True, False)
    """
    return "\n" not in s and len(s) <= 4096 and _URL.match(s) is not None


def _url_error(s: str) -> ReportNotFoundError:
    return ReportNotFoundError(f"{s.strip()[:200]} is a web address — download the page first (save it as .html, "
                               "or copy its text into a .txt file) and give that file")


def _looks_like_path(s: str) -> bool:
    """True when a str is meant as a file name, not as report text (see :func:`read_source`)."""
    if not s.strip() or "\n" in s or "\r" in s or "\x00" in s or len(s) > 4096:
        return False
    if is_url(s):
        return False  # refused by read_source, never read as report text
    if _SUFFIX.search(s):
        return True
    seps = (os.sep, os.altsep) if os.altsep else (os.sep,)
    if any(sep in s for sep in seps):
        if s.startswith(("/", "./", "../", "~", ".\\", "..\\")) or _DRIVE.match(s):
            return True
        first = re.split("|".join(re.escape(sep) for sep in seps), s, maxsplit=1)[0]
        try:
            if first and Path(first).is_dir():
                return True
        except (OSError, ValueError):
            return False
    try:
        return os.path.lexists(s)  # a dangling link or a loop of links too: read_source says what it is
    except (OSError, ValueError):
        return False


def max_bytes_limit(max_bytes: int | None = None) -> int:
    """The read limit in bytes: ``max_bytes``, else ``$DHCHENG_MAX_BYTES``, else 200 MiB.

    >>> max_bytes_limit(1000), max_bytes_limit() == DEFAULT_MAX_BYTES or MAX_BYTES_ENV in os.environ
    (1000, True)

    Raises
    ------
    UsageError
        A limit that is not a positive size (also a bad ``DHCHENG_MAX_BYTES``).
    """
    if max_bytes is None:
        env = os.environ.get(MAX_BYTES_ENV, "").strip()
        if not env:
            return DEFAULT_MAX_BYTES
        try:
            return parse_size(env)
        except ValueError as exc:
            raise UsageError(f"{MAX_BYTES_ENV}={env[:40]!r} is not a size — use bytes or a size such as "
                             "500M or 1G") from exc
    if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes < 1:
        raise UsageError(f"max_bytes must be a whole number of bytes, 1 or more, not {max_bytes!r}")
    return max_bytes


_SIZE = re.compile(r"\A\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?\s*\Z", re.IGNORECASE)


def parse_size(text: str) -> int:
    """Bytes from ``"5000"``, ``"64K"``, ``"200M"``, ``"1.5G"`` (powers of 1024; a trailing B or iB is allowed).

    >>> parse_size("200M"), parse_size("1.5k"), parse_size("12")
    (209715200, 1536, 12)

    Raises
    ------
    ValueError
        Not a size, or zero.
    """
    m = _SIZE.match(text)
    if not m:
        raise ValueError(f"not a size: {text!r}")
    n = int(float(m.group(1)) * 1024 ** " kmgt".index(m.group(2).lower() or " "))
    if n < 1:
        raise ValueError(f"not a size: {text!r}")
    return n


def format_size(n: int) -> str:
    """A byte count as people read it.

    >>> format_size(209715200), format_size(1536), format_size(12)
    ('200 MiB', '1.5 KiB', '12 bytes')
    """
    for unit, size in (("GiB", 2**30), ("MiB", 2**20), ("KiB", 2**10)):
        if n >= size:
            return f"{n / size:.1f}".rstrip("0").rstrip(".") + f" {unit}"
    return f"{n} bytes"


def _too_large(name: str, limit: int, size: int | None = None, verb: str = "is") -> ReportTooLargeError:
    what = f"{verb} {format_size(size)}," if size is not None else "holds"
    return ReportTooLargeError(f"{name} {what} more than the {format_size(limit)} read limit — if it really is "
                               f"one report, raise the limit (--max-size, or {MAX_BYTES_ENV})")


_KINDS = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a folder"))


def file_kind(mode: int) -> str:
    """What a file of this ``st_mode`` is, in words (``"a named pipe (FIFO)"``, ``"a regular file"`` …)."""
    for test, kind in _KINDS:
        if test(mode):
            return kind
    return "a regular file" if stat.S_ISREG(mode) else "a special file"


def read_file(path: str | os.PathLike, *, max_bytes: int | None = None) -> bytes:
    """The bytes of a regular file, read without blocking and never past the read limit.

    Raises
    ------
    ReportNotFoundError
        No such file (or a broken symbolic link, or a folder), or a web address.
    ReportReadError
        A named pipe, device or socket, a loop of symbolic links, no permission, an I/O error.
    ReportTooLargeError
        Larger than ``max_bytes`` (default ``$DHCHENG_MAX_BYTES`` or 200 MiB).
    """
    limit = max_bytes_limit(max_bytes)
    path = Path(path)
    name = str(path)
    try:
        st = os.stat(path)
    except ValueError as exc:  # a NUL in the name
        raise ReportNotFoundError(f"{name[:200]!r} is not a usable file name — check the path") from exc
    except OSError as exc:
        raise _stat_error(path, exc) from exc
    _check_regular(name, st.st_mode)
    if st.st_size > limit:
        raise _too_large(name, limit, st.st_size)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise _stat_error(path, exc) from exc
    try:
        _check_regular(name, os.fstat(fd).st_mode)  # replaced since the check above
        chunks: list[bytes] = []
        total = 0
        while True:
            chunk = os.read(fd, min(1 << 24, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise _too_large(name, limit)
        return b"".join(chunks)
    except OSError as exc:
        raise ReportReadError(f"cannot read {name}: {exc.strerror or exc} — check the file and the disk") from exc
    finally:
        os.close(fd)


def _check_regular(name: str, mode: int) -> None:
    if stat.S_ISDIR(mode):
        raise ReportNotFoundError(f"{name} is a folder, not a report file — name a .txt or .html file inside it")
    if not stat.S_ISREG(mode):
        raise ReportReadError(f"{name} is {file_kind(mode)}, not a regular file — save the report to a file "
                              "and give that file")


def _stat_error(path: Path, exc: OSError) -> ReportNotFoundError | ReportReadError:
    name = str(path)
    if exc.errno == errno.ENOENT:
        if _URL.match(name.replace(":/", "://", 1)):
            return _url_error(name.replace(":/", "://", 1))
        if os.path.islink(path):
            return ReportNotFoundError(f"{name} is a symbolic link to a missing file — check where it points")
        return ReportNotFoundError(f"no such file: {name} — check the path")
    if exc.errno == errno.ENOTDIR:
        return ReportNotFoundError(f"no such file: {name} (a part of the path is a file, not a folder) — "
                                   "check the path")
    if exc.errno == errno.ELOOP:
        return ReportReadError(f"{name} is a loop of symbolic links — point the link at the report file")
    if exc.errno == errno.ENAMETOOLONG:
        return ReportNotFoundError(f"{name[:80]}… is too long for a file name — check the path")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return ReportReadError(f"cannot read {name}: Permission denied — check its permissions")
    return ReportReadError(f"cannot read {name}: {exc.strerror or exc} — check the path")


def _stream_name(stream: object) -> str:
    name = getattr(stream, "name", None)
    if name in ("<stdin>", 0) or stream is getattr(sys.stdin, "buffer", None):
        return "standard input"
    return str(name) if isinstance(name, str) and name else "the given stream"


def read_stream(stream: BinaryIO | TextIO, *, name: str = "the given stream",
                max_bytes: int | None = None) -> bytes | str:
    """Everything a stream holds (standard input, an open file), never past the read limit.

    Raises
    ------
    ReportTooLargeError, ReportReadError
    """
    limit = max_bytes_limit(max_bytes)
    try:
        data = stream.read(limit + 1)
    except UnicodeDecodeError as exc:  # a file opened as text in an encoding it is not in
        raise DecodeError(f"{name} was opened as text in an encoding it is not written in ({exc.reason} at byte "
                          f"{exc.start}) — open it in binary mode ('rb'), or pass its path") from exc
    except OSError as exc:
        raise ReportReadError(f"cannot read {name}: {exc.strerror or exc} — check what feeds it") from exc
    except ValueError as exc:  # closed (I/O operation on closed file)
        raise ReportReadError(f"cannot read {name}: {one_line(str(exc))} — pass a stream open for reading, "
                              "or the file's path") from exc
    if data is None:  # a non-blocking stream with nothing ready
        raise ReportReadError(f"{name} has nothing to read yet — pass the report when it is complete")
    if len(data) > limit:
        raise _too_large(name, limit)
    return data


def decode_bytes(data: bytes, name: str = "input") -> str:
    """Decode report bytes.

    Tried in order: a byte-order mark (UTF-8, UTF-16, UTF-32); UTF-16 without BOM (a NUL
    in every other byte); binary data is refused; UTF-8; the charset an HTML page declares
    in ``<meta>``; GB18030 (a superset of GBK and GB2312) or Big5, whichever reads as
    Chinese (see :func:`_legacy_chinese`); bytes that read as Chinese in neither are refused.

    Raises
    ------
    EmptyReportError
        No bytes, or only white space.
    BinaryInputError
        An image, archive, PDF or random bytes.
    DecodeError
        Text in none of the encodings above (also: bytes that GB18030 and Big5 decode only to
        rare characters, such as Japanese or Korean legacy encodings).
    """
    if not data.strip():
        raise EmptyReportError(f"{name} is empty — give a file that holds the report text")
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe\x00\x00", "utf-32-le"),
                     (b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(enc)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"{name} starts like {enc.upper()[:6]} (byte-order mark) but does not "
                                  f"decode at byte {exc.start + len(bom)} — save it as UTF-8 and retry") from exc
            return _nonempty(text, name)
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return _nonempty(utf16, name)
    if data.startswith(_MAGIC) or data[4:12] in _FTYP:
        raise BinaryInputError(f"{name} is binary data (an image, archive or document file), not text — "
                               "give the report as a .txt or .html file")
    binary = _is_binary(data)
    utf8_error: UnicodeDecodeError | None = None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
        text = None if binary else _utf8_cut_short(data, exc, name)
        if text is not None:
            return _nonempty(text, name)
    else:
        if not binary:
            return _nonempty(text, name)
    cjk16 = _cjk_utf16(data)
    if cjk16 is not None:
        return _nonempty(cjk16, name)
    if binary:
        raise BinaryInputError(f"{name} is binary data, not text — give the report as a .txt or .html file")
    declared = declared_charset(data) if b"<" in data[:8192] else None
    if declared:
        try:
            return _nonempty(data.decode(declared), name)
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return _nonempty(_legacy_chinese(data, name), name)
    except DecodeError:
        broken = _utf8_broken_at(data, utf8_error)
        if broken is None:
            raise
        raise DecodeError(f"{name} is UTF-8 text with a broken character at byte {broken[0]} (line {broken[1]}) "
                          "— the file is damaged: get a fresh copy or save it again as UTF-8") from None


def _utf8_cut_short(data: bytes, exc: UnicodeDecodeError, name: str) -> str | None:
    """The text of UTF-8 bytes that end in the middle of a character (a file cut short), with a
    warning; None when the bytes fail elsewhere."""
    if exc.reason != "unexpected end of data" or exc.end != len(data):
        return None
    try:
        text = data[: exc.start].decode("utf-8")
    except UnicodeDecodeError:
        return None
    warnings.warn(f"{name} ends in the middle of a character (the file may be cut short) — "
                  "that character was left out", CutShortWarning, stacklevel=4)
    return text


#: A text that is UTF-8 but for this many replaced characters at most (per 10,000 bytes; 4 in a
#: short text) is damaged UTF-8, not text in another encoding.
_BROKEN_UTF8_PER_10K = 2


def _utf8_broken_at(data: bytes, error: UnicodeDecodeError | None) -> tuple[int, int] | None:
    """(byte offset, line) of the first broken sequence (``error``, that of decoding ``data`` as UTF-8)
    of bytes that are UTF-8 but for a few of them; None when they decode, are not mostly UTF-8 or hold
    no character beyond ASCII."""
    if error is None:
        return None
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if not bad or bad > max(4, len(data) * _BROKEN_UTF8_PER_10K // 10_000):
        return None
    if sum(ord(c) > 127 and c != "\ufffd" for c in text[:4096]) < 8:
        return None
    return error.start, data.count(b"\n", 0, error.start) + 1


#: Legacy Chinese encodings tried when the bytes are not UTF-8 and declare no charset:
#: GB18030 (a superset of GBK and GB2312) for simplified text, Big5 (Microsoft's CP950, then
#: Big5-HKSCS) for traditional text.  On ties the earlier one wins.
LEGACY_ENCODINGS = ("gb18030", "cp950", "big5hkscs")
#: A reading is Chinese when at least this share of its non-ASCII characters are common
#: characters (see :func:`_common_share`); Big5 bytes read as GB18030 score about 0.5.
MIN_COMMON_SHARE = 0.8
#: Below this many non-ASCII characters a reading is not refused for a low score.
MIN_SCORED_CHARS = 12
_SAMPLE_BYTES = 1 << 18


def _legacy_chinese(data: bytes, name: str) -> str:
    """Bytes in GB18030 or Big5: the reading whose characters are common Chinese characters.

    GB18030 decodes almost any byte string, Big5 bytes included (as rare characters, kana,
    Greek letters and private-use code points), so "it decodes" proves nothing.  Each
    encoding reads a sample; the reading with the larger share of common characters wins,
    and a text that reads as Chinese in neither is refused rather than garbled.
    """
    sample = data[:_SAMPLE_BYTES]
    readings: list[tuple[float, int, int, str]] = []
    for rank, enc in enumerate(LEGACY_ENCODINGS):
        try:
            text = codecs.getincrementaldecoder(enc)().decode(sample, final=len(sample) == len(data))
        except UnicodeDecodeError:
            continue
        share, count = _common_share(text)
        readings.append((share, -rank, count, enc))
        if rank == 0 and share == 1.0:
            break  # every character a common one: no reading can do better
    for share, _, count, enc in sorted(readings, reverse=True):
        if share < MIN_COMMON_SHARE and count >= MIN_SCORED_CHARS:
            break
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    if readings:
        best = max(readings)[0]
        raise DecodeError(f"{name} is not UTF-8, and reads as Chinese neither in GB18030 nor in Big5 (only "
                          f"{best:.0%} of its characters are common ones) — save it as UTF-8 and retry")
    raise DecodeError(f"{name} is not UTF-8, UTF-16, GB18030 or Big5 text — save it as UTF-8 and retry")


@functools.cache
def _common_chars() -> frozenset[str]:
    """Hanzi of GB2312 (both levels) and of Big5 (both levels), and the punctuation, full-width
    forms and numbered signs of both standards: what Chinese text is made of, in either script."""
    big5_trail = [*range(0x40, 0x7F), *range(0xA1, 0xFF)]
    gb_trail = range(0xA1, 0xFF)
    blocks = (("gb2312", [0xA1, 0xA2, 0xA3, *range(0xB0, 0xF8)], gb_trail),
              ("cp950", [0xA1, 0xA2, *range(0xA4, 0xC7), *range(0xC9, 0xFA)], big5_trail))
    chars: set[str] = set()
    for enc, leads, trails in blocks:
        for lead in leads:
            for trail in trails:
                try:
                    chars.add(bytes((lead, trail)).decode(enc))
                except UnicodeDecodeError:
                    continue
    return frozenset(chars)


def _common_share(text: str) -> tuple[float, int]:
    """Share of the non-ASCII characters of ``text`` that are common Chinese ones, and their number."""
    common = _common_chars()
    rare = [ch for ch in text if ch > "\x7f"]
    if not rare:
        return 1.0, 0
    return sum(ch in common for ch in rare) / len(rare), len(rare)


# a character that is neither white space (what str.strip takes off) nor invisible: the search stops
# at the first one, where deleting the invisible ones and stripping would read the whole text
_VISIBLE = re.compile(f"[^\\s\x00{_INVISIBLE_CHARS}]")


def _nonempty(text: str, name: str) -> str:
    if not _VISIBLE.search(text):
        raise EmptyReportError(f"{name} holds no text, only white space — give a file that holds the report text")
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text saved without a byte-order mark, told by its NUL bytes (ASCII-heavy text)."""
    head = data[:8192]
    if len(head) < 16 or len(head) % 2 or head.count(0) < len(head) // 8:
        return None
    even_nul = head[0::2].count(0)
    odd_nul = head[1::2].count(0)
    half = len(head) // 2
    if odd_nul > 0.3 * half and even_nul < 0.05 * half:
        enc = "utf-16-le"
    elif even_nul > 0.3 * half and odd_nul < 0.05 * half:
        enc = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(enc)
    except UnicodeDecodeError:
        return None
    return None if _CONTROLS.search(text[:4096]) else text


_MAGIC = (b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"%PDF", b"\x1f\x8b", b"II*\x00",
          b"MM\x00*", b"\xd0\xcf\x11\xe0", b"Rar!", b"7z\xbc\xaf", b"\x7fELF", b"RIFF", b"OggS", b"ID3",
          b"\x00\x00\x01\x00", b"wOFF", b"\x28\xb5\x2f\xfd", b"BZh", b"\xfd7zXZ")


_FTYP = (b"ftypheic", b"ftypisom", b"ftypmp42", b"ftypavif", b"ftypM4A ")
_PLAUSIBLE = re.compile(r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2010-\u201f\x20-\x7e\t\n\r]")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _cjk_utf16(data: bytes) -> str | None:
    """Chinese text saved as UTF-16 without a byte-order mark: nearly every unit is a Han
    character, CJK punctuation or ASCII, and the Han characters are common ones (other
    encodings decode to scattered code points, or to rare Han characters)."""
    if len(data) % 2 or len(data) < 32:
        return None
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        head = text[:4096]
        plausible = len(_PLAUSIBLE.findall(head))
        if (plausible >= 0.97 * len(head) and len(_HAN.findall(head)) >= 0.3 * len(head)
                and _common_share(head)[0] >= MIN_COMMON_SHARE):  # not Shift-JIS or EUC read as UTF-16
            return text
    return None


def _is_binary(data: bytes) -> bool:
    head = data[:8192]
    if head.startswith(_MAGIC) or head[4:12] in _FTYP:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls > max(8, len(head) // 20)


_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,7}|#[0-9]{2,6}|#[xX][0-9A-Fa-f]{2,5});")  # &nbsp; &#37; &#x25;


def clean_controls(text: str) -> str:
    """``text`` with its line-separating controls as line ends and the other control characters and lone
    surrogate halves as spaces: one for one, so every offset holds.

    >>> clean_controls("收入\\x00增长\\x0b5%\\ud800")
    '收入 增长\\n5% '
    """
    if _ODD_CHARS.search(text):  # rare: one search for both kinds, each handled only when one is there
        if _LINE_BREAK_CHARS.search(text):
            text = text.translate(_LINE_BREAKS)
        if _CONTROLS.search(text):
            text = _CONTROLS.sub(" ", text)
    return text


def clean_text(text: str) -> str:
    """Read the character references a web page's source keeps (``&nbsp;``, ``&#37;``, ``&#8203;``)
    as the characters they stand for, then normalise line ends, turn NUL and other control
    characters (and lone surrogate halves) into spaces, drop the invisible format characters copied text carries inside a line
    (zero-width space U+200B, joiners, word joiner U+2060, a BOM, soft hyphen U+00AD, variation
    selectors, direction marks, embeddings, overrides and isolates) and blank out web boilerplate.

    Boilerplate becomes spaces of the same length, so the offsets of the text that remains
    do not move; a leading BOM, invisible characters inside a line and trailing white space
    are cut (offsets index the cleaned text, ``Report.text``).

    Raises
    ------
    EmptyReportError
        Nothing but white space (and boilerplate) is left.
    """
    if "&" in text and _ENTITY.search(text):
        # a text saved from a web page's source keeps its character references (全区&nbsp;1876.3亿元, 5.3&#37;):
        # each is the character it stands for, and is read away, or made a line break or a space, below
        # as that character itself would be (&#8238;, &#8203;, &#13;)
        text = _ENTITY.sub(lambda m: html.unescape(m.group()), text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.startswith("\ufeff"):
        text = text[1:]
    if _INVISIBLE.search(text):
        text = _INVISIBLE.sub("", text)
    text = clean_controls(text)
    if _BOILERPLATE_CUE.search(text):
        text = BOILERPLATE.sub(lambda m: " " * len(m.group(0)), text)
    if not _VISIBLE.search(text):  # (an invisible character kept before a line end is no text either)
        raise EmptyReportError("the report holds no text — give a file that holds the report")
    return text.rstrip()
