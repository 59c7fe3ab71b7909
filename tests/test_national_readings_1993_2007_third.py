"""A third pass of readings of figures in the State Council work reports of 1993–2007, on verbatim sentences.

Each sentence is copied from the report of ``/work/shared/corpus/national_work_reports`` named in the test; each
test states the name of one figure of it, or that a number in it is no figure.
"""

from __future__ import annotations

from _sentences import fact_at, facts

# -- a part of a whole printed alone (农村, 第二产业) measures what the part before it names -------------------------


def test_a_part_printed_alone_measures_what_the_part_before_names(work_reports):
    # 1998: 农村 after 城镇人均居住面积 is the countryside's living space per head
    f = work_reports.fact_at(1998, "城镇人均居住面积增加到8 ．7 平方米，农村增加到2 2 平方米。", "2 2")
    assert (f["indicator"], f["measure"], f["unit"]) == ("农村人均居住面积", "level", "平方米")


# -- a span of time that runs up to now (八个多月以来) is no figure ----------------------------------------------------


def test_a_span_of_time_up_to_now_is_no_figure():
    # 1998: how long since the handover, a frame of the sentence
    sentence = ("香港回归八个多月以来，保持了原有的社会、经济制度不变，生活方式不变和法律基本不变，“一国两制”、“港人治港”、"
                "高度自治的方针和香港特别行政区基本法得到全面贯彻执行。")
    assert facts(sentence).empty


# -- a clause of only verbs (实际到位) after a clause saying what kept growing measures that ----------------------


def test_a_clause_of_only_verbs_measures_what_the_clause_before_says_kept_growing(work_reports):
    # 1997: 实际到位 is the foreign direct investment that arrived, the part of it actually paid in
    f = work_reports.fact_at(1997, "外商直接投资保持增长势头，实际到位４００多亿美元，投向基础设施、基础产业和中西部地区的项目增多。",
                             "４００")
    assert (f["indicator"], f["indicator_key"], f["measure"], f["qualifier"]) == (
        "外商直接投资实际到位", "utilised_fdi", "level", "over")


# -- what a cut or an adjustment leaves (精简后为18个, 调整后为) is of what was cut or adjusted -------------------------


def test_what_a_cut_leaves_is_of_what_was_cut(work_reports):
    # 1993: 精简后 names no thing; the bodies the clause before cuts are counted
    f = work_reports.fact_at(1993, "国务院直属机构和办事机构进行了较大幅度的精简，精简后为１８个。", "１８个")
    assert (f["indicator"], f["measure"], f["unit"]) == ("国务院直属机构和办事机构", "level", "个")


# -- how long a growth held (连续四年) between the growth and its verb leaves it a growth ------------------------------


def test_a_growth_held_for_years_is_a_growth():
    # 2007: the economy grew 10% or a little more each of four years, no rate of a level
    f = fact_at("经济增长连续四年达到或略高于10%，没有出现明显通货膨胀。", "10%")
    assert (f["indicator"], f["measure"], f["qualifier"]) == ("经济增长速度", "yoy_pct", "at_least")


# -- a word of size after 近 before a measure unit (近千公里) is a figure --------------------------------------------


def test_a_word_of_size_before_a_measure_unit_is_a_figure():
    # 2003: nearly a thousand kilometres of the Yellow River's dykes reinforced
    f = fact_at("江河堤防加固工程开工3.5万公里，完成了长达3500多公里的长江干堤和近千公里的黄河堤防加固工程，防洪能力大大增强。",
                "千公里")
    assert (f["value"], f["unit"], f["qualifier"], f["measure"]) == (1000.0, "公里", "nearly", "level")
    assert "黄河堤防" in f["indicator"]


# -- 减 before a share cuts it; 原则上 (as a rule) is no part of the name ------------------------------------------


def test_a_share_cut_is_a_change_of_what_is_cut(work_reports):
    # 1999: the staff of provincial governments to be cut by half, as a rule
    f = work_reports.fact_at(1999, "省级政府组成部门的设置应与国务院组成部门基本对口，人员编制原则上减一半，逐步、分期实施。", "一半")
    assert (f["indicator"], f["measure"], f["value"], f["status"]) == ("人员编制", "change_pct", -50.0, "target")


# -- what each item of a 分别 list sheds or adds (分别淘汰落后生产能力) is named with the item ---------------------------


def test_what_each_item_of_a_list_sheds_is_named_with_the_item():
    # 2007: the obsolete capacity of coal and of electrolytic aluminium phased out, not coal and aluminium
    sentence = ("制定并实施钢铁、煤炭、水泥等11个行业结构调整的政策措施，部分产能过剩行业投资增幅明显回落，新开工项目计划总投资"
                "大幅下降，煤炭、电解铝分别淘汰落后生产能力1.1亿吨和120万吨。")
    assert fact_at(sentence, "1.1亿吨")["indicator"] == "煤炭落后生产能力"  # (淘汰 a cut: named by what is cut)
    assert fact_at(sentence, "120万吨")["indicator"] == "电解铝落后生产能力"


# -- 专项 joined to another modifier (专项和部门应急预案) counts the noun after both ------------------------------------


def test_a_count_of_two_joined_modifiers_counts_the_noun_after_both():
    # 2005: 105 special and departmental emergency plans, not 105 专项
    sentence = ("我们组织制定了国家突发公共事件总体应急预案，以及应对自然灾害、事故灾难、公共卫生和社会安全等方面105个专项和部门"
                "应急预案；各省（区、市）也完成了省级总体应急预案的编制工作。")
    assert fact_at(sentence, "105个")["indicator"] == "专项和部门应急预案"
