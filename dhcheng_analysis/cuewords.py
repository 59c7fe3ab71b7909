"""Compiled views of the rule tables in ``vocab/`` (built once per process).

The word lists live in ``vocab/cues.json``, ``vocab/tokens.json`` and ``vocab/layout.json``;
this module turns them into the regular expressions, sets and maps the extractor reads, so
every pattern built from data is built here and nowhere else.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from re import _constants as sre
from re import _parser as sre_parse
from types import MappingProxyType
from typing import NamedTuple

from .numbers import MAGNITUDES
from .vocab import concept_rules, extractor_cues, filled, glossary, layout_rules, token_rules

STATUS_OBJECT_REACH = 12  # how far after 超过/高于/完成 a plan word may still be what it compares with


def _digit_class_body() -> str:
    """Every character str.isdigit() accepts, for a character class: the decimal digits of all
    scripts (\\d) and the other digits (superscripts, circled numbers …, all below U+20000)."""
    others = (chr(c) for c in range(0x20000) if chr(c).isdigit() and not chr(c).isdecimal())
    return r"\d" + "".join(re.escape(ch) for ch in others)


def longest_first(words: Iterable[str]) -> list[str]:
    """``words`` once each, longest first and words of one length in a fixed order (so 同比增长 is tried before 增长,
    and a pattern built of them is the same in every process)."""
    return sorted(set(words), key=lambda w: (-len(w), w))


def _alt(words) -> str:
    """Alternation of ``words``, longest first (so 同比增长 wins over 增长)."""
    return "|".join(re.escape(w) for w in longest_first(words))


_OBJECT_CHAR = r"[\u4e00-\u9fff“”\"、A-Za-z0-9]"  # a character of the object a verb at its head moves


def _lead_object(lead: str, ends: Iterable[str], head: str) -> re.Pattern[str]:
    """The rule of a verb at the head of the object it moves, paid out or collected (发放社会救助资金, 海关征收关税).

    Parameters
    ----------
    lead : str
        The regex of the verb, with who moves it before it when printed.
    ends : Iterable[str]
        The last words of the object (资金, 补贴; 税, 罚没款).
    head : str
        The regex of the object's characters before its last word (how many it has at the fewest).

    Returns
    -------
    re.Pattern[str]
        The rule, the object its group ``obj``.
    """
    return _Rule(rf"(?:{lead})(?P<obj>{head}(?:{_alt(ends)}))")


def _alt_outside(words, holders) -> str:
    """Alternation of ``words`` (longest first), each matching only outside the ``holders`` it is part of (比 of
    占比 or 比重 is no 比 of a comparison)."""
    out = []
    for w in longest_first(words):
        before = after = ""  # (a guard of what follows stands after the word: 比(?!重))
        for h in holders:
            if (i := h.find(w)) > 0:
                before += f"(?<!{re.escape(h[:i])})"
            if i >= 0 and i + len(w) < len(h):
                after += f"(?!{re.escape(h[i + len(w):])})"
        out.append(before + re.escape(w) + after)
    return "|".join(out)


def _comma_names() -> list[str]:
    """Glossary names (canonical and aliases) with a list comma inside."""
    return [n for t in glossary() for n in (t.canonical, *t.aliases) if "、" in n]


def _glossary_names(categories: tuple[str, ...], *, within: bool) -> frozenset[str]:
    """Glossary names (canonical and aliases) of the terms whose category is among ``categories`` (``within``: the
    industries, ``sector``) or is none of them (the quantities, not their owners: a sector, a tax)."""
    return frozenset(n for t in glossary() if (t.category in categories) == within for n in (t.canonical, *t.aliases))


def _joints(words, sep: str) -> frozenset[str] | None:
    """Every ``sep`` inside ``words`` with the character before and after it; None when a word starts
    or ends with ``sep`` (its neighbours are then not all known)."""
    out = set()
    for w in words:
        j = w.find(sep)
        while j >= 0:
            if j == 0 or j == len(w) - 1:
                return None
            out.add(w[j - 1:j + 2])
            j = w.find(sep, j + 1)
    return frozenset(out)


def _last_chars(words) -> frozenset[str]:
    """The characters ``words`` end with: a match of their alternation anchored at the end of a string
    needs the string to end with one of them."""
    return frozenset(w[-1] for w in words if w)


def _cls(chars: str) -> str:
    """A character class of ``chars``."""
    return "[" + "".join(re.escape(ch) for ch in chars) + "]"


class _Unbounded(Exception):
    """The characters a pattern may start with are not a short class (a negated class, any character)."""


_CATEGORY_CLASS = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D", sre.CATEGORY_SPACE: r"\s",
                   sre.CATEGORY_NOT_SPACE: r"\S", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W"}


def _first_items(items, last: bool = False) -> tuple[list, bool]:
    """The class items (literals, ranges, categories) a match of the sequence ``items`` may start with
    (with ``last``, end with), and whether the sequence may match the empty string. Zero-width items
    (look-arounds, anchors) consume nothing and are passed over."""
    out: list = []
    for op, av in reversed(items) if last else items:
        if op is sre.LITERAL:
            return [*out, (op, av)], False
        if op is sre.IN:
            if av and av[0][0] is sre.NEGATE:
                raise _Unbounded
            return out + list(av), False
        if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
            continue
        if op is sre.SUBPATTERN:
            sub, nullable = _first_items(av[3].data, last)
        elif op is sre.ATOMIC_GROUP:
            sub, nullable = _first_items(av.data, last)
        elif op is sre.BRANCH:
            sub, nullable = [], False
            for branch in av[1]:
                b, n = _first_items(branch.data, last)
                sub += b
                nullable = nullable or n
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            sub, n = _first_items(av[2].data, last)
            nullable = n or av[0] == 0
        else:
            raise _Unbounded
        out += sub
        if not nullable:
            return out, False
    return out, True


def first_chars(rx: re.Pattern[str], han: bool = False, empty: bool = False) -> frozenset[str] | None:
    """The characters a match of ``rx`` may start with, or None when they are not a short list (a
    negated class, a category, any character, a pattern that can match the empty string, flags). With
    ``han``, a range inside the Han block (U+4E00-U+9FFF) is left out of the set: the caller tests
    Han characters apart. With ``empty``, a pattern that can match the empty string gives the
    characters its other matches may start with (at any other character its match is empty)."""
    return _first_class(_tree(rx), han, empty)


class _Rule(NamedTuple):
    """A rule's pattern as written, not yet compiled: :func:`_gate_fields` compiles it once, in its gated form
    (a rule compiled as written and again gated would be compiled twice)."""

    pattern: str
    flags: int = 0


def _tree(rx: re.Pattern[str] | _Rule) -> sre_parse.SubPattern | None:
    """The parsed pattern of ``rx``, or None for a pattern with flags (its characters are not read off it) or one
    that does not parse. A rule is parsed once for all that is read off it (:func:`_gate_fields`)."""
    if rx.flags & ~re.UNICODE:
        return None
    try:
        return sre_parse.parse(rx.pattern)
    except re.error:
        return None


def _first_class(tree: sre_parse.SubPattern | None, han: bool = False, empty: bool = False) -> frozenset[str] | None:
    """:func:`first_chars` of the parsed pattern ``tree`` (None: a pattern its characters are not read off)."""
    if tree is None:
        return None
    try:
        items, nullable = _first_items(tree.data)
    except _Unbounded:
        return None
    if nullable and not empty:
        return None
    return _class_chars(items, han)


def _class_chars(items, han: bool = False) -> frozenset[str] | None:
    """The characters of the class items ``items`` (see :func:`first_chars`), or None when they are not a
    short list."""
    out: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            out.add(chr(av))
        elif op is sre.RANGE and han and 0x4E00 <= av[0] <= av[1] <= 0x9FFF:
            continue
        elif op is sre.RANGE and av[1] - av[0] < 256:
            out.update(map(chr, range(av[0], av[1] + 1)))
        else:
            return None
    return frozenset(out)


def _ends_anchored(items) -> bool:
    """Whether every match of the sequence ``items`` ends at the end of the string: its last item, past
    look-arounds, is ``$`` (or ``\\Z``), or a group or an alternation each branch of which ends so."""
    for op, av in reversed(items):
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            continue
        if op is sre.AT:
            return av in (sre.AT_END, sre.AT_END_STRING)
        if op is sre.SUBPATTERN:
            return _ends_anchored(av[3].data)
        if op is sre.BRANCH:
            return all(_ends_anchored(b.data) for b in av[1])
        return False
    return False


def last_chars(rx: re.Pattern[str]) -> frozenset[str] | None:
    """The characters a string that ``rx.search`` finds a match in may end with, for a pattern every match
    of which ends at the end of the string (``收入增长$``: 长): the characters a match may end with and the
    line break (``$`` matches before a final one too); None when that is not a short list, as for
    :func:`first_chars`, or the pattern is not anchored so. A string ending with any other character
    holds no match."""
    return _last_class(_tree(rx))


def _last_class(tree: sre_parse.SubPattern | None) -> frozenset[str] | None:
    """:func:`last_chars` of the parsed pattern ``tree`` (None: a pattern its characters are not read off)."""
    data = None if tree is None else tree.data
    chars = None if data is None or not _ends_anchored(data) else _final_class(data)
    return None if chars is None else chars | {"\n"}


def final_chars(rx: re.Pattern[str]) -> frozenset[str] | None:
    """The characters a match of ``rx`` may end with (``收入(?:增长|下降)``: 长 降), or None when they are not a
    short list, as for :func:`first_chars` (a pattern that can match the empty string too): a span that ends
    with any other character is not matched in full (``rx.fullmatch`` over it fails), and the pattern is not
    run there."""
    tree = _tree(rx)
    return None if tree is None else _final_class(tree.data)


def widest(rx: re.Pattern[str]) -> int | None:
    """The most characters a match of ``rx`` may span (``、[^，]{1,40}的目标``: 44), or None when a match may run on
    without bound or the pattern has flags: a match that starts at ``a`` ends by ``a`` plus this."""
    tree = _tree(rx)
    if tree is None:
        return None
    width = tree.getwidth()[1]
    return width if width < sre.MAXREPEAT else None


def back_reach(rx: re.Pattern[str]) -> tuple[int, bool] | None:
    """How many characters before its start a match of ``rx`` may read at most (its look-behinds, nested ones added
    up: ``(?<=财政|政府)五年``: 2), and whether a look-behind of it is negated (a negative one, or one inside a negative
    test); None when a test of the start of the string or of a line, of a word boundary, a conditional group or flags
    make a search of a cut-out window differ from one in place otherwise. A match ``rx.search(text, a, b)`` finds in
    place at ``i >= a + reach`` is one in the window ``text[a:b]`` (it reads nothing before ``a``), and, where no
    look-behind is negated, every match in the window is one in place (a look-behind that sees more text before ``a``
    passes where it passed)."""
    tree = _tree(rx)
    if tree is None:
        return None
    try:
        return _reach(tree.data, False)
    except _Unbounded:
        return None


def ahead_reach(rx: re.Pattern[str]) -> int | None:
    """How many characters from its start on a match of ``rx`` may read at most (what it spans and what its
    look-aheads read past that: ``累计(?=[\u4e00-\u9fff]{2})``: 4), or None where that has no bound (a repeat without
    one, a group referred back to) or is not read off the pattern (see :func:`back_reach`). A match that starts at
    ``i`` is found the same in any text that holds the same characters from ``i`` to ``i`` plus this (and before
    ``i`` as far as :func:`back_reach` says), a test of the text's end included."""
    tree = _tree(rx)
    if tree is None:
        return None
    try:
        return _ahead(tree)
    except _Unbounded:
        return None


def _ahead(items: sre_parse.SubPattern) -> int:
    """:func:`ahead_reach` of the parsed items ``items`` (an upper bound: each item read from the widest end of those
    before it); raises :class:`_Unbounded` where there is none."""
    spanned = read = 0
    for op, av in items:
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            reach, width = _ahead(av[1]), 0  # (a look-behind reads back, and what it holds no further than this)
        elif op is sre.BRANCH:
            reach = max(_ahead(b) for b in av[1])
            width = max(b.getwidth()[1] for b in av[1])
        elif op is sre.SUBPATTERN:
            reach, width = _ahead(av[3]), av[3].getwidth()[1]
        elif op is sre.ATOMIC_GROUP:
            reach, width = _ahead(av), av.getwidth()[1]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            if av[1] >= sre.MAXREPEAT:
                raise _Unbounded
            reach = width = av[1] * _ahead(av[2])
        elif op in (sre.GROUPREF, sre.GROUPREF_EXISTS):
            raise _Unbounded
        else:  # one character, or a test of a place that reads the character there (an end, a boundary)
            reach, width = 1, 0 if op is sre.AT else 1
        read, spanned = max(read, spanned + reach), spanned + width
    return read


def _reach(items, negated: bool) -> tuple[int, bool]:
    """:func:`back_reach` of the parsed items ``items`` (``negated``: inside a negative test); raises
    :class:`_Unbounded` where there is none."""
    reach, negates = 0, False
    for op, av in items:
        inner: list[tuple[int, bool]] = []
        if op is sre.AT:
            if av not in (sre.AT_END, sre.AT_END_STRING):
                raise _Unbounded
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            direction, sub = av
            back, neg = _reach(sub.data, negated or op is sre.ASSERT_NOT)
            if direction < 0:
                back, neg = back + sub.getwidth()[1], neg or negated or op is sre.ASSERT_NOT
            inner.append((back, neg))
        elif op is sre.BRANCH:
            inner.extend(_reach(b.data, negated) for b in av[1])
        elif op is sre.SUBPATTERN:
            inner.append(_reach(av[3].data, negated))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            inner.append(_reach(av[2].data, negated))
        elif op is sre.ATOMIC_GROUP:
            inner.append(_reach(av.data, negated))
        elif op is sre.GROUPREF_EXISTS:
            raise _Unbounded
        for back, neg in inner:
            reach, negates = max(reach, back), negates or neg
    return reach, negates


def _final_class(data: list) -> frozenset[str] | None:
    """The characters a match of the parsed items ``data`` may end with, or None when they are not a short list
    or the items may match the empty string (:func:`last_chars`, :func:`final_chars`)."""
    try:
        items, nullable = _first_items(data, last=True)
    except _Unbounded:
        return None
    return None if nullable else _class_chars(items)


def _fails_fast(data) -> bool:
    """Whether a pattern fails at one character test where no match can start: it starts with a
    literal, a character class (the engine then skips to candidates by itself), a repeat of one, or
    an alternation of literals."""
    while data and data[0][0] is sre.SUBPATTERN:
        data = data[0][1][3].data
    if not data:
        return False
    op, av = data[0]
    if op in (sre.LITERAL, sre.IN):
        return True
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        return av[0] >= 1 and len(av[2].data) == 1 and av[2].data[0][0] in (sre.LITERAL, sre.IN)
    return op is sre.BRANCH and all(b.data and b.data[0][0] is sre.LITERAL for b in av[1])


def gated(rx: re.Pattern[str] | _Rule) -> re.Pattern[str]:
    """``rx``, behind a look-ahead on the characters a match can start with.

    The regex engine skips to candidate positions only for a pattern that starts with a literal or a
    character class; a pattern that starts with an alternation of many phrases, a group or a
    look-behind is tried in full at every position. ``(?=[first characters])(?:pattern)`` matches
    exactly what the pattern matches (same spans, same groups) but fails at one character test where
    no match can start; one that opens with tests of width nought and one item of one character is
    rewritten so that the engine skips to candidates by itself (see :func:`_led_by_class`); in an alternation
    gated so, each alternative is led by its own first characters (see :func:`_led_alternatives`). A pattern
    that already fails that fast, one that can match the empty string, one with flags, or one that may
    start with any character is returned as it is (a :class:`_Rule`, compiled as written).
    """
    return _gated(rx, _tree(rx))


def gated_source(src: str) -> re.Pattern[str]:
    """:func:`gated` of the pattern ``src``, compiled once, in its gated form alone (``gated(re.compile(src))``
    would compile it twice, as written and gated)."""
    return gated(_Rule(src))


def _gated(rx: re.Pattern[str] | _Rule, tree: sre_parse.SubPattern | None) -> re.Pattern[str]:
    """:func:`gated` of ``rx``, parsed as ``tree`` (None: a pattern returned as it is, compiled as written)."""
    lead = None if tree is None else _lead_of(tree)
    if lead is None:
        return re.compile(rx.pattern, rx.flags) if isinstance(rx, _Rule) else rx
    tree, chars = lead
    led = _led_by_class(rx.pattern, tree, chars)
    if led is not None:
        return led
    try:
        return re.compile(f"(?=[{chars}])(?:{_led_alternatives(rx.pattern)})")
    except re.error:  # (an alternative the rewriting cannot stand alone in: the pattern as it is, gated)
        return re.compile(f"(?=[{chars}])(?:{rx.pattern})")


def _lead(src: str) -> tuple[sre_parse.SubPattern, str] | None:
    """The parsed pattern ``src`` and the source of the class of the characters its matches start with; None
    when it already fails fast (:func:`_fails_fast`), may match the empty string or may start with any character."""
    tree = _tree(_Rule(src))
    return None if tree is None else _lead_of(tree)


def _lead_of(tree: sre_parse.SubPattern) -> tuple[sre_parse.SubPattern, str] | None:
    """:func:`_lead` of the parsed pattern ``tree``."""
    if _fails_fast(tree.data):
        return None
    try:
        items, nullable = _first_items(tree.data)
    except _Unbounded:
        return None
    chars = None if nullable or not items else _class_source(items)
    return None if chars is None else (tree, chars)


def _class_source(items) -> str | None:
    """The source of a character class of the class items ``items`` (literals, ranges, categories), or None."""
    parts: list[str] = []
    for op, av in items:
        if op is sre.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is sre.RANGE:
            parts.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is sre.CATEGORY and av in _CATEGORY_CLASS:
            parts.append(_CATEGORY_CLASS[av])
        else:
            return None
    return "".join(dict.fromkeys(parts))


def _led_alternatives(src: str) -> str:
    """``src``, an alternation, with each alternative that the engine would try in full at a candidate position
    made to fail at one character test where it cannot match: led by the class of its first characters as
    :func:`_led_by_class` leads a pattern (the engine passes over an alternative led by a class or a literal that
    the character there is not in), else behind a look-ahead on that class. An alternative that is a group of
    alternatives (``(?P<target>…|…)``) is read inside. The spans and groups of every match are the same: on a
    pattern of many cue phrases (the status words of a sentence, its periods) the engine tries at each candidate
    the few alternatives that may start there instead of all."""
    parts = _top_alternatives(src)
    if len(parts) == 1:  # a group of alternatives opening the pattern (``(?:连续|前|过去)…``): its alternatives
        opener, end = _opening_group(src)
        return src if opener is None else f"{opener}{_led_alternatives(src[len(opener):end])}{src[end:]}"
    return "|".join(_led_alternative(part) for part in parts)


def _led_alternative(src: str) -> str:
    """One alternative of :func:`_led_alternatives`, led by the class of its first characters where it can be."""
    if _group_opener(src) is not None:
        return _led_alternatives(src)
    lead = _lead(src)
    if lead is None:
        return src
    tree, chars = lead
    led = _led_by_class(src, tree, chars)
    return led.pattern if led is not None else f"(?=[{chars}])(?:{src})"


def _marks(src: str) -> Iterator[tuple[int, str, int]]:
    """Each parenthesis and bar of the pattern ``src`` outside character classes and escapes: its place, the
    mark, and the depth of groups after it."""
    depth, i = 0, 0
    while i < len(src):
        ch = src[i]
        if ch == "\\":
            i += 1
        elif ch == "[":
            i = _class_end(src, i)
        elif ch in "()|":
            depth += (ch == "(") - (ch == ")")
            yield i, ch, depth
        i += 1


def _top_alternatives(src: str) -> list[str]:
    """The alternatives of ``src`` at its top level (split at each ``|`` outside groups and classes)."""
    cuts = [i for i, ch, depth in _marks(src) if ch == "|" and depth == 0]
    return [src[a + 1:b] for a, b in zip([-1, *cuts], [*cuts, len(src)], strict=True)]


def _class_end(src: str, i: int) -> int:
    """Where the character class opened at ``src[i]`` closes."""
    i += 1
    if src[i:i + 1] == "^":
        i += 1
    if src[i:i + 1] == "]":
        i += 1
    while i < len(src) and src[i] != "]":
        i += 2 if src[i] == "\\" else 1
    return i


_GROUP_OPENER = re.compile(r"\(\?:|\(\?P<\w+>|\((?!\?)")


def _group_opener(src: str) -> str | None:
    """The opener of the group ``src`` is wholly (``(?:``, ``(?P<name>``, ``(``), else None."""
    opener, end = _opening_group(src)
    return opener if end == len(src) - 1 else None


def _opening_group(src: str) -> tuple[str | None, int]:
    """The opener of the group ``src`` opens with (``(?:``, ``(?P<name>``, ``(``) and where its closing parenthesis
    stands; (None, -1) when ``src`` opens with none."""
    m = _GROUP_OPENER.match(src)
    if m is None:
        return None, -1
    end = next((i for i, ch, depth in _marks(src) if ch == ")" and depth == 0), -1)
    return (None, -1) if end < 0 else (m.group(), end)


def _led_by_class(src: str, tree, chars: str) -> re.Pattern[str] | None:
    """``src`` as ``[chars](?<=head)rest`` when the pattern opens with tests of width nought and then one
    item that matches one character (``head``: ``(?<![比较])(?:去|上|今)``), else None. The class consumed
    first lets the engine skip to candidate positions by itself (a look-ahead is tried at every one); the
    look-behind then reads that character as the pattern reads it, so the spans and groups are the same."""
    data = tree.data
    k = 0
    while k < len(data) and sre_parse.SubPattern(tree.state, data[k:k + 1]).getwidth() == (0, 0):
        k += 1
    if k >= len(data) or sre_parse.SubPattern(tree.state, data[k:k + 1]).getwidth() != (1, 1):
        return None
    for end in _top_level_ends(src):  # where the source of those first k + 1 items ends
        if src[end:end + 1] in ("*", "+", "?", "{"):
            continue
        try:
            head = sre_parse.parse(src[:end])
            if len(head.data) != k + 1 or head.getwidth() != (1, 1):
                continue
            rest = sre_parse.parse(src[end:])
        except re.error:
            continue
        if len(rest.data) == len(data) - k - 1:
            try:
                return re.compile(f"[{chars}](?<={src[:end]}){src[end:]}")
            except re.error:
                return None
    return None


def _top_level_ends(src: str) -> Iterator[int]:
    """Each place in ``src`` that ends a head of it that can parse: outside groups, character classes and escapes
    (a head cut anywhere else is not a pattern, so the pattern is parsed at these places alone)."""
    depth, i = 0, 0
    while i < len(src):
        ch = src[i]
        if ch == "\\":
            i += 1
        elif ch == "[":
            i = _class_end(src, i)
        elif ch in "()":
            depth += (ch == "(") - (ch == ")")
        i += 1
        if depth == 0:
            yield min(i, len(src))


_NEWLINE = ord("\n")
_LINE_CATEGORIES = (sre.CATEGORY_DIGIT, sre.CATEGORY_WORD, sre.CATEGORY_NOT_SPACE)  # classes without \n


def _may_cross_lines(items) -> bool:
    """Whether any part of the pattern ``items`` (look-arounds included) may match a line break or
    test a position (^, $, \\b): then a match may depend on the text beyond its own line."""
    for op, av in items:
        if op is sre.LITERAL:
            if av == _NEWLINE:
                return True
        elif op is sre.IN:
            negated = bool(av) and av[0][0] is sre.NEGATE
            body = av[1:] if negated else av
            has_nl = any(o is sre.LITERAL and a == _NEWLINE or o is sre.RANGE and a[0] <= _NEWLINE <= a[1]
                         or o is sre.CATEGORY and a not in _LINE_CATEGORIES for o, a in body)
            if has_nl != negated:
                return True
        elif op is sre.SUBPATTERN:
            if _may_cross_lines(av[3].data):
                return True
        elif op in (sre.ASSERT, sre.ASSERT_NOT, sre.ATOMIC_GROUP):
            if _may_cross_lines((av[1] if op is not sre.ATOMIC_GROUP else av).data):
                return True
        elif op is sre.BRANCH:
            if any(_may_cross_lines(b.data) for b in av[1]):
                return True
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            if _may_cross_lines(av[2].data):
                return True
        else:  # any character, a position test, a back reference …
            return True
    return False


def _needed_chars(items) -> frozenset[str] | None:
    """A few characters one of which every match of ``items`` holds (the fewest found), or None."""
    best: frozenset[str] | None = None
    for op, av in items:
        need: frozenset[str] | None = None
        if op is sre.LITERAL:
            need = frozenset(chr(av))
        elif op is sre.IN and all(o is sre.LITERAL for o, _ in av):
            need = frozenset(chr(a) for _, a in av)
        elif op is sre.SUBPATTERN:
            need = _needed_chars(av[3].data)
        elif op is sre.ATOMIC_GROUP:
            need = _needed_chars(av.data)
        elif op is sre.BRANCH:
            parts = [_needed_chars(b.data) for b in av[1]]
            need = None if any(p is None for p in parts) else frozenset().union(*parts)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            need = _needed_chars(av[2].data)
        if need is not None and (best is None or len(need) < len(best)):
            best = need
    return best


def needed_chars(rx: re.Pattern[str]) -> frozenset[str] | None:
    """A few characters one of which every match of ``rx`` holds (the fewest found), or None when no such
    list is found: a string that holds none of them holds no match."""
    if rx.flags & ~re.UNICODE:
        return None
    try:
        return _needed_chars(sre_parse.parse(rx.pattern).data)
    except re.error:
        return None


@cache
def _line_needles(rx: re.Pattern[str]) -> str | None:
    """The characters one of which every match of ``rx`` holds, when no match can reach beyond its
    line; else None."""
    if rx.flags & ~re.UNICODE:
        return None
    try:
        tree = sre_parse.parse(rx.pattern)
    except re.error:
        return None
    if _may_cross_lines(tree.data):
        return None
    need = _needed_chars(tree.data)
    return "".join(sorted(need)) if need else None


def lines_beside(text: str, a: int, b: int) -> tuple[str, str, int, int]:
    """The lines next to the line ``text[a + 1:b]`` (``a`` its line break, ``b`` its end) over any blank lines:
    the last line before it that is not blank, the first after it ('' when none), the line break that ends
    the one and the line break before the other (``len(text)`` when none); blank lines stand between when
    these are not ``a`` and ``b``."""
    p = a
    while (ls := text.rfind("\n", 0, p) + 1) > 0 and not text[ls:p].strip():
        p = ls - 1
    q = b
    while q < len(text) and not text[q + 1:(e := line_end(text, q + 1))].strip():
        q = e
    after = text[q + 1:line_end(text, q + 1)] if q < len(text) else ""
    return text[text.rfind("\n", 0, p) + 1:p], after, p, q


def line_end(text: str, a: int) -> int:
    """Where the line holding ``a`` ends (its line break, or the end of the text)."""
    e = text.find("\n", a)
    return len(text) if e < 0 else e


def scan_lines(rx: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)``, reading only the lines that can hold a match.

    For a pattern every match of which holds one of a few characters (``/`` of a fraction, ``:`` of
    a ratio) and that neither matches nor tests a line break, a match lies within one line that
    holds such a character: the scan reads those lines alone (each with its line break, so a
    look-ahead at the line's end sees what it would see in the whole text). The matches are the
    same, in the same order; other patterns are scanned over the whole text. The characters are
    found with ``str.find`` (each one's next position kept until the scan passes it), not with a
    character class the engine tests at every position.
    """
    needles = _line_needles(rx)
    if needles is None:
        yield from rx.finditer(text)
        return
    n = len(text)
    ahead = {ch: text.find(ch) for ch in needles}  # the next position of each character (-1: none left)
    pos = 0
    while pos < n:
        hit = n
        for ch, at in ahead.items():
            if 0 <= at < pos:
                at = ahead[ch] = text.find(ch, pos)
            if 0 <= at < hit:
                hit = at
        if hit == n:
            return
        a = text.rfind("\n", pos, hit) + 1 or pos
        b = text.find("\n", hit + 1)
        b = n if b < 0 else b + 1
        yield from rx.finditer(text, a, b)
        pos = b


_YEAR_PART_ENDS = ("半年", "季度")  # the ends of the period words that name a part of a year
PP_WORD = "百分点"  # the word every elided percentage-point unit ends with (elided_pp)


class Ahead:
    """Whether one of ``words`` occurs in ``text`` at or after a position, for positions asked in rising
    order (mostly): the text is searched again only once the position passes the occurrence found last.
    A pattern that must match one of the words somewhere after its start finds nothing where none lies
    ahead (2、3 before no 版, 、4 before no 百分点), and is then not run."""

    __slots__ = ("text", "rx", "since", "at")

    def __init__(self, text: str, words: Iterable[str]) -> None:
        self.text = text
        self.rx = re.compile(_alt(w for w in words if w))
        self.since, self.at = len(text) + 1, -1  # the occurrence at or after ``since`` (-1: none)

    def after(self, pos: int) -> bool:
        """Whether one of the words starts at ``pos`` or later."""
        at = self.at
        if at >= pos:
            return True
        if at < 0 and pos >= self.since:
            return False  # none at or after an earlier position
        m = self.rx.search(self.text, pos)
        self.since, self.at = pos, at = pos, (m.start() if m else -1)
        return at >= 0


class AnyChar:
    """The first characters of a pattern that may start with any: every character is one."""

    __slots__ = ()

    def __contains__(self, ch: object) -> bool:
        return True


ANY_CHAR = AnyChar()


def _gate_fields(views):
    """``views`` with every pattern field (and every pattern of a tuple of pairs) :func:`gated` (a :class:`_Rule`
    compiled in its gated form alone), and the first characters of each pattern field in ``starts`` and the last
    characters of the strings it can be found in, in ``ends`` (when the views have those fields): a caller tests
    one character before it runs a pattern that fails at most positions, or at every position of a string that
    ends otherwise. Each pattern is parsed once for all three."""
    changes = {}
    starts: dict[str, frozenset[str] | AnyChar] = {}
    ends: dict[str, frozenset[str] | AnyChar] = {}
    for f in dataclasses.fields(views):
        v = getattr(views, f.name)
        if isinstance(v, (re.Pattern, _Rule)):
            tree = _tree(v)  # (parsed once for the gate, the first and the last characters)
            changes[f.name] = _gated(v, tree)
            starts[f.name] = _first_class(tree) or ANY_CHAR
            ends[f.name] = _last_class(tree) or ANY_CHAR
        elif isinstance(v, tuple) and v and all(isinstance(x, tuple) and x and isinstance(x[0], (re.Pattern, _Rule))
                                                 for x in v):
            changes[f.name] = tuple((gated(x[0]), *x[1:]) for x in v)
    if any(f.name == "starts" for f in dataclasses.fields(views)):
        changes["starts"], changes["ends"] = MappingProxyType(starts), MappingProxyType(ends)
    return dataclasses.replace(views, **changes)


@dataclass(frozen=True, slots=True)
class CueViews:
    """Every compiled rule of the extractor; one instance per process (:func:`compiled`)."""

    # units and qualifiers
    unit_re: re.Pattern[str]
    unit_first: frozenset[str] | None  # the characters a non-empty match of unit_re may start with (None: any)
    per_unit: re.Pattern[str]  # /亩, /万元, /日 after a unit: what the unit is given per (公斤/亩), part of the unit
    unknown_unit: re.Pattern[str]  # a short word after a number that no unit list knows (斤, 羽): read as its unit
    unknown_unit_first: frozenset[str] | None  # the non-Han characters it may start with (None: any)
    unknown_unit_reject: tuple[str, ...]
    counted_noun: re.Pattern[str]  # a noun that says what a bare number counts (1.5亿学生, 上千万家庭)
    counted_nouns: Mapping[str, str]
    counted_name_ends: Mapping[str, str]  # …人次, …人数: a name that says what its bare 万 counts
    counted_noun_far: re.Pattern[str]  # 1亿[农业转移]人口, 960多万[建档立卡贫困]人口: a counted noun after a short modifier
    counted_noun_end: re.Pattern[str]  # 农村贫困人口减少1240万: a name that ends with a counted noun
    counted_size_end: re.Pattern[str]  # 常住人口规模达到80万: a name that ends with a counted noun or the size of its number
    units: Mapping[str, tuple[str, str]]  # printed unit word → (kind, base unit)
    unit_fractions: Mapping[str, Decimal]  # printed unit word → the base units one is (毛钱: 0.1 元)
    q_before_re: re.Pattern[str]
    q_before_last: frozenset[str]  # the last characters of the words q_before_re ends with (a cheap pre-check)
    q_before_span: int  # the length of the longest of those words: how far back q_before_re need look
    q_before: Mapping[str, str]
    q_after_re: re.Pattern[str]
    q_after_first: frozenset[str]  # the characters q_after_re may start with
    q_after: Mapping[str, str]
    over_suffixes: tuple[str, ...]
    half_units: frozenset[str]  # 六倍半, 十三斤半: a half after these units is part of the number
    half_word: str
    over_inside_units: frozenset[str]  # 个多百分点: a unit with the 多 of its figure inside
    approx_prefix_qualifiers: Mapping[str, str]
    approx_subject_chars: str
    pp_not_over: frozenset[str]
    point_units: frozenset[str]  # pp, 千分点: a figure in these is a difference of two rates (pp_diff)
    rate_point_units: Mapping[str, str]  # ‰ → 千分点: a change of a rate (…率) in ‰ is one in per-mille points
    rate_name_ends: tuple[str, ...]  # 率
    person_rate_ends: tuple[str, ...]  # 参保率, 救助比例: a group of persons' rate, not their count
    not_about_before: frozenset[str]
    not_about_after: frozenset[str]  # 约定, 约束, 约谈: 约 opening a word is not the qualifier either
    spoken_magnitude: re.Pattern[str]  # the 个 of 3个亿 (a raw unit less it is a bare magnitude)
    pass_bound_words: Mapping[str, str]  # 过, 破 right before a figure with a magnitude: over
    pass_bound_not_after: frozenset[str]
    qualifier_phrase: re.Pattern[str]
    whole_qualifier: re.Pattern[str]  # 超过全球[一半]: the qualifier word and the whole right before a share word
    qualified_verb: re.Pattern[str]  # 约增长, 至少节约, 大约损失工业总产值: the qualifier word before the verb (and its object) before a figure
    minus_after: re.Pattern[str]
    range_dash_after: re.Pattern[str]  # 3万-5万人, 10亿—12亿元, 20家-30家: a figure and its magnitude or unit before a dash
    minus_word: re.Pattern[str]  # 人口自然增长率为负0.5‰: 负 as the sign of the number right after it
    colloquial_point: re.Pattern[str]  # 增速回落1.2个点: the 点 after 个 of a colloquial 个百分点
    colloquial_point_lead: re.Pattern[str]  # the move or gap word right before it (确定故宫周边等10个点: places)
    elided_pp: re.Pattern[str]  # 分别收窄3.1个[和6.5个百分点]: a counter whose unit comes later (PP_WORD, or a
    # basis point: 分别下降20个[和25个基点], the unit in group ``point``)
    point_words: tuple[str, ...]  # 百分点, 基点, BP: the words a figure in points ends with (an elided one looks ahead)
    point_place_words: tuple[str, ...]  # 基点: a basis-point word that may name places (not BP)
    point_fraction_rate: re.Pattern[str]  # 利率…: a rate before a basis point in its clause (else 基点 are places)
    # measures and signs
    growth_end: re.Pattern[str]
    decline_end: re.Pattern[str]
    growth_to: re.Pattern[str]
    pair_change_gap: re.Pattern[str]  # ，即增长 right after the B of 由2019年的A增加到2024年的B: B against A
    decline_to: re.Pattern[str]
    rate_move_to: re.Pattern[str]  # 增长速度由３％提高到(４％), 降幅由8%收窄至(5%): a growth rate moved, the value it reaches
    # (group ``rate``: a rate whose name holds a growth word moved, 人口自然增长率由1.2％下降到)
    pp_up: re.Pattern[str]
    dash_target: re.Pattern[str]  # the rest of a dash line after a target: …:预计…
    pp_down: re.Pattern[str]
    pp_narrowing: frozenset[str]
    bare_pp_change: re.Pattern[str]  # [提高]0.6个百分点 alone in its clause: the base of an item before it holds
    period_base: re.Pattern[str]  # 1-7月, 一季度, 上月: a base that is an earlier period of the same thing
    pp_widening: frozenset[str]
    fall_comparison_openers: tuple[str, ...]  # 低于全市 opening a clause of points: its subject the one before
    pp_judged: frozenset[str]  # 好于, 优于, 差于: better or worse, whatever a fall or a growth is compared
    decline_subject_words: tuple[str, ...]  # 降幅, 跌幅: a fall named as such
    decline_subject: re.Pattern[str]
    growth_subject: re.Pattern[str]
    completion_end: re.Pattern[str]
    completion_object: re.Pattern[str]
    completion_object_era: re.Pattern[str]
    completion_generic: tuple[str, ...]
    stock_task_words: Mapping[str, tuple[str, ...]]  # 保有量: (存栏, …): a stock task, and the stocks it is of
    share_end: re.Pattern[str]
    share_own: re.Pattern[str]  # 所占的比重 with no whole: part of the name (积累所占的比重)
    share_verb: str
    share_list_heads: tuple[str, ...]  # 支出, 投资: the head noun the later items of a list of shares leave out
    share_noun: str
    elapsed_time: re.Pattern[str]  # 时间过(四分之三): the year gone, named as the time progress
    elapsed_time_name: str
    fund_spent_subject: re.Pattern[str]  # (已)支出, 拨付, 使用: a subject that is only the spending of a fund
    transfer_part: re.Pattern[str]  # 市拨专款, 中央补助: money another level of government gives
    rank_re: re.Pattern[str]  # the last of two rank verbs (综合排名位列全市第三: 排名 is the noun ranked)
    rank_verb_set: frozenset[str]  # 排名, 位居 …: a clause head that is one of them names nothing carried
    rank_scope: re.Pattern[str]  # 全市第二, 16区中排名第五: the group a rank is in, without a rank verb
    period_result_heads: tuple[str, ...]  # 使: a clause of what a deed brought about, in the deed's year
    period_compared_heads: tuple[str, ...]  # 比, 增长: a clause comparing the level just given, in its year
    period_result_stops: str  # the stops such a clause follows
    rank_praise_tail: re.Pattern[str]  # 增速连续三年位居全市前列: a rank with no figure ending a clause
    rank_name_tail: re.Pattern[str]  # 在全市16区中, 连续3年, 进入: the set ranked in, how long or the verb to a top place;
    # 成效明显，: a verdict on the thing ranked
    rank_move: re.Pattern[str]  # 提升2位, 回落1个位次: a move in a ranking
    rank_move_sign: Mapping[str, int]
    rank_move_units: frozenset[str]
    rank_move_place_units: frozenset[str]  # 名, a move in a ranking where rank_move_place finds the clause of one
    rank_move_place: re.Pattern[str]  # 较上年前移, 排名较上年上升
    comparator_pair: re.Pattern[str]  # 较一季度和1-5月(分别): the bases of a list, one per member
    comparator_pair_separator: re.Pattern[str]
    comparator_pair_after: re.Pattern[str]  # (分别)高于全市、全省: the bases of a list after its 分别
    period_list: re.Pattern[str]  # 一季度、上半年、前三季度 opening a 分别 clause: each member's period, in order
    prior_years_list: re.Pattern[str]  # 由前三年 ending a 分别 clause: the years before the sentence's, in order
    rank_verb_tails: frozenset[str]  # 世界排名由第十位, 排名进入前3名: words after a rank verb that are no group
    rank_within: re.Pattern[str]  # 在全市营商环境评价中排名: the group of a ranking of something in it
    rank_frame_name: re.Pattern[str]  # 连续两年在全市营商环境评价中[排名]: what is ranked, the assessment
    rank_frame_clause: re.Pattern[str]  # 在(scope)全市(name)营商环境评价中，(我区排名第二): a clause framing the ranks after it
    share_frame_clause: re.Pattern[str]  # 在(whole)工业总产值中，(农业所占比重…): a clause naming the whole of the shares after it
    share_place_wholes: frozenset[str]  # 占全国的: a whole that is only the place, which a frame (在…投资总额中) names better
    # (各种经济成分在工业总产值中所占的比重将变化如下：国营占…: and a list head before its colon)
    rank_assessment: re.Pattern[str]  # 综合(排名), 考核, 综合考评成绩: an assessment's bare name, whose owner it lacks
    rank_assessment_end: re.Pattern[str]  # 接诉即办综合: an assessment ending a longer name (search)
    rank_assessment_noun: str  # 综合[排名]全市第二: the noun an assessment named by an adjective (group adjective) takes
    rank_assessment_owner: re.Pattern[str]  # (name) “12345”市民服务热线: the service an assessment ranks, opening the sentence
    rank_verdict_clause: re.Pattern[str]  # 接诉即办工作成效显著，: the work a bare assessment after it is of
    rank_move_to: re.Pattern[str]  # 由第十位上升到(第五位): the rank a move ends at, after the one it starts from
    rank_move_to_last: tuple[str, ...]  # the last characters of its match
    rank_move_prior: re.Pattern[str]  # 由上年居世界第五位: the start of a rank move is of the year before
    all_words: tuple[str, ...]  # 均在全市排名第一, 都比上年增长８％: one figure for the things of the clauses before
    times_base_listed: re.Pattern[str]  # 是全市的4.1倍、全国的23.6倍: the base of a later multiple of a list
    abs_change_end: re.Pattern[str]
    abs_change_last: frozenset[str]
    abs_change_sign: Mapping[str, int]
    abs_change_words: tuple[str, ...]  # the words of abs_change_sign longer than one character (an item opening with one)
    abs_change_strong: frozenset[str]
    increment_change_words: frozenset[str]  # 同比多增: a change of an increment (本外币存款余额 → its 增量)
    increment_stock_nouns: tuple[str, ...]  # 存款, 贷款: stocks, whatever the end of their name
    increment_name_words: tuple[str, ...]  # 新增, 增量, 增加额: a name of an increment already, which takes no
    # increment_noun (the vocabulary's increment_name_words and increment_name_ends)
    increment_noun: str
    target_gap_words: frozenset[str]
    target_gap: re.Pattern[str]
    abs_change_uncompounded: frozenset[str]
    raise_end: re.Pattern[str]  # 劳动生产率提升: a growth before a percent (not 整治提升: one action)
    perfective: str
    adjust_end: re.Pattern[str]  # 压缩, 下调 (group cut) or 上调, 调增: a change of a set level
    reform_cut_end: re.Pattern[str]  # 中央政府定价项目减少: a reform's cut of items or time, a change of its own
    change_to_end: re.Pattern[str]  # 上升为, 下降为: a change verb with 为 ends at the value reached (as 上升到)
    cut_lead: re.Pattern[str]  # 全年压减一般性支出10%: a cut of the thing named after the verb
    bare_change: re.Pattern[str]
    comparison_word: re.Pattern[str]
    # comparators and periods
    comparators: tuple[tuple[str, str], ...]
    chain_base: str  # 上期: the base 环比 names
    chain_previous_periods: Mapping[str, str]  # 上半年 → 一季度: the period just before a period
    chain_cumulative_periods: tuple[str, ...]  # 上半年, 前三季度: summed from January
    chain_month: re.Pattern[str]  # 8月, 1-8月: a month, or the months from January to it
    comparator_end: re.Pattern[str]
    comparator_regex: tuple[tuple[re.Pattern[str], int], ...]
    comparison_cut: re.Pattern[str]
    plan_excess: re.Pattern[str]  # 超过原定的年度计划: the plan an outcome exceeds by the figure after it
    comparison_tail: re.Pattern[str]
    comparison_frame_ends: tuple[str, ...]  # 相比, 比较: what closes a frame of comparison (与2010年相比)
    comparison_frame_not_ends: tuple[str, ...]  # 之比, 同比: a ratio or a change ending as a frame does
    comparison_frame_leads: str  # 与, 同, 跟: what opens such a frame
    comparison_frame_joins: str  # 和: what opens one when no lead does
    comparison_frame_not_leads: tuple[str, ...]  # 同期, 合同: words holding a lead's character that open no frame
    owned_kind: re.Pattern[str]  # 国有, 非国有 ending a name: an ownership, its 有 no verb to strip
    spaced_digit: re.Pattern[str]  # 比1 9 8 0 年: the spaces a comparator is read without
    changed_clause: re.Pattern[str]  # 中央对地方一般性转移支付规模大幅增加、: an item of its own change
    front_comparator: re.Pattern[str]
    compared_year_head: re.Pattern[str]  # 一九八二年(预计) before 同…相比: the year a frame compares
    compared_plan_opening: re.Pattern[str]  # “六五”时期同“[五]五”时期相比，: the five-year period compared with
    event_date: re.Pattern[str]  # (一九五八年)十一月召开的: a time that dates an event after it
    year_base: re.Pattern[str]
    same_period: tuple[str, ...]
    scope_words: frozenset[str]
    item_owner_heads: tuple[str, ...]  # 政府, 全市, 居民: a later list item opening with one has an owner of its own
    wider_places: Mapping[str, tuple[str, ...]]  # a report's level → the whole places wider than its own
    wider_place_wholes: Mapping[str, str]  # 我国 → 全国: a wider place named as one's own, read as its whole
    scope_base_prefixes: str
    yoy_bases: tuple[str, ...]
    yoy_word: str  # 同比
    yoy_base: str  # 上年同期: the base 同比 names (同比增收, 同比提高2个百分点)
    prior_year_word: str  # 上年: the year before a yearless period (由上年同期的2.05:1 in 一季度 → 上年一季度)
    plain_yoy_bases: frozenset[str]  # 上年, 上年同期: the base of a growth that prints it or none (增长1.2%)
    outturn_base: re.Pattern[str]  # 上年预计数: last year's outturn or budget, shared by a bare growth after it
    year_outturn_suffix: re.Pattern[str]  # 决算数 after a year (比1955年决算数): that year's outturn
    period_re: re.Pattern[str]
    year_part_periods: frozenset[str]  # 上半年, 前三季度: the periods that are a part of a year (_YEAR_PART_ENDS)
    period_tail: re.Pattern[str]  # a time at the end of a name (地区生产总值上半年, …增加值1-): no part of it
    listed_numeral: re.Pattern[str]  # 一、二季度 → 一, 1、2月 → 1: a numeral listed alone, sharing the last item's word
    period_tail_shared: re.Pattern[str]  # 税收一、二季度: the numerals listed before such a time, sharing its word
    heading_period: re.Pattern[str]  # (一)2021年一般公共预算收支决算情况: the period a heading sets for its section
    period_tail_not_after: frozenset[str]  # …2000年底, 今年底: the time goes on before the match
    value_year: re.Pattern[str]  # 比一九五八年的三亿八千万吨: the year a level prints right before it, with 的
    last_year_word: str  # 去年: the year before the report's, as the time of one end of 由A到B
    next_year_word: str  # 明年: the year after the report's, as the time of an estimate's clause opening with it
    from_to_period: re.Pattern[str]  # 从2007年的639亿元增加到2012年的1923亿元: each end's own time
    year_frame: re.Pattern[str]  # 一九五四年比一九五二年医院病床增长…: two years that frame the clause, before its subject
    year_prior_frame: re.Pattern[str]  # 1979年比上年产值增长…: a year and the one before it, so (for the name only)
    period_not_after: tuple[str, ...]
    period_base_after: re.Pattern[str]  # 完成全年新增目标的: the period of the target, as before 目标 (period_not_after)
    year_event_frame: re.Pattern[str]  # 在一九五八年的大跃进中，: the event of the year after 在, a frame of its clause
    period_frame_connectives: frozenset[str]  # 而, 但: a frame led by these alone may open its clause with 的 (and
    # they lead the frames of period_frame)
    period_source_tails: tuple[str, ...]  # 的统计: a time before them is the date of a count, the period of the clause
    period_plan_basis_leads: tuple[str, ...]  # 根据: before a year whose plan (计划，) the clause follows: the year of its
    period_plan_basis_tails: tuple[str, ...]  # figures (根据1980年计划，积累率可能进一步降到30％左右)
    period_not_before: str
    reach_time_before: str  # 到2025年: a time to reach, not one gone by
    plan_span_opener: str  # 在“十三五”期间: the word that may lead a five-year period opening a clause
    plan_span_average_words: tuple[str, ...]  # 平均: an average over the span, not a value reached at its end
    from_time: re.Pattern[str]  # 由一季度 before its figure (由一季度下降8.5%转为…): the time of a from-value only
    period_base_years: tuple[str, ...]  # 比去年[全年]: a part of the year after a base year is of the base, no period
    period_base_scope: re.Pattern[str]  # 比全国[一九五五年][上半年]: a base naming its place (and year) before its period
    run_in_span: re.Pattern[str]  # 五年来城镇新增就业…: a span run into its sentence with no comma, held in it only
    former_time_opener: re.Pattern[str]  # 过去我国城乡市场的商品供应…，有些时期…票证多达几十种: a sentence of a time before the
    # one reviewed (no span counted after 过去, no present named later in its clause)
    milestone_passed: re.Pattern[str]  # ,突破 between a level and the round threshold it passed
    milestone_noun: re.Pattern[str]  # 大关, 新台阶 after that threshold
    milestone_verb_end: re.Pattern[str]  # 跨越, 跨越了 right before a threshold
    milestone_verb_last: frozenset[str]  # the last characters of the words milestone_verb_end ends with
    back_opener: re.Pattern[str]  # 其中，…; 已建成的主要有：…: a sentence going on with the figures of the one before
    rank_held: re.Pattern[str]  # 稳居, 连续多年居: a rank held over a span of years
    span_streak_heads: tuple[str, ...]  # 连续7年增产: a streak, no span of its own under a review frame
    streak_years: re.Pattern[str]  # 连续两年: a streak a rate held each year, group 1 its count of years
    open_streak: re.Pattern[str]  # 连续若干年: a run of years of no stated count
    streak_held: re.Pattern[str]  # 连续5年超: the streak (group held) a value reached each year of it, ending a clause
    summed_span: re.Pattern[str]  # 连续三年累计投入: the span of years an amount sums, group k its count
    plan_first_years: re.Pattern[str]  # “十一五”前四年: the first years of a five-year plan (groups: the plan when named, the years)
    span_heads: tuple[str, ...]  # 今后三年内, 前四年内: the span word keeps them, a span ahead or back
    period_numeral_head: frozenset[str]  # 五年内, 二〇〇三年底: a period word led by 年 keeps its numerals (also read
    # as a period printing numerals of its own)
    annual_plan_level: re.Pattern[str]  # 完成年初预算[245800万元]: the plan of the whole year before a level
    year_part_period: re.Pattern[str]  # 上半年, 1-6月, 2020年上半年: a period that is a part of a year
    short_of_year: re.Pattern[str]  # 一季度, 上半年, 截至6月末 in a period: a time ending before the year's end
    prior_year_level: re.Pattern[str]  # 比上年同期[144987万元]: the level of the same period a year before
    period_year_parts: frozenset[str]  # 年末, 年底 …: 2021年 carried down gives 2021年末
    period_bare_year: re.Pattern[str]
    period_clause_year: re.Pattern[str]  # 1 9 9 7 年，…; 一九五九年，…: a year in spaced digits or Chinese numerals
    period_clause_span: re.Pattern[str]  # 从1979年到1983年，…: the span of years a clause opens with
    period_frame: re.Pattern[str]  # 而一九五八年比一九五七年，; 在一九六○年; 根据一九五三年底的统计: a year
    # a clause frame sets (group y, or c before a comparison year), the frame word no part of it
    period_inner_frame: re.Pattern[str]  # 赫鲁晓夫在一九六○年突然…: a year within a clause, for that clause
    period_inner_year: re.Pattern[str]  # 工业总产值一九七七年比一九七六年增长…: a year before the verb,
    # or before a name compared with a year (原定2000年国民生产总值比1980年翻两番), for its clause
    period_inner_span: re.Pattern[str]  # 超过了1953年到1978年的二十六年间平均每年增长…: a span before the verb
    plan_time: re.Pattern[str]  # “十四五”时期, 今后五年, 到2025年, 今年: the time a target of a plan part speaks of
    span_period: re.Pattern[str]  # 五年来, 今后五年, 五年内: a period that is a span of years
    span_back_since: frozenset[str]  # 来, 以来 (五年来): a span counted back to the year reviewed
    span_during: frozenset[str]  # 中, 中间, 间, 里 (四年中): an outcome's span, counted back to the year reviewed
    span_this: str  # 这 (这十年中): a span pointed back to, the years the text just compared
    span_compared_years: re.Pattern[str]  # 一九七四年…比一九六四年: a clause comparing a year with an earlier one
    span_opener: re.Pattern[str]  # 这两年中，: a sentence opening with a span of years
    year_end: re.Pattern[str]  # 年末, 年底 in a figure's own clause (not 比上年末, 年底前)
    named_year_end: re.Pattern[str]  # 去年末, 今年底, 明年年底前 (group last: of the year before; next: of the year after;
    # before: the 前 of a time by which)
    named_year_end_opening: re.Pattern[str]  # 到明年底，…: a sentence opening with such a year end, the time of its figures
    named_year_part: re.Pattern[str]  # 今年1-2月, 去年第四季度 (group last: of the year before; group part)
    named_month_frame: re.Pattern[str]  # 到去年十一月 (groups lead, last, month, end)
    year_end_measures: frozenset[str]
    year_end_opening: re.Pattern[str]  # 年末全区户籍人口…,其中:城镇人口…: the year's end holds to the sentence's end
    year_end_opening_measures: frozenset[str]
    year_end_base_heads: tuple[str, ...]  # 比, 较 opening a change's clause (…，比上年末增加４６６亿美元)
    year_end_base_ends: tuple[str, ...]  # a base at a year's end or start (上年末, 2000年底, 年初)
    year_end_words: tuple[str, ...]  # 年底, 年末: the end of a year (1955年底) or a bare year's end
    whole_year_periods: frozenset[str]
    whole_year_word: str  # 全年, the first of them: the time given a year's plan or task when no year is printed
    year_goal_after: re.Pattern[str]  # 增长6%左右的目标: a goal named right after a figure (its year's: _resolve_period)
    year_goal_verbs: tuple[str, ...]  # 完成, 实现 (achieve_verbs) before a goal's figure in its clause
    year_goal_verb_periods: frozenset[str]  # 下半年: where 完成…的目标 names the year's goal
    year_plan_lead: re.Pattern[str]  # 区级重点项目年度计划投资[85亿元]: a target of the year's plan, of the year
    year_count_lead: re.Pattern[str]  # 年度86项重点任务已完成51项: a count of the year's (86), of the whole year
    this_year_words: frozenset[str]
    required_span: re.Pattern[str]  # 十二年内: a span ahead a requirement may set (fullmatch of a period)
    span_requirement: re.Pattern[str]  # 纲要要求…在: 要求 ending a window right before such a span
    subject_year: re.Pattern[str]  # 基本建设1979年交付使用的…: a year inside the subject opening a sentence (``year``)
    now_opening: re.Pattern[str]  # 现在我们要…, 今后…: a sentence or a later clause of one of the time of the report or
    # after it, holding no period named before it
    vague_span_opening: re.Pattern[str]  # 这几年，…: a sentence of some recent years, holding no period named before it
    period_pointer_opening: re.Pattern[str]  # 在这个期间，…: a sentence of the time the sentence before names
    closing_year_clause: re.Pattern[str]  # …，一九七八年仍然夺得了丰收。: a sentence ending in a clause of a year (``y``)
    present_bases: frozenset[str]  # 现在, 目前: bases of the present, a figure compared with one is yet to come
    present_base_words: tuple[str, ...]  # the same words, for a test of the words a text has at a place
    year_whole_words: frozenset[str]  # 全年, 年内: the year its part of the report reviews or plans, when known
    same_year_word: str  # 当年: the year the sentence speaks of, or the part of it a date before it says so far
    year_whole_named: re.Pattern[str]  # 1979年全民所有制职工全年工资总额, 去年全年: the year the sentence names before it
    this_year_head: re.Pattern[str]  # …已开工的57个项目要加快建设，今年再开工27个项目: 今年 heading a later clause
    remainder_head: re.Pattern[str]  # 已完成20个，其余15个项目力争年底前全部完工: the rest, not done
    elapsed_head: re.Pattern[str]  # 全年一般公共预算收入预期增长5%，上半年增长8.1%: the time gone by heading a later
    # clause of a report of part of a year
    estimate_base_after: re.Pattern[str]  # 以2022年预计完成数为基数: the estimate is the base a plan is set on
    month_after_year: re.Pattern[str]  # 截至2023年6月底: a month after the year named
    rest_of_year_head: re.Pattern[str]  # 截至6月底，已签约项目12个，下半年再签约10个以上: the rest of the year
    # heading a later clause of a report of part of a year
    share_use_lead: re.Pattern[str]  # 其中/的 before a share put to a use (其中80%用于民生, 支出的80%用于民生)
    share_use_after: re.Pattern[str]  # 用于…/来自… to the clause's end after the share: where it goes or comes from
    # (87%用于支持中西部地区, 国家财政收入的６０％以上来自国有企业)
    generic_amount_name: re.Pattern[str]  # 中央财政安排资金: a name of an amount by its payer and spending only
    amount_purpose_after: re.Pattern[str]  # ，用于… to the clause's end after such an amount (430亿元，用于补助…)
    amount_for_this: re.Pattern[str]  # 为此 in the clause of a payer's amount: it pays for a programme a clause before names
    enacted_purpose: re.Pattern[str]  # 启动[西部地区“两基”攻坚计划]: a clause ending by the programme it sets up or carries out
    amount_purpose_before: re.Pattern[str]  # 为…， opening the sentence of such an amount (为加快社会保障体系建设，)
    aid_amount_name: re.Pattern[str]  # 中央财政补贴资金: an amount of subsidy named only by its payer
    programme_state_before: re.Pattern[str]  # 农机具购置补贴覆盖到全国所有农牧业县(场),: a programme and how far it stands
    amount_input_before: re.Pattern[str]  # 进一步增加社会保障投入，: an input or subsidy raised, the amount's name
    modifier_actual: re.Pattern[str]  # 落实已出台的…政策，加上取消…100项收费: 已 of a modifier holds in its clause
    review_opener: re.Pattern[str]  # 2022年是…, 过去一年, 五年来 opening a line of a review: its frame
    frame_stock_reach: re.Pattern[str]  # (…，)铁路营业里程达到: a clause reaching a level, not a sum (累计达到)
    sentence_last_year: re.Pattern[str]  # 去年 opening a sentence: the year reviewed
    sentence_present: re.Pattern[str]  # 现在，opening a sentence (match at its start): the end of a span reviewed
    sentence_opening_time: re.Pattern[str]  # 过去一年 (group last) or another time (今年) opening a sentence
    review_heading_frame: re.Pattern[str]  # 一、一年来工作回顾, 一、过去五年工作回顾, “六五”计划执行情况的回顾
    heading_bare_year: re.Pattern[str]  # a year a heading names (also in Chinese numerals)
    span_frame_not_before: tuple[str, ...]  # 五年计划, 三年行动, 九年义务教育: a plan, a campaign, a schooling, not a span of time
    heading_five_year_plan: re.Pattern[str]  # 第一个五年计划, “七五”时期: the plan a heading or a period names
    date_onward: re.Pattern[str]  # 从2002年1月1日起 opening a sentence: the date the figures after it hold from
    year_onward: re.Pattern[str]  # 从1999年起 (group ``year``): the first year of the span a move after it is over
    past_point: re.Pattern[str]  # 五年前, 制度建立之初 as a whole comparator: a base that is a time before the one spoken of
    from_ago: re.Pattern[str]  # 由五年前的 before the A of 由A到B (group ``ago``): of that many years before the report's
    from_prior: re.Pattern[str]  # 由上年的 before the A of 由A到B: of the year before B's
    year_span: re.Pattern[str]  # 从1950年到1954年: the years of the A and the B of 由A到B after it
    # opening a clause
    # status
    status_cue: re.Pattern[str]  # every status word at once: the group (target, estimate, actual) says which
    target_after: re.Pattern[str]  # 达到一百斤的指标, 减少员额一百万的任务: a target or task named right after the figure
    plan_basis_before: re.Pattern[str]  # 按… before a figure a budget or plan is set by (赤字率按[3%]安排)
    plan_basis_after: re.Pattern[str]  # 安排, 编制 right after it: the figure sets the plan
    evidence_frame: re.Pattern[str]  # 调查显示: the source a clause's figure is shown by, no part of its name
    insured_rate_names: frozenset[str]  # 参保率: the share insured of the scheme the count of persons before it names
    insured_count_heads: tuple[str, ...]  # 参加 opening a count of persons insured, before its scheme
    insured_count_ends: tuple[str, ...]  # 参保人数 ending a count of persons insured, after its scheme (longest first)
    insured_scheme_trailers: tuple[str, ...]  # 人数 after the scheme a 参加 count names (参加…养老保险人数)
    insured_scheme_words: tuple[str, ...]  # 保险, 医保, 合作医疗: a scheme names an insurance (参加各类培训 is none)
    unit_coverage_names: frozenset[str]  # 覆盖率: a coverage named only so, of the units the clause before counts
    unit_state_names: frozenset[str]  # 完好率: a state named only so, of the stock of units the clause before counts
    unit_state_doing: re.Pattern[str]  # 维修, 检查 opening the name of units counted: units done to, no stock a state is of
    added_owner_heads: tuple[str, ...]  # 新增: a flow named by it and a noun alone is of the stock the clause before names
    owned_stock_ends: tuple[str, ...]  # 规模, 容量: the end of that stock's name after the noun
    owned_measure_clause: re.Pattern[str]  # 覆盖面逐步扩大: a clause of a measure of what the clause before it names
    consequence_after: re.Pattern[str]  # ，将会: a future consequence right after the figure (match)
    hypothesis: re.Pattern[str]  # 如果…就可以: a condition, then (group then) what would follow from it
    deed_amount: re.Pattern[str]  # 赔付金额: the amount of a deed named by its verb
    average_cut: re.Pattern[str]  # 平均降幅: the average cut of many goods' prices, a change of its own
    average_cut_goods: re.Pattern[str]  # 价格, 药品, 集采 …: the goods or prices it is of, in its sentence
    price_change_end: re.Pattern[str]  # 降价, 提价 ending the clause before a percentage: a change of a price
    priced_goods_after: re.Pattern[str]  # 供应新式农具: the goods sold, after the figure (group goods)
    stretch_after: re.Pattern[str]  # 增长5%左右,力争达到6%: a stretch goal right after the figure, raising it
    target_after_listed: re.Pattern[str]  # 能耗降低4%左右、…减少2%的目标: the target word closing the list the figure opens
    target_bracket_before: re.Pattern[str]  # 完成规划目标（3000个）的76.7%: a target's figure in brackets after it
    target_compared: re.Pattern[str]  # 略低于[8％的预定目标]: an outcome compared with its target
    cap_after_outcome: re.Pattern[str]  # 失业率2.1%，[控制在]3.5%以内: the bound an outcome is held within, right after it
    now_reached: re.Pattern[str]  # 提高到[现在的]1721元: a value reached now, in a review of the year reviewed
    present_stock: re.Pattern[str]  # 我国60岁以上人口[已达]2.5亿, [已设]21个: a stock standing now, of the year (or span) reviewed
    span_reached: re.Pattern[str]  # 工业增加值[突破]40万亿元 under 过去五年: a level reached, of the span's last year
    share_whole_reached: re.Pattern[str]  # 在校学生[已接近高中阶段学生人数的]百分之五十: a share reached, its whole between
    span_sum: re.Pattern[str]  # [累计]减税超过2万亿元: a figure that sums the years of its span
    share_reached_after: re.Pattern[str]  # 71%[的煤电机组实现]超低排放: the share of units in a state reached
    time_basis: re.Pattern[str]  # 平均每天, 每月: a basis of time printed with a figure, kept in its name (日均, 月均)
    time_basis_names: Mapping[str, str]  # 平均每天 → 日均
    reach_object_name: re.Pattern[str]  # [惠及][企业]2860家: a count of what a verb reaches, named verb + 的 + noun
    touch_verb: re.Pattern[str]  # 涉及 opening the clause of a count: [涉及][企业]860户 → 涉及的企业
    aside_count_lead: re.Pattern[str]  # 涉及, 惠及, 覆盖 opening a clause that counts what the works before touch
    touch_payer_verbs: re.Pattern[str]  # 发放, 办理, 减免: a verb of paying or doing in the clause of a sum, which then
    # touches the things a 涉及 after it counts (发放援企稳岗补贴8640万元，涉及职工11.7万人; 罚没款1200万元 touches none)
    span_flow_rates: tuple[str, ...]  # 贡献率 under 过去五年: a rate of a flow, of the span
    span_stock_shares: tuple[str, ...]  # 在校生占…的56% under 五年来: a share of a stock, of the span's end
    span_level_words: tuple[str, ...]  # 里程, 保有量: a stock or a yearly level
    span_flow_words: tuple[str, ...]  # 新增, 投入, 改造, 建成: what flows over the years (its verbs too, but those
    # of span_level_words, as 覆盖, whose object is a state reached)
    whole_people: frozenset[str]  # 人口, 人民, 中国人: the whole people of a place, a stock standing now
    reckoning: re.Pattern[str]  # 初步测算: an estimate whose reach is its whole sentence
    period_then: re.Pattern[str]  # 仅2023年[就]新增…: the 就 that stresses the period before it
    estimate_scope_end: re.Pattern[str]  # ，加上调入资金等，: a clause that ends the reach of 预计 before it
    estimate_head_lead: re.Pattern[str]  # 根据(预计，…；…): the words an estimate word opening its sentence may follow
    target_measure_taken: re.Pattern[str]  # 优先保证轻工业生产的措施，: a target word inside the name of a measure
    status_base_before: re.Pattern[str]  # 比全国…的[计划]用棉量: a plan word inside the base a figure is compared with
    status_cue_not_after: re.Pattern[str]  # a status word right after these is an object (完成年计划, 高于预期目标,
    # 超过原定的年度计划: further on after a word that compares, with no figure between)
    budget_end: re.Pattern[str]
    counted_budget_end: re.Pattern[str]  # 部门预算[86个]: a count of the budgets, no budget's figure
    solve_before: re.Pattern[str]  # 解决(了), 完成: the verb before a count of persons whose problem it solves (or task it completes)
    problem_after: re.Pattern[str]  # (农村人口)的饮水困难, 脱贫任务, 饮水安全[和…问题], [家庭和…的]住房问题: the problem after that count
    problem_solved_after: re.Pattern[str]  # 农村人口解决了安全饮水问题, 农村人口饮水安全问题得到解决: after the count
    problem_default_noun: str  # the name's noun when the count has none of its own (8000万人的温饱问题)
    solved_units: frozenset[str]  # 人, 户: the counts whose problem a verb before them solves
    solved_named_units: frozenset[str]  # 名: of those, the counters whose noun ends with a word for persons
    forecast_subject: re.Pattern[str]  # 今年高校毕业生(将达): a number a plan part expects, not sets
    future_word: str  # 将 (预计…将达: the estimate's; 今年高校毕业生将达: expected)
    as_of_words: tuple[str, ...]  # 截至, 截止: as of a date
    status_part_ends: frozenset[str]  # 。；; between an estimate word and a later 将
    clause_plan_opening: re.Pattern[str]  # ，拟: a clause opening with a plan word, no future of an estimate before it
    actual_cues: tuple[str, ...]
    cap_words: tuple[str, ...]  # 控制在: a cap in a target, the value itself in an outcome
    ceiling_names: tuple[str, ...]  # 限额: the name of a ceiling, printed exactly however it bounds
    compared_line_names: tuple[str, ...]  # 警戒线: a line the figure before is compared with, printed exactly
    rate_basis_name: re.Pattern[str]  # 预备费按本级一般公共预算支出: the thing (name) and the base its rate is of
    rate_set_object: re.Pattern[str]  # (按本级一般公共预算支出的2%)设置预备费: the thing set at the rate, after the verb
    time_marker: re.Pattern[str]  # 去年/过去一年/一年多以来 (review), 今年/明年 (plan) or a year: what a paragraph speaks of
    time_marker_not_after: str  # a marker after these is a base or a limit (比去年, 到2025年, 为1955年的98.88%)
    review_object: re.Pattern[str]  # 了去年的: a year reviewed as the object of a deed done (保持了去年的水平), a base
    list_clause_own_time: re.Pattern[str]  # 十年增加…, 现已…: a clause of a list naming a time of its own
    counted_first: frozenset[str]  # the characters a counted noun (or its magnitude) starts with
    # subjects
    clause_stops: frozenset[str]
    clause_stop: re.Pattern[str]  # (not the comma between thousands: ２９，８２１，８２８，０００元 is one figure)
    subject_scope_stops: str
    clause_span_stops: str  # 乡镇企业…，五年间产值增长２倍: a span heading a later clause, for that clause only
    sentence_stops: str  # 。!?: a frame right after one opens its sentence (。到一九五七年，…)
    semicolon: re.Pattern[str]
    strip_tail: re.Pattern[str]
    strip_head: re.Pattern[str]
    modal_object_head: re.Pattern[str]  # 将能够每年出产, 将修建: a modal and its verb, with the object counted after them
    perfect_object_name: re.Pattern[str]  # 推广了各种改良农具: a done verb and its object, a whole name
    adverb_verb_tail: re.Pattern[str]  # 总是停留, 总是提不高: an adverb of what keeps on and its verb, ending a name
    cut_off_cell_line: re.Pattern[str]  # | 指标 | 52 |, 指标<tab>52: a line of cells, the row of a table, no sentence
    measure_words: re.Pattern[str]
    attribute_end: re.Pattern[str]
    attribute_last: frozenset[str]
    task_attribute_words: frozenset[str]  # 全年任务: an attribute of a quantity carried before it only (年度任务386项 counts tasks)
    scale_object: re.Pattern[str]
    scale_words: tuple[str, ...]
    phase_scale_words: tuple[str, ...]  # 首期规模: the figure is the first phase's size, named so
    de: str  # the attributive particle 的
    has_word: str  # 有: what follows it the owner before it has (已有基层社…: _list_item_owner)
    place_word: str  # 在三种不同的地区，分别达到…: a clause of the places or kinds a figure holds in
    inside_suffixes: tuple[str, ...]
    trade_size_heads: tuple[str, ...]  # 限上 heading the first trade of a list: every trade's class (the printed forms of trade_size_class)
    trade_sectors: tuple[str, ...]  # 批发, 零售, 住宿, 餐饮: the trades counted above the size
    times_units: frozenset[str]
    doubling_units: Mapping[str, str]
    doubling_verb: re.Pattern[str]  # 接近翻一番: the verb of a doubling, which a qualifier stands before
    times_base: re.Pattern[str]  # 是1997年的2.3倍: the base of a multiple, after the thing multiplied
    counted_owner_end: re.Pattern[str]  # 大区, 国家, 工业部 ending a counted noun before 的 and what is theirs
    counted_owner: re.Pattern[str]  # the same words anywhere (重点城市[细颗粒物(PM2.5)年均浓度])
    part_said_last: frozenset[str]  # the last characters of such a clause: 的, 有, 是 …
    part_said: re.Pattern[str]  # 其中本年开始建设的(271个), 正在施工的有(34项): what a part does, then 的
    part_topic: re.Pattern[str]  # 这些建设项目, 在工业建设项目中: the set a sentence opens with
    list_intro: re.Pattern[str]  # a line framing the item lines below it: the year planned, the base year
    list_item: re.Pattern[str]  # an item line: 钢：…
    elided_pp_counters: frozenset[str]
    about_word: str
    item_separator: str
    # what the tables read: scope, dimension, reference levels, relations, statements
    fiscal_scope: re.Pattern[str]
    fiscal_scopes: tuple[str, ...]
    level_suffix: str
    transfer_words: tuple[str, ...]  # 税收返还, 补助, 专款: money a level of government receives from another
    scope_item_openers: tuple[str, ...]  # 、 和 及 与: before a scope word that opens a later item of a list
    aggregate_terms: frozenset[str]
    tax_name: re.Pattern[str]
    revenue_type_terms: frozenset[str]
    sector_phrase: re.Pattern[str]
    list_industry_heads: tuple[str, ...]  # 产业, shared by the items of a list of industries (新材料、生物医药产业)
    sector_quantity_inside: re.Pattern[str]  # the first sector quantity of a phrase (房地产投资项目: 投资)
    sector_not_heads: tuple[str, ...]
    sector_size_prefixes: tuple[str, ...]  # 限上, 规上: the size class before an industry (the glossary's size classes)
    cumulative_words: tuple[str, ...]  # 累计: a month's figure summed from the year's start
    target_exceeded_word: str  # 超额 (超额完成…的目标): the target done beyond it
    cumulative_comparator: str  # 累计: the comparator of a change summed over the years since a base
    cumulative_change: re.Pattern[str]  # 累计下降, 累计增长 (any rise or fall verb) right before a change's figure
    within_year_period: re.Pattern[str]  # 月, 季度, 半年, 今年以来, 全年: a period within a year
    month_period: re.Pattern[str]  # 4月, 3月份: one month
    month_only_words: tuple[str, ...]  # 当月 after a month: that month alone, in its sentence only
    count_work_tail: re.Pattern[str]  # 帮扶工作 after the noun a count counts ("any"): the work on them, no part of it
    count_process_lead: re.Pattern[str]  # 推进 before a count, in its clause: the work on what it counts follows
    count_work_end: re.Pattern[str]  # 帮扶工作, 编制 at the end of the noun after a count, any of them: cut when pushed on
    count_process_follows: tuple[str, ...]  # 稳步推进 right after that noun: the work is pushed on, as a verb before says
    sized_work_units: frozenset[str]  # 平方米: a figure in these before a work (工程) gives its size, no count of works
    sized_works: frozenset[str]  # 工程, 项目: the works whose size such a figure gives
    sentence_only_periods: frozenset[str]  # 目前: the time of writing holds in its sentence only
    deadline_period_ends: tuple[str, ...]  # 7月底前: a deadline of a plan's task holds in its sentence only
    deadline_after: tuple[str, ...]  # 一九八五年底以前: a period these words follow is a deadline as well
    early_months: re.Pattern[str]  # 1-5月 in a report of 上半年: an earlier cut of the data, in its sentence only
    cutoff_day: re.Pattern[str]  # 截至7月22日: past the months reported, the time of writing, as 目前
    occasion_period_ends: tuple[str, ...]  # 期间: an occasion period inside a clause modifies the noun after it
    holiday_period_ends: tuple[str, ...]  # 国庆假期, 春节黄金周: a holiday's figures hold in their sentence only
    holiday_span: re.Pattern[str]  # 国庆期间, 春节、“八一”期间: so do those of the days around a holiday (fullmatch)
    deictic_periods: frozenset[str]  # 这一年, 过去一年: the year of the review heading above
    addition_lead: re.Pattern[str]  # 新增上市企业: a name of what was added (no part of the stock's name)
    part_state_lead: re.Pattern[str]  # 在用: the state a stock's name leads with, which a part after 其中 printing its noun shares
    registration_leads: tuple[str, ...]  # 登记: a registration a verb undoing it ends with
    registration_lead: re.Pattern[str]  # [登记注册]社会组织: the registration a name of things registered opens with (match)
    addition_owner: re.Pattern[str]  # 经开区(新增规上工业企业), “一网通办”平台(新增注册用户): the place, zone or platform owning the units it added
    addition_verb: re.Pattern[str]  # (named by any of those verbs: 新设企业, 注册资金千万元以上的引进企业)
    addition_tail: re.Pattern[str]  # 保障性安居工程新开工: one named after its noun
    person_head: re.Pattern[str]  # 干部, 工作者: where a noun of persons counted may end (党员干部[冲锋陷阵])
    person_head_end: re.Pattern[str]  # a name that ends with the word for persons (党员干部和志愿者)
    person_units: frozenset[str]
    member_head: Mapping[str, re.Pattern[str]]  # 人: person_head, 户: 家庭, 农户 (困难家庭[住上了新房])
    household_units: frozenset[str]  # 户
    population_households: Mapping[str, str]  # 人口 → 户数
    population_end: re.Pattern[str]  # 户籍人口: a population's name, whose households a count in 户 counts
    person_visit_units: frozenset[str]  # 人次: persons counted once a visit, the noun a reach names when none follows
    reaching_work_lead: re.Pattern[str]  # [已启动]老旧小区综合整治项目: the verbs carrying out the works a count counts
    reaching_work_ends: tuple[str, ...]  # 老旧小区综合改造[开工]: such a verb after the works
    reaching_aside: re.Pattern[str]  # [涉及]房屋面积约78万平方米: a clause that measures the works before it
    reaching_work_done: re.Pattern[str]  # [已开工的]老旧小区综合整治项目: the works done, named by the works
    reaching_work_object: re.Pattern[str]  # [改造][城镇老旧小区]: a verb of work and the things worked on
    reaching_work_not: re.Pattern[str]  # [新增]养老床位, [培训]…: a verb of adding or serving, no works
    unit_counting_units: frozenset[str]  # 人, 户, 家, 栋: a count of bodies or things is no amount of a total
    reached_units: frozenset[str]  # 人, 人次, 户, 家: units of those a verb of reach reaches, no works
    budget_total_heads: frozenset[str]  # 收入总量: the total of a budget's resources, named by the budget
    budget_kinds: tuple[str, ...]  # 一般公共预算, 政府性基金预算: the budgets a report accounts for
    budget_item_counterpart: re.Pattern[str]  # 市级财政 in 上解市级财政支出: the level an item goes to or comes from
    budget_level_end: re.Pattern[str]  # [区本级]一般公共预算: the level whose own budget is named after it
    own_place_frame: str  # 全年实现 after the report's own place at the head of a name (城阳区实现地区生产总值)
    place_ends: tuple[str, ...]  # 市, 区, 镇, 街道: how a place's name ends, longest first
    city_end: str  # 市: how a city's name ends
    city_area: str  # 地区, as a city's own place after its name less 市 (北京地区进出口总额)
    area_named: str  # 生产总值: the rest of a glossary name that opens with that word (北京地区生产总值 is 北京's 地区生产总值)
    part_place: re.Pattern[str]  # 东城区, 朝阳门街道: a place named as a whole part (fullmatch)
    place_subject: re.Pattern[str]  # 义乌市实现, 全省累计完成: a place and the verb of what it achieves, at a name's head
    payer_subject: re.Pattern[str]  # 中央财政今年: who pays an amount, not what it is
    payer_spend_lead: re.Pattern[str]  # 中央财政安排[科技投入]: the payer and its verb at the head of a name
    spend_lead: re.Pattern[str]  # 安排[地方专项债券]: a spending verb alone at the head of a name
    completed_count: re.Pattern[str]  # [区重点项目]中[已开工]: a name of counted things that ends with their completion
    done_after_count: re.Pattern[str]  # 变电站5座[建成投运]: what is done to the things counted, after their count
    disposal_object: re.Pattern[str]  # [用两年时间将](筹资标准): the object of 把/将 at a name's end
    case_outcome: re.Pattern[str]  # [，其中](维持)186件, [、](撤销)18件: an outcome of cases decided, alone in its list item
    case_counted: re.Pattern[str]  # 行政复议, 审结: cases counted in the sentence, whose outcomes case_outcome names
    case_outcome_words: frozenset[str]  # the words of case_outcome (撤销18件、驳回41件: no verb heading the list)
    # 基本建成, 新开工, 废止, 关停: what is done to the things counted or measured, a whole name or heading one
    # (新开工[保障性安居工程], 关停[小火电机组])
    count_verb: re.Pattern[str]
    completed_last: frozenset[str]  # the last characters of such a verb, a test before the pattern
    quantity_target_words: tuple[str, ...]  # 目标, 任务: after a quantity's name, its figure is the quantity's target
    subset_time_lead: re.Pattern[str]  # 截至6月底, 上半年 opening a clause of a part of a set: the time, no part of the name
    subset_clause: re.Pattern[str]  # 已投入使用(765个) after 5G宏基站1584个: a clause that is only what a part has done
    set_lead: re.Pattern[str]  # 规划建设(5G宏基站): the verb of the whole set, not of its part
    completed_lead: re.Pattern[str]  # 已, 累计, 基本: the adverbs of such a verb, never the noun
    completed_plan: re.Pattern[str]  # 计划, 实际: the status words before such a verb, never the noun
    reached_state_tail: re.Pattern[str]  # 并实现“场清地净” ending a name: the state reached, not what is measured
    done_part_clause: re.Pattern[str]  # 已竣工验收(12个) right after the count of a set: what its part did
    done_part_object_heads: tuple[str, ...]  # 已安置退役[军人]200人: a clause ending with a noun counts other things
    work_object_lead: re.Pattern[str]  # 已完成(提标改造1.1万亩): a verb completing a work the figure after it measures
    light_work_verbs: tuple[str, ...]  # 开展, 组织开展, 进行 heading the name of the work counted: no part of it
    area_work_units: frozenset[str]  # 平方米, 亩: the units of an area (concepts.json comparable_units)
    output_units: frozenset[str]  # 吨, 斤, 度: the units of a mass or of energy, what a product made is measured in
    area_work_noun: str  # 面积
    sale_verb: str  # 销售 ending a name: the quantity sold, 销售面积, 销售额 or 销售量 by the unit
    sale_amount_noun: str  # 额
    sale_volume_noun: str  # 量
    area_work_verbs: tuple[str, ...]  # 拆除, 植树造林 ending the whole name of an area: the area of the work (拆除面积)
    work_verb_heads: tuple[str, ...]  # 腾退, 整治, 治理 opening a list item: a verb of works of its own
    work_compound_tails: tuple[str, ...]  # 覆盖, 带: after such a verb, a noun it heads (绿化带), the verb no item's own
    plan_task_tail: re.Pattern[str]  # 计划任务数, 年度任务 ending the name of things planned: the plan's word
    task_units: frozenset[str]  # 项, 件: units that count the tasks themselves
    completed_verb_ends: tuple[str, ...]  # 竣工, 建设, 尚未: a verb or negation that ends what is before such a verb, no noun
    subset_lead: re.Pattern[str]  # [，有]九百三十七项获得…, 重点项目[中有]7个: a count of a part of a set
    predicate_means_frame: re.Pattern[str]  # 1800多万人[通过多种渠道和方式]实现了再就业: no part of what they did
    subset_last: frozenset[str]  # the last characters of such a lead, a test before the pattern
    within_lead: re.Pattern[str]  # 38个[工业行业大类中]27个: the set counted before a count of its part
    within_last: frozenset[str]  # the last characters of such a lead tried (中, 有)
    part_change_predicate: re.Pattern[str]  # 27个[行业增加值实现同比增长]: what the part did, with no figure
    generic_fund_nouns: tuple[str, ...]  # 资金: an amount named only so is named by who pays it (中央财政资金)
    debt_issue_nouns: tuple[str, ...]  # 国债, 债券: an amount of a debt issued with its use right after is that use's part
    fund_heads: tuple[str, ...]  # 基金, 预备费: the last word of a fund's name, a stock money is drawn from or put in
    fund_flow_verbs: tuple[str, ...]  # 使用, 动用, 调入, 补充, 提取: what moves an amount out of or into a fund (剩余:
    # what is left in it)
    kept_payer_ends: tuple[str, ...]  # 中央财政: a payer that is a budget, kept before what it pays (中央财政科技投入)
    payer_issue_verbs: tuple[str, ...]  # 增发, 发行: the payer issues what it pays (国务院增发财政债券: 财政债券)
    recipient_pay: re.Pattern[str]  # [支持]46家文化企业2450万元: the verb paying the recipients counted before an amount
    spent_fund: re.Pattern[str]  # [发放]社会救助资金: a paying verb at the head of a fund it pays out
    collected_due: re.Pattern[str]  # [海关征收]关税: a collecting verb, after who collects, at the head of a tax or fee
    # it collects (征缴入库养老保险费: with 入库; never a sum paid out: 征收安置补助费)
    stock_clause: re.Pattern[str]  # 总数达, 累计达到: a clause that gives the stock of what was just added
    bracket_base: re.Pattern[str]  # 高于[全国](3.9%): the base of a comparison, its own figure in the bracket after it
    net_change_clause: re.Pattern[str]  # 净增: a clause that gives the net change of that stock
    disposal_lead: re.Pattern[str]  # 注销(的)市场主体, 取消证明事项: a name of what left a stock or was done away with
    stock_rise_clause: re.Pattern[str]  # (全年)新增 alone before an amount: a rise of the stock named before
    stock_name_end: re.Pattern[str]  # 余额, 保有量 at the end of a name: a stock
    part_stock_head: re.Pattern[str]  # 余额, 限额 ending a total's name after its noun: the head its parts share
    part_flow_head: re.Pattern[str]  # 到期, 偿还 in a part's name: a flow out of its stock, no kind of the stock
    ratio_name_end: re.Pattern[str]  # 收入比, 倍差 at the end of a name: a ratio (1.71 for 1.71:1)
    budget_sides: Mapping[str, str]  # 支出: 收入: a side of a budget and the other side
    budget_side_leads: tuple[str, ...]  # 共: a word of the whole before a budget's side opening its clause (共支出)
    budget_owner_end: re.Pattern[str]  # 预算, 基金, 财政 at the end of a name: a budget with two sides
    level_budget: re.Pattern[str]  # 预算, 基金, 财政 anywhere in a comparator: a level's own budget (区级调整预算数)
    flow_verb_end: re.Pattern[str]  # 新设, 新建, 引进 right before a count: the count is of what was added
    achieved_frame: re.Pattern[str]  # 实现高职院校扩招…: the target a figure names was reached
    # [的目标]顺利完成, [的任务]已经完成: the target the figure names, said reached after it; a task said exceeded
    # ([翻两番的任务]，已经超额完成) was done (a target exceeded is not reached at its figure: the level is another)
    target_reached_after: re.Pattern[str]
    aim_outcome_head: re.Pattern[str]  # ，实际增长 opening a clause after a target word: the outcome of the aim
    target_gap_outcome: re.Pattern[str]  # 与目标增长8%相差: the gap after a target's figure, what came of it
    aim_outcome_gap: re.Pattern[str]  # 左右的预期目标，实际完成: between a growth aimed at and what it came to
    plan_modifier_outcome: re.Pattern[str]  # 计划实施的100个重点项目完成: a plan word that only modifies a head
    nation_size_after: re.Pattern[str]  # 人口 after a count of persons of the nation's size, whatever follows
    nation_size_min: int  # 1e9 persons
    effort_people_after: re.Pattern[str]  # 在600多万香港人的共同努力下: the people whose effort a plan counts on, a stock
    rest_share_opening: re.Pattern[str]  # 其他的百分之四十四点二, 其余5项: the rest (word) opening a sentence or clause
    year_base_next: re.Pattern[str]  # ，它虽然比1956年: a level's next clause comparing with a bare year (group 1)
    nation_people_after: re.Pattern[str]  # 13亿中国人的饭碗: the nation's people after a count, never a target
    stock_before: re.Pattern[str]  # 我国有, 全区现有, ，有: a stock stated, never a target
    pushed_remainder: re.Pattern[str]  # 加快推进剩余(8项): the rest a plan pushes on, its object (search before the figure)
    basis_frame: re.Pattern[str]  # 以…计算, 按…计算: the basis a figure is reckoned on (a plan named in it sets nothing)
    plan_period: re.Pattern[str]  # 第一个五年计划期间, 五年计划期间: a plan's time; its number in group n or m
    stock_not_after: re.Pattern[str]  # …的增速就能够, …个项目将: a figure after 有 set as a condition or planned, 有三十一个是: a part (match)
    done_after: re.Pattern[str]  # …个项目已经: what the clause of a figure says is done (match)
    perfect_verb: re.Pattern[str]  # 共推广了: a perfective verb anywhere in a figure's clause (search)
    perfect_before: re.Pattern[str]  # 成立了, 增加了: a perfective verb right before a figure, an outcome (search)
    source_after: re.Pattern[str]  # 的60%以上来自: the source of a share right after it (match), a state stated
    # a period up to the time of writing (截至6月底, 今年以来), and one a mid-year report has seen end (上半年, 1-6月)
    elapsed_period: re.Pattern[str]
    ahead_period: re.Pattern[str]  # 全年完成…任务的100% in a plan part: a completion of the year ahead
    half_elapsed_period: re.Pattern[str]
    grade_span: re.Pattern[str]  # 省级以上, 各级: a grade and the grades above or below it, or all grades, a name spans
    grade_name: re.Pattern[str]  # 国家级, 四星级, 男性, 公办, 佛教: a grade, a sex, an ownership or a faith alone naming a
    # part of a whole before 其中
    faith_names: frozenset[str]  # 佛教, 道教: the faiths, each naming a part of the religious venues or clergy
    faith_generic_word: str  # 宗教: the word of all faiths a faith printed as a part takes the place of
    threshold_name: re.Pattern[str]  # 注册资金千万元以上: a size class of the things counted before 其中
    size_bound: re.Pattern[str]  # 10亿元以上, 亿元以上: the amount bound of a size class (what it bounds goes before it)
    frame_nouns: tuple[str, ...]  # 目标, 任务: after a figure in any other unit, the frame of the figure, not what it counts
    frame_noun_counters: frozenset[str]  # 项, 个: the units that count tasks and targets (12项任务)
    counted_frame: re.Pattern[str]  # 四项指标, 两项目标: the targets a list of figures makes, counted
    occasion_units: frozenset[str]  # 次, 轮: a count of times, named by what was done that often
    breakdown_opener: re.Pattern[str]  # 分产业看, 三大门类中: the items after it break down the total before it
    breakdown_view: re.Pattern[str]  # 从征收部门看:, 从层级看: a breakdown of the total named before it
    actors: frozenset[str]  # 税务部门, 中央财政: who collects or spends an amount (a whole name is never one)
    actor_collect: re.Pattern[str]  # 完成, 组织: an actor's verb of collecting, the last one before the figure
    actor_collect_names: Mapping[str, str]  # what of each such verb the name keeps (组织 → 组织; 完成 → '')
    actor_spend: re.Pattern[str]  # 安排, 投入: an actor's verb of spending, the last one before the figure
    output_change_end: re.Pattern[str]  # 原煤增产了[一千八百二十六万吨]: a product named before the verb changing its output
    output_noun: str  # 产量: what of the product such a verb changes
    make_verb: str  # 生产 opening a name: the making of the product after it
    make_verb_not_before: tuple[str, ...]  # 生产总值, 生产安全: 生产 as part of a noun, no verb
    actor_change_end: re.Pattern[str]  # 全国财政比年度预算超收[7239亿元]: a verb changing what the actor collects
    actor_change_nouns: Mapping[str, str]  # the quantity each such verb changes (超收 → 收入)
    loss_change_verbs: frozenset[str]  # 减亏, 增亏: a change of a loss, named by the loss after the actor before it
    actor_spend_nouns: Mapping[str, str]  # the noun of what is spent after each such verb ('' when the verb names it)
    actor_quantities: tuple[str, ...]  # 收入, 支出: the end of the total an actor's part is of
    actor_default_quantity: str
    budget_gap_words: frozenset[str]  # 超收, 短收: a gap from the budget
    budget_gap_base: str  # 预算
    actor_fund_noun: str
    chapter_heading: re.Pattern[str]  # 一、综合全年实现: a bulletin chapter heading and the frame after it
    object_change: re.Pattern[str]  # 增产原油: a change verb with its object before a figure
    object_change_nouns: Mapping[str, str]  # 增产 → 产量: the quantity of the object that changes
    object_change_verb: re.Pattern[str]  # 增产 right before a figure whose object follows it (增产五十万箱纸烟)
    change_compound_objects: frozenset[str]  # 金额 of 核减金额, 节支 of 增收节支: one noun with the verb, no thing changed
    quantity_change_verbs: frozenset[str]  # 增加: such a verb only of an object that names a quantity (增加收入)
    object_change_counted_verbs: frozenset[str]  # 化解: a count after it (化解矛盾纠纷1260件) counts what it settled
    object_change_counted_units: frozenset[str]  # 件, 起: the counters of the cases and disputes it settled
    duration_lead: re.Pattern[str]  # 经过: a span of time passed follows
    duration_means: re.Pattern[str]  # 用[四个月的时间]: a span of time spent to do what follows, no figure
    duration_means_head: re.Pattern[str]  # 用四个月的时间 opening a name: the means, no part of it
    duration_lead_last: frozenset[str]  # the characters such a lead may end with (a quick test first)
    duration_follow: re.Pattern[str]  # 多年, 个五年计划 after the number of such a span
    sector_quantities: tuple[str, ...]
    tax_relief_words: tuple[str, ...]
    tax_relief_verbs: tuple[str, ...]
    total_heads: tuple[str, ...]
    recap_total_heads: tuple[str, ...]  # 合计, 共计: the sum of the items a count in words recaps
    tax_arrears_words: tuple[str, ...]
    aggregate_share_before: tuple[str, ...]
    aggregate_share_after: tuple[str, ...]
    aggregate_unit_heads: tuple[str, ...]  # 企业, 楼宇, 功能区, 政府 before an aggregate: the quantity of those units
    # or areas, or the government's own, no total
    key_naming_counters: frozenset[str]  # 人次: a counter a level's key is read with (组织义务植树35万人次: 义务植树人次)
    entity_words: tuple[str, ...]
    entity_count_units: frozenset[str]  # 户, 家: units counting the same bodies, a part in one of a total in the other
    new_entity: re.Pattern[str]
    tax_word: str
    relocation: re.Pattern[str]
    loss: re.Pattern[str]
    prior_level: re.Pattern[str]
    plan_level: re.Pattern[str]
    # what joins the bare numbers of a list whose last member prints the unit, with a word of that member (及新10条)
    unit_list_joiners: frozenset[str]
    owner_list_end: str  # 等 closing a list of owners right before an amount: the noun after the amount names it
    reference_last: frozenset[str]
    done: re.Pattern[str]
    done_have: re.Pattern[str]  # 已有[29个]实现开复工: 已 before a count whose verb follows it
    size_class: re.Pattern[str]  # 亿元以上[新开工项目], 投资亿元以上的[新开工项目]: the things of a name that reach a size
    subset_of: re.Pattern[str]  # 38个工业行业大类中[27个]: a count of some of the things counted before
    part_marker: re.Pattern[str]
    part_markers: tuple[str, ...]  # the words of part_marker
    part_list_opening: re.Pattern[str]  # 其中： opening a list of parts that goes on over its semicolons
    part_list_own_status: re.Pattern[str]  # 年初预算数, 实际, 决算 …: an item past a semicolon of that list naming its own status
    part_quantity_suffix: re.Pattern[str]  # the end of a total's name a bare part after it takes (投资, 增加值 …)
    part_quantity_suffixes: Mapping[str, tuple[str, ...]]
    breakdown_totals: Mapping[str, tuple[str, ...]]
    part_view: re.Pattern[str]  # 从征收部门看:, 按领域分,: a breakdown of the total before it
    list_heading: re.Pattern[str]  # 如下:, 其中: at the end of a text, before the items of a list of parts
    per_head_words: tuple[str, ...]
    per_head_word: re.Pattern[str]  # one of per_head_words anywhere in a name (人均: a figure per head)
    per_head_end: re.Pattern[str]  # 户均, 人均年: a basis per head, and the time it is of, closing a name
    per_word: str  # 每: a figure per unit of what follows it
    average_heads: frozenset[str]  # 平, 日, 生…: the first character of a word of an average, before 均
    target_name: re.Pattern[str]  # 粮食的指标: the name of a plan's figure
    target_name_counters: frozenset[str]  # 个, 项: a count of the 指标 named, no plan's figure
    sum_opener: re.Pattern[str]  # 加 opening a clause of amounts added to the one before
    sum_total: re.Pattern[str]  # 收入总量为: their sum follows
    comparison_clause_stops: frozenset[str]
    comparison_clause_stop: re.Pattern[str]
    share_attain: re.Pattern[str]  # 在校学生已接近[高中阶段学生人数]的百分之五十: the whole a share reaches
    share_recovery: re.Pattern[str]  # 客流恢复至[去年同期]的七成左右: the base a share recovers to
    share_whole: re.Pattern[str]
    share_listed_part: re.Pattern[str]  # 非住房消费提取占 (a clause with no whole after a share that names one)
    share_part_measure: re.Pattern[str]  # 民生[支出]占: the measure a listed part ends with, which its whole must agree with
    completion_header_base: re.Pattern[str]  # 占[计划]%: the base a table column of completion names
    completion_base: re.Pattern[str]
    except_down: re.Pattern[str]
    except_up: re.Pattern[str]
    statement_item_split: re.Pattern[str]
    following_stop: re.Pattern[str]  # group stop: a word that ends the noun (not inside 高等教育, 等级)
    chained_count: re.Pattern[str]  # 26项 right after 5类: a second count of the same things
    class_counters: frozenset[str]  # 类, 大类: a count of classes, a list comma before the count of items of them
    class_count_suffix: str  # 类别: after the noun of the items, the name of a count of their classes
    example_led_ends: tuple[str, ...]  # 任务, 行业: a counted noun ending so is named with the examples listed before 等
    generic_share_wholes: frozenset[str]  # 占收入的89.99%: a whole naming only what the breakdown's total is
    total_mark: str  # 总: marks a total (进出口总额), left out of the quantity its name shares with its parts
    share_whole_printed: re.Pattern[str]  # a share's name printing its whole (占…比重, 之比; not 占比)
    share_whole_name: re.Pattern[str]  # groups part, whole: what a glossary name of a share is of
    following_run: re.Pattern[str]  # the characters a counted noun may span: no stop, list comma or digit
    following_figure: re.Pattern[str]  # a figure in Chinese numerals (and its qualifier) ending a following noun
    following_count_end: re.Pattern[str]  # 核电站一个，: a count in Chinese numerals ending a noun run at a clause stop
    following_verb_end: re.Pattern[str]  # 新建 ending the words after a count, a figure after it (10个乡镇新建200个)
    index_base: re.Pattern[str]  # 以１９５０年为: the year an index is 100 in
    following_joints: tuple[str, ...]  # 和, 及: the joints a run cut off by its limit ends at
    joined_modifier_end: re.Pattern[str]  # 7356座[大中型]和重点小型水库: a modifier, not a noun, before the joint
    figure_grade: re.Pattern[str]  # 百亿[级]: the grade word after a figure inside a noun
    joined_persons: re.Pattern[str]  # 和城镇 between 城镇职工 and 居民: two kinds of persons one count counts
    joined_head_end: re.Pattern[str]  # 123项职业资格许可和认定[事项]: a head noun both sides of the joint share
    following_conjunction: re.Pattern[str]  # 并 (并且) opening the words after a figure: a predicate joined, no noun
    following_blockers: frozenset[str]  # the stops and the list comma: no counted noun starts there
    following_de: re.Pattern[str]  # 的, or 规模的 (五万千瓦规模的电站): what links a figure to the noun it is of
    following_reject: re.Pattern[str]
    attributive_have: re.Pattern[str]  # 一个共有[五十多个]: a figure of what the one thing named after it has
    following_frame_end: re.Pattern[str]  # 3亿斤细粮的水平上: a frame of the level the figure sets, no noun of it
    portion_words: frozenset[str]  # 年应纳税所得额不到100万元的部分: after 的, the portion an amount bounds
    own_state_heads: tuple[str, ...]  # 在谈项目, 再融资债券, 实际利用外资, 达产项目: a noun with a verb or state of
    # its own (none taken from a list before it; a noun starting with a rejected word kept)
    except_frame_open: str  # 除, opening a frame of what is set aside
    except_frame_closes: tuple[str, ...]  # 外, 以外, closing it after the noun counted inside
    counted_group: re.Pattern[str]  # a counted noun with its bracket or list of kinds: 省(区、市), 省、自治区、直辖市
    headless_persons_subject: re.Pattern[str]  # 其中依法判刑的有: the 的 closing a clause no noun follows
    place_kind_bracket: re.Pattern[str]  # a place noun ending a name with the kinds it stands for: 省(区、市), 县(市)
    years_quantity: re.Pattern[str]  # 受教育年限从13.5年: years counted as a quantity, not a span of time
    counted_object: re.Pattern[str]  # a preposition before a count: the clause says what is done to them (为3978家企业发放补贴)
    described_object: re.Pattern[str]  # the same with a clause and 的 before the count (为符合条件的300家企业)
    recipient_lead: re.Pattern[str]  # 为, 帮助, 协助 right before a count of the recipients
    recipient_help_verbs: tuple[str, ...]  # 帮助, 协助: the recipients do what the clause says, helped
    recipient_funding: re.Pattern[str]  # (解决)融资, 贷款: the funding the recipients counted before an amount get
    placing_verb: re.Pattern[str]  # 安排, 带动 right before a count of persons: what brings them to do what follows
    measure_package_nouns: frozenset[str]  # 措施, 举措: a package of measures counted, named by what it is for
    package_lead: re.Pattern[str]  # 出台, 落实: the verb issuing a package of measures counted after what it is for
    new_demonstrative: str  # 新标准: points, as 这个 does, to the standard the sentence before brings in (新的扶贫标准)
    pilot_scope_name: re.Pattern[str]  # 试点(的)范围 opening a name: of the pilot the clause before pushes on
    pushed_clause: re.Pattern[str]  # 扎实推进新型农村社会养老保险试点: a clause that only pushes on a pilot or a system
    built_topic: re.Pattern[str]  # 交通运输和邮电通信建设(方面): a clause that only names what is built, no verb
    built_topic_measures: frozenset[str]  # 投资: the bare measures of figures such a clause owns
    granted_recipients: re.Pattern[str]  # 对种粮农民一次性发放: the recipients (who) a grant after it is named by
    worked_on: re.Pattern[str]  # 对[85个项目]…: the things counted are what work is done on
    work_done_verb: re.Pattern[str]  # 对85个项目[开展了]绩效自评: the work done on the things counted, which names them
    granted_persons_for: re.Pattern[str]  # granted_persons, or a thing set up for them (建立, 安装, 实施): after 为 only
    granted_for_leads: tuple[str, ...]  # 为: the lead after which granted_persons_for names the recipients
    granted_persons: re.Pattern[str]  # 向1000多万失业人员[发放]失业保险待遇, 为12所学校[免收]…: a grant (缓缴/减免/免收 too) naming the recipients counted (persons, schools, firms)
    recipient_named_grants: frozenset[str]  # 补贴, 补助: grants their recipients name
    recipient_noun: re.Pattern[str]  # [中小微企业和个体工商户]减免房租: the recipients, up to their last head word
    recipient_more: re.Pattern[str]  # 中小微企业[和个体工商户]: recipients joined to the first, up to the last head word
    counted_object_owner: re.Pattern[str]  # 为[辖区重点企业]1.6万余员工: the same, with the owner of those counted
    share_set_noun: re.Pattern[str]  # a run of the units a share of a set counts (煤电机组, 人口地区)
    share_condition_frame: re.Pattern[str]  # 做到[在正常年景下]百分之九十的社员: a condition, no subject of the share
    share_predicate_adverb: re.Pattern[str]  # 学生[都]能在…学习: an adverb spanning the units of a share
    output_attribute_verbs: tuple[str, ...]  # 年产 right before a figure of the output of the thing named after it
    reach_verb_end: re.Pattern[str]  # a subject ending with the verb that reaches the units of a share (试点覆盖), and a place
    school_stage_end: re.Pattern[str]  # [农村义务教育阶段]5200万名学生: the stage of schooling (and its place) before a count
    counted_modifier: re.Pattern[str]  # [重大水利工程已开工]的57个项目, [列入市重点]的35个项目: which things a count counts
    count_owner_head: re.Pattern[str]  # [城市副中心]255个重大工程, [望坛项目第二批]7栋回迁楼: the owner opening a count's clause
    share_topic_place: re.Pattern[str]  # 基本药物制度[在]30%的…: the word between a topic and the share of units that carry it out
    share_topic_verb: re.Pattern[str]  # …的基层医疗卫生机构[实施]: what the units do with the topic
    share_extend_end: re.Pattern[str]  # a subject ending with a verb extending it to the units of a share (试点扩大到)
    listing_head: re.Pattern[str]  # 列入: a listing verb heading a whole name with no 的 after it
    served_task_end: re.Pattern[str]  # 培训任务: a task word after a verb that works on persons, ending a noun
    person_served_verb: re.Pattern[str]  # 培训: a verb whose persons counted after it it names alone (培训的人次)
    caused_benefit: re.Pattern[str]  # 受益的农民, 参保的人: a name of persons by what a cause before them makes them gain or join
    bare_gain_name: re.Pattern[str]  # 受益的人, 惠及的在校生: a name of those reached or benefited naming nothing that does it
    person_basis: re.Pattern[str]  # 人均, 每人: a basis per person printed before a figure, kept in its name as 人均
    per_person_name_head: str  # 人均: what heads the name of an amount per person
    group_basis: re.Pattern[str]  # 户均, 村均, 亩均: a basis per household, village or mu printed before a figure, kept in
    # its name as printed
    group_basis_total_tail: re.Pattern[str]  # 总额: the total's word ending a name, cut where the amount is per household
    unit_basis: re.Pattern[str]  # 平均一个人民公社拥有: a basis per unit (basis) and its verb ending the clause before a figure
    per_person_name: re.Pattern[str]  # a name that states its basis per person already, or is a rate
    per_person_tail: re.Pattern[str]  # 基本养老金月人均: a basis per person closing a name, which heads it as 人均
    pilot_word: str  # 试点, after what a pilot tries out
    use_verb: str  # 用于, before what an amount is put to
    bare_comparison: re.Pattern[str]  # 比: a clause opened by a comparison, no subject of its own before it
    established_programme: re.Pattern[str]  # [大病保险制度]基本建立, [基本医疗保险]覆盖范围继续扩大: a clause saying the
    # programme stands or reaches more
    achieved_programme: re.Pattern[str]  # [住院和门诊费用]实现[跨省直接结算]: a clause saying what its subject has come to
    enacted_programme: re.Pattern[str]  # 持续实施[营养改善计划]: a clause enacting what reaches the units counted after it
    owned_measure: re.Pattern[str]  # 财政补助标准, 储备规模: a bare measure whose owner a clause before names
    measure_owner_clause: re.Pattern[str]  # (在全国农村)推行[新型农村合作医疗]制度: a clause whose object owns a bare measure after it
    standard_tail: re.Pattern[str]  # 每人每年最高额度: the standard of a programme ending its name
    standard_ends: tuple[str, ...]  # 优待金标准: a standard (not a quota, 额度, nor a level, 水平) ending a name
    standard_raise_clause: re.Pattern[str]  # 提高[学生营养改善计划补助]标准: a clause raising a programme's standard
    event_units: frozenset[str]  # 届, 场: the counters of events held
    network_ends: tuple[str, ...]  # 里程, 复线: the ends of a name of a measure (network_measures) or line of a network
    network_lines: tuple[str, ...]  # 复线, 新线: lines of a network, named by the network word put before them (铁路复线)
    networks: tuple[str, ...]  # 高速铁路, 铁路, 公路: the networks (the one printed first is taken)
    network_name_chars: frozenset[str]  # 路, 道, 轨: characters naming a network of a length's own (绿道里程)
    participant_name: re.Pattern[str]  # 参与的人次: those taking part, in what the name leaves out
    copies_name: re.Pattern[str]  # 总印数, 年发行量: a bare count of the copies or plays of the titles counted before
    copies_verbs: frozenset[str]  # 印, 印制: a bare verb printing the copies of the titles counted before
    copies_verb_name: str  # 印数: the name of the copies a bare verb of printing counts
    title_units: frozenset[str]  # 种, 部: the counters of titles published or produced
    title_verbs: tuple[str, ...]  # 出版, 制作: the verbs publishing or producing titles, no part of their name
    title_nouns: tuple[str, ...]  # 图书, 节目: the last words of a name of titles when no title verb opens it
    service_handled: re.Pattern[str]  # 12345市民服务热线受理诉求: a name of what a service takes in (body, verb, what)
    service_bodies: tuple[str, ...]  # 热线, 接诉即办: words naming a service that takes in requests
    service_rates_tails: tuple[str, ...]  # 解决率, 满意率: the service rates ([12345市民服务热线诉求]解决率: its owner
    # printed before it)
    service_handled_ends: tuple[str, ...]  # 诉求, 事项: what a service takes in, ending the owner of its rates
    sampled_rates_tails: tuple[str, ...]  # 合格率, 不合格率: the rates of what a sampling finds ([食品抽检]合格率: its
    # owner the count before when printed bare)
    settled_rates_tails: tuple[str, ...]  # 化解率, 办结率: the settling of matters ([信访积案]化解率: its owner the matters
    # the count before names after the verb the rate repeats)
    adopted_rates_tails: tuple[str, ...]  # 采纳率: the adopting of recommendations ([检察建议]采纳率: its owner the
    # recommendations the count before issues)
    adopted_issue_verbs: tuple[str, ...]  # 发出, 提出: the verbs issuing the recommendations counted
    adopted_nouns: tuple[str, ...]  # 建议, 意见: what is issued and adopted
    adopted_intake_verb: re.Pattern[str]  # 收到, 征集: a verb taking in the recommendations counted, at the head of
    # their name
    adopting_verbs: tuple[str, ...]  # 采纳, 被采纳: a count of the recommendations adopted, not of those the rate is of
    graded_rates_tails: tuple[str, ...]  # 达标率, 优良率: the grades of a test ([学生体质健康]优良率: its owner the rate
    # of another grade before it when printed bare)
    stage_rates_tails: tuple[str, ...]  # 履约率, 开工率: the stages projects reach ([签约项目]开工率: its owner the rate of
    # another stage before it when printed bare)
    sampling_words: tuple[str, ...]  # 抽检, 监督抽查: the words ending the name of a count of samples taken
    casualty_name: re.Pattern[str]  # 死亡, 受伤人数, 直接经济损失: a count of casualties (or the incidents' loss) named by nothing but that word
    incident_units: frozenset[str]  # 起: the counters of incidents
    incident_nouns: tuple[str, ...]  # 事故, 火灾: the words of incidents, which own their dead and their loss
    incident_count_tails: tuple[str, ...]  # 发生起数, 起数: the words ending the name of a count of incidents, the
    # verb of occurring (发生) with the count's word, longest first
    casualty_count_word: str  # 人数: the word a count of casualties is named with
    units_quantity: re.Pattern[str]  # [省份]本级公务接待费: units counted, before a quantity of theirs that ends the noun
    change_object_lead: re.Pattern[str]  # 连续7年提高[企业退休人员基本养老金水平]，年均增长10%: the verb before what changes
    change_object_giving_verbs: frozenset[str]  # 提供, 发放: of those verbs, the ones that count what they give
    basis_only_name: re.Pattern[str]  # 人均, 每人每年: a basis printed where a name is, naming nothing
    spend_verb_end: re.Pattern[str]  # 对种粮农民一次性发放[200亿元补贴]: a verb right before an amount whose noun follows it
    use_part: re.Pattern[str]  # [用于农村基础设施建设]: a part printed as its use alone, with no noun of its own (no 的)
    use_part_lead: re.Pattern[str]  # 中央财政[用于]“三农”的支出: the use word of a total's name
    use_part_money: re.Pattern[str]  # 中央对地方[转移支付]总额: the last noun of money spent in a total's name
    amount_use_head: re.Pattern[str]  # 中央财政资金[建立]直达机制: what is done with a fund, after its noun
    intensity_head: re.Pattern[str]  # 单位国内生产总值[能耗]: the output a quantity is per, at a name's head
    per_population_verbs: tuple[str, ...]  # 拥有 opening a later item of a list per people
    per_population_head: re.Pattern[str]  # 每千人口执业医师、注册护士: the people each item of a list is counted per
    per_population_tail: re.Pattern[str]  # 食品安全抽检[达到每千人]: the people a figure is per, ending its name
    per_population_only: re.Pattern[str]  # (平均)每千人(拥有): only the people a figure is per, where a name is
    per_population_only_first: frozenset[str]  # 每, 平: the characters such a name may start with (a cheap pre-check)
    body_owned_heads: frozenset[str]  # 床位, 藏书: what a count of bodies before it has (卫生院3个，床位680张)
    body_end: re.Pattern[str]  # 医院, 图书馆 ending the name of such a count
    intensity_measures: frozenset[str]  # 能耗和二氧化碳排放: items a list shares the first one's intensity head with
    difference_of: re.Pattern[str]  # 增速…较上年同期提高 (group growth): the rate a difference in points is of
    share_word_after: re.Pattern[str]  # 的比重, 占比 after a name: the share a change in points is of
    share_name_end: re.Pattern[str]  # 教育经费[所占比例] ending a name carried to an amount: the share, not the amount
    tail_addition: re.Pattern[str]  # 各类市场主体每天新增: what is added, its basis and the verb that adds
    actor_spend_end: re.Pattern[str]  # 今年拟安排[430亿元]: a spending verb right before an amount
    counted_predicate_head: re.Pattern[str]  # where what a clause says of counted entities starts: 受益, 完成
    counted_predicate_modal: re.Pattern[str]  # 要, 必须 opening such a clause (not 要求): no part of a name by it
    counted_predicate_adverbs: frozenset[str]  # 已, 初步: heads of such a clause that are no verb of it
    counted_noun_prefixes: frozenset[str]  # 新开工项目全部开工: 新 and the verb after it are of the noun
    counted_predicate_reject: re.Pattern[str]  # a rest of the clause that is no predicate of them
    frame_predicate: re.Pattern[str]  # [脱贫任务]: a frame noun no verb of achieving reaches, no predicate of them
    counted_plan: re.Pattern[str]  # 12个项目[预计]年底完工: what is planned or expected of counted things opens here
    counted_rank_lead: str  # 在 before the group the things counted are ranked in
    counted_compared_place: re.Pattern[str]  # 街道 of 27个街道工业效益好于上年: the places counted, before what is compared
    counted_place_lead: re.Pattern[str]  # 在 before the place a predicate of counted things happens in
    counted_rank_tails: tuple[str, ...]  # 名, 位 after such a rank
    colon_item_ends: str  # what closes each item line under a line closed by a colon, sharing out its figure (；。)
    rank_ordinal_followers: tuple[str, ...]  # 的, 和: words a rank may run on with (保持全市第一的位置, 第一和第三)
    top_list_lead: re.Pattern[str]  # 法人单位数量居前三位的行业是: the quantity the items listed next lead in
    ordinal_list_next: re.Pattern[str]  # 、三 of 第二、三产业: the next ordinal of a list printed with its 第 once or again
    rank_list_gap: re.Pattern[str]  # 位、, 和: what parts a rank from the next of a list of ranks (第6位、第2位)
    counted_predicate_rank: re.Pattern[str]  # 完成量排名全市前三: a rank figure the clause goes on with
    share_holder_lead: re.Pattern[str]  # 已有, 团结 right before a share of the units after it: they name it
    share_holder_tail: re.Pattern[str]  # (以上)的 between such a share and the units
    share_present_lead: re.Pattern[str]  # 拥有, 已有, 团结 right before 占: the share describes what is held now
    subject_verbs: re.Pattern[str]
    generic_subject: re.Pattern[str]
    blank_line: re.Pattern[str]  # a line of white space: the end of a paragraph
    numeral_in_name: re.Pattern[str]  # 百分之, 四分之: where a figure in Chinese numerals read into a name starts
    set_rate: re.Pattern[str]  # 中小微企业复工率 → set 中小微企业: a rate of a set of units
    times_more_than: re.Pattern[str]  # 比小麦高至[两倍]: a multiple more than the base, a change against it
    stated_base: re.Pattern[str]  # 比[五年前]增长: the base of a change that no listed comparator names
    base_level_lead: re.Pattern[str]  # 比预算数 before a level: the level is the base compared with
    stated_base_rejects: frozenset[str]  # 今年: a base 比 names that keeps a growth against last year
    head_figure: re.Pattern[str]  # 2040亿元 in a clause (not 2003年, nor “3+1” in quotes): the clause holds a figure of its own
    item_figure: re.Pattern[str]  # 18处, 二亿七千万头 (not 2003年, nor “1+3” in quotes): a figure printed in an item
    head_index_frame: re.Pattern[str]  # 以１９５０年为[１００]: a frame setting an index base, no subject
    figure_in_name: re.Pattern[str]  # 百分之四, 3个: a name holding a figure, debris of a name never carried on
    year_item_opening: re.Pattern[str]  # ；一九八二年计划为…: an item after a semicolon that a year opens
    part_scope_lead: re.Pattern[str]  # 其中中心城区: a part marker and the place of the part, no comparator
    period_plan_opening: re.Pattern[str]  # ,全年目标为…: a period opening its clause before the plan it sets
    year_plan_opening: re.Pattern[str]  # 2024年[计划]新建口袋公园10个: a year's plan of what follows, the year a period
    colon_topic: re.Pattern[str]  # 原煤：…: the thing a sentence is about, before its colon
    topic_owned: re.Pattern[str]  # 全部建成后增加的年产能力: a quantity whose owner the colon topic is
    example_topic: re.Pattern[str]  # 如发电设备，…: the example a sentence opens with, the thing it is about
    bare_output_name: re.Pattern[str]  # 我国只生产: a name that is only the verb of an output, of no thing
    capacity_list_head: re.Pattern[str]  # 新增加的生产能力有：, …的年产能力如下：: a list of products or units, each named with the capacity
    capacity_nouns: tuple[str, ...]  # 能力, 容量: an item naming a capacity itself
    kind_list_head: re.Pattern[str]  # 招生人数将为：, 在校学生人数，比一九五六年，: a list of kinds of school, each named with the count
    kind_nouns: tuple[str, ...]  # 学生, 人数: an item naming the counted persons itself
    person_share_name: re.Pattern[str]  # 全国平均每人占有粮食: the basis each person has, then the product
    verb_opening: re.Pattern[str]  # 达到了…, 两年平均每年增长…: a sentence opening with its verb speaks of the subject before
    topic_sentence: re.Pattern[str]  # 城乡居民储蓄大幅度增加。: a sentence of no figure, naming the subject of the next
    topic_clause: re.Pattern[str]  # 财政收入较快增长，全年达到120亿元: a clause of no figure, naming the subject of the next
    copula_clause: re.Pattern[str]  # 经济增速是综合性指标，今年预期目标设定为6%以上: the indicator the clause says its subject is
    dwellers_after: re.Pattern[str]  # 约1亿人居住的城镇棚户区和城中村: the persons living in the place after them
    rate_opening: re.Pattern[str]  # 增速高于全国…: a scope that opens with a rate speaks of the subject before
    remainder_opening: re.Pattern[str]  # ；剩余8350万元全部转入…: the rest of the subject before
    remainder_before: re.Pattern[str]  # 剩余(8项重点工程): the rest of the things counted, named by the word (search before the figure)
    fund_flow: re.Pattern[str]  # 当年补充, 年末余额 (as cleaned: 余额): a clause that names only a flow of a fund or its stock
    fund_name: re.Pattern[str]  # 年初安排预备费, 预算稳定调节基金余额: a name holding a fund, its flow or stock around it
    fund_stocks: frozenset[str]
    year_start_stock: re.Pattern[str]  # 年初预算稳定调节基金余额: 年初 heading the name of a stock
    rank_change_words: frozenset[str]  # 净增7家,[增量]居全县首位: a rank of the change the figure before states
    rank_aspect_words: tuple[str, ...]  # 总量, 增速: what of a quantity a list of ranks ranks (总量、增速分别居…):
    # the level's aspects and the growth words (rank_growth_words), longest first
    listed_aspects: frozenset[str]  # 笔数, 金额: a list item naming only an aspect of a figure before
    listed_aspect_kinds: Mapping[str, str]  # 金额 → money, 面积 → area: the kind of figure the aspect is of
    rank_growth_words: tuple[str, ...]  # 增长7.5%,[增速]居全市第2位: a rank of the growth, named by it
    rank_growth_clause: re.Pattern[str]  # 收入[增幅]高于…3.7个百分点,居全省第6位: the growth the clause before compares
    # (group head: the words before the growth when the clause opens in the window, '' in 。累计增速高于全国…)
    bare_measures: frozenset[str]  # a measure that names no owner (营业额, 利润): the owner is said before it
    bare_measure_end: re.Pattern[str]
    sibling_owner: re.Pattern[str]  # 一般公共预算|收入: an owner, then one of its measures a sibling measure after it
    # shares the owner with (支出), not an amount of that measure (实际金额 of 外商直接投资)
    sibling_measures: frozenset[str]
    business_sibling_owner: re.Pattern[str]  # 快递|业务量: an owner, then a business measure a bare sibling of it
    # after it (业务收入) shares the owner with; an income or fee word is no such owner (非税收入…，支出)
    business_sibling_measures: frozenset[str]
    measure_own_units: Mapping[str, str]  # 亏损额 → 亏损企业: the units a bare measure is of by its name
    output_measures: frozenset[str]  # 年产量, 总产量: an output named bare, of the product its sentence is about
    owner_end: re.Pattern[str]  # a name ending with a word for units that own a measure (企业, 学校)
    place_year_lead: re.Pattern[str]  # 全区, 我国在 before a year that opens its clause (全区2023年的地区生产总值)
    attribute_measures: frozenset[str]  # 全长, 总投资: a size of the built thing the sentence opens with, when bare
    attribute_owner_end: re.Pattern[str]  # 公路, 项目 ending the name of a built thing a size is of
    sector_aggregate: re.Pattern[str]  # 工业增加值, 农业总产值: a sector's share of the place's output (not 企业总产值)
    sector_aggregates: frozenset[str]  # 增加值, 总产值
    loss_turn_from: re.Pattern[str]  # 由上年同期亏损2亿元转为盈利…: a loss a turn to profit starts from
    loss_turn_to: re.Pattern[str]  # 转为盈利, 扭亏为盈利 right after the loss
    profit_names: tuple[str, ...]  # 利润, 盈利: a name that is a profit already (the first is the word added)
    owner_clause: re.Pattern[str]  # 住宿和餐饮业恢复加快: the owner at the head of a clause, before its predicate and a
    # word of what of it the predicate says (基本养老保险[覆盖面]进一步扩大)
    sentence_owner: re.Pattern[str]  # 机械工业1979年…, 重工业生产，: an industry opening its sentence, the topic of its clauses
    item_owner: re.Pattern[str]  # 中等职业学校|招生规模: the owner of the item before, then its measure
    measured_owner: re.Pattern[str]  # 基本养老保险|参保人数: a name that is an owner, then a measure of it
    frame_name: re.Pattern[str]  # a whole name that is a frame of the figure (现, 调整初期, 超过了前): no name of its own
    bound_target_name: re.Pattern[str]  # 市下达控制指标: a whole name that is the cap set on the quantity before
    current_base: re.Pattern[str]  # 比现有的 before a level: the subject's current level, the base of a change
    base_time_level: re.Pattern[str]  # 比上年的 before a level: the level of that time, reached, the base of a change
    base_frame_end: re.Pattern[str]  # …的基础上 after a figure: the figure is the base reached (在连续两年增长百分之十三的基础上)
    basis_frame_inner: re.Pattern[str]  # 在…的基础上 inside a name: the frame and the actor before it name nothing
    base_frame_open: str  # 在, opening that frame in the figure's clause
    compared_level_open: re.Pattern[str]  # 高于 before a level …
    compared_level_end: re.Pattern[str]  # … and 的水平 after it: the level compared with, reached (高于…百分之四点三的水平)
    compared_plan: re.Pattern[str]  # 计划, 规定 between them: the level compared with is planned
    plan_head: re.Pattern[str]  # 计划草案规定 in a sentence's first clause: its plan holds across its ；
    yield_verbs: tuple[str, ...]  # 形成, 带来: what the things counted before yield (企业回迁50家，形成区级税收2亿元)
    part_owned_heads: frozenset[str]  # 协议投资: a head of the part counted just before it after 其中 only
    plant_owned_heads: frozenset[str]  # 日处理能力: a capacity of the plants counted just before it, a count of places
    plant_counters: frozenset[str]  # 座, 家, 处: the units of a count of plants or facilities (not of persons or tonnes)
    owned_heads: frozenset[str]  # a head that belongs to the things counted just before it (…42个，总投资320亿元; 农场…152个，耕地面积758万亩)
    student_flow_heads: tuple[str, ...]  # a school's intake, leavers and roll (新招生, 毕业学生, 在校学生)
    school_count_units: frozenset[str]  # the unit of a count of schools (所)
    set_rates: frozenset[str]  # 增长面: a rate of the set the count of some of its things just before is of
    owned_head_end: re.Pattern[str]  # 种植面积 ending a name: the owner's quantity, which a later head replaces
    received_end: re.Pattern[str]  # 接待游客 ending a name: the visits the owner before it received (景区接待游客)
    reception_trades: Mapping[str, str]  # 游客 → 旅游: the owner of what follows a count of visits received with no name before 接待
    reception_trade_heads: frozenset[str]  # 收入: the bare quantity reception_trades owns
    reception_object_ends: tuple[str, ...]  # 游客, 观众: the visitors a name of visits received ends with
    counted_measure_end: re.Pattern[str]  # 126家规上工业企业产值: a quantity of the units a count counts, after them
    count_owner_has: re.Pattern[str]  # 共有, 拥有: the verb of having after the bodies a count counts
    counted_owner_quantity: re.Pattern[str]  # [重点商圈]客流量, [乡镇]工业总产值: units counted and a quantity of theirs
    place_count_opens: tuple[str, ...]  # 在 before a count: the things counted are where the clause happens
    sibling_scopes: Mapping[str, tuple[str, ...]]  # 农村 → 城镇, 城市 …: the parts of the same whole, longest first
    domain_heads: frozenset[str]  # 毛入学率, 亩产: a bare rate of the domain the subject before names
    domain_subject_ends: tuple[str, ...]  # 在学人数, 产量: a subject's end, what precedes it its domain; longest first
    empty_subjects: frozenset[str]
    subject_trim_head: str
    subject_trim_tail: str
    straight_quotes: str  # " ': a name holding one keeps the other it was cut from
    # lists, ranges, thresholds
    list_word: str
    # 金融业、房地产业分别实现税收…: what the members' figures measure, printed after 分别 (its verb before it)
    list_quantity_after: re.Pattern[str]
    list_flow_after: re.Pattern[str]  # 淘汰落后生产能力 after 分别: the flow each item of the list has, named with the item
    list_paid_after: re.Pattern[str]  # 发放补贴资金 after 分别: the sum paid to the persons each item before counted
    list_paid_sum_nouns: tuple[str, ...]  # 资金, 补贴, 金: the nouns a sum paid after 分别 ends with
    list_relief_quantities: tuple[str, ...]  # 留抵退税, 减免税费: reliefs, each a sum of its own
    list_owner_ends: tuple[str, ...]  # 一季度, 市级, 街道 …: how an item that owns what a verb after 分别 adds ends
    list_sep: re.Pattern[str]
    list_member_note: re.Pattern[str]  # 3.56万吨(折纯)和862吨: a note of words after a member, no separator
    list_member_sign: Mapping[str, int]
    list_last_split: re.Pattern[str]
    list_suffixes: tuple[str, ...]
    list_suffix_units: Mapping[str, re.Pattern[str]]  # 率 → %: units a figure of an item sharing the suffix may print
    list_head_links: tuple[str, ...]  # 中央财政用于科技、教育…的支出: the words up to it are every item's
    age_item: re.Pattern[str]  # 0—14岁、15—59岁、60岁及以上人口: ages listed, the people named once after the last
    # 货物类、工程类、服务类采购 (货物、工程、服务类采购金额): classes listed, what is measured of them named once after the
    # last class's name, its 类 included; an item before it prints its own 类, or is a class of procurement leaving it
    # to the last; the lead's group is the item's class without its 类
    class_item: re.Pattern[str]
    class_item_lead: re.Pattern[str]
    recap_group: re.Pattern[str]  # 三大优势行业: the group a list of as many items closes with, no part of an item
    sector_names: frozenset[str]  # 金融业, 科技服务业: the glossary's names of industries (an item of a list of them
    # may print its industry's words only once, in the last item: 科技和信息服务业)
    # quantities an item of a list may name bare, owned by the thing of the first item (小麦面积和产量)
    bare_quantities: tuple[str, ...]
    kinds_list: re.Pattern[str]  # 178项节能[、节水和资源综合利用等]重大项目: kinds listed before what is counted
    counted_frames: frozenset[str]  # 1个面的工作重点: a frame after 的, not what the count counts
    grant_lead: re.Pattern[str]  # [商贸物流区二期工程获批]专项债1.5亿元: a named recipient and the verb granting it a sum
    receive_lead: re.Pattern[str]  # [企业获得]企业发展奖励资金 right after 30家: the recipients (participants) and their verb
    receive_verb: re.Pattern[str]  # 获得, 享受: a verb of receiving that opens what a clause says of things counted
    generic_measure: re.Pattern[str]  # 行业收入, 行业整体收入, 营业额: a bare measure whose owners the clauses before name
    measure_whole_words: tuple[str, ...]  # 总, 整体: a word of the whole a measure opens with (总产值), no owner's
    demonstrative_measure: re.Pattern[str]  # 这个比重: a measure the sentence before names, pointed to
    field_pointer: re.Pattern[str]  # 这方面: a field (这方面的投资) the clauses before bring in
    field_intro: re.Pattern[str]  # 用于X的, 对X的, 重点是X: a field brought in, what is spent on or supported
    pointed_units: re.Pattern[str]  # 这些农场的: units a figure before in the sentence counts, pointed to
    aspect_of_measure: re.Pattern[str]  # 收入规模, 支出增幅, 收入: a bare measure, or what of it, with no owner
    effort_frame: re.Pattern[str]  # 加大[拆违]力度: the work named inside a frame of effort
    object_to_head: re.Pattern[str]  # 扩充[重点服务企业名单]至500家: the verb that brings its object to the figure
    object_to_words: tuple[str, ...]
    object_list_words: tuple[str, ...]  # 名单 closing the object brought to a count: the members counted
    list_item_end: re.Pattern[str]  # where a list of items in a clause ends (近年来, 首次, 出现, 增长 …)
    list_each: re.Pattern[str]  # 分别, 均, 都: the one figure after a list of names is each one's
    apart_items: re.Pattern[str]  # 二氧化硫、氮氧化物排放量: a list of things never summed, a percent of it each one's
    list_rank_each_heads: tuple[str, ...]  # 水电、风电装机位居世界第一: one place, each item's (前三: places they share)
    list_open_end: re.Pattern[str]  # 等 closing a list that names only some of its items
    list_of_indicators_end: re.Pattern[str]  # 等…指标 closing a list: a figure of it is each item's, no name of theirs
    quantity_ends: tuple[str, ...]  # the endings of a phrase that names a quantity (量, 率, 额, 收入 …)
    unit_quantity_ends: tuple[str, ...]  # 公务接待费, 优良天数: endings of a quantity the units counted have
    disposal_words: tuple[str, ...]  # 把, 将: the markers of the object a figure changes
    rate_noun_end: re.Pattern[str]  # 人口自然增长率(为, 由上年的): a rate whose name holds a growth word
    subject_clause_end: re.Pattern[str]  # …所占的比重, …等重要指标: a clause that names the figures of the next
    total_clause_opening: re.Pattern[str]  # ，共有三十九个: a clause of a bare total, of what the clause before names
    reached_subject_clause: re.Pattern[str]  # 同我国有着贸易和文化联系的国家和地区: a noun its 的 modifies, no frame
    reached_clause_opening: re.Pattern[str]  # ，已经达到一百二十多个, ，增长了6.5%: a level reached or a change, of what the clause before names
    prior_same_period: re.Pattern[str]  # ，去年同期则完成: the figure after is of the same part of the year before
    having_count: re.Pattern[str]  # 有七千六百九十个: a count of what a clause before names, after a clause of its source
    source_clause: re.Pattern[str]  # ，据十二个省的不完全统计，: a clause saying where the figures after it come from
    range_separators: frozenset[str]  # 2至3, 5—8: the words between the ends of a range
    range_count_high: re.Pattern[str]  # -9000户, ～3亿元, ～3000元/平方米: a separator and the high end of a count or amount
    approx_pair_separator: str  # 二、三十亿斤: between the digits of a round range
    approx_pair_digits: str
    approx_pair_places: frozenset[str]
    unit_shared: frozenset[str]  # between figures that share the unit printed after the last (5-6%, 2.1、4.5和6.3%)
    threshold_after: re.Pattern[str]
    bound_class: re.Pattern[str]  # 5万平方米以上[重点拆除区域] right after a count: the bound of the class it counts
    threshold_units: frozenset[str]
    herd_threshold_units: frozenset[str]  # 头, 羽: a herd size bounds a class before the holders alone
    herd_class: re.Pattern[str]  # 以上规模养殖场: after a herd size, its bound and the holders of that size (match)
    reading_threshold_units: frozenset[str]  # ℃, 毫米: a reading's bound names what is counted (35℃以上高温日数)
    reading_bound_signs: str  # ≥, ≤ before a reading
    reading_bound_after: re.Pattern[str]  # 以上的 and a noun after a reading: the class of days or events counted
    reading_bound_close: re.Pattern[str]  # 的 and a noun, or a closing bracket, after a signed reading
    reading_value_lead: re.Pattern[str]  # 达, 至, 升高 right before a reading: the reading itself, unless 以上的 and a noun
    scope_note_bounds: tuple[str, ...]  # 及以上, 以下: what follows the bound
    scope_note: re.Pattern[str]  # 统计范围为年主营业务收入[2000万元及以上]: a class bound in a note of scope
    class_time_units: frozenset[str]
    duration_units: frozenset[str]
    ratio_parts: tuple[tuple[str, tuple[str, ...]], ...]  # ratio names and the names of their parts, longest first
    list_expansions: tuple[tuple[str, tuple[str, ...]], ...]  # 城乡居民 → 城镇居民, 农村居民 (longest first)
    not_only: re.Pattern[str]  # 不仅: the clause names its subject before it (X不仅没有下降，而且…增长3%)
    but_also: re.Pattern[str]  # 而且: the clause that goes on with the subject of the 不仅 clause
    addend_openers: tuple[str, ...]  # 再加上, 加上 (longest first): a clause that adds a part to a total, never its name
    example_openers: tuple[str, ...]  # 例如, 比如: a clause naming an example, the name of the figures after it
    sum_joiner: str  # 和: joins the parts a total after 加上 sums
    contribution_lead: re.Pattern[str]  # 对…贡献: a contribution of the subject named before
    contribution_name: re.Pattern[str]  # …贡献率: a contribution
    contribution_driver: re.Pattern[str]  # 工业对经济增长的贡献率: a contribution named with what contributes (group driver)
    list_sum_lead: re.Pattern[str]  # 合计, 三者合计 opening a clause after a 分别 list: the sum of its items
    not_subject: re.Pattern[str]  # names never carried to the next figure (年初预算数, 县区中)
    threshold_noun: re.Pattern[str]  # 两个千亿级台阶: a count of thresholds passed
    threshold_frame_open: re.Pattern[str]  # 在建设141项企业方面: 方面 closes the 在 frame, the count counts 企业
    threshold_frame_noun: re.Pattern[str]  # [企业方面] after the count (match): a noun a frame closer ends
    frame_closers: tuple[str, ...]  # 方面, 基础上: close a 在 frame, no predicate of the noun before it
    threshold_count_units: frozenset[str]  # 两个千亿级台阶 (not 1.4万亿斤新台阶, 100万人大关: a level reached)
    class_money_bound: re.Pattern[str]
    money_name: re.Pattern[str]  # 实现税收12.5亿: a name of money, its amount in 元 when only a magnitude is printed
    money_name_foreign: re.Pattern[str]  # 实际利用外资1.2亿: perhaps in 美元, no unit inferred
    class_money_lead: re.Pattern[str]  # [其中]10亿元楼宇8座, [税收]5000万元楼宇: an amount with no bound naming a class
    size_class_count: re.Pattern[str]  # 建成2个[5000平方米的社区服务中心]: a count right before the size of each thing
    size_class_figure: re.Pattern[str]  # [5000平方米]的社区服务中心 after a count: the size class opening the counted noun
    size_class_after: re.Pattern[str]  # [5000平方米]的社区服务中心: the size names the kind of the things counted
    settlement_size_units: frozenset[str]  # 户, 人
    settlement_size_class: re.Pattern[str]  # [20户]以上自然村通硬化路: villages (estates) of that size, no count
    reach_units: frozenset[str]  # 米, 公里: the units of a reach
    reach_coverage: re.Pattern[str]  # [500米]覆盖率: the coverage within a reach
    reach_owner_end: re.Pattern[str]  # 公交站点[500米]: a facility or stop the reach is around, ending before it
    class_money_noun: re.Pattern[str]  # 产值超10亿元[企业达到1]2家: an amount naming the class of units counted
    paren_comparator: re.Pattern[str]  # 高于全国(3.9%): the comparator's own rate in brackets
    paren_change: re.Pattern[str]  # 金融业(增长6.1%): the change verb opening brackets after an item
    paren_growth: re.Pattern[str]  # 增速(8.6%): a growth noun, its own rate in the brackets after it
    duration_after: tuple[str, ...]
    class_time_not_before: str
    figure_like: re.Pattern[str]
    exclusion_words: tuple[str, ...]  # 不包括在内: a bracket of what a figure leaves out
    inclusion_note_heads: tuple[str, ...]  # 包括, 不含: the words a bracket of what a name includes opens with
    inclusion_note_figure: re.Pattern[str]  # 增长百分之四（包括村办工业为[百分之六]: the figure of the whole so counted
    clause_joiner_heads: tuple[str, ...]  # ，以及…: a clause that goes on with the list of the clause before
    joined_total: re.Pattern[str]  # 共, 合计: a total of such a list, the clause before included
    # tables
    doubtful_name: re.Pattern[str]  # an indicator that is a cue word or debris (flag cue_subject)
    name_head: re.Pattern[str]  # words a name never starts with (prepositions, plan words, verbs, periods)
    name_owner_has: re.Pattern[str]  # (每年)有 财政赤字: the verb of having a name is left with when its owner goes
    name_head_keep: re.Pattern[str]  # nouns that start with such a word (从业人员, 比重, 在校生, 对外贸易)
    plan_outcome_clause: re.Pattern[str]  # 全年计划实施项目50个，[完成]48个: in a review, the outcome of the plan before
    name_compared_head: re.Pattern[str]  # 高于全市平均水平的指标: a comparison closed by 的 that picks out the noun, no head to drop
    name_gained_head: re.Pattern[str]  # 取得职业资格证书的人: what those counted gained, closed by 的, picks them out
    modal_verb_heads: frozenset[str]  # 要, 将, 拟: kept before a verb of one character and its 的 (要办的民生实事)
    recipient_clause_name: re.Pattern[str]  # 向企业发放的贷款: a thing named by whom it is given to and how, its head kept
    # (clean_name still strips a year or trend word after it)
    comma_names: re.Pattern[str]  # 信息传输、软件和信息技术服务业: glossary names with a list comma inside
    bare_growth: re.Pattern[str]  # 把增长[预期目标定在7.5%左右]: a growth target that names no owner
    bare_growth_name: str  # 经济增长速度: the growth such a target is of
    pointed_growth: re.Pattern[str]  # 这一增速[高于全市…], 这个速度高于[…的水平]: a growth pointed back to, all a figure's subject
    unowned_growth_subject: re.Pattern[str]  # 增速回落[1.2个百分点]: a subject that is a growth of no owner and its verb
    grown_owner_names: Mapping[str, str]  # 经济 → 经济增长速度: the growth a rate of an owner that names no quantity is
    grown_owner: re.Pattern[str]  # such an owner at the end of a name (国民经济, 我国经济: the economy of a scope)
    grown_name: re.Pattern[str]  # such a growth at the end of a name (我国经济增长速度), read back to its owner
    grown_printed: Mapping[str, str]  # 经济增长速度 → 经济: the words a sentence prints of that growth
    added_head: re.Pattern[str]  # 增加 at the head of a name of things added, renamed by ``added_head_names``
    added_head_names: Mapping[str, str]  # 增加 → 新增
    added_before: re.Pattern[str]  # 增加 (增加了) right before a figure of the things it adds
    listed_count: re.Pattern[str]  # 施工线路有包头——兰州线、…等: the things counted (``head``) and examples listed after
    times_changed: re.Pattern[str]  # 提高 heading the name of a count of times (三次提高出口退税率), or the whole name
    # (两次全面降准)
    times_unit: str  # 次
    enrolled_head: re.Pattern[str]  # 新纳入 heading the name of a count of persons: the persons taken in
    enrolled_person_unit: str  # 人
    enrolled_person_noun: str  # 人员: 新纳入低保、特困供养人员
    times_name_end: str  # 的次数: 提高出口退税率的次数
    share_increment_word: str  # 增加额: 一半用于大病保险 after 再增加40元 is a share of the amount added
    increment_name_end: re.Pattern[str]  # 增长的绝对数, 增加额 ending a name: how much the quantity before it grew
    unowned_growth_names: Mapping[str, str]  # 速度 → 经济增长速度: a growth noun that names no owner, as the economy's
    build_verb_names: frozenset[str]  # 开工, 建成: a count of the units built, named by the verb alone
    programme_frame: re.Pattern[str]  # 启动新的三年[棚改]攻坚计划: the programme an earlier clause pushes
    owner_has: re.Pattern[str]  # 共有 or a bare 有 after the owner of the things a count after it counts
    # (冶金工业部有五十七个建设项目)
    quantity_names: frozenset[str]  # 广义货币M2: glossary names of a quantity, whole without a list's shared word
    kind_price: re.Pattern[str]  # 粮食最低收购价: the price of kinds of a category, each kind's as the clause after lists them
    region_name: re.Pattern[str]  # 四川省, 上海市: a province or city, an owner of any measure
    place_set_subject: re.Pattern[str]  # 内蒙古、新疆、广西、宁夏四个自治区, 三分之一的省: a clause naming a set of places
    place_set_list_item: re.Pattern[str]  # 广东省的澄海、潮安: a clause of places a later count of them closes
    place_set_ends: frozenset[str]  # the last characters of such a clause (自治区, 地区): a gate before the pattern
    place_set_areas: tuple[str, ...]  # 重点城市, 贫困地区: places named by a quality, longest first
    place_count_end: re.Pattern[str]  # 74个 just before such places: their count
    substances_named_by_quantity: frozenset[str]  # 化学需氧量: a substance whose name ends as a quantity's
    list_noun_suffixes: frozenset[str]  # 案件: a shared suffix naming things counted (刑事、民事案件)
    list_item_own_nouns: tuple[str, ...]  # 建议, 提案: an item ending in one takes no such suffix (人大代表建议、信访案件)
    # the list comma of each such name with the characters around it (输、软): a comma with other
    # neighbours lies inside no such name (None when a name ends with its comma)
    comma_name_joints: frozenset[str] | None
    name_head_phrase: re.Pattern[str]  # 区财政局 (the office that reports), 分两轮 (how the task is split), 为企业和个人
    # (who gets the relief named after them: 减税), 年度计划 (the plan word before what an owner has)
    # 依据《刑法》第133条之一 (the law and article a thing is done by)
    name_plan_word: re.Pattern[str]  # a plan word before what an owner has: [年度计划]投资, 重大项目[年度计划]投资
    name_tail: re.Pattern[str]  # words a name never ends with (connectives, verbs, adverbs, qualifiers, 收入年度预算)
    # a span of years between a payer and its verb (中央财政[五年]支出), apart from name_inner: it starts with a
    # numeral, which the window of every figure holds, so name_inner keeps its quick test of first characters
    name_payer_span: re.Pattern[str]  # and a time 在 sets between an owner and what it has (我国[在一九五二年]的粮食产量)
    bracket_count_units: frozenset[str]  # 规模以上工业企业（45家）: the classifiers of a count in brackets after its noun
    name_inner: re.Pattern[str]  # a plan verb between the payer and what is paid: 中央财政[拟安排]补贴资金,
    #   a plan word before what an owner has: 重大项目[年度计划]投资,
    #   an achievement verb between an owner and what it earns: 工业企业[实现]利润
    #   or 共 between an owner and its verb: 地方财政[共]收入
    name_cut: re.Pattern[str]  # a time frame after which a name has ended: 外贸出口[从7月份开始大幅度回升]; a clause
    # of growth it ran on into: 农业生产合作社[有了很大的发展]
    name_clause_item: re.Pattern[str]  # 推进…分置改革、确权面积: a clause of an action before 、, then the one item measured
    name_year: re.Pattern[str]  # a year, period, heading number or list marker at the head of a name
    name_year_inner: re.Pattern[str]  # the same after a word a name drops (力争[下半年]新增…), not before 到, 前 …
    name_year_tail: re.Pattern[str]  # a year or base period at its end (国民生产总值１９８７年, 国家外汇储备从)
    name_tail_keep: re.Pattern[str]  # nouns ending in such a word (公共, 人均, 结余, 首都)
    name_tail_cue_nouns: re.Pattern[str]  # 行为: a noun at the end of a name a tail cue (为) cuts into
    name_year_keep: re.Pattern[str]  # 九年义务教育: years that are part of the noun
    name_list_close: re.Pattern[str]  # the 等 closing a list a name is (科技型企业、高新技术企业等), group close
    scope_head_verb: re.Pattern[str]  # 建立健全…: the verb of a head clause, before what it builds
    share_of_whole_name: re.Pattern[str]  # 国内生产总值中占比: a share named by its whole, with no owner (fullmatch)
    share_within_word: str
    share_owner_clause: re.Pattern[str]  # 参加…的农户: a clause naming the owner of the share after it (fullmatch)
    joined_verb_modifier: re.Pattern[str]  # 受过高等教育 before 和: a modifier of having (fullmatch)
    drawn_source: re.Pattern[str]  # 从…中 right before a spending verb (search to the verb)
    shared_count_list: re.Pattern[str]  # 、文化馆 before 和4万个: more nouns of the count before them (match)
    joined_members: re.Pattern[str]  # 和北京、上海…等省市 after counted units: others that share their predicate (match)
    pilot_reach: re.Pattern[str]  # …试点扩大到, …改革扩大到: the pilot or reform whose places are counted after it (search)
    next_count_item: re.Pattern[str]  # 、 before the figure of the next count of a list (search a predicate)
    contracted_name: re.Pattern[str]  # 外商直接投资协议金额: the owner and measure of a contracted amount (fullmatch)
    actual_bare: re.Pattern[str]  # 实际投资: an actual amount named bare (fullmatch)
    pilot_units: re.Pattern[str]  # 城镇居民基本医疗保险试点城市: the owner of a pilot whose places are counted
    aspect_in_name: re.Pattern[str]  # 已 before a verb a final name holds with no 的 after it: no part of what is measured
    level_list: re.Pattern[str]  # 省、市(地)级: levels listed before one 级 (match), no list of the nouns counted
    modifier_list: re.Pattern[str]  # 特色鲜明、功能完善的: modifiers listed before one 的 (match), no list of the nouns counted
    level_item_next: re.Pattern[str]  # 县级[和250个省级]…中心: after a count's level word, the next count's level (match)
    carried_balance: re.Pattern[str]  # [存款余额], [余额]: a balance of a noun the name carried ends with (fullmatch)
    carried_balance_kin: Mapping[str, tuple[str, ...]]  # 存款: (储蓄,): a noun ending with one names the head's thing
    carried_pair_words: Mapping[str, str]  # 存栏: 出栏: a bare name of one of a pair, owned as the other before is
    carried_pair_periods: tuple[str, ...]  # 年, 全年, 累计: period words at the owner's end, the other word's alone
    carried_size_words: tuple[str, ...]  # 总吨位, 功率: a bare size, of the vessels or machines counted before
    carried_size_units: frozenset[str]  # 艘, 台, 辆, 架: the counters of those vessels and machines
    carried_size_per_unit: tuple[str, ...]  # 单机, 平均: a size of one of them (单机功率), which names no owner
    carried_size_part_lead: re.Pattern[str]  # 其中, 包括: a count of some of the vessels counted before
    carried_rate: re.Pattern[str]  # [逾期率]: a rate of the amount or count before whose name ends with its stem (fullmatch)
    carried_rate_bases: str  # 额数量: what that name ends with after the stem
    balance_owner_generic: frozenset[str]  # 各类, 各项: words before 贷款 that name no kind of loan
    launched_plan: re.Pattern[str]  # 启动…计划: a head clause launching a plan (fullmatch)
    scope_frame_clause: re.Pattern[str]  # 为系统解决…, 在…的同时, 同一九五七年比较, 从…看: a head clause of purpose, concession,
    # comparison or view (match at its start)
    scope_set_frame: re.Pattern[str]  # 在…中: a head clause naming the set a part is taken of (match at its start)
    amount_frame_noun: re.Pattern[str]  # [的高基数上], [的目标]: a frame after an amount, which the subject before it names
    share_basis_frame: re.Pattern[str]  # 中央财政已按: who acts on the basis of a share, and the basis word (match at its start)
    campaign_object: re.Pattern[str]  # 棚户区改造[工程], 整治[提升三年行动]: the campaign a verb names, no object of it
    repeated_verb_adverb: re.Pattern[str]  # [先]发行: adverbs before a bare verb whose object a clause before prints
    multi_year: re.Pattern[str]  # 年均增长, 两年平均增长, 五年累计下降: a rate over several years
    yearly_restated: re.Pattern[str]  # ，即平均每年递增…: the change before is over the years of that rate
    done_total_share: re.Pattern[str]  # [已完成投资6545亿元，]占规划总投资的[65.5%]: of the total, so much done
    done_amount: re.Pattern[str]  # 完成: the clause of an amount done
    restated_point_move: re.Pattern[str]  # 由44％提高到45％[，即提高]1％: the move of a rate restated
    restated_change: re.Pattern[str]  # 比上一年增产四百四十亿斤[，即]百分之七点八: a change restated in percent
    aim_raised: re.Pattern[str]  # 递增百分之四[，在执行中争取达到]百分之五: a higher aim for the growth just set
    extreme_member: re.Pattern[str]  # 都在百分之四点三以上[，高的达到]百分之五点五: the highest member's figure
    span_opening: re.Pattern[str]  # 两年铁路的货物周转量增长…: a clause opening with a span of years, a change over it
    to_date_period: re.Pattern[str]  # 到５月份为止: a period up to a date within a year, of outcomes measured so far
    years_joined: re.Pattern[str]  # 一九五八年和一九五九年: two years named together
    sub_magnitude: re.Pattern[str]  # the 5千 of 2万5千公里, the 3千多万 of 1亿3千多万, the 零500 of 3万零500: a smaller part
    multi_year_word: re.Pattern[str]  # 年均, 平均每年 anywhere in a clause (年均经济增长速度预期目标为)
    per_year_word: re.Pattern[str]  # 年均, 平均每年, 每年 (not 每人每年): an amount each year of a span
    per_year_next_item: re.Pattern[str]  # ，资助学生 between two figures: the next item of a list read per year
    real_terms: re.Pattern[str]  # 实际增长, 扣除价格因素, 同口径: a change not implied by the levels as printed
    growth_target: re.Pattern[str]  # 经济增长预期目标为: the growth a target sets
    growth_target_name: re.Pattern[str]  # its 预期目标为, taken off the name (经济增长 stays)
    rate_noun_after: re.Pattern[str]  # [6.5%左右]的增速: the rate named after the percentage
    growth_name_end: re.Pattern[str]  # 工农业总产值的增长速度: a name ending with the growth it measures
    rate_name_after: re.Pattern[str]  # 现行16%[的税率]: a rate named after the percentage, its owner before it
    set_as_after: re.Pattern[str]  # 2300元[作为新的国家扶贫标准]: what an amount is set as, named after it
    set_as_leads: tuple[str, ...]  # [将]…作为: the word that opens an amount set as what follows it
    compared_base_lead: re.Pattern[str]  # [与2019年同期的]60.1亿元相比: a base compared with (search ending at the figure)
    compared_base_close: re.Pattern[str]  # 60.1亿元[相比]: the close of a base's frame (match after the figure)
    rank_title_after: re.Pattern[str]  # 全球第一[货物贸易]大国: the field of a country's rank, after the ordinal
    growth_drive_lead: re.Pattern[str]  # [带动]固定资产投资增长5.1%: a driving verb heading the name of what grows
    peer_owner_class: re.Pattern[str]  # [民营]医院68.3% after 公立医院病床使用率: a class of bodies, owning the quantity before
    income_grow_verbs: frozenset[str]  # 带动农户增收[1.3万户]: the verbs of an income growing, said of those counted
    income_change_fillers: str  # 带动农民增收[约]1.2亿元: what may stand between a change verb and its figure
    causative: re.Pattern[str]  # 可使, 使得: the owner of a bare quantity is after it (可使[农民]减轻负担)
    growth_after: re.Pattern[str]  # 10%以上的增长: the growth noun after the figure
    rate_cut_lead: re.Pattern[str]  # 按不低于: a rate to cut by opens before the figure
    rate_cut_after: re.Pattern[str]  # [的幅度压减]一般性支出: the cut the rate is of, after the figure
    gap_pct: re.Pattern[str]  # 较均衡进度慢2.94%: a gap to a benchmark printed with %
    pull_object: re.Pattern[str]  # 拉动全市经济增长3.2个百分点: a pull, what it names after it no base compared with
    more_than_base: re.Pattern[str]  # 比上年多百分之五: so much more (less) than a base, a change against it
    more_than_base_less: frozenset[str]  # 少, 低: its words saying less, a change down (偏早: see deviation_sign)
    deviation_end: re.Pattern[str]  # [降水量]偏多[16.7%], [气温]偏高[0.8℃]: a departure from the usual level, no base printed
    deviation_sign: Mapping[str, int]
    above_base: re.Pattern[str]  # 高于全市平均水平2000元: so much above (below) a place's level
    pp_down_words: frozenset[str]
    from_word: re.Pattern[str]  # 从/由 (and a base period) right before the A of 从A增加到B
    per_unit_tail: re.Pattern[str]  # 提高到每人每年, 最低收购价每50公斤: the basis of the figure after it, at a name's end
    per_capita_tail: re.Pattern[str]  # 提高到人均: a per-capita basis after the verb that changes the figure
    list_head: re.Pattern[str]  # 、水泥4200万吨、平板玻璃3500万标准箱等落后产能: the head after 等 that a list of amounts shares
    list_head_verb: re.Pattern[str]  # 淘汰钢铁2700万吨、…: the verb of the first item, shared by the list
    issue_verb: re.Pattern[str]  # (先后)出台, 印发 opening an item of a list: a verb of its own, none of the item before
    list_shared_modifiers: tuple[str, ...]  # 落后 after that verb: a kind every item of the list is of
    list_shared_places: tuple[str, ...]  # 老旧小区 after that verb: the place the objects of every item lie in
    list_change_verb: re.Pattern[str]  # 损失 heading a comma list of amounts: the verb of every bare item of the list
    list_item_own_verb: re.Pattern[str]  # 检查企业, 巡逻里程 (not 检查人员): an item done by a verb of its own, no list verb's
    network_measure_ends: tuple[str, ...]  # 里程: a measure of the doing, named by no verb of a list before it
    list_item_quantities: Mapping[str, str]  # 产能, 产量: the quantity a bare product next in the list is of too
    comma_list_item_units: frozenset[str]  # 公里, 千瓦: units of things added that a list goes on with after a comma
    list_item_capacity_units: frozenset[str]  # 吨, 重量箱: the units a listed product's capacity may be counted in
    each_word: str  # 年产各30万吨的扬子和齐鲁乙烯工程: one amount for each item of the list after it
    class_bound: re.Pattern[str]  # 超过30%的企业占…, 在五亿元以上的重大建设项目有…: a bound of the class counted next
    class_bound_before: tuple[str, ...]  # 超过, 低于: the words that make a figure before 的 a bound
    bracket_part: re.Pattern[str]  # (以下)(的)部分 after a bound: a bracket a tax or rate is applied to, no figure
    class_named: re.Pattern[str]  # 2000万元以上的工业企业实现产值50亿元: an amount's bound naming the class a figure
    # after it in the clause is of (not 以上的水平: a level)
    class_object_lead: re.Pattern[str]  # 对[单体建筑面积]1万平方米以上的…: the bound of a class a measure is taken on
    class_object_tail: re.Pattern[str]  # 以上的 + a noun: the class that bound names
    counted_class_bound: re.Pattern[str]  # a count's noun, then 以上的 + a noun: 十个职工以上的企业
    counted_class_bound_gate: str  # 以: the literal counted_class_bound needs
    class_span_units: frozenset[str]  # 使用年限20年以上的老旧电梯: spans of time that bound a class as amounts do
    to_word_after: re.Pattern[str]  # 增加到/降至 … right after the A
    to_dated_word_after: re.Pattern[str]  # 到一九五七年上升为 … right after the A: the to-word after the year of the B
    from_plan_words: tuple[str, ...]  # 由年初的X调整为Y: a from-value planned, not reached
    from_plan_named_words: tuple[str, ...]  # 由原计划的X增加到Y: a plan whatever the to-word (年初 needs a revision)
    current_words: tuple[str, ...]  # 现行16%的税率: the value in force right after the word is an outcome
    current_named_to: re.Pattern[str]  # [现行16%]的税率降至: the thing after the value in force, moved by a to-word
    revision_words: frozenset[str]  # 调整为: the to-word of a plan revised
    to_word_end: re.Pattern[str]  # the same, ending right before the B
    to_target_end: re.Pattern[str]  # 压缩至, 缩短到, 目前, 稳定在: a value reached or held, right before the figure
    from_to_tail: re.Pattern[str]  # 从一个月以上压缩到目前的平均: the move a name ends with, to the value reached
    # the characters a match of each pattern field may start with (:func:`first_chars`), by field name;
    # a pattern that may start with any character answers yes for every one
    starts: Mapping[str, frozenset[str] | AnyChar] = dataclasses.field(default_factory=lambda: MappingProxyType({}))
    # the characters a string holding a match of each pattern field may end with (:func:`last_chars`), by field
    # name: for a pattern anchored at the end (收入增长$), the characters its matches end with
    ends: Mapping[str, frozenset[str] | AnyChar] = dataclasses.field(default_factory=lambda: MappingProxyType({}))


@cache
def compiled() -> CueViews:
    """The compiled rules, built once from ``vocab/cues.json``."""
    c = extractor_cues()
    # {plan}: the number of a five-year plan (六, 十一); {plan_years}: its years in brackets; {year}: a year as layout.json prints it (2024, 一九五八)
    # {present}: a word of the present (当前, 目前); {pp_openers}: the comparison words opening a clause of points;
    # {stock_qualifiers}: 约, 近, 上 before a stock's figure; {output_verbs}: 年产, 日产; {means_lead}, {means_noun}: 通过
    # …渠道, a phrase of the means something is done by; {assessment_verb}: 验收, 认定, what a thing passing (通过) a
    # quoted title went through;
    # {given_verbs}: 发放, 让利, the verbs of giving and relief; {milestone_verb}, {milestone_noun}: 突破…大关, a threshold
    # passed (after a level's figure, and in a name's tail); {compared}: 好于, 高于, the words of a comparison with a base;
    # {places}: 街道, 乡镇, the kinds of place counted by what of theirs is compared; {following_token}: PM2.5, 5G, a word
    # of letters and digits in a name; {limit_givers}: 市, 上级, the levels
    # granting a limit; {place_units}: 街道, 社区, the places below a county a count names; {place_kinds}: （市、区）, the
    # kinds of place in brackets after such a count; {place_kind_words}: 区, 市, 旗, the kinds such a bracket lists;
    # {yearly_average}: 年平均 of several years (not 全年平均, 每年平均); {scope_places}: 全市, 全区, the places a level is
    # measured against (高于全市平均水平)
    # {body_deeds}: 完成, 办理, what a body doing the work does (区政务服务中心全年办理事项)
    # {contest_nouns}, {athlete_nouns}, {prize_verbs}, {prize_nouns}: 在省残运会上获得金牌, 运动员夺得金牌, the contest or
    # the winners heading a prize's name
    # {listed_classes}: 货物, 工程, 服务, the classes of procurement (货物、工程、服务类采购)
    c = filled(c, plan_span=c.plan_span_name_regex, report_places=c.report_places_regex,  # ({plan_span} holds {plan}
               place_units=c.place_units_regex, place_kinds=c.place_kinds_regex,
               plan_years=c.plan_years_regex,  # and {plan_years})
               plan=c.plan_number_regex, year=layout_rules().year_regex, perfect_verb=c.perfect_verb_regex,
               present=_alt(c.present_words), pp_openers=_alt((*c.fall_comparison_openers, *c.pp_judged)),
               stock_qualifiers=_alt(c.stock_qualifiers), output_verbs=_alt(c.output_attribute_verbs),
               means_lead=_alt(c.means_leads), means_noun=_alt(c.means_nouns),
               assessment_verb=_alt(c.assessment_verbs),
               contest_nouns=_alt(c.contest_nouns), athlete_nouns=_alt(c.athlete_nouns),
               prize_verbs=_alt(c.prize_verbs), prize_nouns=_alt(c.prize_nouns),
               given_verbs=_alt({*c.recipient_relief_verbs, *c.recipient_inner_verbs}),
               milestone_verb=_alt(c.milestone_verbs), milestone_noun=_alt(c.milestone_nouns),
               compared=_alt(c.compared_words), places=_alt(c.compared_place_kinds), limit_givers=_alt(c.limit_givers),
               place_kind_words=_alt(c.place_kinds), yearly_average=c.yearly_average_regex,
               gap_target=c.target_gap_target_regex, gap_words=_alt(c.target_gap_words),
               following_token=c.following_token_regex,
               body_deeds=_alt(c.body_deed_verbs),
               listed_classes=_alt(c.listed_class_words),
               scope_places=_alt(c.scope_words + c.above_base_places))
    # 还差, 尚差: a gap left, a fall (abs_change_strong only after a target, target_gap), of points as of an amount
    c = dataclasses.replace(c, abs_change_cues={**c.abs_change_cues, **dict.fromkeys(c.target_gap_words, -1)},
                            pp_down=(*c.pp_down, *c.target_gap_words))
    # 已, 累计, 基本 before a verb of completion: part of it (the adverbs also head a clause said of counted entities)
    done_lead = rf"(?:{_alt((*c.completed_adverbs, *c.completion_lead_words))})*"
    handed_down = tuple(g + c.limit_handed_down for g in c.limit_givers)  # 市下达的: dropped from a name's end and head

    units: dict[str, tuple[str, str]] = {}
    units.update({k: ("money", v) for k, v in c.money_units.items()})
    units.update({k: ("money", c.money_units["元"]) for k in c.money_fractions})
    units.update({k: ("percent", v) for k, v in c.percent_units.items()})
    units.update({k: ("percent", "pp") for k in c.point_fractions})  # 32个基点: 0.32 pp
    units.update({k: ("count", k) for k in c.counters if k not in units})
    units.update({k: ("count", v) for k, v in c.unit_aliases.items() if k not in units and not k.startswith("万")})
    mags = _alt(m for m in MAGNITUDES if m in ("万亿", "亿", "万"))
    over = _alt(c.over_suffixes)
    suffix = rf"(?:{c.cue_streak_regex})?(?:(?:{_alt(c.cue_link_asides)}){{0,2}}(?:{_alt(c.cue_suffixes)}))?"
    # (连续四年达到: the verb after how long it held; 增长预计达到: after a word of a forecast or a plan)
    links = _alt(c.subject_links)
    list_links = _alt(c.subject_list_links)
    perf = _alt(c.perfective_particles)
    person_head = re.compile(_alt(c.person_heads))
    household_head = re.compile(_alt(c.household_heads))
    owner_ends = _alt((*c.owner_ends, *c.entity_words))  # 学校, 企业, 市场主体: the bodies an owner's name ends with
    flow = _alt((*c.flow_verbs, *c.disposal_verbs))  # 新设, 取消 … (取消和下放了416项, 制定、修订137件: two joined)

    def verb_lead(verbs: Iterable[str], tail: str) -> str:
        # 新增上市企业, 注销(的)市场主体 (and a second verb joined, 新建和续建, 注销、吊销, 取消和下放: both cut, none
        # when only the verbs are left)
        joined = rf"[和、或](?:{flow})"
        return (rf"(?:{_alt(c.whole_year_periods)})?(?P<verb>(?:{_alt(verbs)})(?:{joined})?)(?!{joined}){tail}")

    tails = {*c.name_tail_strip, *c.to_words}  # what ends no name (a to-word too: 提高到, 收窄至)
    comparator_words = _alt(w for w, _ in c.comparators)
    # 从/由 and the base period of a from-value (由上年的, 从2007年的)
    comma_names = _comma_names()
    # (and the plan the A is of: 由年初预算439.55亿元调整为, 由年初设定的6%左右调整为)
    from_frame = (rf"(?:{_alt(c.from_words)})(?:{c.from_base_regex}|{c.years_ago_regex}|{_alt(c.from_current_words)})?(?:的)?"
                  rf"(?:{_alt(c.from_plan_nouns)})?")
    plan_word = rf"(?:{_alt(c.name_plan_heads)})(?=(?:{_alt(c.owned_heads)}))"
    done_last = frozenset(w[-1] for w in c.completion_verbs)  # 成 of 建成: where a use after the completion may follow
    # 已开工, 竣工投用: what is done of things counted, one verb of completion or use or two joined
    done_verbs = rf"{done_lead}(?:{_alt({*c.completion_verbs, *c.subset_verbs})}){{1,2}}"
    unit_re = re.compile(
        rf"(?:{c.spoken_magnitude_regex})?"  # 3个亿: the counter spoken before the magnitude
        rf"(?P<mag1>{mags}|千(?=(?:{over})?[万亿]?(?:{_alt(c.thousand_units)}))|百(?=(?:{over})?[万亿]))?"
        rf"(?P<q>{over})?"
        rf"(?P<mag2>{mags})?"
        rf"(?P<unit>(?!{_alt(c.unit_lookalike_words)})(?:{_alt(units)}"
        rf"|(?:{_alt(c.listed_money_fractions)}){c.listed_money_fraction_regex}))?"
    )
    points = (PP_WORD, *c.point_fractions)  # 百分点, 个基点, BP: the words a figure in points ends with
    fractions = {**c.money_fractions, **c.listed_money_fractions,  # 3分、5分和1毛钱: 分 in a list of yuan fractions
                 **c.point_fractions}  # (个基点: a hundredth of a percentage point)
    units.update({k: ("money", c.money_units["元"]) for k in c.listed_money_fractions})
    return _gate_fields(CueViews(
        unit_re=unit_re,
        unit_first=first_chars(unit_re, empty=True),
        units=MappingProxyType(units),
        unit_fractions=MappingProxyType({k: Decimal(v) for k, v in fractions.items()}),
        per_unit=_Rule(rf"/(?:{mags}|千|百)?(?:{_alt(c.per_unit_words)})"),
        unknown_unit=_Rule(c.unknown_unit_regex),
        unknown_unit_first=first_chars(re.compile(c.unknown_unit_regex), han=True),
        unknown_unit_reject=c.unknown_unit_reject,
        counted_noun=_Rule(rf"(?:{mags})?(?:{over})?(?:{mags})?({_alt(c.counted_nouns)})"),
        counted_nouns=c.counted_nouns,
        counted_noun_far=_Rule(rf"[\u4e00-\u9fff]{{1,8}}({_alt(c.counted_nouns)})"),
        counted_noun_end=_Rule(rf"({_alt({**c.counted_nouns, **c.counted_name_ends})})$"),
        counted_size_end=_Rule(rf"({_alt({**c.counted_nouns, **c.counted_name_ends})})(?:{c.counted_size_regex})?$"),
        counted_name_ends={**c.counted_nouns, **c.counted_name_ends},
        q_before_re=_Rule(rf"(?:{_alt(c.qualifiers_before)})$"),
        q_before_last=_last_chars(c.qualifiers_before),
        q_before_span=max(map(len, c.qualifiers_before)),
        q_before=c.qualifiers_before,
        q_after_re=_Rule(rf"(?:{_alt(c.qualifiers_after)})(?![{c.qualifier_after_not_before}])"),
        q_after_first=frozenset(w[0] for w in c.qualifiers_after if w),
        q_after=c.qualifiers_after,
        over_suffixes=c.over_suffixes,
        half_units=frozenset(c.half_units),
        half_word=c.half_word,
        over_inside_units=frozenset(c.over_inside_units),
        approx_prefix_qualifiers=c.approx_prefix_qualifiers,
        approx_subject_chars=c.approx_subject_chars,
        pp_not_over=frozenset(c.pp_not_over),
        point_units=frozenset(c.point_units),
        rate_point_units=MappingProxyType(dict(c.rate_point_units)),
        rate_name_ends=tuple(c.rate_name_ends),
        person_rate_ends=tuple(c.person_rate_ends),
        not_about_before=frozenset(c.not_about_before),
        not_about_after=frozenset(c.not_about_after),
        spoken_magnitude=_Rule(c.spoken_magnitude_regex),
        pass_bound_words=c.pass_bound_words,
        pass_bound_not_after=frozenset(c.pass_bound_not_after),
        qualified_verb=_Rule(rf"({_alt(c.qualified_verb_words)})(?:{_alt(c.qualified_verbs)})了?[\u4e00-\u9fff]{{0,8}}$"),
        qualifier_phrase=_Rule(rf"({_alt(c.qualifier_phrase_words)})[^,;。:]{{1,12}}的$"),
        whole_qualifier=_Rule(rf"({_alt(c.whole_qualifier_words)})[\u4e00-\u9fff]{{1,{c.whole_qualifier_span}}}$"),
        range_dash_after=_Rule(c.range_dash_after_regex),
        minus_after=_Rule(rf"[\u4e00-\u9fff{''.join(re.escape(ch) for ch in c.minus_after_chars)}]"),
        minus_word=_Rule(c.minus_word_regex),
        colloquial_point=_Rule(c.colloquial_point_regex),
        colloquial_point_lead=_Rule(c.colloquial_point_lead_regex),
        elided_pp=_Rule(rf"(?:{_alt(c.elided_unit_joiners)})\d+(?:\.\d+)?个?(?P<point>{_alt(points)})"),
        point_words=points,
        point_place_words=tuple(c.point_place_words),
        point_fraction_rate=_Rule(c.point_fraction_rate_regex),
        growth_end=_Rule(rf"(?:{_alt(c.growth_cues)})(?:{suffix})?$"),
        decline_end=_Rule(rf"(?:{_alt(c.decline_cues)})(?:{suffix})?$"),
        pair_change_gap=_Rule(rf"[,，]即?(?:{_alt((*c.growth_cues, *c.decline_cues))})(?:{suffix})?"),
        growth_to=_Rule(rf"(?:{_alt(c.growth_subjects)})[^,;。:]{{0,6}}?(?:{links})?(?:{list_links})?$"),
        decline_to=_Rule(rf"(?:{_alt(c.decline_subjects)})[^,;。:]{{0,6}}?(?:{links})?(?:{list_links})?$"),
        rate_move_to=_Rule(rf"(?:(?P<rate>{_alt(c.rate_nouns)})|(?P<down>{_alt(c.decline_subjects)})|{_alt(c.growth_subjects)})"
                                rf"(?:{_alt(c.from_words)})[^,;。:]{{1,16}}?(?:{_alt((*c.to_words, *c.change_to_cues))})"
                                rf"(?:{c.to_target_between_regex})$"),
        pp_up=_Rule(rf"(?:{_alt(c.pp_up)})(?!{_alt(c.pp_word_nouns)})"),
        dash_target=_Rule(c.dash_target_regex),
        pp_down=_Rule(rf"(?:{_alt(c.pp_down)})"),
        pp_narrowing=frozenset(c.pp_narrowing),
        bare_pp_change=_Rule(c.bare_pp_change_regex),
        period_base=_Rule(c.period_base_regex),
        pp_widening=frozenset(c.pp_widening),
        fall_comparison_openers=tuple(c.fall_comparison_openers),
        pp_judged=frozenset(c.pp_judged),
        decline_subject_words=tuple(c.decline_subjects),
        decline_subject=_Rule(_alt(c.decline_subjects) + "|" + _alt(c.decline_signals)),
        growth_subject=_Rule(_alt(c.growth_subjects)),
        completion_end=_Rule("(?:" + "|".join(c.completion_end_regex) + ")$"),
        completion_object=_Rule(c.completion_object_regex),
        completion_object_era=_Rule(c.completion_object_era_regex),
        completion_generic=tuple(sorted((*c.completion_object_generic, *(g + "下达" for g in c.limit_givers)),
                                        key=len, reverse=True)),
        stock_task_words=MappingProxyType({w: tuple(ends) for w, ends in c.stock_task_words.items()}),
        share_end=_Rule(("(?:" + "|".join(c.share_end_regex) + ")$").replace("{occupied}", _alt(c.occupied_objects))),
        share_own=_Rule(c.share_own_regex),
        share_verb=c.share_verb,
        share_list_heads=tuple(c.share_list_heads),
        share_noun=c.share_noun,
        elapsed_time=_Rule(c.elapsed_time_regex),
        elapsed_time_name=c.elapsed_time_name,
        fund_spent_subject=_Rule(c.fund_spent_subject_regex),
        transfer_part=_Rule(c.transfer_part_regex.replace("{transfers}", _alt(c.transfer_words))),

        rank_verb_set=frozenset(c.rank_verbs),
        # (the list comma of a bracket of kinds of places is no list of ranks: 居全市10个县(市、区)第2位)
        # (居全市10个县（区、市）第2位: the bracket of kinds after a place noun is one piece, its commas no list's)
        rank_re=_Rule(rf"(?:{_alt(c.rank_verbs)})((?:(?!{_alt(c.rank_verbs)})"
                      rf"(?:[(（](?:{_alt(c.place_kinds)})(?:、(?:{_alt(c.place_kinds)})){{1,3}}[)）]|[^,;。:、])){{0,12}}?)$"),
        rank_scope=_Rule(c.rank_scope_regex),
        rank_name_tail=_Rule(c.rank_name_tail_regex),
        rank_praise_tail=_Rule(c.rank_praise_tail_regex),
        period_result_heads=tuple(c.period_result_heads),
        period_compared_heads=(*c.comparison_words, *c.period_compared_heads),
        period_result_stops=c.period_result_stops,
        rank_move=_Rule(rf"({_alt(c.rank_move_cues)})(?:了)?$"),
        rank_move_sign=c.rank_move_cues,
        rank_move_units=frozenset(c.rank_move_units),
        rank_move_place_units=frozenset(c.rank_move_place_units),
        rank_move_place=_Rule(c.rank_move_place_regex),
        comparator_pair=_Rule(c.comparator_pair_regex),
        comparator_pair_separator=_Rule(_alt(c.comparator_pair_separators)),
        comparator_pair_after=_Rule(c.comparator_pair_after_regex),
        period_list=_Rule(c.period_list_regex),
        prior_years_list=_Rule(c.prior_years_list_regex),
        rank_verb_tails=frozenset(c.rank_verb_tails),
        rank_within=_Rule(c.rank_within_regex),
        rank_frame_name=_Rule(c.rank_frame_name_regex),
        rank_frame_clause=_Rule(c.rank_frame_clause_regex),
        share_frame_clause=_Rule(c.share_frame_clause_regex),
        share_place_wholes=frozenset(c.share_place_wholes),
        rank_assessment=_Rule(c.rank_assessment_regex),
        rank_assessment_end=_Rule(rf"(?<=.)(?:{c.rank_assessment_regex})$"),
        rank_assessment_noun=c.rank_assessment_noun,
        rank_assessment_owner=_Rule(c.rank_assessment_owner_regex),
        rank_verdict_clause=_Rule(c.rank_verdict_clause_regex),
        rank_move_to=_Rule(rf"{c.rank_move_from_regex}(?:{_alt(c.rank_move_cues)})(?:{_alt(c.rank_move_to_words)})$"),
        rank_move_to_last=tuple(c.rank_move_to_words),
        rank_move_prior=_Rule(c.rank_move_prior_regex),
        all_words=tuple(c.all_words),
        times_base_listed=_Rule(c.times_base_listed_regex),
        abs_change_end=_Rule(rf"(?:{_alt(c.abs_change_cues)})(?:{perf})?$"),
        abs_change_last=_last_chars(c.abs_change_cues) | _last_chars(c.perfective_particles),
        abs_change_sign=c.abs_change_cues,
        abs_change_words=tuple(w for w in c.abs_change_cues if len(w) > 1),
        abs_change_strong=frozenset(c.abs_change_strong),
        increment_change_words=frozenset(c.increment_change_words),
        increment_stock_nouns=tuple(c.increment_stock_nouns),
        increment_name_words=(*c.increment_name_words, *c.increment_name_ends),
        increment_noun=c.increment_noun,
        abs_change_uncompounded=frozenset(c.abs_change_uncompounded),
        raise_end=_Rule("".join(f"(?<!{re.escape(h)})" for h in c.action_compound_heads)
                             + rf"(?:{_alt(c.abs_change_uncompounded)})(?:{perf})?$"),
        perfective="".join(c.perfective_particles),
        change_to_end=_Rule(rf"(?:{_alt(c.change_to_cues)})$"),
        adjust_end=_Rule(rf"(?:(?P<cut>{_alt(c.cut_cues)})|{_alt(c.raise_cues)})(?:{perf}|{_alt(c.adjust_extent_words)})?$"),
        reform_cut_end=_Rule(c.reform_cut_end_regex),
        cut_lead=_Rule(rf"(?:{_alt(c.cut_lead_prefixes)})?(?:{_alt(c.cut_cues)})(?:{perf})?"
                            r"(?![到至为])(?=[^\d,，;；。:：、占比率]{1,24}$)"),
        bare_change=_Rule(rf"(?:{_alt(c.bare_change_prefixes)})?({_alt(c.bare_change_verbs)})(?:{perf})?"),
        comparison_word=_Rule(_alt(c.comparison_words)),
        comparators=tuple(sorted(c.comparators, key=lambda p: -len(p[0]))),
        chain_base=c.chain_base,
        chain_previous_periods=c.chain_previous_periods,
        chain_cumulative_periods=c.chain_cumulative_periods,
        chain_month=_Rule(c.chain_month_regex),
        comparator_end=_Rule(
            rf"(?:{comparator_words}|" + "|".join(c.comparator_end_regex) + ")"
            + "".join(f"(?:{re.escape(w)})?" for w in c.comparator_end_suffixes) + "$"),
        comparator_regex=tuple((_Rule(p.replace("{target_gap}", c.target_gap_regex)), g) for p, g in c.comparator_regex),
        target_gap_words=frozenset(c.target_gap_words), target_gap=_Rule(c.target_gap_regex),
        comparison_cut=_Rule(_alt_outside(c.comparison_cut, c.comparison_cut_holders)),
        plan_excess=_Rule(c.plan_excess_regex),
        spaced_digit=_Rule(c.spaced_digit_regex),
        comparison_tail=_Rule(rf"(?:(?<![{re.escape(c.comparison_not_after)}])(?:{_alt(c.comparison_tail_words)})(?![重例率])"
                              rf"|{c.target_gap_opener_regex})"
                              rf"(?:[^,;。:]{{0,16}}|[^,;。:]{{11,22}}?(?:{c.census_base_end_regex}|{_alt(c.comparison_frame_ends)}))$"),
        comparison_frame_ends=tuple(c.comparison_frame_ends), comparison_frame_leads="".join(c.comparison_frame_leads),
        comparison_frame_not_ends=tuple(c.comparison_frame_not_ends), comparison_frame_joins="".join(c.comparison_frame_joins),
        comparison_frame_not_leads=tuple(c.comparison_frame_not_leads),  # (比2010年第六次全国人口普查, 与…相比:
        # a census, a base longer than most; the frame closed)
        owned_kind=_Rule(c.owned_kind_regex),
        changed_clause=_Rule(c.changed_clause_regex),
        front_comparator=_Rule(c.front_comparator_regex),
        compared_year_head=_Rule(c.compared_year_head_regex),
        compared_plan_opening=_Rule(c.compared_plan_opening_regex),
        event_date=_Rule(c.event_date_regex),
        year_base=_Rule(c.year_base_regex),
        same_period=tuple(c.same_period_words),
        scope_words=frozenset(c.scope_words),
        item_owner_heads=(*c.item_owner_heads, *c.scope_words, *c.person_heads),
        wider_places=c.wider_places,
        wider_place_wholes=c.wider_place_wholes,
        scope_base_prefixes=_alt(c.scope_base_prefixes),
        yoy_bases=c.yoy_bases,
        yoy_word=c.yoy_word, yoy_base=c.yoy_base,
        prior_year_word=c.prior_year_word,
        plain_yoy_bases=frozenset(c.plain_yoy_bases),
        outturn_base=_Rule(c.outturn_base_regex),
        year_outturn_suffix=_Rule(c.year_outturn_suffix_regex),
        period_re=_Rule("|".join(c.period_regex).replace("{run_in_span}", c.run_in_span_regex)
                        .replace("{holiday_span}", c.holiday_span_regex) + "|"
                         + _alt_outside(c.periods, c.period_word_holders)),
        year_part_periods=frozenset(w for w in c.periods if w.endswith(_YEAR_PART_ENDS)),
        listed_numeral=_Rule(c.listed_numeral_regex),
        period_tail_shared=_Rule(rf"(?:(?:{c.listed_numeral_regex}){re.escape(c.item_separator)})+$"),
        period_tail=_Rule(f"(?:{'|'.join(c.period_tail_regex)}|{_alt_outside(c.periods, c.period_word_holders)})$"),
        period_tail_not_after=frozenset(c.period_tail_not_after),
        heading_period=_Rule(c.heading_period_regex),
        from_to_period=_Rule(rf"(?:{c.from_to_period_regex})(?:{_alt(c.from_plan_nouns)})?"
                                  rf"(?:(?:{_alt(c.from_sign_verbs)})|(?:{c.from_basis_regex}))?$"),
        last_year_word=c.last_year_word,
        next_year_word=c.next_year_word,
        value_year=_Rule(c.value_year_regex),
        year_frame=_Rule(c.year_frame_regex),
        year_prior_frame=_Rule(c.year_prior_frame_regex),
        period_not_after=c.period_not_after,
        period_base_after=_Rule(c.period_base_after_regex),
        period_frame_connectives=frozenset(c.period_frame_connectives),
        year_event_frame=_Rule(c.year_event_frame_regex),
        period_source_tails=tuple(c.period_source_tails),
        period_plan_basis_leads=tuple(c.period_plan_basis_leads),
        period_plan_basis_tails=tuple(c.period_plan_basis_tails),
        period_not_before=c.period_not_before,
        reach_time_before=c.reach_time_before,
        plan_span_opener=c.plan_span_opener,
        plan_span_average_words=tuple(c.plan_span_average_words),
        from_time=_Rule(rf"(?<=[{''.join(sorted({w[-1] for w in c.from_words}))}])(?:{c.from_base_regex})(?=(?:的)?(?:{_alt(c.from_plan_nouns)})?{c.from_time_after_regex})"),
        period_base_years=tuple(c.period_base_years),
        period_base_scope=_Rule(rf"[{c.period_not_before}](?:{_alt(c.period_base_scopes)})(?:{c.period_base_year_regex})?$"),
        run_in_span=_Rule(c.run_in_span_regex),
        former_time_opener=_Rule(c.former_time_opener_regex),
        back_opener=_Rule(c.back_opener_regex),
        milestone_passed=_Rule(c.milestone_passed_regex),
        milestone_noun=_Rule(c.milestone_noun_regex),
        milestone_verb_end=_Rule(rf"(?:{_alt(c.milestone_verbs)})了?$"),
        milestone_verb_last=_last_chars([*c.milestone_verbs, "了"]),
        rank_held=_Rule(_alt(c.rank_held_words)),
        span_streak_heads=tuple(c.span_streak_heads),
        streak_years=_Rule(c.streak_years_regex),
        open_streak=_Rule(c.open_streak_regex),
        streak_held=_Rule(c.streak_held_regex),
        summed_span=_Rule(c.summed_span_regex),
        plan_first_years=_Rule(c.plan_first_years_regex),
        span_heads=(*c.span_ahead_heads, *c.span_back_heads),
        period_numeral_head=frozenset(c.period_numeral_head),
        period_clause_year=_Rule(c.period_clause_year_regex),
        period_clause_span=_Rule(c.period_clause_span_regex),
        period_frame=_Rule(c.period_frame_regex
                           .replace("{connectives}", _alt(c.period_frame_connectives))),
        period_inner_frame=_Rule(c.period_inner_frame_regex),
        period_inner_year=_Rule(c.period_inner_year_regex),
        period_inner_span=_Rule(c.period_inner_span_regex),
        plan_time=_Rule(c.plan_time_regex),
        span_period=_Rule(c.span_period_regex),
        span_back_since=frozenset(c.span_back_since),
        span_during=frozenset(c.span_during),
        span_this=c.span_this,
        span_compared_years=_Rule(c.span_compared_years_regex),
        span_opener=_Rule(c.span_opener_regex),
        year_end=_Rule(c.year_end_regex),
        named_year_end=_Rule(c.named_year_end_regex),
        named_year_end_opening=_Rule(rf"[\s\u3000]*(?:{_alt(c.named_year_end_leads)})?(?:{c.named_year_end_regex})"),
        named_year_part=_Rule(c.named_year_part_regex),
        named_month_frame=_Rule(c.named_month_frame_regex),
        year_end_measures=frozenset(c.year_end_measures),
        year_end_opening=_Rule(c.year_end_opening_regex),
        year_end_opening_measures=frozenset(c.year_end_opening_measures),
        year_end_base_heads=tuple(c.year_end_base_heads),
        year_end_base_ends=tuple(c.year_end_base_ends),
        year_end_words=tuple(c.year_end_words),
        whole_year_periods=frozenset(c.whole_year_periods),
        whole_year_word=c.whole_year_periods[0],
        year_goal_after=_Rule(c.year_goal_after_regex),
        year_goal_verbs=tuple(c.achieve_verbs),
        year_goal_verb_periods=frozenset(c.year_goal_verb_periods),
        year_count_lead=_Rule(c.year_count_lead_regex),
        year_plan_lead=_Rule(c.year_plan_lead_regex),
        this_year_words=frozenset(c.this_year_words),
        required_span=_Rule(c.required_span_regex),
        span_requirement=_Rule(c.span_requirement_regex),
        subject_year=_Rule(c.subject_year_regex),
        now_opening=_Rule(rf"[ \t\u3000]*(?:{_alt(c.now_opening_words)})"),
        vague_span_opening=_Rule(rf"[ \t\u3000]*(?:{_alt(c.vague_span_opening_words)})"),
        period_pointer_opening=_Rule(rf"[ \t\u3000]*(?:{_alt(c.period_pointer_opening_words)})[，,]"),
        closing_year_clause=_Rule(c.closing_year_clause_regex),
        present_bases=frozenset(c.present_bases),
        present_base_words=tuple(c.present_bases),
        year_whole_words=frozenset(c.year_whole_words),
        same_year_word=c.same_year_word,
        year_whole_named=_Rule(c.year_whole_named_regex),
        this_year_head=_Rule(c.this_year_head_regex),
        rest_of_year_head=_Rule(c.rest_of_year_head_regex),
        estimate_base_after=_Rule(c.estimate_base_after_regex),
        month_after_year=_Rule(c.month_after_year_regex),
        elapsed_head=_Rule(c.elapsed_head_regex),
        remainder_head=_Rule(c.remainder_head_regex),
        modifier_actual=_Rule(c.modifier_actual_regex),
        share_use_lead=_Rule(c.share_use_lead_regex),
        share_use_after=_Rule(c.share_use_after_regex),
        generic_amount_name=_Rule(rf"(?:{c.amount_payer_regex})?(?:{c.generic_amount_name_regex})"),
        amount_purpose_after=_Rule(c.amount_purpose_after_regex),
        amount_for_this=_Rule(c.amount_for_this_regex),
        enacted_purpose=_Rule(c.enacted_purpose_regex),
        amount_purpose_before=_Rule(c.amount_purpose_before_regex),
        aid_amount_name=_Rule(rf"(?:{c.amount_payer_regex})(?:{c.aid_amount_name_regex})"),
        programme_state_before=_Rule(c.programme_state_before_regex),
        amount_input_before=_Rule(c.amount_input_before_regex),
        review_opener=_Rule(rf"(?m)^(?:{c.review_opener_regex})"),
        frame_stock_reach=_Rule(rf"(?:{c.frame_stock_reach_regex})(?:{_alt(c.qualifiers_before)})?"),
        sentence_last_year=_Rule(c.sentence_last_year_regex),
        sentence_present=_Rule(c.sentence_present_regex),
        sentence_opening_time=_Rule(
            rf"(?:^|(?<=[。！？!?\n]))[ \t\u3000]*(?:(?P<last>{c.sentence_last_year_regex})|{c.sentence_other_time_regex})",
            re.M),
        review_heading_frame=_Rule(c.review_heading_frame_regex),
        heading_bare_year=_Rule(c.heading_bare_year_regex),
        span_frame_not_before=tuple(c.span_frame_not_before),
        heading_five_year_plan=_Rule(c.heading_five_year_plan_regex),
        date_onward=_Rule(c.date_onward_regex),
        year_onward=_Rule(c.year_onward_regex),
        past_point=_Rule(c.past_point_comparator_regex),
        from_ago=_Rule(rf"(?:{_alt(c.from_words)})(?P<ago>{c.years_ago_regex})的?$"),
        from_prior=_Rule(rf"(?:{c.from_prior_regex})(?:{_alt(c.from_sign_verbs)})?$"),
        year_span=_Rule(c.year_span_regex),
        period_year_parts=frozenset(c.period_year_parts),
        period_bare_year=_Rule(c.period_bare_year_regex),
        status_cue=_Rule("(?P<estimate>" + "|".join((*c.estimate_regex, c.reckoning_regex)) + ")|(?P<target>" + "|".join(c.target_regex)
                              + ")|(?P<actual>" + "|".join(c.actual_regex) + ")|(?P<weak>"
                              + "|".join(c.plan_part_target_regex) + ")"),
        target_after=_Rule(c.target_after_regex.replace("{modifiers}", _alt(c.target_noun_modifiers))),
        plan_basis_before=_Rule(c.plan_basis_before_regex),
        plan_basis_after=_Rule(c.plan_basis_after_regex),
        evidence_frame=_Rule(c.evidence_frame_regex),
        insured_rate_names=frozenset(c.insured_rate_names),
        insured_count_heads=tuple(c.insured_count_heads),
        insured_count_ends=tuple(sorted(c.insured_count_ends, key=len, reverse=True)),
        insured_scheme_trailers=tuple(c.insured_scheme_trailers),
        insured_scheme_words=tuple(c.insured_scheme_words),
        unit_coverage_names=frozenset(c.unit_coverage_names),
        unit_state_names=frozenset(c.unit_state_names),
        unit_state_doing=_Rule(_alt(c.unit_state_doing_verbs)),
        added_owner_heads=tuple(c.added_owner_heads),
        owned_stock_ends=tuple(c.owned_stock_ends),
        owned_measure_clause=_Rule(c.owned_measure_clause_regex),
        consequence_after=_Rule(c.consequence_after_regex),
        hypothesis=_Rule(c.hypothesis_regex),
        price_change_end=_Rule(c.price_change_end_regex),
        average_cut=_Rule(c.average_cut_regex),
        average_cut_goods=_Rule(_alt(c.average_cut_goods_words)),
        deed_amount=_Rule(c.deed_amount_regex),
        priced_goods_after=_Rule(c.priced_goods_after_regex),
        stretch_after=_Rule(c.stretch_after_regex),
        target_after_listed=_Rule(c.target_after_listed_regex.replace("{modifiers}", _alt(c.target_noun_modifiers))),
        target_compared=_Rule(c.target_compared_regex),
        target_bracket_before=_Rule(c.target_bracket_before_regex),
        cap_after_outcome=_Rule(c.cap_after_outcome_regex),
        now_reached=_Rule(c.now_reached_regex),
        present_stock=_Rule(c.present_stock_regex),
        span_reached=_Rule(c.span_reached_regex),
        share_whole_reached=_Rule(c.share_whole_reached_regex),
        span_sum=_Rule(c.span_sum_regex),
        share_reached_after=_Rule(c.share_reached_after_regex),
        time_basis=_Rule(_alt(c.time_bases)),
        time_basis_names=c.time_bases,
        reach_object_name=_Rule(rf"(?P<by>.*?(?:{_alt(c.reach_object_verbs)}))(?P<noun>(?!的)[^的，,、；;。]{{1,14}})"),
        touch_verb=_Rule(_alt(c.touch_verbs)),
        aside_count_lead=_Rule(_alt((*c.touch_verbs, *c.share_reach_verbs))),
        touch_payer_verbs=_Rule(_alt(c.recipient_relief_verbs)),
        span_flow_rates=tuple(c.span_flow_rates),
        span_stock_shares=tuple(c.span_stock_shares),
        span_level_words=tuple(c.span_level_words),
        whole_people=frozenset(c.whole_people),
        span_flow_words=tuple(w for w in (*c.span_flow_words, *c.flow_verbs, *c.completion_verbs, *c.disposal_verbs)
                              if w not in c.span_level_words),  # (覆盖 names a flow's reach but a stock's level)
        reckoning=_Rule(c.reckoning_regex),
        period_then=_Rule(c.period_then_regex),
        estimate_scope_end=_Rule(c.estimate_scope_end_regex),
        estimate_head_lead=_Rule(c.estimate_head_lead_regex),
        target_measure_taken=_Rule(c.target_measure_taken_regex),
        status_base_before=_Rule(c.status_base_before_regex),
        status_cue_not_after=_Rule(rf"(?:{_alt_outside(c.status_cue_not_after, c.comparison_cut_holders)})[^,;。:]{{0,3}}$"
                                        rf"|(?:{_alt(c.status_cue_not_after_far)})[^,;。:0-9０-９]{{0,{STATUS_OBJECT_REACH}}}$"),
        budget_end=_Rule(c.budget_end_regex.replace("{budget_prefixes}", _alt(c.budget_prefixes))),
        counted_budget_end=_Rule(c.counted_budget_end_regex.replace(
            "{budget_not_after}", "".join(f"(?<!{re.escape(w)})" for w in c.budget_prefixes))),
        solve_before=_Rule(c.solve_before_regex),
        problem_after=_Rule(c.problem_after_regex),
        problem_solved_after=_Rule(c.problem_solved_after_regex),
        problem_default_noun=c.problem_default_noun,
        solved_units=frozenset(c.solved_units),
        solved_named_units=frozenset(c.solved_named_units),
        forecast_subject=_Rule(c.forecast_subject_regex),
        future_word=c.future_word, as_of_words=tuple(c.as_of_words),
        status_part_ends=frozenset(c.status_part_ends),
        clause_plan_opening=_Rule(c.clause_plan_opening_regex),
        actual_cues=c.actual_cues,
        cap_words=c.cap_words,
        ceiling_names=c.ceiling_names,
        compared_line_names=tuple(c.compared_line_names),
        rate_basis_name=_Rule(c.rate_basis_name_regex),
        rate_set_object=_Rule(c.rate_set_object_regex),
        time_marker=_Rule(c.time_marker_regex),
        time_marker_not_after=c.time_marker_not_after,
        review_object=_Rule(c.review_object_regex),
        list_clause_own_time=_Rule(c.list_clause_own_time_regex),
        counted_first=frozenset(w[0] for w in c.counted_nouns) | frozenset("万亿余多"),
        clause_stops=frozenset(c.clause_stops),
        clause_stop=_Rule(rf"(?!{c.thousands_separator_regex}){_cls(c.clause_stops)}"),
        subject_scope_stops=c.subject_scope_stops,
        clause_span_stops=c.clause_span_stops,
        sentence_stops=c.sentence_stops,
        semicolon=_Rule(_cls(c.subject_scope_stops)),
        strip_tail=_Rule(rf"(?:{_alt(c.prefix_strip_tail + handed_down + c.measure_words + c.finality_words + c.change_to_cues + c.revision_words)}"
                              rf"|{c.basis_tail_regex})"
                              rf"(?:{_alt(c.prefix_strip_tail_aspects)})?$"),  # 农业总产值达到了; 由X调增至: the verb a plan
        # is revised with (调增至, not the 增至 inside it, leaving 调)
        strip_head=_Rule(rf"(?:{_alt(c.prefix_strip_head)}|{c.basis_head_regex}|{c.owner_has_head_regex}"
                              rf"|{c.governs_head_regex}"
                              rf"|{c.actor_head_regex}|{c.adverb_head_regex}|{c.modal_verb_head_regex}"
                              rf"|{c.handover_recipient_regex})"),  # (向纪检监察机关移送: the body handed to)
        modal_object_head=_Rule(c.modal_object_head_regex),
        perfect_object_name=_Rule(c.perfect_object_name_regex),
        adverb_verb_tail=_Rule(c.adverb_verb_tail_regex),
        cut_off_cell_line=_Rule(c.cut_off_cell_line_regex),
        measure_words=_Rule("".join(f"(?<!{re.escape(w)})" for w in c.measure_word_owners)
                            + rf"(?:{_alt(c.measure_words)})+$"),  # (出生率、死亡率和自然增长率分别为: a rate named)
        attribute_end=_Rule(rf"(?:{_alt(c.attribute_words + c.task_attribute_words)})$"),
        attribute_last=_last_chars(c.attribute_words + c.task_attribute_words),
        task_attribute_words=frozenset(c.task_attribute_words),
        scale_object=_Rule(c.scale_object_regex),
        scale_words=c.scale_words,
        phase_scale_words=c.phase_scale_words,
        de=c.attributive_particle,
        has_word=c.has_word,
        place_word=c.place_word,
        inside_suffixes=c.inside_suffixes,
        trade_size_heads=tuple(sorted((k for k, v in concept_rules().size_classes.items() if v == c.trade_size_class),
                                      key=len, reverse=True)),
        trade_sectors=c.trade_sectors,
        times_units=frozenset(c.times_units),
        doubling_units=c.doubling_units,
        doubling_verb=_Rule(c.doubling_verb_regex),
        times_base=_Rule(c.times_base_regex),
        part_said=_Rule(c.part_said_regex),
        part_said_last=frozenset(c.part_said_last),
        counted_owner_end=_Rule(rf"(?:{_alt(c.counted_owner_ends)})$"),
        counted_owner=_Rule(_alt(c.counted_owner_ends)),
        part_topic=_Rule(c.part_topic_regex),
        list_intro=_Rule(c.list_intro_regex),
        list_item=_Rule(c.list_item_regex),
        elided_pp_counters=frozenset(c.elided_pp_counters),
        about_word=c.about_word,
        item_separator=c.item_separator,
        fiscal_scope=_Rule("|".join((c.counterpart_scope_regex.replace("{levels}", _alt(c.fiscal_scopes))
                                          .replace("{transfers}", _alt(c.transfer_words)),
                                          c.transferred_scope_regex, c.shared_scope_regex))),
        fiscal_scopes=c.fiscal_scopes,
        level_suffix=c.level_suffix,
        transfer_words=tuple(c.transfer_words),
        scope_item_openers=c.scope_item_openers,
        aggregate_terms=frozenset(c.aggregate_terms),
        tax_name=_Rule(c.tax_name_regex),
        revenue_type_terms=frozenset(c.revenue_type_terms),
        sector_phrase=_Rule(rf"(?P<head>{_alt(c.sector_heads)})(?:{_alt(c.sector_quantities)})?$"),
        list_industry_heads=tuple(c.list_industry_heads),
        sector_not_heads=c.sector_not_heads,
        sector_size_prefixes=tuple(sorted(concept_rules().size_classes, key=len, reverse=True)),
        sector_quantities=tuple(sorted(c.sector_quantities, key=len, reverse=True)),
        sector_quantity_inside=_Rule(_alt(c.sector_quantities)),
        breakdown_opener=_Rule(c.breakdown_opener_regex),
        breakdown_view=_Rule(c.breakdown_view_regex),
        actors=frozenset(c.actor_words),
        actor_collect=_Rule(_alt(c.actor_collect_verbs)),
        actor_collect_names=c.actor_collect_verbs,
        actor_spend=_Rule(_alt(c.actor_spend_verbs)),
        actor_spend_nouns=c.actor_spend_verbs,
        output_change_end=_Rule(c.output_change_end_regex),
        output_noun=c.output_noun,
        make_verb=c.make_verb,
        make_verb_not_before=c.make_verb_not_before,
        actor_change_end=_Rule(rf"(?P<verb>{_alt(c.actor_change_verbs)})了?$"),
        actor_change_nouns=c.actor_change_verbs,
        loss_change_verbs=frozenset(c.loss_change_verbs),
        actor_quantities=tuple(sorted(c.actor_quantities, key=len, reverse=True)),
        actor_default_quantity=c.actor_default_quantity,
        budget_gap_words=frozenset(c.budget_gap_words),
        budget_gap_base=c.budget_gap_base,
        actor_fund_noun=c.actor_fund_noun,
        chapter_heading=_Rule(rf"\s*{c.chapter_lead_regex}(?P<chapter>{_alt(c.chapter_headings)})"
                                   rf"(?P<frame>{c.chapter_frame_regex})"),
        object_change=_Rule("".join(f"(?<!{re.escape(w)})" for w in c.object_change_not_after)
                                 + rf"(?P<verb>{_alt((*c.object_change_verbs, *c.quantity_change_verbs))})"
                                 rf"(?P<object>(?P<money>{c.object_change_money_object_regex})|(?:{c.object_change_object_regex}))$"),
        object_change_nouns=c.object_change_verbs,
        object_change_verb=_Rule(c.object_change_verb_regex),
        quantity_change_verbs=frozenset(c.quantity_change_verbs),
        object_change_counted_verbs=frozenset(c.object_change_counted_verbs),
        object_change_counted_units=frozenset(c.object_change_counted_units),
        change_compound_objects=frozenset(c.change_compound_objects),
        duration_lead=_Rule(c.duration_lead_regex),
        duration_lead_last=frozenset(c.duration_lead_last),
        duration_means=_Rule(c.duration_means_regex),
        duration_means_head=_Rule(c.duration_means_regex.removesuffix("$") + c.duration_means_span_regex),
        duration_follow=_Rule(c.duration_follow_regex),
        occasion_units=frozenset(c.occasion_units),
        frame_nouns=tuple(c.frame_nouns),
        frame_noun_counters=frozenset(c.frame_noun_counters),
        counted_frame=_Rule(rf"[0-9零〇一二两三四五六七八九十]+(?:{_alt(c.frame_noun_counters)})(?:{_alt(c.frame_nouns)})"),
        threshold_name=_Rule(c.threshold_name_regex),
        grade_name=_Rule(rf"{c.grade_name_regex}|{_alt(c.faith_names)}"),
        grade_span=_Rule(rf"(?:{c.grade_name_regex}|{_alt(c.faith_names)})(?:{c.grade_range_tail_regex})?"
                         rf"|{_alt(c.grade_all_words)}"),
        faith_names=frozenset(c.faith_names), faith_generic_word=c.faith_generic_word,
        size_bound=_Rule(c.size_bound_regex),
        achieved_frame=_Rule(c.achieved_frame_regex),
        target_reached_after=_Rule(c.target_reached_after_regex),
        aim_outcome_head=_Rule(c.aim_outcome_head_regex),
        target_gap_outcome=_Rule(c.target_gap_outcome_regex),
        aim_outcome_gap=_Rule(c.aim_outcome_gap_regex),
        plan_modifier_outcome=_Rule(c.plan_modifier_outcome_regex),
        stock_before=_Rule(c.stock_before_regex),
        pushed_remainder=_Rule(c.pushed_remainder_regex),
        basis_frame=_Rule(c.basis_frame_regex),
        plan_period=_Rule(c.plan_period_regex),
        stock_not_after=_Rule(c.stock_not_after_regex),
        done_after=_Rule(c.done_after_regex),
        perfect_verb=_Rule(c.perfect_verb_regex),
        perfect_before=_Rule(c.perfect_before_regex),
        source_after=_Rule(c.source_after_regex),
        elapsed_period=_Rule(c.elapsed_period_regex),
        ahead_period=_Rule(c.ahead_period_regex),
        half_elapsed_period=_Rule(c.half_elapsed_period_regex),
        nation_size_after=_Rule(c.nation_size_after_regex),
        nation_size_min=c.nation_size_min,
        effort_people_after=_Rule(c.effort_people_after_regex),
        rest_share_opening=_Rule(c.rest_share_opening_regex),
        year_base_next=_Rule(c.year_base_next_regex),
        nation_people_after=_Rule(c.nation_people_after_regex),
        # (新建和续建一百二十个大型项目: the two verbs joined, as a part after 其中 is named by both)
        addition_lead=_Rule(verb_lead(c.addition_verbs, "(?=.)")),
        part_state_lead=_Rule(rf"(?:{_alt(c.part_state_leads)})"),
        registration_leads=tuple(c.registration_leads),
        registration_lead=_Rule(_alt(c.registration_leads)),
        addition_owner=_Rule(rf"{c.addition_owner_regex}(?=(?:{_alt(c.whole_year_periods)})?(?:{_alt(c.addition_verbs)}))"),
        addition_verb=_Rule(_alt(c.addition_verbs)),
        addition_tail=_Rule(rf"(?<=.)(?:{_alt(c.addition_verbs)})$"),
        stock_clause=_Rule(c.stock_clause_regex),
        net_change_clause=_Rule(c.net_change_clause_regex),
        disposal_lead=_Rule(verb_lead(c.disposal_verbs, "的?(?=.{2})")),
        stock_rise_clause=_Rule(c.stock_rise_clause_regex),
        stock_name_end=_Rule(rf"(?:{_alt(c.stock_name_ends)})$"),
        part_stock_head=_Rule(rf"(?<=[\u4e00-\u9fff]{{2}})(?:{_alt(c.part_stock_heads)})$"),
        part_flow_head=_Rule(_alt(c.part_flow_heads)),
        ratio_name_end=_Rule(rf"(?:{_alt(c.ratio_name_ends)})$"),
        budget_sides=c.budget_sides,
        budget_side_leads=c.budget_side_leads,
        budget_owner_end=_Rule(rf"(?:{_alt(c.budget_owner_ends)})$"),
        level_budget=_Rule(_alt(c.budget_owner_ends)),
        bracket_base=_Rule(c.bracket_base_regex),
        payer_subject=_Rule(c.payer_subject_regex),
        payer_spend_lead=_Rule(c.payer_spend_lead_regex),
        spend_lead=_Rule(rf"(?:{_alt(v for v, anything in c.spend_lead_verbs.items() if anything)})"
                              rf"{c.spend_lead_tail_regex}"),
        completed_count=_Rule(rf"(?P<noun>[^的]{{2,}}?)中?(?P<plan>{c.completion_plan_regex})?"
                                   rf"(?P<verb>{done_lead}(?:{c.completion_new_regex})?"
                                   rf"(?:{_alt(c.completion_verbs)}))"),
        completed_last=done_last,
        done_after_count=_Rule(done_verbs),
        subset_clause=_Rule(rf"(?:{_alt(c.part_markers)})?[,，:：]?(?:{c.subset_time_lead_regex})?{done_verbs}"),
        done_part_clause=_Rule(rf"(?:{_alt(c.part_markers)})?[,，:：]?(?:{c.subset_time_lead_regex})?"
                               rf"(?!{c.work_object_lead_regex}){c.done_part_clause_regex}"),
        done_part_object_heads=tuple(dict.fromkeys((*c.done_part_object_heads, *c.person_heads, *c.counted_owner_ends,
                                                     *c.joined_head_nouns, *c.recipient_heads))),
        set_lead=_Rule(c.set_lead_regex),
        subset_time_lead=_Rule(c.subset_time_lead_regex),
        quantity_target_words=tuple(c.quantity_target_words),
        completed_lead=_Rule(done_lead),
        completed_plan=_Rule(c.completion_plan_regex),
        reached_state_tail=_Rule(c.reached_state_tail_regex),
        area_work_verbs=tuple(c.area_work_verbs),
        work_verb_heads=tuple(longest_first({*c.area_work_verbs, *c.action_compound_heads})),
        work_compound_tails=tuple(c.work_compound_tails),
        work_object_lead=_Rule(c.work_object_lead_regex),
        light_work_verbs=tuple(c.light_work_verbs),
        area_work_units=frozenset(u for u, (dim, *_) in concept_rules().comparable_units.items() if dim == "area"),
        output_units=frozenset(u for u, (dim, *_) in concept_rules().comparable_units.items() if dim in ("mass", "energy")),
        area_work_noun=c.area_work_noun,
        sale_verb=c.sale_verb,
        sale_amount_noun=c.sale_amount_noun,
        sale_volume_noun=c.sale_volume_noun,
        plan_task_tail=_Rule(c.plan_task_tail_regex),
        task_units=frozenset(c.task_units),
        case_outcome_words=frozenset(c.case_outcome_words),
        case_counted=_Rule(_alt(c.case_counted_words)),
        case_outcome=_Rule(rf"(?:(?<=[,，、;；:：])|(?<=其中))(?:{_alt(c.case_outcome_words)})$"),
        disposal_object=_Rule(
            rf"(?<=[\u4e00-\u9fff]{{2}})(?:(?:{_alt(w for w, k in c.disposal_markers.items() if not k)})(?P<any>[^把将]{{2,}})"
            rf"|(?:{_alt(w for w, k in c.disposal_markers.items() if k)})(?P<quantity>[^把将]{{2,}}?(?:{_alt(c.quantity_ends)})))$"),
        count_verb=_Rule(rf"{done_lead}"
                              rf"(?:{_alt((*c.flow_verbs, *c.completion_verbs, *c.disposal_verbs, *c.list_head_verbs))})"
                              # (竣工投用, 建成交付: a verb of completion and the use that follows it, one verb)
                              rf"(?:(?<=[{''.join(sorted(done_last))}])"
                              rf"(?:{_alt(c.subset_verbs)}))?"),
        completed_verb_ends=(*c.completion_verbs, *c.completion_verb_ends),
        subset_lead=_Rule(c.subset_lead_regex),
        predicate_means_frame=_Rule(c.predicate_means_frame_regex),
        subset_last=frozenset("有近约过逾达"),
        within_lead=_Rule(c.within_lead_regex),
        within_last=frozenset(c.within_last),
        part_change_predicate=_Rule(c.part_change_predicate_regex),
        own_place_frame=rf"{c.own_place_times_regex}(?:{_alt(c.achieve_verbs)})?",
        city_end=c.city_name_end,
        city_area=c.city_area_word,
        area_named=_alt(n[len(c.city_area_word):] for t in glossary() for n in (t.canonical, *t.aliases)
                        if n.startswith(c.city_area_word) and len(n) > len(c.city_area_word)),
        part_place=_Rule(rf"[\u4e00-\u9fff]{{2,10}}(?:{_alt(c.place_ends)})"),
        place_ends=tuple(sorted(c.place_ends, key=len, reverse=True)),
        place_subject=_Rule(c.place_subject_regex.replace("{ends}", _alt(c.place_ends))
                                 .replace("{times}", c.own_place_times_regex).replace("{verbs}", _alt(c.achieve_verbs))),
        person_head=person_head,
        person_head_end=_Rule(rf"(?:{_alt(c.person_heads)})$"),
        person_units=frozenset(c.person_units),
        member_head=MappingProxyType(dict.fromkeys(c.person_units, person_head)
                                     | dict.fromkeys(c.household_units, household_head)),
        household_units=frozenset(c.household_units),
        population_households=MappingProxyType(dict(c.population_households)),
        population_end=_Rule(rf"(?:{_alt(c.population_households)})$"),
        person_visit_units=frozenset(c.person_visit_units),
        reaching_work_lead=_Rule(rf"{done_lead}(?:{_alt(c.reaching_work_leads)})+"),
        reaching_work_ends=tuple(c.reaching_work_ends),
        reaching_aside=_Rule(_alt(c.reaching_aside_leads)),
        reaching_work_done=_Rule(
            rf"{done_lead}(?:{_alt([*c.completion_verbs, *c.reaching_work_leads])})的"),
        reaching_work_object=_Rule(rf"(?P<verb>{_alt(c.reaching_work_verbs)})(?P<object>[^的]{{2,}})"),
        unit_counting_units=frozenset(c.unit_counting_units),
        reached_units=frozenset([*c.person_units, *c.person_visit_units, *c.household_units, *c.entity_count_units]),
        reaching_work_not=_Rule(_alt([*c.addition_verbs, *c.flow_verbs])),
        budget_total_heads=frozenset(c.budget_total_heads),
        budget_kinds=tuple(c.budget_kinds),
        budget_item_counterpart=_Rule(c.budget_item_counterpart_regex.replace("{levels}", _alt(c.fiscal_scopes))),
        budget_level_end=_Rule(rf"(?:{_alt(c.budget_levels)})$"),
        generic_fund_nouns=tuple(c.generic_fund_nouns),
        debt_issue_nouns=tuple(c.debt_issue_nouns),
        fund_heads=tuple(c.fund_heads),
        fund_flow_verbs=tuple(c.fund_flow_verbs),
        kept_payer_ends=tuple(c.kept_payer_ends),
        payer_issue_verbs=tuple(c.payer_issue_verbs),
        recipient_pay=_Rule(rf"(?P<verb>{_alt(c.recipient_pay_verbs)})了?(?:{_alt(c.qualifier_phrase_words)})?$"),
        spent_fund=_lead_object(_alt(c.spend_lead_verbs), c.spent_fund_ends, rf"{_OBJECT_CHAR}{{2,}}?"),
        collected_due=_lead_object(rf"(?:{_alt(c.actor_words)})?(?:{_alt(c.collect_lead_verbs)})(?:{_alt(c.collect_verb_tails)})?",
                                   c.collected_due_ends, rf"(?={_OBJECT_CHAR}{{2}}){_OBJECT_CHAR}*?"),
        flow_verb_end=_Rule(rf"(?P<verb>(?:(?:{flow})[和、或])?(?:{flow}))(?:{perf})?$"),
        deictic_periods=frozenset(c.deictic_periods),
        cumulative_words=tuple(c.cumulative_words), cumulative_comparator=c.cumulative_comparator,
        target_exceeded_word=c.target_exceeded_word,
        cumulative_change=_Rule(c.cumulative_change_regex),
        within_year_period=_Rule(c.within_year_period_regex),
        month_period=_Rule(c.month_period_regex),
        month_only_words=tuple(c.month_only_words),
        count_work_tail=_Rule("".join(f"(?<!{re.escape(w)})" for w in c.count_work_not_after)
                                   + rf"(?:{_alt(w for w, how in c.count_work_tails.items() if how == 'any')})"),
        count_work_end=_Rule(rf"(?:{_alt(c.count_work_tails)})$"),
        count_process_lead=_Rule(rf"(?:{_alt(c.count_process_leads)})"),
        count_process_follows=tuple(c.count_process_follows),
        sized_work_units=frozenset(c.sized_work_units),
        sized_works=frozenset(c.sized_works),
        sentence_only_periods=frozenset(c.sentence_only_periods),
        deadline_period_ends=tuple(c.deadline_period_ends),
        deadline_after=tuple(c.deadline_after_words),
        early_months=_Rule(c.early_months_regex),
        cutoff_day=_Rule(c.cutoff_day_regex),
        occasion_period_ends=tuple(c.occasion_period_ends),
        holiday_period_ends=tuple(c.holiday_period_ends),
        holiday_span=_Rule(c.holiday_span_regex),
        tax_relief_words=c.tax_relief_words,
        tax_relief_verbs=c.tax_relief_verbs,
        total_heads=tuple(c.total_heads),
        recap_total_heads=tuple(c.recap_total_heads),
        tax_arrears_words=c.tax_arrears_words,
        aggregate_share_before=c.aggregate_share_before,
        aggregate_share_after=(*c.aggregate_share_after, *c.aggregate_transfer_after),  # (a share or a transfer of it)
        aggregate_unit_heads=(*c.entity_words, *c.aggregate_unit_heads),
        key_naming_counters=frozenset(c.key_naming_counters),
        entity_words=c.entity_words,
        entity_count_units=frozenset(c.entity_count_units),
        new_entity=_Rule(_alt(c.new_entity_cues)),
        tax_word=c.tax_word,
        relocation=_Rule(rf"(?:{_alt(c.relocation_cues)})(?!{_alt(c.relocation_not_after)})"),
        loss=_Rule(_alt(c.loss_cues)),
        # 比上年同期698120万元, 比上年的90亿元, 比一九五八年的三亿八千万吨: the level a change starts from
        unit_list_joiners=frozenset(c.unit_list_joiners) | {j + h for j in c.unit_list_joiners for h in c.unit_list_item_heads},
        owner_list_end=c.owner_list_end,
        prior_level=_Rule(rf"(?:{_alt(c.prior_level_words)}|{c.prior_of_regex})$"),
        annual_plan_level=_Rule(c.annual_plan_level_regex),
        year_part_period=_Rule(c.year_part_period_regex),
        short_of_year=_Rule(c.short_of_year_regex),
        prior_year_level=_Rule(c.prior_year_level_regex),
        plan_level=_Rule(rf"(?:{_alt(c.plan_level_words)})$"),
        reference_last=(_last_chars(c.prior_level_words) | _last_chars(c.plan_level_words)
                        | frozenset(("年", "底", "末", c.attributive_particle))),
        done=_Rule(c.done_regex),
        done_have=_Rule(c.done_have_regex),
        size_class=_Rule(c.size_class_regex),
        subset_of=_Rule(c.subset_of_regex),
        part_marker=_Rule(_alt(c.part_markers)),
        part_markers=tuple(c.part_markers),
        part_list_opening=_Rule(rf"(?:{_alt(c.part_markers)}):"),
        part_list_own_status=_Rule(_alt(c.part_list_own_status_words)),
        part_quantity_suffix=_Rule(rf"(?:{_alt(c.part_quantity_suffixes)})$"),
        part_quantity_suffixes=c.part_quantity_suffixes,
        breakdown_totals=c.breakdown_totals,
        part_view=_Rule(c.part_view_regex),
        list_heading=_Rule(c.list_heading_regex),
        per_head_words=tuple(c.per_head_words),
        per_head_word=_Rule(_alt(c.per_head_words)),
        per_head_end=_Rule(rf"(?:{_alt(c.per_head_words)}){c.per_head_time_tail_regex}$"),
        per_word=c.per_word, average_heads=frozenset(c.average_heads),
        target_name=_Rule(c.target_name_regex),
        target_name_counters=frozenset(c.target_name_counters),
        sum_opener=_Rule(c.sum_opener_regex),
        sum_total=_Rule(c.sum_total_regex),
        comparison_clause_stops=frozenset(c.comparison_clause_stops),
        comparison_clause_stop=_Rule(_cls(c.comparison_clause_stops)),
        share_whole=_Rule(c.share_whole_regex.replace("{occupied}", _alt(c.occupied_objects))),
        share_listed_part=_Rule(c.share_listed_part_regex),
        share_part_measure=_Rule(rf"(?P<measure>{_alt(c.share_part_measures)})占比?$"),
        share_attain=_Rule(c.share_attain_regex),
        share_recovery=_Rule(c.share_recovery_regex),
        completion_base=_Rule(c.completion_base_regex),
        completion_header_base=_Rule(c.completion_header_base_regex),
        except_down=_Rule(c.except_down_regex),
        except_up=_Rule(c.except_up_regex),
        statement_item_split=_Rule(_alt(c.statement_item_separators)),
        # (缩短到, 压缩至, 偏高 before a figure or the clause's end: never a counted noun, but 血压偏高人员 is one; 高等
        # holds no 等 of a list)
        following_stop=_Rule(rf"(?:{_alt(c.following_stop_words)})"
                                  rf"|(?P<stop>{_alt((*c.following_stops, *c.to_words))}|(?:{_alt(c.deviation_signs)}){c.deviation_stop_after_regex}|(?<=”)(?:{_alt(c.quote_following_stops)})"
                                  # (接待 before the visitors received: 15家景区接待游客; not 游客接待中心, 接待点)
                                  rf"|(?:{_alt(c.reception_verbs)})(?=[\u4e00-\u9fff]{{0,4}}?(?:{_alt(c.reception_objects)})"
                                  rf"(?!{_alt(c.reception_facility_ends)})))"),
        chained_count=_Rule(rf"\d+(?:\.\d+)?(?>{_alt(c.counters)})(?=[\u4e00-\u9fff])"),
        class_counters=frozenset(c.class_counters),
        class_count_suffix=c.class_count_suffix,
        example_led_ends=tuple(c.example_led_ends),
        generic_share_wholes=frozenset(c.generic_share_wholes),
        total_mark=c.total_mark,
        share_whole_printed=_Rule(c.share_whole_printed_regex),
        share_whole_name=_Rule(c.share_whole_name_regex),
        # (the Han characters first, none of them a stop or a digit: one range, tested at a step a character,
        # where the class of every digit, beyond the Basic Multilingual Plane too, is tested item by item)
        following_run=_Rule("[\u3400-\u9fff]*(?:[^" + "".join(re.escape(ch) for ch in sorted(set(c.clause_stops) | {c.item_separator}))
                                 + _digit_class_body() + "A-Za-z]+|" + c.following_token_regex + ")*"),
        # (a word of letters and digits, PM2.5, 5G, whole: the noun runs on past its digits)
        following_blockers=frozenset(c.clause_stops) | {c.item_separator},
        following_conjunction=_Rule(c.following_conjunction_regex),
        following_de=_Rule(rf"(?:{_alt(c.following_size_words)})?{re.escape(c.attributive_particle)}"),
        following_joints=tuple(c.following_joints),
        joined_modifier_end=_Rule(rf"(?:{_alt(c.joined_modifier_ends)})$"),
        figure_grade=_Rule(c.figure_grade_regex),
        joined_persons=_Rule(c.joined_persons_regex),
        joined_head_end=_Rule(rf"(?:{_alt(c.joined_head_nouns)})$"),
        index_base=_Rule(c.index_base_regex),
        following_figure=_Rule(rf"(?:{_alt(c.qualifiers_before)})?{c.following_figure_regex}"),
        following_count_end=_Rule(c.following_count_end_regex),
        following_verb_end=_Rule(rf"(?:{_alt([*c.flow_verbs, *c.list_head_verbs])})(?:{_alt(c.qualifiers_before)})?$"),
        own_state_heads=c.own_state_heads,
        except_frame_open=c.except_frame_open,
        except_frame_closes=c.except_frame_closes,
        counted_group=_Rule(c.counted_group_regex),
        headless_persons_subject=_Rule(c.headless_persons_subject_regex),
        place_kind_bracket=_Rule(c.place_kind_bracket_regex),
        counted_object=_Rule(c.counted_object_regex),
        described_object=_Rule(c.described_object_regex),
        recipient_lead=_Rule(c.recipient_lead_regex),
        recipient_help_verbs=tuple(c.recipient_help_verbs),
        recipient_funding=_Rule(c.recipient_funding_regex),
        placing_verb=_Rule(c.placing_verb_regex),
        granted_recipients=_Rule(c.granted_recipients_regex),
        worked_on=_Rule(c.worked_on_regex),
        work_done_verb=_Rule(c.work_done_verb_regex),
        granted_persons=_Rule(c.granted_persons_regex),
        granted_persons_for=_Rule(rf"(?:{c.granted_persons_regex})|(?:{_alt(c.granted_for_verbs)})了?(?![0-9])"),
        granted_for_leads=tuple(c.granted_for_leads),
        pilot_scope_name=_Rule(c.pilot_scope_name_regex),
        new_demonstrative=c.new_demonstrative,
        package_lead=_Rule(c.package_lead_regex),
        measure_package_nouns=frozenset(c.measure_package_nouns),
        pushed_clause=_Rule(c.pushed_clause_regex),
        built_topic=_Rule(c.built_topic_regex),
        built_topic_measures=frozenset(c.built_topic_measures),
        recipient_named_grants=frozenset(c.recipient_named_grants),
        recipient_noun=_Rule(rf"[^,，;；。0-9]*?(?:{_alt(c.recipient_heads)})(?:[和及、][^,，;；。0-9]*?(?:{_alt(c.recipient_heads)}))*"),
        recipient_more=_Rule(rf"(?:[和及、][^,，;；。0-9]*?(?:{_alt(c.recipient_heads)}))+(?=[\u4e00-\u9fff]{{2}})"),
        counted_object_owner=_Rule(c.counted_object_owner_regex),
        years_quantity=_Rule(c.years_quantity_regex),
        share_set_noun=_Rule(rf"(?:{_alt(c.share_set_nouns)})+"),
        share_condition_frame=_Rule(c.share_condition_frame_regex),
        share_predicate_adverb=_Rule(_alt(c.share_predicate_adverbs)),
        output_attribute_verbs=tuple(c.output_attribute_verbs),
        list_paid_sum_nouns=tuple(c.list_paid_sum_nouns),
        list_relief_quantities=tuple(c.list_relief_quantities),
        reach_verb_end=_Rule(rf"(?:{_alt(c.share_reach_verbs)})(?:{c.reach_place_regex})?$"),
        school_stage_end=_Rule(rf"(?:{c.reach_place_regex})?(?:{_alt(c.school_stages)})$"),
        counted_modifier=_Rule(c.counted_modifier_regex),
        count_owner_head=_Rule(c.count_owner_head_regex),
        share_topic_place=_Rule(c.share_topic_place_regex),
        share_topic_verb=_Rule(c.share_topic_verbs_regex),
        share_extend_end=_Rule(rf"(?:{_alt(c.share_extend_verbs)})$"),
        listing_head=_Rule(c.listing_head_regex),
        person_served_verb=_Rule(_alt(c.person_served_verbs)),
        served_task_end=_Rule(rf"(?:{_alt(c.person_served_verbs)})(?P<task>{_alt(c.served_task_words)})$"),
        caused_benefit=_Rule(_alt(c.caused_benefit_verbs)),
        bare_gain_name=_Rule(rf"(?:{_alt(c.caused_benefit_verbs)}|{_alt(c.reach_object_verbs)}){re.escape(c.attributive_particle)}"),
        person_basis=_Rule(c.person_basis_regex),
        per_person_name_head=c.per_person_name_head,
        group_basis=_Rule(rf"(?P<basis>{c.group_basis_regex})[{re.escape(c.income_change_fillers)}]*$"),
        group_basis_total_tail=_Rule(c.group_basis_total_tail_regex),
        unit_basis=_Rule(c.unit_basis_regex),
        per_person_name=_Rule(f"{c.person_basis_regex}|{c.per_person_name_regex}"),
        per_person_tail=_Rule(c.per_person_tail_regex),
        pilot_word=c.pilot_word,
        use_verb=c.use_verb,
        bare_comparison=_Rule(c.bare_comparison_regex),
        enacted_programme=_Rule(c.enacted_programme_regex),
        achieved_programme=_Rule(c.achieved_programme_regex),
        established_programme=_Rule(c.established_programme_regex),
        owned_measure=_Rule(c.owned_measure_regex),
        measure_owner_clause=_Rule(c.measure_owner_clause_regex),
        standard_tail=_Rule(f"(?:{c.standard_tail_regex})$"),
        standard_ends=tuple(c.standard_ends),
        standard_raise_clause=_Rule(f"{c.standard_raise_clause_regex}(?:{c.standard_tail_regex})"),
        event_units=frozenset(c.event_units),
        network_ends=(*c.network_measures, *c.network_lines),
        network_lines=tuple(c.network_lines),
        networks=tuple(c.networks),
        network_name_chars=frozenset(c.network_name_chars),
        participant_name=_Rule(c.participant_name_regex),
        copies_name=_Rule(c.copies_name_regex),
        copies_verbs=frozenset(c.copies_verbs),
        copies_verb_name=c.copies_verb_name,
        title_units=frozenset(c.title_units),
        title_verbs=tuple(longest_first(c.title_verbs)),
        title_nouns=tuple(c.title_nouns),
        service_handled=_Rule(rf"(?P<body>.*?)(?P<verb>(?:共计|累计|共)?(?:{_alt(c.service_handle_verbs)}))"
                              rf"(?P<what>.*?(?:{_alt(c.service_handled)}))"),
        service_bodies=tuple(c.service_bodies),
        service_rates_tails=tuple(c.service_rates),
        service_handled_ends=tuple(c.service_handled),
        sampled_rates_tails=tuple(c.sampled_rates),
        settled_rates_tails=tuple(c.settled_rates),
        adopted_rates_tails=tuple(c.adopted_rates),
        adopted_issue_verbs=tuple(c.adopted_issue_verbs),
        adopted_nouns=tuple(c.adopted_nouns),
        adopted_intake_verb=_Rule(rf"(?:共计|累计|共)?(?:{_alt(c.adopted_intake_verbs)})"),
        adopting_verbs=tuple(longest_first(c.adopting_verbs)),
        graded_rates_tails=tuple(c.graded_rates),
        stage_rates_tails=tuple(c.stage_rates),
        sampling_words=tuple(c.sampling_words),
        casualty_name=_Rule(c.casualty_name_regex),
        incident_units=frozenset(c.incident_units),
        incident_nouns=tuple(c.incident_nouns),
        incident_count_tails=tuple(sorted(c.incident_count_tails, key=len, reverse=True)),
        casualty_count_word=c.casualty_count_word,
        units_quantity=_Rule(rf"(?:{_alt(c.share_set_nouns)})(?=[\u4e00-\u9fff]{{2}})"
                                  rf"(?!.*(?:{_alt(c.unit_quantity_counted)}))"
                                  rf"(?=.*(?:{_alt((*c.quantity_ends, *c.unit_quantity_ends))})$)"),
        change_object_lead=_Rule(c.change_object_lead_regex),
        change_object_giving_verbs=frozenset(c.change_object_giving_verbs),
        basis_only_name=_Rule(c.basis_only_name_regex),
        spend_verb_end=_Rule(rf"(?:{_alt((*c.spend_lead_verbs, *c.amount_object_verbs))})(?:了)?$"),
        use_part=_Rule(rf"(?:{_alt(c.use_part_leads)})[^{c.attributive_particle}]{{2,}}"),
        use_part_lead=_Rule(_alt(c.use_part_leads)),
        use_part_money=_Rule(rf".*(?P<money>{_alt(c.use_part_money)})"),
        amount_use_head=_Rule(_alt(c.amount_use_heads)),
        intensity_head=_Rule(_alt(c.intensity_heads)),
        intensity_measures=frozenset(c.intensity_measures),
        body_owned_heads=frozenset(c.body_owned_heads),
        body_end=_Rule(rf"(?:{_alt(c.body_ends)})$"),
        per_population_verbs=tuple(c.per_population_verbs),
        per_population_head=_Rule(rf"{c.per_population_head_regex}(?:{_alt(c.per_population_verbs)})?"),  # (拥有: the verb of an item)
        per_population_only=_Rule(rf"(?:{_alt(c.per_population_average_words)})?(?P<per>{c.per_population_head_regex})"
                                  rf"(?:{_alt(c.per_population_average_words)})?(?:{_alt(c.per_population_verbs)})?"),
        per_population_only_first=frozenset(w[:1] for w in (c.per_word, *c.per_population_average_words)),
        per_population_tail=_Rule(rf"(?:{_alt(c.subject_links)})?(?P<per>{c.per_population_head_regex})$"),
        difference_of=_Rule(c.difference_of_regex),
        share_word_after=_Rule(c.share_word_after_regex),
        share_name_end=_Rule(rf"(?:{_alt(c.share_name_leads)})?(?:{c.share_word_after_regex})$"),
        tail_addition=_Rule(c.tail_addition_regex),
        actor_spend_end=_Rule(rf"(?P<verb>{_alt(c.actor_spend_verbs)})了?$"),
        # (均 of 人均 is no adverb of a predicate: 12个乡镇农民人均可支配收入增速快于全区)
        counted_predicate_head=_Rule(_alt_outside((*c.counted_predicate_heads, *c.counted_predicate_adverbs, *c.completed_adverbs), c.per_head_words)),
        counted_predicate_modal=_Rule(rf"(?!{_alt(c.following_stop_words)})(?:{_alt(c.counted_predicate_modals)})"),
        counted_predicate_adverbs=frozenset((*c.counted_predicate_adverbs, *c.completed_adverbs)),
        counted_noun_prefixes=frozenset(c.counted_noun_prefixes),
        counted_predicate_reject=_Rule(c.counted_predicate_reject_regex),
        frame_predicate=_Rule(rf"(?:(?!{_alt((*c.achieve_verbs, *c.reach_goal_verbs))}).)*(?:{_alt(c.frame_nouns)})"),
        counted_plan=_Rule(c.counted_plan_regex),
        counted_rank_lead=c.counted_rank_lead,
        counted_compared_place=_Rule(c.counted_compared_place_regex),
        counted_place_lead=_Rule(c.counted_place_lead_regex),
        counted_rank_tails=tuple(c.counted_rank_tails),
        colon_item_ends="".join(c.colon_item_ends),
        rank_ordinal_followers=tuple(c.rank_ordinal_followers),
        ordinal_list_next=_Rule(c.ordinal_list_next_regex.replace("{counters}", f"(?:{_alt(c.counters)})")),
        top_list_lead=_Rule(c.top_list_lead_regex),
        rank_list_gap=_Rule(f"(?:{_alt(c.counted_rank_tails)})?(?:{_alt((c.item_separator, *c.following_joints))})"),
        counted_predicate_rank=_Rule(c.counted_predicate_rank_regex),
        share_holder_lead=_Rule(c.share_holder_lead_regex),
        share_holder_tail=_Rule(c.share_holder_tail_regex),
        share_present_lead=_Rule(c.share_present_lead_regex),
        following_reject=_Rule(rf"(?:{_alt(c.following_reject)})|(?:{_alt(c.following_reject_whole)})$"),
        following_frame_end=_Rule(c.following_frame_end_regex),
        attributive_have=_Rule(c.attributive_have_regex),
        portion_words=frozenset(c.portion_words),
        subject_verbs=_Rule(rf"(?:{_alt(c.subject_verbs)})+"),
        generic_subject=_Rule(c.generic_subject_regex),
        numeral_in_name=_Rule(c.numeral_in_name_regex),
        set_rate=_Rule(rf"(?P<set>.{{2,}}?(?:{_alt((*c.counted_owner_ends, *c.person_heads))}))(?:{c.set_rate_tail_regex})"),
        times_more_than=_Rule(c.times_more_than_regex),
        stated_base=_Rule(c.stated_base_regex.replace("{cuts}", _alt(c.cut_cues))),
        base_level_lead=_Rule(c.base_level_lead_regex),
        stated_base_rejects=frozenset(c.stated_base_rejects),
        head_figure=_Rule(c.head_figure_regex),
        item_figure=_Rule(f"{c.head_figure_regex}|{c.item_figure_regex}"),
        head_index_frame=_Rule(c.head_index_frame_regex),
        figure_in_name=_Rule(c.figure_in_name_regex),
        year_item_opening=_Rule(c.year_item_opening_regex),
        part_scope_lead=_Rule(rf"(?:{_alt(c.part_markers)})(?P<place>{_alt(c.part_scope_places)})"),
        period_plan_opening=_Rule(c.period_plan_opening_regex),
        year_plan_opening=_Rule(c.year_plan_opening_regex),
        colon_topic=_Rule(c.colon_topic_regex),
        topic_owned=_Rule(c.topic_owned_regex),
        example_topic=_Rule(c.example_topic_regex.replace("{openers}", _alt(c.example_openers))),
        bare_output_name=_Rule(c.bare_output_name_regex),
        capacity_list_head=_Rule(c.capacity_list_head_regex),
        capacity_nouns=tuple(c.capacity_nouns),
        kind_list_head=_Rule(c.kind_list_head_regex),
        kind_nouns=tuple(c.kind_nouns),
        person_share_name=_Rule(c.person_share_name_regex),
        verb_opening=_Rule(c.verb_opening_regex),
        topic_sentence=_Rule(c.topic_sentence_regex.replace("{clause}", c.topic_clause_regex)),
        topic_clause=_Rule(c.topic_clause_regex),
        copula_clause=_Rule(c.copula_clause_regex),
        dwellers_after=_Rule(c.dwellers_after_regex),
        rate_opening=_Rule(c.rate_opening_regex),
        remainder_opening=_Rule(c.remainder_opening_regex),
        remainder_before=_Rule(c.remainder_before_regex),
        fund_flow=_Rule(rf"(?:{_alt(c.fund_flow_leads)})*(?P<flow>{_alt(c.fund_flow_verbs)}|{_alt(c.fund_stocks)})"),
        fund_name=_Rule(rf"(?:年初|年末)?(?:{_alt(c.fund_flow_verbs + c.fund_set_verbs)})?"
                             rf"(?P<fund>[^，,、；;。]{{0,16}}?(?:{_alt(c.fund_heads)}))(?:{_alt(c.fund_stocks)})?"),
        fund_stocks=frozenset(c.fund_stocks),
        year_start_stock=_Rule(c.year_start_stock_regex),
        blank_line=_Rule(r"\n[ \t\u3000\u200b]*\n"),
        bare_measures=frozenset(c.bare_measures),
        bare_measure_end=_Rule(rf"(?:{_alt(c.bare_measures)})$"),  # 资产总额 ending 区属国有企业资产总额: the longest
        sibling_owner=_Rule(rf"(?P<owner>.{{2,}}?)(?:{_alt(c.sibling_measures)})"),
        sibling_measures=frozenset(c.sibling_measures),
        business_sibling_owner=_Rule(rf"(?P<owner>.{{2,}}?)(?:{_alt(c.business_sibling_measures)})"),
        business_sibling_measures=frozenset(c.business_sibling_measures),
        measure_own_units=dict(c.measure_own_units),
        output_measures=frozenset(c.output_measures),
        rank_change_words=frozenset(c.rank_change_words),
        rank_aspect_words=tuple(sorted((*c.rank_aspect_words, *c.rank_growth_words), key=len, reverse=True)),
        listed_aspects=frozenset(c.listed_aspect_kinds),  # (the aspects the kinds are given of)
        listed_aspect_kinds=MappingProxyType(dict(c.listed_aspect_kinds)),
        rank_growth_words=tuple(c.rank_growth_words),
        rank_growth_clause=_Rule(rf"(?:(?<=[,，;；。:：])(?P<head>[^,，;；。:：]*?)(?:{_alt(c.rank_growth_leads)})?)?"
                                      rf"(?P<growth>{_alt(c.rank_growth_words)})[^,，;；。:：]*[,，]$"),
        sector_aggregate=_Rule(rf"(?:{c.sector_end_regex})(?:{_alt(c.sector_aggregates)})$"),
        sector_aggregates=frozenset(c.sector_aggregates),
        loss_turn_from=_Rule(c.loss_turn_from_regex),
        loss_turn_to=_Rule(c.loss_turn_to_regex),
        profit_names=c.profit_names,
        owner_clause=_Rule(c.owner_clause_regex),
        sentence_owner=_Rule(c.sentence_owner_regex),
        owner_end=_Rule(rf"(?:{owner_ends})$"),
        place_year_lead=_Rule(c.place_year_lead_regex),
        attribute_measures=frozenset(c.attribute_measures),
        attribute_owner_end=_Rule(rf"(?:{_alt(c.attribute_owner_ends)})$"),
        measured_owner=_Rule(rf"(?P<owner>.{{2,}}?)(?:{_alt(c.bare_measures)})"),
        item_owner=_Rule(rf"(?P<owner>.+?(?:{owner_ends}))(?:{_alt(c.item_measures + c.bare_measures)})"),
        bound_target_name=_Rule(c.bound_target_name_regex),
        frame_name=_Rule(c.frame_name_regex),
        current_base=_Rule(c.current_base_regex),
        base_time_level=_Rule(c.base_time_level_regex),
        base_frame_end=_Rule(c.base_frame_end_regex),
        basis_frame_inner=_Rule(c.basis_frame_inner_regex),
        base_frame_open=c.base_frame_open,
        compared_level_open=_Rule(c.compared_level_open_regex),
        compared_level_end=_Rule(c.compared_level_end_regex),
        compared_plan=_Rule(c.compared_plan_regex),
        plan_head=_Rule(c.plan_head_regex),
        owned_heads=frozenset(c.owned_heads),
        part_owned_heads=frozenset(c.part_owned_heads),
        plant_owned_heads=frozenset(c.plant_owned_heads),
        plant_counters=frozenset(c.plant_counters),
        yield_verbs=tuple(c.yield_verbs),
        student_flow_heads=tuple(sorted(c.student_flow_heads, key=len, reverse=True)),
        school_count_units=frozenset(c.school_count_units),
        set_rates=frozenset(c.set_rates),
        owned_head_end=_Rule(rf"(?:{_alt(c.owned_heads)})$"),
        received_end=_Rule(rf"(?:{_alt(c.reception_verbs)})(?:{_alt(c.reception_objects)})$"),
        reception_object_ends=tuple(c.reception_objects),
        reception_trades=MappingProxyType(dict(c.reception_trades)),
        reception_trade_heads=frozenset(c.reception_trade_heads),
        counted_measure_end=_Rule(rf"(?:{_alt(set(c.owned_heads) | set(c.sector_quantities))})$"),
        count_owner_has=_Rule(c.count_owner_has_regex),
        counted_owner_quantity=_Rule(rf".*(?:{_alt(c.counted_owner_ends)})(?=[^的]*(?:{_alt(c.counted_quantity_ends)})$)"),
        place_count_opens=tuple(c.place_count_opens),
        sibling_scopes=MappingProxyType({w: tuple(sorted((v for v in g if v != w), key=len, reverse=True))
                                         for g in c.sibling_scopes for w in g}),
        domain_heads=frozenset(c.domain_heads),
        domain_subject_ends=tuple(sorted(c.domain_subject_ends, key=len, reverse=True)),
        empty_subjects=frozenset(c.empty_subjects),
        subject_trim_head=c.subject_trim_head,
        subject_trim_tail=c.subject_trim_tail,
        straight_quotes=c.straight_quotes,
        list_word=c.list_word,
        # (金融业、房地产业分别实现税收…; 制造业、建筑业分别退税…: a relief each member got is named as its quantity is)
        list_quantity_after=_Rule(
            rf"(?:{_alt(c.list_quantity_verbs)})?"
            rf"(?P<q>{_alt((*c.sector_quantities, *c.list_relief_quantities, *c.list_trade_quantities))})"),
        list_flow_after=_Rule(rf"(?:{_alt(c.list_flow_verbs)})[^\d,，;；。:：、()（）]{{2,12}}"),
        list_paid_after=_Rule(rf"(?:{_alt(c.list_paid_verbs)})(?P<paid>[^\d,，;；。:：、()（）的]{{0,8}})"),
        list_owner_ends=(*c.list_owner_ends, *c.place_ends),
        # 分别增长3.2%和下降1.5%: a member may print its own direction
        list_member_note=_Rule(c.list_member_note_regex),
        list_sep=_Rule(rf"^(?:{_alt(c.list_separators)})$|^(?:{_alt(c.list_member_verb_separators)})"
                            rf"(?P<verb>{_alt(c.list_member_verbs)})$"),
        list_member_sign=c.list_member_verbs,
        list_last_split=_Rule(_joiners(c.list_last_joiners, c.list_joiner_words)),
        list_suffixes=tuple(sorted(c.list_suffixes, key=len, reverse=True)),
        list_suffix_units=MappingProxyType({k: re.compile(v) for k, v in c.list_suffix_units.items()}),
        list_head_links=tuple(c.list_head_links),
        age_item=_Rule(c.age_item_regex),
        class_item=_Rule(c.class_item_regex),
        class_item_lead=_Rule(c.class_item_lead_regex),
        recap_group=_Rule(c.recap_group_regex),
        sector_names=_glossary_names(("sector",), within=True),
        bare_quantities=tuple(longest_first({w for w in c.quantity_ends if len(w) > 1} | set(c.sector_quantities))),
        list_item_end=_Rule(c.list_item_end_regex),
        list_each=_Rule(c.list_each_regex),
        apart_items=_Rule(rf"(?:{_alt(c.apart_item_words)})(?:(?:{_alt(c.statement_item_separators)})"
                               rf"(?:{_alt(c.apart_item_words)}))+(?=[^{re.escape(c.item_separator)}]*$)"),
        list_rank_each_heads=tuple(c.list_rank_each_heads),
        list_open_end=_Rule(c.list_open_end_regex),
        list_of_indicators_end=_Rule(c.list_of_indicators_end_regex),
        kinds_list=_Rule(c.kinds_list_regex),
        counted_frames=frozenset(c.counted_frames),
        grant_lead=_Rule(rf"[\u4e00-\u9fff“”]{{2,}}?(?:{_alt(c.grant_verbs)})(?=“?[\u4e00-\u9fff]{{2}})"),
        receive_lead=_Rule(rf"(?<=[0-9零〇一二三四五六七八九十百千万两](?:{_alt(c.recipient_counters)}))"
                                rf"[\u4e00-\u9fff]{{1,6}}?(?:{_alt(c.receive_verbs)})(?=“?[\u4e00-\u9fff]{{2}})"),
        receive_verb=_Rule(_alt(c.receive_verbs)),
        field_pointer=_Rule(_alt(c.field_pointers)),
        field_intro=_Rule(c.field_intro_regex),
        pointed_units=_Rule(c.pointed_units_regex),
        demonstrative_measure=_Rule(rf"(?:{_alt(c.demonstratives)})(?P<measure>{_alt(c.demonstrated_measures)})"),
        aspect_of_measure=_Rule(rf"(?P<measure>{_alt(c.bare_measures + c.fund_stocks)})(?:{_alt(c.measure_aspects)})?"),
        measure_whole_words=tuple(c.generic_whole_words),
        generic_measure=_Rule(rf"(?:{_alt(c.generic_owners)})?(?:{_alt(c.generic_whole_words)})??(?P<measure>{_alt(c.bare_measures)})"),
        effort_frame=_Rule(c.effort_frame_regex),
        object_to_head=_Rule(rf"(?:{_alt(c.object_to_verbs)})(?=[\u4e00-\u9fff“]{{2}})"),
        object_to_words=tuple(c.object_to_words),
        object_list_words=tuple(c.object_list_words),
        quantity_ends=c.quantity_ends,
        unit_quantity_ends=tuple(c.unit_quantity_ends),
        disposal_words=tuple(c.disposal_markers),
        subject_clause_end=_Rule(c.subject_clause_end_regex),
        total_clause_opening=_Rule(c.total_clause_opening_regex),
        reached_clause_opening=_Rule(c.reached_clause_opening_regex),
        reached_subject_clause=_Rule(c.reached_subject_clause_regex),
        prior_same_period=_Rule(c.prior_same_period_regex),
        having_count=_Rule(c.having_count_regex),
        source_clause=_Rule(c.source_clause_regex),
        rate_noun_end=_Rule(rf"(?P<noun>{_alt(c.rate_nouns)})(?:{_alt(c.rate_noun_averages)})?(?P<each>分别)?(?:{links}|{_alt(c.to_words)}|{_alt(c.cap_words)}|(?P<frame>{from_frame}))?$"),
        range_separators=frozenset(c.range_separators),
        range_count_high=_Rule(rf"(?:{_alt(c.range_separators)})\d+(?:\.\d+)?(?:[万亿]|{_alt((*c.counters, *c.money_units))})"),
        approx_pair_separator=c.approx_pair_separator,
        approx_pair_digits=c.approx_pair_digits,
        approx_pair_places=frozenset(c.approx_pair_places),
        unit_shared=frozenset((*c.range_separators, *c.unit_shared_separators)),
        threshold_after=_Rule(c.threshold_after_regex),
        threshold_units=frozenset(c.threshold_units),
        herd_threshold_units=frozenset(c.herd_threshold_units),
        herd_class=_Rule(rf"(?:{_alt(c.scope_note_bounds)})[\u4e00-\u9fff]{{0,8}}?(?:{_alt(c.herd_holder_words)})"),
        reading_threshold_units=frozenset(c.reading_threshold_units),
        reading_bound_signs=c.reading_bound_signs,
        reading_bound_after=_Rule(c.reading_bound_after_regex),
        reading_bound_close=_Rule(c.reading_bound_close_regex),
        reading_value_lead=_Rule(c.reading_value_lead_regex),
        scope_note_bounds=tuple(c.scope_note_bounds),
        scope_note=_Rule(c.scope_note_regex),
        bound_class=_Rule(rf"\d+(?:\.\d+)?[万亿千百]?(?:{_alt(list(c.threshold_units) + list(c.money_units))})"
                               rf"(?:{c.threshold_after_regex})"),
        class_time_units=frozenset(c.class_time_units),
        duration_units=frozenset(c.duration_units),
        ratio_parts=tuple(sorted(c.ratio_parts.items(), key=lambda kv: -len(kv[0]))),
        list_expansions=tuple(sorted(c.list_expansions.items(), key=lambda kv: -len(kv[0]))),
        not_only=_Rule(c.not_only_regex),
        but_also=_Rule(c.but_also_regex),
        addend_openers=tuple(sorted(c.addend_openers, key=len, reverse=True)),
        example_openers=tuple(sorted(c.example_openers, key=len, reverse=True)),
        sum_joiner=c.sum_joiner,
        contribution_lead=_Rule(c.contribution_lead_regex),
        contribution_name=_Rule(c.contribution_name_regex),
        contribution_driver=_Rule(c.contribution_driver_regex),
        list_sum_lead=_Rule(c.list_sum_lead_regex),
        not_subject=_Rule(c.not_subject_regex),
        threshold_noun=_Rule(rf"[^,;。:]{{0,6}}?(?:{_alt(c.threshold_nouns)})"),
        threshold_count_units=frozenset(c.threshold_count_units),
        threshold_frame_open=_Rule(c.threshold_frame_open_regex),
        threshold_frame_noun=_Rule(rf"{c.threshold_frame_noun_regex}(?:{_alt(c.frame_closers)})"),
        frame_closers=tuple(c.frame_closers),
        class_money_bound=_Rule(c.class_money_bound_regex),
        money_name=_Rule(rf"(?:{_alt(c.money_name_heads)})$"),
        money_name_foreign=_Rule(c.money_name_foreign_regex),
        class_money_lead=_Rule(c.class_money_lead_regex),
        class_money_noun=_Rule(c.class_money_noun_regex),
        settlement_size_units=frozenset(c.settlement_size_units),
        settlement_size_class=_Rule(c.settlement_size_class_regex),
        reach_units=frozenset(c.reach_units),
        reach_coverage=_Rule(c.reach_coverage_regex),
        reach_owner_end=_Rule(c.reach_owner_end_regex),
        size_class_count=_Rule(c.size_class_count_regex),
        size_class_after=_Rule(c.size_class_after_regex),
        size_class_figure=_Rule(rf"[0-9０-９.]+[万亿千百]?(?:{_alt(list(c.threshold_units) + list(c.money_units))})"
                                rf"(?:{c.size_class_after_regex})"),
        paren_comparator=_Rule(c.paren_comparator_regex),
        paren_change=_Rule(c.paren_change_regex),
        paren_growth=_Rule(c.paren_growth_regex),
        duration_after=c.duration_after,
        class_time_not_before=c.class_time_not_before,
        exclusion_words=tuple(c.exclusion_words),
        inclusion_note_heads=tuple(c.inclusion_note_heads),
        inclusion_note_figure=_Rule(rf"\((?P<note>(?:{_alt(c.inclusion_note_heads)})[^()\d,;:。]{{1,16}}?)(?:为|是)?"),
        figure_like=_Rule(rf"\d[\d.]*[万亿]?(?:{_alt(c.figure_like_units)})"),
        clause_joiner_heads=tuple(c.clause_joiner_heads),
        joined_total=_Rule(c.joined_total_regex),
        doubtful_name=_Rule(c.doubtful_name_regex),
        # (市下达的单位地区生产总值能耗: the level that set the target is no part of what it is set on)
        name_head=_Rule(rf"(?:{_alt(c.name_head_strip + c.compared_words + c.finality_heads + c.frame_heads + handed_down)})"),
        name_owner_has=_Rule(c.owner_has_head_regex),
        name_head_keep=_Rule(rf"(?:{_alt_outside(c.name_head_keep, c.name_head_keep_holders)})"),
        name_compared_head=_Rule(c.name_compared_head_regex),
        name_gained_head=_Rule(c.name_gained_head_regex),
        plan_outcome_clause=_Rule(c.plan_outcome_clause_regex),
        modal_verb_heads=frozenset(c.modal_verb_heads),
        recipient_clause_name=_Rule(c.recipient_clause_name_regex),
        comma_names=_Rule(_alt(comma_names)),
        bare_growth=_Rule(c.bare_growth_regex),
        bare_growth_name=c.bare_growth_name,
        pointed_growth=_Rule(c.pointed_growth_regex),
        unowned_growth_subject=_Rule(c.unowned_growth_subject_regex),
        grown_owner_names=c.grown_owner_names,
        grown_owner=_Rule(rf"(?:{_alt(c.grown_owner_names)})$"),
        grown_name=_Rule(rf"(?:{_alt(c.grown_owner_names.values())})$"),
        grown_printed={v: min((k for k, w in c.grown_owner_names.items() if w == v), key=len)
                       for v in c.grown_owner_names.values()},
        unowned_growth_names=c.unowned_growth_names,
        added_head=_Rule(rf"(?:{_alt(c.added_head_names)})"),
        added_head_names=c.added_head_names,
        added_before=_Rule(rf"(?:{_alt(c.added_head_names)})(?:{_alt(c.perfective_particles)})?$"),
        listed_count=_Rule(c.listed_count_regex),
        times_changed=_Rule(c.times_changed_regex),
        times_unit=c.times_unit,
        enrolled_head=_Rule(rf"(?:{_alt(c.enrolled_name_heads)})(?=[\u4e00-\u9fff]{{2}})"),
        enrolled_person_unit=c.enrolled_person_unit,
        enrolled_person_noun=c.enrolled_person_noun,
        times_name_end=c.times_name_end,
        share_increment_word=c.share_increment_word,
        increment_name_end=_Rule(rf"(?:{_alt(c.increment_name_ends)})$"),
        build_verb_names=frozenset(c.build_verb_names),
        programme_frame=_Rule(c.programme_frame_regex),
        owner_has=_Rule(c.owner_has_regex),
        quantity_names=_glossary_names(tuple(c.owner_categories), within=False),
        substances_named_by_quantity=frozenset(c.substances_named_by_quantity),
        list_noun_suffixes=frozenset(c.list_noun_suffixes),
        list_item_own_nouns=tuple(c.list_item_own_nouns),
        region_name=_Rule(c.region_name_regex),
        place_set_subject=_Rule(c.place_set_subject_regex.replace("{kinds}", _alt(c.place_set_kinds))
                                .replace("{areas}", _alt(c.place_set_areas))),
        place_set_list_item=_Rule(c.place_set_list_item_regex),
        place_set_ends=_last_chars((*c.place_set_kinds, *c.place_set_areas)),
        place_set_areas=tuple(sorted(c.place_set_areas, key=len, reverse=True)),
        place_count_end=_Rule(c.place_count_end_regex),
        kind_price=_Rule(c.kind_price_regex),
        comma_name_joints=_joints(comma_names, "、"),
        # 年度计划投资: the plan word before a quantity is no part of its name, so a plan and its outcome share it
        name_head_phrase=_Rule(c.name_head_phrase_regex.replace("{caused_losses}", _alt(c.caused_loss_words))
                                    + rf"|(?:为|对|向|给)[^,，为对向给]{{2,20}}?(?={_alt(c.recipient_relief_verbs)})"
                                    + rf"|{plan_word}"),
        name_plan_word=_Rule(plan_word),
        # (a word a change goes to a value with, 提高到, 收窄至, ends no name either; 达到了: a verb of two
        # characters or more with its 了, after a name)
        name_tail=_Rule(rf"(?:{_alt(tails)}|(?<=[\u4e00-\u9fff])(?:{_alt(w for w in tails if len(w) > 1)})"
                             rf"(?:{perf})|{c.name_plan_tail_regex}|{c.name_trend_tail_regex}|{c.basis_tail_regex}"
                             rf"|{c.name_average_tail_regex}|{c.name_worth_tail_regex})$"),
        name_payer_span=_Rule(f"{c.name_payer_span_regex}|{c.name_time_inner_regex}"),
        bracket_count_units=frozenset(c.bracket_count_units),
        name_inner=_Rule(rf"(?<=[\u4e00-\u9fff])(?:{_alt(c.name_inner_strip)})(?=[\u4e00-\u9fff“\"]{{2}})"
                              rf"|{c.name_inner_verb_regex}"
                              rf"|{c.owner_has_inner_regex}"
                              rf"|{c.name_time_has_regex}"
                              rf"|(?<=[\u4e00-\u9fff]){plan_word}"
                              rf"|{c.name_inner_cause_regex.replace('{caused_losses}', _alt(c.caused_loss_words))}"
                              rf"|{c.name_inner_total_regex}"
                              rf"|{c.name_inner_span_regex}"
                              # 规模以上工业企业[目前]实现利润: a present time inside a name, not as part of a word (项目前期)
                              rf"|(?<=[\u4e00-\u9fff]{{2}})(?:{_alt_outside(c.sentence_only_periods, c.period_word_holders)})(?=[\u4e00-\u9fff]{{2}})"
                              # 金融系统[向实体经济]让利: the recipients of a relief inside a name, as at its head
                              + rf"|(?<=[\u4e00-\u9fff]{{2}})(?:为|对|向|给)[^,，为对向给的0-9０-９]{{2,20}}?(?=(?:{_alt(c.recipient_inner_verbs)})(?!了?的))"
                              rf"|[(（](?:{_alt(c.inclusion_note_heads)})[^()（）]{{0,{c.inclusion_note_span}}}[)）]"  # 投资额（包括…）
                              # 规模以上工业企业[（45家）]实现产值: the count of the units named before it, no part of a name
                              rf"|(?<=[\u4e00-\u9fff])[(（][0-9０-９]{{1,6}}(?:{_alt(c.bracket_count_units)})[)）](?=[\u4e00-\u9fff])"),
        name_cut=_Rule(f"{c.name_cut_regex}|{c.name_trend_cut_regex}"),
        name_clause_item=_Rule(rf"[^、，,的等]{{2,24}}?(?:{_alt(c.name_clause_item_ends)})、(?=[^、和及与等的]{{2,12}}$)(?![^、]*(?:{_alt(c.name_clause_item_ends)})$)"),
        scope_head_verb=_Rule(c.scope_head_verb_regex),
        share_of_whole_name=_Rule(c.share_of_whole_name_regex),
        share_within_word=c.share_within_word,
        share_owner_clause=_Rule(c.share_owner_clause_regex),
        joined_verb_modifier=_Rule(c.joined_verb_modifier_regex),
        drawn_source=_Rule(c.drawn_source_regex),
        shared_count_list=_Rule(c.shared_count_list_regex),
        joined_members=_Rule(c.joined_members_regex),
        pilot_reach=_Rule(c.pilot_reach_regex),
        next_count_item=_Rule(c.next_count_item_regex),
        pilot_units=_Rule(c.pilot_units_regex),
        contracted_name=_Rule(c.contracted_name_regex),
        actual_bare=_Rule(c.actual_bare_regex),
        aspect_in_name=_Rule(c.aspect_in_name_regex),
        level_list=_Rule(c.level_list_regex),
        modifier_list=_Rule(c.modifier_list_regex),
        level_item_next=_Rule(c.level_item_next_regex),
        carried_balance=_Rule(c.carried_balance_regex),
        carried_balance_kin=c.carried_balance_kin,
        carried_pair_words=MappingProxyType(dict(c.carried_pair_words)),
        carried_pair_periods=tuple(longest_first((*c.carried_pair_periods, *c.year_whole_words, *c.cumulative_words,
                                                  *c.periods))),
        carried_size_words=tuple(longest_first(c.carried_size_words)),
        carried_size_units=frozenset(c.carried_size_units),
        carried_size_per_unit=tuple(c.carried_size_per_unit),
        carried_size_part_lead=_Rule(_alt(c.carried_size_part_leads)),
        carried_rate=_Rule(c.carried_rate_regex), carried_rate_bases=c.carried_rate_bases,
        balance_owner_generic=frozenset(c.balance_owner_generic),
        launched_plan=_Rule(c.launched_plan_regex),
        scope_frame_clause=_Rule(c.scope_frame_clause_regex),
        scope_set_frame=_Rule(c.scope_set_frame_regex),
        amount_frame_noun=_Rule(
            rf"的(?:(?:{_alt(c.amount_frame_nouns)})(?:上|之上)"
            rf"|(?:{_alt(c.target_noun_modifiers)})?(?:{_alt(c.frame_nouns)})(?![\u4e00-\u9fff]))"),
        share_basis_frame=_Rule(c.share_basis_frame_regex),
        campaign_object=_Rule(c.campaign_object_regex),
        repeated_verb_adverb=_Rule(rf"(?:{_alt(c.repeated_verb_adverbs)})+"),
        name_year=_Rule(c.name_year_regex),
        name_year_inner=_Rule(f"(?:{c.name_year_regex.removeprefix('^')})(?![{c.name_year_inner_not_before}])"),
        name_year_tail=_Rule(c.name_year_tail_regex),
        name_tail_keep=_Rule(rf"(?:{_alt(c.name_tail_keep)})$"),
        name_tail_cue_nouns=_Rule(rf"(?:{_alt(c.name_tail_cue_nouns)})$"),
        name_list_close=_Rule(c.name_list_close_regex),
        name_year_keep=_Rule(c.name_year_keep_regex),
        multi_year_word=_Rule(c.multi_year_word_regex),
        per_year_word=_Rule(f"{c.multi_year_word_regex}|{c.per_year_word_regex}"),
        per_year_next_item=_Rule(c.per_year_next_item_regex),
        real_terms=_Rule(c.real_terms_regex),
        sub_magnitude=_Rule(c.sub_magnitude_regex),
        span_opening=_Rule(c.span_opening_regex),
        to_date_period=_Rule(c.to_date_period_regex),
        years_joined=_Rule(c.years_joined_regex),
        yearly_restated=_Rule(c.yearly_restated_regex),
        done_total_share=_Rule(c.done_total_share_regex),
        done_amount=_Rule(c.done_amount_regex),
        restated_point_move=_Rule(c.restated_point_move_regex),
        restated_change=_Rule(c.restated_change_regex),
        aim_raised=_Rule(c.aim_raised_regex),
        extreme_member=_Rule(c.extreme_member_regex),
        multi_year=_Rule(rf"(?:{c.multi_year_regex})(?:{suffix})?(?:[^,;。:]{{0,4}}?(?:{links}))?$"),
        growth_target=_Rule(c.growth_target_regex),
        growth_target_name=_Rule(c.growth_target_name_regex),
        rate_noun_after=_Rule(c.rate_noun_after_regex),
        growth_name_end=_Rule(c.growth_name_end_regex),
        rate_name_after=_Rule(c.rate_name_after_regex),
        set_as_after=_Rule(c.set_as_after_regex),
        set_as_leads=c.set_as_leads,
        compared_base_lead=_Rule(c.compared_base_lead_regex),
        compared_base_close=_Rule(c.compared_base_close_regex),
        rank_title_after=_Rule(c.rank_title_after_regex),
        growth_drive_lead=_Rule(c.growth_drive_lead_regex),
        peer_owner_class=_Rule(c.peer_owner_class_regex),
        income_grow_verbs=frozenset(c.income_grow_verbs),
        income_change_fillers=c.income_change_fillers,
        causative=_Rule(c.causative_regex),
        growth_after=_Rule(c.growth_after_regex),
        rate_cut_lead=_Rule(c.rate_cut_lead_regex),
        rate_cut_after=_Rule(rf"{c.rate_cut_after_regex}(?:{_alt(c.cut_cues)})"),
        gap_pct=_Rule(c.gap_pct_regex),
        pull_object=_Rule(c.pull_object_regex),
        more_than_base=_Rule(c.more_than_base_regex),
        more_than_base_less=frozenset(c.more_than_base_less),
        deviation_end=_Rule(rf"(?:{_alt(c.deviation_signs)})$"),
        deviation_sign=c.deviation_signs,
        above_base=_Rule(c.above_base_regex),
        pp_down_words=frozenset(c.pp_down),

        from_word=_Rule(rf"{from_frame}(?:(?:{_alt(c.from_sign_verbs)})|(?:{c.from_basis_regex}))?$"),
        per_unit_tail=_Rule(c.per_unit_basis_regex),
        per_capita_tail=_Rule(c.per_capita_basis_regex),
        list_head=_Rule(c.list_head_regex),
        list_head_verb=_Rule(_alt(c.list_head_verbs)),
        issue_verb=_Rule(rf"{done_lead}(?:{_alt(c.issue_verbs)})"),
        list_shared_modifiers=c.list_shared_modifiers,
        list_shared_places=c.list_shared_places,
        list_change_verb=_Rule(_alt(c.list_change_verbs)),
        list_item_own_verb=_Rule(rf"(?:{_alt(c.list_item_own_verbs)})(?!(?:{_alt(c.list_item_own_verb_doers)})(?![\u4e00-\u9fff]))"),
        network_measure_ends=tuple(c.network_measures),
        list_item_quantities=c.list_item_quantities,
        comma_list_item_units=frozenset((*c.comma_list_item_units, *c.list_item_capacity_units)),
        list_item_capacity_units=frozenset(c.list_item_capacity_units),
        each_word=c.each_word,
        class_bound=_Rule(c.class_bound_regex),
        class_bound_before=tuple(c.class_bound_before),
        bracket_part=_Rule(c.bracket_part_regex),
        class_named=_Rule(c.class_named_regex),
        class_object_lead=_Rule(c.class_object_lead_regex),
        class_object_tail=_Rule(c.class_object_tail_regex),
        counted_class_bound=_Rule(c.counted_class_bound_regex), counted_class_bound_gate=c.counted_class_bound_gate,
        class_span_units=frozenset(c.class_span_units),
        to_word_after=_Rule(rf"[,，]?(?:{_alt(c.to_words)})"),
        to_dated_word_after=_Rule(c.to_time_lead_regex + rf"(?:{_alt(c.to_words)})"),
        from_plan_words=tuple(c.from_plan_words),
        from_plan_named_words=tuple(c.from_plan_named_words),
        current_words=tuple(c.current_words),
        current_named_to=_Rule(rf"{c.current_named_to_regex}(?:{_alt(c.to_words)})"),
        revision_words=frozenset(c.revision_words),
        to_word_end=_Rule(rf"(?:{_alt(c.to_words)})(?:{_alt(c.qualifiers_before)})?$"),  # (增加到近22平方米)
        to_target_end=_Rule(rf"(?:{_alt(c.to_words)}|{_alt(c.cap_words)}|至|到|目前)(?:{c.to_target_between_regex})$"),
        from_to_tail=_Rule(rf"(?:{_alt(c.from_words)})[^,，;；。从由]{{1,12}}?(?:{_alt(c.to_words)})"
                                rf"(?:{c.to_target_between_regex})$"),
    ))


@dataclass(frozen=True, slots=True)
class TokenViews:
    """Compiled rules of the tokeniser (``vocab/tokens.json``)."""

    count_counters: str  # alternation source, for the numeral token
    measure_counters: str  # units a numeral with 十 (四十斤, 二十五吨) is read before, as a figure
    digit_measure: str  # 四元左右, 二斤左右: a one-digit numeral (no 十) before a unit of measure, read as a figure
    one_counters: str  # words a bare 一 is a figure before (增长一倍, 提高一个百分点)
    one_count_counters: str  # counters a bare 一 counts before when its clause ends there (小学一所，)
    one_count_not_after: str  # characters before such a 一 that make it no count (每一个, 其中的一个)
    one_move_from_after: str  # 从一[个月以上压缩到]…: what follows the 一 a move starts from, a figure
    one_move_from: re.Pattern[str]  # 从一个月以上压缩到…: the 一 a move starts from (matched at 从)
    one_count_list: re.Pattern[str]  # a count printed before such a 一 (幼儿园3所、小学一所): one of a list of counts
    count_not_after: str  # negative look-ahead source: 三次会议 is not a count
    cheng_not_after: str
    arabic_tenths: re.Pattern[str]  # 近8成受访企业: the 成 after a digit that counts tenths, as 八成 does
    cheng_tenth_not_after: str
    cheng_idiom_tails: str
    approx_numeral_words: tuple[str, ...]
    approx_idioms: tuple[str, ...]
    approx_followers: str
    approx_follower_stops: str
    approx_measure_followers: str  # 公里, 亩 after a word of size that is no vague one (近千公里, not 几十亩到几百亩的工程)
    approx_amount_followers: str  # 元 or 斤 after a word of size, then a stop or a qualifier: an amount, no name
    approx_amount_units: str  # 元 or 斤 after a vague word of size (几十亿元的收入): an amount whatever follows
    approx_left: frozenset[str]
    approx_bound: re.Pattern[str]  # 稳定在万亿斤以上: 在, a bare magnitude, its unit and a bound word
    approx_vague_heads: str
    vague_head_not_after: Mapping[str, str]  # 数十个, 几万项 after any word but one ending in 数 (人数十万)
    top_followers: str
    top_end_stops: str  # character class: the clause ends right after a bare top rank (排名全市前三,)
    top_name: re.Pattern[str]  # 前十强企业, 前10家重点企业, 前3批试点项目: the first ten named as a group, no rank
    top_not_after: str  # character class: 前 after it is a time (目前, 此前, 年底前), no top count after it
    half_words: tuple[str, ...]
    first_place_words: tuple[str, ...]
    latin_units: frozenset[str]
    latin_class_letters: frozenset[str]
    latin_class_follows: tuple[str, ...]
    place: re.Pattern[str]
    hotline: re.Pattern[str]
    quoted_measure: re.Pattern[str]
    slogan_count_after: tuple[str, ...]
    quoted_slogan_count: re.Pattern[str]  # “4个中心”: a quote holding one count and its noun only names a slogan
    slogan_count_tail: re.Pattern[str]  # 两个确保, 三个一批: no things counted (nor in 两项合计: the amounts summed; nor in 五项社会保险: the set of schemes a fund is named by, nor in 4类重点对象: the households rural housing repairs are for); 十七条协议: the articles a document is named by; 制造两个美国: no country counted; 有两种可能: what may come, no things
    slogan_count_frame: re.Pattern[str]  # 突出三个重点，强化四个保障。: a plan's frame counted in words, no things
    quoted_count_before: re.Pattern[str]  # “两个100%”: a figure counted in words inside quotes is a slogan's
    doubling_counter: str  # 翻两番: doubled twice, a count of doublings only after doubling_lead (not 三番五次)
    doubling_lead: re.Pattern[str]
    doubling_goal: re.Pattern[str]  # 力争实现…翻两番: the clause before names a goal, no doubling said
    doubling_subject: re.Pattern[str]  # 全区GDP总量翻一番。: a doubling said of the quantity before it, ending its clause
    stage_counters: tuple[str, ...]  # 分两轮, 分三批: after 分, how a task is split, no figure
    percent_range_end: re.Pattern[str]  # 百分之四[到五], 百分之十[到二十]左右: the other end, a percentage too
    row_number: re.Pattern[str]  # 主要预期目标1地区生产总值…: a line's label, then a table row's number
    duration_after: re.Pattern[str]
    version_words: tuple[str, ...]
    version_after: re.Pattern[str]
    version_name: re.Pattern[str]  # 工业4.0发展, 数字政府2.0: a version after a name (match at the number)
    month_range: re.Pattern[str]
    month_range_head: re.Pattern[str]  # 1--: the first month of a range that ends at the number after it
    year_range_after: str
    year_range_not_before: str  # 2000-3000元: no years
    line_words: tuple[str, ...]
    road_words: tuple[str, ...]  # 318国道, 国道318线: a road named by its number
    grade_words: tuple[str, ...]  # 3类水质: a class of water quality, no count
    grade_class: re.Pattern[str]  # 三类以上公厕, 一、二类标准 (at the numeral's end): a class, no count of kinds
    map_scale_after: re.Pattern[str]  # 十万分之一[的地形图] (at the numeral's end): a map's scale, no rate
    map_scale_before: re.Pattern[str]  # [比例尺为]十万分之一 (ending at the numeral's start): so is one named so
    address_words: tuple[str, ...]
    ranking_name_words: tuple[str, ...]
    anniversary_words: tuple[str, ...]
    clock_hour_not_after: tuple[str, ...]  # 时期, 时代: a word 时 starts, no hour of the clock before it
    countdown: re.Pattern[str]  # 只有122天了, 倒计时100天: the days left to a date, no quantity
    holiday: re.Pattern[str]  # 春节7天假期, 国庆7天长假: what follows the days a holiday is named by
    increment_basis: re.Pattern[str]  # 每增长1个百分点的增量: the step a quantity is defined per, no figure
    sample_survey: re.Pattern[str]  # 1%人口抽样调查: the share of people a survey samples, a name
    index_basis_value: str  # 100 after index_basis: the base's value, no figure
    index_basis_value_after: str  # 为, =: the character right before that 100
    index_basis: re.Pattern[str]  # 以女性为(100), 以上年为(100): the base an index or a ratio is stated against
    shopping_day: re.Pattern[str]  # 双11期间, 618购物节: a shopping festival named by its date
    dated_event: re.Pattern[str]  # 7.21特大暴雨, 3.15消费者权益日: an event or a day named by its month and day
    programme_count: re.Pattern[str]  # 15大专项行动, 5大类: a programme's name, like 八大攻坚行动
    service_circle: re.Pattern[str]  # 15分钟就医圈, 7×24小时: a standard of service named by a span
    age_group: re.Pattern[str]  # 60岁以上老年人, 0-3岁婴幼儿: an age that names a group of people
    size_band: re.Pattern[str]  # 90(含)平方米以下占35.6%: a band of sizes a share is of, no figure
    cohort: re.Pattern[str]  # 90后青年, 80后、90后: a generation named by its decade of birth (matched at the number)
    class_year: re.Pattern[str]  # 2023届高校毕业生: a class named by the year it leaves (matched after a year's number)
    listed_name: re.Pattern[str]  # 119、120等热线: the numbers listed after one, the last (n) saying what all are
    code_joiners: str  # COVID-19: a hyphen after Latin letters joins a code, no figure
    dial_words: tuple[str, ...]  # 拨打12345: the number dialled, a line's name
    month_not_after: tuple[str, ...]
    quarter_words: tuple[str, ...]  # 季度: after a number of 1 to 4, a quarter of the year (1-3季度, 4季度)
    range_joiners: str
    range_joiner_chars: str  # the same characters as a plain string (二百八十万到三百万千瓦: 到 before a numeral)
    spaced_year: re.Pattern[str]
    index_number: re.Pattern[str]  # a document number (索引号): no figure
    figure_reference: re.Pattern[str]  # (见表1), 见图2, (注1): the number is a marker
    facility: re.Pattern[str]  # 110千伏输变电工程: the number names the facility's class
    ratio: re.Pattern[str]  # 1.6:49.7:48.7, 6.7∶24.9∶68.4, 2.05:1
    rule_ratio_before: re.Pattern[str]  # 按, 按照…比例为: a ratio after it is a rule (按1:1配套), no figure
    fraction: re.Pattern[str]  # 1/4
    footnote: re.Pattern[str]  # [2]: a footnote marker
    page_furniture: re.Pattern[str]  # 发布时间:2021-03-12 2502 116: a line of a web page's date, source, counters
    page_counter: re.Pattern[str]  # 2502, 116: a bare number between spaces on such a line
    page_number: re.Pattern[str]  # a line that is a page number (- 3 -, 第3页 共9页, 3/12), after its line break
    page_number_bare: re.Pattern[str]  # a line of a number alone (⏎2⏎), after its line break: a page number by its place
    page_number_after_text: re.Pattern[str]  # a line of some text, then a page number (东城区人民政府工作报告  — 2 —)
    contact_number: re.Pattern[str]  # 联系电话：010-64012345, 邮编：100010: a number to call or write to
    document_number: re.Pattern[str]  # 东政发〔2020〕12号, （2023）京0105民初1234号: the number of an official document or of a court case
    attachment: re.Pattern[str]  # 附件1, a caption 表2 at a line start: the number of an appendix or table
    dotted_date: re.Pattern[str]  # “4·7下沙社区遭遇战: a month and day joined by a middle dot, before a name
    streak: re.Pattern[str]  # 连续5个月高于…, 前11个月, 过去五个月中, 回归八个多月以来: a span of time (how long a state has lasted, the
    # months of the year so far), no figure
    term_number: re.Pattern[str]  # 增值税收入(50%部分), 在全市16县区中排名: a share naming the revenue, the size of a ranking set
    site_code: re.Pattern[str]  # 京ICP备05083210号, 网站标识码1101010001, © 2020: a web site's registration and copyright
    slogan_phrase: re.Pattern[str]  # 四个现代化, 两个市场: counts inside a fixed political phrase
    name_phrase: re.Pattern[str]  # 十种有色金属: a count inside the name of what is measured


def _digit_measure(t) -> str:
    """The pattern branch of a one-digit Chinese numeral before a unit of measure (the numeral itself consumed
    before it): a figure when a qualifier or a half follows the unit (每人每年只有四元左右, 多二斤左右, 二斤半), or when a
    qualifier stands right before the numeral (降低将近七斤, 只需要五元), as neither does a unit in a name (城乡二元结构);
    a bare one-digit numeral before a unit is left to the reader of counts.

    Parameters
    ----------
    t : TokenRules
        The tokeniser's rules (``digit_measure_after_regex``, ``digit_measure_before``, ``measure_counters``).

    Returns
    -------
    str
        A zero-width branch looking behind at the digit (and the qualifier before it) and ahead at the unit and
        what closes it.
    """
    digit = "[两二三四五六七八九]"
    units = _alt(t.measure_counters)
    # one fixed-width look-behind per qualifier: the word, then the digit the token consumed
    before = "|".join(f"(?<={re.escape(w)}{digit})" for w in sorted(t.digit_measure_before, key=len, reverse=True))
    return (rf"(?<={digit})(?=(?:{units})(?:{t.digit_measure_after_regex}))"
            rf"|(?:{before})(?=(?:{units}))")


@cache
def token_views() -> TokenViews:
    """The tokeniser's rules, compiled once from ``vocab/tokens.json``."""
    c = extractor_cues()  # ({place_units}, {place_kinds}: the places below a county, as cues.json counts them;
    # {age_item}: an age or span of ages, 0-14岁, 60岁及以上, as cues.json lists them)
    t = filled(token_rules(), place_units=c.place_units_regex, place_kinds=c.place_kinds_regex,
               age_item=c.age_item_regex)
    not_after = "|".join(f"{re.escape(k)}(?:{_alt(v)})" for k, v in t.count_not_after.items())
    return _gate_fields(TokenViews(
        count_counters=_alt(t.count_counters),
        measure_counters=_alt(t.measure_counters),
        digit_measure=_digit_measure(t),
        one_counters=_alt(t.one_counters),
        one_count_counters=_alt(t.one_count_counters),
        one_count_not_after=t.one_count_not_after,
        one_move_from_after=t.one_move_from_after_regex,
        one_move_from=_Rule(rf"[从由]一(?={t.one_move_from_after_regex})"),
        one_count_list=_Rule(rf"(?:[0-9零〇二两三四五六七八九十百千万亿]|(?<=[0-9零〇一二两三四五六七八九十百千万亿])一)[余多]?"
                              rf"(?:{_alt(t.count_counters)})"),
        count_not_after=not_after,
        cheng_not_after=_cls(t.cheng_not_after),
        arabic_tenths=_Rule(rf"成(?!{_cls(t.cheng_not_after)})"),
        cheng_tenth_not_after=_cls(t.cheng_tenth_not_after),
        cheng_idiom_tails=_alt(t.cheng_idiom_tails),
        approx_numeral_words=t.approx_numerals,
        approx_idioms=t.approx_idioms,
        approx_followers=_alt([*t.approx_followers, *extractor_cues().counted_nouns]),  # 上万群众: the noun counts
        approx_follower_stops=_cls(t.approx_follower_stops),
        approx_measure_followers=_alt(t.approx_measure_units),
        approx_amount_units=_alt(t.approx_amount_units),
        approx_amount_followers=(rf"(?:{_alt(t.approx_amount_units)})"
                                 rf"(?=$|{_cls(t.approx_follower_stops)}|{_alt(t.approx_amount_ends)})"),
        approx_left=frozenset(t.approx_left),
        approx_bound=_Rule(t.approx_bound_regex),
        approx_vague_heads=t.approx_vague_heads,
        vague_head_not_after=t.vague_head_not_after,
        top_followers=_alt(t.top_followers),
        top_end_stops=_cls(t.top_end_stops),
        top_name=_Rule(t.top_name_regex),
        top_not_after=_cls(t.top_not_after),
        half_words=t.half_words,
        first_place_words=t.first_place_words,
        latin_units=frozenset(t.latin_units),
        latin_class_letters=frozenset(t.latin_class_letters),
        latin_class_follows=tuple(t.latin_class_follows),
        place=_Rule(t.place_regex),
        hotline=_Rule(rf"(?!{_cls(t.hotline_lead_not_first)})[\u4e00-\u9fff]{{0,8}}?(?:{_alt(t.hotline_words)})"),
        quoted_measure=_Rule(t.quoted_measure_regex),
        slogan_count_after=t.slogan_count_after,
        quoted_slogan_count=_Rule(t.quoted_slogan_count_regex),
        slogan_count_tail=_Rule(t.slogan_count_tail_regex),
        slogan_count_frame=_Rule(t.slogan_count_frame_regex),
        quoted_count_before=_Rule(t.quoted_count_before_regex),
        doubling_counter=t.doubling_counter,
        doubling_lead=_Rule(t.doubling_lead_regex),
        doubling_subject=_Rule(t.doubling_subject_regex),
        doubling_goal=_Rule(t.doubling_goal_regex),
        stage_counters=t.stage_counters,
        percent_range_end=_Rule(t.percent_range_end_regex),
        row_number=_Rule(t.row_number_regex),
        duration_after=_Rule(rf"(?:{_alt(t.duration_after)})"),
        version_words=t.version_words,
        version_after=_Rule(rf"{_cls(t.version_joiners)}\d+(?:\.\d+)?(?:{_alt(t.version_words)})"),
        version_name=_Rule(t.version_name_regex),
        month_range=_Rule(rf"{_cls(t.range_joiners)}{{1,2}}(?:\d{{1,2}}月|[1-4](?:{_alt(t.quarter_words)}))"),
        month_range_head=_Rule(rf"(?<!\d)(?:1[0-2]|0?[1-9]){_cls(t.range_joiners)}{{1,2}}$"),
        year_range_after=t.year_range_after,
        year_range_not_before=_cls(t.year_range_not_before),
        line_words=t.line_words,
        road_words=t.road_words,
        grade_words=t.grade_words,
        grade_class=_Rule(t.grade_class_regex),
        map_scale_after=_Rule(t.map_scale_after_regex),
        map_scale_before=_Rule(t.map_scale_before_regex),
        address_words=t.address_words,
        ranking_name_words=t.ranking_name_words,
        anniversary_words=t.anniversary_words,
        clock_hour_not_after=t.clock_hour_not_after,
        countdown=_Rule(t.countdown_regex),
        holiday=_Rule(t.holiday_regex),
        shopping_day=_Rule(t.shopping_day_regex),
        increment_basis=_Rule(t.increment_basis_regex),
        sample_survey=_Rule(t.sample_survey_regex),
        index_basis=_Rule(t.index_basis_regex), index_basis_value=t.index_basis_value,
        index_basis_value_after="".join(t.index_basis_value_after),
        dated_event=_Rule(t.dated_event_regex),
        programme_count=_Rule(t.programme_count_regex),
        service_circle=_Rule(t.service_circle_regex),
        age_group=_Rule(t.age_group_regex),
        size_band=_Rule(t.size_band_regex),
        cohort=_Rule(t.cohort_regex),
        class_year=_Rule(t.class_year_regex),
        listed_name=_Rule(t.listed_name_regex),
        code_joiners=t.code_joiners,
        dial_words=t.dial_words,
        month_not_after=t.month_not_after,
        quarter_words=t.quarter_words,
        range_joiners=_cls(t.range_joiners),
        range_joiner_chars=t.range_joiners,
        spaced_year=_Rule(t.spaced_year_regex),
        index_number=_Rule(t.index_number_regex),
        figure_reference=_Rule(t.figure_reference_regex),
        facility=_Rule(t.facility_regex),
        ratio=_Rule(t.ratio_regex),
        rule_ratio_before=_Rule(t.rule_ratio_before_regex),
        fraction=_Rule(t.fraction_regex),
        footnote=_Rule(t.footnote_regex),
        page_furniture=_Rule(t.page_furniture_regex),
        page_counter=_Rule(t.page_counter_regex),
        page_number=_Rule(rf"\n[ \t\u3000]*(?:{t.page_number_regex})"),
        page_number_bare=_Rule(rf"\n[ \t\u3000]*({t.page_number_bare_regex})[ \t\u3000]*(?=\n|\Z)"),
        page_number_after_text=_Rule(rf"\n[ \t\u3000]*(?P<text>[^\n]{{2,40}}?)[ \t\u3000]+(?P<page>{t.page_number_regex}"
                                          rf"|(?P<bare>{t.page_number_bare_regex})[ \t\u3000]*(?=\n|\Z))"),
        contact_number=_Rule(t.contact_number_regex),
        document_number=_Rule(t.document_number_regex),
        attachment=_Rule(t.attachment_regex),
        site_code=_Rule(t.site_code_regex),
        dotted_date=_Rule(t.dotted_date_regex),
        streak=_Rule(t.streak_regex),
        term_number=_Rule(t.term_number_regex),
        slogan_phrase=_Rule(_alt(t.slogan_phrases)),
        name_phrase=_Rule(_alt(t.name_phrases)),
    ))


@dataclass(frozen=True, slots=True)
class LayoutViews:
    """Compiled layout rules (``vocab/layout.json``)."""

    heading_line: re.Pattern[str]  # every heading form at once, the level in the group name (l1 … l5)
    heading_after_newline: re.Pattern[str]  # the same after a line break (a literal first: fast to scan)
    heading_inline: re.Pattern[str]  # a heading run into a line after a space or a sentence's full stop
    # (… 一、2021年财政决算主要情况 (一)…, a page saved as one line: …请予审议。一、…), the mark (or line break) included
    # (led by the class of those marks, so that the engine skips to them: a heading that opens the text is
    # heading_opening's)
    heading_opening: re.Pattern[str]  # the same heading at the very start of a text (matched there only)
    heading_max_chars: int
    run_in_item_levels: frozenset[int]  # the levels of items of a list (一是, ①), no part of the text a heading opens
    spaced_heading: re.Pattern[str]  # the words of a heading the space after them parts from its paragraph
    spaced_heading_max_chars: int  # the most characters of a heading's words a blank parts from a paragraph
    spaced_heading_figure: re.Pattern[str]  # a figure (1亿元, 4.8%), which such words never hold
    spaced_heading_list: re.Pattern[str]  # 二、三产业: a list of numerals such words never open with
    plain_heading: re.Pattern[str]  # a line that is only a short unnumbered heading (防住疫情)
    paragraph_end: str
    list_lead_ends: str  # a line ending in one of these opens a list (its numbered sentences are no headings)
    list_item_ends: str  # a numbered line ending in one of these (；) is an item of a list, no heading
    closing_headings: tuple[str, ...]  # a line that is only one of these heads the closing part, at the top level
    dated_line_max_chars: int
    dated_line_not_end: str
    heading_text_stop: re.Pattern[str]
    sentence_body: re.Pattern[str]  # a sentence: from its first non-blank character to its end mark or line end
    title_open: str  # 《: the mark that opens a title
    title: re.Pattern[str]  # a title in 《》, line breaks and all (《⏎纲要（草案）⏎》)
    title_words: tuple[str, ...]
    district: re.Pattern[str]
    street: re.Pattern[str]  # 东柳街道, 城关镇: the place of a report that names no district, county or banner
    district_strip: tuple[str, ...]
    district_not_names: frozenset[str]  # 城区, 新区, 郊区: words shaped like a place that name none (and may end one)
    district_not_endings: tuple[str, ...]  # …示范区, …全县, …地区: endings of phrases that name no place
    district_not_chars: frozenset[str]  # 五个县, 的光辉旗: characters no place name holds
    report_periods: tuple[tuple[str, str], ...]
    period_shares: Mapping[str, float]
    report_months: re.Pattern[str]  # 1-5月 in a title: a report of the months to May (code M5)
    report_months_code: str
    annual_report_code: str  # FY: a report on a year's outcomes and the next year's plan
    lead_heading: re.Pattern[str]
    narrow_lead_heading: re.Pattern[str]  # a lead heading of the economy's figures alone (经济运行), no broad review's
    plan_heading: re.Pattern[str]
    review_heading: re.Pattern[str]
    firm_review_heading: re.Pattern[str]  # a review word that reviews under a plan part too (not 运行情况), or a
    # part of the year gone by (上半年经济运行情况)
    review_goal_lead: re.Pattern[str]  # 推动[改革取得新突破]: a review word under it sets a goal
    plan_done_lead: re.Pattern[str]  # 完成[年度工作目标], 紧扣[…]: a plan word after it names goals met, no plan
    plan_done_tail: re.Pattern[str]  # [工作目标]完成良好: the same, after the plan word
    relative_year: re.Pattern[str]
    relative_years: Mapping[str, int]
    heading_year: re.Pattern[str]  # a year (group 1: 2024, 二〇二四, 一九五八) and 年
    year_before_period: re.Pattern[str]  # a year and 年 a string ends with (2022年⏎⏎ before 上半年)
    date_line: re.Pattern[str]
    title_years: re.Pattern[str]
    title_period: re.Pattern[str]
    title_work_report: re.Pattern[str]  # 2023年《政府工作报告》: delivered that year, reviewing the one before
    title_bulletin: re.Pattern[str]  # 2015年上海市闵行区国民经济和社会发展统计公报: the outcomes of that year
    title_plan: re.Pattern[str]  # 关于一九五八年度国民经济计划（草案）的报告: that year planned, the one before reviewed
    annual_session_last_month: int
    opening_review_min_chars: int  # text before the first part long enough to be a review of its own
    opening_review_line_max: int  # the longest line of it read as a heading that says it reviews
    work_report: re.Pattern[str]
    five_year_plan: re.Pattern[str]  # a paragraph that opens with a five-year period (“十四五”时期是…)
    plan_year_tasks: re.Pattern[str]  # a paragraph that opens with the tasks of the year planned (明年…的主要任务是)
    five_year_plan_first: int  # the first year of the third five-year period (三五, 1966); the n-th starts 5(n-3) later
    future_year: re.Pattern[str]
    review_opening: re.Pattern[str]  # 首先报告２００１年的工作, 刚刚过去的１９８４年: the year an opening reviews
    bare_date_line: re.Pattern[str]  # 二〇二三年一月五日 on a line of its own
    year_month_after: re.Pattern[str]  # 12月 right after a year (2019年12月31日): the year of a date
    plan_report_opening: re.Pattern[str]  # 作关于…第六个五年计划的报告
    stated_year_skip: re.Pattern[str]  # 计划, 要, 到…: a sentence whose years are no outcome reported
    stated_year: re.Pattern[str]  # (group 1) a year a sentence reports on
    span_heading: re.Pattern[str]
    # one space between a number and a Han character (全区实现地区生产总值 1876.3 亿元, 比 2019 年): closed up
    # for reading on a line that is no table row (no table mark, no gap between two numbers) and either
    # holds a prose mark or more than one such space (——2018 年 8 月 23 日)
    spaced_figure: re.Pattern[str]
    indent: re.Pattern[str]  # the indentation a line opens with
    uniform_indent_min_share: float
    zero_width_line: re.Pattern[str]  # a line of nothing but zero-width characters, its indent taken off
    subscript_line: re.Pattern[str]  # a subscript on a line of its own (after a line ending on a Latin letter)
    never_ends_line: frozenset[str]  # marks no line of prose ends on (“（)
    never_starts_line: frozenset[str]  # marks no line of prose starts with (，。）)
    page_paragraph_ends: frozenset[str]  # marks that close a paragraph a blank line before a page's number ends
    paragraph_opening: re.Pattern[str]  # the Han characters a paragraph opens with, as its rows' share them
    paragraph_opening_min: int  # paragraphs opening alike, at the least
    # the piece a line opens with that a typesetter moves down whole when it does not fit: opening marks, a word,
    # a figure in Chinese numerals or one character, and the closing marks after it (（见, 14.1%。, 元，)
    lead_piece: re.Pattern[str]
    sentence_chars_max: int  # a longer sentence is read in pieces cut after the last clause mark inside it
    sentence_cut: re.Pattern[str]  # a clause mark a long sentence may be cut after
    sentence_lines_min: int
    sentence_lines_min_closed_share: float
    sentence_lines_max_inner_share: float
    line_sentence_end: re.Pattern[str]  # a line closed by a sentence end (closing quotes and brackets after it)
    inner_sentence_end: re.Pattern[str]  # a sentence end with more of the line after it
    run_in_heading: re.Pattern[str]  # a top-level heading run into a line after a sentence end (。二、农业)
    run_in_item: re.Pattern[str]  # an item run into a paragraph after a sentence end (。二是…, ；②…)
    item_line: re.Pattern[str]  # a line opening with such an item (二是…)
    prose_marks: str
    table_marks: str
    caption_after_marks: str
    base_year_leads: tuple[str, ...]  # a year after these is a base compared with, not the year a report covers
    name_year_ends: tuple[str, ...]  # a year before these is of a name (北京2022年冬奥会), not the year a report covers
    column_gap: re.Pattern[str]
    # a space set between the characters of words (地 区 生 产 总 值): closed up where it stands between most
    # of the Han characters of a line or table cell
    letter_space_after: re.Pattern[str]  # a space before one of those characters
    letter_spaced_char: re.Pattern[str]
    letter_spaced_min_share: float
    han: re.Pattern[str]
    digit: re.Pattern[str]
    digit_run: re.Pattern[str]  # two digits side by side (1876.3): the figures of the line are not letter-spaced
    any_letter_space: re.Pattern[str]
    # a table of contents: its title line, and an entry (a heading, dots or spaces, its page number) after its line break
    contents_title: re.Pattern[str]
    contents_entry: re.Pattern[str]
    contents_entry_min: int


_CLOSERS = "”’」』）)】〕》"  # marks that close a quote or bracket after a sentence end (…增长。”)
TITLE_MAX = 60  # how long a title in 《》 may be, line breaks and all


def _joiners(joiners: Sequence[str], words: Sequence[str]) -> str:
    """An alternation of ``joiners`` that finds none as the end of one of ``words`` (及 joins, 涉及 does not) nor
    inside one (粮食和物资储备, 发展和改革: the name of one body)."""
    out = []
    for j in sorted(joiners, key=len, reverse=True):
        heads = "".join(f"(?<!{re.escape(w[:-len(j)])})" for w in words if w.endswith(j) and len(w) > len(j))
        inner = "".join(f"(?!{re.escape(w[k:])}(?<={re.escape(w)}))" for w in words
                        if 0 < (k := w.find(j)) and k + len(j) < len(w))
        out.append(heads + inner + re.escape(j))
    return "|".join(out)


@cache
def layout_views() -> LayoutViews:
    """Layout rules, compiled once from ``vocab/layout.json``."""
    lay = filled(layout_rules(), year=layout_rules().year_regex)  # {year}: a year in digits or in Chinese numerals
    cn = lay.heading_numerals
    forms = "|".join(f"(?P<l{level}>{p.replace('{cn}', cn).removeprefix('^')})" for level, p in lay.heading_patterns)
    inline = "|".join(f"(?P<l{level}>{p.replace('{cn}', cn).removeprefix('^')})" for level, p in lay.heading_patterns
                      if level in lay.inline_heading_levels)
    ends = "".join(re.escape(ch) for ch in lay.sentence_ends if ch != "\n")
    items = "|".join(p.replace('{cn}', cn).removeprefix('^') for level, p in lay.heading_patterns
                     if level in lay.run_in_item_levels)
    o, c = (re.escape(ch) for ch in lay.title_marks)
    title = rf"{o}[^{c}{ends}]{{0,{TITLE_MAX}}}{c}"
    year = f"(?:{lay.year_regex})"

    return _gate_fields(LayoutViews(
        heading_line=_Rule(f"(?:{forms})"),
        heading_after_newline=_Rule(f"\\n(?:{forms})"),
        heading_inline=_Rule(f"[\\n{lay.inline_heading_after}](?:{inline})"),  # (the space first: fast)
        heading_opening=_Rule(f"(?:{inline})"),
        # (a title a line break runs through is one piece of its sentence: 《⏎纲要（草案）⏎》提出了…)
        # (runs of plain characters taken whole, and nothing given back: a sentence's length costs no memory)
        sentence_body=_Rule(rf"(?:{title}|[^{ends}\n \t\u3000])(?:[^{ends}\n{o}]++|{title}|{o})*+[{ends}]?|[{ends}]"),
        title_open=lay.title_marks[0],
        title=_Rule(title),
        heading_max_chars=lay.heading_max_chars,
        run_in_item_levels=frozenset(lay.run_in_item_levels),
        spaced_heading_max_chars=lay.spaced_heading_max_chars,
        spaced_heading=_Rule(rf"[ \t\u3000]*(?P<words>[^\s{re.escape(lay.heading_text_stops)}]"
                                  rf"{{1,{lay.spaced_heading_max_chars}}})[ \t\u3000]+(?=\S)"),
        plain_heading=_Rule(rf"[ \t\u3000]*[^\s{re.escape(lay.plain_heading_not_chars)}]"
                                 rf"{{{lay.plain_heading_chars[0]},{lay.plain_heading_chars[1]}}}[ \t\u3000]*"),
        paragraph_end=lay.paragraph_end,
        list_lead_ends=lay.list_lead_ends,
        list_item_ends=lay.list_item_ends,
        closing_headings=tuple(lay.closing_headings),
        dated_line_max_chars=lay.dated_line_max_chars,
        dated_line_not_end=lay.dated_line_not_end,
        heading_text_stop=_Rule(_cls(lay.heading_text_stops)),
        spaced_heading_figure=_Rule(lay.spaced_heading_figure_regex),
        spaced_heading_list=_Rule(lay.spaced_heading_list_regex.replace("{cn}", cn)),
        title_words=lay.title_words,
        district=_Rule(lay.district_regex),
        street=_Rule(lay.street_regex),
        district_strip=lay.district_strip,
        district_not_names=frozenset(lay.district_not_names),
        district_not_endings=tuple(lay.district_not_endings),
        district_not_chars=frozenset(lay.district_not_chars),
        report_periods=lay.report_periods,
        period_shares=lay.period_shares,
        report_months=_Rule(lay.report_months_regex),
        report_months_code=lay.report_months_code,
        annual_report_code=lay.annual_report_code,
        lead_heading=_Rule(_alt(lay.lead_headings)),
        narrow_lead_heading=_Rule(_alt(w for w in lay.lead_headings if w not in lay.broad_lead_headings)),
        plan_heading=_Rule(_alt(lay.plan_heading_words)),
        review_heading=_Rule(_alt(lay.review_heading_words)),
        firm_review_heading=_Rule(rf"{_alt(w for w in lay.review_heading_words if w not in lay.topic_review_heading_words)}"
                                  rf"|{lay.elapsed_period_heading_regex}"),
        review_goal_lead=_Rule(_alt(lay.review_goal_leads)),
        plan_done_lead=_Rule(_alt(lay.plan_done_leads)),
        plan_done_tail=_Rule(_alt(lay.plan_done_tails)),
        relative_year=_Rule(_alt(lay.relative_years)),
        relative_years=lay.relative_years,
        heading_year=_Rule(f"({year})年"),
        year_before_period=_Rule(rf"({year})\s*年\s*$"),
        date_line=re.compile(lay.date_line_regex),
        title_years=re.compile(lay.title_years_regex),
        title_period=re.compile(lay.title_period_regex),
        title_work_report=re.compile(lay.title_work_report_regex),
        title_bulletin=re.compile(lay.title_bulletin_regex),
        title_plan=re.compile(lay.title_plan_regex),
        annual_session_last_month=lay.annual_session_last_month,
        opening_review_min_chars=lay.opening_review_min_chars,
        opening_review_line_max=lay.opening_review_line_max,
        work_report=_Rule(_alt(lay.work_report_words)),
        five_year_plan=_Rule(lay.five_year_plan_regex),
        five_year_plan_first=lay.five_year_plan_first,
        plan_year_tasks=_Rule(lay.plan_year_tasks_regex),
        future_year=re.compile(lay.future_year_regex),
        review_opening=re.compile(lay.review_opening_regex),
        bare_date_line=re.compile(lay.bare_date_line_regex),
        year_month_after=re.compile(lay.year_month_after_regex),
        plan_report_opening=_Rule(lay.plan_report_opening_regex),
        stated_year_skip=re.compile(lay.stated_year_skip_regex),
        stated_year=re.compile(lay.stated_year_regex),
        span_heading=_Rule(lay.span_heading_regex),
        spaced_figure=_Rule(lay.spaced_figure_regex),
        indent=_Rule(f"[{re.escape(lay.indent_chars)}]+"),
        uniform_indent_min_share=lay.uniform_indent_min_share,
        zero_width_line=_Rule(f"[{re.escape(lay.zero_width_chars)}]+$"),
        subscript_line=_Rule(f"(?:{lay.subscript_regex})$"),
        never_ends_line=frozenset(lay.line_never_ends),
        never_starts_line=frozenset(lay.line_never_starts),
        page_paragraph_ends=frozenset(lay.page_paragraph_ends),
        paragraph_opening=_Rule(f"[\u4e00-\u9fff]{{{lay.paragraph_opening_chars}}}"),
        paragraph_opening_min=lay.paragraph_opening_min,
        lead_piece=_Rule(f"[{re.escape(lay.line_never_ends)}]*(?:(?P<word>{lay.lead_word_regex}|{lay.lead_numeral_regex})|\\S)"
                              f"[{re.escape(lay.line_never_starts)}]*"),
        sentence_chars_max=lay.sentence_chars_max,
        sentence_cut=_Rule(lay.sentence_cut_regex),
        sentence_lines_min=lay.sentence_lines_min,
        sentence_lines_min_closed_share=lay.sentence_lines_min_closed_share,
        sentence_lines_max_inner_share=lay.sentence_lines_max_inner_share,
        line_sentence_end=_Rule(f"[{ends}][{_CLOSERS}]*[ \t\u3000]*$"),
        inner_sentence_end=_Rule(f"[{ends}][{_CLOSERS}]*(?=[^{_CLOSERS}\\s])"),
        run_in_heading=_Rule(f"(?<=[{ends}])[{cn}]{{1,3}}、"),
        run_in_item=_Rule(f"(?<=[{ends}；;])(?:{items})"),
        item_line=_Rule(f"(?:{items})"),
        prose_marks=lay.prose_marks,
        table_marks=lay.table_marks,
        caption_after_marks=lay.caption_after_marks,
        base_year_leads=lay.base_year_leads,
        name_year_ends=lay.name_year_ends,
        column_gap=_Rule(lay.column_gap_regex),
        letter_space_after=_Rule(f" (?=[{lay.letter_spaced_chars}])"),
        letter_spaced_char=_Rule(f"[{lay.letter_spaced_chars}]"),
        letter_spaced_min_share=lay.letter_spaced_min_share,
        han=_Rule("[\u4e00-\u9fff]"),
        digit=_Rule("[0-9\uff10-\uff19]"),
        digit_run=_Rule(lay.letter_spaced_digit_run_regex),
        any_letter_space=_Rule(lay.any_letter_space_regex),
        contents_title=_Rule(rf"\n[ \t\u3000]*(?:{lay.contents_title_regex})[ \t\u3000]*(?=\n|\Z)"),
        # (a line of the contents ends with its page number: a line ending otherwise, as lines of prose do, is passed
        # over in one scan of it before the entry's lazy run is tried at each of its lengths)
        contents_entry=_Rule(rf"\n(?=[^\n]*\d[ \t\u3000]*(?:\n|\Z))[ \t\u3000]*(?P<entry>[^\n]{{2,60}}?)[ \t\u3000]*(?:(?P<leader>[{re.escape(lay.contents_leader_chars)}]{{3,}})"
                                  rf"|[ \t\u3000]{{2,}})[ \t\u3000]*(?P<page>\d{{1,3}})[ \t\u3000]*(?=\n|\Z)"),
        contents_entry_min=lay.contents_entry_min,
    ))
