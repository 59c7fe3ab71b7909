"""A year's end printed after the year's own 年 (2022年年末, 一九五三年年底) is that year's end, as 2022年末 is.

The period of a clause opening with it, or of a frame with 在 before it, is ``2022年末``, ``一九五三年底``, not
the year alone nor a bare ``年底``. A bare 年底 or 年末 after a year its sentence names (not as a base) is the end
of that year: `一九五九年全年养猪二亿七千万头，年底存栏一亿八千万头` → ``一九五九年底``.
"""

from __future__ import annotations

from _sentences import fact

# national work report 1954
R1954 = ("我國學校敎育事業有了巨大的發展。與解放前最高水平相比，在一九五三年年底，全國高等學校學生數增長了百分之四十，"
         "即達到二十一萬六千餘人。")
# national work report 1960
R1960 = "一九五九年全年养猪二亿七千万头，年底存栏一亿八千万头。"
# national work report 1958
R1958 = "一九五八年要求猪的头数在年底达到一亿五千万头，以增加肉食、肥料和农家收入。"
# written sentence (the shape of district statistical bulletins)
BULLETIN = "东城区2022年国民经济和社会发展统计公报\n2022年年末，全区户籍人口29.5万人，比上年末增加0.8万人。"


def test_year_end_in_a_frame_after_the_year():
    assert fact(R1954, "百分之四十")["period"] == "一九五三年底"
    assert fact(R1954, "二十一萬六千")["period"] == "一九五三年底"


def test_year_end_opening_a_clause_after_the_year():
    assert fact(BULLETIN, "29.5")["period"] == "2022年末"
    f = fact(BULLETIN, "0.8")
    assert (f["period"], f["comparator"]) == ("2022年末", "上年末")


def test_bare_year_end_after_a_year_named():
    assert fact(R1960, "一亿八千万")["period"] == "一九五九年底"
    assert fact(R1958, "一亿五千万")["period"] == "一九五八年底"
