"""A name that prints examples of what it counts before 等 (制定修订食品安全法等法律, 企业信息公示暂行条例等行政法规)
names what 等 closes: the examples taken off, the rest is the glossary's name (制定修订法律, 制定修订行政法规), so the
yearly records of government join their series in the years the report names a law or a regulation as an example.
等 inside a word (高等学校, 中等专业学校, 同等, 等级) marks no examples. The coverage of the universal basic medical
insurance (全民医保覆盖面) is the coverage rate of basic medical insurance.
Each sentence is quoted verbatim from the report named in its comment.
"""

from __future__ import annotations

import pytest
from _sentences import fact_at

from dhcheng_analysis.vocab import indicator_key

# national work report 2015
_LAWS_2015 = ("我们大力推进依法行政，国务院提请全国人大常委会制定修订食品安全法等法律15件，制定修订企业信息公示暂行条例等"
              "行政法规38件。")


@pytest.mark.parametrize(("text", "printed", "key"), [
    (_LAWS_2015, "15件", "bills_submitted"),
    (_LAWS_2015, "38件", "admin_regulations_enacted_revised"),
    # national work report 2015
    ("城乡居民大病保险试点扩大到所有省份，疾病应急救助制度基本建立，全民医保覆盖面超过95%。", "95%",
     "medical_coverage_rate"),
])
def test_the_examples_before_the_head_leave_its_concept(text, printed, key):
    f = fact_at(text, printed)
    assert f["indicator_key"] == key
    assert f["status"] == "actual"


def test_the_printed_name_keeps_its_examples():
    assert fact_at(_LAWS_2015, "15件")["indicator"] == "提请全国人大常委会制定修订食品安全法等法律"


def test_a_word_holding_deng_marks_no_examples():
    assert indicator_key("普通高等学校招生人数") == "higher_education_intake"  # (高等: one word, kept whole)
    assert indicator_key("高等学校招生人数") == ""  # (taking off 高等 would leave another name)
    assert indicator_key("食品安全法等") == ""  # no head after 等
    assert indicator_key("制定修订行政法规等") == ""


@pytest.mark.parametrize(("text", "printed"), [
    # written, not quoted: a list's items before 等 are all examples (no 钢铁产能 kept of 钢铁、煤炭), and examples
    # naming branches of an industry count those branches, not the industry
    ("全年化解钢铁、煤炭等产能3000万吨。", "3000万吨"),
    ("汽车、电子等制造业产值增长12%。", "12%"),
    # written, not quoted: a cut inside one example (工业用电) leaves no 工业用电量
    ("全年工业用电等用电量增长5%。", "5%"),
])
def test_examples_cut_only_whole_and_after_a_verb_leave_no_key(text, printed):
    assert fact_at(text, printed)["indicator_key"] == ""
