"""Figures of the livestock and animal husbandry report (畜牧业生产情况, 生猪生产统计), as district and county
agriculture bureaus and statistics offices print them.

The report counts the animals slaughtered and in stock (生猪出栏12.6万头，同比增长8.3%；存栏9.8万头，其中能繁母猪
1.1万头), the cattle, sheep and poultry (牛出栏0.52万头, 羊存栏5.4万只, 家禽出栏286万羽), the meat, egg and milk output
(肉类总产量, 禽蛋产量, 牛奶产量 in 吨), the share raised at scale (畜禽规模养殖比重), the immunisation and disposal
rates (重大动物疫病免疫密度, 病死畜禽无害化处理率), the manure put to use, the fodder stored and the output value of
animal husbandry. The rules:

- a bare 存栏 (or 出栏) after a figure of the same sentence named by the other word of the pair is of the same
  animals: 生猪出栏12.6万头，存栏9.8万头 → 生猪存栏, in a list too (生猪出栏、存栏分别为…); the period words before
  the other word are its own (规模猪场年出栏…，存栏… → 规模猪场存栏);
- a head count of doses (52万头次, 286万羽次) is one unit, as 人次 is;
- a herd size with 以上 right before the farms counted (年出栏500头以上生猪规模养殖场42个) names their class and is
  no figure, as a tonnage or an area before the things counted is; only before holders (场, 户, 基地 …): a stock
  kept at a level (生猪存栏保持在10万头以上水平, 肉牛存栏达到5万头以上规模) is a figure;
- a completion of a stock task (完成市下达保有量任务的105%) is of the figure before when that names a stock (存栏,
  保有量), as a task named by its verb only is; after a count of additions (新增耕地) the task stays the stock's, and
  a bare 保有量 after new registrations (新注册汽车3万辆，保有量…) is no count of them;
- 猪只 (and 羊只, 船只) is a noun, its 只 no adverb to strip; 常年 before the verb is no part of the name
  (免疫密度常年保持在90%以上 → 免疫密度);
- 创建 and 认定 lead the set whose grades a 其中 part counts, as 建成 does (累计创建…示范场8家，其中国家级2家 →
  创建国家级…示范场);
- the glossary keys the stable statistics of the kind: the cattle, sheep, poultry and dairy cows slaughtered and in
  stock, the breeding sows, the pork, beef, mutton, poultry meat, egg and cow milk output, the meat output as
  猪牛羊禽肉产量, the meat, egg and milk output together, the share raised at scale, the manure utilisation rate,
  the immunisation density against major animal diseases and the disposal rate of dead livestock.

The national work reports speak of this subject with few district figures (一九五九年全年养猪二亿七千万头，年底存栏
一亿八千万头, 1960; 肉类产量1，062万吨，比上年增加206万吨, 1980; 稳定生猪生产, 2009); the real excerpts print it
as 生猪出栏3.15万头,比上年下降19.3%;家禽出栏48.93万羽 (minhang_sh_2015_bulletin) and 生猪出栏16.68万头,下降7.7%
(youyang_cq_2025_q1). Sentences written in the form of district reports, not real, are marked as regression
fixtures; the real ones are quoted with the file they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

HEAD = "2023年全区畜牧业生产情况\n一、主要畜禽生产情况\n"

HOGS = "全年生猪出栏12.6万头，同比增长8.3%；存栏9.8万头，同比增长5.1%，其中能繁母猪1.1万头。"
HOGS_LIST = "全区生猪出栏、存栏分别为12.6万头、9.8万头，分别增长8.3%和5.1%。"
CATTLE = "牛出栏0.52万头，年末存栏1.2万头；羊出栏3.6万只，存栏5.4万只；家禽出栏286万羽，存栏135万羽。"
PRODUCTS = "肉类总产量1.85万吨，禽蛋产量0.96万吨，牛奶产量2.3万吨，分别增长6.2%、1.8%和-2.1%。"
MEATS = "猪牛羊禽肉产量2.1万吨，其中猪肉产量1.3万吨、牛肉产量0.12万吨、羊肉产量0.05万吨、禽肉产量0.6万吨。"
DOSES = "春秋两季集中免疫共免疫猪只52万头次、牛羊8.6万头次、家禽286万羽次。"
FARMS = "年出栏500头以上生猪规模养殖场42个，存栏100头以上奶牛养殖场8个，年出栏1万羽以上肉鸡养殖场12个。"
SOWS = "能繁母猪存栏1.1万头，完成市下达保有量任务的105%。"
MODEL_FARMS = "累计创建畜禽养殖标准化示范场8家，其中国家级2家、省级6家。"


# -- the stock of the animals whose slaughter the figure before counts -------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "measure"), [
    # regression fixture in the form of a district livestock report (not real), modelled on 生猪出栏3.15万头,比上年
    # 下降19.3% (/work/shared/gold/real/texts/minhang_sh_2015_bulletin.txt) and 年底存栏一亿八千万头 (1960.txt)
    (HOGS, "9.8万头", "生猪存栏", "level"),
    # regression fixture, a variant (not real): the growth of the stock
    (HOGS, "5.1%", "生猪存栏", "yoy_pct"),
    # regression fixture, a variant (not real): 出栏 and 存栏 listed before 分别
    (HOGS_LIST, "9.8万头", "生猪存栏", "level"),
    # regression fixture, a variant (not real): the growth after the second 分别
    (HOGS_LIST, "5.1%", "生猪存栏", "yoy_pct"),
    # regression fixture, a variant (not real): cattle, the stock at 年末
    (CATTLE, "1.2万头", "牛存栏", "level"),
    # regression fixture, a variant (not real): sheep
    (CATTLE, "5.4万只", "羊存栏", "level"),
    # regression fixture, a variant (not real): poultry
    (CATTLE, "135万羽", "家禽存栏", "level"),
    # regression fixture, a variant (not real): the stock first, the slaughter after it
    ("年末生猪存栏9.8万头，全年出栏12.6万头。", "12.6万头", "生猪出栏", "level"),
])
def test_a_bare_stock_after_the_slaughter_is_of_the_same_animals(s, printed, name, measure):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["measure"]) == (name, measure)


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district livestock report (not real), modelled on 一九五九年全年养猪二亿
    # 七千万头，年底存栏一亿八千万头 (/work/shared/corpus/national_work_reports/1960.txt): the 年 is the slaughter's
    # alone, the stock is the farms'
    ("全区规模猪场年出栏12万头，存栏8万头。", "8万头", "规模猪场存栏"),
    # regression fixture, a variant (not real): 累计 between the animals and the slaughter
    ("生猪累计出栏12万头，存栏8万头。", "8万头", "生猪存栏"),
    # regression fixture, a variant (not real): 全年 there
    ("生猪全年出栏12万头，存栏8万头。", "8万头", "生猪存栏"),
])
def test_a_period_of_the_slaughter_is_no_part_of_the_stock(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


@pytest.mark.parametrize(("s", "printed", "key"), [
    (HOGS, "9.8万头", "hog_stock"),
    (HOGS_LIST, "9.8万头", "hog_stock"),
    (CATTLE, "1.2万头", "cattle_stock"),
    (CATTLE, "5.4万只", "sheep_goat_stock"),
])
def test_the_carried_stock_takes_its_key(s, printed, key):
    assert fact(HEAD + s, printed)["indicator_key"] == key


def test_a_bare_stock_with_nothing_before_stays_bare():
    # regression fixture, a variant (not real): no figure of a slaughter before to own the stock
    assert fact(HEAD + "年末存栏9.8万头。", "9.8万头")["indicator"] == "存栏"


def test_a_stock_after_a_figure_of_another_sentence_stays_bare():
    # regression fixture, a variant (not real): the slaughter is of the sentence before
    s = "全年生猪出栏12.6万头。存栏9.8万头。"
    assert fact(HEAD + s, "9.8万头")["indicator"] == "存栏"


# -- a head count of doses is one unit ------------------------------------------------------------------------

@pytest.mark.parametrize(("printed", "unit", "name"), [
    # regression fixture in the form of a district animal epidemic prevention report (not real), modelled on
    # 切实做好高致病性禽流感等动物疫病的防治工作 (/work/shared/corpus/national_work_reports/2004.txt)
    ("52万头次", "万头次", "春秋两季集中免疫免疫猪只"),
    # regression fixture, a variant (not real): the cattle and sheep immunised
    ("8.6万头次", "万头次", "牛羊"),
    # regression fixture, a variant (not real): the poultry, in 羽次
    ("286万羽次", "万羽次", "家禽"),
])
def test_a_head_count_of_doses_is_one_unit(printed, unit, name):
    f = fact(HEAD + DOSES, printed)
    assert (f["raw_unit"], f["indicator"]) == (unit, name)


def test_no_dose_count_is_read_as_a_name():
    assert not (facts(HEAD + DOSES)["indicator"] == "次").any()


# -- a herd size before the farms counted names their class ----------------------------------------------------

@pytest.mark.parametrize(("printed", "name"), [
    # regression fixture in the form of a district livestock report (not real), modelled on 推进畜牧水产规模化标准化
    # 健康养殖 (/work/shared/corpus/national_work_reports/2009.txt) and the firms' class 年主营业务收入2000万元以上
    ("42个", "年出栏500头以上生猪规模养殖场"),
    # regression fixture, a variant (not real): a stock size
    ("8个", "存栏100头以上奶牛养殖场"),
    # regression fixture, a variant (not real): poultry in 万羽
    ("12个", "年出栏1万羽以上肉鸡养殖场"),
])
def test_a_herd_size_before_the_farms_names_their_class(printed, name):
    assert fact(HEAD + FARMS, printed)["indicator"] == name


def test_the_herd_size_is_no_figure():
    assert not facts(HEAD + FARMS)["raw_unit"].isin(["头", "万羽"]).any()


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district livestock report (not real), modelled on 年底存栏一亿八千万头
    # (/work/shared/corpus/national_work_reports/1960.txt): the stock kept at a level is a figure, 水平 no holder
    ("生猪存栏保持在10万头以上水平。", "10万头", "生猪存栏"),
    # regression fixture, a variant (not real): poultry, in 羽
    ("家禽存栏保持在100万羽以上水平。", "100万羽", "家禽存栏"),
    # regression fixture, a variant (not real): 规模 ending the clause
    ("全区肉牛存栏达到5万头以上规模。", "5万头", "肉牛存栏"),
    # regression fixture, a variant (not real): the slaughter of a year
    ("生猪年出栏稳定在20万头以上规模。", "20万头", "生猪年出栏"),
])
def test_a_herd_size_before_no_holder_is_a_figure(s, printed, name):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["qualifier"]) == (name, "at_least")


def test_a_target_of_heads_with_yishang_is_still_a_figure():
    # regression fixture, a variant (not real): 以上 closes the clause, no class after it
    f = fact(HEAD + "力争全年生猪出栏稳定在12万头以上。", "12万头")
    assert (f["indicator"], f["qualifier"], f["status"]) == ("生猪出栏", "at_least", "target")


# -- the task named by a quantity of no thing of its own --------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district livestock report (not real), modelled on 完成年度任务的 of
    # the real excerpts and the stock of breeding sows the city sets each district
    (SOWS, "105%", "能繁母猪存栏"),
    # regression fixture, a variant (not real): the task named by its own thing keeps it
    ("全年植树12万株，完成市下达植树任务的120%。", "120%", "植树"),
])
def test_a_task_named_by_a_bare_quantity_is_of_the_figure_before(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


def test_the_completion_of_the_stock_task_takes_the_stock_key():
    assert fact(HEAD + SOWS, "105%")["indicator_key"] == "breeding_sow_stock"


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district transport report (not real), modelled on 汽车保有量突破3亿辆、增长
    # 46.7% (/work/shared/corpus/national_work_reports/2023.txt): the stock is no count of the new registrations
    ("全区新注册汽车3万辆，保有量达到52万辆。", "52万辆", "保有量"),
    # regression fixture, a variant (not real): nor of the vehicles added, nor is the completion after it
    ("全区新能源汽车新增1.2万辆，保有量达到5万辆，完成全年目标的105%。", "5万辆", "保有量"),
    ("全区新能源汽车新增1.2万辆，保有量达到5万辆，完成全年目标的105%。", "105%", "保有量"),
    # regression fixture, a variant (not real), modelled on 合理的菜地保有量 (2012.txt): the task is of the stock of
    # farmland, not of the land added
    ("新增耕地1200亩，完成市下达保有量任务的102%。", "102%", "保有量"),
])
def test_a_bare_stock_after_the_additions_is_not_theirs(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- nouns and adverbs at the end of a name ----------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district livestock report (not real): 猪只 is a noun
    ("全年共免疫猪只52万头次。", "52万头次", "免疫猪只"),
    # regression fixture, a variant (not real): hogs slaughtered printed as 猪只
    ("全年出栏猪只12万头。", "12万头", "出栏猪只"),
    # regression fixture, a variant (not real): ships
    ("进出港船只1.2万艘次。", "1.2万艘次", "进出港船只"),
    # regression fixture, a variant (not real): 常年 before the verb
    ("应免畜禽免疫密度常年保持在90%以上。", "90%", "应免畜禽免疫密度"),
    # regression fixture, a variant (not real): 常年 of another rate
    ("群众满意度常年稳定在95%以上。", "95%", "群众满意度"),
])
def test_a_noun_in_zhi_is_kept_and_changnian_is_cut(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


def test_only_before_a_figure_is_still_cut():
    # regression fixture, a variant (not real): 只 as "only" is no part of the name
    assert fact(HEAD + "产量只12万吨。", "12万吨")["indicator"] == "产量"


# -- the grades of the farms created ----------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district livestock report (not real), modelled on 累计建成 and 其中国家级
    # of the other kinds' reports
    (MODEL_FARMS, "2家", "创建国家级畜禽养殖标准化示范场"),
    (MODEL_FARMS, "6家", "创建省级畜禽养殖标准化示范场"),
    # regression fixture, a variant (not real): 认定
    ("累计认定示范场8家，其中国家级2家。", "2家", "认定国家级示范场"),
])
def test_the_grade_of_a_part_follows_the_verb_of_its_set(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


def test_a_task_of_creating_keeps_its_noun():
    # regression fixture in the form of a district safety report (not real), modelled on 71项创建任务已完成64项
    # (data/dongcheng_2020_h1.txt): 创建任务 is a noun, no lead of a set
    s = "安全发展示范城市58项创建任务已完成47项。"
    assert fact(HEAD + s, "47项")["indicator"] == "已完成的创建任务"


# -- glossary keys of the kind ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "key"), [
    # regression fixture in the form of a district livestock report (not real), modelled on 家禽出栏48.93万羽
    # (/work/shared/gold/real/texts/minhang_sh_2015_bulletin.txt)
    (CATTLE, "0.52万头", "cattle_slaughtered"),
    (CATTLE, "3.6万只", "sheep_goat_slaughtered"),
    (CATTLE, "135万羽", "poultry_stock"),
    # regression fixture, a variant (not real): the breeding sows of a 其中 part
    (HOGS, "1.1万头", "breeding_sow_stock"),
    # regression fixture, a variant (not real): dairy cows
    ("全区奶牛存栏0.8万头，同比下降2.1%。", "0.8万头", "dairy_cow_stock"),
    # regression fixture in the form of a district livestock report (not real), modelled on 肉类产量1，062万吨，比上年
    # 增加206万吨 (/work/shared/corpus/national_work_reports/1980.txt)
    (PRODUCTS, "0.96万吨", "egg_output"),
    (PRODUCTS, "2.3万吨", "cow_milk_output"),
    (PRODUCTS, "1.8%", "egg_output"),
    (MEATS, "2.1万吨", "meat_output"),
    (MEATS, "1.3万吨", "pork_output"),
    (MEATS, "0.12万吨", "beef_output"),
    (MEATS, "0.05万吨", "mutton_output"),
    (MEATS, "0.6万吨", "poultry_meat_output"),
    # regression fixture, a variant (not real): the three together
    ("全年肉蛋奶总产量5.1万吨，同比增长3.3%。", "5.1万吨", "meat_egg_milk_output"),
    # regression fixture, a variant (not real): the share raised at scale and its change
    ("全区畜禽规模养殖比重达到78%，比上年提高3个百分点。", "78%", "livestock_scale_farming_share"),
    ("全区畜禽规模养殖比重达到78%，比上年提高3个百分点。", "3个百分点", "livestock_scale_farming_share"),
    # regression fixture, a variant (not real): manure put to use
    ("畜禽粪污综合利用率达到92.3%，比上年提高1.5个百分点。", "92.3%", "livestock_manure_utilisation_rate"),
    ("畜禽粪污资源化利用率达到92.3%。", "92.3%", "livestock_manure_utilisation_rate"),
    # regression fixture, a variant (not real): immunisation density, modelled on 国家规划免疫 (2008.txt)
    ("重大动物疫病免疫密度保持100%。", "100%", "animal_disease_immunisation_density"),
    ("应免畜禽免疫密度常年保持在90%以上。", "90%", "animal_disease_immunisation_density"),
    # regression fixture, a variant (not real): dead livestock disposed of
    ("病死畜禽无害化处理率达100%。", "100%", "dead_livestock_disposal_rate"),
])
def test_the_statistics_of_the_kind_have_keys(s, printed, key):
    assert fact(HEAD + s, printed)["indicator_key"] == key


@pytest.mark.parametrize(("printed", "key"), [
    # real: /work/shared/gold/real/texts/minhang_sh_2015_bulletin.txt
    ("3.15万头", "hogs_slaughtered"),
    ("48.93万羽", "poultry_slaughtered"),
])
def test_the_real_bulletin_keys_its_livestock(printed, key):
    s = "蔬菜总产量6.69万吨;生猪出栏3.15万头,比上年下降19.3%;家禽出栏48.93万羽,比上年增长12.8%;水产品生产总量400吨,比上年下降7.4%。"
    assert fact(HEAD + s, printed)["indicator_key"] == key
