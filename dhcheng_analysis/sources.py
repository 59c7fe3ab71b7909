"""Turn what users have (a path, bytes, a str) into clean report text.

Decoding (UTF-8 with or without BOM, UTF-16 with BOM, GB18030/GBK), line-end
normalisation, and the clear errors of :mod:`dhcheng_analysis.errors`.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from .errors import (
    BinaryInputError,
    DecodeError,
    EmptyReportError,
    ReportNotFoundError,
    ReportReadError,
)

BOILERPLATE = re.compile(
    r"^[ \t\u3000]*(?:扫一扫在手机上打开(?:当前)?页面|字号[:：]?\s*(?:[大中小]\s*)*|"
    r"您(?:当前)?的?位置[:：].*|当前位置[:：].*|【?打印(?:本页)?】?\s*【?关闭(?:窗口)?】?|"
    r"分享到[:：]?.*|【?字体[:：].*|(?:上一篇|下一篇)[:：].*)[ \t\u3000]*$",
    re.MULTILINE,
)


def read_source(source: str | os.PathLike | bytes) -> tuple[str, str | None]:
    """Return ``(text, path)`` for a path, bytes or report text.

    A ``str`` naming an existing file (or ending in .txt/.htm/.html) is read as a file;
    any other ``str`` is the report text itself.
    """
    if isinstance(source, bytes | bytearray):
        return decode_bytes(bytes(source), name="the given bytes"), None
    if isinstance(source, os.PathLike) or (isinstance(source, str) and _looks_like_path(source)):
        path = Path(source)
        return decode_bytes(_read_file(path), name=str(path)), str(path)
    if isinstance(source, str):
        return source, None
    raise TypeError(f"load_report takes a path, bytes or str, not {type(source).__name__}")


def _looks_like_path(s: str) -> bool:
    if "\n" in s or len(s) > 4096:
        return False
    if re.search(r"\.(?:txt|text|html?|md)$", s, re.IGNORECASE):
        return True
    try:
        return Path(s).exists()
    except (OSError, ValueError):
        return False


def _read_file(path: Path) -> bytes:
    if not path.exists():
        raise ReportNotFoundError(f"no such file: {path} — check the path, or pass the report text itself")
    if path.is_dir():
        raise ReportNotFoundError(f"{path} is a folder, not a report file — name a .txt or .html file inside it")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ReportReadError(f"cannot read {path}: {exc.strerror or exc} — check its permissions") from exc


def decode_bytes(data: bytes, name: str = "input") -> str:
    """Decode report bytes: UTF-8 (BOM or not), UTF-16 with BOM, else GB18030."""
    if not data.strip():
        raise EmptyReportError(f"{name} is empty — give a file that holds the report text")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise DecodeError(f"{name} starts like UTF-16 but does not decode — save it as UTF-8 and retry") from exc
    if _is_binary(data):
        raise BinaryInputError(f"{name} is binary data, not text — give the report as a .txt or .html file")
    for enc in ("utf-8", "gb18030"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise DecodeError(f"{name} is not UTF-8, UTF-16 or GB18030 text — save it as UTF-8 and retry")


def _is_binary(data: bytes) -> bool:
    head = data[:8192]
    if head.startswith((b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"%PDF", b"\x1f\x8b")):
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls > max(8, len(head) // 20)


def clean_text(text: str) -> str:
    """Normalise line ends, drop NUL bytes and blank out web boilerplate lines.

    Boilerplate lines become spaces of the same length, so the offsets of the text that
    remains do not move; trailing whitespace at the end is cut.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", " ")
    if text.startswith("\ufeff"):
        text = text[1:]
    text = BOILERPLATE.sub(lambda m: " " * len(m.group(0)), text)
    if not text.strip():
        raise EmptyReportError("the report holds no text — give a file that holds the report")
    return text.rstrip()
