"""The ``dhcheng`` command: facts, tables, exports and the HTML report from the command line.

Exit codes: 0 done, 1 bad input (or an output that cannot be written, or no memory left),
2 bad usage, 130 interrupted.  Every failure is one line on standard error, never a traceback
(set ``DHCHENG_DEBUG=1`` to see one for an unexpected error).
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import re
import sys
import warnings
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from .atomic import folder_lock
from .errors import ExportError, NoFiguresWarning, ReportError, ReportReadError, UsageError, one_line

if TYPE_CHECKING:  # pragma: no cover
    from .report import Report

EPILOG = """examples:
  dhcheng facts                          print the facts of the bundled Dongcheng 2020 H1 report
  dhcheng facts my_report.txt --format csv -o facts.csv
  cat my_report.txt | dhcheng facts - --format json -o -
  dhcheng report                         build the HTML report and Excel workbook into ./reports/
  dhcheng report my_report.html -o out --lang en --jobs 2
  dhcheng report --corpus reports/ -o out  publish the across-reports page of a folder of reports
  dhcheng export --format xlsx -o dongcheng.xlsx
  dhcheng export my_report.txt --format csv --table headline -o headline.csv

REPORT is a file (.txt, .html …) or - for standard input; no REPORT: the bundled report.
Only regular files are read, at most 200 MiB (--max-size, or DHCHENG_MAX_BYTES).
"""
TABLES = ("facts", "headline", "yoy", "comparisons", "tax", "completion", "targets", "audit")
STDIO = "-"
#: ``--corpus`` given without a SOURCE (the bundled work reports); not a str, so ``--corpus ''`` is told apart.
BUNDLED = object()


class _Parser(argparse.ArgumentParser):
    """Bad usage is one line (what is wrong, where to look) and exit code 2."""

    def error(self, message: str) -> NoReturn:
        hint = _dash_file_hint(message) or _dash_value_hint(message) or f"see '{self.prog} --help'"
        self.exit(2, f"{self.prog}: {one_line(message)} — {one_line(hint)}\n")


_UNRECOGNIZED = "unrecognized arguments: "


def _dash_file_hint(message: str) -> str | None:
    """What to write when an argument taken for an option is a file whose name starts with ``-``."""
    if not message.startswith(_UNRECOGNIZED):
        return None
    for word in message[len(_UNRECOGNIZED):].split(" "):
        if word.startswith("-") and word != STDIO and os.path.lexists(word):
            return f"{word} is a file: name it as ./{word} so that it is not read as an option"
    return None


def _dash_value_hint(message: str) -> str | None:
    """What to write when an option has no value: perhaps its value (a file name) starts with ``-`` and
    was taken for an option."""
    m = re.fullmatch(r"argument -\w/(--[\w-]+): expected one argument", message)
    if m is None:
        return None
    return f"give it a value; one that starts with - is given as {m.group(1)}=VALUE (or ./VALUE for a file)"


def _jobs(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of 1 or more, not {text!r}")
    return n


def _report_jobs() -> int:
    """Kernels for ``dhcheng report`` by default: one on 2 cores (a second kernel's imports would take
    the core the building process uses), two where there are more."""
    return 1 if (os.cpu_count() or 1) <= 2 else 2


def _size(text: str) -> int:
    from .sources import parse_size

    try:
        return parse_size(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size of 1 byte or more — use bytes or a size such as "
                                         "500M or 1G") from None


def _input_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("report", nargs="?",
                   help="report file (.txt, .html …), or - for standard input; default: the bundled report")
    p.add_argument("--max-size", type=_size, metavar="SIZE",
                   help="largest input read, e.g. 500M (default 200M, or $DHCHENG_MAX_BYTES)")


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="dhcheng",
        description="Figures, tables and reports from Chinese district plan-execution reports.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    f = sub.add_parser(
        "facts", help="print every figure of a report as a typed facts table",
        description="Print every figure of a report as a typed facts table.",
        epilog="example:\n  dhcheng facts data/dongcheng_2020_h1.txt --format csv -o facts.csv",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _input_arg(f)
    f.add_argument("--format", choices=("table", "csv", "json"), default="table")
    f.add_argument("-o", "--output", help="write to this file (- or no -o: standard output)")

    r = sub.add_parser(
        "report", help="run the analysis notebooks and write HTML pages, index.html and the Excel workbook",
        description="Execute the analysis notebooks and write reader-facing HTML pages, index.html and the workbook.",
        epilog="example:\n  dhcheng report                 # bundled report into ./reports/\n"
               "  dhcheng report x.txt -o out --lang en",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _input_arg(r)
    r.add_argument("-o", "--output", default="reports", help="output folder (default: ./reports)")
    r.add_argument("--lang", choices=("zh", "en"), default="zh")
    r.add_argument("--jobs", type=_jobs, default=_report_jobs(),
                   help="kernels running the notebooks (default: 1 on a machine of 2 cores or fewer, else 2)")
    r.add_argument("--corpus", nargs="?", const=BUNDLED, metavar="SOURCE",
                   help="publish the across-reports notebook of a corpus (a folder, glob or .jsonl file; "
                        "no SOURCE: the bundled work reports) instead of one report's notebooks")

    e = sub.add_parser(
        "export", help="export facts or a key table as xlsx, csv, json or parquet",
        description="Export the workbook (xlsx) or one table (csv, json, parquet).",
        epilog="example:\n  dhcheng export --format xlsx -o dongcheng.xlsx\n"
               "  dhcheng export x.txt --format csv --table tax -o tax.csv",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _input_arg(e)
    e.add_argument("--format", choices=("xlsx", "csv", "json", "parquet"), default="xlsx")
    e.add_argument("--table", choices=TABLES, metavar="TABLE",
                   help=f"{', '.join(TABLES)} (csv, json, parquet; default facts)")
    e.add_argument("--lang", choices=("zh", "en"), help="language of the workbook (xlsx; default zh)")
    e.add_argument("-o", "--output", required=True, help="output file (- : standard output, for csv and json)")
    _add_corpus_parser(sub)
    return p


# --------------------------------------------------------------------------------------
# Input, output, warnings
# --------------------------------------------------------------------------------------
class _Stdout:
    """Standard output as UTF-8 text whatever the locale (``write`` only)."""

    def write(self, text: str) -> int:
        out = sys.stdout
        if out is None:  # started with standard output closed
            raise ExportError("there is no standard output to write to — give a file with -o")
        buffer = getattr(out, "buffer", None)
        if buffer is None:  # replaced by a text stream (tests, notebooks)
            return out.write(text)
        out.flush()
        buffer.write(text.encode("utf-8"))
        buffer.flush()
        return len(text)


def _name(args: argparse.Namespace) -> str:
    if args.command == "corpus":
        return args.source or "the bundled corpus"
    if args.report is None:
        return "the bundled report"
    return "standard input" if args.report == STDIO else args.report


def _load(args: argparse.Namespace) -> Report:
    """The report named on the command line: always a path (or - for standard input)."""
    from .report import load_report

    if args.report is None:
        return load_report(max_bytes=args.max_size)
    if args.report == STDIO:
        stream = getattr(sys.stdin, "buffer", sys.stdin)
        if stream is None:
            raise ReportReadError("there is no standard input to read — give the report as a file")
        if stream.isatty():
            print("dhcheng: reading the report from standard input (end it with Ctrl-D)", file=sys.stderr)
        return load_report(stream, max_bytes=args.max_size)
    if not args.report.strip():
        raise UsageError("the report path is empty — name a file, or - for standard input")
    return load_report(Path(args.report), max_bytes=args.max_size)  # a web address is refused there


def _output(path: str | None, allow_stdout: bool, what: str) -> None:
    if path is not None and not path.strip():
        raise UsageError(f"the output path is empty — {what}")
    if path == STDIO and not allow_stdout:
        raise UsageError(f"this output cannot go to standard output — {what}")


def _corpus_source(source: str | None) -> str | None:
    """The corpus SOURCE as given (None: the bundled corpus); an empty one is bad usage, not the current folder."""
    if source is not None and not source.strip():
        raise UsageError("the corpus source is empty — name a folder, a glob or a .jsonl file, "
                         "or leave it out for the bundled work reports")
    return source


def _say(line: str) -> None:
    """Print a line on standard error, above a progress bar if one is showing."""
    tqdm = sys.modules.get("tqdm")
    line = one_line(line)
    if tqdm is not None and hasattr(tqdm, "tqdm"):
        tqdm.tqdm.write(line, file=sys.stderr)
    else:
        print(line, file=sys.stderr)


@contextlib.contextmanager
def _user_warnings(name: str) -> Iterator[None]:
    """Show each warning once, as one line in words, without a Python file name."""
    shown: set[str] = set()

    def show(message, category, filename, lineno, file=None, line=None) -> None:
        if issubclass(category, NoFiguresWarning):
            text = f"no figures found in {name}"
        else:
            first = str(message).strip().splitlines()
            text = f"warning: {first[0] if first else category.__name__}"
        if text not in shown:
            shown.add(text)
            _say(f"dhcheng: {text}")

    with warnings.catch_warnings():
        warnings.simplefilter("always", NoFiguresWarning)
        warnings.showwarning = show
        yield


@contextlib.contextmanager
def _max_bytes_env(limit: int | None) -> Iterator[None]:
    """Hand ``--max-size`` to child processes (the notebook kernels) for the run."""
    if limit is None:  # nothing to hand over: the report reader is not loaded (the kernel starts first)
        yield
        return
    from .sources import MAX_BYTES_ENV

    before = os.environ.get(MAX_BYTES_ENV)
    os.environ[MAX_BYTES_ENV] = str(limit)
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(MAX_BYTES_ENV, None)
        else:
            os.environ[MAX_BYTES_ENV] = before


# --------------------------------------------------------------------------------------
# Commands
# --------------------------------------------------------------------------------------
def _facts(args: argparse.Namespace) -> int:
    _output(args.output, True, "give a file name, or - for standard output")
    to_file = args.output not in (None, STDIO)
    if to_file:
        from .atomic import check_target

        check_target(args.output)
    report = _load(args)
    from .facts import extract_facts

    facts = extract_facts(report)
    target = args.output if to_file else _Stdout()
    if args.format in ("csv", "json"):
        from .export import to_csv, to_json

        (to_csv if args.format == "csv" else to_json)(facts, target)
        return 0
    out = facts_table(facts) if len(facts) else "(no figures)"
    out += "\n"
    if to_file:
        from .atomic import write_text

        write_text(args.output, out, encoding="utf-8")
    else:
        target.write(out)
    return 0


def facts_table(facts) -> str:
    """The facts as a terminal table: each figure as printed and in display units, codes as words."""
    import pandas as pd

    from .display import fact_value

    rows = facts.to_dict("records")
    table = pd.DataFrame({
        "fact_id": [r.get("fact_id") for r in rows],
        "indicator": [r.get("indicator") for r in rows],
        "measure": [r.get("measure") for r in rows],
        "printed": [f"{r.get('raw_value') or ''}{r.get('raw_unit') or ''}" for r in rows],
        "value": [fact_value(r, "zh") for r in rows],
        "qualifier": ["" if str(r.get("qualifier")) == "exact" else r.get("qualifier") for r in rows],
        "status": [r.get("status") for r in rows],
        "comparator": [r.get("comparator") for r in rows],
    }).fillna("")
    with pd.option_context("display.max_rows", None, "display.width", 200, "display.max_colwidth", 28,
                           "display.unicode.east_asian_width", True):
        return table.to_string(index=False)


def _report(args: argparse.Namespace) -> int:
    _output(args.output, False, "give the folder to write the pages into (default: reports)")
    if args.corpus is not None:
        if args.report is not None:
            raise UsageError("give either a report or --corpus SOURCE, not both")
        if args.max_size is not None:
            raise UsageError("--max-size applies to one report; the corpus reads each file with the default limit")
        source = None if args.corpus is BUNDLED else _corpus_source(args.corpus)
        from .publish import build_corpus_report

        with folder_lock(args.output):
            result = build_corpus_report(source, args.output, lang=args.lang)
    else:
        report = _load(args) if args.report is not None else None  # bad input fails here, before any notebook
        from .publish import build_report

        with _max_bytes_env(args.max_size), folder_lock(args.output):
            result = build_report(report, args.output, lang=args.lang, jobs=args.jobs)
    if result.index is not None:
        print(str(result.index.resolve()))
    return 1 if getattr(result, "failed", None) else 0


def _export(args: argparse.Namespace) -> int:
    fmt = args.format
    if fmt == "xlsx" and args.table is not None:
        raise UsageError("--table picks one table for csv, json or parquet; the workbook holds every table "
                         "— leave --table out, or add --format csv")
    if fmt != "xlsx" and args.lang is not None:
        raise UsageError(f"--lang sets the language of the workbook; {fmt} holds the data as it is "
                         "— leave --lang out, or use --format xlsx")
    _output(args.output, fmt in ("csv", "json"),
            "give a file name" + (", or - for standard output" if fmt in ("csv", "json") else
                                  f" ({fmt} is a binary file)"))
    from .atomic import check_target

    to_stdout = args.output == STDIO
    if not to_stdout:
        check_target(args.output)
    report = _load(args)
    from .export import export_cli

    written = export_cli(report, fmt=fmt, table=args.table, path=_Stdout() if to_stdout else args.output,
                         lang=args.lang or "zh")
    if written is not None:
        print(str(Path(written).resolve()))
    return 0


def _fail(message: str, code: int) -> int:
    print(f"dhcheng: {one_line(message)}", file=sys.stderr)
    return code


def _quiet_stdout() -> None:
    """After a closed pipe, send what is left for standard output nowhere (no second error at exit)."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _add_corpus_parser(sub) -> None:
    import os

    c = sub.add_parser(
        "corpus", help="parse many reports at once: facts, panel, targets against outcomes across years",
        description="Parse a folder (or glob, or JSON-lines file) of reports in parallel and write facts.parquet, "
                    "panel.parquet, target_outcomes.parquet, consistency.parquet, reports.parquet, errors.csv "
                    "and corpus.xlsx. A file that cannot be read is named and skipped. Results are cached by "
                    "content hash in DIR/.cache, so a rerun parses only new files.",
        epilog="examples:\n  dhcheng corpus -o out                     # the bundled State Council work reports\n"
               "  dhcheng corpus reports/ -o out --jobs 4\n"
               "  dhcheng corpus 'reports/**/*.txt' -o out --engine dask --scheduler tcp://10.0.0.5:8786",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    c.add_argument("source", nargs="?", help="folder, glob or .jsonl file of reports; default: the bundled corpus")
    c.add_argument("-o", "--output", required=True, metavar="DIR", help="output folder (created if missing)")
    c.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                   help="worker processes (default: the number of CPUs)")
    c.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="local process pool (default) or a Dask cluster (needs the [dask] extra)")
    c.add_argument("--scheduler", metavar="ADDRESS",
                   help="address of a running Dask scheduler, e.g. tcp://10.0.0.5:8786 (with --engine dask; "
                        "without it a local Dask cluster of --jobs workers is started)")
    c.add_argument("--strict", action="store_true", help="exit 1 if any file could not be read or parsed")
    c.add_argument("--no-cache", action="store_true", help="parse every file again, ignoring DIR/.cache")
    c.add_argument("--lang", choices=("zh", "en"), default="zh", help="language of the workbook")


def _corpus(args: argparse.Namespace) -> int:
    if args.scheduler and args.engine != "dask":
        print("dhcheng corpus: --scheduler needs --engine dask", file=sys.stderr)
        return 2
    if args.jobs < 1:
        print("dhcheng corpus: --jobs must be at least 1", file=sys.stderr)
        return 2
    _output(args.output, False, "give the folder to write the corpus outputs into")
    source = _corpus_source(args.source)
    from .corpus_export import corpus_cli

    with folder_lock(args.output):
        return corpus_cli(source, args.output, jobs=args.jobs, engine=args.engine, scheduler=args.scheduler,
                          strict=args.strict, cache=not args.no_cache, lang=args.lang)


def _end_report_process(code: int) -> None:
    """End the console command ``dhcheng report`` now, with ``code``: its output flushed, its exit handlers run.

    What is left after a build is the interpreter's teardown, which frees the objects of every module
    the build loaded (pandas, pyarrow, matplotlib's fonts, nbconvert, openpyxl, zmq) one by one: a
    tenth of a second or more with nothing left to write.  The exit handlers the modules registered
    run first, as at a normal exit; where they cannot be run so, the process exits normally.
    """
    import atexit

    run_exit_handlers = getattr(atexit, "_run_exitfuncs", None)
    if run_exit_handlers is None:
        return
    run_exit_handlers()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(code)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``dhcheng``: exit 0 on success, 1 on bad input, 2 on bad usage, 130 when interrupted."""
    parser = build_parser()
    args = parser.parse_args(argv)
    code = _main(args, argv)
    if argv is None and args.command == "report":
        _end_report_process(code)
    return code


def _main(args: argparse.Namespace, argv: Sequence[str] | None) -> int:
    command = {"facts": _facts, "report": _report, "export": _export, "corpus": _corpus}[args.command]
    try:
        with _user_warnings(_name(args)):
            return command(args)
    except UsageError as exc:
        print(f"dhcheng {args.command}: {one_line(str(exc))}", file=sys.stderr)
        return 2
    except ReportError as exc:
        return _fail(str(exc), 1)
    except KeyboardInterrupt:
        return _fail("interrupted", 130)
    except BrokenPipeError:
        _quiet_stdout()
        return 0
    except MemoryError:
        return _fail(f"out of memory while working on {_name(args)} — the input is too large or too dense for "
                     "this machine; split it or use a machine with more memory", 1)
    except OSError as exc:  # our own errors are ReportErrors: this is standard output or the system
        if exc.filename is not None:
            return _fail(f"{exc.strerror or exc}: {exc.filename} — check the path, free space and permissions", 1)
        return _fail(f"cannot write the output: {exc.strerror or exc} — check free space and where it goes", 1)
    except Exception as exc:  # noqa: BLE001 - the last line of defence: one line, not a traceback
        if os.environ.get("DHCHENG_DEBUG"):
            raise
        first = (str(exc).strip().splitlines() or [""])[0][:200]
        return _fail(f"unexpected error ({type(exc).__name__}: {first}) — this is a bug; "
                     "rerun with DHCHENG_DEBUG=1 and report the traceback", 1)
    finally:
        if argv is None:
            # the process ends next: its objects are freed without the collector walking them
            # again and again (a report's build leaves enough of them to take a second)
            gc.freeze()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
