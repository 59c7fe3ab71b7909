"""Status (actual, target, estimate) of figures whose sentence names a plan without setting one, or sets one
with words the plain cue lists miss; each sentence is copied verbatim from the national work report named in
its comment.

- 计划 as the subject of its clause (年度计划都超额完成, 基本建設計劃就只完成了, 原定的计划还少) is the plan
  spoken of, not a word that plans: the figures after it are outcomes.
- A plan's figure a figure is set equal to (等于五年计划规定的投资总额的三分之一) is what it is measured against,
  and so is a plan named further on after 超过 (超过了第一个五年计划所规定的一九五七年的指标百分之一点二): the
  excess over it is an outcome, or an estimate after 预计.
- Each part after 其中 has the status of its whole (计划…共有一千一百八十五个，其中…是七百一十六个，…是一百八十五个).
- 将 with an adverb before its verb (也将分别比…增长, 将基本上完成) plans like 将 alone.
- 实际建成 / 实际回落到 is an outcome; 要从…降到 sets a target, as 要…增长 does.
- A budget heading its sentence (１９５６年国家预算规定，…；…) sets every figure after it.
- An estimate's future is no plan (預計在本年內可以有五十一個); the estimate of a year a figure is compared
  with (比一九五七年的预计数增加了二十二亿元) and the estimate of a from-value (由今年预计的３％提高到４％) do not
  make the planned figure an estimate.
- In a work report whose first part both reviews and plans (一、1998年工作回顾和1999年工作的总体要求), the
  parts after it plan, as they do after a part that only reviews.
- The nation's people (六亿多人民, 三亿多农村劳动力) are never a target, whatever word plans before them, nor are
  the people by whose effort a plan is carried (在６００多万香港人的共同努力下); a
  count of what remains (剩余8项重点工程) is what the plan starts from, unless the plan pushes on it (加快推进剩余8项
  重点工程开工建设: the rest to be started is the plan's object, a target); 前四年内 is a span gone by.
"""

from __future__ import annotations

import pytest
from _sentences import fact_at


def status(text: str, printed: str, nth: int = 0) -> str:
    return fact_at(text, printed, nth)["status"]


# national work report 1955
_PLANS_OVERFULFILLED = (
    "在工业生产方面：两个年度计划都超额完成，一九五四年工业总产值比一九五二年增长了百分之五十三点七；"
    "重要产品的产量都有显著增长，如铁增长百分之五十六，钢增长百分之六十五，发电增长百分之五十一，"
    "煤增长百分之二十六，水泥增长百分之六十一，木材增长百分之一百一十一，棉布增长百分之三十七。")
# national work report 1957
_EQUAL_TO_THE_PLAN = (
    "1956年全国完成了将近一百四十亿元的基本建设投资额，等于五年计划规定的投资总额的三分之一，"
    "因而改变了前三年基本建设投资只完成五年计划一半稍多的情况，使前四年完成的比重达到百分之八十六，"
    "这就保证了第一个五年的基本建设计划能够超额完成。")


@pytest.mark.parametrize(("text", "printed"), [
    (_PLANS_OVERFULFILLED, "百分之五十三点七"),
    # national work report 1954 (traditional characters)
    ("例如一九五三年中央六個工業部的基本建設計劃就只完成了百分之九十四點三。", "百分之九十四點三"),
    # national work report 1956
    ("但是比起原定的计划还少３．０２％，这是什么原故呢？", "３．０２％"),
    (_EQUAL_TO_THE_PLAN, "三分之一"),
    (_EQUAL_TO_THE_PLAN, "百分之八十六"),
])
def test_a_plan_spoken_of_sets_no_target(text, printed):
    assert status(text, printed) == "actual"


def test_each_part_after_its_whole_has_the_whole_s_status():
    # national work report 1958
    s = ("一九五八年计划继续施工和开始施工的限额以上的建设项目共有一千一百八十五个，其中工业建设项目是七百一十六个，"
         "农林水利建设项目是一百八十五个，交通运输建设项目是一百零六个，商业建设项目是四十七个，"
         "文教卫生建设项目是六十个，城市公用事业建设项目是四十七个，其他建设项目是二十四个。")
    for printed in ("七百一十六个", "一百八十五个", "一百零六个", "二十四个"):
        f = fact_at(s, printed)
        assert f["status"] == "target", printed
        assert f["indicator"].endswith("建设项目")


@pytest.mark.parametrize(("text", "printed"), [
    # national work report 1958
    ("木材和水泥的产量，也将分别比一九五七年增长百分之九点四和百分之十四点五。", "百分之九点四"),
    ("木材和水泥的产量，也将分别比一九五七年增长百分之九点四和百分之十四点五。", "百分之十四点五"),
    # national work report 1955
    ("鞍山钢铁联合企业在原有生产规模的基础上，从一九五三年到一九六○年这八年时间内，"
     "将基本上完成以下四十八个主要工程的改建和新建：三个铁矿，八个选矿厂和烧结厂，六座自动化的炼铁高炉，"
     "三个新式的炼钢厂，十六个轧钢厂，十座炼焦炉，二个耐火材料车间。", "四十八个"),
])
def test_future_word_with_an_adverb_before_its_verb_plans(text, printed):
    assert status(text, printed) == "target"


def test_planned_and_actually_built():
    # national work report 1980
    s = "计划建成投产大中型项目118个，实际建成128个，改变了多年来投产项目完不成计划的状况。"
    assert status(s, "118个") == "target"
    assert status(s, "128个") == "actual"


def test_a_fall_a_report_set_and_the_fall_reached():
    # national work report 1997
    s = ("去年政府工作报告提出，物价涨幅要从１４．８％降到１０％左右，经过上下各方面的努力，实际回落到６．１％，"
         "明显低于预定的调控目标。")
    assert status(s, "１４．８％") == "actual"
    assert status(s, "１０％") == "target"
    assert status(s, "６．１％") == "actual"


def test_a_budget_heading_its_sentence_sets_each_figure_after_it():
    # national work report 1956
    s = ("１９５６年国家预算规定，本年收入共为２９，７３１，７３２，０００元，上年结转收入１，０１１，０３８，０００元，"
         "收入总数共为３０，７４２，７７０，０００元；支出总数为３０，７４２，７７０，０００元；收支平衡。")
    assert status(s, "１，０１１，０３８，０００元") == "target"
    assert status(s, "３０，７４２，７７０，０００元") == "target"
    assert status(s, "３０，７４２，７７０，０００元", nth=1) == "target"


@pytest.mark.parametrize(("text", "printed"), [
    # national work report 1959
    ("但是，当资本主义世界到处闹着失业的时候，社会主义制度却不仅从根本上消灭了我国旧社会长期遗留下来的失业现象，"
     "并且还保证我国六亿多人民的生活水平随着生产发展而逐步提高。", "六亿"),
    # national work report 1981
    ("今后要强调树立全面发展的观念，动员三亿多农村劳动力，广开生产门路，发展多种经营和家庭副业，"
     "向生产的深度和广度进军。", "三亿"),
    # national work report 1983
    ("正因为工业结构经过调整和整顿而日趋合理，尽管前四年内我国能源消费总量平均每年只增长百分之一点九，"
     "而整个工业却以每年递增百分之七点二的速度向前发展，这是经济调整的一个重大胜利。", "百分之一点九"),
])
def test_people_of_the_nation_and_years_gone_by_are_no_plan(text, printed):
    assert status(text, printed) == "actual"


def test_what_remains_to_be_done_in_a_plan_part_is_its_object():
    # haidian_2023_h1 (examples): its plan part's heading and paragraph
    s = ("二、下半年工作安排\n下半年，我们将紧紧围绕全年目标任务，力争全年地区生产总值增长6%左右，一般公共预算收入增长8%，"
         "确保城镇新增就业3.6万人以上，城镇登记失业率控制在2.5%以内。加快推进剩余8项重点工程开工建设，力争年底前实现全部开工。")
    assert status(s, "6%") == "target"
    assert status(s, "8项") == "target"


@pytest.mark.parametrize(("text", "printed", "want"), [
    # national work report 1958
    ("一九五七年工业投资额完成六十五亿五千万元，超过原定的年度计划百分之四点一。", "百分之四点一", "actual"),
    ("由于部分地区的水灾较为严重，部分地区在入秋以后的旱灾又较普遍，农业和农副业总产值只完成年度计划的百分之九十八点七，"
     "但是还超过了第一个五年计划所规定的一九五七年的指标百分之一点二。", "百分之一点二", "actual"),
    ("一九五七年的工业总产值（不包括手工业产值，下同），包括原有企业和新建企业的在内，预计达到六百二十八亿一千万元"
     "（按一九五二年不变价格计算），超过年度计划百分之四点一，比上一年增长百分之六点九，"
     "超过第一个五年计划所规定的一九五七年的指标百分之十七点三。", "百分之十七点三", "estimate"),
])
def test_the_excess_over_a_plan_is_no_target(text, printed, want):
    f = fact_at(text, printed)
    assert f["status"] == want
    assert f["measure"] == "change_pct"


def test_the_future_of_an_estimate_is_an_estimate():
    # national work report 1954
    s = "一九五四年新建、改建和續建的重大工業建設項目共有三百個，預計在本年內可以有五十一個重大項目完成建設。"
    assert status(s, "五十一個") == "estimate"


@pytest.mark.parametrize(("text", "printed"), [
    # national work report 1958
    ("一九五八年的基本建设总投资额，拟定为一百四十五亿七千七百万元，比一九五七年的预计数增加了二十二亿元，增长百分之十七点八。",
     "二十二亿元"),
    ("一九五八年的工业总产值，拟定为六百四十三亿七千万元（按一九五七年不变价格计算），比一九五七年预计数增加八十一亿九千万元，"
     "增长百分之十四点六。", "百分之十四点六"),
    # national work report 1981
    ("１９８２年的计划，要求工农业总产值的增长速度由今年预计的３％提高到４％，并在执行中力争超过。", "４％"),
    # national work report 1980
    ("明年计划轻工业产值占工业总产值的比重，由今年预计的44％提高到45％，即提高1％，可以少用标准煤600万吨。", "45％"),
])
def test_an_estimate_the_plan_starts_from_leaves_the_plan_a_target(text, printed):
    assert status(text, printed) == "target"


def test_the_estimated_start_of_a_planned_rise_stays_an_estimate():
    # national work report 1981
    s = "１９８２年的计划，要求工农业总产值的增长速度由今年预计的３％提高到４％，并在执行中力争超过。"
    assert status(s, "３％") == "estimate"



@pytest.mark.parametrize(("phrase", "printed"), [
    # work report 1999, part 二、继续扩大内需和实施积极的财政政策 (after 一、1998年工作回顾和1999年工作的总体要求)
    ("今年中央财政预算赤字 1503亿元，比去年增加了，但发债规模并没有扩大。", "1503"),
    ("在优化结构、提高质量和效益的基础上，实现7％左右的增长速度并不容易，但是预计经过努力还是可以达到的。", "7"),
    # work report 1999, a later part
    ("省级政府组成部门的设置应与国务院组成部门基本对口，人员编制原则上减一半，逐步、分期实施。", "一半"),
])
def test_parts_after_a_first_part_that_reviews_and_plans_plan(work_reports, phrase, printed):
    report, f = work_reports[1999]
    at = report.text.index(phrase)
    hit = f[(f["start"] >= at) & (f["start"] < at + len(phrase)) & (f["raw_value"] == printed)]
    assert list(hit["status"]) == ["target"]


# national work report 1997: the headings of its review part and of its first plan part, then a sentence of its part
# on Hong Kong and one of its part on education (both plan parts)
_EFFORT_PLAN = ("政府工作报告\n\n一、１９９６年国内工作的回顾\n\u3000\u3000１９９６年是实施“九五”计划的第一年。"
                "国家外汇储备超过１０００亿美元，人民币汇价稳定。\n二、保持国民经济发展的良好势头\n\u3000\u3000"
                "我们相信，有全国人民作后盾，在６００多万香港人的共同努力下，“一国两制”一定能够成功，"
                "香港一定能够长期保持繁荣稳定，香港的明天一定会更加美好。\n\u3000\u3000"
                "继续把基础教育作为教育工作的重点，大力普及九年义务教育，推进扫盲工作，全年再减少青壮年文盲４００万人，"
                "扶持贫困地区的教育事业。")


def test_people_by_whose_effort_a_plan_is_carried_are_no_plan():
    f = fact_at(_EFFORT_PLAN, "６００")
    assert (f["indicator"], f["status"], f["value"], f["unit"]) == ("香港人", "actual", 6e6, "人")
    assert "year_inferred" not in f["flags"]
    assert status(_EFFORT_PLAN, "４００") == "target"  # (the part plans: what it sets stays a target)
