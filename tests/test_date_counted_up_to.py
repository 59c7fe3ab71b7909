"""A date a count runs up to (到一九五四年十一月底为止) is the period of its sentence, its year printed in Chinese
numerals as in Arabic ones (到2020年6月底为止). Each sentence is quoted verbatim from the report named in its comment.
"""

from __future__ import annotations

from _sentences import fact_at


def test_a_date_counted_up_to_with_its_year_in_chinese_numerals_is_the_period():
    # national work report 1955
    s = ("第一汽车制造厂的建设到一九五四年十一月底为止，共积压器材一千零五十七万元，各种浪费如材料报废，设备损坏，大材小用，"
         "优材劣用，窝工，设计错误，以及管理不当等共计浪费六百三十万元。")
    for printed in ("一千零五十七万元", "六百三十万元"):
        got = fact_at(s, printed)
        assert (got["status"], got["period"]) == ("actual", "到一九五四年十一月底为止"), printed
