"""A figure whose own clause names nothing takes the name of the first clause of its sentence that names a thing: a
clause naming the set a part is taken of (在…成套设备中) gives way to the clause after it naming the part, and a
clause that only comments (最显著的是) names nothing; the set names the figure when no clause after it names a part.
"""

from __future__ import annotations

from _sentences import facts


def test_the_part_named_after_its_set_names_the_shares():
    # shared/corpus/national_work_reports/1958.txt
    f = facts("最显著的是，在苏联帮助设计的“一五六项”建设工程所需要的成套设备中，由国内制造的部分，将由一九五七年的百分之四十二左右，"
              "提高到百分之六十左右。")
    assert [(r.indicator, r.value, r.period) for r in f.itertuples()] == [
        ("国内制造的部分", 42.0, "一九五七年"), ("国内制造的部分", 60.0, "")]

