"""Names, measures and periods of figures in the national work reports of 1989–2006, on verbatim sentences.

Each sentence is copied from the report of ``/work/shared/corpus/national_work_reports`` named in the comment
above it; each test states the name, measure, unit or period of one figure of it.
"""

from __future__ import annotations

import pytest
from _sentences import fact

# -- a count of cities, firms or levels before 的 and the work on them counts the units ------------------

@pytest.mark.parametrize(("text", "printed", "name"), [
    # 1997
    ("医疗保障制度改革重点抓好５０多个城市的试点工作。", "５０多个", "城市"),
])
def test_count_of_units_before_the_work_on_them(text, printed, name):
    assert fact(text, printed)["indicator"] == name


# -- adverbs of total, of only and of now, and the year itself, are no part of a name ---------------------

@pytest.mark.parametrize(("text", "printed", "name"), [
    # 2000: 共 between the payer and its verb (the spending it adds for the measures, a level of its added outlay)
    ("落实这些措施，国家财政共增加支出540多亿元，全国有8400多万人受益。", "540多亿元", "国家财政新增支出"),
    # 1993: 现已 between a stock and the verb that gives it
    ("五年来，我国同３０个国家建立或恢复了外交关系，同我国建交的国家总数现已达到１５５个。", "１５５个",
     "同我国建交的国家总数"),
    # 2002: 仅 heading a name
    ("整顿和规范市场经济秩序取得阶段性成果，仅对制假售假违法活动立案查处的就达１２０多万起，有力地打击了经济领域的违法"
     "犯罪分子。", "１２０多万起", "制假售假违法活动立案查处"),
    # 1997: 当年, the year itself, heading a name
    ("义务教育工作继续推进，到去年底，全国已有５０％的县（市、区）基本普及九年义务教育，当年减少青壮年文盲４００万人。",
     "４００万人", "青壮年文盲"),
    # 2013: 到现在的, a level reached now, is of the subject before 从
    ("企业退休人员基本养老金从2004年人均每月700元提高到现在的1721元。", "1721元", "人均企业退休人员基本养老金"),
])
def test_adverbs_and_the_year_are_no_part_of_a_name(text, printed, name):
    assert fact(text, printed)["indicator"] == name


# -- 今年 or 去年 opening a sentence with a comma is the year it names -------------------------------------

@pytest.mark.parametrize(("year", "phrase", "printed", "period"), [
    (2004, "今年，中央财政安排用于“两个确保”和城市“低保”的补助资金779亿元，比去年增长11.3%。", "779亿元", "2004年"),
    (1999, "今年，要使全国80％以上的人口地区普及九年义务教育，扫除青壮年文盲300万人左右", "300万人", "1999年"),
    (2005, "去年，部分地区发生严重自然灾害，各级政府及时做好抗灾、救灾和灾后重建工作，累计救助灾民6800万人次。",
     "6800万人次", "2004年"),
])
def test_this_year_or_last_opening_a_sentence_is_its_year(work_reports, year, phrase, printed, period):
    assert work_reports.fact_at(year, phrase, printed)["period"] == period


# -- 要扩大到, 要使: a plan's verbs, the figures after them targets ------------------------------------------

@pytest.mark.parametrize(("text", "printed", "status"), [
    # 1997
    ("为了发展跨地区、跨行业、工技贸相结合的大型企业集团，提高它们的竞争能力，并带动相关企业发展，国家已经组织了"
     "５７户企业集团试点，今年要扩大到１２０户。", "１２０户", "target"),
    # 1999
    ("今年，要使全国80％以上的人口地区普及九年义务教育，扫除青壮年文盲300万人左右；积极发展各种形式的职业教育和成人"
     "教育；大力推进素质教育，注重创新精神和实践能力的培养，使学生在德、智、体、美等方面全面发展。", "80％", "target"),
    ("今年，要使全国80％以上的人口地区普及九年义务教育，扫除青壮年文盲300万人左右；积极发展各种形式的职业教育和成人"
     "教育；大力推进素质教育，注重创新精神和实践能力的培养，使学生在德、智、体、美等方面全面发展。", "300万人", "target"),
])
def test_what_is_to_be_widened_or_brought_about_is_a_target(text, printed, status):
    assert fact(text, printed)["status"] == status


# -- 到 before a year and 前 after one are the time's, no part of the name -----------------------------------

@pytest.mark.parametrize(("text", "printed", "name"), [
    # 1997
    ("我国人口到２０００年要控制在１３亿以内，计划生育工作年年都要紧抓不放。", "１３亿", "我国人口"),
    # 2004
    ("精心做好军队体制编制调整改革工作，确保完成2005年前裁减军队员额20万等各项任务。", "20万", "军队员额"),
])
def test_a_year_reached_or_a_deadline_is_no_part_of_a_name(text, printed, name):
    assert fact(text, printed)["indicator"] == name


# -- a plan's old figure raised to a new one: 由原定 and 调高到 are no part of the name ------------------------

@pytest.mark.parametrize("printed", ["百分之六", "百分之八"])
def test_a_rate_raised_from_the_one_first_set_keeps_its_name(printed):
    # 1993
    text = "按调整后的“八五”计划，国民经济增长速度由原定平均每年百分之六调高到百分之八至九。"
    f = fact(text, printed)
    assert (f["indicator"], f["measure"]) == ("国民经济增长速度", "change_pct")  # (the economy's growth, as 经济增长速度)


# -- 包括 heading a name, and a 包括…在内的 frame, are no part of it ----------------------------------------

@pytest.mark.parametrize(("text", "printed", "name"), [
    # 2003
    ("五年来，国有及国有控股企业在境内外新增上市公司442家，累计筹资7436亿元，包括境外筹资352亿美元。", "352亿美元",
     "境外筹资"),
    # 1955 (a frame of what the total includes)
    ("五年内，包括工厂厂房、工人职员宿舍、学校、医院等在内的房屋建筑面积，约有一亿五千万平方公尺。", "一亿五千万平方公尺",
     "房屋建筑面积"),
])
def test_what_a_total_includes_is_no_part_of_its_name(text, printed, name):
    assert fact(text, printed)["indicator"] == name


# -- a count before kinds listed and closed by 等 counts the noun after 等 ----------------------------------

def test_a_count_before_listed_kinds_counts_the_noun_after_them():
    # 2006
    text = ("为推进经济增长方式转变，突出抓了能源资源节约和环境保护，提出了建设资源节约型社会、发展循环经济的任务和政策措施，"
            "启动了178项节能、节水和资源综合利用等重大项目。")
    assert fact(text, "178项")["indicator"] == "节能、节水和资源综合利用等重大项目"


def test_a_count_of_units_of_their_own_before_a_list_keeps_its_noun():
    # 2012: the 中央部门 counted, not the provinces listed after them, named by what they do with them
    text = ("完善公共财政体系特别是预算管理制度，把预算外资金全部纳入预算管理，扩大国有资本经营预算实施范围，深化部门预算改革，"
            "推进政府预算、决算公开，98个中央部门和北京、上海、广东、陕西等省市公开“三公经费”。")
    assert fact(text, "98个")["indicator"] == "公开“三公经费”的中央部门"


# -- a time some years before (五年前) is no name: the level then is of the share before it --------------

@pytest.mark.parametrize("printed", ["百分之五十", "百分之八十"])
def test_a_level_some_years_before_is_of_the_name_before_it(printed):
    # 1993
    text = "总起来说，目前由市场决定价格的比重，已经由五年前的百分之五十左右扩大到百分之八十左右。"
    assert fact(text, printed)["indicator"] == "市场决定价格的比重"


# -- an adverb standing where a name is takes what the change verb of the clause before changes -----------

def test_an_adverb_where_a_name_is_takes_what_the_verb_before_changes():
    # 2004
    text = ("为了建立正常的政府投资机制和稳定的资金来源，在逐年减少国债发行规模的同时，要逐年适当增加中央预算内经常性"
            "建设投资，今年拟先增加50亿元。")
    f = fact(text, "50亿元")
    assert (f["indicator"], f["measure"], f["status"]) == ("中央预算内经常性建设投资", "abs_change", "target")


# -- a figure before 的 and a noun of which a predicate is said measures the noun --------------------------

@pytest.mark.parametrize(("text", "printed", "name"), [
    # 2005
    ("长达4000公里的西气东输管道全线贯通并投入商业运营，三峡工程、西电东送、青藏铁路、南水北调等重大建设取得新进展。",
     "4000公里", "西气东输管道"),
    # 2006: with the quantity printed before the amount
    ("在卫生方面，着力加强公共卫生体系建设和农村卫生工作，近三年，中央和地方投入105亿元，基本建成了覆盖省市县三级的疾病"
     "预防控制体系；总投资为164亿元的突发公共卫生事件医疗救治体系建设进展顺利。", "164亿元",
     "突发公共卫生事件医疗救治体系建设总投资"),
])
def test_a_figure_before_a_noun_and_its_predicate_measures_the_noun(text, printed, name):
    assert fact(text, printed)["indicator"] == name


# -- a share of a whole opening its clause (占X N%的) is of the units after it ------------------------------

def test_a_share_of_a_whole_opening_its_clause_is_of_the_units_after_it(work_reports):
    # 1998 (printed with spaces between the digits: read as the report is)
    f = work_reports.fact_at(1998, "占全国人口6 5 ％的地区基本普及九年义务教育", "6 5")
    assert (f["indicator"], f["comparator"]) == ("基本普及九年义务教育的地区", "全国人口")


# -- N个多月: a duration of over N months ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "printed", "name", "months"), [
    # 1999
    ("去年长江、嫩江和松花江流域发生历史罕见的洪涝灾害，直接经济损失2000多亿元，许多工矿企业停产，长江部分航段中断航运"
     "1个多月，对生产建设和内外贸易造成很大影响。", "1个多月", "长江部分航段中断航运", 1),
])
def test_over_so_many_months_is_a_duration_in_months(text, printed, name, months):
    f = fact(text, printed)
    assert (f["indicator"], f["unit"], f["value"], f["qualifier"]) == (name, "个月", months, "over")


# -- a name cut off by its length limit inside the first word after a joint ends at the joint --------------

def test_a_name_cut_off_inside_a_word_ends_at_the_joint_before_it():
    # 2003
    text = "1999年以来，三次提高机关事业单位职工基本工资标准和离退休人员离退休金，实施年终一次性奖金制度，建立艰苦边远地区津贴制度。"
    assert fact(text, "三次")["indicator"] == "提高机关事业单位职工基本工资标准的次数"


# -- a title a line break runs through (《⏎纲要（草案）⏎》) is one piece of its sentence --------------------

def test_a_title_broken_over_lines_stays_in_its_sentence(work_reports):
    # 2006: 二是关于节能和环保问题。《⏎纲要（草案）⏎》提出了“十一五”期间单位国内生产总值能源消耗降低20%左右、…
    f = work_reports.fact_at(2006, "期间单位国内生产总值能源消耗降低20%左右", "20%")
    assert f["indicator"] == "单位国内生产总值能源消耗"
    assert f["sentence"].startswith("《") and "纲要（草案）" in f["sentence"]


# -- the state spending an amount from a fund is named as any payer is -------------------------------------

def test_the_state_spending_from_a_fund_is_named_by_its_verb():
    # 2004
    text = "今年国家从粮食风险基金中拿出100亿元，直接补贴种粮农民，以调动农民种粮的积极性。"
    # and by the use 直接 opens after it, as by one 主要 or 专项 opens
    assert fact(text, "100亿元")["indicator"] == "补贴种粮农民的国家拿出资金"


# -- a share stated as reaching a part of a whole (已接近X的N%) is named by what reaches it -----------------

def test_a_share_reaching_a_part_of_a_whole_is_named_by_what_reaches_it():
    # 1993
    text = "教育结构有重大调整，职业教育、成人教育迅速发展，中等职业技术学校在校学生已接近高中阶段学生人数的百分之五十。"
    f = fact(text, "百分之五十")
    assert (f["indicator"], f["comparator"], f["qualifier"]) == ("中等职业技术学校在校学生", "高中阶段学生人数", "nearly")


def test_a_share_to_be_raised_to_a_part_of_a_whole_is_named_by_what_reaches_it(work_reports):
    # 1998: 今年，基本普及九年义务教育的地区要增加到全国人口的7 2 ％，再扫除3 5 0 万青壮年文盲。
    f = work_reports.fact_at(1998, "基本普及九年义务教育的地区要增加到全国人口的7 2 ％", "7 2")
    assert (f["indicator"], f["comparator"], f["status"]) == ("基本普及九年义务教育的地区", "全国人口", "target")


def test_a_share_raised_to_a_year_is_of_that_year_not_a_whole(work_reports):
    # 1955: the year after 上升到 is the share's time, no whole
    f = work_reports.fact_at(1955, "上升到一九五二年的百分之二十六点七", "百分之二十六点七")
    assert f["comparator"] == ""


# -- a year heading a clause is its period: before 中央 too, and with the year's end -------------------------

@pytest.mark.parametrize(("text", "printed", "period"), [
    # 2003
    ("发展居民住房、助学等消费信贷，2002年末消费贷款余额达1.07万亿元。", "1.07万亿元", "2002年末"),
    ("各级政府逐年增加社会保障和再就业方面的资金投入，2002年中央财政用于“两个确保”和“低保”的资金达594亿元，是1998年的"
     "6.2倍。", "594亿元", "2002年"),
    ("各级政府逐年增加社会保障和再就业方面的资金投入，2002年中央财政用于“两个确保”和“低保”的资金达594亿元，是1998年的"
     "6.2倍。", "6.2倍", "2002年"),
])
def test_a_year_heading_a_clause_is_its_period(text, printed, period):
    assert fact(text, printed)["period"] == period


# -- 去年 as the base of a comparison (与去年大体持平) is no word of an outcome --------------------------------

def test_last_year_as_a_base_makes_no_outcome_of_a_plan(work_reports):
    # 1992, in the plan for the year
    f = work_reports.fact_at(1992, "货币发行和新增信贷规模与去年大体持平，零售物价上涨幅度控制在百分之六以内", "百分之六")
    assert (f["status"], f["period"]) == ("target", "1992年")


def test_a_budgets_own_total_keeps_its_total_word(work_reports):
    # 1956: 对于少数民族地区，本年预算共支出…元，比１９５５年增长３２．５６％ (预算支出 alone is a completion's base)
    f = work_reports.fact_at(1956, "本年预算共支出７９１，４５９，０００元，比１９５５年增长３２．５６％", "３２．５６")
    assert f["indicator"] == "预算共支出"


# -- what else is done to the things a clause counts, after an actor that does it ------------------------

def test_counts_of_what_else_is_done_to_the_things_counted_after_their_actor():
    # 2003: the actor before the verb (国务院各部门共清理…) no longer hides the things cleaned up
    text = "国务院各部门共清理涉外规章和有关政策规定2300件，废止830件，修订325件。"
    assert fact(text, "830件")["indicator"] == "废止的涉外规章和有关政策规定"
    assert fact(text, "325件")["indicator"] == "修订的涉外规章和有关政策规定"


# -- a demonstrative after a figure names no counted noun; 守住 sets a bound -----------------------------

@pytest.mark.parametrize(("text", "printed", "name", "status"), [
    # 2007: 这条红线 is the bound itself, not what is measured
    ("一定要守住全国耕地不少于18亿亩这条红线。", "18亿亩", "全国耕地", "target"),
])
def test_a_line_held_names_the_thing_bounded(text, printed, name, status):
    got = fact(text, printed)
    assert (got["indicator"], got["status"], got["qualifier"]) == (name, status, "at_least")
