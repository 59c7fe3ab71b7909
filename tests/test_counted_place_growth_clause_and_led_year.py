"""Five readings of the national work reports' sentences, each a way reports are written in general.

A count whose noun is followed by 在 and the place of what they do (八個國家在馬尼拉擧行會議, 两千四百多件文学艺术作品在
全国性的评奖…中得奖) is of the noun, named by what is done there when the clause is short; counted persons keep the
words for them, as they do before any predicate with no known head (1260万农村户籍孩子在城市接受义务教育,
几千万人居住在…棚户区). A clause of growth a carried name ran on into (农业生产合作社有了很大的发展，…已发展到
将近五十万个) is no part of the name. A year a connective alone leads at the head of its clause, with 的 and a name
after it (但一九五四年的粮食产量，…比一九五二年仍增长了百分之三点四), is the period of the clause, as it is with no
connective; so is the year of a draft plan whose verb of setting opens the sentence (一九六五年计划草案拟定，…), while
the title of a draft (2022年计划草案的报告) frames nothing. The date of the count a sentence cites (據一九五三年底的統計,
据本年５月份的统计) is the period of its figures, as 据5月底统计 is. Each sentence is quoted verbatim from the report named in its comment.
"""

from __future__ import annotations

from _sentences import fact_at

from dhcheng_analysis.facts import clean_name


def test_a_count_before_the_place_of_what_they_do_is_of_its_noun():
    # national work report 1954
    got = fact_at("在亞洲，美國侵略集團最近又拼湊了八個國家在馬尼拉擧行會議，締結了所謂「\n東南亞集體防務條約\n」。", "八個")
    assert (got["indicator"], got["value"], got["unit"]) == ("馬尼拉擧行會議的國家", 8.0, "个")
    # national work report 1983
    got = fact_at("这几年，共有两千四百多件文学艺术作品在全国性的评奖或会演活动中得奖。", "两千四百多件")
    assert (got["indicator"], got["value"], got["qualifier"]) == ("文学艺术作品", 2400.0, "over")
    # national work report 1986
    got = fact_at("推广一批效益好的科技成果，在若干具有关键意义的新技术攻关中取得突破性进展，争取有百分之四十左右的主要工业"
                  "产品在性能和质量上达到发达国家七十年代末或八十年代初的水平。", "百分之四十")
    assert (got["indicator"], got["measure"], got["value"]) == ("主要工业产品", "rate_pct", 40.0)


def test_counted_persons_before_a_place_keep_their_words():
    # national work report 2013
    got = fact_at("初步解决进城务工人员随迁子女在城市接受义务教育问题，现有1260万农村户籍孩子在城市接受义务教育。", "1260万")
    assert got["indicator"] == "农村户籍孩子"
    # national work report 2017
    got = fact_at("目前城镇还有几千万人居住在条件简陋的棚户区，要持续进行改造。", "几千万人")
    assert got["indicator"] == "居住在条件简陋的棚户区的人"


def test_a_clause_of_growth_is_no_part_of_a_carried_name():
    # national work report 1955
    got = fact_at("两年中农业生产合作社有了很大的发展，一九五四年底已发展到将近五十万个，为今后农业增产和农业合作化的进一步"
                  "发展创造了有利的条件。", "五十万个")
    assert (got["indicator"], got["value"], got["qualifier"], got["period"]) == (
        "农业生产合作社", 500000.0, "nearly", "一九五四年底")
    # national work report 1958
    s1958 = ("一九五八年要求大家畜——牛、马、驴、骡的数量有比较快的发展，合计比上一年增长百分之四点六，达到八千八百二十七万头，"
             "以适应农业增产对于畜力的迫切需要。")
    for printed in ("百分之四点六", "八千八百二十七万头"):
        assert fact_at(s1958, printed)["indicator"] == "大家畜——牛、马、驴、骡的数量"


def test_the_clause_of_growth_is_cut_whatever_its_degree_word():
    assert clean_name("居民收入有了很大的提高") == "居民收入"
    assert clean_name("民营经济有了长足发展") == "民营经济"
    assert clean_name("研究与试验发展") == "研究与试验发展"  # a name that ends with 发展


def test_a_year_a_connective_leads_frames_its_clause():
    # national work report 1955
    got = fact_at("但一九五四年的粮食产量，就全国范围来说，比一九五二年仍增长了百分之三点四，糖料、油料、烟叶等技术作物在两年中"
                  "一般都有增加，只是棉花减产了。", "百分之三点四")
    assert (got["indicator"], got["measure"], got["period"], got["comparator"]) == (
        "粮食产量", "change_pct", "一九五四年", "一九五二年")


def test_the_year_of_a_draft_plan_that_sets_a_figure_frames_its_clause():
    # national work report 1964: the plan of 1965 compared with the year reviewed is a year's growth
    got = fact_at("一九六五年计划草案拟定，农业总产值比一九六四年增长百分之五左右。", "百分之五")
    assert (got["indicator"], got["measure"], got["status"], got["period"], got["comparator"], got["qualifier"]) == (
        "农业总产值", "yoy_pct", "target", "一九六五年", "一九六四年", "about")


def test_the_date_of_the_count_a_sentence_cites_is_its_period():
    # national work report 1954
    s1954 = "據一九五三年底的統計，已經有三十萬手工業者組織在四千八百多個生産合作社中。"
    assert [fact_at(s1954, p)["period"] for p in ("三十萬", "四千八百")] == ["一九五三年底", "一九五三年底"]
    # national work report 1956: the month of the count, not the end of the year a sentence before forecasts
    s1956 = ("预计到１９５６年底，各种经济成分在工业总产值中所占的比重将变化如下：国营占６３．８％，合作社营占４．７％"
             "，公私合营占３１．１％，而私营工业则只占０．４％。在手工业总产值中，手工业生产合作社、供销生产社和生产小"
             "组的产值将上升到７２．５％，个体手工业者的产值将下降为２７．５％。在农业方面，据本年５月份的统计，参加农"
             "业生产合作社的农户已经占总农户的９０％以上，其中参加高级合作社的农户，已经占总农户的６０％左右。")
    got = fact_at(s1956, "９０％")
    assert (got["indicator"], got["measure"], got["qualifier"], got["status"], got["period"]) == (
        "参加农业生产合作社的农户", "rate_pct", "at_least", "actual", "5月份")
