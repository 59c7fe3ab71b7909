"""Names of figures in the prose of district and city reports, on verbatim sentences of the real excerpts.

Each sentence is copied from a report of ``tests/gold/real/texts`` or the bundled Dongcheng 2020 H1 report
(named in the comment above it); each test states the name, measure or period of one figure of it.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

from dhcheng_analysis.facts import clean_name

# -- a verb bringing its object to the figure after 至 is no part of the object's name --------------------

@pytest.mark.parametrize(("text", "printed", "name"), [
    # dongcheng_2023_h1
    ("扩充重点服务企业名单至500家,为246家“服务包”企业一对一匹配区领导。", "500家", "重点服务企业"),
    # dongcheng_2025_h1
    ("精准高效服务企业,动态调整区级服务包企业名单至651家,落地注册资本金、投资资金1000万元以上企业、项目17个,"
     "涉及资金超38亿元。", "651家", "区级服务包企业"),
])
def test_verb_bringing_its_object_to_the_figure_is_no_part_of_the_name(text, printed, name):
    got = fact(text, printed)
    assert (got["indicator"], got["measure"]) == (name, "level")


# -- a frame after 的 closing a list of counts is no part of the last thing counted ------------------------

@pytest.mark.parametrize(("text", "printed", "name"), [
    # dongcheng_2018_h1
    ("对接三年行动计划,召开全区工作部署会,确定故宫周边等10个点,拆违等15条线和百街千巷1个面的工作重点。", "1个", "面"),
    # dongcheng_2017_h1
    ("继续坚持抓好疏解与提升两条线、用好政府和市场两只手、算好人口和效益两笔账的工作原则,确定并推进“10个点、15条线、"
     "3个面”的重点任务,实行“日报送、周排名、月通报、季拉练”,健全完善“三起来”工作体系,", "3个", "面"),
])
def test_frame_after_the_last_count_of_a_list_is_no_part_of_its_noun(text, printed, name):
    got = fact(text, printed)
    assert (got["indicator"], got["value"]) == (name, float(printed[:-1]))


def test_count_in_a_quoted_list_of_counts_is_a_figure():
    # dongcheng_2017_h1: 15条 between two counts of 个 in the quote
    text = ("继续坚持抓好疏解与提升两条线、用好政府和市场两只手、算好人口和效益两笔账的工作原则,确定并推进“10个点、15条线、"
            "3个面”的重点任务,实行“日报送、周排名、月通报、季拉练”,健全完善“三起来”工作体系,")
    got = fact(text, "15条")
    assert (got["indicator"], got["value"], got["unit"]) == ("线", 15.0, "条")


# -- the recipients a count names, and their verb of receiving, are no part of what they receive -----------

@pytest.mark.parametrize(("text", "printed", "name"), [
    # chengyang_qd_2022_bulletin
    ("召开全区企业家大会,中车四方股份等16家企业获得第一批先进制造业产业链链主企业证书,易邦生物等30家企业获得企业发展"
     "奖励资金1.17亿元。", "1.17亿元", "企业发展奖励资金"),
    # dongcheng_2020_h1
    ("设立全市首个总规模3000万元的中小企业风险补偿资金,促成11家企业获得银行贷款7800万元,占用风险补偿资金450万元。",
     "7800万元", "银行贷款"),
])
def test_recipients_counted_before_an_amount_are_no_part_of_its_name(text, printed, name):
    got = fact(text, printed)
    assert (got["indicator"], got["measure"]) == (name, "level")


def test_participants_counted_before_a_count_are_no_part_of_its_name():
    # dongcheng_2020_h1
    text = "组织283家企业参加“春风行动暨就业援助月专项活动”等线上招聘会26场,提供就业岗位27074个。"
    assert fact(text, "26场")["indicator"] == "“春风行动暨就业援助月专项活动”等线上招聘会"


# -- 获得 heading what is counted is no part of its name, as 取得 is ----------------------------------------

@pytest.mark.parametrize(("text", "printed", "name"), [
    # dongliu_yz_2023_street
    ("获得国家级无结核社区试点及省级荣誉7项、市级荣誉3项。", "7项", "国家级无结核社区试点及省级荣誉"),
    # the 1983 work report: nor is the 比较 (rather) after it, and no 比 of a comparison is read in it
    ("五年来在农业、工业、国防、新兴技术和尖端技术以及基础研究等方面，获得比较重要的科技成果一万三千多项，其中得到国家奖励的"
     "发明有四百一十八项，有些项目达到了国际先进水平。", "一万三千多项", "重要的科技成果"),
])
def test_verb_of_obtaining_heading_a_count_is_no_part_of_its_name(text, printed, name):
    assert fact(text, printed)["indicator"] == name


# -- a count whose predicate goes on with a figure is named by its noun alone --------------------------------

@pytest.mark.parametrize(("text", "printed", "name"), [
    # dongcheng_2020_h1
    ("成立工作专班,加强防疫保障与程序优化,在全市率先出台有序复工复产的实施意见及促进复工达产的任务分工,48家责任单位全面推动"
     "落实18项重点任务,进一步清理复工复产不合理限制,提高企业特别是中小微企业开复工率和达产率。", "48家", "责任单位"),
    # dongcheng_2020_h1
    ("与10余家银行达成协议,帮助71家企业一对一融资49.6亿元。", "71家", "企业"),
])
def test_count_whose_predicate_goes_on_with_a_figure_is_named_by_its_noun(text, printed, name):
    assert fact(text, printed)["indicator"] == name


# -- the counts of a list share the noun printed after the last, and classes the items counted after them ----

@pytest.mark.parametrize(("text", "printed", "name"), [
    # dongcheng_2020_h1
    ("落实全市疫情期间支持中小微企业政策,出台42条、16条及新10条政策,各项政策梯度推进。", "42条", "政策"),
    ("落实全市疫情期间支持中小微企业政策,出台42条、16条及新10条政策,各项政策梯度推进。", "16条", "政策"),
    # dongcheng_2020_h1
    ("启动新一轮背街小巷环境精细化整治提升三年行动计划,对照精治类、达标类、维护类三类标准,明确10大类、38项具体任务,确定"
     "2020年实施425条背街小巷提升任务、试点打造44个“美丽院落”,加快推进设计及概算编制工作。", "38项", "具体任务"),
])
def test_counts_of_a_list_share_the_noun_after_the_last(text, printed, name):
    assert fact(text, printed)["indicator"] == name


# -- a count of classes before the count of the items of them names the classes -------------------------

@pytest.mark.parametrize(("text", "printed", "name"), [
    # dongcheng_2020_h1
    ("启动新一轮背街小巷环境精细化整治提升三年行动计划,对照精治类、达标类、维护类三类标准,明确10大类、38项具体任务,确定"
     "2020年实施425条背街小巷提升任务、试点打造44个“美丽院落”,加快推进设计及概算编制工作。", "10大类", "具体任务类别"),
    # dongcheng_2018_annual
    ("出台并转化利用5大类26项政策。", "5大类", "政策类别"),
    ("出台并转化利用5大类26项政策。", "26项", "政策"),
    # dongcheng_2018_h1
    ("制定疏解腾退地下空间再利用实施意见,基本完成5类26项政策研究。", "5类", "政策研究类别"),
    ("制定疏解腾退地下空间再利用实施意见,基本完成5类26项政策研究。", "26项", "政策研究"),
])
def test_count_of_classes_before_the_items_of_them_names_the_classes(text, printed, name):
    got = fact(text, printed)
    assert (got["indicator"], got["flags"]) == (name, "")


# -- a bare 任务 or 项目 after the examples listed before 等 is named by them ------------------------------

@pytest.mark.parametrize(("text", "printed", "name"), [
    # chaoyang_2024_h1
    ("一般制造业疏解提质等9项任务提前完成年度目标,围挡治理等12项任务完成量排名全市前三。", "12项", "围挡治理等任务"),
    ("一般制造业疏解提质等9项任务提前完成年度目标,围挡治理等12项任务完成量排名全市前三。", "9项", "提前完成年度目标的任务"),
    # constructed fixture: a verb opens the words before 等, which name no examples alone
    ("三季度全面开工菜市口西片等3个项目。", "3个", "项目"),
])
def test_bare_noun_after_the_examples_listed_before_deng_is_named_by_them(text, printed, name):
    assert fact(text, printed)["indicator"] == name


# -- 促成 and 形成 heading what they bring about are no part of its name ------------------------------------

@pytest.mark.parametrize(("text", "printed", "name"), [
    # dongcheng_2023_h1
    ("促成“服务包”企业在京新设机构28家、注册资本金14.7亿元。", "28家", "“服务包”企业在京新设机构"),
    # dongcheng_2020_h1
    ("强化区街联动,以招商引资、月度点评督办、税源建设激励3项机制为抓手,借助专业中介、重点楼宇、重大活动,实现精准招商,完成"
     "招商引税22.47亿元;持续推进异地纳税清理,力争实现区级税收50万元以上异地纳税企业回迁50家,形成区级税收2亿元。", "2亿元",
     "回迁的区级税收50万元以上异地纳税企业区级税收"),  # the firms' tax (形成 after their count), not the district's
])
def test_verb_bringing_about_what_is_counted_is_no_part_of_its_name(text, printed, name):
    assert fact(text, printed)["indicator"] == name


# -- the frame 以…为抓手 around a count is no part of what it counts ----------------------------------------

def test_frame_taking_the_counted_things_as_its_lever_is_no_part_of_them():
    # dongcheng_2020_h1
    text = ("强化区街联动,以招商引资、月度点评督办、税源建设激励3项机制为抓手,借助专业中介、重点楼宇、重大活动,实现精准招商,完成"
            "招商引税22.47亿元;持续推进异地纳税清理,力争实现区级税收50万元以上异地纳税企业回迁50家,形成区级税收2亿元。")
    assert fact(text, "3项")["indicator"] == "机制"


# -- a count right before the bound of a class counts the class, named with its bound ---------------------

def test_count_before_a_class_bound_counts_the_class():
    # chaoyang_2018_h1
    text = "建立“疏整促”信息系统,将全部1.2万个点位和35个5万平方米以上重点拆除区域落点落图。"
    assert fact(text, "35个")["indicator"] == "5万平方米以上重点拆除区域"


# -- the time between a counted noun and what is said of it is no part of either -----------------------------

@pytest.mark.parametrize(("text", "printed", "name"), [
    # dongcheng_2024_h1
    ("市区重点工程项目加快建设,永外地区望坛110千伏输变电工程竣工,望坛项目第二批7栋回迁楼5月底回迁入住;宝华里项目回迁楼全面"
     "开工;东直门交通枢纽近60万平方米工程完成竣", "7栋", "回迁入住的望坛项目第二批回迁楼"),  # (the project owns them)
    # dongliu_yz_2023_street: what is said of them goes on with a figure, the noun alone
    ("十项经济指标全年取得5盏绿灯,实现5个指标攀高,完成固定资产投资32.5亿元,完成限上社会消费品零售总额13.1亿元,同比增长20.4%,"
     "规上工业增加值0.38亿元,同比增长16.7%;引进亿元以上重大项目4个。", "十项", "经济指标"),
])
def test_time_between_a_counted_noun_and_its_predicate_is_no_part_of_either(text, printed, name):
    assert fact(text, printed)["indicator"] == name


# -- a time inside a clause holds to the end of its ；-item, not for the items after it ----------------------

def test_time_inside_a_clause_holds_to_the_end_of_its_item():
    # dongcheng_2024_h1
    text = ("市区重点工程项目加快建设,永外地区望坛110千伏输变电工程竣工,望坛项目第二批7栋回迁楼5月底回迁入住;宝华里项目回迁楼全面"
            "开工;东直门交通枢纽近60万平方米工程完成竣")
    assert fact(text, "60万平方米")["period"] != "5月底"
    # the 1980 work report: 全年 inside a name is no period of the item after it
    text = "1979年全民所有制职工全年工资总额（包括奖金在内）比上年增加60亿元；职工的年平均工资达到705元，比上年增加61元。"
    assert fact(text, "705元")["period"] == "1979年"


# -- the management put on the things counted is no part of them ------------------------------------------

def test_management_put_on_the_things_counted_is_no_part_of_them():
    # dongcheng_2020_h1
    text = "每天动员2.6万余人参与防控,在街巷胡同口设置近1100个值守点位,在全市率先实现全部784个小区封闭式管理。"
    assert fact(text, "784个")["indicator"] == "小区"


# -- 达成, 攀高 open what a clause says of the things counted ---------------------------------------------

@pytest.mark.parametrize(("text", "printed", "name"), [
    # dongcheng_2020_h1
    ("与10余家银行达成协议,帮助71家企业一对一融资49.6亿元。", "10余家", "达成协议的银行"),
    # dongliu_yz_2023_street
    ("十项经济指标全年取得5盏绿灯,实现5个指标攀高,完成固定资产投资32.5亿元,完成限上社会消费品零售总额13.1亿元,同比增长20.4%,"
     "规上工业增加值0.38亿元,同比增长16.7%;引进亿元以上重大项目4个。", "5个", "攀高的指标"),
])
def test_what_a_clause_says_of_the_things_counted_names_them(text, printed, name):
    assert fact(text, printed)["indicator"] == name


# -- a count after 的 with its noun left out counts what the count before it counts ---------------------------

@pytest.mark.parametrize(("text", "printed", "name"), [
    # dongcheng_2017_h1
    ("全市“疏解整治促提升”专项行动共有15个指标,涉及中心城区的10个,我区有9个指标已完成全年任务,其中6个指标在16区排名进入前3名。",
     "10个", "中心城区的指标"),
    # the 1956 work report
    ("１９５６年施工的限额以上建设单位共有９６４个，其中本年开始建设的２７１个，继续建设的６９３个；苏联为我国设计的１５６个重要"
     "项目中，除了１７个项目已经完工投入生产，１２个项目已经部分地投入生产以外，本年内开始建设的２２个，继续建设的１０３个，在本年"
     "内可以完工的１１个，可以部分地投入生产的１３个。", "６９３个", "继续建设的限额以上建设单位"),
])
def test_count_after_de_with_its_noun_left_out_counts_the_noun_before(text, printed, name):
    assert fact(text, printed)["indicator"] == name


# -- a bare measure of a 分别 list takes its owners from the clauses before it ------------------------------

@pytest.mark.parametrize(("printed", "name"), [("28%", "商务服务业收入"), ("10.6%", "信息服务业收入"), ("7.3%", "文体娱业收入")])
def test_bare_measure_of_a_list_takes_its_owners_from_the_clauses_before(printed, name):
    # dongcheng_2024_h1
    text = ("商务服务业保持高速增长,信息服务业、文体娱业平稳回升,上半年行业收入分别同比增长28%、10.6%、7.3%,为我区经济增长"
            "提供有力支撑。")
    got = fact(text, printed)
    assert (got["indicator"], got["measure"]) == (name, "yoy_pct")


# -- the frame of effort around a work is no part of the work's name ---------------------------------------

def test_frame_of_effort_around_a_work_is_no_part_of_its_name():
    # dongcheng_2020_h1
    got = fact("加大拆违力度,力争7月底前完成进度达到70%,10月底基本完成全年任务。", "70%")
    assert (got["indicator"], got["measure"], got["status"]) == ("拆违", "completion_pct", "target")


# -- a share of things printed before 的 and them is named by what its clause says of them ---------------------

@pytest.mark.parametrize(("text", "printed", "name"), [
    # dongcheng_2020_h1
    ("受疫情影响,部分企业业务骤减甚至停工停产,工资支付资金缺口较大,调查数据显示,32.6%的中小微企业已降薪或计划降薪,其中降薪幅度"
     "超过30%的企业占总体调查企业的10.6%,各类劳动争议案件将会持续增加。", "32.6%", "已降薪或计划降薪的中小微企业"),
    # the 1997 work report
    ("义务教育工作继续推进，到去年底，全国已有５０％的县（市、区）基本普及九年义务教育，当年减少青壮年文盲４００万人。", "５０％",
     "基本普及九年义务教育的县（市、区）"),
])
def test_share_before_de_is_named_by_what_its_clause_says_of_the_things(text, printed, name):
    got = fact(text, printed)
    assert (got["indicator"], got["measure"]) == (name, "rate_pct")


# -- 考生 are persons: a count of them ends at the word -------------------------------------------------------

def test_count_of_examinees_ends_at_the_word_for_them():
    # dongcheng_2020_h1
    text = "从疫情防控、考试安全和人文服务三方面落实高考综合改革第一年任务,增设防疫副主考,圆满完成19个考点校5000余名高考生考务及保障工作。"
    got = fact(text, "5000余名")
    assert (got["indicator"], got["qualifier"]) == ("高考生", "over")


# -- 员工 after a bare magnitude are persons counted, named without what is done for them ------------------

def test_employees_after_a_bare_magnitude_are_persons():
    # dongcheng_2020_h1
    got = fact("为辖区重点企业1.6万余员工开展核酸检测上门服务。", "1.6万")
    assert (got["indicator"], got["unit"], got["value"], got["qualifier"]) == ("员工", "人", 16000.0, "over")


# -- a range whose low end is no numeral is the range of a name's numbers, no figure ------------------------

def test_range_of_a_names_numbers_is_no_figure():
    # dongcheng_2017_h1
    text = ("故宫周边、簋街、南锣鼓巷、东四三至八条和隆福寺等列入全市专项行动的五个重点区域涉及人口减少16863人,完成进度达到"
            "119.1%。")
    assert facts(text)["raw_value"].tolist() == ["五", "16863", "119.1"]


# -- a five-year plan named bare before the work done for it (前期), or as the plan itself (规划), is no time ----

def test_plan_named_before_the_work_done_for_it_stays_in_the_name():
    # dongcheng_2025_h1
    text = ("统筹群众急难愁盼问题和各领域未来发展,深入开展重大问题研究,开展47项“十五五”前期课题研究。")
    got = fact(text, "47项")
    assert (got["indicator"], got["value"]) == ("“十五五”前期课题研究", 47.0)


@pytest.mark.parametrize(("name", "cleaned"), [
    ("“十五五”前期课题研究", "“十五五”前期课题研究"),  # the studies preparing the plan
    ("“十四五”规划重点项目", "“十四五”规划重点项目"),  # the projects the plan lists
    ("“十四五”时期地区生产总值", "地区生产总值"),  # the time of the plan, no part of the name
    ("十四五期间新增就业", "新增就业"),
])
def test_plan_span_is_taken_off_a_name_only_as_a_time(name, cleaned):
    assert clean_name(name) == cleaned
