"""A sum of the items of a 分别 list, printed in the clause after it, is named by the list's subject as a whole.

A clause after a 分别 list that opens with a word of a sum (合计, 共计, 三者合计) and no subject of its own prints
a figure of all the items together: its name is the list's subject (the items and the quantity they share), as
their joint contribution is named (金融、科技和信息服务业三大优势行业增加值对经济增长贡献率), never the last item's.
When a verb parts the items from their quantity (分别实现税收), the quantity follows the items.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

DONGCHENG_2023 = "金融业、信息服务业、商务服务业增加值分别增长7.6%、11.3%和5.8%,合计占全区经济总量的63.5%。"
# written sentences, of the shape of the budget reports' 分别实现税收… lists
WRITTEN_LEVEL = "金融业、信息服务业、商务服务业分别实现税收412360万元、186540万元和154230万元，合计753130万元。"
WRITTEN_THREE = "金融业、信息服务业和商务服务业分别实现税收412360万元、186540万元和154230万元，三者合计占税收收入的60.1%。"


@pytest.mark.parametrize(("text", "printed", "name"), [
    # Dongcheng district, half-year report 2023: the share of the three sectors together
    (DONGCHENG_2023, "63.5%", "金融业、信息服务业、商务服务业增加值"),
    (DONGCHENG_2023, "5.8%", "商务服务业增加值"),  # the last item keeps its own name
    # written: the sum of amounts, and a share of the three named by 三者
    (WRITTEN_LEVEL, "753130万元", "金融业、信息服务业、商务服务业税收"),
    (WRITTEN_THREE, "60.1%", "金融业、信息服务业和商务服务业税收"),
])
def test_sum_named_by_list(text: str, printed: str, name: str) -> None:
    assert fact(text, printed)["indicator"] == name


# national work report, 1982 (national_work_reports/1982.txt): each amount printed in a clause of its own, the
# clause before the total adding what it prints no figure of
NATIONAL_1982 = ("从一九七九年到一九八一年，国家用于提高农副产品收购价格的支出四百四十二亿元，用于提高职工工资和实行奖金制度的支出"
                 "三百亿元，用于安排城镇二千六百万人就业的支出一百零五亿元，用于增加城镇职工住宅的支出一百五十二亿元，加上减免农村税收、"
                 "增加进口商品价格补贴等方面的支出，共达一千四百多亿元。")
# national work report, 1958 (national_work_reports/1958.txt): parts of one quantity, its total named whole
NATIONAL_1958 = "煤炭工业部和石油工业部共有二百个建设项目，地方有三十二个建设项目，共计二百三十二个。"
# written, of the shape of a budget report's lines
WRITTEN_CLAUSES = "教育支出5.2亿元，卫生健康支出3.1亿元，合计8.3亿元。"
WRITTEN_TWO = "一般公共预算收入完成5.2亿元，政府性基金收入3.1亿元，两项合计8.3亿元。"


@pytest.mark.parametrize(("text", "printed", "name"), [
    (NATIONAL_1982, "一千四百多亿元", "国家用于提高农副产品收购价格、用于提高职工工资和实行奖金制度、用于安排城镇就业、用于增加城镇"
                                 "职工住宅的支出和减免农村税收、增加进口商品价格补贴等方面的支出"),
    (NATIONAL_1982, "一百零五亿元", "用于安排城镇就业的支出"),  # (the persons counted inside its modifier taken out)
    (NATIONAL_1982, "一百五十二亿元", "用于增加城镇职工住宅的支出"),
    (NATIONAL_1958, "二百三十二个", "煤炭工业部和石油工业部、地方的建设项目"),
    (WRITTEN_CLAUSES, "8.3亿元", "教育、卫生健康支出"),
    (WRITTEN_CLAUSES, "3.1亿元", "卫生健康支出"),
    (WRITTEN_TWO, "8.3亿元", "一般公共预算、政府性基金收入"),
    (WRITTEN_TWO.replace("两项合计", "两项收入合计"), "8.3亿元", "一般公共预算、政府性基金收入"),
    (WRITTEN_CLAUSES.replace("合计", "两项相加"), "8.3亿元", "教育、卫生健康支出"),
])
def test_total_of_amounts_named_in_clauses_of_their_own(text: str, printed: str, name: str) -> None:
    got = fact(text, printed)
    assert got["indicator"] == name
    if printed in ("一千四百多亿元", "8.3亿元"):
        assert got["indicator_key"] == ""  # (not the last item's key: health_expenditure, general_budget_revenue)


def test_the_count_of_the_items_summed_is_no_figure() -> None:
    # written: 两项合计 counts the amounts summed, no quantity of its own (nor one of the first item's key)
    got = facts(WRITTEN_TWO)
    assert "两项" not in set(got["raw_value"] + got["raw_unit"])
    assert list(got["indicator"]) == ["一般公共预算收入", "政府性基金收入", "一般公共预算、政府性基金收入"]
