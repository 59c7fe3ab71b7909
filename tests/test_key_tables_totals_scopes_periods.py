"""The key tables show one tax total, every goal once, and every goal with its time and its scope.

- The tax table's total is of the scopes whose change the report states in percent: a total of another scope
  stated only as an amount, in another sentence (其中税收收入…下降10.9%, then 区级税收减收27.6亿元 among the
  difficulties), is no second total.
- A goal a report of part of a year sets with no time of its own (下半年…新增绿地不少于100公顷) is a goal of the
  year the report is in, shown with that year (全年 when the report names no year); a whole year's report is
  left as printed.
- A revised goal that names no scope (西城区一般公共预算收入…增长由年初的2%调整为-4%左右) has the scope of the goal
  it replaces (区级一般公共预算收入增长2%左右), in the targets and the yoy tables; the value it is revised from is
  that goal named again, one row of the yoy table.
"""

from __future__ import annotations

from _real_tables import text_table  # built once a run, read and never changed

import dhcheng_analysis as dh

# tests/gold/constructed/traditional_2020_h1 (a written report: no real text at hand prints this shape), two
# sentences of it: the revenue and its tax part in the summary, the district's tax loss among the difficulties
TRADITIONAL = ("北京市朝陽區2020年上半年國民經濟和社會發展計劃執行情況的報告\n"
               "一般公共預算收入完成２１５.３億元，同比下降１２.５％，完成全年預算的４６.８％；"
               "其中稅收收入１９６.７億元，下降１０.９％，佔一般公共預算收入的比重為91.4%。\n"
               "一是消費恢復偏慢，住宿和餐飲業零售額下降46.2%，降幅仍高於全市平均水平；二是財政減收壓力較大，"
               "上半年區級稅收減收27.6億元；三是部分中小微企業經營困難，約三成企業營業收入不足上年同期的一半。\n")


def test_a_total_of_another_scope_stated_only_as_an_amount_is_no_second_total():
    t = text_table(TRADITIONAL, "tax")
    total = t[t["dimension"] == "total"]
    assert total["change_pct"].tolist() == [-10.9]
    assert total["scope"].tolist() == [""]


# xicheng_2021_h1 (tests/gold/constructed, written): two levels each with its growth in percent stay two rows
LEVELS = ("上半年，全区实现全口径税收收入1386.2亿元，同比增长16.8％。\n"
          "区级税收收入完成1946520万元，比上年同期增收263180万元，增长15.6％。\n")


def test_totals_of_two_levels_each_in_percent_stay():
    t = text_table(LEVELS, "tax")
    assert sorted(t.loc[t["dimension"] == "total", "scope"].tolist()) == ["全口径", "区级"]


# tests/gold/constructed/fengtai_2020_h1 (a written report): the headings of its two parts, its opening and a statement
# of the half year, and two goals of its plan: one naming the year (全年), one naming no time
FENGTAI = ("一、上半年国民经济和社会发展计划执行情况\n"
           "2020年以来，面对疫情冲击，全区坚持稳中求进工作总基调，统筹推进疫情防控和经济社会发展，主要经济指标逐步回稳。\n"
           "（四）城市建设和生态环境持续改善\n"
           "坚持疏解整治促提升，统筹推进城市更新、生态建设和环境治理，城市品质稳步提升。落实“1+4”专项行动，拆除违法建设"
           "38.6万平方米，完成年度任务的64%；腾退土地合计126.5公顷。\n"
           "三、下半年工作安排\n"
           "下半年，全区将坚持稳中求进，紧扣全年目标任务，奋力夺取疫情防控和经济社会发展双胜利。\n"
           "（二）全力稳住经济基本盘。落实落细各项惠企政策，力争全年地区生产总值增长1%左右，一般公共预算收入完成126.5亿元；"
           "全年固定资产投资增长5%以上，建安投资不低于180亿元。\n"
           "（三）持续改善城市环境。坚持生态优先、绿色发展，计划拆除违法建设60万平方米，新增绿地不少于100公顷，"
           "细颗粒物年均浓度控制在42微克/立方米以内。\n")


def test_a_goal_of_a_half_year_report_naming_no_time_is_of_the_year():
    t = text_table(FENGTAI, "targets").set_index("indicator_as_printed")
    assert t.loc["新增绿地", "period"] == "2020年"  # (the year the report is in: 2020年以来)
    assert (t["period"] != "").all()
    assert t.loc["地区生产总值", "period"] == "2020年"  # (全年 printed: the same year, as a goal naming none)


# national work report 2015: a whole year's report sets goals for the coming year; one naming no time stays so
def test_a_whole_year_report_keeps_its_goals_as_printed():
    text = "2014年工作回顾\n今年经济社会发展的主要预期目标是：城镇新增就业1000万人以上，城镇登记失业率4.5%以内。\n"
    facts = dh.extract_facts(text)
    t = text_table(text, "targets")
    assert t["period"].tolist() == facts.loc[facts["status"] == "target", "period"].tolist()


# xicheng_2020_keytasks: the page's heading (the district), the list of goals, then the revision of the second goal
XICHENG = ("北京市西城区人民政府\n"
           "经济社会发展主要预期目标2区级一般公共预算收入增长2%左右。区财政局西城区一般公共预算收入由年初预算439.55亿元调整为"
           "413.8亿元左右,增长由年初的2%调整为-4%左右(此调整方案已于2020年12月22日经区第十六届人大常委会第42次会议审议通过)。\n")


def test_a_revised_goal_naming_no_scope_has_the_scope_of_the_goal_it_replaces():
    t = text_table(XICHENG, "targets")
    growth = t[t["measure"] == "yoy_pct"]
    assert growth["value"].tolist() == [-4.0]
    assert growth["scope"].tolist() == ["区级"]


def test_the_yoy_table_shows_a_revised_goal_of_the_scope_it_restates_once():
    # the 2 % the revision starts from is the list's goal 区级…增长2%左右 named again: one row, both ids; the −4 % is
    # 区级 there as in the targets table
    y = text_table(XICHENG, "yoy")
    goals = y[y["status"] == "target"].set_index("change_pct")
    assert goals.index.tolist() == [2.0, -4.0]
    assert goals["scope"].tolist() == ["区级", "区级"]
    assert len(goals.loc[2.0, "fact_ids"].split(";")) == 2
