"""More readings of figures in district reports, on verbatim sentences of the real excerpts.

Each sentence is copied from a report of ``tests/gold/real/texts`` or ``tests/gold/constructed`` (named in the
comment above it);
each test states the name, period or measure of one figure of it.
"""

from __future__ import annotations

import pytest
from _sentences import fact

import dhcheng_analysis as dh
from dhcheng_analysis.report import read_years

# -- a statistical bulletin titled with a year (2015年…统计公报) covers that year -----------------------------

BULLETIN_2015 = ("2015年上海市闵行区国民经济和社会发展统计公报来源:闵行区统计局2016-03-01第6期2016年2月22日"
                 "2015年,在区委、区政府的坚强领导下,全区深入贯彻党的十八大、十八届三中、四中、五中全会和十届市委七次全会精神,"
                 "把握和适应经济发展新常态,坚持创新驱动和经济转型升级,全区经济总体保持平稳健康发展,各项社会事业全面进步,"
                 "人民生活持续改善。")


def test_bulletin_title_names_the_year_covered():
    # minhang_sh_2015_bulletin, its first line
    years = read_years(dh.load_report(BULLETIN_2015))
    assert (years.covered, years.plan, years.source) == (2015, None, "title")


def test_year_end_of_a_bulletin_is_of_its_year():
    # minhang_sh_2015_bulletin
    text = BULLETIN_2015 + ("二、农业全年实现农业总产值3.64亿元,比上年下降0.8%。"
                            "至年末,全区有农民专业合作社112家,区级以上农业产业化龙头企业6家,全区农业规模化生产比例达90%。")
    assert fact(text, "112家")["period"] == "2015年末"


# -- who is led to give relief (引导社会业主减免房租) is no part of the name of the relief ----------------------

def test_actor_led_to_give_relief_is_no_part_of_the_name():
    # xicheng_2020_h1_gbk
    text = "对承租区属国有企业房产的中小微企业减免房租，惠及企业２８６５家，减免房租4.37亿元；引导社会业主减免房租1.12亿元，惠及商户近900户。"
    assert fact(text, "1.12亿元")["indicator"] == "减免房租"


# -- a flow of a fund or its stock, named by its verb or 余额 alone, carries the fund named before it ----------

@pytest.mark.parametrize(("printed", "name"), [
    ("8350万元", "补充预算稳定调节基金"), ("25000万元", "调入使用预算稳定调节基金"), ("25650万元", "预算稳定调节基金余额"),
])
def test_flows_of_a_fund_carry_the_fund(printed, name):
    # budget_2022_final, in the shape of the real 补充预算稳定调节基金33.3亿元 (minhang_sh_2022_h1_budget)
    text = "年初预算稳定调节基金余额42300万元，当年补充8350万元、调入使用25000万元，年末余额25650万元。"
    assert fact(text, printed)["indicator"] == name


def test_stock_at_the_start_of_the_year_has_that_period():
    # budget_2022_final
    text = "年初预算稳定调节基金余额42300万元，当年补充8350万元、调入使用25000万元，年末余额25650万元。"
    got = fact(text, "42300万元")
    assert (got["indicator"], got["period"]) == ("预算稳定调节基金余额", "年初")


@pytest.mark.parametrize(("printed", "name"), [("21650万元", "动用预备费"), ("8350万元", "剩余预备费")])
def test_use_and_rest_of_a_reserve_fund_carry_the_fund(printed, name):
    # budget_2022_final
    text = "年初安排预备费30000万元，实际动用21650万元，主要用于疫情防控和应急处置；剩余8350万元全部转入预算稳定调节基金。"
    assert fact(text, printed)["indicator"] == name


def test_real_fund_flows_keep_their_names():
    # minhang_sh_2022_h1_budget
    text = ("加上解市级财政支出18.5亿元、地方政府一般债务还本支出23.8亿元、补充预算稳定调节基金33.3亿元、"
            "结转下年支出12.9亿元,支出总量为490.7亿元。")
    assert fact(text, "12.9亿元")["indicator"] == "结转下年支出"
    assert fact(text, "33.3亿元")["indicator"] == "补充预算稳定调节基金"


# -- a verb after 新 (新开工项目) is of the noun counted, not the start of what the clause says of it ------------

def test_verb_after_new_is_of_the_counted_noun():
    # xicheng_2021_h1
    text = "确保全年18个新开工项目全部开工，力争全年完成重点工程投资170亿元，建安投资增速不低于全市平均水平。"
    assert fact(text, "18个")["indicator"] == "全部开工的新开工项目"
