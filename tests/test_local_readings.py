"""Readings of figures in district reports, on verbatim sentences of the real excerpts.

Each sentence is copied from a report of ``tests/gold/real/texts``, ``tests/gold/constructed`` or ``data/``
(named in the comment above it); each test states the name, period, comparator or status of one figure of it,
or that a number of it is no figure.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _sentences import fact, facts

# -- a rank's group is the words after its own rank verb, never across a 、 to the rank before it ------------

@pytest.mark.parametrize(("printed", "group"), [("第5位", "全市"), ("第一", "郊区")])
def test_rank_group_is_after_its_own_verb(printed, group):
    # shunyi_2022_fy
    got = fact("全年实现地区生产总值2135.6亿元，比上年增长1.2%，总量居全市第5位、列郊区第一。", printed)
    assert (got["measure"], got["comparator"]) == ("rank", group)


# -- a note of what a statistic covers (统计范围为…, …是指…) bounds a class: its bound is no figure -----------

def test_bound_in_a_note_of_scope_is_no_figure():
    # short_bulletins, the 【说明】 closing a bulletin
    text = ("【说明】本快讯数据截至2021年7月15日，“十四五”时期相关指标另行发布。部分数据因四舍五入，分项之和与总计略有"
            "差异；部分指标为初步统计数，最终以年报数据为准。规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位。")
    assert not facts(text)["raw_value"].eq("2000").any()


# -- who is set to work (组织社区累计…) is no part of the name of the work counted --------------------------------

def test_actor_set_to_work_is_no_part_of_the_name():
    # zhongdu_ws_2025_street_h1
    got = fact("推行“一站式”服务,累计办理项目审批、营业执照等手续19件,平均时限缩短40%;协助84家企业整理“国补”申领材料,"
               "精准推送惠企政策15条,帮助申报扶持资金140万元;深入实施“千企万户大走访”,组织社区累计走访企业2.3万户,"
               "为120家市场主体融资1.35亿元;推动家电、3C等消费券惠及1.2万人次,实现助企惠民双向赋能。", "2.3万户")
    assert (got["indicator"], got["measure"]) == ("走访企业", "level")


# -- after a quoted name of the things counted, what they do names them as after any noun ---------------------

def test_what_things_of_a_quoted_name_do_names_them():
    # dongcheng_2020_fy
    got = fact("依托全区45个应急网点、160个“社区抗疫服务站”保障生活必需品供应。", "160个")
    assert (got["indicator"], got["measure"]) == ("保障生活必需品供应的“社区抗疫服务站”", "level")


# -- the rest (其余, 剩余) of what was counted before is named by it, not by what is done with it ---------------

@pytest.mark.parametrize(("text", "printed", "name"), [
    # wuhou_2023_h1 (the rest of the set after the part done, as after a set closed by 中: 其余的重点项目)
    ("年初确定的10件民生实事已完成4件，其余6件正按计划推进，民生实事累计完成投资18.7亿元，完成年度计划的56.3%。",
     "6件", "其余的民生实事"),
    # budget_2022_final: past the semicolon, the rest of a fund (as 动用预算稳定调节基金 names a flow of it)
    ("年初安排预备费30000万元，实际动用21650万元，主要用于疫情防控和应急处置；剩余8350万元全部转入预算稳定调节基金。",
     "8350万元", "剩余预备费"),
])
def test_rest_of_a_set_is_named_by_the_set(text, printed, name):
    got = fact(text, printed)
    assert (got["indicator"], got["measure"]) == (name, "level")


# -- what is done to things counted before, counted in a unit of its own, is named by the things and the work -

def test_work_done_counted_in_other_units_is_named_by_things_and_work():
    # dongcheng_2023_h1
    text = "确定2023年实施街区更新项目32个,其中申请式退租项目4个,已完成退租签约386户。"
    got = fact(text, "386户")
    assert (got["indicator"], got["measure"]) == ("申请式退租项目退租签约", "level")
    assert fact(text, "4个")["indicator"] == "申请式退租项目"


def test_things_done_counted_in_their_own_unit_keep_the_name_before():
    # wuhou_2023_h1
    got = fact("年初确定的10件民生实事已完成4件，其余6件正按计划推进，民生实事累计完成投资18.7亿元，完成年度计划的56.3%。",
               "4件")
    # the noun of the set before, with what is done of it (as 30项区级重点工程已开工22项 → 已开工的区级重点工程)
    assert (got["indicator"], got["relation"]) == ("已完成的民生实事", "done")


# -- 年末 opening a sentence is the time of its stocks, their parts and changes, to the sentence's end ----------

def _bulletin(name: str) -> str:
    gold = Path(__file__).parent / "gold"
    path = gold / "real" / "texts" / f"{name}.txt"
    return (path if path.exists() else gold / "constructed" / name / f"{name}.txt").read_text(encoding="utf-8")


def _period_in(text: str, sentence: str, printed: str) -> str:
    at = text.index(sentence) + sentence.index(printed)
    f = facts(text)
    hit = f[(f["start"] >= at) & (f["start"] < at + len(printed))]
    assert len(hit) == 1
    return hit.iloc[0]["period"]


@pytest.mark.parametrize(("report", "sentence", "printed", "period"), [
    ("district_2021_bulletin_rank", "年末全区户籍人口29.5万人,其中:城镇人口20.8万人,乡村人口8.7万人。", "20.8万人", "2021年末"),
    ("district_2021_bulletin_rank", "年末全区户籍人口29.5万人,其中:城镇人口20.8万人,乡村人口8.7万人。", "8.7万人", "2021年末"),
    # a flow summed over the year (a retail sales total) printed after 年末 is of the year, not of its end
    ("district_2021_bulletin_rank", "年末限额以上批发和零售企业网上商品零售额1956.7万元,同比增长467.3%。", "467.3%", "2021年"),
    ("changping_2021_fy", "年末全区常住人口226.9万人,比上年末增加0.8万人。", "0.8万人", "2021年末"),
    # the year's end, not the whole year held from before; the year is the one its title names (2015年…统计公报)
    ("minhang_sh_2015_bulletin", "至年末,全区有农民专业合作社112家,区级以上农业产业化龙头企业6家,全区农业规模化生产比例达90%。",
     "6家", "2015年末"),
    # 年初 opening a sentence is no period of it
    ("wuhou_2023_h1", "年初确定的10件民生实事已完成4件，其余6件正按计划推进", "4件", "上半年"),
])
def test_year_end_opening_a_sentence_is_the_time_of_its_figures(report, sentence, printed, period):
    assert _period_in(_bulletin(report), sentence, printed) == period


def test_year_end_opening_a_sentence_holds_in_it_only():
    # district_2021_bulletin_rank: the sentence after it is of the year (the year the text opens with), not its end
    text = _bulletin("district_2021_bulletin_rank")
    assert _period_in(text, "全年出生人口1552人", "1552人") == "2021年"
