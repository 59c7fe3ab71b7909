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
from functools import cache
from importlib import resources

CHINESE_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
                  "七": 7, "八": 8, "九": 9}
CHINESE_UNITS = {"十": 10, "百": 100, "千": 1000}
CHINESE_BIG = {"万": 10_000, "亿": 100_000_000}
MAGNITUDES = {"万亿": Decimal(10) ** 12, "亿": Decimal(10) ** 8, "万": Decimal(10) ** 4,
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
    table.update({0x2014: "-", 0x2013: "-", 0x2212: "-", 0xFE6A: "%", 0x2030: "‰", 0x00A0: " "})
    return {k: v for k, v in table.items() if len(v) == 1}


def normalize(text: str) -> str:
    """Same-length reading copy of ``text``: full-width digits, letters and punctuation
    become half-width, traditional characters become simplified.

    Offsets into the result index the original text, character for character.

    >>> normalize("１２.５％，")
    '12.5%,'
    """
    # a character-class search stops at the first hit: the translations run only when needed
    out = text.translate(_width_map()) if _wide_chars().search(text) else text
    bmp, astral = _traditional_chars()
    if bmp.search(out) or (_ASTRAL.search(out) and astral.search(out)):
        out = out.translate(_traditional_map())
    return out


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


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
        return Decimal(digits.replace(",", "").replace(" ", ""))
    except InvalidOperation as exc:  # pragma: no cover - the tokeniser only passes numerals
        raise ValueError(f"not a number: {digits!r}") from exc


def parse_chinese_numeral(s: str) -> Decimal:
    """Value of a Chinese numeral in quantity use: 九, 十三, 两百, 一千二百三十, 百 (=100), 百万.

    >>> parse_chinese_numeral("百万")
    Decimal('1000000')
    """
    if not s:
        raise ValueError("empty numeral")
    total = Decimal(0)
    section = Decimal(0)
    digit: Decimal | None = None
    for ch in s:
        if ch in CHINESE_DIGITS:
            digit = Decimal(CHINESE_DIGITS[ch])
        elif ch in CHINESE_UNITS:
            section += (digit if digit is not None else Decimal(1)) * CHINESE_UNITS[ch]
            digit = None
        elif ch in CHINESE_BIG:
            section += digit or 0
            total = (total + (section or Decimal(1))) * CHINESE_BIG[ch]
            section = Decimal(0)
            digit = None
        else:
            raise ValueError(f"not a Chinese numeral: {s!r}")
    return total + section + (digit or 0)


def to_base(value: Decimal, magnitude: str = "", factor: Decimal | int = 1) -> float:
    """Float of ``value × magnitude × factor`` computed exactly in decimal, rounded once."""
    return float(value * MAGNITUDES.get(magnitude, Decimal(1)) * Decimal(factor))
