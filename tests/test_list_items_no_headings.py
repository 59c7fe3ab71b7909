"""Numbered sentences listed after a line that opens a list are its items, not headings.

A report often lists what it asks for after a colon, one numbered sentence a line (经过三年调整，我们要努力达到
下列几项主要要求：⏎（一）要使…。⏎（二）…。): the items are no headings, so the text after the list (the next
paragraphs, the ten tasks of the part) is not the section of the last item. A part whose headings run into their
paragraphs (一年来的主要工作是：⏎（一）加强和改善宏观调控。针对…。…) keeps them as headings. A line that is only
结束语 heads the report's closing part, beside its top parts (the last of them, 十、…, ends before it).
"""

from __future__ import annotations

import warnings

import dhcheng_analysis as dh

# national work report 1979 (二、打好四个现代化的第一个战役): a list of five requirements after a colon, then the
# paragraphs of the part and its first task
REPORT_1979 = (
    "二、打好四个现代化的第一个战役\n\n"
    "　　经过三年调整，我们要努力达到下列几项主要要求：\n\n"
    "（一）要使粮食生产和其他农副产品生产的发展同人口的增长和工业的发展比较适应。\n\n"
    "（二）在轻纺工业方面，要使它们的增长速度赶上或略高于重工业的增长速度，使主要轻纺产品的增长大体上同国内购买力的增长"
    "相适应，并大量增加出口。\n\n"
    "（三）要经过努力增产和厉行节约，使目前燃料动力和交通运输的紧张局面有所缓和。冶金、机械、化工等重工业部门，要在增加"
    "生产的同时，着重提高质量，增加品种。\n\n"
    "（四）基本建设要坚决缩短战线，集中力量打歼灭战，提高工程质量，降低工程造价，缩短建设周期。\n\n"
    "（五）在发展生产的基础上，要使全国农民从集体分得的平均收入和全国职工的平均工资继续有所提高。\n\n"
    "　　我们讲改革，就是要对现行经济管理体制坚决地有步骤地实行全面改革。\n\n"
    "第一、\n坚持贯彻以农业为基础的指导思想，集中力量把农业搞上去。"
    "今年政府对农业的投资比重由去年的百分之十点七提高到百分之十四，加上用于农业的其他各项资金，总额达到一百七十四亿元，"
    "明后两年还将适当增加。\n")
# national work report 2007: headings run into their paragraphs after a colon
REPORT_2007 = (
    "一年来的主要工作是：\n\n"
    "（一）加强和改善宏观调控。针对经济运行中投资增长过快、货币信贷投放过多、外贸顺差过大等突出问题，中央及时采取了一系列"
    "宏观调控措施。\n\n"
    "（二）加大“三农”工作力度。稳步推进社会主义新农村建设。全年中央财政用于“三农”支出3397亿元，比上年增加422亿元。\n")


def _report(text: str) -> dh.Report:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return dh.load_report(text)


def test_numbered_sentences_of_a_list_are_no_headings() -> None:
    report = _report(REPORT_1979)
    assert [s.path for s in report.sections] == ["二、打好四个现代化的第一个战役"]
    facts = dh.extract_facts(report)
    share = facts[facts.raw_value == "百分之十四"].iloc[0]
    assert share.section == "二、打好四个现代化的第一个战役"
    assert share.indicator == "政府对农业的投资比重" and share.value == 14.0


def test_headings_run_into_their_paragraphs_stay_headings() -> None:
    report = _report(REPORT_2007)
    assert [s.heading for s in report.sections] == ["（一）加强和改善宏观调控", "（二）加大“三农”工作力度"]
    facts = dh.extract_facts(report)
    spending = facts[facts.raw_value == "3397"].iloc[0]
    assert spending.section == "（二）加大“三农”工作力度"


# national work report 2001: the closing part after the last numbered part (its paragraphs cut to the first
# sentence), a part beside the numbered ones
REPORT_2001 = (
    "十、加强精神文明和民主法制建设，加强国防建设\n\n\n"
    "\u3000\u3000大力加强社会主义精神文明建设。"
    "中国将积极参与国际事务，为维护世界和平、促进国际合作、实现共同发展，为推动建立和平稳定、公正合理的国际政治经济新秩序，"
    "作出新的贡献。\n\n\n\n结束语\n\n\n\u3000\u3000各位代表！\n\n"
    "\u3000\u30002001年是进入新世纪、实施“十五”计划的第一年。继续发行1500亿元长期建设国债，集中用于在建项目和西部开发项目。\n")


def test_the_closing_part_stands_beside_the_numbered_parts() -> None:
    report = _report(REPORT_2001)
    assert [(s.level, s.path) for s in report.sections] == [
        (1, "十、加强精神文明和民主法制建设，加强国防建设"), (1, "结束语")]
    bonds = dh.extract_facts(report).query("raw_value == '1500'").iloc[0]
    assert bonds.section == "结束语"
    assert bonds.period == "2001年"


# real budget report (shangcheng_hz_2022_h1_budget, tests/gold/real/texts): the revenue items listed after 如下:,
# each closed by a semicolon, one a line
BUDGET_ITEMS = (
    "(一)一般公共预算收支决算情况\n\n"
    "2021年全区财政总收入决算为3777878万元,完成收入预期的98.3%,增长5.8%。区人代"
    "会审议通过2021年全区一般公共预算收入预期为2020300万元,全区一般公共预算收入决算为20"
    "13817万元,完成预期的99.7%,增长7.6%,全区一般公共预算收入决算数及主要项目决算数,"
    "与向区人代会报告的执行数一致。主要收入项目执行情况如下:\n\n"
    "1、增值税收入(50%部分)672890万元,完成预期的94.7%,增长6.2%;\n\n"
    "2、企业所得税收入(40%部分)441932万元,完成预期的94.6%,下降5.2%;\n\n"
    "3、个人所得税收入(40%部分)272238万元,完成预期的102.4%,增长14.6%;\n\n"
    "4、城市维护建设税收入108847万元,完成预期的108.8%,增长17.6%;\n\n"
    "5、房产税收入121931万元,完成预期的98.6%,增长2.6%;\n")


def test_items_closed_by_a_semicolon_are_no_headings() -> None:
    report = _report(BUDGET_ITEMS)
    assert [s.path for s in report.sections] == ["(一)一般公共预算收支决算情况"]
    facts = dh.extract_facts(report)
    vat = facts[facts.raw_value == "672890"].iloc[0]
    assert vat.section == "(一)一般公共预算收支决算情况"
    assert vat.indicator.startswith("增值税收入") and vat.value == 6728900000.0
