"""Fuzzing the CSV writer: no cell a spreadsheet would run as a formula, and nothing else changed.

:func:`check_csv_round_trip` is the property; it runs two ways:

- in the test suite (``tests/test_csv_fuzz.py``), driven by hypothesis for a small, fixed,
  derandomised number of tables;
- under atheris (libFuzzer), coverage-guided, with this file as the entry point::

      pip install -e '.[fuzz]'
      mkdir -p /tmp/dhcheng-csv-corpus
      python fuzz/fuzz_csv.py /tmp/dhcheng-csv-corpus -runs=50000 -max_len=2048

The property, for a table of text columns (any characters, the empty string and missing
values included) and a numeric column, written with
:func:`dhcheng_analysis.tabular.csv_text` and read back with the standard library's ``csv``:

- no text cell read back starts (after spaces) with ``= + - @``, a tab, CR, LF or a
  full-width ``＝ ＋ － ＠`` unless it is a plain number or a lone sign;
- every text cell reads back as it is shown (:func:`~dhcheng_analysis.tabular.shown_text`: control
  characters as U+FFFD, direction controls removed), the risky ones with one leading ``'``;
- the numeric column reads back as the same numbers; the header as the column names (guarded).
"""

from __future__ import annotations

import csv
import io
import math
import re
import sys

#: What a guarded cell may still start with, only as a plain number or a lone sign.
_PLAIN = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|[+-]")
_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")


def check_csv_round_trip(texts: list[list[str | None]], numbers: list[float]) -> None:
    """Assert the property for text columns ``texts`` (column-wise) and one numeric column."""
    import pandas as pd

    from dhcheng_analysis.tabular import csv_safe, csv_text, risky_text, shown_text

    nrows = len(numbers)
    data: dict[str, object] = {}
    for i, col in enumerate(texts):
        data[f"t{i}"] = pd.Series((list(col) + [None] * nrows)[:nrows], dtype=object)
    data["value"] = pd.Series(numbers, dtype="float64")
    df = pd.DataFrame(data)
    text = csv_text(df)
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0] == list(df.columns), rows[0]
    body = rows[1:]
    assert len(body) == nrows, (len(body), nrows)
    for r, row in enumerate(body):
        assert len(row) == len(df.columns), row
        for c, name in enumerate(df.columns):
            cell = row[c]
            if name == "value":
                want = numbers[r]
                if math.isnan(want):
                    assert cell == "", cell
                else:
                    assert float(cell) == want or (math.isinf(want) and float(cell) == want), (cell, want)
                continue
            original = df[name].iloc[r]
            if original is None:
                assert cell == "", cell
                continue
            stripped = cell.lstrip(" \u3000")
            assert not stripped.startswith(_STARTS) or _PLAIN.fullmatch(stripped), repr(cell)
            expected = csv_safe(original)
            assert cell == expected, (cell, original)
            shown = shown_text(original)
            if not risky_text(shown):
                assert cell == shown, (cell, original)
            else:
                assert cell == "'" + shown, (cell, original)


def _table(data: bytes) -> tuple[list[list[str | None]], list[float]]:
    import atheris

    fdp = atheris.FuzzedDataProvider(data)
    ncols = fdp.ConsumeIntInRange(1, 3)
    nrows = fdp.ConsumeIntInRange(0, 8)
    pieces = ["=", "+", "-", "@", "\t", "\r", "\n", " ", "\u3000", "＝", "－", "'", '"', ",", "1", "7", ".", "e",
              "HYPERLINK(", "SUM(1)", "cmd|' /C calc'!A0", "收入", "增长", "%", "\x00", ""]
    cols: list[list[str | None]] = []
    for _ in range(ncols):
        col: list[str | None] = []
        for _ in range(nrows):
            kind = fdp.ConsumeIntInRange(0, 3)
            if kind == 0:
                col.append(None)
            elif kind == 1:
                col.append(fdp.ConsumeUnicodeNoSurrogates(fdp.ConsumeIntInRange(0, 24)))
            else:
                col.append("".join(pieces[fdp.ConsumeIntInRange(0, len(pieces) - 1)]
                                   for _ in range(fdp.ConsumeIntInRange(0, 6))))
        cols.append(col)
    numbers = [fdp.ConsumeRegularFloat() if fdp.ConsumeBool() else math.nan for _ in range(nrows)]
    return cols, numbers


def TestOneInput(data: bytes) -> None:  # noqa: N802 - the libFuzzer entry point name
    check_csv_round_trip(*_table(data))


def main() -> None:
    import atheris
    import pandas  # noqa: F401  (imported before instrumentation: only the package is instrumented)

    with atheris.instrument_imports(include=["dhcheng_analysis"]):
        import dhcheng_analysis.tabular  # noqa: F401
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
