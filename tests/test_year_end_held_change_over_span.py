"""A year's end named in an earlier sentence of a review of several years is no time of a later change with no base.

``2012年底，城镇和农村人均住房面积…`` holds for the levels of its paragraph, but a later sentence's move with no base
(``服务业增加值占国内生产总值比重提高2.7个百分点``) in a review of five years is a move over the years reviewed, as
``煤炭消费比重下降8.1个百分点`` reads in 2018: its period is the span, flagged ``multi_year``. Each text is copied from the
report named in its comment, or says that it is written.
"""

from __future__ import annotations

from _sentences import fact

# national work report 2013, its date line, review heading and paragraph (sentences cut between the two quoted)
S2013 = ("——2013年3月5日在第十二届全国人民代表大会第一次会议上\n\n一、过去五年工作回顾\n\n"
         "二是加快经济结构调整，提高经济发展的质量和效益。居民消费结构加快升级。2012年底，城镇和农村人均住房面积32.9平方米、"
         "37.1平方米，分别比2007年增加2.8平方米和5.5平方米；城镇居民每百户拥有家用汽车21.5辆，比2007年增加15.5辆；"
         "旅游、文化消费大幅增加。坚持走中国特色新型工业化道路，大力推进产业转型升级。产品质量整体水平不断提高。"
         "服务业增加值占国内生产总值比重提高2.7个百分点，成为吸纳就业最多的产业。")
# written: a year's end held in a report of one year
S_YEAR = "一、2019年工作回顾\n\n2019年底，全区常住人口120万人。户籍人口增加1.2万人。"


def test_a_later_move_with_no_base_is_over_the_span_reviewed():
    f = fact(S2013, "2.7个百分点")
    assert (f["measure"], f["period"]) == ("pp_diff", "2008-2012年")
    assert "multi_year" in f["flags"].split(";")


def test_the_year_end_holds_for_its_own_sentence():
    assert fact(S2013, "32.9")["period"] == "2012年底"
    assert fact(S2013, "15.5")["period"] == "2012年底"


def test_a_year_end_holds_on_in_a_review_of_one_year():
    """Written fixture: a review of one year keeps the year's end for the move after it."""
    f = fact(S_YEAR, "1.2万人")
    assert f["period"] == "2019年底"
