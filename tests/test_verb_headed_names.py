"""Names that would be a verb phrase, read as the noun phrase of what is measured.

The growth of the economy has one name whatever plan word follows it: `经济增长7%左右` and `经济增长预期目标为7%左右`
both name `经济增长速度` (of a place's economy too, `我国经济增长速度`). Things a verb of adding adds (增加放映队２，７２９个)
are named as 新增 names them (`新增放映队`, as `新增养老床位400张` prints it), and the items of its list with them; a
count of times a change verb acts (三次提高出口退税率) counts the times, `提高出口退税率的次数`, the clauses after it going
on with what was changed. A clause of no figure ending with a cost (造价, 成本) names the figure of the clause after it.
A count printed after examples listed (X有A、B等N条, X包括A、B等N个) counts X; 总共 (in all) ending a subject is
no part of its name. A part after 其中有 with no name of its own is of its whole (其 names nothing), also when
其中 opens the sentence after the whole.
Each sentence is copied from the report its comment names, unless the comment says it is written.
"""

from __future__ import annotations

import pytest
from _sentences import fact


@pytest.mark.parametrize(("text", "printed"), [
    # national work report 2003
    ("综合分析国内外各种情况，今年经济增长预期目标为7%左右，这是必要的，经过努力也是可以实现的。", "7%"),
    # national work report 2013
    ("综合权衡，今年的经济增长目标定为7.5%左右是必要的、适宜的，实现这个目标需要付出艰苦努力。", "7.5%"),
    # national work report 2016: both ends of the range
    ("经济增长预期目标6.5%－7%，考虑了与全面建成小康社会目标相衔接，考虑了推进结构性改革的需要，也有利于稳定和引导市场预期。", "6.5%"),
    ("经济增长预期目标6.5%－7%，考虑了与全面建成小康社会目标相衔接，考虑了推进结构性改革的需要，也有利于稳定和引导市场预期。", "7%"),
    # national work report 1998: the same growth with no plan word
    ("去年经济增长8．8％，商品零售价格涨幅为0．8％，这种“高增长、低通胀”的良好态势，是多年来没有过的。", "8．8％"),
    # written: a district report's target of its economy's growth
    ("今年全区经济增长目标为6%。", "6%"),
])
def test_the_growth_of_the_economy_has_one_name_whatever_plan_word_follows(text, printed):
    f = fact(text, printed)
    assert (f["indicator"], f["measure"]) == ("经济增长速度", "yoy_pct")
    assert "subject_carried" not in f["flags"]  # (the economy is printed: its growth is named in place)


def test_the_growth_of_a_places_economy_keeps_the_place():
    # national work report 2011
    f = fact("今后五年，我国经济增长预期目标是在明显提高质量和效益的基础上年均增长7%。", "7%")
    assert (f["indicator"], f["measure"]) == ("我国经济增长速度", "change_pct")


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 1956
    ("在艺术方面，１９５６年计划摄制和译制影片２４７部，增加放映队２，７２９个；剧场达到２，１１２个。", "２，７２９个", "新增放映队"),
    # national work report 1982
    ("在卫生工作中，要继续坚持城乡并重、中西医结合的方针，五年内增加卫生专业人员六十万人，新增医院病床二十五万张。",
     "六十万人", "新增卫生专业人员"),
    # national work report 2016
    ("全面完成永久基本农田划定并实行特殊保护，加强高标准农田建设，增加深松土地1.5亿亩，新增高效节水灌溉面积2000万亩。",
     "1.5亿亩", "新增深松土地"),
    # national work report 2003
    ("在长江流域实行平垸行洪、退田还湖、移民建镇等政策，恢复水面2900平方公里，增加蓄洪容积130亿立方米。",
     "130亿立方米", "新增蓄洪容积"),
    # Dongcheng district report 2020
    ("增加学前学位1800个,普惠性幼儿园覆盖率达到86.5%。", "1800个", "新增学前学位"),
])
def test_things_a_verb_of_adding_adds_are_named_as_xinzeng_names_them(text, printed, name):
    assert fact(text, printed)["indicator"] == name


def test_the_added_value_is_no_verb_of_adding():
    # written: 增加值 is a noun, and an amount added to a quantity is a change of it
    text = "增加值增长8%，增加财政支出100亿元。"
    assert fact(text, "8%")["indicator"] == "增加值"
    assert (fact(text, "100亿元")["indicator"], fact(text, "100亿元")["measure"]) == ("财政支出", "abs_change")


@pytest.mark.parametrize(("printed", "name"), [
    ("三次", "提高出口退税率的次数"),
    ("五次", "下调金融机构存贷款基准利率的次数"),
    ("四次", "下调存款准备金率的次数"),
])
def test_a_count_of_times_a_change_is_made_counts_the_times(printed, name):
    # national work report 2009
    text = "三次提高出口退税率，五次下调金融机构存贷款基准利率，四次下调存款准备金率，暂免储蓄存款利息个人所得税。"
    f = fact(text, printed)
    assert (f["indicator"], f["unit"], f["measure"]) == (name, "次", "level")


def test_a_count_of_times_the_reserve_ratio_is_cut_counts_the_times():
    # national work report 2022: 降准 (a cut of the reserve ratio) is a change verb of its own
    f = fact("有效实施稳健的货币政策，两次全面降准，推动降低贷款利率。", "两次")
    assert (f["indicator"], f["unit"], f["value"]) == ("全面降准的次数", "次", 2)


def test_a_clause_ending_with_a_cost_names_the_figure_after_it():
    # national work report 1955
    text = ("国务院规定：在今后三年内，生产性建设的建筑安装的造价，应该比原计划至少节约百分之十；"
            "各种非生产性建设的造价，应该比原计划至少节约百分之十五。")
    assert fact(text, "百分之十")["indicator"] == "生产性建设的建筑安装的造价"
    assert fact(text, "百分之十五")["indicator"] == "各种非生产性建设的造价"


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 1956
    ("１９５６年施工线路有包头——兰州线、内江——昆明线等２５条。", "２５条", "施工线路"),
    # written: a district report's projects, examples listed after 包括
    ("全区重点项目包括光华路改造、东直门枢纽等15个。", "15个", "重点项目"),
])
def test_a_count_after_examples_listed_counts_the_things_before_the_list(text, printed, name):
    assert fact(text, printed)["indicator"] == name


def test_zonggong_ending_a_subject_is_no_part_of_its_name():
    # national work report 1980
    text = ("1979年农民从集体分得的收入，每人平均达到83.4元，比1978年增加了9.4元，而1965年到1976年11年中，"
            "农民每人平均从集体分得的收入总共才增加10.5元。")
    assert fact(text, "10.5元")["indicator"] == "农民每人平均从集体分得的收入"


def test_a_part_opening_the_sentence_after_its_whole_is_of_the_wholes_quantity():
    # national work report 1960: 其中有 leaves no pronoun 其 for a name
    text = ("从一九五七年冬季开始，几千万人上阵，大修水利，两年共增加灌溉面积五亿五千万亩，加上原有的灌溉面积，"
            "共达十亿零七千万亩。其中有六亿一千万亩，抗旱能力已经分别达到纲要规定的三十天，五十天和七十天的标准。")
    assert fact(text, "六亿一千万亩")["indicator"] == "灌溉面积"


def test_a_part_after_qizhong_you_in_its_wholes_sentence_is_of_the_whole():
    # written: 其中有 in the sentence of the whole, as 其中 alone
    text = "全区企业达到500家，其中有120家，营业收入超过亿元。"
    assert fact(text, "120家")["indicator"] == "企业"
