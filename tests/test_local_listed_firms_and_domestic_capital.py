"""Glossary keys of two district quantities the real excerpts print: the firms of the district listed on a stock
exchange (a stock, beside the flow of firms newly listed) and the domestic capital actually paid in (实到内资, the
domestic counterpart of utilised foreign investment).

A narrower class of listed firms (科创板上市企业) and capital from outside the city only (市外内资) take no key of the
wider class: the first stays unkeyed, the second is a statistic of its own (out_of_city_domestic_capital).
"""

from __future__ import annotations

import pytest
from _sentences import fact

# nanshan_sz_2023_gwr_digest, verbatim
NANSHAN = "新增上市企业18家,累计达205家。"
# dongliu_yz_2023_street, verbatim
DONGLIU = "招商引资成效显著,全年共引进企业137家,其中注册资金千万元以上46家,亿元以上5家,实到内资17亿元。"
# tianhe_2021_q1 (constructed fixture)
TIANHE = "新增上市企业3家,全区上市企业总数达60多家。"
# wuhou_2023_h1 (constructed fixture)
WUHOU = "实际到位内资186.4亿元，完成全年目标的55.1%；实际利用外资2.16亿美元，同比增长14.2%。"
# pudong_2019_fy (constructed fixture)
PUDONG = "科创板上市企业11家，占全市的比重超过四成。"
# yuhang_hz_2015_gwr, verbatim
YUHANG = "实际利用外资10.78亿美元,引进市外内资90.75亿元,浙商回归项目到账资金72.9亿元,中国电信创新园、量子通信等重大项目签约落户。"


@pytest.mark.parametrize(("text", "printed", "name", "key"), [
    (NANSHAN, "18家", "新增上市企业", "new_listed_firms"),
    (NANSHAN, "205家", "上市企业", "listed_firms"),
    (TIANHE, "60多家", "上市企业总数", "listed_firms"),
    (DONGLIU, "17亿元", "实到内资", "domestic_capital_received"),
    (WUHOU, "186.4亿元", "实际到位内资", "domestic_capital_received"),
    (WUHOU, "55.1%", "实际到位内资", "domestic_capital_received"),
])
def test_listed_firms_and_domestic_capital_received_have_keys(text: str, printed: str, name: str, key: str) -> None:
    f = fact(text, printed)
    assert (f["indicator"], f["indicator_key"]) == (name, key)


@pytest.mark.parametrize(("text", "printed", "name", "key"), [
    (PUDONG, "11家", "科创板上市企业", ""),  # the firms of one board only: narrower than the listed firms
    # capital from outside the city only: narrower than 内资, keyed as the provinces' statistic of its own
    (YUHANG, "90.75亿元", "引进市外内资", "out_of_city_domestic_capital"),
])
def test_narrower_classes_take_no_key_of_the_wider(text: str, printed: str, name: str, key: str) -> None:
    f = fact(text, printed)
    assert (f["indicator"], f["indicator_key"]) == (name, key)
