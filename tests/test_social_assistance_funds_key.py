"""The social assistance paid out is one indicator however a district report prints it.

Half-year and annual district reports print the funds paid to households in need as 社会救助资金, 各类社会救助资金,
各类救助资金, 各类救助金 or 困难群众救助金: one glossary key (``social_assistance_funds``) for all, so a corpus of
reports lines their years up; the needy reached (惠及困难群众近3000户) are another count. Sentences are copied from
the report named in their comment.
"""

from __future__ import annotations

import pytest
from _sentences import fact

KEY = "social_assistance_funds"

# dongcheng_2019_h1
DONGCHENG = "发放社会救助资金5120.4万元,惠及困难群众近3000户。"
# chaoyang_2020_h1
CHAOYANG = "新增中小学学位3200个,发放各类社会救助资金1.37亿元,惠及困难群众1.1万余户。"
# wuhou_2023_h1
WUHOU = "发放各类救助资金6850.3万元，困难群众基本生活得到有效保障。"
# shijingshan_2022_h1
SHIJINGSHAN = "新增普惠性学位1200个,新建养老服务驿站5家,累计发放各类救助金不足3000万元。"
# fengtai_2022_h1
FENGTAI = "完善社会救助体系,上半年累计发放社会救助资金8215.37万元,同比增长6.4%。"


@pytest.mark.parametrize(("text", "printed", "name"), [
    (DONGCHENG, "5120.4万元", "社会救助资金"),
    (CHAOYANG, "1.37亿元", "各类社会救助资金"),
    (WUHOU, "6850.3万元", "各类救助资金"),
    (SHIJINGSHAN, "3000万元", "各类救助金"),
    (FENGTAI, "6.4%", "社会救助资金"),
])
def test_the_printings_of_the_assistance_paid_are_keyed_alike(text: str, printed: str, name: str) -> None:
    f = fact(text, printed)
    assert (f["indicator"], f["indicator_key"]) == (name, KEY)


def test_the_needy_reached_are_another_count() -> None:
    assert fact(DONGCHENG, "3000户")["indicator_key"] != KEY
