"""The work reports of 2018 and 2025 read whole, fact by fact in text order.

Each sentence is copied verbatim from the work-report corpus (the year of the report in the comment);
each test names the rule it pins and asserts the fields a reading found wrong.
"""

from __future__ import annotations

from _sentences import fact

import dhcheng_analysis as dh

# -- an amount of a debt issued with its use right after it is the part put to that use ---------------------------


def test_a_debt_amount_with_its_use_right_after_is_named_by_that_use():
    # 2025: the year's ultra-long special treasury bonds total 1.3万亿元 (a sentence before); 3000亿元 of them go to
    # the trade-in of consumer goods, a part, not the issue the key names
    r = fact("安排超长期特别国债3000亿元支持消费品以旧换新。", "3000亿元")
    assert (r["indicator"], r["indicator_key"]) == ("支持消费品以旧换新的超长期特别国债", "")


def test_a_debt_amount_whose_use_is_a_clause_of_its_own_is_the_issue():
    # 2025: the issue itself, its use told in the next clause
    r = fact("拟发行特别国债5000亿元，支持国有大型商业银行补充资本。", "5000亿元")
    assert (r["indicator"], r["indicator_key"]) == ("特别国债", "special_treasury_bonds")
    r = fact("拟发行超长期特别国债1.3万亿元、比上年增加3000亿元。", "1.3万亿元")
    assert (r["indicator"], r["indicator_key"]) == ("超长期特别国债", "ultra_long_special_treasury_bonds")


def test_a_debt_amount_its_clause_issues_is_the_issue_whatever_its_use():
    # written, not quoted: an issue verb (发行) before the figure makes the amount the whole issue, its use after it
    # no part of the name, nor is the verb itself (the refinancing bonds issued, as 拟发行特别国债 names the bonds)
    r = fact("全年发行再融资债券15亿元用于偿还到期债务。", "15亿元")
    assert (r["indicator"], r["indicator_key"]) == ("再融资债券", "refinancing_bonds")
    r = fact("中央财政发行国债1000亿元用于灾后恢复重建。", "1000亿元")
    assert (r["indicator"], r["indicator_key"]) == ("国债", "")


# -- the block a report leads with: not a task's sub-heading when the part's opening prints the figures -----------

# 2018 (verbatim lines): the review part opens with the five years' figures; its first sub-heading states a task
# whose third clause holds 经济运行, and its paragraphs tell the fiscal policy, not the headline figures
_REVIEW_2018 = """各位代表：

一、过去五年工作回顾

五年来，经济实力跃上新台阶。国内生产总值从54万亿元增加到82.7万亿元，年均增长7.1%，占世界经济比重从11.4%提高到15%左右，对世界经济增长贡献率超过30%。

五年来，我们认真贯彻以习近平同志为核心的党中央决策部署，主要做了以下工作。

（一）坚持稳中求进工作总基调，着力创新和完善宏观调控，经济运行保持在合理区间、实现稳中向好。这些年，世界经济复苏乏力，国际金融市场跌宕起伏，保护主义明显抬头。

坚持实施积极的财政政策和稳健的货币政策。在财政收支矛盾较大情况下，着眼“放水养鱼”、增强后劲，我国率先大幅减税降费。加强地方政府债务管理，实施地方政府存量债务置换，降低利息负担1.2万亿元。调整财政支出结构，盘活沉淀资金，保障基本民生和重点项目。财政赤字率一直控制在3%以内。
"""


def test_the_opening_of_the_review_leads_over_a_task_sub_heading_naming_the_economy():
    f = dh.extract_facts(dh.load_report(_REVIEW_2018))
    lead = dict(zip(f["raw_value"] + f["raw_unit"], f["lead"], strict=False))
    assert lead["82.7万亿元"] and lead["7.1%"] and lead["30%"]
    assert not lead["1.2万亿元"] and not lead["3%"]


def test_a_task_sub_heading_the_lead_word_opens_still_leads():
    # a sub-heading opening with the economy's state, as 经济运行开局良好 of dongcheng_2021_q1 (a constructed text),
    # leads over an opening of figures, as before
    text = _REVIEW_2018.replace("（一）坚持稳中求进工作总基调，着力创新和完善宏观调控，经济运行保持在合理区间、实现稳中向好。",
                                "（一）经济运行开局良好\n")
    f = dh.extract_facts(dh.load_report(text))
    lead = dict(zip(f["raw_value"] + f["raw_unit"], f["lead"], strict=False))
    assert lead["3%"] and not lead["82.7万亿元"]


def test_an_opening_of_no_headline_figure_does_not_lead_over_the_sub_heading():
    # written, not quoted: a district work report whose review opens with counts of the government's own work
    # (常务会议, 代表建议) before its first sub-heading, which names the economy after a task; the GDP under that
    # sub-heading leads, not the counts of the opening
    text = ("一、2022年工作回顾\n"
            "过去一年，全区召开常务会议32次，办理人大代表建议120件。\n"
            "（一）坚持稳中求进，经济运行持续回升。全年地区生产总值完成3200亿元，增长5.2%。\n")
    f = dh.extract_facts(dh.load_report(text))
    lead = dict(zip(f["raw_value"] + f["raw_unit"], f["lead"], strict=False))
    assert lead["3200亿元"] and lead["5.2%"]
    assert not lead["32次"] and not lead["120件"]


# -- a share put to a use right after an amount added is a share of that addition ----------------------------------


def test_a_share_put_to_a_use_after_an_amount_added_is_of_the_addition():
    # 2018 and 2019: half of the 40元 (30元) added goes to critical-illness insurance, not half of the standard
    s = "提高基本医保和大病保险保障水平，居民基本医保人均财政补助标准再增加40元，一半用于大病保险。"
    r = fact(s, "一半")
    assert (r["indicator"], r["measure"], r["value"]) == ("用于大病保险的居民基本医保人均财政补助标准增加额", "rate_pct", 50)
    assert fact(s, "40元")["indicator"] == "居民基本医保人均财政补助标准"
    s = "继续提高城乡居民基本医保和大病保险保障水平，居民医保人均财政补助标准增加30元，一半用于大病保险。"
    assert fact(s, "一半")["indicator"] == "用于大病保险的居民医保人均财政补助标准增加额"


def test_a_share_put_to_a_use_after_a_level_is_of_the_whole():
    # 2008: a share after a total is of the total, as before
    s = "2003年到 2007年，中央财政对地方的转移支付累计4.25万亿元，87%用于支持中西部地区。"
    r = fact(s, "87%")
    assert r["indicator"].startswith("用于支持中西部地区的") and not r["indicator"].endswith("增加额")
