"""Names of counts left wrong by earlier readings of the national work reports.

Verbatim: the firms of the 2003 report that swap their debts for equity and the grain provinces of the 2017 report in
which counties are chosen: a verb after the noun counted (实施, 选择) ends the noun, and the count is named by the
units and what they do, as 116户国有企业实施政策性关闭破产 of the 2006 report is; 实施 closed by 的 stays inside the
noun it modifies (165项国务院部门及其指定地方实施的审批事项, 2017). No text at hand prints another count before a noun
and 实施 or 选择.
"""

from __future__ import annotations

import pytest
from _sentences import fact

# -- a verb after the noun counted ends it; closed by 的, it modifies the noun --------------------------------------

DEBT_SWAP_2003 = "结合国有商业银行集中处理不良资产的改革，成立四家金融资产管理公司，确定对符合条件的580户国有大中型企业实施债权转股权。"
GRAIN_PROVINCES_2017 = ("今年在13个粮食主产省选择部分县市，对适度规模经营农户实施大灾保险，调整部分财政救灾资金予以支持，提高保险覆盖面和"
                        "理赔标准，完善农业再保险体系，以持续稳健的农业保险助力现代农业发展。")
APPROVALS_2017 = ("在提前完成本届政府减少行政审批事项三分之一目标的基础上，去年又取消165项国务院部门及其指定地方实施的审批事项，"
                  "清理规范192项审批中介服务事项、220项\u200b职业资格许可认定事项。")
BANKRUPTCIES_2006 = "中央财政安排219亿元支持116户国有企业实施政策性关闭破产，企业分离办社会职能工作继续进行。"


@pytest.mark.parametrize(("text", "printed", "name", "unit"), [
    (DEBT_SWAP_2003, "580户", "实施债权转股权的国有大中型企业", "户"),
    (GRAIN_PROVINCES_2017, "13个", "选择部分县市的粮食主产省", "个"),
    (BANKRUPTCIES_2006, "116户", "实施政策性关闭破产的国有企业", "户"),
])
def test_a_verb_after_the_noun_counted_ends_it(text, printed, name, unit):
    got = fact(text, printed)
    assert (got["indicator"], got["measure"], got["unit"]) == (name, "level", unit)


def test_a_verb_closed_by_de_stays_inside_the_noun_counted():
    assert fact(APPROVALS_2017, "165")["indicator"] == "取消国务院部门及其指定地方实施的审批事项"
