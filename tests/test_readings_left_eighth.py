"""Readings left open by earlier passes over the texts (an eighth pass).

Verbatim: the approximate numerals of the national work reports: a pair of neighbouring digits before one place
(四、五十亿元 of 1983, 二、三十亿斤 of 1955, 二、三百亿度 of 1979, 两、三倍 of 1978), a guess read about at both ends;
几 inside a numeral (一百几十亿元 of 1981, 一百几十种 of 1958) and a vague size before an amount that goes on with 的
(几十亿元的收入 of 1960), read over; a pair of digits before years (一、二年内 of 1955) is one period, no figure. No text at hand prints a rank without its set after a rank with one (我区5次位列
全市第一、3次位列第二): those sentences are written in the form of the district reports of tests/gold/real. Verbatim: the growth targets of the 1986 national
work report with and without village industry, in brackets after the growth they restate (包括村办工业为百分之六), and
the funds of the Minhang budget of 2022 whose bracket (含市拨专款54.5亿元) names a part. Verbatim: the shares of the national income the 1981 report requires, across a semicolon (要求…；积累部分
增长３．２％), and the 1982 report's growth rates whose parts after the semicolon print their own status words. Verbatim: the revenue of the 1956 report, less than the plan after 比起; the bare totals of the 1955 and 1959 reports (…的纺织厂，共有三十九个), of what the clause
before names; a part added before a total (加上原有的灌溉面积，共有…) is written in the form of the 1950s reports. Verbatim: the lakes of the 2003 report, which share 还湖面积; the grain output of the 1959 report after 大家知道.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

# -- a pair of neighbouring digits before one place is a guess: about, at both ends ---------------------------

REVENUE_1983 = ("工业企业可比产品的成本，一九八○年上升百分之零点九，一九八一年上升百分之一，一九八二年也没有降低，"
                "只这一项每年就减少国家财政收入四、五十亿元。")
GRAIN_1955 = ("在全国的杂粮产区和其他适当地区，如果再把一、二千万亩粮田改种薯类，则虽然每年减少粮食二、三十亿斤，"
              "但能增产薯类一百多亿斤到二百多亿斤。")
POWER_1979 = "据有关部门初步估算，工业交通企业目前一年大约多耗电二、三百亿度，多耗煤几千万吨。"
GRAIN_BASES_1978 = ("（一）在普遍增产粮食的基础上抓好两头，一头是抓好十二个大面积商品粮基地和全国的国营农场，"
                    "八年内使它们提供的商品粮比现在增加两、三倍；一头是抓好低产缺粮地区，使它们在两、三年内实现粮食自给自余。")


@pytest.mark.parametrize(("text", "low", "high", "values"), [
    (REVENUE_1983, "四、", "五十亿元", (-4e9, -5e9)),
    (GRAIN_1955, "二、", "三十亿斤", (-2e9, -3e9)),
    (POWER_1979, "二、", "三百亿度", (2e10, 3e10)),
    (GRAIN_BASES_1978, "两、", "三倍", (200.0, 300.0)),
])
def test_a_pair_of_neighbouring_digits_is_about_at_both_ends(text: str, low: str, high: str,
                                                              values: tuple[float, float]) -> None:
    lo, hi = fact(text, low), fact(text, high)
    assert (lo["value"], hi["value"]) == values
    assert (lo["qualifier"], hi["qualifier"]) == ("about", "about")
    assert "range_low" in lo["flags"] and "range_high" in hi["flags"]


def test_a_span_of_years_in_a_pair_is_no_figure() -> None:
    got = facts(GRAIN_BASES_1978)
    assert "三年" not in "".join(got["raw_value"] + got["raw_unit"])


# -- 几 inside a numeral, or a vague size before an amount: over -------------------------------------------------

DEFICIT_1981 = ("如果不采取有力措施加以解决，１９８１年还会有一百几十亿元的赤字，那么，几年来人民生活所得到的改善必将丧失，"
                "比例失调的状况将进一步加剧，国家经济生活将发生严重混乱，安定团结的政治局面就难以巩固和发展。")
PRODUCTS_1958 = ("上海市的许多工厂，最近特别注意了产品质量的提高，并且对于一百几十种著名的工业品，分别采取措施，"
                 "争取在一定时期内，在质量方面赶上或者超过英、美等国的水平，这是很好的。")
INCOME_1960 = "全国农村人民公社在去年冬季的“小秋收”运动和短途运输运动中，取得了几十亿元的收入。"


@pytest.mark.parametrize(("text", "printed", "raw", "indicator", "value"), [
    (DEFICIT_1981, "一百几十亿元", "一百几十亿", "赤字", 1.1e10),
    (PRODUCTS_1958, "一百几十种", "一百几十", "著名的工业品", 110.0),
    (INCOME_1960, "几十亿元", "几十亿", "收入", 1e9),
])
def test_a_vague_digit_reads_the_whole_numeral_over(text: str, printed: str, raw: str, indicator: str,
                                                    value: float) -> None:
    got = fact(text, printed)
    assert (got["raw_value"], got["indicator"], got["value"], got["qualifier"]) == (raw, indicator, value, "over")


# -- a list of ranks names its set once ---------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "printed"), [
    ("在“接诉即办”月度考核中，我区5次位列全市第一、3次位列第二。", "第二"),
    ("2023年，进出口总额居全国第3位、出口额居第2位。", "第2位"),
    ("上半年，地区生产总值增速居全市第6位，规上工业增加值增速居第2位。", "第2位"),
])
def test_a_rank_without_its_set_is_in_the_set_of_the_rank_before(text: str, printed: str) -> None:
    got = fact(text, printed)
    assert (got["measure"], got["comparator"]) == ("rank", text[text.index("第") - 2:text.index("第")])


# -- a growth in brackets after a growth, of the whole with (or without) what the bracket names -------------------

PLAN_1986 = ("根据社会不断增长的需要和综合各种生产条件的可能，“七五”计划草案规定，全国工农业总产值平均每年增长百分之六点七，"
             "其中农业总产值平均每年增长百分之四（包括村办工业为百分之六），工业总产值平均每年增长百分之七点五"
             "（不包括村办工业百分之七）；国民生产总值平均每年增长百分之七点五。")


@pytest.mark.parametrize(("printed", "name", "value"), [
    ("百分之六）", "农业总产值（包括村办工业）", 6.0),
    ("百分之七）", "工业总产值（不包括村办工业）", 7.0),
])
def test_a_growth_in_an_inclusion_note_is_of_the_whole_so_counted(printed: str, name: str, value: float) -> None:
    got = fact(PLAN_1986, printed)
    assert (got["indicator"], got["measure"], got["value"], got["comparator"], got["status"]) == (
        name, "change_pct", value, "平均每年", "target")
    assert "multi_year" in got["flags"]


def test_a_level_in_an_inclusion_note_stays_a_part() -> None:
    text = ("2.区本级一般公共预算收支决算情况 区本级一般公共预算财力249.2亿元(含市拨专款54.5亿元),加上年结转收入6.9亿元、"
            "地方政府一般债务转贷收入28.5亿元、调入资金4.3亿元、动用预算稳定调节基金9.1亿元,收入总量为298亿元。")
    assert fact(text, "54.5亿元")["indicator"] == "市拨专款"


# -- a plan word opening the sentence's first part holds across its semicolons, until a status word of a part -----

DISTRIBUTION_1981 = ("在国民收入的分配上，要求消费部分增长５．７％，社会商品零售总额增长８％；积累部分增长３．２％，"
                     "国家预算内直接安排的投资增长５．７％。")
GROWTH_1982 = "工农业总产值的增长速度，一九八一年计划为百分之三点七，实际达到百分之四点六；一九八二年计划为百分之四，预计可以达到百分之六点四。"


@pytest.mark.parametrize("printed", ["３．２％", "５．７％。"])
def test_a_plan_word_opening_the_sentence_holds_after_its_semicolon(printed: str) -> None:
    got = fact(DISTRIBUTION_1981, printed)
    assert (got["measure"], got["status"]) == ("yoy_pct", "target")


def test_a_part_after_a_semicolon_with_a_status_word_of_its_own_keeps_it() -> None:
    got = facts(GROWTH_1982)
    assert list(got["status"]) == ["target", "actual", "target", "estimate"]


# -- 比起 compares as 比 does ------------------------------------------------------------------------------------

BUDGET_1956 = "１９５５年决算在收入方面的情况基本上是好的。但是比起原定的计划还少３．０２％，这是什么原故呢？"


def test_less_than_a_plan_after_biqi_is_a_change_against_it() -> None:
    got = fact(BUDGET_1956, "３．０２％")
    assert (got["measure"], got["value"], got["comparator"]) == ("change_pct", -3.02, "原定的计划")


# -- a bare total after a comma counts what the clause before names ------------------------------------------------


@pytest.mark.parametrize(("text", "printed", "name"), [
    ("五年内进行建设的规模较大的纺织厂，共有三十九个。", "三十九个", "进行建设的规模较大的纺织厂"),
    ("在西藏要求改革的劳动人民和赞成改革的上层进步分子以及可以说服的中间分子，共有一百一十几万人。", "一百一十几万人",
     "西藏要求改革的劳动人民和赞成改革的上层进步分子以及可以说服的中间分子"),
])
def test_a_bare_total_counts_what_the_clause_before_names(text: str, printed: str, name: str) -> None:
    assert fact(text, printed)["indicator"] == name


def test_a_part_added_names_no_total() -> None:
    assert fact("加上原有的灌溉面积，共有三千万亩。", "三千万亩")["indicator"] == ""


# -- the words a list shares are all those after the last item's head ------------------------------------------------

LAKES_2003 = ("在长江流域实行平垸行洪、退田还湖、移民建镇等政策，恢复水面2900平方公里，增加蓄洪容积130亿立方米，"
              "其中鄱阳湖、洞庭湖还湖面积分别达到880平方公里和600平方公里，实现了千百年来从围湖造田、与湖争地到大规模"
              "退田还湖的历史性转变。")


@pytest.mark.parametrize(("printed", "name"), [("880平方公里", "鄱阳湖还湖面积"), ("600平方公里", "洞庭湖还湖面积")])
def test_a_list_shares_every_word_after_the_last_items_head(printed: str, name: str) -> None:
    assert fact(LAKES_2003, printed)["indicator"] == name


# -- a span of years printed as a pair of digits is one period -------------------------------------------------------

COOPERATIVES_1955 = ("根据各地的许多材料看来，农业生产合作社在初建的一、二年内，如果办得不坏，一般可以增产百分之十到二十左右，"
                     "往后还可以在每年保持某种的增产比例，比互助组高，比个体农民经济的增产率更高出很多。")


def test_a_pair_of_digits_before_years_is_one_period_and_no_figure() -> None:
    got = facts(COOPERATIVES_1955)
    assert list(got["raw_value"]) == ["百分之十", "二十"]
    assert set(got["period"]) == {"一、二年内"}


# -- a clause that only says the speaker knows or sees names nothing -------------------------------------------------


def test_a_clause_of_knowing_heads_no_scope() -> None:
    text = "大家知道，我国的粮食总产量，在解放前产量最高的一九三六年，只有二千七百七十四亿斤。"
    assert fact(text, "二千七百七十四亿斤")["indicator"] == "我国的粮食总产量"
