"""The extractor on sentences of the State Council government work reports that it was not built on.

Each sentence is copied verbatim from the work-report corpus (the year of the report in the comment);
each test names the mechanism it pins, and asserts the fields that a reading by eye found wrong.
"""

from __future__ import annotations

import pytest
from _sentences import fact_printed as fact
from _sentences import facts

# -- a space between the cue and its figure ---------------------------------------------------------

def test_space_between_growth_cue_and_figure_keeps_the_measure():
    # 2000
    r = fact("全年工业企业实现利润2202亿元，比上年增长 52％；其中国有和国有控股工业企业实现利润967亿元，增长77．7％，"
             "都创造了近五年来的最高水平。", "52")
    assert (r["measure"], r["value"], r["comparator"]) == ("yoy_pct", 52.0, "上年")


def test_space_between_decline_cue_and_amount_is_a_signed_change():
    # 2011
    r = fact("今年拟安排财政赤字9000亿元，其中中央财政赤字7000亿元，继续代地方发债2000亿元并纳入地方预算，"
             "赤字规模比上年预算减少 1500亿元，赤字率下降到2%左右。", "1500")
    assert (r["indicator"], r["measure"], r["value"]) == ("赤字规模", "abs_change", -1.5e11)


# -- rates over several years ------------------------------------------------------------------------

def test_yearly_average_before_a_list_word_is_a_multi_year_rate():
    # 2013
    f = facts("累计新增城镇就业5870万人，城镇居民人均可支配收入和农村居民人均纯收入年均分别增长8.8%、9.9%；"
              "粮食产量实现“九连增”；")
    got = f[f["unit"] == "%"][["indicator", "measure", "value"]].values.tolist()
    assert got == [["城镇居民人均可支配收入", "change_pct", 8.8], ["农村居民人均纯收入", "change_pct", 9.9]]


def test_yearly_average_growth_noun_is_a_multi_year_rate():
    # 2011
    r = fact("\u3000\u3000中央财政“三农”投入累计近3万亿元，年均增幅超过23%。", "23")
    assert (r["measure"], r["qualifier"], r["comparator"]) == ("change_pct", "over", "年均")


def test_a_paragraph_that_opens_with_a_span_of_years_gives_changes_over_the_span():
    # 2006
    f = facts("五年来，人民生活明显改善。城镇居民人均可支配收入和农村居民人均纯收入，分别实际增长58.3%和29.2%。"
              "城镇新增就业4200万人。")
    got = f[f["unit"] == "%"][["measure", "comparator"]].values.tolist()
    assert got == [["change_pct", "五年来"], ["change_pct", "五年来"]]


# -- indicator names: verbs, adverbs, time words and method phrases at the edges ----------------------

@pytest.mark.parametrize(
    ("text", "printed", "indicator"),
    [
        # 2004: who spends is never the whole name (the actor, its verb and what it spends); 今年, 将为此 go
        ("为支持农村税费改革，今年中央财政拿出396亿元用于转移支付。", "396", "用于转移支付的中央财政拿出资金"),
        # 2004
        ("今年要启动西部地区“两基”攻坚计划，到2007年使西部地区基本普及九年义务教育，基本扫除青壮年文盲，"
         "中央财政将为此投入100亿元。", "100", "西部地区“两基”攻坚计划的中央财政投入"),
        # 1997
        ("城乡居民储蓄存款年末达到３８５００多亿元，比上年末增加８８００多亿元。", "３８５００", "城乡居民储蓄存款"),
        # 1993
        ("乡镇企业保持旺盛发展势头，五年间产值增长２倍，现已吸纳农村劳动力１亿多人，成为国民经济的一支重要力量。",
         "１", "吸纳农村劳动力"),
        # 2000
        ("城镇居民人均可支配收入，考虑价格下降因素比上年实际增长9．3％；农村居民人均纯收入实际增长3．8％。",
         "9．3", "城镇居民人均可支配收入"),
        # 2006
        ("粮食总产量在上年大幅度增长的基础上，又增产291亿斤，达到9680亿斤。", "291", "粮食总产量"),
        # 1993
        ("国务院的部委和直属机构、办事机构共５９个，比现有的８６个减少２７个。非常设机构由８５个减为２６个。",
         "２６", "非常设机构"),
        # 1993: a level whose clause holds only a link word takes the subject of the clause before it
        ("发电装机增长百分之四十六，达到１６５００万千瓦；原油产量继续增长，达到１．４２亿吨。", "１．４２", "原油产量"),
        # 2013
        ("今年企业退休人员基本养老金继续提高10%，城乡低保和优抚对象补助标准也进一步提高。", "10", "企业退休人员基本养老金"),
        # 2013
        ("我们有效应对国际金融危机的严重冲击，保持经济平稳较快发展，国内生产总值从26.6万亿元增加到51.9万亿元，"
         "跃升到世界第二位；公共财政收入从5.1万亿元增加到11.7万亿元；", "第二", "国内生产总值"),
    ],
)
def test_indicator_edges_lose_verbs_adverbs_time_words_and_method_phrases(text, printed, indicator):
    assert fact(text, printed)["indicator"] == indicator


# -- a list closed by 等 is part of the name ------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "printed", "indicator"),
    [
        # 2004
        ("全力做好抗灾救灾工作，中央财政用于洪涝、干旱、地震等救灾救济支出80.3亿元，比上年增长63.9%；"
         "用于灾后重建的中央投资27.9亿元。", "80.3", "中央财政用于洪涝、干旱、地震等救灾救济支出"),
        # 2006
        ("2005年中央财政用于科技、教育、卫生、文化等方面的支出1168亿元，比上年增长18.3%；投入国债建设资金95.4亿元。",
         "18.3", "中央财政用于科技、教育、卫生、文化等方面的支出"),
    ],
)
def test_a_list_closed_by_deng_belongs_to_the_name(text, printed, indicator):
    assert fact(text, printed)["indicator"] == indicator


# -- units of bare counts of people -----------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "printed"),
    [
        ("全国2235万城市居民得到最低生活保障。", "2235"),  # 2004
        ("全年组织2100万城乡劳动者参加职业培训。", "2100"),  # 2010
        ("今年，要在全国农村全部免除义务教育阶段的学杂费，这将使农村1.5 亿中小学生的家庭普遍减轻经济负担；", "1.5"),  # 2007
    ],
)
def test_a_bare_count_of_residents_or_workers_counts_persons(text, printed):
    r = fact(text, printed)
    assert (r["unit"], r["value"]) == ("人", float(printed) * (1e8 if "亿" in text else 1e4))


# -- shares followed by what they are a share of -----------------------------------------------------

@pytest.mark.parametrize(
    ("text", "printed", "indicator"),
    [
        # 2023
        ("各级政府坚持过紧日子，严控一般性支出，中央部门带头压减支出，盘活存量资金和闲置资产，"
         "腾出的资金千方百计惠企裕民，全国财政支出70%以上用于民生。", "70", "用于民生的全国财政支出"),
        # 1997
        ("\u3000\u3000国家财政收入的６０％以上来自国有企业，有三分之二的城镇职工在国有企业就业，", "６０", "来自国有企业的国家财政收入"),
    ],
)
def test_a_percentage_and_more_before_a_noun_is_a_share_not_a_class(text, printed, indicator):
    r = fact(text, printed)
    assert (r["indicator"], r["measure"], r["qualifier"]) == (indicator, "rate_pct", "at_least")


# -- counts that belong to the speech, not to the economy ------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        # 2007
        "一年来，我们统筹国际、国内两个大局，积极倡导建设和谐世界，推动对外关系全面发展，为维护世界和平、促进共同发展做出了新贡献。",
        # 2006
        "全力支持香港、澳门两个特别行政区行政长官和政府依法施政。",
        # 2016
        "今年要重点做好八个方面工作。",
        # 2008
        "今年，要千方百计争取农业有个好收成，努力增加农民收入，推进社会主义新农村建设。突出抓好三件事：一是大力发展粮食生产，"
        "保障农产品供给。",
        # 2016
        "适度扩大财政赤字，主要用于减税降费，进一步减轻企业负担。今年将采取三项举措。一是全面实施营改增，",
        # 2003: the first year of a list of years
        "本届政府初期，亚洲金融危机冲击，世界经济增长放慢；国内产业结构矛盾十分突出，国有企业职工大量下岗；"
        "1998、1999年连续遭受特大洪涝灾害",
        # 2000
        "这是社会主义市场经济体制初步建立和现代化建设第三步战略部署开始实施后的第一个五年计划，"
        "关系到21世纪初我国经济和社会发展的全局。",
        # 1994: a pair of years
        "中英两国政府代表关于香港１９９４／１９９５年选举安排谈判终止，责任完全在于英方。",
        # 2001: a year before a stray space
        "人均国民生产总值比1980 年翻两番的任务，已经超额完成。",
    ],
)
def test_counts_of_the_speech_itself_centuries_and_listed_years_are_no_figures(text):
    assert facts(text)["unit"].isin(["个", "件", "项", ""]).sum() == 0, facts(text)


# -- the plan half of a work report: top-level parts whose headings name no year ------------------------


def _status_at(work_reports, year: int, phrase: str, printed: str) -> str:
    report, f = work_reports[year]
    at = report.text.index(phrase)
    hit = f[(f["start"] >= at) & (f["raw_value"] == printed)].sort_values("start")
    return str(hit["status"].iloc[0])


@pytest.mark.parametrize(
    ("year", "phrase", "printed", "status"),
    [
        # 1997, part 二、保持国民经济发展的良好势头 (after 一、１９９６年国内工作的回顾)
        (1997, "全年再减少青壮年文盲４００万人", "４００", "target"),
        # 1997: 去年已经对其中近３００户… an outcome, although 其中 follows a plan
        (1997, "去年已经对其中近３００户由银行提供资金支持", "３００", "actual"),
        # 2015, part 五、持续推进民生改善和社会建设
        (2015, "财政补助标准由每人每年320元提高到380元", "380", "target"),
        # 2000, part 二、坚持实行扩大内需的方针: 两年来… reviews
        (2000, "两年来通过财政向银行发行2100亿元长期国债", "2100", "actual"),
        # 2000: 已建成的主要有：… the head before the colon governs every item after a semicolon
        (2000, "新增公路通车里程1．2万公里，其中高速公路3358公里", "3358", "actual"),
        (2000, "新建和改造农村电网高低压线路90万公里", "90", "actual"),
        # 2021, part 二、“十三五”时期发展成就和“十四五”时期主要目标任务 names both: no part
        (2021, "城镇新增就业超过6000万人", "6000", "actual"),
        # 2021, same part: the paragraphs from “十四五”时期是… on set the targets of the coming five years
        (2021, "常住人口城镇化率提高到65%", "65", "target"),
        (2021, "森林覆盖率达到24.1%", "24.1", "target"),
        # 2006, plan part: 取消了原先336亿元… says what the reform has done
        (2006, "农村税费改革不仅取消了原先336亿元的农业税赋", "336", "actual"),
        # 2006, plan part: a paragraph that opens with 五年来， reviews, though the sentence before holds figures
        (2006, "城镇新增就业4200万人", "4200", "actual"),
        # 1995, plan part: 在过去的一年里 opens the paragraph, 在 does not block the time it speaks of
        (1995, "４０多位外国元首和政府首脑先后访华", "４０", "actual"),
        # 2022, plan part: 我国有2.9亿在校学生，要坚持… states the stock the plan starts from
        (2022, "我国有2.9亿在校学生", "2.9", "actual"),
    ],
)
def test_top_level_parts_after_the_review_of_a_work_report_plan(work_reports, year, phrase, printed, status):
    assert _status_at(work_reports, year, phrase, printed) == status


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        # 2014
        ("启动教育扶贫工程，实施农村义务教育薄弱学校改造计划，学生营养改善计划惠及3200万孩子。", "3200"),
        # 1994
        ("基础性研究、应用技术研究、科技攻关等计划实施顺利，取得重大科技成果３万多项，", "３"),
    ],
)
def test_a_programme_named_jihua_is_no_plan_word(text, printed):
    assert fact(text, printed)["status"] == "actual"


# -- counts of entities: named by what the clause says of them -----------------------------------------

@pytest.mark.parametrize(("text", "printed", "indicator"), [
    # 2007: by its clause, and by the use of the amount before it
    ("中央财政连续三年累计投入 90亿元，用于农村寄宿制学校建设工程，7651所学校受益。", "7651",
     "农村寄宿制学校建设工程受益的学校"),
    # 2000
    ("大多数行业经济效益明显回升，全国有27个省、自治区、直辖市工业效益好于上年。", "27",
     "工业效益好于上年的省、自治区、直辖市"),
    # 1993
    ("五年来，我国同３０个国家建立或恢复了外交关系，同我国建交的国家总数现已达到１５５个。", "３０",
     "建立或恢复了外交关系的国家"),
    # 2014
    ("28个省份开展大病医疗保险试点。", "28", "开展大病医疗保险试点的省份"),
    # 2010
    ("继续改善农村生产生活条件，农村饮水安全工程使6069万农民受益，新增510万沼气用户，新建和改造农村公路38万公里、"
     "农村电网线路 26.6万公里，又有80万户农村危房得到改造，9.2万户游牧民实现了定居。", "80", "得到改造的农村危房"),
    # 2010: a predicate that starts with a word a name loses elsewhere (实现) keeps it
    ("继续改善农村生产生活条件，农村饮水安全工程使6069万农民受益，新增510万沼气用户，新建和改造农村公路38万公里、"
     "农村电网线路 26.6万公里，又有80万户农村危房得到改造，9.2万户游牧民实现了定居。", "9.2", "实现了定居的游牧民"),
    # 2006: the bracket of kinds stays with the noun
    ("基层民主政治建设继续推进，21个省（区、市）完成了村委会换届选举。", "21", "完成了村委会换届选举的省（区、市）"),
])
def test_a_count_of_entities_is_named_by_what_the_clause_says_of_them(text, printed, indicator):
    assert fact(text, printed)["indicator"] == indicator


@pytest.mark.parametrize(("text", "printed", "indicator"), [
    # 1959: 一般 before its modal names nothing; the clause before does, less its note in brackets, past the frame
    # 在目前条件下 that opens the sentence
    ("在目前条件下，从事农业（包括农、林、牧、副、渔各业）的农村劳动力，一般应当不少于百分之八十。", "百分之八十",
     "从事农业的农村劳动力"),
    # 1955: past the source frame 根据…看来, and less the time frame 在初建的一、二年内
    ("根据各地的许多材料看来，农业生产合作社在初建的一、二年内，如果办得不坏，一般可以增产百分之十到二十左右，"
     "往后还可以在每年保持某种的增产比例，比互助组高，比个体农民经济的增产率更高出很多。", "百分之十", "农业生产合作社"),
    # 2025: 一般 that opens a noun stays
    ("一般公共预算支出规模29.7万亿元、比上年增加1.2万亿元。", "29.7", "一般公共预算支出规模"),
])
def test_a_usual_adverb_opening_a_clause_leaves_the_name_to_the_clause_before(text, printed, indicator):
    assert fact(text, printed)["indicator"] == indicator


def test_a_count_followed_by_a_list_or_another_figure_keeps_the_counted_noun():
    # 2006
    r = fact("28个省（区、市）、2300个县（市）已初步建立社会救助体系的基本框架。", "28")
    assert r["indicator"] == "已初步建立社会救助体系的基本框架的省（区、市）"  # (the clause both counts share)


def test_a_count_after_a_preposition_is_named_by_the_noun_not_by_what_is_done_to_it():
    # 2007 (those given textbooks free after 为 are named by the grant, as the 2005 pupils 为…免费提供教科书 are;
    # what 对 says is done to the boarders names none)
    text = "为3730万名贫困家庭学生免费提供教科书，对780万名寄宿学生补助了生活费。"
    assert (fact(text, "3730")["indicator"], fact(text, "780")["indicator"]) == ("免费提供教科书的贫困家庭学生", "寄宿学生")


# -- 可比 is a word, not a comparison ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "printed", "indicator"), [
    # 2002
    ("税收大幅度增长，全国财政收入达到１６３７１亿元，按可比口径增加２４００亿元。", "２４００", "全国财政收入"),
    # 1988
    ("国民生产总值１９８７年达到１０９２０亿元，按可比价格计算平均每年增长１１．１％。", "１１．１", "国民生产总值"),
])
def test_keba_is_no_comparison_word_inside_a_method_phrase(text, printed, indicator):
    assert fact(text, printed)["indicator"] == indicator


# -- counts inside fixed phrases --------------------------------------------------------------------

@pytest.mark.parametrize(("text", "kept"), [
    # 1992
    ("西藏是中国神圣领土不可分割的部分，藏族是中国５６个民族大家庭的一员，任何敌对势力制造民族分裂、搞“西藏独立”的图谋都是注定要失败的。",
     []),
    # 1992
    ("中国和印度是世界上两个最大的发展中国家，两国关系的改善，对促进本地区乃至世界的稳定与和平都将发挥重要作用。", []),
    # 2014
    ("落实一方是独生子女的夫妇可生育两个孩子政策。", []),
    # 2011: the rate is a figure, the three kinds of insurance are not
    ("城乡基本养老、基本医疗保障制度实现全覆盖，提高并稳定城乡三项基本医疗保险参保率，政策范围内的医保基金支付水平提高到70% 以上，"
     "全国城镇保障性住房覆盖面达到20%左右。", ["70", "20"]),
])
def test_counts_inside_fixed_phrases_are_no_figures(text, kept):
    assert facts(text)["raw_value"].tolist() == kept


# -- 增长速度 is a growth rate ------------------------------------------------------------------------

def test_a_growth_speed_is_a_growth_rate_of_the_economy():
    # 1998
    r = fact("今年国民经济宏观调控的主要目标是：经济增长速度8 ％，商品零售价格涨幅控制在3 ％以内。", "8")
    assert (r["indicator"], r["indicator_key"], r["measure"], r["status"]) == ("经济增长速度", "gdp", "yoy_pct", "target")


def test_a_growth_speed_per_year_over_several_years_is_a_multi_year_rate():
    # 1978
    r = fact("从一九六六年到一九七六年的十一年中，尽管有刘少奇、林彪特别是“四人帮”的严重干扰破坏，仍然有三分之一的省、市、自治区，"
             "粮食产量平均每年的增长速度都在百分之四点三以上，高的达到百分之五点五；也有三分之一的省、市、自治区，工业产值平均每年的"
             "增长速度都在百分之十二以上，高的达到百分之十八点五。", "百分之四点三")
    assert (r["indicator"], r["measure"], r["comparator"], r["qualifier"]) == ("粮食产量", "change_pct", "平均每年", "at_least")


# -- years as a quantity ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "printed", "indicator"), [
    # 2023
    ("新增劳动力平均受教育年限从13.5年提高到14年。", "14", "新增劳动力平均受教育年限"),
    # 2018
    ("劳动年龄人口平均受教育年限提高到10.5年。", "10.5", "劳动年龄人口平均受教育年限"),
])
def test_years_of_schooling_are_a_quantity_in_years(text, printed, indicator):
    r = fact(text, printed)
    assert (r["indicator"], r["unit"], r["measure"], r["value"]) == (indicator, "年", "level", float(printed))


def test_a_span_of_years_is_still_no_figure():
    # 2023
    text = ("国内生产总值增加到121万亿元，五年年均增长5.2%，十年增加近70万亿元、年均增长6.2%，在高基数基础上实现了中高速增长、"
            "迈向高质量发展。")
    assert "年" not in facts(text)["unit"].tolist()


# -- from A to B: A is the level of the earlier period ---------------------------------------------------

@pytest.mark.parametrize(("text", "printed", "indicator", "value"), [
    # 2018
    ("脱贫攻坚取得决定性进展，贫困人口减少6800多万，易地扶贫搬迁830万人，贫困发生率由10.2%下降到3.1%。", "10.2", "贫困发生率", 10.2),
    # 1983
    ("财政收入占国民收入的比重，由一九七八年的百分之三十七点二下降到一九八二年的百分之二十五点五。", "百分之三十七点二", "财政收入占国民收入的比重", 37.2),
])
def test_the_from_value_of_a_decline_to_is_a_rate_not_a_change(text, printed, indicator, value):
    r = fact(text, printed)
    assert (r["indicator"], r["measure"], r["value"]) == (indicator, "rate_pct", value)


def test_the_unit_a_price_is_stated_per_is_no_figure():
    # 2011
    f = facts("继续实施粮食最低收购价政策，今年小麦最低收购价每50公斤提高5到7元，水稻最低收购价每50公斤提高9到23元。")
    assert f["raw_value"].tolist() == ["5", "7", "9", "23"]
    assert f["indicator"].str.startswith("水稻").tolist() == [False, False, True, True]


# -- persons counted with only a magnitude ------------------------------------------------------------

def test_a_magnitude_before_a_modified_person_noun_counts_persons():
    # 2021
    f = facts("脱贫攻坚成果举世瞩目，5575万农村贫困人口实现脱贫，960多万建档立卡贫困人口通过易地扶贫搬迁摆脱了“一方水土难养一方人”"
              "的困境，区域性整体贫困得到解决，完成了消除绝对贫困的艰巨任务。")
    assert f["unit"].tolist() == ["人", "人"]
    assert f["value"].tolist() == [55750000.0, 9600000.0]


def test_a_magnitude_after_a_person_noun_counts_persons():
    # 2017
    f = facts("农村贫困人口减少1240万，易地扶贫搬迁人口超过240万。")
    assert f[["indicator", "unit", "measure"]].values.tolist() == [
        ["农村贫困人口", "人", "abs_change"], ["易地扶贫搬迁人口", "人", "level"]]


# -- a plan verb between the payer and what is paid ----------------------------------------------------

def test_a_plan_verb_inside_a_name_is_no_part_of_it():
    # 2009
    f = facts("中央财政拟安排补贴资金1230亿元，比上年增加200亿元。")  # (the budget paying stays)
    assert f[["indicator", "measure", "status"]].values.tolist() == [
        ["中央财政补贴资金", "level", "target"], ["中央财政补贴资金", "abs_change", "target"]]
    assert not f["flags"].astype(str).str.contains("subject_carried").any()


def test_a_leading_zai_is_no_part_of_a_name_but_zaijiuye_is():
    # 2017
    r = fact("今年要再压减钢铁产能5000万吨左右，退出煤炭产能1.5亿吨以上。", "5000")
    assert (r["indicator"], r["qualifier"], r["measure"]) == ("钢铁产能", "about", "abs_change")
    # 2004
    assert facts("今年中央财政预算安排再就业补助资金83亿元，比去年增加36亿元。")["indicator"].tolist() == ["中央财政再就业补助资金"] * 2


# -- 分别 lists: items joined by 和, a shared 的 suffix, a later list of the same sentence ------------------

def test_a_list_joined_by_he_in_the_clause_before_fenbie_is_split():
    # 2001
    f = facts("农村居民人均纯收入和城镇居民人均可支配收入，2000年分别达到2253元和6280元，平均每年实际增长4.7％和5.7％。")
    rural, urban = "农村居民人均纯收入", "城镇居民人均可支配收入"
    assert f["indicator"].tolist() == [rural, urban, rural, urban]
    assert f["measure"].tolist() == ["level", "level", "change_pct", "change_pct"]


def test_a_shared_de_suffix_and_a_later_list_of_the_sentence():
    # 2007
    f = facts("全年中央财政用于科技、教育、卫生和文化事业的支出分别为774亿元、536亿元、138亿元和123亿元，"
              "比上年增长29.2%、39.4%、65.4%和23.9%。")
    # (each item keeps the payer and purpose word of the first: 中央财政用于)
    names = ["中央财政用于科技的支出", "中央财政用于教育的支出", "中央财政用于卫生的支出", "中央财政用于文化事业的支出"]
    assert f["indicator"].tolist() == names * 2


def test_one_figure_for_a_fenbie_list_is_each_items():
    # 2016: one figure that each item of the list reaches: a fact of each item, not of its last item only
    f = facts("今年化学需氧量、氨氮排放量要分别下降2%，二氧化硫、氮氧化物排放量分别下降3%，重点地区细颗粒物（PM2.5）浓度继续下降。")
    assert f["indicator"].tolist()[:4] == ["化学需氧量排放量", "氨氮排放量", "二氧化硫排放量", "氮氧化物排放量"]
    assert f["value"].tolist()[:4] == [-2.0, -2.0, -3.0, -3.0]


def test_growths_without_fenbie_pair_with_the_subjects_named_just_before():
    # 2009
    f = facts("城镇居民人均可支配收入15781元，农村居民人均纯收入4761元，实际增长8.4%和8%。")
    assert f["indicator"].tolist() == ["城镇居民人均可支配收入", "农村居民人均纯收入"] * 2
    # 2012
    f = facts("城镇居民人均可支配收入和农村居民人均纯收入实际增长8.4％和11.4％。")
    assert f["indicator"].tolist() == ["城镇居民人均可支配收入", "农村居民人均纯收入"]


def test_an_amount_paid_is_named_by_what_is_paid_and_the_budget_paying_it():
    # 2009, 2018
    assert facts("抓紧全面实施灾后恢复重建总体规划，中央财政今年再安排1300亿元灾后重建资金。")["indicator"].tolist() == [
        "中央财政灾后重建资金"]
    assert facts("以钢铁、煤炭等行业为重点加大去产能力度，中央财政安排1000亿元专项奖补资金予以支持。")[
        "indicator"].tolist() == ["中央财政专项奖补资金"]
    # 2005: funds named by nothing but 资金 are the payer's funds, for the use printed after them
    f = facts("今年中央财政安排109亿元资金支持再就业，比上年增加26亿元。")
    assert f["indicator"].tolist() == ["支持再就业的中央财政资金", "支持再就业的中央财政资金"]


def test_the_growth_of_an_earlier_year_compared_with_keeps_the_subject():
    # 1987
    f = facts("全民所有制单位基本建设投资比上年增长７．３％，大大低于１９８５年增长４４．６％的速度。")
    assert f["indicator"].tolist() == ["全民所有制单位基本建设投资"] * 2


def test_a_record_said_of_a_subject_is_no_part_of_its_name():
    # 2011
    f = facts("粮食产量屡创历史新高，去年达到1.09万亿斤，连续7年增产。")
    assert f["indicator"].tolist()[0] == "粮食产量"


def test_the_verb_that_carries_out_a_programme_is_no_part_of_its_name():
    # 2014
    f = facts("推进生态保护与建设。继续实施退耕还林还草，今年拟安排500万亩。")
    assert f["indicator"].tolist() == ["退耕还林还草面积"]


def test_an_anniversary_in_chinese_numerals_is_no_figure():
    # 1994, 2022
    assert facts("纪念毛泽东主席诞辰一百周年和播出节目。").empty
    assert facts("隆重庆祝中国共产党成立一百周年，胜利召开党的十九届六中全会。").empty


def test_a_range_before_a_growth_noun_is_growth_at_both_ends():
    # 1994
    f = facts("只要我们能够再连续若干年保持百分之八至百分之九的增长率，就是了不起的成绩。")
    assert f["measure"].tolist() == ["yoy_pct", "yoy_pct"]


def test_a_multiple_of_a_base_names_the_thing_before_and_keeps_the_base():
    # 2003
    r = fact("五年全国环境保护和生态建设投入5800亿元，是1950年到1997年投入总和的1.7倍。", "1.7")
    assert (r["indicator"], r["comparator"], r["unit"]) == ("全国环境保护和生态建设投入", "1950年到1997年投入总和", "倍")


def test_a_change_against_a_five_year_period_is_against_that_base():
    # 2001
    r = fact("吸收外资规模增大、质量提高。五年累计实际利用外资2894亿美元，比“八五”时期增长79.6％。", "79.6")
    assert (r["indicator"], r["measure"], r["comparator"]) == ("实际利用外资", "change_pct", "“八五”时期")


@pytest.mark.parametrize(("text", "printed", "indicator"), [
    # 1994
    ("各级政府和社会有关方面要采取积极有效的措施，努力把全年零售物价上涨幅度控制在百分之十以内。", "百分之十", "零售物价"),
    # 1994
    ("基础性研究、应用技术研究、科技攻关等计划实施顺利，取得重大科技成果３万多项，银河Ⅱ型计算机、曙光一号并行计算机等一批科研成果"
     "达到世界先进水平。", "３", "重大科技成果"),
])
def test_names_lose_a_leading_effort_or_obtain_and_a_cut_growth_noun(text, printed, indicator):
    assert fact(text, printed)["indicator"] == indicator


def test_a_name_loses_a_leading_wei_before_enterprises():
    # 2018
    r = fact("全年再为企业和个人减税8000多亿元，促进实体经济转型升级，着力激发市场活力和社会创造力。", "8000")
    assert r["indicator"] == "减税"  # (the recipients after 为 go too)


def test_a_growth_target_averaged_over_a_plan_period_is_a_multi_year_change():
    # 2001
    r = fact("综合考虑各方面因素，“十五”期间年均经济增长速度预期目标为7％左右。", "7")
    assert (r["measure"], r["comparator"]) == ("change_pct", "年均")
    assert "multi_year" in r["flags"]


@pytest.mark.parametrize(("text", "printed", "comparator"), [
    # 1983
    ("一九八二年全国工农业总产值达到八千二百九十一亿元，比一九七八年增长百分之三十二点六，平均每年增长百分之七点三。",
     "百分之三十二点六", "一九七八年"),
    # 1986
    ("按一九八○年不变价格计算，一九九○年工农业总产值达到一万六千七百七十亿元，比一九八○年增长一点三倍；"
     "国民生产总值达到一万一千一百七十亿元，比一九八○年增长一点六倍。", "一点六", "一九八○年"),
])
def test_a_change_against_a_year_in_chinese_numerals_is_against_that_year(text, printed, comparator):
    r = fact(text, printed)
    assert (r["measure"], r["comparator"]) == ("change_pct", comparator)


@pytest.mark.parametrize(("text", "printed", "value", "unit", "qualifier", "part", "raw_unit"), [
    # 2018
    ("高速铁路运营里程从9000多公里增加到2万5千公里、占世界三分之二，高速公路里程从9.6万公里增加到13.6万公里，"
     "新建改建农村公路127万公里，新建民航机场46个，开工重大水利工程122项，完成新一轮农村电网改造，建成全球最大的移动宽带网。",
     "2万5千", 25000, "公里", "exact", "5", "公里"),
    # 2018
    ("日均新设企业由5千多户增加到1万6千多户", "1万6千", 16000, "户", "over", "6", "户"),
    # 2018: a part with 千万 after 亿
    ("形成世界上人口最多的中等收入群体。出境旅游人次由8300万增加到1亿3千多万。教育事业全面发展。",
     "1亿3千", 130_000_000, "人次", "over", "3", "万"),
])
def test_a_smaller_part_after_the_magnitude_is_one_number(text, printed, value, unit, qualifier, part, raw_unit):
    # the printed numeral holds its smaller part (2万5千), its unit what follows it (公里), as 二万五千千瓦 reads
    assert part not in facts(text)["raw_value"].tolist()
    r = fact(text, printed)
    assert (r["value"], r["unit"], r["qualifier"], r["raw_unit"]) == (value, unit, qualifier, raw_unit)


def test_a_net_decrease_of_a_list_is_a_negative_change():
    # 2023
    text = ("森林覆盖率达到24%，草原综合植被盖度和湿地保护率均达50%以上，"
            "水土流失、荒漠化、沙化土地面积分别净减少10.6万、3.8万、3.3万平方公里。")
    f = facts(text)
    rows = f[f["raw_value"].isin(["10.6", "3.8", "3.3"])]
    assert rows["measure"].tolist() == ["abs_change"] * 3
    assert rows["value"].tolist() == [-106000.0, -38000.0, -33000.0]
    assert rows["unit"].tolist() == ["平方公里"] * 3  # (printed once, after the last)


@pytest.mark.parametrize(("year", "phrase", "printed"), [
    # 2022
    (2022, "今年高校毕业生超过1000万人，要加强就业创业指导、政策支持和不断线服务。", "1000"),
    # 2016
    (2016, "今年高校毕业生将高达765万人", "765"),
])
def test_the_graduates_of_the_plan_year_are_an_estimate(work_reports, year, phrase, printed):
    assert _status_at(work_reports, year, phrase, printed) == "estimate"


@pytest.mark.parametrize("text", [
    # 1986
    "我们一定要在国内和国际两条战线上继续努力，把我国的社会主义现代化建设不断推向前进，为世界和平和人类进步事业作出更大的贡献。",
    # 1988
    "在新旧两种体制并存的条件下，在改革旧体制和探索、完善新体制的过程中，面临许多新的矛盾。",
    # 1995
    "各级政府都要把精神文明建设列入社会经济发展总体规划，贯穿于物质文明建设之中，使两个文明建设协调发展，相互促进，"
    "任何时候都不能以牺牲精神文明为代价换取经济的一时发展。",
])
def test_a_small_count_of_the_things_just_named_is_no_figure(text):
    assert facts(text).empty


@pytest.mark.parametrize(("text", "printed", "indicator", "unit"), [
    # 1994
    ("要认真实施扶贫攻坚计划，在从现在起到本世纪末的七年时间里，积极扶持贫困地区特别是老、少、边地区发展经济，帮助他们脱贫致富，"
     "基本解决８０００万人的温饱问题。", "８０００", "解决温饱问题的人口", "人"),
    # 2012
    ("继续推进农村危房改造，解决了6398万农村人口的饮水困难和60万无电地区人口的用电问题，农村生产生活条件进一步改善。",
     "6398", "解决饮水困难的农村人口", "人"),
])
def test_a_count_of_persons_whose_problem_is_solved_is_named_by_the_problem(text, printed, indicator, unit):
    r = fact(text, printed)
    assert (r["indicator"], r["unit"]) == (indicator, unit)
    assert "subject_carried" not in r["flags"]


@pytest.mark.parametrize("text", [
    # 1999
    "综合分析国内外的有利条件和制约因素，今年的经济增长预期为7％左右。",
    # 2015
    "经济增长预期7%左右，考虑了需要和可能，与全面建成小康社会目标相衔接，与经济总量扩大和结构升级的要求相适应，符合发展规律，符合客观实际。",
])
def test_an_expected_growth_is_a_change_against_last_year(text):
    r = fact(text, "7")
    assert (r["indicator"], r["measure"]) == ("经济增长速度", "yoy_pct")


# -- a cut verb before the thing cut and its percentage ----------------------------------------------

@pytest.mark.parametrize(("printed", "indicator"), [("30", "政府性基金项目"), ("60", "中央政府层面设立的涉企收费项目")])
def test_a_cut_verb_before_the_thing_cut_gives_a_decline_of_the_thing(printed, indicator):
    # 2018
    text = "多措并举降成本，压减政府性基金项目30%，削减中央政府层面设立的涉企收费项目60%以上，阶段性降低社保费率。"
    r = fact(text, printed)
    assert (r["indicator"], r["measure"], r["value"]) == (indicator, "change_pct", -float(printed))


def test_a_cut_to_a_level_is_no_cut_by_a_percentage():
    # 1958
    text = "使非生产性建设投资在整个建设投资中的比重，由过去的百分之三十以上，降低到百分之二十左右。"
    r = fact(text, "百分之二十")
    assert (r["measure"], r["value"]) == ("rate_pct", 20.0)


def test_completion_of_the_budget_figure_names_what_was_collected():
    # 1956
    text = "（一）各项税收共收到１２，７４５，３９０，０００元，完成预算数的９２．４９％；其中工商税收到８，７２５，４８３，０００元，完成预算数的８７．２５％；"
    assert fact(text, "９２．４９")["indicator"] == "各项税收"
    assert fact(text, "８７．２５")["indicator"] == "工商税"


@pytest.mark.parametrize(("text", "printed", "unit"), [
    ("出境旅游人次由8300万增加到1亿3千多万。", "8300", "人次"),  # 2018
    ("城镇居民基本医疗保险试点城市由上年的88个增加到317个，参保人数增加7359万，总计达到1.17亿。", "7359", "人"),  # 2009
    ("如期完成裁减员额50万的任务。", "50", "人"),  # 2003
])
def test_a_bare_ten_thousands_after_a_name_ending_in_what_is_counted_takes_its_unit(text, printed, unit):
    assert fact(text, printed)["unit"] == unit


def test_a_level_reached_as_a_new_step_is_a_figure_of_the_thing_reached():
    # 2025
    text = "主要表现在，产业升级有新进展，粮食产量首次跃上1.4万亿斤新台阶、亩产提升10.1斤；"
    r = fact(text, "1.4")
    assert (r["indicator"], r["measure"], r["value"], r["unit"]) == ("粮食产量", "level", 1.4e12, "斤")


def test_a_contribution_is_that_of_the_subject_before_it_and_leaves_it_the_subject():
    # 2017
    text = "——经济运行缓中趋稳、稳中向好。国内生产总值达到74.4\n\u200b\n万亿元，增长6.7%，名列世界前茅，对全球经济增长的贡献率超过30%。"
    assert fact(text, "30")["indicator"] == "国内生产总值对全球经济增长的贡献率"
    # 2015: a contribution that is the clause's own subject stays the name of the figures after it
    text = "粮食产量达到6.07亿吨，消费对经济增长的贡献率上升3个百分点，达到51.2%，服务业增加值比重由46.9%提高到48.2%"
    assert fact(text, "51.2")["indicator"] == "消费对经济增长的贡献率"


@pytest.mark.parametrize(("text", "printed", "indicator"), [
    # 1958
    ("一九五八年工业总产值计划达到六百四十三亿七千万元，手工业总产值计划达到一百零三亿七千万元。",
     "一百零三亿七千万", "手工业总产值"),
    # 1982
    ("固定资产投资总额计划为三千六百亿元，将兴建", "三千六百亿", "固定资产投资总额"),
])
def test_the_plan_word_after_a_quantity_is_no_part_of_its_name(text, printed, indicator):
    r = fact(text, printed)
    assert (r["indicator"], r["status"]) == (indicator, "target")


def test_an_adverb_is_never_a_name_but_may_start_one():
    # 2025
    assert facts("一次性增加6万亿元地方专项债务限额置换存量隐性债务。")["indicator"].tolist() == ["地方专项债务限额"]
    # the constructed dongcheng_2022_h1 report (a fixture): the subsidy's printed name
    assert fact("发放援企稳岗补贴8900万元、一次性留工培训补助1.15亿元，惠及企业", "1.15")["indicator"] == "一次性留工培训补助"


def test_a_year_compared_with_the_year_before_gives_changes_on_last_year():
    # 1982
    f = facts("一九八一年比一九八○年，原煤增长百分之零点二，原油下降百分之四点五，电力增长百分之二点九，")
    assert set(f["measure"]) == {"yoy_pct"} and set(f["comparator"]) == {"一九八○年"}


def test_not_only_but_also_carries_the_subject():
    # 1981
    text = "又遇上了严重的自然灾害，工农业生产总值不仅没有下降，而且将比上年增长３％以上，整个经济形势比"
    assert fact(text, "３")["indicator"] == "工农业生产总值"


def test_an_amount_moved_into_a_mechanism_is_named_by_what_is_moved():
    # 2022: what is moved, named by what it is moved into
    text = "建立常态化财政资金直达机制，将2.8万亿元中央财政资金纳入直达范围。"
    assert fact(text, "2.8")["indicator"] == "纳入直达范围的中央财政资金"


# -- a comparison frame and the parallel list after it ---------------------------------------------------

@pytest.mark.parametrize(("year", "phrase", "printed", "measure", "comparator"), [
    # 1955: 同…比较 frames the list like 同…相比; 1957 against 1952 is a change over five years
    (1955, "一九五七年同一九五二年比较，高等学校在校学生的人数将增长百分之一百二十七", "百分之一百二十七", "change_pct",
     "一九五二年"),
    (1955, "高级中学在校学生的人数将增长百分之一百七十八", "百分之一百七十八", "change_pct", "一九五二年"),
    # 1956: a frame opening its sentence compares the year reviewed (1955) with the year before it
    (1956, "同１９５４年比较，绝大多数产品的产量都有增长：原煤增长１７％", "１７", "yoy_pct", "1954年"),
    (1956, "胶鞋增长１５％", "１５", "yoy_pct", "1954年"),
    # 1956: a subject compared with a year before the colon of its list (产量比１９５４年有所减少：) sets the base too
    (1956, "产量比１９５４年有所减少：棉纱减少１４％", "１４", "yoy_pct", "1954年"),
    (1956, "纸烟减少４％", "４", "yoy_pct", "1954年"),
    # 1975: the members after 比一九六四年增长一点九倍 keep its base, a growth in 倍 too
    (1975, "钢增长一点二倍", "一点二", "change_pct", "一九六四年"),
    (1975, "棉纱增长百分之八十五", "百分之八十五", "change_pct", "一九六四年"),
    (1975, "化学纤维增长三点三倍", "三点三", "change_pct", "一九六四年"),
])
def test_the_members_of_a_list_after_a_comparison_keep_its_base(work_reports, year, phrase, printed, measure,
                                                                comparator):
    fact = work_reports.fact_at(year, phrase, printed)
    assert (fact["measure"], fact["comparator"]) == (measure, comparator)


@pytest.mark.parametrize(("year", "phrase", "printed", "measure", "comparator"), [
    # 1955: 其中 opening the next sentence breaks down 比一九五二年增长百分之八十左右: the parts grow against 1952 too
    (1955, "其中：国营商业约增长百分之一百三十三点二", "百分之一百三十三点二", "change_pct", "一九五二年"),
    (1955, "合作社营商业约增长百分之二百三十九点五", "百分之二百三十九点五", "change_pct", "一九五二年"),
    # 1980 (the plan for 1981): 其中 in the whole's sentence; against last year, as the whole
    (1980, "其中，农业总产值增长4％", "4", "yoy_pct", "1980年"),
    (1980, "工业总产值增长6％", "6", "yoy_pct", "1980年"),
    # 1985: a part that prints a time of its own (第四季度) is no part of the year's base
    (1985, "其中第四季度增长３８％", "３８", "yoy_pct", ""),
    # 2007: a part of an average over years (年均超收) printing its own year keeps none of the average's; revenue
    # above the budget (超收) is against the budget
    (2007, "其中去年超收2573亿元", "2573", "abs_change", "预算"),
])
def test_a_part_after_qizhong_takes_the_base_of_its_whole(work_reports, year, phrase, printed, measure, comparator):
    fact = work_reports.fact_at(year, phrase, printed)
    assert (fact["measure"], fact["comparator"]) == (measure, comparator)


def test_a_part_after_qizhong_of_an_amount_against_a_base_is_against_it():
    # fengtai_2020_h1 (a constructed report, regression fixture)
    f = facts("二是财政收支矛盾突出，区级税收较去年同期减收4.6亿元，其中增值税、企业所得税分别下降12.3%和9.1%。")
    parts = f[f["raw_value"].isin(["12.3", "9.1"])]
    assert parts["measure"].tolist() == ["yoy_pct"] * 2 and parts["comparator"].tolist() == ["去年同期"] * 2


def test_a_bare_change_of_a_part_is_of_the_whole_bare_change_not_its_other_base():
    # haidian_2021_h1 (a constructed report, regression fixture): the whole prints a bare change and one on 2019
    f = facts("社会消费品零售总额完成1163.8亿元，增长24.5%，比2019年同期增长3.6%，其中网上零售额482.7亿元，增长17.3%。")
    assert f.loc[f["raw_value"] == "17.3", ["measure", "comparator"]].values.tolist() == [["yoy_pct", ""]]


@pytest.mark.parametrize("printed", ["二十八万", "二十一万"])
def test_a_clause_opening_with_an_example_word_names_the_figures_after_it(work_reports, printed):
    # 1957: 例如高等学校的毕业生 names the graduates, not the clause before it that says education grew
    phrase = "我国的文化教育事业在这期间也有了巨大的发展，例如高等学校的毕业生，第一个五年合计为二十八万人"
    fact = work_reports.fact_at(1957, phrase if printed == "二十八万" else "三十六年合计不过二十一万多人", printed)
    assert fact["indicator"] == "高等学校的毕业生"


def test_a_part_in_times_after_a_change_on_another_base_stays_on_last_year():
    # haidian_2022_q3 (a constructed report, regression fixture)
    text = ("全社会固定资产投资完成486.2亿元,同比增长4.3%,比2020年同期增长18.7%;其中高技术产业投资增长1.2倍,基础设施投资"
            "同比下降9.8%,降幅比上半年收窄5.2个百分点;房地产开发投资降幅收窄至3.6%。")
    f = facts(text)
    assert f.loc[f["raw_value"] == "1.2", "measure"].tolist() == ["yoy_pct"]


@pytest.mark.parametrize(("year", "phrase", "printed", "indicator", "status", "period"), [
    # 2019 (a review of 2018): the A of 从每月A提高到B is the standard before the year reviewed
    (2019, "城乡居民基础养老金最低标准从每月70元提高到88元", "70", "城乡居民基础养老金最低标准", "actual", "2017年"),
    # 2021 (the plan for 2021): the A is the level the plan starts from, not a target
    (2021, "将小规模纳税人增值税起征点从月销售额10万元提高到15万元", "10", "小规模纳税人增值税起征点", "actual",
     "2020年"),
    # 2023: 阶段性 says how long the change holds, no part of the name
    (2023, "阶段性将小规模纳税人增值税起征点从月销售额3万元提高到15万元", "3", "小规模纳税人增值税起征点", "actual", None),
])
def test_the_a_of_a_per_month_from_to_is_a_from_value(work_reports, year, phrase, printed, indicator, status, period):
    fact = work_reports.fact_at(year, phrase, printed)
    assert "from_value" in fact["flags"]
    assert (fact["indicator"], fact["status"]) == (indicator, status)
    if period is not None:
        assert fact["period"] == period


@pytest.mark.parametrize(("text", "printed", "comparator"), [
    # 1960
    ("使我们在一九五八年和一九五九年取得了农业生产的连续大跃进，粮食两年增长百分之四十六，棉花两年增长百分之四十七。",
     "百分之四十七", "两年"),
    # 1983
    ("我国进出口贸易总额，由一九七八年的三百五十五亿元增加到一九八二年的七百七十二亿元，四年增长一点二倍。", "一点二", "四年"),
    # 1983
    ("由一九七八年的三百七十一亿元增加到一九八二年的六百五十亿元，四年间增长百分之七十五点二。", "百分之七十五点二", "四年间"),
    # 2001
    ("居民储蓄存款余额五年增长1倍多，股票、债券等其他金融资产迅速增加。", "1", "五年"),
    # 2018
    ("各类市场主体达到9800多万户，五年增加70%以上。", "70", "五年"),
])
def test_a_change_over_a_number_of_years_is_no_change_on_last_year(text, printed, comparator):
    r = fact(text, printed)
    assert (r["measure"], r["comparator"]) == ("change_pct", comparator)
    assert "multi_year" in r["flags"]


@pytest.mark.parametrize("text", [
    # 1983
    "一九八二年增长百分之五。",  # (a year in numerals: no span of years)
    # 2016
    "2015年增长6.9%。",
])
def test_a_year_before_a_growth_is_no_span(text):
    assert facts(text)["measure"].tolist() == ["yoy_pct"]


def test_a_frame_comparing_with_a_year_described_before_it():
    # 1981
    text = ("１９８０年同完成经济恢复的１９５２年相比，工农业总产值增长八点一倍，国民收入增长四点二倍，"
            "工业固定资产增长二十六倍，全国人民的平均消费水平提高一倍。")
    f = facts(text)
    rows = f[f["raw_value"].isin(["八点一", "四点二", "二十六"])]
    assert rows["measure"].tolist() == ["change_pct"] * 3
    assert rows["comparator"].tolist() == ["1952年"] * 3


@pytest.mark.slow  # (two more whole reports read)
@pytest.mark.parametrize(("year", "phrase", "printed", "period"), [
    # 1995 (a review of 1994): 上年 is 1993
    (1995, "固定资产投资增长幅度由上年的百分之五十八点六回落到百分之二十七点八", "百分之五十八点六", "1993年"),
    # 2004: a sentence on 2003, 上年 is 2002
    (2004, "其中用于城市居民最低生活保障的补助资金由上年46亿元增加到92亿元", "46", "2002年"),
])
def test_the_a_of_last_year_in_a_review_is_of_the_year_before_the_one_reviewed(work_reports, year, phrase, printed,
                                                                               period):
    fact = work_reports.fact_at(year, phrase, printed)
    assert "from_value" in fact["flags"]
    assert fact["period"] == period


def test_a_growth_arranged_against_this_year_is_a_target():
    # 1981 (the plan for 1981, delivered in 1980)
    r = fact("国民收入也安排为比今年增长４％左右。这就要求明年的经济工作必须做得更好。", "４")
    assert (r["measure"], r["status"], r["qualifier"]) == ("yoy_pct", "target", "about")


@pytest.mark.parametrize(("text", "printed", "period"), [
    # 1958 (the plan for 1958)
    ("如果仍然按照一九五二年的不变价格计算，一九五八年的工业总产值则为七百一十九亿六千万元，农业和农副业总产值则为六百四十二亿五千万元。",
     "六百四十二亿五千万", "一九五八年"),
    # 1959
    ("这样，一九五七年的工农业总产值就应当是一千二百四十一亿元，工业和手工业总产值是七百零四亿元。", "七百零四亿", "一九五七年"),
    # 1955
    ("一九三六年的粮食产量是三千亿斤，此后差不多年年下降。", "三千亿", "一九三六年"),
])
def test_a_year_with_de_heading_its_clause_is_the_period(text, printed, period):
    assert fact(text, printed)["period"] == period


def test_a_year_with_de_heading_a_sentence_holds_in_that_sentence_only():
    # 1955: the year of a past level, then the figures of the plan
    text = ("一九三六年的粮食产量是三千亿斤，此后差不多年年下降。"
            "内河轮驳船货物周转量将达到一百五十三亿吨公里，即比一九五二年增长三点二倍。")
    assert fact(text, "一百五十三亿")["period"] != "一九三六年"


@pytest.mark.parametrize(("text", "printed", "period"), [
    # 1959 (the plan for 1959): the base of the change, of 1958
    ("计划规定，一九五九年的铁路货物运输量将达到五亿二千万吨，比一九五八年的三亿八千万吨增长百分之三十六。", "三亿八千万", "一九五八年"),
    # 1959
    ("如果同建国初期的一九五零年的一百七十亿元作比较，则增长二点八倍。", "一百七十亿", "一九五零年"),
])
def test_a_level_right_after_a_year_with_de_is_of_that_year(text, printed, period):
    r = fact(text, printed)
    assert (r["measure"], r["period"]) == ("level", period)


def test_the_level_a_planned_change_starts_from_is_an_outcome():
    # 1959 (the plan for 1959)
    r = fact("计划规定，一九五九年的铁路货物运输量将达到五亿二千万吨，比一九五八年的三亿八千万吨增长百分之三十六。", "三亿八千万")
    assert (r["reference"], r["status"]) == ("prior", "actual")
    assert fact("计划规定，一九五九年的铁路货物运输量将达到五亿二千万吨，比一九五八年的三亿八千万吨增长百分之三十六。",
                "五亿二千万")["status"] == "target"
    # 1993: 比现有的 keeps the level it starts from
    assert fact("国务院的部委和直属机构、办事机构共５９个，比现有的８６个减少２７个。", "８６")["reference"] == "prior"


def test_the_unit_after_the_last_of_a_pair_is_the_first_ones_too():
    # 2009
    f = facts("各项社会保险覆盖面继续扩大，城镇职工基本养老保险、基本医疗保险参保人数分别增加1753万和2028万，"
              "失业、工伤、生育保险参保人数也都有增加。")
    assert f.loc[f["raw_value"].isin(["1753", "2028"]), "unit"].tolist() == ["人", "人"]


def test_the_noun_after_the_last_count_of_a_list_is_every_members():
    # 1955
    f = facts("在它们全部建设完成后，我国就能够制造每台容量一万二千千瓦、二万五千千瓦以至五万千瓦的发电设备，"
              "每年的生产能力约为八十万千瓦。")
    rows = f[f["raw_value"].isin(["一万二千", "二万五千", "五万"])]
    assert rows["indicator"].tolist() == ["发电设备"] * 3


# -- a figure a limiting 只有 reaches is stated, not planned ------------------------------------------

@pytest.mark.parametrize(("year", "phrase", "printed", "period"), [
    # 1955: 到一九四九年 frames a year of history; 只有 says what there was, never what a plan sets
    (1955, "到一九四九年，粮食产量只有二千二百六十亿斤", "二千二百六十亿", "一九四九年"),
    (1955, "棉花产量只有八百八十多万担", "八百八十多万", "一九四九年"),
    (1955, "到一九三三年，全国钢产量也只有二万五千吨", "二万五千", "一九三三年"),
])
def test_a_figure_after_only_had_is_an_outcome(work_reports, year, phrase, printed, period):
    fact = work_reports.fact_at(year, phrase, printed)
    assert (fact["status"], fact["period"]) == ("actual", period)


# -- a sentence opening with 到YEAR gives its year to the levels its paragraph plans to reach -----------------

@pytest.mark.parametrize(("phrase", "printed"), [
    # 1955: 到一九五七年，铁路货物周转量将达到…。 opens the plan of transport; the later sentences of its paragraph
    # reach their levels in 一九五七年 too
    ("内河轮驳船货物周转量将达到一百五十三亿吨公里", "一百五十三亿"),
    ("沿海轮驳船货物周转量将达到五十七亿五千万吨海里", "五十七亿五千万"),
    ("邮路总长度将达到一百九十七万公里", "一百九十七万"),
])
def test_a_level_reached_after_a_to_year_sentence_is_of_that_year(work_reports, phrase, printed):
    fact = work_reports.fact_at(1955, phrase, printed)
    assert (fact["status"], fact["period"]) == ("target", "一九五七年")


def test_what_is_built_up_to_a_to_year_keeps_the_plan_span(work_reports):
    # 1982: 到一九八五年 opens the sentence before; 132 berths are built over the plan's years, not in 1985
    fact = work_reports.fact_at(1982, "等十五个港口建设一百三十二个深水泊位", "一百三十二")
    assert fact["period"] == "1981-1985年"


# -- spans of years and clause edges ------------------------------------------------------------------

@pytest.mark.slow  # (two more whole reports read)
@pytest.mark.parametrize(("year", "phrase", "printed", "period"), [
    # 2000: 已建成的主要有： goes on with the sentence before, whose run-in 两年来 holds in it only
    (2000, "加固大江大河大湖堤防近6100公里", "6100", "1998-1999年"),
    (2000, "建成仓容250亿公斤的国家粮食储备库", "250", "1998-1999年"),
    # 2023: 经过八年 says how long the effort took, not when it ended (not the year reviewed): the span as printed
    (2023, "经过八年持续努力，近1亿农村贫困人口实现脱贫", "1", "经过八年"),
    (2023, "全国832个贫困县全部摘帽", "832", "经过八年"),
])
def test_the_period_of_a_span_printed_before_the_sentence_that_goes_on_with_it(work_reports, year, phrase, printed,
                                                                                 period):
    assert work_reports.fact_at(year, phrase, printed)["period"] == period


def test_a_sentence_going_on_after_a_change_against_a_base_takes_no_period_of_it():
    # 1955: 其中 after a change of 一九五七年 on 一九五二年: the part's time goes with a base it does not print
    f = facts("一九五七年比一九五二年，我国工业总产值将增长百分之九十八点三，即平均每年递增百分之十四点七。"
              "其中，现代工业增长百分之一百零四点一，即平均每年递增百分之十五点三。")
    assert f.loc[f["value"] == 104.1, "period"].tolist() == [""]


@pytest.mark.parametrize(("text", "printed", "indicator"), [
    # 2018: 推进…改革 is a clause of its own before 、; the area is what the share is of
    ("推进农村承包地“三权”分置改革、确权面积超过80%，改革重要农产品收储制度。", "80", "确权面积"),
    # 2021: a count of persons taken into schemes names the persons
    ("对因疫情遇困群众及时给予救助，新纳入低保、特困供养近600万人，实施临时救助超过800万人次。", "600",
     "新纳入低保、特困供养人员"),
])
def test_a_clause_before_a_list_mark_is_no_part_of_the_name(text, printed, indicator):
    assert fact(text, printed)["indicator"] == indicator


def test_a_list_of_items_before_a_shared_head_keeps_its_items():
    # 2011, 1982: items of a list the head after the last one is shared by
    text = "保障性安居工程、农村民生工程和社会事业投资占43.7%，自主创新、结构调整、节能减排和生态建设占15.3%。"
    assert fact(text, "43.7")["indicator"] == "保障性安居工程、农村民生工程和社会事业投资"
    text = "第六个五年计划期间，用于现有企业设备更新、技术改造的资金为一千三百亿元。"
    assert facts(text)["indicator"].tolist() == ["用于现有企业设备更新、技术改造的资金"]


# -- the basis a figure is reckoned on, and a plan verb, at the edges of a name -----------------------

@pytest.mark.parametrize(("text", "printed", "indicator"), [
    # 1955: 以播种面积计算 is how the crop is counted, no name; the crop named before the colon is
    ("油料作物：以播种面积计算达到一亿一千八百万亩，增长百分之三十七点八。", "一亿一千八百万", "油料作物"),
    # 1955: 以货币计算 after the name says how the wage is reckoned
    ("两年来，全国工资总额共增长百分之五十六，工人职员平均工资以货币计算增长百分之十四。", "百分之十四",
     "工人职员平均工资"),
    # 1956: 准备 before the change is the plan, not the name
    ("在１９５６年，根据农业发展情况的需要和可能，夏征和秋征的总额准备增加到约４１４亿斤，比１９５５年增加约３４亿斤。",
     "４１４", "夏征和秋征的总额"),
])
def test_a_basis_or_a_plan_verb_at_the_edge_of_a_name_is_no_part_of_it(text, printed, indicator):
    assert fact(text, printed)["indicator"] == indicator


def test_a_figure_the_government_is_ready_to_raise_is_a_target():
    # 1956: 准备增加到 plans the levy; the year of the sentence is not needed to read it so
    r = fact("在１９５６年，根据农业发展情况的需要和可能，夏征和秋征的总额准备增加到约４１４亿斤。", "４１４")
    assert r["status"] == "target"


@pytest.mark.parametrize(("text", "printed", "key"), [
    # 1982: the products of a plan's list are named bare; each is the output of the product
    ("原煤七亿吨，增长百分之十二点九；发电量三千六百二十亿度，增长百分之二十点四；钢三千九百万吨，增长百分之五点一。",
     "七亿", "raw_coal_output"),
    ("原煤七亿吨，增长百分之十二点九；发电量三千六百二十亿度，增长百分之二十点四；钢三千九百万吨，增长百分之五点一。",
     "三千九百万", "steel_output"),
    # 1985
    ("粮食产量达到四亿零七百多万吨，比上年增长５．１％；棉花达到六百零八万吨，增长３１．１％。", "六百零八万", "cotton_output"),
    # 1979
    ("原油由八千七百万吨增加到一亿零四百万吨，增长百分之十九点五。", "一亿零四百万", "crude_oil_output"),
    # 1959
    ("而一九五八年比一九五七年，钢增加了五百七十三万吨，粮食增加了三千八百亿斤。", "三千八百亿", "grain_output"),
])
def test_a_product_named_bare_in_a_list_of_outputs_is_keyed_as_its_output(text, printed, key):
    assert fact(text, printed)["indicator_key"] == key


def test_each_product_listed_after_a_head_of_new_capacity_names_the_capacity():
    # 1958: the steel of the list is capacity added, not output; 1992: the head opens the first item's clause;
    # 发电机组容量 names a capacity itself: the capacity added, with the head's words saying it is new
    f = facts("由于这些项目的建设完工，冶金工业在今年内新增加的生产能力有：生铁一百八十八万吨，钢一百一十六万六千吨，"
              "钢材七十六万二千吨，铜采选五百吨（日处理矿量），等等。")
    assert f["indicator"].tolist()[:2] == ["生铁新增加的生产能力", "钢新增加的生产能力"]
    assert f["indicator_key"].tolist()[1] == ""
    f = facts("建成投产大中型基本建设和重要技术改造项目２１５个，当年新增加的主要生产能力有煤炭２７１４万吨，"
              "石油１４９１万吨，发电机组容量１１８４万千瓦。")
    assert f["indicator"].tolist() == ["建成投产大中型基本建设和重要技术改造项目", "煤炭新增加的主要生产能力",
                                       "石油新增加的主要生产能力", "新增加的发电机组容量"]


def test_an_actual_amount_printed_bare_after_a_contracted_one_is_of_the_same_investment():
    # 1992: the 43.7亿美元 actually put in is the foreign direct investment's, the utilised part of the 120亿 contracted
    f = facts("全年新增外商投资企业１．２万多家，外商直接投资协议金额１２０亿美元，实际投资４３．７亿美元，"
              "签定了一大批大型对外合作项目。")
    assert f["indicator"].tolist() == ["新增外商投资企业", "外商直接投资协议金额", "外商直接投资实际金额"]
    assert f["indicator_key"].tolist()[2] == "utilised_fdi"
    # a name printed whole keeps it
    f = facts("外商直接投资协议金额１２０亿美元，实际利用外资４３．７亿美元。")
    assert f["indicator"].tolist()[1] == "实际利用外资"


def test_a_bare_actual_verb_after_a_contracted_amount_names_the_amount_actually_put_in():
    # a made-up variant of 1997's 外商直接投资保持增长势头，实际到位４００多亿美元 (tests/test_national_readings_1993_2007_third.py):
    # after a contracted amount (the glossary's contracted FDI) the actual one is no second contracted amount
    f = facts("全区合同利用外资10亿美元，实际到位5亿美元。")
    assert f[["indicator", "indicator_key"]].values.tolist() == [["合同利用外资", "contracted_fdi"],
                                                               ["实际利用外资", "utilised_fdi"]]


def test_a_clause_opening_with_dangnian_is_of_the_whole_year_not_the_end_framed_before():
    # 1997: 当年 after 到去年底 is the year 1996 the 400万 fell over, not its end
    f = facts("一、１９９６年国内工作的回顾\n义务教育工作继续推进，到去年底，全国已有５０％的县（市、区）基本普及九年义务教育，"
              "当年减少青壮年文盲４００万人。")
    assert f[["indicator", "period"]].values.tolist() == [["基本普及九年义务教育的县（市、区）", "1996年底"],
                                                          ["青壮年文盲", "1996年"]]
    # the stocks of the next sentence keep the end the sentence before framed (当年 holds in its sentence only)
    f = facts("一、１９９６年国内工作的回顾\n义务教育工作继续推进，到去年底，全国已有５０％的县（市、区）基本普及九年义务教育，"
              "当年减少青壮年文盲４００万人。职业教育取得可喜进展，高中阶段学生中，职业学校在校生达到５６．８％，"
              "各类职业培训机构达到４０多万个。")
    assert f["period"].tolist() == ["1996年底", "1996年", "1996年底", "1996年底"]
    # (a made-up variant of a mid-year report: after a date within the year, 当年 is the year so far)
    f = facts("北京市东城区2023年上半年国民经济和社会发展计划执行情况的报告\n一、上半年计划执行情况\n"
              "截至6月底，全区累计建成5G基站1200个，当年新建300个。")
    assert f["period"].tolist() == ["截至6月底", "截至6月底"]


def test_a_clause_opening_with_dangnian_in_a_report_on_a_past_year_is_of_that_year(work_reports):
    # 1957: the budget of the year 1956 the report reviews, not a figure of no time
    s = "从财政方面说，执行国家预算的结果，当年支出超过当年收入十八亿三千万元，动用了历年财政结余十六亿五千万元，"
    assert work_reports.fact_at(1957, s, "十八亿三千万")["period"] == "1956年"
    assert work_reports.fact_at(1957, s, "十六亿五千万")["period"] == "1956年"


def test_a_frame_with_no_zai_names_the_whole_of_the_share_after_it():
    # 1980: a frame with no 在 opening its sentence names the whole, as 在…中 does
    r = fact("全民所有制工业企业新增加的产值中，由于劳动生产率提高而增加的产值占62％。", "62")
    assert r["comparator"] == "全民所有制工业企业新增加的产值"
    # 1997: and a share the clause right after the frame reaches, with no 占
    r = fact("职业教育取得可喜进展，高中阶段学生中，职业学校在校生达到５６．８％，各类职业培训机构达到４０多万个。", "５６．８")
    assert (r["indicator"], r["comparator"]) == ("职业学校在校生", "高中阶段学生")
    # (a made-up variant: a frame of firms)
    r = fact("在规模以上工业企业中，高新技术企业占比达到38%。", "38")
    assert r["comparator"] == "规模以上工业企业"


def test_expressways_opened_in_the_year_are_the_expressways_added():
    # 1997
    r = fact("贯穿南北的大通道京九铁路投入运行。高速公路建成通车１１００多公里。", "１１００")
    assert (r["indicator"], r["indicator_key"], r["value"], r["unit"]) == ("高速公路建成通车", "expressways_added", 1100, "公里")


def test_a_product_listed_after_the_share_each_person_has_of_another_is_that_share_too():
    # 1985: the cotton each person has, as the grain before it, not the cotton output
    f = facts("随着农村改革和农业新政策的实施，近几年农业生产连续大幅度增长，去年全国平均每人占有粮食近八百斤，棉花十多斤，"
              "按照我国人民当前的食物结构和衣着水平，一般已可以达到温饱有余。")
    assert f[["indicator", "indicator_key"]].values.tolist() == [["全国平均每人占有粮食", ""], ["全国平均每人占有棉花", ""]]


def test_the_last_figure_of_a_list_joined_by_huozhe_is_named_as_the_others():
    # 1960 national work report: 或者 joins the last threshold of the list; it names neither the figure before it
    # nor the one after it
    f = facts("总计亩产皮棉六十斤、八十斤或者一百斤以上的，共有二百零四个县，占全国一千零二十七个植棉县的百分之二十。")
    assert f["indicator"].tolist()[:3] == ["亩产皮棉", "亩产皮棉", "亩产皮棉"]
    # 1956 national work report: 或者 between two predicates after a count is no list of figures
    assert fact("在本年的４５种主要工业产品中，有３７种完成了或者超额地完成了计划。", "３７")["indicator"] == (
        "完成了或者超额地完成了计划的主要工业产品")


def test_a_clause_drawing_a_conclusion_names_no_figure():
    # 1957 national work report: 由此可知 opens the sentence and names nothing measured
    f = fact("由此可知，在这些反革命分子中，有57.4%是经过劳动改造或者宽大处理而得到释放和撤消了管制的。", "57.4")
    assert "可知" not in f["indicator"] and "反革命分子" in f["indicator"]


def test_a_verb_with_its_le_before_a_list_of_required_yields_is_no_part_of_its_name():
    # 1958 national work report: 分别达到了 opens the predicate; what is reached is the yield per mu
    f = facts("在一九五七年，全国已经有六十五个县、市，分别达到了全国农业发展纲要修正草案所提出的每亩生产粮食四百斤、"
              "五百斤、八百斤的要求，已经有五十六个县、市，分别达到了每亩生产棉花（皮棉）六十斤、八十斤、一百斤的要求，"
              "即提前十年完成了全国农业发展纲要修正草案所规定的任务。")
    assert f["indicator"].tolist()[1:4] == ["每亩生产粮食"] * 3
    assert f["indicator"].tolist()[5:8] == ["每亩生产棉花"] * 3


def test_a_clause_of_concession_opening_a_sentence_names_none_of_its_figures():
    # 1982 national work report: the floods of 尽管… are no name of the grain output the sentence carries
    f = facts("尽管不少地方连年出现了严重的水旱灾害，粮食仍然连年增产，一九八二年预计达到三亿三千五百多万吨，"
              "比去年增产一千多万吨，超过了大丰收的一九七九年。")
    assert f["indicator"].tolist() == ["粮食", "粮食"]
    assert f["indicator_key"].tolist() == ["grain_output", "grain_output"]



def test_a_span_of_years_before_guojia_is_the_period_of_what_the_state_spent(work_reports):
    # 1983 national work report: 五年中 then 国家 (the state), not 中国; the five years reviewed, not the last year
    report, f = work_reports[1983]
    at = report.text.index("五年中国家用于城市职工住宅的投资")
    hit = f[(f["start"] >= at) & (f["start"] < at + 40)].sort_values("start")
    assert hit["indicator"].tolist() == ["国家用于城市职工住宅的投资", "新建住宅"]
    assert hit["period"].tolist() == ["1978-1982年", "1978-1982年"]


def test_a_month_printed_in_chinese_numerals_opening_a_name_is_no_part_of_it():
    # 1959 national work report: 三月份的 is the month of the daily output, not part of its name; 迅速 is how it rose
    f = fact("例如，全国煤矿在一二两月份平均的日产量是九十六万吨，三月初在广大的职工群众中开展了以技术革新和技术革命为中心的"
             "竞赛运动以后，三月份的平均日产量迅速上升到一百一十三万吨，从而超额完成了第一季度计划规定的任务。", "一百一十三万")
    assert f["indicator"] == "平均日产量"
    # 1958 national work report: 到去年十一月 is when the attendance rate rose, no name of it
    f = fact("武昌车辆厂一九五七年上半年出勤率总是提不高，经过群众性的大鸣大放和大整大改，到去年十一月已经提高到百分之九十九。",
             "百分之九十九")
    assert "十一月" not in f["indicator"] and "出勤率" in f["indicator"]


@pytest.mark.parametrize(("text", "printed", "indicator"), [
    # 1955 national work report: what the country will be able to make each year is counted, not its ability
    ("五年内开始建设的拖拉机制造厂，在第二个五年计划期间建设完成后，我国将能够每年出产五十四匹马力的拖拉机一万五千台，"
     "供应农业的需要。", "一万五千", "五十四匹马力的拖拉机"),
    # 1955 national work report: the dams to be built, not the river where they will be
    ("根据黄河的综合利用的规划方案，在黄河中下游及其主要支流将修建水坝几十座，在三门峡等五处将建设足以调节流量的巨大水库，"
     "并建设巨大的水力发电站。", "几十", "水坝"),
    # 1955 national work report: 新建 names a flow of new lines, so it stays after the modal goes
    ("如用之于铁路建设，则可以新建铁路三千公里以上；如用之于农业建设，则可以开荒四千万亩到五千万亩。", "三千", "新建铁路"),
    # 1955 national work report: a modal before a verb and its object, with no 的 after them, is no part of the name
    ("如用之于铁路建设，则可以新建铁路三千公里以上；如用之于农业建设，则可以开荒四千万亩到五千万亩。", "五千万", "开荒"),
    # 1980 national work report: likewise
    ("生铁和钢产量的比例，明年计划从今年预计的1.03比1改为1比1，可以节约标准煤200万吨。", "200", "节约标准煤"),
    # 1958 national work report: a modal inside a clause before 的 stays (the projects that can be completed)
    ("这些建设项目，在今年内可以建设完工的有二十七个。", "二十七", "可以建设完工的建设项目"),
])
def test_a_modal_and_its_verb_inside_a_name_leave_the_object_counted(text, printed, indicator):
    assert fact(text, printed)["indicator"] == indicator


@pytest.mark.parametrize(("text", "printed", "indicator"), [
    # 1958 national work report: 总是停留 tells how the output kept on, it is no part of its name
    ("例如，甘肃阿干镇煤矿原来日产量总是停留在六百吨到八百五十吨之间，不能增长上去，但是经过整风运动，大鸣大放，大整大改，"
     "现在日产量已经达到一千二百多吨，并且正在为日产一千五百吨奋斗。", "六百", "甘肃阿干镇煤矿原来日产量"),
    # 1958 national work report: nor is 总是提不高 part of the attendance rate's name
    ("武昌车辆厂一九五七年上半年出勤率总是提不高，经过群众性的大鸣大放和大整大改，到去年十一月已经提高到百分之九十九。",
     "百分之九十九", "武昌车辆厂一九五七年上半年出勤率"),
])
def test_an_adverb_of_what_keeps_on_and_its_verb_end_no_name(text, printed, indicator):
    assert fact(text, printed)["indicator"] == indicator


# -- a span of years dated as its years, not as one year ---------------------------------------------------

@pytest.mark.parametrize(("year", "phrase", "printed", "period", "measure"), [
    # 1975: 在这十年中 points back to the ten years the paragraph just compared (一九七四年…比一九六四年增长), the
    # report's own years unknown
    (1975, "在这十年中，我们依靠自己的力量，建成了一千一百个大中型项目", "一千一百", "1965-1974年", "level"),
    # 1980: an explicit span of years after 而 (1965年到1976年11年中，), its years printed
    (1980, "而1965年到1976年11年中，农民每人平均从集体分得的收入总共只增加了10.5元", "10.5", "1965-1976年",
     "abs_change"),
    # 1957: 在四年中间 (中间 as 中) opens the sentence: a change over the four years up to the year reviewed
    (1957, "在四年中间，提高了将近37%", "37", "1953-1956年", "change_pct"),
    # 1982: 两年平均每年 in a sentence of its own, after the figure of 一九八二年: the two years up to it
    (1982, "两年平均每年递增百分之五点五", "百分之五点五", "1981-1982年", "change_pct"),
])
def test_a_span_of_years_opening_a_clause_dates_its_figures_as_its_years(work_reports, year, phrase, printed,
                                                                         period, measure):
    fact = work_reports.fact_at(year, phrase, printed)
    assert (fact["period"], fact["measure"]) == (period, measure)


@pytest.mark.parametrize(("phrase", "printed"), [
    # 1957 national work report: 前三年 (the first three years of the plan) before 共增加了 is the span the rise is over
    ("钢产量前三年共增加了一百五十万吨", "一百五十万吨"),
    ("棉纱产量前三年共增加了三十五万件", "三十五万件"),
    ("商业机构零售总额前三年共增加了一百一十三亿元", "一百一十三亿元"),
])
def test_a_rise_over_the_first_years_of_a_plan_is_compared_over_those_years(work_reports, phrase, printed):
    fact = work_reports.fact_at(1957, phrase, printed)
    assert (fact["measure"], fact["comparator"], fact["period"]) == ("abs_change", "前三年", "1953-1955年")
    assert "multi_year" in fact["flags"]


def test_a_level_of_the_first_years_of_a_plan_is_dated_as_those_years(work_reports):
    """1957 national work report: 前三年 opening the clause, the plan unnamed, is of the plan the year reviewed (1956)
    lies in, the first five-year plan."""
    fact = work_reports.fact_at(1957, "前三年共开垦荒地三千六百万亩", "三千六百万亩")
    assert fact["period"] == "1953-1955年"


@pytest.mark.parametrize(("year", "phrase", "printed"), [
    # 2008 national work report: 比前五年 is the base of the growth, not a span it is measured over
    (2008, "全国财政用于教育支出五年累计2.43万亿元，比前五年增长1.26倍", "1.26倍"),
    # 2003 national work report
    (2003, "五年全国共完成技术改造投资2.66万亿元，比前五年增长67%", "67%"),
])
def test_growth_against_the_five_years_before_is_no_span_of_its_own(work_reports, year, phrase, printed):
    assert "multi_year" not in work_reports.fact_at(year, phrase, printed)["flags"]


@pytest.mark.parametrize(("year", "phrase", "printed", "period"), [
    # 1959 national work report: a part's level dated by its total's year, the change against 1952 after it too
    (1959, "其中，工业总产值达到了六百五十亿二千万元，比一九五二年的二百七十亿一千万元增长百分之一百四十一", "百分之一百四十一",
     "一九五七年"),
    # 1959: the total's own change, after the base's level printed with its year
    (1959, "比一九五二年的八百二十七亿一千万元增长百分之六十八", "百分之六十八", "一九五七年"),
    # 1955 national work report: a plan's level and its multiple of 1952 in the clause after it
    (1955, "内河轮驳船货物周转量将达到一百五十三亿吨公里，即比一九五二年增长三点二倍", "三点二倍", "一九五七年"),
    # 1955: a change with no base printed, of the level right before it
    (1955, "旅客周转量将达到三十四亿人公里，增长百分之七十八点七", "百分之七十八点七", "一九五七年"),
])
def test_a_change_against_a_year_is_of_the_time_of_its_level(work_reports, year, phrase, printed, period):
    assert work_reports.fact_at(year, phrase, printed)["period"] == period


@pytest.mark.parametrize(
    ("year", "phrase", "printed", "period"),
    [
        # 1983 (reviews 1982): 四年中 is the four years up to the one reviewed
        (1983, "四年中城镇集体所有制单位就业职工增加六百零三万人", "六百零三万", "1979-1982年"),
        # 1957 (reviews 1956): 在七年中间 likewise
        (1957, "在七年中间，我们解决了约一千三百万人的就业问题", "一千三百万", "1950-1956年"),
    ],
)
def test_an_outcome_during_a_span_of_years_is_of_the_years_up_to_the_one_reviewed(work_reports, year, phrase,
                                                                                  printed, period):
    assert work_reports.fact_at(year, phrase, printed)["period"] == period


def test_a_level_a_total_is_held_at_is_named_by_the_total_not_by_the_frame_after_it(work_reports):
    """1956: 把总的征收数额…稳定在１９５２年夏征和秋征总额３８８亿斤细粮的水平上 — …的水平上 after the figure frames the
    level, and 稳定在 ends the name of what is held there."""
    f = work_reports.fact_at(1956, "稳定在１９５２年夏征和秋征总额３８８亿斤细粮的水平上", "３８８")
    assert f["indicator"] == "总的征收数额"


def test_a_subject_said_to_go_the_same_way_is_named_without_the_saying(work_reports):
    """1959: 工农业总产值的情况也是这样：一九五八年比一九五七年增长百分之六十五 — 的情况也是这样 is no part of the name."""
    f = work_reports.fact_at(1959, "工农业总产值的情况也是这样：一九五八年比一九五七年增长百分之六十五", "百分之六十五")
    assert (f["indicator"], f["indicator_key"]) == ("工农业总产值", "gross_output_industry_agriculture")


@pytest.mark.parametrize(("text", "printed", "indicator"), [
    # 1960 national work report
    ("农业生产的工具改革运动，几年来也有很大的成绩，创造了水稻插秧机等多种多样的新农具，到一九五九年底共推广了各种改良农具"
     "和半机械化农具五亿二千多万件，对农业劳动生产率的提高起了不小的作用。", "五亿二千多万", "推广的各种改良农具和半机械化农具"),
    # 1980 national work report
    ("1979年国家预算内和预算外的基本建设投资总额完成500亿元，停建、缓建了大中型项目295个。", "295", "停建、缓建的大中型项目"),
    # 1957 national work report
    ("从财政方面说，执行国家预算的结果，当年支出超过当年收入十八亿三千万元，动用了历年财政结余十六亿五千万元，"
     "并且从银行透支了一亿八千万元。", "十六亿五千万", "动用的历年财政结余"),
    # 1956 national work report
    ("对１９５４年的灾区，政府继续拨付复堤、修垸经费３亿元，帮助农民新修和整修了许多小型水利工程，贷放水车１７万辆，"
     "扩大和改善了灌溉面积６，５００万亩。", "６，５００", "扩大和改善的灌溉面积"),
    # 1960 national work report: a verb of reaching a level keeps its 了 (no things it was done to)
    ("除了税收、公积金、公益金和各项生产费用以外，按全国农村人口平均，一九五九年每人收入八十五元左右，赶上了农业合作化以前"
     "富裕中农的平均收入水平。", "八十五", None),
])
def test_a_count_right_after_a_done_verb_and_its_object_is_named_by_the_things_done_to(text, printed, indicator):
    name = fact(text, printed)["indicator"]
    if indicator is None:
        assert not name.startswith("赶上的")
    else:
        assert name == indicator


def test_a_count_before_a_long_list_of_modifiers_each_with_its_de_counts_the_noun_after_them():
    """1959 national work report: 二万六千多个大规模的、工农商学兵相结合的、政社合一的人民公社 counts the communes, past
    modifiers longer than the reach of a noun; a list with no 的 inside it is read only within that reach."""
    s = ("全国一亿二千万户农民在农业生产合作化的基础上，进一步组成了二万六千多个大规模的、工农商学兵相结合的、"
         "政社合一的人民公社。")
    assert fact(s, "二万六千")["indicator"] == "大规模的、工农商学兵相结合的、政社合一的人民公社"


def test_a_cost_the_report_says_should_be_striven_to_cut_is_a_target_of_the_clause_before():
    """1955 national work report: 还应该力求 is a plan word, no name; the cost before the comma, less 不论, is cut."""
    s = "同时，在这个基础上，不论生产性建设或非生产建设的成本，每年还应该力求降低百分之二到百分之三，或者更多些。"
    f = fact(s, "百分之二")
    assert (f["indicator"], f["status"]) == ("生产性建设或非生产建设的成本", "target")


@pytest.mark.parametrize(("text", "printed", "indicator"), [
    # 1955 national work report
    ("五年内除建设十三个大型水库外，修浚河道的土石方工程就有十三亿立方公尺，并将开始进行黄河的治本工程。", "十三",
     "建设大型水库"),
    # 1954 national work report
    ("應當指出，參加所謂「東南亞集體防務條約」的，除了三個同美國訂有軍事援助協定的亞洲國家以外，只有一個亞洲國家。", "三",
     "同美國訂有軍事援助協定的亞洲國家"),
])
def test_a_count_inside_a_frame_of_what_is_set_aside_is_named_without_the_frame(text, printed, indicator):
    assert fact(text, printed)["indicator"] == indicator


@pytest.mark.parametrize(("text", "printed", "indicator", "comparator"), [
    # 1964 national work report
    ("我们各级领导机关，紧紧地依靠工人阶级、贫农下中农、革命干部、革命知识分子和其他革命分子，"
     "团结占人口百分之九十五以上的人民群众，就一定能够把各个战线的社会主义革命进行到底。", "百分之九十五", "人民群众", "人口"),
    # 1957 national work report
    ("首先，让我们来看占我们国家人口80%以上的农民的生活状况。", "80", "农民", "我们国家人口"),
])
def test_a_verb_before_a_share_takes_the_units_the_share_holds_as_its_object(text, printed, indicator, comparator):
    """The verb before 占 names nothing: the share is of the units after it, a part of the whole after 占."""
    f = fact(text, printed)
    assert (f["indicator"], f["measure"], f["comparator"]) == (indicator, "rate_pct", comparator)


def test_an_amount_a_plan_will_use_for_a_work_is_named_by_the_work():
    """1979 national work report: 将用 before the amount, as 拿出 is, names nothing; the work it pays for does."""
    s = "全国将用三十亿元建设职工住宅（企业自建的在外），竣工面积可达三千多万平方米。"
    f = fact(s, "三十亿")
    assert (f["indicator"], f["unit"], f["status"]) == ("建设职工住宅", "元", "target")


def test_yuan_of_money_is_read_as_one_unit():
    """1958 national work report: 一百元钱 is a hundred yuan, 钱 part of its unit and no part of a name after it."""
    s = "现在就可以用六十元、七十元或者八十元，去办过去要用一百元钱才能办好的事情了。"
    f = fact(s, "一百")
    assert (f["value"], f["unit"], f["raw_unit"]) == (100.0, "元", "元钱")


def test_what_a_figure_only_needs_is_named_without_the_need():
    """1957 national work report: 只需要 before the amount is a modal of need, no part of the spending's name."""
    s = "在农村维持有吃有穿的生活水平，从全国来看，大约每人每月的平均开支只需要五元，在城市维持同等的生活水平，却需要10元。"
    assert fact(s, "五")["indicator"] == "每人每月的平均开支"


@pytest.mark.parametrize(("phrase", "printed"), [
    ("全民所有制单位的固定资产投资总额五年为八千九百六十亿元", "八千九百六十亿元"),
    ("全民所有制单位的固定资产投资总额五年为八千九百六十亿元，比“六五”期间增长近百分之七十", "百分之七十"),
    ("通过普通高等学校和成人高等教育五年共培养近五百万高级专门人才", "五百万"),
])
def test_five_years_between_a_name_and_its_total_date_the_total_by_the_plan(work_reports, phrase, printed):
    """1986 national work report (the seventh five-year plan): 五年为, 五年共 after the name is the plan's span, not
    the year the sentence before reaches (一九九○年)."""
    assert work_reports.fact_at(1986, phrase, printed)["period"] == "1986-1990年"


_EXAMPLE_1959 = ("如发电设备，一九五八年我国只生产八十万千瓦，一九五九年将生产二百八十万到三百万千瓦，"
                 "增长百分之二百五十到二百七十五。")


@pytest.mark.parametrize(("text", "printed", "indicator"), [
    # 1959 national work report: after 如发电设备，the bare 生产 (我国只生产) names nothing
    (_EXAMPLE_1959, "八十万", "发电设备"),
    (_EXAMPLE_1959, "二百八十万", "发电设备"),
    (_EXAMPLE_1959, "三百万", "发电设备"),
    (_EXAMPLE_1959, "百分之二百五十", "发电设备"),
    # 1959 national work report: after 拿煤来说，英国早在一八五四年就已经能够生产 names the coal
    ("拿煤来说，英国早在一八五四年就已经能够生产六千五百七十万吨，同我国一九五二年生产六千六百四十九万吨的水平大体相等。",
     "六千五百七十万", "煤"),
])
def test_an_output_named_only_by_its_verb_is_of_the_example_the_sentence_opens_with(text, printed, indicator):
    """The example a sentence opens with (如X，, 拿X来说，) is the thing a bare output verb produces."""
    assert fact(text, printed)["indicator"] == indicator


@pytest.mark.parametrize(("text", "printed", "indicator"), [
    # 2012 national work report
    ("连续第7年提高企业退休人员基本养老金，全年人均增加1680元，5700多万人受益；进一步提高城乡低保标准。", "5700",
     "企业退休人员基本养老金受益的人"),
    # 2009 national work report
    ("向中等职业学校中来自城市经济困难家庭和农村的学生提供助学金，每人每年1500元，惠及90%的在校生。", "90",
     "助学金惠及的在校生"),
])
def test_those_a_per_head_amount_reaches_are_named_by_what_it_pays(text, printed, indicator):
    """A count of those benefited or reached right after an amount per head names the payment they gain."""
    assert fact(text, printed)["indicator"] == indicator


def test_an_amount_of_central_funds_a_mechanism_is_set_up_for_is_named_and_keyed_by_it():
    """2021 national work report: the 2万亿元 of central funds the direct-transfer mechanism is set up for are the
    funds under it, keyed as the 2.8万亿元 the same report and the next one put under it."""
    s = "创新宏观政策实施方式，对新增2万亿元中央财政资金建立直达机制，省级财政加大资金下沉力度。"
    f = fact(s, "2")
    assert (f["indicator"], f["indicator_key"]) == ("建立直达机制的中央财政资金", "central_direct_funds")


@pytest.mark.parametrize(("text", "printed", "indicator"), [
    # 2006 national work report
    ("加快推进新型农村合作医疗制度建设，今年把试点的范围扩大到全国40%的县，中央和地方财政对参加合作医疗农民的补助标准"
     "由20元提高到40元，中央财政为此将增加支出42亿元。", "42", "新型农村合作医疗制度的中央财政新增支出"),
    # 2009 national work report
    ("对义务教育阶段教师实行绩效工资制度，提高1200万中小学教师待遇，中央财政为此将投入120亿元，地方财政也要增加投入。",
     "120", "绩效工资制度的中央财政投入"),
])
def test_a_payers_amount_for_this_is_named_by_the_programme_a_clause_before_carries_out(text, printed, indicator):
    """为此 before a payer's amount that names nothing paid for points back to the programme the nearest clause before
    sets up or carries out."""
    assert fact(text, printed)["indicator"] == indicator


@pytest.mark.parametrize(("text", "printed", "indicator"), [
    # 2009 national work report: a subsidy and how far it reaches, then the amount the central budget sets aside
    ("农机具购置补贴覆盖到全国所有农牧业县（场），中央财政拟安排资金130亿元，比上年增加90亿元。", "130",
     "农机具购置补贴的中央财政资金"),
    # 2009 national work report: a scheme said to be improved, then what the central budget puts in
    ("国家助学制度进一步完善，中央财政投入223亿元，地方财政也加大投入，资助学生超过2000万人。", "223",
     "国家助学制度的中央财政投入"),
])
def test_a_payers_amount_after_a_programmes_state_is_named_by_the_programme(text, printed, indicator):
    """A payer's amount that names nothing paid for, after a sentence opening with a programme and its state (进一步
    完善, 覆盖到…) and no 为此, is of that programme as well."""
    assert fact(text, printed)["indicator"] == indicator
