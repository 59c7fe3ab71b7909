"""Readings of figures in budget texts and bulletins, on verbatim sentences of the real excerpts.

Each sentence is copied from a report of ``tests/gold/real/texts`` (named in the comment above it); each test
states the scope of the figures of it.
"""

from __future__ import annotations

import pytest
from _sentences import facts

# -- a scope word that classes policies, projects or firms is no scope of the amounts after it -----------


@pytest.mark.parametrize("text", [
    # haishu_nb_2023_gwr
    "第一时间落实上级稳住经济大盘一揽子政策措施,因时因势出台三轮区级助企纾困政策,落实增值税留抵退税19.3亿元,"
    "减税降费12.3亿元,办理缓缴税费18.9亿元,兑付惠企政策资金20.7亿元,惠及市场主体4.9万家。",
    # chengyang_qd_2022_bulletin
    "其中,列入市级重点项目169个,完成投资319亿元,全市第二;融资到位资金125.6亿元。",
    # minhang_sh_2015_bulletin
    "至年末,全区有农民专业合作社112家,区级以上农业产业化龙头企业6家,全区农业规模化生产比例达90%。",
    # dongcheng_2025_h1
    "精准高效服务企业,动态调整区级服务包企业名单至651家,落地注册资本金、投资资金1000万元以上企业、项目17个,"
    "涉及资金超38亿元。",
])
def test_scope_word_of_a_class_of_things_is_no_fiscal_scope(text):
    assert set(facts(text)["scope"]) == {""}


def test_scope_word_before_a_revenue_stays_its_scope():
    # lintao_2024_m2_budget
    f = facts("上划市级收入6万元,占收入的0.04%,同比减收71万元,下降92.21%。")
    assert f["scope"].tolist() == ["市级"] * 4
