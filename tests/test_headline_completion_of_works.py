"""A completion the lead block prints beside the things done it counts (68座 of 120座 buildings, 36.5公里 of road,
137家 new firms) tells how far a task is done: a row of the completion table, not a headline row. A completion
beside an amount in money (服务外包执行额完成14.4亿美元,完成年计划51.7%), or with no level beside it, still is one."""
from _real_tables import text_table

import dhcheng_analysis as dh

# 义乌市 2023 上半年, as the fixture yiwu_2023_h1 prints it (shortened)
YIWU = ("一、上半年经济社会发展总体情况\n"
        "（一）工业经济稳中提质\n"
        "规上工业增加值186.7亿元，同比增长9.6%，增速居全省第5位。新增规上工业企业137家，完成年度目标的68.5%。"
        "城乡建设加快推进，新建改造农村公路36.5公里，完成年度任务的52.1%。\n"
        "二、经济运行中需要关注的问题\n")
# 东城区 2023 上半年, as the fixture dongcheng_2023_h1 prints it (one sentence)
DONGCHENG = ("一、上半年计划执行情况\n(一)经济运行恢复向好\n"
             "税源建设全面加强。120座楼宇提质升级任务已完成68座,完成率56.7%。\n")
# 玄武区 2021 上半年 (tests/gold/real/texts/xuanwu_nj_2021_h1.txt, verbatim, shortened)
XUANWU = ("一、重点行业全面复苏,经济运行稳中向好\n"
          "(二)外向型指标方面。上半年,外贸进出口额同比增长29.5%;实际利用外资总额完成1.37亿美元;"
          "服务外包执行额完成14.4亿美元,完成年计划51.7%\n")
# 北京市 2017 上半年 (tests/gold/real/texts/beijing_2017_h1.txt, verbatim, shortened)
BEIJING = ("(一)稳的因素持续巩固,主要指标处于合理区间\n"
           "经济运行总体平稳。上半年地区生产总值增长6.8%,高于年初预期目标0.3个百分点。"
           "内外需求支撑平稳。市政府固定资产投资已下达70%,经营性土地供应完成年初计划的72.3%。\n")


def test_completions_of_things_done_make_no_headline_rows():
    rows = set(text_table(YIWU, "headline")["indicator"])
    assert "规模以上工业增加值" in rows
    assert not {"新增规上工业企业", "新建改造农村公路"} & rows
    assert sorted(text_table(YIWU, "completion")["completion_pct"]) == [52.1, 68.5]


def test_a_count_of_tasks_done_makes_no_headline_row():
    assert "楼宇提质升级" not in set(text_table(DONGCHENG, "headline")["indicator"])
    assert text_table(DONGCHENG, "completion")["completion_pct"].tolist() == [56.7]


def test_a_completion_of_an_amount_in_money_is_a_headline_row():
    rows = dh.headline_indicators(dh.load_report(XUANWU))
    assert rows.loc[rows["indicator"] == "服务外包执行额", "completion_pct"].tolist() == [51.7]


def test_a_completion_with_no_level_beside_it_stays_a_headline_row():
    rows = dh.headline_indicators(dh.load_report(BEIJING)).set_index("indicator")
    assert rows.loc["经营性土地供应", "completion_pct"] == 72.3
