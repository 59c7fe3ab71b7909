"""Many reports at once: load a corpus, stack its facts, line indicators up across years.

>>> import dhcheng_analysis as dh
>>> corpus = dh.load_corpus()             # the bundled State Council government work reports
>>> len(corpus), int(corpus.reports["year"].min()), int(corpus.reports["year"].max())
(52, 1954, 2025)

``dh.load_corpus(source)`` reads a folder, a glob, a list of files or a JSON-lines file;
:class:`Corpus` gives the reports' metadata (``reports``), the files it could not read
(``errors``), all facts (``facts()``) and the indicator × year ``panel()``;
:func:`target_outcomes` sets the target a report states for its year against the outcome the
next report states, and :func:`level_consistency` compares a level with the one implied by the
previous report's level and the growth stated.

Everything after loading is DataFrame work on the facts table, with three columns of its own:

``fact_year``
    The year a fact refers to, from :func:`fact_years` (a work report delivered in year Y
    reviews Y-1 and sets targets for Y).
``indicator_key``
    The glossary key of the indicator (``gdp``, ``cpi``, ``urban_new_jobs`` …), from
    :func:`indicator_keys`: the extractor's own ``indicator_key`` column when the facts have
    one, else the glossary name the printed phrase is (after leading time and scope words).
``place``, ``level``, ``kind``, ``year``, ``report_period``
    The report's metadata (``year`` is the year the report was delivered).

Metadata of each report is read from three places, in this order of preference, field by
field: the text itself (title line, the dated line under it, the opening sentences and the
first review heading), a sidecar ``<file>.json`` (or the fields of a JSON-lines record), and
an ``index.csv`` in the file's folder (a ``file`` column naming the file). Fields still
missing are derived by rule (the level from the place, the period from the year and kind);
the column ``metadata_source`` says where each field came from.
"""

from __future__ import annotations

import csv
import glob as globlib
import gzip
import io
import json
import math
import os
import re
import warnings
import zlib
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

import pandas as pd

from . import vocab
from .atomic import user_path
from .cuewords import layout_views
from .errors import (
    EmptyReportError,
    PlacelessReportsWarning,
    ReportError,
    ReportNotFoundError,
    ReportReadError,
    ReportTooLargeError,
    UsageError,
)
from .generation import own_page
from .numbers import normalize, year_number
from .report import (
    Report,
    compact,
    guess_metadata,
    kind_of,
    lead_before_place,
    load_report,
    longer_place_name,
    place_level,
    place_of,
    read_sidecar,
    read_title,
    section_headings,
    speaker_level,
    speaker_place,
    title_place,
    top_lines,
)
from .sources import HTML_SUFFIXES, MAX_BYTES_ENV, format_size, max_bytes_limit, read_file

__all__ = [
    "Corpus", "load_corpus", "target_outcomes", "ceiling_targets", "floor_targets", "level_consistency", "hit_rates", "fact_years",
    "indicator_keys", "comparable_units", "restated_elsewhere", "read_text_metadata", "BUNDLED_CORPUS", "LEVELS",
    "KINDS",
]

#: The bundled corpus, inside the package data folder.
BUNDLED_CORPUS = "national_work_reports.jsonl.gz"
#: Files of a folder or glob that are read as reports.
REPORT_SUFFIXES = (".txt", ".html", ".htm", ".pdf", ".docx")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
INDEX_FILE = "index.csv"
LEVELS = ("national", "province", "city", "district", "street")
KINDS = ("work_report", "plan_execution", "budget_execution", "statistical_bulletin", "work_summary")
META_FIELDS = ("title", "issuer", "place", "level", "kind", "year", "period", "source_url")
REPORT_COLUMNS = ("report_id", "title", "issuer", "place", "level", "kind", "year", "period", "period_year",
                  "plan_year", "source", "source_url", "chars", "sha256", "metadata_source")
ERROR_COLUMNS = ("source", "report_id", "stage", "error")
CORPUS_FACT_COLUMNS = ("place", "level", "kind", "year", "report_period", "fact_year", "year_source",
                       "indicator_key")
TARGET_OUTCOME_COLUMNS = (
    "year", "place", "indicator", "indicator_en", "indicator_key", "measure", "unit", "target_value",
    "target_high", "target_qualifier", "outcome_value", "outcome_qualifier", "gap", "met",
    "target_report_id", "target_fact_id", "target_high_fact_id", "outcome_report_id", "outcome_fact_id",
    "target_sentence", "outcome_sentence",
)
CONSISTENCY_COLUMNS = (
    "place", "indicator", "indicator_key", "year", "part", "prior_level", "growth_pct", "implied_level",
    "stated_level", "unit", "diff", "diff_pct", "allowed_pct", "consistent", "growth_basis",
    "prior_report_id", "prior_fact_id", "report_id", "growth_fact_id", "level_fact_id",
    "prior_sentence", "growth_sentence", "level_sentence",
)

# ----------------------------------------------------------------------------- metadata rules (data)
_PERIOD_CODES = ("H1", "Q1", "Q1-Q3", "FY")
_YEAR = re.compile(r"((?:19|20)\d{2})年")
_LEADING_YEAR = re.compile(r"^(?:19|20)\d{2}年?")  # the year a whole period opens with (2020H1)
# a year in a period or heading, in digits or in Chinese numerals (一九五八年, 一九八○年)
_ANY_YEAR = re.compile(r"((?:19|20)\d{2}|[一二][九〇○零][〇○零一二三四五六七八九]{2})年")


@dataclass(frozen=True)
class _Views:
    """The patterns of ``vocab/corpus.json``, compiled once (a report's place is read by :mod:`.report`)."""

    rules: vocab.CorpusRules
    period_cues: tuple[tuple[str, str], ...]  # a part of a year → its period code (layout.json's report periods)
    dated: re.Pattern[str]
    share_scope: re.Pattern[str]  # a scope word naming a level's share of a budget (区级, 市本级, 地方)
    share_scope_stem: re.Pattern[str]  # the 本级 of 市本级, off to leave the level


@cache
def _views() -> _Views:
    r = vocab.corpus_rules()
    lv = layout_views()
    parts = tuple((cue, code) for cue, code in lv.report_periods if code != lv.annual_report_code)
    return _Views(rules=r, period_cues=parts, dated=re.compile(r.dated_regex),
                  share_scope=re.compile(r.share_scope_regex), share_scope_stem=re.compile(r.share_scope_stem_regex))


# ============================================================================= metadata
def _period_code(text: str) -> str:
    return next((code for cue, code in _views().period_cues if cue in text), "")


def _title_fields(title: str) -> dict:
    """Kind, place, issuer and years named in a title (covered or delivered, by kind)."""
    out: dict = {}
    kind = kind_of(title)
    if kind:
        out["kind"] = kind
    out.update(title_place(title))
    m = _YEAR.search(title)
    if m:
        y = int(m.group(1))
        if kind == "work_report":  # "2017年政府工作报告": the year it is delivered
            out["year"] = y
        else:  # "关于2019年计划执行情况…": the period it covers
            code = _period_code(title)
            out["period"] = f"{y}{code}" if code else str(y)
    return out


def read_text_metadata(report: Report | str) -> dict:
    """The metadata a report states about itself, and nothing guessed.

    Title (a line among the first ten naming a year and a kind of report), kind (cue words in
    the title or the opening), issuer and place (``XX人民政府``, ``我代表国务院``, the place at the
    head of the title), the level of a report naming no place from the government it is given on behalf of
    (``我受区人民政府的委托``: district), the year delivered (a dated line such as ``——2017年3月5日在…会议上``) and
    the period covered: the year the report reads as the one it covers (:func:`~dhcheng_analysis.report.read_years`:
    its title, date line or headings, not the first year printed) with the part of it the report's opening
    names (``2020H1``, ``2021Q1``, ``2022M5`` for 1-5月).

    >>> read_text_metadata("关于东城区2020年国民经济和社会发展计划执行情况与2021年计划的报告\\n"
    ...                    "——2021年1月6日在东城区第十六届人民代表大会第六次会议上\\n一、2020年计划执行情况\\n")
    ... # doctest: +NORMALIZE_WHITESPACE
    {'title': '关于东城区2020年国民经济和社会发展计划执行情况与2021年计划的报告', 'kind': 'plan_execution',
     'place': '东城区', 'year': 2021, 'period': '2020'}
    """
    if not isinstance(report, Report):
        report = load_report(report.encode("utf-8"))
    text = report.text
    out: dict = {}
    v = _views()
    # (a title printed spaced out or naming a kind only, 政 府 工 作 报 告, as the report reads it: 海曙区政府工作报告)
    title = read_title(text) or guess_metadata(text).get("title", "")
    if title:
        out["title"] = title
        out.update({k: val for k, val in _title_fields(title).items() if k != "period"})
    head = compact(text[:3000])
    if "kind" not in out:
        kind = kind_of(head[:v.rules.opening_chars])
        if kind:
            out["kind"] = kind
    if "issuer" not in out:
        out.update(speaker_place(head, out.get("place", "")))
    if not out.get("place") and (level := speaker_level(head)):
        out["level"] = level
    for line in top_lines(text, 10):
        m = v.dated.search(line)
        if m:
            out["year"] = int(m.group(1))
            break
    period = _period_read(report)
    if period:
        out["period"] = period
    return out


def _period_read(report: Report) -> str:
    """``2020H1``, ``2016`` …: the year ``report`` covers as it reads it, with the part of the year its opening
    names; empty when the year is only the first one printed. A period a sidecar gives whole (``2023``, ``2020H1``)
    lends only its part of the year."""
    years = report.years
    if years.covered is None or years.source == "guess":
        return ""
    code = _LEADING_YEAR.sub("", str(report.metadata.get("period") or ""))
    return f"{years.covered}{'' if code in ('', layout_views().annual_report_code) else code}"


def _normal_period(value: object, year: object) -> str:
    """``2016``, ``2020H1``, ``2020Q1``, ``2020Q1-Q3`` from what a sidecar or index says."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    s = compact(str(value))
    if not s:
        return ""
    m = re.fullmatch(r"((?:19|20)\d{2})(?:年)?(H1|Q1|Q1-Q3|FY)?", s)
    if m:
        return m.group(1) + ("" if m.group(2) in (None, "FY") else m.group(2))
    y = _YEAR.search(s)
    code = s if s in _PERIOD_CODES else _period_code(s)
    base = y.group(1) if y else (str(year) if isinstance(year, int) else "")
    if not base:
        return ""
    return base + ("" if code in ("", "FY") else code)


def _normal_kind(value: object) -> str:
    s = str(value or "").strip()
    if not s:
        return ""
    if s in KINDS:  # (work_summary, not the work_report its first word opens)
        return s
    for kind in KINDS:
        if s.startswith(kind) or s.startswith(kind.split("_")[0]):
            return kind
    if s.startswith(("statistic", "bulletin")):
        return "statistical_bulletin"
    return kind_of(s)


def _normal_level(value: object) -> str:
    s = str(value or "").strip().lower()
    if s in LEVELS:
        return s
    return _views().rules.level_words.get(s, "")


def _int_year(value: object) -> int | None:
    try:
        y = int(float(str(value).strip()[:4]))
    except (TypeError, ValueError):
        return None
    return y if 1900 <= y <= 2100 else None


def _given_metadata(d: Mapping) -> dict:
    """Known fields of a sidecar, JSON-lines record or index row, normalised."""
    out: dict = {}
    title = str(d.get("title") or "").strip()
    if title:
        out["title"] = title
        out.update({k: v for k, v in _title_fields(compact(title)).items() if k not in ("year", "period")})
    place = str(d.get("place") or "").strip()
    if not place:
        place = place_of(d)
    if place:
        out["place"] = place
    for key in ("issuer", "source_url"):
        v = str(d.get(key) or d.get("url" if key == "source_url" else key) or "").strip()
        if v:
            out[key] = v
    kind = _normal_kind(d.get("kind"))
    if kind:
        out["kind"] = kind
    level = _normal_level(d.get("level"))
    if level:
        out["level"] = level
    year = _int_year(d.get("year")) if d.get("year") not in (None, "") else None
    if year:
        out["year"] = year
    period = _normal_period(d.get("period"), year)
    if period:
        out["period"] = period
    if title and "year" not in out and "period" not in out:
        out.update({k: v for k, v in _title_fields(compact(title)).items() if k in ("year", "period")})
    return out


def _merge_metadata(sources: Sequence[tuple[str, Mapping]]) -> tuple[dict, dict]:
    """Field by field, the first source that has it; then the derived fields."""
    meta: dict = {}
    where: dict = {}
    for name, d in sources:
        for k in META_FIELDS:
            v = d.get(k)
            if k not in meta and v not in (None, ""):
                meta[k], where[k] = v, name
    r = _views().rules
    if "place" not in meta and meta.get("issuer") in r.national_issuers:
        meta["place"], where["place"] = r.national_place, "rule"
    if "level" not in meta:
        level = place_level(meta.get("place", ""), meta.get("issuer", ""))
        if level:
            meta["level"], where["level"] = level, "rule"
    year = meta.get("year")
    if "period" not in meta and isinstance(year, int) and meta.get("kind") in KINDS:
        # an annual report reviews the year before the one it is delivered in
        meta["period"], where["period"] = str(year - 1), "rule"
    if "year" not in meta and re.fullmatch(r"\d{4}", str(meta.get("period", ""))) and meta.get("kind") in KINDS:
        meta["year"], where["year"] = int(meta["period"]) + 1, "rule"
    if "year" not in meta and (part := re.fullmatch(r"(\d{4})[A-Z]\S*", str(meta.get("period", "")))):
        # a report of part of a year (2021H1, 2022Q1-Q3, 2024M5) is delivered in that year
        meta["year"], where["year"] = int(part.group(1)), "rule"
    return meta, where


def _period_year(period: str) -> int | None:
    m = re.match(r"(\d{4})", period or "")
    return int(m.group(1)) if m else None


def _plan_year(year: int | None, period: str) -> int | None:
    """The year a report's targets are for: the year delivered after a full-year review, else its period's."""
    py = _period_year(period)
    if py is None:
        return year
    if re.fullmatch(r"\d{4}", period) and (year is None or year > py):
        return py + 1
    return py


# ============================================================================= sources
@dataclass
class _Item:
    """One document to load: a file, or a text with the metadata it came with."""

    source: str
    report_id: str | None = None
    path: Path | None = None
    text: str | None = None
    given: dict = field(default_factory=dict)  # sidecar / JSON-lines record
    index: dict = field(default_factory=dict)  # index CSV row
    unread: str = ""  # why its sidecar could not be read (the report is read without it)


def _is_glob(s: str) -> bool:
    return any(ch in s for ch in "*?[")


def _is_jsonl(p: Path) -> bool:
    return p.name.lower().endswith(JSONL_SUFFIXES)


def _our_page(p: Path) -> bool:
    """A page this package wrote (an index or a notebook page of ``dhcheng report``): no report."""
    return p.suffix.lower() in HTML_SUFFIXES and own_page(p)


def _folder_files(folder: Path) -> tuple[list[Path], list[dict]]:
    """The report files in ``folder`` and its subfolders (hidden ones skipped), sorted by path, and
    an error for each subfolder that cannot be listed (its reports would be missed without a word).

    A pipe or a broken link with a report's suffix is listed too: reading it names it among the errors.
    A link to a folder is followed only when that folder is inside ``folder`` and not listed already (a link
    to ``/etc`` or ``/`` reads nothing outside what was given, a loop of links ends).  Pages this package
    wrote are no reports: a folder whose ``index.html`` is one (an output folder of ``dhcheng report``) is
    skipped, and so is any such page.
    """
    out: list[Path] = []
    errors: list[dict] = []
    seen: set[str] = set()
    top = os.path.realpath(folder)

    def inside(root: str, name: str) -> bool:
        path = os.path.join(root, name)
        return not os.path.islink(path) or os.path.commonpath([top, os.path.realpath(path)]) == top

    def unlisted(exc: OSError) -> None:
        where = exc.filename or str(folder)
        errors.append({"source": str(where), "report_id": "", "stage": "load",
                       "error": f"cannot list the folder {where}: {exc.strerror or exc} — check its permissions"})

    for root, dirs, files in os.walk(folder, onerror=unlisted, followlinks=True):
        real = os.path.realpath(root)
        if real in seen:  # a link back to a folder already listed
            dirs[:] = []
            continue
        seen.add(real)
        if "index.html" in files and own_page(os.path.join(root, "index.html")):
            dirs[:] = []
            continue
        dirs[:] = [d for d in dirs if not d.startswith(".") and inside(root, d)]
        out += [Path(root, f) for f in files if not f.startswith(".") and Path(f).suffix.lower() in REPORT_SUFFIXES
                and not _our_page(Path(root, f))]
    return sorted(out), errors


@cache
def _read_index(folder: str) -> dict[str, dict]:
    path = Path(folder) / INDEX_FILE
    if not path.is_file():
        return {}
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return {}
    rows = {}
    for row in csv.DictReader(io.StringIO(text)):
        name = (row.get("file") or "").strip()
        if name:
            rows[name] = {k: (v or "").strip() for k, v in row.items() if k}
    return rows


def _file_item(path: Path) -> _Item:
    index = _read_index(str(path.parent.resolve())).get(path.name, {})
    given, unread = read_sidecar(path)
    rid = given.get("report_id") or index.get("report_id") or None
    return _Item(source=str(path), report_id=str(rid) if rid else None, path=path, given=given, index=index,
                 unread=unread)


def _gunzip(raw: bytes, name: str) -> bytes:
    """The bytes a gzip file unpacks to, unpacked in pieces and stopped at the read limit (a small file may
    unpack to gigabytes)."""
    limit = max_bytes_limit()
    with gzip.GzipFile(fileobj=io.BytesIO(raw)) as f:
        data = f.read(limit + 1)
    if len(data) > limit:
        raise ReportTooLargeError(f"{name} unpacks to more than the {format_size(limit)} read limit — split it, "
                                  f"or raise the limit ({MAX_BYTES_ENV})")
    return data


def _jsonl_items(path: Path) -> tuple[list[_Item], list[dict]]:
    items: list[_Item] = []
    errors: list[dict] = []
    try:
        raw = read_file(path)  # (held to the read limit, and so is what it unpacks to)
        if path.name.lower().endswith(".gz"):
            raw = _gunzip(raw, str(path))
        text = raw.decode("utf-8-sig")
    except (OSError, EOFError, gzip.BadGzipFile, zlib.error, UnicodeDecodeError) as exc:
        if isinstance(exc, ReportError):
            raise
        raise ReportReadError(f"cannot read the JSON-lines file {path}: {exc} — "
                              "give a UTF-8 file with one JSON object per line (optionally gzip-compressed)") from exc
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            rec = json.loads(line)
        except (ValueError, RecursionError) as exc:  # (RecursionError: nested past Python's limit)
            why = getattr(exc, "msg", "nested too deep")
            errors.append({"source": where, "report_id": "", "stage": "load",
                           "error": f"line {n} is not JSON ({why}) — one JSON object per line"})
            continue
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
            errors.append({"source": where, "report_id": str(rec.get("report_id", "")) if isinstance(rec, dict) else "",
                           "stage": "load", "error": f"line {n} has no text field — each record needs \"text\""})
            continue
        rid = rec.get("report_id")
        given = {k: v for k, v in rec.items() if k != "text"}
        items.append(_Item(source=where, report_id=str(rid) if rid not in (None, "") else None,
                           text=rec["text"], given=given))
    return items, errors


def _named(source: str | os.PathLike) -> str | os.PathLike:
    """``source`` unless it is empty (which would name the current folder): then a one-line UsageError."""
    if not str(os.fspath(source)).strip():
        raise UsageError("the corpus source is empty — name a folder, a glob, a list of files or a JSON-lines file "
                         "(. for the current folder)")
    return source


def _expand(source: object) -> tuple[list[_Item], list[dict], str]:
    """Items to load, errors met while listing them, and a label for the corpus."""
    if source is None:
        ref = resources.files("dhcheng_analysis.data").joinpath(BUNDLED_CORPUS)
        items, errors = _jsonl_items(Path(str(ref)))
        return items, errors, "bundled:" + BUNDLED_CORPUS
    if isinstance(source, (str, os.PathLike)) and not (isinstance(source, str) and _is_glob(source)
                                                       and not Path(source).exists()):
        p = user_path(_named(source))
        if p.is_dir():
            files, errors = _folder_files(p)
            if not files and not errors:
                raise ReportNotFoundError(f"folder {p} holds no {'/'.join(REPORT_SUFFIXES)} files — "
                                          "give a folder of reports, a glob or a JSON-lines file")
            return [_file_item(f) for f in files], errors, str(p)
        if p.is_file():
            if _is_jsonl(p):
                items, errors = _jsonl_items(p)
                return items, errors, str(p)
            return [_file_item(p)], [], str(p)
        raise ReportNotFoundError(f"no file or folder named {p} — give a folder, a glob such as "
                                  "'reports/*.txt', a list of files or a JSON-lines file")
    if isinstance(source, str):
        matches = sorted(globlib.glob(os.path.expanduser(source), recursive=True))
        files = [Path(m) for m in matches if not Path(m).is_dir() and Path(m).suffix.lower() in REPORT_SUFFIXES
                 and not _our_page(Path(m))]
        if not files:
            raise ReportNotFoundError(f"the pattern {source!r} matches no {'/'.join(REPORT_SUFFIXES)} file")
        return [_file_item(f) for f in files], [], source
    if isinstance(source, Iterable) and not isinstance(source, (bytes, bytearray, Mapping)):
        items: list[_Item] = []
        errors: list[dict] = []
        for s in source:
            if not isinstance(s, (str, os.PathLike)):
                raise TypeError(f"load_corpus takes paths in its list, not {type(s).__name__}")
            p = user_path(_named(s))
            if p.is_dir():
                files, unlisted = _folder_files(p)
                items += [_file_item(f) for f in files]
                errors += unlisted
            elif p.is_file() and _is_jsonl(p):
                more, errs = _jsonl_items(p)
                items += more
                errors += errs
            elif p.is_file():
                items.append(_file_item(p))
            else:
                errors.append({"source": str(p), "report_id": "", "stage": "load",
                               "error": f"no file named {p} — check the path"})
        if not items and not errors:
            raise ReportNotFoundError("the list of reports is empty — give at least one file")
        return items, errors, f"{len(items) + len(errors)} files"
    raise TypeError(f"load_corpus takes None, a folder, a glob, a list of paths or a JSON-lines file, "
                    f"not {type(source).__name__}")


def _slug(s: str) -> str:
    return re.sub(r"[^\w\-]+", "_", s).strip("_")


def _unique_ids(items: list[_Item]) -> list[str]:
    """Report ids: as given, else the file stem (the parent folders' names added when stems clash)."""
    wanted = []
    for n, it in enumerate(items, start=1):
        if it.report_id:
            wanted.append(_slug(it.report_id) or f"report_{n}")
        elif it.path is not None:
            wanted.append(_slug(it.path.stem) or f"report_{n}")
        else:
            wanted.append(f"line_{n}")
    counts: dict[str, int] = {}
    for w in wanted:
        counts[w] = counts.get(w, 0) + 1
    paths = [str(it.path.resolve().parent) for it in items if it.path is not None]
    root = Path(os.path.commonpath(paths)) if paths else None
    out, seen = [], set()
    for it, w in zip(items, wanted, strict=True):
        rid = w
        if counts[w] > 1 and it.path is not None and not it.report_id and root is not None:
            rid = _slug("_".join(it.path.resolve().relative_to(root).with_suffix("").parts)) or w
        base, k = rid, 2
        while rid in seen:
            rid, k = f"{base}_{k}", k + 1
        seen.add(rid)
        out.append(rid)
    return out


# ============================================================================= Corpus
class Corpus:
    """Reports loaded together, with their metadata and what could not be read.

    Build it with :func:`load_corpus`. Facts are parsed on the first call to :meth:`facts`
    (in parallel with ``jobs``), then kept.

    Attributes
    ----------
    source : str
        What the corpus was loaded from (a folder, a pattern, ``bundled:…``).
    """

    def __init__(self, reports: Sequence[Report], metadata: Sequence[Mapping], errors: Sequence[Mapping],
                 source: str = "") -> None:
        self._reports = {r.report_id: r for r in reports}
        self._meta = [dict(m) for m in metadata]
        self._load_errors = [dict(e) for e in errors]
        self._parse_errors: list[dict] = []
        self._facts: pd.DataFrame | None = None
        self.source = source
        self.last_run = None

    # -- container ------------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._reports)

    def __iter__(self) -> Iterator[Report]:
        return iter(self._reports.values())

    def __getitem__(self, report_id: str) -> Report:
        try:
            return self._reports[report_id]
        except KeyError:
            raise KeyError(f"no report {report_id!r} in the corpus — see corpus.reports['report_id']") from None

    def __repr__(self) -> str:
        return f"Corpus({len(self)} reports, {len(self._load_errors)} unreadable, source={self.source!r})"

    @property
    def report_ids(self) -> list[str]:
        return list(self._reports)

    # -- tables ---------------------------------------------------------------------------------
    @property
    def reports(self) -> pd.DataFrame:
        """One row per readable report: the columns of ``REPORT_COLUMNS``.

        ``year`` is the year the report was delivered, ``period`` the period it covers
        (``2016``, ``2020H1``, ``2020Q1-Q3``), ``plan_year`` the year its targets are for,
        ``metadata_source`` where each field was read (``text``, ``sidecar``, ``record``,
        ``index``, ``rule``).
        """
        df = pd.DataFrame([{c: m.get(c) for c in REPORT_COLUMNS} for m in self._meta], columns=list(REPORT_COLUMNS))
        for c in ("year", "period_year", "plan_year", "chars"):
            df[c] = df[c].astype("Int64")
        for c in REPORT_COLUMNS:
            if c not in ("year", "period_year", "plan_year", "chars"):
                df[c] = df[c].fillna("").astype("str")
        df["level"] = pd.Categorical(df["level"].replace("", None), categories=LEVELS)
        df["kind"] = pd.Categorical(df["kind"].replace("", None), categories=KINDS)
        return df

    @property
    def errors(self) -> pd.DataFrame:
        """One row per file that could not be read or parsed: ``source``, ``report_id``, ``stage``, ``error``."""
        rows = self._load_errors + self._parse_errors
        return pd.DataFrame(rows, columns=list(ERROR_COLUMNS)).astype("str")

    def facts(self, *, jobs: int = 1, engine: str = "local", scheduler: str | None = None,
              cache_dir: str | os.PathLike | None = None, progress: bool | None = False,
              refresh: bool = False) -> pd.DataFrame:
        """All facts of all reports, with the report's metadata and the year each fact refers to.

        Parameters
        ----------
        jobs : int
            Worker processes (1: in this process).
        engine : {"local", "dask"}
            See :mod:`dhcheng_analysis.engine`; every engine gives the same table.
        scheduler : str, optional
            Address of a Dask scheduler (with ``engine="dask"``).
        cache_dir : path, optional
            Content-hash cache of facts (Parquet, needs pyarrow): a rerun parses only new texts.
        progress : bool or None
            Progress bar on stderr (None: when stderr is a terminal).
        refresh : bool
            Parse again even if the facts were parsed before.

        Returns
        -------
        pandas.DataFrame
            The extractor's columns plus ``CORPUS_FACT_COLUMNS``; reports in corpus order.
            Reports whose parsing failed are in :attr:`errors` (stage ``parse``).
        """
        if self._facts is not None and not refresh:
            return self._facts
        from .engine import ParseTask, run

        tasks = [ParseTask(r.report_id, r.text, _task_metadata(r.metadata)) for r in self]
        result = run(tasks, jobs=jobs, engine=engine, scheduler=scheduler, cache_dir=cache_dir, progress=progress)
        self.last_run = result
        meta = {m["report_id"]: m for m in self._meta}
        self._parse_errors = []
        frames = []
        for res in result.results:
            if res.facts is None:
                self._parse_errors.append({"source": meta[res.report_id]["source"], "report_id": res.report_id,
                                           "stage": "parse", "error": res.error or "unknown error"})
            else:
                frames.append(res.facts)
        self._facts = _with_corpus_columns(_concat(frames), self.reports)
        return self._facts

    def panel(self, indicators: Sequence[str] | str | None = None, measure: str | Sequence[str] | None = "yoy_pct",
              *, status: str = "actual", part: str | Sequence[str] = "", wide: bool = False) -> pd.DataFrame:
        """Indicator × year: one figure per place, indicator key, measure and year (or part of a year), and per
        base of a change against a named one (``comparator`` of a ``change_pct`` or ``pp_diff``: 比2019年上半年,
        较一季度), or per whole of a share (of a ``rate_pct``: 占世界经济比重 → 世界经济; "" when the key names it,
        赤字率), or per base of a level printed against one (是全市的4.1倍 → 全市); "" for the other measures.
        ``scope`` says whose figure a row is when the report names it (区级: the district's own share of a budget;
        "" the place as a whole), as the name of the concept (``indicator``) does not.

        Parameters
        ----------
        indicators : str or sequence of str, optional
            Glossary keys (``gdp``, ``cpi`` …); None: every key found.
        measure : str, sequence of str or None
            ``yoy_pct`` (default), ``level``, ``rate_pct`` …; None: every measure.
        status : str
            ``actual`` (default: outcomes as first reported) or ``target``.
        part : str or sequence of str
            "" (default): whole years. ``H1``, ``Q1``, ``Q1-Q3`` or ``M5``: the figures of that part of each
            year (上半年, 1-6月 …), outcomes from the reports of that part (a folder of mid-year reports).
            Several: the rows of each, in the column ``part`` (and in the rows of the wide table).
        wide : bool
            False: tidy rows with provenance. True: rows (place,) indicator key (, measure) (, comparator,
            when a change against a named base is among them), one column per year; the place when the corpus
            is of several places, also in a table of a series only one of them prints (前三季度 of one district
            in a folder of several districts' reports).

        Notes
        -----
        A series printed in several units of one dimension (万吨, 亿斤) is stated in one of them
        (:func:`comparable_units`); one printed in units that do not convert (元, 美元) keeps a
        row per unit. When several facts state one figure, the one kept comes from the earliest
        report that speaks of that year, preferring a fact whose year is stated (period or heading) over one
        whose year is inferred from its status, then the first printed; the column ``restated`` shows the
        figure as the other reports print it (:func:`restated_elsewhere`), "" when none does. ``real_terms``
        marks a change the report states in real terms (实际增长, 扣除价格因素: flagged ``real_terms``), so that a
        series of incomes printed nominal one year and real the next is seen to be so.
        """
        return panel(self.facts(), indicators, measure, status=status, part=part, wide=wide)

    def tables(self, names: Sequence[str] = ("headline", "yoy", "targets", "completion")) -> dict[str, pd.DataFrame]:
        """Key tables of each report (as for a single report), stacked with ``year`` (the report's, as in
        ``reports``: the year a work report was delivered), ``fact_year`` (the year the row's figure is of, as in
        :meth:`facts`: the 2020 a work report of 2021 reviews, the 2021 it plans) and ``place``.

        Parameters
        ----------
        names : sequence of str
            Any of ``headline``, ``yoy``, ``tax``, ``completion``, ``targets``, ``audit``.
        """
        from . import analysis, tables

        funcs = {"headline": tables.headline_indicators, "yoy": tables.yoy_changes, "tax": tables.tax_declines,
                 "completion": tables.target_completion, "targets": tables.plan_targets, "audit": analysis.audit}
        unknown = [n for n in names if n not in funcs]
        if unknown:
            raise ValueError(f"unknown table(s) {', '.join(unknown)} — choose from {', '.join(funcs)}")
        facts = self.facts()
        from .facts import FACT_COLUMNS

        cols = [c for c in FACT_COLUMNS if c in facts.columns]
        meta = self.reports.set_index("report_id")
        out: dict[str, list[pd.DataFrame]] = {n: [] for n in names}
        for rid, group in facts.groupby("report_id", sort=False):
            report = self[rid]
            own = group[cols].reset_index(drop=True)
            years = dict(zip(group["fact_id"], group["fact_year"], strict=True))
            for n in names:
                try:
                    t = funcs[n](report, own)
                except ReportError as exc:
                    self._parse_errors.append({"source": meta.loc[rid, "source"], "report_id": rid,
                                               "stage": f"table {n}", "error": str(exc).splitlines()[0]})
                    continue
                t = t.copy()
                t.insert(1, "year", pd.array([meta.loc[rid, "year"]] * len(t), dtype="Int64"))
                of = t["fact_id"].map(years) if "fact_id" in t.columns else [pd.NA] * len(t)
                t.insert(2, "fact_year", pd.array(list(of), dtype="Int64"))
                t.insert(3, "place", pd.array([meta.loc[rid, "place"]] * len(t), dtype="str"))
                out[n].append(t)
        return {n: (pd.concat(v, ignore_index=True) if v else pd.DataFrame()) for n, v in out.items()}

    def to_jsonl(self, path: str | os.PathLike) -> Path:
        """Write the corpus as JSON lines (gzip-compressed when the name ends in .gz): metadata and text.

        The text is the report text as loaded, verbatim; :func:`load_corpus` reads the file back.
        """
        from .atomic import write_with

        lines = []
        for m, r in zip(self._meta, self, strict=True):
            rec = {"report_id": r.report_id}
            rec.update({k: m[k] for k in (*META_FIELDS, "file") if m.get(k) not in (None, "")})
            rec["text"] = r.text
            lines.append(json.dumps(rec, ensure_ascii=False))
        data = ("\n".join(lines) + "\n").encode("utf-8")
        if str(path).endswith(".gz"):
            data = gzip.compress(data, compresslevel=9, mtime=0)
        return write_with(path, lambda tmp: tmp.write_bytes(data))


def _task_metadata(meta: Mapping) -> dict:
    return {k: v for k, v in meta.items() if isinstance(v, (str, int, float, bool)) or v is None}


def _concat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    from .facts import FACT_COLUMNS

    frames = [f for f in frames if len(f)] or frames[:1]
    if not frames:
        return pd.DataFrame(columns=FACT_COLUMNS)
    return pd.concat(frames, ignore_index=True)


def load_corpus(source: str | os.PathLike | Sequence[str | os.PathLike] | Corpus | None = None) -> Corpus:
    """Load many reports: the bundled corpus, a folder, a glob, a list of files or a JSON-lines file.

    Parameters
    ----------
    source : None, path, str or sequence of paths
        None: the 52 State Council government work reports bundled with the package (1954–2025).
        A folder: every .txt/.html/.htm/.pdf/.docx file in it and its subfolders (hidden ones
        skipped). A str with ``*``, ``?`` or ``[``: a glob (``**`` recursive). A list: those
        files (folders expanded). A ``.jsonl``/``.ndjson`` file (optionally ``.gz``): one JSON
        object per line with a ``text`` field, the other fields taken as metadata.

    Returns
    -------
    Corpus
        Readable reports in order (folders sorted by path); files that could not be read are
        in ``corpus.errors`` with the one-line reason, and loading goes on.

    Raises
    ------
    ReportError
        Nothing to read: no such file or folder, an empty folder, a pattern matching nothing,
        an unreadable JSON-lines file.

    Examples
    --------
    >>> corpus = load_corpus()
    >>> corpus.reports.loc[corpus.reports["year"] == 2017, ["report_id", "issuer", "level", "kind", "period"]]
    ... # doctest: +NORMALIZE_WHITESPACE
         report_id issuer     level         kind period
    44  gwr_2017    国务院  national  work_report   2016
    """
    if isinstance(source, Corpus):
        return source
    items, errors, label = _expand(source)
    ids = _unique_ids(items)
    reports: list[Report] = []
    metas: list[dict] = []
    import hashlib

    for item, rid in zip(items, ids, strict=True):
        if item.unread:
            errors.append({"source": str(item.path.with_suffix(".json")), "report_id": rid, "stage": "load",
                           "error": item.unread})
        try:
            if item.path is not None:
                report = load_report(item.path, report_id=rid)
            else:
                text = item.text or ""
                if not text.strip():
                    raise EmptyReportError(f"{item.source}: the text field is empty")
                report = load_report(text.encode("utf-8"), report_id=rid)
        except ReportError as exc:
            errors.append({"source": item.source, "report_id": rid, "stage": "load", "error": str(exc).splitlines()[0]})
            continue
        given_name = "record" if item.path is None else "sidecar"
        text_meta = read_text_metadata(report)
        guessed = place_of(report.metadata)  # (what the first lines name most often)
        if guessed and lead_before_place(text_meta.get("place", ""), guessed):
            del text_meta["place"]  # (数说南山区2023年《政府工作报告》: 南山区, which its text names most often)
        meta, where = _merge_metadata([("text", text_meta),
                                       (given_name, _given_metadata(item.given)),
                                       ("index", _given_metadata(item.index)),
                                       ("guess", {"place": guessed} if guessed else {})])
        period = str(meta.get("period", ""))
        meta.update({
            "report_id": rid, "source": item.source,
            "file": item.path.name if item.path is not None else str(item.given.get("file", "")),
            "period_year": _period_year(period),
            # (the year its targets are for, as the report reads it when its text states the period)
            "plan_year": report.years.plan if where.get("period") == "text" else _plan_year(meta.get("year"), period),
            "chars": len(report.text), "sha256": hashlib.sha256(report.text.encode("utf-8")).hexdigest(),
            "metadata_source": " ".join(f"{k}:{where[k]}" for k in META_FIELDS if k in where),
        })
        reports.append(report)
        metas.append(meta)
    _one_name_a_place(metas)
    return Corpus(reports, metas, errors, source=label)


def _one_name_a_place(metas: list[dict]) -> None:
    """One name for a place the reports of a corpus name with and without the city before it (东城区,
    北京市东城区): the longer, where only one longer name ends with the shorter."""
    places = {str(m.get("place") or "") for m in metas} - {""}
    longer = {}
    for p in places:
        names = [q for q in places if longer_place_name(p, q)]
        if len(names) == 1:
            longer[p] = names[0]
    for m in metas:
        if m.get("place") in longer:
            m["place"] = longer[m["place"]]


# ============================================================================= fact columns
def indicator_keys(facts: pd.DataFrame) -> pd.Series:
    """The glossary key of each fact's indicator (``gdp``, ``cpi`` …), empty when unknown.

    The facts' own ``indicator_key`` column (written by :func:`~dhcheng_analysis.extract_facts`) is
    read; facts without it (older tables, hand-made ones) get the same key from
    :func:`dhcheng_analysis.vocab.indicator_key`: the printed indicator, with leading time words
    (2016年, 今年, 全年, 年末 …) and scope words (全国, 我国, 全区 …) taken off, must *be* a glossary name
    or alias — a phrase that only contains one (单位国内生产总值能耗 contains 国内生产总值) is not that
    concept, so a key never names a wider or narrower concept than the phrase.

    >>> indicator_keys(pd.DataFrame({"indicator": ["国内生产总值", "2016年全国居民消费价格", "单位国内生产总值能耗", "口"]})).tolist()
    ['gdp', 'cpi', 'energy_intensity', '']
    """
    if "indicator_key" in facts.columns:
        return facts["indicator_key"].fillna("").astype("str")
    names = facts["indicator"].fillna("").astype("str")
    return pd.Series(vocab.indicator_keys(names), index=facts.index, dtype="str", name="indicator_key")


def _heading_year(heading: str, delivered: int | None) -> int | None:
    """The one year a heading names (``2016年``, ``今年``, ``去年``), or None (none, or two)."""
    years = {year_number(y) for y in _ANY_YEAR.findall(normalize(heading))}
    if len(years) == 1:
        return years.pop()
    if years or delivered is None:
        return None
    rel = {delivered + d for w, d in _views().rules.relative_years if w in heading}
    return rel.pop() if len(rel) == 1 else None


def _period_year_of(period: str, delivered: int | None) -> int | None:
    if not period:
        return None
    m = _ANY_YEAR.search(normalize(period))
    if m:
        return year_number(m.group(1))
    if delivered is None:
        return None
    return next((delivered + d for w, d in _views().rules.relative_years if period.startswith(w)), None)


def fact_years(facts: pd.DataFrame, reports: pd.DataFrame) -> pd.DataFrame:
    """The year each fact refers to, and how it was found.

    In order:

    1. ``period``: the fact's period names a year (``2019年``, ``一九八○年``) or one relative to the year the
       report was delivered (``今年``, ``目前`` → that year, ``去年``/``上年`` → the year before);
    2. ``section``: the deepest heading above the fact that names one year (``一、2016年工作回顾``,
       ``二、今年主要任务``, ``一、过去一年工作回顾``) — for an achieved figure only a year up to the
       period the report covers (a review quoted in a plan section stays in the review year);
       a deeper heading naming a span of years instead (``过去五年工作回顾``, ``“十三五”时期主要目标``)
       leaves the year empty, with ``year_source`` ``span``: such figures are no one year's;
    3. ``status``: an achieved figure or an estimate refers to the period the report covers (a work
       report delivered in Y: Y-1), a target to the report's plan year (Y) — but not the earlier value of
       a change (flagged ``from_value``: 钢产量由二千零四十六万吨增加到三千一百七十八万吨), which is of some
       earlier time the text does not name: its year is left empty.

    Then a change against a named earlier year that prints no period of its own, dated by 2. or 3.
    (比一九五二年…增长百分之一百四十一), takes the year of the level of its indicator it follows in its
    sentence (工业总产值在一九五七年达到…), with ``year_source`` ``period``.

    Parameters
    ----------
    facts : DataFrame
        Facts with ``report_id``, ``status``, ``period`` and ``section``.
    reports : DataFrame
        ``Corpus.reports``: ``report_id``, ``year``, ``period_year``, ``plan_year``.

    Returns
    -------
    DataFrame
        ``fact_year`` (Int64) and ``year_source`` (``period``, ``section``, ``status``, ``span`` or empty),
        aligned on ``facts.index``.
    """
    meta = reports.set_index("report_id")[["year", "period_year", "plan_year"]]
    memo: dict[tuple, tuple[int | None, str]] = {}
    years, sources = [], []
    for rid, status, period, section in zip(facts["report_id"], facts["status"].astype("str"),
                                            facts["period"].fillna("").astype("str"),
                                            facts["section"].fillna("").astype("str"), strict=True):
        k = (rid, status, period, section)
        if k not in memo:
            memo[k] = _fact_year(meta.loc[rid] if rid in meta.index else None, status, period, section)
        y, s = memo[k]
        years.append(y)
        sources.append(s)
    out = pd.DataFrame({"fact_year": pd.array(years, dtype="Int64"), "year_source": pd.array(sources, dtype="str")},
                       index=facts.index)
    earlier = (out["year_source"] == "status") & _flagged(facts, "from_value")
    out.loc[earlier, "fact_year"] = pd.NA
    out.loc[earlier, "year_source"] = ""
    _year_of_the_level_changed(facts, out)
    return out


def _year_of_the_level_changed(facts: pd.DataFrame, out: pd.DataFrame) -> None:
    """A change against a named earlier year that prints no period of its own (…工业总产值达到了六百五十亿二千万元，
    比一九五二年的二百七十亿一千万元增长百分之一百四十一) is of the year of the level it follows in its sentence
    (the 1957 of 工业总产值在一九五七年达到…), not of its heading's or its report's year: ``out`` is set in place."""
    if not {"measure", "comparator", "reference", "indicator", "sentence"} <= set(facts.columns):
        return
    measure = facts["measure"].astype("str")
    comparator = facts["comparator"].fillna("").astype("str")
    on_a_year = comparator.map({c: _ANY_YEAR.search(normalize(c)) is not None for c in comparator.unique()}).astype(bool)
    change = (measure == "change_pct") & facts["period"].fillna("").eq("") & on_a_year \
        & out["year_source"].isin(["section", "status"])
    if not change.any():
        return
    # (not the earlier level it is measured against, 比一九五二年的二百七十亿一千万元: ``reference`` prior)
    level = (measure == "level") & (out["year_source"] == "period") & facts["reference"].fillna("").eq("")
    keys = ["report_id", "sentence", "indicator"]
    rows = change | level
    cand = facts.loc[rows, keys].assign(_level=level[rows], _year=out["fact_year"])
    cand["_year"] = cand["_year"].where(cand["_level"]).groupby([cand[k] for k in keys], sort=False).ffill()
    got = cand.loc[change[cand.index] & cand["_year"].notna(), "_year"]
    out.loc[got.index, "fact_year"] = got.astype("Int64")
    out.loc[got.index, "year_source"] = "period"


def _flagged(facts: pd.DataFrame, flag: str) -> pd.Series:
    """Whether each fact's ``flags`` (names joined by ``;``) hold ``flag``; none does in a table without them."""
    if "flags" not in facts.columns:
        return pd.Series(False, index=facts.index, dtype=bool)
    flags = facts["flags"].fillna("").astype("str")
    return flags.map({v: flag in v.split(";") for v in flags.unique()}).astype(bool)


def _na(v: object) -> int | None:
    return None if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)) else int(v)


def _fact_year(meta: pd.Series | None, status: str, period: str, section: str) -> tuple[int | None, str]:
    if meta is None:
        return None, ""
    delivered, covered, plan = _na(meta["year"]), _na(meta["period_year"]), _na(meta["plan_year"])
    if period and layout_views().span_heading.search(normalize(period)):
        return None, "span"  # 五年来，… / 过去五年，… / 2013-2017年: a paragraph about a span of years
    y = _period_year_of(period, delivered)
    if y is not None:
        return y, "period"
    for heading in reversed([h for h in section_headings(section) if h]):
        y = _heading_year(heading, delivered)
        if y is None:
            if layout_views().span_heading.search(normalize(heading)):
                return None, "span"
            continue
        if status != "target" and covered is not None and y > covered:
            break
        return y, "section"
    y = plan if status == "target" else covered
    return (y, "status") if y is not None else (None, "")


def _with_corpus_columns(facts: pd.DataFrame, reports: pd.DataFrame) -> pd.DataFrame:
    out = facts.copy()
    meta = reports.set_index("report_id")
    rid = out["report_id"]
    out["place"] = rid.map(meta["place"]).fillna("").astype("str")
    out["level"] = pd.Categorical(rid.map(meta["level"].astype("object")), categories=LEVELS)
    out["kind"] = pd.Categorical(rid.map(meta["kind"].astype("object")), categories=KINDS)
    out["year"] = rid.map(meta["year"]).astype("Int64")
    out["report_period"] = rid.map(meta["period"]).fillna("").astype("str")
    fy = fact_years(out, reports)
    out["fact_year"] = fy["fact_year"]
    out["year_source"] = fy["year_source"]
    out["indicator_key"] = indicator_keys(out)
    return out


# ============================================================================= panel
def _facts_of(data: Corpus | pd.DataFrame) -> pd.DataFrame:
    if isinstance(data, Corpus):
        return data.facts()
    if isinstance(data, pd.DataFrame):
        missing = [c for c in ("place", "fact_year", "year_source", "indicator_key", "report_period", "year")
                   if c not in data.columns]
        if missing:
            raise ValueError(f"the facts lack {', '.join(missing)} — pass a Corpus or corpus.facts()")
        if data["indicator_key"].isna().any():
            data = data.assign(indicator_key=data["indicator_key"].fillna("").astype("str"))
        return data
    raise TypeError(f"expected a Corpus or corpus.facts(), not {type(data).__name__}")


#: ``scope_rank`` of a figure that is not its report's place's own: another place's, or a part of a whole.
NOT_OF_PLACE = 3


def _share_level(scope: str) -> str | None:
    """The level of government whose share a scope word names (区级 → district, 市本级 → city, 中央级 → national),
    "" for a share of no one level (地方级, 全口径, 县乡级), None when the word names no share of a budget."""
    views = _views()
    if scope not in vocab.concept_rules().scope_english and not views.share_scope.fullmatch(scope):
        return None
    words = views.rules.level_words
    return words.get(scope) or words.get(views.share_scope_stem.sub("", scope)) or ""


def scope_rank(facts: pd.DataFrame) -> pd.Series:
    """How far each fact's ``scope`` is from its report's place as a whole, for the series of that place.

    0: no scope, or the place itself (西城区 in a report of 北京市西城区, 全国 in a national one); 1: the share
    of the place's own level of government (区级 in a district's report); 2: the share of another level or of
    several (地方级, 全口径 in a district's report: a wider revenue the place collects); ``NOT_OF_PLACE`` (3):
    another place (北京市, or a county of a city's table) or a part of a figure (增值税收入(50%部分)), and in a
    national report any level's share (地方财政收入, 中央级: parts of the nation's whole). A series takes a
    year's figure from the lowest rank a report prints, and never one of rank 3.

    Parameters
    ----------
    facts : DataFrame
        Corpus facts with ``place`` and ``level``; without a ``scope`` column every fact is of rank 0.

    Returns
    -------
    Series of int, aligned on ``facts.index``.
    """
    if "scope" not in facts.columns or not len(facts):
        return pd.Series(0, index=facts.index, dtype="int64")
    words = _views().rules.level_words
    memo: dict[tuple[str, str, str], int] = {}

    def rank(scope: str, place: str, level: str) -> int:
        if not scope:
            return 0
        share = _share_level(scope)
        if share is not None:
            return NOT_OF_PLACE if level == "national" else 1 if share and share == level else 2
        # the place by its own name, full or short (西城区, 北京市西城区), never the city it lies in (北京市)
        own = bool(place) and (place.endswith(scope) or scope.endswith(place)) or words.get(scope) == level
        return 0 if own else NOT_OF_PLACE

    out = []
    level = facts["level"].astype("object") if "level" in facts.columns else pd.Series("", index=facts.index)
    for k in zip(facts["scope"].fillna("").astype("str"), facts["place"].fillna("").astype("str"),
                 level.fillna("").astype("str"), strict=True):
        if k not in memo:
            memo[k] = rank(*k)
        out.append(memo[k])
    return pd.Series(out, index=facts.index, dtype="int64")


#: The column holding each fact's :func:`scope_rank` while a table across reports is built from the facts.
_SCOPE_RANK = "_scope_rank"


def _rank_of(facts: pd.DataFrame) -> pd.Series:
    """The :func:`scope_rank` of each fact: its column when :func:`_of_place` has set it, else ranked here."""
    return facts[_SCOPE_RANK] if _SCOPE_RANK in facts.columns else scope_rank(facts)


def _of_place(facts: pd.DataFrame) -> pd.DataFrame:
    """The facts that are of their report's place (``scope_rank`` below ``NOT_OF_PLACE``), with their rank as a
    column, ranked once for every later step of a table that reads it (one scope a year, the order of preference)."""
    rank = _rank_of(facts)
    return facts.assign(**{_SCOPE_RANK: rank})[rank < NOT_OF_PLACE]


def _one_scope_a_year(facts: pd.DataFrame, keys: Sequence[str]) -> pd.DataFrame:
    """The facts of each year of a series (``keys``: place, indicator key, year …) less those of a wider or another
    level's share (``scope_rank`` 2: 地方级, 全口径 in a district's report) when the year has a figure of the place or
    of its own level's share: the year's measures are of one scope. 上半年实现区级一般公共预算收入97.2亿元…;地方级一般公共预算收入
    239.3亿元,同比增长1.7% gives the district's revenue of the half no growth — 1.7% is the growth of another,
    wider revenue, not of the 97.2亿元."""
    if facts.empty or "scope" not in facts.columns:
        return facts
    rank = _rank_of(facts)
    own = (rank <= 1).groupby([facts[k].astype("object").fillna("") for k in keys], sort=False).transform("any")
    return facts[(rank <= 1) | ~own.astype(bool)]


def _ranked(df: pd.DataFrame) -> pd.DataFrame:
    """Candidates in order of preference: earliest report; within it the place's own scope (``scope_rank``), a
    value in force before the one a move starts from (``from_value``: 由年初预算439.55亿元调整为413.8亿元 → 413.8),
    stated year, first printed."""
    start = _flagged(df, "from_value").astype(int)
    return (df.assign(_implicit=(df["year_source"] == "status").astype(int), _y=df["year"].fillna(9999),
                      _scope=_rank_of(df), _from=start)
              .sort_values(["_y", "report_id", "_scope", "_from", "_implicit", "start"], kind="stable")
              .drop(columns=["_implicit", "_y", "_scope", "_from"]))


def part_of_year(periods: pd.Series) -> pd.Series:
    """The part of a year each period names, as a period code: ``H1`` (上半年, 1-6月), ``Q1`` (一季度), ``Q1-Q3``
    (前三季度, 1-9月), ``M5`` (1-5月); "" for a whole year, a single month or none.

    >>> part_of_year(pd.Series(["2021年上半年", "1-5月", "全年", "一季度", "6月"])).tolist()
    ['H1', 'M5', '', 'Q1', '']
    """
    lv = layout_views()

    def code(period: str) -> str:
        if c := _period_code(period):
            return c
        m = lv.report_months.search(period)
        return lv.report_months_code.format(n=int(m.group("n"))) if m and m.group("n") else ""

    names = periods.astype("str")
    return names.map({p: code(p) for p in names.unique()}).astype("str")


def _whole_year(facts: pd.DataFrame) -> pd.Series:
    """Whether each fact's period is a whole year (or none): not 一季度, 1-5月, 上半年, 6月底 or 年初."""
    return ~facts["period"].astype("str").str.contains(vocab.concept_rules().part_of_year_regex, regex=True)


def _change_basis(facts: pd.DataFrame) -> pd.Series:
    """What a change is measured against, for the changes of several bases (``change_pct``): 年均 for an average
    per year (年均, 平均每年, 五年年均), else the base printed (1978年); "" for the other measures."""
    comp = facts["comparator"].astype("str")
    basis = comp.where(~comp.str.contains(vocab.concept_rules().average_base_regex, regex=True), "年均")
    return basis.where(facts["measure"].astype("str") == "change_pct", "")


def _base_year(comparator: str) -> float:
    m = _ANY_YEAR.search(normalize(comparator)) if comparator else None
    return float(year_number(m.group(1))) if m else math.nan


def _span_amount(facts: pd.DataFrame) -> pd.Series:
    """Whether each fact is an amount changed over several years (全国粮食总产量，在过去四年中共增加了一千九百零五亿斤):
    no change of its ``fact_year`` alone, neither a year's target nor its outcome."""
    return (facts["measure"].astype("str") == "abs_change") & _flagged(facts, "multi_year")


def _of_one_year(facts: pd.DataFrame) -> pd.Series:
    """Whether each fact can be a figure of its ``fact_year``: not a change averaged per year (年均, 平均每年,
    两年平均: a figure of the span it averages over — “七五”计划草案规定…平均每年增长百分之六点七 is no target of
    1986), nor a change against its own year or a later one (比一九六四年增长百分之五 read as a figure of 1964:
    its year is misread; 1956年粮食产量…比五年计划原定1957年3856亿斤的水平超过133亿斤: an amount above a later
    year's plan, no change of 1956), nor an amount changed over several years (:func:`_span_amount`)."""
    measure = facts["measure"].astype("str")
    change = measure == "change_pct"
    against = change | (measure == "abs_change")
    if not against.any():
        return ~_span_amount(facts)
    comp = facts["comparator"].fillna("").astype("str")
    base = comp.map({c: _base_year(c) for c in comp[against].unique()}).astype("float")
    own_or_later = (base >= facts["fact_year"].astype("Float64").astype("float")).fillna(False)
    return ~((change & (_change_basis(facts) == "年均")) | (against & own_or_later)) & ~_span_amount(facts)


def comparable_units(facts: pd.DataFrame) -> pd.DataFrame:
    """``facts`` with each series in one unit where its reports print it in several of one dimension.

    A series is a place and indicator key; a report may print its grain output in 斤, the
    next in 吨 (``concepts.json``: ``comparable_units``). Its values are restated in the unit it is
    printed in most often (on a tie, the unit of its latest year), so that years compare; its levels,
    changes and targets share that unit (粮食产量…三千六百五十亿斤 and 比上年增加一千三百三十万吨 of one
    series: both in 斤). Units of no listed dimension (元 and 美元, %) are left as they are. The facts
    themselves are never changed: ``raw_value`` and ``raw_unit`` keep what was printed.
    """
    sizes = vocab.concept_rules().comparable_units
    units = facts["unit"].astype("str")
    known = units.isin(list(sizes))
    if not known.any():
        return facts
    f, units = facts[known], units[known]
    keys = [f["place"], f["indicator_key"], units.map(lambda u: sizes[u][0])]
    year = f["fact_year"].astype("Float64").fillna(-1)
    counts = year.groupby([*keys, units], observed=True).agg(["size", "max"]).set_axis(["n", "year"], axis=1)
    best = counts.sort_values(["n", "year"], kind="stable").groupby(level=[0, 1, 2], observed=True).tail(1)
    target = dict(zip(best.index.droplevel(3), best.index.get_level_values(3), strict=True))
    to_unit = [target[k] for k in zip(*(k.to_numpy() for k in keys), strict=True)]
    ratio = [sizes[u][1] / sizes[t][1] for u, t in zip(units, to_unit, strict=True)]
    out = facts.copy()
    out.loc[known, "value"] = [float(f"{v * r:.12g}") if r != 1 else v
                               for v, r in zip(f["value"], ratio, strict=True)]
    out.loc[known, "unit"] = to_unit
    return out


def panel(facts: Corpus | pd.DataFrame, indicators: Sequence[str] | str | None = None,
          measure: str | Sequence[str] | None = "yoy_pct", *, status: str = "actual",
          part: str | Sequence[str] = "", wide: bool = False) -> pd.DataFrame:
    """Indicator × year from the corpus facts; see :meth:`Corpus.panel`."""
    f = _facts_of(facts)
    # (a table of a corpus of several places names each row's place, also when only one of them prints the series)
    places = f["place"].astype("object").fillna("").astype("str")
    several_places = places[places != ""].nunique() > 1
    f = f[(f["indicator_key"] != "") & f["fact_year"].notna() & (f["status"].astype("str") == status)]
    f = _of_place(f[_of_one_year(f)])
    parts = [part] if isinstance(part, str) else list(part)
    f = _with_part(f)
    f = f[f["part"].isin(parts)]
    if indicators is not None:
        keys = [indicators] if isinstance(indicators, str) else list(indicators)
        f = f[f["indicator_key"].isin(keys)]
    if status == "actual":  # outcomes of a year come from reports reviewing a full year, or the part of it
        f = f[_reviewed(f)]
    placeless = f["place"].fillna("") == ""
    if placeless.any() and not placeless.all():
        # (a report naming no place is no year of another's series, nor of the other placeless reports')
        ids = sorted(f.loc[placeless, "report_id"].astype("str").unique())
        warnings.warn(f"{len(ids)} report(s) name no place and are left out of the panel ({', '.join(ids[:3])}"
                      f"{' …' if len(ids) > 3 else ''}) — give each its place in a sidecar <file>.json or index.csv",
                      PlacelessReportsWarning, stacklevel=3)
        f = f[~placeless]
    # a change against a named base (比2019年上半年, 较一季度, 高于全市) is a series of that base: two bases of one year
    # are two figures, neither of them the year's only one
    # (the scope of a year is chosen among all its measures, so that a growth of 地方级 is no year's growth of a
    # series whose level that year is 区级)
    f = _one_scope_a_year(f, ["place", "indicator_key", "part", "fact_year"])
    if measure is not None:
        measures = [measure] if isinstance(measure, str) else list(measure)
        f = f[f["measure"].astype("str").isin(measures)]
    ranked = _ranked(comparable_units(f.assign(comparator=_series_base(f))))
    f = ranked.drop_duplicates(_SERIES_YEAR, keep="first")
    long = pd.DataFrame({
        "place": f["place"], "indicator_key": f["indicator_key"],
        "indicator": [_canonical(s, k) for s, k in zip(f["indicator"], f["indicator_key"], strict=True)],
        "indicator_en": [_english(k, s) for k, s in zip(f["indicator_key"], f["indicator"], strict=True)],
        "scope": f["scope"].fillna("").astype("str") if "scope" in f.columns else "",
        "year": f["fact_year"].astype("Int64"), "part": f["part"].astype("str"), "measure": f["measure"].astype("str"),
        "comparator": f["comparator"].astype("str"), "value": f["value"], "unit": f["unit"], "qualifier": f["qualifier"].astype("str"),
        "status": f["status"].astype("str"), "report_id": f["report_id"], "fact_id": f["fact_id"],
        "sentence": f["sentence"], "restated": restated_elsewhere(ranked, f),
        "real_terms": _flagged(f, "real_terms"),
    }).sort_values(["place", "indicator_key", "part", "measure", "comparator", "year"],
                   kind="stable").reset_index(drop=True)
    if not wide:
        return long
    index = ["indicator_key"]
    if several_places:
        index = ["place", *index]
    if len(parts) > 1:
        index.append("part")
    if measure is None or not isinstance(measure, str):
        index.append("measure")
    if long["comparator"].ne("").any():
        index.append("comparator")  # a change against 2019年上半年 and one against 一季度: a row each
    if long.groupby(index, sort=False)["unit"].nunique().gt(1).any():
        index.append("unit")  # a series printed in units that do not convert (元 and 美元): a row each
    w = long.pivot(index=index, columns="year", values="value")
    w.columns.name = "year"
    return w


#: The columns naming one figure of a series: one row of the panel.
_SERIES_YEAR = ["place", "indicator_key", "measure", "unit", "part", "comparator", "fact_year"]


def _as_printed(facts: pd.DataFrame) -> pd.Series:
    """Each fact's figure as its report prints it (``26.6万亿元``), with the report's id: ``26.6万亿元（gwr_2013）``."""
    value = pd.Series([f"{v:g}" for v in facts["value"]], index=facts.index, dtype="str")
    unit = facts["unit"].fillna("").astype("str")
    if "raw_value" in facts.columns:
        raw = facts["raw_value"].fillna("").astype("str")
        value = raw.where(raw != "", value)
        raw_unit = facts["raw_unit"].fillna("").astype("str") if "raw_unit" in facts.columns else unit
        unit = raw_unit.where(raw != "", unit)
    return value + unit + "（" + facts["report_id"].astype("str") + "）"


def restated_elsewhere(candidates: pd.DataFrame, kept: pd.DataFrame) -> pd.Series:
    """The figure of each kept row's series and year as the other reports print it, ``;``-joined, "" when no
    other report states it: a year a five-year review states again (国内生产总值从26.6万亿元增加到51.9万亿元 in
    2013 beside 2007年，国内生产总值达到24.66万亿元 in 2008: ``26.6万亿元（gwr_2013）`` for 2007), revised or
    not.

    Parameters
    ----------
    candidates : DataFrame
        The facts a panel chose its rows from, with the ``_SERIES_YEAR`` columns, ``report_id`` and ``value``.
    kept : DataFrame
        The rows kept, one per series and year (a subset of ``candidates``).

    Returns
    -------
    Series of str, aligned on ``kept.index``.
    """
    def keys(df: pd.DataFrame) -> list[tuple]:
        return list(zip(*(df[c].astype("object").fillna("").to_numpy() for c in _SERIES_YEAR), strict=True))

    if kept.empty:
        return pd.Series("", index=kept.index, dtype="str")
    source = dict(zip(keys(kept), kept["report_id"].astype("str"), strict=True))
    others = candidates.drop(index=kept.index)
    said: dict[tuple, list[str]] = {}
    for k, rid, text in zip(keys(others), others["report_id"].astype("str"), _as_printed(others), strict=True):
        if source.get(k, rid) != rid and text not in said.setdefault(k, []):
            said[k].append(text)
    return pd.Series([";".join(said.get(k, [])) for k in keys(kept)], index=kept.index, dtype="str")


def _series_base(facts: pd.DataFrame) -> pd.Series:
    """The base each fact's series is measured against: the printed comparator of a change against a named base
    (``change_pct``: 比2019年上半年增长7.9%; ``pp_diff``: 较一季度收窄1.9个百分点) and the whole a share is of
    (``rate_pct``: 国内生产总值…占世界经济比重从11.4%提高到15%左右 → 世界经济, a series apart from a share of another
    whole), and the base of a level printed against one (a multiple of it: 每万人发明专利拥有量…是全市的4.1倍 → 全市, a
    series apart from the 521件 and from the 23.6倍 of 全国); "" for the other measures, whose base is the measure
    itself (上年同期 of a growth, none of a level as printed), and for a share the key names with its whole
    (财政赤字占国内生产总值的比重 → ``deficit_ratio``, as 赤字率 is).
    A growth on an adjusted basis (一般公共预算收入扣除留抵退税后、同口径增长5.6%: ``adjusted_base_regex``) is a series
    of that basis, not the year's growth as printed (同比降低6.5%,剔除留抵退税后增长0.4%: two figures)."""
    measure = facts["measure"].astype("str")
    comp = facts["comparator"].fillna("").astype("str")
    adjusted = (measure == "yoy_pct") & comp.str.contains(vocab.concept_rules().adjusted_base_regex, regex=True)
    share = measure == "rate_pct"
    if share.any():
        own = [vocab.concept(str(s)).key == k for s, k in
               zip(facts.loc[share, "indicator"], facts.loc[share, "indicator_key"], strict=True)]
        share.loc[share] = own
    # (a level printed against a base is a multiple or an amount of it, 是全市的4.1倍, 为1997年的2.9倍: a series of it)
    return comp.where(measure.isin(["change_pct", "pp_diff", "level"]) | share | adjusted, "")


def _canonical(phrase: str, key: str = "") -> str:
    """The glossary name of the concept a row is of: of ``key`` when the phrase names another (财政赤字 read as a
    share of 国内生产总值 is 赤字率), else of the phrase, else the phrase."""
    c = vocab.concept(str(phrase))
    if key and c.key != key:
        return next((t.canonical for t in vocab.glossary() if t.key == key), str(phrase))
    return c.name if c.key else str(phrase)


def panel_row_names(rows: pd.DataFrame, long: pd.DataFrame) -> pd.DataFrame:
    """The ``indicator`` and ``indicator_en`` of each row of a wide panel (its index as columns), from ``long``, the
    same panel tidy: by place and key when the rows name places, so a place's row carries the name its reports give
    the key (国内生产总值 in 中国's row, 地区生产总值 in a district's), not the first place's name."""
    by = [c for c in ("place", "indicator_key") if c in rows.columns]
    names = long[[*by, "indicator", "indicator_en"]].drop_duplicates(by)
    return rows[by].merge(names, on=by, how="left").fillna({"indicator": "", "indicator_en": ""})


def _english(key: str, phrase: str) -> str:
    c = vocab.concept(str(phrase))
    if c.key == key:
        return c.english
    return next((t.english for t in vocab.glossary() if t.key == key), "")


# ============================================================================= targets and outcomes
def _ranges(targets: pd.DataFrame) -> pd.DataFrame:
    """One row per target, a range's two ends on one row (``value`` low, ``high`` high).

    Two target facts make a range when the extractor flags them ``range_low``/``range_high``,
    or (without a ``flags`` column) when they share report, sentence, key, measure and unit and
    only a dash or 至/到 lies between them (at most two characters).
    """
    t = targets.sort_values(["report_id", "start"], kind="stable").reset_index(drop=True)
    flags = t["flags"].fillna("").astype("str") if "flags" in t.columns else None
    high = [math.nan] * len(t)
    high_id = [""] * len(t)
    qual = t["qualifier"].astype("str").tolist()
    drop = set()
    for i in range(len(t) - 1):
        a, b = t.iloc[i], t.iloc[i + 1]
        same = (a["report_id"] == b["report_id"] and a["sentence"] == b["sentence"]
                and a["indicator_key"] == b["indicator_key"] and a["measure"] == b["measure"]
                and a["unit"] == b["unit"])
        if not same or i in drop:
            continue
        if flags is not None:
            paired = "range_low" in flags.iloc[i] and "range_high" in flags.iloc[i + 1]
        else:
            paired = 0 <= int(b["start"]) - int(a["end"]) <= 2 and a["value"] < b["value"]
        if paired:
            high[i], high_id[i] = float(b["value"]), str(b["fact_id"])
            if qual[i] == "exact":
                qual[i] = qual[i + 1]
            drop.add(i + 1)
    t = t.assign(high=high, high_fact_id=high_id, range_qualifier=qual)
    return t.drop(index=sorted(drop)).reset_index(drop=True)


def _met(q: str, target: float, high: float, outcome: float, tol: float, ceiling: bool = False,
         floor: bool = False) -> object:
    """Whether ``outcome`` meets a target: a bound its qualifier prints (以上, 以内) first, then a ceiling or a floor
    at the figure itself (左右 or not: a price target of 3%左右 is missed by 3.3%), else within ``tol`` of it."""
    if any(isinstance(v, float) and math.isnan(v) for v in (target, outcome)):
        return pd.NA
    if not math.isnan(high):
        if ceiling or floor:  # (the end a bound reaches furthest: a fall's ends printed 3%－4% are −3 then −4)
            return (outcome <= max(target, high)) if ceiling else (outcome >= min(target, high))
        lo, hi = (target - tol, high + tol) if q == "about" else (target, high)
        return lo <= outcome <= hi
    if q in vocab.QUALIFIER_FLIP:
        # 以上/以内 bound the printed size: "下降3.4%以上" (-3.4, at least) is met by a fall of 5% (-5)
        floor = (q in vocab.LOWER_BOUNDS) != (target < 0)
        return outcome >= target if floor else outcome <= target
    if ceiling:
        return outcome <= target
    if floor:
        return outcome >= target
    return abs(outcome - target) <= tol  # about, nearly, exact: within the tolerance


def ceiling_targets(rows: pd.DataFrame, ceilings: Collection[str] | None = None,
                    floors: Collection[str] | None = None) -> pd.Series:
    """Which targets are ceilings, met by an outcome at or under them whatever their qualifier.

    A target of a key whose target is a limit in policy practice (``ceiling_target_keys`` of
    ``vocab/corpus.json``: 居民消费价格涨幅3%左右, 城镇调查失业率5.5%左右), or a planned decline
    (a change below zero: 二氧化硫排放量下降3% is met by a fall of 5.6%, a ceiling of the signed
    change); never a target of a key of :func:`floor_targets`.

    Parameters
    ----------
    rows : DataFrame
        Rows of :func:`target_outcomes`, or any with ``indicator_key``, ``measure`` and ``target_value``.
    ceilings : collection of str, optional
        Keys of limits instead of the vocabulary's (``()``: none; a planned decline is still one).
    floors : collection of str, optional
        Keys whose targets are floors, never ceilings, instead of the vocabulary's (``()``: none).

    Returns
    -------
    Series of bool, on the index of ``rows``.
    """
    rules = vocab.corpus_rules()
    keys = rules.ceiling_target_keys if ceilings is None else ceilings
    decline = rows["measure"].isin(list(rules.decline_measures)) & (rows["target_value"] < 0)
    return (rows["indicator_key"].isin(list(keys)) | decline) & ~floor_targets(rows, floors)


def floor_targets(rows: pd.DataFrame, floors: Collection[str] | None = None) -> pd.Series:
    """Which targets are floors, met by an outcome at or over them whatever their qualifier.

    A target of a key whose target is a least in policy practice (``floor_target_keys`` of
    ``vocab/corpus.json``): new urban jobs (城镇新增就业900万人 is met by 980万, 1200万人左右 by 1244万), grain
    output (粮食产量保持在1.3万亿斤以上), the output a plan of the 1950s sets (钢产量拟定为六百二十四万八千吨: met by
    1108万吨), forest cover, afforestation, dwellings renovated or started (棚户区住房改造600万套), rural roads built
    (新建改建农村公路20万公里), major water projects started, people given safe water or relocated, the central
    budget's spending set aside for farming, science, employment and social security (中央财政安排“三农”支出5625亿元:
    met by 5955亿元).

    Parameters
    ----------
    rows : DataFrame
        Rows of :func:`target_outcomes`, or any with ``indicator_key``.
    floors : collection of str, optional
        Keys of leasts instead of the vocabulary's (``()``: none).

    Returns
    -------
    Series of bool, on the index of ``rows``.
    """
    keys = vocab.corpus_rules().floor_target_keys if floors is None else floors
    return rows["indicator_key"].isin(list(keys))


def target_outcomes(corpus: Corpus | pd.DataFrame, *, tolerance: float = 0.5, rel_tolerance: float = 0.02,
                    ceilings: Collection[str] | None = None, floors: Collection[str] | None = None,
                    how: str = "inner") -> pd.DataFrame:
    """The target a report sets for its year against the outcome the next report states.

    Pure DataFrame work on the corpus facts: targets are facts with status ``target`` whose
    ``fact_year`` is the plan year of their report; outcomes are achieved facts of the same
    place, indicator key, measure and unit for that year, from a report reviewing the full year
    (the earliest such report; within a report a fact whose year is stated first, then the
    first printed). A figure of part of a year (一季度, 1-5月, 6月底) is neither, a change of
    several bases (``change_pct``) meets only an outcome on the same base (a change on 1978 another
    change on 1978), and a change averaged per year over a plan's span is no target of one year.

    Parameters
    ----------
    corpus : Corpus or DataFrame
        A corpus, or its ``facts()``.
    tolerance : float
        How far an outcome may miss a 左右 (about) or unqualified target and still count as met,
        in the figure's own unit for percentages and percentage points (default 0.5).
    rel_tolerance : float
        The same for other units (levels, counts), as a share of the target (default 0.02).
    ceilings : collection of str, optional
        Indicator keys whose 左右 or unqualified targets are read as ceilings (met when the
        outcome is at most the target), for a target that is a limit in policy practice. Default:
        ``ceiling_target_keys`` of ``vocab/corpus.json`` (prices 居民消费价格, unemployment rates,
        the deficit and its ratio, energy and carbon intensity, emissions, PM2.5); ``()`` reads
        those by their qualifier. A planned decline (a change below zero) is a ceiling whatever
        its key: 二氧化硫排放量下降3% is met by any fall of 3% or more.
    floors : collection of str, optional
        The same for floors (met when the outcome is at least the target), for a target that is a
        least in policy practice. Default: ``floor_target_keys`` of ``vocab/corpus.json`` (new urban
        jobs 城镇新增就业, grain output, the output a plan of the 1950s sets, forest cover,
        afforestation, dwellings renovated or started, rural roads built …); ``()`` reads those by their qualifier. A key of floors is
        never a ceiling, not even in a planned decline.
    how : {"inner", "left"}
        ``inner``: years with both a target and an outcome; ``left``: every target.

    Returns
    -------
    DataFrame
        The columns of ``TARGET_OUTCOME_COLUMNS``. A range (6.5%－7%) keeps its ends in
        ``target_value`` and ``target_high``. ``gap`` is outcome − target_value (the low end of a
        range). ``met`` follows the qualifier: ``at_least``/``over`` → outcome ≥ target;
        ``at_most``/``under`` → outcome ≤ target (on the size of a decline when the target is
        one: 下降3.4%以上 is met by −5); else a ceiling (a limit's key, a planned decline) →
        outcome ≤ target (CPI 3%左右 met by 2%, missed by 3.3%; 二氧化硫排放量下降3% met by
        −5.6); a floor (a least's key) → outcome ≥ target (城镇新增就业900万人 met by 980万); ``about``/``nearly``/``exact`` → within the
        tolerance; a range → inside it (widened by the tolerance when it is 左右), or under its
        high end for a ceiling, over its low end for a floor.

    Examples
    --------
    ::

        to = target_outcomes(load_corpus())   # parses the 52 bundled reports (about 10 s on one core)
        to.loc[to["indicator_key"] == "gdp", ["year", "target_value", "target_high", "target_qualifier",
                                              "outcome_value", "met"]].tail(3)
        #     year  target_value  target_high target_qualifier  outcome_value    met
        # ..  2022           5.5          NaN            about            3.0  False
        # ..  2023           5.0          NaN            about            5.2   True
        # ..  2024           5.0          NaN            about            5.0   True
    """
    if how not in ("inner", "left"):
        raise ValueError(f"how must be 'inner' or 'left', not {how!r}")
    f = _facts_of(corpus)
    f = comparable_units(_of_place(f[(f["indicator_key"] != "") & f["fact_year"].notna()]))
    f = f[_whole_year(f)].assign(basis=_change_basis)  # a change of several bases: against the same base only
    plan = f["report_id"].map(_plan_years(f))
    t = f[(f["status"].astype("str") == "target") & (f["fact_year"] == plan) & _of_one_year(f)]
    t = _ranges(_one_scope_a_year(t, ["place", "indicator_key", "fact_year"]))
    t = _ranked(t).drop_duplicates(["place", "indicator_key", "measure", "basis", "fact_year"], keep="first")
    o = _one_scope_a_year(f[(f["status"].astype("str") == "actual") & _reviewed(f) & ~_span_amount(f)],
                          ["place", "indicator_key", "fact_year"])
    keys = ["place", "indicator_key", "measure", "basis", "unit", "fact_year"]
    o = _ranked(o).drop_duplicates(keys, keep="first")
    t = t[[*keys, "indicator", "value", "high", "range_qualifier", "report_id", "fact_id", "high_fact_id",
           "sentence"]].rename(columns={"value": "target_value", "high": "target_high",
                                        "range_qualifier": "target_qualifier", "report_id": "target_report_id",
                                        "fact_id": "target_fact_id", "high_fact_id": "target_high_fact_id",
                                        "sentence": "target_sentence"})
    o = o[[*keys, "value", "qualifier", "report_id", "fact_id", "sentence"]].rename(
        columns={"value": "outcome_value", "qualifier": "outcome_qualifier", "report_id": "outcome_report_id",
                 "fact_id": "outcome_fact_id", "sentence": "outcome_sentence"})
    o["outcome_qualifier"] = o["outcome_qualifier"].astype("str")
    m = t.merge(o, on=keys, how=how)
    pct = m["unit"].isin(["%", "pp"])
    tol = [tolerance if p else abs(v) * rel_tolerance for p, v in zip(pct, m["target_value"], strict=True)]
    ceil, flo = ceiling_targets(m, ceilings, floors), floor_targets(m, floors)
    m["met"] = pd.array([_met(q, float(v), float(h), float(x), tl, c, fl) for q, v, h, x, tl, c, fl in
                         zip(m["target_qualifier"], m["target_value"], m["target_high"], m["outcome_value"], tol,
                             ceil, flo, strict=True)], dtype="boolean")
    m["gap"] = m["outcome_value"] - m["target_value"]
    m["year"] = m["fact_year"].astype("Int64")
    m["indicator_en"] = [_english(k, s) for k, s in zip(m["indicator_key"], m["indicator"], strict=True)]
    m["indicator"] = [_canonical(s, k) for s, k in zip(m["indicator"], m["indicator_key"], strict=True)]
    for c in ("outcome_report_id", "outcome_fact_id", "outcome_sentence", "outcome_qualifier"):
        m[c] = m[c].astype("object").fillna("").astype("str")  # (a categorical column of the facts too)
    out = m[list(TARGET_OUTCOME_COLUMNS)].sort_values(["place", "indicator_key", "measure", "year"], kind="stable")
    return out.reset_index(drop=True)


def _reviewed(f: pd.DataFrame) -> pd.Series:
    """Facts a report reviewing a full year (or the part of one of the fact's ``part``, ``H1``, when the facts
    have that column) can state as outcomes: of that year or an earlier one (a report reviewing 1957 states no
    outcome of 1958, whatever its sentence says); a report of part of a year states whole years ended before it
    too (the final accounts of 2021 in a report on the budget of 2022H1: `2021年全区财政总收入决算为3777878万元`)."""
    period = f["report_period"].astype("str")
    part = f["part"] if "part" in f.columns else ""
    dated = period.str.match(r"\d{4}")
    covered = pd.to_numeric(period.where(dated).str[:4], errors="coerce")
    year = f["fact_year"].astype("Float64")
    of_part = (period.str[4:] == part) & (year <= covered).fillna(False).astype(bool)
    ended = (period.str[4:] != "") & (part == "") & (year < covered).fillna(False).astype(bool)
    return dated & (of_part | ended)


def _plan_years(f: pd.DataFrame) -> pd.Series:
    """Plan year of each report from the facts' own columns (year delivered, period covered)."""
    first = f.drop_duplicates("report_id").set_index("report_id")
    return pd.Series({rid: _plan_year(_na(r["year"]), r["report_period"]) for rid, r in first.iterrows()},
                     dtype="object")


def hit_rates(outcomes: pd.DataFrame) -> pd.DataFrame:
    """Per place, indicator and measure: years with both figures, targets met, the share met and the years missed."""
    rows = []
    for (place, key, measure), g in outcomes.groupby(["place", "indicator_key", "measure"], sort=True):
        judged = g[g["met"].notna()]
        met = int(judged["met"].sum())
        rows.append({
            "place": place, "indicator_key": key, "indicator": g["indicator"].iloc[0],
            "indicator_en": g["indicator_en"].iloc[0], "measure": measure,
            "first_year": int(g["year"].min()), "last_year": int(g["year"].max()),
            "years": len(judged), "met": met, "share_met": (met / len(judged) * 100) if len(judged) else math.nan,
            "years_missed": ";".join(str(int(y)) for y in judged.loc[~judged["met"].astype(bool), "year"]),
        })
    cols = ["place", "indicator_key", "indicator", "indicator_en", "measure", "first_year", "last_year", "years",
            "met", "share_met", "years_missed"]
    return pd.DataFrame(rows, columns=cols)


def report_years(reports: pd.DataFrame) -> tuple[int, int] | None:
    """The first and last year of the reports of a corpus: the year each was delivered, else the year of the period
    it covers (a report of part of a year is delivered in that year); None when no report is dated.

    A folder of mid-year reports most of which print no date line (关于东城区2021年…计划上半年执行情况的报告) is of
    the years its titles name, not only of the few years some date line gives.

    >>> report_years(pd.DataFrame({"year": [pd.NA, 2021, pd.NA], "period_year": [2017, 2020, 2025]}))
    (2017, 2025)
    """
    years = reports["year"].astype("Float64")
    if "period_year" in reports.columns:
        years = years.fillna(reports["period_year"].astype("Float64"))
    years = years.dropna()
    return (int(years.min()), int(years.max())) if len(years) else None


def best_record(hits: pd.DataFrame) -> pd.Series | None:
    """The row of :func:`hit_rates` with the best record: the highest share met and, of equal shares, the one
    judged over the most years (5 of 5 before 1 of 1); None when no indicator has a year judged.

    >>> hits = pd.DataFrame({"indicator": ["赤字率", "固定资产投资", "城镇调查失业率"], "years": [4, 1, 5],
    ...                      "met": [4, 1, 5], "share_met": [100.0, 100.0, 100.0]})
    >>> best_record(hits)["indicator"]
    '城镇调查失业率'
    """
    judged = hits[hits["years"] > 0]
    if judged.empty:
        return None
    return judged.sort_values(["share_met", "years"], ascending=False, kind="stable").iloc[0]


# ============================================================================= consistency across reports
def level_consistency(corpus: Corpus | pd.DataFrame, *, only_differences: bool = False) -> pd.DataFrame:
    """A level in one report, grown by the rate the next report states, against the level it states.

    For each place, indicator key and year Y — or part of a year (``part``: the 上半年 of Y-1 against the
    上半年 of Y, from a folder of mid-year reports; never a part against a whole year): the level of Y-1 (from an
    earlier report; a level of Y-1 only a later report prints, revised, is none the growth was reckoned on), the growth of Y and the level of Y (from one later report, as in :meth:`Corpus.panel`); the
    implied level is level(Y-1) × (1 + growth/100). ``diff_pct`` is stated ÷ implied − 1 (in %);
    ``allowed_pct`` is what the printed rounding of the three figures allows; ``consistent`` is
    ``|diff_pct| ≤ allowed_pct``. A difference is a revision or a rebasing of the earlier level.
    Growth stated at constant prices (``growth_basis == "constant prices"``: GDP and GNP always, the national
    income and the gross output of industry and agriculture of the reports before the 1990s too, any other
    growth the text states in real terms or on a comparable basis, flagged ``real_terms``: 实际增长,
    扣除价格因素) cannot be checked against nominal levels this way: ``consistent`` is then missing. Levels given as
    bounds (突破, 超过, 近 …) are not used.

    Parameters
    ----------
    only_differences : bool
        Keep only the rows that are not consistent.
    """
    from .analysis import half_unit, pct_tolerance
    from .tables import REAL_TERMS

    constant = set(vocab.concept_rules().constant_price_keys)  # (gdp: a growth at constant prices)
    f = _facts_of(corpus)
    f = f[(f["indicator_key"] != "") & f["fact_year"].notna() & (f["status"].astype("str") == "actual")]
    f = _with_part(f)
    f = _one_scope_a_year(_of_place(f[_reviewed(f)]), ["place", "indicator_key", "part", "fact_year"])
    precise = f["qualifier"].astype("str").isin(["exact", "about"])  # not 突破3万亿元, 超过, 近
    levels = _ranked(f[(f["measure"].astype("str") == "level") & precise]).drop_duplicates(
        ["place", "indicator_key", "unit", "part", "fact_year"], keep="first")
    growth = f[f["measure"].astype("str") == "yoy_pct"]
    # (a growth on an adjusted basis, 剔除留抵退税后增长0.4%, is no growth of the levels printed)
    growth = _ranked(growth[_series_base(growth) == ""]).drop_duplicates(
        ["place", "indicator_key", "part", "fact_year"], keep="first")
    rows = []
    lv = {(r.place, r.indicator_key, r.unit, r.part, int(r.fact_year)): r for r in levels.itertuples()}
    by_year: dict[tuple, list] = {}
    for (place, key, unit, part, year), r in lv.items():
        by_year.setdefault((place, key, part, year), []).append((unit, r))
    for g in growth.itertuples():
        y = int(g.fact_year)
        place, key, part = g.place, g.indicator_key, g.part
        for unit, now in by_year.get((place, key, part, y), []):
            if now.report_id != g.report_id:
                continue
            prior = lv.get((place, key, unit, part, y - 1))
            if prior is None or prior.report_id == g.report_id or not prior.value or _later(prior, g):
                continue
            implied = prior.value * (1 + g.value / 100)
            real = key in constant or REAL_TERMS in str(getattr(g, "flags", "")).split(";")
            diff = now.value - implied
            diff_pct = (now.value / implied - 1) * 100 if implied else math.nan
            prior_row = pd.Series(prior._asdict())
            now_row = pd.Series(now._asdict())
            allowed = (half_unit(prior_row) / abs(prior.value) + pct_tolerance(g.raw_value) / abs(100 + g.value)
                       + half_unit(now_row) / abs(now.value)) * 100
            rows.append({
                "place": place, "indicator": _canonical(now.indicator, key), "indicator_key": key, "year": y,
                "part": part, "prior_level": prior.value, "growth_pct": g.value, "implied_level": implied,
                "stated_level": now.value, "unit": unit, "diff": diff, "diff_pct": diff_pct,
                "allowed_pct": allowed,
                "consistent": pd.NA if real else bool(abs(diff_pct) <= allowed + 1e-9),
                "growth_basis": "constant prices" if real else "as stated",
                "prior_report_id": prior.report_id, "prior_fact_id": prior.fact_id, "report_id": now.report_id,
                "growth_fact_id": g.fact_id, "level_fact_id": now.fact_id, "prior_sentence": prior.sentence,
                "growth_sentence": g.sentence, "level_sentence": now.sentence,
            })
    out = pd.DataFrame(rows, columns=list(CONSISTENCY_COLUMNS))
    if len(out):
        out["year"] = out["year"].astype("Int64")
        out["consistent"] = out["consistent"].astype("boolean")
    if only_differences:
        out = out[out["consistent"].eq(False).fillna(False).astype(bool)]
    return out.sort_values(["place", "indicator_key", "part", "year"], kind="stable").reset_index(drop=True)


def _later(prior: tuple, growth: tuple) -> bool:
    """Whether the report of a prior level was delivered after the one stating the growth on it: a level the
    growth was not reckoned on (社会商品零售总额由一千五百五十九亿元… of 1978 in 1983, revised, against 1979年…增长14.7％
    in 1980), no earlier report's."""
    a, b = _na(getattr(prior, "year", None)), _na(getattr(growth, "year", None))
    return a is not None and b is not None and a > b


def _with_part(facts: pd.DataFrame) -> pd.DataFrame:
    """The facts of a whole year or of a part of one, with that part (``part``: "" or ``H1`` …): with
    :func:`_reviewed`, a level of 上半年 in a mid-year report meets the growth of 上半年 in the next mid-year report,
    never a whole year's; 一季度 of a year reviewed is no figure of the year, and a part no code names (截至6月底 in
    an annual review) is left out."""
    whole = _whole_year(facts)
    part = part_of_year(facts["period"]).where(~whole, "")
    return facts.assign(part=part)[whole | (part != "")]
