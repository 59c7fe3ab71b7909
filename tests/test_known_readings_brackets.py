"""A bracket after a name, with commas or a figure of its own, that ends the clause before a figure's: the name
is the one before the bracket. Sentences copied verbatim from the work-report corpus (year in the comment)."""

from __future__ import annotations

from _sentences import fact_printed as fact


def test_commas_inside_a_bracket_of_what_a_name_includes_do_not_end_its_clause():
    # 1955
    s = ("在一九五二年，即我国结束经济恢复阶段的这一年，我国工业农业总产值（包括工业、手工业、农业和农村副业的全部产值，"
         "这种产值都是按一九五二年的不变价格计算的，下同），比一九四九年增长了百分之七十七点五，其中：现代工业增长了百分之一百七十八点六，"
         "农业（包括农村副业）增长了百分之四十八点五。")
    f = fact(s, "百分之七十七点五")
    assert (f["indicator"], f["measure"], f["comparator"]) == ("我国工业农业总产值", "change_pct", "一九四九年")
    assert fact(s, "百分之一百七十八点六")["indicator"] == "现代工业总产值"  # (a part of the output after 其中)


def test_a_figure_inside_the_bracket_is_a_note_not_the_last_figure_named():
    # 1980
    s = "钢铁工业，1979年钢产量比上年增加270万吨，而能源消耗总量（按每公斤发热量7，000大卡的标准煤计算），比上年降低了100万吨。"
    f = fact(s, "100")
    assert (f["indicator"], f["measure"], f["value"]) == ("能源消耗总量", "abs_change", -1e6)
    assert fact(s, "270")["indicator"] == "钢产量"
