"""Readings left open by earlier passes over the texts (an eleventh pass).

Verbatim: the counts after 等 of the 2012 national work report (尿毒症等8类大病保障) and of the district reports of
tests/gold (三里屯、CBD等8个重点商圈改造提升, 高井热电厂周边地块等3个项目进度滞后), named by the units counted, not by the
work on them or what is said of them. Verbatim: what a condition would bring about (如果…就可以节省出, 要么就不得不再增加),
of the 1955, 1957, 1958, 1981 and 1987 reports, an estimate. Verbatim: the nation's people of the 1959 and 1984 reports
(六亿多人民由于…, 十亿人民将…) and of the 2014 report (十几亿人口蕴藏的…), a level of the population as it stands, never a
plan, whatever follows the noun (persons of a billion or more are the nation).
Verbatim: the price cut of the 1956 report (减价４０％供应新式农具), a change of the price of the goods sold after it
(it was read as a share, 减 before a one-character thing: 减价 is one cut word). Verbatim:
the coverage of the 2013 report, said to grow in the clause before the figure, of what the clause before that builds.
Verbatim: the bonds the 2009 report lets the provinces issue (国务院同意地方发行2000亿元债券), of the issuer allowed,
and the funds the payer pays, of the payer (中央财政安排423亿元资金), with no flag of a subject carried.
Verbatim: the shares of expenditure of the 1954 report that rise to the year's budget (增加到一九五四年預算的…), named as
the share they rise from, of that year. Verbatim: the shares of firms a survey shows (调查显示近四成企业营业收入同比
下降) in the district reports of tests/gold/constructed, named by what is shown of the firms, not by the survey; a
predicate with 同比 in it (营业收入同比下降) names the units as any other does. The coverage of the Dongcheng report of 2019 (tests/gold/constructed) after a count of
units (垃圾分类示范小区达到186个,覆盖率达到42.3%), of those units; after counts of persons (2012 report: 2343个县（市、区）
开展…试点，3.58亿人参保，9880万人领取养老金，覆盖面扩大到60％以上) it is of the units counted before them, the persons
being no units it covers.
"""

from __future__ import annotations

import pytest
from _sentences import fact, fact_at

# -- a count after 等 is named by the units counted ----------------------------------------------------------------


@pytest.mark.parametrize(("text", "printed", "name"), [
    ("全面推开尿毒症等8类大病保障，将肺癌等12类大病纳入保障和救助试点范围。", "8类", "大病"),
    ("推动三里屯、CBD等8个重点商圈改造提升，力争全年新增品牌首店200家以上，举办第二届朝阳国际消费季，"
     "夜间消费规模增长15%左右。", "8个", "重点商圈"),
    ("部分中小微企业经营困难,调查显示近四成企业营业收入同比下降;重点项目中有7个存在征拆难题,"
     "高井热电厂周边地块等3个项目进度滞后。", "3个", "进度滞后的项目"),
])
def test_a_count_after_a_list_of_kinds_is_named_by_the_units_counted(text: str, printed: str, name: str) -> None:
    assert fact(text, printed)["indicator"] == name


# -- what a condition would bring about is an estimate -------------------------------------------------------------


@pytest.mark.parametrize(("text", "printed"), [
    ("如果每件棉纱平均少用两斤棉花，全国每年就可以至少增产两万件棉纱。", "两万件"),
    ("我们是六万万人口的大国，如果每个人每年增加一元钱的购买力，全国人民的购买力就增加六亿元，"
     "国家也就必须相应地增加六亿元消费资料的供应。", "六亿元"),
    ("如果人们用来买吃的，就需要增加六十亿斤粮食的供应。", "六十亿斤"),
    ("在材料积压方面，单就钢材来说，如果适当地压缩库存，并且想尽各种办法节约使用，"
     "就可使生产企业和基本建设单位的钢材周转数量减少三分之一左右。", "三分之一"),
    ("全国流动资金大大超过了应该拥有的数量，如果能够加速周转，减少百分之二、三的占用量，"
     "就可以节省出七十亿到一百亿元的资金。", "一百亿元"),
    ("这样的投资结构如不及时加以合理调整，要么大量加工工业和非生产性设施得不到能源、交通、通信、原材料等方面的必要保证，"
     "形不成生产能力或不能投入使用，将造成社会财富的巨大浪费；要么就不得不再增加几百亿元的资金来扩大基础工业和基础设施的建设，"
     "这就必然导致投资规模恶性膨胀。", "几百亿元"),
])
def test_what_a_condition_would_bring_about_is_an_estimate(text: str, printed: str) -> None:
    assert fact(text, printed)["status"] == "estimate"


@pytest.mark.parametrize(("text", "printed", "status"), [
    # a condition of the reckoning, not of the outcome: what is reckoned is done
    ("如果从１９５５年决算中扣除用上年结余拨付国营企业流动资金等不可比的因素计算，"
     "则１９５６年经济建设支出实际增长３３．４５％。", "３３．４５", "actual"),
    # the figure of the condition itself is no consequence
    ("我们是六万万人口的大国，如果每个人每年增加一元钱的购买力，全国人民的购买力就增加六亿元。", "六万万", "actual"),
])
def test_a_condition_with_no_consequence_before_the_figure_keeps_its_status(text: str, printed: str,
                                                                            status: str) -> None:
    assert fact(text, printed)["status"] == status


# -- the nation's people are counted as they stand ------------------------------------------------------------------



@pytest.mark.parametrize(("year", "phrase", "printed", "name"), [
    (1959, "六亿多人民由于一九五八年各个战线上的胜利，已经有了更大的信心和干劲", "六亿", "人民"),
    (1984, "我国十亿人民将坚决站在维护世界和平的一边", "十亿", "人民"),
    (2014, "充分释放十几亿人口蕴藏的巨大消费潜力", "十几亿", "人口"),
])
def test_the_nations_people_are_a_level_as_it_stands_in_a_plan_part(work_reports, year: int, phrase: str,
                                                                     printed: str, name: str) -> None:
    f = work_reports.fact_at(year, phrase, printed)
    assert (f["indicator"], f["measure"], f["unit"], f["status"]) == (name, "level", "人", "actual")


def test_a_count_of_the_masses_served_is_no_nations_people() -> None:
    text = "三、今年的主要任务\n全年走访服务10万人民群众。"
    assert fact(text, "10万")["status"] == "target"


def test_the_persons_a_plan_covers_short_of_the_nation_are_planned() -> None:
    # 2014, verbatim, after a heading of the plan
    text = "三、今年的主要任务\n县级公立医院综合改革试点扩大到1000个县，覆盖农村5亿人口。"
    assert fact(text, "5亿")["status"] == "target"


# -- a cut of a price by a share is a change of the price of the goods --------------------------------------------


def test_a_price_cut_with_no_goods_before_it_is_of_the_goods_sold_after_it() -> None:
    f = fact("１９５５年政府供应农民饼肥和化学肥料４５０万吨，农药９万吨，并且减价４０％供应新式农具５１万部。", "４０")
    assert (f["indicator"], f["measure"], f["value"]) == ("新式农具", "change_pct", -40.0)


# -- a measure said to grow in the clause before is of what the clause before it names ----------------------------


def test_a_coverage_said_to_grow_is_of_what_the_clause_before_builds() -> None:
    f = fact_at("建立健全城镇保障性住房制度，覆盖面逐步扩大，2012年底已达到12.5%。", "12.5")
    assert (f["indicator"], f["measure"]) == ("城镇保障性住房制度覆盖面", "rate_pct")


# -- bonds named only so are of the issuer the clause names -------------------------------------------------------


@pytest.mark.parametrize(("text", "printed", "name"), [
    ("为弥补财政减收增支形成的缺口，拟安排中央财政赤字7500亿元，比上年增加5700亿元，同时国务院同意地方发行2000亿元债券，"
     "由财政部代理发行，列入省级预算管理。", "2000亿元", "地方债券"),
    # (2009, verbatim) what a payer pays is still named by the payer, a name joined from the clause, none carried
    # (and the use printed after it heads the name)
    ("中央财政安排423亿元资金，支持十大重点节能工程和环保设施等项目建设。", "423亿元",
     "支持十大重点节能工程和环保设施等项目建设的中央财政资金"),
])
def test_bonds_named_only_so_are_of_their_issuer(text: str, printed: str, name: str) -> None:
    f = fact(text, printed)
    assert (f["indicator"], f["flags"]) == (name, "")


# -- the year's budget a value reaches (增加到一九五四年預算的…) names nothing of its own --------------------------------


@pytest.mark.parametrize(("text", "printed", "name"), [
    ("一九五四年預算中經濟建設的支出等於一九五〇年的六倍半；經濟建設費佔整個財政支出的比重，也從一九五〇年的百分之二十五點五"
     "增加到一九五四年預算的百分之四十五點四。", "百分之四十五點四", "經濟建設費佔整個財政支出的比重"),
    ("這部分的支出佔整個財政支出的比重也從一九五〇年百分之十一點一增加到一九五四年預算的百分之十四點七。", "百分之十四點七",
     "這部分的支出"),
])
def test_the_budget_a_share_reaches_names_nothing_of_its_own(text: str, printed: str, name: str) -> None:
    f = fact(text, printed)
    assert (f["indicator"], f["measure"], f["period"]) == (name, "rate_pct", "一九五四年")


# -- the survey that shows a share is no name of it; the units are named by what it shows of them ------------------


@pytest.mark.parametrize(("text", "printed", "name"), [
    ("部分中小微企业经营困难,调查显示近四成企业营业收入同比下降;重点项目中有7个存在征拆难题,高井热电厂周边地块等3个项目进度滞后。",
     "四成", "营业收入同比下降的企业"),
    ("调查显示约四成企业营业收入同比下降，用工、租金、融资等成本压力依然较大，部分企业预期偏弱。", "四成",
     "营业收入同比下降的企业"),
    ("受航空、会展、旅游等行业持续低迷影响，重点群体就业压力加大，部分企业减员降薪，调查显示约两成企业计划缩减用工规模。",
     "两成", "企业计划缩减用工规模"),
])
def test_a_share_a_survey_shows_is_named_by_what_it_shows(text: str, printed: str, name: str) -> None:
    f = fact(text, printed)
    assert (f["indicator"], f["measure"]) == (name, "rate_pct")


# -- a coverage named only so, after a count of units, is the coverage of those units -------------------------------


def test_a_bare_coverage_after_a_count_is_of_the_units_counted() -> None:
    text = "垃圾分类示范小区达到186个,覆盖率达到42.3%,较年初提高6.5个百分点。"
    for printed in ("42.3", "6.5"):
        assert fact(text, printed)["indicator"] == "垃圾分类示范小区覆盖率"


def test_a_bare_coverage_after_counts_of_persons_is_of_the_units_before_them() -> None:
    text = "2343个县（市、区）开展新型农村社会养老保险试点，3.58亿人参保，9880万人领取养老金，覆盖面扩大到60％以上。"
    assert fact(text, "60")["indicator"] == "开展新型农村社会养老保险试点的县（市、区）覆盖面"


def test_a_bare_coverage_after_a_count_of_persons_alone_is_left_as_printed() -> None:
    # shared/corpus/national_work_reports/2012.txt, cut: the counties counted in the sentence before are not reached
    text = "2147个县（市、区）实施城镇居民社会养老保险试点，1334万人参保，641万人领取养老金。9880万人领取养老金，覆盖面扩大到60％以上。"
    assert fact(text, "60")["indicator"] == "覆盖面"
