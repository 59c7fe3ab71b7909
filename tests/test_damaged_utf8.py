"""UTF-8 text that is damaged, as files cut short or copied badly are.

A text whose only fault is an incomplete character at its very end (a download or ``head -c``
stopped mid-character) is read without that character, with one warning saying so.  A text that
is UTF-8 but for a broken character inside it is refused with a line naming the byte and the line,
not told to "save it as UTF-8" (it is UTF-8 already).  A document that holds no text at all (a
blank Word file) is named in its line, as an empty text file is.  The sentences are written.
"""

from __future__ import annotations

import warnings

import pytest
from _cli import run_cli

import dhcheng_analysis as dh
from dhcheng_analysis.errors import CutShortWarning, DecodeError

TEXT = "一、上半年执行情况\n全区实现地区生产总值1876.3亿元，比2019年上半年增长7.9%。一般公共预算收入96.9亿元，同比下降7%。\n"
DATA = TEXT.encode("utf-8")


def test_a_text_cut_in_its_last_character_is_read_with_a_warning():
    cut = DATA[:-2]  # the newline and the last byte of 。
    with pytest.warns(CutShortWarning, match="ends in the middle of a character"):
        report = dh.load_report(cut)
    assert report.text.rstrip() == TEXT.rstrip()[:-1]
    facts = dh.extract_facts(report)
    assert facts.raw_value.tolist() == ["1876.3", "7.9", "96.9", "7"]


def test_a_whole_text_gives_no_warning():
    with warnings.catch_warnings():
        warnings.simplefilter("error", CutShortWarning)
        dh.load_report(DATA)


def test_a_broken_character_inside_is_named_by_byte_and_line():
    broken = DATA[:40] + DATA[41:]
    with pytest.raises(DecodeError) as err:
        dh.load_report(broken)
    assert str(err.value).endswith("is UTF-8 text with a broken character at byte 40 (line 2) — the file is "
                                   "damaged: get a fresh copy or save it again as UTF-8")


def test_the_command_line_reads_a_cut_file_and_says_so_once(tmp_path):
    path = tmp_path / "cut.txt"
    path.write_bytes(DATA[:-2])
    code, out, err = run_cli("facts", str(path), "--format", "csv")
    assert code == 0 and out.count("\n") == 5
    assert err == (f"dhcheng: warning: {path} ends in the middle of a character (the file may be cut short) "
                   "— that character was left out\n")


def test_a_file_with_a_broken_character_exits_1_with_one_line(tmp_path):
    path = tmp_path / "broken.txt"
    path.write_bytes(DATA[:40] + DATA[41:])
    code, out, err = run_cli("facts", str(path))
    assert code == 1 and out == ""
    assert err.endswith("is UTF-8 text with a broken character at byte 40 (line 2) — the file is damaged: "
                        "get a fresh copy or save it again as UTF-8\n") and err.count("\n") == 1


def test_a_word_file_with_no_text_is_named(tmp_path):
    """A .docx saved with nothing in it: the line names the file, as an empty .txt's does."""
    docx = pytest.importorskip("docx")
    path = tmp_path / "blank.docx"
    docx.Document().save(str(path))
    code, out, err = run_cli("facts", str(path))
    assert code == 1 and out == ""
    assert err == f"dhcheng: {path} holds no report text — give a file that holds the report\n"
