"""The VAT credit refunds are one indicator whether a report prints 增值税留抵退税 or 留抵退税.

The refunds of 2022 on fill the relief paragraphs of district and national reports, printed with or without the tax's
name: one glossary key (``vat_credit_refunds``) for both printings, a relief as 减税降费 is, and none for the firms
the refunds reach (惠及企业1530户), nor for the relief they are a part of (减税降费及退税31.5亿元). Sentences are
copied from the text named in their comment.
"""

from __future__ import annotations

import pytest
from _sentences import fact

KEY = "vat_credit_refunds"

# haishu_nb_2023_gwr (real excerpt, tests/gold/real/texts)
HAISHU = ("第一时间落实上级稳住经济大盘一揽子政策措施,因时因势出台三轮区级助企纾困政策,落实增值税留抵退税19.3亿元,"
          "减税降费12.3亿元,办理缓缴税费18.9亿元,兑付惠企政策资金20.7亿元,惠及市场主体4.9万家。")
# dongcheng_2022_h1 (district report)
DONGCHENG = "上半年，为各类企业办理增值税留抵退税68.2亿元，惠及企业1530户；减免税费7.6亿元。"
# fengtai_2022_h1 (district report)
FENGTAI = "为各类市场主体减税降费及退税31.5亿元,其中留抵退税24.8亿元。"
# national work report 2022
NATIONAL_2022 = "预计全年退税减税约2.5万亿元，其中留抵退税约1.5万亿元，退税资金全部直达企业。"


@pytest.mark.parametrize(("text", "printed", "name"), [
    (HAISHU, "19.3亿元", "增值税留抵退税"),
    (DONGCHENG, "68.2亿元", "增值税留抵退税"),
    (FENGTAI, "24.8亿元", "留抵退税"),
    (NATIONAL_2022, "1.5万亿元", "留抵退税"),
])
def test_both_printings_of_the_refunds_are_keyed_alike(text: str, printed: str, name: str) -> None:
    f = fact(text, printed)
    assert (f["indicator"], f["indicator_key"]) == (name, KEY)


def test_the_firms_reached_and_the_whole_relief_are_other_counts() -> None:
    assert fact(DONGCHENG, "1530户")["indicator_key"] != KEY
    assert fact(FENGTAI, "31.5亿元")["indicator_key"] != KEY
    assert fact(HAISHU, "12.3亿元")["indicator_key"] == "tax_fee_cuts"
