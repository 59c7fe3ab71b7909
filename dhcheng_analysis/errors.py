"""The exception family of dhcheng_analysis.

Every error the library raises on bad input is a :class:`ReportError`; its message is one
line that says what is wrong and what to do.  The command line prints that line and exits 1
(2 for a :class:`UsageError`); :func:`one_line` keeps a message that quotes a path or a report's
string on one printable line.
"""

from __future__ import annotations

#: Characters of a path or a report string that would break a message's one line or steer the terminal
#: (line breaks, escape sequences, other controls, direction overrides), shown as their escapes instead.
_UNPRINTABLE = {c: ascii(chr(c))[1:-1] for c in (*range(0x20), *range(0x7f, 0xa0), 0x2028, 0x2029,
                                                  *range(0x202a, 0x202f), *range(0x2066, 0x206a))}


def one_line(message: str) -> str:
    r"""``message`` as one printable line: a line break or a control character it holds (in a path
    named on the command line, say) is written as its escape (``\n``, ``\x1b``).

    >>> print(one_line("no such file: a\nb.txt"))
    no such file: a\nb.txt
    """
    return message.translate(_UNPRINTABLE)


class ReportError(Exception):
    """Base class: a report could not be used as given."""


class ReportNotFoundError(ReportError, FileNotFoundError):
    """The path names no file (or names a directory)."""


class ReportReadError(ReportError, OSError):
    """The file exists but cannot be read (permissions, I/O)."""


class EmptyReportError(ReportError, ValueError):
    """The input is empty or whitespace only."""


class BinaryInputError(ReportError, ValueError):
    """The input is binary data (an image, an archive, random bytes), not text."""


class DocumentError(BinaryInputError):
    """A PDF or Word file that cannot be turned into report text."""


class ScannedDocumentError(DocumentError):
    """A PDF without a text layer (its pages are images): it needs OCR first."""


class EncryptedDocumentError(DocumentError):
    """A PDF or Word file that needs a password to open."""


class LegacyWordError(DocumentError):
    """An old binary Word file (.doc): save it as .docx or PDF."""


class CorruptDocumentError(DocumentError):
    """A damaged, truncated or mislabelled PDF or Word file."""


class MissingDependencyError(ReportError, ImportError):
    """An optional extra needed for this input (e.g. ``documents`` for PDF and Word) is not installed."""


class DecodeError(ReportError, UnicodeError):
    """The bytes are text in no supported encoding."""


class ReportTooLargeError(ReportError, MemoryError):
    """The input is too large: over the read limit (``max_bytes``, ``DHCHENG_MAX_BYTES``), or more
    than the machine's memory holds while it is read."""


class UsageError(ReportError, ValueError):
    """An argument that cannot be used as given (the command line exits 2 on it)."""


class NoFiguresWarning(UserWarning):
    """The document holds no figures: the facts table is empty."""


class CutShortWarning(UserWarning):
    """The text ends in the middle of a character (the file was cut short); that character was left out."""


class PlacelessReportsWarning(UserWarning):
    """Reports of a corpus that names places for others name none: their figures join no place's series."""


class TableInvariantError(ReportError, AssertionError):
    """A built table broke one of its invariants (a bug or a malformed report)."""


class ExportError(ReportError, OSError):
    """An output file could not be written (missing folder, no permission, missing extra)."""


class NotebookError(ReportError, RuntimeError):
    """A notebook failed while building the HTML report."""
