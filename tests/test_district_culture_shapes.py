"""Figures of the culture, tourism and sports reports (文化和旅游工作报告, 体育工作报告, 文旅统计公报) of districts
and counties.

Such a report prints the tourists received and the tourism revenue of the year and of each holiday (“五一”假期,
国庆假期, 春节假期 …), the graded scenic spots (A级景区, 其中5A级), hotel occupancy (客房出租率), the libraries'
holdings, the museums, the performances and their audiences (演出X场次，观众X万人次), the sports ground area per
person, the share of people exercising regularly and the pass rate of the fitness tests.

The rules: a holiday opening a sentence is the period of its figures, in that sentence only (the next sentence is
of the report's year again). 组织开展, as 开展, heads the name of the work counted and is no part of it. The audience
of a count of performances (观众X万人次) is that of the performances, as those taking part are of the events counted
before them; a bare pass rate after a count of fitness tests (国民体质监测3200人次，合格率…) is the pass rate of
those tests, as a pass rate after a count of samples is. The value added printed after the total size or output of
an industry (体育产业总规模…，增加值…) is the industry's. A list item naming a count of visits (旅游接待人次) names
its own quantity and takes no word the other items share, nor the verb of a count before it in another unit
(接待游客…万人次、旅游综合收入…亿元: the revenue is not received).
接待 (received) ends the name of the units counted before it (15家景区接待游客…: the spots), but not inside a name
(公务接待费). The standard concepts of the kind have glossary keys.

Sentences written in the form of district reports, not real, are marked as regression fixtures; the real ones
are quoted with the file they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

HEAD = "一、2023年文化和旅游工作情况\n"


# -- a holiday is the period of its sentence ------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "period"), [
    # regression fixture in the form of a district tourism report (not real), modelled on the national report's
    # 扩大单方面免签国家范围…入境旅游持续升温 (/work/shared/corpus/national_work_reports/2025.txt)
    ("国庆假期接待游客102.3万人次，同比增长38.7%。乡村旅游接待游客356万人次。", "102.3万人次", "国庆假期"),
    # regression fixture, a variant (not real): the next sentence is of the report's year again
    ("国庆假期接待游客102.3万人次，同比增长38.7%。乡村旅游接待游客356万人次。", "356万人次", "2023年"),
    # regression fixture, a variant (not real): a holiday in quotes, the revenue of its sentence too
    ("“五一”假期全区重点景区接待游客86.4万人次，实现旅游收入5.2亿元，分别增长45.3%和52.1%。", "5.2亿元", "“五一”假期"),
    # regression fixture, a variant (not real): two holidays joined, a comma after them
    ("中秋国庆假期，全县接待游客52.6万人次，同比增长18.5%。全年接待游客1200万人次。", "18.5%", "中秋国庆假期"),
    # regression fixture, a variant (not real)
    ("中秋国庆假期，全县接待游客52.6万人次，同比增长18.5%。全年接待游客1200万人次。", "1200万人次", "2023年"),
])
def test_holiday_is_the_period_of_its_sentence(s, printed, period):
    assert fact(HEAD + s, printed)["period"] == period


def test_holiday_leaves_the_name():
    # regression fixture in the form of a district tourism report (not real), modelled on the national report's
    # 国内旅游快速增长，出境旅游超过1.2亿人次 (/work/shared/corpus/national_work_reports/2017.txt)
    f = fact(HEAD + "“五一”假期全区重点景区接待游客86.4万人次，实现旅游收入5.2亿元，分别增长45.3%和52.1%。", "45.3%")
    assert (f["indicator"], f["measure"], f["period"]) == ("重点景区接待游客", "yoy_pct", "“五一”假期")


# -- 组织开展 heads the name of the work counted --------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district sports report (not real), modelled on 举办社区体育赛事130场,惠及群众超2万
    # 人次 (/work/shared/gold/real/texts/zhongdu_ws_2025_street_h1.txt)
    ("组织开展全民健身赛事活动120场次，参与群众5.6万人次。", "120场次", "全民健身赛事活动"),
    # regression fixture, a variant (not real): those taking part are of the events
    ("组织开展全民健身赛事活动120场次，参与群众5.6万人次。", "5.6万人次", "全民健身赛事活动参与群众"),
    # regression fixture, a variant (not real): the tests of physical fitness counted
    ("组织开展国民体质监测3200人次，合格率为91.6%，较上年提高0.8个百分点。", "3200人次", "国民体质监测"),
])
def test_zuzhi_kaizhan_is_no_part_of_the_work_counted(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- the pass rate of the fitness tests counted before it ----------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "measure"), [
    # regression fixture in the form of a district sports report (not real), modelled on the national report's
    # 广泛开展全民健身运动，人均预期寿命再提高1岁 (/work/shared/corpus/national_work_reports/2021.txt)
    ("组织开展国民体质监测3200人次，合格率为91.6%，较上年提高0.8个百分点。", "91.6%", "rate_pct"),
    # regression fixture, a variant (not real): its change against last year
    ("组织开展国民体质监测3200人次，合格率为91.6%，较上年提高0.8个百分点。", "0.8个百分点", "pp_diff"),
    # regression fixture, a variant (not real): no verb before the tests
    ("全年完成国民体质监测2800人次，合格率达到92.3%。", "92.3%", "rate_pct"),
])
def test_pass_rate_after_fitness_tests_is_theirs(s, printed, measure):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["indicator_key"], f["measure"]) == ("国民体质监测合格率", "physical_fitness_pass_rate", measure)


# -- the audience of the performances counted before it ------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district culture report (not real), modelled on 举办社区体育赛事130场,惠及群众
    # 超2万人次 (/work/shared/gold/real/texts/zhongdu_ws_2025_street_h1.txt)
    ("开展送戏下乡演出320场，观众12万人次。", "12万人次", "送戏下乡演出观众"),
    # regression fixture, a variant (not real): films shown
    ("全年放映公益电影3816场次，观众42.3万人次。", "42.3万人次", "放映公益电影观众"),
    # regression fixture, a variant (not real): the verb of the performances is not the audience's
    ("全年组织文艺演出586场次，观众28.6万人次。", "28.6万人次", "文艺演出观众"),
])
def test_audience_is_of_the_performances(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- the value added after an industry's total size ----------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "measure"), [
    # regression fixture in the form of a district sports report (not real), modelled on the national report's
    # 全国财政用于文化体育事业支出五年累计3104亿元 (/work/shared/corpus/national_work_reports/2008.txt)
    ("全区体育产业总规模达到45.3亿元，增加值15.6亿元，占GDP比重为1.3%。", "15.6亿元", "体育产业增加值", "level"),
    # regression fixture, a variant (not real): its share of the GDP
    ("全区体育产业总规模达到45.3亿元，增加值15.6亿元，占GDP比重为1.3%。", "1.3%", "体育产业增加值", "rate_pct"),
    # regression fixture, a variant (not real): the total output
    ("全区文化产业总产出145.3亿元，增加值56.8亿元。", "56.8亿元", "文化产业增加值", "level"),
])
def test_value_added_after_an_industrys_size_is_the_industrys(s, printed, name, measure):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["measure"]) == (name, measure)


# -- a list item counting visits takes no shared word --------------------------------------------------------

def test_visits_item_takes_no_shared_revenue_word():
    # regression fixture in the form of a district tourism report (not real), modelled on the national report's
    # 国内旅游快速增长，出境旅游超过1.2亿人次 (/work/shared/corpus/national_work_reports/2017.txt)
    f = facts(HEAD + "全县旅游接待人次、旅游收入分别占全市的12.3%和10.8%，分别居全市第2位和第3位。")
    assert f[["indicator", "measure"]].values.tolist() == [
        ["旅游接待人次", "rate_pct"], ["旅游收入", "rate_pct"], ["旅游接待人次", "rank"], ["旅游收入", "rank"]]


# -- glossary keys of the kind's concepts ---------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "key"), [
    # regression fixture in the form of a district tourism report (not real), modelled on the national report's
    # 国内旅游快速增长 (/work/shared/corpus/national_work_reports/2017.txt)
    ("接待过夜游客526.8万人次，同比增长48.6%，人均停留天数2.3天。", "526.8万人次", "overnight_tourist_visits"),
    # regression fixture, a variant (not real)
    ("乡村旅游接待游客356万人次，实现乡村旅游收入12.8亿元。", "356万人次", "rural_tourist_visits"),
    # regression fixture, a variant (not real)
    ("乡村旅游接待游客356万人次，实现乡村旅游收入12.8亿元。", "12.8亿元", "rural_tourism_revenue"),
    # regression fixture, a variant (not real)
    ("全区星级饭店客房出租率为58.6%，较上年提高12.4个百分点。", "58.6%", "hotel_room_occupancy_rate"),
    # regression fixture, a variant (not real)
    ("全区共有A级景区28家，其中5A级景区2家、4A级景区9家、3A级景区11家。", "28家", "a_grade_scenic_spots"),
    # regression fixture, a variant (not real)
    ("全区共有A级景区28家，其中5A级景区2家、4A级景区9家、3A级景区11家。", "2家", "scenic_spots_5a"),
    # regression fixture, a variant (not real): a grade with no key stays unkeyed
    ("全区共有A级景区28家，其中5A级景区2家、4A级景区9家、3A级景区11家。", "11家", ""),
    # regression fixture in the form of a district culture report (not real), modelled on the national report's
    # 中央财政安排专项资金支持533个县级图书馆、文化馆…建设 (/work/shared/corpus/national_work_reports/2005.txt)
    ("全区共有公共图书馆藏书量126.5万册。", "126.5万册", "public_library_holdings"),
    # regression fixture, a variant (not real)
    ("全区共有各级文物保护单位86处，其中全国重点文物保护单位3处、省级文物保护单位12处。", "3处",
     "national_protected_relic_sites"),
    # regression fixture in the form of a district sports report (not real), modelled on the national report's
    # 广泛开展全民健身运动 (/work/shared/corpus/national_work_reports/2021.txt)
    ("全区人均体育场地面积达到2.86平方米，较上年增加0.18平方米。", "2.86平方米", "sports_ground_area_per_capita"),
    # regression fixture, a variant (not real)
    ("经常参加体育锻炼人数比例达到42.5%，较上年提高1.3个百分点。", "1.3个百分点", "regular_exercise_share"),
    # regression fixture, a variant (not real)
    ("城乡居民国民体质监测合格率达到92.8%。", "92.8%", "physical_fitness_pass_rate"),
    # regression fixture, a variant (not real)
    ("全区体育彩票销售额达到8.6亿元，同比增长15.3%。", "8.6亿元", "sports_lottery_sales"),
    # regression fixture, a variant (not real): the visits printed as a count of visits
    ("全县旅游接待人次、旅游收入分别占全市的12.3%和10.8%。", "12.3%", "tourist_visits"),
])
def test_glossary_keys_of_culture_tourism_and_sports(s, printed, key):
    assert fact(HEAD + s, printed)["indicator_key"] == key


# -- a verb heads no list item naming a quantity in another unit ---------------------------

@pytest.mark.parametrize(("s", "printed", "name", "key"), [
    # regression fixture in the form of a district tourism report (not real), modelled on the national report's
    # 国内旅游快速增长，出境旅游超过1.2亿人次 (/work/shared/corpus/national_work_reports/2017.txt)
    ("全力冲刺全年目标，确保全年接待游客1150万人次、旅游综合收入105亿元。", "105亿元", "旅游综合收入", "tourism_revenue"),
    # regression fixture, a variant (not real): the visits keep their verb
    ("全力冲刺全年目标，确保全年接待游客1150万人次、旅游综合收入105亿元。", "1150万人次", "接待游客", "tourist_visits"),
])
def test_verb_of_visits_heads_no_revenue_item(s, printed, name, key):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["indicator_key"], f["status"]) == (name, key, "target")


# -- a count of scenic spots before what they received ------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district tourism report (not real), modelled on the national report's
    # 国内旅游快速增长 (/work/shared/corpus/national_work_reports/2017.txt)
    ("全县重点监测的15家景区累计接待游客286.4万人次，同比增长9.6%。", "15家", "景区"),
    # regression fixture, a variant (not real): the visits are the spots'
    ("全县重点监测的15家景区累计接待游客286.4万人次，同比增长9.6%。", "286.4万人次", "景区接待游客"),
    # regression fixture, a variant (not real): graded spots, 共 before the verb
    ("全区12家A级景区共接待游客23.5万人次。", "12家", "A级景区"),
    # real (/work/shared/corpus/national_work_reports/2014.txt): 接待 inside the name of the fees, no verb of the
    # provinces counted
    ("中央国家机关“三公”经费减少35%，31个省份本级公务接待费减少26%。", "31个", "省份"),
    # regression fixture, a variant (not real): readers received by libraries counted
    ("全区8家图书馆接待读者50万人次。", "8家", "图书馆"),
    # regression fixture, a variant (not real): 接待 inside the name of the facilities counted, no verb after them
    ("全区建成3个游客接待中心。", "3个", "建成游客接待中心"),
    # regression fixture, a variant (not real): a station named with 接待
    ("全区新建5个游客接待站。", "5个", "新建游客接待站"),
    # regression fixture, a variant (not real): a hall of petitions named with 接待
    ("全区建成4个信访接待大厅。", "4个", "建成信访接待大厅"),
    # regression fixture, a variant (not real): 接待 opening the name of the points counted
    ("全区设立12个接待点。", "12个", "设立接待点"),
    # regression fixture, a variant (not real): the visitors received named with a word of their own before them
    ("全市12家星级饭店接待住宿旅客80万人次。", "12家", "星级饭店"),
    # regression fixture, a variant (not real)
    ("全区15家景区接待外地游客300万人次。", "15家", "景区"),
    # regression fixture, a variant (not real)
    ("全市5家博物馆接待参观群众80万人次。", "5家", "博物馆"),
])
def test_count_of_spots_ends_before_what_they_received(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name
