"""A short line with no sentence punctuation between paragraphs is a heading, though it has no heading number.

Digests of work reports head their parts with lines such as ``2022年工作回顾``, ``防住疫情``, ``稳住经济``: a line of a
few characters with no sentence punctuation, after a line that ends a sentence (or after such a heading), before a
paragraph (or such a heading). It heads a section below every numbered heading, one level lower when it heads no
heading (2022年工作回顾 / 防住疫情). A table row (its cells spaced apart), a line run on from a sentence, and the title
lines above the first paragraph are no headings. A first top-level heading with no sub-heading of its own leads the
report alone (the block the report leads with stops at its end, not at a sub-heading of a later part).
"""

from __future__ import annotations

import warnings

import dhcheng_analysis as dh

# Nanshan district (Shenzhen), digest of the work report 2023 (the lines as printed, indented, a blank line apart)
NANSHAN_2023 = (
    "数说南山区2023年《政府工作报告》\n\n"
    "  2月27日,南山区八届人大三次会议开幕,南山区区长黄湘岳向大会作政府工作报告。政府工作报告用一组组数据展示了2022年南山在"
    "“疫情要防住”“经济要稳住”“发展要安全”等方面取得的丰硕成果,全力推动经济社会平稳健康发展;提出今年将在“六大方面”推进高质量"
    "发展,本地生产总值预期增长7%左右。\n\n"
    "  2022年工作回顾\n\n"
    "  防住疫情\n\n"
    "  6500余名医务工作者、3000余名社区工作者、2300余名党员干部冲锋陷阵、服务一线,稳妥有效处置多轮疫情。\n\n"
    "  稳住经济\n\n"
    "  实现本地生产总值8036亿元,增长3.3%,相较于2020年增长超1500亿元,跨越两个千亿级台阶,增幅近1/4。\n")
# written: a table row and a line run on from a sentence, neither a heading
WRITTEN_ROW = ("全区经济运行平稳。\n地区生产总值 1876.3 7.9\n全区实现地区生产总值1876.3亿元,增长7.9%。\n"
               "主要行业中金融业的\n增加值增长较快\n金融业增加值增长7.6%。\n")


def _report(text: str) -> dh.Report:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return dh.load_report(text)


def test_digest_headings() -> None:
    paths = [s.path for s in _report(NANSHAN_2023).sections]
    assert paths == ["2022年工作回顾", "2022年工作回顾 / 防住疫情", "2022年工作回顾 / 稳住经济"]


def test_facts_carry_the_section() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        f = dh.extract_facts(_report(NANSHAN_2023))
    row = f[f["raw_value"] == "8036"].iloc[0]
    assert row["section"] == "2022年工作回顾 / 稳住经济"
    assert f[f["raw_value"] == "7"].iloc[0]["section"] == ""  # (the opening paragraph, under no heading)


def test_title_row_and_run_on_line_are_no_headings() -> None:
    assert [s.path for s in _report(WRITTEN_ROW).sections] == []
