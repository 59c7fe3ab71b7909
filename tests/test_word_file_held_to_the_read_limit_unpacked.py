"""A Word file is held to the read limit by what it unpacks to: a small .docx whose text unpacks to more
than the limit is refused in one line, before it is unpacked; under the limit it reads as before.
Regression fixture written for this check (a paragraph repeated).
"""

from __future__ import annotations

import io
import zipfile

import pytest

import dhcheng_analysis as dh
from dhcheng_analysis.errors import ReportTooLargeError

docx = pytest.importorskip("docx")


def _word_file(paragraphs: int) -> bytes:
    doc = docx.Document()
    for _ in range(paragraphs):
        doc.add_paragraph("一般公共预算收入完成96.9亿元，同比下降7%。")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_a_word_file_that_unpacks_past_the_limit_is_refused(tmp_path):
    data = _word_file(300)  # (a few hundred paragraphs: the file's parts unpack to twenty times its size already)
    unpacked = sum(i.file_size for i in zipfile.ZipFile(io.BytesIO(data)).infolist())
    limit = (len(data) + unpacked) // 2  # the file is under the limit, what it unpacks to is over it
    path = tmp_path / "bomb.docx"
    path.write_bytes(data)
    for source in (path, data, io.BytesIO(data)):
        with pytest.raises(ReportTooLargeError, match=r"unpacks to [\d.]+ [KM]iB, more than the [\d.]+ [KM]iB read "
                                                      r"limit — if it really is one report, raise the limit"):
            dh.load_report(source, max_bytes=limit)
    assert "96.9亿元" in dh.load_report(path, max_bytes=unpacked + 1).text
