"""A twelfth pass of readings of figures in the State Council work reports of 1993-2007, on verbatim sentences.

Each sentence is copied from the report of ``/work/shared/corpus/national_work_reports`` named in the test; each
test names the rule it pins. A guard of a rule with no such sentence in the corpus reads a short text of the same
shape, and says so.
"""

from __future__ import annotations

from _sentences import facts

import dhcheng_analysis as dh

# -- the money a fund set up in the clause before holds is that fund's ---------------------------------------------------


def test_the_money_a_fund_set_up_before_has_gathered_is_the_funds(work_reports):
    # 2003: 已积累资金 opens its clause with 已; the fund set up (建立了…) owns it, and the glossary knows the fund
    f = work_reports.fact_at(2003, "建立了全国社会保障基金，已积累资金1242亿元", "1242亿元")
    assert (f["indicator"], f["indicator_key"], f["measure"]) == (
        "全国社会保障基金积累资金", "national_social_security_fund", "level")


def test_a_fund_set_up_before_owns_the_money_raised_after_an_adverb():
    # a guard (regression fixture, not corpus text): a district's fund, 设立 with no 了, 已 before the verb of the money
    assert list(facts("设立区级产业引导基金，已募集资金20亿元。")["indicator"]) == ["区级产业引导基金募集资金"]
    assert list(facts("设立了产业引导基金，基金规模50亿元。")["indicator"]) == ["产业引导基金规模"]


# -- the patents granted, printed as the grant of patent rights ----------------------------------------------------------


def test_patent_rights_granted_are_the_patents_granted(work_reports):
    # 2003 and 1998: 授予专利权 counts the patents granted (专利授权量), over the five years reviewed in 2003
    f = work_reports.fact_at(2003, "五年获得国家登记的科技成果14万多项，授予专利权52万件", "52万件")
    assert (f["indicator"], f["indicator_key"], f["period"]) == ("授予专利权", "patents_granted", "1998-2002年")
    f = work_reports.fact_at(1998, "授予专利权2 2 ．4 万件", "2 2 ．4 万件")
    assert (f["indicator_key"], f["value"]) == ("patents_granted", 224000.0)


# -- a heading whose title in 《》 a web page breaks onto lines of its own ------------------------------------------------


def test_a_heading_is_read_through_the_lines_of_a_title_it_opens(work_reports):
    # 2006: 三、关于《⏎国民经济…纲要（草案）⏎》的说明, the title printed as a link on lines of its own; its section
    # and the one below it (（一）“十一五”规划《⏎纲要（草案）⏎》的编制过程和主要特点) are named whole
    f = work_reports.fact_at(2006, "五年间，进出口贸易总额增长两倍", "两倍")
    assert f["section"] == ("三、关于《国民经济和社会发展第十一个五年规划纲要（草案）》的说明"
                            " / （二）“十五”期间国民经济和社会发展主要情况")
    report, _ = work_reports[2006]
    assert "（一）“十一五”规划《纲要（草案）》的编制过程和主要特点" in [s.heading for s in report.sections]


def test_a_heading_with_a_title_closed_on_its_own_line_is_that_line():
    # a guard (regression fixture, not corpus text): a title closed on the heading's line, and an open 《 no title
    # closes nearby, leave the heading its one line
    text = "一、关于《预算法》的执行\n全年收入增长5%。\n二、关于《\n下年工作。今年收入增长6%。\n"
    headings = [s.heading for s in dh.load_report(text).sections]
    assert headings == ["一、关于《预算法》的执行", "二、关于《"]
    # nor does a title whose closing line runs on into a long paragraph take that paragraph into the heading
    text = "一、关于《\n纲要\n》提出，" + "全年收入增长5%，" * 60 + "\n"
    assert [s.heading for s in dh.load_report(text).sections] == ["一、关于《"]


# -- the money raised by the things counted in the clause before is theirs (…上市公司442家，累计筹资…) ----------------------


def test_the_money_the_companies_counted_before_raise_is_theirs(work_reports):
    # 2003: the companies newly listed raised the 7436亿元, not a 筹资 of no one
    phrase = "国有及国有控股企业在境内外新增上市公司442家，累计筹资7436亿元"
    f = work_reports.fact_at(2003, phrase, "7436亿元")
    assert (f["indicator"], f["measure"], f["period"]) == (
        "国有及国有控股企业在境内外新增上市公司筹资", "level", "1998-2002年")


def test_the_money_raised_after_a_count_of_firms_is_theirs_and_no_count_after_it_is():
    # a guard (regression fixture, not corpus text): a district's listed firms and what they raised; the firms a
    # sum is raised for, counted in the same clause, are named with the funding they got, and their count keeps
    # its own name (为120家市场主体融资…)
    assert list(facts("新增上市企业5家，累计融资50亿元。")["indicator"]) == ["新增上市企业", "新增上市企业融资"]
    assert list(facts("为120家市场主体融资1.35亿元。")["indicator"]) == ["市场主体", "市场主体融资"]
