"""The work reports of 1954–1976: a clause that opens with a season or an event of the work (明年春耕时, 建成时)
dates the figure after it; the figure is of the subject carried in its sentence, not of the time.
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
