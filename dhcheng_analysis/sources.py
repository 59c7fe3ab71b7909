"""Turn what users have (a path, bytes, a str) into clean report text.

Decoding (UTF-8 with or without BOM, UTF-16/UTF-32 with BOM, UTF-16 without BOM, the
charset an HTML page declares, GB18030/GBK), HTML pages to text
(:mod:`dhcheng_analysis.htmltext`), line-end normalisation, and the clear errors of
:mod:`dhcheng_analysis.errors`.

>>> read_source("<!DOCTYPE html><html><body><nav>首页</nav><p>收入增长5%</p></body></html>")
('收入增长5%', None)
>>> clean_text("第一行\\r\\n第二行\\r第三行\\x00")
'第一行\\n第二行\\n第三行'
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
from .htmltext import declared_charset, html_to_text, looks_like_html

BOILERPLATE = re.compile(
    r"^[ \t\u3000]*(?:扫一扫在手机上打开(?:当前)?页面|字号[:：]?\s*(?:[大中小]\s*)*|"
    r"您(?:当前)?的?位置[:：].*|当前位置[:：].*|【?打印(?:本页)?】?\s*【?关闭(?:窗口)?】?|"
    r"分享到[:：]?.*|【?字体[:：].*|(?:上一篇|下一篇)[:：].*)[ \t\u3000]*$",
    re.MULTILINE,
)
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
_ANY_TAG = re.compile(r"<[A-Za-z!/][^<>]*>")
#: Control characters that end a line (vertical tab, form feed, separators) and the other
#: C0/C1 controls, which become spaces; both keep the length of the text.
_LINE_BREAKS = str.maketrans({"\x0b": "\n", "\x0c": "\n", "\x1c": "\n", "\x1d": "\n", "\x1e": "\n",
                              "\x85": "\n", "\u2028": "\n", "\u2029": "\n"})
_LINE_BREAK_CHARS = re.compile("[\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
#: A word every boilerplate line holds; the line pattern (tried at every line start) runs only then.
_BOILERPLATE_CUE = re.compile("扫一扫|字号|位置|打印|关闭|分享到|字体|上一篇|下一篇")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]")


def read_source(source: str | os.PathLike | bytes) -> tuple[str, str | None]:
    """Return ``(text, path)`` for a path, bytes or report text.

    A ``str`` naming an existing file (or ending in .txt/.htm/.html) is read as a file;
    any other ``str`` is the report text itself.  An HTML page (a file named .html/.htm,
    or bytes or text that are clearly an HTML document) gives the text of its body.

    Raises
    ------
    ReportNotFoundError, ReportReadError, EmptyReportError, BinaryInputError, DecodeError
        One line saying what is wrong with the input and what to do.
    """
    if isinstance(source, bytes | bytearray | memoryview):
        text = decode_bytes(bytes(source), name="the given bytes")
        return _html_or_text(text, name="the given bytes"), None
    if isinstance(source, os.PathLike) or (isinstance(source, str) and _looks_like_path(source)):
        path = Path(source)
        name = str(path)
        text = decode_bytes(_read_file(path), name=name)
        is_html = path.suffix.lower() in HTML_SUFFIXES and _ANY_TAG.search(text[:65536]) is not None
        return _html_or_text(text, name=name, force_html=is_html), name
    if isinstance(source, str):
        return _html_or_text(source, name="the given text"), None
    raise TypeError(f"load_report takes a path, bytes or str, not {type(source).__name__}")


def _html_or_text(text: str, name: str, force_html: bool = False) -> str:
    if force_html or looks_like_html(text):
        body = html_to_text(text)
        if not body.strip():
            raise EmptyReportError(f"{name} is a web page with no text in its body — "
                                   "save the page that shows the report, or copy its text into a .txt file")
        return body
    return text


def _looks_like_path(s: str) -> bool:
    if not s.strip() or "\n" in s or "\r" in s or len(s) > 4096:
        return False
    if re.search(r"\.(?:txt|text|s?html?|xhtml|md)$", s.strip(), re.IGNORECASE):
        return True
    try:
        return Path(s).exists()
    except (OSError, ValueError):
        return False


def _read_file(path: Path) -> bytes:
    try:
        exists = path.exists()
    except (OSError, ValueError) as exc:
        raise ReportNotFoundError(f"{str(path)[:200]!r} is not a usable file name — check the path") from exc
    if not exists:
        raise ReportNotFoundError(f"no such file: {path} — check the path, or pass the report text itself")
    if path.is_dir():
        raise ReportNotFoundError(f"{path} is a folder, not a report file — name a .txt or .html file inside it")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ReportReadError(f"cannot read {path}: {exc.strerror or exc} — check its permissions") from exc


def decode_bytes(data: bytes, name: str = "input") -> str:
    """Decode report bytes.

    Tried in order: a byte-order mark (UTF-8, UTF-16, UTF-32); UTF-16 without BOM (a NUL
    in every other byte); binary data is refused; UTF-8; the charset an HTML page declares
    in ``<meta>``; GB18030 (a superset of GBK and GB2312).

    Raises
    ------
    EmptyReportError
        No bytes, or only white space.
    BinaryInputError
        An image, archive, PDF or random bytes.
    DecodeError
        Text in none of the encodings above.
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
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if not binary:
            return _nonempty(text, name)
    cjk16 = _cjk_utf16(data)
    if cjk16 is not None:
        return _nonempty(cjk16, name)
    if binary:
        raise BinaryInputError(f"{name} is binary data, not text — give the report as a .txt or .html file")
    declared = declared_charset(data) if b"<" in data[:8192] else None
    for enc in dict.fromkeys(e for e in (declared, "gb18030") if e):
        try:
            return _nonempty(data.decode(enc), name)
        except (UnicodeDecodeError, LookupError):
            continue
    raise DecodeError(f"{name} is not UTF-8, UTF-16 or GB18030 text — save it as UTF-8 and retry")


_INVISIBLE = dict.fromkeys(map(ord, "\x00\ufeff\u200b\u200c\u200d\u2060"))


def _nonempty(text: str, name: str) -> str:
    if not text.translate(_INVISIBLE).strip():
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
    character, CJK punctuation or ASCII (other encodings decode to scattered code points)."""
    if len(data) % 2 or len(data) < 32:
        return None
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        head = text[:4096]
        plausible = len(_PLAUSIBLE.findall(head))
        if plausible >= 0.97 * len(head) and len(_HAN.findall(head)) >= 0.3 * len(head):
            return text
    return None


def _is_binary(data: bytes) -> bool:
    head = data[:8192]
    if head.startswith(_MAGIC) or head[4:12] in _FTYP:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls > max(8, len(head) // 20)


def clean_text(text: str) -> str:
    """Normalise line ends, turn NUL and other control characters into spaces and blank out
    web boilerplate lines.

    Boilerplate lines become spaces of the same length, so the offsets of the text that
    remains do not move; a leading BOM and trailing white space are cut.

    Raises
    ------
    EmptyReportError
        Nothing but white space (and boilerplate) is left.
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.startswith("\ufeff"):
        text = text[1:]
    if _LINE_BREAK_CHARS.search(text):  # rare: translate only when one is there
        text = text.translate(_LINE_BREAKS)
    if _CONTROLS.search(text):
        text = _CONTROLS.sub(" ", text)
    if _BOILERPLATE_CUE.search(text):
        text = BOILERPLATE.sub(lambda m: " " * len(m.group(0)), text)
    if not text.strip():
        raise EmptyReportError("the report holds no text — give a file that holds the report")
    return text.rstrip()
