"""What is read, and how: paths that must exist, regular files only (no hang on a pipe or a
device), a size limit, web addresses refused, standard input, and Big5 read as Big5.

Special files are made in a temporary folder; a device node needs root (skipped otherwise).
"""

from __future__ import annotations

import io
import os
import signal
import socket
import stat
import warnings
from pathlib import Path

import pytest

import dhcheng_analysis as dh
from dhcheng_analysis.errors import ReportTooLargeError, UsageError
from dhcheng_analysis.report import bundled_path
from dhcheng_analysis.sources import (
    DEFAULT_MAX_BYTES,
    MAX_BYTES_ENV,
    PATH_SUFFIXES,
    _looks_like_path,
    decode_bytes,
    parse_size,
    read_file,
)

BUNDLED = bundled_path().read_text(encoding="utf-8")
KEY = ["measure", "value", "unit", "qualifier", "status"]


@pytest.fixture
def deadline():
    """Fail (instead of hanging) if a read blocks for 20 s."""
    def alarm(signum, frame):
        raise TimeoutError("the read blocked")

    old = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(20)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, old)


def keys(facts) -> list[tuple]:
    return sorted((r.measure, round(float(r.value), 6), r.unit, r.qualifier, r.status)
                  for r in facts[KEY].itertuples(index=False))


def traditional(text: str) -> str:
    """``text`` in traditional characters that Big5 can hold (a regression fixture, made here)."""
    table = (Path(dh.__file__).with_name("vocab") / "traditional.tsv").read_text(encoding="utf-8")
    forms: dict[str, list[str]] = {}
    for line in table.splitlines():
        if line and not line.startswith("#"):
            trad, simp = line.split("\t")
            forms.setdefault(simp, []).append(trad)

    def in_big5(ch: str) -> bool:
        try:
            ch.encode("cp950")
        except UnicodeEncodeError:
            return False
        return True

    out = (next((t for t in [*forms.get(ch, []), ch] if in_big5(t)), "著") for ch in text)
    return "".join(out)


# ---------------------------------------------------------------- which str is a path


@pytest.mark.parametrize("suffix", sorted(PATH_SUFFIXES))
def test_a_str_ending_in_a_file_suffix_must_exist(tmp_path, suffix):
    missing = str(tmp_path / f"missing{suffix}")
    with pytest.raises(dh.ReportNotFoundError, match="no such file"):
        dh.load_report(missing)
    with pytest.raises(dh.ReportNotFoundError, match="no such file"):
        dh.load_report(f"missing{suffix.upper()}")  # a bare name with a suffix, any case


@pytest.mark.parametrize("source", ["/srv/reports/东城区", "./东城区报告", "../reports/r", "~/reports/r",
                                    "C:\\reports\\r.txt"])
def test_a_str_that_starts_like_a_path_must_exist(source):
    with pytest.raises(dh.ReportNotFoundError, match="no such file"):
        dh.load_report(source)


def test_a_relative_path_under_an_existing_folder_must_exist(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "reports").mkdir()
    assert _looks_like_path("reports/东城区2020")
    with pytest.raises(dh.ReportNotFoundError, match="no such file: reports/东城区2020"):
        dh.load_report("reports/东城区2020")


@pytest.mark.parametrize("text", ["PM2.5年均浓度为35微克/立方米", "收入/支出比为1.2", "增长5%/年。",
                                  "第一行\n/第二行.txt", "收入增长5%"])
def test_report_text_with_a_slash_stays_text(text):
    assert not _looks_like_path(text)
    assert dh.load_report(text).path is None


def test_a_path_object_must_exist(tmp_path):
    with pytest.raises(dh.ReportNotFoundError, match="no such file"):
        dh.load_report(tmp_path / "report")  # no suffix, no matter


@pytest.mark.parametrize("url", ["https://www.bjdch.gov.cn/zwgk/report.html", "http://example.org/r.txt",
                                 " ftp://host/report.txt "])
def test_a_web_address_asks_to_download_the_page(url):
    want = f"{url.strip()} is a web address — download the page first"
    with pytest.raises(dh.ReportNotFoundError) as exc:
        dh.load_report(url)
    assert str(exc.value).startswith(want) and "\n" not in str(exc.value)
    with pytest.raises(dh.ReportNotFoundError) as exc:  # the command line passes a Path
        dh.load_report(Path(url.strip()))
    assert str(exc.value).startswith(want)


# ---------------------------------------------------------------- regular files only


def test_a_named_pipe_is_refused_without_waiting(tmp_path, deadline):
    os.mkfifo(tmp_path / "pipe.txt")
    with pytest.raises(dh.ReportReadError) as exc:
        dh.load_report(tmp_path / "pipe.txt")
    assert str(exc.value) == (f"{tmp_path / 'pipe.txt'} is a named pipe (FIFO), not a regular file — save the "
                              "report to a file and give that file")


def test_a_device_is_refused_without_reading(tmp_path, deadline):
    if os.geteuid() != 0:
        pytest.skip("making a device node needs root")
    zero = tmp_path / "zero"
    try:
        os.mknod(zero, 0o666 | stat.S_IFCHR, os.makedev(1, 5))  # like /dev/zero: endless bytes
    except PermissionError:
        pytest.skip("this system does not allow device nodes here")
    with pytest.raises(dh.ReportReadError, match="zero is a character device, not a regular file"):
        dh.load_report(zero)
    (tmp_path / "link.txt").symlink_to(zero)
    with pytest.raises(dh.ReportReadError, match="link.txt is a character device"):
        dh.load_report(str(tmp_path / "link.txt"))


def test_a_socket_is_refused(tmp_path):
    path = tmp_path / "s"
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(path))
    sock.close()
    with pytest.raises(dh.ReportReadError, match="is a socket, not a regular file"):
        dh.load_report(path)


def test_symbolic_links_loop_broken_and_good(tmp_path):
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    with pytest.raises(dh.ReportReadError) as exc:
        dh.load_report(tmp_path / "a.txt")
    assert str(exc.value) == f"{tmp_path / 'a.txt'} is a loop of symbolic links — point the link at the report file"
    (tmp_path / "broken.txt").symlink_to(tmp_path / "gone.txt")
    with pytest.raises(dh.ReportNotFoundError, match="broken.txt is a symbolic link to a missing file"):
        dh.load_report(tmp_path / "broken.txt")
    (tmp_path / "real.txt").write_text("收入增长5%。", encoding="utf-8")
    (tmp_path / "good.txt").symlink_to(tmp_path / "real.txt")
    assert dh.load_report(tmp_path / "good.txt").text == "收入增长5%。"


def test_a_file_used_as_a_folder(tmp_path):
    (tmp_path / "f.txt").write_text("x", encoding="utf-8")
    with pytest.raises(dh.ReportNotFoundError, match="a part of the path is a file, not a folder"):
        dh.load_report(tmp_path / "f.txt" / "r.txt")


# ---------------------------------------------------------------- size limit


def test_size_limit_argument_environment_and_default(tmp_path, monkeypatch):
    path = tmp_path / "r.txt"
    path.write_bytes(("收入增长5%。" * 200).encode())  # 3,400 bytes
    with pytest.raises(ReportTooLargeError) as exc:
        dh.load_report(path, max_bytes=1000)
    assert str(exc.value) == (f"{path} is 3.3 KiB, more than the 1000 bytes read limit — if it really is one "
                              f"report, raise the limit (--max-size, or {MAX_BYTES_ENV})")
    assert len(dh.load_report(path, max_bytes=3400).text) == 1400
    monkeypatch.setenv(MAX_BYTES_ENV, "2K")
    with pytest.raises(ReportTooLargeError, match="more than the 2 KiB read limit"):
        dh.load_report(str(path))
    assert dh.load_report(path, max_bytes=4000).report_id == "r"  # the argument wins
    monkeypatch.setenv(MAX_BYTES_ENV, "lots")
    with pytest.raises(UsageError, match=f"{MAX_BYTES_ENV}='lots' is not a size"):
        dh.load_report(path)
    monkeypatch.delenv(MAX_BYTES_ENV)
    assert DEFAULT_MAX_BYTES == 200 * 2**20
    with pytest.raises(UsageError, match="max_bytes must be a whole number"):
        read_file(path, max_bytes=0)


def test_a_stream_is_read_up_to_the_limit():
    data = "一般公共预算收入完成96.9亿元,同比下降7%。".encode("gb18030")
    assert dh.load_report(io.BytesIO(data)).text == "一般公共预算收入完成96.9亿元,同比下降7%。"
    assert dh.load_report(io.StringIO("收入增长5%。")).text == "收入增长5%。"
    with pytest.raises(ReportTooLargeError, match="the given stream holds more than the 10 bytes read limit"):
        dh.load_report(io.BytesIO(data), max_bytes=10)
    with pytest.raises(dh.EmptyReportError, match="the given stream is empty"):
        dh.load_report(io.BytesIO(b""))


def test_sizes():
    assert parse_size("200M") == 200 * 2**20 and parse_size("64kb") == 65536 and parse_size("1.5G") == 3 * 2**29
    for bad in ("", "0", "-5", "5X", "1e9"):
        with pytest.raises(ValueError):
            parse_size(bad)


# ---------------------------------------------------------------- Big5, honestly


def test_big5_report_gives_the_facts_of_the_same_report_in_simplified(bundled_facts):
    trad = traditional(BUNDLED)
    data = trad.encode("cp950")
    report = dh.load_report(data)
    assert report.text == trad
    assert keys(dh.extract_facts(report)) == keys(bundled_facts)


def test_big5_file_short_texts_and_mixed_ascii(tmp_path):
    path = tmp_path / "tw.txt"
    path.write_bytes("一般公共預算收入完成96.9億元，同比下降7%。".encode("big5"))
    facts = dh.extract_facts(dh.load_report(path))
    assert keys(facts) == [("level", 9.69e9, "元", "exact", "actual"), ("yoy_pct", -7.0, "%", "exact", "actual")]
    for text in ("收入增長", "壓實責任精準管控", "Table 3 (CNY 100m): 稅收收入 96.9, see p. 12"):
        assert decode_bytes(text.encode("big5")) == text
    for text in ("收入增长", "党建引领高位统筹", "Table 3 (CNY 100m): 税收收入 96.9, see p. 12"):
        assert decode_bytes(text.encode("gbk")) == text


def test_text_that_is_chinese_in_neither_encoding_is_refused():
    japanese = ("東京都の二〇二〇年上半期の経済状況について報告します。売上高は前年同期比で七パーセント減少し、"
                "雇用者数は三万人を超えました。")  # a fixture written for this test
    with pytest.raises(dh.DecodeError) as exc:
        dh.load_report(japanese.encode("shift_jis"))
    assert str(exc.value).startswith("the given bytes is not UTF-8, and reads as Chinese neither in GB18030 nor "
                                      "in Big5 (only ")
    assert str(exc.value).endswith("% of its characters are common ones) — save it as UTF-8 and retry")


def test_no_figures_warning_is_still_raised_for_an_empty_result():
    with pytest.warns(dh.NoFiguresWarning), warnings.catch_warnings():
        dh.extract_facts(dh.load_report("說明文字，沒有數字。".encode("big5")))


def test_a_closed_stream_or_a_file_opened_as_text_in_another_encoding_is_one_line(tmp_path):
    """A stream that cannot be read says so in the package's own error, not Python's ValueError or
    UnicodeDecodeError (regression fixtures written here)."""
    closed = io.BytesIO("地区生产总值增长5%".encode())
    closed.close()
    with pytest.raises(dh.ReportReadError, match="closed file.*stream open for reading"):
        dh.load_report(closed)
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes("地区生产总值增长5%，财政收入100亿元。".encode("gbk"))
    with open(gbk, encoding="utf-8") as stream, pytest.raises(dh.DecodeError, match=r"binary mode \('rb'\)"):
        dh.load_report(stream)
    with open(gbk, "rb") as stream:
        assert dh.load_report(stream).text.startswith("地区生产总值")


def test_lone_surrogates_in_text_given_as_str_become_spaces():
    """A str made with errors="surrogateescape" (or cut inside a pair) holds halves no file can hold: each is a
    space, like a control character, so that the facts and every export can be written (regression fixture)."""
    text = "地区生产总值" + b"\xff".decode("utf-8", "surrogateescape") + "增长5%"
    report = dh.load_report(text)
    assert report.text == "地区生产总值 增长5%"
    facts = dh.extract_facts(report)
    assert facts["indicator"].tolist() == ["地区生产总值"] and facts["value"].tolist() == [5.0]
