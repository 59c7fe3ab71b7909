"""Bulletin lines as district and county statistical bulletins print them: a 有 inside the name before (拥有量) owns
nothing of the next item, 三次产业…分别 lists the three industries, and the bulletin's names of the registered
population and the yearly PM2.5 concentration are keyed.

The district printings are regression fixtures written in the style of district and county statistical bulletins,
each with the real sentence it was modelled on and its file.
"""

from __future__ import annotations

import pytest
from _sentences import fact_at, facts

BULLETIN = "2023年某县国民经济和社会发展统计公报\n\n一、综合\n\n"


@pytest.mark.parametrize("sentence", [
    # bulletin fixtures, modelled on minhang_sh_2015_bulletin (至年末，全区有农民专业合作社112家，区级以上农业产业化龙头
    # 企业6家: the items of one stock, each named by its own words)
    "年末有效发明专利拥有量560件，每万人口发明专利拥有量1.2件。",
    "全年专利授权量1250件，其中发明专利授权86件；年末有效发明专利拥有量560件，每万人口发明专利拥有量1.2件。",
    "年末全县有效发明专利拥有量达到560件，每万人口发明专利拥有量1.2件。",
])
def test_a_has_word_inside_the_name_before_owns_nothing(sentence):
    f = fact_at(BULLETIN + sentence, "1.2件")
    assert (f["indicator"], f["indicator_key"]) == ("每万人口发明专利拥有量", "invention_patents_per_10k")
    assert fact_at(BULLETIN + sentence, "560件")["indicator"] == "有效发明专利拥有量"
    # (an owner before its own 有 still names the next item: tests/test_list_item_of_an_owner_that_has.py)


@pytest.mark.parametrize(("sentence", "names"), [
    # bulletin fixtures, modelled on district_2021_bulletin_rank (分产业看，第一产业增加值6.2亿元，增长6.9%；第二产业
    # 增加值22.7亿元…) and the list 第一、二、三产业…分别 the bulletins print
    ("三次产业对经济增长的贡献率分别为10.5%、35.2%和54.3%。",
     ["第一产业对经济增长的贡献率", "第二产业对经济增长的贡献率", "第三产业对经济增长的贡献率"]),
    ("全年三次产业增加值分别增长3.1%、5.2%和6.3%。", ["第一产业增加值", "第二产业增加值", "第三产业增加值"]),
    ("一二三产业投资分别增长5.0%、6.1%和7.2%。", ["第一产业投资", "第二产业投资", "第三产业投资"]),
])
def test_the_three_industries_of_a_list_are_its_items(sentence, names):
    assert facts(BULLETIN + sentence)["indicator"].tolist() == names


def test_the_three_industries_structure_stays_a_ratio():
    # district_2021_bulletin_rank, verbatim
    got = facts("三次产业结构由上年的6.9∶24.2∶68.9调整为6.7∶24.9∶68.4。")
    assert set(got["measure"]) == {"ratio"}
    assert got["indicator"].tolist()[:3] == ["第一产业", "第二产业", "第三产业"]


@pytest.mark.parametrize(("sentence", "printed", "key"), [
    # bulletin fixtures, modelled on district_2021_bulletin_rank (年末全区户籍人口29.5万人，其中：城镇人口20.8万人…)
    ("年末全县户籍总人口52.3万人，其中：城镇人口21.6万人，乡村人口30.7万人。", "52.3万人", "registered_population"),
    ("年末全区户籍人口29.5万人，其中：城镇人口20.8万人，乡村人口8.7万人。", "29.5万人", "registered_population"),
    # bulletin fixture: the yearly mean concentration as bulletins name it
    ("全年空气质量优良天数比例为89.6%，细颗粒物（PM2.5）年平均浓度为32微克/立方米，比上年下降5.9%。", "32微克/立方米",
     "pm25"),
    ("全年PM2.5年平均浓度为32微克/立方米，比上年下降5.9%。", "5.9%", "pm25"),
])
def test_bulletin_names_of_the_registered_population_and_pm25_are_keyed(sentence, printed, key):
    assert fact_at(BULLETIN + sentence, printed)["indicator_key"] == key
