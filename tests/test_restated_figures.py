"""A figure pointed back at (这八十亿元中, 在这一百一十九个项目中, 这一百二十个项目建成后) that is the amount a figure of
its sentence or the one before printed says that figure again: it is no fact of its own. What the clause after it
names by it (这八十亿元中，有三十五亿元…, carried as 这) takes the name of the figure said."""

from __future__ import annotations

from _sentences import facts


def test_an_amount_said_again_is_one_fact_and_names_its_part():
    # national work report 1981
    text = ("基本建设投资总额，今年２月修订计划时减少为三百亿元，后来又追加了八十亿元。这八十亿元中，有三十五亿元是用于增加"
            "住宅建设投资，其余用于增加日用消费品的生产能力、增加石油和交通的建设，以及一部分必须恢复的国外引进项目的建设等等。")
    f = facts(text)
    assert f["raw_value"].tolist() == ["三百亿", "八十亿", "三十五亿"]
    assert f["start"].tolist()[1] == text.index("八十亿元")
    assert f["indicator"].tolist()[2] == "基本建设投资总额"


def test_a_count_said_again_in_the_next_sentence_is_one_fact():
    # national work report 1958
    text = ("电力工业部有一百零一个建设项目，地方有十八个建设项目，共计一百一十九个。在这一百一十九个项目中，电站有一百个，"
            "其中火力电站是七十六个，水电站是二十四个。")
    f = facts(text)
    assert f["value"].tolist() == [101, 18, 119, 100, 76, 24]
    assert f["start"].tolist()[2] == text.index("一百一十九个")


def test_a_total_said_again_after_its_parts_is_one_fact():
    # national work report 1978: the second 一百二十个 says the planned projects again, after their parts
    text = ("在这同时，国家计划新建和续建一百二十个大型项目，其中有十大钢铁基地，九大有色金属基地，八大煤炭基地，十大油气田，"
            "三十个大电站，六条铁路新干线和五个重点港口。这一百二十个项目建成后，加上原有的工业基础，全国可以形成十四个实力"
            "比较雄厚、布局比较合理的工业基地。")
    f = facts(text)
    assert (f["value"] == 120).sum() == 1
    assert 14 in f["value"].tolist()


def test_another_amount_pointed_at_stays_a_figure():
    # constructed fixture: the amount pointed at is not the one printed before
    f = facts("后来又追加了八十亿元。这九十亿元中，有三十五亿元是用于增加住宅建设投资。")
    assert f["raw_value"].tolist() == ["八十亿", "九十亿", "三十五亿"]
