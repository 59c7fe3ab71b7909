"""Students counted after a verb that waives a fee of theirs are named by the verb and the fee.

As persons whose problem a verb before them solves are named by the verb and the problem (解决8000万人的温饱问题 →
解决温饱问题的人口), students whose fee 免除 waives are named by it: 免除3000多万名农村寄宿制学生住宿费 →
免除住宿费的农村寄宿制学生. A count of 名 is so named only when the words before the problem end with persons: in
解决了500多万名集体企业退休人员养老保障的历史遗留问题 the noun runs on past them and the persons are named alone.
Each test is a sentence copied from the report named in its comment.
"""

from __future__ import annotations

from _sentences import fact


def test_students_whose_fee_is_waived_are_named_by_it():
    # national work report 2012
    s = "免除3000多万名农村寄宿制学生住宿费，其中1228万名中西部家庭经济困难学生享受生活补助。"
    f = fact(s, "3000")
    assert (f["indicator"], f["measure"], f["unit"]) == ("免除住宿费的农村寄宿制学生", "level", "名")
    assert fact(s, "1228")["indicator"] == "享受生活补助的中西部家庭经济困难学生"


def test_a_count_of_ming_whose_noun_runs_past_the_persons_is_named_by_them():
    # national work report 2012
    s = "解决了500多万名集体企业退休人员养老保障的历史遗留问题。"
    assert fact(s, "500")["indicator"] == "集体企业退休人员"
