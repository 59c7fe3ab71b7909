"""Names whose subject stands elsewhere in the sentence: what reaches, covers or benefits the units counted.

A count after a bare verb of reach (惠及, 覆盖) or of gain (受益) names, before the verb, what the clause right before
it pays or enacts: the sum of money that clause ends by paying, printed right after its name and the only figure of
the clause (发放公租房、市场租房、廉租房补贴4500万元,惠及5000余户家庭 → 公租房、市场租房、廉租房补贴惠及的家庭), or the
programme a clause with no figure sets up or carries out (持续实施营养改善计划，每年惠及3700多万学生 → 营养改善计划
惠及的学生) or whose effort it steps up (加大对各类学校家庭困难学生资助力度，4.3亿人次受益 → 各类学校家庭困难学生资助
受益的人次), or that a clause says stands (大病保险制度基本建立、已有1700多万人次受益 → 大病保险制度
受益的人次) or reaches more (基本医疗保险覆盖范围继续扩大，13亿城乡居民参保 → 基本医疗保险参保的城乡居民), or what a clause says its subject has come to (住院和门诊费用实现跨省直接结算，惠及5700多万人次 →
住院和门诊费用跨省直接结算惠及的人次); persons counted by what they do in the clause right after such persons
are of the same programme (…试点，1334万人参保，641万人领取养老金 → …试点领取养老金的人); not one sum of a list of sums, which reach them together (…办理缓缴税费18.9亿元,兑付惠企政策资金20.7亿元,
惠及市场主体4.9万家 → 惠及的市场主体). A share of units a clause extends to with no subject of its own is of what the
clause before names (新型农村合作医疗制度不断完善，已扩大到全国86%的县 → 新型农村合作医疗制度扩大到的县). An amount
with a basis per person printed between its name and its figure (人均, 每人) keeps it at the head of its name
(我国人均只有一亩半耕地 → 人均耕地). A change in a clause opened by 比 with no subject of its own is of what the figure
before it names, not of the base it is compared with (…提高到十三斤半，比全国每百斤大豆的平均出油量多二斤 →
每百斤大豆的出油量). Each sentence is copied from the report named in its comment.
"""

from __future__ import annotations

import pytest
from _sentences import fact

S2008 = ("2007年城镇职工基本医疗保险参保人数达到1.8亿人，比2002年增加近1倍；88个城市启动城镇居民基本医疗保险试点；"
         "新型农村合作医疗制度不断完善，已扩大到全国86%的县，参合农民达到7.3亿人。")
S2017 = "城乡居民医保财政补助由每人每年420元提高到450元，同步提高个人缴费标准，扩大用药保障范围。"
S2018_SERIOUS = ("居民基本医保人均财政补助标准由240元提高到450元，大病保险制度基本建立、已有1700多万人次受益，"
                 "异地就医住院费用实现直接结算，分级诊疗和医联体建设加快推进。")
HAISHU = ("第一时间落实上级稳住经济大盘一揽子政策措施,因时因势出台三轮区级助企纾困政策,落实增值税留抵退税19.3亿元,"
          "减税降费12.3亿元,办理缓缴税费18.9亿元,兑付惠企政策资金20.7亿元,惠及市场主体4.9万家。")


@pytest.mark.parametrize(("text", "printed", "name"), [
    # dongcheng district report 2020 h1: the subsidy paid reaches the households
    ("发放公租房、市场租房、廉租房补贴4500万元,惠及5000余户家庭。", "5000", "公租房、市场租房、廉租房补贴惠及的家庭"),
    # national work report 2006: the pilot the counties try out reaches the farmers, not the counties
    ("新型农村合作医疗制度试点已扩大到671个县，惠及1.77亿农民。", "1.77亿", "新型农村合作医疗制度试点惠及的农民"),
    # national work report 2023: the programme carried out reaches the students
    ("持续实施营养改善计划，每年惠及3700多万学生。", "3700", "营养改善计划惠及的学生"),
    # national work report 2014: the relief enacted benefits the firms
    ("对小微企业实行税收优惠，600多万户企业受益。", "600", "税收优惠受益的企业"),
    # national work report 2018: the aid whose effort the clause steps up benefits the visits, 力度 no part of it
    ("加大对各类学校家庭困难学生资助力度，4.3亿人次受益。", "4.3亿", "各类学校家庭困难学生资助受益的人次"),
    # written fixture (regression): 加大 with no 对 before what it steps up
    ("加大困难群众救助力度，惠及2.3万人。", "2.3万", "困难群众救助惠及的人"),
    # national work report 2018: the programme the subject says stands benefits the visits
    (S2018_SERIOUS, "1700", "大病保险制度受益的人次"),
    # written fixture (regression): a clause saying the programme stands, then the persons it reaches
    ("家庭医生签约服务全面推开，惠及3.2万人。", "3.2万", "家庭医生签约服务惠及的人"),
    # national work report 2012: the insurance whose coverage the clause before says widens is what they join
    ("基本医疗保险覆盖范围继续扩大，13亿城乡居民参保，全民医保体系初步形成。", "13亿", "基本医疗保险参保的城乡居民"),
    # written fixture (regression): the same with 覆盖面 and 持续
    ("城乡居民基本医疗保险覆盖面持续扩大，全区12万人参保。", "12万人", "城乡居民基本医疗保险参保的人"),
    # written fixture (regression): a facility the clause says is built and put to use
    ("区养老服务中心建成投用，惠及周边老人3000人。", "3000", "区养老服务中心惠及的周边老人"),
    # national work report 2023: what the subject has come to (X实现Y) reaches the visits, subject and all
    ("住院和门诊费用实现跨省直接结算，惠及5700多万人次。", "5700", "住院和门诊费用跨省直接结算惠及的人次"),
    # national work report 2012: the pilot the counted counties carry out is what the insured join (参保)
    ("2147个县（市、区）实施城镇居民社会养老保险试点，1334万人参保，641万人领取养老金。", "1334万人",
     "城镇居民社会养老保险试点参保的人"),
    # national work report 2012: the same with 开展 as the verb carrying the pilot out
    ("2343个县（市、区）开展新型农村社会养老保险试点，3.58亿人参保，9880万人领取养老金，覆盖面扩大到60％以上。", "3.58亿人",
     "新型农村社会养老保险试点参保的人"),
    # national work report 2012: those drawing a pension in the next clause are of the pilot the insured join
    ("2147个县（市、区）实施城镇居民社会养老保险试点，1334万人参保，641万人领取养老金。", "641万人",
     "城镇居民社会养老保险试点领取养老金的人"),
    ("2343个县（市、区）开展新型农村社会养老保险试点，3.58亿人参保，9880万人领取养老金，覆盖面扩大到60％以上。", "9880万人",
     "新型农村社会养老保险试点领取养老金的人"),
    # written fixture (regression): persons before them named by what they do alone hand no scheme on
    ("全年1334万人参保，641万人领取养老金。", "641万人", "领取养老金的人"),
    # haishu district report 2023: a list of sums reaches the firms together, no one of them
    (HAISHU, "4.9万家", "惠及的市场主体"),
])
def test_what_reaches_the_units_counted_is_named_by_the_clause_before(text, printed, name):
    assert fact(text, printed)["indicator"] == name


def test_a_bare_measure_after_a_clause_of_widening_coverage_is_of_the_scheme_covering():
    # written fixture (regression): the coverage word is no part of the owner of 参保人数 (the shape of national
    # work report 2012, 基本医疗保险覆盖范围继续扩大，13亿城乡居民参保)
    row = fact("基本养老保险覆盖面进一步扩大，参保人数达到45万人。", "45万人")
    assert (row["indicator"], row["indicator_key"]) == ("基本养老保险参保人数", "pension_insured")


def test_a_share_of_units_extended_to_is_of_what_the_clause_before_names():
    # national work report 2008
    assert fact(S2008, "86%")["indicator"] == "新型农村合作医疗制度扩大到的县"


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 1988
    ("我国人均只有一亩半耕地，要适应国家建设和人民生活对农副产品的需要，实现从温饱向小康的转变，任务很艰巨，但必须努力完成。",
     "一亩半", "人均耕地"),
    # national work report 1985: a clause of only the basis, the quantity the clause before names, per person
    ("农民的纯收入，全国平均每人达到三百五十五元，比上年增长１４．７％。", "三百五十五元", "人均农民的纯收入"),
    # national work report 2017: both ends of the change are per person
    (S2017, "420元", "人均城乡居民医保财政补助"),
    (S2017, "450元", "人均城乡居民医保财政补助"),
])
def test_a_basis_per_person_is_kept_at_the_head_of_the_name(text, printed, name):
    assert fact(text, printed)["indicator"] == name


S1955 = ("吉林省四平市李川江的“大豆榨油操作法”，使每百斤大豆的出油量在一九五四年提高到十三斤半，比全国每百斤大豆的平均出油量"
         "多二斤左右；李川江所在的榨油车间于一九五五年第一季度，每百斤大豆的出油量又提高到十四斤以上。")
S1956 = "１９５６年国防费在国家支出预算中所占的比重为１９．９８％，比１９５５年国防费在支出决算中所占的比重下降２．１７％。"
S1981 = "这两部分共计减收增支九百二十五亿元，比原来设想的六百亿元多出５４％。"


@pytest.mark.parametrize(("text", "printed", "same_as"), [
    # national work report 1955: the yield of the method, not the national average it beats
    (S1955, "二斤", "十三斤半"),
    # national work report 1956: the 1956 share, not the 1955 one it is compared with
    (S1956, "２．１７％", "１９．９８％"),
    # national work report 1981: what rose, not the verb of the comparison (多出)
    (S1981, "５４％", "九百二十五亿元"),
])
def test_a_clause_opened_by_a_comparison_is_of_the_figure_before(text, printed, same_as):
    assert fact(text, printed)["indicator"] == fact(text, same_as)["indicator"]
    assert fact(text, printed)["indicator"] not in text[text.index("，比"):text.index(printed)]
