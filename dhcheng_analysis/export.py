"""Excel workbook and data exports (CSV, JSON, Parquet) of the facts and key tables.

One workbook per report: a 说明 (About) sheet generated from the field dictionary
:data:`FIELDS`, one sheet per key table with Chinese (or English) headers, money in
亿元/万元 with the unit in the header, and 全部数据 (All facts) in base units with the
section and source sentence of every figure.

Every text cell that a spreadsheet could read as a formula (it begins with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return) is stored as text in the workbook and prefixed
with ``'`` in CSV. Every file is written to a temporary file and renamed into place.

Usage (writes files, so shown as a literal block)::

    import dhcheng_analysis as dh
    dh.to_excel(None, "dongcheng.xlsx")                  # PosixPath('dongcheng.xlsx')
    dh.to_csv(None, "headline.csv", table="headline")    # PosixPath('headline.csv')
"""

from __future__ import annotations

import math
import os
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from .atomic import check_target, write_text, write_with
from .errors import ExportError
from .report import Report, load_report
from .vocab import MEASURE_LABELS, QUALIFIER_LABELS, glossary

if TYPE_CHECKING:  # pragma: no cover
    from openpyxl.worksheet.worksheet import Worksheet

TABLE_NAMES = ("facts", "headline", "yoy", "tax", "completion", "targets", "audit")
FORMATS = ("xlsx", "csv", "json", "parquet")
LANGS = ("zh", "en")

# --------------------------------------------------------------------------------------
# Number formats (Excel). Negative changes are red through the format's second section.
# --------------------------------------------------------------------------------------
FMT_AMOUNT = "#,##0.00"
FMT_SIGNED_AMOUNT = "#,##0.00;[Red]-#,##0.00"
FMT_NUMBER = "#,##0.00##"
FMT_SIGNED_NUMBER = "#,##0.00##;[Red]-#,##0.00##"
FMT_PCT = "0.0"
FMT_CHANGE = "0.0;[Red]-0.0"
FMT_RATE = "0.0#;[Red]-0.0#"
FMT_COUNT = "#,##0"
FMT_INT = "0"


@dataclass(frozen=True)
class Field:
    """One column of the exported tables: headers, definition and Excel number format.

    Attributes
    ----------
    zh, en : str
        Column header in Chinese and English (the unit of money columns is added per sheet).
    desc_zh, desc_en : str
        What the column holds.
    fmt : str or None
        Excel number format for numbers; None for text.
    width : int or None
        Fixed column width (long text); None to size from the content.
    wrap : bool
        Wrap the text (sentences, messages).
    """

    zh: str
    en: str
    desc_zh: str
    desc_en: str
    fmt: str | None = None
    width: int | None = None
    wrap: bool = False


def _f(zh: str, en: str, desc_zh: str, desc_en: str, fmt: str | None = None,
       width: int | None = None, wrap: bool = False) -> Field:
    return Field(zh, en, desc_zh, desc_en, fmt, width, wrap)


#: The field dictionary: column name → headers, definition, number format. The 说明 sheet is
#: generated from it; a column missing here is exported under its own name.
FIELDS: dict[str, Field] = {
    "report_id": _f("报告编号", "Report id",
                    "报告的编号；多份报告的数据可按此列合并。",
                    "Id of the report; facts of many reports stack on it."),
    "fact_id": _f("数据编号", "Fact id",
                  "该数字在本报告中的编号；各表据此追溯到“全部数据”表中的原文。",
                  "Stable id of the figure within the report; links every table back to All facts."),
    "fact_ids": _f("所用数据编号", "Fact ids used",
                   "该行所依据的全部数据编号，以分号分隔。",
                   "Ids of all figures a row is built from, separated by semicolons."),
    "start": _f("起始位置", "Start offset",
                "数字在报告全文中的起始字符位置（从0起）。",
                "Character offset in the report text where the figure as printed begins (from 0).",
                FMT_INT),
    "end": _f("结束位置", "End offset",
              "数字在报告全文中的结束字符位置（不含）。",
              "Character offset where the figure as printed ends (exclusive).", FMT_INT),
    "indicator": _f("指标", "Indicator",
                    "所度量的对象，取自报告原文的中文短语。",
                    "What is measured, as a Chinese phrase from the text."),
    "indicator_en": _f("指标（英文）", "Indicator (English)",
                       "指标词汇表中的英文名称；不在词汇表中则为空。",
                       "English name from the indicator glossary; empty when not in the glossary."),
    "indicator_as_printed": _f("原文指标名称", "Indicator as printed",
                               "报告中出现的指标写法。", "The indicator as the report writes it."),
    "measure": _f("口径", "Measure",
                  "数字的类别（水平值、同比、完成进度等），代码含义见本表“口径”部分。",
                  "Kind of figure (level, year-on-year, completion …); codes are listed under Measures."),
    "value": _f("数值", "Value",
                "数值。“全部数据”表中为基本单位：元而非亿元，人而非万人，百分数记为48.2。",
                "The value. In All facts in base units: yuan not 亿元, persons not 万人, percent as 48.2.",
                FMT_NUMBER),
    "unit": _f("单位", "Unit",
               "数值的单位：元、美元、%、百分点(pp)、计数单位（家、人、个、项…）或物理单位；排名为空。",
               "Unit of the value: 元, 美元, %, pp, a counter (家, 人, 个, 项 …) or a physical unit; "
               "empty for ranks."),
    "raw_value": _f("原文数值", "Value as printed", "报告中印出的数字。", "The number as printed."),
    "raw_unit": _f("原文单位", "Unit as printed", "报告中印出的单位，如亿元、万人。",
                   "The unit as printed, e.g. 亿元, 万人."),
    "qualifier": _f("限定词", "Qualifier",
                    "数字的限定（确数、余、近、约、以上、以内、不足），代码含义见“限定词”部分。",
                    "Hedge on the number (exact, over, nearly, about, at least, at most, under)."),
    "status": _f("状态", "Status",
                 "actual 为已实现的数字，target 为目标或计划（力争、确保、计划、下半年安排等）。",
                 "actual: achieved; target: a goal or plan (力争, 确保, 计划, second-half plans …)."),
    "comparator": _f("比较基准", "Compared with",
                     "数字的比较基准：变化率或百分点差所比较的对象（一季度、全市、2019年上半年），排名的范围（城六区），"
                     "比重的总体（一般公共预算收入），完成进度的基数（全年任务、年初预算）。",
                     "The base of the figure: what a change or difference is compared with (一季度, 全市 …), the "
                     "group of a rank (城六区), the whole of a share, the task or budget of a completion."),
    "period": _f("时期", "Period", "数字所指的时期（如上半年、截至6月底）。",
                 "Period the figure refers to, when stated (上半年, 截至6月底 …)."),
    "section": _f("所在章节", "Section", "数字所在的章节标题路径。",
                  "Heading path of the part of the report that holds the figure.", width=36, wrap=True),
    "sentence": _f("原文句子", "Source sentence", "包含该数字的原文句子。",
                   "The sentence of the report that holds the figure.", width=80, wrap=True),
    "level": _f("水平值", "Level", "指标的水平值（总量、数量）。",
                "Level of the indicator (amount, count).", FMT_AMOUNT),
    "level_qualifier": _f("水平值限定词", "Level qualifier", "水平值的限定词。",
                          "Qualifier of the level."),
    "level_unit": _f("水平值单位", "Level unit", "水平值的单位。", "Unit of the level."),
    "level_fact_id": _f("水平值数据编号", "Level fact id", "水平值所在数据的编号。",
                        "Fact id of the level."),
    "yoy_pct": _f("同比(%)", "YoY change (%)", "与上年同期相比的变化率，下降为负。",
                  "Change on the same period of the previous year, in percent; declines negative.",
                  FMT_CHANGE),
    "change_pct": _f("变化率(%)", "Change (%)", "相对比较基准的变化率，下降为负。",
                     "Change against the comparator, in percent; declines negative.", FMT_CHANGE),
    "direction": _f("方向", "Direction", "变化方向：up 增长，down 下降，flat 持平。",
                    "Direction of the change: up, down or flat."),
    "completion_pct": _f("完成进度(%)", "Completion (%)", "完成全年任务（目标）的百分比。",
                         "Share of the annual task or target completed, in percent.", FMT_PCT),
    "pp_diff": _f("百分点差", "Difference (pp)",
                  "本指标减去比较基准的百分点差，以带符号的变化率计。",
                  "This minus the comparator on the signed underlying rate, in percentage points.",
                  FMT_CHANGE),
    "comparator_value": _f("基准值(%)", "Comparator value (%)",
                           "推算：比较基准的数值（本指标减百分点差），口径见“基准口径”。",
                           "Derived: the comparator's value (this minus the difference), of the measure in "
                           "“Comparator measure”.", FMT_RATE),
    "comparator_measure": _f("基准口径", "Comparator measure", "基准值的口径代码（如 yoy_pct）。",
                             "Measure code of the comparator value (e.g. yoy_pct)."),
    "pp_diffs": _f("全部百分点差", "All differences (pp)",
                   "该指标的全部百分点差，格式为“比较基准:差值”，以分号分隔。",
                   "Every difference of the indicator as “comparator:pp”, separated by semicolons."),
    "change_comparator": _f("变化比较基准", "Change compared with", "变化率(%)所比较的基期。",
                            "Base the change (%) is measured against."),
    "level_measure": _f("水平值口径", "Level measure",
                        "水平值的口径代码：level 为总量，rate_pct 为比率。",
                        "Measure code of the level: level (an amount) or rate_pct (a rate)."),
    "item_as_printed": _f("原文项目", "Item as printed", "报告中的行业或税种写法。",
                          "The sector or tax as the report writes it."),
    "scope": _f("口径范围", "Scope", "金额或比率的财政口径：全口径、地方级、区级等。",
                "Fiscal scope of an amount or rate: 全口径 (all levels), 地方级 (local), 区级 (district)."),
    "reference": _f("参照水平", "Reference level",
                    "作为其他数字基数的水平值：prior 为上年同期水平，plan 为预算或计划数。",
                    "A level stated as the base of another figure: prior (the prior period) or plan "
                    "(a budget or plan)."),
    "parent_id": _f("上级数据编号", "Parent fact id", "该数字所属的总数的数据编号（部分、已完成数）。",
                    "Fact id of the total this figure is a part or a done count of."),
    "relation": _f("与上级关系", "Relation", "part 为总数的组成部分，done 为总数中已完成的数量。",
                   "part: a part of the parent total; done: the count done out of the parent total."),
    "lead": _f("开篇指标", "Lead block", "数字是否位于报告开篇的主要指标部分。",
               "Whether the figure lies in the block the report leads with (its main indicators)."),
    "basis": _f("依据", "Basis", "fact 为报告中的数字，text 为仅有文字表述（如“除个人所得税外均负增长”）。",
                "fact: a figure of the report; text: stated in words only (no figure)."),
    "annual": _f("全年任务", "Annual task", "是否为全年任务（时间进度基准适用于全年任务）。",
                 "Whether the task is an annual one (the elapsed-time benchmark applies to those)."),
    "comparator_value_qualifier": _f("基准值限定词", "Comparator value qualifier",
                                     "基准值的限定词。", "Qualifier of the comparator value."),
    "rank": _f("排名", "Rank", "在比较范围内的名次。", "Rank within the group.", FMT_INT),
    "rank_group": _f("排名范围", "Ranked among", "排名的比较范围，如城六区。",
                     "Group the rank is taken in (e.g. 城六区)."),
    "implied_prior_level": _f("上年同期水平", "Prior-year level",
                              "推算：水平值 ÷ (1 + 同比/100)。",
                              "Derived: level / (1 + yoy/100).", FMT_AMOUNT),
    "implied_annual_target": _f("全年目标", "Annual target",
                                "推算：水平值 ÷ 完成进度。", "Derived: level / completion.", FMT_AMOUNT),
    "h2_required": _f("下半年需完成", "Needed in H2",
                      "推算：全年目标 − 水平值，即下半年还需完成的量。",
                      "Derived: annual target minus level, what the rest of the year must bring.",
                      FMT_AMOUNT),
    "h2_growth_required_pct": _f("下半年所需同比(%)", "H2 growth needed (%)",
                                 "推算：为完成全年目标，下半年需达到的同比增速。",
                                 "Derived: year-on-year growth the rest of the year needs to meet the "
                                 "annual target.", FMT_CHANGE),
    "dimension": _f("维度", "Dimension",
                    "sector 为行业，tax_type 为税种，total 为总额，base_loss 为税源流失，"
                    "new_entities（事实表中为 entity）为新增市场主体。",
                    "sector, tax_type, total, base_loss (tax base lost) or new_entities (new tax base; "
                    "entity in the facts)."),
    "item": _f("项目", "Item", "行业或税种名称。", "Sector or tax named."),
    "abs_change": _f("增减额", "Absolute change", "相对比较基准的绝对增减，减少为负。",
                     "Absolute change against the comparator; decreases negative.", FMT_SIGNED_AMOUNT),
    "source": _f("来源", "Source", "stated 为报告所述，computed 为由“N项…已完成M项”计算。",
                 "stated: said by the report; computed: from an “N items … M done” pair."),
    "numerator": _f("已完成数", "Done", "已完成的数量。", "Count done.", FMT_NUMBER),
    "denominator": _f("任务总数", "Total", "任务总数量。", "Count planned.", FMT_NUMBER),
    "count_unit": _f("计数单位", "Count unit", "已完成数和任务总数的单位。", "Unit of done and total."),
    "benchmark_pct": _f("时间进度(%)", "Time elapsed (%)",
                        "时间进度基准：上半年为50%（时间过半、任务过半）。",
                        "Elapsed-time benchmark: 50% at mid-year.", FMT_PCT),
    "gap_pp": _f("超前/落后(百分点)", "Ahead/behind (pp)", "完成进度减时间进度，落后为负。",
                 "Completion minus the benchmark, in percentage points; behind is negative.", FMT_CHANGE),
    "on_track": _f("达到进度", "On track", "完成进度是否不低于时间进度。",
                   "Whether completion is at or above the benchmark."),
    "check": _f("核对项", "Check",
                "核对的内容：completion_vs_count_pair 为完成率与“N项…已完成M项”是否相符，"
                "parts_within_total 为部分之和是否不超过总量。",
                "What is checked: completion_vs_count_pair (a stated rate against its count pair), "
                "parts_within_total (parts may not exceed their total)."),
    "stated": _f("报告值", "Stated", "报告所述的数值（基本单位：元、个、%）。",
                 "Value the report states (base units: yuan, counts, percent).", FMT_NUMBER),
    "computed": _f("计算值", "Computed", "由组成部分计算的数值（基本单位）。",
                   "Value computed from the parts (base units).", FMT_NUMBER),
    "difference": _f("差异", "Difference", "报告值减计算值。", "Stated minus computed.", FMT_NUMBER),
    "tolerance": _f("容差", "Tolerance", "允许的差异（四舍五入）。", "Difference allowed (rounding).",
                    FMT_NUMBER),
    "verdict": _f("结论", "Verdict", "consistent 为一致，inconsistent 为不一致（差异超过容差）。",
                  "consistent, or inconsistent (the difference exceeds the tolerance)."),
    "message": _f("说明", "Message", "核对结果及所用数字。", "The check with its numbers.",
                  width=60, wrap=True),
}

#: Derived (computed, not stated) columns, when the tables module does not list them.
_DERIVED_FALLBACK = frozenset({
    "implied_prior_level", "implied_annual_target", "h2_required", "h2_growth_required_pct",
    "comparator_value", "benchmark_pct", "gap_pp", "on_track", "computed", "difference",
})

#: Amount columns and the unit column that says what they are in (first one present wins).
AMOUNT_UNIT_COLUMNS: dict[str, tuple[str, ...]] = {
    "level": ("level_unit", "unit"),
    "implied_prior_level": ("level_unit", "unit"),
    "implied_annual_target": ("level_unit", "unit"),
    "h2_required": ("level_unit", "unit"),
    "abs_change": ("unit",),
    "value": ("unit",),
    "numerator": ("count_unit",),
    "denominator": ("count_unit",),
}
CURRENCIES = ("元", "美元")
#: Values shown in red bold: a check the report fails.
ALERT_VALUES: dict[str, tuple[Any, ...]] = {"verdict": ("inconsistent",)}
SCALES = ((1e8, "亿", "100m"), (1e4, "万", "10k"))

STATUS_LABELS = {"actual": ("已实现", "achieved"), "target": ("目标/计划", "target or plan")}
MEASURE_NOTES = {
    "level": ("总量或数量，如一般公共预算收入完成96.9亿元。", "An amount or count: 收入完成96.9亿元."),
    "yoy_pct": ("与上年同期比较的变化率，如同比下降7% → −7。", "Year-on-year change: 同比下降7% → −7."),
    "change_pct": ("与其他基期比较的变化率，如比2019年上半年下降1%。",
                   "Change against another base: 比2019年上半年下降1%."),
    "completion_pct": ("完成全年任务的百分比，如完成全年任务的48.2%。",
                       "Share of the annual task done: 完成全年任务的48.2%."),
    "pp_diff": ("与比较基准的百分点差，如降幅较一季度收窄1.5个百分点 → +1.5。",
                "Difference in percentage points: 降幅较一季度收窄1.5个百分点 → +1.5."),
    "rate_pct": ("比率或占比，如城镇登记失业率0.84%。", "A rate or share: 城镇登记失业率0.84%."),
    "rank": ("名次，如位列城六区第三 → 3。", "A rank: 位列城六区第三 → 3."),
    "abs_change": ("绝对增减，如减收7亿元 → −7亿元。", "An absolute change: 减收7亿元 → −7e8 元."),
}


@dataclass(frozen=True)
class SheetSpec:
    """A sheet of the workbook: the table it shows, its names and what it holds."""

    key: str
    zh: str
    en: str
    desc_zh: str
    desc_en: str
    scale_money: bool = True


README_SHEET = ("说明", "About")
SHEETS: tuple[SheetSpec, ...] = (
    SheetSpec("headline", "主要指标", "Headline",
              "主要指标：水平值、同比、完成进度、与比较基准的差、排名，以及推算的上年同期水平、"
              "全年目标和下半年需完成量。",
              "Headline indicators: level, year-on-year change, completion, differences, rank, and the "
              "derived prior-year level, annual target and what the second half needs."),
    SheetSpec("yoy", "同比变化", "Year-on-year",
              "全部同比及其他基期的变化率，附对应水平值和推算的上年同期水平。",
              "Every year-on-year (or other base) change, with its level and the derived prior-year level."),
    SheetSpec("tax", "税收", "Tax",
              "税收变化：分行业（sector）、分税种（tax_type）和税收总额（total）。",
              "Tax changes by sector, by tax type and in total."),
    SheetSpec("completion", "任务完成", "Completion",
              "任务完成进度（报告所述，或由“N项…已完成M项”计算），与时间进度（上半年为50%）比较。",
              "Completion of tasks (stated, or computed from “N items … M done”), against the "
              "elapsed-time benchmark (50% at mid-year)."),
    SheetSpec("targets", "下半年目标", "Targets",
              "报告中的目标和计划数字（力争、确保、计划、下半年工作安排等）。",
              "Targets and plans stated in the report (力争, 确保, 计划, second-half plans)."),
    SheetSpec("audit", "核对", "Audit",
              "报告自我核对：所述比率与其组成部分是否一致，附差异和结论。",
              "The report checked against itself: stated ratios against their parts, with the verdict.",
              scale_money=False),
    SheetSpec("facts", "全部数据", "All facts",
              "报告中的每一个数字，以基本单位（元、美元、人、%）记录，附所在章节和原文句子。",
              "Every figure of the report in base units (yuan, dollars, persons, percent), with its "
              "section and source sentence.",
              scale_money=False),
)

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_EXCEL_MAX_TEXT = 32767


# --------------------------------------------------------------------------------------
# Tables
# --------------------------------------------------------------------------------------
def _check_lang(lang: str) -> str:
    if lang not in LANGS:
        raise ExportError(f"unknown language {lang!r} — use 'zh' or 'en'")
    return lang


def _check_table(table: str) -> str:
    if table not in TABLE_NAMES:
        raise ExportError(f"unknown table {table!r} — choose one of {', '.join(TABLE_NAMES)}")
    return table


def _all_tables(report: Report) -> dict[str, pd.DataFrame]:
    try:
        from .tables import all_tables
    except ImportError:
        from .analysis import all_tables  # type: ignore[no-redef]
    return dict(all_tables(report))


def derived_columns() -> frozenset[str]:
    """Columns computed by the analysis rather than read from the report."""
    try:
        from . import tables

        derived = getattr(tables, "DERIVED_COLUMNS", ())
    except ImportError:
        derived = ()
    return frozenset(derived) | _DERIVED_FALLBACK


def _resolve(report: Any, tables: Mapping[str, pd.DataFrame] | None) -> tuple[Report, dict[str, pd.DataFrame]]:
    rep = load_report(report)
    return rep, dict(tables) if tables is not None else _all_tables(rep)


def _one_table(data: Any, table: str, tables: Mapping[str, pd.DataFrame] | None) -> pd.DataFrame:
    if isinstance(data, pd.DataFrame):
        return data
    _check_table(table)
    if tables is not None and table in tables:
        return tables[table]
    if table == "facts" and tables is None:
        from .facts import extract_facts

        return extract_facts(load_report(data))
    _, found = _resolve(data, tables)
    if table not in found:
        raise ExportError(f"the analysis has no table {table!r} — choose one of {', '.join(sorted(found))}")
    return found[table]


# --------------------------------------------------------------------------------------
# Cell values
# --------------------------------------------------------------------------------------
def _missing(v: Any) -> bool:
    if v is None or v is pd.NA or v is pd.NaT:
        return True
    if isinstance(v, float):
        return math.isnan(v)
    try:
        return bool(pd.isna(v)) if not isinstance(v, list | tuple | set | dict) else False
    except (TypeError, ValueError):
        return False


def _join(v: Any) -> Any:
    if isinstance(v, list | tuple | set | frozenset):
        return ";".join(str(x) for x in v)
    if hasattr(v, "tolist") and not isinstance(v, str) and getattr(v, "ndim", 0) == 1:
        return ";".join(str(x) for x in v.tolist())
    return v


def risky_text(s: str) -> bool:
    """True when a spreadsheet could read ``s`` as a formula (it starts with = + - @ tab CR)."""
    return s.startswith(_FORMULA_START)


def csv_safe(v: Any) -> Any:
    """Prefix text that a spreadsheet would read as a formula with ``'``; other values unchanged.

    >>> csv_safe("=1+1"), csv_safe("收入"), csv_safe(-1.0)
    ("'=1+1", '收入', -1.0)
    """
    v = _join(v)
    if isinstance(v, str) and risky_text(v):
        return "'" + v
    return v


def _excel_value(v: Any) -> Any:
    """A Python value openpyxl can store, or None for an empty cell."""
    if _missing(v):
        return None
    v = _join(v)
    if isinstance(v, str):
        if not v:
            return None
        v = _ILLEGAL_XML.sub("\ufffd", v)
        if len(v) > _EXCEL_MAX_TEXT:
            v = v[: _EXCEL_MAX_TEXT - 1] + "…"
        return v
    if hasattr(v, "item") and not isinstance(v, str):  # numpy scalars
        v = v.item()
    if isinstance(v, bool | int):
        return v
    if isinstance(v, float):
        return v if math.isfinite(v) else ("inf" if v > 0 else "-inf" if v < 0 else None)
    if isinstance(v, datetime):
        return v.replace(tzinfo=None) if v.tzinfo else v
    return _excel_value(str(v))


def _put(ws: Worksheet, row: int, col: int, value: Any, fmt: str | None = None) -> Any:
    """Write one cell; text is always text (never a formula)."""
    value = _excel_value(value)
    if value is None:
        return None
    cell = ws.cell(row=row, column=col, value=value)
    if isinstance(value, str):
        cell.data_type = "s"
        if risky_text(value):
            cell.quotePrefix = True
    elif fmt:
        cell.number_format = fmt
    return cell


def _text_width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


LINE_HEIGHT = 15.5  # points per wrapped line (11 pt text, CJK fallback fonts included)


def _lines(value: Any, width: float) -> int:
    """Lines a wrapped cell needs at a column width (in character units)."""
    room = max(width - 1.5, 1)
    return sum(max(1, math.ceil(_text_width(part) / room)) for part in str(value).split("\n"))


# --------------------------------------------------------------------------------------
# Display frames: money in 亿元/万元, unit in the header
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Display:
    frame: pd.DataFrame
    header_units: dict[str, tuple[str, str]]  # column → (zh suffix, en suffix)


def _currency(unit: Any) -> str | None:
    return unit if isinstance(unit, str) and unit in CURRENCIES else None


def _unit_col(df: pd.DataFrame, col: str) -> str | None:
    return next((u for u in AMOUNT_UNIT_COLUMNS.get(col, ()) if u in df.columns), None)


def choose_scale(values: list[float]) -> tuple[float, str, str]:
    """The money scale that fits a table: 亿 when the typical amount is 1亿 or more, else 万.

    >>> choose_scale([9.69e9, 3.2e8])[1], choose_scale([5e6, 2e5])[1]
    ('亿', '万')
    """
    nonzero = sorted(abs(v) for v in values if v and math.isfinite(v))
    if not nonzero:
        return SCALES[0]
    median = nonzero[len(nonzero) // 2]
    return SCALES[0] if median >= 1e8 else SCALES[1]


def display_frame(df: pd.DataFrame, scale_money: bool = True) -> _Display:
    """Copy of ``df`` for people: money amounts in 亿元 (or 万元) and the unit columns to match.

    One scale fits the table (see :func:`choose_scale`), so a column sorts right; a row whose
    amounts would read 0.00 at that scale (per-capita income in a table of 亿元) keeps a finer
    unit, named in its unit column. Base units stay in the facts table: this only changes
    what a sheet shows. Returns the frame and, per amount column, the unit for its header.
    """
    amount_cols = [c for c in AMOUNT_UNIT_COLUMNS if c in df.columns and _unit_col(df, c)]
    if not scale_money or not amount_cols or df.empty:
        return _Display(df, _header_units(df, amount_cols))
    by_unit: dict[str, list[str]] = {}
    for col in amount_cols:
        by_unit.setdefault(_unit_col(df, col), []).append(col)
    money: list[float] = []
    for uc, cols in by_unit.items():
        is_money = df[uc].map(lambda u: _currency(u) is not None).astype(bool)
        for col in cols:
            money.extend(float(v) for v in pd.to_numeric(df.loc[is_money, col], errors="coerce").dropna())
    if not money:
        return _Display(df, _header_units(df, amount_cols))
    factor = choose_scale(money)[0]
    prefix = {scale: zh for scale, zh, _ in SCALES} | {1.0: ""}
    out = df.copy()
    for uc, cols in by_unit.items():
        is_money = df[uc].map(lambda u: _currency(u) is not None).astype(bool).to_numpy()
        nums = {c: pd.to_numeric(df[c], errors="coerce").astype(float) for c in cols}
        row_max = pd.concat([nums[c].abs() for c in cols], axis=1).max(axis=1).to_numpy()
        small = row_max < factor / 100  # NaN compares False: rows without amounts keep the table scale
        finer = [s for s, _, _ in SCALES if s < factor]
        row_factor = np.where(small, np.where(row_max >= (finer[0] * 100 if finer else np.inf),
                                              finer[0] if finer else 1.0, 1.0), factor)
        row_factor = np.where(is_money, row_factor, 1.0)
        for c in cols:
            out[c] = nums[c] / row_factor
        out[uc] = [prefix[f] + u if m else u for f, u, m in zip(row_factor, df[uc], is_money, strict=True)]
    return _Display(out, _header_units(out, amount_cols))


_UNIT_ORDER = ("亿元", "万元", "元", "亿美元", "万美元", "美元")


def _header_units(df: pd.DataFrame, amount_cols: list[str]) -> dict[str, tuple[str, str]]:
    """Header unit per amount column: the unit when all rows share it, else the money units."""
    units: dict[str, tuple[str, str]] = {}
    for col in amount_cols:
        uc = _unit_col(df, col)
        present = df.loc[df[col].notna(), uc].dropna()
        distinct = {u for u in present if isinstance(u, str) and u}
        if not distinct:
            continue
        money = sorted((u for u in distinct if u in _UNIT_ORDER), key=_UNIT_ORDER.index)
        if len(distinct) == 1:
            (only,) = distinct
            units[col] = (only, _en_unit(only))
        elif money:
            units[col] = (f"金额:{'/'.join(money)}", f"money in {'/'.join(_en_unit(u) for u in money)}")
    return units


def _en_unit(unit: str) -> str:
    for _, zh, en in SCALES:
        for cur, cur_en in (("美元", "US$"), ("元", "yuan")):
            if unit == zh + cur:
                return f"{en} {cur_en}"
    return {"元": "yuan", "美元": "US$"}.get(unit, unit)


def header(col: str, lang: str, unit: tuple[str, str] | None = None, derived: bool = False) -> str:
    """Column header as shown in the workbook, e.g. ``水平值(亿元)`` or ``Level (100m yuan) [derived]``."""
    field = FIELDS.get(col)
    base = (field.zh if lang == "zh" else field.en) if field else col
    if unit:
        base += f"({unit[0]})" if lang == "zh" else f" ({unit[1]})"
    if derived:
        base += "[推算]" if lang == "zh" else " [derived]"
    return base


# --------------------------------------------------------------------------------------
# Workbook
# --------------------------------------------------------------------------------------
class _Styles:
    def __init__(self) -> None:
        from openpyxl.styles import Alignment, Font, PatternFill

        self.head_font = Font(bold=True)
        self.alert_font = Font(bold=True, color="C00000")
        self.title_font = Font(bold=True, size=14)
        self.section_font = Font(bold=True, size=12)
        self.head_fill = PatternFill("solid", fgColor="DDEBF7")
        self.derived_fill = PatternFill("solid", fgColor="FCE4D6")
        self.head_align = Alignment(wrap_text=True, vertical="center")
        self.wrap = Alignment(wrap_text=True, vertical="top")
        self.wrap_left = Alignment(wrap_text=True, vertical="top", horizontal="left")
        self.top = Alignment(vertical="top")


def _write_table(ws: Worksheet, df: pd.DataFrame, spec: SheetSpec, lang: str,
                 derived: frozenset[str], st: _Styles) -> None:
    from openpyxl.utils import get_column_letter

    if len(df.columns) == 0:
        _put(ws, 1, 1, "（本表无数据）" if lang == "zh" else "(no data)")
        return
    shown = display_frame(df, spec.scale_money)
    frame = shown.frame
    cols = [str(c) for c in frame.columns]
    fields = [FIELDS.get(c) for c in cols]
    fmts = [f.fmt if f else None for f in fields]
    widths = [0] * len(cols)
    for j, col in enumerate(cols, 1):
        is_derived = col in derived
        text = header(col, lang, shown.header_units.get(col), is_derived)
        cell = _put(ws, 1, j, text)
        cell.font = st.head_font
        cell.fill = st.derived_fill if is_derived else st.head_fill
        cell.alignment = st.head_align
        widths[j - 1] = min(_text_width(text), 24)
    wraps = [bool(f and f.wrap) for f in fields]
    alert = [ALERT_VALUES.get(c, ()) for c in cols]
    for i, row in enumerate(frame.itertuples(index=False, name=None), 2):
        lines = 1
        for j, v in enumerate(row):
            cell = _put(ws, i, j + 1, v, fmts[j])
            if cell is None:
                continue
            cell.alignment = st.wrap if wraps[j] else st.top
            if alert[j] and cell.value in alert[j]:
                cell.font = st.alert_font
            if wraps[j]:
                lines = max(lines, _lines(cell.value, fields[j].width or 50))
            elif i <= 202:
                val = cell.value
                w = _text_width(val) if isinstance(val, str) else len(f"{val:,.2f}") if isinstance(
                    val, float) else len(str(val))
                widths[j] = max(widths[j], w)
        if lines > 1:  # spreadsheets do not all size wrapped rows on opening
            ws.row_dimensions[i].height = min(LINE_HEIGHT * lines + 2, 409)
    for j, field in enumerate(fields):
        width = field.width if field and field.width else min(max(widths[j] + 2, 8), 50)
        ws.column_dimensions[get_column_letter(j + 1)].width = width
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(cols))}{max(len(frame), 0) + 1}"
    _print_setup(ws, landscape=True)
    ws.print_title_rows = "1:1"


def _print_setup(ws: Worksheet, landscape: bool) -> None:
    """Print (and PDF) one page wide, as many pages tall as needed."""
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


README_WIDTHS = (26, 24, 30, 60, 22, 10, 30)


def _long_text(ws: Worksheet, row: int, first: int, last: int, text: Any, st: _Styles) -> None:
    """Text spread over columns ``first..last`` (merged, wrapped, row tall enough)."""
    cell = _put(ws, row, first, text)
    if cell is None:
        return
    cell.alignment = st.wrap_left
    if last > first:
        ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)
    lines = _lines(cell.value, sum(README_WIDTHS[first - 1:last]))
    if lines > 1:
        ws.row_dimensions[row].height = LINE_HEIGHT * lines + 2


def _write_readme(ws: Worksheet, report: Report, tables: Mapping[str, pd.DataFrame], lang: str,
                  sheet_names: list[tuple[SheetSpec, str]], derived: frozenset[str], st: _Styles) -> None:
    from openpyxl.utils import get_column_letter

    from . import __version__

    zh = lang == "zh"
    meta = report.metadata
    for j, width in enumerate(README_WIDTHS, 1):
        ws.column_dimensions[get_column_letter(j)].width = width
    row = 1
    title = meta.get("title") if zh else (meta.get("title_en") or meta.get("title"))
    _put(ws, row, 1, title or report.report_id).font = st.title_font
    row += 2

    def pair(label_zh: str, label_en: str, value: Any) -> None:
        nonlocal row
        if _missing(value) or value == "":
            return
        _put(ws, row, 1, label_zh if zh else label_en).font = st.head_font
        _long_text(ws, row, 2, 4, value, st)
        row += 1

    pair("报告", "Report", title)
    pair("报告编号", "Report id", report.report_id)
    pair("区", "District", meta.get("district"))
    pair("城市", "City", meta.get("city"))
    pair("年份", "Year", meta.get("year"))
    pair("时期", "Period", (meta.get("period_label") or meta.get("period")) if zh else meta.get("period"))
    pair("来源", "Source", meta.get("source"))
    pair("源文件", "Source file", meta.get("file") or (Path(report.path).name if report.path else ""))
    pair("生成时间", "Generated", datetime.now().astimezone().isoformat(timespec="seconds"))
    pair("生成工具", "Generated by", f"dhcheng_analysis {__version__}")
    row += 1

    def block(title_zh: str, title_en: str, heads: list[str], rows: list[list[Any]],
              note: str = "", span_last: bool = False) -> None:
        nonlocal row
        _put(ws, row, 1, title_zh if zh else title_en).font = st.section_font
        row += 1
        if note:
            _long_text(ws, row, 1, 4, note, st)
            row += 1
        for j, h in enumerate(heads, 1):
            cell = _put(ws, row, j, h)
            cell.font = st.head_font
            cell.fill = st.head_fill
        row += 1
        for values in rows:
            lines = 1
            for j, v in enumerate(values, 1):
                if span_last and j == len(values):
                    _long_text(ws, row, j, len(README_WIDTHS), v, st)
                    continue
                cell = _put(ws, row, j, v)
                if cell is not None:
                    cell.alignment = st.wrap
                    lines = max(lines, _lines(cell.value, README_WIDTHS[j - 1]))
            if lines > 1:
                ws.row_dimensions[row].height = LINE_HEIGHT * lines + 2
            row += 1
        row += 1

    block("工作表", "Sheets", ["工作表" if zh else "Sheet", "行数" if zh else "Rows",
                               "内容" if zh else "Contents"],
          [[name, len(tables.get(spec.key, ())), spec.desc_zh if zh else spec.desc_en]
           for spec, name in sheet_names], span_last=True)

    units_note = (
        "金额：各分表中以亿元（或万元，视表中数额大小而定）显示，单位写在表头并在单位列中注明；"
        "“全部数据”表保留基本单位（元、美元、人、%），与CSV、JSON、Parquet导出一致。"
        "负的变化值以红色显示。表头标有[推算]的列由报告中的数字计算得出，并非报告原文。"
        if zh else
        "Money: the table sheets show amounts in 100 million (亿) or 10 thousand (万) yuan as fits "
        "the table, with the unit in the header and in the unit column; All facts keeps base units "
        "(yuan, US$, persons, percent), as do the CSV, JSON and Parquet exports. Negative changes "
        "are red. Columns marked [derived] are computed from the report's figures, not stated by it."
    )
    used: dict[str, list[str]] = {}
    for spec, name in sheet_names:
        for c in tables.get(spec.key, pd.DataFrame()).columns:
            used.setdefault(str(c), []).append(name)
    field_rows = []
    for col, sheets in used.items():
        f = FIELDS.get(col)
        field_rows.append([
            col, f.zh if f else col, f.en if f else col,
            (f.desc_zh if zh else f.desc_en) if f else "",
            f.fmt if f and f.fmt else ("文本" if zh else "text"),
            ("是" if zh else "yes") if col in derived else "",
            "、".join(sheets) if zh else ", ".join(sheets),
        ])
    block("字段说明", "Fields",
          ["字段" if zh else "Column", "中文表头", "English header", "说明" if zh else "Definition",
           "数字格式" if zh else "Number format", "推算" if zh else "Derived",
           "所在工作表" if zh else "Sheets"],
          field_rows, units_note)
    block("口径", "Measures", ["代码" if zh else "Code", "中文", "English", "说明" if zh else "Definition"],
          [[code, labels[0], labels[1], MEASURE_NOTES.get(code, ("", ""))[0 if zh else 1]]
           for code, labels in MEASURE_LABELS.items()])
    block("限定词", "Qualifiers", ["代码" if zh else "Code", "中文", "English"],
          [[code, labels[0], labels[1]] for code, labels in QUALIFIER_LABELS.items()])
    block("状态", "Status", ["代码" if zh else "Code", "中文", "English"],
          [[code, labels[0], labels[1]] for code, labels in STATUS_LABELS.items()])
    block("指标词汇表", "Indicator glossary",
          ["标准名称" if zh else "Canonical name", "别名" if zh else "Aliases", "English",
           "定义" if zh else "Definition", "类别" if zh else "Category", "主要指标" if zh else "Headline"],
          [[t.canonical, "、".join(t.aliases), t.english, t.definition, t.category,
            ("是" if zh else "yes") if t.headline else ""] for t in glossary()])
    _print_setup(ws, landscape=False)


def build_workbook(report: Report, tables: Mapping[str, pd.DataFrame], lang: str = "zh"):
    """The openpyxl Workbook of a report's tables (not saved). See :func:`to_excel`."""
    from openpyxl import Workbook

    from . import __version__

    _check_lang(lang)
    st = _Styles()
    derived = derived_columns()
    wb = Workbook()
    readme = wb.active
    readme.title = README_SHEET[0] if lang == "zh" else README_SHEET[1]
    names = [(spec, spec.zh if lang == "zh" else spec.en) for spec in SHEETS]
    for spec, name in names:
        df = tables.get(spec.key)
        _write_table(wb.create_sheet(name), df if df is not None else pd.DataFrame(), spec, lang,
                     derived, st)
    _write_readme(readme, report, tables, lang, names, derived, st)
    wb.properties.title = _excel_value(str(report.metadata.get("title") or report.report_id))[:250]
    wb.properties.creator = f"dhcheng_analysis {__version__}"
    return wb


def sheet_names(lang: str = "zh") -> dict[str, str]:
    """Table key → sheet name, plus ``"readme"`` for the 说明/About sheet."""
    _check_lang(lang)
    i = 0 if lang == "zh" else 1
    return {"readme": README_SHEET[i], **{s.key: (s.zh, s.en)[i] for s in SHEETS}}


def to_excel(report: Any, path: str | os.PathLike, lang: str = "zh", *,
             tables: Mapping[str, pd.DataFrame] | None = None) -> Path:
    """Write the Excel workbook of a report.

    Parameters
    ----------
    report : Report, path, str or None
        The report (None: the bundled one), as :func:`dhcheng_analysis.load_report` takes it.
    path : path
        The .xlsx file to write; its folder must exist. Written atomically.
    lang : {"zh", "en"}
        Language of the headers, sheet names and the About sheet.
    tables : mapping, optional
        Tables already built (``all_tables(report)``); built from ``report`` when omitted.

    Returns
    -------
    Path
        The file written.

    Raises
    ------
    ExportError
        Missing or read-only folder, unknown language.

    Examples
    --------
    ::

        to_excel(None, "dongcheng.xlsx", lang="zh")   # PosixPath('dongcheng.xlsx')
    """
    _check_lang(lang)
    check_target(path)
    rep, found = _resolve(report, tables)
    wb = build_workbook(rep, found, lang)
    return write_with(path, lambda tmp: wb.save(tmp))


# --------------------------------------------------------------------------------------
# CSV, JSON, Parquet
# --------------------------------------------------------------------------------------
def _for_csv(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    for col in out.columns:
        if not pd.api.types.is_numeric_dtype(out[col]) and not pd.api.types.is_bool_dtype(out[col]):
            out[col] = out[col].map(lambda v: v if _missing(v) else csv_safe(v)).astype(object)
    return out


def to_csv(report: Any, path: str | os.PathLike, table: str = "facts", *,
           tables: Mapping[str, pd.DataFrame] | None = None) -> Path:
    """Write one table as CSV (UTF-8 with BOM, so Excel reads the Chinese; base units).

    Text a spreadsheet would read as a formula is prefixed with ``'``.

    Parameters
    ----------
    report : Report, path, str, None or DataFrame
        The report (None: bundled), or a table to write as it is.
    path : path
        The file to write (atomically).
    table : str
        facts, headline, yoy, tax, completion, targets or audit.
    """
    check_target(path)
    df = _one_table(report, table, tables)
    text = _for_csv(df).to_csv(index=False, lineterminator="\r\n")
    return write_text(path, text, encoding="utf-8-sig")


def to_json(report: Any, path: str | os.PathLike, table: str = "facts", *,
            tables: Mapping[str, pd.DataFrame] | None = None) -> Path:
    """Write one table as JSON records (UTF-8, Chinese as is, missing values as null)."""
    check_target(path)
    df = _one_table(report, table, tables)
    text = df.to_json(orient="records", force_ascii=False, indent=1, double_precision=15)
    return write_text(path, text + "\n", encoding="utf-8")


PARQUET_HINT = 'pip install "dhcheng_analysis[parquet]"'


def _require_pyarrow() -> None:
    try:
        import pyarrow  # noqa: F401
    except ImportError as exc:
        raise ExportError(f"writing Parquet needs pyarrow, which is not installed — run: {PARQUET_HINT}") from exc


def to_parquet(report: Any, path: str | os.PathLike, table: str = "facts", *,
               tables: Mapping[str, pd.DataFrame] | None = None) -> Path:
    """Write one table as Parquet (needs the ``parquet`` extra: pyarrow)."""
    _require_pyarrow()
    check_target(path)
    df = _one_table(report, table, tables)

    def write(tmp: Path) -> None:
        try:
            df.to_parquet(tmp, index=False, engine="pyarrow")
        except (TypeError, ValueError) as exc:
            raise ExportError(f"cannot store table {table!r} as Parquet: {exc}".splitlines()[0]) from exc

    return write_with(path, write)


def export_cli(report: Any, fmt: str = "xlsx", table: str = "facts", path: str | os.PathLike = "",
               lang: str = "zh") -> Path:
    """What ``dhcheng export`` does: the workbook (xlsx) or one table (csv, json, parquet)."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r} — choose one of {', '.join(FORMATS)}")
    if not path:
        raise ExportError("no output file given — add -o PATH")
    _check_table(table)
    _check_lang(lang)
    if fmt == "xlsx":
        return to_excel(report, path, lang=lang)
    if fmt == "parquet":
        _require_pyarrow()
    writer = {"csv": to_csv, "json": to_json, "parquet": to_parquet}[fmt]
    return writer(report, path, table)
