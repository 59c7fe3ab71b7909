"""Sentences shaped the way district and city reports print them, read as those reports mean them.

Most sentences here are regression fixtures written in the style of district reports (计划执行情况的报告, 政府工作
报告 of a district), modelled on the real sentences named in their comments; where a report at hand prints the same
shape, its sentence is tested verbatim, with its file named.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _sentences import fact

DATA = Path(__file__).parent.parent / "data"
REVIEW = "一、2023年工作回顾\n"


def _sentence_of(path: Path, printed: str) -> str:
    """The sentence of ``path`` that prints ``printed``."""
    text = path.read_text(encoding="utf-8")
    i = text.index(printed)
    a = max(text.rfind("。", 0, i), text.rfind("\n", 0, i)) + 1
    return text[a:text.index("。", i) + 1]


# -- recipients counted after 为 or 向 are named by the thing they are given -------------------------------

def test_recipients_listed_after_wei_are_named_by_what_they_are_given_on_real_text():
    # data/dongcheng_2020_h1.txt: the care homes and stations given supplies, no stock of them in the district
    text = _sentence_of(DATA / "dongcheng_2020_h1.txt", "为19家养老机构")
    assert "为19家养老机构、2家社区养老服务驿站及困难群体配发防控物资" in text
    assert fact(text, "19家")["indicator"] == "配发防控物资的养老机构"
    assert fact(text, "2家")["indicator"] == "配发防控物资的社区养老服务驿站"


def test_firms_given_a_service_are_named_by_it_on_a_constructed_report():
    # tests/gold/constructed/fengtai_2022_h1
    text = "“丰泽服务管家”联系企业7150户次,为近200家企业提供上门法律服务。"
    assert fact(text, "200家")["indicator"] == "提供上门法律服务的企业"


@pytest.mark.parametrize(("text", "printed", "name"), [
    # regression fixtures in the style of district reports, modelled on dongcheng_2020_h1
    # (为19家养老机构、2家社区养老服务驿站及困难群体配发防控物资) and xicheng_2020_h1 (为1560户个体工商户发放经营补贴…)
    ("为1560户个体工商户发放经营补贴。", "1560户", "发放经营补贴的个体工商户"),
    ("全区为35所学校配发防疫物资。", "35所", "配发防疫物资的学校"),
    ("向辖区1200户低保家庭发放临时价格补贴。", "1200户", "发放临时价格补贴的低保家庭"),
    ("全区向12所学校、8家医院和3个社区发放防疫物资。", "8家", "发放防疫物资的医院"),
    ("全区向12所学校、8家医院和3个社区发放防疫物资。", "3个", "发放防疫物资的社区"),
    ("为2.6万户市场主体缓缴社会保险费。", "2.6万户", "缓缴社会保险费的市场主体"),
    ("为3162户中小微企业和个体工商户减免房租。", "3162户", "减免房租的中小微企业和个体工商户"),
    # (regression fixtures, not real: the first of a list whose next item is counted names no figure of the next)
    ("为12所学校、8家医院发放防疫物资。", "12所", "发放防疫物资的学校"),
    ("为12所学校、8家医院发放防疫物资。", "8家", "发放防疫物资的医院"),
    ("为12所学校和8家医院发放防疫物资。", "12所", "发放防疫物资的学校"),
    ("为12所学校和8家医院发放防疫物资。", "8家", "发放防疫物资的医院"),
    ("为12所学校及8家医院减免房租。", "8家", "减免房租的医院"),
])
def test_recipients_given_a_thing_are_named_by_it(text, printed, name):
    assert fact(REVIEW + text, printed)["indicator"] == name


@pytest.mark.parametrize(("text", "printed", "name"), [
    # a sum after the thing given names it; the count stays the recipients' (xicheng_2020_h1, dongcheng_2022_h1)
    ("为1560户个体工商户发放经营补贴约3200万元。", "1560户", "个体工商户"),
    ("为2.6万户市场主体缓缴社会保险费3.8亿元。", "2.6万户", "市场主体"),
    # a list of things built after 新建 is no list of recipients
    ("新建12所学校、8家医院和3个社区服务中心。", "8家", "新建医院"),
])
def test_recipients_given_a_sum_keep_their_noun(text, printed, name):
    assert fact(REVIEW + text, printed)["indicator"] == name


# -- places counted before what of theirs is compared are named by the comparison --------------------------

@pytest.mark.parametrize(("text", "printed", "name"), [
    # regression fixtures in the style of district reports, modelled on the national 27个省、自治区、直辖市工业效益
    # 好于上年 (a 均 of 人均 is no adverb of a predicate, nor a 人 a word for persons)
    ("有12个乡镇农民人均可支配收入增速快于全区。", "12个", "农民人均可支配收入增速快于全区的乡镇"),
    ("有12个乡镇农民人均可支配收入快于全区。", "12个", "农民人均可支配收入快于全区的乡镇"),
    ("全区有8个街道居民人均消费支出高于全区平均水平。", "8个", "居民人均消费支出高于全区平均水平的街道"),
    ("全区有6个街道一般公共预算收入增幅高于全区平均水平。", "6个", "一般公共预算收入增幅高于全区平均水平的街道"),
    ("27个街道工业效益好于上年。", "27个", "工业效益好于上年的街道"),
    # the comparison with its base kept, though no word of a predicate cuts the run before it, the base's year too
    # (去年 after 于/比/较 is the base, no time of the name)
    ("17个街道税收收入好于去年同期。", "17个", "税收收入好于去年同期的街道"),
    # (regression fixture, not real)
    ("3个街道综合排名高于去年。", "3个", "综合排名高于去年的街道"),
])
def test_places_counted_are_named_by_what_of_theirs_is_compared(text, printed, name):
    assert fact(REVIEW + text, printed)["indicator"] == name


@pytest.mark.parametrize(("text", "printed", "name"), [
    # regression fixtures in the style of district reports: 居 of 居民 and 列 of 列入 after places counted are no
    # rank verbs (居全市第2位), so the count is no size of a set ranked among
    ("全区15个街道居民人均可支配收入均实现增长。", "15个", "居民人均可支配收入均实现增长的街道"),
    ("全区有5个街道列入全市示范片区。", "5个", "列入全市示范片区的街道"),
])
def test_places_counted_before_residents_or_a_listing_keep_their_count(text, printed, name):
    assert fact(REVIEW + text, printed)["indicator"] == name


def test_jun_after_the_things_counted_still_ends_their_noun():
    assert fact(REVIEW + "12个项目均已开工。", "12个")["indicator"] == "项目"


# -- an item after a comma with a verb of its own takes no verb of the item before ---------------------------

@pytest.mark.parametrize(("text", "printed", "name"), [
    # regression fixtures in the style of district reports, modelled on the national 审议和通过了１１项法律，国务院制定和颁布了５９项行政法规 (1987)
    ("修订完善市场交易规则4项，出台管理细则2项。", "2项", "出台管理细则"),
    ("修订市场交易规则4项，出台管理细则2项。", "2项", "出台管理细则"),
    ("修订完善市场交易规则4项、出台管理细则2项。", "2项", "出台管理细则"),
    # regression fixture (not real): an adverb leading the verb of its own
    ("修订市场交易规则4项，先后出台管理细则2项。", "2项", "先后出台管理细则"),
    ("制定完善管理办法4项，印发实施细则2项。", "2项", "印发实施细则"),
    ("颁布法律8部，发布行政法规20件。", "20件", "发布行政法规"),
    # (an item with no verb of its own still takes the one before)
    ("新建学校3所，幼儿园5所。", "5所", "新建幼儿园"),
])
def test_an_item_with_its_own_verb_takes_none_of_the_item_before(text, printed, name):
    assert fact(REVIEW + text, printed)["indicator"] == name



# -- a plan word of the whole year before what is invested is no part of its name --------------------------

@pytest.mark.parametrize(("text", "printed", "name"), [
    # regression fixtures in the style of district reports (年度计划投资 reads so already)
    ("重点项目全年计划投资300亿元。", "300亿元", "重点项目投资"),
    ("全区重点项目全年计划投资300亿元，上半年完成投资160亿元。", "300亿元", "重点项目投资"),
    ("市政府重大项目本年计划投资120亿元。", "120亿元", "市政府重大项目投资"),
])
def test_a_year_plan_word_is_no_part_of_a_name(text, printed, name):
    f = fact(REVIEW + text, printed)
    assert (f["indicator"], f["status"]) == (name, "target")


# -- a percentage of a sum after 为 or 相当于 is of the thing named before ----------------------------------

@pytest.mark.parametrize(("text", "printed", "name"), [
    # regression fixtures in the style of district reports (…为过去三年总和的80%)
    ("全年新增就业岗位2.5万个，为过去三年总和的80%。", "80%", "新增就业岗位"),
    ("全年引进重点企业120家，相当于过去三年总和的80%。", "80%", "引进重点企业"),
    ("全年新增就业岗位2.5万个，是前两年之和的1.5倍。", "1.5倍", "新增就业岗位"),
])
def test_a_percentage_of_a_sum_is_of_the_thing_named_before(text, printed, name):
    assert fact(REVIEW + text, printed)["indicator"] == name


def test_a_share_of_a_planned_total_is_of_the_investment_done_on_real_text():
    # shared/corpus/national_work_reports/1957.txt
    text = ("1956年全国完成了将近一百四十亿元的基本建设投资额，等于五年计划规定的投资总额的三分之一，因而改变了前三年基本建设"
            "投资只完成五年计划一半稍多的情况。")
    assert fact(text, "三分之一")["indicator"] == "基本建设投资额"
