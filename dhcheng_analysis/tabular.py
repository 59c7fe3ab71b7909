"""CSV and JSON text of a table: the one CSV writer, with its formula guard, and the JSON writer.

Every CSV the package writes (``dhcheng facts --format csv``, ``dhcheng export --format csv``,
:func:`dhcheng_analysis.to_csv`) is made by :func:`csv_text`.  A text cell that a spreadsheet
could run as a formula — it begins (after spaces) with ``=``, ``+``, ``-``, ``@``, a tab, a
carriage return or a line feed, or with a full-width ``＝ ＋ － ＠`` — gets a leading ``'``.
A cell that is only a plain number (``-7``, ``+3.5``, ``1e-3``) or a lone ``-`` is left as it
is: a spreadsheet reads it as that number or sign, never as a formula. Columns of a numeric
dtype are written as numbers and never touched.

JSON needs no guard: strings are kept intact (not ASCII-escaped), numbers exact, missing
values and non-finite numbers ``null``.

>>> import pandas as pd
>>> print(csv_text(pd.DataFrame({"text": ["=1+1", "-7", "收入"], "value": [-7.0, 1.5, None]}), "\\n"), end="")
text,value
'=1+1,-7.0
-7,1.5
收入,
>>> print(json_text(pd.DataFrame({"text": ["收入/支出"], "value": [float("nan")]}), indent=None))
[{"text": "收入/支出", "value": null}]
"""

from __future__ import annotations

import json
import math
import re
from datetime import date, datetime
from typing import Any

import pandas as pd

#: First characters (after spaces) that make a spreadsheet read a cell as a formula.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|[+-]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
#: What a cell may not show as it is: control characters other than tab and line ends, lone surrogate
#: halves (become U+FFFD), and the direction embeddings, overrides and isolates, which would show the cell
#: in another order than it is read (removed).  A report's text holds none (it is cleaned as it is read);
#: a table of a report built by hand, or any other table, may.
_UNSHOWN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")
_DIRECTION = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def risky_text(s: str) -> bool:
    """True when a spreadsheet could read ``s`` as a formula.

    It begins (after spaces) with = + - @, a tab, CR or LF, or a full-width ＝ ＋ － ＠, and it
    is not a plain number or a lone sign.

    >>> risky_text("=HYPERLINK(1)"), risky_text(" @SUM(1)"), risky_text("-7.5"), risky_text("-1+1"), risky_text("收入")
    (True, True, False, True, False)
    """
    t = s.lstrip(" \u3000")
    return t.startswith(FORMULA_START) and _PLAIN_NUMBER.fullmatch(t) is None


def _clean(s: str) -> str:
    """Lone surrogates (which no file can hold) become U+FFFD."""
    return _SURROGATE.sub("\ufffd", s) if _SURROGATE.search(s) else s


def shown_text(s: str) -> str:
    """``s`` as a spreadsheet cell shows it safely: control characters (but tab and line ends) and lone
    surrogates as U+FFFD, direction controls removed.

    >>> shown_text("收入\\u202e增长\\x1b[31m") == "收入增长\\ufffd[31m"
    True
    """
    if not _UNSHOWN.search(s):
        return s
    return _UNSHOWN.sub(lambda m: "" if m.group() in _DIRECTION else "\ufffd", s)


def join_cell(v: Any) -> Any:
    """A list-like cell as ``a;b;c``; any other value unchanged."""
    if isinstance(v, list | tuple | set | frozenset):
        return ";".join(str(x) for x in v)
    if hasattr(v, "tolist") and not isinstance(v, str) and getattr(v, "ndim", 0) == 1:
        return ";".join(str(x) for x in v.tolist())
    return v


def csv_safe(v: Any) -> Any:
    """A cell value for CSV: lists joined with ``;``, text as :func:`shown_text`, prefixed with ``'``
    when a spreadsheet would run it as a formula; numbers and other values unchanged.

    >>> csv_safe("=1+1"), csv_safe("收入"), csv_safe(-1.0), csv_safe(["f1", "f2"])
    ("'=1+1", '收入', -1.0, 'f1;f2')
    """
    v = join_cell(v)
    if isinstance(v, str):
        v = shown_text(v)
        if risky_text(v):
            return "'" + v
    return v


def is_missing(v: Any) -> bool:
    """True for None, NA, NaT and NaN (not for lists or text)."""
    if v is None or v is pd.NA or v is pd.NaT:
        return True
    if isinstance(v, float):
        return math.isnan(v)
    try:
        return bool(pd.isna(v)) if not isinstance(v, list | tuple | set | dict) else False
    except (TypeError, ValueError):
        return False


def _is_number_column(s: pd.Series) -> bool:
    return pd.api.types.is_numeric_dtype(s) or pd.api.types.is_bool_dtype(s)


def guarded(df: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``df`` whose text cells and column names are safe in a spreadsheet (see :func:`csv_safe`)."""
    out = df.copy()
    for i in range(out.shape[1]):
        col = out.iloc[:, i]
        if not _is_number_column(col):
            out.isetitem(i, pd.Series([None if is_missing(v) else csv_safe(v) for v in col.tolist()],
                                      index=out.index, dtype=object))
    out.columns = [csv_safe(str(c)) for c in out.columns]
    return out


def csv_text(df: pd.DataFrame, lineterminator: str = "\r\n") -> str:
    """The CSV text of a table, with the formula guard; no byte-order mark, no index.

    Floats are written exactly (they read back equal), missing values as empty cells.
    """
    return guarded(df).to_csv(index=False, lineterminator=lineterminator)


def _json_value(v: Any) -> Any:
    if isinstance(v, list | tuple | set | frozenset):
        return [_json_value(x) for x in v]
    if hasattr(v, "tolist") and not isinstance(v, str) and getattr(v, "ndim", 0) >= 1:
        return [_json_value(x) for x in v.tolist()]
    if is_missing(v):
        return None
    if hasattr(v, "item") and not isinstance(v, str):  # numpy scalars
        v = v.item()
    if isinstance(v, str):
        return _clean(v)
    if isinstance(v, bool | int):
        return v
    if isinstance(v, float):
        return v if math.isfinite(v) else None
    if isinstance(v, datetime | date):
        return v.isoformat()
    return _clean(str(v))


def json_records(df: pd.DataFrame) -> list[dict[str, Any]]:
    """The rows of a table as JSON-ready dicts (column order kept)."""
    names = [str(c) for c in df.columns]
    columns = [[_json_value(v) for v in df.iloc[:, i].tolist()] for i in range(df.shape[1])]
    return [dict(zip(names, row, strict=True)) for row in zip(*columns, strict=True)] if columns else \
        [{} for _ in range(len(df))]


def json_text(df: pd.DataFrame, indent: int | None = 1) -> str:
    """The JSON text of a table: a list of records, UTF-8 characters as they are."""
    return json.dumps(json_records(df), ensure_ascii=False, indent=indent, allow_nan=False)
