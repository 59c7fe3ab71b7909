"""Counts of units before a quantity of theirs, parts after 其中 of a sector's total, and the status of goals.

A count of units printed right before a quantity of theirs (one ending with 量, 额, 值, 收入, 税收, 利润, 投资, 率 …)
counts the units, not the quantity: `11个重点商圈客流量` → `重点商圈`, `3个乡镇工业总产值` → `乡镇` (not a count of
times, `三次上调金融机构存款准备金率`). A sector printed bare after 其中 takes the quantity its total names, also when
the total is a sector's own (`规模以上服务业营业收入…，其中信息传输、软件和信息技术服务业增长18.5%`); a part that is
no sector takes no quantity from a sector's total; a sector bare after 其中 of a regional product takes 增加值, and a place
bare after 其中 with a growth of its own is that place's total, named in full (`其中东城区增长7%` → `东城区地区生产总值`). `目标任务是` and `目标任务为` set a target as `目标为` does, and are
no part of the name. A figure about or at least (左右, 以上) followed right away by 力争 or 争取 and a higher figure
is a goal as the higher one is. A doubling said of the quantity named right before 翻, closing its clause, is a
figure with no 了 and no base (`全区GDP总量翻一番。`); one in a clause naming a goal (实现, 力争, 使) is the goal's name.
A bare magnitude after 在 and before its unit and 以上 is a figure, as after 超 (`稳定在万亿斤以上`).
Sentences from a report are copied verbatim and name it; the others say that they are written.
"""

from __future__ import annotations

from _sentences import fact, facts

# written: no text at hand prints a count of districts before their footfall
S_FOOTFALL = "11个重点商圈客流量恢复至去年同期的85%。"
# written
S_TOWNS = "3个乡镇工业总产值超过10亿元。"
# national work report 2007
S2007_RRR = ("加强土地调控，从紧控制新增建设用地，严肃查处违法违规用地行为；加强货币信贷管理，两次上调人民币贷款基准利率，"
             "三次上调金融机构存款准备金率；加强财政、税收对经济运行的调节；加强新上项目市场准入审核和监督检查；"
             "加强房地产市场调控和监管，着力调整住房供给结构。")
# written
S_SERVICES = "规模以上服务业实现营业收入1200亿元，增长12%，其中信息传输、软件和信息技术服务业增长18.5%。"
# chaoyang 2020 H1 (tests/gold/constructed), a paragraph that breaks down tax and then counts exhibitions
S_CHAOYANG = ("分行业看,租赁和商务服务业、批发和零售业、房地产业税收分别下降16.4%、21.8%和7.6%,住宿和餐饮业降幅达到52.3%。"
              "分税种看,增值税、企业所得税、个人所得税、房产税分别下降13.2%、8.5%、2.7%和11.9%。"
              "空港地区国际航线大幅减少,航空物流、会展业受影响尤为严重,上半年举办展会仅8场,同比下降87.5%。")
# written: no text at hand breaks a regional product down after 其中
S_GDP_PLACES = "全市地区生产总值增长6%，其中东城区增长7%，西城区增长5%。"
# written
S_GDP_SECTOR = "全市地区生产总值增长6%，其中第三产业增长7%。"
# written
S_REVENUE_PLACE = "全市一般公共预算收入增长5%，其中朝阳区增长7%。"
# national work report 2014: a level after 其中 that ends like a place is no place's total
S2014 = ("以全体人民住有所居为目标，坚持分类指导、分步实施、分级负责，加大保障性安居工程建设力度，今年新开工700万套以上，"
         "其中各类棚户区470万套以上，加强配套设施建设。")
# written
S_TASK = "目标任务是新增城镇就业8000人。"
# written
S_STRETCH = "社会消费品零售总额增长5%左右,力争达到6%。"
# written: a half year's outcome and the year's goal
S_HALF = "上半年地区生产总值增长5%,力争全年增长6%。"
# written
S_DOUBLE = "全区GDP总量翻一番。"
# national work report 1982
S1982 = ("中国共产党第十二次全国代表大会，确定了我国经济建设的战略目标、战略重点和战略步骤，要求在不断提高经济效益的前提下，"
         "从一九八一年到本世纪末的二十年内力争实现我国工农业年总产值翻两番；")
# national work report 2013
S2013 = "粮食综合生产能力跃上新台阶，粮食总产量连续6年稳定在万亿斤以上并逐年增加。"
# national work report 2012
S2012 = "农业全面丰收，粮食总产量实现了历史罕见的“八连增”，连续5年超万亿斤，标志着我国粮食综合生产能力稳定跃上新台阶。"


def test_count_before_footfall_counts_the_districts() -> None:
    assert fact(S_FOOTFALL, "11个")["indicator"] == "重点商圈"
    assert fact(S_FOOTFALL, "85%")["indicator"] == "重点商圈客流量"


def test_count_before_output_value_counts_the_towns() -> None:
    assert fact(S_TOWNS, "3个")["indicator"] == "乡镇"
    f = fact(S_TOWNS, "10亿元")
    assert (f["indicator"], f["qualifier"]) == ("乡镇工业总产值", "over")


def test_times_before_a_rate_name_what_is_done() -> None:
    assert fact(S2007_RRR, "三次")["indicator"] == "上调金融机构存款准备金率的次数"


def test_sector_after_qizhong_takes_the_quantity_of_a_sector_total() -> None:
    f = fact(S_SERVICES, "18.5%")
    assert (f["indicator"], f["relation"]) == ("信息传输、软件和信息技术服务业营业收入", "part")


def test_part_that_is_no_sector_takes_no_quantity_of_a_sector_total() -> None:
    assert fact(S_CHAOYANG, "87.5%")["indicator"] == "举办展会"


def test_place_after_qizhong_is_named_with_the_total() -> None:
    assert fact(S_GDP_PLACES, "7%")["indicator"] == "东城区地区生产总值"
    assert fact(S_GDP_PLACES, "5%")["indicator"] == "西城区地区生产总值"
    assert fact(S_REVENUE_PLACE, "7%")["indicator"] == "朝阳区一般公共预算收入"


def test_sector_of_a_regional_product_takes_value_added() -> None:
    f = fact(S_GDP_SECTOR, "7%")
    assert (f["indicator"], f["relation"]) == ("第三产业增加值", "part")


def test_level_after_qizhong_ending_like_a_place_keeps_its_name() -> None:
    assert fact(S2014, "470万套")["indicator"] == "新开工各类棚户区"


def test_target_task_sets_a_target() -> None:
    f = fact(S_TASK, "8000人")
    assert (f["indicator"], f["status"]) == ("新增城镇就业", "target")


def test_figure_a_stretch_goal_raises_is_a_goal() -> None:
    low, high = fact(S_STRETCH, "5%"), fact(S_STRETCH, "6%")
    assert (low["status"], low["qualifier"], high["status"]) == ("target", "about", "target")


def test_outcome_before_the_year_goal_stays_actual() -> None:
    assert fact(S_HALF, "5%")["status"] == "actual"
    assert fact(S_HALF, "6%")["status"] == "target"


def test_doubling_said_of_a_quantity_is_a_figure() -> None:
    f = fact(S_DOUBLE, "一番")
    assert (f["indicator"], f["value"], f["unit"]) == ("GDP总量", 100.0, "%")


def test_doubling_in_a_goal_clause_is_no_figure() -> None:
    assert not facts(S1982)["raw_value"].eq("两").any()


def test_bare_magnitude_after_zai_and_before_its_bound_is_a_figure() -> None:
    f = fact(S2013, "万亿斤")
    assert (f["indicator"], f["value"], f["unit"], f["qualifier"]) == ("粮食总产量", 1e12, "斤", "at_least")
    assert fact(S2012, "万亿斤")["indicator"] == "粮食总产量"
