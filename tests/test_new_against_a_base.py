"""新增 right after a base (较去年同期新增7家, 比上年新增305家) states a change of the count before it, as 增加 and 净增
do; 新增 heading a noun (新增就业岗位, 新增市场主体) stays a count of new things. Sentences written in the form of
county industry releases (regression fixtures, not real text)."""

from __future__ import annotations

import pytest
from _copy_forms import fact_at, read


@pytest.mark.parametrize(("text", "printed", "name", "base"), [
    ("全县规上工业企业达到86家，较去年同期新增7家。", "7家", "规上工业企业", "去年同期"),
    ("全区国家级高新技术企业达到2318家,比上年新增305家。", "305家", "国家级高新技术企业", "上年"),
])
def test_new_after_a_base_is_a_change(text, printed, name, base):
    f = fact_at(read(text), text, printed)
    assert (f["indicator"], f["measure"], f["comparator"]) == (name, "abs_change", base)


def test_new_heading_a_noun_is_a_count_of_new_things():
    text = "上半年新增市场主体1234户，同比增长5%。"
    f = fact_at(read(text), text, "1234户")
    assert (f["indicator"], f["measure"]) == ("新增市场主体", "level")
