"""Names of amounts a payer pays and of counts a verb completes, on verbatim sentences of real reports.

An amount is named by what is paid, never by the verb paying it, whichever side of the amount the noun stands
on; a payer that is a budget stays before it, its share of what all pay (``今年中央财政安排“三农”支出5625亿元`` →
``中央财政“三农”支出``, as the next report names the outcome; the mirror ``中央财政今年再安排1300亿元灾后重建资金``
→ ``中央财政灾后重建资金``), a payer that is no budget or issues what it pays goes (国务院增发1000亿元财政债券 →
``财政债券``); a count whose
name ends with the verb that completes the things counted is named, like any count, by what its clause
says of them (``已开工的区重点项目``). The report and year of each sentence are in the comment.
"""

from __future__ import annotations

import pytest
from _sentences import fact

# -- payer + verb + amount + noun: the noun, whatever the verb -----------------------------------------

@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 1999
    ("针对这种情况，中央果断决定实施积极的财政政策，经全国人大常委会批准调整预算后，国务院增发1000亿元财政债券，"
     "重点用于增加基础设施建设投资。", "1000亿元", "财政债券"),
    # national work report 1999 (a period before the payer; the purpose after the noun is no part of it)
    ("去年财政增发1000亿元国债加强基础设施建设，银行也相应增加了贷款，但全年货币发行还比年初计划少了近500亿元；"
     "社会商品零售价格和消费价格的总水平都比上年下降。", "1000亿元", "国债"),
    # national work report 2009: the payer who permits another to issue is no name; the bonds, named only so, are
    # the issuer's
    ("为弥补财政减收增支形成的缺口，拟安排中央财政赤字7500亿元，比上年增加5700亿元，同时国务院同意地方发行2000亿元债券，"
     "由财政部代理发行，列入省级预算管理。", "2000亿元", "地方债券"),
])
def test_an_issuing_payer_and_its_verb_are_no_name(text, printed, name):
    assert fact(text, printed)["indicator"] == name


# -- budget + verb + noun + amount: the budget and the noun, and the figures after it keep them; a payer that is no
# budget (中央下达) is no part of the name ------------------------------

@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 2006
    ("今年中央财政安排科技投入716亿元，比上年增长19.2%，地方和企业也都要增加科技投入。", "716亿元", "中央财政科技投入"),
    ("今年中央财政安排科技投入716亿元，比上年增长19.2%，地方和企业也都要增加科技投入。", "19.2%", "中央财政科技投入"),
    # national work report 2006
    ("中央和地方财政安排专项资金70多亿元，对592个重点贫困县1700万名贫困家庭学生免除学杂费、免费提供教科书和"
     "补助寄宿生生活费，还为中西部地区1700多万名贫困家庭学生免费提供教科书，许多辍学儿童重新回到学校。",
     "70多亿元", "中央和地方财政专项资金"),
    # national work report 2010
    ("全面落实城乡义务教育政策，中央下达农村义务教育经费666亿元，提前一年实现农村中小学生人均公用经费500元和"
     "300元的目标。", "666亿元", "农村义务教育经费"),
    # national work report 2006: a list of what is paid, the change after it too
    ("去年中央财政安排国有企业下岗职工基本生活保障专项补助、再就业补助209亿元，比上年增加29亿元。", "209亿元",
     "中央财政国有企业下岗职工基本生活保障专项补助、再就业补助"),
    ("去年中央财政安排国有企业下岗职工基本生活保障专项补助、再就业补助209亿元，比上年增加29亿元。", "29亿元",
     "中央财政国有企业下岗职工基本生活保障专项补助、再就业补助"),
])
def test_a_budget_before_what_it_pays_stays_and_its_verb_goes(text, printed, name):
    r = fact(text, printed)
    assert r["indicator"] == name
    assert "subject_carried" not in str(r["flags"])


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 2008: no noun after the amount, the actor's amount, for the use printed after it (README)
    ("今年中央财政将安排832亿元，比上年增加167亿元，支持卫生事业改革和发展，重点向农村和基层倾斜。", "832亿元",
     "支持卫生事业改革和发展的中央财政安排资金"),
    ("今年中央财政将安排832亿元，比上年增加167亿元，支持卫生事业改革和发展，重点向农村和基层倾斜。", "167亿元",
     "支持卫生事业改革和发展的中央财政安排资金"),
    # national work report 2012: a generic fund noun names nothing without its payer
    ("中央财政安排资金1713亿元，是2010年的2.2倍，全年城镇保障性住房基本建成432万套，新开工建设1043万套。",
     "1713亿元", "中央财政安排资金"),
    # national work report 2010
    ("中央财政投入资金450亿元，补贴家电汽车摩托车下乡、汽车家电以旧换新和农机具购置。", "450亿元", "中央财政投入资金"),
    # national work report 2006: the verb names what is spent, the purpose opening the sentence what it is spent on
    # (为…的需要: the need is no part of it)
    ("为保证基层政权正常运转和农村义务教育的需要，从今年起，国家财政将每年安排支出1030多亿元，其中中央财政转移支付"
     "每年将达到780多亿元，地方财政每年将安排支出250多亿元。", "1030多亿元", "保证基层政权正常运转和农村义务教育的国家财政安排支出"),
    ("为保证基层政权正常运转和农村义务教育的需要，从今年起，国家财政将每年安排支出1030多亿元，其中中央财政转移支付"
     "每年将达到780多亿元，地方财政每年将安排支出250多亿元。", "250多亿元", "保证基层政权正常运转和农村义务教育的地方财政安排支出"),
])
def test_a_payer_stays_when_nothing_but_its_verb_or_a_fund_word_names_the_amount(text, printed, name):
    assert fact(text, printed)["indicator"] == name


def test_a_count_a_government_hands_down_keeps_its_words():
    # dongcheng_2020_h1 (bundled report): the examples listed before 等 kept too
    text = "东单体育中心、望坛周边市政道路、东四织补地块、龙潭中湖等8个市政府下达的重点项目全部如期开工。"
    assert fact(text, "8个")["indicator"] == "东单体育中心、望坛周边市政道路、东四织补地块、龙潭中湖等市政府下达的重点项目"


# -- a count whose name ends with the verb that completes what is counted --------------------------------

@pytest.mark.parametrize(("text", "printed", "name"), [
    # dongcheng_2019_h1: a part of the 26, not the 26
    ("26个区重点项目中已开工19个,完成年度投资计划的51.2%。", "19个", "已开工的区重点项目"),
    # national work report 2012
    ("中央财政安排资金1713亿元，是2010年的2.2倍，全年城镇保障性住房基本建成432万套，新开工建设1043万套。",
     "432万套", "基本建成的城镇保障性住房"),
    # dongcheng_2020_q1q3: the quote opened before the figure
    ("背街小巷环境精细化整治提升任务425条已完成312条，完成率73.4%；44个“美丽院落”已建成30个。", "30个",
     "已建成的“美丽院落”"),
    # dongcheng_2023_h1: a stock, without the word that accumulates it
    ("推进新型基础设施建设,5G宏基站累计建成2136个,已投入使用2018个。", "2136个", "建成的5G宏基站"),
    # dongcheng_2020_h1 (bundled report): the verb after the counted noun
    ("充分调动产权方、投资方、运营方等市场主体以及居民群众、社会组织等各方力量参与街区更新工作,加快推进8个重点街区"
     "与15个试点街区项目落地。", "15个", "落地的试点街区项目"),
    # chaoyang_2020_fy_plan
    ("落实市委、市政府2021年1号文件，全年完成固定资产投资1157.7亿元，其中重大项目投资不低于650亿元，新开工重点项目"
     "45个，推动CBD东扩区12个项目落地。", "12个", "落地的项目"),
])
def test_a_count_completed_is_named_by_the_verb_and_the_things(text, printed, name):
    r = fact(text, printed)
    assert r["indicator"] == name
    assert "subject_carried" not in str(r["flags"])


def test_an_adverb_before_a_completion_verb_is_no_thing_counted():
    # national work report 2014
    text = "新开工保障性安居工程666万套，基本建成544万套，上千万住房困难群众乔迁新居。"
    assert not fact(text, "544万套")["indicator"].startswith("建成的")


def test_the_completion_count_does_not_name_the_share_after_it():
    # dongcheng_2019_h1
    r = fact("26个区重点项目中已开工19个,完成年度投资计划的51.2%。", "51.2%")
    assert r["measure"] == "completion_pct" and "开工" not in r["indicator"]


@pytest.mark.parametrize(("text", "printed", "name"), [
    # dongcheng_2020_h1 (bundled report): the part of the set counted in the clause before, not the planned ones
    ("推进5G基础设施规划及建设,目前辖区内规划建设5G宏基站1584个,已投入使用765个。", "765个", "已投入使用的5G宏基站"),
    # xicheng_2020_h1
    ("推进5G基础设施建设,规划建设5G基站1320个,已开通使用684个。", "684个", "已开通使用的5G基站"),
    # tianhe_2021_q1
    ("区重点项目182个,已开工128个,开工率70.3%;新开工项目21个。", "128个", "已开工的区重点项目"),
    # national work report 2014: the set's own verb (新开工) is no part of the part's name
    ("新开工保障性安居工程666万套，基本建成544万套，上千万住房困难群众乔迁新居。", "544万套", "基本建成的保障性安居工程"),
])
def test_a_count_that_only_says_what_a_part_of_the_set_before_has_done_names_that_part(text, printed, name):
    r = fact(text, printed)
    assert r["indicator"] == name
    assert "subject_carried" not in str(r["flags"])


# -- a part of a set counted before it: 有 N + what the clause says of the part -----------------------------

@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 1986
    ("这五年共取得重要科研成果三万三千项，有九百三十七项获得国家科技发明奖，其中一部分居于世界领先地位或达到世界先进水平。",
     "九百三十七项", "获得国家科技发明奖的重要科研成果"),
    # national work report 1956: the predicate as printed
    ("在本年的４５种主要工业产品中，有３７种完成了或者超额地完成了计划。", "３７种", "完成了或者超额地完成了计划的主要工业产品"),
    # chaoyang_2020_h1
    ("全区37个重点工程项目中,已有29个实现开复工,开复工率78.4%。", "29个", "实现开复工的重点工程项目"),
    # shijingshan_2022_h1: the set before 中 in the figure's own clause
    ("部分中小微企业经营困难,调查显示近四成企业营业收入同比下降;重点项目中有7个存在征拆难题,高井热电厂周边地块等3个项目"
     "进度滞后。", "7个", "存在征拆难题的重点项目"),
])
def test_a_part_of_a_set_is_named_by_what_it_does_and_the_set(text, printed, name):
    r = fact(text, printed)
    assert r["indicator"] == name
    assert "subject_carried" not in str(r["flags"])


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 1986: the set itself keeps its name
    ("这五年共取得重要科研成果三万三千项，有九百三十七项获得国家科技发明奖，其中一部分居于世界领先地位或达到世界先进水平。",
     "三万三千项", "重要科研成果"),
    # dongcheng_2020_h1 (bundled report): no predicate in the figure's clause
    ("全区P2P机构仍有17家,涉及借贷余额475亿元,投资人54.24万人。", "17家", "P2P机构"),
    # national work report 1958: 是 says what they are, not what they do
    ("地方建设的三十二个项目，有三十一个是煤矿，其中新开工矿井的设计能力为年产煤七百零一万吨。", "三十一个", "地方建设的项目"),
])
def test_a_count_with_no_predicate_of_a_part_keeps_its_name(text, printed, name):
    assert fact(text, printed)["indicator"] == name


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 2004: the central budget's amount, named by its use
    ("为支持农村税费改革，今年中央财政拿出396亿元用于转移支付。", "396亿元", "用于转移支付的中央财政拿出资金"),
    # constructed regression fixtures: a district's, city's or county's budget or government pays as the central
    # budget does, and is no name of what it pays
    ("今年区财政拿出5000万元用于老旧小区改造。", "5000万元", "用于老旧小区改造的区财政拿出资金"),
    ("今年市财政安排5000万元，用于老旧小区改造。", "5000万元", "用于老旧小区改造的市财政安排资金"),
    ("县财政安排3000万元。", "3000万元", "县财政安排资金"),
    ("区政府将投入3亿元。", "3亿元", "区政府投入"),
])
def test_a_local_budget_is_a_payer_as_the_central_one_is(text, printed, name):
    assert fact(text, printed)["indicator"] == name


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 2004: a payer's spending, named by the purpose opening its sentence (为继续…: 继续 is no
    # part of it), not the payer's whole spending
    ("为继续落实“两个确保”和“三条保障线”，2003年中央财政支出700亿元，比上年增长19.9%；其中用于城市居民最低生活保障的"
     "补助资金由上年46亿元增加到92亿元。", "700亿元", "落实“两个确保”和“三条保障线”的中央财政支出"),
    ("为继续落实“两个确保”和“三条保障线”，2003年中央财政支出700亿元，比上年增长19.9%；其中用于城市居民最低生活保障的"
     "补助资金由上年46亿元增加到92亿元。", "19.9%", "落实“两个确保”和“三条保障线”的中央财政支出"),  # (its growth: the same name)
    # national work report 2007: 为此 points back to the programme, which names the amount before the purpose does
    ("一是从今年新学年开始，在普通本科高校、高等职业学校和中等职业学校建立健全国家奖学金、助学金制度，为此中央财政支出将由"
     "上年18亿元增加到95亿元，明年将安排200亿元，地方财政也要相应增加支出。", "95亿元", "国家奖学金、助学金制度的中央财政支出"),
])
def test_a_payers_spending_is_named_by_the_purpose_before_it(text, printed, name):
    assert fact(text, printed)["indicator"] == name


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 2004: special subsidy funds named only by their payer, named by the use after them
    ("中央财政新增47亿元专项补助资金，用于支持就业再就业。", "47亿元", "用于支持就业再就业的中央财政专项补助资金"),
    # national work report 2009: plain subsidy funds keep their name (the clause after says what to do with them)
    ("做好“家电下乡”、“农机下乡”、“汽车、摩托车下乡”等工作，把中央财政的400亿元补贴资金用好用活，使企业增加销售、农民得到实惠。",
     "400亿元", "中央财政补贴资金"),
])
def test_special_subsidy_funds_are_named_by_their_use(text, printed, name):
    assert fact(text, printed)["indicator"] == name


@pytest.mark.parametrize(("text", "printed", "name", "key", "comparator"), [
    # national work report 2008: the country's budget as the actor of 超收 (a guard: its name is kept)
    ("去年全国财政比年度预算超收7239亿元，其中中央财政超收4168亿元。", "7239亿元", "全国财政收入", "general_budget_revenue",
     "年度预算"),
    # district-shaped (预算执行情况的报告): the report's own place before 财政 is dropped as every place of the report
    # is; the budget left is still the actor, and 超收, 增收, 增支 name what it collects or spends, not 财政
    ("全市财政超收12亿元。", "12亿元", "财政收入", "general_budget_revenue", "预算"),
    ("全区财政增收12亿元，增长5%。", "12亿元", "财政收入", "general_budget_revenue", ""),
    ("全区财政增支3亿元。", "3亿元", "财政支出", "general_budget_expenditure", ""),
])
def test_a_budget_after_the_reports_place_names_what_it_changes(text, printed, name, key, comparator):
    f = fact(text, printed)
    assert (f["indicator"], f["indicator_key"], f["comparator"]) == (name, key, comparator)
