"""Numbers printed in a report that are no statistical figure give no fact.

- A count whose counter a verb follows counts the parts of a slogan, no things (两个确保, 三个有利于, 两个毫不动摇,
  两个维护); so does a few in words of a plan's frame (重点, 抓手, 高地, 保障) that closes its clause (突出三个重点，).
  The national reports print these in quotes (“两个确保”), which already made them slogans; district reports print
  them bare too, so the sentences of those tests are written.
- So does a counter a numeral 一 follows (推进三个一批项目建设, 实施五个一工程: the 一 of each part, in a slogan's words),
  and a few in words of 条 before a document is the articles it is known by (十七条协议, 四十条纲要), no count.
- A count of what may come (有两种可能, 两种前途) names alternatives, no things counted (a count of things the
  clause speaks of stays: 两种体制同时并存).
- A few in words after 前 or 后 opening a clause point to the things just named (后两种情况: the last two of those
  listed), as 这两个 and 上述三项 do: no figure.
- A few months or days after 后 opening a clause is a span of the calendar (后三个月，: the last three months), as
  after 前 or 连续; after 延后, 推后 or 滞后 it is how long a thing is put off, a figure.
- The number of a table or chart referred to is no figure (根据表3数据, 表2显示, 由表4可见, as 如图2所示 and 见表1).
- A ratio printed with 比 is a ratio as one with a colon is (1.03比1: the 1 is its base, no figure), and so is one of
  whole numbers that is no clock time (1∶1, 1:1; 9:30 is a time). A ratio after 按 is the rule a sum is matched
  by (按1:1比例配套), no figure.
- The bounds of a bracket a tax or relief applies to (年应纳税所得额不到100万元的部分, 超过100万元但不超过300万元的部分)
  are no figures of their own.
"""

from __future__ import annotations

import pytest
from _sentences import facts

# national work report 1980
RATIO_1980 = "生铁和钢产量的比例，明年计划从今年预计的1.03比1改为1比1，可以节约标准煤200万吨。"
# national work report 2021
BRACKET_2021 = "对小微企业和个体工商户年应纳税所得额不到100万元的部分，在现行优惠政策基础上，再减半征收所得税。"


def _printed(text: str) -> list[str]:
    return [f"{r.raw_value}{r.raw_unit}" for r in facts(text).itertuples()]


def test_a_ratio_printed_with_bi_is_a_ratio_whose_one_is_its_base():
    f = facts(RATIO_1980)
    assert list(f["raw_value"]) == ["1.03", "1", "200"]
    assert list(f["measure"][:2]) == ["ratio", "ratio"]
    assert list(f["status"][:2]) == ["estimate", "target"]
    # the 1 of 1比1 that is a figure is the first one
    assert f.iloc[1]["start"] == RATIO_1980.index("1比1")


@pytest.mark.parametrize("text", [
    # written: a matching rule as district budgets print it
    "省级财政按1:1比例配套，市县按1∶1配套资金。",
    "按照1:1.5的比例安排配套资金。",
])
def test_a_ratio_after_an_is_a_rule_no_figure(text):
    assert _printed(text) == []


def test_a_ratio_of_whole_numbers_is_read_as_a_ratio_and_a_clock_time_is_none():
    # written
    f = facts("全区常住人口性别比为105:100。")
    assert list(f["measure"]) == ["ratio", "ratio"]
    assert _printed("会议于9:30召开。") == []
    # written: a ratio not after 按 keeps its figures
    assert _printed("城乡居民收入比由2.56:1缩小到2.50:1。") == ["2.56", "2.50"]


def test_the_bounds_of_a_tax_bracket_are_no_figures():
    assert _printed(BRACKET_2021) == []
    # written: both bounds of a bracket, and a bracket's range
    assert "100万元" not in _printed("对年应纳税所得额超过100万元但不超过300万元的部分，减按50%计入应纳税所得额。")
    assert "300万元" not in _printed("对年应纳税所得额超过100万元但不超过300万元的部分，减按50%计入应纳税所得额。")
    assert _printed("对年应纳税所得额100万元至300万元的部分，减按50%计入应纳税所得额。") == ["50%"]


@pytest.mark.parametrize("text", [
    # written: the slogans the national reports quote (“两个毫不动摇”, “两个确保”, “三个有利于”), printed bare
    "坚持两个毫不动摇，牢记两个务必。",
    "推进三去一降一补，实现两个确保。",
    "落实三个区分开来要求，坚持三个有利于标准。",
    "把握三新一高要求，落实两个结合。",
    "坚定不移推进两个率先。",
    "着力打造三个高地。",
    "突出三个重点，强化四个保障。",
    "牢牢把握一个目标、两个任务、三个抓手。",
])
def test_a_count_of_a_slogans_parts_is_no_figure(text):
    assert _printed(text) == []


@pytest.mark.parametrize(("text", "printed"), [
    # written: the things counted are named after the frame word, or the count is in digits
    ("突出三个重点项目，完成投资12亿元。", "三个"),
    ("建设4个城乡结合部改造项目。", "4个"),
    ("全年确定重点任务10项，完成8项。", "10项"),
])
def test_a_count_of_things_stays_a_figure(text, printed):
    assert printed in _printed(text)


@pytest.mark.parametrize("text", [
    # written: the slogans a district report prints bare
    "推进三个一批项目建设。",
    "实施五个一工程，推进十个一行动。",
    "在全国率先实现三个全覆盖。",
    "守住两条底线，着力打好三场硬仗。",
    # national work report 1959
    "根据一九五一年和平解放西藏的十七条协议，西藏地方政府应当团结人民，驱逐帝国主义侵略势力出西藏；西藏的落后的社会制度，必须改革。",
    # national work report 1960
    "这是四十条纲要的中心。",
])
def test_a_count_in_a_slogan_or_a_documents_name_is_no_figure(text):
    assert _printed(text) == []


def test_a_count_of_what_may_come_is_no_figure():
    # national work report 1981
    assert _printed("必须继续坚定不移地控制人口的增长。在这个问题上，有两种可能：或者是严格地有效地控制人口的增长，"
                    "使人民生活逐步得到改善；") == []
    # national work report 1986: a count of things the clause speaks of stays
    assert _printed("在这个过程中，两种体制同时并存，交互发生作用。") == ["两种"]


def test_a_count_of_kinds_of_things_stays_a_figure():
    # national work report 1985
    assert "六十五种" in _printed("列入第六个五年计划的六十五种主要产品的产量，到１９８４年已有四十三种提前达到１９８５年的指标。")


def test_a_count_of_articles_issued_as_measures_stays_a_figure():
    # national work report 1981
    assert _printed("他们千方百计发动群众挖掘潜力，制订了减产不减收的三十条措施，取得了成效。") == ["三十条"]


def test_a_few_after_hou_opening_a_clause_point_to_the_things_just_listed():
    # national work report 1957
    s = ("而有关的共产党的组织和共产党的负责干部对他们的接近和帮助也往往不够。"
         "后两种情况应该引起我们严重注意，积极加以克服。")
    assert _printed(s) == []


def test_the_last_months_are_a_span_of_the_calendar():
    # written
    assert _printed("后三个月，全区经济增长5%。") == ["5%"]
    assert _printed("项目进度延后3个月。") == ["3个月"]


@pytest.mark.parametrize(("text", "printed"), [
    # written: a district bulletin's references to its tables
    ("根据表3数据，全区实现增长5%。", ["5%"]),
    ("表2显示，全区增长5%。", ["5%"]),
    ("由表4可见，全区增长5%。", ["5%"]),
    # written: a word that ends with 表 before a count
    ("全区共有人大代表3名。", ["3名"]),
])
def test_the_number_of_a_table_referred_to_is_no_figure(text, printed):
    assert _printed(text) == printed
