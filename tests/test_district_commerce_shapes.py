"""Figures of the commerce work report, the investment promotion report and the account of foreign trade and foreign
capital (商务工作总结, 招商引资工作报告, 外贸外资运行情况) as district and county offices print them.

They print the foreign capital used (实际利用外资1260万美元), imports and exports (进出口总额…，其中出口…，进口…), the
projects signed and the funds in place (签约项目86个，协议投资额412.5亿元，到位资金128.6亿元), retail sales by kind of
goods (分商品类别看，汽车类零售额…), the firms newly landed (新落地企业156家，其中外资企业12家), in 亿美元, 万美元 and
亿元, with 同比 and 完成全年目标的X%. The rules:

- a part of the report headed 运行情况 or 开展情况 (三、外贸外资运行情况, 二、重点工作开展情况) tells what was done,
  whatever plan the part before it set out (重点工作 in the heading sets no plan there); nested under a part that
  plans (二、2025年主要目标 / （一）经济运行情况) such a heading is a topic of the plan and stays in it;
- the year's task printed inside a completion (完成全年任务3000万美元的95.2%, 完成年度目标任务120亿元的107.2%) is the
  target of the quantity before it, of the whole year, and so is one printed in a unit of that quantity's kind
  (全年任务3000人 after a count of persons); with no quantity before it (年度任务386项), or one of another unit
  (完成投资12亿元，年度任务25项), the tasks are what is counted;
- a breakdown by kind of goods (分商品类别看，按商品类别分) names its items by the quantity of the total before it
  (汽车类 → 汽车类零售额), a class of goods (石油及制品类) whatever product its name holds, and its items are parts of
  that total, no headline of their own;
- 新落地, 新落户, 新入驻 are verbs of what a period added: the part after 其中 is of the firms so added;
- 销售量 and 销量 are quantities a counted set owns, as 销售额 is: the amount after a count of things sold (带动汽车销售
  8600辆，销售额12.3亿元) is of those sales, in place of their quantity;
- the names the reports print for the concepts of investment promotion and trade have glossary keys (签约项目
  ``projects_signed``, 协议投资额 ``agreed_investment``, 到位资金 ``investment_promotion_funds_received``, 一般贸易出口,
  加工贸易进出口, 机电产品出口, 高新技术产品出口 …); capital from outside the city only (市外内资) stays unkeyed.

Sentences written in the form of district reports, not real, are marked as regression fixtures; the real ones
are quoted with the file they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact

import dhcheng_analysis as dh

HEAD = "一、2023年全区商务工作总结\n（一）主要指标完成情况\n"


# -- a part headed 运行情况 or 开展情况 reviews -----------------------------------------------------------------

# regression fixture in the form of a district commerce report (not real), modelled on the national report's
# 全年货物进出口总额3.64万亿美元，增长22.5％，其中，出口增长20.3％，进口增长24.9％ (national_work_reports/2012.txt),
# printed after a part that plans
AFTER_PLAN = ("2023年全区商务工作总结\n一、2023年工作情况\n全年实现进出口总额58.6亿元，同比增长8.2%。\n"
              "二、2024年主要目标\n2024年，全区实际利用外资力争达到2亿美元，增长7.5%。进出口总额增长5%左右。\n"
              "三、外贸外资运行情况\n1-9月，全区货物进出口总值46.2亿元，同比增长6.5%。\n"
              "实际使用外资8650万美元，同比下降15.6%，完成年度目标的72.1%。\n")
# regression fixture, a variant (not real): a heading naming both 重点工作 and 开展情况, after the figures of the year
DONE_WORK = ("2023年区商务局工作总结\n一、主要指标完成情况\n全年完成进出口总额8.6亿美元，同比增长5.3%。\n"
             "二、重点工作开展情况\n全年共外出招商126批次，接待客商来访280批次，举办招商推介会12场。\n"
             "新增外贸备案企业56家，实现进出口“破零”企业23家。\n")


@pytest.mark.parametrize(("text", "printed"), [
    (AFTER_PLAN, "46.2亿元"),
    (AFTER_PLAN, "6.5%"),
    (AFTER_PLAN, "8650万美元"),
    (AFTER_PLAN, "15.6%"),
    (DONE_WORK, "126批次"),
    (DONE_WORK, "12场"),
    (DONE_WORK, "56家"),
])
def test_a_part_headed_yunxing_or_kaizhan_qingkuang_tells_what_was_done(text, printed):
    f = fact(text, printed)
    assert f["status"] == "actual"
    assert "year_inferred" not in f["flags"]


def test_the_plan_before_stays_a_plan():
    assert fact(AFTER_PLAN, "5%", "增长5%左右")["status"] == "target"


@pytest.mark.parametrize(("text", "printed", "period"), [
    # regression fixture in the form of a district work report (not real), modelled on the national report's
    # 国内生产总值增长5%左右 (national_work_reports/2025.txt): a topic heading nested under the part of goals
    ("一、2024年工作回顾\n二、2025年主要目标\n（一）经济运行情况\n地区生产总值增长5%左右，一般公共预算收入增长3%。",
     "5%", "2025年"),
    ("一、2024年工作回顾\n二、2025年主要目标\n（一）经济运行情况\n地区生产总值增长5%左右，一般公共预算收入增长3%。",
     "3%", "2025年"),
    # regression fixture, a variant (not real): 运行情况预判 under the plan of work
    ("三、2025年工作安排\n（一）经济运行情况预判\n全年地区生产总值增长5%左右。", "5%", "2025年"),
    # regression fixture, a variant (not real): 开展情况 under the plan of work, counts of the year's activities
    ("二、2025年工作安排\n（三）重点活动开展情况\n全年开展招商活动30场，新引进项目120个。", "30场", "2025年"),
])
def test_a_topic_heading_nested_under_a_plan_part_stays_in_the_plan(text, printed, period):
    f = fact(text, printed)
    assert (f["status"], f["period"]) == ("target", period)


# -- the year's task inside a completion --------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "period"), [
    # regression fixture in the form of a county commerce report (not real), modelled on the real
    # 实际利用外资10.78亿美元,引进市外内资90.75亿元 (yuhang_hz_2015_gwr.txt) and 分别完成全年任务的54.7%、54.6%
    # (chaoyang_2024_h1.txt)
    ("1-11月，全区实际利用外资2856万美元，完成全年任务3000万美元的95.2%，同比增长12.6%。", "3000万美元",
     "实际利用外资", "2023年"),
    # regression fixture, a variant (not real): 年度目标任务
    ("全年到位资金128.6亿元，完成年度目标任务120亿元的107.2%。", "120亿元", "到位资金", "2023年"),
    # regression fixture, a variant (not real): 全年目标任务 in a report of months
    ("1-11月，全区外贸进出口总额8.2亿美元，完成全年目标任务9亿美元的91.1%。", "9亿美元", "外贸进出口总额", "2023年"),
    # regression fixture, a variant (not real): 年度任务
    ("1-11月，全区社会消费品零售总额196.3亿元，完成年度任务210亿元的93.5%。", "210亿元", "社会消费品零售总额",
     "2023年"),
])
def test_the_years_task_inside_a_completion_is_the_target_of_the_quantity_before(s, printed, name, period):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["status"], f["period"]) == (name, "target", period)


@pytest.mark.parametrize(("s", "printed"), [
    ("1-11月，全区实际利用外资2856万美元，完成全年任务3000万美元的95.2%，同比增长12.6%。", "95.2%"),
    ("全年到位资金128.6亿元，完成年度目标任务120亿元的107.2%。", "107.2%"),
])
def test_the_completion_after_the_task_stays_an_outcome(s, printed):
    f = fact(HEAD + s, printed)
    assert (f["measure"], f["status"]) == ("completion_pct", "actual")


def test_the_years_tasks_with_no_quantity_before_are_counted():
    # real: dongcheng_2017_h1.txt prints the tasks of 疏解整治促提升 done (我区有9个指标已完成全年任务); regression fixture,
    # a variant (not real): the count of the year's tasks, no quantity before it
    s = "一、上半年工作情况\n“疏解整治促提升”专项行动年度任务386项,已完成221项。"
    assert fact(s, "386项")["indicator"] == "“疏解整治促提升”专项行动年度任务"


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture, a variant (not real): a count of the year's tasks after a quantity of money
    ("完成固定资产投资120亿元，全年任务15项已完成12项。", "15项", "任务"),
    ("完成投资12亿元，年度任务25项已完成20项。", "25项", "年度任务"),
    ("实施民生实事项目30项，完成投资12亿元，年度任务15项全部完成。", "15项", "年度任务"),
    # regression fixture, a variant (not real): after a quantity counted in another unit (套)
    ("全年下达保障性安居工程任务3000套，全年任务386项。", "386项", "任务"),
])
def test_the_years_tasks_after_a_quantity_of_another_unit_are_counted(s, printed, name):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["indicator_key"], f["status"]) == (name, "", "target")


def test_the_years_task_in_the_unit_of_the_quantity_before_is_its_target():
    # regression fixture, a variant (not real): the task printed after a count of persons, outside a completion
    f = fact(HEAD + "全年新增就业3200人，全年任务3000人。", "3000人")
    assert (f["indicator"], f["status"]) == ("新增就业", "target")


# -- a breakdown by kind of goods ---------------------------------------------------------------------------

GOODS = ("全区实现社会消费品零售总额326.5亿元，同比增长6.8%。"
         "分商品类别看，汽车类零售额38.6亿元，同比增长15.2%；石油及制品类零售额21.4亿元，同比下降3.5%。\n")


@pytest.mark.parametrize(("s", "printed", "name", "key"), [
    # regression fixture in the form of a district commerce report (not real), modelled on the real
    # 年末限额以上批发和零售企业网上商品零售额1956.7万元,同比增长467.3% (district_2021_bulletin_rank.txt), printed
    # by kind of goods
    ("1-10月，全区限额以上单位商品零售额56.3亿元，增长6.2%。分商品类别看，汽车类增长12.5%，石油及制品类下降6.3%，"
     "通讯器材类增长21.6%。", "12.5%", "汽车类零售额", "retail_sales_cars"),
    ("1-10月，全区限额以上单位商品零售额56.3亿元，增长6.2%。分商品类别看，汽车类增长12.5%，石油及制品类下降6.3%，"
     "通讯器材类增长21.6%。", "6.3%", "石油及制品类零售额", "retail_sales_petroleum"),
    ("1-10月，全区限额以上单位商品零售额56.3亿元，增长6.2%。分商品类别看，汽车类增长12.5%，石油及制品类下降6.3%，"
     "通讯器材类增长21.6%。", "21.6%", "通讯器材类零售额", "retail_sales_telecom_equipment"),
    # regression fixture, a variant (not real): after 其中, the class of goods holding a product's name (石油)
    ("1-10月，全区限额以上单位商品零售额56.3亿元，增长6.2%。其中，汽车类增长12.5%，石油及制品类下降6.3%。", "6.3%",
     "石油及制品类零售额", "retail_sales_petroleum"),
    # regression fixture, a variant (not real): 按商品类别分
    ("全区限额以上单位消费品零售额148.7亿元，同比增长9.1%。按商品类别分，汽车类增长15.2%，石油及制品类下降3.5%。",
     "15.2%", "汽车类零售额", "retail_sales_cars"),
])
def test_a_class_of_goods_takes_the_quantity_of_its_breakdown(s, printed, name, key):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["indicator_key"]) == (name, key)


@pytest.mark.parametrize("printed", ["38.6亿元", "15.2%", "21.4亿元", "3.5%"])
def test_the_classes_of_goods_are_parts_of_the_total(printed):
    f = fact(HEAD + GOODS, printed)
    assert f["relation"] == "part"


def test_the_classes_of_goods_make_no_headline_rows():
    rows = dh.headline_indicators(dh.load_report(HEAD + GOODS))
    assert rows["indicator"].tolist() == ["社会消费品零售总额"]


# -- 新落地, 新落户, 新入驻 ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district investment promotion report (not real), modelled on the real
    # 招商引资成效显著,全年共引进企业137家,其中注册资金千万元以上46家 (dongliu_yz_2023_street.txt)
    ("全年新落地企业156家，其中外资企业12家。", "12家", "新落地外资企业"),
    # regression fixture, a variant (not real): 新落户
    ("新落户企业86家，其中总部企业5家。", "5家", "新落户总部企业"),
    # regression fixture, a variant (not real): 新入驻
    ("全年新入驻商户320家，其中品牌首店26家。", "26家", "新入驻品牌首店"),
])
def test_the_part_of_firms_newly_landed_is_of_the_firms_so_added(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- glossary keys of investment promotion and trade --------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "key"), [
    # regression fixture in the form of a district investment promotion report (not real), modelled on the real
    # 实际利用外资10.78亿美元,引进市外内资90.75亿元 (yuhang_hz_2015_gwr.txt)
    ("全年共签约项目86个，协议投资额412.5亿元，到位资金128.6亿元，同比增长15.3%。", "86个", "projects_signed"),
    ("全年共签约项目86个，协议投资额412.5亿元，到位资金128.6亿元，同比增长15.3%。", "412.5亿元", "agreed_investment"),
    ("全年共签约项目86个，协议投资额412.5亿元，到位资金128.6亿元，同比增长15.3%。", "15.3%",
     "investment_promotion_funds_received"),
    # regression fixture, a variant (not real): 协议总投资, 招商引资到位资金
    ("新签约重大项目23个，协议总投资315亿元，开工率达到78.3%。", "315亿元", "agreed_investment"),
    ("招商引资到位资金排名全市第3位，较上年前移2位。", "第3位", "investment_promotion_funds_received"),
    # regression fixture, a variant (not real): 签约招商引资项目
    ("上半年，全县共签约招商引资项目36个，总投资126.8亿元。", "36个", "projects_signed"),
    # regression fixture, a variant (not real): the retail sales above the designated size, by its district name
    ("其中，限额以上单位消费品零售额148.7亿元，同比增长9.1%。", "148.7亿元", "retail_sales_above_size"),
    # regression fixture in the form of a district report on foreign trade (not real), modelled on the national
    # report's 全年货物进出口总额3.64万亿美元，增长22.5％ (national_work_reports/2012.txt), by kind of trade and goods
    ("一般贸易出口38.6亿元，占出口总额的91.3%，比重较上年提高2.3个百分点。", "38.6亿元", "general_trade_exports"),
    ("加工贸易进出口3.2亿元，同比下降8.5%。", "3.2亿元", "processing_trade"),
    ("机电产品出口22.6亿元，同比增长13.5%；高新技术产品出口8.9亿元，增长16.2%。", "22.6亿元",
     "mechanical_electrical_exports"),
    ("机电产品出口22.6亿元，同比增长13.5%；高新技术产品出口8.9亿元，增长16.2%。", "8.9亿元", "high_tech_exports"),
    # regression fixture, a variant (not real): outward investment, e-commerce, goods sold online
    ("对外直接投资额3200万美元，同比增长18.5%。", "3200万美元", "odi"),
    ("全区电子商务交易额达到268亿元，同比增长15%。", "268亿元", "ecommerce_transactions"),
    ("全区网络零售额达到56.8亿元，同比增长18.2%，其中实物商品网络零售额48.6亿元，增长16.5%。", "48.6亿元",
     "online_retail_sales_goods"),
])
def test_the_concepts_of_investment_promotion_and_trade_have_keys(s, printed, key):
    assert fact(HEAD + s, printed)["indicator_key"] == key



# -- an amount of the things a count sold ------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district commerce report (not real), modelled on the real
    # 招商引资成效显著,全年共引进企业137家,…实到内资17亿元 (dongliu_yz_2023_street.txt), an amount after a count: the
    # amount of the sales counted, not of their count
    ("“两新”政策带动汽车销售1.2万辆，实现销售额18.6亿元。", "18.6亿元", "“两新”政策带动汽车销售额"),
    # regression fixture, a variant (not real)
    ("举办汽车促销活动36场，带动汽车销售8600辆，销售额12.3亿元。", "12.3亿元", "带动汽车销售额"),
    # regression fixture, a variant (not real): the amount sold by the firms counted
    ("全区新能源汽车企业12家，销售量3.2万辆。", "3.2万辆", "新能源汽车企业销售量"),
])
def test_the_sales_after_a_count_of_things_sold_replace_its_quantity(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


def test_a_topic_heading_naming_a_part_of_the_year_gone_by_reviews_under_a_plan_part():
    # regression fixture in the form of a district mid-year report (not real): a heading of how the first half went,
    # under the part that plans the second half, reviews
    text = ("关于2024年上半年工作情况的报告\n一、上半年工作回顾\n二、下半年工作安排\n（一）上半年经济运行情况\n"
            "上半年全区实现地区生产总值634.5亿元，同比增长5.2%。")
    assert fact(text, "634.5亿元")["status"] == "actual"
