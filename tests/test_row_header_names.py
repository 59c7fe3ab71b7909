"""Names of figures read as the row headers of a district table, on verbatim sentences of the real excerpts.

A list a verb brings to a count (调整区级服务包企业名单至651家) counts its members: the document word 名单, 清单,
名录 or 目录 is no part of the name. A state the work reaches (并实现“场清地净”) is no part of what is measured, and
a work verb that is all the name of an area (拆除, 造林, 腾退 before 万平方米, 亩, 公顷) names the area of the work
(拆除面积, 造林面积). An amount bound that sets the size class of the things counted (投资资金1000万元以上企业、项目)
is no quantity of theirs, so a quantity after the count (涉及资金超38亿元) is still theirs. A verb of no content
(开展, 进行) heading the work counted is no part of its name (开展各类重点人员数据核查超17万人次 → 各类重点人员数据核查),
while the things that do the work keep it (开展职业技能培训的企业). The whole of a progress (整体进度, 总体进度) is
the work's progress: 整体 is no part of the work's name. Each sentence is copied from the report named in the
comment above it, or says that it is written.
"""

from __future__ import annotations

import pytest
from _sentences import fact

# dongcheng_2025_h1
S_DONGCHENG_2025 = ("精准高效服务企业,动态调整区级服务包企业名单至651家,落地注册资本金、投资资金1000万元以上企业、项目17个,"
                    "涉及资金超38亿元。")
# chaoyang_2024_h1
S_CHAOYANG_2024 = ("基本无违法建设区创建成效不断巩固,上半年拆除并实现“场清地净”133.9万平方米,腾退土地空间87.3万平方米,"
                   "分别完成全年任务的54.7%、54.6%。")


@pytest.mark.parametrize(("text", "printed", "name"), [
    (S_DONGCHENG_2025, "651家", "区级服务包企业"),
    # dongcheng_2023_h1
    ("扩充重点服务企业名单至500家,为246家“服务包”企业一对一匹配区领导。", "500家", "重点服务企业"),
])
def test_a_list_brought_to_a_count_counts_its_members(text, printed, name):
    assert fact(text, printed)["indicator"] == name


def test_a_quantity_after_a_size_class_count_is_of_the_things_counted():
    got = fact(S_DONGCHENG_2025, "38亿元")
    assert (got["indicator"], got["qualifier"]) == ("落地注册资本金、投资资金1000万元以上企业、项目资金", "over")


@pytest.mark.parametrize(("text", "printed", "name"), [
    (S_CHAOYANG_2024, "133.9万平方米", "拆除面积"),
    (S_CHAOYANG_2024, "54.7%", "拆除面积"),
    (S_CHAOYANG_2024, "87.3万平方米", "腾退土地空间"),
    # national work report 2011
    ("推进林业重点生态工程建设，完成造林2529万公顷。", "2529万公顷", "造林面积"),
    # written: the removal with its object printed keeps the object
    ("上半年拆除违法建设并实现“场清地净”133.9万平方米。", "133.9万平方米", "拆除违法建设"),
])
def test_a_work_verb_naming_an_area_names_the_area_of_the_work(text, printed, name):
    got = fact(text, printed)
    assert got["indicator"] == name
    assert "subject_carried" not in got["flags"]


@pytest.mark.parametrize(("text", "printed", "name"), [
    # xiasha_qt_2022_street_h1
    ("上半年,累计开展各类重点人员数据核查超17万人次,占全区36%;", "17万人次", "各类重点人员数据核查"),
    ("上半年,累计开展各类重点人员数据核查超17万人次,占全区36%;", "36%", "各类重点人员数据核查"),
    # written, in the form of district mid-year reports
    ("扎实开展安全生产专项整治三年行动,开展执法检查3260家次,整改隐患5800余项。", "3260家次", "执法检查"),
    ("深入开展背街小巷环境整治,上半年完成整治提升316条,占年度任务的63.2%。", "316条", "背街小巷环境整治"),
])
def test_a_verb_of_no_content_heading_the_work_counted_is_no_part_of_its_name(text, printed, name):
    assert fact(text, printed)["indicator"] == name


@pytest.mark.parametrize(("text", "printed", "name"), [
    # dongcheng_2020_h1 (the bundled report)
    ("精准帮扶受疫情影响严重的中小微企业“以训稳岗”,指导2299家企业开展职业技能培训,涉及企业职工52526人,"
     "累计发放补贴金额1769.61万元。", "2299家", "开展职业技能培训的企业"),
    # national work report 2014
    ("28个省份开展大病医疗保险试点。", "28", "开展大病医疗保险试点的省份"),
])
def test_the_things_that_do_the_work_keep_its_verb(text, printed, name):
    assert fact(text, printed)["indicator"] == name


@pytest.mark.parametrize(("text", "name"), [
    # beijing_2017_h1
    ("上半年“疏解整治促提升”专项行动整体进度达到60%左右。", "“疏解整治促提升”专项行动"),
    # written: the same with 总体
    ("上半年“疏解整治促提升”专项行动总体进度达到60%左右。", "“疏解整治促提升”专项行动"),
])
def test_the_whole_of_a_progress_is_no_part_of_the_work_name(text, name):
    got = fact(text, "60%")
    assert (got["indicator"], got["measure"], got["qualifier"]) == (name, "completion_pct", "about")
