"""Figures of the departmental budget and final-accounts explanations (部门预算/部门决算公开说明) district and county
departments publish each year.

Each prints, in fixed parts, its revenue and spending in total (收入总计X万元，比上年增加X万元，增长X%), their parts
after 其中 and a colon, each with its share (财政拨款收入X万元，占X%；事业收入X万元，占X%；其他收入…), the spending
by kind (基本支出 of 人员经费 and 公用经费, 项目支出) and by function class, the three public expenses (因公出国（境）费,
公务用车购置及运行费, 公务接待费) against last year and against the budget, the running costs of the body (机关运行经费),
its procurement (政府采购支出总额, 授予中小企业合同金额), its vehicles and its appraisal of its projects.

The rules: a list of parts opened by 其中 and a colon goes on over its semicolons, each part of the whole's status
(a budget's parts are planned) and each bare share (占3.8%) a share of that whole; a budget's total (预算总额) is
planned as a budget's figure (预算数) is; 本部门 and 本单位 (the department speaking of itself) open no name, as 本区
does not; the things counted after 对 that work is done on (对85个项目开展了绩效自评) are named by that work, as those
given a thing are; the names of the spending these reports print take their glossary keys.

Sentences written in the form of district reports, not real, are marked as regression fixtures; the real ones
are quoted with the file they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact

FINAL = "2023年度区教育委员会部门决算公开说明\n一、收入支出决算总体情况说明\n"
BUDGET = "2024年区卫生健康委员会部门预算公开说明\n一、收支预算总体情况\n"


# -- a list of parts after 其中 and a colon goes on over its semicolons ---------------------------------------

# regression fixture in the form of a district department's budget explanation (not real), modelled on 2009年中央政府
# 公共投资9243亿元，比上年预算增加5038亿元，其中，保障性住房、农村民生工程、社会事业投资占44%，…，重大基础设施建设占23%
# (/work/shared/corpus/national_work_reports/2010.txt)
FUNCTIONS = ("2024年财政拨款支出预算77743.21万元，其中：卫生健康支出65432.1万元，占84.2%；"
             "社会保障和就业支出7654.32万元，占9.8%；住房保障支出4656.79万元，占6%。")
# regression fixture, a variant (not real): the budget's revenue by source, the list opening a sentence of its own
SOURCES = ("2024年收入预算85678.9万元。其中：一般公共预算财政拨款收入76543.21万元，占89.3%；"
           "事业收入5843.21万元，占7.6%；其他收入1392.48万元，占1.6%。")
# regression fixture, a variant (not real): a final account, the whole's status an outcome
REVENUE = ("本年收入合计118765.43万元，其中：财政拨款收入112345.67万元，占94.6%；事业收入4567.89万元，占3.8%；"
           "其他收入1851.87万元，占1.6%。")
# regression fixture, a variant (not real): the first share names its whole, the next prints it bare
SPENDING = "2022年度本年支出合计4400.12万元，其中：基本支出3200.34万元，占本年支出合计的72.73%；项目支出1199.78万元，占27.27%。"


@pytest.mark.parametrize(("head", "s", "printed", "status"), [
    (BUDGET, FUNCTIONS, "65432.1万元", "target"),
    (BUDGET, FUNCTIONS, "7654.32万元", "target"),
    (BUDGET, FUNCTIONS, "9.8%", "target"),
    (BUDGET, FUNCTIONS, "4656.79万元", "target"),
    (BUDGET, SOURCES, "5843.21万元", "target"),
    (FINAL, REVENUE, "4567.89万元", "actual"),
])
def test_parts_after_a_colon_take_the_whole_status_past_semicolons(head, s, printed, status):
    assert fact(head + s, printed)["status"] == status


@pytest.mark.parametrize(("head", "s", "printed", "status"), [
    # regression fixture in the form of a district department's final account (not real), modelled on 一般公共预算
    # 收入累计完成24627万元,完成年初预算数60999万元的40.4% (/work/shared/gold/real/texts/dayao_2024_m4_budget.txt)
    (FINAL, "2023年度支出决算8200万元，其中：基本支出6000万元；年初预算数为8500万元。", "8500万元", "target"),
    # regression fixture, a variant (not real): a budget beside last year's outcome
    (BUDGET, "部门支出预算8500万元，其中：基本支出6000万元；上年实际支出8200万元。", "8200万元", "actual"),
    # regression fixture, a variant (not real): the outcome named by 决算
    (BUDGET, "部门收入预算8500万元，其中：财政拨款收入8000万元；2023年决算收入8200万元。", "8200万元", "actual"),
    # regression fixture, a variant (not real): the outcome named by 执行数
    (BUDGET, "2024年收入预算8500万元，其中：财政拨款收入8000万元；2023年执行数为8200万元。", "8200万元", "actual"),
])
def test_an_item_past_a_semicolon_naming_its_own_status_keeps_it(head, s, printed, status):
    assert fact(head + s, printed)["status"] == status


@pytest.mark.parametrize("s", [
    # regression fixture in the form of a district report (not real), modelled on 其中制造业投资、高新技术产业投资、项目
    # 民间投资同比分别增长62.7%、71.4%和51.3% (/work/shared/gold/real/texts/xiaoshan_hz_2022_h1.txt)
    "固定资产投资120亿元，其中工业投资45亿元；民间投资30亿元。",
    # regression fixture, a variant (not real): the investment of projects signed
    "固定资产投资120亿元，其中工业投资45亿元；全年新签约项目投资30亿元。",
])
def test_a_known_kind_past_a_semicolon_after_a_soft_part_is_no_part(s):
    f = fact("XX区2023年国民经济和社会发展计划执行情况\n一、2023年经济运行情况\n" + s, "30亿元")
    assert f["relation"] != "part"


@pytest.mark.parametrize(("s", "printed", "name", "whole"), [
    (REVENUE, "94.6%", "财政拨款收入", "收入合计"),
    (REVENUE, "3.8%", "事业收入", "收入合计"),
    (REVENUE, "1.6%", "其他收入", "收入合计"),
    (SPENDING, "27.27%", "项目支出", "支出合计"),
])
def test_bare_shares_past_semicolons_are_of_the_whole(s, printed, name, whole):
    f = fact(FINAL + s, printed)
    assert (f["indicator"], f["measure"], f["comparator"]) == (name, "rate_pct", whole)


def test_a_share_past_a_semicolon_with_no_part_before_it_takes_no_whole():
    # regression fixture, a variant (not real): past the semicolon a share of another thing, no part of the list
    s = "本年支出合计4400.12万元，其中：基本支出3200.34万元，占72.73%；政府采购支出占比为12%。"
    assert fact(FINAL + s, "12%")["comparator"] != "支出合计"


# -- a budget's total is planned ------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "status"), [
    # regression fixture in the form of a district department's budget explanation (not real), modelled on 使地方在
    # 预算总额的控制数字以内，能够…安排自己的收支 (/work/shared/corpus/national_work_reports/1956.txt)
    ("2024年政府采购预算总额12345.67万元，其中：货物类6543.21万元，工程类2345.67万元，服务类3456.79万元。",
     "12345.67万元", "target"),
    # regression fixture, a variant (not real): a part of it
    ("2024年政府采购预算总额12345.67万元，其中：货物类6543.21万元，工程类2345.68万元，服务类3456.78万元。",
     "2345.68万元", "target"),
    # regression fixture, a variant (not real): what was bought, no budget
    ("2023年度政府采购支出总额8765.43万元，其中：政府采购货物支出3456.78万元。", "8765.43万元", "actual"),
])
def test_a_budget_total_is_planned(s, printed, status):
    assert fact(FINAL + s, printed)["status"] == status


# -- 本部门 and 本单位 open no name ----------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district department's final-accounts explanation (not real), modelled on
    # 各级政府预算和决算都要向社会公开，部门预算要逐步公开到基本支出和项目支出 (/work/shared/corpus/national_work_reports/2014.txt)
    ("截至2023年12月31日，本部门共有车辆15辆，其中：一般公务用车12辆、执法执勤用车3辆。", "15辆", "车辆"),
    # regression fixture, a variant (not real): 本单位, the staff
    ("截至2023年底，本单位共有在职人员120人。", "120人", "在职人员"),
    # regression fixture, a variant (not real): the projects managed by their targets
    ("2024年本部门实行绩效目标管理的项目56个，涉及资金40000万元。", "56个", "实行绩效目标管理的项目"),
])
def test_the_department_speaking_of_itself_opens_no_name(s, printed, name):
    assert fact(FINAL + s, printed)["indicator"] == name


# -- things counted after 对 named by the work done on them ---------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district department's final-accounts explanation (not real), modelled on
    # 负责对所属各县的工作进行监督检查 (/work/shared/corpus/national_work_reports/1982.txt)
    ("2023年度本部门对85个项目开展了绩效自评，涉及资金27888.89万元，占项目支出总额的100%。", "85个",
     "开展了绩效自评的项目"),
    # regression fixture, a variant (not real): 进行, no 了
    ("对12个项目进行重点绩效评价，涉及资金3200万元。", "12个", "进行重点绩效评价的项目"),
    # regression fixture, a variant (not real): firms inspected
    ("全区对120家企业开展了安全检查。", "120家", "开展了安全检查的企业"),
    # regression fixture, a variant (not real): a sum in the clause of the work names what the sum is, the firms alone
    ("对3家企业处以罚款20万元。", "3家", "企业"),
])
def test_things_worked_on_after_dui_are_named_by_the_work(s, printed, name):
    assert fact(FINAL + s, printed)["indicator"] == name


# -- the spending of these reports takes its glossary key ------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "key"), [
    # regression fixture in the form of a district department's final-accounts explanation (not real), modelled on
    # 中央国家机关“三公”经费减少35%，31个省份本级公务接待费减少26% (/work/shared/corpus/national_work_reports/2014.txt)
    ("2023年度“三公”经费财政拨款支出决算为45.67万元，完成预算的76.1%，较预算减少14.33万元。", "45.67万元",
     "three_public_expenses"),
    # regression fixture, a variant (not real): the three parts
    ("其中：因公出国（境）费0万元，与上年持平；公务用车购置及运行费32.45万元，比上年减少2.1万元；"
     "公务接待费13.22万元，比上年减少1.11万元。", "13.22万元", "official_reception_expenses"),
    ("其中：因公出国（境）费0万元，与上年持平；公务用车购置及运行费32.45万元，比上年减少2.1万元；"
     "公务接待费13.22万元，比上年减少1.11万元。", "32.45万元", "official_vehicle_expenses"),
    ("其中：因公出国（境）费0万元，与上年持平；公务用车购置及运行费32.45万元，比上年减少2.1万元；"
     "公务接待费13.22万元，比上年减少1.11万元。", "0万元", "official_travel_abroad_expenses"),
    # regression fixture, a variant (not real): the running costs of the body
    ("2023年度机关运行经费支出1234.56万元，比上年减少123.45万元，下降9.1%。", "1234.56万元",
     "government_body_running_costs"),
    # regression fixture, a variant (not real): the procurement and what went to small firms
    ("2023年度政府采购支出总额8765.43万元，授予中小企业合同金额7654.32万元，占政府采购支出总额的87.3%。",
     "8765.43万元", "government_procurement_spending"),
    ("2023年度政府采购支出总额8765.43万元，授予中小企业合同金额7654.32万元，占政府采购支出总额的87.3%。",
     "7654.32万元", "procurement_awarded_to_smes"),
    # regression fixture, a variant (not real): basic spending and its parts
    ("基本支出89765.43万元，其中：人员经费81234.56万元，公用经费8530.87万元。", "89765.43万元", "basic_expenditure"),
    ("基本支出89765.43万元，其中：人员经费81234.56万元，公用经费8530.87万元。", "81234.56万元", "personnel_expenses"),
    ("基本支出89765.43万元，其中：人员经费81234.56万元，公用经费8530.87万元。", "8530.87万元",
     "public_operating_expenses"),
    (SPENDING, "1199.78万元", "project_expenditure"),
    (REVENUE, "112345.67万元", "fiscal_appropriation_revenue"),
    ("2023年度财政拨款支出112345.67万元，占本年支出合计的95.5%。", "112345.67万元", "fiscal_appropriation_expenditure"),
])
def test_departmental_spending_takes_its_glossary_key(s, printed, key):
    assert fact(FINAL + s, printed)["indicator_key"] == key
