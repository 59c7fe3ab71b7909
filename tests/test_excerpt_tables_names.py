"""Names, measures and bases of figures in district, county and street reports, tables among them, on verbatim
sentences and table rows of the real excerpts.

Each sentence or table is copied from a report of ``tests/gold/real/texts`` (named in the comment above it); each
test states the name, measure, scope or base of one figure of it.
"""

from __future__ import annotations

from _sentences import fact, facts

# -- a plan word before what an owner has is no part of the name: a plan and its outcome share it --------

# wuchang_wh_2023_annual
_MAJOR_PROJECTS = "——全年计划实施重大项目215项,年度计划投资300亿元以上:预计全年实施重大项目230项,实现投资350亿元以上。"


def test_plan_word_before_an_amount_is_no_part_of_its_name():
    plan, outcome = fact(_MAJOR_PROJECTS, "300亿元"), fact(_MAJOR_PROJECTS, "350亿元")
    assert (plan["indicator"], plan["status"], plan["qualifier"]) == ("重大项目投资", "target", "at_least")
    assert (outcome["indicator"], outcome["status"]) == ("重大项目投资", "estimate")


def test_plan_word_inside_a_table_row_label_is_no_part_of_its_name():
    # wuchang_wh_2023_annual: the row holds the plan and the outcome expected
    text = ("2023年主要指标完成情况\n"
            "指标名称 | 2023年预期目标 (增速) | 2023年完成情况(预计) | |\n"
            "绝对值 | 增速 | ||\n"
            "全社会固定资产投资 | 365 | 380 | - |\n"
            "实施重大项目 | 215 | 230 | - |\n"
            "重大项目年度计划投资 | 300 | 350 | - |\n")
    f = facts(text)
    row = f[f["raw_value"].isin(["300", "350"])]
    assert row["indicator"].tolist() == ["重大项目投资", "重大项目投资"]
    assert row["status"].tolist() == ["target", "estimate"]
    # the verb that says what is done to the projects counted is no part of the row's name either
    row = f[f["raw_value"].isin(["215", "230"])]
    assert row["indicator"].tolist() == ["重大项目", "重大项目"]


def test_table_row_label_drops_what_a_sentence_drops():
    # xicheng_m1to5_indicators_table: the text names the same figure 固定资产投资
    text = ("1-5月,按建设地口径,西城区固定资产投资(不含农户)同比增长19.3%。\n"
            "指 标 名 称 | 计量单位 | 北 京 市 | 西 城 区 | ||\n"
            "本 期 | ±% | 本 期 | ±% | ||\n"
            "一、现价工业总产值 | 亿元 | 9075.6 | -5.6 | 281.5 | 4.9 |\n"
            "二、社会消费品零售总额 | 亿元 | 5391.9 | -7.7 | 389.9 | -8.6 |\n"
            "三、固定资产投资(不含农户) | % | -- | 2.8 | -- | 19.3 |\n"
            "四、建安投资 | % | -- | -1.5 | -- | 1.2 |\n")
    f = facts(text)
    cells = f[f["flags"].str.contains("table_cell") & f["raw_value"].isin(["2.8", "19.3"])]
    assert cells["indicator"].tolist() == ["固定资产投资", "固定资产投资"]
    assert cells["scope"].tolist() == ["北京市", "西城区"]


def test_a_count_of_annual_plans_keeps_its_noun():
    # 1955: the plans counted, not a plan word before an amount
    text = ("在工业生产方面：两个年度计划都超额完成，一九五四年工业总产值比一九五二年增长了百分之五十三点七；重要产品的产量"
            "都有显著增长，如铁增长百分之五十六，钢增长百分之六十五，发电增长百分之五十一，煤增长百分之二十六，水泥增长百分之"
            "六十一，木材增长百分之一百一十一，棉布增长百分之三十七。")
    assert fact(text, "两个")["indicator"] == "年度计划"


# -- visits of persons a subject reaches are named as the persons it reaches are ---------------------------

def test_visits_of_persons_reached_are_named_by_the_subject_and_its_verb():
    # zhongdu_ws_2025_street_h1
    text = ("推行“一站式”服务,累计办理项目审批、营业执照等手续19件,平均时限缩短40%;协助84家企业整理“国补”申领材料,精准"
            "推送惠企政策15条,帮助申报扶持资金140万元;深入实施“千企万户大走访”,组织社区累计走访企业2.3万户,为120家市场"
            "主体融资1.35亿元;推动家电、3C等消费券惠及1.2万人次,实现助企惠民双向赋能。")
    f = fact(text, "1.2万人次")
    assert (f["indicator"], f["value"], f["unit"]) == ("家电、3C等消费券惠及的人次", 12000, "人次")


# -- a difference in points alone with its verb is against the period an item before it is compared with --

# neimenggu_2023_m8_industry
_THREE_SECTORS = ("全区三大门类中,采矿业增加值同比增长3.7%,较1-7月提高0.2个百分点;制造业增长11.9%,提高0.6个百分点;"
                  "电力热力燃气及水生产和供应业增长10.6%,提高0.7个百分点。")


def test_bare_difference_in_points_takes_the_period_an_earlier_item_is_compared_with():
    for printed, name in (("0.6个百分点", "制造业增加值"), ("0.7个百分点", "电力热力燃气及水生产和供应业增加值")):
        f = fact(_THREE_SECTORS, printed)
        assert (f["indicator"], f["measure"], f["comparator"]) == (name, "pp_diff", "1-7月")


def test_a_pull_on_the_total_takes_no_base_of_an_item_before():
    # wangcang_h1_industry: 较一季度 and 全县规上工业 are the bases of the differences before the pull
    text = ("上半年,制造业增长3.4%,增速较一季度回升14.1个百分点,高于全县规上工业增速2.1个百分点,拉动全县规上工业增加值增速"
            "2.4个百分点;采矿业增加值同比下降4.5%,降幅较一季度收窄16.3个百分点,低于全县规上工业增速5.8个百分点,下拉全县规上"
            "工业增加值增速1.1个百分点;电力、热力、燃气及水生产和供应业下降2.5%,降幅较一季度收窄14.8个百分点,低于全县规上工业"
            "增速3.8个百分点。")
    assert fact(text, "2.4个百分点")["comparator"] == ""
    assert fact(text, "1.1个百分点")["comparator"] == ""


# -- a recipient named before the verb that grants it a sum is no part of the sum's name ---------------------

def test_recipient_and_grant_verb_are_no_part_of_the_sum():
    # zhongdu_ws_2025_street_h1
    text = ("实施产业链精准招商,深化核心产业研究,构建动态招商项目库,重点攻坚安吉汽车零部件物流、光通讯智能制造等20余个在谈"
            "项目;推行“项目全周期服务机制”,成功保障奥特莱斯入选2025年省绿色低碳高质量发展重点项目,中粮润远、联民等4个项目"
            "入选省现代服务业重点项目,韵丰数字物流园入选省新型城镇化重点项目;商贸物流区二期工程获批专项债1.5亿元,为经济发展"
            "注入强劲动能。")
    f = fact(text, "1.5亿元")
    assert (f["indicator"], f["measure"], f["value"], f["unit"]) == ("专项债", "level", 150000000, "元")



# -- a rank of the increase a figure before it states is named by the thing increased and the increase ---------

def test_rank_of_an_increase_is_named_by_the_thing_increased():
    # zhongdu_ws_2025_street_h1
    text = "上半年新增“四上”企业14家,净增7家,增量居全县首位。"
    f = fact(text, "首位")
    assert (f["indicator"], f["measure"], f["value"], f["comparator"]) == ("“四上”企业增量", "rank", 1, "全县")



# -- the items of a list share the whole head its last item ends with ---------------------------------------

def test_items_share_the_whole_head_of_the_last_item():
    # xiaoshan_hz_2022_h1
    text = "截至7月22日,全区60岁以上第一剂次、80岁以上第一剂次、加强针接种覆盖率分别提升至82.89%,48.34%和73.93%。"
    names = [fact(text, printed)["indicator"] for printed in ("82.89%", "48.34%", "73.93%")]
    assert names == ["60岁以上第一剂次接种覆盖率", "80岁以上第一剂次接种覆盖率", "加强针接种覆盖率"]



# -- a table column of completion is of the base its header names ------------------------------------------

# lintao_2024_m2_budget: the table printed one row over two lines
_LINTAO_TABLE = ("具体收入项目情况如下: 二〇二四年二月大口径财政收入执行情况表 | 预 算 科 目 | 本年收入计划 | 累计完成数 | "
                 "累计完成数 | 占计划% | 上年同期数 | 同比增减% | 备注 | 中央级 | 省级 | 市级 | 县乡级 | 合 计 | 税收收入 | "
                 "89275 | 7451 | 2186 |\n"
                 "| 5711 | 15348 | 17.19 | 14032 | 9.38 |\n"
                 "| 增值税 | 45119 | 3916 | 1371 |\n"
                 "| 2546 | 7833 | 17.36 | 6281 | 24.71 |\n")


def test_completion_column_is_of_the_base_its_header_names():
    f = facts(_LINTAO_TABLE)
    done = f[f["measure"] == "completion_pct"]
    assert done["indicator"].tolist() == ["税收收入", "增值税"]
    assert done["comparator"].tolist() == ["计划", "计划"]



# -- a column that adds the levels of government up is of none of them ---------------------------------------

def test_total_of_the_levels_carries_no_scope():
    f = facts(_LINTAO_TABLE)
    tax = f[(f["indicator"] == "税收收入") & (f["measure"] == "level") & (f["period"] == "2024年1-2月")]
    assert tax[["raw_value", "scope"]].values.tolist() == [
        ["7451", "中央级"], ["2186", "省级"], ["5711", "县乡级"], ["15348", ""]]



# -- the total of a level's own budget is named by the level and the budget ---------------------------------

def test_total_of_a_levels_own_budget_is_named_by_the_level():
    # minhang_sh_2022_h1_budget: the district's whole budget first, then its own
    text = ("1.全区一般公共预算收支决算情况 全区一般公共预算收入331.1亿元,增长11%。加市级财政税收返还和补助收入109.6亿元、"
            "上年结转收入7.7亿元、地方政府一般债务转贷收入28.5亿元、调入资金4.3亿元、动用预算稳定调节基金9.5亿元,收入总量为"
            "490.7亿元。全区一般公共预算支出402.2亿元,下降6.4%。加上解市级财政支出18.5亿元、地方政府一般债务还本支出23.8亿元、"
            "补充预算稳定调节基金33.3亿元、结转下年支出12.9亿元,支出总量为490.7亿元。全区一般公共预算收支决算平衡。 2.区本级"
            "一般公共预算收支决算情况 区本级一般公共预算财力249.2亿元(含市拨专款54.5亿元),加上年结转收入6.9亿元、地方政府一般"
            "债务转贷收入28.5亿元、调入资金4.3亿元、动用预算稳定调节基金9.1亿元,收入总量为298亿元。")
    assert fact(text, "298亿元")["indicator"] == "区本级一般公共预算收入总量"
    totals = facts(text)
    totals = totals[totals["raw_value"] == "490.7"]["indicator"].tolist()
    assert totals == ["一般公共预算收入总量", "一般公共预算支出总量"]
