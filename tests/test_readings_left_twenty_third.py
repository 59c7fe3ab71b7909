"""Readings left open by earlier passes over the texts (a twenty-third pass).

Verbatim, from the national work reports of 2011, 2013 and 2014 and from the Wuhou 2023 H1 excerpt: a part after 其中
named by its noun only is a part of what was done to its total (added, registered, started), as the total's name prints
it before or after its noun: 新增公路63.9万公里，其中高速公路3.3万公里 counts new expressways, not the expressway
network; 新登记市场主体…，其中企业6420户 counts newly registered enterprises.
Verbatim, from the national work report of 2010: an amount named only by its payer (中央财政拟安排3185亿元) after a
clause that raises an input (进一步增加社会保障投入) is the payer's part of that input (中央财政社会保障投入).
"""

from __future__ import annotations

import pytest
from _sentences import fact

NATIONAL_2011_ROADS = ("基础设施建设明显加快，五年建成铁路新线1.6万公里，新增公路63.9万公里，其中高速公路3.3万公里，新建、改扩建"
                       "机场33个，新建和加固堤防1.7万公里。")
NATIONAL_2011_POWER = "大力发展清洁能源，新增发电装机容量4.45亿千瓦，其中水电9601万千瓦、核电384万千瓦。"
NATIONAL_2014_HOUSING = ("以全体人民住有所居为目标，坚持分类指导、分步实施、分级负责，加大保障性安居工程建设力度，今年新开工700万套以上，"
                         "其中各类棚户区470万套以上，加强配套设施建设。")
NATIONAL_2010_INPUT = "各级政府要进一步增加社会保障投入，中央财政拟安排3185亿元。"
WUHOU_2023_H1_FIRMS = "新登记市场主体1.85万户，同比增长21.3%，其中企业6420户。"


@pytest.mark.parametrize(("sentence", "raw", "indicator"), [
    (NATIONAL_2011_ROADS, "3.3万公里", "新增高速公路"),
    (NATIONAL_2011_POWER, "9601万千瓦", "新增水电装机容量"),
    (NATIONAL_2011_POWER, "384万千瓦", "新增核电装机容量"),
    (NATIONAL_2014_HOUSING, "470万套", "新开工各类棚户区"),
    (WUHOU_2023_H1_FIRMS, "6420户", "新登记企业"),
])
def test_a_part_is_named_by_what_was_done_to_its_total(sentence, raw, indicator):
    f = fact(sentence, raw)
    assert (f["indicator"], f["measure"], f["relation"]) == (indicator, "level", "part")


def test_a_part_naming_a_doing_of_its_own_keeps_its_name():
    # Tianhe 2021 Q1: the part prints 新登记 itself
    f = fact("一季度新登记市场主体1.87万户,同比增长45.2%;其中新登记企业1.12万户,增长38.6%。", "1.12万户")
    assert f["indicator"] == "新登记企业"


def test_an_amount_named_by_its_payer_is_the_input_its_clause_raises():
    f = fact(NATIONAL_2010_INPUT, "3185亿元")
    assert (f["indicator"], f["measure"], f["status"], f["unit"]) == ("中央财政社会保障投入", "level", "target", "元")
