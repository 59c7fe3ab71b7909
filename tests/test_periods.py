"""The period of a figure that prints none: carried from the report's opening line, from a dated heading
(also one run into the line), and from the calendar of a table. Each test quotes a real report (named by
file of ``tests/gold/real/texts`` or by year of the work-report corpus); texts written for a test are
labelled regression fixtures.
"""

from __future__ import annotations

from pathlib import Path

import _sentences
import pytest

REAL = Path(__file__).parent / "gold" / "real" / "texts"


def facts(text: str):
    return _sentences.facts(text)


def period_of(text: str, printed: str, nth: int = 0) -> str:
    """The period of the fact whose printed figure starts at the ``nth`` occurrence of ``printed`` (a table
    cell may be given with its bars: ``| 7833 |``)."""
    f = facts(text)
    start = -1
    for _ in range(nth + 1):
        start = text.index(printed, start + 1)
    start += len(printed) - len(printed.lstrip("| "))
    hit = f[(f["start"] <= start) & (f["end"] > start)]
    assert len(hit) == 1, (printed, f[["indicator", "period", "start", "end"]])
    return hit.iloc[0]["period"]


# --------------------------------------------------------------------------- the report's opening line

YOUYANG = (  # youyang_cq_2025_q1 (the opening line, then sections under undated headings)
    "一季度,全县实现地区生产总值56.82亿元,增长4.6%。其中,第一产业增加值5.32亿元,增长0.5%;第二产业增加值11.49亿元,"
    "增长5.9%;第三产业增加值40.01亿元,增长4.9%。\n"
    "一、农业生产基本稳定\n"
    "全县实现农林牧渔总产值9.48亿元,增长0.8%。蔬菜及食用菌产量9.72万吨,增长2.0%。生猪出栏16.68万头,下降7.7%。\n"
    "五、服务业发展总体稳定\n"
    "1-2月,全县规上服务业实现营业收入3.7亿元, 比上年下降1.8%。\n"
    "3月末,全县本外币存贷余额440.95亿元,增长6.4%;贷款余额354.88亿元,增长2.6%。\n"
    "六、居民收入平稳增长\n"
    "全县全体居民人均可支配收入7256元,增长5.8%。\n"
)


def test_the_period_the_report_opens_with_holds_under_undated_headings():
    assert period_of(YOUYANG, "56.82") == "一季度"
    assert period_of(YOUYANG, "9.48亿元") == "一季度"
    assert period_of(YOUYANG, "16.68万头") == "一季度"
    assert period_of(YOUYANG, "7256") == "一季度"


def test_a_paragraph_that_prints_its_own_period_keeps_it():
    assert period_of(YOUYANG, "3.7亿元") == "1-2月"
    assert period_of(YOUYANG, "354.88") == "3月末"


DISTRICT = (  # district_2021_bulletin_rank: the opening line is a year set off by a comma
    "2021年,是“十四五”开局之年,面对复杂多变的经济环境和艰巨繁重的改革发展稳定任务,区委、区政府统筹疫情防控和经济社会发展,"
    "聚焦高质量发展这一主题,弘扬伟大建党精神,共克时艰,砥砺前行,全区各项事业取得新进展。\n"
    "一、综合\n"
    "年末全区户籍人口29.5万人,其中:城镇人口20.8万人,乡村人口8.7万人。\n"
    "二、农业\n"
    "全区粮食生产总面积321140亩,比上年增长3.8%,粮食总产量132772吨,比上年增长1.1%。\n"
)


def test_a_year_opening_the_report_is_the_period_of_its_figures():
    assert period_of(DISTRICT, "321140") == "2021年"
    assert period_of(DISTRICT, "132772") == "2021年"
    assert period_of(DISTRICT, "20.8万人") == "2021年末"  # (the 年末 its sentence opens with)


def test_a_dated_heading_ends_the_opening_period():
    # regression fixture (written for this test): the report opens with 一季度, a later heading names 1-5月
    text = ("一季度,全县实现地区生产总值56.82亿元,增长4.6%。\n一、工业\n全县工业增加值增长6.0%。\n"
            "二、1-5月财政收支情况\n全县一般公共预算收入1.86亿元,同比下降27.2%。\n三、其他\n全县固定资产投资增长9.7%。\n")
    assert period_of(text, "6.0%") == "一季度"
    assert period_of(text, "1.86") == "1-5月"
    assert period_of(text, "9.7%") == ""  # after a dated heading the opening line no longer speaks


def test_a_span_of_years_opening_the_report_is_not_carried():
    # 1964: 五年来，… opens the report; a span is not the period of every later figure
    text = "五年来，我国各族人民在中国共产党的英明领导下，取得了很大成绩。\n一、工业\n钢产量达到一千万吨。\n"
    assert period_of(text, "一千万吨") == ""


# --------------------------------------------------------------------------- unnumbered dated lines

NANSHAN = (  # nanshan_sz_2023_gwr_digest: an unnumbered heading line names the year reviewed
    "数说南山区2023年《政府工作报告》\n\n"
    "  2022年工作回顾\n\n  防住疫情\n\n"
    "  6500余名医务工作者、3000余名社区工作者、2300余名党员干部冲锋陷阵、服务一线,稳妥有效处置多轮疫情。\n\n"
    "  稳住经济\n\n"
    "  实现本地生产总值8036亿元,增长3.3%,相较于2020年增长超1500亿元,跨越两个千亿级台阶,增幅近1/4。\n\n"
    "  战略性新兴产业增加值4435.7亿元,同比增长4.9%。规上工业增加值2077.5亿元,同比增长6.2%。\n"
)


def test_an_unnumbered_dated_heading_line_gives_its_year():
    assert period_of(NANSHAN, "8036") == "2022年"
    assert period_of(NANSHAN, "4435.7") == "2022年"
    assert period_of(NANSHAN, "2077.5") == "2022年"


XICHENG_TASKS = (  # xicheng_2020_keytasks: the title line names the year of the tasks
    "西城区政府2020年重点工作任务目标全年完成情况\n类别序号重点督办内容牵头单位全年完成情况\n"
    "经济社会发展主要预期目标1地区生产总值增长6%左右。区发展改革委西城区地区生产总值增速由年初设定的6%左右调整为正增长"
    "(此调整方案已于2020年12月22日经区第十六届人大常委会第42次会议审议通过)。2020年度地区生产总值初步核算数50610595万元,增幅-1.1%。\n"
    "经济社会发展主要预期目标2区级一般公共预算收入增长2%左右。区财政局西城区一般公共预算收入由年初预算439.55亿元调整为413.8亿元左右,"
    "增长由年初的2%调整为-4%左右。\n"
)


def test_a_dated_title_line_gives_its_year():
    assert period_of(XICHENG_TASKS, "6%左右。") == "2020年"
    assert period_of(XICHENG_TASKS, "-4%") == "2020年"


def test_a_work_report_title_or_a_date_line_carries_no_period():
    # yuhang_hz_2015_gwr: a work report delivered in 2015 reviews 2014; 2023: the line of the session's date
    text = ("【余杭区招商】2015年杭州市余杭区政府工作报告\n"
            "有效投资持续扩大。完成固定资产投资786.15亿元,增长24.5%。\n")
    assert period_of(text, "786.15") == ""
    text = "政府工作报告\n\n——2023年3月5日在第十四届全国人民代表大会第一次会议上\n\n国内生产总值增长3%。\n"
    assert period_of(text, "3%") == ""


# --------------------------------------------------------------------------- dated headings run into the line

MINHANG = (  # minhang_sh_2022_h1_budget: the headings are run into one line with the text
    "根据预算法有关规定,重点报告以下情况: 一、2021年财政决算主要情况 (一)2021年一般公共预算收支决算情况 "
    "1.全区一般公共预算收支决算情况 全区一般公共预算收入331.1亿元,增长11%。加市级财政税收返还和补助收入109.6亿元、"
    "上年结转收入7.7亿元、地方政府一般债务转贷收入28.5亿元、调入资金4.3亿元、动用预算稳定调节基金9.5亿元,收入总量为490.7亿元。"
    "全区一般公共预算支出402.2亿元,下降6.4%。"
)


def test_a_dated_heading_glued_into_the_sentence_gives_its_year():
    assert period_of(MINHANG, "331.1") == "2021年"
    assert period_of(MINHANG, "11%") == "2021年"
    assert period_of(MINHANG, "109.6") == "2021年"
    assert period_of(MINHANG, "402.2") == "2021年"


def test_a_glued_heading_of_the_same_level_closes_the_dated_one():
    # regression fixture (written for this test): 二、 (undated) closes 一、2021年…; (一)2022年 opens anew
    text = ("报告如下: 一、2021年财政决算主要情况 全区一般公共预算收入331.1亿元,增长11%。 二、预算执行情况 "
            "全区一般公共预算支出402.2亿元,下降6.4%。 (一)2022年税收收入情况 全区税收收入150.2亿元,下降3.1%。")
    assert period_of(text, "331.1") == "2021年"
    assert period_of(text, "402.2") == ""
    assert period_of(text, "150.2") == "2022年"


# --------------------------------------------------------------------------- the calendar of a table

LINTAO = (REAL / "lintao_2024_m2_budget.txt").read_text(encoding="utf-8")  # the caption names year and month:
# 二〇二四年二月大口径财政收入执行情况表 | 预 算 科 目 | 本年收入计划 | 累计完成数 | … | 上年同期数 | 同比增减% | …


def test_cumulative_and_prior_columns_take_the_months_of_the_caption():
    assert period_of(LINTAO, "| 7833 |") == "2024年1-2月"  # 累计完成数
    assert period_of(LINTAO, "| 6281 |") == "2023年1-2月"  # 上年同期数: the same months a year before
    assert period_of(LINTAO, "| 45119 |") == "2024年"  # 本年收入计划
    assert period_of(LINTAO, "| 24.71 |") == "2024年1-2月"  # 同比增减%: a column with no period word


def test_a_table_of_the_prior_year_keeps_its_reference():
    f = facts(LINTAO)
    prior = f[f["start"] == LINTAO.index("| 6281 |") + 2]  # (the cell after its bar)
    assert list(prior["reference"]) == ["prior"]


PUYANG = (  # puyang_m3_budget_table: no caption; the text before the table names the month
    "3月份,全市一般公共预算支出当月完成380990万元,增长15.8%,累计完成744234万元,下降4.1%。支出规模位居全省第13位,同比持平;"
    "支出增幅高于省辖市平均增幅3.3个百分点,居全省第8位,同比回落6个位次。市本级及各县区具体情况如下表:\n"
    "单位:万元\n"
    "单位名称 | 一般公共预算收入 | 税收比重% | 一般公共预算支出 | ||||||\n"
    "当月 | 累计 | 为预算的% | 增幅% | 当月 | 累计 | 为预算的% | 增幅% | ||\n"
    "濮阳市 | 73795 | 234267 |\n| -10.9 | 70.9 | 380990 | 744234 |\n| -4.1 |\n"
    "市本级 | 14070 | 54065 |\n| -22.8 | 61.4 | 59373 | 129558 |\n| -27.6 |\n"
)


def test_month_and_cumulative_columns_take_the_month_printed_before_the_table():
    assert period_of(PUYANG, "73795") == "3月"  # 当月
    assert period_of(PUYANG, "234267") == "1-3月"  # 累计
    assert period_of(PUYANG, "-10.9") == "1-3月"  # 增幅%
    assert period_of(PUYANG, "14070") == "3月"


XICHENG = (  # xicheng_m1to5_indicators_table: 本期 columns; the month from the text before (截至5月底)
    "截至5月底,西城区城镇登记失业率为2.37 %,同比增加1.17个百分点;城镇登记失业人员就业率为44.98%,同比减少3.79个百分点。\n"
    "注:公共财政预算收入增速,按自然口径计算。\n"
    "指 标 名 称 | 计量单位 | 北 京 市 | 西 城 区 | ||\n本 期 | ±% | 本 期 | ±% | ||\n"
    "一、现价工业总产值 | 亿元 | 9075.6 | -5.6 | 281.5 | 4.9 |\n"
    "五、公共财政预算收入 | 亿元 | 2585.4 | -5.0 | 219.4 | 14.3 |\n"
)


def test_the_current_period_column_is_the_months_to_date():
    assert period_of(XICHENG, "9075.6") == "1-5月"  # 本期
    assert period_of(XICHENG, "-5.0") == "1-5月"  # ±%


def test_a_comparison_month_before_the_table_is_not_its_calendar():
    # regression fixture (written for this test): the last month before the table is a base (比1-4月)
    text = ("1-5月,全县一般公共预算收入1.86亿元,增幅比1-4月回落2个百分点。具体情况如下表:\n"
            "单位名称 | 当月收入 | 累计收入 |\n全县 | 3200 | 18600 |\n")
    assert period_of(text, "3200") == "5月"
    assert period_of(text, "18600") == "1-5月"


# --------------------------------------------------------------------------- the period is a whole word


def test_a_span_of_years_is_not_cut_to_its_tail():
    # 1986: 五年内 is the plan span, never 年内 (within this year)
    text = "五年内全国工农业总产值增长百分之三十八，国民生产总值增长百分之四十四。"
    assert period_of(text, "百分之三十八") == "五年内"
    assert period_of(text, "百分之四十四") == "五年内"


def test_a_year_end_keeps_its_year():
    # 2001: 2000年底 is the period, 1995年底 the base of the change
    text = "国家外汇储备2000年底达1656亿美元，比1995年底增加920亿美元。"
    assert period_of(text, "1656") == "2000年底"
    assert period_of(text, "920") == "2000年底"


def test_a_year_of_spaced_digits_is_read_as_the_year():
    # 1998: the digits of the report are spaced
    text = ("1 9 9 7 年，城镇居民人均可支配收入达到5 1 6 0 元，五年来年均实际增长6 ％；"
            "农村居民人均纯收入达到2 0 9 0 元，年均实际增长5 ．4 ％。")
    assert period_of(text, "5 1 6 0") == "1997年"
    assert period_of(text, "2 0 9 0") == "1997年"


def test_a_year_in_chinese_numerals_opening_a_clause_is_its_period():
    # 1960: the plan span named in the sentence before (十二年内) is not the time of the year's outcome
    text = ("全国农业发展纲要要求：棉花的亩产量在十二年内，按照不同的情况，分别达到四十斤、六十斤、八十斤和一百斤皮棉。"
            "一九五九年，亩产皮棉达到一百斤以上的有四十五个县、七百六十一万三千亩棉田；"
            "八十斤到九十九斤的有五十五个县、一千零四十四万八千亩棉田。")
    assert period_of(text, "四十斤") == "十二年内"
    assert period_of(text, "七百六十一万三千亩") == "一九五九年"
    assert period_of(text, "一千零四十四万八千亩") == "一九五九年"


def test_a_paragraph_run_into_a_line_after_a_space_opens_with_its_period():
    # yuhang_hz_2015_gwr: the report's paragraphs are run into one line, set apart by spaces
    text = ("各位代表: 现在,我代表区人民政府向大会作工作报告,请予审议,并请区政协委员和其他列席人员提出意见。 2014年工作回顾 "
            "2014年,面对严峻复杂的宏观经济形势和全区改革发展稳定的艰巨任务,区政府以科学发展观为统领,经济社会保持良好发展态势。"
            "全区实现生产总值1101.04亿元,按可比价格计算,比上年增长9.5%;完成财政总收入240.78亿元。")
    assert period_of(text, "1101.04") == "2014年"
    assert period_of(text, "240.78") == "2014年"


def test_an_indented_paragraph_opens_with_its_period():
    # 1985: the paragraphs are indented with ideographic spaces
    text = ("各位代表：\n\n　　１９８４年，我国农业又获得了大丰收。粮食产量达到四亿零七百多万吨，比上年增长５．１％；"
            "棉花达到六百零八万吨，增长３１．１％。\n")
    assert period_of(text, "四亿零七百多万吨") == "1984年"
    assert period_of(text, "３１．１％") == "1984年"


def test_the_start_and_end_of_the_year_take_the_year_carried_down():
    # 2002: 首先报告2001年的工作 heads the review; 年初 and 年末 are those of 2001
    text = ("首先报告2001年的工作\n\n"
            "城市居民最低生活保障的覆盖人数，由年初的４００多万人扩大到年末的１１２０多万人。\n")
    assert period_of(text, "４００多万人") == "2001年初"
    assert period_of(text, "１１２０多万人") == "2001年末"


# --------------------------------------------------------------------------- the years a work report speaks of


def report_period(work_reports, year: int, phrase: str, printed: str) -> str:
    """The period of the fact printed as ``printed`` inside the first ``phrase`` of the work report of ``year``."""
    return str(work_reports.fact_at(year, phrase, printed)["period"])


@pytest.mark.parametrize(
    ("year", "phrase", "printed", "period"),
    [
        # a target of the plan part that prints no period: the year planned
        (2024, "今年发展主要预期目标是：国内生产总值增长5%左右", "5%", "2024年"),
        (2004, "今年拟发行建设国债1100亿元", "1100", "2004年"),
        # a five-year target: the years of the plan, named in the sentence or by the heading above
        (2016, "“十三五”时期经济年均增长保持在6.5%以上", "6.5%", "2016-2020年"),
        (2006, "今后五年国内生产总值年均增长7.5%", "7.5%", "2006-2010年"),
        (2011, "今后五年，我国经济增长预期目标是在明显提高质量和效益的基础上年均增长7%", "7%", "2011-2015年"),
        (2021, "单位国内生产总值能耗和二氧化碳排放分别降低13.5%", "13.5%", "2021-2025年"),  # 二、…“十四五”时期主要目标任务
        # the five-year plan whose words open the clause (“七五”计划草案规定，): its years
        (1986, "“七五”计划草案规定，全国工农业总产值平均每年增长百分之六点七", "百分之六点七", "1986-1990年"),
        (1986, "国民生产总值平均每年增长百分之七点五", "百分之七点五", "1986-1990年"),
        # a rate the five-year plan reaches: the plan's last year
        (2021, "常住人口城镇化率提高到65%", "65%", "2025年"),
        # 到2020年: a level of that year
        (2016, "到2020年，常住人口城镇化率达到60%", "60%", "2020年"),
    ],
)
def test_a_target_of_the_plan_takes_the_time_planned(work_reports, year, phrase, printed, period):
    assert report_period(work_reports, year, phrase, printed) == period


@pytest.mark.parametrize(
    ("year", "phrase", "printed", "period"),
    [
        (2003, "五年来，国家财政支持农村生产支出和各项农业事业费达4077亿元", "4077", "1998-2002年"),
        (2013, "五年来，新建各类保障性住房1800多万套", "1800", "2008-2012年"),
        (2016, "今后五年，单位国内生产总值用水量、能耗、二氧化碳排放量分别下降23%", "23%", "2016-2020年"),
    ],
)
def test_a_span_of_years_is_read_as_its_years(work_reports, year, phrase, printed, period):
    assert report_period(work_reports, year, phrase, printed) == period


@pytest.mark.parametrize(
    ("printed", "period"),
    [("二十个", "1954年"), ("三十三个", "1958年")],
)
def test_a_move_over_the_years_gone_in_a_part_after_the_plan_is_of_those_years(work_reports, printed, period):
    # 1959 (五、关于对外政策, a part a work report goes on planning in): 四年来 reviews 1955-1958, A is of the year before
    # them, B of the last
    assert report_period(work_reports, 1959, "四年来，同我国建交和半建交的国家，已经由二十个增加到三十三个", printed) == period


def test_a_plan_opening_its_clause_gives_its_years_to_the_targets_after_it():
    # regression fixture (written for this test): a district's plan of the year, the five-year plan's words
    # opening a clause; a plan only named as a task keeps the year planned
    text = ("东城区2021年政府工作报告\n三、2021年工作安排\n“十四五”规划纲要提出，全区地区生产总值年均增长6%左右。\n"
            "确保全面完成“十四五”规划确定的目标任务，一般公共预算收入增长5%。\n")
    assert period_of(text, "6%") == "2021-2025年"
    assert period_of(text, "5%") == "2021年"


def test_a_span_of_years_without_the_report_years_stays_as_printed():
    # regression fixture (written for this test): no year to count from
    text = "五年来，国家财政支持农村生产支出和各项农业事业费达4077亿元。"
    assert period_of(text, "4077") == "五年来"


def test_a_stock_at_the_year_end_takes_the_end_of_the_year(work_reports):
    # 2006: the review of 2005
    assert report_period(work_reports, 2006, "年末国家外汇储备达到8189亿美元", "8189") == "2005年末"


def test_the_year_end_opening_a_sentence_names_its_figures_only():
    text = (REAL / "district_2021_bulletin_rank.txt").read_text(encoding="utf-8")
    assert period_of(text, "29.5万人") == "2021年末"  # 年末全区户籍人口29.5万人
    assert period_of(text, "20.8万人") == "2021年末"  # ,其中:城镇人口20.8万人 (a part of the stock at the year's end)
    assert period_of(text, "321140亩") == "2021年"  # the next sentence: the year again


@pytest.mark.parametrize(
    ("year", "phrase", "printed", "period"),
    [
        # 五年来: A the year before the span, B its last year
        (2018, "国内生产总值从54万亿元增加到82.7万亿元", "54", "2012年"),
        (2018, "国内生产总值从54万亿元增加到82.7万亿元", "82.7", "2017年"),
        # a year reviewed: A of the year before
        (2015, "服务业增加值比重由46.9%提高到48.2%", "46.9", "2013年"),
        (2015, "服务业增加值比重由46.9%提高到48.2%", "48.2", "2014年"),
        # the years the sentence spans
        (1983, "全国医院床位由一百八十五万六千张增加到二百零五万四千张", "一百八十五万六千张", "1978年"),
        (1983, "全国医院床位由一百八十五万六千张增加到二百零五万四千张", "二百零五万四千张", "1982年"),
        # a plan part: A is the level of the year reviewed, B the target of the year planned
        (2015, "财政补助标准由每人每年320元提高到380元", "320", "2014年"),
        (2015, "财政补助标准由每人每年320元提高到380元", "380", "2015年"),
        # its own time, printed
        (2003, "全国财政收入从1997年的8651亿元增加到2002年的18914亿元", "8651", "1997年"),
        # a year printed right before the figure, with no 的 between
        (2008, "全社会研究与实验发展经费，从2002年1288亿元增加到2007年的3664亿元", "1288", "2002年"),
        (2008, "城镇居民人均可支配收入由2002年7703元增加到2007年13786元", "7703", "2002年"),
        (2008, "城镇居民人均可支配收入由2002年7703元增加到2007年13786元", "13786", "2007年"),
        # a pair after one that printed its years, in the same sentence: the same years
        (2003, "由1997年的3252亿美元增加到2002年的6208亿美元，世界排名由第十位上升到第五位；出口总额由1828亿美元增加到3256亿美元",
         "1828", "1997年"),
        (2003, "由1997年的3252亿美元增加到2002年的6208亿美元，世界排名由第十位上升到第五位；出口总额由1828亿美元增加到3256亿美元",
         "3256", "2002年"),
        (2008, "城镇居民人均可支配收入由2002年7703元增加到2007年13786元，农村居民人均纯收入由2476元增加到4140元", "4140", "2007年"),
    ],
)
def test_the_from_value_takes_its_own_earlier_time(work_reports, year, phrase, printed, period):
    assert report_period(work_reports, year, phrase, printed) == period


def test_the_from_value_of_the_year_before_is_of_that_year():
    text = (REAL / "district_2021_bulletin_rank.txt").read_text(encoding="utf-8")
    assert period_of(text, "6.9∶") == "2020年"  # 三次产业结构由上年的6.9∶24.2∶68.9调整为…
    assert period_of(text, "68.9") == "2020年"


def test_every_part_of_a_from_ratio_with_plain_colons_is_of_the_year_before():
    # the real bulletin's sentence (district_2021_bulletin_rank) printed with the colons a district report may use,
    # ASCII or full width: each colon closes a clause, so a later part is read from its first part's time
    for colon in (":", "："):
        ratio = colon.join(("6.9", "24.2", "68.9"))
        text = f"2021年，全区第三产业增加值62.4亿元，增长8.0%。三次产业结构由上年的{ratio}调整为6.7{colon}24.9{colon}68.4。"
        assert [period_of(text, p) for p in ("6.9", "24.2", "68.9")] == ["2020年"] * 3, colon
        assert [period_of(text, p) for p in ("6.7", "24.9", "68.4")] == ["2021年"] * 3, colon


# --------------------------------------------------------------------------- a year printed in the figure's own clause

def test_a_year_heading_an_item_outranks_the_period_of_the_sentence():
    # gongshu_hz_2022_annual: 全年实现:…;2021年R&D经费支出增长0.3%,低于目标任务24.7个百分点;一般公共预算收入全年…
    text = (REAL / "gongshu_hz_2022_annual.txt").read_text(encoding="utf-8")
    assert period_of(text, "0.3%") == "2021年"
    assert period_of(text, "24.7个百分点") == "2021年"
    # the items before keep the sentence's whole year, 全年: the year the report reviews (2022年), as a whole-year
    # word is wherever the report's year is known
    assert period_of(text, "12.1%") == "2022年"
    assert period_of(text, "2.6%") == "2022年"


def test_the_year_of_an_item_holds_in_that_item_only():
    # regression fixture (written for this test): the next item names no period of its own
    text = "全年实现:地区生产总值增长1.5%;2021年R&D经费支出增长0.3%,低于目标任务24.7个百分点;服务业增加值增长1.5%。"
    assert period_of(text, "24.7个百分点") == "2021年"
    assert period_of(text, "1.5%", 1) == "全年"


@pytest.mark.parametrize(
    ("year", "phrase", "printed", "period"),
    [
        # a year or a period word heading its clause, its verb right after it
        (1985, "平均每年增长７．９％，１９８４年增长１４．５％", "１４．５％", "1984年"),
        (1985, "１９８２年重工业总产值比上年增长９．８％，１９８３年增长１２．４％，１９８４年增长１４．２％", "１２．４％", "1983年"),
        (1985, "１９８２年重工业总产值比上年增长９．８％，１９８３年增长１２．４％，１９８４年增长１４．２％", "１４．２％", "1984年"),
        (1981, "工业总产值第一季度下降０．２％，第二季度增长１．７％", "１．７％", "第二季度"),
        # (全年 is the year the report reviews: 1998年 in the report of 1999)
        (1999, "下半年国有单位固定资产投资增长显著加快，全年增长19·5％", "19·5％", "1998年"),
        # a span of years heading its clause: its years
        (1985, "从１９７９年到１９８３年，农业总产值（包括村办工业）平均每年增长７．９％，１９８４年增长１４．５％", "７．９％", "1979-1983年"),
        (1985, "１９７９年至１９８３年，轻工业总产值平均每年增长１１．２％，１９８４年增长１３．９％", "１１．２％", "1979-1983年"),
        (1985, "１９７９年至１９８３年，轻工业总产值平均每年增长１１．２％，１９８４年增长１３．９％", "１３．９％", "1984年"),
        (1982, "从一九七九年到一九八一年，国家用于提高农副产品收购价格的支出四百四十二亿元", "四百四十二亿元", "1979-1981年"),
        (2007, "从2003年到2006年年均超收2040亿元", "2040", "2003-2006年"),
        (1982, "由一九八○年的一百九十一元增加到一九八五年的二百五十五元，平均每年递增百分之六", "百分之六", "1981-1985年"),
        # a span before the verb: its years
        (1985, "远远超过了１９５３年到１９７８年的二十六年间平均每年增长３．２％的速度", "３．２％", "1953-1978年"),
        # and after its name, opened by 从 or closed by 间 alone, an adverb before the verb
        (1986, "我国农业总产值从一九五三年至一九八○年的二十八年间平均每年增长百分之三点五", "百分之三点五", "1953-1980年"),
        (1986, "粮食产量在一九五三年到一九七八年间平均每年只增长五百多万吨", "五百多万吨", "1953-1978年"),
        # a span closed by 的N年内, as by 的N年间
        (1983, "从一九七九年到一九八二年的四年内，轻工业平均每年增长百分之十一点八", "百分之十一点八", "1979-1982年"),
        # a year between the name and its verb: the period of its clause
        (1988, "国民生产总值１９８７年达到１０９２０亿元，按可比价格计算平均每年增长１１．１％", "１０９２０亿元", "1987年"),
        (1979, "工业总产值一九七七年比一九七六年增长百分之十四点三", "百分之十四点三", "一九七七年"),
        (1987, "全民所有制单位基本建设投资比上年增长７．３％，大大低于１９８５年增长４４．６％的速度", "４４．６％", "1985年"),
        # an average per year after two levels printed with their years: from the year after the first to the last
        (1988, "１９８２年为４９４．５元，１９８７年提高到９．６元，扣除物价上涨因素，平均每年增长６．３％", "６．３％", "1983-1987年"),
        (2003, "国内生产总值从1997年的7.4万亿元增加到2002年的10.2万亿元，按可比价格计算，平均每年增长7.7%", "7.7%", "1998-2002年"),
        # 今年 ends a period held from a sentence before
        (2007, "今年拟从去年超收收入中安排500亿元", "500", "2007年"),
        # a 到YEAR frame after a period named before it in the sentence
        (1959, "规定粮食的单位面积产量，到一九六七年在全国三类地区分别达到四百斤、五百斤、八百斤", "五百斤", "一九六七年"),
    ],
)
def test_a_period_printed_in_the_clause_is_the_figures(work_reports, year, phrase, printed, period):
    assert report_period(work_reports, year, phrase, printed) == period


def test_a_span_after_the_name_is_the_period_of_its_average():
    # regression fixture (written for this test): a district's five years printed after the name it averages
    assert period_of("全区地区生产总值在2016年到2020年间年均增长6.5%。", "6.5%") == "2016-2020年"
    assert period_of("全区地区生产总值从2016年至2020年平均每年增长6.5%。", "6.5%") == "2016-2020年"


def test_a_year_compared_against_is_not_the_period():
    # nanshan_sz_2023_gwr_digest: 实现本地生产总值8036亿元,增长3.3%,相较于2020年增长超1500亿元
    text = (REAL / "nanshan_sz_2023_gwr_digest.txt").read_text(encoding="utf-8")
    assert period_of(text, "1500亿元") == "2022年"


def test_the_ends_of_a_from_to_pair_and_the_average_take_the_years_printed():
    # regression fixture (written for this test): a year with no 的 before the from-value, an average after the pair
    text = ("政府工作报告\n——2025年1月10日在区第一届人民代表大会第五次会议上\n一、2024年工作回顾\n"
            "全区研发经费从2019年12.8亿元增加到2024年的36.6亿元，年均增长23.4%。\n")
    assert period_of(text, "12.8亿元") == "2019年"
    assert period_of(text, "36.6亿元") == "2024年"
    assert period_of(text, "23.4%") == "2020-2024年"


# --------------------------------------------------------------------------- the frame of a review part

@pytest.mark.parametrize(
    ("year", "phrase", "printed", "period"),
    [
        # a heading naming the year reviewed, of full-width digits: 一、１９９６年国内工作的回顾
        (1997, "国家外汇储备超过１０００亿美元", "１０００", "1996年"),
        # a heading naming two years: the review part takes the one reviewed
        # (一、１９９３年国内工作的回顾和１９９４年工作的基本方针)
        (1994, "国内生产总值突破３万亿元大关", "３", "1993年"),
        (1994, "进出口贸易总额达到１９５８亿美元", "１９５８", "1993年"),
        # a heading of Chinese numerals: （一）一九五七年经济战线上的胜利
        (1958, "农业和农副业总产值达到六百零三亿五千万元", "六百零三亿五千万元", "一九五七年"),
        # the year before the report's: 一、一年来工作回顾, 一、去年工作回顾 / （四）加快发展各项社会事业
        (2004, "农民人均纯收入实际增长4.3%", "4.3%", "2003年"),
        (2006, "中央和地方财政安排专项资金70多亿元", "70多亿元", "2005年"),
        # a span reviewed as its years: 一、“十一五”时期国民经济和社会发展的回顾, 一、 过去五年工作回顾
        (2011, "完成造林2529万公顷", "2529", "2006-2010年"),
        (2008, "五年中央财政用于科技的投入达到3406亿元", "3406", "2003-2007年"),
        (1986, "在过去的五年中，我国工农业总产值平均每年增长百分之十一", "百分之十一", "1981-1985年"),
    ],
)
def test_a_review_heading_sets_the_period_of_its_part(work_reports, year, phrase, printed, period):
    assert report_period(work_reports, year, phrase, printed) == period


@pytest.mark.parametrize(
    ("year", "phrase", "printed", "period"),
    [
        # １９８６年是开始执行第七个五年计划并取得显著成就的一年。…过去一年里…: the paragraphs after it
        (1987, "国民收入７７９０亿元，比上年增长７．４％", "７７９０", "1986年"),
        # 过去五年极不寻常、极不平凡。… ——经济发展再上新台阶。…; the frame holds over the （一）…（十） run-in heads
        (2023, "城镇新增就业年均1270多万人", "1270", "2018-2022年"),
        (2023, "五年累计减税5.4万亿元", "5.4", "2018-2022年"),
        # a value reached (增加到) under a span: its last year
        (2023, "国内生产总值增加到121万亿元", "121", "2022年"),
        # 过去一年，我国经济发展遇到…: the year reviewed, up to the 过去五年 paragraph
        (2023, "脱贫人口务工规模超过3200万人", "3200", "2022年"),
    ],
)
def test_a_paragraph_opener_sets_the_frame_of_the_paragraphs_after_it(work_reports, year, phrase, printed, period):
    assert report_period(work_reports, year, phrase, printed) == period


@pytest.mark.parametrize(
    ("year", "phrase", "printed", "period"),
    [
        # 去年 opening a sentence, or a clause: the year reviewed (in any part)
        (1999, "去年财政增发1000亿元国债", "1000", "1998年"),
        (2011, "粮食产量屡创历史新高，去年达到1.09万亿斤", "1.09", "2010年"),
        # a sentence that speaks of the year reviewed under a span: that year
        (2008, "中央财政此项支出从2006年20.5亿元增加到去年的98亿元，高校资助面超过20%", "20%", "2007年"),
    ],
)
def test_a_sentence_opening_with_the_year_reviewed_takes_it(work_reports, year, phrase, printed, period):
    assert report_period(work_reports, year, phrase, printed) == period


@pytest.mark.parametrize(
    ("year", "phrase", "printed", "period"),
    [
        # a period printed in the clause, or another year compared before it in the sentence, wins over the frame
        # (二、…一九五九年经济战线上的任务)
        (1959, "一九五八年比一九五七年增长了百分之一百零七，即增加了五百七十三万吨", "五百七十三万吨", "一九五八年"),
        # (the plan named right before its average is that average's time: “一五”时期 → 1953-1957年)
        (1986, "其中增长较快的“一五”时期平均每年增长百分之四点五", "百分之四点五", "1953-1957年"),
        # a span of other years (一、去年工作回顾: 近三年, the three years to the one reviewed)
        (2006, "近三年，中央和地方投入105亿元", "105", "2003-2005年"),
        # to 到YEAR of its own clause
        (1959, "规定粮食的单位面积产量，到一九六七年在全国三类地区分别达到四百斤", "四百斤", "一九六七年"),
        # a plan figure in a review heading's report keeps 今年
        (2013, "把居民消费价格涨幅控制在3.5%左右", "3.5%", "2013年"),
    ],
)
def test_a_time_of_the_figures_own_outranks_the_frame(work_reports, year, phrase, printed, period):
    assert report_period(work_reports, year, phrase, printed) == period


def test_a_year_paragraph_of_its_own_ends_the_frame_before():
    # regression fixture (written for this test): 2021年，… is a paragraph of its own year
    text = ("政府工作报告\n——2023年1月10日在区人民代表大会第一次会议上\n一、过去五年工作回顾\n"
            "五年来，全区经济持续发展。\n全区新建学校12所。\n2021年，全区启动旧城改造。\n全区新增绿地35公顷。\n")
    assert period_of(text, "12所") == "2018-2022年"
    assert period_of(text, "35公顷") == ""


@pytest.mark.parametrize(
    ("year", "phrase", "printed", "period"),
    [
        # a span of five years in a report of unknown years: the frame of five years it lies in
        # (一、“六五”计划执行情况的回顾), or the one plan its sentence or heading names (二、第一个五年计划概要)
        (1986, "这五年共取得重要科研成果三万三千项", "三万三千项", "1981-1985年"),
        (1955, "在五年内，全国经济建设和文化教育建设的支出总数为七百六十六亿四千万元", "七百六十六亿四千万元", "1953-1957年"),
        (1955, "第一个五年计划规定农业及其副业的总产值在五年内增长百分之二十三点三", "百分之二十三点三", "1953-1957年"),
        (1986, "“七五”计划草案规定，五年内全民所有制单位基本建设投资总规模为五千亿元", "五千亿元", "1986-1990年"),
        # a plan named as a base is not the span's (比第五个五年计划期间增加): the plan the report's opening names is
        # (作关于…第六个五年计划的报告)
        (1982, "比第五个五年计划期间增加二十二亿元", "二十二亿元", "1981-1985年"),
    ],
)
def test_a_span_of_five_years_takes_the_years_of_its_frame_or_plan(work_reports, year, phrase, printed, period):
    assert report_period(work_reports, year, phrase, printed) == period


def test_a_district_review_of_five_years_holds_over_its_run_in_heads():
    # regression fixture (written for this test): the layout of a district work report closing a term
    text = ("政府工作报告\n——2022年1月6日在区第十六届人民代表大会第一次会议上\n一、过去五年工作回顾\n"
            "过去五年，我们团结带领全区人民砥砺前行。\n"
            "（一）经济实力持续增强。地区生产总值增加到1250亿元，累计完成固定资产投资2100亿元。\n"
            "二、今后五年的目标任务\n今后五年，地区生产总值年均增长6%。\n")
    assert period_of(text, "1250亿元") == "2021年"
    assert period_of(text, "2100亿元") == "2017-2021年"
    assert period_of(text, "6%") == "2022-2026年"


def test_this_year_in_a_paragraph_opening_with_a_year_is_that_year(work_reports):
    # 1957: 1956年，由于城市和乡村的基本建設和生产同时增長，…。这一年，手工業总产值达到一百一十七亿元
    assert report_period(work_reports, 1957, "这一年，手工業总产值达到一百一十七亿元", "一百一十七亿元") == "1956年"


@pytest.mark.parametrize(("year", "phrase", "printed", "period"), [
    # 1998 (a review of 1993-1997): a span run into its sentence, after a paragraph opening with 1997
    (1998, "五年来城镇新增就业3 5 5 5 万人", "3 5 5 5", "1993-1997年"),
    # 2006 (a review of 2005): 两年来 with no comma
    (2006, "两年来新建、改建、扩建农村寄宿制学校2400多所", "2400", "2004-2005年"),
])
def test_a_span_run_into_its_sentence_is_its_period(work_reports, year, phrase, printed, period):
    assert report_period(work_reports, year, phrase, printed) == period


def test_a_span_run_into_its_sentence_holds_in_that_sentence_only(work_reports):
    # 1998: the sentence after 五年来城镇新增就业… is of the year the paragraph opens with
    assert report_period(work_reports, 1998, "城镇实行了每周五天工作制。计划生育工作成绩显著，人口自然增长率下降到1 0 ．0 6 ‰",
                         "1 0 ．0 6") == "1997年"


def test_the_date_of_an_event_is_no_period_of_the_figures(work_reports):
    # national work report 1959: 在一九五八年十一月召开的…全会上，曾经讨论了一九五九年…，提出了…: the meeting was held in
    # 1958, the figures it proposed are of 1959 (the year the report plans)
    assert report_period(work_reports, 1959, "提出了钢产量一千八百万吨、煤产量三亿八千万吨、粮食产量一万零五百亿斤",
                         "一万零五百亿") == "1959年"


def test_a_year_after_a_word_of_a_plan_is_the_period_of_its_clause(work_reports):
    # national work report 1993: the year the plan aims at, not the year of the report
    assert report_period(work_reports, 1993, "争取１９９７年粮食产量达到４．７５亿吨", "４．７５") == "1997年"


def test_a_planned_average_per_year_up_to_a_later_year_spans_the_years_from_the_plan(work_reports):
    # national work report 1988: 到１９９２年 … 平均每年增长: the five years planned, 1988 to 1992
    assert report_period(work_reports, 1988, "平均每年增长７．５％左右", "７．５") == "1988-1992年"


def test_a_planned_average_per_year_up_to_a_later_year_fixture():
    """A regression fixture written here (not a quoted sentence): the level is of the year reached, the average
    of the years up to it."""
    f = facts("2021年政府工作报告。到2025年，力争地区生产总值达到1500亿元左右，年均增长6%左右。")
    assert list(f["period"]) == ["2025年", "2021-2025年"]
