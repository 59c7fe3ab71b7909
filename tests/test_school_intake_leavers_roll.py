"""A school's intake, leavers and roll printed bare after it (新招生…，毕业学生…，在校学生…) are that school's: the
owner of the intake before them in the clause run, or the schools a count before them counts (办了三万多所农业中学，
在校学生…); each item of a ；-list prints its own school. Sentences are copied verbatim from the national work
reports (year in the comment).
"""

from __future__ import annotations

from _sentences import fact_at as _at

# 1956
S1956 = ("１９５６年全国高等学校新招生１６．３万人，毕业学生６．４万人，在校学生将达到３８万余人，比上年增长３２％；"
         "中等专业学校新招生４４．４万人，毕业学生１７．９万人，在校学生达到８０．１万人，比上年增长４９％；"
         "普通中学（包括高中和初中）新招生２１３．７万人，毕业学生９７．６万人，在校学生达到５０６万人，比上年增长３０％；"
         "小学校新招生２，３００万人，毕业１，３８０万人，在校学生达到６，２００万人以上，比上年增长１７％。")
# 1956
S1956_WORKERS = "全国设立的工人技术学校将达１９２所，招生９．７万人，毕业２．７万人。"
# 1960
S1960 = ("各地人民公社还办了三万多所农业中学，在校学生二百九十六万人，平均每个公社有农业中学一点二所、学生约一百二十人，"
         "这是进一步在农村中普及中学教育的基础和开端。")


def test_leavers_and_roll_after_an_intake_are_of_its_school():
    assert _at(S1956, "６．４")["indicator"] == "全国高等学校毕业学生"
    f = _at(S1956, "３８")
    assert (f["indicator"], f["measure"], f["qualifier"]) == ("全国高等学校在校学生", "level", "over")
    assert (_at(S1956, "３２")["indicator"], _at(S1956, "３２")["measure"]) == ("全国高等学校在校学生", "yoy_pct")


def test_each_item_of_a_semicolon_list_prints_its_own_school():
    assert _at(S1956, "１７．９")["indicator"] == "中等专业学校毕业学生"
    assert _at(S1956, "８０．１")["indicator"] == "中等专业学校在校学生"
    assert _at(S1956, "５０６")["indicator"] == "普通中学在校学生"
    assert _at(S1956, "１，３８０")["indicator"] == "小学校毕业"
    assert _at(S1956, "６，２００")["indicator"] == "小学校在校学生"
    assert _at(S1956, "１７％")["indicator"] == "小学校在校学生"


def test_an_intake_after_a_count_of_schools_is_of_the_schools_counted():
    assert _at(S1956_WORKERS, "９．７")["indicator"] == "全国设立的工人技术学校招生"
    assert _at(S1956_WORKERS, "２．７")["indicator"] == "全国设立的工人技术学校毕业"
    assert _at(S1960, "二百九十六万")["indicator"] == "农业中学在校学生"
    assert _at(S1960, "一百二十")["indicator"] == "学生"  # (a mean per commune, not a roll)
