"""Names, measures and status of figures read on the State Council work reports of 2008–2025, whose language is
the closest of the corpus to today's district and city reports: persons and visits of persons counted by a verb
after them (1334万人参保, 4.3亿人次受益), persons and units reached by a verb with no subject of its own (…制度，惠及2100多万人), how a thing goes on said
after it (新型农村合作医疗制度不断完善), the time of a plan and 至少 between a name and its verb (…资费年内至少降低30%), a span of years
between a payer and its verb (中央财政五年支出551亿元), the base of rates compared after 比 and the loans a list of
borrowers shares (小微企业、“三农”贷款增速比各项贷款平均增速分别高4.2和0.7个百分点), an amount after a noun
and a joiner named by the noun after it (384亿元救灾款和740亿元恢复重建资金), the fund a verb of use moves
(用好1800亿元引导基金), the year a clause speaks of inside a name (涉税市场主体去年纳税), a year before a list opening with 中、
(2007年中、高等职业教育在校生), 各地 where a name is (下调…单位缴费比例，各地可降至16%), the insured of a scheme said in the clause
before (…制度不断完善，2007年参保人数突破2亿人), what a sentence opens by building (建立健全城镇保障性住房制度，…), the characters of a motto, no figure
(“巩固、增强、提升、畅通”八个字), the recipients of a relief inside a name (金融系统向实体经济让利), a rate named after its percentage
(现行16%的税率), what a growth is driven by (带动固定资产投资增长5.1%), the field a country ranks first in
(全球第一货物贸易大国), taxpayers counted as persons (8000万纳税人应享尽享), a flow
named by 新增 and a noun alone (…装机规模历史性超过火电，全年新增装机…). Sentences are copied verbatim from the reports (the year of the report in the comment).
"""

from __future__ import annotations

from _sentences import fact_at as fact
from _sentences import facts

# -- persons and visits of persons named by what the clause says of them -------------------------------------------

def test_persons_counted_by_their_unit_are_named_by_what_they_do():
    # 2012: the unit 人 holds the persons; what follows it is only their verb
    s = "2147个县（市、区）实施城镇居民社会养老保险试点，1334万人参保，641万人领取养老金。"
    assert fact(s, "1334")["indicator"] == "城镇居民社会养老保险试点参保的人"  # (the pilot they join, the clause before)
    assert fact(s, "641")["indicator"] == "城镇居民社会养老保险试点领取养老金的人"  # (of the same pilot)
    assert fact(s, "2147")["indicator"] == "实施城镇居民社会养老保险试点的县（市、区）"
    s = "2343个县（市、区）开展新型农村社会养老保险试点，3.58亿人参保，9880万人领取养老金，覆盖面扩大到60％以上。"
    f = fact(s, "3.58")
    assert (f["indicator"], f["measure"], f["value"]) == ("新型农村社会养老保险试点参保的人", "level", 3.58e8)


def test_visits_of_persons_after_a_list_comma_are_not_the_things_counted_before():
    # 2023
    s = ("持续推进大众创业万众创新，连续举办8届全国双创活动周、超过5.2亿人次参与，鼓励以创业带动就业，加强劳动者权益保护，"
         "新就业形态和灵活就业成为就业增收的重要渠道。")
    f = fact(s, "5.2亿")
    assert (f["indicator"], f["qualifier"], f["unit"]) == ("全国双创活动周参与的人次", "over", "人次")
    assert fact(s, "8届")["indicator"] == "全国双创活动周"


def test_persons_before_a_noun_of_theirs_are_not_named_by_it():
    # 2021, 2022: a noun after 的, or the persons' own noun, is no verb of theirs
    assert fact("解决好吃饭问题始终是头等大事，我们一定要下力气也完全有能力保障好14亿人的粮食安全。",
                "14亿")["indicator"] != "粮食安全的人"
    assert fact("国家助学贷款每人每年最高额度增加4000元，惠及500多万在校生。", "500")["indicator"] == "国家助学贷款惠及的在校生"


def test_visits_of_persons_benefiting_are_named_by_the_verb_and_their_unit():
    # 2018 (named also by the aid whose effort the clause before steps up)
    assert fact("加大对各类学校家庭困难学生资助力度，4.3亿人次受益。", "4.3亿")["indicator"] == "各类学校家庭困难学生资助受益的人次"
    s = ("居民基本医保人均财政补助标准由240元提高到450元，大病保险制度基本建立、已有1700多万人次受益，"
         "异地就医住院费用实现直接结算，分级诊疗和医联体建设加快推进。")
    f = fact(s, "1700")
    assert (f["indicator"], f["qualifier"], f["unit"]) == ("大病保险制度受益的人次", "over", "人次")
    # (persons keep theirs, named by the subsidy the clause before pays out: 2023)
    assert fact("向更多低收入群众发放价格补贴，约6700万人受益。", "6700")["indicator"] == "价格补贴受益的人"


# -- persons or units reached by a verb with no subject of its own are named by the verb -------------------------

def test_persons_reached_after_a_clause_are_named_by_what_it_enacts():
    # 2018: what reaches them is the scheme the clause before sets up
    f = fact("建立困难和重度残疾人“两项补贴”制度，惠及2100多万人。", "2100")
    assert (f["indicator"], f["qualifier"], f["value"]) == ("困难和重度残疾人“两项补贴”制度惠及的人", "over", 2.1e7)
    # 2025: but money the clause pays out is a name of what reaches them (tests/test_persons_reached_and_doing.py)
    assert fact("向困难群众发放一次性生活补助，惠及1100多万人。", "1100")["indicator"] == "一次性生活补助惠及的人"
    # 2023: visits, by their unit and by what the subject of the clause before has come to (X实现Y)
    assert (fact("住院和门诊费用实现跨省直接结算，惠及5700多万人次。", "5700")["indicator"]
            == "住院和门诊费用跨省直接结算惠及的人次")


def test_persons_reached_after_a_list_comma_are_not_the_verb_alone():
    # 2023: 覆盖 is the verb of the figure's own item, after the change of the insured, whose scheme covers them
    s = "基本养老保险参保人数增加1.4亿、覆盖10.5亿人，基本医保水平稳步提高。"
    assert fact(s, "10.5")["indicator"] == "基本养老保险覆盖的人"
    assert fact(s, "1.4亿")["indicator"] == "基本养老保险参保人数"


def test_share_of_units_reached_after_a_list_comma_names_the_units():
    # 2016
    s = ("加强重大基础设施建设，高铁营业里程达到3万公里、覆盖80%以上的大城市，新建改建高速公路通车里程约3万公里，"
         "实现城乡宽带网络全覆盖。")
    f = fact(s, "80%")
    assert (f["indicator"], f["measure"], f["qualifier"]) == ("覆盖的大城市", "rate_pct", "at_least")


def test_households_reached_keep_their_noun():
    # 2023
    assert fact("改造城镇老旧小区16.7万个，惠及2900多万家庭。", "2900")["indicator"] == "城镇老旧小区改造惠及的家庭"


# -- how a thing goes on, said after it, is no part of its name ----------------------------------------------------

def test_a_trend_after_the_head_of_a_sentence_is_no_part_of_the_name_it_lends():
    # 2008
    s = ("2007年城镇职工基本医疗保险参保人数达到1.8亿人，比2002年增加近1倍；88个城市启动城镇居民基本医疗保险试点；"
         "新型农村合作医疗制度不断完善，已扩大到全国86%的县，参合农民达到7.3亿人。")
    f = fact(s, "86%")
    assert (f["indicator"], f["measure"]) == ("新型农村合作医疗制度扩大到的县", "rate_pct")  # (the counties it reaches)
    assert fact(s, "7.3亿")["indicator"] == "参合农民"


# -- the time of a plan and 至少 between a name and its verb are no part of the name ---------------------------------

def test_within_the_year_and_at_least_before_a_cut_end_no_name():
    # 2018
    s = ("加大网络提速降费力度，实现高速宽带城乡全覆盖，扩大公共场所免费上网范围，明显降低家庭宽带、企业宽带和专线使用费，"
         "取消流量“漫游”费，移动网络流量资费年内至少降低30%，让群众和企业切实受益，为数字中国、网络强国建设加油助力。")
    f = fact(s, "30%")
    assert (f["indicator"], f["qualifier"], f["measure"]) == ("移动网络流量资费", "at_least", "yoy_pct")


# -- a span of years between a payer and its verb is the period of the amount, no part of its name -----------------

def test_span_between_payer_and_verb_is_the_period(work_reports):
    # 2008
    f = work_reports.fact_at(2008, "抗灾救灾工作全面加强，中央财政五年支出551亿元", "551亿元")
    assert (f["indicator"], f["period"], f["measure"]) == ("中央财政支出", "2003-2007年", "level")
    f = work_reports.fact_at(2008, "中央财政五年累计补助养老保险专项资金3295亿元。", "3295亿元")
    assert (f["indicator"], f["period"]) == ("中央财政补助养老保险专项资金", "2003-2007年")


def test_span_of_a_payer_holds_in_its_sentence_only(work_reports):
    # 2018: a level reached later in the paragraph is of the span's last year
    f = work_reports.fact_at(2018, "劳动年龄人口平均受教育年限提高到10.5年。", "10.5年")
    assert f["period"] == "2017年"
    f = work_reports.fact_at(2018, "中央财政五年投入专项扶贫资金2800多亿元。", "2800")
    assert (f["indicator"], f["period"]) == ("中央财政专项扶贫资金", "2013-2017年")


# -- rates compared after 比: the base, and the loans a list of borrowers shares -------------------------------------

def test_rates_of_loans_compared_after_bi():
    # 2015
    s = ("灵活运用货币政策工具，采取定向降准、定向再贷款、非对称降息等措施，加大对经济社会发展薄弱环节的支持力度，"
         "小微企业、“三农”贷款增速比各项贷款平均增速分别高4.2和0.7个百分点。")
    f = fact(s, "4.2")
    assert (f["indicator"], f["measure"], f["unit"], f["comparator"]) == ("小微企业贷款", "pp_diff", "pp", "各项贷款")
    f = fact(s, "0.7")
    assert (f["indicator"], f["comparator"]) == ("“三农”贷款", "各项贷款")


# -- an amount after a noun and a joiner is named by the noun after it, paid by the budget the first is -------------

def test_second_amount_of_a_list_of_amounts_and_nouns():
    # 2009
    s = "中央财政安排384亿元救灾款和740亿元恢复重建资金，迅速出台一系列支援灾区的政策措施。"
    assert fact(s, "384")["indicator"] == "中央财政救灾款"
    f = fact(s, "740")
    assert (f["indicator"], f["value"], f["measure"]) == ("中央财政恢复重建资金", 7.4e10, "level")


# -- a verb of use before an amount is no name: the fund after it is -------------------------------------------------

def test_fund_after_a_verb_of_use():
    # 2016
    s = "完善政府和社会资本合作模式，用好1800亿元引导基金，依法严格履行合同，充分激发社会资本参与热情。"
    f = fact(s, "1800")
    assert (f["indicator"], f["unit"], f["measure"]) == ("引导基金", "元", "level")


# -- the year a clause speaks of, inside a name, is its period, no part of the name ---------------------------------

def test_last_year_between_the_taxpayers_and_their_tax(work_reports):
    # 2022
    f = work_reports.fact_at(2022, "2013年以来新增的涉税市场主体去年纳税达到4.76万亿元", "4.76")
    assert (f["indicator"], f["period"], f["measure"]) == ("新增的涉税市场主体纳税", "2021年", "level")


# -- a year before 中、 opening a list is the period, not the middle of the year ---------------------------------------

def test_year_before_a_list_of_middle_and_higher(work_reports):
    # 2008
    phrase = "更加重视职业教育发展，2007年中、高等职业教育在校生分别达到2000万人和861万人。"
    f = work_reports.fact_at(2008, phrase, "2000万人")
    assert (f["indicator"], f["period"]) == ("中等职业教育在校生", "2007年")
    f = work_reports.fact_at(2008, phrase, "861万人")
    assert (f["indicator"], f["period"]) == ("高等职业教育在校生", "2007年")


# -- 各地 standing where a name is takes what the verb of the clause before changes ----------------------------------

def test_localities_take_the_share_the_clause_before_lowers(work_reports):
    # 2019
    f = work_reports.fact_at(2019, "下调城镇职工基本养老保险单位缴费比例，各地可降至16%。", "16%")
    assert (f["indicator"], f["measure"], f["status"]) == ("城镇职工基本养老保险单位缴费比例", "rate_pct", "target")


# -- the number insured takes the scheme its clause before names, without 制度 --------------------------------------

def test_insured_of_the_scheme_the_clause_before_names():
    # 2008
    s = ("城镇职工基本养老保险制度不断完善，2007年参保人数突破2亿人，比2002年增加5400多万人；做实基本养老保险个人账户试点"
         "扩大到11个省份；从2005年开始连续三年提高企业退休人员基本养老金标准。")
    f = fact(s, "2亿")
    assert (f["indicator"], f["qualifier"], f["period"]) == ("城镇职工基本养老保险参保人数", "over", "2007年")
    f = fact(s, "5400")
    assert (f["indicator"], f["measure"], f["comparator"]) == ("城镇职工基本养老保险参保人数", "abs_change", "2002年")


# -- the verb that builds an institution, heading the sentence, is no part of the name it lends ---------------------

def test_building_verb_heading_the_sentence_is_no_part_of_the_name():
    # 2013
    f = fact("建立健全城镇保障性住房制度，覆盖面逐步扩大，2012年底已达到12.5%。", "12.5%")
    # (the coverage the clause between says grew: of the institution built)
    assert (f["indicator"], f["measure"], f["period"]) == ("城镇保障性住房制度覆盖面", "rate_pct", "2012年底")


# -- the characters of a motto are no figure --------------------------------------------------------------------

def test_characters_of_a_motto_are_no_figure():
    # 2019
    f = facts("要继续坚持以供给侧结构性改革为主线，在“巩固、增强、提升、畅通”八个字上下功夫。")
    assert f.empty, f[["raw_value", "indicator"]].to_string()


# -- the recipients of a relief or a payment are no part of its name, inside it as at its head ----------------------

def test_recipients_inside_a_relief_name():
    # 2021
    s = ("支持银行定向增加贷款并降低利率水平，对中小微企业贷款延期还本付息，大型商业银行普惠小微企业贷款增长50%以上，"
         "金融系统向实体经济让利1.5万亿元。")
    f = fact(s, "1.5万亿")
    assert (f["indicator"], f["measure"], f["value"]) == ("金融系统让利", "level", 1.5e12)


def test_recipients_of_a_payment_at_the_head_of_its_name():
    # fengtai_2020_h1: the fund paid out, as 发放社会救助资金 names it, by those it is paid to when it is a bare grant
    s = "为一线防控人员发放补助资金合计3150万元，其中区级资金、街镇资金分别为2100万元和1050万元。"
    assert fact(s, "3150")["indicator"] == "一线防控人员补助资金"  # (a bare grant named by those it is paid to)
    # (recipients counted before the amount, with no fund named, keep the paying verb: “文菁计划”支持46家文化企业2450万元)


# -- a rate named after its percentage, its owner before it ------------------------------------------------------

def test_tax_rates_named_after_the_percentage(work_reports):
    # 2019
    phrase = ("深化增值税改革，将制造业等行业现行16%的税率降至13%，将交通运输业、建筑业等行业现行10%的税率降至9%，"
              "确保主要行业税负明显降低；保持6%一档的税率不变")
    f = work_reports.fact_at(2019, phrase, "16%")
    assert (f["indicator"], f["measure"]) == ("制造业等行业税率", "rate_pct")
    assert work_reports.fact_at(2019, phrase, "10%")["indicator"] == "交通运输业、建筑业等行业税率"
    assert work_reports.fact_at(2019, "保持6%一档的税率不变", "6%")["indicator"] == "税率"


# -- the verb that drives a growth is no part of the name of what grows -------------------------------------------

def test_driving_verb_before_the_growth_of_investment():
    # 2023
    s = "全年基础设施、制造业投资分别增长9.4%、9.1%，带动固定资产投资增长5.1%，一定程度弥补了消费收缩缺口。"
    f = fact(s, "5.1%")
    assert (f["indicator"], f["measure"]) == ("固定资产投资", "yoy_pct")
    assert fact(s, "9.4%")["indicator"] == "基础设施投资"


# -- a country's rank is named by the field after the ordinal -------------------------------------------------------

def test_rank_of_a_trading_nation_named_by_its_field():
    # 2016
    s = "国内生产总值年均增长7.8%，经济总量稳居世界第二位，成为全球第一货物贸易大国和主要对外投资大国。"
    f = fact(s, "第一")
    assert (f["indicator"], f["measure"], f["comparator"]) == ("货物贸易", "rank", "全球")
    assert fact(s, "第二")["indicator"] == "经济总量"


# -- taxpayers are persons: their count ends at the word for them ----------------------------------------------------

def test_taxpayers_counted_end_at_the_word_for_them():
    # 2019; 2024: what benefits them is still said of them
    f = fact("落实好新修订的个人所得税法，使符合减税政策的约8000万纳税人应享尽享。", "8000")
    assert (f["indicator"], f["qualifier"]) == ("纳税人", "about")
    assert fact("提高“一老一小”个人所得税专项附加扣除标准，6600多万纳税人受益。", "6600")["indicator"] == "“一老一小”个人所得税专项附加扣除受益的纳税人"


# -- a flow named by 新增 and a noun alone is of the stock the clause before names ------------------------------------

def test_added_flow_named_by_its_noun_alone_is_of_the_stock_before():
    # 2024: the capacity added is the renewable power's of the clause before, not all capacity added
    f = fact("可再生能源发电装机规模历史性超过火电，全年新增装机超过全球一半。", "一半")
    assert (f["indicator"], f["measure"], f["comparator"]) == ("可再生能源发电新增装机", "rate_pct", "全球")
    # (an owner that is only a place is none: the place is the scope; a stock with no such noun lends nothing)
    assert fact("全市机动车保有量持续增长，新增机动车20万辆。", "20万")["indicator"] == "新增机动车"
    assert fact("全年粮食总产量再创新高，新增装机3000万千瓦。", "3000")["indicator"] == "新增装机"
