"""A total broken down in a budget text: the breakdowns after a view (从收入结构看:, 从征收部门看:, 从层级看:, 分税种看,
按领域分), and the items of a list after its heading (收入项目完成情况如下:, 主要收入项目执行情况如下:, 其中:), are parts of
the total before them; a second breakdown of the same total (从征收部门看 after 从收入结构看) is of that total, not of the
last part. Parts are no headline indicators, and each breakdown sums within its total on its own. Verbatim sentences
of the budget excerpts at hand."""

from __future__ import annotations

import warnings

import pandas as pd
from _copy_forms import assert_parts, fact_at, read

import dhcheng_analysis as dh
from dhcheng_analysis.tables import period_end, single_month

LINTAO = ("1-2月,全县实现大口径财政收入17056万元,完成预算的16.18%,较均衡进度慢0.48%,较上年同期增收2113万元,增长14.14%。"
          "从收入结构看:税收收入15348万元,占收入的89.99%,同比增收1316万元,增长9.38%;非税收入1708万元,占收入的10.01%,"
          "同比增收797万元,增长87.49%。从征收部门看:税务部门完成16396万元,占收入的96.13%,同比增收1881万元,增长12.96%;"
          "财政部门完成660万元,占收入的3.87%,同比增收232万元,增长54.21%。从层级看:上划中央收入7716万元,占收入的45.24%,"
          "同比增收1417万元,增长22.5%;上划省级收入2432万元,占收入的14.26%,同比增收357万元,增长17.2%;上划市级收入6万元,"
          "占收入的0.04%,同比减收71万元,下降92.21%。\n")


def test_every_breakdown_after_a_view_is_of_the_total():
    assert_parts(LINTAO, ("大口径财政收入17056万元", "17056万元"),
           [("税收收入15348万元", "15348万元"), ("非税收入1708万元", "1708万元"),
            ("税务部门完成16396万元", "16396万元"), ("财政部门完成660万元", "660万元"),
            ("上划中央收入7716万元", "7716万元"), ("上划省级收入2432万元", "2432万元"), ("上划市级收入6万元", "6万元")])


def test_parts_are_no_headline_rows_and_each_breakdown_sums_on_its_own():
    report = dh.load_report(LINTAO, report_id="r")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tables = dh.all_tables(report)
    assert list(tables["headline"]["indicator_as_printed"]) == ["大口径财政收入"]
    parts = tables["audit"][tables["audit"]["check"] == "parts_within_total"]
    # the three breakdowns of the level, and two of the increase (the third holds a fall, 同比减收71万元, and is no sum)
    assert list(parts["stated"]) == [1.7056e8] * 3 + [2.113e7] * 2 and set(parts["verdict"]) == {"consistent"}


def test_a_view_after_a_part_breaks_down_the_whole():
    text = ("1-6月,全社会固定资产投资累计完成42.5亿元,比去年同期增长58.8%。按领域分,房地产开发投资累计完成14.3亿元,"
            "比去年同期下降77.2%;从构成看,建安投资累计完成16.9亿元,比去年同期下降17.9%;截至6月底,西城区房屋施工面积合计"
            "105.8万平方米,比去年同期下降27.9%。\n")
    assert_parts(text, ("全社会固定资产投资累计完成42.5亿元", "42.5亿元"),
           [("房地产开发投资累计完成14.3亿元", "14.3亿元"), ("建安投资累计完成16.9亿元", "16.9亿元")])


def test_the_items_of_a_list_after_its_heading():
    text = ("2021年全区财政总收入决算为3777878万元,完成收入预期的98.3%,增长5.8%。区人代会审议通过2021年全区一般公共预算收入预期为"
            "2020300万元,全区一般公共预算收入决算为2013817万元,完成预期的99.7%,增长7.6%,全区一般公共预算收入决算数及主要项目"
            "决算数,与向区人代会报告的执行数一致。主要收入项目执行情况如下:\n\n1、增值税收入(50%部分)672890万元,完成预期的94.7%,"
            "增长6.2%;\n\n2、企业所得税收入(40%部分)441932万元,完成预期的94.6%,下降5.2%;\n\n3、个人所得税收入(40%部分)"
            "272238万元,完成预期的102.4%,增长14.6%;\n")
    assert_parts(text, ("一般公共预算收入决算为2013817万元", "2013817万元"),
           [("672890万元", "672890万元"), ("441932万元", "441932万元"), ("272238万元", "272238万元")])


def test_a_list_heading_at_the_end_of_a_sentence_and_a_part_marker_alone():
    text = ("2020年1-6月全城区组织财政收入累计完成146845万元,比上年同期144987万元增收1858万元,增长1.28%(增幅在全市16县区中排名"
            "第五),完成年初预算245800万元的59.74%,收入项目完成情况如下:\n\n1)税收收入112446万元,完成年初预算207380万元的54.22%,"
            "比上年同期133191万元减收20745万元,下降15.58%,主要是增值税、城市维护建设税、土地增值税减收;税收收入占全部组织财政"
            "收入的比重为76.57%。其中:\n\n增值税收入31636万元,同比减收20990万元,下降39.89%;\n")
    assert_parts(text, ("组织财政收入累计完成146845万元", "146845万元"), [("1)税收收入112446万元", "112446万元")])
    assert_parts(text, ("1)税收收入112446万元", "112446万元"), [("增值税收入31636万元", "31636万元")])


def test_the_members_of_a_list_after_a_view_and_no_part_per_head():
    text = ("上半年,全区税收收入完成312.4亿元,同比增长15.2%。分税种看，增值税、企业所得税、个人所得税分别完成78.4亿元、65.2亿元和"
            "41.6亿元，分别增长12.3%、20.6%和24.8%；契税下降5.7%。\n"
            "一季度,全体居民人均可支配收入9000元,增长5.5%。按常住地分,城镇常住居民人均可支配收入10063元,增长5.2%;农村常住居民"
            "人均可支配收入4974元,增长6.6%。\n")
    assert_parts(text, ("全区税收收入完成312.4亿元", "312.4亿元"),
           [("分别完成78.4亿元", "78.4亿元"), ("、65.2亿元", "65.2亿元"), ("和41.6亿元", "41.6亿元")])
    r = read(text)
    assert fact_at(r, "城镇常住居民人均可支配收入10063元", "10063元")["relation"] == ""


def test_a_breakdown_is_of_a_level_that_holds_its_parts():
    """非税收入 (24亿元) cannot be the total of taxes of 1147亿元: no total in the sentence before holds them."""
    text = ("区级税收收入完成1946520万元，比上年同期增收263180万元，增长15.6％；非税收入完成240480万元，同比减收21350万元。\n"
            "2.分税种情况。从主要税种看，增值税、企业所得税、个人所得税分别完成412.6亿元、538.4亿元和196.3亿元，"
            "分别增长18.2％、21.5％和12.7％。\n")
    assert fact_at(read(text), "分别完成412.6亿元", "412.6亿元")["relation"] == ""


MINHANG = ("全区一般公共预算收入331.1亿元,增长11%。加市级财政税收返还和补助收入109.6亿元、上年结转收入7.7亿元、地方政府一般债务"
           "转贷收入28.5亿元、调入资金4.3亿元、动用预算稳定调节基金9.5亿元,收入总量为490.7亿元。\n"
           "区本级一般公共预算财力249.2亿元(含市拨专款54.5亿元),加上年结转收入6.9亿元、地方政府一般债务转贷收入28.5亿元、调入资金"
           "4.3亿元、动用预算稳定调节基金9.1亿元,收入总量为298亿元。\n")


def test_a_sum_after_what_it_adds():
    """收入总量 is the revenue and what is added to it (加…): each is a part of it; the revenue a part of which is in
    brackets (249.2亿元(含市拨专款54.5亿元)) is the one added to, not its part."""
    assert_parts(MINHANG, ("收入总量为490.7亿元", "490.7亿元"),
           [("全区一般公共预算收入331.1亿元", "331.1亿元"), ("补助收入109.6亿元", "109.6亿元"),
            ("动用预算稳定调节基金9.5亿元", "9.5亿元")])
    assert_parts(MINHANG, ("收入总量为298亿元", "298亿元"),
           [("区本级一般公共预算财力249.2亿元", "249.2亿元"), ("加上年结转收入6.9亿元", "6.9亿元")])
    assert_parts(MINHANG, ("区本级一般公共预算财力249.2亿元", "249.2亿元"), [("含市拨专款54.5亿元", "54.5亿元")])


# 1956 national report (1956.txt): the final accounts of 1955, a sum named 收入总数
ACCOUNTS_1956 = ("１９５５年国家决算的收支总数如下：１９５５年本年收入合计２７，２０３，３１９，０００元，加上上年结转收入"
                 "３，１５４，６５７，０００元，全年收入总数３０，３５７，９７６，０００元。\n")


def test_a_sum_named_zongshu_after_what_it_adds():
    """收入总数 after 加上… is the sum of what it adds, as 收入总量 is."""
    assert_parts(ACCOUNTS_1956, ("全年收入总数３０，３５７，９７６，０００元", "３０，３５７，９７６，０００元"),
                 [("本年收入合计２７，２０３，３１９，０００元", "２７，２０３，３１９，０００元"),
                  ("上年结转收入３，１５４，６５７，０００元", "３，１５４，６５７，０００元")])


def test_the_months_to_a_month_said_with_wei_zhi():
    """到５月份为止 (1956) is the months to May, as 截至5月底 is: a cutoff, not May alone."""
    text = ("一九五六年上半年国民经济计划执行情况的报告\n"
            "在基本建设方面，到５月份为止，全国基本建设投资总额完成年计划２７％，去年同期则完成２４％。\n")
    period = fact_at(read(text), "完成年计划２７％", "２７％")["period"]
    assert period == "到5月份为止"
    assert period_end(period) == (None, 5)
    assert not single_month(pd.Series([period])).iloc[0]


def test_a_generic_whole_after_its_owner_carries_the_owner():
    """行业整体收入, 总产量 after a clause that names whose they are (a sector, a crop) are of that owner: no headline
    indicator of their own."""
    text = "文化、体育和娱乐业企业类单位经营状况向好,上半年行业整体收入降幅收窄至0.9%。\n"
    row = fact_at(read(text), "降幅收窄至0.9%", "0.9%")
    assert (row["indicator"], row["dimension"]) == ("文化、体育和娱乐业企业类单位收入", "sector")
    text = ("国内生产总值超过30万亿元，比上年增长9%；物价总水平涨幅得到控制；财政收入6.13万亿元，增长19.5%；粮食连续五年增产，"
            "总产量10570亿斤，创历史最高水平。\n")
    assert fact_at(read(text), "总产量10570亿斤", "10570亿斤")["indicator"] == "粮食产量"


def test_the_plan_words_of_the_old_reports():
    """粮食的指标为… sets a target, and so do the increase and the growth after it; 可以达到 is what a report expects
    (1958)."""
    r = read("以粮食和棉花的产量来说，一九五八粮食的指标为三千九百二十亿斤，比上一年增加二百二十亿斤，增长百分之五点九；"
             "棉花的指标为三千五百万担，比上一年增加二百二十万担，增长百分之六点七；这些速度都是相当高的。\n")
    for phrase in ("三千九百二十亿斤", "二百二十亿斤", "百分之五点九", "三千五百万担", "二百二十万担", "百分之六点七"):
        assert fact_at(r, phrase, phrase)["status"] == "target", phrase
    r = read("一九五八年供应社会的商品总量，可以达到五百亿元，比上一年增加三十亿元，增长百分之六点五。\n")
    assert fact_at(r, "五百亿元", "五百亿元")["status"] == "estimate"


def test_a_figure_named_as_a_plans_zhibiao_is_a_target():
    """The figure a plan's 指标 is raised to carries its name: a target too (1958); a count of 指标 is none."""
    r = read("拿北京京西矿务局来说，国家经济委员会和煤炭工业部给他们原定的煤炭产量的指标是二百八十五万吨，比上年增长百分之二十一，"
             "就已经认为是比较先进的了，但是，经过群众讨论以后，提高到三百零五万吨，比原定指标又增加百分之十以上，而且职工们还提出了"
             "再超额生产煤炭十五万吨，作为奋斗目标。\n")
    for printed in ("三百零五万吨", "百分之十"):
        assert fact_at(r, printed, printed)["status"] == "target", printed
    r = read("其中6个指标在16区排名进入前3名。\n")
    assert fact_at(r, "6个指标", "6个")["status"] == "actual"
