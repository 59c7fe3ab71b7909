"""A modal before the verb of an outcome (可完成, 可实现, 能完成, 能实现) is no part of the name after it.

An estimate of the year's outcome is printed as 预计全年可完成一般公共预算收入30亿元: the name is the quantity, as it
is after 将完成 (预计全年将完成税收收入12亿元 → 税收收入), and the status stays `estimate`. Names that start with
可 or 能 themselves (可再生能源…, 能源消费总量) keep it, and so does 可以 in a clause with 的 that says what the
things counted can do (可以建设完工的建设项目). No text at hand prints the modal before such a verb; the
sentences are written in the form district reports use for the estimates of the year, and are no verbatim quotation.
"""

from __future__ import annotations

import pytest
from _sentences import fact


@pytest.mark.parametrize(("text", "printed", "name"), [
    ("预计全年可完成一般公共预算收入30亿元。", "30亿元", "一般公共预算收入"),
    ("预计全年可实现地区生产总值300亿元，增长5%。", "300亿元", "地区生产总值"),
    ("预计全年可实现地区生产总值300亿元，增长5%。", "5%", "地区生产总值"),
    ("预计全年能实现社会消费品零售总额80亿元。", "80亿元", "社会消费品零售总额"),
])
def test_modal_before_outcome_verb_is_no_part_of_the_name(text, printed, name):
    f = fact(text, printed)
    assert (f["indicator"], f["status"]) == (name, "estimate")


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 2022
    ("可再生能源发电装机规模突破10亿千瓦。", "10亿千瓦", "可再生能源发电装机规模"),
    # written
    ("能源消费总量控制在500万吨标准煤以内。", "500万吨", "能源消费总量"),
])
def test_names_starting_with_the_modal_keep_it(text, printed, name):
    assert fact(text, printed)["indicator"] == name


def test_can_in_a_clause_of_the_things_counted_stays():
    # national work report 1958
    text = "这些建设项目，在今年内可以建设完工的有二十七个。"
    assert fact(text, "二十七个")["indicator"] == "可以建设完工的建设项目"
