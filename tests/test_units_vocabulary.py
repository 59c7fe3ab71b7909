"""Units the vocabulary reads and the base unit each figure is given in.

Verbatim sentences of the national work reports: earthwork in 公方 (cubic metres), power in 瓩 (kilowatts),
machines in 架, engines in 马力, electricity in 千瓦小时 (the same unit as 千瓦时), a change of a rate in ‰ in
千分点 (a difference of two rates, as 个百分点 is of rates in %), 10亿余万 (some 万 over 10亿, no 万亿), and
no figure in 千家万户, a saying (every household), or in 二批发 (secondary wholesale).

Sentences written in the form of statistical bulletins (regression fixtures, not real text; no text at hand
prints these units): a unit given per another unit after a slash (385公斤/亩, 0.42吨标准煤/万元, 5万吨/日),
containers in TEU, ships in 艘, buses in 标台, beds in 张床位, units printed in Latin letters and signs (kW,
kWh, m², m3, km², μg/m³), millions (12.5百万元), rainfall in 毫米, prices per 斤 and 升, 美金 (美元), rates per
100 000 (孕产妇死亡率为8.52/10万, a rate as ‰ is), and the same units in the unit column of a table; counts
of times a unit of work is done (120万亩次 of pest control, 260万吨次 handled, 356万份次 sampled, 1200列次 of trains,
6轮次, 3.2万工日), each one unit, not a unit and a 次 that names the thing (no text at hand prints them); 条次 is
no such unit where 次 opens the noun counted (加快推动13条次支路工程建设项目, verbatim: 13 secondary and branch roads).
"""

from __future__ import annotations

import pytest
from _copy_forms import fact_at, read

import dhcheng_analysis as dh

EARTHWORK = "\u3000\u3000在水利建设方面，１９５５年完成土方１４亿多公方，石方１，４００多万公方，混凝土６０万公方。"
REACTOR = "苏联帮助我国建设的功率为7,000瓩的重水型原子反应堆和能产生二千五百万电子伏的α粒子的回旋加速器，正在加紧建设中。"
LIGHT_INDUSTRY = ("棉纱产量286.5万吨，比1980年预计增加9万吨；纸520万吨，增加20万吨；糖260万吨，增加10万吨；"
                  "自行车1，484万辆，增加224万辆，缝纫机860万架，增加140万架；表2，360万只，增加260万只；"
                  "合成洗涤剂48万吨，增加5万吨。")
MACHINES = "\u3000\u3000机械工业，拖拉机9.75万台，内燃机2，000万马力，汽车16万辆，这是根据需要和油料供应的可能安排的。"
POWER = "钢产量达到５２０５万吨，比上年增长１１．２％；发电量达到４４５５亿千瓦小时，比上年增长８．５％；原油、天然气产量持续增长，煤炭供应充足。"


@pytest.mark.parametrize(("text", "phrase", "printed", "value", "unit", "indicator"), [
    (EARTHWORK, "土方１４亿多公方", "１４亿多公方", 1.4e9, "立方米", "土方"),
    (EARTHWORK, "石方１，４００多万公方", "１，４００多万公方", 1.4e7, "立方米", "石方"),
    (EARTHWORK, "混凝土６０万公方", "６０万公方", 6e5, "立方米", "混凝土"),
    (REACTOR, "7,000瓩", "7,000瓩", 7000, "千瓦", "重水型原子反应堆"),
    (LIGHT_INDUSTRY, "缝纫机860万架", "860万架", 8.6e6, "架", "缝纫机"),
    (MACHINES, "内燃机2，000万马力", "2，000万马力", 2e7, "马力", "内燃机"),
    (POWER, "４４５５亿千瓦小时", "４４５５亿千瓦小时", 4.455e11, "千瓦时", "发电量"),
])
def test_units_of_the_work_reports(text, phrase, printed, value, unit, indicator):
    f = fact_at(read(text), phrase, printed)
    assert (f["value"], f["unit"], f["indicator"]) == (value, unit, indicator)
    assert "unknown_unit" not in f["flags"]


@pytest.mark.parametrize(("text", "printed", "value", "unit", "indicator"), [
    ("粮食单产385公斤/亩，比上年提高2.1%。", "385公斤/亩", 385, "公斤/亩", "粮食单产"),
    ("单位地区生产总值能耗0.42吨标准煤/万元，下降3.2%。", "0.42吨标准煤/万元", 0.42, "吨标准煤/万元", "单位地区生产总值能耗"),
    ("年末城市供水综合生产能力125万立方米/日。", "125万立方米/日", 1.25e6, "立方米/日", "城市供水综合生产能力"),
    ("在岗职工年平均工资12.56万元/人，增长5.1%。", "12.56万元/人", 125600, "元/人", "在岗职工年平均工资"),
    ("全年港口集装箱吞吐量56.3万TEU，增长8.2%。", "56.3万TEU", 563000, "TEU", "港口集装箱吞吐量"),
    ("年末拥有营运船舶125艘。", "125艘", 125, "艘", "营运船舶"),
    ("年末公共交通运营车辆1256标台。", "1256标台", 1256, "标台", "公共交通运营车辆"),
    ("全年新增养老床位5632张床位。", "5632张床位", 5632, "张", "新增养老床位"),
    ("全年发电量56.3亿kWh，增长4.5%。", "56.3亿kWh", 5.63e9, "千瓦时", "发电量"),
    ("年末风电装机容量12.5万kW。", "12.5万kW", 125000, "千瓦", "风电装机容量"),
    ("全年新建保障性住房12.5万m²。", "12.5万m²", 125000, "平方米", "新建保障性住房"),
    ("新增污水处理能力5万m3/日。", "5万m3/日", 50000, "立方米/日", "新增污水处理能力"),
    ("全区建成区面积123.5km²。", "123.5km²", 123.5, "平方公里", "建成区面积"),
    ("全年细颗粒物(PM2.5)平均浓度为32μg/m³，下降5.9%。", "32μg/m³", 32, "微克/立方米", "细颗粒物(PM2.5)平均浓度"),
    ("全年实现营业收入12.5百万元。", "12.5百万元", 1.25e7, "元", "营业收入"),
    ("全年平均降水量1234.5毫米。", "1234.5毫米", 1234.5, "毫米", "平均降水量"),
    ("猪肉平均价格12.5元/斤，上涨3.2%。", "12.5元/斤", 12.5, "元/斤", "猪肉平均价格"),
    ("全年引进外资1.2亿美金。", "1.2亿美金", 1.2e8, "美元", "引进外资"),
    ("完成农作物病虫害统防统治面积120万亩次，同比增长5%。", "120万亩次", 1.2e6, "亩次", "农作物病虫害统防统治面积"),
    ("全年港口装卸作业量260万吨次。", "260万吨次", 2.6e6, "吨次", "港口装卸作业量"),
    ("开展全员核酸检测6轮次，累计采样356万份次。", "356万份次", 3.56e6, "份次", "采样"),
    ("开展全员核酸检测6轮次，累计采样356万份次。", "6轮次", 6, "轮次", "全员核酸检测"),
    ("全年开行中欧班列1200列次，增长12%。", "1200列次", 1200, "列次", "开行中欧班列"),
    ("全年完成河道保洁3.2万工日。", "3.2万工日", 32000, "工日", "河道保洁"),
])
def test_units_of_statistical_bulletins(text, printed, value, unit, indicator):
    f = fact_at(read(text), text, printed)
    assert (f["value"], f["unit"], f["raw_unit"], f["indicator"]) == (value, unit, printed.lstrip("0123456789.,"),
                                                                       indicator)
    assert "unknown_unit" not in f["flags"]


@pytest.mark.parametrize(("text", "printed", "value", "unit", "indicator"), [
    ("全年孕产妇死亡率为8.52/10万，婴儿死亡率为2.1‰。", "8.52/10万", 8.52, "1/10万", "孕产妇死亡率"),
    ("甲乙类法定报告传染病发病率为12/10万。", "12/10万", 12, "1/10万", "甲乙类法定报告传染病发病率"),
])
def test_a_rate_per_hundred_thousand(text, printed, value, unit, indicator):
    got = read(text)
    f = fact_at(got, text, printed)
    assert (f["measure"], f["value"], f["unit"], f["indicator"]) == ("rate_pct", value, unit, indicator)
    assert [r["value"] for r in got[1] if r["unit"] != "‰"] == [value]  # (the 10万 is the unit's, no figure)


def test_a_change_in_permille_points():
    text = "计划生育成绩明显，出生率下降５个千分点，相当于五年少生１５００万人左右。"
    f = fact_at(read(text), text, "５个千分点")
    assert (f["measure"], f["value"], f["unit"], f["indicator"]) == ("pp_diff", -5, "千分点", "出生率")


@pytest.mark.parametrize("text", [
    "物价变动牵涉到千家万户，一定要十分慎重。",
    "国家对于已经没有货源的批发商，或则让他们经营二批发，或则正由国营商业部门录用其从业人员。",
])
def test_no_count_in_a_saying_or_a_word(text):
    assert read(text)[1] == []
    assert set(dh.mentions(dh.load_report(text))["role"]) <= {"slogan"}


TABLE = """表1 主要指标

| 指标 | 单位 | 绝对数 | 比上年增长(%) |
| --- | --- | --- | --- |
| 营业收入 | 百万元 | 45.6 | -1.2 |
| 污水处理能力 | 万吨/日 | 12.5 | 2.1 |
| 集装箱吞吐量 | 万TEU | 56.3 | 8.2 |
| 新建保障性住房 | 万m² | 12.5 | 3.3 |
| 粮食单产 | 公斤/亩 | 385 | 2.1 |
| 航班起降 | 万架次 | 6.8 | 4.6 |
| 货物周转量 | 亿吨公里 | 123.4 | 5.5 |
| 孕产妇死亡率 | 1/10万 | 8.52 | -1.2 |
"""


@pytest.mark.parametrize(("indicator", "value", "unit"), [
    ("营业收入", 4.56e7, "元"),
    ("污水处理能力", 125000, "吨/日"),
    ("集装箱吞吐量", 563000, "TEU"),
    ("新建保障性住房", 125000, "平方米"),
    ("粮食单产", 385, "公斤/亩"),
    ("航班起降", 68000, "架次"),
    ("货物周转量", 1.234e10, "吨公里"),
    ("孕产妇死亡率", 8.52, "1/10万"),
])
def test_units_in_a_table(indicator, value, unit):
    rows = [r for r in read(TABLE)[1] if r["indicator"] == indicator and r["measure"] == "level"]
    assert [(r["value"], r["unit"]) for r in rows] == [(value, unit)]


def test_a_smaller_magnitude_after_over_adds_to_the_figure():
    text = "此外，１９５５年政府还支出农村救济费２亿余元，发放农业贷款１０亿余万。"
    f = fact_at(read(text), text, "１０亿余万")
    assert (f["value"], f["qualifier"], f["indicator"]) == (1e9, "over", "发放农业贷款")


def test_a_fact_unit_is_a_base_unit_or_one_given_per_a_unit():
    from dhcheng_analysis.schema import is_fact_unit

    for unit in ("元", "%", "pp", "家", "公斤/亩", "吨/万元", "吨/日", "家/元", "1/10万"):
        assert is_fact_unit(unit), unit
    for unit in ("亿元", "万人", "公斤/", "/亩", "公斤/亩/日", "收入/亩"):
        assert not is_fact_unit(unit), unit
    # the extractor's per-unit figures carry such units (385公斤/亩, 0.42吨标准煤/万元 read as printed)
    facts = dh.extract_facts("全区粮食亩产达到385公斤/亩，单位地区生产总值能耗0.42吨/万元，污水处理能力5万吨/日。")
    assert list(facts["unit"]) == ["公斤/亩", "吨/万元", "吨/日"]
    assert all(map(is_fact_unit, facts["unit"]))


def test_energy_units_in_latin_letters():
    """Regression fixture (written here; no text at hand prints them): a capacity in gigawatts and an energy
    store in megawatt- or gigawatt-hours are figures with their units, as one in megawatts is."""
    cases = {"光伏装机容量达到1.2GW。": ("GW", "吉瓦"), "储能规模达到500MWh。": ("MWh", "兆瓦时"),
             "储能规模达到5GWh。": ("GWh", "吉瓦时"), "新增光伏装机12MW。": ("MW", "兆瓦")}
    for text, (raw, unit) in cases.items():
        f = dh.extract_facts(text)
        assert f[["raw_unit", "unit"]].values.tolist() == [[raw, unit]], (text, f)


def test_no_count_of_times_where_the_noun_opens_with_ci():
    """Verbatim (data/dongcheng_2020_h1.txt): 13条 counts 次支路 (secondary and branch roads); 条次 is no unit."""
    text = "加快推动13条次支路工程建设项目。"
    f = fact_at(read(text), text, "13条")
    assert (f["value"], f["unit"], f["raw_unit"]) == (13, "条", "条")
