"""Names, measures and statuses of figures in sentences of the State Council government work reports.

Each sentence is copied verbatim from the work-report corpus (the year of the report in the comment);
each test names the rule it pins and asserts the fields a reading by eye found wrong.
"""

from __future__ import annotations

from _sentences import fact_printed as fact
from _sentences import facts
from _work_reports import WorkReports

import dhcheng_analysis as dh

REPORTS = WorkReports()




# -- a place noun keeps the bracket of the kinds of place it stands for ------------------------------

def test_bracket_of_kinds_after_a_counted_place_is_part_of_its_name():
    # 2006
    s = "28个省（区、市）、2300个县（市）已初步建立社会救助体系的基本框架。"
    assert fact(s, "28")["indicator"] == "已初步建立社会救助体系的基本框架的省（区、市）"
    assert fact(s, "2300")["indicator"] == "已初步建立社会救助体系的基本框架的县（市）"
    # 2005: the provinces the reform is extended to, the bracket kept
    assert fact("农村信用社改革扩大到29个省（自治区、直辖市）。", "29")["indicator"] == "农村信用社改革扩大到的省（自治区、直辖市）"


def test_bracket_of_kinds_stays_in_a_count_named_by_its_clause():
    # 2012
    r = fact("2147个县（市、区）实施城镇居民社会养老保险试点，1334万人参保，641万人领取养老金。", "2147")
    assert r["indicator"] == "实施城镇居民社会养老保险试点的县（市、区）"
    # 2006
    r = fact("28个省（区、市）全部免征了农业税，全国取消了牧业税。", "28")
    assert r["indicator"] == "全部免征了农业税的省（区、市）"


# -- persons counted by a bare magnitude end at the word for the persons ------------------------------

def test_persons_counted_after_a_bare_magnitude_end_at_the_word_for_them():
    # 2018: the noun ends at 人口; what they become (成为), as where they settle (落户), says which are counted
    r = fact("城镇化率从52.6%提高到58.5%，8000多万农业转移人口成为城镇居民。", "8000")
    assert (r["indicator"], r["unit"], r["qualifier"]) == ("成为城镇居民的农业转移人口", "人", "over")
    # 2021: the noun ends at 毕业生; 顺利 opens what they did, as 成为 does
    assert (fact("广泛开展线上教学，秋季学期实现全面复学，1000多万高中毕业生顺利完成高考。", "1000")["indicator"]
            == "顺利完成高考的高中毕业生")
    # 2023: the noun ends at 人口; the place and the verb after it say which of them are counted
    assert fact("分类放宽或取消城镇落户限制，十年1.4亿农村人口在城镇落户。", "1.4")["indicator"] == "城镇落户的农村人口"


def test_persons_whose_problem_is_solved_are_named_by_the_problem_with_or_without_de():
    # 2011
    r = fact("农业农村基础设施加快建设，完成7356座大中型和重点小型水库除险加固，解决2.15亿农村人口饮水安全问题，"
             "农民的日子越过越好，农村发展进入一个新时代。", "2.15")
    assert r["indicator"] == "解决饮水安全问题的农村人口"
    # 2007: the verb after the persons
    r = fact("农村道路、水利、电力、通信等基础设施建设得到加强，又有 2897万农村人口解决了安全饮水问题，新增450万农村沼气用户，"
             "农民的生产生活条件继续改善。", "2897")
    assert r["indicator"] == "解决安全饮水问题的农村人口"
    # 2015: 得到解决
    r = fact("人民生活有新的改善，全国居民人均可支配收入实际增长8%，快于经济增长；农村居民人均可支配收入实际增长9.2%，"
             "快于城镇居民收入增长；农村贫困人口减少1232万人；6600多万农村人口饮水安全问题得到解决；出境旅游超过1亿人次。", "6600")
    assert (r["indicator"], r["qualifier"]) == ("解决饮水安全问题的农村人口", "over")


# -- a spending verb with no payer before what is paid is no part of its name ------------------------

def test_spending_verb_with_no_payer_is_no_part_of_the_name():
    # 2018
    s = "今年安排地方专项债券1.35万亿元，比去年增加5500亿元，优先支持在建项目平稳建设，合理扩大专项债券使用范围。"
    assert fact(s, "1.35")["indicator"] == "地方专项债券"
    assert (fact(s, "5500")["indicator"], fact(s, "5500")["measure"]) == ("地方专项债券", "abs_change")
    # 2023: a phrase before the verb
    s = ("提前实施部分“十四五”规划重大工程项目，加快地方政府专项债券发行使用，依法盘活用好专项债务结存限额，"
         "分两期投放政策性开发性金融工具7400亿元，为重大项目建设补充资本金。")
    assert fact(s, "7400")["indicator"] == "政策性开发性金融工具"
    # 2022
    assert fact("今年安排中央本级支出增长3.9%，其中中央部门支出继续负增长。", "3.9")["indicator"] == "中央本级支出"


# -- a change under a frame of several years is a change over those years ----------------------------

def test_a_bare_change_under_a_five_year_frame_is_a_change_over_the_span():
    # 2023: under 一、过去一年和五年工作回顾 … 过去五年极不寻常
    _, f = REPORTS[2023]
    for printed, value in (("40", 40.0), ("8.1", -8.1), ("14.1", -14.1)):
        r = f[(f["raw_value"] == printed) & f["sentence"].str.startswith(("发电装机容量增长", "单位国内生产总值能耗下降8.1%"))]
        assert len(r) == 1
        r = r.iloc[0]
        assert (r["measure"], r["value"], r["period"]) == ("change_pct", value, "2018-2022年")
        assert "multi_year" in r["flags"] and r["comparator"] == "过去五年"  # the span as the frame prints it


def test_a_change_against_last_year_under_a_span_frame_stays_year_on_year():
    # 1993: 比上年 names the base
    _, f = REPORTS[1993]
    r = f[f["sentence"] == "国民经济实现了快速增长，国民生产总值比上年增长百分之十二点八。"].iloc[0]
    assert (r["measure"], r["comparator"]) == ("yoy_pct", "上年")


# -- debris at the end of a name: a verb with its 了, 连续 before a span of years ----------------------

def test_a_verb_with_its_perfective_particle_is_no_part_of_the_name():
    # 1998 (the digits spaced as printed)
    _, f = REPORTS[1998]
    r = f[f["sentence"].str.startswith("广播和电视的人口覆盖率都达到了")]
    assert r[["indicator", "measure", "qualifier"]].values.tolist() == [
        ["广播的人口覆盖率", "rate_pct", "at_least"], ["电视的人口覆盖率", "rate_pct", "at_least"]]


def test_continuously_before_a_span_of_years_is_no_part_of_the_name():
    # 2011
    r = fact("贸易顺差连续两年下降，2010年比上年减少6.4%。", "6.4")
    assert (r["indicator"], r["measure"], r["value"]) == ("贸易顺差", "yoy_pct", -6.4)


# -- a sub-heading that sets a goal (推动…取得新突破) reviews nothing ------------------------------------

def test_a_goal_heading_in_the_plan_part_keeps_its_figures_targets():
    # 2014: 三、2014年重点工作 / （一）推动重要领域改革取得新突破
    _, f = REPORTS[2014]
    r = f[f["sentence"] == "今年要再取消和下放行政审批事项200项以上。"].iloc[0]
    assert (r["status"], r["period"]) == ("target", "2014年")
    # 2016: 三、2016年重点工作 / （六）加大环境治理力度，推动绿色发展取得新突破
    _, f = REPORTS[2016]
    r = f[f["sentence"] == "全面推广车用燃油国五标准，淘汰黄标车和老旧车380万辆。"].iloc[0]
    assert (r["status"], r["period"]) == ("target", "2016年")


# -- 人均 after the verb that changes a figure is its basis --------------------------------------------

def test_per_capita_after_the_change_verb_is_no_part_of_the_name():
    # 2014
    r = fact("完善政府、单位和个人合理分担的基本医疗保险筹资机制，城乡居民基本医保财政补助标准提高到人均320元。", "320")
    assert (r["indicator"], r["value"], r["unit"]) == ("城乡居民基本医保财政补助标准", 320.0, "元")
    r = fact("基本医保总体实现全覆盖，城乡居民基本医保财政补助标准增加到人均280元。", "280")
    assert r["indicator"] == "城乡居民基本医保财政补助标准"


# -- the head noun a 分别 list prints once after its last item is every item's ------------------------

def test_a_list_shares_the_head_noun_printed_after_its_last_item():
    # 2009
    s = "各项社会保险覆盖面继续扩大，城镇职工基本养老保险、基本医疗保险参保人数分别增加1753万和2028万，失业、工伤、生育保险参保人数继续增加。"
    assert fact(s, "1753")["indicator"] == "城镇职工基本养老保险参保人数"
    # (城镇职工 is written once for both insurances: the urban employees' medical insurance, not every basic one)
    assert fact(s, "2028")["indicator"] == "城镇职工基本医疗保险参保人数"
    # 2012
    s = "继续提高粮食最低收购价，今年小麦、稻谷最低收购价平均每50公斤分别提高7.4元和16元。"
    assert (fact(s, "7.4")["indicator"], fact(s, "16")["indicator"]) == ("小麦最低收购价", "稻谷最低收购价")
    # 2025
    s = "居民医保和基本公共卫生服务经费人均财政补助标准分别再提高30元和5元。"
    assert fact(s, "30")["indicator"] == "居民医保人均财政补助标准"
    # 2023
    s = "森林覆盖率达到24%，草原综合植被盖度和湿地保护率均达50%以上，水土流失、荒漠化、沙化土地面积分别净减少10.6万、3.8万、3.3万平方公里。"
    assert [fact(s, v)["indicator"] for v in ("10.6", "3.8", "3.3")] == [
        "水土流失土地面积", "荒漠化土地面积", "沙化土地面积"]
    s = "推进通关便利化，进口、出口通关时间分别压减67%和92%，进出口环节合规成本明显下降。"
    assert fact(s, "67")["indicator"] == "进口通关时间"


def test_a_comma_before_a_figure_of_another_kind_ends_a_list():
    # 2017
    s = "强化大气污染治理，二氧化硫、氮氧化物排放量分别下降5.6%和4%，74个重点城市细颗粒物（PM2.5）年均浓度下降9.1%。"
    assert (fact(s, "5.6")["indicator"], fact(s, "4")["indicator"]) == ("二氧化硫排放量", "氮氧化物排放量")
    r = fact(s, "74")
    assert (r["measure"], r["value"], r["unit"]) == ("level", 74.0, "个")


# -- a span of more than so many years is no figure -------------------------------------------------

def test_a_span_of_more_than_so_many_years_is_no_figure():
    for s in ("在全国范围内取消了农业税和农业特产税，终结了延续2600多年农民种田交税的历史。",  # 2007
              "中国改革开放30多年的辉煌成就，就是广大干部群众干出来的。",  # 2016
              "去年全球通胀达到40多年来新高，国内价格稳定面临较大压力。"):  # 2023
        assert facts(s).empty, s
        m = dh.mentions(s)
        assert list(m["role"].astype(str)) == ["period"], s
    # years as a quantity stay a figure
    r = fact("新增劳动力平均受教育年限从13.5年提高到14年。", "14")
    assert (r["value"], r["unit"]) == (14.0, "年")


# -- a sentence that opens with 去年 speaks of that year, under a frame of five ----------------------

def test_a_sentence_opening_with_last_year_takes_that_year_under_a_span_frame():
    # 2011: in 一、“十一五”时期经济社会发展取得巨大成就, after 这五年，…
    _, f = REPORTS[2011]
    r = f[f["sentence"] == "去年对外贸易总额达到2.97万亿美元，开放型经济水平快速提升。"].iloc[0]
    assert (r["indicator"], r["period"], r["status"]) == ("对外贸易总额", "2010年", "actual")


def test_a_heading_naming_the_year_reviewed_and_the_year_planned_sets_the_year_reviewed():
    # 1999: 一、1998年工作回顾和1999年工作的总体要求
    _, f = REPORTS[1999]
    r = f[f["sentence"].str.startswith("农村居民人均纯收入，考虑价格下降因素，比上年实际增长4·3％")]
    assert list(r["period"]) == ["1998年", "1998年"]


# -- the A of 由A到B under a review frame is of the year before the frame ----------------------------

def test_the_from_value_under_a_five_year_frame_is_of_the_year_before_the_span():
    # 2023: 过去五年…
    _, f = REPORTS[2023]
    r = f[f["sentence"] == "常住人口城镇化率从60.2%提高到65.2%，乡村振兴战略全面实施。"]
    assert list(r["period"]) == ["2017年", "2022年"]
    # 1997: a review of 1996
    _, f = REPORTS[1997]
    r = f[f["sentence"] == "组建城市合作银行的大中城市，由３５个增加到１００个，农村金融改革全面启动。"]
    assert list(r["period"]) == ["1995年", "1996年"]


def test_the_from_value_after_a_sentence_year_or_of_plan_periods_takes_no_frame():
    # 2013: a year printed before it in the sentence, by the move before (从2007年底的8.4%提升到去年底的13.3%)
    _, f = REPORTS[2013]
    r = f[f["sentence"].str.contains("不良贷款率由6.1%下降到") & (f["raw_value"] == "6.1")].iloc[0]
    assert r["period"] == "2007年底"
    # 1986: averages of two five-year periods, A of the period compared with, not of the frame held before
    _, f = REPORTS[1986]
    r = f[f["sentence"].str.startswith("“六五”时期同“五五”时期相比，我国粮食的年平均产量由")].iloc[0]
    assert r["period"] == "1976-1980年"


def test_a_value_reached_with_a_qualifier_after_the_to_word_is_of_the_frames_last_year():
    # 2003: 五年来 … 增加到近22平方米
    _, f = REPORTS[2003]
    r = f[f["sentence"].str.startswith("城镇居民人均住房建筑面积由17.8平方米增加到近22平方米")]
    assert list(r["period"]) == ["1997年", "2002年", "1997年", "2002年"]
    assert list(r["qualifier"]) == ["exact", "nearly", "exact", "exact"]


def test_a_connective_heading_a_clause_is_no_part_of_the_name():
    # 2003
    s = ("五年全社会固定资产投资累计完成17.2万亿元，特别是发行6600亿元长期建设国债，带动银行贷款和其他社会资金形成3.28万亿元的投资规模，"
         "办成不少多年想办而没有力量办的大事。")
    assert fact(s, "6600")["indicator"] == "长期建设国债"


def test_a_rank_moved_to_after_a_move_verb_is_a_rank():
    # 2008
    s = "2007年进出口总额达到2.17万亿美元，从世界第六位上升到第三位。"
    r = fact(s, "第三")
    assert (r["indicator"], r["measure"], r["value"], r["comparator"]) == ("进出口总额", "rank", 3.0, "世界")
    assert fact(s, "第六")["measure"] == "rank"


def test_units_counted_after_an_added_amount_name_it():
    # 2008
    s = "今年要再解决3200万农村人口的安全饮水问题，增加500万农村沼气用户，支持建设一批大中型沼气项目。"
    assert fact(s, "3200")["indicator"] == "解决安全饮水问题的农村人口"
    r = fact(s, "500")
    # the users added, a level named with 新增 as 增加放映队２，７２９个 is
    assert (r["indicator"], r["measure"], r["unit"]) == ("新增农村沼气用户", "level", "户")


def test_persons_whose_problem_is_solved_after_a_bare_person_unit_or_a_place():
    # 2009
    s = "再解决6000万人安全饮水问题，增加500万沼气用户，继续加强农村电网、邮政通信和社会事业等基础建设。"
    assert fact(s, "6000")["indicator"] == "解决安全饮水问题的人口"
    # 2014
    s = "全面完成1.5万座小型水库除险加固，新解决农村6300多万人饮水安全问题。"
    assert fact(s, "6300")["indicator"] == "解决饮水安全问题的农村人口"


# -- a count named only by what is done to the things counted before it -----------------------------

def test_a_count_named_by_its_verb_only_takes_the_things_counted_before_it():
    # 2015
    s = "新开工保障性安居工程740万套，基本建成511万套。"
    assert fact(s, "511")["indicator"] == "基本建成的保障性安居工程"
    # 2013
    s = "今年城镇保障性住房基本建成470万套、新开工630万套，继续推进农村危房改造。"
    assert fact(s, "630")["indicator"] == "新开工的城镇保障性住房"
    # 2003
    s = ("五年间，国务院提出法律议案50件，颁布行政法规150件；适应发展社会主义市场经济和加入世贸组织的要求，"
         "对2000年底以前发布的756件行政法规进行全面清理，废止71件，宣布失效80件。")
    assert (fact(s, "71")["indicator"], fact(s, "80")["indicator"]) == ("废止的行政法规", "宣布失效的行政法规")


def test_a_time_cut_or_extended_to_a_value_is_named_without_the_verb():
    # 2023: 过去五年…
    _, f = REPORTS[2023]
    r = f[f["raw_value"] == "120"].iloc[0]
    assert (r["indicator"], r["period"], r["qualifier"]) == ("工程建设项目全流程审批时间", "2022年", "at_most")
    # 2025
    r = fact("扩大单方面免签国家范围，过境免签境内停留时间延长至240小时，入境旅游持续升温。", "240")
    assert r["indicator"] == "过境免签境内停留时间"


def test_percentage_points_with_their_over_inside_the_unit():
    # 2013
    s = ("我们积极应对外部环境的急剧变化，及时出台稳定外需的政策措施，实施市场多元化战略，进出口总额年均增长12.2%，"
         "从世界第三位提升到第二位，其中出口额跃居世界第一位，占国际市场份额比2007年提高2个多百分点，进出口结构优化，"
         "贸易大国地位进一步巩固。")
    r = fact(s, "2")
    assert (r["measure"], r["unit"], r["value"], r["qualifier"], r["comparator"]) == ("pp_diff", "pp", 2.0, "over", "2007年")


# -- an outcome compared with its target: the target is the same measure of the same thing ---------

def test_a_target_an_outcome_is_compared_with_is_that_growths_target():
    # 1999
    s = "国内生产总值比上年增长7.8％，虽然略低于8％的预定目标，但这是在抵御亚洲金融危机的冲击和战胜国内特大洪涝灾害的情况下取得的，来之不易。"
    r = fact(s, "8")
    assert (r["indicator"], r["measure"], r["qualifier"], r["status"]) == ("国内生产总值", "yoy_pct", "exact", "target")
    # 2017
    r = fact("稳健的货币政策灵活适度，广义货币M2增长11.3%，低于13%左右的预期目标。", "13")
    assert (r["indicator"], r["measure"], r["qualifier"], r["status"]) == ("广义货币M2", "yoy_pct", "about", "target")


# -- a growth rate named after its percentage, and the words of a target taken off a growth's name ----

def test_a_percentage_followed_by_its_rate_noun_is_named_by_it():
    # 2018
    r = fact("从经济基本面和就业吸纳能力看，6.5%左右的增速可以实现比较充分的就业。", "6.5")
    assert (r["indicator"], r["measure"], r["qualifier"]) == ("经济增速", "yoy_pct", "about")  # (no owner: the economy's)
    # 2016: both ends of a range
    s = "稳增长主要是为了保就业、惠民生，有6.5%－7%的增速就能够实现比较充分的就业。"
    assert (fact(s, "6.5")["indicator"], fact(s, "7")["indicator"]) == ("经济增速", "经济增速")


def test_a_control_target_is_no_part_of_the_growths_name():
    # 1997
    s = "今年要保持国民经济持续、快速、健康发展，经济增长速度的调控目标定为８％，物价上涨幅度比去年的实际涨幅低一些。"
    assert fact(s, "８")["indicator"] == "经济增长速度"


# -- a year's end without its year takes the year the sentence or the review names ---------------

def test_a_years_end_takes_the_year_named_in_its_sentence_or_reviewed():
    # 2023: 去年底 in the first clause holds for the later ones
    _, f = REPORTS[2023]
    r = f[f["sentence"].str.startswith("改革给人们经商办企业更多便利和空间，去年底企业数量超过5200万户")]
    assert list(r["period"]) == ["2022年底"] * 4
    # 2004: a review of 2003
    _, f = REPORTS[2004]
    r = f[f["sentence"] == "年底国家外汇储备达4033亿美元，比年初增加1168亿美元。"]
    assert list(r["period"]) == ["2003年底", "2003年底"]


# -- the object of 把 or 将 is what a figure changes -------------------------------------------------

def test_the_object_of_a_disposal_marker_names_the_figure():
    # 2008
    s = ("扩大城镇职工基本医疗保险覆盖面；城镇居民基本医疗保险试点要扩大到全国50%以上的城市；在全国农村全面推行新型农村合作医疗制度，"
         "用两年时间将筹资标准由每人每年50元提高到100元，其中中央和地方财政对参合农民的补助标准由40元提高到80元。")
    f = facts(s)
    assert list(f.loc[f["raw_value"].isin(["100"]), "indicator"]) == ["新型农村合作医疗筹资标准"]  # (of the system
    # the clause before pushes on)
    # 2019
    r = fact("减少开会和发文数量，今年国务院及其部门要带头大幅精简会议、坚决把文件压减三分之一以上。", "三分之一")
    assert (r["indicator"], r["measure"]) == ("文件", "change_pct")


def test_a_plan_word_after_the_name_is_no_part_of_it():
    # 1998 (the digits spaced as printed)
    _, f = REPORTS[1998]
    r = f[f["sentence"].str.startswith("今年全社会固定资产投资预定增长")].iloc[0]
    assert (r["indicator"], r["measure"], r["status"]) == ("全社会固定资产投资", "yoy_pct", "target")


def test_chinese_people_counted_are_persons():
    # 2023
    r = fact("全面落实粮食安全党政同责，强化粮食和重要农产品稳产保供，始终不懈地把14亿多中国人的饭碗牢牢端在自己手中。", "14")
    assert (r["indicator"], r["unit"], r["value"], r["qualifier"]) == ("中国人", "人", 1.4e9, "over")


def test_planned_total_investment_is_a_noun_no_plan_word():
    # 2007: a review of 2006
    s = ("制定并实施钢铁、煤炭、水泥等11个行业结构调整的政策措施，部分产能过剩行业投资增幅明显回落，新开工项目计划总投资大幅下降，"
         "煤炭、电解铝分别淘汰落后生产能力1.1亿吨和120万吨。")
    assert (fact(s, "1.1")["status"], fact(s, "120")["status"]) == ("actual", "actual")


def test_the_second_of_a_list_before_a_frame_noun_shares_the_first_ones_name():
    # 2010
    s = "全面落实城乡义务教育政策，中央下达农村义务教育经费666亿元，提前一年实现农村中小学生人均公用经费500元和300元的目标。"
    r = fact(s, "300")  # (中小学生: the first is the middle-school pupils', the second the primary's)
    assert (r["indicator"], r["status"], r["value"]) == ("农村小学生人均公用经费", "actual", 300.0)


def test_a_target_set_before_is_no_part_of_the_name():
    # 2007
    r = fact("但是，全国没有实现年初确定的单位国内生产总值能耗降低4%左右、主要污染物排放总量减少2%的目标。", "4")
    assert (r["indicator"], r["measure"], r["value"]) == ("单位国内生产总值能耗", "yoy_pct", -4.0)


def test_a_per_year_basis_heading_a_name_is_no_part_of_it():
    # 2008
    assert fact("全部取消了农业税、牧业税和特产税，每年减轻农民负担1335亿元。", "1335")["indicator"] == "农民负担"
    # 2013
    s = ("国家助学制度不断完善，建立了家庭经济困难学生资助体系，实现从学前教育到研究生教育各个阶段全覆盖，每年资助金额近1000亿元，"
         "资助学生近8000万人次。")
    r = fact(s, "1000")
    assert (r["indicator"], r["qualifier"]) == ("资助金额", "nearly")


def test_a_span_ahead_heading_a_name_is_no_part_of_it():
    # 2006
    r = fact("为此，今后五年国家财政新增义务教育经费累计将达2182亿元。", "2182")
    assert r["indicator"] == "国家财政新增义务教育经费"


def test_persons_counted_by_a_bare_magnitude_with_a_long_qualifier():
    # 2013
    r = fact("实施惠及3000多万农村义务教育阶段学生营养改善计划。", "3000")
    assert (r["indicator"], r["unit"], r["qualifier"]) == ("农村义务教育阶段学生", "人", "over")


def test_persons_whose_level_is_raised_are_counted_by_it():
    # 2019
    s = "加快实施农村饮水安全巩固提升工程，今明两年要解决好饮水困难人口的饮水安全问题，提高6000万农村人口供水保障水平。"
    r = fact(s, "6000")
    assert (r["indicator"], r["measure"], r["unit"]) == ("提高供水保障水平的农村人口", "level", "人")
