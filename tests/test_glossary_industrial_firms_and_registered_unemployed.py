"""Glossary keys of the counts and rates a district's statistics print of its industry and labour: the industrial
enterprises above designated size (a count at a date, and those added in the period), the share of them making a
loss (亏损面), and the registered unemployed persons.

Verbatim sentences of the constructed district texts (the file in the comment of each case). A count of the units
named before a quantity of theirs leaves that quantity the industry's (规上工业企业产值 is a sector's output, as
规上工业产值 is); a bare 亏损面, the firms of all industries and the reemployment of the unemployed stay apart.
"""

from __future__ import annotations

import pytest
from _sentences import fact

from dhcheng_analysis.vocab import indicator_key


@pytest.mark.parametrize(("text", "printed", "key", "measure"), [
    # tests/gold/constructed/kunshan_2021_q1q3
    ("新增规上工业企业268家，累计达到2946家。", "268家", "industrial_firms_above_size_added", "level"),
    ("新增规上工业企业268家，累计达到2946家。", "2946家", "industrial_firms_above_size", "level"),
    # tests/gold/constructed/yiwu_2023_h1
    ("新增规上工业企业137家，完成年度目标的68.5%。", "137家", "industrial_firms_above_size_added", "level"),
    ("纺织服装业、小商品制造业增加值分别下降2.9%和1.6%，规上工业企业亏损面达到17.4%，比一季度扩大1.8个百分点，"
     "企业用工、原材料成本压力较大。", "17.4%", "industrial_loss_making_share", "rate_pct"),
    ("纺织服装业、小商品制造业增加值分别下降2.9%和1.6%，规上工业企业亏损面达到17.4%，比一季度扩大1.8个百分点，"
     "企业用工、原材料成本压力较大。", "1.8个百分点", "industrial_loss_making_share", "pp_diff"),
    # tests/gold/constructed/tianhe_2021_q1
    ("住宿和餐饮业营业额仍低于疫情前水平,规模以上工业企业亏损面为21.6%,比上年同期扩大4.1个百分点。", "21.6%",
     "industrial_loss_making_share", "rate_pct"),
    # tests/gold/constructed/short_bulletins
    ("1-5月，全区规上工业企业186家，实现利润21.4亿元，亏损企业47家，亏损面25.3%，比一季度缩小6.4个百分点，"
     "企业经营效益明显改善。", "186家", "industrial_firms_above_size", "level"),
    ("【就业】截至6月末，全区城镇登记失业人员1.26万人，比上年末减少1800人；城镇登记失业率为2.35%，就业形势总体稳定。",
     "1.26万人", "registered_unemployed", "level"),
    ("【就业】截至6月末，全区城镇登记失业人员1.26万人，比上年末减少1800人；城镇登记失业率为2.35%，就业形势总体稳定。",
     "1800人", "registered_unemployed", "abs_change"),
    ("【就业】截至6月末，全区城镇登记失业人员1.26万人，比上年末减少1800人；城镇登记失业率为2.35%，就业形势总体稳定。",
     "2.35%", "urban_registered_unemployment_rate", "rate_pct"),
    # tests/gold/constructed/dongcheng_2022_h1
    ("高校毕业生尚未落实去向2800余人，登记失业人员较年初增加3100人，重点群体就业帮扶任务较重。", "3100人",
     "registered_unemployed", "abs_change"),
])
def test_a_printed_count_or_rate_keys_as_its_concept(text: str, printed: str, key: str, measure: str) -> None:
    row = fact(text, printed)
    assert (row["indicator_key"], row["measure"]) == (key, measure)


def test_the_output_of_the_firms_counted_before_it_is_the_industry_s() -> None:
    # tests/gold/constructed/wuhou_2023_h1: the count keys as the firms, their output as the output above size, a sector's
    text = "全区46户规上工业企业实现产值138.5亿元，同比增长5.2%，其中电子信息产业产值增长11.4%，智能制造和绿色制造水平持续提升。"
    firms, output = fact(text, "46户"), fact(text, "138.5亿元")
    assert firms["indicator_key"] == "industrial_firms_above_size"
    assert (output["indicator_key"], output["dimension"]) == ("industrial_output_above_size", "sector")


@pytest.mark.parametrize(("name", "key"), [
    ("规模以上工业企业", "industrial_firms_above_size"), ("规上工业企业", "industrial_firms_above_size"),
    ("规模以上工业企业数", "industrial_firms_above_size"), ("规上工业企业数量", "industrial_firms_above_size"),
    ("新增规模以上工业企业", "industrial_firms_above_size_added"), ("新增规上工业企业", "industrial_firms_above_size_added"),
    ("规模以上工业企业亏损面", "industrial_loss_making_share"), ("规上工业企业亏损面", "industrial_loss_making_share"),
    ("城镇登记失业人员", "registered_unemployed"), ("登记失业人员", "registered_unemployed"),
    ("城镇登记失业人数", "registered_unemployed"),
    # the longer names of other concepts keep theirs
    ("规上工业企业利润", "industrial_profit_above_size"), ("规模以上工业企业工业总产值", "industrial_output_above_size"),
    ("城镇登记失业人员实现就业", "reemployed_registered_unemployed"), ("城镇登记失业率", "urban_registered_unemployment_rate"),
])
def test_an_alias_names_the_same_quantity(name: str, key: str) -> None:
    assert indicator_key(name) == key


@pytest.mark.parametrize("name", [
    "亏损面",  # of which firms
    "规模以上企业亏损面", "规上服务业中亏损企业占比",  # the firms of all industries; of services
    "规模以上企业", "亏损企业",  # the firms of all industries; the loss-making ones only
    "失业人员",  # registered or not
])
def test_a_near_name_stays_unkeyed(name: str) -> None:
    assert indicator_key(name) == ""
