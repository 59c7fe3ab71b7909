"""Names, measures and periods of figures in the national work reports of 1989–2006, on verbatim sentences.

Each sentence is copied from the report of ``/work/shared/corpus/national_work_reports`` named in the comment
above it; each test states the name, measure, unit or period of one figure of it.
"""

from __future__ import annotations

import pytest
from _sentences import fact

# -- a count of cities, firms or levels before 的 and the work on them counts the units ------------------

@pytest.mark.parametrize(("text", "printed", "name"), [
    # 1997
    ("医疗保障制度改革重点抓好５０多个城市的试点工作。", "５０多个", "城市"),
    ("搞好航空、石油化工、有色金属三个国家控股公司的试点，并对电力、冶金等工业的管理体制进行改革。", "三个",
     "国家控股公司"),
    ("要按照邓小平同志关于科学技术是第一生产力的思想，继续坚持面向经济建设主战场的方针，抓好技术开发和应用、高新技术"
     "及其产业、基础性科学研究三个层次的工作，促进经济增长方式的转变。", "三个", "层次"),
])
def test_count_of_units_before_the_work_on_them(text, printed, name):
    assert fact(text, printed)["indicator"] == name
