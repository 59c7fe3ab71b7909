"""Names read in the national work reports of 1977-1999: the time a class of things counted is built in, and the
verb of having left at the head of a name once the years it recurs in are taken off. Sentences copied verbatim
from the work-report corpus (year in the comment)."""

from __future__ import annotations

from _sentences import fact, facts


def test_the_span_a_class_bounded_by_size_is_built_in_is_no_part_of_its_name():
    # 1982
    s = "五年内新建一百万吨以上的大型矿井二十八个，加上中小型矿井的建设，全国煤矿建设总规模将达二亿二千万吨。"
    f = fact(s, "二十八个")
    assert (f["indicator"], f["value"], f["unit"]) == ("新建一百万吨以上的大型矿井", 28.0, "个")
    assert "一百万吨" not in set(_printed(s))  # the bound names the class, no figure
    # 1982
    s = ("五年内新建和续建装机容量四十万千瓦以上的水电站十五个，二十万千瓦以上的火电站四十五个，三十万千瓦的核电站一个，"
         "加上小型电站的建设，全国电站建设总规模为三千六百六十万千瓦。")
    assert fact(s, "十五个")["indicator"] == "新建和续建装机容量四十万千瓦以上的水电站"
    assert fact(s, "四十五个")["indicator"] == "新建和续建装机容量二十万千瓦以上的火电站"


def test_the_class_keeps_its_whole_name_when_no_time_heads_it():
    # 1983
    s = "“六五”计划安排的续建和新建的大中型项目共八百九十个，其中已开工建设的投资在五亿元以上的重大建设项目有九十三个。"
    assert fact(s, "九十三个")["indicator"] == "已开工建设的投资在五亿元以上的重大建设项目"


def test_a_deficit_had_each_year_on_average_is_named_without_the_verb_of_having():
    # 1982
    s = "这五年计划安排平均每年有财政赤字三十亿元左右。"
    f = fact(s, "三十亿元")
    assert (f["indicator"], f["indicator_key"], f["value"], f["qualifier"]) == (
        "财政赤字", "fiscal_deficit", 3e9, "about")
    assert (f["comparator"], f["status"]) == ("平均每年", "target")  # an amount each year of the plan's span


def _printed(s: str) -> list[str]:
    got = facts(s)
    return list(got["raw_value"] + got["raw_unit"])


def test_a_change_against_the_present_is_a_target():
    # 1978
    s = ("（一）在普遍增产粮食的基础上抓好两头，一头是抓好十二个大面积商品粮基地和全国的国营农场，八年内使它们提供的商品粮"
         "比现在增加两、三倍；一头是抓好低产缺粮地区，使它们在两、三年内实现粮食自给自余。")
    for printed, value in (("两", 200.0), ("三倍", 300.0)):
        f = fact(s, printed, within="增加两、三倍")
        assert (f["measure"], f["value"], f["comparator"], f["status"]) == ("change_pct", value, "现在", "target")


def test_a_base_frame_and_the_actors_before_it_are_no_part_of_the_name():
    # 1979
    s = ("我们要求各地区、各部门在各企业今年计划定额的基础上节约煤和电百分之二到三，节约油百分之五到十，"
         "这个目标经过努力是完全可以达到的。")
    for printed in ("百分之二", "三"):
        f = fact(s, printed, within="百分之二到三")
        assert (f["indicator"], f["measure"], f["status"]) == ("煤和电", "change_pct", "target")


def test_a_frame_with_no_name_after_it_leaves_the_name_before_it():
    # 2011
    s = "今后五年，我国经济增长预期目标是在明显提高质量和效益的基础上年均增长7%。"
    f = fact(s, "7%")
    assert (f["indicator_key"], f["measure"], f["status"]) == ("gdp", "change_pct", "target")


def test_a_plan_arranging_an_amount_is_no_part_of_its_name():
    # 1982
    s = ("第六个五年计划安排教育、科学、文化、卫生、体育事业的经费占国家财政支出总额的百分之十五点九，"
         "其中一九八五年将达到百分之十六点八，比第五个五年计划期间的百分之十一有了较大的提高。")
    for printed, status in (("百分之十五点九", "target"), ("百分之十六点八", "target"), ("百分之十一", "actual")):
        f = fact(s, printed)
        assert (f["indicator"], f["measure"], f["status"]) == (
            "教育、科学、文化、卫生、体育事业的经费", "rate_pct", status)
    assert fact(s, "百分之十五点九")["period"] == "1981-1985年"  # (the plan's years, read from its name)


def test_a_plan_arranging_things_named_with_de_keeps_it():
    # 1983
    s = "“六五”计划安排的续建和新建的大中型项目共八百九十个，其中已开工建设的投资在五亿元以上的重大建设项目有九十三个。"
    assert fact(s, "八百九十个")["indicator"] == "“六五”计划安排的续建和新建的大中型项目"


# 1982: the opening of the report on the sixth five-year plan, then a paragraph of its first part
_SIXTH_PLAN = ("各位代表：\n\n　　现在，我代表国务院，作关于我国国民经济和社会发展第六个五年计划的报告，请大会审议。\n\n"
               "第六个五年计划的基本任务\n\n　　")


def test_a_plans_growth_restated_as_a_rate_each_year_is_a_change_over_the_plans_years():
    # 1982
    s = "在这个期间，我国工农业总产值计划增长百分之二十一点七，平均每年递增百分之四。"
    text = _SIXTH_PLAN + s
    total, yearly = fact(text, "百分之二十一点七"), fact(text, "百分之四")
    assert (total["measure"], total["status"], total["period"]) == ("change_pct", "target", "1981-1985年")
    assert "multi_year" in total["flags"]
    assert (yearly["measure"], yearly["comparator"], yearly["period"]) == ("change_pct", "平均每年", "1981-1985年")
    # 1982
    s = "城乡居民按人口平均的消费水平计划提高百分之二十二，平均每年递增百分之四点一。"
    text = _SIXTH_PLAN + s
    for printed in ("百分之二十二", "百分之四点一"):
        f = fact(text, printed)
        assert (f["indicator"], f["measure"], f["status"], f["period"]) == (
            "城乡居民按人口平均的消费水平", "change_pct", "target", "1981-1985年")


def test_a_growth_with_a_two_year_average_after_it_stays_a_years_growth():
    # changping_2021_fy (data/): a two-year average restates no change over the years
    s = "全区实现地区生产总值1286.4亿元,同比增长8.6%,两年平均增长5.1%。"
    assert fact(s, "8.6%")["measure"] == "yoy_pct"


def test_a_demonstrative_before_a_name_is_no_part_of_it():
    # 1978: 这样一个 points at the country, it names nothing measured
    s = ("在我们这样一个人口占世界五分之一的社会主义国家，在今后不到四分之一世纪的时间内实现四个现代化，"
         "这在我国和世界历史上都是伟大的壮举。")
    f = fact(s, "五分之一")
    assert (f["indicator"], f["measure"], f["value"], f["comparator"]) == ("人口", "rate_pct", 20.0, "世界")


def test_grain_production_reaching_an_amount_is_grain_output():
    # 1988: 粮食生产 reaching a weight is the grain output, keyed as 粮食产量 is
    s = "到本世纪末，我国粮食生产必须争取达到５０００亿公斤，平均每年增产８０亿公斤。"
    for printed in ("５０００亿公斤", "８０亿公斤"):
        assert fact(s, printed)["indicator_key"] == "grain_output", printed
    # 2018: the capacity to produce grain is no output (it is the capacity 粮食综合生产能力 names)
    assert fact("粮食生产能力达到1.2万亿斤。", "1.2万亿斤")["indicator_key"] == "grain_capacity"


def test_units_counted_before_the_work_on_them_and_its_verb_are_named_alone():
    # 1982: 把 N个 X 的 Y 做好: the units counted, not the work done on them nor the verb after it, whatever head
    # word (现有) a name drops
    s = ("只要不再“冻结技术”、“复制古董”，有重点有步骤地把几十万个现有企业的技术改造做好了，"
         "生产发展的速度就一定会快起来。")
    f = fact(s, "几十万个")
    assert (f["indicator"], f["value"], f["qualifier"]) == ("企业", 100000.0, "over")
    # written: the same units before the work pushed on
    assert fact("推进30个现有企业的技术改造。", "30个")["indicator"] == "企业"
    # dongcheng_2020_h1 (data/): a slogan in quotes keeps its verb
    s = "梳理完成企业投资、社会保障等民生领域130个“办好一件事”主题事项,149项事项实现“全区通办”。"
    assert fact(s, "130个")["indicator"] == "“办好一件事”主题事项"
