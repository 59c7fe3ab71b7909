"""The name of a rank printed with the assessment it is ranked in (在全市营商环境评价中排名第三): the assessment,
without the run of years, the group and 中 — on verbatim sentences of real reports."""

from __future__ import annotations

import pytest
from _sentences import fact


@pytest.mark.parametrize(("text", "printed", "name", "group"), [
    # the bundled report (dongcheng_2020_h1)
    ("企业服务及时高效。连续两年在全市营商环境评价中排名第三,“人人都是营商环境”的氛围日益浓厚。", "第三", "营商环境评价", "全市"),
    # yongning_2020_h1_budget: a rank of the figure's rate among the county's districts is named by the rate
    ("2020年1-6月全城区组织财政收入累计完成146845万元,比上年同期144987万元增收1858万元,增长1.28%(增幅在全市16县区中排名第五),"
     "完成年初预算245800万元的59.74%", "第五", "组织财政收入增幅", "全市16县区"),
])
def test_a_rank_in_an_assessment_is_named_by_it(text, printed, name, group):
    got = fact(text, printed)
    assert (got["measure"], got["indicator"], got["comparator"]) == ("rank", name, group)
