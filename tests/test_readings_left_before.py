"""Readings of real sentences once left wrong: what a count names when two modifiers share its noun; the one value
every item of a 分别 list moves to; a scope word that owns an item, no base; the year opening a clause of a change on
last year; the owner a clause of the same verb keeps; a count of the rest of a set; a figure in words in a table cell
copied one cell a line; round amounts printed with no digit, and names that print one.
Sentences copied verbatim from the national work reports (year in the comment) and the real reports."""

from __future__ import annotations

from pathlib import Path

from _sentences import fact_at, facts

TEXTS = Path(__file__).parent / "gold" / "real" / "texts"


def test_a_count_names_the_noun_two_joined_modifiers_share():
    # 2017
    s = "提高低保、优抚、退休人员基本养老金等标准，为1700多万困难和重度残疾人发放生活或护理补贴。"
    f = fact_at(s, "1700")
    assert (f["indicator"], f["unit"], f["qualifier"]) == ("发放生活或护理补贴的困难和重度残疾人", "人", "over")
    # 2011
    s = "农业农村基础设施加快建设，完成7356座大中型和重点小型水库除险加固，解决2.15亿农村人口饮水安全问题，农民的日子越过越好，农村发展进入一个新时代。"
    assert fact_at(s, "7356")["indicator"].startswith("大中型和重点小型水库")


def test_one_value_every_item_of_a_list_moves_to_names_them_all():
    # 2023
    s = ("通过市场化机制激励企业创新，不断提高企业研发费用加计扣除比例，将制造业企业、科技型中小企业分别从50%、75%提高至100%，"
         "并阶段性扩大到所有适用行业，对企业投入基础研究、购置设备给予政策支持，各类支持创新的税收优惠政策年度规模已超过万亿元。")
    assert fact_at(s, "50%")["indicator"] == "制造业企业研发费用加计扣除比例"
    assert fact_at(s, "75%")["indicator"] == "科技型中小企业研发费用加计扣除比例"
    ends = facts(s).query("raw_value == '100'")  # (one fact of each thing listed, as 均达50%以上 gives)
    assert ends[["indicator", "measure", "value"]].to_records(index=False).tolist() == [
        ("制造业企业研发费用加计扣除比例", "rate_pct", 100), ("科技型中小企业研发费用加计扣除比例", "rate_pct", 100)]


def test_a_scope_word_that_owns_the_first_item_is_no_base():
    # 2023
    s = "持续放宽外资市场准入，全国和自由贸易试验区负面清单条数分别压减51%、72%，制造业领域基本全面放开，金融等服务业开放水平不断提升。"
    first, second = fact_at(s, "51%"), fact_at(s, "72%")
    assert (first["indicator"], first["value"], first["comparator"]) == ("全国负面清单条数", -51, "")
    assert (second["indicator"], second["value"], second["comparator"]) == ("自由贸易试验区负面清单条数", -72, "")


def test_a_year_opening_its_clause_before_a_change_on_last_year_is_its_period():
    # 2011
    s = "贸易顺差连续两年下降，2010年比上年减少6.4%。"
    f = fact_at(s, "6.4%")
    assert (f["indicator"], f["value"], f["period"], f["comparator"]) == ("贸易顺差", -6.4, "2010年", "上年")
    # 1980
    s = "据四川省试点的84个地方企业的统计，1979年比上年产值增长14.9％，利润增长33％，上缴国家的利润增长24.2％。"
    assert [fact_at(s, x)["period"] for x in ("14.9", "33", "24.2")] == ["1979年"] * 3


def test_a_clause_opening_with_the_verb_of_one_before_keeps_that_ones_owner():
    # 西城区 1-5月 (tests/gold/real/texts/xicheng_m1to5_indicators_table.txt)
    s = ("1-5月,西城区规模以上工业企业显现良好发展态势,产、销均保持增长。规模以上工业企业累计完成工业总产值281.5亿元,同比增长4.9%,"
         "累计完成工业销售产值281.6亿元,同比增长4.7%,产销率为100.0%,产销衔接良好。")
    assert fact_at(s, "281.5")["indicator"] == "规模以上工业企业工业总产值"
    assert fact_at(s, "281.6")["indicator"] == "规模以上工业企业工业销售产值"
    assert fact_at(s, "4.7%")["indicator"] == "规模以上工业企业工业销售产值"


def test_a_count_of_the_rest_of_a_set_names_the_set_with_what_is_said_of_them():
    # the sentence tests/test_plan_part_outcomes.py reads in the form of a district's mid-year report (the real
    # texts at hand print none of this shape)
    s = "截至6月底，50个重点项目已开工38个，仍有12个尚未开工。"
    assert fact_at(s, "38个")["indicator"] == "已开工的重点项目"
    assert fact_at(s, "12个")["indicator"] == "尚未开工的重点项目"


def test_a_figure_in_words_in_a_cell_copied_one_cell_a_line_is_of_its_row():
    # the table of tests/gold/real/texts/xicheng_m1to5_indicators_table.txt, each "|" row set one cell a line
    given = (TEXTS / "xicheng_m1to5_indicators_table.txt").read_text(encoding="utf-8")
    lines = [c.strip() for line in given.split("\n") for c in (line.split("|") if "|" in line else [line])]
    copy = "\n".join(c for c in lines if c)
    assert "\n七、城镇登记失业率\n%\n--\n--\n2.37\n同比增加1.17个百分点\n" in copy
    f = facts(copy).set_index("start")
    for printed, row, value in (("同比增加1.17个百分点", "城镇登记失业率", 1.17), ("同比减少3.79个百分点", "城镇登记失业人员就业率", -3.79)):
        got = f.loc[copy.index("\n" + printed + "\n") + 5]  # (the cell, not the sentence above the table)
        assert (got["indicator"], got["measure"], got["value"]) == (row, "pp_diff", value)


def test_a_round_amount_printed_with_no_digit_is_a_figure_but_never_in_a_name():
    # 2000
    s = "国家财政收入比上年增加1501亿元，总额首次突破万亿元，达到11377亿元。"
    f = fact_at(s, "万亿元")
    assert (f["value"], f["unit"], f["qualifier"], f["measure"]) == (1e12, "元", "over", "level")
    assert fact_at(s, "11377")["indicator"] == "国家财政收入"
    # 1981
    s = ("为了平衡社会商品供应量同社会购买力之间的差额，原来估计今年要动用商品库存几十亿元，结果在购、销都有较大幅度增长的情况下，"
         "今年的商品库存不但没有减少，还可能增加近百亿元。")
    f = fact_at(s, "百亿元")
    assert (f["indicator"], f["value"], f["qualifier"], f["measure"]) == ("商品库存", 1e10, "nearly", "abs_change")
    f = fact_at(s, "几十亿元")
    assert (f["raw_value"], f["value"], f["qualifier"]) == ("几十亿", 1e9, "over")
    assert f["indicator"].endswith("商品库存")
    # 2023
    s = "各类支持创新的税收优惠政策年度规模已超过万亿元。"
    assert (fact_at(s, "万亿元")["value"], fact_at(s, "万亿元")["qualifier"]) == (1e12, "over")
    # 2012
    s = "农业全面丰收，粮食总产量实现了历史罕见的“八连增”，连续5年超万亿斤，标志着我国粮食综合生产能力稳定跃上新台阶。"
    assert (fact_at(s, "万亿斤")["value"], fact_at(s, "万亿斤")["unit"]) == (1e12, "斤")
    # 西城区 2023 (tests/gold/real/texts/xicheng_2023_annual.txt): a milestone as 突破6000亿元大关 is one; one
    # passed right after the level it rounds (完成1012.9亿元,突破千亿元大关) restates that level, no second one
    s = "地区生产总值突破6000亿元大关,同比增长5.8%;地方级一般公共预算收入完成1012.9亿元,突破千亿元大关,同比增长10.6%;"
    f = fact_at(s, "6000")
    assert (f["indicator"], f["value"], f["qualifier"]) == ("地区生产总值", 6e11, "over")
    assert "千亿" not in "".join(facts(s)["raw_value"])
    # names and programmes that print a round amount: 2023, 南山区 2023
    for s in ("稳定粮食播种面积，抓好油料生产，实施新一轮千亿斤粮食产能提升行动。",
              "实现本地生产总值8036亿元,增长3.3%,相较于2020年增长超1500亿元,跨越两个千亿级台阶,增幅近1/4。"):
        assert "千亿" not in "".join(facts(s)["raw_value"])
