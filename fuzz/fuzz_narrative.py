"""Coverage-guided fuzzing of the narrative helper with atheris: report text never becomes markup.

Each input is split into a template (pieces of the notebooks' template language: text, ``**``,
line breaks, a leading ``- ``, fields) and values (arbitrary Unicode).  The harness fails when
the HTML holds a tag or attribute the template alone does not produce, or when a value is not
shown as text.  See ``fuzz/README.md`` for the bounded command.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports(include=["dhcheng_analysis"]):
    from narrative_check import check_narrative, check_table

PIECES = ["**", "\n", "- ", "报告：", "同比", "{a}", "{b}", "{a:>3}", " ", "（", "）", "<", ">", "&", "%", "·"]


def TestOneInput(data: bytes) -> None:  # noqa: N802 - the libFuzzer entry point name
    fdp = atheris.FuzzedDataProvider(data)
    n = fdp.ConsumeIntInRange(0, 12)
    template = "".join(PIECES[fdp.ConsumeIntInRange(0, len(PIECES) - 1)] for _ in range(n))
    values = {"a": fdp.ConsumeUnicodeNoSurrogates(64), "b": fdp.ConsumeUnicodeNoSurrogates(64)}
    check_narrative(template, values)
    check_table([values["a"], values["b"]])


def main() -> None:
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
