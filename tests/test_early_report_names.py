"""Names of figures in the national work reports of 1954–1988, on verbatim sentences.

Each sentence is copied from the report of ``/work/shared/corpus/national_work_reports`` named in the comment
above it; each test states the name, measure or qualifier of one figure of it.
"""

from __future__ import annotations

import pytest
from _sentences import fact

# -- a count whose clause says too much to name it by is named by the counted noun alone -----------------

@pytest.mark.parametrize(("text", "printed", "name"), [
    # 1986
    ("在这个过程中，两种体制同时并存，交互发生作用，新体制的因素在经济运行中日益增多，但还不能立即全部代替旧体制，"
     "旧体制的相当部分还不能不在一定的时间内继续存在和运用。", "两种", "体制"),
    # 1955
    ("在工业生产方面：两个年度计划都超额完成，一九五四年工业总产值比一九五二年增长了百分之五十三点七；重要产品的产量"
     "都有显著增长，如铁增长百分之五十六，钢增长百分之六十五，发电增长百分之五十一，煤增长百分之二十六，水泥增长百分之"
     "六十一，木材增长百分之一百一十一，棉布增长百分之三十七。", "两个", "年度计划"),
])
def test_count_named_by_its_noun_before_a_long_predicate(text, printed, name):
    assert fact(text, printed)["indicator"] == name


@pytest.mark.parametrize(("text", "printed", "name"), [
    # 1955
    ("第一个五年计划的基本任务，概括地说来，就是：集中主要力量进行以苏联帮助我国设计的一百五十六个单位为中心的、"
     "由限额以上的六百九十四个建设单位组成的工业建设，建立我国的社会主义工业化的初步基础；", "一百五十六个", "单位"),
    ("第一个五年计划的基本任务，概括地说来，就是：集中主要力量进行以苏联帮助我国设计的一百五十六个单位为中心的、"
     "由限额以上的六百九十四个建设单位组成的工业建设，建立我国的社会主义工业化的初步基础；", "六百九十四个", "建设单位"),
    # 1954
    ("按一九五四年的計劃指標計算，單是中央的六個工業部加上地質、建築工程、鐵道、交通、郵電、林業六個部，只要降低基本"
     "建設的建築安裝成本的百分之一，就可以每年爲國家節約二千八百億元；", "六個工業部", "工業部"),
])
def test_count_ends_where_what_it_makes_or_joins_starts(text, printed, name):
    assert fact(text, printed)["indicator"] == name


# -- 本年内 and 今年内 heading a name are a period, no part of it ------------------------------------------

@pytest.mark.parametrize(("text", "printed", "name"), [
    # 1956
    ("本年内铁路货物周转量将比上年增长１０％，客运周转量将增长４％。", "１０％", "铁路货物周转量"),
])
def test_this_year_within_heading_a_name_goes(text, printed, name):
    got = fact(text, printed)
    assert got["indicator"] == name
    assert got["measure"] == "yoy_pct"


# -- a share right after 有 or 团结 is of the units after it, not of the words before ---------------------

@pytest.mark.parametrize(("text", "printed", "name"), [
    # 1975
    ("我们要团结百分之九十五以上的干部和群众，团结一切可以团结的力量，为建设伟大的社会主义祖国而共同奋斗。",
     "百分之九十五", "干部和群众"),
    # 1960
    ("首先是粮食每亩平均年产量还有百分之七十以上的县没有达到纲要要求的水平。", "百分之七十", "县没有达到纲要要求的水平"),
    # 1954
    ("根據一九五三年底的統計，已有百分之八十以上的在押罪犯分別投入工農業的生産。", "百分之八十",
     "在押罪犯分別投入工農業的生産"),
    # 1978
    ("我们要发扬革命加拚命的精神，努力工作，保证到一九八○年把三分之一的企业建成大庆式企业，把三分之一的县建成大寨县。",
     "把三分之一的县", "建成大寨县的县"),
])
def test_share_after_has_is_of_the_units_after_it(text, printed, name):
    got = fact(text, printed)
    assert got["indicator"] == name
    assert got["measure"] == "rate_pct"


# -- a bare numeral after 百分之N and 到 or 至 is the other end of a range of percentages --------------------

def test_percent_range_in_chinese_numerals_has_both_ends():
    # 1978
    text = "从一九七八年到一九八五年八年间，我国农业总产值每年要增长百分之四到五，工业总产值每年要增长百分之十以上。"
    low, high = fact(text, "百分之四"), fact(text, "到五")
    assert (low["value"], high["value"]) == (4, 5)
    assert high["unit"] == "%" and high["raw_value"] == "五"
    assert high["indicator"] == low["indicator"] == "我国农业总产值"
    assert high["measure"] == low["measure"] == "change_pct"
    assert "range_high" in high["flags"]


def test_percent_range_end_in_each_item():
    # 1979
    text = ("我们要求各地区、各部门在各企业今年计划定额的基础上节约煤和电百分之二到三，节约油百分之五到十，"
            "这个目标经过努力是完全可以达到的。")
    assert abs(fact(text, "到三")["value"]) == 3
    low, high = fact(text, "百分之五"), fact(text, "到十")
    assert (high["value"], high["unit"], high["measure"]) == (2 * low["value"], "%", low["measure"])


def test_a_year_after_a_percentage_and_到_is_no_range_end():
    # 1955
    text = ("同时，按照计划，五年内生产资料的产值将增长百分之一百二十六点五，消费资料的产值则增长百分之七十九点七，因此，"
            "生产资料的产值在工业总产值中所占的比重，将由一九五二年的百分之三十九点七到一九五七年上升为百分之四十五点四，"
            "消费资料的产值所占的比重，将由一九五二年的百分之六十点三到一九五七年下降为百分之五十四点六。")
    from _sentences import facts
    assert list(facts(text)["raw_value"]) == ["百分之一百二十六点五", "百分之七十九点七", "百分之三十九点七",
                                              "百分之四十五点四", "百分之六十点三", "百分之五十四点六"]


# -- 中 after a span of years heading a name is the span's, no part of the name ------------------------------

@pytest.mark.parametrize(("text", "printed", "name"), [
    # 1955
    ("两年中新建铁路铺轨一千四百多公里，其中集宁到二连的铁路和黎塘到湛江的铁路已经铺轨完成；新建公路六千六百多公里，"
     "其中主要的是康藏公路和青藏公路。", "一千四百", "新建铁路铺轨"),
    # 1983
    ("五年中国家用于城市职工住宅的投资共四百八十亿元，新建住宅三亿五千万平方米，相当于一九七七年前十九年新建住宅面积的"
     "总和。", "四百八十亿元", "国家用于城市职工住宅的投资"),
    # 2008: 中央 is a word
    ("五年中央财政用于科技的投入达到3406亿元。", "3406亿元", "中央财政用于科技的投入"),
])
def test_within_a_span_of_years_heading_a_name_goes(text, printed, name):
    assert fact(text, printed)["indicator"] == name


# -- a month before 份的 is a month, no figure --------------------------------------------------------------

def test_month_before_its_statistics_is_no_figure():
    # 1956
    from _sentences import facts
    text = "在农业方面，据本年５月份的统计，参加农业生产合作社的农户已经占总农户的９０％以上，其中参加高级合作社的农户，已经占总农户的６０％左右。"
    assert list(facts(text)["raw_value"]) == ["９０", "６０"]


# -- item lines under a line that frames them are of its year, against its base ---------------------------

# 1955 (lines 159–163 and 189–193 of the report, as printed)
S1955_GOODS = ("　　五年内，我国各种工业产品的产量都将有显著的增长，主要产品在一九五七年的计划产量比一九五二年的产量增长的"
               "情况如下列：\n\n"
               "　　钢：从一百三十五万吨增加到四百十二万吨，增长二点一倍。\n\n"
               "　　发电量：从七十二亿六千万度增加到一百五十九亿度，增长一点二倍。\n")
S1955_FARM = ("　　按照计划，主要农业产品一九五七年的计划产量及其比一九五二年增长的情况如下列：\n\n"
              "　　粮食：达到三千八百五十六亿斤，增长百分之十七点六。\n\n"
              "　　棉花：达到三千二百七十万担，增长百分之二十五点四。\n")


def test_framed_item_line_change_is_against_the_base_year():
    got = fact(S1955_GOODS, "二点一倍")
    assert (got["indicator"], got["measure"], got["status"]) == ("钢", "change_pct", "target")
    assert (got["comparator"], got["period"]) == ("一九五二年", "一九五七年")
    got = fact(S1955_FARM, "百分之二十五点四")
    assert (got["indicator"], got["measure"], got["status"]) == ("棉花", "change_pct", "target")
    assert got["comparator"] == "一九五二年"


def test_framed_item_line_levels_are_of_the_base_and_the_planned_year():
    start, end = fact(S1955_GOODS, "七十二亿六千万度"), fact(S1955_GOODS, "一百五十九亿度")
    assert (start["period"], start["status"]) == ("一九五二年", "actual")
    assert (end["period"], end["status"]) == ("一九五七年", "target")
    assert (fact(S1955_FARM, "三千八百五十六亿斤")["status"], fact(S1955_FARM, "三千八百五十六亿斤")["period"]) == (
        "target", "一九五七年")


# -- a year compared with a year at the head of a clause is its period, with or without a comma after ------

@pytest.mark.parametrize(("text", "printed", "period", "base"), [
    # 1955
    ("一九五四年比一九五二年医院病床增长百分之三十四。", "百分之三十四", "一九五四年", "一九五二年"),
    # 1982
    ("社会商品零售总额，一九八一年比一九八○年增长百分之九点八，一九八二年预计比一九八一年增长百分之八点九，"
     "两年平均每年递增百分之九点四。", "百分之九点八", "一九八一年", "一九八○年"),
    # 1955: after the colon of a topic
    ("在工业农业总产值方面：一九五三年比一九五二年增长百分之十四点四，一九五四年又比一九五三年增长百分之九点四。",
     "百分之十四点四", "一九五三年", "一九五二年"),
])
def test_year_compared_at_clause_head_is_the_period(text, printed, period, base):
    got = fact(text, printed)
    assert (got["period"], got["comparator"]) == (period, base)


# -- a count whose clause is only what a part of a set does and 的 is named by it and the set -------------

@pytest.mark.parametrize(("text", "printed", "name"), [
    # 1956: the set the count before it counts
    ("１９５６年施工的限额以上建设单位共有９６４个，其中本年开始建设的２７１个，继续建设的６９３个；苏联为我国设计的１５６个"
     "重要项目中，除了１７个项目已经完工投入生产，１２个项目已经部分地投入生产以外，本年内开始建设的２２个，继续建设的"
     "１０３个，在本年内可以完工的１１个，可以部分地投入生产的１３个。", "６９３个", "继续建设的限额以上建设单位"),
    # 1985
    ("全年施工的更新改造项目七万四千个，全部建成的三万九千个，对增加生产、提高质量、改进品种和节约能源，都发挥了重要作用。",
     "三万九千个", "全部建成的更新改造项目"),
    # 1956: a part reaching its count is of no topic the sentence opens with
    ("中医的力量有了进一步的发挥，其中已经参加公立和联合诊疗机构的达到９万人。", "９万人", "参加公立和联合诊疗机构的人"),
    # 1958: the set the sentence opens with
    ("这些建设项目，在今年内可以建设完工的有二十七个。", "二十七个", "可以建设完工的建设项目"),
    ("在工业建设项目中，属于中央各部的是五百六十七个，属于地方的是一百四十九个。", "一百四十九个", "地方的工业建设项目"),
])
def test_count_of_a_part_said_before_it(text, printed, name):
    assert fact(text, printed)["indicator"] == name


def test_count_of_a_part_reaching_it_is_of_the_persons_counted_before():
    # 1956: the part (将达) of the workers counted before it, named with them (its verb 完成 is left out of the name)
    text = "按照中央１７个部培养熟练工人的计划，受训练的工人在今年将达７１万人，其中完成培养计划的将达２８万人。"
    assert fact(text, "２８万人")["indicator"].endswith("培养计划的工人")


def test_count_with_its_noun_after_it_keeps_it():
    # 1955
    text = ("第一个五年计划的基本任务，概括地说来，就是：集中主要力量进行以苏联帮助我国设计的一百五十六个单位为中心的、"
            "由限额以上的六百九十四个建设单位组成的工业建设，建立我国的社会主义工业化的初步基础；")
    assert fact(text, "一百五十六个")["indicator"] == "单位"


# -- a count of units before 的 and what is theirs counts the units ----------------------------------------

@pytest.mark.parametrize(("text", "printed", "name"), [
    # 1983
    ("在此期间，我国领导人出访了九十个国家，有八十一个国家的领导人来我国访问。", "八十一个", "国家"),
    # 1955: an adjective before 的 is part of the noun counted
    ("我国建设社会主义的事业，是以社会主义工业化为主体的，而对农业、手工业的改造和对资本主义工商业的改造是两个必要的"
     "组成部分，这三者是不可分割的。", "两个", "必要的组成部分"),
])
def test_count_of_units_before_what_is_theirs(text, printed, name):
    assert fact(text, printed)["indicator"] == name
