"""Inputs as users have them: encodings, web pages, traditional characters, odd bytes, and the
clear error raised for each kind of bad input (library and command line)."""

from __future__ import annotations

import html
import math
import os
import subprocess
import sys
import warnings
from pathlib import Path

import pandas as pd
import pytest

import dhcheng_analysis as dh
from dhcheng_analysis import cli
from dhcheng_analysis.htmltext import declared_charset, html_to_text, looks_like_html
from dhcheng_analysis.numbers import normalize
from dhcheng_analysis.report import bundled_path
from dhcheng_analysis.sources import clean_text, decode_bytes, read_source

BUNDLED = bundled_path().read_text(encoding="utf-8")
CLEAN = clean_text(BUNDLED)
KEY = ["indicator", "measure", "value", "unit", "qualifier", "status"]
PNG_1PX = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


def deny_open(monkeypatch, path: Path) -> None:
    """Opening ``path`` fails as it would without read permission (root may read anything)."""
    real_open = os.open

    def fake_open(name, flags, *args, **kwargs):
        if Path(name) == path:
            raise PermissionError(13, "Permission denied", str(name))
        return real_open(name, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", fake_open)


def fact_keys(facts: pd.DataFrame) -> list[tuple]:
    return sorted((r.indicator, r.measure, round(float(r.value), 6), r.unit, r.qualifier, r.status)
                  for r in facts[KEY].itertuples(index=False))


def one_fact(facts: pd.DataFrame, **where) -> pd.Series:
    sel = facts
    for col, val in where.items():
        if col == "value":
            sel = sel[(sel["value"] - val).abs() <= 1e-9 * max(1.0, abs(val))]
        elif col == "indicator":
            sel = sel[sel["indicator"].str.contains(val, regex=False)]
        else:
            sel = sel[sel[col] == val]
    assert len(sel) >= 1, f"no fact with {where}; facts:\n{facts[KEY].to_string()}"
    return sel.iloc[0]


# ---------------------------------------------------------------- encodings


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "utf-16-le", "utf-32"])
def test_file_in_each_encoding_gives_the_bundled_text_and_facts(tmp_path, encoding, bundled_facts):
    path = tmp_path / f"report_{encoding}.txt"
    path.write_bytes(BUNDLED.encode(encoding))
    report = dh.load_report(path)
    assert report.text == CLEAN
    assert report.report_id == f"report_{encoding}"
    assert fact_keys(dh.extract_facts(report)) == fact_keys(bundled_facts)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "utf-16"])
def test_bytes_in_each_encoding(encoding):
    assert dh.load_report(BUNDLED.encode(encoding)).text == CLEAN


def test_str_path_and_text_and_pathlike(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(BUNDLED, encoding="utf-8")
    assert dh.load_report(str(path)).text == CLEAN
    assert dh.load_report(path).path == str(path)
    assert dh.load_report(BUNDLED).text == CLEAN
    assert dh.load_report(BUNDLED).path is None


def test_headline_figure_read_from_gbk_file(tmp_path):
    path = tmp_path / "gbk.txt"
    path.write_bytes("一般公共预算收入完成96.9亿元,同比下降7%。".encode("gbk"))
    facts = dh.extract_facts(dh.load_report(path))
    level = one_fact(facts, measure="level", indicator="一般公共预算收入")
    assert level.value == pytest.approx(9.69e9) and level.unit == "元"
    yoy = one_fact(facts, measure="yoy_pct", indicator="一般公共预算收入")
    assert yoy.value == pytest.approx(-7) and yoy.unit == "%"


# ---------------------------------------------------------------- HTML pages


def saved_page(lines: list[str], charset: str = "utf-8") -> str:
    """A report page as a government site serves it: head with script and style, a navigation
    menu, breadcrumbs, a share bar and a footer full of numbers that are not figures."""
    body = "\n".join(f"<p>{html.escape(line, quote=False)}</p>" for line in lines)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head>
<meta charset="{charset}"><title>东城区2020年上半年计划执行情况 - 北京市东城区人民政府</title>
<script type="text/javascript">var pv = 96.9; var share = "增长15%"; if (a < b && c > 3) {{ go(); }}</script>
<style>p {{ text-indent: 2em; font-size: 16px; }}</style>
</head>
<body class="article-page">
<div class="header"><img src="logo.png" alt="北京市东城区人民政府"><span>政务服务</span></div>
<nav><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li>
<li><a href="/bmfw">便民服务 12345</a></li><li><a href="/hdjl">互动交流</a></li></ul></nav>
<div class="breadcrumb"><a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; <a href="/ghjh">规划计划</a></div>
<div id="zoom" class="TRS_Editor">
{body}
</div>
<div class="share-bar">分享到: <a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<ul class="related-list"><li><a href="/1">2019年计划执行情况</a></li><li><a href="/2">2020年预算报告</a></li>
<li><a href="/3">2021年计划草案</a></li></ul>
<footer>主办:北京市东城区人民政府办公室 地址:东城区钱粮胡同3号 邮编:100010
<br>京ICP备05060933号 联系电话:010-64012345 网站标识码:1101010001 访问量 12,345,678 次</footer>
<script>document.write("<p>同比下降99%</p>");</script>
</body></html>
"""


def test_saved_report_page_gives_the_same_text_and_facts(tmp_path, bundled_facts):
    path = tmp_path / "dongcheng.html"
    path.write_text(saved_page(BUNDLED.split("\n")), encoding="utf-8")
    report = dh.load_report(path)
    assert report.text == CLEAN
    facts = dh.extract_facts(report)
    assert fact_keys(facts) == fact_keys(bundled_facts)
    assert (facts["start"].tolist(), facts["end"].tolist()) == (
        bundled_facts["start"].tolist(), bundled_facts["end"].tolist())


def test_saved_page_in_gb2312_with_meta_charset(tmp_path):
    page = saved_page(BUNDLED.split("\n"), charset="gb2312")
    path = tmp_path / "dongcheng.htm"
    path.write_bytes(page.encode("gb18030"))
    assert dh.load_report(path).text == CLEAN


def test_html_bytes_and_str_are_recognised_as_pages():
    page = saved_page(["一般公共预算收入完成96.9亿元,同比下降7%。"])
    for source in (page, page.encode("utf-8"), page.encode("utf-16")):
        assert dh.load_report(source).text == "一般公共预算收入完成96.9亿元,同比下降7%。"


def test_html_figures_ignore_script_nav_and_footer():
    page = saved_page(["一般公共预算收入完成96.9亿元,同比下降7%。"])
    facts = dh.extract_facts(dh.load_report(page))
    assert sorted(facts["value"].round(6).tolist()) == [-7.0, 9.69e9]


def test_html_blocks_become_lines_and_entities_decode():
    page = ("<html><body><h1>关于东城区2020年\n上半年计划执行情况的报告</h1>"
            "<div>一、总体情况<br>收入&nbsp;增长&#53;&#x25;&amp;支出持平</div>"
            "<ul><li>第一项</li><li>第二项</ul><table><tr><th>指标<th>数值<tr><td>收入<td>96.9亿元</table>"
            "<h2>二、下一步</h2><p>力争增长3%左右</p></body></html>")
    assert html_to_text(page) == ("关于东城区2020年上半年计划执行情况的报告\n一、总体情况\n收入 增长5%&支出持平\n"
                                  "第一项\n第二项\n|指标|数值|\n|收入|96.9亿元|\n二、下一步\n力争增长3%左右")


def test_html_data_table_is_read_by_column():
    page = ("<html><body><p>主要指标完成情况如下。</p><table border=1>"
            "<thead><tr><th>指标</th><th>计量单位</th><th>1-6月</th><th>同比增长(%)</th></tr></thead>"
            "<tbody><tr><td><p class=MsoNormal>一般公共预算收入</p></td><td>亿元</td><td>96.9</td><td>-7.0</td></tr>"
            "<tr><td>社会消费品零售总额</td><td>亿元</td><td>509.8</td><td>-15.4</td></tr></tbody></table></body></html>")
    report = dh.load_report(page)
    assert report.text == ("主要指标完成情况如下。\n|指标|计量单位|1-6月|同比增长(%)|\n|一般公共预算收入|亿元|96.9|-7.0|\n"
                           "|社会消费品零售总额|亿元|509.8|-15.4|")
    facts = dh.extract_facts(report)
    got = sorted((r.indicator, r.measure, round(r.value, 3), r.unit) for r in facts.itertuples())
    assert got == sorted([("一般公共预算收入", "level", 9.69e9, "元"), ("一般公共预算收入", "yoy_pct", -7.0, "%"),
                          ("社会消费品零售总额", "level", 5.098e10, "元"), ("社会消费品零售总额", "yoy_pct", -15.4, "%")])


def test_html_layout_table_is_read_as_text():
    long_cell = "这是一个很长的段落" + "内容" * 50 + ",收入增长5%。"
    page = f"<html><body><table><tr><td>布局</td><td><p>{long_cell}</p></td></tr><tr><td>甲</td><td>乙</td></tr></table></body></html>"
    assert html_to_text(page) == f"布局\n{long_cell}\n甲 乙"


def test_html_page_made_only_of_furniture_keeps_its_text():
    # a page whose whole content sits in a <header> is not emptied
    assert html_to_text("<html><body><header><p>收入增长5%</p></header></body></html>") == "收入增长5%"


def test_container_named_like_furniture_but_holding_the_article_is_kept():
    article = "".join(f"<p>{line}</p>" for line in BUNDLED.split("\n")[:6])
    page = f"<html><body><div class='main-bottom'>{article}</div></body></html>"
    assert html_to_text(page) == "\n".join(BUNDLED.split("\n")[:6])


def test_deeply_nested_and_malformed_html():
    page = "<html><body>" + "<div>" * 5000 + "收入增长5%" + "</span>" * 5000 + "<p>未闭合<p>第二段"
    assert html_to_text(page) == "收入增长5%\n未闭合\n第二段"


def test_html_tags_and_comments_that_never_close():
    assert html_to_text("<html><body><p>收入<5%</p><p>a<b <c</p><!-- 注释 --><p>支出</p><!-- 未闭合<p>隐藏")\
        == "收入<5%\na<b <c\n支出"


def test_html_page_with_empty_body_is_an_error():
    with pytest.raises(dh.EmptyReportError) as exc:
        dh.load_report("<!DOCTYPE html><html><head><title>报告</title><script>x=1</script></head><body> </body></html>")
    assert str(exc.value) == ("the given text is a web page with no text in its body — save the page that shows "
                              "the report, or copy its text into a .txt file")


def test_html_detection_and_declared_charset():
    assert looks_like_html("\ufeff  <!-- saved --> <!doctype HTML><p>x")
    assert looks_like_html('<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body>x</body></html>')
    assert not looks_like_html("收入增长5%,其中<b>加粗</b>文字")
    assert not looks_like_html(BUNDLED)
    assert declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=GBK" />') == "gb18030"
    assert declared_charset(b"<meta charset='big5'>") == "cp950"
    assert declared_charset(b"<meta charset=utf-8>") == "utf-8"
    assert declared_charset(b"<meta charset=klingon>") is None


def test_txt_file_holding_a_page_and_html_file_holding_plain_text(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(saved_page(["收入增长5%"]), encoding="utf-8")
    assert dh.load_report(page).text == "收入增长5%"
    plain = tmp_path / "plain.html"
    plain.write_text("第一段,收入增长5%\n第二段", encoding="utf-8")
    assert dh.load_report(plain).text == "第一段,收入增长5%\n第二段"


def test_big5_page_with_declared_charset(tmp_path):
    page = '<html><head><meta charset="big5"></head><body><p>一般公共預算收入完成96.9億元</p></body></html>'
    path = tmp_path / "tw.html"
    path.write_bytes(page.encode("big5"))
    report = dh.load_report(path)
    assert report.text == "一般公共預算收入完成96.9億元"
    level = one_fact(dh.extract_facts(report), measure="level")
    assert level.value == pytest.approx(9.69e9) and level.unit == "元"
    assert report.text[level.start:level.end] == "96.9億元"


# ---------------------------------------------------------------- characters and line ends


def test_traditional_characters_read_like_simplified():
    trad = "一般公共預算收入完成96.9億元,同比增長7%,與去年相比;受益企業3萬餘家,稅收下降5.5%。"
    simp = "一般公共预算收入完成96.9亿元,同比增长7%,与去年相比;受益企业3万余家,税收下降5.5%。"
    assert normalize(trad) == simp
    t_facts = dh.extract_facts(dh.load_report(trad))
    s_facts = dh.extract_facts(dh.load_report(simp))
    assert [(r.measure, r.value, r.unit, r.qualifier) for r in t_facts.itertuples()] == \
        [(r.measure, r.value, r.unit, r.qualifier) for r in s_facts.itertuples()]
    assert one_fact(t_facts, measure="level", unit="家").qualifier == "over"
    assert one_fact(t_facts, measure="level", unit="元").value == pytest.approx(9.69e9)
    assert t_facts["start"].tolist() == s_facts["start"].tolist()
    assert "預算收入" in one_fact(t_facts, measure="level", unit="元").indicator  # text as printed


def test_traditional_table_leaves_simplified_text_alone():
    assert normalize(BUNDLED) == BUNDLED.translate({0x3000: " "})
    table = Path(dh.__file__).with_name("vocab").joinpath("traditional.tsv").read_text(encoding="utf-8")
    assert table.startswith("# Traditional") and "Apache License" in table.split("\n\n")[0]
    pairs = [ln.split("\t") for ln in table.splitlines() if ln and not ln.startswith("#")]
    assert len(pairs) > 3000 and all(len(t) == 1 and len(s) == 1 and t != s for t, s in pairs)
    assert {"億": "亿", "萬": "万", "長": "长", "與": "与", "餘": "余"}.items() <= dict(pairs).items()


def test_full_width_digits_and_punctuation():
    facts = dh.extract_facts("一般公共预算收入完成９６．９亿元，同比下降７％，完成全年任务的４８．２％。")
    assert one_fact(facts, measure="level").value == pytest.approx(9.69e9)
    assert one_fact(facts, measure="yoy_pct").value == pytest.approx(-7)
    assert one_fact(facts, measure="completion_pct").value == pytest.approx(48.2)
    lv = one_fact(facts, measure="level")
    assert "９６．９" in dh.load_report("收入完成９６．９亿元").text
    assert lv.end > lv.start


@pytest.mark.parametrize("eol", ["\r\n", "\r", "\n\r"])
def test_crlf_and_cr_line_ends(eol, bundled_facts):
    text = BUNDLED.replace("\n", eol)
    report = dh.load_report(text.encode("utf-8"))
    if eol == "\n\r":  # a stray CR after LF is an empty line
        assert report.text.replace("\n\n", "\n") == CLEAN
    else:
        assert report.text == CLEAN
        assert fact_keys(dh.extract_facts(report)) == fact_keys(bundled_facts)


def test_nul_bytes_and_control_characters_keep_offsets():
    text = "收入完成96.9亿元\x00,同比\x07下降7%\x0c支出增长3%\u2028结束"
    report = dh.load_report(text)
    assert len(report.text) == len(text)
    assert report.text == "收入完成96.9亿元 ,同比 下降7%\n支出增长3%\n结束"
    facts = dh.extract_facts(report)
    for row in facts.itertuples():
        assert report.text[row.start:row.end].strip() == report.text[row.start:row.end]
    assert sorted(facts["value"].tolist()) == [-7.0, 3.0, 9.69e9]


def test_nul_bytes_in_a_file(tmp_path):
    path = tmp_path / "nul.txt"
    path.write_bytes("收入完成96.9亿元,\x00同比下降7%。".encode())
    assert dh.load_report(path).text == "收入完成96.9亿元, 同比下降7%。"


def test_very_long_line():
    line = "各项工作有序推进、经济社会发展稳中向好" * 12_000 + ",一般公共预算收入完成96.9亿元,同比下降7%。"
    assert len(line) > 200_000 and "\n" not in line
    report = dh.load_report(line)
    assert report.text == line
    facts = dh.extract_facts(report)
    assert len(facts) == 2
    assert one_fact(facts, measure="level", unit="元").value == pytest.approx(9.69e9)
    assert one_fact(facts, measure="yoy_pct").value == pytest.approx(-7)


# ---------------------------------------------------------------- errors, one per kind


def test_missing_file_str_and_path(tmp_path):
    missing = tmp_path / "nope.txt"
    for source in (str(missing), missing):
        with pytest.raises(dh.ReportNotFoundError) as exc:
            dh.load_report(source)
        assert str(exc.value) == f"no such file: {missing} — check the path"
    assert isinstance(exc.value, FileNotFoundError)


def test_a_home_path_of_no_such_user_is_a_missing_file():
    with pytest.raises(dh.ReportNotFoundError) as exc:
        dh.load_report("~nosuchuser_dhcheng/report.txt")  # (Path.expanduser raises RuntimeError here)
    assert str(exc.value) == "no such file: ~nosuchuser_dhcheng/report.txt — check the path"


def test_directory(tmp_path):
    with pytest.raises(dh.ReportNotFoundError) as exc:
        dh.load_report(tmp_path)
    assert str(exc.value) == f"{tmp_path} is a folder, not a report file — name a .txt or .html file inside it"
    with pytest.raises(dh.ReportNotFoundError):
        dh.load_report(str(tmp_path))


def test_unreadable_file(tmp_path, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text("收入增长5%", encoding="utf-8")
    path.chmod(0)
    deny_open(monkeypatch, path)  # tests run as root, who may read anything
    with pytest.raises(dh.ReportReadError) as exc:
        dh.load_report(path)
    assert str(exc.value) == f"cannot read {path}: Permission denied — check its permissions"
    assert isinstance(exc.value, OSError)


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n", "\u3000\u3000\n".encode(), b"\xef\xbb\xbf",
                                     "\ufeff \n".encode("utf-16")])
def test_empty_or_whitespace_file(tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    with pytest.raises(dh.EmptyReportError) as exc:
        dh.load_report(path)
    msg = str(exc.value)
    assert msg in (f"{path} is empty — give a file that holds the report text",
                   f"{path} holds no text, only white space — give a file that holds the report text")


@pytest.mark.parametrize("source", ["", "   ", "\n\n", "\u3000"])
def test_empty_or_whitespace_text(source):
    with pytest.raises(dh.EmptyReportError) as exc:
        dh.load_report(source)
    assert str(exc.value) == "the report holds no text — give a file that holds the report"


@pytest.mark.parametrize("furniture", [
    "扫一扫在手机上打开当前页面", "字号：大 中 小", "【打印本页】【关闭窗口】", "分享到：微信 微博 QQ空间",
    "您当前的位置：首页 > 政务公开 > 计划总结", "当前位置 首页>区情概况", "上一篇：关于2022年预算执行情况的报告",
    "【字体：大 中 小】",
])
def test_web_page_furniture_lines_are_read_away(furniture):
    # the furniture words are vocabulary (layout.json's web_* keys); each line form is found behind its cue word
    text = dh.load_report(f"{furniture}\n一、总体情况\n区属收入完成5亿元，居全市第一。\n").text
    assert text.split() == ["一、总体情况", "区属收入完成5亿元，居全市第一。"]


def test_boilerplate_only_page_is_empty():
    with pytest.raises(dh.EmptyReportError):
        dh.load_report("扫一扫在手机上打开当前页面\n【打印本页】【关闭窗口】\n")


def test_image_file(tmp_path):
    path = tmp_path / "scan.png"
    path.write_bytes(PNG_1PX)
    with pytest.raises(dh.BinaryInputError) as exc:
        dh.load_report(path)
    assert str(exc.value) == (f"{path} is binary data (an image, archive or document file), not text — "
                              "give the report as a .txt or .html file")


def test_image_named_txt_and_pdf_bytes(tmp_path):
    path = tmp_path / "report.txt"
    path.write_bytes(PNG_1PX)
    with pytest.raises(dh.BinaryInputError):
        dh.load_report(path)
    with pytest.raises(dh.BinaryInputError):
        dh.load_report(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")


def test_random_bytes():
    import random

    data = random.Random(7).randbytes(4096)
    with pytest.raises(dh.BinaryInputError) as exc:
        dh.load_report(data)
    assert str(exc.value) == "the given bytes is binary data, not text — give the report as a .txt or .html file"


def test_undecodable_text(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes("收入增长5%".encode() + b"\xff\xfe\xfd" + "支出下降3%".encode())
    with pytest.raises(dh.DecodeError) as exc:
        dh.load_report(path)
    # UTF-8 but for three bytes: named as damaged UTF-8, where it breaks
    assert str(exc.value) == (f"{path} is UTF-8 text with a broken character at byte 14 (line 1) — the file is "
                              "damaged: get a fresh copy or save it again as UTF-8")
    assert isinstance(exc.value, UnicodeError)
    path.write_bytes(b"income \xff\xfe\xfd rose")  # no Chinese text in UTF-8 to speak of
    with pytest.raises(dh.DecodeError) as exc:
        dh.load_report(path)
    assert str(exc.value) == f"{path} is not UTF-8, UTF-16, GB18030 or Big5 text — save it as UTF-8 and retry"


def test_broken_utf8_after_bom():
    with pytest.raises(dh.DecodeError) as exc:
        dh.load_report(b"\xef\xbb\xbf\xe6\x94\xb6\xff")
    assert str(exc.value) == ("the given bytes starts like UTF-8 (byte-order mark) but does not decode at "
                              "byte 6 — save it as UTF-8 and retry")


def test_wrong_type_is_a_type_error():
    with pytest.raises(TypeError, match="load_report takes a path, bytes or str, not int"):
        dh.load_report(42)


def test_errors_are_one_line_report_errors(tmp_path):
    bad = [tmp_path / "missing.txt", tmp_path, b"", b"\x89PNG\r\n\x1a\n" + bytes(64), b"abc\xff\x80\xfe"]
    for source in bad:
        with pytest.raises(dh.ReportError) as exc:
            dh.load_report(source)
        assert "\n" not in str(exc.value) and " — " in str(exc.value)


def test_document_without_figures_warns_and_gives_an_empty_table():
    with pytest.warns(dh.NoFiguresWarning):
        facts = dh.extract_facts("这是一份没有任何数字的说明文字。我们将继续努力。")
    assert len(facts) == 0
    assert list(facts.columns) == list(dh.FACT_COLUMNS)


def test_decode_and_read_source_directly():
    assert decode_bytes("收入".encode("gb18030")) == "收入"
    assert read_source(b"\xef\xbb\xbfabc") == ("abc", None)
    assert clean_text("\ufeffa\r\nb\rc \n\n") == "a\nb\nc"


def test_a_str_naming_a_dangling_link_or_a_loop_of_links_is_refused_not_read_as_text(tmp_path, monkeypatch):
    """A bare name (no suffix, no separator) that is a symbolic link is a path: a dangling link or a
    loop of links is one line saying so, not a report whose text is the link's name."""
    monkeypatch.chdir(tmp_path)
    os.symlink("nowhere", "latest")
    os.symlink("loop_b", "loop_a")
    os.symlink("loop_a", "loop_b")
    with pytest.raises(dh.ReportNotFoundError, match="latest is a symbolic link to a missing file"):
        dh.load_report("latest")
    with pytest.raises(dh.ReportReadError, match="loop_a is a loop of symbolic links"):
        dh.load_report("loop_a")
    assert dh.load_report("latest2").text == "latest2"  # a name that is nothing on disk stays report text


def test_direction_overrides_and_isolates_are_read_away():
    """Regression fixture written for the test: a right-to-left override or an isolate inside a line
    (U+202A–U+202E, U+2066–U+2069) prints nothing but would show a name or a cell in another order:
    it is read away like a zero-width space, so the indicator, the sentence and every export are plain."""
    text = "地区生产总值\u202e完成500\u2066亿元\u2069，同比增长\u202a5.2%\u202c。"
    assert clean_text(text) == "地区生产总值完成500亿元，同比增长5.2%。"
    # the same characters as the character references a page's source keeps
    assert clean_text("地区生产总值&#8238;完成500&#x2066;亿元&#8203;，增长5.2&#37;。") == "地区生产总值完成500亿元，增长5.2%。"
    facts = dh.extract_facts(text)
    assert list(facts["value"]) == [5e10, 5.2]
    for column in ("indicator", "sentence"):
        assert not facts[column].str.contains("[\u202a-\u202e\u2066-\u2069]").any()


# ---------------------------------------------------------------- command line


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = cli.main(list(argv))
    except SystemExit as exc:  # argparse exits on bad usage
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("kind", ["missing", "folder", "empty", "image", "random", "undecodable"])
def test_cli_exits_1_with_one_line_on_bad_input(tmp_path, capsys, kind):
    path = tmp_path / "in.txt"
    if kind == "folder":
        path = tmp_path
    elif kind == "empty":
        path.write_bytes(b"  \n")
    elif kind == "image":
        path.write_bytes(PNG_1PX)
    elif kind == "random":
        import random

        path.write_bytes(random.Random(1).randbytes(2048))
    elif kind == "undecodable":
        path.write_bytes(b"abc \xff\xfe\xfd def")
    code, out, err = run_cli(capsys, "facts", str(path))
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("dhcheng: ") and "Traceback" not in err


def test_cli_unreadable(tmp_path, capsys, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text("收入增长5%", encoding="utf-8")
    deny_open(monkeypatch, path)
    code, _, err = run_cli(capsys, "facts", str(path))
    assert code == 1 and err == f"dhcheng: cannot read {path}: Permission denied — check its permissions\n"


def test_cli_no_figures(tmp_path, capsys):
    path = tmp_path / "words.txt"
    path.write_text("这是一份没有任何数字的说明文字。", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", dh.NoFiguresWarning)
        code, out, err = run_cli(capsys, "facts", str(path))
    assert code == 0
    assert err == f"dhcheng: no figures found in {path}\n"
    assert out == "(no figures)\n"


@pytest.mark.parametrize("argv", [["facts", "--format", "xml"], ["nosuchcommand"], [], ["export"]])
def test_cli_bad_usage_exits_2(capsys, argv):
    code, _, err = run_cli(capsys, *argv)
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("dhcheng") and "--help" in err and "Traceback" not in err


def test_cli_subprocess_no_traceback(tmp_path):
    path = tmp_path / "scan.png"
    path.write_bytes(PNG_1PX)
    proc = subprocess.run([sys.executable, "-m", "dhcheng_analysis.cli", "facts", str(path)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1
    assert proc.stderr.strip().count("\n") == 0 and "Traceback" not in proc.stderr
    assert proc.stderr.startswith(f"dhcheng: {path} is binary data")


def test_cli_reads_a_saved_page(tmp_path, capsys):
    path = tmp_path / "page.html"
    path.write_text(saved_page(["一般公共预算收入完成96.9亿元,同比下降7%。"]), encoding="utf-8")
    code, out, err = run_cli(capsys, "facts", str(path), "--format", "csv")
    assert code == 0 and err == ""
    rows = pd.read_csv(__import__("io").StringIO(out))
    assert sorted(rows["value"].tolist()) == [-7.0, 9.69e9]
    assert all(math.isfinite(v) for v in rows["value"])
