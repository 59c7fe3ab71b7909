"""Names of figures in district, county and city reports, on verbatim sentences of the real excerpts.

Each sentence is copied from a report of ``tests/gold/real/texts`` or the bundled Dongcheng 2020 H1 report
(named in the comment above it); each test states the name, measure or status of one figure of it.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

# -- a name that closes a quotation keeps the quote that opens it ---------------------------------------

@pytest.mark.parametrize(("text", "printed", "name"), [
    # dongcheng_2020_h1
    ("为1000家重点企业配备服务管家,“紫金服务管家团”联系服务企业9689户次,收集解决需求1963项。", "9689户次",
     "“紫金服务管家团”联系服务企业"),
    # beijing_2017_h1
    ("上半年“疏解整治促提升”专项行动整体进度达到60%左右。", "60%", "“疏解整治促提升”专项行动"),
])
def test_quote_opened_before_the_name_is_kept(text, printed, name):
    assert fact(text, printed)["indicator"] == name


# -- a verb paying out a fund is no part of the fund's name ---------------------------------------------

@pytest.mark.parametrize(("text", "printed", "name"), [
    # dongcheng_2020_h1
    ("发放公租房、市场租房、廉租房补贴4500万元,惠及5000余户家庭。", "4500万元", "公租房、市场租房、廉租房补贴"),
    # dongcheng_2020_h1
    ("完善社会救助体系,依托17个困难群众救助服务所推行精准救助,上半年累计发放社会救助资金7630.58万元。",
     "7630.58万元", "社会救助资金"),
    # dongcheng_2020_h1
    ("拨付首批援助资金3090万元用于24个帮扶项目,压茬选派12名干部、20名专业技术人才挂职帮扶,销售受援地区特色农产品约"
     "1700万元,五个受援地区已基本完成脱贫摘帽任务。", "3090万元", "首批援助资金"),
    # chaoyang_2020_h1
    ("协调资金、物资、人员向基层倾斜,投入防控资金7.1亿元,下沉机关干部579", "7.1亿元", "防控资金"),
])
def test_paying_verb_is_no_part_of_a_fund(text, printed, name):
    f = fact(text, printed)
    assert (f["indicator"], f["measure"], f["unit"]) == (name, "level", "元")


def test_a_verb_that_says_what_is_done_with_a_fund_stays():
    # dongcheng_2020_h1: the fund used, not the fund set up, so the verb is part of the name
    text = "设立全市首个总规模3000万元的中小企业风险补偿资金,促成11家企业获得银行贷款7800万元,占用风险补偿资金450万元。"
    assert fact(text, "450万元")["indicator"] == "占用风险补偿资金"


# -- the base of a difference printed after 高于, 低于, 快于 … is its comparator ----------------------------

WANGCANG = ("上半年,制造业增长3.4%,增速较一季度回升14.1个百分点,高于全县规上工业增速2.1个百分点,拉动全县规上工业增加值增速"
            "2.4个百分点;采矿业增加值同比下降4.5%,降幅较一季度收窄16.3个百分点,低于全县规上工业增速5.8个百分点,下拉全县规上"
            "工业增加值增速1.1个百分点;电力、热力、燃气及水生产和供应业下降2.5%,降幅较一季度收窄14.8个百分点,低于全县规上工业"
            "增速3.8个百分点。")


@pytest.mark.parametrize(("text", "printed", "value", "base"), [
    # wangcang_h1_industry: the group compared with, without the rate word after it
    (WANGCANG, "2.1个百分点", 2.1, "全县规上工业"),
    (WANGCANG, "5.8个百分点", -5.8, "全县规上工业"),
    # puyang_m3_budget_table: the average of a class of units keeps its 平均
    ("支出规模位居全省第13位,同比持平;支出增幅高于省辖市平均增幅3.3个百分点,居全省第8位,同比回落6个位次。",
     "3.3个百分点", 3.3, "省辖市平均"),
    # lintao_2024_m2_budget: the even pace of a budget, before 慢
    ("1-2月,全县实现大口径财政收入17056万元,完成预算的16.18%,较均衡进度慢0.48%,较上年同期增收2113万元,增长14.14%。",
     "0.48%", -0.48, "均衡进度"),
])
def test_base_after_higher_or_lower_is_the_comparator(text, printed, value, base):
    f = fact(text, printed)
    assert (f["measure"], f["value"], f["comparator"]) == ("pp_diff", value, base)


def test_a_pull_on_growth_names_no_base():
    # wangcang_h1_industry: 拉动 gives the points a part adds to the whole's growth, not a difference from it
    assert fact(WANGCANG, "2.4个百分点")["comparator"] == ""


# -- an amount paid to the things just counted is no count of them -------------------------------------

@pytest.mark.parametrize(("text", "count", "printed", "name"), [
    # dongcheng_2020_h1
    ("“文菁计划”支持46家文化企业2450万元。", "46家", "2450万元", "支持文化企业资金"),
    # dongcheng_2020_h1
    ("设立专项纾困资金,对疫情期间驻区银企新增贷款进行贴息,直接降低企业融资成本,首批拨付12家企业230余万元。", "12家",
     "230余万元", "拨付企业资金"),
])
def test_amount_paid_to_counted_recipients(text, count, printed, name):
    f = fact(text, printed)
    assert (f["indicator"], f["unit"]) == (name, "元")
    assert fact(text, count)["indicator"].endswith("企业")  # the count still counts the recipients


def test_owner_quantity_after_a_count_keeps_its_owner():
    # wuhou_2023_h1 (constructed fixture of a district report): the owner's output, not a payment to them
    text = "全区46户规上工业企业实现产值138.5亿元，同比增长5.2%，其中电子信息产业产值增长11.4%，智能制造和绿色制造水平持续提升。"
    assert fact(text, "138.5亿元")["indicator"] == "规上工业企业产值"


# -- 实现, 完成 between an owner and its quantity are no part of the name ---------------------------------

@pytest.mark.parametrize(("text", "printed", "name"), [
    # xicheng_m1to5_indicators_table: another place than the report's keeps its name in a sentence alone, where no
    # place of a report tells it from the report's own (in the report the city is the figure's scope)
    ("1-5月,北京市实现社会消费品零售总额5391.9亿元,同比下降7.7%,西城区实现社会消费品零售总额389.9亿元,同比下降8.6%,"
     "占北京市的比重为7.2%。", "5391.9亿元", "北京市社会消费品零售总额"),
    ("1-5月,北京市实现社会消费品零售总额5391.9亿元,同比下降7.7%,西城区实现社会消费品零售总额389.9亿元,同比下降8.6%,"
     "占北京市的比重为7.2%。", "7.7%", "北京市社会消费品零售总额"),
    # xicheng_m1to5_indicators_table: a modifier between the verb and the quantity noun
    ("规模以上工业企业累计完成工业总产值281.5亿元,同比增长4.9%,累计完成工业销售产值281.6亿元,同比增长4.7%,产销率为100.0%,"
     "产销衔接良好。", "281.5亿元", "规模以上工业企业工业总产值"),
    # minhang_sh_2015_bulletin: the chapter heading run into the sentence still goes with its frame
    ("二、农业全年实现农业总产值3.64亿元,比上年下降0.8%。", "3.64亿元", "农业总产值"),
    ("二、农业全年实现农业总产值3.64亿元,比上年下降0.8%。", "0.8%", "农业总产值"),
])
def test_verb_between_owner_and_quantity(text, printed, name):
    assert fact(text, printed)["indicator"] == name


# -- a month with 当月 is that month alone, for its sentence only ---------------------------------------

NEIMENGGU = ("1-8月份,全区规上工业增加值同比增长7.5%,较1-7月份提高0.3个百分点,已连续三个月回升。累计增速高于全国(3.9%)3.6个百分点,"
             "居全国第5位,较上月提升2位。8月当月全区规上工业增速9.7%,环比7月提高0.8个百分点。全区三大门类中,采矿业增加值同比增长"
             "3.7%,较1-7月提高0.2个百分点;制造业增长11.9%,提高0.6个百分点;电力热力燃气及水生产和供应业增长10.6%,提高0.7个百分点。")


@pytest.mark.parametrize(("printed", "period"), [
    ("7.5%", "1-8月"),
    ("9.7%", "8月"),  # neimenggu_2023_m8_industry: the month alone
    ("0.8个百分点", "8月"),
    ("3.7%", "1-8月"),  # the months to August again after that sentence
])
def test_month_of_its_own_holds_in_its_sentence(printed, period):
    assert fact(NEIMENGGU, printed)["period"] == period


# -- a count is named by what its clause says of it: 入选, 一对一 start that predicate ---------------------

@pytest.mark.parametrize(("text", "printed", "name"), [
    # zhongdu_ws_2025_street_h1
    ("实施产业链精准招商,深化核心产业研究,构建动态招商项目库,重点攻坚安吉汽车零部件物流、光通讯智能制造等20余个在谈项目;"
     "推行“项目全周期服务机制”,成功保障奥特莱斯入选2025年省绿色低碳高质量发展重点项目,中粮润远、联民等4个项目入选省现代服务业"
     "重点项目,韵丰数字物流园入选省新型城镇化重点项目;商贸物流区二期工程获批专项债1.5亿元,为经济发展注入强劲动能。",
     "4个", "入选省现代服务业重点项目的项目"),
    # dongcheng_2023_h1: the enterprises something is done for, not what is done
    ("扩充重点服务企业名单至500家,为246家“服务包”企业一对一匹配区领导。", "246家", "“服务包”企业"),
])
def test_count_named_by_its_predicate(text, printed, name):
    assert fact(text, printed)["indicator"] == name


# -- a count whose name ends with 清退, 回迁 is of the things so done ------------------------------------

@pytest.mark.parametrize(("text", "printed", "name"), [
    # dongcheng_2020_h1: the share of them too
    ("有效防范化解金融风险,上半年,全区P2P平台已清退13户,占存量的43.3%,与2019年初相比,借贷余额化解146.47亿元,投资人数减少"
     "43.96万人。", "13户", "已清退的P2P平台"),
    ("有效防范化解金融风险,上半年,全区P2P平台已清退13户,占存量的43.3%,与2019年初相比,借贷余额化解146.47亿元,投资人数减少"
     "43.96万人。", "43.3%", "已清退的P2P平台"),
    # dongcheng_2020_h1
    ("强化区街联动,以招商引资、月度点评督办、税源建设激励3项机制为抓手,借助专业中介、重点楼宇、重大活动,实现精准招商,完成招商引税"
     "22.47亿元;持续推进异地纳税清理,力争实现区级税收50万元以上异地纳税企业回迁50家,形成区级税收2亿元。", "50家",
     "回迁的区级税收50万元以上异地纳税企业"),
])
def test_count_of_things_cleared_or_moved_back(text, printed, name):
    assert fact(text, printed)["indicator"] == name


# -- a group word counting the items of a list (三大优势行业) is no part of its last item -------------------

BEIJING = "优势服务业贡献突出,金融、科技和信息服务业三大优势行业增加值分别增长7.4%、10%和9.3%,对经济增长贡献率合计达49.7%。"


@pytest.mark.parametrize(("printed", "name"), [
    ("7.4%", "金融业增加值"),  # beijing_2017_h1: an item that names no industry takes the last item's industry
    ("10%", "科技服务业增加值"),  # words that make it one the glossary knows (test_list_industry_words_shared.py)
    ("9.3%", "信息服务业增加值"),
])
def test_group_closing_a_list_is_no_part_of_its_last_item(printed, name):
    f = fact(BEIJING, printed)
    assert (f["indicator"], f["measure"], f["dimension"]) == (name, "yoy_pct", "sector")


def test_persons_something_is_done_for_are_named_by_it():
    # dongcheng_2020_h1: no noun after 2600人, so the clause names them (it had no name at all)
    text = "推动基本养老保险、基本医疗保险法定残疾人员全覆盖,为2600人按月发放残疾人自主创业保险补贴。"
    f = fact(text, "2600人")
    assert (f["indicator"], f["unit"]) == ("按月发放残疾人自主创业保险补贴的人", "人")


# -- a final account stated with 决算为 is an outcome, after a plan in the same sentence -----------------

SHANGCHENG = ("区人代会审议通过2021年全区一般公共预算收入预期为2020300万元,全区一般公共预算收入决算为2013817万元,完成预期的99.7%,"
              "增长7.6%,全区一般公共预算收入决算数及主要项目决算数,与向区人代会报告的执行数一致。")


@pytest.mark.parametrize(("printed", "measure", "status"), [
    ("2020300万元", "level", "target"),  # shangcheng_hz_2022_h1_budget: the plan the congress passed
    ("2013817万元", "level", "actual"),
    ("99.7%", "completion_pct", "actual"),
    ("7.6%", "yoy_pct", "actual"),
])
def test_final_account_is_an_outcome(printed, measure, status):
    f = fact(SHANGCHENG, printed)
    assert (f["indicator"], f["measure"], f["status"]) == ("一般公共预算收入", measure, status)


# -- the task or plan of a completion printed without 的 is its comparator -------------------------------

XUANWU = ("上半年,外贸进出口额同比增长29.5%;实际利用外资总额完成1.37亿美元;服务贸易进出口额预计完成2.8亿美元,完成年计划65%;"
          "服务外包执行额完成14.4亿美元,完成年计划51.7%")


@pytest.mark.parametrize(("text", "printed", "name", "base"), [
    (XUANWU, "65%", "服务贸易进出口额", "年计划"),  # xuanwu_nj_2021_h1
    (XUANWU, "51.7%", "服务外包执行额", "年计划"),
    # dongcheng_2020_h1
    ("稳步推进拆违专项行动,截至6月30日,共完成存量违建销账30685平方米,完成市级任务61.4%。", "61.4%", "存量违建销账", "市级任务"),
])
def test_completion_base_without_de(text, printed, name, base):
    f = fact(text, printed)
    assert (f["indicator"], f["measure"], f["comparator"]) == (name, "completion_pct", base)


def test_county_and_district_level_is_one_scope():
    # puyang_m3_budget_table: the row 县区级 is no 区级 row
    text = open(__import__("pathlib").Path(__file__).parent / "gold/real/texts/puyang_m3_budget_table.txt",
                encoding="utf-8").read()
    f = facts(text)
    row = f[f["raw_value"].isin(["59725", "180202"])]
    assert row["scope"].tolist() == ["县区级", "县区级"]


def test_table_cell_keeps_the_scope_of_its_column():
    # lintao_2024_m2_budget: the header line runs into the first row; its last scope word (市级) is no cell's scope
    text = open(__import__("pathlib").Path(__file__).parent / "gold/real/texts/lintao_2024_m2_budget.txt",
                encoding="utf-8").read()
    f = facts(text)
    first = f[f["raw_value"].isin(["89275", "7451", "2186"])]
    assert first["scope"].tolist() == ["", "中央级", "省级"]
    assert first["status"].tolist() == ["target", "actual", "actual"]


# -- bracketed parts that print only their level of government are named by it and their total ----------

@pytest.mark.parametrize(("printed", "name", "relation"), [
    ("7亿元", "全口径税款", ""),  # dongcheng_2020_h1: the level printed after the name goes to its head
    ("3.3亿元", "地方级税款", "part"),
    ("1.4亿元", "区级税款", "part"),
])
def test_scope_parts_named_by_their_total(printed, name, relation):
    text = ("上半年,我区新设市场主体1478户,同比下降36.62%;税收关系迁出企业617户,按2019年上半年在东城区入库税款计算,"
            "共造成税款全口径减收7亿元(地方级3.3亿元、区级1.4亿元)。")
    f = fact(text, printed)
    assert (f["indicator"], f["measure"], f["relation"]) == (name, "abs_change", relation)


# -- an occasion period inside a clause, before a noun, modifies it and is no period ---------------------

@pytest.mark.parametrize(("text", "printed"), [
    # dongcheng_2020_h1
    ("加强疫情期间企业服务,区级领导走访服务企业192家,收集需求217条,目前办结率达93%。", "192家"),
    ("落实全市疫情期间支持中小微企业政策,出台42条、16条及新10条政策,各项政策梯度推进。", "42条"),
])
def test_occasion_period_inside_a_clause_is_no_period(text, printed):
    assert fact(text, printed)["period"] != "疫情期间"


def test_occasion_period_opening_a_sentence_is_its_period():
    # dongcheng_2020_h1
    text = "春节期间统筹1028万元走访慰问低保家庭、特困供养人员等困难人群。"
    assert fact(text, "1028万元")["period"] == "春节期间"


def test_time_of_writing_holds_in_its_sentence_in_a_half_year_report(bundled_facts):
    # dongcheng_2020_h1 (the bundled report): 目前 is of its sentence; the next one is of the report's half-year
    f = bundled_facts
    sentence = f["sentence"].astype(str)
    now = f[sentence.str.startswith("建立中小微企业数据库") & (f["raw_value"] == "5")]
    after = f[sentence.str.startswith("组织283家企业参加") & (f["raw_value"] == "283")]
    assert now["period"].tolist() == ["目前"]
    assert after["period"].tolist() == ["上半年"]


def test_occasion_period_holds_in_its_sentence_in_a_half_year_report(bundled_facts):
    # dongcheng_2020_h1 (the bundled report): 春节期间 opens one sentence; the next is of the half-year again
    f = bundled_facts
    sentence = f["sentence"].astype(str)
    assert f[sentence.str.startswith("春节期间统筹")]["period"].tolist() == ["春节期间"]
    assert f[sentence.str.startswith("推动基本养老保险")]["period"].tolist() == ["上半年"]


@pytest.mark.parametrize(("text", "printed", "name"), [
    # dongcheng_2020_h1: the work done on the things counted is no part of what is counted
    ("推进“百日千万网络招聘专项行动”,扎实开展7个就业基础薄弱社区帮扶工作,全面提升公共就业服务水平。", "7个", "就业基础薄弱社区"),
    ("推进“五力引航·东城区社区治理能力提升”试点项目实施,塑造多维立体的“东城社工”品牌,完成9个社区协商议事厅示范点和26个"
     "楼门院治理示范点创建工作。", "26个", "楼门院治理示范点"),
])
def test_work_on_the_counted_things_is_no_part_of_them(text, printed, name):
    assert fact(text, printed)["indicator"] == name
