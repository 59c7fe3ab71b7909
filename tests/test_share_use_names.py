"""A share of a whole put to a use or coming from a source, named by the use, 的 and the whole, on verbatim sentences.

A share printed after a whole (carried from the clause before, or named right before it) and followed by where it
goes or comes from (用于, 投向, 来自, 集中在; 将用于, and 其中约有 before the share) is named as a noun phrase, the use first, as an amount with its use is
(``用于促进就业的中央财政投入``) and as a share printed before the whole is (``我国百分之八十以上的财政收入来自城市工商业``
→ ``来自城市工商业的财政收入``): ``全国财政支出70%以上用于民生`` → ``用于民生的全国财政支出``, not the clause
``全国财政支出用于民生``. Each test is a sentence copied from the report named in its comment, or says it is written.
"""

from __future__ import annotations

import pytest
from _sentences import fact

S2023 = ("各级政府坚持过紧日子，严控一般性支出，中央部门带头压减支出，盘活存量资金和闲置资产，"
         "腾出的资金千方百计惠企裕民，全国财政支出70%以上用于民生。")


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 2023
    (S2023, "70%", "用于民生的全国财政支出"),
    # national work report 2008
    ("2003年到 2007年，中央财政对地方的转移支付累计4.25万亿元，87%用于支持中西部地区。", "87%",
     "用于支持中西部地区的中央财政对地方的转移支付"),
    # national work report 1997
    ("国家财政收入的６０％以上来自国有企业，有三分之二的城镇职工在国有企业就业，在基础设施、基础工业和高技术产业中，"
     "国有企业占绝对优势。", "６０％", "来自国有企业的国家财政收入"),
    # national work report 1958: the share counted with 有 and the use a plan puts it to (将用于)
    ("在交通运输业的基本建设方面，一九五八年国家投资共二十二亿元，其中约有三分之二左右将用于铁路建设。", "三分之二",
     "用于铁路建设的国家投资"),
    # written: the share of a district's spending put to people's livelihood, as district reports print it
    ("全区一般公共预算支出的80%以上用于民生。", "80%", "用于民生的一般公共预算支出"),
])
def test_a_share_put_to_a_use_is_named_by_the_use_before_the_whole(text: str, printed: str, name: str) -> None:
    assert fact(text, printed)["indicator"] == name
