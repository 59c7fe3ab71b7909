"""Who a figure belongs to and how final or planned it is, on sentences quoted from published reports.

Sources: the excerpts of ``tests/gold/real/texts`` (named by file) and the State Council government work
reports (named by year). Each test names the rule it pins; every rule was checked against all texts.
"""

from __future__ import annotations

import warnings

import pytest

import dhcheng_analysis as dh


def one(text: str, printed: str, *cols: str) -> tuple:
    """The fact whose printed figure starts at the first ``printed`` of ``text``."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        f = dh.extract_facts(text)
    start = text.index(printed)
    hit = ((f["start"].to_numpy() <= start) & (f["end"].to_numpy() > start)).nonzero()[0]
    assert len(hit) == 1, (printed, f[["indicator", "measure", "value", "unit", "start", "end"]])
    row = f.iloc[hit[0]]
    return tuple(row[c] for c in cols or ("indicator", "measure", "value", "unit"))


# --------------------------------------------------------------------------- how final a figure is

@pytest.mark.parametrize(("text", "printed", "name"), [
    # shangcheng_hz_2022_h1_budget: the final accounts of the year (决算) name no quantity of their own
    ("2021年全区财政总收入决算为3777878万元,完成收入预期的98.3%,增长5.8%。", "3777878", "财政总收入"),
    ("2021年全区财政总收入决算为3777878万元,完成收入预期的98.3%,增长5.8%。", "98.3", "财政总收入"),
    ("2021年全区财政总收入决算为3777878万元,完成收入预期的98.3%,增长5.8%。", "5.8", "财政总收入"),
    # 1956: 国家决算 before what is spent
    ("１９５５年国家决算在交通运输方面支出１，９２５，４７５，０００元，占预算数的８９．７４％。", "１，９２５", "交通运输方面支出"),
    ("１９５５年国家决算年终结余１，０１１，０３８，０００元。", "１，０１１", "年终结余"),
])
def test_a_word_for_the_final_accounts_is_no_part_of_a_name(text, printed, name):
    assert one(text, printed, "indicator") == (name,)


# --------------------------------------------------------------------------- a plan across the clauses of its sentence

PLAN_1986 = ("经过多方测算和对财力物力的反复平衡，“七五”计划草案规定，五年内全民所有制单位基本建设投资总规模为五千亿元，"
             "比“六五”期间增加百分之四十九；更新改造投资二千七百六十亿元，比“六五”期间增加百分之八十七。")
PLAN_1982 = ("第六个五年计划规定，到一九八五年全日制高等学校招生数将从一九八○年的二十八万人增加到四十万人，增长百分之四十二点二；"
             "在校学生达到一百三十万人，比一九八○年增长百分之十三点六。")


@pytest.mark.parametrize(("text", "printed"), [
    # 1986: the plan draft's words hold for the clause after ；
    (PLAN_1986, "五千亿元"), (PLAN_1986, "二千七百六十亿元"), (PLAN_1986, "百分之八十七"),
    # 1982
    (PLAN_1982, "一百三十万人"), (PLAN_1982, "百分之十三点六"),
    # a district plan draft (constructed on the same wording)
    ("规划草案规定，五年内全区固定资产投资总规模为500亿元，比上期增加49%；更新改造投资276亿元，比上期增加87%。", "276亿元"),
])
def test_a_plan_that_heads_a_sentence_holds_across_its_semicolons(text, printed):
    assert one(text, printed, "status") == ("target",)


def test_a_plan_compared_with_is_no_plan_of_the_figures_after_it(work_reports):
    # 1959: what the plan set is the base of a comparison; the outcome after ； stays an outcome
    phrase = "比计划规定的单位数多二百二十七个；到一九五七年底，全部建成和部分建成而投入生产的限额以上的工矿建设单位有五百三十七个"
    assert work_reports.fact_at(1959, phrase, "二百二十七个")["status"] == "actual"
    assert work_reports.fact_at(1959, phrase, "五百三十七个")["status"] == "actual"


# --------------------------------------------------------------------------- a frame of the figure is no name

def test_the_current_level_a_change_starts_from_is_the_subjects(work_reports):
    # 1993: 比现有的８６个 is the current number of the bodies counted, and the cut is theirs
    phrase = "国务院的部委和直属机构、办事机构共５９个，比现有的８６个减少２７个"
    name = "国务院的部委和直属机构、办事机构"
    base = work_reports.fact_at(1993, phrase, "８６个")
    assert (base["indicator"], base["reference"]) == (name, "prior")
    assert work_reports.fact_at(1993, phrase, "２７个")["indicator"] == name
    # the same wording in a district plan (constructed)
    assert one("街道办事处共25个，比现有的28个减少3个。", "28个", "indicator", "reference") == ("街道办事处", "prior")


@pytest.mark.parametrize(("phrase", "printed", "name"), [
    # 1985: a time frame (在调整初期) and a comparison (远远超过了) before a figure name nothing of their own
    ("积累在国民收入中所占的比重，在调整初期由１９７８年的３６．５％降低到１９８１年的２８．５％", "３６．５％", "积累在国民收入中所占的比重"),
    ("积累在国民收入中所占的比重，在调整初期由１９７８年的３６．５％降低到１９８１年的２８．５％", "２８．５％", "积累在国民收入中所占的比重"),
    ("远远超过了１９５３年到１９７８年的二十六年间平均每年增长３．２％的速度", "３．２％", "农业总产值"),
])
def test_a_frame_before_a_figure_is_no_name(work_reports, phrase, printed, name):
    assert work_reports.fact_at(1985, phrase, printed)["indicator"] == name


# --------------------------------------------------------------------------- the owner of a bare measure

@pytest.mark.parametrize(("text", "printed", "name"), [
    # dongcheng_2023_h1: the industry in the clause before owns the turnover
    ("住宿和餐饮业恢复加快,上半年营业额同比增长61.6%。批发零售业受今年国际油价大幅回落等影响,销售额增速回落至0.7%。",
     "61.6", "住宿和餐饮业营业额"),
    ("住宿和餐饮业恢复加快,上半年营业额同比增长61.6%。批发零售业受今年国际油价大幅回落等影响,销售额增速回落至0.7%。",
     "0.7", "批发零售业销售额"),
    # the same wording of a district half-year report (constructed)
    ("规模以上工业企业经济效益提高，实现利润37.8亿元，比上年增长12.5%。", "37.8", "规模以上工业企业利润"),
    ("规模以上工业企业经济效益提高，实现利润37.8亿元，比上年增长12.5%。", "12.5", "规模以上工业企业利润"),
])
def test_a_bare_measure_is_owned_by_the_subject_of_the_clause_before(text, printed, name):
    assert one(text, printed, "indicator") == (name,)


@pytest.mark.parametrize(("year", "phrase", "printed", "name"), [
    (2004, "国有及国有控股工业企业经济效益大幅度提高，实现利润3784亿元，比上年增长45.2%", "3784", "国有及国有控股工业企业利润"),
    (2004, "国有及国有控股工业企业经济效益大幅度提高，实现利润3784亿元，比上年增长45.2%", "45.2", "国有及国有控股工业企业利润"),
    (1995, "外商直接投资保持良好势头，实际金额达到３３０多亿美元", "３３０", "外商直接投资实际金额"),
    (2008, "全国粮食连续四年增产，2007年产量达到50150万吨", "50150", "全国粮食产量"),
    # a clause that is only the owner (an industry, its building or production)
    (1980, "轻工业，总产值比1980年预计增长8％", "8％", "轻工业总产值"),
    (1982, "煤炭工业建设，五年投资一百七十九亿元", "一百七十九亿元", "煤炭工业投资"),
])
def test_a_bare_measure_is_owned_by_the_subject_before_it_in_work_reports(work_reports, year, phrase, printed, name):
    assert work_reports.fact_at(year, phrase, printed)["indicator"] == name


@pytest.mark.parametrize(("text", "printed", "name"), [
    # written, as district budget and half-year reports word it: the clause before names a sibling measure of the
    # same owner (its revenue, its turnover), which the bare measure after it does not take into its name
    ("全区一般公共预算收入稳步增长，支出完成80亿元，增长3%。", "80", "一般公共预算支出"),
    ("全区一般公共预算收入稳步增长，支出完成80亿元，增长3%。", "3%", "一般公共预算支出"),
    ("今年财政收入继续增长，支出增长6%。", "6%", "财政支出"),
    ("规模以上工业企业营业收入平稳增长，利润增长5%。", "5%", "规模以上工业企业利润"),
    ("出口额稳步增长，进口额增长3%。", "3%", "进口额"),
    # an amount of the measure before is no sibling of it (1995: 外商直接投资实际金额, above)
])
def test_a_bare_measure_after_a_sibling_measure_takes_only_its_owner(text, printed, name):
    assert one(text, printed, "indicator") == (name,)


def test_a_bare_measure_takes_no_frame_or_clause_across_a_semicolon_as_owner(work_reports):
    # 1956: a comparison frame before the figure owns nothing
    assert work_reports.fact_at(1956, "同原来的预算相比，１９５５年本年收入完成预算的９６．９８％", "９６．９８％")["indicator"] == "收入"
    # puyang_m3_budget_table: the clause before ； is another statement
    text = "支出规模位居全省第13位,同比持平;支出增幅高于省辖市平均增幅3.3个百分点,居全省第8位,同比回落6个位次。"
    assert one(text, "3.3", "indicator") == ("支出",)


def test_the_profit_after_a_count_of_companies_is_theirs():
    # a constructed bulletin (tests/gold/constructed/short_bulletins), the shape of 新开工项目42个，总投资320亿元
    text = "1-5月，全区规上工业企业186家，实现利润21.4亿元，亏损企业32家。"
    assert one(text, "21.4", "indicator") == ("规上工业企业利润",)


def test_the_foreign_exchange_used_after_a_count_of_imports_is_theirs():
    # 1988: 用汇, the foreign exchange spent, belongs to the techniques and equipment counted before it
    text = "五年间为改造现有企业而引进的先进技术和设备有１万多项，用汇近１００亿美元。"
    assert one(text, "１００", "indicator") == ("改造现有企业而引进的先进技术和设备用汇",)


def test_reaching_a_goal_early_is_no_part_of_its_name(work_reports):
    # 2010: 提前一年实现 before what was reached (中小学生: the middle-school pupils' standard, then the primary's)
    phrase = "提前一年实现农村中小学生人均公用经费500元和300元的目标"
    assert work_reports.fact_at(2010, phrase, "500元")["indicator"] == "农村中学生人均公用经费"


def test_a_comparison_with_a_carried_name_that_is_itself_debris_keeps_its_own(work_reports):
    # 1985: the subject carried (１９７８年到, a year frame) is no better than the comparison's own words
    phrase = "远远超过１９５３年到１９７８年的二十六年间平均每年增长２．２％的速度"
    assert work_reports.fact_at(1985, phrase, "２．２％")["indicator"] != "１９７８年到"


@pytest.mark.parametrize(("year", "phrase", "printed", "name"), [
    # the next item of a ，-list measures the same owner as the item before it
    (2007, "中等职业学校招生规模扩大到741万人，在校学生总数1809万人", "1809", "中等职业学校在校学生总数"),
    (2008, "全国国有企业资产总额比2002年增长60.98%，实现利润增长2.23倍，税收增长1.05倍", "2.23", "全国国有企业利润"),
    (2008, "全国国有企业资产总额比2002年增长60.98%，实现利润增长2.23倍，税收增长1.05倍", "1.05", "全国国有企业税收"),
])
def test_a_bare_measure_after_an_item_is_owned_by_the_items_owner(work_reports, year, phrase, printed, name):
    assert work_reports.fact_at(year, phrase, printed)["indicator"] == name


def test_a_part_of_a_total_keeps_its_own_name():
    # haidian_2022_q3 (a constructed fixture): 其中出口额 is a part of the total, not the total's 出口额
    text = "进出口总额完成1456.2亿元,同比增长5.9%,其中出口额486.3亿元,增长13.7%。"
    assert one(text, "486.3", "indicator") == ("出口额",)


def test_a_cut_from_the_current_level_has_the_status_of_the_level_it_cuts_to(work_reports):
    # 1993, the reform plan: 59 bodies planned, 86 now, 27 fewer as planned; 现有 is the word of the 86 only
    phrase = "国务院的部委和直属机构、办事机构共５９个，比现有的８６个减少２７个"
    assert work_reports.fact_at(1993, phrase, "５９个")["status"] == "target"
    assert work_reports.fact_at(1993, phrase, "８６个")["status"] == "actual"
    assert work_reports.fact_at(1993, phrase, "２７个")["status"] == "target"
