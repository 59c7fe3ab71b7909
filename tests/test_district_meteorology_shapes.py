"""Figures of the weather service's work report (气象工作情况) and the climate bulletin (气候公报) as district and
county meteorological bureaus print them.

The report counts the warnings issued (发布各类气象灾害预警信息326条, 发布气象预警信号128次) and how far the public
got them (预警信息公众覆盖率), scores the forecasts (24小时晴雨预报准确率88.6%, 暴雨预警准确率, 强对流天气预警提前量38分钟),
counts the stations (自动气象站, 区域自动气象站), the weather modification operations (人工影响天气作业, 人工增雨作业,
人工防雹作业) and the village weather officers (气象信息员), and tells the losses of the weather disasters
(气象灾害造成直接经济损失1.8亿元) beside the year's climate (年平均气温, 年降水量, 日照时数, 暴雨日, 大风日数, 雷暴日数,
each against the normal). The rules:

- 延长 before a figure is a rise of what is named, as 缩短 is a fall (强对流天气预警提前量…比上年延长6分钟: +6 minutes
  against last year); 延长至 goes to a level (停留时间延长至240小时), and a span a policy is extended by
  (土地承包期再延长30年) is no figure;
- 因 heading a cause that 造成 a loss (因暴雨洪涝造成直接经济损失) is no part of the name, the cause is
  (暴雨洪涝直接经济损失), as with no 因 (暴雨洪涝灾害造成直接经济损失 → 暴雨洪涝灾害直接经济损失); 因 in a word
  (因病致贫返贫户) stays;
- the glossary keys the stable statistics of the kind: the weather warnings and warning signals issued, the
  forecasts' accuracy (晴雨, 最高气温, 最低气温, 暴雨预警), the severe convection warnings' lead time, the warnings'
  public reach, the satisfaction with the service, the automatic weather stations and the regional ones, the
  weather modification operations and their kinds, the area of rain enhancement, the direct losses of weather
  disasters (narrower than 直接经济损失 of any disaster), the gale and thunderstorm days and the weather
  information officers; a bare 发布预警信息 or 预警信息公众覆盖率 (of any hazard) is left unkeyed.

The national work reports speak of the service without district figures: 气象预报预警和地震监测工作得到加强，灾害
防御能力不断提升 (2010.txt), 采取打井、拦蓄、回灌、雨水集流和人工增雨等措施 (1997.txt), 为农业服务的气象台站网
(1960.txt), 提升农业气象灾害防控 (2022.txt), and print a disaster's losses as 直接经济损失2000多亿元 (1999.txt).
Sentences written in the form of district reports, not real, are marked as regression fixtures; the real ones are
quoted with the file they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

HEAD = "关于2023年气象工作情况的报告\n一、2023年全区气象工作情况\n"
NATIONAL = "2025年政府工作报告\n"


# -- the statistics of the kind and their keys ---------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "key", "measure", "value"), [
    # regression fixture in the form of a district weather work report (not real), modelled on 2010.txt's
    # 气象预报预警和地震监测工作得到加强: the warnings issued, counted
    ("全年共发布各类气象灾害预警信息326条，其中暴雨预警45条、高温预警38条。", "326条", "发布各类气象灾害预警信息",
     "weather_warnings_issued", "level", 326.0),
    # regression fixture, a variant (not real): in 万条
    ("全年共发布气象灾害预警信息2.1万条，预警信息公众覆盖率达97.5%。", "2.1万条", "发布气象灾害预警信息",
     "weather_warnings_issued", "level", 21000.0),
    # regression fixture, a variant (not real): the signals, counted in 次
    ("全年共发布气象预警信号128次。", "128次", "发布气象预警信号", "weather_warning_signals", "level", 128.0),
    # regression fixture, a variant (not real): the hazards listed as examples before the signals
    ("全年共发布暴雨、高温、大风等气象预警信号86次。", "86次", "发布暴雨、高温、大风等气象预警信号",
     "weather_warning_signals", "level", 86.0),
    # regression fixture, a variant (not real): the forecasts' accuracy
    ("24小时晴雨预报准确率达到88.6%，较上年提高1.2个百分点。", "88.6%", "24小时晴雨预报准确率",
     "rain_forecast_accuracy", "rate_pct", 88.6),
    # regression fixture, a variant (not real)
    ("24小时晴雨预报准确率达到88.6%，较上年提高1.2个百分点。", "1.2个百分点", "24小时晴雨预报准确率",
     "rain_forecast_accuracy", "pp_diff", 1.2),
    # regression fixture, a variant (not real)
    ("最高气温预报准确率为85.3%，最低气温预报准确率为89.1%。", "85.3%", "最高气温预报准确率",
     "max_temperature_forecast_accuracy", "rate_pct", 85.3),
    # regression fixture, a variant (not real)
    ("最高气温预报准确率为85.3%，最低气温预报准确率为89.1%。", "89.1%", "最低气温预报准确率",
     "min_temperature_forecast_accuracy", "rate_pct", 89.1),
    # regression fixture, a variant (not real)
    ("暴雨预警准确率为86%，预警提前量达到45分钟。", "86%", "暴雨预警准确率", "rainstorm_warning_accuracy", "rate_pct",
     86.0),
    # regression fixture, a variant (not real): 信号 in the name
    ("暴雨预警信号准确率达到82%，比上年提高5个百分点。", "82%", "暴雨预警信号准确率", "rainstorm_warning_accuracy",
     "rate_pct", 82.0),
    # regression fixture, a variant (not real): the lead time of the warnings of severe convection
    ("强对流天气预警提前量为38分钟，比上年延长6分钟。", "38分钟", "强对流天气预警提前量",
     "severe_convection_warning_lead_time", "level", 38.0),
    # regression fixture, a variant (not real): the warnings' reach
    ("气象预警信息公众覆盖率达到98%。", "98%", "气象预警信息公众覆盖率", "weather_warning_public_coverage", "rate_pct",
     98.0),
    # regression fixture, a variant (not real): the satisfaction, a share
    ("公众气象服务满意度为91.2%。", "91.2%", "公众气象服务满意度", "weather_service_satisfaction", "rate_pct", 91.2),
    # regression fixture, a variant (not real): a score
    ("气象服务公众满意度达到92.5分。", "92.5分", "气象服务公众满意度", "weather_service_satisfaction", "level", 92.5),
    # regression fixture in the form of a district weather work report (not real), modelled on 1960.txt's
    # 为农业服务的气象台站网: the stations
    # (建成 names no stock: 全年建成…12个 is a flow, so the name is keyed by no key of the stations in operation)
    ("全区建成自动气象站86个，实现乡镇全覆盖。", "86个", "建成自动气象站", "", "level", 86.0),
    # regression fixture, a variant (not real): the regional network, beside the national stations
    ("全区共有国家级地面气象观测站2个、区域自动气象站64个。", "64个", "区域自动气象站",
     "regional_automatic_weather_stations", "level", 64.0),
    # regression fixture, a variant (not real): in 套
    ("建成区域自动气象站126套，站网平均间距缩小到5公里。", "126套", "建成区域自动气象站", "", "level", 126.0),
    # regression fixture in the form of a district weather work report (not real), modelled on 1997.txt's
    # 雨水集流和人工增雨等措施: the operations of weather modification
    ("全年开展人工影响天气作业32次，发射火箭弹186枚。", "32次", "人工影响天气作业", "weather_modification_operations",
     "level", 32.0),
    # regression fixture, a variant (not real): the total and its kinds after 其中
    ("全年人工影响天气作业126次，其中人工增雨作业98次、人工防雹作业28次。", "126次", "人工影响天气作业",
     "weather_modification_operations", "level", 126.0),
    # regression fixture, a variant (not real)
    ("全年人工影响天气作业126次，其中人工增雨作业98次、人工防雹作业28次。", "98次", "人工增雨作业",
     "rain_enhancement_operations", "level", 98.0),
    # regression fixture, a variant (not real)
    ("全年人工影响天气作业126次，其中人工增雨作业98次、人工防雹作业28次。", "28次", "人工防雹作业",
     "hail_suppression_operations", "level", 28.0),
    # regression fixture, a variant (not real): rain or snow
    ("开展人工增雨（雪）作业26次，增雨（雪）量约3500万吨。", "26次", "人工增雨（雪）作业", "rain_enhancement_operations",
     "level", 26.0),
    # regression fixture, a variant (not real)
    ("全年人工增雨作业影响面积达1800平方公里。", "1800平方公里", "人工增雨作业影响面积", "rain_enhancement_area", "level",
     1800.0),
    # regression fixture, a variant (not real): the village officers
    ("全区共有气象信息员1260人，气象协理员38人。", "1260人", "气象信息员", "weather_information_officers", "level",
     1260.0),
    # regression fixture in the form of a district weather work report (not real), modelled on 1999.txt's
    # 直接经济损失2000多亿元: the losses of the weather disasters, 造成 no part of the name
    ("气象灾害共造成直接经济损失2.3亿元，较上年减少35%。", "2.3亿元", "气象灾害直接经济损失",
     "weather_disaster_direct_losses", "level", 2.3e8),
    # regression fixture, a variant (not real)
    ("气象灾害共造成直接经济损失2.3亿元，较上年减少35%。", "35%", "气象灾害直接经济损失",
     "weather_disaster_direct_losses", "yoy_pct", -35.0),
    # regression fixture, a variant (not real): 因 heading the cause
    ("全年因气象灾害造成直接经济损失1.2亿元。", "1.2亿元", "气象灾害直接经济损失", "weather_disaster_direct_losses",
     "level", 1.2e8),
    # regression fixture, a variant (not real): the change against last year, in money
    ("全年气象灾害造成直接经济损失较上年减少1.2亿元。", "1.2亿元", "气象灾害直接经济损失",
     "weather_disaster_direct_losses", "abs_change", -1.2e8),
    # regression fixture in the form of a district climate bulletin (not real): the days of kinds
    ("全年共出现暴雨日5天，比常年偏多2天。", "5天", "暴雨日", "rainstorm_days", "level", 5.0),
    # regression fixture, a variant (not real)
    ("全年共出现暴雨日5天，比常年偏多2天。", "2天", "暴雨日", "rainstorm_days", "abs_change", 2.0),
    # regression fixture, a variant (not real): the bound of the hot days is theirs, as the glossary defines them
    ("全年出现35℃以上高温日数28天，较常年偏多9天。", "28天", "35℃以上高温日数", "hot_days", "level", 28.0),
    # regression fixture, a variant (not real)
    ("全年共出现大风日数12天。", "12天", "大风日数", "gale_days", "level", 12.0),
    # regression fixture, a variant (not real)
    ("全年雷暴日数32天，较常年偏少4天。", "4天", "雷暴日数", "thunderstorm_days", "abs_change", -4.0),
    # regression fixture, a variant (not real): the climate's figures keep their keys
    ("年日照时数1856.2小时，比常年偏少120.5小时。", "120.5小时", "年日照时数", "sunshine_hours", "abs_change", -120.5),
])
def test_statistics_of_the_kind(s, printed, name, key, measure, value):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["indicator_key"], f["measure"], f["value"]) == (name, key, measure, value)


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture, a variant (not real): warnings of any hazard are no weather warnings
    ("全年发布预警信息1256条，通过12379短信平台发送预警短信86.5万人次。", "1256条", "发布预警信息"),
    # regression fixture, a variant (not real): the reach of warnings of any hazard
    ("全年共发布气象灾害预警信息2.1万条，预警信息公众覆盖率达97.5%。", "97.5%", "预警信息公众覆盖率"),
    # regression fixture, a variant (not real): a lead time of no named weather
    ("暴雨预警准确率为86%，预警提前量达到45分钟。", "45分钟", "预警提前量"),
    # regression fixture, a variant (not real): the stations added are no stock of them
    ("新建区域自动气象站12套，升级改造8套。", "12套", "新建区域自动气象站"),
    # regression fixture, a variant (not real): the losses of one cause are narrower than those of weather disasters
    ("因暴雨洪涝造成直接经济损失5600万元。", "5600万元", "暴雨洪涝直接经济损失"),
])
def test_wider_or_narrower_things_are_left_unkeyed(s, printed, name):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["indicator_key"]) == (name, "")


# -- 延长, a rise --------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "value", "comparator"), [
    # regression fixture in the form of a district weather work report (not real), modelled on the 缩短 of the
    # district reports (平均时限缩短40%): a lead time made longer against last year
    ("强对流天气预警提前量为38分钟，比上年延长6分钟。", "6分钟", "强对流天气预警提前量", 6.0, "上年"),
    # regression fixture, a variant (not real): 缩短, a fall
    ("强对流天气预警提前量为38分钟，比上年缩短6分钟。", "6分钟", "强对流天气预警提前量", -6.0, "上年"),
    # regression fixture, a variant (not real): no base printed
    ("预警提前量延长6分钟。", "6分钟", "预警提前量", 6.0, ""),
    # regression fixture in the form of a district climate bulletin (not real): days of the frost-free period
    ("平均无霜期218天，比上年延长5天。", "5天", "平均无霜期", 5.0, "上年"),
])
def test_lengthened_is_a_rise(s, printed, name, value, comparator):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["measure"], f["value"], f["comparator"]) == (name, "abs_change", value, comparator)


def test_lengthened_to_is_a_level():
    # real, 2025.txt
    s = NATIONAL + "过境免签境内停留时间延长至240小时，入境旅游持续升温。"
    f = fact(s, "240小时")
    assert (f["indicator"], f["measure"], f["value"]) == ("过境免签境内停留时间", "level", 240.0)


@pytest.mark.parametrize("s", [
    # real, 2018.txt
    "落实第二轮土地承包到期后再延长30年的政策。",
    # real, 2025.txt
    "有序推进第二轮土地承包到期后再延长30年试点，扩大整省试点范围。",
    # real, 2018.txt
    "将新能源汽车车辆购置税优惠政策再延长三年，全面取消二手车限迁政策。",
])
def test_span_a_policy_is_extended_by_is_no_figure(s):
    assert facts(NATIONAL + s).empty


# -- the cause of a loss ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district weather work report (not real), modelled on 1999.txt's
    # 发生历史罕见的洪涝灾害，直接经济损失2000多亿元: 因 heading the cause
    ("因暴雨洪涝造成直接经济损失5600万元。", "5600万元", "暴雨洪涝直接经济损失"),
    # regression fixture, a variant (not real): a crop area
    ("全年因冰雹灾害造成农作物受灾面积2.1万亩。", "2.1万亩", "冰雹灾害农作物受灾面积"),
    # regression fixture, a variant (not real): 因 in a word stays
    ("因病致贫返贫户120户。", "120户", "因病致贫返贫户"),
    # regression fixture, a variant (not real): a cause of one character keeps its 因
    ("全区因灾造成直接经济损失3000万元。", "3000万元", "因灾直接经济损失"),
])
def test_cause_of_a_loss_without_its_because(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


def test_loss_of_the_national_report():
    # real, 1999.txt
    s = NATIONAL + "去年长江、嫩江和松花江流域发生历史罕见的洪涝灾害，直接经济损失2000多亿元。"
    f = fact(s, "2000")
    assert (f["indicator_key"], f["value"]) == ("direct_economic_losses", 2e11)


# -- a report of several paragraphs -------------------------------------------------------------------------

# regression fixture in the form of a district weather work report (not real), its sentences the fixtures above
REPORT = """关于2023年气象工作情况的报告
一、主要工作成效
（一）监测预报预警能力稳步提升。全区建成自动气象站86个，其中区域自动气象站78个。24小时晴雨预报准确率达到88.6%，\
较上年提高1.2个百分点；暴雨预警准确率为86%，强对流天气预警提前量为38分钟，比上年延长6分钟。全年共发布各类气象灾害\
预警信息326条，发布气象预警信号128次，气象预警信息公众覆盖率达到98%。
（二）气象防灾减灾成效明显。全年开展人工影响天气作业32次，其中人工增雨作业15次、人工防雹作业17次，人工增雨作业影响\
面积达1800平方公里。全年气象灾害造成直接经济损失1.8亿元，较上年减少35%，无因气象灾害造成人员死亡。
（三）气象为民服务持续深化。全区气象信息员达到860名，公众气象服务满意度为91.2%。
二、2023年气候概况
全区年平均气温16.8℃，比常年偏高0.9℃；年降水量1325.6毫米，比常年偏多15%；年日照时数1856.2小时，比常年偏少120.5小时。\
全年共出现暴雨日5天，比常年偏多2天；大风日数12天；雷暴日数32天，较常年偏少4天。
"""


def test_report_reads_every_figure_keyed():
    f = facts(REPORT)
    assert len(f) == 29
    # (every figure but the stations 建成 counts, a name of a flow as much as of a stock)
    assert set(f.loc[f["indicator_key"] == "", "indicator"]) == {"建成自动气象站"}
    assert (f["period"] == "2023年").all()
    assert set(f.loc[f["comparator"] != "", "comparator"]) == {"上年", "常年"}


@pytest.mark.parametrize(("printed", "within", "key", "measure", "value"), [
    ("78个", "区域自动气象站78个", "regional_automatic_weather_stations", "level", 78.0),
    ("6分钟", "延长6分钟", "severe_convection_warning_lead_time", "abs_change", 6.0),
    ("17次", "人工防雹作业17次", "hail_suppression_operations", "level", 17.0),
    ("35%", "减少35%", "weather_disaster_direct_losses", "yoy_pct", -35.0),
    ("91.2%", "满意度为91.2%", "weather_service_satisfaction", "rate_pct", 91.2),
    ("12天", "大风日数12天", "gale_days", "level", 12.0),
])
def test_report_figures(printed, within, key, measure, value):
    f = fact(REPORT, printed, within)
    assert (f["indicator_key"], f["measure"], f["value"]) == (key, measure, value)


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district economic summary (not real): 因城施策 is an idiom, and what it
    # causes no loss, so its 因 stays
    ("因城施策造成房地产投资下降5%。", "5%", "因城施策造成房地产投资"),
    # regression fixture, a variant (not real): the cause of a loss or of deaths is no part of its name
    ("因洪涝灾害造成直接经济损失3.2亿元。", "3.2亿元", "洪涝灾害直接经济损失"),
    ("因交通事故造成死亡人数56人。", "56人", "交通事故死亡人数"),
    ("因火灾造成财产损失860万元。", "860万元", "火灾财产损失"),
])
def test_the_cause_of_a_loss(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


@pytest.mark.parametrize(("s", "printed", "name", "key"), [
    # regression fixture in the form of a district weather work report (not real): the stations built in the year
    # are a flow, no stock of stations in operation
    ("全年建成区域自动气象站12个。", "12个", "建成区域自动气象站", ""),
    ("全区共有区域自动气象站64个。", "64个", "区域自动气象站", "regional_automatic_weather_stations"),
])
def test_stations_built_are_no_stock(s, printed, name, key):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["indicator_key"]) == (name, key)
