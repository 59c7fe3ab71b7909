"""Names of ranks in district reports.

An assessment named bare (综合排名, 在全市考核中, 综合成绩, 综合考评成绩) ranks the service the sentence opens with,
the 12345 hotline, or the assessment the clause before frames, and is named with it; a verdict on the thing ranked (成效明显) is no part of its name, nor the 中
of an assessment framed in a clause of its own (在全市营商环境评价中，我区…), whose set (全市) that clause names; of
two rank verbs the first is the noun ranked (综合排名位列全市第三). No real report at hand prints these
shapes: the hotline sentences are verbatim from the constructed district reports (tests/gold/constructed), the
verdict, the framing clause and the two verbs are written in their style and are regression fixtures, not evidence. The rank of
a growth keeps the convention of tests/test_names_left_by_readers.py (增速居全市第2位 after a figure: 生产总值增速),
and so does the rank of a decline or improvement (降幅, 改善幅度: constructed reports) and of a growth that opens its
sentence after the one that names the figure (累计增速高于全国…,居全国第5位: a real industry bulletin).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _real_tables import real_table
from _sentences import facts

from dhcheng_analysis.vocab import concept


def ranks(text: str) -> list[tuple[str, float, str]]:
    f = facts(text)
    return [(r.indicator, r.value, r.comparator) for r in f.itertuples() if r.measure == "rank"]


@pytest.mark.parametrize(("text", "name", "value"), [
    ("“12345”市民热线诉求解决率94.6%,满意率95.1%,综合排名全市第二。", "“12345”市民热线综合排名", 2.0),
    ("“12345”市民服务热线受理诉求186.3万件，响应率100%，解决率达到89.6%，满意率91.2%，在全市考核中排名第四。",
     "“12345”市民服务热线考核", 4.0),
    ("12345市民热线受理诉求共计42.8万件,同比增长16.3%;解决率为93.1%,满意率为94.2%,比上年同期分别提高1.2个和0.9个百分点,"
     "综合成绩排名全市第三。", "12345市民热线综合成绩", 3.0),
    ("12345市民服务热线受理诉求8.9万件，同比增加26.4%，响应率达到100%，解决率和满意率分别为87.3%和90.6%，"
     "综合考评成绩列全市第5。", "12345市民服务热线综合考评成绩", 5.0),
    ("上半年，12345热线派单诉求共计8.6万件，同比下降7.4％；响应率100％，解决率为92.3％，满意率为93.6％，"
     "综合考评成绩位居全市第二。", "12345热线综合考评成绩", 2.0),
])
def test_a_bare_assessment_is_named_with_the_service_it_ranks(text, name, value):
    assert ranks(text) == [(name, value, "全市")]


def test_an_assessment_with_its_own_owner_keeps_its_name():
    assert ranks("12345市民服务热线受理诉求52310件，响应率100%，解决率91.3%，满意率93.5%，“接诉即办”综合考评位列全市第二。") == [
        ("“接诉即办”综合考评", 2.0, "全市")]
    assert ranks("城市管理综合考评成绩位列全市第四。") == [("城市管理综合考评成绩", 4.0, "全市")]


def test_a_verdict_on_the_thing_ranked_is_no_part_of_its_name():
    assert ranks("垃圾分类工作成效明显，连续3年位居全市第一。") == [("垃圾分类工作", 1.0, "全市")]


@pytest.mark.parametrize("text", ["在全市营商环境评价中，我区排名第二。", "在2022年度全市营商环境评价中，我区位列第二。"])
def test_an_assessment_framed_in_a_clause_of_its_own_is_named_without_its_zhong(text):
    assert ranks(text) == [("营商环境评价", 2.0, "全市")]


def test_a_bare_assessment_framed_by_the_clause_before_is_named_with_that_assessment():
    assert ranks("在全市营商环境评价中，我区综合排名第二。") == [("营商环境评价综合排名", 2.0, "全市")]


def test_a_ranking_ranked_by_a_second_verb_is_named_with_its_noun():
    assert ranks("“接诉即办”工作综合排名位列全市第三。") == [("“接诉即办”工作综合排名", 3.0, "全市")]
    assert ranks("12345市民服务热线受理诉求5.2万件，解决率92.1%，满意率93.5%，综合排名位列全市第三。") == [
        ("12345市民服务热线综合排名", 3.0, "全市")]


def test_the_rank_of_a_growth_keeps_its_convention():
    assert ranks("初步核算,2021年全区生产总值 (GDP)[2]91.3亿元,比上年增长7.5%,总量居全市第6位,增速居全市第2位。") == [
        ("生产总值", 6.0, "全市"), ("生产总值增速", 2.0, "全市")]


@pytest.mark.parametrize(("text", "name"), [
    ("全区细颗粒物平均浓度为46微克/立方米,同比下降11.5%,降幅居城六区第三位。", "细颗粒物平均浓度降幅"),
    ("上半年细颗粒物累计浓度为37微克/立方米，同比下降15.9％，改善幅度位居城六区第一。", "细颗粒物累计浓度改善幅度"),
])
def test_the_rank_of_a_decline_is_named_by_the_decline(text, name):
    assert [r[0] for r in ranks(text)] == [name]


def test_a_growth_opening_its_sentence_ranks_the_growth_of_the_subject_before():
    text = ("1-8月份,全区规上工业增加值同比增长7.5%,较1-7月份提高0.3个百分点,已连续三个月回升。"
            "累计增速高于全国(3.9%)3.6个百分点,居全国第5位,较上月提升2位。")
    assert ranks(text) == [("规上工业增加值增速", 5.0, "全国")]
    moved = [r.indicator for r in facts(text).itertuples() if r.raw_value == "2"]
    assert moved == ["规上工业增加值增速"]


# -- the growth of a glossary quantity (…增速, …增幅, …降幅) is that quantity's, in the key tables ----------------------

REAL = Path(__file__).parent / "gold" / "real" / "texts"


@pytest.mark.parametrize(("name", "rank", "group"), [
    # 上半年,全县规上工业增加值同比增长1.3%,…,增速居全市第6位,较1-5月上升1位。
    ("wangcang_h1_industry", 6.0, "全市"),
    # 1-8月份,全区规上工业增加值同比增长7.5%,… 累计增速高于全国(3.9%)3.6个百分点,居全国第5位,较上月提升2位。
    ("neimenggu_2023_m8_industry", 5.0, "全国"),
])
def test_the_rank_of_a_growth_is_in_the_quantity_s_headline_row(name: str, rank: float, group: str) -> None:
    assert concept("规上工业增加值增速").key == "industrial_va_above_size"
    row = real_table(REAL / f"{name}.txt", "headline").set_index("indicator_key").loc[
        "industrial_va_above_size"]
    assert (row["rank"], row["rank_group"]) == (rank, group)


@pytest.mark.parametrize(("text", "expected"), [
    ("跻身全国综合实力百强区第15位。", [("", 15.0, "全国综合实力百强区")]),
    ("全区经济总量位于全市第5，增速位于第2。", [("经济总量", 5.0, "全市"), ("经济总量增速", 2.0, "全市")]),
    ("规上工业增加值增速处于全市第3位。", [("规上工业增加值增速", 3.0, "全市")]),
])
def test_rank_after_jishen_weiyu_chuyu(text, expected):
    """Regression fixtures (written here in a district report's words; no text at hand prints them): 跻身, 位于 and
    处于 place what is ranked as 位居 does, the verb no part of the name ranked (not 经济总量位, 增速处); a rank word
    in a name after them is no rank (跻身全市第一梯队, 处于第三阶段)."""
    assert ranks(text) == expected
    for name in ("跻身全市第一梯队。", "处于第三阶段。", "跻身全国第一方阵。"):
        assert ranks(name) == []
