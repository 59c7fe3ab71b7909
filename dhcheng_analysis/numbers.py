"""Numerals, magnitudes and text normalisation: pure functions, no state.

>>> parse_number("1,234.5")
Decimal('1234.5')
>>> parse_chinese_numeral("一千二百三十")
Decimal('1230')
>>> to_base(Decimal("2.68"), "亿")
268000000.0
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache
from importlib import resources

CHINESE_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
                  "七": 7, "八": 8, "九": 9}
CHINESE_UNITS = {"十": 10, "百": 100, "千": 1000}
CHINESE_BIG = {"万": 10_000, "亿": 100_000_000}
MAGNITUDES = {"万亿": Decimal(10) ** 12, "亿": Decimal(10) ** 8, "万": Decimal(10) ** 4,
              "千万": Decimal(10) ** 7, "百万": Decimal(10) ** 6,
              "千": Decimal(1000), "百": Decimal(100), "": Decimal(1)}


@cache
def _traditional_map() -> dict[int, str]:
    """Traditional → simplified character map (one character to one character)."""
    try:
        text = resources.files("dhcheng_analysis.vocab").joinpath("traditional.tsv").read_text("utf-8")
    except FileNotFoundError:
        return {}
    table: dict[int, str] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        trad, _, simp = line.partition("\t")
        if len(trad) == 1 and len(simp) == 1:
            table[ord(trad)] = simp
    return table


@cache
def _width_map() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in list(range(0xFF01, 0xFF5F)) + [0x3000]:
        table[cp] = unicodedata.normalize("NFKC", chr(cp))
    table[0x3000] = " "
    # ideographic full stop and quotes keep their shape; dashes are read as hyphens in ranges
    table.update({0x2014: "-", 0x2013: "-", 0x2212: "-", 0xFE6A: "%", 0x2030: "‰", 0x00A0: " ", 0x200B: " ", 0x2009: " ", 0x202F: " "})
    return {k: v for k, v in table.items() if len(v) == 1}


def normalize(text: str) -> str:
    """Same-length reading copy of ``text``: full-width digits, letters and punctuation
    become half-width, traditional characters become simplified.

    Offsets into the result index the original text, character for character.

    >>> normalize("１２.５％，"), normalize("25l亿元")
    ('12.5%,', '251亿元')
    """
    # line breaks that break no sentence become spaces: a page break of a web copy inside a sentence
    # (…达到74.4⏎​⏎万亿元) and the line of a subscript (广义货币M⏎2⏎增长, PM⏎2.5⏎)
    if "\n" in text and ("\u200b" in text or _SOFT_BREAK_HINT.search(text)):
        text = _SOFT_BREAK.sub(lambda m: " " * len(m.group()), text)
        text = _SUBSCRIPT.sub(lambda m: " " + m.group(1) + " ", text)
    # a character-class search stops at the first hit: the translations run only when needed
    out = _replace_chars(text, _wide_chars(), _width_map()) if _wide_chars().search(text) else text
    if "l" in out and _LETTER_ONE.search(out):
        out = _LETTER_ONE.sub("1", out)
    if "," in out and _THOUSANDS.search(out):  # (no copy of a text that holds none)
        # a comma between groups of three digits before a unit, a word or the decimals separates thousands
        # (146,845万元): read as a space, it ends no clause and the number is one (a space between groups)
        out = _THOUSANDS.sub(lambda m: m.group().replace(",", " "), out)
    return fold_traditional(out)


#: Full-width digits, Latin letters, ％ and ． and their half-width forms.
_HALF_WIDTH = {cp: chr(cp - 0xFEE0) for cp in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B),
                                                0xFF05, 0xFF0E)}
_HALF_WIDTH_KEYS = re.compile(f"[{''.join(map(chr, _HALF_WIDTH))}]")  # (any of them)


def half_width(text: str) -> str:
    """``text`` with its full-width digits and Latin letters (and ％ ．) in half width, its other characters
    (brackets, commas) as printed: a name reads as the same text printed in half-width digits gives.

    >>> half_width("１６区排名进入前３名的指标（ＰＭ２．５）")
    '16区排名进入前3名的指标（PM2.5）'
    """
    return text.translate(_HALF_WIDTH) if _HALF_WIDTH_KEYS.search(text) else text


def half_width_all(texts: list[str]) -> list[str]:
    """Each of ``texts`` read by :func:`half_width`; ``texts`` itself when none holds a full-width character, as
    one search of them all finds (a column of names, of which few hold any).

    >>> half_width_all(["收入", "ＰＭ２．５浓度"])
    ['收入', 'PM2.5浓度']
    """
    return texts if _HALF_WIDTH_KEYS.search("".join(texts)) is None else list(map(half_width, texts))


def fold_traditional(text: str) -> str:
    """``text`` with its traditional characters simplified, one character for one (``text`` itself when it
    holds none).

    >>> fold_traditional("較1955年增長了16％")
    '较1955年增长了16％'
    """
    bmp, astral = _traditional_chars()
    out = _replace_chars(text, bmp, _traditional_map()) if bmp.search(text) else text
    if _ASTRAL.search(out) and astral.search(out):
        out = _replace_chars(out, astral, _traditional_map())
    return out


def _replace_chars(text: str, chars: re.Pattern[str], table: dict[int, str]) -> str:
    """``text.translate(table)`` for the characters of the class ``chars`` (the keys of ``table``):
    each character that occurs is replaced in one ``str.replace`` (a translation looks every
    character of the text up in the table, ten times slower). The same result because no
    replacement is itself a key of the table (checked once, else the text is translated).
    The next character to replace is searched from the last one replaced: a distinct character a
    search, and no list of every occurrence (a full-width comma of every clause of a work report)."""
    flat = _FLAT.get(id(table))
    if flat is None:  # the tables are built once (cached), so their identity keys the check
        flat = _FLAT[id(table)] = not any(table.get(ord(c), c) != c for v in table.values() for c in v)
    if not flat:
        return text.translate(table)
    m = chars.search(text)
    while m is not None:
        ch = m.group()
        text = text.replace(ch, table[ord(ch)])  # (none of ``ch`` is left, and no replacement is a key)
        m = chars.search(text, m.start() + 1)
    return text


_FLAT: dict[int, bool] = {}


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_SOFT_BREAK_HINT = re.compile("\n(?<=[A-Za-z]\n)\\d")  # a line break first: the scan skips to line breaks
_SOFT_BREAK = re.compile("(?<![。！？!?\n])\n\u200b\n(?![\n\u3000 \u200b])")
_SUBSCRIPT = re.compile("(?<=[A-Za-z])\n(\\d{1,2}(?:\\.\\d)?)\n")
# a Latin l printed for the digit 1 (OCR, typing) after a digit and before a digit, the decimals, 万, 亿, 元 or %:
# 25l亿元 = 251亿元
# (an l first: the scan jumps to the rare l; a digit that follows a letter is part of a name: H1l)
_LETTER_ONE = re.compile("l(?<=[0-9]l)(?<![A-Za-z][0-9]l)(?=\\.?[0-9]|[万亿元%])")
# (a digit first, the digit or group before it looked at behind it: the scan jumps from digit to digit)
_THOUSANDS = re.compile("[0-9](?<!\\d[0-9])(?<!\\d[,.][0-9])\\d{0,2}(?:,\\d{3})+(?=\\.\\d|[%‰\\-~～\u4e00-\u9fff])")


def _char_class(codes) -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(codes)) + "]" if codes else "(?!)")


@cache
def _wide_chars() -> re.Pattern[str]:
    return _char_class(_width_map())


@cache
def _traditional_chars() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Traditional characters of the basic plane (a fast class) and beyond it (searched only when the
    text holds such characters at all)."""
    codes = _traditional_map()
    return (_char_class([c for c in codes if c <= 0xFFFF]), _char_class([c for c in codes if c > 0xFFFF]))


def parse_number(digits: str) -> Decimal:
    """Decimal value of an Arabic numeral as printed (thousands separators allowed)."""
    try:
        # (spaces of grouped or spaced digits: 1 876.3; a bare run of digits, the most of them, read as it is)
        return Decimal(digits if digits.isdigit() else "".join(digits.replace(",", "").split()))
    except InvalidOperation as exc:  # pragma: no cover - the tokeniser only passes numerals
        raise ValueError(f"not a number: {digits!r}") from exc


@lru_cache(maxsize=4096)
def parse_chinese_numeral(s: str) -> Decimal:
    """Value of a Chinese numeral in quantity use: 九, 十三, 两百, 一千二百三十, 百 (=100), 百万,
    with 亿 and 万 groups (二亿三千万 = 2.3e8, 七百零四亿) and a decimal part after 点 (四点二).
    A report prints the same few numerals again and again (一, 两, 三, 十): each value is kept once read
    (a Decimal, immutable).

    >>> parse_chinese_numeral("百万")
    Decimal('1000000')
    >>> parse_chinese_numeral("二亿三千万"), parse_chinese_numeral("二十五亿七千万"), parse_chinese_numeral("三十六点九")
    (Decimal('230000000'), Decimal('2570000000'), Decimal('36.9'))
    """
    if not s:
        raise ValueError("empty numeral")
    whole, dot, frac = s.partition("点")
    if dot:
        digits = frac.rstrip("万亿")  # 五十六点三万 = 563 000: the magnitude after the decimals scales them all
        if not digits or any(ch not in CHINESE_DIGITS for ch in digits) or any(big in whole for big in "万亿"):
            raise ValueError(f"not a Chinese numeral: {s!r}")
        value = _chinese_integer(whole) if whole else Decimal(0)
        value += Decimal("0." + "".join(str(CHINESE_DIGITS[ch]) for ch in digits))
        for big in frac[len(digits):]:
            value *= CHINESE_BIG[big]
        return value
    return _chinese_integer(s)


def _chinese_integer(s: str) -> Decimal:
    """An integer numeral: the part before the last 亿 (or 万) counts that many 亿 (万), the rest adds."""
    for big in ("亿", "万"):
        i = s.rfind(big)
        if i >= 0:
            head, rest = s[:i], s[i + 1:]
            left = _chinese_integer(head) if head else Decimal(1)
            if len(rest) == 1 and rest in CHINESE_DIGITS:  # 三万八 = 38 000: the digit counts the next unit down
                return left * CHINESE_BIG[big] + Decimal(CHINESE_DIGITS[rest] * CHINESE_BIG[big] // 10)
            return left * CHINESE_BIG[big] + (_chinese_integer(rest) if rest else Decimal(0))
    if not s:
        return Decimal(0)
    section = Decimal(0)
    digit: Decimal | None = None
    last_unit = 0
    for ch in s:
        if ch in CHINESE_DIGITS:
            digit = Decimal(CHINESE_DIGITS[ch])
        elif ch in CHINESE_UNITS:
            section += (digit if digit is not None else Decimal(1)) * CHINESE_UNITS[ch]
            last_unit = CHINESE_UNITS[ch]
            digit = None
        else:
            raise ValueError(f"not a Chinese numeral: {s!r}")
    if digit is not None and last_unit >= 100 and s[-2] in CHINESE_UNITS:
        # 三万八 = 38 000, 一百二 = 120: a last digit right after 百/千 counts that unit's tenth
        return section + digit * (last_unit // 10)
    return section + (digit or 0)


def to_base(value: Decimal, magnitude: str = "", factor: Decimal | int = 1) -> float:
    """Float of ``value × magnitude × factor`` computed exactly in decimal, rounded once."""
    return float(value * MAGNITUDES.get(magnitude, Decimal(1)) * Decimal(factor))


def year_number(s: str) -> int | None:
    """A year written in digits (2024) or in Chinese numerals (二〇二四, 一九七八) as an int, else None."""
    if s.isdigit():
        return int(s)
    digits = "〇一二三四五六七八九"
    s = s.replace("零", "〇").replace("○", "〇")
    if len(s) == 4 and all(ch in digits for ch in s):
        return int("".join(str(digits.index(ch)) for ch in s))
    return None
