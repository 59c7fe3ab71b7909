"""Names of figures in sentences of the State Council government work reports of 1989-2025.

Each sentence is copied verbatim from the work-report corpus (the year of the report in the comment);
each test names the rule it pins and asserts the fields a reading by eye found wrong.
"""

from __future__ import annotations

from _sentences import fact_printed as fact
from _sentences import facts
from _work_reports import WorkReports

REPORTS = WorkReports()

# -- a share of a set of units is named by what its clause says of them -------------------------------

def test_share_of_a_set_is_named_by_its_predicate():
    # 1993
    r = fact("全国已有百分之七十六的县普及了小学教育，多数城市普及了初中教育。", "百分之七十六")
    assert (r["indicator"], r["measure"], r["value"]) == ("普及了小学教育的县", "rate_pct", 76.0)
    # 2016
    assert fact("在70%左右的地市开展分级诊疗试点。", "70")["indicator"] == "开展分级诊疗试点的地市"
    assert fact("超过一半人口居住在城镇。", "一半")["indicator"] == "居住在城镇的人口"
    # 1999
    s = ("今年，要使全国80％以上的人口地区普及九年义务教育，扫除青壮年文盲300万人左右；积极发展各种形式的职业教育和"
         "成人教育；大力推进素质教育，注重创新精神和实践能力的培养，使学生在德、智、体、美等方面全面发展。")
    assert fact(s, "80")["indicator"] == "普及九年义务教育的人口地区"
    # 2009: 都 spans the units, no part of what they do
    s = "加快地震灾区学校恢复建设，确保今年底95%以上的学生都能在永久性校舍中学习。"
    r = fact(s, "95")
    assert (r["indicator"], r["qualifier"]) == ("能在永久性校舍中学习的学生", "at_least")


def test_share_of_places_keeps_the_bracket_of_their_kinds():
    # 1997
    s = "义务教育工作继续推进，到去年底，全国已有５０％的县（市、区）基本普及九年义务教育，当年减少青壮年文盲４００万人。"
    assert fact(s, "５０")["indicator"] == "基本普及九年义务教育的县（市、区）"


def test_share_reached_by_its_subject_is_named_by_the_subject_and_the_units():
    # 2011
    s = ("覆盖城乡的社会保障体系建设取得突破性进展，城镇职工基本养老保险实现省级统筹，实施养老保险关系跨省转移接续办法，"
         "连续7年提高企业退休人员基本养老金水平，年均增长10%，新型农村社会养老保险试点覆盖24%的县。")
    assert fact(s, "24")["indicator"] == "新型农村社会养老保险试点覆盖的县"
    # 2014
    assert fact("基本药物制度覆盖80%以上村卫生室。", "80")["indicator"] == "基本药物制度覆盖的村卫生室"
    # 2009
    r = fact("新型农村社会养老保险试点要覆盖全国10%左右的县（市）。", "10")
    assert (r["indicator"], r["qualifier"]) == ("新型农村社会养老保险试点覆盖的县（市）", "about")


def test_share_whose_subject_names_it_keeps_the_subject():
    # 1997
    s = "国家财政收入的６０％以上来自国有企业，有三分之二的城镇职工在国有企业就业，在基础设施和基础工业方面国有企业更是占绝对优势。"
    assert fact(s, "６０")["indicator"] == "来自国有企业的国家财政收入"  # (and named by where the share comes from)


# -- a change verb in the clause before names what the figure after it changes --------------------------

def test_change_verb_heading_the_clause_before_is_no_part_of_the_name():
    # 2011
    s = ("覆盖城乡的社会保障体系建设取得突破性进展，城镇职工基本养老保险实现省级统筹，实施养老保险关系跨省转移接续办法，"
         "连续7年提高企业退休人员基本养老金水平，年均增长10%，新型农村社会养老保险试点覆盖24%的县。")
    assert fact(s, "10")["indicator"] == "企业退休人员基本养老金水平"
    # 2004
    r = fact("从今年起，逐步降低农业税税率，平均每年降低1个百分点以上，五年内取消农业税。", "1")
    assert (r["indicator"], r["measure"], r["value"]) == ("农业税税率", "pp_diff", -1.0)


def test_basis_standing_for_a_name_takes_what_the_clause_before_changes():
    # 2009
    r = fact("今明两年继续提高企业退休人员基本养老金，人均每年增长10%左右。", "10")
    assert (r["indicator"], r["qualifier"]) == ("企业退休人员基本养老金", "about")
    s = ("国家助学制度进一步完善，中央财政投入223亿元，地方财政也加大投入，资助学生超过2000万人；向中等职业学校中来自城市"
         "经济困难家庭和农村的学生提供助学金，每人每年1500元，惠及90%的在校生。")
    assert fact(s, "1500")["indicator"] == "人均助学金"  # (每人每年: per person)


# -- a verb right before an amount with a noun after it: the noun is what the verb moves -----------------

def test_noun_after_an_amount_a_verb_moves_is_its_name():
    # 2000
    s = ("从国债投资的效果看，两年来通过财政向银行发行2100亿元长期国债，带动4200多亿元银行贷款和自筹资金，用于增加基础设施"
         "投资，共建设5100多个项目。")
    assert fact(s, "2100")["indicator"] == "长期国债"
    # 2022
    # (a bare grant is named by those it is paid to: 种粮农民补贴)
    assert fact("加强农业生产，保障农资供应，对种粮农民一次性发放200亿元补贴。", "200")["indicator"] == "种粮农民补贴"
    s = ("使用1000亿元失业保险基金支持稳岗和培训，加快培养制造业高质量发展的急需人才，让更多劳动者掌握一技之长、"
         "让三百六十行行行人才辈出。")
    # (drawn from a fund, the amount keeps the verb that draws it: the fund's name alone would read as its size)
    assert fact(s, "1000")["indicator"] == "使用失业保险基金"
    # 2013
    s = ("两年新增4万亿元投资，其中中央财政投资1.26万亿元，主要用于保障性安居工程、农村民生工程、基础设施、社会事业、"
         "生态环保、自主创新等方面建设和灾后恢复重建。")
    assert fact(s, "4")["indicator"] == "投资"
    # 2015
    s = "国家已设立400亿元新兴产业创业投资引导基金，要整合筹措更多资金，为产业创新加油助力。"
    assert fact(s, "400")["indicator"] == "新兴产业创业投资引导基金"


def test_what_is_done_with_an_amount_is_no_part_of_its_name():
    # (2021: 对新增2万亿元中央财政资金建立直达机制 names the funds by the mechanism set up for them, as 纳入直达机制的…:
    # test_work_reports.py)
    # 2007
    assert fact("今年拟从去年超收收入中安排500亿元设立中央预算稳定调节基金。", "500")["indicator"] == "中央预算稳定调节基金"


# -- a list whose first item is per unit of output shares that with the items measured so ---------------

def test_later_items_of_a_list_share_the_output_they_are_per():
    # 2021
    s = "加快发展方式绿色转型，协同推进经济高质量发展和生态环境高水平保护，单位国内生产总值能耗和二氧化碳排放分别降低13.5%、18%。"
    r = fact(s, "18")
    assert (r["indicator"], r["value"]) == ("单位国内生产总值二氧化碳排放", -18.0)
    # 2016
    s = ("今后五年，单位国内生产总值用水量、能耗、二氧化碳排放量分别下降23%、15%、18%，森林覆盖率达到23.04%，能源资源开发"
         "利用效率大幅提高，生态环境质量总体改善。")
    assert fact(s, "15")["indicator"] == "单位国内生产总值能耗"
    assert fact(s, "18")["indicator"] == "单位国内生产总值二氧化碳排放量"
    # 2011: an item that is no quantity per output keeps its own name
    s = ("非化石能源占一次能源消费比重提高到11.4%，单位国内生产总值能耗和二氧化碳排放分别降低16%和17%，主要污染物排放总量"
         "减少8%至10%，森林蓄积量增加6亿立方米，森林覆盖率达到21.66%。")
    assert fact(s, "17")["indicator"] == "单位国内生产总值二氧化碳排放"
    assert fact(s, "8")["indicator"] == "主要污染物排放总量"
    # 2023: items with a verb each
    s = "单位国内生产总值能耗下降8.1%、二氧化碳排放下降14.1%。"
    assert fact(s, "14.1")["indicator"] == "单位国内生产总值二氧化碳排放"


def test_persons_reached_are_named_by_what_reaches_them():
    # 2018
    s = "社会养老保险覆盖9亿多人，基本医疗保险覆盖13.5亿人，织就了世界上最大的社会保障网。"
    r = fact(s, "9")
    assert (r["indicator"], r["value"], r["qualifier"]) == ("社会养老保险覆盖的人", 900000000.0, "over")
    assert fact(s, "13.5")["indicator"] == "基本医疗保险覆盖的人"
    # 2014
    s = "启动教育扶贫工程，实施农村义务教育薄弱学校改造计划，学生营养改善计划惠及3200万孩子。"
    assert fact(s, "3200")["indicator"] == "学生营养改善计划惠及的孩子"
    # 2023: no name before the verb, the works the clause before counts reach them
    assert fact("改造城镇老旧小区16.7万个，惠及2900多万家庭。", "2900")["indicator"] == "城镇老旧小区改造惠及的家庭"


# -- a year between a name and 达 is the period of its figure --------------------------------------------

def test_year_before_da_is_the_period_of_its_clause():
    # 2003
    r = fact("人均期望寿命2002年达71.8岁，接近中等发达国家水平。", "71.8")
    assert (r["indicator"], r["period"]) == ("人均期望寿命", "2002年")
    # 2001
    assert fact("国内生产总值2000年达89404亿元，平均每年增长8.3％。", "89404")["period"] == "2000年"


# -- 按 before a rate closes no name ----------------------------------------------------------------------

def test_an_before_a_rate_is_no_part_of_the_name():
    # 2010
    s = ("大幅提高家电下乡产品最高限价，增加品种和型号，扩大补贴范围，完善补贴标准和办法，加强对中标企业的管理和考核，提高产品"
         "质量和服务水平；完善家电、汽车以旧换新和汽车、摩托车下乡政策，小排量汽车购置税按7.5％征收。")
    r = fact(s, "7.5")
    assert (r["indicator"], r["measure"], r["value"]) == ("小排量汽车购置税", "rate_pct", 7.5)


# -- a change in points of a share keeps the share word in its name --------------------------------------

def test_change_in_points_of_a_share_is_named_by_the_share():
    # 2018
    s = "优化能源结构，煤炭消费比重下降8.1个百分点，清洁能源消费比重提高6.3个百分点。"
    r = fact(s, "8.1")
    assert (r["indicator"], r["measure"], r["value"]) == ("煤炭消费比重", "pp_diff", -8.1)
    assert fact(s, "6.3")["indicator"] == "清洁能源消费比重"
    # 2011
    s = "加快发展服务业，服务业增加值在国内生产总值中的比重提高4个百分点。"
    assert fact(s, "4")["indicator"] == "服务业增加值在国内生产总值中的比重"


# -- a name closed by the verb that adds is named as additions are ---------------------------------------

def test_name_closed_by_xinzeng_is_named_as_additions():
    # 1995: a balance is no thing added; it rises by the figure, as 存款余额…，比年初新增421.5亿元 reads
    f = fact("居民储蓄存款新增６３００多亿元。", "６３００")
    assert (f["indicator"], f["measure"], f["indicator_key"]) == ("居民储蓄存款", "abs_change", "household_savings")
    # 2017
    s = ("大众创业、万众创新广泛开展，全年新登记企业增长24.5%，平均每天新增1.5万户，加上个体工商户等，各类市场主体每天"
         "新增4.5万户。")
    assert fact(s, "4.5")["indicator"] == "日均新增各类市场主体"  # (每天: a basis of time, kept)
    # 2009: the payer of an addition keeps its own name
    s = ("大规模增加政府投资，实施总额4万亿元的两年投资计划，其中中央政府拟新增1.18万亿元，实行结构性减税，扩大国内需求；"
         "大范围实施调整振兴产业规划，提高国民经济整体竞争力。")
    assert fact(s, "1.18")["indicator"] != "新增中央政府"


# -- a span of years between or before a payer and its verb is no part of a name -------------------------

def test_span_of_years_around_a_payer_is_no_part_of_the_name():
    # 2018
    s = ("全面推进精准扶贫、精准脱贫，健全中央统筹、省负总责、市县抓落实的工作机制，中央财政五年投入专项扶贫资金"
         "2800多亿元。")
    assert fact(s, "2800")["indicator"] == "中央财政专项扶贫资金"
    # 2006
    s = "发展职业教育是一项重要而紧迫的任务，今后五年中央财政将投入100亿元支持职业教育发展。"
    assert fact(s, "100")["indicator"] == "支持职业教育发展的中央财政投入"
    # 2009: a government spending is named as a treasury's is
    s = "今后三年各级政府拟投入8500亿元，其中中央财政投入3318亿元，以保证医疗卫生体制改革的顺利推进。"
    assert fact(s, "8500")["indicator"] == "各级政府投入"


def test_amount_spent_with_no_name_is_named_by_its_verb_and_its_use():
    # 2009
    s = ("中央财政将加大对廉租房建设和棚户区改造的投资支持力度，适当提高中西部地区补助标准；今年拟安排430亿元，用于补助低保"
         "住房困难家庭的实物廉租房建设。")
    r = fact(s, "430")
    assert (r["indicator"], r["status"]) == ("用于补助低保住房困难家庭的实物廉租房建设的安排资金", "target")


def test_amount_with_the_kind_of_its_fund_after_it_is_named_by_its_use():
    # 2005: the fund's kind (建设资金, 专项资金) printed after the figure does not keep the use after it off the name
    # (1982's 二十五亿元专项资金，用于支援这些地区的建设: tests/test_names_shapes.py)
    s = "国务院决定今年安排30亿元建设资金，支持国有煤矿安全技术改造，地方和企业也要增加安全生产投入。"
    assert fact(s, "30")["indicator"] == "支持国有煤矿安全技术改造的建设资金"


# -- the nation's people counted in a plan part are no target --------------------------------------------

def test_nation_people_counted_in_a_plan_part_are_actual():
    # 2022
    s = "各方面要共同努力，装满“米袋子”、充实“菜篮子”，把14亿多中国人的饭碗牢牢端在自己手中。"
    assert REPORTS.fact_at(2022, s, "14")["status"] == "actual"
    # 2016
    s = "9亿多劳动力、1亿多受过高等教育和有专业技能的人才，是我们最大的资源和优势。"
    assert REPORTS.fact_at(2016, s, "9")["status"] == "actual"


def test_end_of_a_from_to_pair_printed_as_last_year_is_that_year():
    # 2013
    s = ("金融体系运行稳健，银行业风险抵御能力持续增强，资本充足率从2007年底的8.4%提升到去年底的13.3%，不良贷款率由6.1%"
         "下降到0.95%。")
    assert REPORTS.fact_at(2013, s, "13.3")["period"] == "2012年底"
    # 2008
    s = "中央财政此项支出从2006年20.5亿元增加到去年的98亿元"
    assert REPORTS.fact_at(2008, s, "98")["period"] == "2007年"


# -- how long a rank is held, with 并 or many years, is no part of a name --------------------------------

def test_rank_held_for_many_years_keeps_the_name_before():
    # 2023
    s = "货物进出口总额年均增长8.6%，突破40万亿元并连续多年居世界首位，吸引外资和对外投资居世界前列。"
    assert fact(s, "40")["indicator"] == "货物进出口总额"
    r = fact(s, "首位")
    assert (r["indicator"], r["measure"], r["comparator"]) == ("货物进出口总额", "rank", "世界")


def test_basis_after_the_verb_ending_the_clause_before_takes_its_subject():
    # 2010
    r = fact("企业退休人员基本养老金连续5年增加，去年又人均提高10%。", "10")
    assert (r["indicator"], r["measure"], r["value"]) == ("企业退休人员基本养老金", "yoy_pct", 10.0)


# -- words of manner before the verb are no part of a name; a policy's name is no figure -----------------

def test_manner_before_the_verb_is_no_part_of_the_name():
    # 2015
    s = "今年保障性安居工程新安排740万套，其中棚户区改造580万套，增加110万套，把城市危房改造纳入棚改政策范围。"
    assert fact(s, "740")["indicator"] == "保障性安居工程"
    r = fact("城乡居民基础养老金标准统一由55元提高到70元。", "70")
    assert (r["indicator"], r["value"]) == ("城乡居民基础养老金标准", 70.0)


def test_the_new_36_articles_are_a_policy_not_a_figure():
    # 2012
    f = facts("认真落实国务院关于鼓励引导民间投资新36条，出台具有可操作性的实施细则。")
    assert f.empty
    # 2015
    assert facts("要坚持以人为核心，以解决三个1亿人问题为着力点，发挥好城镇化对现代化的支撑作用。").empty
    # 2014: the three hundred millions are counted after the phrase that names them
    s = ("今后一个时期，着重解决好现有“三个1亿人”问题，促进约1亿农业转移人口落户城镇，改造约1亿人居住的城镇棚户区和城中村，"
         "引导约1亿人在中西部地区就近城镇化。")
    assert len(facts(s)) == 3


def test_a_scale_enlarged_by_a_percent_grows():
    # 2000
    r = fact("普通高等学校招生规模比上年扩大47．4％，增幅之大是多年来没有的。", "47．4")
    assert (r["indicator"], r["measure"], r["value"], r["comparator"]) == ("普通高等学校招生规模", "yoy_pct", 47.4, "上年")


# -- the year or a part of it between an owner and its verb is the figure's time, no part of its name ------

def test_year_or_part_of_it_after_the_owner_leaves_the_name():
    # 2004
    s = ("中央财政全年用于教育、卫生、科技、文化、体育事业的支出达855亿元，比上年增长12.4%；"
         "支持社会事业发展的国债投资达163亿元，增长近两倍。")
    assert fact(s, "855")["indicator"] == "中央财政用于教育、卫生、科技、文化、体育事业的支出"
    assert fact(s, "12.4")["indicator"] == "中央财政用于教育、卫生、科技、文化、体育事业的支出"
    # 2005
    assert fact("中央财政全年用于社会保障的资金达1465亿元，增长18.1%。", "1465")["indicator"] == "中央财政用于社会保障的资金"
    # a part of the year there is the figure's time as well (shijingshan_2022_h1, tests/gold/constructed)
    s = ("首钢园冬奥遗产利用加快推进,依托3号高炉等工业遗存举办发布活动,首钢滑雪大跳台上半年接待游客约42万人次,"
         "首钢园入驻企业新增86家,累计达到约310家。")
    r = fact(s, "42")
    assert (r["indicator"], r["period"]) == ("首钢滑雪大跳台接待游客", "上半年")
    # the year's average is a noun of its own, and 全年实现 opens the chapter of a bulletin: 全年 stays there
    # (tests/gold/real/texts/minhang_sh_2015_bulletin.txt)
    assert fact("一、综合全年实现地区生产总值1964.71亿元,比上年增长6.6%。", "1964.71")["indicator"] == "地区生产总值"
    # 1957
    assert fact("1956年职工全年的平均工资是610元，比农民一家人的全年平均收入高一倍多。", "610")["indicator"] == "职工全年的平均工资"
