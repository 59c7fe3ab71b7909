"""Periods, statuses and names in the national work reports of 1954-1999 read on their verbatim sentences
(bundled work reports, year in the comment)."""

from __future__ import annotations

from _sentences import facts


def _fact(work_reports, year: int, sentence_part: str, printed: str) -> dict:
    _, f = work_reports[year]
    rows = f[f["sentence"].str.contains(sentence_part, regex=False) & (f["raw_value"] + f["raw_unit"] == printed)]
    assert len(rows) == 1, rows[["raw_value", "indicator"]].to_string()
    return rows.iloc[0].to_dict()


def test_a_span_of_years_before_its_noun_dates_both_ends_of_a_move(work_reports):
    # 1979: 一九七一年到一九七八年的人口自然增长率，四川省由千分之二十九降到千分之六点一，上海市由千分之七降到千分之五点一
    s = "一九七一年到一九七八年的人口自然增长率，四川省由千分之二十九降到千分之六点一"
    for printed, period in (("千分之二十九", "1971年"), ("千分之六点一", "1978年"),
                            ("千分之七", "1971年"), ("千分之五点一", "1978年")):
        f = _fact(work_reports, 1979, s, printed)
        assert (f["period"], f["measure"]) == (period, "rate_pct"), printed


def test_a_years_planned_amount_is_a_target_of_that_year(work_reports):
    # 1954: 一九五三年全國完成的工業基本建設投資總額比較一九五二年增加了百分之九十六，一九五四年計劃的工業基本建設
    # 投資總額又比一九五三年增加百分之二十八。
    s = "一九五四年計劃的工業基本建設投資總額又比一九五三年增加百分之二十八"
    f = _fact(work_reports, 1954, s, "百分之二十八")
    assert (f["measure"], f["status"], f["period"], f["comparator"]) == ("yoy_pct", "target", "一九五四年", "一九五三年")
    f = _fact(work_reports, 1954, s, "百分之九十六")
    assert (f["measure"], f["status"], f["period"]) == ("yoy_pct", "actual", "一九五三年")


def test_a_years_planned_amount_regression_fixture():
    """Text written for the test (a regression fixture): 2024年计划的 in a district's half-year review, and a plan
    named with 五年计划的 that sets no target."""
    text = ("2024年上半年工作总结\n一、上半年工作情况\n上半年，全区完成固定资产投资30亿元。"
            "2024年计划的固定资产投资总额比2023年增长8%。第一个五年计划的前三年共增加了17亿元。\n")
    f = facts(text).set_index("raw_value")
    assert (f.at["8", "status"], f.at["8", "period"], f.at["8", "measure"]) == ("target", "2024年", "yoy_pct")
    assert f.at["30", "status"] == "actual"
    assert f.at["17", "status"] == "actual"


def test_a_span_a_change_is_measured_over_is_its_period_as_printed_when_the_reports_years_are_unknown(work_reports):
    # 1960 (no year of the report read): 全国粮食总产量，在过去四年中共增加了一千九百零五亿斤，即从一九五五年的…
    f = _fact(work_reports, 1960, "全国粮食总产量，在过去四年中共增加了", "一千九百零五亿斤")
    assert (f["measure"], f["comparator"], f["period"]) == ("abs_change", "四年中", "过去四年中")
    # 1955 (no year of the report read): 在运输交通方面：两年铁路的货物周转量增长百分之五十五，…
    f = _fact(work_reports, 1955, "两年铁路的货物周转量增长百分之五十五", "百分之五十五")
    assert (f["measure"], f["comparator"], f["period"]) == ("change_pct", "两年", "两年")


def test_a_span_a_change_is_measured_over_takes_the_years_printed_right_before_it(work_reports):
    # 1982 (no year of the report read): 在一九七一年到一九八○年的十年间，我国工业企业由一九七○年的十九万五千多个
    # 增加到三十七万七千多个（…），增加近一倍
    f = _fact(work_reports, 1982, "十年间，我国工业企业由一九七○年的", "一倍")
    assert (f["measure"], f["comparator"], f["period"]) == ("change_pct", "十年间", "1971-1980年")


def test_jiao_before_a_base_heads_no_name_as_bi_does(work_reports):
    # 1957: 公私合营企業的工業总产值达到了一百亿九十一元，較1955年这些企業的总产值增加了約32％; 1956年，公私合营商店、
    # 合作商店和合作小組的零售总額达一百一十亿元，較1955年这些企業的零售总額增加了15%以上
    f = _fact(work_reports, 1957, "較1955年这些企業的总产值增加了約32％", "32％")
    assert (f["indicator"], f["measure"], f["comparator"]) == ("公私合营企業的工業总产值", "yoy_pct", "1955年")
    f = _fact(work_reports, 1957, "較1955年这些企業的零售总額增加了15%以上", "15%")
    assert (f["indicator"], f["measure"], f["comparator"]) == ("公私合营商店、合作商店和合作小組的零售总額", "yoy_pct", "1955年")
    # 1956: 根据１９５５年对３，２８０个较大的建设单位的统计: 较大 is part of the name
    f = _fact(work_reports, 1956, "３，２８０个较大的建设单位", "３，２８０个")
    assert f["indicator"] == "较大的建设单位"


def test_a_copula_after_a_counted_noun_ends_its_name(work_reports):
    # 1981: 一亿多吨石油是我国一笔很大的财富
    assert _fact(work_reports, 1981, "一亿多吨石油是我国一笔很大的财富", "一亿吨")["indicator"] == "石油"
    # 1954: 大家所知道的蘇聯協助我國建設的一百四十一個項目就是其中的骨幹
    assert _fact(work_reports, 1954, "一百四十一個項目就是其中的骨幹", "一百四十一個")["indicator"] == "項目"


def test_a_figure_up_to_a_date_within_the_year_in_a_plan_part_is_an_outcome(work_reports):
    # 1956, part 三、为实现１９５６年的国家预算而努力: 在基本建设方面，到５月份为止，全国基本建设投资总额完成年计划２７％，
    # 去年同期则完成２４％。按照完成的投资额来比较，比去年同期增长６８％，其中建筑安装工程比去年同期增长８０％。
    for printed in ("６８％", "８０％"):
        f = _fact(work_reports, 1956, "按照完成的投资额来比较，比去年同期增长６８％", printed)
        assert (f["status"], f["period"]) == ("actual", "到5月份为止"), printed


def test_a_span_a_change_is_measured_over_takes_two_years_its_sentence_names_together(work_reports):
    # 1960: 使我们在一九五八年和一九五九年取得了农业生产的连续大跃进，粮食两年增长百分之四十六，棉花两年增长百分之四十七
    for printed in ("百分之四十六", "百分之四十七"):
        f = _fact(work_reports, 1960, "粮食两年增长百分之四十六", printed)
        assert (f["measure"], f["comparator"], f["period"]) == ("change_pct", "两年", "1958-1959年"), printed


def test_a_span_opening_a_clause_after_a_condition_heads_the_later_changes_of_the_sentence(work_reports):
    # 1983: 在坚持国营经济占主导地位的前提下，四年中城镇集体所有制单位就业职工增加六百零三万人，工业产值增长百分之四十九，
    # 城镇个体劳动者从十五万人增加到一百四十七万人
    s = "四年中城镇集体所有制单位就业职工增加六百零三万人，工业产值增长百分之四十九"
    f = _fact(work_reports, 1983, s, "百分之四十九")
    assert (f["indicator"], f["measure"], f["comparator"], f["period"]) == ("工业产值", "change_pct", "四年中", "1979-1982年")
    assert _fact(work_reports, 1983, s, "一百四十七万人")["period"] == "1982年"


def test_the_changes_listed_after_a_change_over_a_plans_years_are_over_those_years(work_reports):
    # 1955: 第一个五年计划规定农业及其副业的总产值在五年内增长百分之二十三点三，到一九五七年达到五百九十六亿六千万元；
    # 以产量说，粮食增长百分之十七点六，即增产五百七十八亿斤，到一九五七年达到三千八百五十六亿斤，棉花增长百分之二十五点四，…
    s = "以产量说，粮食增长百分之十七点六，即增产五百七十八亿斤"
    for printed in ("百分之二十三点三", "百分之十七点六", "百分之二十五点四"):
        f = _fact(work_reports, 1955, s, printed)
        assert (f["measure"], f["comparator"], f["period"], f["status"]) == (
            "change_pct", "五年内", "1953-1957年", "target"), printed
    # (the level each change reaches stays of the plan's last year)
    f = _fact(work_reports, 1955, s, "三千八百五十六亿斤")
    assert (f["measure"], f["period"]) == ("level", "一九五七年")
