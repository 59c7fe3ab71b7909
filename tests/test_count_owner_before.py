"""A count printed after the project, area or district that owns what it counts is named with that owner.

``城市副中心255个重大工程积极推进`` counts the new town's major works, not every major work: a project, area or
district name (项目, 副中心, 区域, a district) that alone opens the count's clause goes before the counted noun,
with its batch (第二批). A clause opening with a verb, a time, a list or the report's own area names no owner.
Each sentence is copied from the report its comment names, unless the comment says it is written.
"""

from __future__ import annotations

import pytest
from _sentences import fact


@pytest.mark.parametrize(("text", "printed", "name"), [
    # real excerpt beijing_2017_h1 (tests/gold/real/texts)
    ("城市副中心255个重大工程积极推进,行政办公区一期工程二次结构加快施工。", "255", "城市副中心重大工程"),
    # real excerpt dongcheng_2024_h1: the batch is kept, it says which buildings
    ("市区重点工程项目加快建设,永外地区望坛110千伏输变电工程竣工,望坛项目第二批7栋回迁楼5月底回迁入住;"
     "宝华里项目回迁楼全面开工。", "7", "回迁入住的望坛项目第二批回迁楼"),
    # data/dongcheng_2020_h1
    ("豆各庄项目695套安置房实现开工建设,两站一街、西河沿、定福家园A组团等项目按计划复工并有序推进。", "695",
     "实现开工建设的豆各庄项目安置房"),
])
def test_the_owner_before_a_count_names_what_it_counts(text, printed, name):
    assert fact(text, printed)["indicator"] == name


@pytest.mark.parametrize(("text", "printed", "name"), [
    # data/dongcheng_2020_h1: the count is of both areas listed, neither owns it alone
    ("力争年内启动三眼井区域、西草市区域2个申请式退租项目。", "2", "申请式退租项目"),
    # data/dongcheng_2020_h1: the district closes a list of projects
    ("推进豆各庄、两站一街、西河沿回迁、石佛营、顺义区1万套安置房项目有序施工。", "1万", "有序施工的安置房项目"),
    # data/dongcheng_2020_h1: a verb opens the clause
    ("设立专项纾困资金,对疫情期间驻区银企新增贷款进行贴息,直接降低企业融资成本,首批拨付12家企业230余万元。", "12",
     "企业"),
    # written: a kind of the things counted opens the clause, no owner of them
    ("续建项目5个项目全面复工。", "5", "全面复工的项目"),
])
def test_a_verb_or_a_list_before_a_count_names_no_owner(text, printed, name):
    assert fact(text, printed)["indicator"] == name
