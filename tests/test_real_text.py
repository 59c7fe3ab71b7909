"""The extractor on real sentences: each test quotes a sentence of a published report.

Sources: the excerpts of ``tests/gold/real/texts`` (named by file) and the State Council government work
reports bundled with the package (named by year; ``dh.load_corpus()``).  Each test names the mechanism
it pins (number formats, units, status, subjects …), not the sentence: a rule that passes here must hold
for the genre, and every rule change is checked against the whole work-report corpus.
"""

from __future__ import annotations

import re
from pathlib import Path

import _sentences
import pytest
from _real_tables import real_facts, real_report

import dhcheng_analysis as dh

REAL = Path(__file__).parent / "gold" / "real" / "texts"

SOURCE = re.compile(r"^(?:[a-z][a-z0-9_]*|\d{4})(?: \([^)]*\))?: ")


def quoted(text: str) -> str:
    """The sentence without the name of its source (``puyang_m3_budget_table: …``, ``2017: …``)."""
    return SOURCE.sub("", text) if isinstance(text, str) else text


def facts(text):
    """The facts of the quoted sentence (``_sentences.facts``: read once a test process, shared by the tests quoting
    it)."""
    return _sentences.facts(quoted(text))


def rows(text: str, *cols: str) -> list[tuple]:
    cols = cols or ("indicator", "measure", "value", "unit")
    f = facts(text)
    return [tuple(r) for r in f[list(cols)].itertuples(index=False)]


def one(text: str, printed: str, *cols: str) -> tuple:
    """The fact whose printed figure starts with ``printed`` (the first occurrence in ``text``)."""
    text = quoted(text)
    f = facts(text)
    start = text.index(printed)
    # the rows read by position (a filtered copy of the table costs more than the extraction)
    hit = ((f["start"].to_numpy() <= start) & (f["end"].to_numpy() > start)).nonzero()[0]
    assert len(hit) == 1, (printed, f[["indicator", "measure", "value", "unit", "start", "end"]])
    row = f.iloc[hit[0]]
    return tuple(row[c] for c in cols or ("indicator", "measure", "value", "unit"))


# --------------------------------------------------------------------------- number formats


@pytest.mark.parametrize(("text", "printed", "value", "unit", "qualifier"), [
    # 1959: Chinese numerals with 亿 are figures
    ("工业和手工业总产值达到了一千一百七十亿元，比一九五七年的七百零四亿元增长百分之六十六。", "一千一百七十亿", 1.17e11, "元", "exact"),
    ("工业和手工业总产值达到了一千一百七十亿元，比一九五七年的七百零四亿元增长百分之六十六。", "七百零四亿", 7.04e10, "元", "exact"),
    # 1978: 万 and 亿 groups after the numeral
    ("到一九八五年，粮食产量达到八千亿斤，钢产量六千万吨。", "八千亿", 8e11, "斤", "exact"),
    # (an item of the list 大约损失 heads: about, as the first item)
    ("全国大约损失工业总产值一千亿元，钢产量二千八百万吨", "二千八百万", 2.8e7, "吨", "about"),
    # 1954 (Traditional characters): the whole numeral counts, not its last group
    ("因爲沒有及時向國家申請調撥物資損失二十五億七千多萬元，", "二十五億七千多萬", 2.57e9, "元", "over"),
    ("全國被淹的農田約佔全國農田十分之一即一億六千餘萬畝，", "一億六千餘萬", 1.6e8, "亩", "over"),
    # 1960
    ("从业人员有三万八千多人", "三万八千", 38000, "人", "over"),
    # 1956: full-width thousands groups are one number
    ("１９５５年本年收入合计２７，２０３，３１９，０００元，加上上年结转收入３，１５４，６５７，０００元。", "２７，２０３", 27203319000, "元", "exact"),
    # 1980: ASCII digits, full-width comma
    ("粮食产量33，212万吨，比上年增加2，737万吨。", "33，212", 3.3212e8, "吨", "exact"),
    # 1998: spaced digits and a spaced decimal
    ("1 9 9 7 年国内生产总值达到7 4 7 7 2 亿元，按可比价格计算，平均每年增长1 1 ％。", "7 4 7 7 2", 7.4772e12, "元", "exact"),
    ("二、关于1 9 9 8 年政府工作的建议\n去年经济增长8 ．8 ％，", "8 ．8", 8.8, "%", "exact"),
    # 1999: a middle dot as the decimal point
    ("全年增长19·5％", "19·5", 19.5, "%", "exact"),
    # 2017: the unit after a page break of the web copy (a line break and a zero-width space)
    ("国内生产总值达到74.4\n\u200b\n万亿元，增长6.7%，", "74.4", 7.44e13, "元", "exact"),
    # 2011: a space between the number and its magnitude
    ("国内生产总值达到39.8 万亿元，年均增长11.2%", "39.8", 3.98e13, "元", "exact"),
])
def test_number_formats_of_the_work_reports(text, printed, value, unit, qualifier):
    assert one(text, printed, "value", "unit", "qualifier") == pytest.approx((value, unit, qualifier))


def test_spaced_years_are_years_not_figures():
    # 1998: 本届政府从1 9 9 3 年3 月就职
    f = facts("本届政府从1 9 9 3 年3 月就职，到现在已经五年了。1 9 9 7 年国内生产总值达到7 4 7 7 2 亿元。")
    assert f["value"].tolist() == [7.4772e12]


def test_a_subscript_on_its_own_line_stays_in_the_name():
    # 2014: 广义货币M⏎2⏎增长13.6%; 细颗粒物（PM⏎2.5⏎）
    f = facts("广义货币M\n2\n增长13.6%，符合调控目标。")
    assert f["value"].tolist() == [13.6]
    f = facts("以细颗粒物（PM\n2.5\n）和可吸入颗粒物（PM\n10\n）治理为突破口。")
    assert f.empty


@pytest.mark.parametrize(("text", "printed", "value", "unit"), [
    ("xicheng_m1to5: 城镇登记失业率为2.37 %,同比增加1.17个百分点", "2.37", 2.37, "%"),  # a space before %
    ("xicheng_2018_h1: 同比增长4.1.%", "4.1", 4.1, "%"),  # a stray dot before %
])
def test_a_gap_between_number_and_percent(text, printed, value, unit):
    assert one(text, printed, "value", "unit") == (value, unit)


def test_a_large_chinese_numeral_needs_its_unit():
    # 1955: 我国工业发展的历史比它们落后了一百多年 — no unit word, no figure
    assert facts("我国工业发展的历史比它们落后了一百多年，或者几十年。").empty
    # constructed fixture mixed_units: 十亿元级项目 names a size class
    assert facts("其中十亿元级项目3个。")["value"].tolist() == [3]


# --------------------------------------------------------------------------- units


@pytest.mark.parametrize(("text", "printed", "value", "unit"), [
    ("ruyuan_m1to5: 商品房销售面积4.23万㎡,同比下降12.1%", "4.23", 42300, "平方米"),
    ("2024: 粮食产量1.39万亿斤，", "1.39", 1.39e12, "斤"),
    ("1956: 棉花产量达到３，０３６万担，", "３，０３６", 3.036e7, "担"),
    ("1956: 拖拉机由７７８标准台增加到２，３７７标准台", "７７８", 778, "标准台"),
    ("2016: 平板玻璃7600多万重量箱，", "7600", 7.6e7, "重量箱"),
    ("minhang_2015: 家禽出栏48.93万羽,增长3.5%", "48.93", 489300, "羽"),
    ("1954: 電力一百零八億度，等於一九四九年的二點五倍", "一百零八億", 1.08e10, "度"),
])
def test_units_of_the_genre(text, printed, value, unit):
    assert one(text, printed, "value", "unit") == pytest.approx((value, unit))


def test_an_unknown_unit_word_is_the_unit_and_flagged():
    # a short word right after a number, before a stop, that no list knows: the unit, never the indicator
    f = facts("全年出栏肉驴3.2万驮，同比增长5%。")
    hit = f[f["measure"] == "level"].iloc[0]
    assert (hit["value"], hit["unit"], hit["indicator"]) == (32000, "驮", "出栏肉驴")
    assert "unknown_unit" in hit["flags"]


@pytest.mark.parametrize(("text", "printed", "unit", "indicator"), [
    ("2024: 惠及上千万家庭", "千万", "户", "家庭"),
    ("2024: 个人所得税改革使6600多万纳税人受益", "6600", "人", "纳税人"),
])
def test_a_counted_noun_gives_the_unit(text, printed, unit, indicator):
    got = one(text, printed, "unit", "indicator")
    assert got[0] == unit and indicator in got[1]  # the counted noun, with what the clause says of it


# --------------------------------------------------------------------------- plan, actual, estimate


def status_of(text: str, *printed: str) -> list[str]:
    return [one(text, p, "status")[0] for p in printed]


def test_an_estimate_is_neither_a_target_nor_an_outcome():
    # ruyuan_m1to5_release
    assert status_of("1-5月,房地产开发投资预计同比下降19.8%。", "19.8") == ["estimate"]
    # xuanwu_nj_2021_h1: 预计 governs its part of the sentence, up to the semicolon; 完成年计划 is no plan
    text = "服务贸易进出口额预计完成2.8亿美元,完成年计划65%;服务外包执行额完成14.4亿美元,完成年计划51.7%。"
    assert status_of(text, "2.8", "65%", "14.4", "51.7") == ["estimate", "estimate", "actual", "actual"]
    # dongcheng_2018_annual
    text = "单位地区生产总值能耗预计下降3.8%;居民人均可支配收入达到75547元,同比增长7.5%。"
    assert status_of(text, "3.8", "75547", "7.5") == ["estimate", "actual", "actual"]


@pytest.mark.parametrize(("text", "printed"), [
    ("nanshan_sz_2023_gwr_digest: 本地生产总值预期增长7%左右", "7%"),
    ("2025: 经济增长预期目标为5%左右", "5%"),
    ("1988: 努力做到每年增产钢２５０万吨以上", "２５０"),
    ("1958: 发电量拟定为二百二十四亿五千万度，将比一九五七年增长百分之十八。", "百分之十八"),
])
def test_plan_words_make_a_target(text, printed):
    assert status_of(text, printed) == ["target"]


@pytest.mark.parametrize(("text", "printed"), [
    ("beijing_2017_h1: 地区生产总值同比增长6.8%,高于年初预期目标0.3个百分点", "0.3"),  # the target is compared with
    ("xuanwu_nj_2021_h1: 服务外包执行额完成14.4亿美元,完成年计划51.7%", "51.7"),  # the plan is what was completed
    # the bundled dongcheng_2020_h1: 拟 in a review part is an approval, not a plan
    ("一、上半年计划执行情况\n促进信息服务业发展专项资金拟支持20家企业948万元。", "948"),
    ("dongcheng_2021_h1: 启动攀登行动”“登峰计划”“七日决胜行动,全区18岁以上人群新冠疫苗全程接种率达到98.79%", "98.79"),
])
def test_target_words_that_make_no_target(text, printed):
    assert status_of(text, printed) == ["actual"]


WORK_REPORT = """政府工作报告
——2024年3月5日在第十四届全国人民代表大会第二次会议上
一、2023年工作回顾
过去一年，国内生产总值超过126万亿元，增长5.2%。
三是坚决打好三大攻坚战，主要目标任务如期完成。年初剩余的551万农村贫困人口全部脱贫。
二、2024年经济社会发展总体要求和政策取向
今年发展主要预期目标是：国内生产总值增长5%左右。
三、2024年政府工作任务
赤字率拟按3%安排，赤字规模4.06万亿元，比上年年初预算增加1800亿元。
去年全国财政比年度预算超收7239亿元，其中中央财政超收4168亿元。
"""


def test_a_work_report_reviews_last_year_and_plans_its_own():
    """The 2024 report (its date line and headings; the 2021 review sub-heading and the 2008 sentence on
    last year's budget are put in the same frame): review part actual, plan part target, last year's
    figures in the plan part actual."""
    report = dh.load_report(WORK_REPORT)
    assert (report.years.covered, report.years.plan) == (2023, 2024)
    got = dict(zip(facts(report)["raw_value"], facts(report)["status"], strict=True))
    assert [got[v] for v in ("126", "5.2", "551")] == ["actual"] * 3
    assert [got[v] for v in ("5", "3", "4.06", "1800")] == ["target"] * 4
    assert [got[v] for v in ("7239", "4168")] == ["actual"] * 2


def test_the_parts_of_a_work_report_by_their_headings():
    from dhcheng_analysis.report import ReportYears, section_part

    years = ReportYears(2005, 2006)
    # 2006: relative years; 1998: spaced digits; 2021: a heading naming both an achievement and targets
    assert section_part("一、去年工作回顾", years) == "review"
    assert section_part("二、今年主要任务", years) == "plan"
    assert section_part("二、关于1 9 9 8 年政府工作的建议", ReportYears(1997, 1998)) == "plan"
    assert section_part("二、“十三五”时期发展成就和“十四五”时期主要目标任务", ReportYears(2020, 2021)) == ""
    assert section_part("一、2020年工作回顾 / 三是坚决打好三大攻坚战，主要目标任务如期完成", ReportYears(2020, 2021)) == "review"
    # a district mid-year report: its own year is covered, the second half planned
    assert section_part("三、下半年工作安排", ReportYears(2020, 2020)) == "plan"
    assert section_part("一、上半年计划执行情况", ReportYears(2020, 2020)) == "review"


@pytest.mark.parametrize(("head", "covered", "plan"), [
    ("政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n", 2023, 2024),
    ("关于东城区2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案的报告\n", 2022, 2023),
    ("东城区2020年上半年国民经济和社会发展计划执行情况的报告\n", 2020, 2020),
    ("各位代表：\n现在，我代表国务院向大会作政府工作报告。\n一、2000年工作回顾\n国内生产总值增长8%。\n", 2000, 2001),
    # nanshan_sz_2023_gwr_digest: the year of a work report in its title is the one it plans
    ("各区动态\n\n数说南山区2023年《政府工作报告》\n\n信息来源:南山区 信息提供日期:2023-02-28 17:29\n", 2022, 2023),
])
def test_the_years_of_a_report_from_its_text(head, covered, plan):
    years = dh.load_report(head + "一般公共预算收入完成96.9亿元。").years
    assert (years.covered, years.plan) == (covered, plan)


def test_an_outcome_held_under_a_cap_is_the_value_printed():
    # chaoyang_2020_h1: an outcome; 控制在 with 以内 in a target stays at most
    assert one("城镇登记失业率控制在0.81%。", "0.81", "qualifier", "status") == ("exact", "actual")
    assert one("力争城镇登记失业率控制在2.5%以内。", "2.5", "qualifier", "status") == ("at_most", "target")


# --------------------------------------------------------------------------- flattened tables


def test_a_pipe_table_with_a_unit_column_and_place_columns():
    # xicheng_m1to5_indicators_table: two header rows (北京市 / 西城区 × 本期 / ±%), a unit cell per row
    text = (
        "| 指标名称 | 计量单位 | 北京市 | | 西城区 | |\n| | | 本期 | ±% | 本期 | ±% |\n"
        "| 一、现价工业总产值 | 亿元 | 9075.6 | -5.6 | 281.5 | 4.9 |\n"
        "| 三、固定资产投资(不含农户) | % | -- | 2.8 | -- | 19.3 |\n")
    f = facts(text)
    got = [tuple(r) for r in f[["indicator", "measure", "value", "unit", "scope", "flags"]].itertuples(index=False)]
    assert got[:4] == [
        ("现价工业总产值", "level", 9.0756e11, "元", "北京市", "table_cell"),
        ("现价工业总产值", "yoy_pct", -5.6, "%", "北京市", "table_cell"),
        ("现价工业总产值", "level", 2.815e10, "元", "西城区", "table_cell"),
        ("现价工业总产值", "yoy_pct", 4.9, "%", "西城区", "table_cell")]
    assert [r[2] for r in got[4:]] == [2.8, 19.3] and {r[1] for r in got[4:]} == {"yoy_pct"}


def test_table_rows_broken_over_lines_keep_their_signed_cells():
    # lintao_2024_m2_budget: caption, header and first row on one line; rows continue on lines starting with |
    text = open_real("lintao_2024_m2_budget")
    f = facts(text)
    for label, printed, measure, value in (("税收收入", "| 17.19", "completion_pct", 17.19),
                                           ("企业所得税", "| -8.02", "yoy_pct", -8.02),
                                           ("资源税", "| -42.22", "yoy_pct", -42.22)):
        at = text.index(printed) + 2
        hit = f[f["start"] == at].iloc[0]
        assert (hit["indicator"], hit["measure"], hit["value"], hit["unit"]) == (label, measure, value, "%")
        assert "table_cell" in hit["flags"]


def test_a_growth_column_takes_the_status_of_the_level_on_its_left():
    # a plan table of the genre: 2020年完成 | 增长(%) | 2021年目标 (constructed fixture chaoyang_2020_fy_plan)
    text = ("二、2021年经济社会发展的主要目标\n| 指标 | 单位 | 2020年完成 | 增长(%) | 2021年目标 |\n| --- | --- | --- | --- | --- |\n"
            "| 地区生产总值 | 亿元 | 7037.5 | 1.2 | 7460 |\n")
    assert facts(text)["status"].tolist() == ["actual", "actual", "target"]


def open_real(slug: str) -> str:
    return real_report(REAL / f"{slug}.txt").text


# --------------------------------------------------------------------------- indicator names


@pytest.mark.parametrize(("text", "printed", "name"), [
    ("2017: 今年赤字率拟按3%安排，财政赤字2.38万亿元，比去年增加2000亿元。", "3%", "赤字率"),
    ("2025: 城镇调查失业率平均为5.1%。", "5.1", "城镇调查失业率"),
    ("2016: 全国居民人均可支配收入实际增长7.4%。", "7.4", "全国居民人均可支配收入"),
    ("2021: 常住人口城镇化率提高到65%。", "65%", "常住人口城镇化率"),
    ("2006: 2005年与2000年相比，国内生产总值增长57.3%，年均增长9.5%。", "9.5", "国内生产总值"),
    ("1988: 国民生产总值１９８７年达到１０９２０亿元。", "１０９２０", "国民生产总值"),
    ("1998: 1 9 9 7 年国内生产总值达到7 4 7 7 2 亿元。", "7 4 7 7 2", "国内生产总值"),
    ("wuchang (dash line of the genre): ——全年地区生产总值预期目标增长6.5%。", "6.5", "地区生产总值"),
    ("minhang_sh_2022_h1_budget: 1.全区一般公共预算收支决算情况 全区一般公共预算收入331.1亿元,", "331.1", "一般公共预算收入"),
    ("2017 (page break of the web copy): 全面推开营改增试点，全年\n\u200b\n降低企业税负5700多亿元。", "5700", "企业税负"),
    ("1960 (a noun that starts with 从): 从业人员有三万八千多人。", "三万八千", "从业人员"),
])
def test_names_without_connectives_plan_words_years_or_debris(text, printed, name):
    assert one(text, printed, "indicator")[0] == name


def test_from_a_to_b_gives_two_levels_of_one_indicator():
    # 2003: 国家外汇储备从1399亿美元增加到2864亿美元; the A is the earlier level, an outcome
    text = "国家外汇储备从1399亿美元增加到2864亿美元。"
    assert rows(text, "indicator", "measure", "value", "unit") == [
        ("国家外汇储备", "level", 1.399e11, "美元"), ("国家外汇储备", "level", 2.864e11, "美元")]
    assert "from_value" in one(text, "1399", "flags")[0] and "from_value" not in one(text, "2864", "flags")[0]
    # 2003: a rate and a year on each side
    text = "全国研究与试验开发经费，从1997年的509亿元增加到2002年的1161亿元，占国内生产总值的比重从0.64%提高到1.13%。"
    assert [r[0] for r in rows(text)] == ["全国研究与试验开发经费"] * 4  # the share names its whole as comparator
    # 2016, plan part: the A of a target is the level now, the B the target
    plan = "二、“十三五”时期主要目标任务和重大举措\n全员劳动生产率从人均8.7万元提高到12万元以上。"
    report = dh.load_report("各位代表：\n我代表国务院向大会作政府工作报告。\n一、2015年工作回顾\n" + plan)
    got = facts(report)
    assert got["status"].tolist() == ["actual", "target"] and set(got["indicator"]) == {"全员劳动生产率"}


def test_the_corpus_names_a_figure_by_its_scope_head_when_the_clause_only_has_a_connective():
    # 1983: 我国进出口贸易总额，由一九七八年的三百五十五亿元增加到一九八二年的七百七十二亿元
    text = "我国进出口贸易总额，由一九七八年的三百五十五亿元增加到一九八二年的七百七十二亿元，四年增长一点二倍。"
    assert [r[0] for r in rows(text)][:2] == ["我国进出口贸易总额"] * 2


# --------------------------------------------------------------------------- comparisons and signs


@pytest.mark.parametrize(("text", "printed", "expected"), [
    # chaoyang_2020_h1: 环比 is one word; a pp change against the previous period
    ("建安投资完成149.6亿元,同比降低17.5%,环比收窄13.7个百分点", "13.7",
     ("建安投资", "pp_diff", 13.7, "pp")),
    # neimenggu_2023_m8_industry (the growth of 规上工业 is that of its value added: 国家统计局's 规模以上工业增长 is
    # 规模以上工业增加值增长)
    ("8月当月全区规上工业增速9.7%,环比7月提高0.8个百分点", "0.8", ("规上工业增加值", "pp_diff", 0.8, "pp")),
    # guandu_km_2023_h1: a shortfall against the target is negative
    ("2023年上半年,全区实现地区生产总值806亿元,同比增长3.2%,塌目标1.8个百分点", "1.8",
     ("地区生产总值", "pp_diff", -1.8, "pp")),
    # lintao_2024_m2_budget: a gap to the time benchmark printed with %
    ("2月份,全县实现大口径财政收入5682万元,完成预算105425万元的5.39%,较均衡进度慢2.94%", "2.94",
     ("大口径财政收入", "pp_diff", -2.94, "pp")),
    # zhongdu_ws_2025_street_h1: a cut without a base is a change of its own
    ("企业开办平均时限缩短40%", "40", ("企业开办平均时限", "change_pct", -40.0, "%")),
    # 2016, 2021: the same in the work reports
    ("工商登记前置审批精简85%", "85", ("工商登记前置审批", "change_pct", -85.0, "%")),
    ("中小企业宽带和专线平均资费再降10%", "10", ("中小企业宽带和专线平均资费", "yoy_pct", -10.0, "%")),
    # 2008: multi-year averages are changes over the period
    ("2007年，国内生产总值达到24.66万亿元，比2002年增长65.5%，年均增长10.6%", "10.6",
     ("国内生产总值", "change_pct", 10.6, "%")),
    ("2007年，国内生产总值达到24.66万亿元，比2002年增长65.5%，年均增长10.6%", "65.5",
     ("国内生产总值", "change_pct", 65.5, "%")),
    # 2025, 2023: a bare rise with a unit is an absolute change
    ("城乡居民基础养老金最低标准再提高20元", "20", ("城乡居民基础养老金最低标准", "abs_change", 20.0, "元")),
    ("粮食产量1.37万亿斤，增产74亿斤。", "74", ("粮食产量", "abs_change", 7.4e9, "斤")),
    # 2025: a growth target
    ("经济增长预期目标为5%左右", "5%", ("经济增长", "yoy_pct", 5.0, "%")),
])
def test_comparisons_and_their_signs(text, printed, expected):
    got = one(text, printed)
    assert expected[0] in got[0] and got[1:] == pytest.approx(expected[1:])


@pytest.mark.parametrize(("text", "printed", "base"), [
    # real excerpt chaoyang_2020_h1: 环比 of a growth of the half year is against the first quarter, as 较一季度 names it
    # in the next statement
    ("上半年,建安投资完成149.6亿元,同比降低17.5%,环比收窄13.7个百分点。社会消费品零售额完成1409.9亿元,同比降低16.6%,"
     "较一季度收窄6.3个百分点。", "13.7", "一季度"),
    # constructed fixtures: months summed from January go back a month; a change of a level of the half year against
    # the period before tells no base (the half year before, or the quarter?)
    ("1-8月,规上工业增加值同比增长7.5%,环比提高0.3个百分点。", "0.3", "1-7月"),
    ("8月份,社会消费品零售总额环比增长2.1%。", "2.1", "7月"),
    ("上半年,社会消费品零售总额环比增长2.1%。", "2.1", "上期"),
])
def test_a_change_against_the_period_before_names_that_period(text, printed, base):
    assert one(text, printed, "comparator")[0] == base


def test_multi_year_rates_say_their_period():
    f = facts("“十二五”时期，国内生产总值年均增长7.8%。")
    assert (f["measure"].iloc[0], f["comparator"].iloc[0]) == ("change_pct", "年均")
    assert "multi_year" in f["flags"].iloc[0]


def test_a_growth_noun_after_the_figure():
    # the genre: 主要指标均实现10%以上增长 (the figure before its growth noun)
    assert rows("全区规上工业增加值、社会消费品零售总额均实现10%以上增长。", "measure", "value", "qualifier") == [
        ("yoy_pct", 10.0, "at_least")] * 2


def test_one_growth_verb_for_a_list_of_rates():
    # 1983 style: 城乡居民…分别增长; and without 分别 the verb still types every rate of the list
    assert [r[1] for r in rows("城镇和农村居民收入增长10%、11.3%。")] == ["yoy_pct", "yoy_pct"]


# --------------------------------------------------------------------------- non-figures


@pytest.mark.parametrize("text", [
    "gongshu_hz_2022_annual: 信息索引号 00250027-9/2023-27322",
    "gongshu_hz_2022_annual: 发布日期: 2023-05-11 15:37:21",
    "xiaoshan_hz_2022_h1: 索 引 号 H001/2022-66513",
    "xuanwu_nj_2021_h1: 索引号: 012965803/2021-110845",
    "minhang_sh_2015_bulletin: 主要指标见下(见表1)",
    "nanshan_sz_2023_gwr_digest: 2022:推动经济社会平稳健康发展",
    "dongcheng_2024_h1: 望坛110千伏输变电工程竣工",
    "nanshan_sz_2023_gwr_digest: 方舱医院14天建成",
    "xiasha_qt_2022_street_h1: 14天内实现社会面清零",
])
def test_numbers_that_are_no_figures(text):
    assert facts(text).empty


def test_a_deadline_reached_is_a_figure():
    # 2023: 企业开办时间…压缩到目前4个工作日以内
    assert one("企业开办时间压缩到目前4个工作日以内。", "4", "value", "unit") == (4, "个工作日")


# --------------------------------------------------------------------------- ratios, ranks, counters


def test_a_ratio_gives_one_fact_per_part():
    # chengyang_qd_2022_bulletin (the parts named by the ratio vocabulary)
    assert rows("三次产业比例为1.6:49.7:48.7。", "indicator", "measure", "value") == [
        ("第一产业", "ratio", 1.6), ("第二产业", "ratio", 49.7), ("第三产业", "ratio", 48.7)]
    # youyang_cq_2025_q1: X:1 gives one fact, the 1 is its base; from–to keeps the earlier one an outcome
    got = rows("城乡收入比由上年同期的2.05:1下降为2.02:1。", "indicator", "measure", "value", "flags")
    assert [g[:3] for g in got] == [("城乡收入比", "ratio", 2.05), ("城乡收入比", "ratio", 2.02)]
    assert "from_value" in got[0][3]


def test_a_ratio_part_is_named_where_its_ratio_is():
    # chengyang_qd_2022_bulletin: the first part is named by the ratio of its own clause, not carried from the
    # sector figures before it (no subject_carried flag to check it by eye)
    got = rows("三次产业比例为1.6:49.7:48.7。", "indicator", "flags")
    assert got == [("第一产业", ""), ("第二产业", ""), ("第三产业", "")]


def test_a_full_width_ratio_colon():
    # the bulletins print U+2236: 三次产业结构由上年的6.9∶24.2∶68.9调整为6.7∶24.9∶68.4
    got = rows("三次产业结构由上年的6.9∶24.2∶68.9调整为6.7∶24.9∶68.4。", "indicator", "value")
    assert got[3:] == [("第一产业", 6.7), ("第二产业", 24.9), ("第三产业", 68.4)]


@pytest.mark.parametrize(("text", "printed", "expected"), [
    ("chengyang_qd_2022_bulletin: 完成投资319亿元,全市第二", "第二", ("投资", "rank", 2.0, "全市")),
    ("chengyang_qd_2022_bulletin: 征迁面积全市第二", "第二", ("征迁面积", "rank", 2.0, "全市")),
    ("xiaoshan_hz_2022_h1: 营业收入增长12.6%,增速全市第一", "第一", ("营业收入", "rank", 1.0, "全市")),
])
def test_ranks_without_a_rank_verb(text, printed, expected):
    got = one(text, printed, "indicator", "measure", "value", "comparator")
    assert expected[0] in got[0] and got[1:] == expected[1:]


@pytest.mark.parametrize(("text", "printed", "value"), [
    ("puyang_m3_budget_table: 一般公共预算收入居全省第15位,同比提升1个位次", "1个", -1),
    ("neimenggu_2023_m8_industry: 规上工业增速居全国第5位,较上月提升2位", "2位", -2),
    ("puyang_m3_budget_table: 支出居全省第9位,同比回落6个位次", "6个", 6),
])
def test_moves_in_a_ranking_are_signed(text, printed, value):
    assert one(text, printed, "measure", "value", "unit") == ("abs_change", value, "位次")


@pytest.mark.parametrize(("text", "printed", "value", "unit", "qualifier"), [
    ("haishu_nb_2023_gwr: 出台三轮区级助企纾困政策", "三", 3, "轮", "exact"),  # an open counter vocabulary
    ("xiasha_qt_2022_street_h1: 老年人接种逾万人", "万", 10000, "人", "over"),  # a magnitude without a digit
    ("nanshan_sz_2023_gwr_digest: 增幅近1/4", "1/4", 25, "%", "nearly"),  # a fraction
])
def test_counters_magnitudes_and_fractions(text, printed, value, unit, qualifier):
    assert one(text, printed, "value", "unit", "qualifier") == pytest.approx((value, unit, qualifier))


# --------------------------------------------------------------------------- subjects


def test_a_budget_base_is_never_the_subject_carried_on():
    # dayao_2024_m4_budget
    text = "4月,一般公共预算收入累计完成24627万元,完成年初预算数60999万元的40.4%,比上年减收1070万元,下降4.2%"
    for printed in ("40.4", "1070", "4.2"):
        assert one(text, printed, "indicator")[0] == "一般公共预算收入"


def test_a_bracketed_note_is_never_the_subject_carried_on():
    # yongning_2020_h1_budget
    text = ("2020年1-6月全城区组织财政收入累计完成146845万元,比上年同期144987万元增收1858万元,增长1.28%"
            "(增幅在全市16县区中排名第五),完成年初预算245800万元的59.74%,收入项目完成情况如下:")
    assert "财政收入" in one(text, "59.74", "indicator")[0]


@pytest.mark.parametrize(("text", "printed", "names"), [
    # haishu_nb_2023_gwr: a collective subject names both members, never the subjects of earlier clauses
    ("完成一般公共预算收入117.1亿元,税收占比稳定在92%以上;城乡居民人均可支配收入分别增长4.4%、6.4%", ("4.4", "6.4"),
     ("城镇居民人均可支配收入", "农村居民人均可支配收入")),
    # xiaoshan_hz_2022_h1: a shared head after the last item
    ("全区60岁以上第一剂次、80岁以上第一剂次、加强针接种覆盖率分别提升至82.89%,48.34%和73.93%", ("82.89", "48.34", "73.93"),
     ("60岁以上第一剂次接种覆盖率", "80岁以上第一剂次接种覆盖率", "加强针接种覆盖率")),
    # xiaoshan_hz_2022_h1: a method phrase before 分别 is no subject; the list takes the subjects before it
    ("实现财政总收入307.85亿元、一般公共预算收入196.73亿元,剔除留抵退税因素同比分别下降4.4%和2.8%", ("4.4", "2.8"),
     ("财政总收入", "一般公共预算收入")),
    # 2008: 中、高等 expands into two items
    ("2007年中、高等职业教育在校生分别达到2000万人和861万人。", ("2000", "861"), ("中等职业教育在校生", "高等职业教育在校生")),
    # 2016: items that name their own quantity take no shared suffix, and share the output the first is per
    ("单位国内生产总值用水量、能耗、二氧化碳排放量分别下降23%、15%、18%", ("23", "15", "18"),
     ("单位国内生产总值用水量", "单位国内生产总值能耗", "单位国内生产总值二氧化碳排放量")),
])
def test_lists_with_fenbie(text, printed, names):
    assert tuple(one(text, p, "indicator")[0] for p in printed) == names


def test_the_thing_counted_after_the_figure():
    # zhongdu_ws_2025_street_h1
    text = "重点攻坚安吉汽车零部件物流、光通讯智能制造等20余个在谈项目;"
    assert one(text, "20", "indicator", "value", "qualifier") == ("在谈项目", 20, "over")


def test_a_comparison_phrase_is_no_subject():
    # nanshan_sz_2023_gwr_digest
    text = "实现本地生产总值8036亿元,增长3.3%,相较于2020年增长超1500亿元,跨越两个千亿级台阶"
    assert one(text, "1500", "indicator", "measure", "comparator") == ("本地生产总值", "abs_change", "2020年")
    assert facts(text)["value"].tolist() == [8.036e11, 3.3, 1.5e11]  # 两个千亿级台阶 is no count


def test_the_comparators_own_rate_in_brackets():
    # neimenggu_2023_m8_industry
    text = "1-8月,全区规上工业增加值累计增长7.5%,增速高于全国(3.9%)3.6个百分点"
    assert one(text, "3.9", "measure", "scope") == ("yoy_pct", "全国")


def test_a_sentence_opening_with_a_rate_speaks_of_the_subject_before():
    # neimenggu_2023_m8_industry: 累计增速 names no thing of its own; the rate is the one of the sentence before
    text = ("1-8月份,全区规上工业增加值同比增长7.5%,较1-7月份提高0.3个百分点,已连续三个月回升。"
            "累计增速高于全国(3.9%)3.6个百分点,居全国第5位,较上月提升2位。")
    f = facts(text)
    # (the bracket after the base of the comparison prints the base's own rate: 全国(3.9%); the rank and its move
    # are of the growth the clause compares: 规上工业增加值增速)
    assert f["indicator"].tolist() == (["规上工业增加值"] * 2 + ["全国规上工业增加值", "规上工业增加值"]
                                       + ["规上工业增加值增速"] * 2)
    assert f["measure"].tolist() == ["yoy_pct", "pp_diff", "yoy_pct", "pp_diff", "rank", "abs_change"]
    # on a line of its own too (a copy may hold one sentence a line); a new paragraph carries nothing over
    assert facts("全区规上工业增加值同比增长7.5%。\n增速高于全国3.6个百分点。")["indicator"].tolist()[1] == "规上工业增加值"
    assert "规上工业增加值" not in set(facts("全区规上工业增加值同比增长7.5%。\n\n增速高于全国3.6个百分点。")["indicator"][1:])


def test_figures_joined_by_he_pair_with_a_list_of_as_many_items_without_fenbie():
    # district_2021_bulletin_rank: a crop's area and output, then their growth, in order
    text = "其中:小麦面积和产量是95517亩和37554吨,比上年增长5.1%和4.6%,"
    f = facts(text)
    assert f["indicator"].tolist() == ["小麦面积", "小麦产量", "小麦面积", "小麦产量"]
    assert f["measure"].tolist() == ["level", "level", "yoy_pct", "yoy_pct"]


def test_figures_joined_by_a_list_comma_pair_with_a_shared_head_list():
    # guandu_km_2023_h1
    text = "城镇和农村常住居民人均可支配收入完成29092元、17191元,分别增长3%、6.4%。"
    assert facts(text)["indicator"].tolist()[:2] == ["城镇常住居民人均可支配收入", "农村常住居民人均可支配收入"]


def test_the_stock_after_a_count_of_additions_is_named_without_the_flow_verb():
    # nanshan_sz_2023_gwr_digest
    text = ("新增“四上”企业1525家,总数达9923家。新增专精特新“小巨人”企业90家,总数达140家。"
            "新认定7家跨国公司总部,全区总部企业数量达129家。新增上市企业18家,累计达205家。")
    f = facts(text)
    assert f["indicator"].tolist() == ["新增“四上”企业", "“四上”企业", "新增专精特新“小巨人”企业", "专精特新“小巨人”企业",
                                       "新认定跨国公司总部", "总部企业数量", "新增上市企业", "上市企业"]


def test_a_share_issued_keeps_its_name_whole():
    # beijing_2017_h1: 下达 is one verb (the 达 alone is no cue to cut at)
    assert one("内外需求支撑平稳。市政府固定资产投资已下达70%,经营性土地供应有序推进。", "70", "indicator") == (
        "市政府固定资产投资",)


@pytest.mark.parametrize(("text", "names"), [
    # dongcheng_2018_h1: a count of kinds and a count of items of the same things, the kinds named as classes
    ("基本完成5类26项政策研究,形成“1+N”政策体系。", ["政策研究类别", "政策研究"]),
    # dongcheng_2018_annual
    ("出台并转化利用5大类26项政策。", ["政策类别", "政策"]),
    # dongcheng_2018_h1, beijing_2017_h1: how the work goes on is no part of what is counted, nor is the work
    ("疏解整治取得成效。10个重点区域整治稳步推进。", ["重点区域"]),
    # (the new town that opens the clause owns the works: tests/test_count_owner_before.py)
    ("城市副中心255个重大工程积极推进,行政办公区一期工程二次结构加快施工。", ["城市副中心重大工程"]),
    # xiasha_qt_2022_street_h1: nor is where or how it is done
    ("围绕“无疫单元”创建,在辖区内动态设置便民核酸检测点111个,改造移动核酸检测方舱18处。",
     ["设置便民核酸检测点", "改造移动核酸检测方舱"]),
])
def test_counts_named_by_what_they_count(text, names):
    assert facts(text)["indicator"].tolist() == names


@pytest.mark.parametrize(("name", "printed", "indicator"), [
    ("chengyang_qd_2022_bulletin", "1348.33", "地区生产总值"),  # 2022年城阳区实现地区生产总值1348.33亿元
    ("xicheng_2018_h1_indicators", "220.2", "公共财政预算收入"),  # 1-6月,西城区累计实现公共财政预算收入220.2亿元
    ("xicheng_m1to5_indicators_table", "2.37", "城镇登记失业率"),  # 截至5月底,西城区城镇登记失业率为2.37 %
])
def test_the_reports_own_place_and_the_verb_after_it_are_no_part_of_a_name(name, printed, indicator):
    f = real_facts(REAL / f"{name}.txt")
    assert set(f.loc[f["raw_value"] == printed, "indicator"]) == {indicator}


def test_a_budgets_total_is_named_by_the_budget_and_an_items_scope_stays_with_it():
    # minhang_sh_2022_h1_budget
    text = ("全区一般公共预算收入331.1亿元,增长11%。加市级财政税收返还和补助收入109.6亿元、上年结转收入7.7亿元、"
            "地方政府一般债务转贷收入28.5亿元、调入资金4.3亿元、动用预算稳定调节基金9.5亿元,收入总量为490.7亿元。")
    f = facts(text)
    assert f["indicator"].tolist()[-1] == "一般公共预算收入总量"
    # (市级 names where the transfers come from: the amount is the district's, of no other level)
    assert f["scope"].tolist()[2:] == ["", "", "", "", "", ""]


def test_a_count_of_persons_names_the_persons_not_what_they_do():
    # nanshan_sz_2023_gwr_digest
    text = "6500余名医务工作者、3000余名社区工作者、2300余名党员干部冲锋陷阵、服务一线,"
    assert facts(text)["indicator"].tolist() == ["医务工作者", "社区工作者", "党员干部"]


# --------------------------------------------------------------------------- read after the blind check


def test_a_name_with_its_alias_and_a_footnote_marker():
    # district_2021_bulletin_rank
    text = "初步核算,2021年全区生产总值 (GDP)[2]91.3亿元,比上年增长7.5%,总量居全市第6位,增速居全市第2位"
    f = facts(text)
    assert f["value"].tolist() == [9.13e9, 7.5, 6, 2]  # the [2] is a footnote marker
    assert f["indicator"].tolist() == ["生产总值"] * 3 + ["生产总值增速"]  # (the growth ranks second)


def test_a_short_note_between_a_name_and_its_figure():
    # shangcheng_hz_2022_h1_budget
    text = "1、增值税收入(50%部分)672890万元,完成预期的94.7%,增长6.2%;"
    for printed in ("672890", "94.7", "6.2"):
        assert one(text, printed, "indicator")[0] == "增值税收入"


def test_a_contribution_dragging_growth_down_is_negative():
    # wangcang_h1_industry: the object of 下拉 is compared with, not the subject
    text = "采矿业增加值同比下降4.5%,降幅较一季度收窄16.3个百分点,下拉全县规上工业增加值增速1.1个百分点;"
    assert one(text, "1.1", "indicator", "measure", "value") == ("采矿业增加值", "pp_diff", -1.1)


def test_a_dash_line_with_a_target_and_an_estimate():
    # wuchang_wh_2023_annual: the target before the colon, the estimate after it
    text = "——全年地区生产总值预期目标增长6.5%:预计全年实现增长6.5%左右。\n——全社会固定资产投资完成365亿元:预计全年固定资产投资完成380亿元左右。"
    got = rows(text, "indicator", "measure", "value", "status")
    assert got == [("地区生产总值", "yoy_pct", 6.5, "target"), ("地区生产总值", "yoy_pct", 6.5, "estimate"),
                   ("全社会固定资产投资", "level", 3.65e10, "target"), ("固定资产投资", "level", 3.8e10, "estimate")]


def test_a_growth_without_a_base_shares_the_base_stated_before_it():
    # nanshan_sz_2023_gwr_digest; 1956: 甜菜比１９５４年增长…，黄麻增长…
    text = "实现本地生产总值8036亿元,增长3.3%,相较于2020年增长超1500亿元,跨越两个千亿级台阶,增幅近1/4"
    assert one(text, "1/4", "measure", "comparator", "value") == ("change_pct", "2020年", 25.0)
    text = "甜菜比１９５４年增长２０％，黄麻增长１５％。"
    assert one(text, "１５", "measure", "comparator") == ("change_pct", "1954年")


# --------------------------------------------------------------------------- read by eye in the work reports


@pytest.mark.parametrize("text", [
    "1978: 我们要加速实现社会主义的四个现代化",
    "1984: 同样是坚持和平共处五项原则。",
    "1998: 为更好地利用国际国内两个市场、两种资源，优化经济结构",
])
def test_counts_inside_fixed_political_phrases_are_no_figures(text):
    assert facts(text).empty


@pytest.mark.parametrize(("text", "printed", "name"), [
    ("2024: 技术合同成交额增长28.6%。", "28.6", "技术合同成交额"),  # 同 inside a word is no comparison
    ("2024: 今年中央预算内投资拟安排7000亿元。", "7000", "中央预算内投资"),
    ("2024: 全年新增税费优惠超过2.2万亿元，增发1万亿元国债支持灾后恢复重建。", "1万亿", "国债"),
    ("1998: 本届政府从1 9 9 3 年3 月就职。\n五年来，我国缔结或者参加国际条约1 8 7 个。", "1 8 7", "我国缔结或者参加国际条约"),
    ("1998: 本届政府从1 9 9 3 年3 月就职。\n人口自然增长率下降到1 0 ．0 6 ‰。", "1 0", "人口自然增长率"),
    ("2008: 全国财政用于教育支出五年累计2.43万亿元，比前五年增长1.26倍。", "2.43", "全国财政用于教育支出"),
])
def test_names_in_the_work_reports(text, printed, name):
    assert one(text, printed, "indicator")[0] == name


def test_a_list_named_in_the_clause_before_its_figures():
    # 2008
    text = "2007年单位国内生产总值能耗比上年下降3.27%，化学需氧量、二氧化硫排放总量近年来首次出现双下降，比上年分别下降3.14％和4.66％。"
    assert [r[0] for r in rows(text)] == ["单位国内生产总值能耗", "化学需氧量排放总量", "二氧化硫排放总量"]


def test_a_change_against_the_five_years_before():
    # 2008: 比前五年增长1.26倍
    assert one("全国财政用于教育支出五年累计2.43万亿元，比前五年增长1.26倍。", "1.26", "measure", "value", "comparator") == (
        "change_pct", 126.0, "前五年")


@pytest.mark.parametrize("text", [
    "dongcheng_2020_annual: 发布时间:2021-03-12 2502 116\n\n——2021年1月10日在北京市东城区第十六届",
    "dongcheng_2021_gwr: ——2021110日在北京市东城区第十六届\n\n人民代表大会第次会议上",
    "dongcheng_2021_gwr: 全面提升四个服务”工作水平",
])
def test_page_furniture_garbled_dates_and_slogans_are_no_figures(text):
    # a web page's counters of views after its date, a date line that lost its 年 and 月, a slogan
    assert facts(text).empty


def test_a_name_before_a_comma_of_method_words():
    # nothing after 、 names the figure (同口径 is how it is counted): the clause before it does
    text = ("xicheng_2022_annual: 一般公共预算收入扣除留抵退税后、同口径增长5.6%,人均地区生产总值、全员劳动生产率、"
            "居民人均可支配收入、登记失业率等重要经济社会发展指标,保持全市第一。")
    assert one(text, "5.6", "indicator")[0].startswith("一般公共预算收入")


@pytest.mark.parametrize(("text", "printed", "name"), [
    ("1956: 同时，生产资料在工业总产值中所占的比重，将由１９５５年的４６％上升到４７．２％；", "４７", "生产资料在工业总产值中所占的比重"),
    ("2003: 全国实现基本普及九年义务教育、基本扫除青壮年文盲的人口地区覆盖率，由1997年的65%提高到2002年的91%。", "91", "人口地区覆盖率"),
])
def test_a_figure_less_clause_that_ends_with_a_measure_noun_names_the_next(text, printed, name):
    assert name in one(text, printed, "indicator")[0]


def test_a_numbered_heading_run_into_the_line_is_a_marker():
    # minhang_sh_2022_h1_budget: the page's headings and paragraphs are one line
    text = ("minhang_sh_2022_h1_budget: (一)2021年一般公共预算收支决算情况 1.全区一般公共预算收支决算情况 "
            "全区一般公共预算收入331.1亿元,增长11%。")
    assert list(facts(text)["raw_value"]) == ["331.1", "11"]


@pytest.mark.parametrize(("text", "printed", "name"), [
    ("1995: 农村居民人均纯收入达到１２２０元，扣除物价因素比上年增长百分之五；", "百分之五", "农村居民人均纯收入"),
    ("1994: 国内市场繁荣，社会消费品零售总额扣除价格因素增长百分之十一点六。", "百分之十一点六", "社会消费品零售总额"),
])
def test_how_a_change_is_counted_is_no_part_of_the_name(text, printed, name):
    # 扣除物价因素, 按不变价计算, 同口径: the method words before the change, never its subject
    assert one(text, printed, "indicator")[0] == name


@pytest.mark.parametrize(("text", "printed", "name"), [
    ("1988: 到本世纪末，我国粮食生产必须争取达到５０００亿公斤，平均每年增产８０亿公斤。", "５０００", "我国粮食生产"),
    ("1986: “七五”计划草案规定，五年内全民所有制单位基本建设投资总规模为五千亿元，比“六五”期间增加百分之四十九；",
     "五千亿", "全民所有制单位基本建设投资总规模"),
])
def test_modal_words_and_links_after_a_name_are_no_part_of_it(text, printed, name):
    assert one(text, printed, "indicator")[0] == name


@pytest.mark.parametrize(("text", "printed", "value"), [
    ("1995: 以江泽民主席为首的我国领导人也出访了数十个国家，", "数十", 10.0),
    ("1992: 现在我国每年有省部级以上的重大科技成果几万项，其中国家级的重大科技成果数千项，", "几万", 10000.0),
    ("1955: 资本主义零售商的从业人员有二百万人左右，小商小贩还有几百万人。", "几百万", 1000000.0),
])
def test_a_vague_count_is_a_floor(text, printed, value):
    # 数十, 几万, 几百万: at least that many (over), whatever word comes before the vague head
    assert one(text, printed, "value", "qualifier") == (value, "over")


def test_a_vague_percentage_is_no_figure():
    # 1981
    text = "手表、自行车、缝纫机、电视机、洗衣机、电风扇等耐用消费品的生产，有的增长了百分之几十，有的增长了一倍，"
    assert "几十" not in list(facts(text)["raw_value"])


@pytest.mark.parametrize(("text", "printed", "name"), [
    ("minhang_sh_2022_h1_budget: 区本级一般公共预算财力249.2亿元(含市拨专款54.5亿元),加上年结转收入6.9亿元、", "6.9", "上年结转收入"),
    ("minhang_sh_2022_h1_budget: 全区一般公共预算支出402.2亿元,下降6.4%。加上解市级财政支出18.5亿元、", "18.5", "上解市级财政支出"),
    ("minhang_sh_2022_h1_budget: 加市级财政税收返还和补助收入109.6亿元、上年结转收入7.7亿元、", "7.7", "上年结转收入"),
])
def test_budget_terms_that_start_like_a_period_or_a_connective(text, printed, name):
    # 上年结转收入 is a budget item, not 结转收入 of last year; 加上解 is 加 + 上解
    assert one(text, printed, "indicator")[0] == name


@pytest.mark.parametrize("text", [
    "2013: 深化行政审批制度改革，五年中分两轮取消和调整行政审批事项498项，",
    "2023: 分三批向实际种粮农民发放农资补贴，",
])
def test_how_a_task_is_split_is_no_figure(text):
    # 分两轮, 分三批: the rounds a task is done in
    assert not set(facts(text)["raw_unit"]) & {"轮", "批"}


def test_the_number_of_a_flattened_table_row_is_a_marker():
    # xicheng_2020_keytasks: columns 类别 序号 重点督办内容 … run together on each line
    text = ("xicheng_2020_keytasks: 类别序号重点督办内容牵头单位全年完成情况\n"
            "经济社会发展主要预期目标1地区生产总值增长6%左右。区发展改革委西城区地区生产总值增速由年初设定的6%左右调整为正增长")
    f = facts(text)
    assert list(f["raw_value"]) == ["6", "6"]
    # the row's number ends the category label; the lead office (区发展改革委) is no part of the name
    assert list(f["indicator"]) == ["地区生产总值", "西城区地区生产总值"]


@pytest.mark.parametrize(("text", "printed"), [
    ("xicheng_2020_keytasks: 区财政局西城区一般公共预算收入由年初预算439.55亿元调整为413.8亿元左右,", "413.8"),
    ("1955: 根据社会购买力估算，社会商品零售额要比一九五四年增长百分之二十七。", "百分之二十七"),
])
def test_a_revised_target_and_a_change_required_against_a_base_are_targets(text, printed):
    assert one(text, printed, "status") == ("target",)


def test_a_sentence_that_opens_with_a_cumulated_span_states_changes_over_it():
    # 2010: the first four years of the plan, not the last year
    text = "“十一五”前四年累计单位国内生产总值能耗下降14.38%，化学需氧量、二氧化硫排放量分别下降 9.66%和13.14%。"
    assert [r[:2] for r in rows(text)] == [("单位国内生产总值能耗", "change_pct"), ("化学需氧量排放量", "change_pct"),
                                           ("二氧化硫排放量", "change_pct")]


@pytest.mark.parametrize(("text", "printed", "name"), [
    ("2023: 财政收入增加到20.4万亿元。粮食产量连年稳定在1.3万亿斤以上。", "1.3", "粮食产量"),
    ("2018: 财政赤字率一直控制在3%以内。", "3", "财政赤字率"),
    ("1975: 全国解放以来，尽管我国人口增加百分之六十，但粮食增长", "百分之六十", "我国人口"),
    ("2013: 深化行政审批制度改革，五年中分两轮取消和调整行政审批事项498项，", "498", "取消和调整行政审批事项"),
])
def test_adverbs_conjunctions_and_the_split_of_a_task_are_no_part_of_a_name(text, printed, name):
    assert one(text, printed, "indicator")[0] == name


@pytest.mark.parametrize(("text", "printed", "name"), [
    ("chaoyang_2022_q3: 分行业看，金融业税收同比增长5.3%，信息传输、软件和信息技术服务业税收同比增长8.7%，", "8.7",
     "信息传输、软件和信息技术服务业税收"),
    ("wangcang_h1_industry: 电力、热力、燃气及水生产和供应业下降2.5%,", "2.5", "电力、热力、燃气及水生产和供应业"),
])
def test_an_industry_whose_name_holds_a_list_comma_is_one_name(text, printed, name):
    assert one(text, printed, "indicator")[0] == name


@pytest.mark.parametrize(("text", "printed"), [
    ("xicheng_2020_keytasks: 区人力社保局2020年度地区生产总值初步核算数50610595万元,增幅-1.1%;", "50610595"),
    ("xicheng_2020_keytasks: (此调整方案已于2020年12月22日经区第十六届人大常委会第42次会议审议通过)。"
     "2020年度地区生产总值初步核算数50610595万元,增幅-1.1%。", "50610595"),
])
def test_a_fiscal_year_and_the_office_before_a_name_are_no_part_of_it(text, printed):
    # nor is 初步核算数, which says how final the figure is, not what it measures
    assert one(text, printed, "indicator") == ("地区生产总值",)


def test_each_end_of_a_from_to_change_takes_the_time_joined_to_it():
    # 2013, 1956 (the later figure of the clause does not inherit the earlier end's year)
    text = "覆盖范围不断扩大，补贴资金从2007年的639亿元增加到2012年的1923亿元。"
    assert [r[0] for r in rows(text, "period")] == ["2007年", "2012年"]
    text = "在１９５５年，国营机械化农场由１９５４年的９７个增加到１０６个，"
    first, second = (r[0] for r in rows(text, "period"))
    assert (first, second) == ("1954年", "1955年")  # (a period is given as read, in half-width digits)


def test_a_clause_framed_by_two_years_names_what_follows_them():
    # 1955
    text = "小学两年来着重整顿巩固，在校学生人数也有增长。一九五四年比一九五二年医院病床增长百分之三十四。"
    assert one(text, "百分之三十四", "indicator", "measure") == ("医院病床", "change_pct")


@pytest.mark.parametrize(("text", "printed", "name"), [
    ("1958: 由于一九五七年的棉花、黄麻、洋麻得到丰收，甘蔗、甜菜的播种面积扩大，一九五八年的棉纱、麻袋、糖的产量，都将增长百分之十以上。",
     "百分之十", "棉纱、麻袋、糖的产量"),
    ("1959: 例如，钢的产量，一九五八年比一九五七年增长了百分之一百零七，即增加了五百七十三万吨；", "百分之一百零七", "钢的产量"),
])
def test_a_cause_is_never_a_subject_and_an_output_clause_names_the_next(text, printed, name):
    assert one(text, printed, "indicator")[0] == name


@pytest.mark.parametrize(("text", "printed", "name", "qualifier", "status"), [
    ("1955: 鞍山钢铁公司在一九五三年修建的职工宿舍十五万平方公尺，单位造价高达一百六十三元。", "一百六十三元",
     "单位造价", "exact", "actual"),
    ("1982: 严格控制支出，力争财政赤字少于三十亿元。", "三十亿元", "财政赤字", "under", "target"),
    ("2016: 今年高校毕业生将高达765万人，要落实好就业促进计划。", "765万人", "高校毕业生", "exact", None),
    ("1979: 加上农业生产的发展，农村社队和农民的收入估计将增加一百三十亿元左右。", "一百三十亿元",
     "农村社队和农民的收入", "about", None),
])
def test_a_comparison_or_estimate_word_before_a_figure_is_no_part_of_the_name(text, printed, name, qualifier,
                                                                            status):
    got = one(text, printed, "indicator", "qualifier", "status")
    assert got[0] == name and got[1] == qualifier
    if status:
        assert got[2] == status


@pytest.mark.parametrize(("text", "printed", "value", "unit"), [
    # a Chinese numeral with 十 before a unit of measure is a figure like one before a counter
    ("1960: 棉花的亩产量在十二年内，按照不同的情况，分别达到四十斤、六十斤、八十斤和一百斤皮棉。", "六十斤", 60, "斤"),
    ("1960: 一九五九年每人收入八十五元左右，赶上了农业合作化以前富裕中农的平均收入水平（每人八十元）。", "八十五元", 85, "元"),
    # the 千 of 千瓦 is the unit's, not the numeral's
    ("1982: 加上小型电站的建设，全国电站建设总规模为三千六百六十万千瓦。", "三千六百六十万", 36_600_000, "千瓦"),
    ("1981: 今年６月已经通航，第一台十七万千瓦机组已经试运转。", "十七万", 170_000, "千瓦"),
])
def test_chinese_numerals_before_units_of_measure(text, printed, value, unit):
    got = one(text, printed, "value", "unit")
    assert got == (value, unit)


@pytest.mark.parametrize("text", [
    "1986: 有些时期有些地方票证多达几十种，排队购货现象十分严重。",
    "1981: 得到的经济效益往往是全部研究经费的几十倍、几百倍甚至更多。",
])
def test_a_vague_tens_is_not_ten(text):
    f = facts(text)  # (几十种 is at least ten, as 几十个 is: never exactly ten)
    assert not ((f["value"] == 10.0) & (f["qualifier"] == "exact")).any()


def test_a_time_after_the_name_is_no_part_of_it():
    text = "1981: 与去年同期相比，工业总产值第一季度下降０．２％，第二季度增长１．７％，第三季度增长３％。"
    assert one(text, "０．２", "indicator")[0] == "工业总产值"
    # a time that goes on before the words stays whole: no name ends in half a date
    text = "2001: 国家外汇储备2000年底达1656亿美元，比1995年底增加920亿美元。"
    assert not one(text, "1656", "indicator")[0].endswith("2000")


def test_method_words_joined_by_a_list_comma_and_a_turn_word_are_no_name():
    text = ("xicheng_2022_annual: 一般公共预算收入扣除留抵退税后、同口径增长5.6%,人均地区生产总值、全员劳动生产率、"
            "居民人均可支配收入、登记失业率等重要经济社会发展指标,保持全市第一。")
    assert one(text, "5.6", "indicator")[0] == "一般公共预算收入"
    text = "2017: 居民消费价格上涨2%。工业企业利润由上年下降2.3%转为增长8.5%，单位国内生产总值能耗下降5%。"
    assert one(text, "8.5", "indicator", "value") == ("工业企业利润", 8.5)


def test_the_two_ends_of_a_revised_growth_target_are_growth_targets():
    text = ("xicheng_2020_keytasks: 区财政局西城区一般公共预算收入由年初预算439.55亿元调整为413.8亿元左右,"
            "增长由年初的2%调整为-4%左右(此调整方案已于2020年12月22日经区第十六届人大常委会第42次会议审议通过)。")
    assert one(text, "2%", "measure", "value", "status") == ("yoy_pct", 2.0, "target")
    assert one(text, "-4%", "measure", "value", "status") == ("yoy_pct", -4.0, "target")
    # the year's start as a time, not a plan: the level reached then
    text = "2002: 城市居民最低生活保障的覆盖人数，由年初的４００多万人扩大到年底的１９３０万人。"
    assert one(text, "４００", "status")[0] == "actual"


@pytest.mark.parametrize(("text", "printed", "measure", "name"), [
    ("1980: 计划生育取得了进展，1979年人口自然增长率由上年的1.2％下降到1.17％。", "1.2％", "rate_pct", "人口自然增长率"),
    ("1980: 计划生育取得了进展，1979年人口自然增长率由上年的1.2％下降到1.17％。", "1.17％", "rate_pct", "人口自然增长率"),
    ("1995: 固定资产投资增长幅度由上年的百分之五十八点六回落到百分之二十七点八。", "百分之二十七点八", "yoy_pct", None),
])
def test_the_to_value_of_a_from_to_change_is_the_same_measure_as_the_from_value(text, printed, measure, name):
    got = one(text, printed, "measure", "indicator")
    assert got[0] == measure
    if name:
        assert got[1].endswith(name)


def test_a_district_slogan_without_its_quotes_is_no_count():
    text = "dongcheng_2021_gwr: 筹疫情防控和经济社会发展,全面提升四个服务”工作水平大力推进五个东城建设,全区各项事业都取得新成绩。"
    assert facts(text).empty


@pytest.mark.parametrize(("text", "printed", "measure", "value", "qualifier"), [
    ("2009: 粮食直补、农资综合补贴、良种补贴、农机具购置补贴资金达1030亿元，比上年增长一倍。", "一倍", "yoy_pct", 100.0, "exact"),
    ("1957: 1956年比1950年，棉布供应增加了两倍，胶鞋增加了1.9倍，食盐增加了将近一倍，糖增加了2.3倍。", "一倍", None, 100.0,
     "nearly"),
    ("2003: 从1998年起，中央财政支出中教育经费所占比例每年提高一个百分点。", "一个百分点", "pp_diff", 1.0, "exact"),
])
def test_a_bare_one_before_times_or_percentage_points_is_a_figure(text, printed, measure, value, qualifier):
    got = one(text, printed, "measure", "value", "qualifier")
    assert got[1:] == (value, qualifier)
    if measure:
        assert got[0] == measure


def test_a_value_in_force_before_a_planned_change_is_an_outcome():
    text = ("2019: 深化增值税改革，将制造业等行业现行16%的税率降至13%，将交通运输业、建筑业等行业现行10%的税率降至9%，"
            "确保主要行业税负明显降低。")
    assert one(text, "16%", "status", "indicator") == ("actual", "制造业等行业税率")
    assert one(text, "10%", "status")[0] == "actual"


def test_a_programme_named_by_its_number_of_parts_is_no_count():
    # like 八大攻坚行动 and “1234发展战略”, a programme's name; 10大类 and 7000大卡 keep their units
    text = "dongcheng_2018_h1: 部分行政科室已陆续外迁新院区。完成隆福大厦办公招商。15大专项行动不断提速。"
    assert 15.0 not in set(facts(text)["value"])
    text = "1980: 钢铁工业，1979年钢产量比上年增加270万吨，而能源消耗总量（按每公斤发热量7，000大卡的标准煤计算），"
    assert one(text, "7，000", "unit")[0] == "大卡"


@pytest.mark.parametrize(("text", "values"), [
    ("dongcheng_2021_h1: 七日决胜行动,全区18岁以上人群新冠疫苗全程接种率达到98.79%。", {98.79}),
    ("2019: 加快破除民间资本进入的堵点。我国60岁以上人口已达2.5亿。", {250_000_000.0}),
    # constructed neighbour: an age range naming a group
    ("0-3岁婴幼儿照护服务机构新增10家。", {10.0}),
])
def test_an_age_that_names_a_group_of_people_is_no_figure(text, values):
    assert set(facts(text)["value"]) == values


@pytest.mark.parametrize(("text", "printed", "period"), [
    ("chengyang_qd_2022_bulletin: 根据地区生产总值统一核算结果,2022年城阳区实现地区生产总值1348.33亿元,比上年增长1.1%。",
     "1348.33", "2022年"),
    ("2001: 改革稳步推进，外向型经济迅速发展。2000年进出口总额达4743亿美元，其中出口2492亿美元。", "4743", "2000年"),
    ("1980: 计划生育取得了进展，1979年人口自然增长率由上年的1.2％下降到1.17％。", "1.17", "1979年"),
])
def test_a_year_that_opens_a_clause_is_its_period(text, printed, period):
    assert one(text, printed, "period")[0] == period


def test_a_reviewed_section_gives_its_time_to_figures_that_name_none():
    # dongcheng_2023_h1, under "一、上半年计划执行情况": 扩充重点服务企业名单至500家,为246家“服务包”企业一对一匹配区领导。
    got = facts(open_real("dongcheng_2023_h1"))
    row = got[got["sentence"].str.startswith("扩充重点服务企业名单至500家")]
    assert list(row["period"]) == ["上半年", "上半年"]
    # and a heading of the year with its half gives both (一、2017年国民经济和社会发展计划上半年执行情况)
    got = facts(open_real("dongcheng_2017_h1"))
    assert "2017年上半年" in set(got["period"])


@pytest.mark.parametrize(("text", "printed", "name"), [
    ("2000: 全年工业企业实现利润2202亿元，比上年增长 52％；其中国有和国有控股工业企业实现利润967亿元，增长77．7％，"
     "都创造了近五年来的最高水平。", "967", "国有和国有控股工业企业利润"),
    ("2010: 我们加快推进汶川地震灾后恢复重建，重灾区已完成投资6545亿元，占规划总投资的65.5%。", "6545", "重灾区投资"),
    ("2005: 今年中央财政为此新增支出140亿元，用于这方面的支出总额将达到664亿元。", "140", "中央财政新增支出"),
])
def test_a_verb_inside_a_name_between_the_owner_and_what_it_earns_or_pays_is_no_part_of_it(text, printed, name):
    assert one(text, printed, "indicator")[0] == name


@pytest.mark.parametrize(("text", "printed", "name"), [
    ("2000: 外贸出口从7月份开始大幅度回升，全年达到1949亿美元，比上年增长6．1％。", "1949", "外贸出口"),
    ("2019: 强化普惠性支持，落实好小规模纳税人增值税起征点从月销售额3万元提高到10万元等税收优惠政策。", "3万元",
     "小规模纳税人增值税起征点"),
    ("2019: 提高退休人员基本养老金，城乡居民基础养老金最低标准从每月70元提高到88元。", "88", "城乡居民基础养老金最低标准"),
    ("2014: 今年要淘汰燃煤小锅炉5万台，推进燃煤电厂脱硫改造1500万千瓦、脱硝改造1.3亿千瓦、除尘改造1.8亿千瓦。", "1500",
     "燃煤电厂脱硫改造"),
])
def test_a_from_frame_or_a_frame_verb_around_a_name_is_no_part_of_it(text, printed, name):
    assert one(text, printed, "indicator")[0] == name


@pytest.mark.parametrize(("text", "printed"), [
    ("2013: 今年经济增长预期目标定为7.5%左右，主要基于两方面考虑：一方面，要继续抓住机遇、促进发展。", "7.5%"),
    ("2014: 经过认真比较、反复权衡，把增长预期目标定在7.5%左右，兼顾了需要和可能。", "7.5%"),
])
def test_a_growth_target_set_at_a_figure_is_a_growth_rate_target(text, printed):
    assert one(text, printed, "measure", "status", "qualifier") == ("yoy_pct", "target", "about")


def test_those_a_count_names_as_receivers_are_no_part_of_what_they_receive():
    # 为N家企业 + verb + what is given: the count is of 企业, the money of what they are given
    text = "dongcheng_2020_h1: 全力保障企业用工,为3978家企业发放失业保险费返还等各类援企稳岗补贴近2.45亿元。"
    assert one(text, "3978", "indicator")[0] == "企业"
    assert not one(text, "2.45", "indicator")[0].startswith("企业")
    # a receiver list joined by 和 stays one noun: the name after it is not cut inside the list
    text = "为3162户中小微企业和个体工商户减免国有房屋租金4.27亿元。"  # constructed neighbour
    assert one(text, "4.27", "indicator")[0] != "个体工商户减免国有房屋租金"


@pytest.mark.parametrize(("text", "printed", "name"), [
    ("chengyang_qd_2022_bulletin: 全年全区城市更新和城市建设项目224个,完成投资391.6亿元。", "391.6", "城市更新和城市建设项目投资"),
    ("2003: 新开工建设36项重点工程，投资总规模6000多亿元。", "6000", "新开工建设重点工程投资总规模"),
])
def test_a_generic_amount_after_a_count_belongs_to_what_was_counted(text, printed, name):
    assert one(text, printed, "indicator")[0] == name


def test_a_completion_after_a_count_keeps_its_own_name():
    text = "26个区重点项目中已开工19个,完成年度投资计划的51.2%。"  # constructed regression fixture
    assert "已开工" not in one(text, "51.2", "indicator")[0]


@pytest.mark.parametrize(("text", "where"), [
    ("beijing_2017_h1: 今年以来,本市认真学习贯彻习近平总书记两次视察北京重要讲话精神,坚持稳中求进工作总基调。", "两次"),
    ("beijing_2017_h1: 1-5月北京地区进出口总额增长26.9%,增速连续5个月高于全国平均水平。", "5个月"),
    ("neimenggu_2023_m8_industry: 1-8月份,全区规上工业增加值同比增长7.5%,较1-7月份提高0.3个百分点,已连续三个月回升。", "三个月"),
    ("shangcheng_hz_2022_h1_budget: 1、增值税收入(50%部分)672890万元,完成预期的94.7%,增长6.2%;", "50%"),
    ("yongning_2020_h1_budget: 2020年1-6月全城区组织财政收入累计完成146845万元,比上年同期144987万元增收1858万元,"
     "增长1.28%(增幅在全市16县区中排名第五),完成年初预算245800万元的59.74%,收入项目完成情况如下:", "16县区"),
])
def test_a_number_inside_a_term_a_streak_or_a_ranking_set_is_no_figure(text, where):
    f = facts(text)
    assert quoted(text).index(where) not in set(f["start"])


def test_the_share_a_revenue_is_named_by_stays_out_of_its_figures():
    text = "shangcheng_hz_2022_h1_budget: 1、增值税收入(50%部分)672890万元,完成预期的94.7%,增长6.2%;"
    assert one(text, "672890", "indicator", "measure") == ("增值税收入", "level")


@pytest.mark.parametrize(("text", "printed", "name"), [
    ("minhang_sh_2015_bulletin: 至年末,全区有农民专业合作社112家,区级以上农业产业化龙头企业6家,全区农业规模化生产比例达90%。",
     "112", "农民专业合作社"),
    ("xicheng_2018_h1_indicators: 1-6月,批发业实现零售额31.6亿元,同比增长9.5%;住宿业实现零售额8.3亿元,同比增长5.3%。", "8.3",
     "住宿业零售额"),
])
def test_an_existential_or_achievement_verb_is_no_part_of_a_name(text, printed, name):
    assert one(text, printed, "indicator")[0] == name


def test_a_top_rank_in_arabic_digits_and_a_count_of_indicators():
    text = ("dongcheng_2017_h1: 全市“疏解整治促提升”专项行动共有15个指标,涉及中心城区的10个,我区有9个指标已完成全年任务,"
            "其中6个指标在16区排名进入前3名。")
    assert one(text, "3名", "measure", "value", "indicator") == ("rank", 3.0, "指标")
    # N个指标 counts indicators, named by their rank; it sets no target
    assert one(text, "6个", "status", "indicator") == ("actual", "16区排名进入前3名的指标")


def _report_facts(name: str):
    return real_facts(REAL / f"{name}.txt")


def test_a_table_without_a_unit_takes_the_unit_the_text_gives_its_figures():
    # lintao: the text says 税收收入15348万元; the table prints 税收收入 … 15348 and no unit anywhere
    f = _report_facts("lintao_2024_m2_budget")
    cells = f[f["flags"].str.contains("table_cell")]
    row = cells[(cells["indicator"] == "企业所得税") & (cells["measure"] == "level")]
    assert 6_310_000.0 in set(row["value"]) and set(row["unit"]) == {"元"}
    assert all("unit_inferred" in x for x in row["flags"])
    assert set(cells[cells["measure"] == "completion_pct"]["unit"]) == {"%"}
    # wuchang: rows of money and of projects; each row takes the unit the text gives it
    f = _report_facts("wuchang_wh_2023_annual")
    cells = f[f["flags"].str.contains("table_cell") & (f["measure"] == "level")]
    got = dict(zip(cells["value"], cells["unit"], strict=False))
    assert got[1.37e10] == "元" and got[215.0] == "项"


@pytest.mark.parametrize(("text", "printed", "name"), [
    ("youyang_cq_2025_q1: 全县固定资产投资增长9.7%。分产业看,第一产业增长129.2%;第二产业增长33.5%;第三产业下降1.8%。", "1.8",
     "第三产业投资"),
    ("neimenggu_2023_m8_industry: 全区三大门类中,采矿业增加值同比增长3.7%,较1-7月提高0.2个百分点;制造业增长11.9%,"
     "提高0.6个百分点;电力热力燃气及水生产和供应业增长10.6%,提高0.7个百分点。", "11.9", "制造业增加值"),
])
def test_a_sector_named_bare_in_a_breakdown_takes_the_breakdowns_quantity(text, printed, name):
    assert one(text, printed, "indicator")[0] == name


def test_the_shares_of_a_sector_structure_keep_their_names():
    text = ("district_2021_bulletin_rank: 分产业看,第一产业增加值6.2亿元,增长6.9%;第二产业增加值22.7亿元,增长6.2%;"
            "第三产业增加值62.4亿元,增长8.0%。三次产业结构由上年的6.9∶24.2∶68.9调整为6.7∶24.9∶68.4。")
    assert one(text, "6.7∶", "indicator")[0] == "第一产业"


def test_the_year_a_review_speaks_of_as_this_year_is_its_headings():
    # haishu: under 一、2022年工作回顾, "这一年,我们…" speaks of 2022, not of the report's year 2023
    f = _report_facts("haishu_nb_2023_gwr")
    under = f[f["section"].str.startswith("一、2022年工作回顾")]
    assert "这一年" not in set(under["period"])
    assert (under["period"] == "2022年").sum() >= 5


def test_a_months_cumulative_figure_runs_from_the_years_start():
    text = "puyang_m3_budget_table: 3月份,全市一般公共预算收入当月完成73795万元,下降12.7%,累计完成234267万元,下降10.9%。"
    assert one(text, "73795", "period")[0] == "3月份"
    assert one(text, "234267", "period")[0] == "1-3月"
    assert one(text, "10.9", "period")[0] == "1-3月"
    text = "dayao_2024_m4_budget: 4月,一般公共预算收入累计完成24627万元,完成年初预算数60999万元的40.4%。"
    assert one(text, "24627", "period")[0] == "1-4月"
    assert one(text, "60999", "period")[0] != "1-4月"  # the year's budget, the base of the completion


@pytest.mark.parametrize(("text", "printed", "name"), [
    ("2017: 部署启动面向2030年的科技创新重大项目，支持北京、上海建设具有全球影响力的科技创新中心，新设6个国家自主创新示范区。", "6个",
     "新设国家自主创新示范区"),
    ("2022: 加强中低产田改造，新建1亿亩高标准农田，新建改造一批大中型灌区。", "1亿亩", "新建高标准农田"),
    ("2024: 强化义务教育薄弱环节建设，做好“双减”工作，国家助学贷款提标降息惠及1100多万学生。", "1100",
     "国家助学贷款提标降息惠及的学生"),  # (with what reaches them, when the clause names it)
    ("2023: 改造城镇老旧小区16.7万个，惠及2900多万家庭。", "2900", "城镇老旧小区改造惠及的家庭"),
    ("nanshan_sz_2023_gwr_digest: 引进126个项目,总投资1700亿元,推动9家重点持牌金融机构落户。", "1700", "引进项目总投资"),
])
def test_the_verb_that_adds_what_a_count_counts_stays_in_its_name(text, printed, name):
    assert one(text, printed, "indicator")[0] == name


def test_a_change_over_the_next_five_years_is_no_years_change():
    text = "2016: 今后五年，单位国内生产总值用水量、能耗、二氧化碳排放量分别下降23%、15%、18%。"
    assert one(text, "23%", "measure", "value", "status") == ("change_pct", -23.0, "target")


def test_a_rank_leapt_to_keeps_its_subject_whole():
    text = "2018: 五年来，创新驱动发展成果丰硕。全社会研发投入年均增长11%，规模跃居世界第二位。"
    assert one(text, "第二", "measure", "indicator") == ("rank", "全社会研发投入")


def test_a_target_reached_and_a_population_counted():
    text = "2021: 全面深化教育领域综合改革。实现高职院校扩招100万人目标。加大公共卫生体系建设力度。"
    assert one(text, "100万人", "indicator", "status") == ("高职院校扩招", "actual")
    text = "2019: 城镇新增就业1361万人、调查失业率稳定在5%左右的较低水平。近14亿人口的发展中大国，实现了比较充分就业。"
    assert one(text, "14亿", "indicator")[0] == "人口"
    # a target still to reach stays a target
    text = "1988: 为了实现在本世纪末把我国人口控制在１２亿左右的目标，必须继续严格控制人口增长。"
    assert one(text, "１２亿", "status")[0] == "target"



def test_a_size_class_after_qizhong_names_the_things_counted_before():
    text = "dongliu_yz_2023_street: 招商引资成效显著,全年共引进企业137家,其中注册资金千万元以上46家,亿元以上5家,实到内资17亿元。"
    assert one(text, "46", "indicator")[0] == "注册资金千万元以上的引进企业"
    assert one(text, "5家", "indicator")[0] == "注册资金亿元以上的引进企业"  # the next class of the same amount


def test_a_count_of_times_is_named_by_what_was_done():
    text = "2009: 实施积极的财政政策和适度宽松的货币政策。三次提高出口退税率，五次下调金融机构存贷款基准利率。"
    assert one(text, "三次", "indicator", "value", "unit") == ("提高出口退税率的次数", 3.0, "次")
    assert one(text, "五次", "indicator")[0] == "下调金融机构存贷款基准利率的次数"


def test_a_budget_base_is_named_by_what_it_budgets():
    # as 完成年初预算1500000万元的47.49% names the 税收收入 budget, 年初预算数 names the revenue's
    text = "dayao_2024_m4_budget: 4月,政府性基金预算收入累计完成2236万元,完成年初预算数25200万元的8.9%。"
    assert one(text, "25200", "indicator", "status") == ("政府性基金预算收入", "target")


def test_a_month_and_day_joined_by_a_middle_dot_before_a_name_is_a_date():
    text = "xiasha_qt_2022_street: 情遭遇战、阻击战,面对“4·7下沙社区遭遇战,迅速划定“三区”,快速组织核酸检测。"
    assert facts(text).empty
    # a decimal printed with a middle dot stays a figure (1999: 全年增长19·5％)
    assert one("全年增长19·5％。", "19·5", "value")[0] == 19.5


@pytest.mark.parametrize(("text", "printed", "name"), [
    ("2024: 推动外贸稳规模、优结构，电动汽车、锂电池、光伏产品“新三样”出口增长近30%。", "30%",
     "电动汽车、锂电池、光伏产品“新三样”出口"),
    ("2011: 基础设施建设明显加快，五年建成铁路新线1.6万公里，新增公路63.9万公里，其中高速公路3.3万公里，"
     "新建、改扩建机场33个，新建和加固堤防1.7万公里。", "33个", "新建、改扩建机场"),
])
def test_a_list_whose_items_hold_no_figure_of_their_own_shares_the_figure(text, printed, name):
    assert one(text, printed, "indicator")[0] == name


def test_a_fenbie_list_of_periods_keeps_the_name_after_them():
    text = "分季度看，一季度、上半年、前三季度地区生产总值分别增长22.6%、16.3%和13.1%。"  # constructed regression fixture
    assert [r[0] for r in rows(text)] == ["地区生产总值"] * 3


def test_a_turn_said_of_the_subject_is_no_part_of_its_name():
    # dongcheng_2021_h1
    text = "商务服务业税收由负转正，同比增长6.2%，比2019年同期下降3.4%。"
    assert facts(text)["indicator"].tolist() == ["商务服务业税收"] * 2


def test_the_set_ranked_in_is_no_name_of_what_is_ranked():
    # yongning_2020_h1_budget: the rank of the revenue's growth among the 16 counties and districts
    text = ("2020年1-6月全城区组织财政收入累计完成146845万元,比上年同期144987万元增收1858万元,"
            "增长1.28%(增幅在全市16县区中排名第五),")
    assert one(text, "第五", "indicator", "measure") == ("组织财政收入增幅", "rank")


def test_a_contribution_is_that_of_the_subject_before_it():
    # beijing_2017_h1
    text = "总消费增长9.3%,其中服务消费增长12.7%、对总消费增长的贡献率达70.5%,商品消费增长5.6%。"
    assert one(text, "70.5", "indicator", "measure") == ("服务消费对总消费增长的贡献率", "rate_pct")
    # beijing_2017_h1: the items of a list contribute together, not the last one
    text = "金融、科技和信息服务业三大优势行业增加值分别增长7.4%、10%和9.3%,对经济增长贡献率合计达49.7%。"
    assert one(text, "49.7", "indicator") == ("金融、科技和信息服务业三大优势行业增加值对经济增长贡献率",)


@pytest.mark.parametrize(("text", "printed", "indicator"), [
    # chaoyang_2020_h1
    ("为6.8万家企业减免社会保险费95.3亿元;为9317家中小微企业减免房租5.4亿元;", "9317", "中小微企业"),
    ("为6.8万家企业减免社会保险费95.3亿元;为9317家中小微企业减免房租5.4亿元;", "5.4", "减免房租"),
    # dongcheng_2022_h1
    ("为2.6万户市场主体缓缴社会保险费3.8亿元。", "2.6", "市场主体"),
    ("为2.6万户市场主体缓缴社会保险费3.8亿元。", "3.8", "缓缴社会保险费"),
])
def test_those_relieved_and_the_relief_are_named_apart(text, printed, indicator):
    assert one(text, printed, "indicator") == (indicator,)


@pytest.mark.parametrize(("text", "printed", "indicator"), [
    # dongcheng_2021_h1
    ("文化产业实现收入486.2亿元，同比增长31.5%，两年平均增长2.8%。", "486.2", "文化产业收入"),
    # dongcheng_2020_q1q3
    ("中关村东城园前三季度实现总收入约1235亿元，同比增长3.7%，增速较上半年提高2.9个百分点。", "1235", "中关村东城园总收入"),
])
def test_the_verb_and_time_between_an_owner_and_its_income_leave_the_name(text, printed, indicator):
    assert one(text, printed, "indicator") == (indicator,)


def test_the_budget_a_figure_completes_is_a_plan_reference():
    # dayao_2024_m4_budget
    text = "4月,一般公共预算收入累计完成24627万元,完成年初预算数60999万元的40.4%,比上年减收1070万元,下降4.2%。"
    f = dh.extract_facts(text)
    row = f[f["raw_value"] == "60999"].iloc[0]
    assert (row["reference"], row["status"]) == ("plan", "target")


def test_a_round_threshold_passed_right_after_its_level_is_no_second_level():
    # xicheng_2023_annual: 突破千亿元大关 restates 1012.9亿元; 突破6000亿元大关 alone is the level printed
    f = real_facts(REAL / "xicheng_2023_annual.txt")
    revenue = f[(f["indicator"] == "地方级一般公共预算收入") & (f["measure"] == "level")]
    assert revenue["raw_value"].tolist() == ["1012.9"]
    assert f.loc[f["indicator"] == "地区生产总值", "raw_value"].tolist()[:1] == ["6000"]
    # 1994: a threshold passed with no level before it is the level the report gives
    assert rows("国内生产总值突破３万亿元大关，比上年增长百分之十三点四。", "raw_value", "qualifier")[0] == ("３", "over")
