"""Figures of the farm machinery, seeds and agricultural technology reports (农机, 种业, 农技推广, 植保) of districts
and counties, as agriculture bureaus print them.

An agriculture bureau prints the power of the farm machinery (农机总动力X万千瓦) and the machines owned (拖拉机保有量X台,
联合收割机X台), the mechanisation rate of the main crops (主要农作物耕种收综合机械化率X%, by crop in a 分别 list), the
purchase subsidies (农机购置补贴资金X万元, the machines and households they reached); the seeds (良种覆盖率X%, 制种面积X万亩,
种子产量); the extension of varieties and techniques (推广新品种X个、新技术X项, 示范面积X万亩, 科技示范户, 农技人员); plant
protection (统防统治覆盖率, 绿色防控覆盖率) and the use of fertilizer and pesticide (化肥、农药使用量分别减少X%和X%), the
high-standard farmland built (新建高标准农田X万亩). The national reports print the same words:

- 加快种业、农机等科技创新和推广应用，农作物耕种收综合机械化率从67%提高到73%。 (national_work_reports/2023.txt)
- 新建高标准农田4.56亿亩。 (national_work_reports/2023.txt)
- 其中粮食直补、农资综合补贴、良种补贴、农机具购置补贴资金达1030亿元，比上年增长一倍。 (national_work_reports/2009.txt)
- 农机具购置补贴覆盖到全国所有农牧业县（场），中央财政拟安排资金130亿元，比上年增加90亿元。 (national_work_reports/2009.txt)
- 机械工业，拖拉机9.75万台，内燃机2，000万马力，汽车16万辆 (national_work_reports/1980.txt): a bare 拖拉机 in a list of
  products is their output, so only the stock (拖拉机保有量) is keyed.

The rules these shapes need:

- a list of crops or inputs before one rate or amount shares it (小麦、玉米、水稻耕种收综合机械化率 → 小麦耕种收综合机械化率;
  小麦、玉米、水稻单产; 化肥、农药使用量 → 化肥使用量, not the output of fertilizer the bare 化肥 of old product lists names);
- the glossary keys the mechanisation rate as the main crops' (主要农作物…), the tractors and combine harvesters owned, the
  machinery purchase subsidies, the improved seed coverage, the seed production area, the unified and the green pest
  control coverage, the fertilizer and pesticide used, soil-testing fertilization coverage, the agricultural technology
  progress contribution, straw utilisation and farm film recovery.

Sentences written in the form of district reports, not real, are marked as regression fixtures; the real ones
are quoted with the file they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact

HEAD = "一、2023年农业农村工作情况\n"

# regression fixture in the form of a county agriculture report (not real), modelled on 农作物耕种收综合机械化率从67%提高到73%
# (/work/shared/corpus/national_work_reports/2023.txt)
MACHINERY = ("全县农机总动力、拖拉机保有量分别达到68.5万千瓦和3260台，同比分别增长2.3%和1.5%。"
             "主要农作物耕种收综合机械化率达到86.5%，比上年提高1.2个百分点，"
             "其中小麦、玉米、水稻耕种收综合机械化率分别达到98.5%、92.3%和85.6%。")
# regression fixture in the form of a county agriculture report (not real), modelled on 农机具购置补贴资金达1030亿元，
# 比上年增长一倍 (/work/shared/corpus/national_work_reports/2009.txt)
SUBSIDY = ("全年兑付农机购置补贴资金2350万元，补贴各类机具1860台（套），受益农户1520户，"
           "分别比上年增长12.5%、8.3%和6.7%。")
# regression fixture in the form of a county seed and extension report (not real), modelled on 加快种业、农机等科技创新和
# 推广应用 (/work/shared/corpus/national_work_reports/2023.txt)
SEEDS = ("全县主要农作物良种覆盖率达到98%以上，制种面积12.6万亩，同比增长8.5%。"
         "推广新品种28个、新技术15项，示范面积12万亩，农业科技进步贡献率达到65%。")
# regression fixture in the form of a county plant protection report (not real), modelled on the same paragraph
# of /work/shared/corpus/national_work_reports/2023.txt (稳定和扩大粮食播种面积…提高单产和品质)
PROTECTION = ("农作物病虫害统防统治覆盖率达到45.6%，绿色防控覆盖率达到52.3%，测土配方施肥技术覆盖率达到92%。"
              "化肥、农药使用量分别减少3.2%和4.1%，连续5年保持负增长。秸秆综合利用率达到93.5%，农膜回收率达到85%。")
# regression fixture in the form of a county report (not real), modelled on 新建高标准农田4.56亿亩
# (/work/shared/corpus/national_work_reports/2023.txt)
FARMLAND = "新建高标准农田5.2万亩，完成市下达任务的104%。"
# regression fixture in the form of a county extension report (not real), modelled on 加快种业、农机等科技创新和推广应用
# (/work/shared/corpus/national_work_reports/2023.txt)
EXTENSION = ("全年引进试验示范新品种56个，筛选推广主导品种12个、主推技术10项。"
             "建立粮食绿色高产高效示范片23个，示范面积15.6万亩。"
             "全县有基层农技推广机构18个，在编农技人员286人，培育科技示范户1200户，辐射带动农户2.4万户。")
# regression fixture in the form of a county plant protection report (not real), a variant of PROTECTION: the rate
# named with the main crops and 专业化, the two growths in points after 分别
PROTECTION_POINTS = ("主要农作物病虫害专业化统防统治覆盖率达到46%，绿色防控覆盖率达到52%，"
                     "分别比上年提高2个和3个百分点。")
# regression fixture, a variant (not real): the owner of the first rate left to be understood before the second
SEED_AND_MACHINE = "主要农作物良种覆盖率、耕种收综合机械化率分别达到98%和86.5%。"
# regression fixture, a variant (not real): the fertilizer in nutrient content against a base year
FERTILIZER = "全年化肥施用量（折纯）3.56万吨，比上年减少2.1%；农药使用量862吨，减少3.5%。"
# regression fixture, a variant (not real): the yields of crops in a list
YIELDS = "小麦、玉米、水稻单产分别为420公斤、560公斤和510公斤。"
# regression fixture, a variant (not real): the amounts of inputs in a list
INPUTS = "化肥、农药使用量分别为3.5万吨和860吨。"


@pytest.mark.parametrize(("s", "printed", "name", "key", "measure"), [
    (MACHINERY, "68.5万千瓦", "农机总动力", "agricultural_machinery_power", "level"),
    (MACHINERY, "3260台", "拖拉机保有量", "tractors_owned", "level"),
    (MACHINERY, "1.5%", "拖拉机保有量", "tractors_owned", "yoy_pct"),
    (MACHINERY, "86.5%", "主要农作物耕种收综合机械化率", "crop_mechanisation_rate", "rate_pct"),
    (MACHINERY, "1.2个百分点", "主要农作物耕种收综合机械化率", "crop_mechanisation_rate", "pp_diff"),
    (SUBSIDY, "2350万元", "农机购置补贴资金", "farm_machinery_purchase_subsidy", "level"),
    (SUBSIDY, "12.5%", "农机购置补贴资金", "farm_machinery_purchase_subsidy", "yoy_pct"),
    (SEEDS, "98%", "主要农作物良种覆盖率", "improved_seed_coverage_rate", "rate_pct"),
    (SEEDS, "12.6万亩", "制种面积", "seed_production_area", "level"),
    (SEEDS, "65%", "农业科技进步贡献率", "agri_tech_progress_contribution", "rate_pct"),
    (PROTECTION, "45.6%", "农作物病虫害统防统治覆盖率", "pest_unified_control_coverage", "rate_pct"),
    (PROTECTION, "52.3%", "绿色防控覆盖率", "green_pest_control_coverage", "rate_pct"),
    (PROTECTION, "92%", "测土配方施肥技术覆盖率", "soil_test_fertilization_coverage", "rate_pct"),
    (PROTECTION, "93.5%", "秸秆综合利用率", "straw_utilisation_rate", "rate_pct"),
    (PROTECTION, "85%", "农膜回收率", "farm_film_recovery_rate", "rate_pct"),
    (PROTECTION_POINTS, "46%", "主要农作物病虫害专业化统防统治覆盖率", "pest_unified_control_coverage", "rate_pct"),
    (PROTECTION_POINTS, "2个", "主要农作物病虫害专业化统防统治覆盖率", "pest_unified_control_coverage", "pp_diff"),
    (PROTECTION_POINTS, "3个", "绿色防控覆盖率", "green_pest_control_coverage", "pp_diff"),
    (SEED_AND_MACHINE, "98%", "主要农作物良种覆盖率", "improved_seed_coverage_rate", "rate_pct"),
    (SEED_AND_MACHINE, "86.5%", "耕种收综合机械化率", "crop_mechanisation_rate", "rate_pct"),
    (FERTILIZER, "3.56万吨", "化肥施用量", "fertilizer_use", "level"),
    (FERTILIZER, "2.1%", "化肥施用量", "fertilizer_use", "yoy_pct"),
    (FERTILIZER, "862吨", "农药使用量", "pesticide_use", "level"),
    (FERTILIZER, "3.5%", "农药使用量", "pesticide_use", "yoy_pct"),
    (FARMLAND, "5.2万亩", "新建高标准农田", "high_standard_farmland_built", "level"),
    (FARMLAND, "104%", "新建高标准农田", "high_standard_farmland_built", "completion_pct"),
])
def test_farm_statistics_keyed(s, printed, name, key, measure):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["indicator_key"], f["measure"]) == (name, key, measure)


@pytest.mark.parametrize(("s", "printed", "name"), [
    (MACHINERY, "98.5%", "小麦耕种收综合机械化率"),
    (MACHINERY, "92.3%", "玉米耕种收综合机械化率"),
    (MACHINERY, "85.6%", "水稻耕种收综合机械化率"),
    (YIELDS, "420公斤", "小麦单产"),
    (YIELDS, "560公斤", "玉米单产"),
    (PROTECTION, "3.2%", "化肥使用量"),
    (PROTECTION, "4.1%", "农药使用量"),
    (INPUTS, "3.5万吨", "化肥使用量"),
    # regression fixture, a variant (not real): a rate shortened to its last words
    ("小麦、玉米机械化率分别达到98.5%和92.3%。", "98.5%", "小麦机械化率"),
])
def test_list_of_crops_or_inputs_shares_the_rate_or_amount(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


def test_inputs_used_are_no_output_of_fertilizer():
    f = fact(HEAD + PROTECTION, "3.2%")
    assert (f["indicator_key"], f["measure"], f["value"]) == ("fertilizer_use", "yoy_pct", -3.2)


def test_a_bare_tractor_in_a_list_of_products_is_not_the_stock():
    # 机械工业，拖拉机9.75万台，内燃机2，000万马力，汽车16万辆 (/work/shared/corpus/national_work_reports/1980.txt): output
    f = fact("一、1980年国民经济计划\n机械工业，拖拉机9.75万台，内燃机2，000万马力，汽车16万辆。", "9.75万台")
    assert f["indicator_key"] != "tractors_owned"


@pytest.mark.parametrize(("printed", "name", "unit"), [
    ("56个", "引进试验示范新品种", "个"),
    ("12个", "筛选推广主导品种", "个"),
    ("10项", "主推技术", "项"),
    ("15.6万亩", "示范面积", "亩"),
    ("286人", "在编农技人员", "人"),
    ("1200户", "培育科技示范户", "户"),
    ("2.4万户", "辐射带动农户", "户"),
])
def test_extension_counts_are_named_by_what_was_done(printed, name, unit):
    f = fact(HEAD + EXTENSION, printed)
    assert (f["indicator"], f["measure"], f["unit"], f["indicator_key"]) == (name, "level", unit, "")


@pytest.mark.parametrize(("printed", "name"), [
    ("1860台", "补贴各类机具"),
    ("1520户", "受益农户"),
    ("8.3%", "补贴各类机具"),
    ("6.7%", "受益农户"),
])
def test_machines_and_households_the_subsidies_reached_are_their_own(printed, name):
    f = fact(HEAD + SUBSIDY, printed)
    assert (f["indicator"], f["indicator_key"]) == (name, "")


# regression fixtures in the form of a county agriculture report (not real), modelled on 农作物耕种收综合机械化率从67%
# 提高到73% and 新建高标准农田4.56亿亩 (/work/shared/corpus/national_work_reports/2023.txt): an item of a 分别 list that
# names its own quantity, or whose figure is in a unit the shared rate or amount is never printed in, keeps its name
OWN_ITEMS = [
    ("全县粮食总产、小麦单产分别增长3.1%和2.1%。", "3.1%", "粮食总产"),
    ("新建农田水利、高效节水灌溉和小麦单产分别为12处、5万亩和450公斤。", "12处", "新建农田水利"),
    ("新建农田水利、高效节水灌溉和小麦单产分别为12处、5万亩和450公斤。", "5万亩", "高效节水灌溉"),
    ("建成高标准农田、小麦单产分别达到5万亩和520公斤。", "5万亩", "建成高标准农田"),
    ("新增农机、综合机械化率分别达到1200台和86%。", "1200台", "新增农机"),
    ("购置农机具、主要农作物耕种收综合机械化率分别为1860台和86.5%。", "1860台", "购置农机具"),
    ("全县高标准农田、综合机械化率分别达到45万亩和86%。", "45万亩", "高标准农田"),
    ("项目、资金使用量分别为45个和8.2亿元。", "45个", "项目"),
    ("新增企业、资金使用量分别为12家和3亿元。", "12家", "新增企业"),
    ("推广新品种、农作物良种覆盖率分别达到28个和98%。", "28个", "推广新品种"),
]


@pytest.mark.parametrize(("text", "printed", "name"), OWN_ITEMS)
def test_an_item_of_its_own_quantity_takes_no_shared_rate_or_amount(text, printed, name):
    assert fact(HEAD + text, printed)["indicator"] == name


# regression fixtures in the form of a county agriculture report (not real), modelled on 化肥、农药使用量分别减少X%和X%
# as the bureaus print it: the items still share the rate or amount their figures can be of
SHARED_ITEMS = [
    ("全县小麦、玉米耕种收综合机械化率分别达到98%和92%。", "98%", "小麦耕种收综合机械化率"),
    ("化肥、农药使用量分别减少3.2%和4.1%。", "3.2%", "化肥使用量"),
    ("全区煤炭、天然气使用量分别为12.5万吨和3.2亿立方米。", "12.5万吨", "煤炭使用量"),
    ("粮食、油料单产分别为420公斤和180公斤。", "420公斤", "粮食单产"),
    ("财政、社保资金使用量分别增长5.2%和3.1%。", "5.2%", "财政资金使用量"),
    ("中央、省级资金使用量分别为1.2亿元和0.8亿元。", "1.2亿元", "中央资金使用量"),
    ("财政、社保资金支出分别增长5.2%和3.1%。", "5.2%", "财政支出"),
]


@pytest.mark.parametrize(("text", "printed", "name"), SHARED_ITEMS)
def test_items_share_the_rate_or_amount_their_figures_are_of(text, printed, name):
    assert fact(HEAD + text, printed)["indicator"] == name


# regression fixture in the form of a county agriculture report (not real), modelled on 农机具购置补贴资金达1030亿元
# (/work/shared/corpus/national_work_reports/2009.txt): the machines bought with the subsidies are no sum of them
def test_machines_counted_under_the_subsidy_are_not_the_subsidy_funds():
    f = fact(HEAD + "农机购置补贴3200台（套），受益农户1800户。", "3200台")
    assert f["indicator_key"] != "farm_machinery_purchase_subsidy"


# regression fixture in the form of a county agriculture report (not real), modelled on 化肥施用量（折纯）X万吨 as the
# bureaus print it: a note in brackets after a member of a 分别 list is that member's, the list goes on after it
@pytest.mark.parametrize(("printed", "name", "unit"), [("3.56万吨", "化肥使用量", "吨"), ("862吨", "农药使用量", "吨")])
def test_a_bracketed_note_after_a_member_keeps_the_list(printed, name, unit):
    f = fact(HEAD + "全年化肥、农药使用量分别为3.56万吨（折纯）和862吨。", printed)
    assert (f["indicator"], f["unit"]) == (name, unit)
