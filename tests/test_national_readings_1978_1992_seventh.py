"""The work reports of 1978–1992, a seventh reading: the time of a five-year plan (在过去的几个五年计划期间, 第一个五年
计划期间) plans nothing once the plan is over, or when no plan is named, while a plan still running does (将在第二个五年
计划期间进行施工); the count inside the name of 十种有色金属 is no figure, and the name keeps it; a count before a list of
modifiers joined by 、 and closed by 的 counts the noun after them (十四个实力比较雄厚、布局比较合理的工业基地), unless the
count is itself in a list of phrases (反对美国侵略、坚持五项正义要求、保卫革命的斗争); a bare growth right after a change
a year over several years is one a year over the same years (平均每年增加四十二亿元，增长百分之四点九); 超过 before the
growth of another (超过重工业每年平均增长百分之三点四的速度) is no part of its name, as 高于 is none, nor is 以及 opening
the last item of a list.
Sentences copied verbatim from the work-report corpus (year in the comment)."""

from __future__ import annotations

from _sentences import fact_at, facts


def test_the_time_of_plans_gone_by_plans_nothing(work_reports):
    # 1986
    s = ("在过去的几个五年计划期间，财政收入增加最多的是“五五”时期，一九八○比一九七五年增加二百二十六亿元，而“六五”"
         "期间的增加额大大超过“五五”间期，一九八五年比一九八○年增加七百八十六亿元，在国家财政收入增加的同时，预算外资金"
         "也大幅度增加，一九八五年达到一千四百三十亿元，预算内和预算外两项资金合计比一九八○年增加了一倍。")
    assert [fact_at(s, p)["status"] for p in ("二百二十六亿元", "七百八十六亿元", "一千四百三十亿元", "一倍")] == [
        "actual"] * 4
    # 1959: the first five-year plan is over
    s = "第一个五年计划期间，国家对经济和文化部门的基本建设投资总额共为四百九十三亿元，超过原定计划四百二十七亿四千万元的百分之十五点三。"
    f = work_reports.fact_at(1959, s, "四百九十三亿元")
    assert (f["indicator"], f["status"]) == ("国家对经济和文化部门的基本建设投资总额", "actual")


def test_the_time_of_a_plan_still_running_plans(work_reports):
    # 1955
    s = ("苏联帮助我国建设的一百五十六个工业单位，在第一个五年计划期间开始施工的是一百四十五个单位，其他十一个单位在第一个"
         "五年计划期间进行勘察和设计，将在第二个五年计划期间进行施工。")
    assert work_reports.fact_at(1955, s, "一百四十五个")["status"] == "target"


def test_the_count_in_the_name_of_ten_nonferrous_metals_is_no_figure():
    # 1980
    s = "原材料工业，钢产量3，500万吨，十种有色金属108万吨，水泥7，800万吨，化肥1，230万吨，木材4，910万立方米。"
    f = facts(s)
    assert "十" not in set(f["raw_value"])
    assert fact_at(s, "108万吨")["indicator"] == "十种有色金属产量"  # the output, as the steel's before it


def test_a_count_before_modifiers_listed_up_to_de_counts_the_noun_after_them():
    # 1978
    s = ("这一百二十个项目建成后，加上原有的工业基础，全国可以形成十四个实力比较雄厚、布局比较合理的工业基地，对于改变"
         "我国基础工业的落后状况，具有决定性的意义。")
    f = fact_at(s, "十四个")
    assert (f["indicator"], f["measure"], f["value"], f["unit"]) == (
        "实力比较雄厚、布局比较合理的工业基地", "level", 14.0, "个")
    # 1964: the count is itself an item of a list of phrases
    s = "周总理坚决支持古巴人民反对美国侵略、坚持五项正义要求、保卫革命的斗争，支持拉丁美洲各国人民的民族民主革命斗争。"
    assert fact_at(s, "五项")["indicator"] == "正义要求"


def test_a_bare_growth_after_a_change_a_year_over_several_years_is_over_them_too():
    # 1982
    s = ("全国职工的工资总额一九八○年为七百七十三亿元，一九八五年将达到九百八十三亿元，平均每年增加四十二亿元，"
         "增长百分之四点九。")
    f = fact_at(s, "百分之四点九")
    assert (f["measure"], f["value"], f["comparator"], f["status"]) == ("change_pct", 4.9, "平均每年", "target")
    assert "multi_year" in f["flags"]


def test_the_word_of_exceeding_before_the_growth_of_another_is_no_part_of_its_name():
    # 1983
    s = "从一九七九年到一九八二年的四年内，轻工业平均每年增长百分之十一点八，超过重工业每年平均增长百分之三点四的速度。"
    f = fact_at(s, "百分之三点四")
    assert (f["indicator"], f["measure"], f["value"], f["status"]) == ("重工业", "change_pct", 3.4, "actual")


def test_the_conjunction_opening_the_last_item_of_a_list_is_no_head_of_the_name():
    # 1981: the total (共) is of the whole list, the items before the comma included (see
    # test_total_of_a_list_joined_after_a_comma.py); 以及 heads no name
    s = "此外，国家用于农用柴油、农业用电、农机、化肥、民用煤，以及外贸进口的粮食、棉花、糖等的价格补贴共二百三十四亿元。"
    f = fact_at(s, "二百三十四亿元")
    assert (f["indicator"], f["measure"], f["value"]) == (
        "国家用于农用柴油、农业用电、农机、化肥、民用煤，以及外贸进口的粮食、棉花、糖等的价格补贴", "level", 2.34e10)
    assert not f["indicator"].startswith("以及")
