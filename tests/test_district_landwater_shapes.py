"""Figures of the water resources bulletin (水资源公报), the water affairs work report (水务工作报告) and the report on
natural resources and planning (自然资源和规划工作报告), as district and county offices print them.

They print how much rain fell (降水量X毫米) against the long-run average (比多年平均偏多X%, 较常年偏少X%), the water
resources and the water used in all (用水总量X亿立方米) and by use (生活、工业、农业、生态环境用水, with 分别), water per
unit of output (万元地区生产总值用水量, 万元工业增加值用水量), the share of sections and sources meeting their quality
standard (水质达标率), the share of sewage treated (污水处理率), the land supplied for building by use (供应国有建设用地
X公顷, 其中工矿仓储用地…), the farmland kept (耕地保有量, 永久基本农田), the land approved but unsupplied or idle and
what was done with it (批而未供, 闲置土地, 处置率) and the real estate registrations handled (不动产登记X件).

The rules: 偏多, 偏少, 偏高 and 偏低 after a base (比多年平均偏多15.3%) say the figure is more or less than the base, the
偏 no part of the base's name (多年平均, 常年); 较多年平均 is 较 and a base (多年平均), not 较多 (rather many); a base's
平均 keeps its 均 (no 均 meaning "all" cut off it). The words a list of uses shares after its last item (生活、工业、
农业用水; 批而未供土地、闲置土地处置率; 城镇、农村生活污水处理率; 工业、住宅用地) name every item. The whole of a
share named 用水总量 keeps its 总量 (占用水总量的22%: of the total water use, not of 用水). A daily amount per person in
litres (142升/日) is a unit of its own. 占用 before land
(违法占用耕地, 占用林地) is the verb occupying it, not the 占 of a share and its whole. The concepts the kind prints
have glossary keys.

Sentences written in the form of district reports, not real, are marked as regression fixtures; the real ones
are quoted with the file they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact

HEAD = "一、2023年全区水资源情况\n"


# -- 偏多 / 偏少 against a base ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "measure", "value", "base"), [
    # regression fixture in the form of a district water resources bulletin (not real), modelled on the national
    # reports' 单位国内生产总值能耗、水耗均下降20%以上 (a water figure against a base;
    # /work/shared/corpus/national_work_reports/2018.txt)
    ("2023年全区平均降水量612.4毫米，比多年平均偏多15.3%，比上年偏少8.2%。", "15.3%", "change_pct", 15.3,
     "多年平均"),
    # regression fixture, a variant (not real): 较 before 多年 is 较 and the base, not 较多
    ("全区年降水量586毫米，较多年平均值偏少6.4%。", "6.4%", "change_pct", -6.4, "多年平均值"),
    # regression fixture, a variant (not real): the 均 of 平均 is no adverb cut off the base
    ("全区年降水量586毫米，较多年平均偏少6.4%。", "6.4%", "change_pct", -6.4, "多年平均"),
    # regression fixture, a variant (not real): 常年 as the base
    ("全区年平均降水量为702.3毫米，比常年偏多21.5%。", "21.5%", "change_pct", 21.5, "常年"),
    # regression fixture, a variant (not real): 偏高 and a temperature in degrees
    ("全区年平均气温13.5℃，较常年偏高0.8℃。", "0.8℃", "abs_change", 0.8, "常年"),
])
def test_more_or_less_than_a_base(s, printed, measure, value, base):
    f = fact(HEAD + s, printed)
    assert (f["measure"], f["value"], f["comparator"]) == (measure, value, base)


def test_less_than_last_year_stays_a_yearly_change():
    # regression fixture, a variant (not real): 比上年偏少 is a change against last year
    f = fact(HEAD + "2023年全区平均降水量612.4毫米，比多年平均偏多15.3%，比上年偏少8.2%。", "8.2%")
    assert (f["indicator_key"], f["measure"], f["value"], f["comparator"]) == ("precipitation", "yoy_pct", -8.2,
                                                                                 "上年")


# -- a list of uses shares the words after its last item --------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district water resources bulletin (not real), modelled on the national
    # reports' 单位国内生产总值用水量、能耗、二氧化碳排放量分别下降23%、15%、18% (2016.txt)
    ("生活、工业、农业、生态环境用水分别占用水总量的47.5%、14.8%、17.4%和20.3%。", "14.8%", "工业用水"),
    # regression fixture, a variant (not real)
    ("生活、工业、农业、生态环境用水分别占用水总量的47.5%、14.8%、17.4%和20.3%。", "47.5%", "生活用水"),
    # regression fixture, a variant (not real): 用水量 shared, 和 before the last item
    ("农业、工业、生活和生态用水量分别为0.86亿立方米、0.32亿立方米、0.38亿立方米和0.06亿立方米。", "0.86亿立方米",
     "农业用水量"),
    # regression fixture in the form of a district report on natural resources (not real), modelled on
    # 经营性土地供应完成年初计划的72.3% (/work/shared/gold/real/texts/beijing_2017_h1.txt): a rate of disposing
    ("批而未供土地、闲置土地处置率分别达到68.5%和92%。", "68.5%", "批而未供土地处置率"),
    # regression fixture in the form of a district water affairs report (not real), modelled on the national
    # reports' 地表水优良水质断面比例提高到90.4% (2025.txt): a rate of treating
    ("城镇、农村生活污水处理率分别达到97.5%和65%。", "97.5%", "城镇生活污水处理率"),
    # regression fixture in the form of a district report on natural resources (not real), modelled on
    # 新增土地供应4586亩 (/work/shared/gold/real/texts/haishu_nb_2023_gwr.txt): land by use
    ("全年供应工业、住宅用地分别为152.3公顷和108.2公顷。", "108.2公顷", "住宅用地"),
])
def test_list_of_uses_shares_its_head(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district report on natural resources (not real), modelled on
    # 腾出土地1.3万亩 (/work/shared/gold/real/texts/chengyang_qd_2022_bulletin.txt) and 新增土地供应4586亩
    # (/work/shared/gold/real/texts/haishu_nb_2023_gwr.txt): an item naming land of its own
    ("全年收储土地、供应建设用地分别为3200亩和2800亩。", "3200亩", "收储土地"),
    # regression fixture, a variant (not real): land revived and land approved but unsupplied
    ("全年盘活存量土地、消化批而未供用地分别为1500亩和900亩。", "1500亩", "盘活存量土地"),
    # regression fixture, a variant (not real): a quota of land
    ("新增建设用地指标、节约集约用地分别为1200亩和300亩。", "1200亩", "新增建设用地指标"),
])
def test_item_naming_land_takes_no_shared_land(s, printed, name):
    """An item already naming land (土地, 用地, 农田, 指标) keeps its name before a list's shared 用地."""
    assert fact(HEAD + s, printed)["indicator"] == name


@pytest.mark.parametrize(("s", "printed", "key"), [
    # regression fixture, a variant (not real): each use of water has its key
    ("生活、工业、农业、生态环境用水分别占用水总量的47.5%、14.8%、17.4%和20.3%。", "20.3%", "ecological_water_use"),
    # regression fixture, a variant (not real)
    ("农业、工业、生活和生态用水量分别为0.86亿立方米、0.32亿立方米、0.38亿立方米和0.06亿立方米。", "0.32亿立方米",
     "industrial_water_use"),
])
def test_uses_of_water_keyed(s, printed, key):
    assert fact(HEAD + s, printed)["indicator_key"] == key


# -- the whole of a share ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "whole"), [
    # regression fixture in the form of a district water resources bulletin (not real), modelled on the national
    # reports' 单位国内生产总值用水量…分别下降23% (2016.txt)
    ("全区再生水利用量达到0.52亿立方米，占用水总量的22%。", "22%", "再生水利用量", "用水总量"),
    # regression fixture, a variant (not real): a list's shares of the total
    ("生活、工业、农业、生态环境用水分别占用水总量的47.5%、14.8%、17.4%和20.3%。", "17.4%", "农业用水", "用水总量"),
])
def test_share_of_total_water_use(s, printed, name, whole):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["measure"], f["comparator"]) == (name, "rate_pct", whole)


# -- 占用 (occupies) is no share's 占 -------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "whole"), [
    # regression fixture in the form of a district report on natural resources (not real), modelled on the national
    # reports' 粮食减产较多，违法违规占用耕地现象比较突出 (2004.txt)
    ("卫片执法违法占用耕地比例为2.1%，低于3%的考核要求。", "2.1%", "卫片执法违法占用耕地比例", ""),
    # regression fixture, a variant (not real): a share whose part occupies farmland, its whole after the share's 占
    ("新增建设用地占用耕地面积占新增建设用地总面积的35.6%。", "35.6%", "新增建设用地占用耕地面积", "新增建设用地总面积"),
])
def test_occupying_land_is_no_share(s, printed, name, whole):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["measure"], f["comparator"]) == (name, "rate_pct", whole)


# -- litres a day -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("printed", "name", "value"), [
    # regression fixture in the form of a district water resources bulletin (not real), modelled on the national
    # reports' 提高6000万农村人口供水保障水平 (water per person; 2019.txt)
    ("142升/日", "城镇人均生活用水量", 142.0),
    # regression fixture, a variant (not real): the second member
    ("86升/日", "农村人均生活用水量", 86.0),
])
def test_litres_a_day(printed, name, value):
    f = fact(HEAD + "全区城镇人均生活用水量为142升/日，农村人均生活用水量为86升/日。", printed)
    assert (f["indicator"], f["value"], f["unit"], f["raw_unit"]) == (name, value, "升/日", "升/日")


# -- keys of the concepts the kind prints ---------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "key"), [
    # regression fixture in the form of a district water resources bulletin (not real), modelled on the national
    # reports' 单位国内生产总值能耗、水耗均下降20%以上 (2018.txt)
    ("全区用水总量2.36亿立方米，较上年增加0.08亿立方米。", "2.36亿立方米", "total_water_use"),
    # regression fixture, a variant (not real)
    ("全区总用水量1.62亿立方米，其中农业用水0.86亿立方米。", "1.62亿立方米", "total_water_use"),
    # regression fixture, a variant (not real)
    ("全区水资源总量为1.85亿立方米，比上年减少12.6%，其中地表水资源量0.72亿立方米，地下水资源量1.31亿立方米。",
     "1.85亿立方米", "total_water_resources"),
    # regression fixture, a variant (not real)
    ("全区万元地区生产总值用水量为8.6立方米，比上年下降4.5%；万元工业增加值用水量为5.2立方米，比上年下降6.1%。",
     "6.1%", "industrial_water_intensity"),
    # regression fixture, a variant (not real)
    ("农田灌溉水有效利用系数达到0.751，较上年提高0.003。", "0.751", "irrigation_water_efficiency"),
    # regression fixture in the form of a district water affairs report (not real), modelled on the national
    # reports' 地表水优良水质断面比例提高到90.4% (2025.txt)
    ("全区地表水考核断面水质达标率为100%，集中式饮用水水源地水质达标率保持100%。", "100%",
     "surface_water_section_compliance"),
    # regression fixture, a variant (not real)
    ("城市污水处理率达到97.5%，较上年提高0.8个百分点；农村生活污水处理率达到65%。", "97.5%",
     "urban_sewage_treatment_rate"),
    # regression fixture, a variant (not real)
    ("全区公共供水管网漏损率控制在8.9%以内，较上年下降0.6个百分点。", "8.9%", "water_network_leakage_rate"),
    # regression fixture in the form of a district report on natural resources (not real), modelled on
    # 新增土地供应4586亩 (/work/shared/gold/real/texts/haishu_nb_2023_gwr.txt)
    ("全年供应国有建设用地386.5公顷，同比增长12.4%，完成年度计划的103.2%。", "386.5公顷",
     "construction_land_supplied"),
    # regression fixture, a variant (not real)
    ("全年消化批而未供土地2150亩，完成省下达任务的126.5%；处置闲置土地860亩，完成任务的108%。", "860亩",
     "idle_land_disposed"),
    # regression fixture, a variant (not real)
    ("截至2023年底，全区批而未供土地5600亩，较上年末减少27.7%。", "5600亩", "approved_unsupplied_land"),
    # regression fixture, a variant (not real): the rate of disposing of the land approved but unsupplied, named by
    # the list's shared head though 批而未供土地 is a concept of its own
    ("批而未供土地、闲置土地处置率分别达到68.5%和92%。", "68.5%", "approved_unsupplied_land_disposal_rate"),
    # regression fixture, a variant (not real)
    ("批而未供土地、闲置土地处置率分别达到68.5%和92%。", "92%", "idle_land_disposal_rate"),
    # regression fixture in the form of a district report on natural resources (not real), modelled on the national
    # reports' 推出优化不动产登记、车辆检测等便民举措 (2022.txt)
    ("全年办理不动产登记业务8.56万件，同比增长6.8%，其中首次登记1.2万件。", "8.56万件",
     "real_estate_registrations"),
])
def test_landwater_concepts_keyed(s, printed, key):
    assert fact(HEAD + s, printed)["indicator_key"] == key
