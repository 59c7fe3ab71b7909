"""Figures of the government information disclosure annual report (政府信息公开工作年度报告), as district and county
offices and their bureaus print it.

The report follows one national form each year: what was published of its own accord (主动公开政府信息X条), the
normative documents made, repealed and in force (新制作/废止/现行有效规范性文件X件), the requests received and
answered (收到申请X件, 办结X件) broken down by answer (予以公开、部分公开、不予公开、无法提供…), and the
administrative reviews and suits brought over disclosure (行政复议X件、行政诉讼X件) broken down by outcome.

The rules: an outcome of cases decided (维持, 结果维持, 纠正, 撤销, 确认违法, 驳回, 责令履行, 终止…), alone in its item
of a list, names its count itself: neither the cases counted before it (维持 is no word ending a name, as in 维持在5%)
nor a verb done to them (撤销 is no repeal of the cases listed), nor the verb heading the items after it. A verb done
to the things an item of a 其中 list counts (其中继续有效218件，宣布失效26件，废止12件) names them by the set 其中 breaks
down (废止的规范性文件), not by the item printed before it. 本年度 opens no name. A county or district office
ends with 局, 委 or 委员会, not with the 委 of 委员 (区政协委员提案 is the proposals of the members). What reaches or is
touched by a clause (涉及…) does not reach past a semicolon. A table whose rows are the kinds of documents and whose
columns name what is counted of them (本年制发件数, 本年废止件数, 现行有效件数) names each cell by both.

Sentences written in the form of district reports, not real, are marked as regression fixtures; the real ones
are quoted with the file they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact

import dhcheng_analysis as dh

HEAD = "一、总体情况\n"


# -- an outcome of cases decided names its count ------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district disclosure report (not real), modelled on the national reports'
    # 全国查处的经济违法犯罪案件…共有十三万六千零二十四件，已经结案处理的四万四千六百六十三件，其中依法判刑的有二万六千
    # 二百二十七人 (a count of cases and its part by outcome; /work/shared/corpus/national_work_reports/1982.txt)
    ("全年因政府信息公开被申请行政复议12件，其中结果维持9件，结果纠正2件，其他结果1件。", "9件", "结果维持"),
    # regression fixture, a variant (not real): the outcome 纠正 after it
    ("全年因政府信息公开被申请行政复议20件，其中结果维持16件，结果纠正3件，其他结果1件。", "3件", "结果纠正"),
    # regression fixture, a variant (not real): a suit's outcomes without 结果
    ("全年因政府信息公开被提起行政诉讼8件，其中维持6件，纠正1件，尚未审结1件。", "6件", "维持"),
    # regression fixture, a variant (not real): the outcomes of all reviews concluded, listed with 、
    ("已审结298件，其中维持186件、确认违法24件、撤销18件、责令履行6件、驳回41件、终止23件。", "186件", "维持"),
    # regression fixture, a variant (not real): 撤销 is an outcome, no verb done to the cases listed before it
    ("已审结298件，其中维持186件、确认违法24件、撤销18件、责令履行6件、驳回41件、终止23件。", "18件", "撤销"),
    # regression fixture, a variant (not real): nor does it head the items after it
    ("已审结298件，其中维持186件、确认违法24件、撤销18件、责令履行7件、驳回40件、终止23件。", "7件", "责令履行"),
    # regression fixture, a variant (not real)
    ("已审结298件，其中维持186件、确认违法24件、撤销18件、责令履行6件、驳回41件、终止23件。", "41件", "驳回"),
    # regression fixture, a variant (not real): no 其中, the items after commas
    ("审结行政复议案件298件，维持186件，撤销18件，驳回41件。", "41件", "驳回"),
    # regression fixture, a variant (not real): the form's line after the review it counts
    ("行政复议：结果维持3件，结果纠正1件，其他结果0件，尚未审结1件。", "3件", "结果维持"),
])
def test_an_outcome_of_cases_decided_names_its_count(s, printed, name):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["measure"], f["unit"]) == (name, "level", "件")


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district disclosure report (not real), modelled on the national reports'
    # 全国查处的经济违法犯罪案件…共有十三万六千零二十四件 (/work/shared/corpus/national_work_reports/1982.txt), with
    # documents instead of cases: 撤销 revokes the documents cleared, no outcome of a case
    ("全区共清理规范性文件86件，撤销12件。", "12件", "撤销的规范性文件"),
    # regression fixture, a variant (not real): bodies abolished
    ("清理各类议事协调机构120个，撤销45个，合并12个。", "45个", "撤销的各类议事协调机构"),
    # regression fixture, a variant (not real): after 废止
    ("对现行的486件行政规范性文件进行全面清理，废止32件，撤销15件。", "15件", "撤销的行政规范性文件"),
    # regression fixture, a variant (not real): 撤销 and 废止 of a 其中 list read alike
    ("清理规范性文件256件，其中继续有效218件，撤销26件，废止12件。", "26件", "撤销的规范性文件"),
    # regression fixture, a variant (not real)
    ("清理规范性文件256件，其中继续有效218件，撤销26件，废止12件。", "12件", "废止的规范性文件"),
])
def test_a_disposal_where_no_cases_are_counted_names_what_it_disposes_of(s, printed, name):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["measure"], f["unit"]) == (name, "level", f["unit"])


def test_an_outcome_word_still_ends_a_name_before_a_rate():
    # regression fixture, a variant (not real): 维持在 before a rate ends the rate's name, as before
    f = fact(HEAD + "全区城镇登记失业率维持在4%以内。", "4%")
    assert f["indicator"] == "城镇登记失业率"


# -- a verb done to the things a 其中 list counts names them by the set ------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district disclosure report (not real), modelled on the national
    # reports' 对2000年底以前发布的756件行政法规进行全面清理，废止71件，宣布失效80件 (2003.txt)
    ("全区共清理规范性文件256件，其中继续有效218件，宣布失效26件，废止12件。", "26件", "宣布失效的规范性文件"),
    # regression fixture, a variant (not real): the last item
    ("全区共清理规范性文件256件，其中继续有效218件，宣布失效26件，废止12件。", "12件", "废止的规范性文件"),
    # regression fixture, a variant (not real): one item only, as before
    ("区司法局共清理规范性文件86件，其中废止9件。", "9件", "废止的规范性文件"),
    # regression fixture, a variant (not real): the national shape, no 其中
    ("对2019年以前制发的86件规范性文件进行全面清理，废止9件，宣布失效7件。", "7件", "宣布失效的规范性文件"),
])
def test_a_verb_done_to_a_listed_part_names_the_set(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- 本年度 opens no name ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district disclosure report (not real), modelled on the national
    # reports' 国务院提请全国人大常委会制定修订法律34件 (a count of documents in 件; 2014.txt)
    ("上年结转申请21件，本年度办结申请392件，结转下年度继续办理15件。", "392件", "办结申请"),
    # regression fixture, a variant (not real): 本年度 opening the sentence of another kind of count
    ("本年度新收政府信息公开申请386件。", "386件", "新收政府信息公开申请"),
])
def test_this_years_word_opens_no_name(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- 委员 is no office -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district report (not real), modelled on the national reports'
    # 国务院提请全国人大常委会制定修订食品安全法等法律15件 (2015.txt): counts of proposals and suggestions in 件
    ("全年共办理区人大代表建议112件、区政协委员提案158件，按期办结率均为100%。", "158件", "区政协委员提案"),
    # regression fixture, a variant (not real): the proposals opening the sentence
    ("区政协委员提案158件，全部按期办结。", "158件", "区政协委员提案"),
    # regression fixture, a variant (not real): an office ending in 委员会 still opens the sentence
    ("区卫生健康委员会全年受理依申请公开12件。", "12件", "受理依申请公开"),
    # regression fixture, a variant (not real): an office ending in 委
    ("区发改委全年受理依申请公开12件。", "12件", "受理依申请公开"),
])
def test_a_member_is_no_office(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- what a clause touches does not reach past a semicolon ------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district disclosure report (not real), modelled on the national
    # reports' 政务公开深入推进 (2015.txt) and the requests by subject the district reports count
    ("从申请内容看，涉及征地拆迁类申请146件，占37.8%；涉及规划建设类申请82件，占21.2%。", "82件", "规划建设类申请"),
    # regression fixture, a variant (not real): the share after it
    ("从申请内容看，涉及征地拆迁类申请146件，占37.8%；涉及规划建设类申请82件，占21.2%。", "21.2%", "规划建设类申请"),
])
def test_a_touched_count_is_not_reached_past_a_semicolon(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- the form's table of documents ------------------------------------------------------------------------

TABLE = ("二、主动公开政府信息情况\n"
         "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
         "规章 | 0 | 0 | 0 |\n"
         "行政规范性文件 | 6 | 3 | 48 |\n")


def test_a_table_of_documents_names_each_cell_by_its_row_and_column():
    # regression fixture in the form of the table of the national disclosure form (not real), modelled on the
    # national reports' 制定修订行政法规47件 (a count of documents made; 2014.txt)
    f = dh.extract_facts(dh.load_report(TABLE))
    row = f[f["sentence"].str.startswith("行政规范性文件")]
    assert list(zip(row["raw_value"], row["indicator"], strict=True)) == [
        ("6", "行政规范性文件制发件数"), ("3", "行政规范性文件废止件数"), ("48", "行政规范性文件现行有效件数")]


# -- the form's concepts in the glossary ------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "key"), [
    # regression fixture in the form of a district disclosure report (not real), modelled on the national
    # reports' 深入推进政务公开 (2016.txt) and 全面实施政府信息公开条例 (2009.txt)
    ("全年主动公开政府信息12856条，同比增长8.3%。", "12856条", "gov_info_disclosed"),
    # regression fixture, a variant (not real): the requests received
    ("全年共收到政府信息公开申请386件，同比增长15.2%。", "386件", "gov_info_requests"),
    # regression fixture, a variant (not real): a bureau's requests accepted
    ("区卫健委共受理依申请公开12件，予以公开8件。", "12件", "gov_info_requests"),
    # regression fixture, a variant (not real), modelled on the national reports' 加强行政复议工作 (2014.txt)
    ("全区行政复议机关全年受理行政复议案件235件，同比下降4.5%。", "235件", "admin_review_cases"),
    # regression fixture, a variant (not real)
    ("行政复议纠错率为16.7%，较上年下降3.2个百分点。", "16.7%", "admin_review_correction_rate"),
    # regression fixture, a variant (not real), modelled on the national reports' 重视人民群众通过行政复议、行政诉讼等
    # 法定渠道…的监督 (2004.txt)
    ("全年行政诉讼案件败诉率为3.8%，低于全市平均水平1.2个百分点。", "3.8%", "admin_litigation_loss_rate"),
    # regression fixture, a variant (not real)
    ("行政机关负责人出庭应诉率达100%。", "100%", "agency_head_court_appearance_rate"),
])
def test_the_forms_concepts_have_keys(s, printed, key):
    assert fact(HEAD + s, printed)["indicator_key"] == key
