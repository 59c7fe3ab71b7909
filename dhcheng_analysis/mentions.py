"""Every numeric token of a report, with its span and role.

Arabic numerals (full-width, decimals and thousands separators included) and Chinese numerals
in quantity use (九成, 近百家, 两个月, 第三, 百万) become :class:`Mention` objects. Every run of
digits in the text lies in exactly one mention; the role says what it is: ``figure`` (a
quantity the facts table may hold) or one of ``year``, ``date``, ``period``, ``name``,
``version``, ``address``, ``slogan``, ``ordinal``, ``marker``, ``time``, ``code``, ``base`` (the 1 of a
ratio printed as X:1, the 50 of 每50公斤). The parts of a ratio (三次产业结构为6.7∶24.9∶68.4) are figures of kind ``ratio``, a
fraction (近1/4) a figure of kind ``fraction``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from types import MappingProxyType
from typing import NamedTuple

from .cuewords import (
    Ahead,
    TokenViews,
    compiled,
    first_chars,
    last_chars,
    lines_beside,
    longest_first,
    scan_lines,
    token_views,
)
from .documents import table_like
from .numbers import CHINESE_BIG, CHINESE_DIGITS, CHINESE_UNITS, parse_chinese_numeral, parse_number
from .report import Report, load_report

ROLES = ("figure", "year", "date", "period", "name", "version", "address", "slogan", "ordinal",
         "marker", "time", "code", "base")

_CN = "".join((*CHINESE_DIGITS, *CHINESE_UNITS, *CHINESE_BIG))  # the numeral characters numbers.py reads
# the tokens of a rate in a power of ten above a thousand and their units: 万分之, 十万分之, 百万分之 (千分之 is ‰)
PER_POWER_UNITS = MappingProxyType({"wanfen": "1/万", "shiwanfen": "1/10万", "baiwanfen": "1/100万"})
_DIGIT_PAIR = re.compile("[一二三四五六七八九]{2}")  # two digits with no unit between: no Chinese numeral
_TENTHS_DIGITS = re.compile(r"[1-9](?:\.\d)?")  # how many tenths a digit before 成 may count (8成, 6.5成)


def _after_first(words: tuple[str, ...] | list[str]) -> str:
    """``words`` as look-behinds on their first character and the rest: 百万|上百 → (?<=百)万|(?<=上)百.

    The token pattern consumes the first character with one character class (so the engine skips
    to candidate positions at C speed) and tells the forms apart after it.
    """
    by_first: dict[str, list[str]] = {}
    for w in longest_first(words):
        by_first.setdefault(w[0], []).append(re.escape(w[1:]))
    return "|".join(f"(?<={re.escape(ch)})(?:{'|'.join(rests)})" for ch, rests in by_first.items())


def _token_re(tv: TokenViews, spaced: bool = False) -> re.Pattern[str]:
    """One pattern for every numeral form; the words each branch accepts come from ``tokens.json``.

    The pattern starts with one consumed character class (any first character of any form), so
    the engine jumps to candidate positions; each branch then checks that first character with a
    look-behind. The look-behinds of the Chinese forms on the character *before* the token are
    checked in Python (see _left_ok). ``m.lastgroup`` names the form.
    """
    cn = "一二三四五六七八九十"
    firsts = "0-9第" + cn + "零前两百千万上数几" + "".join(w[0] for w in tv.half_words + tv.first_place_words)
    firsts += "".join(w[0] for w in tv.approx_numeral_words)
    first_class = "[" + "".join(sorted(set(firsts.replace("0-9", "")))) + "0-9]"
    over = "(?:(?<=十)[多余几])?"  # 三十余个, 十多斤, 六十几个: the 余, 多 or 几 between a round numeral and its counter
    # a document that prints its digits spaced (1 9 9 7 年, 7 4 7 7 2 亿元, 8 ．8 ％) reads a run of
    # single digits separated by single spaces as one number
    spaced_branch = r"(?<=\d)(?P<spaced>(?:(?: \d)+(?: ?\. ?\d(?: \d)*)?|(?: \. ?| ?\. )\d(?: \d)*)(?! ?\d))|" if spaced else ""
    frac_num = r"(?:[零一二两三四五六七八九十百]+(?:点[零一二三四五六七八九]+)?|\d+(?:\.\d+)?)"  # 分之[0.8], 分之[十三]
    return re.compile(
        rf"(?P<_first>{first_class})(?:"
        + spaced_branch
        + r"(?<=\d)(?P<arabic>\d*(?:,\d{3})*(?:[.·・]\d+)?)"
        rf"|(?<=十)(?<![一二三四五六七八九两\d]十)(?P<shiwanfen>万分之{frac_num})"  # 十万分之十二 (五十万分之一: a scale)
        rf"|(?:(?<=[一二两三四五六七八九十])|(?<=零)(?=点))(?P<cnbig>(?=[{_CN}]*(?:[百千万亿点]|[多余几][万亿]))(?:[{_CN}]|几(?=[十百千]))*(?:点[零〇一二三四五六七八九]+)?"
        rf"(?:[多余几](?=[万亿]))?[万亿]*)"
        r"|(?<=第)(?P<ordinal>[一二三四五六七八九十百]+)"
        r"|(?<=[一二三四五六七八九十])(?P<fraction>[一二三四五六七八九十]*分之[一二三四五六七八九十]+)"
        rf"|(?<=前)(?<!{tv.top_not_after}前)(?P<top>[一二三四五六七八九十]+(?={tv.top_followers}|{tv.top_name.pattern}))"
        rf"|(?<=前)(?P<topend>[一二三四五六七八九十]+(?={tv.top_end_stops}))"
        rf"|(?:(?<=[两二三四五六七八九十])|(?<=一)(?!{tv.cheng_idiom_tails}))(?P<cheng>成(?!{tv.cheng_not_after})"
        rf"(?:[一二三四五六七八九](?!{tv.cheng_tenth_not_after}))?)"
        rf"|(?<=百)(?P<baifen>分之{frac_num})"
        rf"|(?<=千)(?P<qianfen>分之{frac_num})"
        rf"|(?<![十百千\d]万)(?<=万)(?P<wanfen>分之{frac_num})"  # (千万分之二, 10万分之12: no ten thousandth)
        rf"|(?<=百)(?P<baiwanfen>万分之{frac_num})"
        rf"|(?P<approx>(?:{_after_first(tv.approx_numeral_words)})(?!{_after_first(tv.approx_idioms)})(?:余|多)?"
        rf"(?={tv.approx_followers}|$|{tv.approx_follower_stops}|{tv.approx_amount_followers})"
        rf"|(?<![{tv.approx_vague_heads}].)(?:{_after_first([w for w in tv.approx_numeral_words if w[0] not in tv.approx_vague_heads])})(?:余|多)?"
        rf"(?={tv.approx_measure_followers})"
        rf"|(?:{_after_first([w for w in tv.approx_numeral_words if w[0] in tv.approx_vague_heads])})(?:余|多)?"
        rf"(?={tv.approx_amount_units}))"  # 取得了几十亿元的收入: a vague size is no name (百亿元级 is)
        rf"|(?P<cncount>(?:(?<=[两二三四五六七八九])十?[一二三四五六七八九]?|(?<=十)[一二三四五六七八九]?)"
        rf"(?={over}(?:{tv.count_counters}))(?!{over}(?:{tv.count_not_after}))"
        rf"|(?:(?<=[两二三四五六七八九])十[一二三四五六七八九]?|(?<=十)[一二三四五六七八九]?)"
        rf"(?={over}(?:{tv.measure_counters}))"
        rf"|{tv.digit_measure}"  # 只有四元左右, 多二斤左右: one digit before a unit, said as a quantity
        rf"|(?<=一)(?=(?:{tv.one_count_counters})[,;。、:])"  # 小学一所，泵站一个。: a count of one ending its clause
        rf"|(?<=[从由]一)(?={tv.one_move_from_after}))"  # 从一个月以上压缩到…: the count a move starts from
        rf"|(?<=一)(?P<cnone>)(?={tv.one_counters})"
        rf"|(?P<half>{_after_first(tv.half_words)})"
        rf"|(?P<first>{_after_first(tv.first_place_words)})"
        ")"
    )


@cache
def _token(spaced: bool = False) -> re.Pattern[str]:
    return _token_re(token_views(), spaced)


def _spaced_digits(norm: str) -> bool:
    """Whether the document prints its digits spaced: a year like ``1 9 9 7 年``."""
    return " " in norm and token_views().spaced_year.search(norm) is not None


_LEFT_BLOCK = {"fraction": _CN, "cheng": _CN, "approx": _CN, "cncount": _CN + "第几数", "cnone": _CN + "第几数统唯", "half": _CN,
               "cnbig": _CN + "第点"}


def _left_ok(kind: str, prev: str, tok_end_qualified: bool = False, head: str = "") -> bool:
    """The look-behind of a Chinese-numeral branch: not glued to another numeral (or 第)."""
    block = _LEFT_BLOCK.get(kind)
    if block is None or not prev:
        return True
    if kind == "cncount" and head == "一":
        return prev not in block and prev not in token_views().one_count_not_after  # (每一个, 其中的一个: no count)
    if kind == "approx":
        # 近百家, 突破百万, 百余家: a bare 百万亩 in a programme name is not a figure; a bare 万 only after
        # a word of size (逾万人, 近万家), never as the magnitude of a number before it (2.4万多个)
        if prev.isdigit() or prev in _CN or prev in "多余.":
            return False
        tv = token_views()
        not_after = tv.vague_head_not_after.get(head)
        if not_after is not None and prev not in not_after:
            return True  # 同数十个国家, 有几万项: the vague head is its own word of size (人数十万 is not)
        return prev in tv.approx_left or tok_end_qualified
    return prev not in block


DOUBLING_CLAUSE_MAX = 30  # characters read back for the clause of a doubling
YEARS_QUANTITY_REACH = 32  # characters read back for the name of years counted as a quantity (受教育年限从13.5年)


def _doubling_said(norm: str, start: int) -> bool:
    """Whether the count of doublings at ``start`` is said of the quantity named right before 翻, closing its clause,
    with no goal word before it in the clause (全区GDP总量翻一番。; not 力争实现我国工农业年总产值翻两番, nor
    实现…翻两番的宏伟目标)."""
    tv = token_views()
    return (start > 0 and tv.doubling_subject.match(norm, start - 1) is not None
            and tv.doubling_goal.search(norm, max(0, start - DOUBLING_CLAUSE_MAX), start - 1) is None)


def _bounded_after_at(norm: str, start: int, end: int) -> bool:
    """Whether the bare magnitude at ``start``-``end`` stands after 在 and before its unit and a bound word.

    Parameters
    ----------
    norm : str
        The normalised text.
    start, end : int
        The span of the magnitude (万亿 of 粮食总产量连续6年稳定在万亿斤以上).

    Returns
    -------
    bool
        True when it is a level the clause holds above or below, a figure as 超万亿斤 is.
    """
    if not start or norm[start - 1] != "在":
        return False
    m = token_views().approx_bound.match(norm, start - 1)
    return m is not None and m.end("mag") == end


@cache
def _year_range() -> re.Pattern[str]:
    tv = token_views()  # (2000-3000元, 2000～3000元/平方米: a unit or magnitude after them makes them amounts, no years)
    return re.compile(rf"(?:19|20)\d{{2}}\s*{tv.range_joiners}\s*(?:19|20)?\d{{2,4}}(?!\d)(?:年|(?!\s*{tv.year_range_not_before}))")
@cache
def _years_range_high() -> re.Pattern[str]:
    """The joiner and high end of a span of years (-5年 of 3-5年)."""
    return re.compile(rf"{token_views().range_joiners}\s*\d{{1,3}}年")


@cache
def _amount_range_high() -> re.Pattern[str]:
    """The joiner and high end of a range of amounts whose low end looks like a year (-3000元 of 2000-3000元)."""
    tv = token_views()
    return re.compile(rf"{tv.range_joiners}\s*\d+(?:\.\d+)?\s*{tv.year_range_not_before}")


# Every whole-text pattern starts with a literal or a character class, so the engine skips to
# candidate positions instead of trying the pattern at every character.
DATE = re.compile(r"\d(?:\d?月\d{1,2}日|\d{3}年\d{1,2}月\d{1,2}日|\d{3}[-/.]\d{1,2}[-/.]\d{1,2})")
TIME = re.compile(r"\d\d?[:：]\d{2}(?:[:：]\d{2})?(?![\d])")
PLUS_RUN = re.compile(r"\+[\dA-Za-z]++(?:\+[\dA-Za-z]++)*")  # extended to the left in Python
# 2.1 一般公共预算收入: a heading numbered by its place in the outline, a space before its words (not a value a line
# wraps to, 1876.3 亿元: no magnitude, unit or count word after the space)
_OUTLINE_NUMBER = (r"\d{1,2}(?:\.\d{1,2}){1,3}(?=[ \t\u3000]+[\u4e00-\u9fff])"
                   r"(?![ \t\u3000]+[万亿千百十元个%％人户家项所座处吨亩米公平立美台辆件次倍成名])")
_MARKER_BODY = rf"[ \t]*(?:\d{{1,2}}(?=[、.](?!\d))|\(\d{{1,2}}\)|\d{{1,2}}\)|{_OUTLINE_NUMBER})"
OUTLINE_LINE = re.compile(r"[ \t\u3000]*" + _OUTLINE_NUMBER)  # an outline number opening a line (not closed up to its words)
LINE_MARKER = re.compile(r"\n" + _MARKER_BODY)  # a list marker at a line start (the \n is not claimed)
FIRST_MARKER = re.compile(_MARKER_BODY)  # … and at the start of the text
# (1), 1. or 1、 after a full stop, 1. after a space (决算情况 1.全区…: a heading run into the line): a
# marker, not a figure (the stop or space is not claimed). One class first, the branch told apart by a
# look-behind on it, so the engine skips to the stops and spaces at C speed.
CLAUSE_MARKER = re.compile(r"[。;:；： \t](?:(?<=[。;:；：])[ \t]*(?:\(\d{1,2}\)|\d{1,2}(?=[、.][\u4e00-\u9fff]))"
                           r"|(?<=[ \t])\d{1,2}(?=\.[\u4e00-\u9fff]))")
MAX_FIGURE_CHARS = 24
RULE_RATIO_LEAD = 10  # characters read back from a ratio for the 按 of a rule (按照财政补助比例为1:1)
SLOGAN_COUNT_MAX = 10  # the most parts a slogan counts in words (十大关系)
GRADE_CLASS_MAX = 5  # the highest class a numeral before 类 names (五类水质)
ONE_COUNT_REACH = 30  # how far from a count of one the other counts of its list may be printed
COUNTED_NAME_CHARS = 8  # how far back a name that says what a bare Chinese numeral counts (员额, 人口) is read
QUOTE_PAIRS = {"“": "”", "「": "」", "『": "』", "\"": "\"", "《": "》"}


@dataclass(slots=True)
class Mention:
    """One numeric token: ``text[start:end]`` with its role and numeric value."""

    start: int
    end: int
    role: str
    value: Decimal | None
    numeral: str  # "arabic" or "chinese"
    kind: str = ""  # tokenizer branch: arabic, ordinal, cheng, approx, cncount


def _quote_spans(norm: str) -> list[tuple[int, int]]:
    spans = []
    for m in re.finditer(r"“[^“”\n]{0,24}”|「[^「」\n]{0,24}」|《[^《》\n]{0,40}》|\"[^\"\n]{0,24}\"", norm):
        spans.append((m.start(), m.end()))
    return spans


def _in_spans(pos: int, spans: list[tuple[int, int]], ends: list[int]) -> bool:
    # spans are sorted and disjoint; ends are their ends, in order: the first span ending after pos
    i = bisect_right(ends, pos)
    return i < len(spans) and spans[i][0] <= pos


def _thousands_ok(norm: str, text: str, start: int, tok: str, full_width_commas: bool) -> bool:
    groups = tok.split(".")[0].split(",")
    if len(groups) == 1:
        return True
    if any(text[start + i] == "，" for i, ch in enumerate(tok) if ch == ","):
        # a full-width comma between digit groups of three is a thousands separator
        # (２７，２０３，３１９，０００元; 33，212万吨) unless more digits follow the last group
        end = start + len(tok)
        return "." not in tok and not norm[end:end + 1].isdigit()
    if len(groups) >= 3 or "." in tok or text[start] in "０１２３４５６７８９":
        return True
    return full_width_commas


def _space_groups(norm: str, start: int, end: int) -> int:
    """The end of a number whose digits are grouped in threes by spaces (``1 876.3亿元``, ``12 345 678元``, a
    thin space as some printers set), or ``end`` when the number ``norm[start:end]`` is none such: it must be
    one to three digits not after another number, each group three digits, and a unit, a word or the
    decimals or the dash of a range must follow the last group (``工业 12 345⏎``: two cells of a table), not
    年, 月, 日 or 号 (a year or a date is never grouped). A comma between such groups is read as a space
    (:func:`numbers.normalize`)."""
    if end - start > 3 or not norm[start:end].isdigit() or (start and (norm[start - 1].isdigit() or norm[
            start - 1] == " " and start >= 2 and norm[start - 2].isdigit())):
        return end
    pos = end
    while norm[pos:pos + 1] == " " and norm[pos + 1:pos + 4].isdigit() and len(norm[pos + 1:pos + 4]) == 3 and not (
            norm[pos + 4:pos + 5].isdigit()):
        pos += 4
    if pos == end:
        return end
    if norm[pos:pos + 1] == "." and norm[pos + 1:pos + 2].isdigit():
        pos += 1
        while norm[pos:pos + 1].isdigit():
            pos += 1
    after = norm[pos:pos + 1]
    return pos if after and (after in "%‰-~～" or "\u4e00" <= after <= "\u9fff" and after not in "年月日号") else end


@cache
def _after_figure_firsts() -> tuple[frozenset[str] | None, frozenset[str] | None]:
    """The characters a counted slogan's tail (2个毫不动摇) and the 成 of tenths (8成) may start with after a
    figure (None: any): where the character after it is none of them, the pattern is not run."""
    tv = token_views()
    return first_chars(tv.slogan_count_tail), first_chars(tv.arabic_tenths)


def find_mentions(report: Report) -> list[Mention]:
    """All numeric mentions of ``report`` in text order (the engine behind :func:`mentions`)."""
    return list(iter_mentions(report))


def iter_mentions(report: Report) -> Iterator[Mention]:
    """The numeric mentions of ``report`` in text order, one at a time (nothing is kept)."""
    norm = report.norm
    text = report.text
    # half-width commas used as clause punctuation make "92,120座" two numbers, not one
    full_width_commas = len(re.findall(r",[\u4e00-\u9fff“]", text[:200_000])) < 3
    quotes = _quote_spans(norm)
    qends = [e for _, e in quotes]
    covered = _claims(norm)  # pre-claimed spans (years, dates, times, slogans, markers)
    covered.sort(key=lambda c: (c[0], -c[1]))  # at one start the longer claim wins (2020-07-28 over 2020-07)
    claimed: list[tuple[int, int, str]] = []
    last_end = -1
    for s, e, role in covered:
        if s >= last_end:
            claimed.append((s, e, role))
            last_end = e
    spaced = _spaced_digits(norm)
    token = _token(spaced)
    tv = token_views()
    range_separators = compiled().range_separators
    versions = Ahead(norm, tv.version_words)  # (a version joiner before no version word is none)
    middots = "·" in norm or "・" in norm
    tail_first, tenths_first = _after_figure_firsts()
    ci = 0
    pos = 0
    n = len(norm)
    n_claimed = len(claimed)
    while pos < n:
        while ci < n_claimed and claimed[ci][1] <= pos:
            ci += 1
        m = token.search(norm, pos)
        if m is None:
            break
        kind = m.lastgroup or ""
        start, end = m.span()
        # a pre-claimed span (year, date, slogan, marker) that reaches this token comes first:
        # every claim holds a digit, so one that starts at or before the token overlaps it
        if ci < n_claimed:
            cs, ce, crole = claimed[ci]
            if cs <= start or (kind == "arabic" and cs < end):
                if crole == "ratio":
                    yield from _ratio_parts(norm, cs, ce)
                elif crole == "fraction":
                    num, _, den = norm[cs:ce].partition("/")
                    yield Mention(cs, ce, "figure", Decimal(num) / Decimal(den), "arabic", "fraction")
                else:
                    yield Mention(cs, ce, crole, None, "arabic", crole)
                pos = ce
                ci += 1
                continue
        if kind != "arabic":  # the checks of a numeral in words
            if not _left_ok(kind, norm[start - 1] if start else "",
                            m.group().endswith(("余", "多")) or _bounded_after_at(norm, start, end), norm[start]):
                pos = start + 1
                continue
            if (kind == "cncount" and norm[start] == "一" and (norm[start - 2:start - 1] == "一" or not _in_count_list(norm, start, end))
                    and not (start and tv.one_move_from.match(norm, start - 1))):
                # 只有一个，成熟一家，批准一家: a count of one only in a list of counts (火电站四十五个，核电站一个);
                # 一家一户: a pair of ones is a phrase (one by one), no count (从一个月以上压缩到…: what a move starts from is)
                pos = end
                continue
            if start >= 3 and norm[start - 1] in range_separators and _DIGIT_PAIR.fullmatch(
                    norm, start - 3, start - 1):
                pos = end  # 东四三至八条: a range whose low end is no numeral (四三) is the range of a name's numbers
                continue
        tok = m.group()
        if kind == "spaced" or (spaced and kind == "arabic" and norm[end:end + 1] == " "
                                and norm[end + 1:end + 2] in "年月日"):
            # 7 4 7 7 2 亿元, 1 9 9 3 年3 月: one number, read (and typed) without its spaces
            yield _spaced_mention(norm, start, end, tok)
            pos = end
            continue
        if kind == "cnbig" and not _unit_word_follows(norm, end) and not (
                tok[-1] in "万亿" and (compiled().counted_noun.match(norm, end) or compiled().counted_noun_far.match(norm, end)
                                     or compiled().q_after_re.match(norm, end)
                                     or norm[end:end + 1] in "，,。；;、"
                                     or norm[end:end + 1] in tv.range_joiner_chars and norm[end + 1:end + 2] in _CN
                                     or norm.startswith(compiled().de, end)
                                     and compiled().counted_noun_end.search(norm, max(0, start - COUNTED_NAME_CHARS), start))):
            # (全国一亿二千万农户, 四千二百多万城镇劳动力: the noun counts, after a short modifier too;
            # 总人口…控制在十亿六千万左右: how exact it is says it is a quantity;
            # 二百八十万到三百万千瓦: the low end of a range, whose high end prints the unit;
            # 减少员额一百万的任务: the name right before it says what it counts, as 员额100万 does, when 的 closes the amount)
            if tok[-1] in "千百" and len(tok) > 2 and _unit_word_follows(norm, end - 1):
                end -= 1  # 八十万千瓦: the 千 starts the unit
                tok = tok[:-1]
            else:
                pos = end  # 一千多年, 千千万万: a large Chinese numeral is a quantity only with its unit
                continue
        if kind == "arabic":
            if middots and ("·" in tok or "・" in tok):
                tok = tok.replace("·", ".").replace("・", ".")  # 19·5％: a middle dot between digits is a decimal point
            if "," in tok and not _thousands_ok(norm, text, start, tok, full_width_commas):
                tok = tok.split(",")[0]
                end = start + len(tok)
            elif norm[end:end + 1] == " " and not spaced and (grouped := _space_groups(norm, start, end)) > end:
                tok, end = norm[start:grouped].replace(" ", ""), grouped  # 1 876.3亿元: groups of three apart by a space
            # a decimal point followed by more digits and dots: a version like 1.2.3
            role = _arabic_role(norm, start, end, tok, versions)
            if role == "figure" and start >= 2 and text[start - 1] == "\n" and _latin(norm[start - 2]):
                role = "name"  # 广义货币M⏎2⏎: a subscript printed on its own line
            if len(tok) > MAX_FIGURE_CHARS:
                role = "code"  # an identifier or a run of digits no report prints as a quantity
            if role == "figure" and quotes and _in_spans(start, quotes, qends) and (
                    not _is_measured(norm, end) or tv.quoted_count_before.search(norm, max(0, start - 2), start)
                    or tv.quoted_slogan_count.match(norm, start - 1)):
                # (“两个100%”: a measured figure counted in words is a slogan's too; “4个中心”: a quote of one count
                # and its noun names a slogan, as “四个中心” does)
                role = "slogan"
            elif role == "figure" and (tail_first is None or norm[end:end + 1] in tail_first) and tv.slogan_count_tail.match(
                    norm, end):
                role = "slogan"  # 坚持2个毫不动摇: a counter a verb follows counts the parts of a slogan, no things
            value = parse_number(tok) if role in ("figure", "ordinal") else None
            if role == "ordinal":
                start -= 1  # include 第
            elif (role == "figure" and (tenths_first is None or norm[end:end + 1] in tenths_first)
                  and _TENTHS_DIGITS.fullmatch(tok) and tv.arabic_tenths.match(norm, end)):
                kind, end = "cheng", end + 1  # 近8成受访企业, 超6成: tenths, as 八成 counts them
            yield Mention(start, end, role, value, "arabic", kind)
        else:
            if (norm.startswith(tv.doubling_counter, end) and not tv.doubling_lead.search(norm, max(0, start - 24), start)
                    and not _doubling_said(norm, start)):
                pos = end  # 三番五次, 一番努力, 实现翻两番的宏伟目标: 番 counts doublings stated (翻了一番, 比1980年翻两番)
                continue
            role = "ordinal" if kind in ("ordinal", "first", "top", "topend") else "figure"
            if kind == "top" and tv.top_name.match(norm, end):
                role = "name"  # 前十强企业: the first ten firms, as a group
            body = tok
            if kind == "ordinal":
                body = tok[1:]
            elif kind == "cheng":
                body = tok[: tok.index("成")]
            elif kind == "top" or kind == "topend":
                body = tok[1:]  # (前三 with no 名 or 位 after it is a rank only after a verb of rank: see facts)
            elif kind == "half":
                body = "五"  # 一半 is five tenths: read like 五成
            elif kind == "first":
                body = "一"
            elif kind == "approx":
                body = (tok[1:] if tok[:1] in tv.approx_vague_heads else tok).rstrip("余多")
            elif kind == "cnbig":
                body = tok.replace("多", "").replace("余", "").replace("几", "")  # 二十五亿七千多万: over 2.57e9
            try:
                if kind == "cheng" and not tok.endswith("成"):  # 九成五 → 9.5 tenths
                    value = parse_chinese_numeral(body) + parse_chinese_numeral(tok[-1]) / 10
                elif kind == "baifen":  # 百分之三十 → 0.30 (read as 3 tenths below)
                    value = _percent_tenths(tok[3:])
                elif kind == "qianfen":  # 千分之十三 → 13 (per mille)
                    value = _numeral(tok[3:])
                elif kind in PER_POWER_UNITS:  # 万分之0.8, 十万分之0.8, 百万分之0.8 → 0.8
                    value = _numeral(tok.partition("分之")[2])
                elif kind == "fraction":  # 四分之三 → 0.75
                    den, _, num = tok.partition("分之")
                    value = parse_chinese_numeral(num) / parse_chinese_numeral(den)
                else:
                    value = parse_chinese_numeral(body)
            except (ValueError, ArithmeticError):
                value = None
            if value is None:
                pos = end
                continue
            if role == "figure" and (quotes and _in_spans(start, quotes, qends) or norm.startswith(tv.slogan_count_after, end)
                                     or norm.startswith(tv.anniversary_words, end)):
                role = "slogan"  # 诞辰一百周年, as 建党100周年
            elif role == "figure" and ((tail_first is None or norm[end:end + 1] in tail_first)
                                       and tv.slogan_count_tail.match(norm, end) or kind == "cncount" and value <= SLOGAN_COUNT_MAX
                                       and tv.slogan_count_frame.match(norm, end)):
                # 实现两个确保, 坚持三个有利于, 推进三个一批: a counter a verb or a numeral 一 follows counts the parts of a
                # slogan (十七条协议: the articles a document is known by); 突出三个重点，强化四个保障。: so does a few in
                # words of a plan's frame (重点, 抓手, 高地) that closes its clause
                role = "slogan"
            elif role == "figure" and start > 0 and norm[start - 1] == "分" and norm.startswith(tv.stage_counters, end):
                role = "marker"  # 分两轮取消, 分三批推进: how a task is split, no figure
            elif role == "figure" and (norm[start - 1:start] == compiled().per_word or tv.increment_basis.match(norm, start)):
                role = "base"  # 每增长一个百分点: the step a quantity is defined per; 每十万人: the people a count is per
            elif role == "figure" and value <= GRADE_CLASS_MAX and tv.grade_class.match(norm, end):
                role = "name"  # 三类以上公厕, 达到一、二类标准: a class named by its numeral, no count of kinds
            elif role == "figure" and kind in PER_POWER_UNITS and value == 1 and (
                    tv.map_scale_after.match(norm, end) or tv.map_scale_before.search(norm, max(0, start - 8), start)):
                role = "name"  # 十万分之一的地形图, 比例尺为十万分之一: a map's scale, no rate in hundred thousandths
            yield Mention(start, end, role, value, "chinese", kind)
            if kind == "baifen" and role == "figure" and (mr := tv.percent_range_end.match(norm, end)):
                # 增长百分之四到五, 增产百分之十到二十左右: the numeral after 到 ends the range, a percentage too
                try:
                    high = _percent_tenths(mr.group("n"))
                except (ValueError, ArithmeticError):
                    high = None
                if high is not None:
                    yield Mention(mr.start("n"), mr.end("n"), "figure", high, "chinese", kind)
                    end = mr.end("n")
        pos = end


_RATIO_PART = re.compile(r"\d+(?:\.\d+)?")


def _in_count_list(norm: str, start: int, end: int) -> bool:
    """Whether another count is printed up to ONE_COUNT_REACH characters before or after the count of one at
    ``norm[start:end]`` in its sentence: 核电站四十五个，核电站一个; 建成公园一处，口袋公园两处."""
    lists = token_views().one_count_list
    lo = max(0, start - ONE_COUNT_REACH, norm.rfind("。", max(0, start - ONE_COUNT_REACH), start) + 1)
    hi = min(len(norm), end + ONE_COUNT_REACH)
    stop = norm.find("。", end, hi)
    return lists.search(norm, lo, start) is not None or lists.search(norm, end, hi if stop < 0 else stop) is not None


def _ratio_parts(norm: str, a: int, b: int) -> Iterator[Mention]:
    """The parts of a ratio a:b:c as figures of kind ``ratio``; the 1 of X:1 is its base, no figure."""
    parts = list(_RATIO_PART.finditer(norm, a, b))
    for i, m in enumerate(parts):
        base = i == len(parts) - 1 and len(parts) == 2 and m.group() == "1"
        yield Mention(m.start(), m.end(), "base" if base else "figure", None if base else parse_number(m.group()),
                      "arabic", "ratio")


def _spaced_mention(norm: str, start: int, end: int, tok: str) -> Mention:
    """A spaced number (``1 9 9 7``, ``8 .8``) typed as the number without its spaces: a year before
    年, a period before 月, else a figure."""
    digits = tok.replace(" ", "")
    after = end + 1 if norm[end:end + 1] == " " else end
    a1 = norm[after:after + 1]
    if a1 == "年" and len(digits) == 4 and digits[0] in "12" and "." not in digits:
        return Mention(start, end, "year", None, "arabic", "spaced")
    if a1 in "年月日" and "." not in digits:
        return Mention(start, end, "period" if a1 != "日" else "date", None, "arabic", "spaced")
    return Mention(start, end, "figure", parse_number(digits), "arabic", "spaced")


def _claims(norm: str) -> list[tuple[int, int, str]]:
    """Spans that are years, dates, times, slogans (5+2+2) or list markers, found before the tokens."""
    tv = token_views()
    covered: list[tuple[int, int, str]] = _page_numbers(norm, tv)
    # 联系电话：010-64012345, 东政发〔2020〕12号, 附件1, 京ICP备05083210号: numbers to call, of a document,
    # of an appendix, of a web site's registration
    covered += [(m.start("n"), m.end("n"), "code") for m in tv.contact_number.finditer(norm)]
    covered += [(m.start(), m.end(), "code") for m in scan_lines(tv.document_number, norm)]
    covered += [(m.start(), m.end(), "code") for m in tv.site_code.finditer(norm)]
    covered += [(m.start(), m.end(), "date") for m in scan_lines(tv.dotted_date, norm)]  # “4·7下沙社区遭遇战
    covered += [(m.start("n"), m.end("n"), "period") for m in tv.streak.finditer(norm)]  # 连续5个月: how long, no count
    # 增值税收入(50%部分), 在全市16县区中排名第五: part of a name
    covered += [(m.start("n"), m.end("n"), "name") for m in tv.term_number.finditer(norm)]
    covered += [(m.start(g), m.end(g), "marker") for m in tv.attachment.finditer(norm) for g in ("n", "m")
                if m.start(g) >= 0]
    for pat, role in ((_year_range(), "year"), (DATE, "date")):
        covered += [(m.start(), m.end(), role) for m in pat.finditer(norm)]
    if ":" in norm:
        covered += [(m.start(), m.end(), "time") for m in scan_lines(TIME, norm) if _plausible_time(m.group())]
    if "+" in norm:
        for m in PLUS_RUN.finditer(norm):
            s = m.start()
            while s > 0 and (norm[s - 1].isdecimal() or _latin(norm[s - 1])):
                s -= 1
            if s < m.start() and any(ch.isdecimal() for ch in norm[s:m.end()]):
                covered.append((s, m.end(), "slogan"))
    if "/" in norm:  # 索引号 00250027-9/2023-27322, 012965803/2021-110845: a document number
        covered += [(m.start(), m.end(), "code") for m in scan_lines(tv.index_number, norm)]
        covered += [(m.start(), m.end(), "fraction") for m in scan_lines(tv.fraction, norm)
                    if int(m.group(1)) < int(m.group(2))]  # 增幅近1/4
    # 三次产业比例为1.6:49.7:48.7, 城乡收入比2.05:1, 1.03比1改为1比1 (a clock time has two parts, no decimal and
    # two digits after its colon); a ratio after 按 is the rule a sum is matched by (按1:1比例配套), no figure
    if ":" in norm or "∶" in norm or "比" in norm:
        covered += [(m.start(), m.end(), _ratio_role(norm, m.start(), tv)) for m in scan_lines(tv.ratio, norm)
                    if not TIME.fullmatch(m.group())]
    covered += [(m.start("n"), m.end("n"), "marker") for m in scan_lines(tv.figure_reference, norm)]
    covered += [(m.start(), m.end(), "slogan") for m in tv.slogan_phrase.finditer(norm)]  # 四个现代化
    covered += [(m.start(), m.end(), "name") for m in tv.name_phrase.finditer(norm)]  # 十种有色金属产量
    if "[" in norm:
        covered += [(m.start() + 1, m.end() - 1, "marker") for m in tv.footnote.finditer(norm)]  # 生产总值[2]
    if ":" in norm:
        covered += _page_counters(norm, tv)
    m0 = FIRST_MARKER.match(norm)
    if m0:
        covered.append((m0.start(), m0.end(), "marker"))
    covered += [(m.start() + 1, m.end(), "marker") for m in LINE_MARKER.finditer(norm)]
    covered += [(m.start() + 1, m.end(), "marker") for m in CLAUSE_MARKER.finditer(norm)]
    return covered


_LINE_LEAD = " \t\u3000|【["


def _ratio_role(norm: str, start: int, tv: TokenViews) -> str:
    """The role of a ratio starting at ``start``: ``name`` after 按 (按1:1比例配套, 按照1:1.5的比例: the rule a sum
    is matched by), else ``ratio`` (its parts are figures, the 1 of X:1 its base)."""
    return "name" if tv.rule_ratio_before.search(norm, max(0, start - RULE_RATIO_LEAD), start) else "ratio"


def _page_numbers(norm: str, tv: TokenViews) -> list[tuple[int, int, str]]:
    """The number of a line that is a page number (``- 3 -``, ``第 2 页 共 9 页``, ``3/12``, text
    copied from a printed report): no figure of the report."""
    head = tv.page_number.match("\n" + norm[:60])
    out = [(head.end() - len(head.group().lstrip()) - 1, head.end() - 1, "code")] if head and (
        head.end() <= 60 or len(norm) <= 60) else []
    out += [(m.end() - len(m.group().lstrip()), m.end(), "code") for m in tv.page_number.finditer(norm)]
    return out + [(m.start(1), m.end(1), "code") for m in tv.page_number_bare.finditer(norm) if _between_rows(norm, m)]


def _between_rows(norm: str, m: re.Match[str]) -> bool:
    """A number alone on its line between two rows of a table, a blank line beside it (``…|⏎⏎3⏎⏎|…``): the
    number of the page the table runs on to (the number of a prose page is dropped as the text is read)."""
    before, after, p, q = lines_beside(norm, m.start(), m.end())
    return (p != m.start() or q != m.end()) and table_like(before) and table_like(after)


def _page_counters(norm: str, tv: TokenViews) -> list[tuple[int, int, str]]:
    """The bare numbers of a web page's furniture line (``发布时间:2021-03-12 2502 116``,
    ``访问次数: 3021``): counters of views and clicks, no figure of the report. The line starts with
    the label; only numbers standing alone between spaces are taken, so a body run into the line
    (``…浏览次数:116 全区地区生产总值1234亿元``) keeps its figures."""
    out: list[tuple[int, int, str]] = []
    for m in scan_lines(tv.page_furniture, norm):
        a = norm.rfind("\n", 0, m.start()) + 1
        if norm[a:m.start()].strip(_LINE_LEAD):
            continue
        out += [(c.start(), c.end(), "code") for c in tv.page_counter.finditer(norm, m.start(), m.end())]
    return out


def _plausible_time(s: str) -> bool:
    parts = s.replace("：", ":").split(":")
    return int(parts[0]) < 24 and all(int(p) < 60 for p in parts[1:])


def _is_measured(norm: str, end: int) -> bool:
    """A number inside quotes is still a figure when a unit follows it (“政策加油包”722万元 is outside)."""
    return bool(token_views().quoted_measure.match(norm[end:end + 4]))


LATIN_RUN = re.compile(r"[A-Za-z]+")


def _unit_follows(norm: str, end: int) -> bool:
    """A magnitude, qualifier or unit right after the number (15个试点街区 is a count, 798艺术区 a name)."""
    return compiled().unit_re.match(norm, end).end() > end


def _unit_word_follows(norm: str, end: int) -> bool:
    """A unit or magnitude word after the number (一千一百七十亿元, 三万八千多人), not only 多/余 (一百多年)."""
    um = compiled().unit_re.match(norm, end)
    return bool(um.group("unit") or um.group("mag1") or um.group("mag2"))


_ROLE_BEFORE = frozenset("第每分.双")  # the characters before a number _arabic_role reads


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


@cache
def _role_after() -> tuple[frozenset[str], frozenset[str], frozenset[str]] | None:
    """The characters after a number (other than a Han character or a Latin letter) that a rule of
    :func:`_arabic_role` reads: the first characters of its patterns and words and the characters it
    tests itself, apart from those only a version joiner may start with (1、2版) or only a year range
    may follow (1998、1999年); the first characters of a version joiner; those after a year of a range.
    After any other character, with no such character before it, a number is a figure (or a version).
    None when a pattern may start with characters that are not a short list."""
    tv = token_views()
    out = set(":：. 年日月大岁周-—–~至到") | {""}
    for words in (tv.version_words, tv.line_words, tv.road_words, tv.grade_words, tv.address_words,
                  tv.ranking_name_words, tv.anniversary_words, tv.stage_counters, tv.month_not_after):
        out.update(w[:1] for w in words)
    for rx in (tv.facility, tv.hotline, tv.service_circle, tv.month_range, tv.age_group, tv.size_band,
               tv.programme_count, tv.place):
        chars = first_chars(rx, han=True)
        if chars is None:
            return None
        out |= chars
    version = first_chars(tv.version_after, han=True)
    return None if version is None else (frozenset(out), version, frozenset(tv.year_range_after))


@cache
def _age_group_first() -> frozenset[str]:
    """The characters an age naming a group of people (:attr:`TokenViews.age_group`) may start with, after its number."""
    return first_chars(token_views().age_group) or frozenset()


@cache
def _size_band_first() -> frozenset[str]:
    """The characters a band of sizes (:attr:`TokenViews.size_band`) may start with, after its number."""
    return first_chars(token_views().size_band) or frozenset()


@cache
def _role_starts() -> tuple[frozenset[str] | None, ...]:
    """The characters a match of the facility, version, service-circle and month-range rules may
    start with (None: any): where the character after a number is none of them, the rule is not run."""
    tv = token_views()
    return tuple(first_chars(rx) for rx in (tv.facility, tv.version_after, tv.service_circle, tv.month_range))


_FAST_BEFORE = _ROLE_BEFORE | {"前"}  # … and 前, read with a Han character after the number (前3名)


class _HanReads(NamedTuple):
    """What the rules of :func:`_arabic_role` before its last read first after a number, by a Han character (see
    :func:`_role_read_han`)."""

    read: frozenset[str]  # the characters a rule tests or its words and patterns may start with
    facility: frozenset[str]  # … only a facility's name may start with (万千瓦机组: read before a unit decides)
    year: bool  # no rule before the one of a year (2024年) reads 年 first
    circle: frozenset[str]  # … only a standard of service may start with (15分钟生活圈 and 15公里, 5公顷)
    over: frozenset[str]  # … only the 多 of a span of more than so many years may be (30多年 and 300多万元)


@cache
def _role_read_han() -> _HanReads | None:
    """What :func:`_arabic_role` reads first after a number, for the rules before its last (a unit after the
    number makes it a figure), derived from those rules' words, patterns and the characters they test (see
    :class:`_HanReads`): before a unit decides, a facility's name and a standard of service are matched and the
    多 of a span of years looks for the 年 after it (30多年). The rules a character before the number opens
    (第, 前, 分, 每: see _FAST_BEFORE), those of a number with a point (:func:`_dotted_role`, read before) and
    one that reads any Han character but gives way to a unit (a hotline's name) are left out; after any other
    Han character a unit decides the role at once. None when a pattern may start with characters that are not a
    short list (a range of Han characters among them)."""
    tv = token_views()
    pats = [first_chars(rx) for rx in (tv.facility, tv.version_after, tv.service_circle, tv.month_range,
                                       tv.age_group, tv.size_band, tv.programme_count, tv.class_year)]
    if None in pats:
        return None
    facility, version, circle, *others = pats
    names = (tv.version_words, tv.line_words, tv.road_words, tv.grade_words, tv.address_words)
    named = {w[:1] for ws in names for w in ws}
    read = frozenset(version | named | frozenset().union(*others) | set("年日月大岁周天后时分")
                     | {w[:1] for ws in (tv.ranking_name_words, tv.anniversary_words, tv.quarter_words) for w in ws}
                     | set(tv.range_joiner_chars) | set(tv.year_range_after))
    return _HanReads(read, facility - read, "年" not in facility | version | named, circle - read,
                     frozenset(compiled().over_suffixes) - read)


def _behind_last(rx: re.Pattern[str]) -> frozenset[str] | None:
    """The characters a pattern that is one look-behind (``(?<=每(?:增长|…))``) may find right before a
    position it matches at (长, …, and a line break): the last characters of the look-behind's matches. None
    when ``rx`` is no such pattern or they are not a short list."""
    src = rx.pattern
    if not (src.startswith("(?<=") and src.endswith(")")):
        return None
    try:  # the look-behind closes at the end only when what is inside it is a pattern of its own
        return last_chars(re.compile(src[4:-1] + "$", rx.flags))
    except re.error:
        return None


@cache
def _start_guards() -> tuple[frozenset[str] | None, frozenset[str] | None]:
    """What a match of the shopping-day rule at a number needs (the number's first digit: 618, 双11) and what one
    of the per-step rule needs (the character before the number: 每增长1个百分点); None: anything."""
    tv = token_views()
    return first_chars(tv.shopping_day), _behind_last(tv.increment_basis)


def _arabic_role_fast(norm: str, start: int, end: int, tok: str, before: str, a1: str) -> str:
    """The role of an Arabic number the Han character ``a1`` follows where no rule of :func:`_arabic_role`
    before the one deciding it may fire: ``year`` (2024年) or ``figure`` (a unit after it: 3.5万元); "" where
    the rules are read in turn. A rule before them reads the character before the number (第, 每, a Latin
    letter), a match at the number itself (双11, 每增长1个百分点) or a first Han character after it (see
    :func:`_role_read_han`); a number with a point (7.21特大暴雨, 工业4.0) has been read by :func:`_dotted_role`."""
    han = _role_read_han()
    if han is None or before in _FAST_BEFORE or (before.isascii() and before.isalpha()):
        return ""
    tv = token_views()
    if a1 == "年":
        if not (han.year and len(tok) == 4 and tok[0] in "12" and "." not in tok):
            return ""
        if tv.hotline.match(norm, end) and not _unit_follows(norm, end):
            return ""
    elif (a1 in han.read or a1 in han.facility and tv.facility.match(norm, end)
          or a1 in han.circle and tv.service_circle.match(norm, end) or a1 in han.over and norm[end + 1:end + 2] == "年"
          or not _unit_follows(norm, end)):
        return ""
    shop, step = _start_guards()
    if ((shop is None or tok[0] in shop) and tv.shopping_day.match(norm, start)
            or (step is None or before in step) and tv.increment_basis.match(norm, start)):
        return ""
    return "year" if a1 == "年" else "figure"


def _percent_tenths(numeral: str) -> Decimal:
    """The value of the Chinese numeral after 百分之, in tenths as the mentions of 百分之 carry it (三十 → 3,
    四点五 → 0.45, 十七点三一 → 1.731; printed in digits, 百分之6.5 as a PDF or web copy mixes them, 6.5 → 0.65)."""
    return _numeral(numeral) / 10


def _numeral(numeral: str) -> Decimal:
    """The value of ``numeral`` in Chinese numerals or in digits (after 百分之 or 千分之)."""
    return Decimal(numeral) if numeral[:1].isdigit() else parse_chinese_numeral(numeral)


def _dotted_role(norm: str, start: int, end: int, tok: str) -> str:
    """The role a decimal point gives the Arabic number ``tok`` at ``norm[start:end]`` (a year and a month, a
    month and a day, a version), or "" (the first rules of :func:`_arabic_role`, read only for a number
    with a point)."""
    if (len(tok) in (6, 7) and tok[4] == "." and tok[:2] in ("19", "20") and tok[5:].isdigit()
            and 1 <= int(tok[5:]) <= 12 and not _unit_follows(norm, end)):
        return "date"  # 数据截止时间：2023.06, (2023.12): a year and a month, with no unit a figure would have
    if (len(tok) in (4, 5) and tok[-3] == "." and tok[:-3].isdigit() and 1 <= int(tok[:-3]) <= 12
            and 1 <= int(tok[-2:]) <= 31 and token_views().dated_event.match(norm, end)
            and not _unit_follows(norm, end)):
        return "date"  # 应对7.21特大暴雨, 3.15消费者权益日, 6.18购物节: an event or a day named by its date
    if tok.endswith(".0") and token_views().version_name.match(norm, start):
        return "version"  # 推动工业4.0发展, 建设数字政府2.0: a version of what the name before it names
    return ""


def _arabic_role(norm: str, start: int, end: int, tok: str, versions: Ahead | None = None) -> str:
    """The role of the Arabic number ``tok`` at ``norm[start:end]``; ``versions`` tells where a version
    word lies ahead (see :class:`cuewords.Ahead`)."""
    before = norm[start - 1] if start > 0 else ""
    a1 = norm[end:end + 1]
    if "." in tok and (dotted := _dotted_role(norm, start, end, tok)):
        return dotted
    if a1 == "." and norm[end + 1:end + 2] == " " and norm[end + 2:end + 3].isdigit():
        return "marker"  # 完成12. 3个项目: a decimal point left open (no decimal is a count of 个): the number before
        # it is no figure of its own
    tv = token_views()
    if tok == tv.index_basis_value and before in tv.index_basis_value_after and tv.index_basis.search(norm, max(0, start - 8), start):
        return "base"  # 性别比（以女性为100）, 性别比为105.76（女=100）, 价格指数（以上年为100）: the base the ratio or index is stated against
    if a1 == "、" and (listed := tv.listed_name.match(norm, end)) and (
            (last := _arabic_role(norm, listed.start("n"), listed.end("n"), listed["n"])) in ("name", "address")
            or last == "period" and norm.startswith("月", listed.end())):
        return last  # 119、120等应急热线, 1、2号楼, 1、2月: numbers listed before a name's number (a month's) are names
        # (months) too
    if before and before in tv.code_joiners and start >= 2 and _latin(norm[start - 2]):
        return "name"  # COVID-19, SARS-CoV-2: a code of Latin letters and a number
    if norm.endswith(tv.dial_words, max(0, start - 2), start) and not _unit_follows(norm, end):
        return "name"  # 拨打12345反映诉求, 致电110: the number dialled (not 拨打电话3万次: counted)
    if a1 == "%" and tv.sample_survey.match(norm, end):
        return "name"  # 2015年全国1%人口抽样调查: the survey's name, no share of anything
    plain = _role_after()
    if (plain is not None and a1 not in plain[0] and not "\u4e00" <= a1 <= "\u9fff"
            and not (a1.isascii() and a1.isalpha()) and before not in _ROLE_BEFORE
            and not (before.isascii() and before.isalpha()) and (len(tok) != 4 or a1 not in plain[2])):
        # 、1、, 5%: nothing after the number makes it anything but a figure, or a version (1、2版)
        return ("version" if a1 in plain[1] and (versions is None or versions.after(end))
                and tv.version_after.match(norm, end) else "figure")
    if "\u4e00" <= a1 <= "\u9fff" and (role := _arabic_role_fast(norm, start, end, tok, before, a1)):
        return role  # 2024年, 3.5万元: the commonest, decided before the rules in turn
    facility, version, circle, months = _role_starts()
    after = norm[end:end + 3]
    if before == "第":
        return "ordinal"
    shop, step = _start_guards()
    if (shop is None or tok[0] in shop) and tv.shopping_day.match(norm, start):
        return "name"  # 双11期间, 618购物节: a shopping festival named by its date
    if (before == "前" and "." not in tok and not re.match(tv.top_not_after, norm[start - 2:start - 1])
            and (re.match(tv.top_followers, after) or tv.top_name.match(norm, end))):
        # 进入前3名, 全市前5位: a rank, as 前三名 is; 排名前10的律师事务所: the first ten named as a group
        return "name" if tv.top_name.match(norm, end) else "ordinal"
    if before == compiled().per_word or (step is None or before in step) and tv.increment_basis.match(norm, start):
        # 收购价每50公斤提高9到23元: the unit a price or rate is stated per; 国内生产总值每增长1个百分点的增量: the step
        # a quantity is defined per, no change of the thing
        return "base"
    if before == "分" and after.startswith(tv.stage_counters) and "." not in tok:
        return "marker"  # 分3批推进: how a task is split
    if a1 in ":：" and len(tok) == 4 and tok[:2] in ("19", "20") and not after[1:2].isdigit():
        return "year"  # 2022:推动经济社会平稳…: a year heading
    if (facility is None or a1 in facility) and tv.facility.match(norm, end):
        return "name"  # 望坛110千伏输变电工程: a voltage or capacity class in a facility's name
    if a1.isascii() and a1.isalpha():  # _latin, inline: every mention passes here
        letters = LATIN_RUN.match(norm, end).group()
        if ((letters in tv.latin_class_letters and norm.startswith(tv.latin_class_follows, end + len(letters)))
                or letters.lower() not in tv.latin_units
                or _latin(norm[end + len(letters):end + len(letters) + 1])):
            return "name"  # 5G网络, 1000M以上宽带用户: a class of a thing (not 3km, 20t: counted in a unit; nor 带宽达到1000M)
    if before.isascii() and before.isalpha():
        return "name"
    if norm.endswith(tv.road_words, 0, start) and not _unit_follows(norm, end):
        return "name"  # 国道318线: a road's number after its class (not 新建国道120公里)
    if a1 == "后" and len(tok) == 2 and tv.cohort.match(norm, start):
        return "name"  # 80后干部, 95后青年, 80后、90后: a generation
    if len(tok) == 4 and tok[:2] in ("19", "20") and tok.isdigit() and tv.class_year.match(norm, end):
        return "name"  # 2023届高校毕业生: a class named by its year, no count of 届
    if before == "." and start >= 2 and norm[start - 2].isdigit():
        return "version"
    if a1 == "." and after[1:2].isdigit():
        return "version"  # 1.2.3: the decimal part was already taken, a second dot follows
    if after.startswith(tv.version_words) or ((version is None or a1 in version) and (versions is None or versions.after(end))
                                              and tv.version_after.match(norm, end)):
        return "version"
    if after.startswith(tv.line_words) or after.startswith(tv.road_words) or after.startswith(tv.grade_words):
        return "name"  # 8号线, 318国道, 3类水质
    if after.startswith(tv.address_words):
        return "address"
    if tv.hotline.match(norm, end) and not _unit_follows(norm, end):
        return "name"  # 12345市民服务热线, 120急救 (not 开通3条服务热线, 办理1.2万件热线诉求: counted)
    if a1 == " " and after[1:2] == "年" and "." not in tok and len(tok) == 4 and tok[0] in "12":
        return "year"  # 比1980 年: a year before a stray space
    if a1 == "年":
        if "." not in tok and len(tok) == 4 and tok[0] in "12":
            return "year"
        if compiled().years_quantity.search(norm, max(0, start - YEARS_QUANTITY_REACH), start):
            return "figure"  # 平均受教育年限从13.5年提高到14年: years as a quantity
        return "period"  # a span of years: 连续3年, 三年行动计划
    if (a1 in tv.range_joiner_chars and _years_range_high().match(norm, end)
            and not compiled().years_quantity.search(norm, max(0, start - YEARS_QUANTITY_REACH), start)):
        return "period"  # 建设周期3-5年, 用3-5年时间: the low end of a span of years, as its high end is
    if (a1 in compiled().over_suffixes and after[1:2] == "年" and "." not in tok
            and not compiled().years_quantity.search(norm, max(0, start - YEARS_QUANTITY_REACH), start)):
        return "period"  # 延续2600多年, 改革开放30多年: so is a span of more than so many years
    if after.startswith(tv.ranking_name_words) and "." not in tok:
        return "name"  # 世界500强, 全国百强
    if a1 == "天" and (mc := tv.countdown.search(norm, max(0, start - 3), end + 2)) and start in (mc.start("left"), mc.start("to")):
        return "period"  # 离香港回归祖国只有１２２天了: the days left before a date, a span of the calendar
    if a1 == "天" and tv.holiday.match(norm, end + 1):
        return "period"  # 春节7天假期全区接待游客50万人次: a holiday named by its days, the time its figures are of
    if a1 == "日" and tv.duration_after.match(norm, end + 1):
        return "figure"  # 企业开办实现1日办结
    if after.startswith(tv.anniversary_words):
        return "slogan"  # 建党100周年
    if (a1 in _age_group_first() and "." not in tok and len(tok) <= 3) and tv.age_group.match(norm, end):
        return "name"  # 60岁以上老年人, 0-3岁婴幼儿, 0-6个月婴儿: an age that names a group of people
    if a1 in _size_band_first() and "." not in tok and tv.size_band.match(norm, end):
        return "name"  # 90(含)平方米以下占35.6%, 90—144平方米占56.2%: a band of sizes a share is of
    if (circle is None or a1 in circle) and tv.service_circle.match(norm, end):
        return "name"  # 15分钟就医圈, 7×24小时服务: a standard of service, named by a span
    if a1 == "大" and "." not in tok and tv.programme_count.match(norm, end) and not _unit_word_follows(norm, end):
        return "slogan"  # 拆违等15大专项行动: the name of a programme, as 八大攻坚行动 is
    if (len(tok) == 4 and tok.isdigit() and tok[:2] in ("19", "20") and norm[end:end + 1] in tv.year_range_after
            and not _amount_range_high().match(norm, end)):
        return "year"  # (not the low end of 2000-3000元)
    if a1 == "月" and "." not in tok and 1 <= int(tok) <= 12 and (
            not after.startswith(tv.month_not_after) or tv.month_range_head.search(norm, max(0, start - 4), start)):
        return "period"  # (本年1--5月份的收购额: the last month of a range, whatever follows it)
    if after.startswith(tv.quarter_words) and "." not in tok and 1 <= int(tok) <= 4:
        return "period"  # 1-3季度, 4季度: a quarter of the year, as 三季度 is (a span of quarters is 3个季度)
    if a1 == "时" and "." not in tok and int(tok) <= 24 and not after.startswith(tv.clock_hour_not_after):
        return "time"  # 截至6月30日24时, 0时至24时: an hour of the clock
    if a1 == "分" and before == "时" and "." not in tok and int(tok) < 60 and norm[start - 2:start - 1].isdigit():
        return "time"  # 9时30分: the minutes of that hour
    if a1 == "日" and "." not in tok and (1 <= int(tok) <= 31 or 5 <= len(tok) <= 8 and tok[:2] in ("19", "20")):
        return "date"  # (2021110日在…会议上: a date that lost its 年 and 月 in the copy)
    if (months is None or a1 in months) and tv.month_range.match(norm, end) and "." not in tok and 1 <= int(tok) <= 12:
        return "period"
    if not ("\u4e00" <= a1 <= "\u9fff") or _unit_follows(norm, end) or (
            _TENTHS_DIGITS.fullmatch(tok) and tv.arabic_tenths.match(norm, end)):
        return "figure"  # (a place name and a year before a name both start with a Han character; 6成 counts tenths)
    if "." not in tok and tv.place.match(norm, end):
        return "name"  # 798艺术区
    if len(tok) == 4 and tok[:2] in ("19", "20"):
        return "year"  # 2022中国科幻大会
    if len(tok) <= 2 and tok.isdigit() and row_number_end(norm, norm.rfind("\n", 0, start) + 1, end) == end:
        return "marker"  # 经济社会发展主要预期目标1地区生产总值增长6%左右: a table row's number
    return "figure"


def row_number_end(norm: str, line_start: int, limit: int) -> int:
    """Where the number of a table row flattened into a line ends (the line's first words, all Han
    characters, then a number glued to the row's text: 主要预期目标1地区生产总值…), or -1 (全区60岁以上老年人…: a
    number a unit follows is no row's; 区属国企20强营业收入…: nor is one of a ranking's name; 签约订单35单，: nor is a
    number closing its clause with one or two characters, a count by a counter not yet known)."""
    tv = token_views()
    m = tv.row_number.match(norm, line_start, limit + 1)
    return (m.end(1) if m and not _unit_word_follows(norm, m.end(1)) and not norm.startswith(tv.ranking_name_words, m.end(1))
            and not _COUNTER_CLAUSE_END.match(norm, m.end(1)) else -1)


# one or two characters closing the clause after a number: a counter (签约订单35单，), never a row's text
_COUNTER_CLAUSE_END = re.compile(r"[\u4e00-\u9fff]{1,2}(?:[，,。；;、：:\n]|$)")


def mentions(report: Report | str | bytes | None = None):
    """Every numeric token of a report as a DataFrame.

    Columns: ``start``, ``end``, ``text`` (as printed), ``role`` (categorical), ``value``
    (float, for figures and ordinals), ``numeral`` (``arabic``/``chinese``).

    Examples
    --------
    >>> m = mentions("以8号线三期为重点,完成691372人份样本的检测")
    >>> list(zip(m["text"], m["role"]))
    [('8', 'name'), ('691372', 'figure')]
    """
    import pandas as pd

    report = load_report(report)
    rows = find_mentions(report)
    df = pd.DataFrame(
        {
            "start": [m.start for m in rows],
            "end": [m.end for m in rows],
            "text": [report.text[m.start:m.end] for m in rows],
            "role": pd.Categorical([m.role for m in rows], categories=ROLES),
            "value": [float(m.value) if m.value is not None else float("nan") for m in rows],
            "numeral": [m.numeral for m in rows],
        }
    )
    return df.astype({"start": "int64", "end": "int64", "text": "str", "numeral": "str"})
