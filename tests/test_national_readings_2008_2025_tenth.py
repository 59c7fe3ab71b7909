"""A tenth pass over sentences of the State Council government work reports of 2008-2025, read by eye.

Each sentence is copied verbatim from the work-report corpus (the year of the report in the comment);
each test names the rule it pins and asserts the fields a reading found wrong.
"""

from __future__ import annotations

from _sentences import fact

# -- a share 占…份额/比重 after a figure is the share of the quantity that figure measures ---------------------------


def test_a_share_after_a_figure_is_owned_by_what_the_figure_measures():
    # 2013: the exports that rank first hold the share of the world market
    s = ("我们积极应对外部环境的急剧变化，及时出台稳定外需的政策措施，实施市场多元化战略，进出口总额年均增长12.2%，"
         "从世界第三位提升到第二位，其中出口额跃居世界第一位，占国际市场份额比2007年提高2个多百分点，进出口结构优化，"
         "贸易大国地位进一步巩固。")
    r = fact(s, "2个多百分点")
    assert (r["indicator"], r["measure"], r["qualifier"], r["comparator"]) == (
        "出口额占国际市场份额", "pp_diff", "over", "2007年")


def test_a_share_after_a_share_is_owned_by_the_owner_of_the_first():
    # 1955: the share in retail is the state and cooperative trade's, as the share in wholesale before it
    s = "一九五二年，国营商业和合作社营商业在国内商业批发中的比重达到百分之六十三，在社会零售中的比重达到百分之三十四，对外贸易已由国家管制。"
    assert fact(s, "百分之三十四")["indicator"] == "国营商业和合作社营商业在社会零售中的比重"
    assert fact(s, "百分之六十三")["indicator"] == "国营商业和合作社营商业在国内商业批发中的比重"


# -- a share of a whole named right before it, put to a use (X70%以上用于Y), is named by the use ----------------------


def test_a_share_of_a_named_whole_put_to_a_use_is_named_by_the_use():
    # 2023: 70% of the spending is the share spent on 民生, not the spending itself
    s = "各级政府坚持过紧日子，严控一般性支出，中央部门带头压减支出，盘活存量资金和闲置资产，腾出的资金千方百计惠企裕民，全国财政支出70%以上用于民生。"
    r = fact(s, "70%")
    assert (r["indicator"], r["measure"], r["qualifier"], r["indicator_key"]) == (
        "用于民生的全国财政支出", "rate_pct", "at_least", "")
