"""Readings left open by earlier passes over the texts (a seventeenth pass).

Verbatim, from the constructed Xicheng 2021 H1 and Haidian 2021 H1 reports: a tax-type breakdown (从主要税种看,
税收收入中) is a part of the tax total it divides, also when that total stands two sentences back behind the district's
part of it (区级税收收入, too small to hold the items), and a growth printed without its level after items with theirs
goes under the total those grow under. Verbatim, from the 1955 and 1981 national work reports: what a condition
(如果) supposes and what it would bring about (则…, 就…) are estimates, neither done nor planned; a reckoning on another
basis (如果从…扣除…，则…实际增长) and what 只要 says is enough stay as they are. Verbatim, from the 2023 and 2014
national work reports: a span opening the sentence that says how long, not up to when (经过八年持续努力: the eight years
of the poverty campaign ended in 2020, not in the year reviewed), or a plan time of no stated length (今后一个时期), is
the period as printed, neither none nor the year reviewed or planned. Verbatim, from the national work reports: the
parts after 其中 of a plan's total are parts of it as an outcome's are (今年拟安排财政赤字9000亿元，其中中央财政赤字7000亿元),
and a year of a total over five years (五年合计财政支出为…，其中一九八五年为…) is no part of it. Verbatim, from the Dayao
budget report of April 2024: the amount a part with its level rose or fell by (比上年增收1284万元) goes under the amount its
total did, as its growth rate goes under the total's.
"""

from __future__ import annotations

from _sentences import fact, facts

XICHENG = ("关于西城区2021年国民经济和社会发展计划上半年执行情况的报告\n一、上半年计划执行情况\n"
           "1.财政收入。上半年，全区实现全口径税收收入1386.2亿元，同比增长16.8％。区级税收收入完成1946520万元，"
           "比上年同期增收263180万元，增长15.6％；非税收入完成240480万元，同比减收21350万元，下降8.2％，"
           "占区级一般公共预算收入的比重为11.0％。\n"
           "2.分税种情况。从主要税种看，增值税、企业所得税、个人所得税分别完成412.6亿元、538.4亿元和196.3亿元，"
           "分别增长18.2％、21.5％和12.7％；契税、土地增值税分别下降23.4％和11.6％；房产税完成18.9亿元，与上年基本持平。\n")

HAIDIAN = ("一般公共预算收入完成265.4亿元，同比增长18.3%，完成全年预算的56.2%，增速由负转正，较上年同期提高25.6个百分点。"
           "其中，税收收入完成238.9亿元，增长19.6%；非税收入完成26.5亿元，下降4.1%。税收收入中，增值税、企业所得税、"
           "个人所得税分别完成96.2亿元、78.4亿元和41.3亿元，分别增长12.5%、31.8%和15.9%。")


def _parents(text: str) -> dict[tuple[str, str], tuple[str, str]]:
    """(indicator, measure) → (indicator, measure) of the fact it is a part of, for every part."""
    f = facts(text)
    by_id = f.set_index("fact_id")
    return {(r.indicator, r.measure): (by_id.loc[r.parent_id, "indicator"], by_id.loc[r.parent_id, "measure"])
            for r in f.itertuples() if r.relation == "part"}


def test_a_tax_type_breakdown_is_of_the_tax_total_two_sentences_back() -> None:
    got = _parents(XICHENG)
    for item in ("增值税", "企业所得税", "个人所得税", "房产税"):
        assert got[(item, "level")] == ("全口径税收收入", "level")
    for item in ("增值税", "企业所得税", "个人所得税", "契税", "土地增值税"):
        assert got[(item, "yoy_pct")] == ("全口径税收收入", "yoy_pct")


def test_a_breakdown_headed_by_the_tax_revenue_is_of_it() -> None:
    got = _parents(HAIDIAN)
    for item in ("增值税", "企业所得税", "个人所得税"):
        assert got[(item, "level")] == ("税收收入", "level")
        assert got[(item, "yoy_pct")] == ("税收收入", "yoy_pct")


# -- a condition and what it would bring about: estimates -------------------------------------------------------------


def test_the_figures_of_a_condition_and_its_consequence_after_ze_are_estimates() -> None:
    text = "在全国的杂粮产区和其他适当地区，如果再把一、二千万亩粮田改种薯类，则虽然每年减少粮食二、三十亿斤，但能增产薯类一百多亿斤到二百多亿斤。"
    for printed in ("二千万亩", "三十亿斤", "一百多亿斤", "二百多亿斤"):
        assert fact(text, printed)["status"] == "estimate", printed


def test_a_figure_inside_the_condition_is_an_estimate() -> None:
    text = "全国流动资金大大超过了应该拥有的数量，如果能够加速周转，减少百分之二、三的占用量，就可以节省出七十亿到一百亿元的资金。"
    assert fact(text, "百分之二")["status"] == "estimate"


def test_a_reckoning_on_another_basis_and_what_is_enough_stay_actual() -> None:
    text = ("如果从两年收入数额中扣除国外借款，在支出数额中扣除１９５５年用上年结余拨付流动资金、银行信贷资金和地方预算周转金等"
            "不可比的因素，则本年收入实际增长１５．８３％，本年支出实际增长２２．７７％。")
    assert fact(text, "１５．８３％")["status"] == "actual"
    assert fact("有的企业甚至只要花过去一半或者更少的钱，就可以很好地建设起来了。", "一半")["status"] == "actual"


# -- a span of stated length with no end, a plan time of no length: the period as printed ---------------------------


def test_a_span_of_years_gone_through_is_the_period_as_printed() -> None:
    text = ("——2023年3月5日在第十四届全国人民代表大会第一次会议上\n一、过去一年和五年工作回顾\n"
            "——脱贫攻坚任务胜利完成。经过八年持续努力，近1亿农村贫困人口实现脱贫，全国832个贫困县全部摘帽，"
            "960多万贫困人口实现易地搬迁，历史性地解决了绝对贫困问题。")
    got = fact(text, "832个")
    assert (got["indicator"], got["status"], got["period"]) == ("全部摘帽的贫困县", "actual", "经过八年")


def test_a_plan_time_of_no_length_is_the_period_as_printed() -> None:
    text = ("今后一个时期，着重解决好现有“三个1亿人”问题，促进约1亿农业转移人口落户城镇，改造约1亿人居住的城镇棚户区和城中村，"
            "引导约1亿人在中西部地区就近城镇化。")
    got = fact(text, "1亿农业转移人口")
    assert (got["indicator"], got["status"], got["period"]) == ("落户城镇的农业转移人口", "target", "今后一个时期")


# -- the parts of a plan's total after 其中; a year of a span is none -----------------------------------------------


def test_the_parts_of_a_plan_after_qizhong_are_parts_of_its_total() -> None:
    text = "今年拟安排财政赤字9000亿元，其中中央财政赤字7000亿元，继续代地方发债2000亿元并纳入地方预算，赤字规模比上年预算减少 1500亿元，赤字率下降到2%左右。"
    got = _parents(text)
    assert got[("中央财政赤字", "level")] == ("财政赤字", "level")
    assert got[("代地方发债", "level")] == ("财政赤字", "level")
    text = ("一九五八年计划继续施工和开始施工的限额以上的建设项目共有一千一百八十五个，其中工业建设项目是七百一十六个，"
            "农林水利建设项目是一百八十五个，交通运输建设项目是一百零六个，商业建设项目是四十七个，文教卫生建设项目是六十个，"
            "城市公用事业建设项目是四十七个，其他建设项目是二十四个。")
    got = _parents(text)
    assert got[("工业建设项目", "level")] == ("施工和开始施工的限额以上的建设项目", "level")
    assert got[("其他建设项目", "level")] == ("施工和开始施工的限额以上的建设项目", "level")


def test_a_year_of_a_total_over_five_years_is_no_part_of_it() -> None:
    text = "五年合计财政支出为六千零九十八亿元，其中一九八五年为一千三百零四亿元，比一九八○年增加九十二亿元。"
    assert fact(text, "一千三百零四亿元")["relation"] == ""


# -- the change of a part with its level under the change of its total ----------------------------------------------


def test_the_amount_a_part_changed_by_is_under_its_totals() -> None:
    text = ("4月,一般公共预算收入累计完成24627万元,完成年初预算数60999万元的40.4%,比上年减收1070万元,下降4.2%。"
            "其中:税收收入8103万元,比上年增收1284万元,增长18.8%;非税收入16524万元,比上年减收2354万元,下降12.5%。")
    got = _parents(text)
    for item in ("税收收入", "非税收入"):
        assert got[(item, "abs_change")] == ("一般公共预算收入", "abs_change")
        assert got[(item, "yoy_pct")] == ("一般公共预算收入", "yoy_pct")
