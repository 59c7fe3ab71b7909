"""Names of counts and sizes left wrong by earlier readings of the reports.

Verbatim: the firms of the 2003 report that swap their debts for equity, the grain provinces of the 2017 report in
which counties are chosen and the industries of the 2015 report whose yearly task of closing capacity is done: a verb
after the noun counted (实施, 选择, 淘汰) ends the noun, and the count is named by the units and what they do, as
116户国有企业实施政策性关闭破产 of the 2006 report is; 实施 closed by 的 stays inside the noun it modifies
(165项国务院部门及其指定地方实施的审批事项, 2017). No text at hand prints another count before a noun and 实施, 选择
or 淘汰.

Verbatim: the works of the Dongzhimen hub of dongcheng_2024_h1 (tests/gold/real/texts), an area before 工程 after the
owner of the works: the size of the owner's works, no count of works. No other text at hand prints an area or a
length before 工程 or 项目.

Verbatim: the counties of the 2007 report where the two basics are fought for, a note in brackets inside the noun
counted; the cities of the 2017 report, counted before a note that closes what of theirs changes. No other text at
hand prints a note in brackets inside the noun after a count (县（市、区）: the kinds of the noun).

Verbatim: the diseases of the 2013 report whose cover is piloted, the pilot work on the things counted after their
noun. No other text at hand prints 试点工作 after a count.
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
CAPACITY_2015 = "同时，继续化解过剩产能，钢铁、水泥等15个重点行业淘汰落后产能年度任务如期完成。"
BANKRUPTCIES_2006 = "中央财政安排219亿元支持116户国有企业实施政策性关闭破产，企业分离办社会职能工作继续进行。"


@pytest.mark.parametrize(("text", "printed", "name", "unit"), [
    (DEBT_SWAP_2003, "580户", "实施债权转股权的国有大中型企业", "户"),
    (GRAIN_PROVINCES_2017, "13个", "选择部分县市的粮食主产省", "个"),
    (CAPACITY_2015, "15个", "钢铁、水泥等淘汰落后产能年度任务如期完成的重点行业", "个"),
    (BANKRUPTCIES_2006, "116户", "实施政策性关闭破产的国有企业", "户"),
])
def test_a_verb_after_the_noun_counted_ends_it(text, printed, name, unit):
    got = fact(text, printed)
    assert (got["indicator"], got["measure"], got["unit"]) == (name, "level", unit)


def test_a_verb_closed_by_de_stays_inside_the_noun_counted():
    assert fact(APPROVALS_2017, "165")["indicator"] == "取消国务院部门及其指定地方实施的审批事项"


# -- an area before a work after its owner is the size of the owner's works ---------------------------------------

HUB_WORKS_2024 = ("市区重点工程项目加快建设,永外地区望坛110千伏输变电工程竣工,望坛项目第二批7栋回迁楼5月底回迁入住;宝华里项目回迁楼全面"
                  "开工;东直门交通枢纽近60万平方米工程完成竣")


def test_an_area_before_a_work_is_the_size_of_its_owners_works():
    got = fact(HUB_WORKS_2024, "60万平方米")
    assert (got["indicator"], got["measure"], got["value"], got["unit"], got["qualifier"], got["flags"]) == (
        "东直门交通枢纽工程", "level", 600000.0, "平方米", "nearly", "")


# -- a note in brackets inside the noun counted is no end of it ------------------------------------------------------

TWO_BASICS_2007 = ("410个“两基”（基本普及九年义务教育和基本扫除青壮年文盲）攻坚县已有317个县实现目标，西部地区“两基”人口覆盖率由"
                   "2003年的77%提高到96%。")
PM_CITIES_2017 = "强化大气污染治理，二氧化硫、氮氧化物排放量分别下降5.6%和4%，74个重点城市细颗粒物（PM\n2.5\n）年均浓度下降9.1%。"


def test_a_note_in_brackets_inside_the_noun_counted_is_skipped():
    got = fact(TWO_BASICS_2007, "410个")
    assert (got["indicator"], got["measure"], got["unit"], got["flags"]) == ("“两基”攻坚县", "level", "个", "")
    assert fact(TWO_BASICS_2007, "317个")["indicator"] == "实现目标的县"
    assert fact(PM_CITIES_2017, "74个")["indicator"] == "重点城市"


# -- the pilot work on the things counted is no part of their noun ---------------------------------------------------

DISEASES_2013 = "健全全民医保体系，建立重特大疾病保障和救助机制，全面开展儿童白血病等20种重大疾病保障试点工作。"


def test_the_pilot_work_on_the_things_counted_is_no_part_of_them():
    got = fact(DISEASES_2013, "20种")
    assert (got["indicator"], got["measure"], got["unit"]) == ("重大疾病", "level", "种")
