"""Names of figures in sentences of the State Council government work reports of 1989-2025.

Each sentence is copied verbatim from the work-report corpus (the year of the report in the comment);
each test names the rule it pins and asserts the fields a reading by eye found wrong.
"""

from __future__ import annotations

from _sentences import fact_printed as fact


# -- a share of a set of units is named by what its clause says of them -------------------------------

def test_share_of_a_set_is_named_by_its_predicate():
    # 1993
    r = fact("全国已有百分之七十六的县普及了小学教育，多数城市普及了初中教育。", "百分之七十六")
    assert (r["indicator"], r["measure"], r["value"]) == ("普及了小学教育的县", "rate_pct", 76.0)
    # 2016
    assert fact("在70%左右的地市开展分级诊疗试点。", "70")["indicator"] == "开展分级诊疗试点的地市"
    assert fact("超过一半人口居住在城镇。", "一半")["indicator"] == "居住在城镇的人口"
    # 1999
    s = ("今年，要使全国80％以上的人口地区普及九年义务教育，扫除青壮年文盲300万人左右；积极发展各种形式的职业教育和"
         "成人教育；大力推进素质教育，注重创新精神和实践能力的培养，使学生在德、智、体、美等方面全面发展。")
    assert fact(s, "80")["indicator"] == "普及九年义务教育的人口地区"


def test_share_of_places_keeps_the_bracket_of_their_kinds():
    # 1997
    s = "义务教育工作继续推进，到去年底，全国已有５０％的县（市、区）基本普及九年义务教育，当年减少青壮年文盲４００万人。"
    assert fact(s, "５０")["indicator"] == "基本普及九年义务教育的县（市、区）"


def test_share_reached_by_its_subject_is_named_by_the_subject_and_the_units():
    # 2011
    s = ("覆盖城乡的社会保障体系建设取得突破性进展，城镇职工基本养老保险实现省级统筹，实施养老保险关系跨省转移接续办法，"
         "连续7年提高企业退休人员基本养老金水平，年均增长10%，新型农村社会养老保险试点覆盖24%的县。")
    assert fact(s, "24")["indicator"] == "新型农村社会养老保险试点覆盖的县"
    # 2014
    assert fact("基本药物制度覆盖80%以上村卫生室。", "80")["indicator"] == "基本药物制度覆盖的村卫生室"
    # 2009
    r = fact("新型农村社会养老保险试点要覆盖全国10%左右的县（市）。", "10")
    assert (r["indicator"], r["qualifier"]) == ("新型农村社会养老保险试点覆盖的县（市）", "about")


def test_share_whose_subject_names_it_keeps_the_subject():
    # 1997
    s = "国家财政收入的６０％以上来自国有企业，有三分之二的城镇职工在国有企业就业，在基础设施和基础工业方面国有企业更是占绝对优势。"
    assert fact(s, "６０")["indicator"] == "国家财政收入"
