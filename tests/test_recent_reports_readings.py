"""Names, measures and status of figures read on the State Council work reports of 2008–2025, whose language is
the closest of the corpus to today's district and city reports: visits of persons counted by a verb after them
(4.3亿人次受益). Sentences are copied verbatim from the reports (the year of the report in the comment).
"""

from __future__ import annotations

from _sentences import fact_at as fact


# -- visits of persons named by what the clause says of them, as persons are ------------------------------------

def test_visits_of_persons_benefiting_are_named_by_the_verb_and_their_unit():
    # 2018
    assert fact("加大对各类学校家庭困难学生资助力度，4.3亿人次受益。", "4.3亿")["indicator"] == "受益的人次"
    s = ("居民基本医保人均财政补助标准由240元提高到450元，大病保险制度基本建立、已有1700多万人次受益，"
         "异地就医住院费用实现直接结算，分级诊疗和医联体建设加快推进。")
    f = fact(s, "1700")
    assert (f["indicator"], f["qualifier"], f["unit"]) == ("受益的人次", "over", "人次")
    # (persons keep theirs: 2023)
    assert fact("向更多低收入群众发放价格补贴，约6700万人受益。", "6700")["indicator"] == "受益的人"
