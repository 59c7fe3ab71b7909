"""The bases of a 分别 list printed after 分别, joined by 、 or 和 after one comparison word (增速分别高于全市、全省2.1和
1.5个百分点), are one per member, in order, as those printed before it are (增速较一季度和1-5月分别提高15.5和2.2个
百分点, wangcang_h1_industry): 全市 for the first figure, 全省 for the second, not the last base for both.

No real excerpt or national report prints the bases after 分别, so those sentences are written regression fixtures in
the shape of wangcang_h1_industry and xiaoshan_hz_2022_h1.
"""

from __future__ import annotations

import pytest
from _sentences import MIDYEAR_HEAD as HEAD
from _sentences import fact

# written
HIGHER = HEAD + "上半年,全区实现规上工业总产值456.7亿元,同比增长6.8%,增速分别高于全市、全省2.1和1.5个百分点。\n"
AVERAGE = HEAD + "上半年,全区地区生产总值同比增长6.8%,增速分别高于全国、全省平均水平1.5个和0.8个百分点。\n"
THAN = HEAD + "上半年,全区地区生产总值同比增长6.8%,增速分别比全市、全省高2.1和1.5个百分点。\n"
FALL = HEAD + "上半年,全区地区生产总值同比下降2.8%,降幅分别低于全市、全省1.5和0.8个百分点。\n"
# wangcang_h1_industry
WANGCANG = "上半年,全县规上工业增加值同比增长1.3%,增速较一季度和1-5月分别提高15.5和2.2个百分点,增速居全市第6位,较1-5月上升1位。"


# written
@pytest.mark.parametrize(("text", "first", "second"), [
    (HIGHER, ("2.1", 2.1, "全市"), ("1.5个百分点", 1.5, "全省")),
    (AVERAGE, ("1.5个", 1.5, "全国"), ("0.8个百分点", 0.8, "全省")),
    (THAN, ("2.1", 2.1, "全市"), ("1.5个百分点", 1.5, "全省")),
    (FALL, ("1.5", 1.5, "全市"), ("0.8个百分点", 0.8, "全省"))])
def test_bases_after_the_list_word_pair_with_the_members(text: str, first: tuple, second: tuple) -> None:
    for printed, value, base in (first, second):
        f = fact(text, printed)
        assert (f["measure"], f["value"], f["comparator"]) == ("pp_diff", value, base)


def test_bases_before_the_list_word_still_pair() -> None:
    assert [fact(WANGCANG, p)["comparator"] for p in ("15.5", "2.2个百分点")] == ["一季度", "1-5月"]
