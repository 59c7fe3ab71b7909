"""A comparator marker stands on the bar of the figure compared, not on a bar of another scope of the same value."""

from __future__ import annotations

import matplotlib.pyplot as plt
from _real_tables import excerpt_table

from dhcheng_analysis import plots


def test_city_average_marker_is_not_on_the_counties_bar():
    # puyang_m3_budget_table (a monthly budget report): 全市一般公共预算收入…累计完成234267万元,下降10.9%。…收入增幅高于
    # 省辖市平均增幅3.7个百分点; its table of places gives 县级 −10.9 % too: the marker is the city's alone
    yoy = excerpt_table("puyang_m3_budget_table", "yoy")
    comparisons = excerpt_table("puyang_m3_budget_table", "comparisons")
    ax = plots.plot_yoy_changes(yoy, comparators=comparisons)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    marked = [labels[int(round(y))] for o in ax.collections if o.get_gid() == "comparator-marker"
              for _, y in o.get_offsets().tolist()]
    plt.close(ax.figure)
    assert sorted(marked) == ["一般公共预算支出", "一般公共预算收入"]
