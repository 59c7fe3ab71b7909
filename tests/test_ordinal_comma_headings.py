"""A line that holds only 第一，…。 (an ordinal, a comma, one short sentence ended by 。 or ：) heads a section, as a line
opening with 一是 does: the points a part of a work report lists under its heading are printed so, each a line of its
own before its paragraph (第三，继续推进农村税费改革。). A paragraph opening with 第一， and going on past its first sentence
on the same line stays a paragraph of the section it lies in.
Each line is quoted verbatim from the report named in its comment.
"""

from __future__ import annotations

import warnings

from _sentences import fact_at

import dhcheng_analysis as dh

# national work report 2004 (the lines as printed: each point a line of its own before its paragraph)
REPORT_2004 = (
    "二、2004年主要任务\n"
    "（二）巩固和加强农业基础地位，实现农民增收和农业增产\n"
    "第三，继续推进农村税费改革。\n"
    "除烟叶外，取消农业特产税，每年可使农民减轻负担48亿元。从今年起，逐步降低农业税税率，平均每年降低1个百分点以上，"
    "五年内取消农业税。今年农业税率降低可使农民减轻负担70亿元。\n"
    "第四，深化粮食流通体制改革。\n"
    "全面放开粮食购销市场，加快国有粮食企业改革，加强粮食市场管理和调控，对种粮农民实行直接补贴。今年国家从粮食风险基金中"
    "拿出100亿元，直接补贴种粮农民，以调动农民种粮的积极性。\n")
# national work report 1955: a point ending with the colon that opens its own list
REPORT_1955 = ("第二，关于农业的增产措施，五年计划草案第四章已经写得很详细，现在我提出以下几点：\n"
               "第三，对农业生产的领导问题。\n")
# national work report 2001: a paragraph run on after its first sentence
REPORT_2001 = "第一，坚持用发展的办法解决前进中的问题。发展是硬道理。\n"


def _report(text: str) -> dh.Report:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return dh.load_report(text)


def test_each_point_heads_the_paragraph_after_it() -> None:
    facts = dh.extract_facts(_report(REPORT_2004))
    by_value = dict(zip(facts["raw_value"], facts["section"], strict=False))
    lead = "二、2004年主要任务 / （二）巩固和加强农业基础地位，实现农民增收和农业增产 / "
    assert by_value["48"] == lead + "第三，继续推进农村税费改革"
    assert by_value["70"] == lead + "第三，继续推进农村税费改革"
    assert by_value["100"] == lead + "第四，深化粮食流通体制改革"


def test_a_point_ending_with_a_colon_is_a_heading_too() -> None:
    headings = [s.heading for s in _report(REPORT_1955).sections]
    assert headings == ["第二，关于农业的增产措施，五年计划草案第四章已经写得很详细，现在我提出以下几点", "第三，对农业生产的领导问题"]


def test_a_paragraph_opening_with_an_ordinal_is_no_heading() -> None:
    assert _report(REPORT_2001).sections == []


# Written fixtures in the style of district reports (regression tests, not evidence): a point line that prints a
# figure or a year is a paragraph, never a heading whose year would date the section under it.
DISTRICT_POINTS = ("一、2023年工作回顾\n第一，2022年我区被评为全国文明城区。\n新建学校3所。\n"
                   "第二，民生持续改善：新增就业1万人。\n")


def test_a_point_line_printing_a_figure_or_a_year_heads_no_section() -> None:
    school, jobs = fact_at(DISTRICT_POINTS, "3所"), fact_at(DISTRICT_POINTS, "1万人")
    assert (school["period"], school["section"]) == ("2023年", "一、2023年工作回顾")
    assert jobs["section"] == "一、2023年工作回顾"
