"""The ``dhcheng`` command: facts, tables, exports and the HTML report from the command line."""

from __future__ import annotations

import argparse
import sys
import warnings
from collections.abc import Sequence

from .errors import NoFiguresWarning, ReportError

EPILOG = """examples:
  dhcheng facts                          print the facts of the bundled Dongcheng 2020 H1 report
  dhcheng facts my_report.txt --format csv -o facts.csv
  dhcheng report                         build the HTML report and Excel workbook into ./reports/
  dhcheng report my_report.html -o out --lang en --jobs 2
  dhcheng export --format xlsx -o dongcheng.xlsx
  dhcheng export my_report.txt --format csv --table headline -o headline.csv
"""


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
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
    f.add_argument("report", nargs="?", help="report file (.txt or .html); default: the bundled report")
    f.add_argument("--format", choices=("table", "csv", "json"), default="table")
    f.add_argument("-o", "--output", help="write to this file instead of the screen")

    r = sub.add_parser(
        "report", help="run the analysis notebooks and write HTML pages, index.html and the Excel workbook",
        description="Execute the analysis notebooks and write reader-facing HTML pages, index.html and the workbook.",
        epilog="example:\n  dhcheng report                 # bundled report into ./reports/\n"
               "  dhcheng report x.txt -o out --lang en",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    r.add_argument("report", nargs="?", help="report file; default: the bundled report")
    r.add_argument("-o", "--output", default="reports", help="output folder (default: ./reports)")
    r.add_argument("--lang", choices=("zh", "en"), default="zh")
    r.add_argument("--jobs", type=int, default=2, help="notebooks run at once (default 2)")

    e = sub.add_parser(
        "export", help="export facts or a key table as xlsx, csv, json or parquet",
        description="Export the workbook (xlsx) or one table (csv, json, parquet).",
        epilog="example:\n  dhcheng export --format xlsx -o dongcheng.xlsx\n"
               "  dhcheng export x.txt --format csv --table tax -o tax.csv",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    e.add_argument("report", nargs="?", help="report file; default: the bundled report")
    e.add_argument("--format", choices=("xlsx", "csv", "json", "parquet"), default="xlsx")
    e.add_argument("--table", default="facts",
                   help="facts, headline, yoy, tax, completion, targets or audit (csv/json/parquet)")
    e.add_argument("--lang", choices=("zh", "en"), default="zh")
    e.add_argument("-o", "--output", required=True, help="output file")
    _add_corpus_parser(sub)
    return p


def _facts(args: argparse.Namespace) -> int:
    from .facts import extract_facts
    from .report import load_report

    report = load_report(args.report)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", NoFiguresWarning)
        facts = extract_facts(report)
    if any(issubclass(w.category, NoFiguresWarning) for w in caught):
        print(f"dhcheng: no figures found in {args.report or 'the report'}", file=sys.stderr)
    if args.format == "csv":
        out = facts.to_csv(index=False)
    elif args.format == "json":
        out = facts.to_json(orient="records", force_ascii=False, indent=1)
    else:
        cols = ["fact_id", "indicator", "measure", "value", "unit", "qualifier", "status", "comparator"]
        import pandas as pd

        with pd.option_context("display.max_rows", None, "display.width", 200,
                               "display.max_colwidth", 28, "display.unicode.east_asian_width", True):
            out = facts[cols].to_string(index=False) if len(facts) else "(no figures)"
    if args.output:
        from .atomic import write_text

        write_text(args.output, out, encoding="utf-8-sig" if args.format == "csv" else "utf-8")
    else:
        sys.stdout.write(out + ("\n" if not out.endswith("\n") else ""))
    return 0


def _report(args: argparse.Namespace) -> int:
    from .publish import build_report

    result = build_report(args.report, args.output, lang=args.lang, jobs=args.jobs)
    return 1 if getattr(result, "failed", None) else 0


def _export(args: argparse.Namespace) -> int:
    from .export import export_cli

    export_cli(args.report, fmt=args.format, table=args.table, path=args.output, lang=args.lang)
    return 0


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
    from .corpus_export import corpus_cli

    return corpus_cli(args.source, args.output, jobs=args.jobs, engine=args.engine, scheduler=args.scheduler,
                      strict=args.strict, cache=not args.no_cache, lang=args.lang)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``dhcheng``: exit 0 on success, 1 on bad input, 2 on bad usage."""
    args = build_parser().parse_args(argv)
    try:
        return {"facts": _facts, "report": _report, "export": _export, "corpus": _corpus}[args.command](args)
    except ReportError as exc:
        print(f"dhcheng: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("dhcheng: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
