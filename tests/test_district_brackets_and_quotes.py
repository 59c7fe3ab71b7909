"""A part printed in brackets after 含, and a name quoted with straight quotes, as district reports print them.

Budget reports give a part of a total in brackets opened by 含 (区级一般公共预算收入105.7亿元(含税收收入90.1亿元),
含上级补助, 含专项债券…): the 含 is no part of the part's name, even where the name starts with 税 (含税收收入 is 含 +
税收收入; 含税价, 含税销售额 are names of their own), and the part is a part of the total before the bracket, as a
其中 part is. A name holding a quoted term keeps both marks of the pair: a straight quote opens and closes alike,
so the one opening a subject ("专精特新"中小企业新增312家) stays with the one closing it.

Sentences written in the form of district reports, not real, are marked as regression fixtures; the real ones
are quoted with the file they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact

HEAD = "一、2023年工作回顾\n"


# -- 含 opening a bracket of a part ------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "total", "printed", "name", "key"), [
    # regression fixture in the form of a district budget report (not real), modelled on the national budget
    # reports' 全国一般公共预算收入…其中税收收入…
    ("区级一般公共预算收入105.7亿元(含税收收入90.1亿元)。", "105.7亿元", "90.1亿元", "税收收入", "tax_revenue"),
    # regression fixture, a variant (not real): full-width brackets, 全区, a tax's returns
    ("全区一般公共预算收入105.7亿元（含税收返还收入3.1亿元）。", "105.7亿元", "3.1亿元", "税收返还收入", ""),
    # regression fixture, a variant (not real): a grant from above
    ("全区一般公共预算支出88.2亿元（含上级补助支出12.3亿元）。", "88.2亿元", "12.3亿元", "上级补助支出", ""),
    # regression fixture, a variant (not real): bonds in a fund budget
    ("区级政府性基金预算收入45.1亿元(含专项债券转贷收入20亿元)。", "45.1亿元", "20亿元", "专项债券转贷收入", ""),
    # tests/gold/real/texts/minhang_sh_2022_h1_budget.txt
    ("区本级一般公共预算财力249.2亿元(含市拨专款54.5亿元),加上年结转收入6.9亿元。", "249.2亿元", "54.5亿元", "市拨专款",
     "earmarked_transfers_received"),
])
def test_han_opening_a_bracket_is_no_part_of_the_part_named(s, total, printed, name, key):
    text = HEAD + s
    whole, part = fact(text, total), fact(text, printed)
    assert (part["indicator"], part["indicator_key"]) == (name, key)
    assert (part["parent_id"], part["relation"]) == (whole["fact_id"], "part")


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district report (not real): 含税收入 is a name of its own, as 含税销售额
    ("全区规模以上工业企业实现营业收入150亿元(含税收入135亿元)。", "135亿元", "含税收入"),
    # regression fixture, a variant (not real)
    ("全区实现含税销售额20亿元,同比增长5%。", "20亿元", "含税销售额"),
])
def test_a_name_starting_with_hanshui_keeps_its_han(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


def test_a_bracketed_tax_revenue_reads_as_the_same_part_after_qizhong():
    # regression fixture in the form of a district budget report (not real): the bracket and 其中 read alike
    bracket = fact(HEAD + "区级一般公共预算收入105.7亿元(含税收收入90.1亿元)。", "90.1亿元")
    qizhong = fact(HEAD + "区级一般公共预算收入105.7亿元,其中税收收入90.1亿元。", "90.1亿元")
    for k in ("indicator", "indicator_key", "measure", "dimension", "relation"):
        assert bracket[k] == qizhong[k], k


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixtures (not real): names that start with 含税 keep it
    ("企业销售收入12亿元（含税销售额3亿元）。", "3亿元", "含税销售额"),
    ("产品含税价120元。", "120元", "产品含税价"),
])
def test_a_name_starting_with_hanshui_keeps_it(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- straight quotes kept in pairs ---------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture: tests/gold/constructed/haidian_2022_q3 (written in the form of a district report)
    ('"专精特新"中小企业新增312家,累计达到1285家。', "312家", '新增"专精特新"中小企业'),
    ('"专精特新"中小企业新增312家,累计达到1285家。', "1285家", '"专精特新"中小企业'),
    # regression fixture: tests/gold/constructed/tianhe_2021_q1 (written in the form of a district report)
    ('"一网通办"办件量为26.4万件。', "26.4万件", '"一网通办"办件量'),
    # regression fixtures, variants (not real): 全区, other nouns and verbs, single straight quotes
    ('全区"四上"企业新增120家,"两新"项目达到45个。', "120家", '新增"四上"企业'),
    ('全区"四上"企业新增120家,"两新"项目达到45个。', "45个", '"两新"项目'),
    ("'四上'企业新增120家。", "120家", "新增'四上'企业"),
    ('新增"专精特新"中小企业312家。', "312家", '新增"专精特新"中小企业'),
    # the curly quotes read as before
    ("“专精特新”中小企业新增312家。", "312家", "新增“专精特新”中小企业"),
])
def test_a_name_keeps_both_straight_quotes_of_a_pair(s, printed, name):
    got = fact(HEAD + s, printed)["indicator"]
    assert got == name
    assert got.count('"') % 2 == 0 and got.count("'") % 2 == 0
