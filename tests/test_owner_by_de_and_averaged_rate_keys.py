"""A quantity named with its owner joined by 的 is the quantity the two name printed together (我国人口的平均期望寿命 is
人口平均期望寿命, life expectancy; 全國公路的通車里程 is the road length); a glossary rate after 平均 is that rate over
the period the fact states (五年平均人口自然增长率, 全年平均城镇调查失业率), while 平均 before other quantities stays part
of the name. Life expectancy is printed of the residents or of the population (居民人均预期寿命, 人口平均期望寿命);
of the registered residents alone it is a narrower quantity, unkeyed.
Each sentence is quoted verbatim from the report named in its comment.
"""

from __future__ import annotations

import pytest
from _sentences import fact

from dhcheng_analysis.vocab import concept, indicator_key


@pytest.mark.parametrize(("text", "printed", "key"), [
    # shared/corpus/national_work_reports/1993.txt
    ("我国人口的平均期望寿命已经达到７０岁左右，这是人民生活质量提高的综合反映。", "７０岁", "life_expectancy"),
    # shared/corpus/national_work_reports/1954.txt
    ("全國公路的通車里程今年將達十四萬多公里。", "十四萬", "road_length"),
])
def test_an_owner_joined_by_de_names_the_quantity(text: str, printed: str, key: str) -> None:
    assert fact(text, printed)["indicator_key"] == key


def test_an_average_rate_over_the_plan_years_is_the_rate() -> None:
    # shared/corpus/national_work_reports/1993.txt
    text = ("计划生育是涉及千家万户的群众性工作，必须依靠群众。既要切实加强领导，实行目标管理责任制，又要深入进行宣传教育，"
            "改进工作方法，提高技术服务水平，实行优生优育，五年平均人口自然增长率控制在千分之十三左右。")
    f = fact(text, "千分之十三")
    assert (f["indicator"], f["indicator_key"], f["measure"], f["value"], f["unit"], f["qualifier"]) == (
        "平均人口自然增长率", "natural_growth_rate", "rate_pct", 13.0, "‰", "about")


@pytest.mark.parametrize(("name", "key"), [
    ("全国居民的人均可支配收入", "per_capita_disposable_income"), ("全年平均城镇调查失业率", "urban_surveyed_unemployment_rate"),
    ("居民人均预期寿命", "life_expectancy"), ("人口平均预期寿命", "life_expectancy"), ("平均预期寿命", "life_expectancy"),
])
def test_printings_of_the_same_quantity(name: str, key: str) -> None:
    assert indicator_key(name) == key


@pytest.mark.parametrize("name", [
    "户籍人口人均期望寿命", "户籍居民平均期望寿命",  # the registered residents alone
    "平均增长率", "平均工资", "粮食的每亩平均产量",  # no glossary quantity left once 的 or 平均 is taken off
])
def test_no_key_for_a_narrower_or_unknown_quantity(name: str) -> None:
    assert indicator_key(name) == ""


def test_the_scope_before_the_owner_is_kept() -> None:
    assert concept("我国人口的平均期望寿命").scope == "我国"


@pytest.mark.parametrize(("text", "printed"), [
    # constructed printings (regression fixtures, not evidence): 平均 after a rate whose name holds a growth word
    ("全市人口自然增长率平均为3.1‰。", "3.1‰"), ("今年人口自然增长率平均控制在千分之十三左右。", "千分之十三"),
])
def test_an_average_after_a_rate_holding_a_growth_word_is_the_rate_reached(text: str, printed: str) -> None:
    f = fact(text, printed)
    assert (f["indicator"], f["indicator_key"], f["measure"]) == ("人口自然增长率", "natural_growth_rate", "rate_pct")
