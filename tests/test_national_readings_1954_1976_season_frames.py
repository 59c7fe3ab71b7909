"""The work reports of 1954–1976: a clause that opens with a season or an event of the work (明年春耕时, 建成时)
dates the figure after it; the figure is of the subject carried in its sentence, not of the time; a share
said as 完成了 (计划就只完成了百分之九十四点三) is a completion, as 完成 without 了 is; the size of a
whole printed before the share of it (占棉田实收面积八千五百多万亩的百分之四十二) is the whole's.
Sentences copied verbatim from the work-report corpus (year in the comment)."""

from __future__ import annotations

from _sentences import fact_at


def test_a_season_frame_before_a_count_keeps_the_subject_of_the_sentence():
    # 1954
    s = "農業生産合作社在今年八月已經發展到十萬個，預計明年春耕時將達五十萬個以上，參加的農戶將達一千萬戶以上。"
    f = fact_at(s, "五十萬個")
    assert (f["indicator"], f["measure"], f["value"], f["qualifier"], f["status"]) == (
        "農業生産合作社", "level", 5e5, "at_least", "estimate")
    assert fact_at(s, "十萬個")["indicator"] == "農業生産合作社"


def test_a_share_completed_with_le_is_a_completion_as_without():
    # 1954: 完成了百分之N reads as 完成百分之N, the share of the plan done
    s = "例如一九五三年中央六個工業部的基本建設計劃就只完成了百分之九十四點三。"
    f = fact_at(s, "百分之九十四點三")
    assert (f["indicator"], f["measure"], f["value"]) == ("工業部的基本建設計劃", "completion_pct", 94.3)


def test_the_size_of_the_whole_a_share_is_of_is_named_by_the_whole():
    # 1960: the 八千五百多万亩 is the whole's, named after 占; the share stays of the fields named before
    s = ("皮棉六十斤、八十斤或者一百斤以上的，共有二百零四个县，占全国一千零二十七个植棉县的百分之二十；"
         "共有三千六百四十八万四千亩棉田，占棉田实收面积八千五百多万亩的百分之四十二。")
    f = fact_at(s, "八千五百多万亩")
    assert (f["indicator"], f["measure"], f["value"], f["qualifier"]) == ("棉田实收面积", "level", 8.5e7, "over")
    f = fact_at(s, "百分之四十二")
    assert (f["indicator"], f["measure"], f["value"]) == ("棉田", "rate_pct", 42.0)


def test_a_whole_named_after_words_stripped_from_its_head_still_hands_no_subject_on():
    # a regression fixture, not corpus text: the 1960 sentence with 我们 before the whole, a word names drop
    s = "共有三千六百四十八万四千亩棉田，占我们棉田实收面积八千五百多万亩的百分之四十二。"
    assert fact_at(s, "八千五百多万亩")["indicator"] == "棉田实收面积"
    f = fact_at(s, "百分之四十二")
    assert (f["indicator"], f["measure"], f["value"]) == ("棉田", "rate_pct", 42.0)
