"""Figures of the climate bulletin (气候公报), the weather service's work summary (气象工作总结), the greening work report
(园林绿化工作报告) and the report on the forest chief system (林长制工作情况), as district and county offices print them.

A climate bulletin prints the year's mean temperature, its extremes, the precipitation, the sunshine hours and the days
of kinds (高温日数, 霾日数) against the long-run normal (常年, 常年同期, 多年平均) and last year, and the losses of the
weather disasters; a greening report prints the afforestation, the forest coverage, the parks and green space, the
trees planted and the forest fires and pests.

The rules: 偏多, 偏少, 偏高, 偏低, 偏大, 偏小, 偏长, 偏短, 偏早 and 偏晚 say the figure after them is more or less than the
base before them (较常年偏早22天: 22 days earlier than the normal, −22), or, with no base printed, than the usual level
(偏多16.7%: a change, no share), and no part of a name; 比…低5% is a fall. A difference of degrees or days from the
normal is a change, not a level. 常年 and 多年平均 are bases a share or a multiple is of (为常年的115%, 为常年的1.3倍),
the base no part of the name. A reading bounding the days or events counted (35℃以上高温日数, 日最高气温≥35℃的高温日数,
高温日数(日最高气温≥35℃)) is no figure. The cause a loss is told of (气象灾害共造成全区受灾人口) keeps its name without
造成 and the place; 发生 after what happened (森林火灾发生0起) is no part of its name; a rate printed as a bare 0 is a rate
of none. A warming trend is printed in ℃/10年. The concepts the kind prints have glossary keys.

Sentences written in the form of district reports, not real, are marked as regression fixtures; the real ones
are quoted with the file they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

HEAD = "一、2023年全区气候概况\n"
GREEN = "一、2023年园林绿化工作情况\n"


# -- a departure from the normal ------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "measure", "value", "comparator"), [
    # regression fixture in the form of a district climate bulletin (not real), modelled on the national reports'
    # 去年长江、嫩江和松花江流域发生历史罕见的洪涝灾害 (1999.txt) and the water bulletin's 比多年平均偏多15.3%
    ("全区平均无霜期为218天，较常年偏长12天。", "12天", "平均无霜期", "abs_change", 12.0, "常年"),
    # regression fixture, a variant (not real): 偏短, shorter
    ("全区平均无霜期为218天，较常年偏短12天。", "12天", "平均无霜期", "abs_change", -12.0, "常年"),
    # regression fixture, a variant (not real): 偏早, a date earlier than the normal's
    ("初雪日为11月6日，较常年偏早22天。", "22天", "初雪日", "abs_change", -22.0, "常年"),
    # regression fixture, a variant (not real): 偏晚
    ("终霜日为3月26日，较常年偏晚5天。", "5天", "终霜日", "abs_change", 5.0, "常年"),
    # regression fixture, a variant (not real): 偏大, an amount of wind speed
    ("年平均风速2.1米/秒，较常年偏大0.3米/秒。", "0.3米/秒", "年平均风速", "abs_change", 0.3, "常年"),
    # regression fixture, a variant (not real): 偏小 in points, the normal its base
    ("年平均相对湿度62%，较常年偏小3个百分点。", "3个百分点", "年平均相对湿度", "pp_diff", -3.0, "常年"),
    # regression fixture, a variant (not real): degrees above the normal are a change
    ("2023年，全区年平均气温14.2℃，较常年偏高0.8℃，为1961年以来第三高值。", "0.8℃", "年平均气温", "abs_change", 0.8,
     "常年"),
    # regression fixture, a variant (not real): the same season of the normal
    ("春季降水量58.3毫米，较常年同期偏少31%。", "31%", "春季降水量", "change_pct", -31.0, "常年同期"),
])
def test_departure_from_the_normal(s, printed, name, measure, value, comparator):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["measure"], f["value"], f["comparator"]) == (name, measure, value, comparator)


@pytest.mark.parametrize(("s", "printed", "name", "measure", "value"), [
    # regression fixture in the form of a district climate bulletin (not real), modelled on 2010.txt's
    # 完成造林8827万亩，森林覆盖率达到20.36% (a level and what it moved by, one name): no base printed
    ("年降水量612.3毫米，偏多16.7%。", "16.7%", "年降水量", "change_pct", 16.7),
    # regression fixture, a variant (not real): degrees
    ("年平均气温14.2℃，偏高0.8℃。", "0.8℃", "年平均气温", "abs_change", 0.8),
    # regression fixture, a variant (not real): three in a row
    ("全年平均气温偏高0.8℃，降水量偏少12.4%，日照时数偏多86小时。", "12.4%", "降水量", "change_pct", -12.4),
    # regression fixture, a variant (not real)
    ("全年平均气温偏高0.8℃，降水量偏少12.4%，日照时数偏多86小时。", "86小时", "日照时数", "abs_change", 86.0),
    # regression fixture, a variant (not real)
    ("冬季气温偏低1.2℃。", "1.2℃", "冬季气温", "abs_change", -1.2),
])
def test_departure_with_no_base_printed(s, printed, name, measure, value):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["measure"], f["value"]) == (name, measure, value)


@pytest.mark.parametrize(("s", "printed", "value"), [
    # regression fixture in the form of a district report (not real), modelled on 2018.txt's
    # 单位国内生产总值能耗、水耗均下降20%以上: lower than last year is a fall
    ("全区单位能耗比上年低5%。", "5%", -5.0),
    # regression fixture, a variant (not real): 偏低 against the normal
    ("全年日照时数较常年偏低5%。", "5%", -5.0),
])
def test_lower_than_the_base_is_a_fall(s, printed, value):
    assert fact(HEAD + s, printed)["value"] == value


def test_base_level_after_the_normal_is_named_by_the_quantity():
    # regression fixture in the form of a district climate bulletin (not real), modelled on the national reports'
    # 比上年的 levels of a base
    s = HEAD + "全区年平均气温14.2℃，比常年的13.4℃偏高0.8℃。"
    assert (fact(s, "13.4℃")["indicator"], fact(s, "13.4℃")["reference"]) == ("年平均气温", "prior")


def test_bracketed_level_leaves_the_normal_the_base():
    # regression fixture in the form of a district climate bulletin (not real), the normal's level in brackets
    s = HEAD + "全区年平均气温14.2℃，较常年（13.4℃）偏高0.8℃。"
    assert (fact(s, "0.8℃")["measure"], fact(s, "0.8℃")["comparator"]) == ("abs_change", "常年")


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture, a variant (not real): 偏高 inside the counted noun after a count, no figure after it
    ("全区筛查出1200名血压偏高人员。", "1200名", "血压偏高人员"),
    # regression fixture, a variant (not real): 偏小 inside the counted noun
    ("全区改造120户面积偏小住房。", "120户", "面积偏小住房"),
    # regression fixture, a variant (not real): 偏高 inside the counted noun
    ("全区整改15个价格偏高项目。", "15个", "价格偏高项目"),
    # regression fixture, a variant (not real): 偏小 inside the counted noun, a verb after it
    ("全区新增12家规模偏小企业纳入培育库。", "12家", "纳入培育库的规模偏小企业"),
])
def test_departure_word_inside_a_counted_noun_is_part_of_its_name(s, printed, name):
    assert fact(GREEN + s, printed)["indicator"] == name


# -- shares and multiples of the normal ---------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "comparator"), [
    # regression fixture in the form of a district climate bulletin (not real), modelled on the share recovering to
    # its base the district reports print (恢复至去年同期的七成)
    ("年降水量612.3毫米，为常年的115%。", "115%", "常年"),
    # regression fixture, a variant (not real): in 成
    ("年降水量为常年的八成。", "八成", "常年"),
    # regression fixture, a variant (not real): a multiple
    ("年降水量为常年的1.3倍。", "1.3倍", "常年"),
    # regression fixture, a variant (not real): 是 and the same season
    ("年降水量是常年同期的1.3倍。", "1.3倍", "常年同期"),
    # regression fixture, a variant (not real): a place's average the base
    ("年降水量为全市平均的1.3倍。", "1.3倍", "全市平均"),
])
def test_share_or_multiple_of_the_normal(s, printed, comparator):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["comparator"]) == ("年降水量", comparator)


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture, a variant (not real): 为 inside the thing multiplied, before the 为 of its base
    ("被评为省级示范企业的数量为上年的2倍。", "2倍", "被评为省级示范企业的数量"),
    # regression fixture, a variant (not real): 为 inside it, 是 before the base
    ("全区认定为高新技术企业的数量是上年的1.5倍。", "1.5倍", "认定为高新技术企业的数量"),
    # regression fixture, a variant (not real): 为 inside a word of the name
    ("全区引进为民服务项目资金是上年的2倍。", "2倍", "引进为民服务项目资金"),
])
def test_multiple_named_by_all_before_the_last_base_verb(s, printed, name):
    f = fact(GREEN + s, printed)
    assert (f["indicator"], f["comparator"]) == (name, "上年")


# -- a reading bounding what is counted ---------------------------------------------------------------------

@pytest.mark.parametrize(("s", "bound", "printed", "name"), [
    # regression fixture in the form of a district climate bulletin (not real), modelled on the thresholds of the
    # district reports (年主营业务收入2000万元及以上的工业法人单位)
    ("35℃以上高温日数28天，较常年偏多11天。", "35℃", "28天", "35℃以上高温日数"),
    # regression fixture, a variant (not real): a sign and 的
    ("日最高气温≥35℃的高温日数为28天。", "35℃", "28天", "日最高气温≥35℃的高温日数"),
    # regression fixture, a variant (not real): the bound in brackets after the count's name
    ("全年高温日数（日最高气温≥35℃）28天。", "35℃", "28天", "高温日数"),
    # regression fixture, a variant (not real): millimetres
    ("日降水量50毫米以上的暴雨日数3天。", "50毫米", "3天", "日降水量50毫米以上的暴雨日数"),
    # regression fixture, a variant (not real)
    ("全年有效降水日数（日降水量≥0.1毫米）为72天，较常年偏少9天。", "0.1毫米", "72天", "有效降水日数"),
])
def test_reading_bounding_the_days_counted_is_no_figure(s, bound, printed, name):
    text = HEAD + s
    f = facts(text)
    at = text.index(bound)
    assert not ((f["start"] >= at) & (f["start"] < at + len(bound))).any()
    assert fact(text, printed)["indicator"] == name


@pytest.mark.parametrize(("s", "bound", "printed"), [
    # regression fixture, a variant (not real): the ASCII sign < before the reading
    ("日最低气温<0℃的日数为85天。", "0℃", "85天"),
    # regression fixture, a variant (not real): a sign before a reading below zero
    ("日最低气温≤-10℃的日数为6天。", "-10℃", "6天"),
    # regression fixture, a variant (not real): the ASCII sign >
    ("日最高气温>35℃的日数为28天。", "35℃", "28天"),
])
def test_reading_after_any_comparison_sign_bounds_the_days_counted(s, bound, printed):
    text = HEAD + s
    f = facts(text)
    at = text.index(bound)
    assert not ((f["start"] >= at) & (f["start"] < at + len(bound))).any()
    assert fact(text, printed)["measure"] == "level"


def test_reading_of_the_year_stays_a_figure():
    # regression fixture in the form of a district climate bulletin (not real): an extreme is a reading
    s = HEAD + "全年极端最高气温40.3℃，出现在6月23日；极端最低气温-12.6℃，出现在1月15日。"
    assert (fact(s, "40.3℃")["value"], fact(s, "-12.6℃")["value"]) == (40.3, -12.6)


@pytest.mark.parametrize(("s", "printed", "value"), [
    # regression fixture, a variant (not real): 达 before the reading, a verb after 以上
    ("全年降水量达1200毫米以上为有气象记录以来最多。", "1200毫米", 1200.0),
    # regression fixture, a variant (not real): centimetres
    ("全区最大积雪深度达15厘米以上属历史罕见。", "15厘米", 15.0),
    # regression fixture, a variant (not real): 降至 and 以下
    ("气温降至-10℃以下导致部分水管冻裂。", "-10℃", -10.0),
    # regression fixture, a variant (not real): metres a second
    ("全区瞬时最大风速达25米/秒以上造成部分树木倒伏。", "25米/秒", 25.0),
    # regression fixture, a variant (not real): 升高
    ("全区平均气温升高1.5℃以上对农业生产影响较大。", "1.5℃", 1.5),
])
def test_reading_a_verb_reaches_stays_a_figure(s, printed, value):
    assert fact(HEAD + s, printed)["value"] == value


def test_reading_a_verb_reaches_names_its_quantity():
    # regression fixture, a variant (not real): 达 before the reading, a verb after 以上
    f = fact(HEAD + "全年降水量达1200毫米以上为有气象记录以来最多。", "1200毫米")
    assert (f["indicator"], f["indicator_key"]) == ("降水量", "precipitation")


def test_reading_a_verb_reaches_before_a_class_is_a_bound():
    # regression fixture, a variant (not real): 达 and 以上的 before the things counted
    text = GREEN + "全区新建道路沥青铺装厚度达8厘米以上的路段有12条。"
    at = text.index("8厘米")
    f = facts(text)
    assert not ((f["start"] >= at) & (f["start"] < at + 3)).any()


# -- losses of weather disasters, fires and rates of none ---------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district climate bulletin (not real), modelled on
    # 去年长江、嫩江和松花江流域发生历史罕见的洪涝灾害，直接经济损失2000多亿元 (1999.txt)
    ("全年气象灾害共造成全区受灾人口2.36万人次，直接经济损失1.26亿元。", "2.36万人次", "气象灾害受灾人口"),
    # regression fixture, a variant (not real)
    ("暴雨洪涝灾害造成直接经济损失9860万元。", "9860万元", "暴雨洪涝灾害直接经济损失"),
    # regression fixture, a variant (not real): the place after 造成
    ("7月底的强降雨造成全县农作物受灾面积1.2万亩，倒塌房屋36间。", "1.2万亩", "强降雨农作物受灾面积"),
    # regression fixture in the form of a district greening report (not real), modelled on 1981.txt's
    # 防止森林火灾和病虫害: 发生 after the thing that happened
    ("全年森林火灾发生0起，森林火灾受害率控制在0.9‰以内。", "0起", "森林火灾"),
])
def test_loss_and_event_names(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


@pytest.mark.parametrize(("s", "printed", "glued"), [
    # regression fixture, a variant (not real): a cause of a fall in revenue, no loss of a disaster
    ("疫情造成全区财政减收5亿元。", "5亿元", "疫情财政"),
    # regression fixture, a variant (not real): a cause of a fall in output
    ("新冠疫情造成全区地区生产总值减少12亿元。", "12亿元", "新冠疫情地区生产总值"),
    # regression fixture, a variant (not real): a cause of a fall in taxes
    ("企业经营困难造成税收收入下降8.2%。", "8.2%", "企业经营困难税收收入"),
])
def test_cause_of_no_disaster_loss_is_not_glued_to_the_name(s, printed, glued):
    assert fact("一、2023年全区财政收支情况\n" + s, printed)["indicator"] != glued


@pytest.mark.parametrize(("s", "within", "name"), [
    # regression fixture in the form of a district greening report (not real), modelled on 1981.txt's
    # 防止森林火灾和病虫害
    ("森林火灾受害率为0，林业有害生物成灾率控制在2.5‰以下。", "受害率为0", "森林火灾受害率"),
    # regression fixture, a variant (not real)
    ("美国白蛾防治面积3.8万亩，防治率100%，成灾率为0。", "成灾率为0", "成灾率"),
])
def test_rate_printed_as_a_bare_zero(s, within, name):
    f = fact(GREEN + s, "0", within)
    assert (f["indicator"], f["measure"], f["value"], f["unit"]) == (name, "rate_pct", 0.0, "%")
    assert "unit_inferred" in f["flags"]


def test_warming_trend_per_decade_is_a_unit():
    # regression fixture in the form of a district climate bulletin (not real): the trend since the records began
    f = fact(HEAD + "1961年以来，全区年平均气温上升速率为0.32℃/10年。", "0.32")
    assert (f["indicator"], f["unit"], f["value"]) == ("年平均气温上升速率", "℃/10年", 0.32)


# -- glossary keys -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "printed", "key"), [
    # regression fixtures in the form of a district climate bulletin (not real), modelled on 2010.txt's
    # 森林覆盖率达到20.36%, a statistic of the kind keyed
    (HEAD + "2023年，全区年平均气温14.2℃，较常年偏高0.8℃。", "14.2℃", "mean_temperature"),
    (HEAD + "年日照时数2356.8小时，较常年偏少86.2小时。", "2356.8小时", "sunshine_hours"),
    (HEAD + "全年极端最高气温40.3℃，出现在6月23日。", "40.3℃", "extreme_max_temperature"),
    (HEAD + "全年高温日数（日最高气温≥35℃）28天，较常年偏多11天。", "28天", "hot_days"),
    (HEAD + "全年霾日数35天，较上年减少8天。", "35天", "haze_days"),
    (HEAD + "2023年全区平均无霜期为218天，较常年偏长12天。", "218天", "frost_free_period"),
    (HEAD + "年平均相对湿度62%，较常年偏小3个百分点。", "62%", "relative_humidity"),
    (HEAD + "受灾人口1.2万人，紧急转移安置3600人，直接经济损失1.26亿元。", "1.2万人", "disaster_affected_population"),
    (HEAD + "受灾人口1.2万人，紧急转移安置3600人，直接经济损失1.26亿元。", "1.26亿元", "direct_economic_losses"),
    # regression fixtures in the form of a district greening report (not real), modelled on 2010.txt
    (GREEN + "全区林木绿化率达到48.2%。", "48.2%", "tree_cover_rate"),
    (GREEN + "全县公园绿地面积达到1260公顷。", "1260公顷", "park_green_space_area"),
    (GREEN + "全年完成义务植树56万株，参加义务植树38万人次。", "56万株", "voluntary_trees_planted"),
    (GREEN + "全年完成义务植树56万株，参加义务植树38万人次。", "38万人次", "voluntary_planting_participants"),
    (GREEN + "林业有害生物成灾率控制在2.5‰以下，无公害防治率达到92%。", "2.5‰", "forest_pest_disaster_rate"),
    (GREEN + "全区古树名木1268株，其中一级古树86株。", "1268株", "heritage_trees"),
    # real: shared/corpus/national_work_reports/1957.txt
    ("1956年的自然灾荒，不仅是我国解放以来最大的一次灾荒，也是几十年以来我国最大的一次灾荒，被灾田地約二亿三千万亩，"
     "受灾人口約七千万人。", "七千万人", "disaster_affected_population"),
])
def test_climate_and_greening_keys(text, printed, key):
    assert fact(text, printed)["indicator_key"] == key


@pytest.mark.parametrize(("s", "printed", "key"), [
    # regression fixture, a variant (not real): the planting organised, counted in person-times
    ("全区组织义务植树35万人次，义务植树120万株。", "35万人次", "voluntary_planting_participants"),
    ("全区组织义务植树35万人次，义务植树120万株。", "120万株", "voluntary_trees_planted"),
])
def test_count_in_person_times_takes_the_key_of_its_name_in_person_times(s, printed, key):
    assert fact(GREEN + s, printed)["indicator_key"] == key


def test_cause_keeps_a_narrower_loss_unkeyed():
    # regression fixture in the form of a district climate bulletin (not real): the losses of one kind of disaster
    f = fact(HEAD + "暴雨洪涝灾害造成直接经济损失9860万元。", "9860万元")
    assert f["indicator_key"] == ""
