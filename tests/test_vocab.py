"""The rule tables in vocab/: typed, loaded once, every key read, unknown keys refused."""

from __future__ import annotations

import json
import re
from dataclasses import fields
from functools import cache
from pathlib import Path

import pytest

from dhcheng_analysis import cuewords, vocab

PKG = Path(vocab.__file__).resolve().parent.parent


def _source(*exclude: str) -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(PKG.glob("*.py")) if p.name not in exclude)


@cache
def _names_read(*exclude: str) -> tuple[frozenset[str], frozenset[str]]:
    """The names read as an attribute (``x.name``) and the quoted names (``"name"``) in the package's
    modules but ``exclude``: every ``name`` for which ``re.search(rf"\\.{name}\\b", code)``, respectively
    ``re.search(rf"[\"']{name}[\"']", code)``, finds something, found in one pass over the code."""
    code = _source(*exclude)
    return frozenset(re.findall(r"\.(\w+)", code)), frozenset(re.findall(r"[\"'](\w+)(?=[\"'])", code))


@pytest.mark.parametrize("cls", [vocab.Cues, vocab.TokenRules, vocab.Layout])
def test_every_key_of_the_rule_files_is_read(cls):
    # the package's modules (vocab/__init__.py, which declares the keys, is not among them)
    attributes, quoted = _names_read()
    unread = [f.name for f in fields(cls) if f.name not in attributes and f.name not in quoted]
    assert unread == [], f"keys of {cls.__name__} that nothing reads: {unread}"


@pytest.mark.parametrize("cls", [cuewords.CueViews, cuewords.TokenViews, cuewords.LayoutViews])
def test_every_compiled_view_is_used(cls):
    attributes, _ = _names_read("cuewords.py")
    unused = [f.name for f in fields(cls) if f.name not in attributes]
    assert unused == [], f"compiled views of {cls.__name__} that no module reads: {unused}"


def test_views_are_frozen_and_typed():
    cw = cuewords.compiled()
    with pytest.raises(AttributeError):
        cw.units = {}  # type: ignore[misc]
    with pytest.raises(TypeError):
        cw.units["元"] = ("money", "元")  # type: ignore[index]
    assert isinstance(vocab.extractor_cues().comparators[0], tuple)


def _patched(monkeypatch, name: str, change) -> None:
    real = vocab._read_text
    data = json.loads(real(name))
    change(data)
    monkeypatch.setattr(vocab, "_read_text", lambda n: json.dumps(data) if n == name else real(n))


@pytest.mark.parametrize(("cls", "name"), [(vocab.Cues, "cues.json"), (vocab.TokenRules, "tokens.json"),
                                           (vocab.Layout, "layout.json")])
def test_unknown_missing_and_mistyped_keys_fail_loudly(monkeypatch, cls, name):
    _patched(monkeypatch, name, lambda d: d.update(range_seperators=["-"]))
    with pytest.raises(vocab.VocabError, match="unknown keys \\['range_seperators'\\]"):
        vocab._load(cls, name)
    monkeypatch.undo()
    first = next(f.name for f in fields(cls))
    _patched(monkeypatch, name, lambda d: d.pop(first))
    with pytest.raises(vocab.VocabError, match=f"missing keys \\['{first}'\\]"):
        vocab._load(cls, name)
    monkeypatch.undo()
    _patched(monkeypatch, name, lambda d: d.update({first: 12345}))
    with pytest.raises(vocab.VocabError, match=first):
        vocab._load(cls, name)


def test_range_and_list_separators_are_one_source():
    cw = cuewords.compiled()
    for sep in vocab.extractor_cues().range_separators:
        assert sep in cw.range_separators
    for sep in vocab.extractor_cues().list_separators:
        assert cw.list_sep.match(sep)
