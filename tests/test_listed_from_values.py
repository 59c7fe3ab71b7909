"""The values a list of things moves from, listed after one from-word (分别从50%、75%提高至100%), are each an A of the
move (``from_value``, of the time before it); the values they move to, listed as many after the to-word, are each
of the thing listed in the same place (分别由A和B提高到C和D: C of the first, D of the second); a single value after
the to-word is of them all."""

from __future__ import annotations

import pytest
from _sentences import fact, facts

# national work report 2023 (a review of 2018-2022): its title and date line, the heading of the review and the
# first sentence of the review's five years (verbatim lines) frame the sentence as the report does
REVIEW_2023 = ("政府工作报告\n——2023年3月5日在第十四届全国人民代表大会第一次会议上\n\n一、过去一年和五年工作回顾\n\n"
               "过去五年极不寻常、极不平凡。\n")
R2023 = ("通过市场化机制激励企业创新，不断提高企业研发费用加计扣除比例，将制造业企业、科技型中小企业分别从50%、75%提高至100%，"
         "并阶段性扩大到所有适用行业，对企业投入基础研究、购置设备给予政策支持，各类支持创新的税收优惠政策年度规模已超过万亿元。")


def test_each_listed_start_of_a_move_is_a_from_value_of_the_year_before_the_span():
    row = {r.raw_value: r for r in facts(REVIEW_2023 + R2023 + "\n").itertuples()}
    for printed, name in (("50", "制造业企业研发费用加计扣除比例"), ("75", "科技型中小企业研发费用加计扣除比例")):
        assert (row[printed].indicator, row[printed].period) == (name, "2017年")
        assert "from_value" in row[printed].flags
    assert row["100"].period == "2022年" and "from_value" not in row["100"].flags


def test_a_single_end_of_the_move_is_of_every_thing_listed():
    assert "from_value" in fact(R2023, "75%")["flags"]
    ends = facts(R2023).query("raw_value == '100'")
    assert ends[["indicator", "indicator_key", "value"]].to_records(index=False).tolist() == [
        ("制造业企业研发费用加计扣除比例", "rd_super_deduction_manufacturing", 100),
        ("科技型中小企业研发费用加计扣除比例", "rd_super_deduction_tech_smes", 100)]


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        # written regression fixtures (district reports print this shape; no text at hand does)
        ("2023年，全区绿化覆盖率和森林覆盖率分别从40%、30%提高到42%、31%。",
         [("40%", "绿化覆盖率"), ("30%", "森林覆盖率"), ("42%", "绿化覆盖率"), ("31%", "森林覆盖率")]),
        ("2023年，城镇和农村居民人均住房面积分别由30平方米和35平方米提高到32平方米和38平方米。",
         [("30", "城镇居民人均住房面积"), ("35", "农村居民人均住房面积"), ("32", "城镇居民人均住房面积"),
          ("38", "农村居民人均住房面积")]),
    ],
)
def test_ends_listed_after_the_to_word_pair_with_the_things_listed(text, ends):
    got = [(fact(text, p)["indicator"], "from_value" in fact(text, p)["flags"]) for p, _ in ends]
    assert got == [(name, k < 2) for k, (_, name) in enumerate(ends)]
    assert len(facts(text)) == 4


def test_a_single_end_of_a_listed_move_is_a_fact_of_each_thing_in_a_district_report():
    # fixture: the shape a district's report prints when two standards are made one (城乡低保标准并轨)
    s = "2022年，将城市低保标准、农村低保标准分别从每人每月1100元、900元提高到1200元。"
    ends = facts(s).query("raw_value == '1200'")
    assert ends[["indicator", "indicator_key", "value", "period"]].to_records(index=False).tolist() == [
        ("城市低保标准", "urban_dibao_standard", 1200, "2022年"), ("农村低保标准", "rural_dibao_standard", 1200, "2022年")]
    assert "from_value" not in "".join(ends["flags"])
