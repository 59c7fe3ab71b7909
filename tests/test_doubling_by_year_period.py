"""A change a plan sets against a base year, after a year to reach, is of the year reached.

In a plan part a target with no period of its own takes the last plan time its sentence names: 到2020年 gives a
level 2020年 and a change the five years it ends. A change printed against a year before those five years
(比2010年翻一番) sets the value of the year reached against that base, so it is of that year, with the base as its
comparator, as a doubling with its year printed before it is (``2010年人均国内生产总值比2000年翻一番`` →
``2010年``). A change with no base, or one after a plan period (“十三五”时期…年均增长), keeps the span.
"""

from __future__ import annotations

from _sentences import fact, facts

PLAN_2016 = "2016年政府工作报告\n\n二、“十三五”时期主要目标任务和重大举措\n\n"
S2016 = ("——保持经济中高速增长，推动产业迈向中高端水平。实现全面建成小康社会目标，到2020年国内生产总值和城乡居民"
         "人均收入比2010年翻一番，“十三五”时期经济年均增长保持在6.5%以上。")


def test_doubling_against_a_base_year_is_of_the_year_reached() -> None:
    # national work report 2016
    f = facts(PLAN_2016 + S2016 + "\n")
    f = f[f["raw_unit"] == "番"]
    assert f["indicator"].tolist() == ["国内生产总值", "城乡居民人均收入"]  # each of the two doubles
    for r in f.itertuples():
        assert (r.measure, r.value, r.period, r.comparator) == ("change_pct", 100.0, "2020年", "2010年")


def test_average_growth_over_the_plan_keeps_its_span() -> None:
    # national work report 2016: the plan period named after the year to reach is the time of the average
    f = fact(PLAN_2016 + S2016 + "\n", "6.5%")
    assert (f["measure"], f["period"], f["comparator"]) == ("change_pct", "2016-2020年", "年均")


def test_district_plan_doubling_is_of_the_year_reached() -> None:
    # written sentence, in the words district plans of 2016 print
    text = ("2016年政府工作报告\n\n二、“十三五”时期的主要目标\n\n"
            "到2020年，全区地区生产总值和城乡居民人均收入比2010年翻一番，一般公共预算收入年均增长8%。\n")
    f = facts(text)
    f = f[f["raw_unit"] == "番"]
    assert f["indicator"].tolist() == ["地区生产总值", "城乡居民人均收入"]
    assert set(zip(f["period"], f["comparator"], strict=True)) == {("2020年", "2010年")}
