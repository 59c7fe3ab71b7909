"""A total of a list whose last item follows a comma and 以及 names the whole list.

In ``A、B、C，以及D的X共N`` the comma only marks a longer pause before the last item: the total (共, 合计) counts
the items of the clause before as well, so the name starts where that clause does. A clause with no list before the
comma may be one item of a longer comma list, and a clause with a figure of its own is a fact of its own: neither
joins. Each real sentence is copied verbatim from the report named in its comment.
"""

from __future__ import annotations

from _sentences import fact

# national work report 1981 (/work/shared/corpus/national_work_reports/1981.txt)
S1981_SUBSIDIES = ("此外，国家用于农用柴油、农业用电、农机、化肥、民用煤，以及外贸进口的粮食、棉花、糖等的价格补贴"
                   "共二百三十四亿元。")
# national work report 1955 (/work/shared/corpus/national_work_reports/1955.txt): a comma list, no 、 list before
S1955_WASTE = "各种浪费如材料报废，设备损坏，大材小用，优材劣用，窝工，设计错误，以及管理不当等共计浪费六百三十万元。"
# national work report 2005 (/work/shared/corpus/national_work_reports/2005.txt): no total, a count of the last item
S2005_PLANS = ("我们组织制定了国家突发公共事件总体应急预案，以及应对自然灾害、事故灾难、公共卫生和社会安全等方面105个"
               "专项和部门应急预案；各省（区、市）也完成了省级总体应急预案的编制工作。")


def test_a_total_after_a_joined_last_item_names_the_whole_list():
    f = fact(S1981_SUBSIDIES, "二百三十四亿元")
    assert f["indicator"] == ("国家用于农用柴油、农业用电、农机、化肥、民用煤，以及外贸进口的粮食、棉花、糖等的价格补贴")
    assert (f["measure"], f["value"], f["unit"]) == ("level", 2.34e10, "元")


def test_a_clause_with_no_list_before_the_comma_does_not_join():
    assert fact(S1955_WASTE, "六百三十万元")["indicator"] == "管理不当等浪费"


def test_a_count_with_no_total_counts_the_last_item_only():
    assert fact(S2005_PLANS, "105个")["indicator"] == "专项和部门应急预案"
