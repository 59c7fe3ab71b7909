"""Figures of the trade union work reports (工会工作报告, 总工会工作总结) as district and county offices print them.

Such a report counts the members and the unions built (工会会员总数达28.6万人, 基层工会组织1865个, 建会率达92.5%,
农民工入会8650人), the workers in hardship helped and visited (帮扶困难职工2865户, “两节”送温暖期间走访慰问…3260户,
发放慰问金486万元, 金秋助学), the services run for workers (户外劳动者服务站点286个, 职工疗休养2865人次, 职工之家,
职工书屋), the collective contracts signed (签订集体合同1265份, 集体合同覆盖率, 工资集体协商覆盖率) and the skills and
honours of the workers (劳动竞赛, 职工技能培训, 合理化建议, 劳模创新工作室). The national reports speak of the same
work without its district figures: 继续开展解困、送温暖活动 (/work/shared/corpus/national_work_reports/1998.txt),
推动企业建立工资集体协商制度 (2008.txt), 推进工资集体协商，构建和谐劳动关系 (2014.txt), 加大城镇困难职工脱困力度
(2019.txt), 开展社会主义劳动竞赛 (1978.txt), 被评为全国劳动模范和省、市、自治区劳动模范的有三万八千五百多人
(1983.txt).

The rules: 在档 (on the files) opens the name of the 在档困难职工 as 在乡 opens 在乡老复员军人, but not 在档案 (in the
archives, a place), 在档期 or 在档次 (in the season, in the grade); a holiday's 送温暖 campaign before 期间 (“两节”送温暖期间, 春节送温暖活动期间) is the period of the
figure, as the holidays alone are; a verb of gaining (取得, 获得) whose 的 closes the clause picking out those counted
(286人取得职业资格证书 → 取得职业资格证书的人) stays in their name, as a comparison closed by 的 does (低于上年的乡镇),
while one before a longer noun it only describes (获得比较重要的科技成果) still goes; and the glossary knows the stable
concepts (工会会员, 新发展工会会员, 农民工入会, 基层工会组织, 新建基层工会, 建会率, 职工入会率, 在档困难职工,
帮扶困难职工, 走访慰问困难职工, 户外劳动者服务站点, 职工疗休养, 职工之家, 职工书屋, 集体合同, 集体合同覆盖率,
工资集体协商覆盖率, 劳动竞赛, 职工技能培训, 职工合理化建议, 劳模创新工作室, 职工互助保障, 工会经费收入).

Sentences written in the form of district reports, not real, are marked as regression fixtures; the real ones
are quoted with the file they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

from dhcheng_analysis.vocab import indicator_key

HEAD = "一、2023年工会工作情况\n"


# -- 在档 opens a name --------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district trade union report (not real), modelled on the national reports'
    # 加大城镇困难职工脱困力度 (/work/shared/corpus/national_work_reports/2019.txt)
    ("全区在档困难职工186户，解困脱困率100%。", "186户", "在档困难职工"),
    # regression fixture, a variant (not real): the households, and their fall
    ("全区在档困难职工家庭186户，较上年减少26户。", "26户", "在档困难职工家庭"),
    # regression fixture, a variant (not real): a date before it
    ("截至年底，在档困难职工186户。", "186户", "在档困难职工"),
])
def test_zaidang_opens_a_name(s, printed, name):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["indicator_key"]) == (name, "hardship_workers_on_file")


def test_zai_before_the_archives_is_no_part_of_a_name():
    # regression fixture in the form of a district report (not real): 在档案馆 is the place the work is done in
    assert fact(HEAD + "在档案馆查阅档案资料2860卷次。", "2860卷次")["indicator"] == "档案馆查阅档案资料"


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district culture report (not real), modelled on the module's 在档案馆: 在 is
    # a preposition before 档期 (the screening season)
    ("全区在档期内上映影片80部。", "80部", "档期内上映影片"),
    # regression fixture, a variant (not real): 在 before 档次 (the grade)
    ("全区在档次评定中获评优秀的企业12家。", "12家", "档次评定中获评优秀的企业"),
])
def test_zai_before_a_season_or_a_grade_is_no_part_of_a_name(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


def test_union_funds_paid_out_are_no_revenue():
    # regression fixture in the form of a district trade union report (not real), modelled on the module's 全区工会经费
    # 收入1.26亿元: the funds paid out, named bare, are no revenue
    assert fact(HEAD + "拨付工会经费1200万元。", "1200万元")["indicator_key"] == ""


# -- a holiday's 送温暖 campaign is the period -------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "period"), [
    # regression fixture in the form of a district trade union report (not real), modelled on the national reports'
    # 继续开展解困、送温暖活动 (/work/shared/corpus/national_work_reports/1998.txt)
    ("“两节”送温暖期间，走访慰问困难职工、劳动模范等3260户，发放慰问金486万元。", "3260户",
     "走访慰问困难职工、劳动模范", "“两节”送温暖期间"),
    # regression fixture, a variant (not real): the money paid in the same campaign
    ("“两节”送温暖期间，走访慰问困难职工、劳动模范等3260户，发放慰问金486万元。", "486万元",
     "慰问金", "“两节”送温暖期间"),
    # regression fixture, a variant (not real): one holiday, no quotes
    ("春节送温暖期间，慰问困难职工1260户。", "1260户", "慰问困难职工", "春节送温暖期间"),
    # regression fixture, a variant (not real): holidays each in quotes
    ("“元旦”“春节”送温暖期间，慰问困难职工1260户。", "1260户", "慰问困难职工", "“元旦”“春节”送温暖期间"),
    # regression fixture, a variant (not real): 活动 after the campaign
    ("双节送温暖活动期间，慰问困难职工1260户。", "1260户", "慰问困难职工", "双节送温暖活动期间"),
])
def test_holiday_campaign_before_qijian_is_the_period(s, printed, name, period):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["period"]) == (name, period)


def test_holiday_campaign_period_holds_in_its_sentence_only():
    # regression fixture in the form of a district report (not real): the campaign's figures, then the year's
    s = "春节送温暖期间，全区各级工会走访慰问困难职工1260户。全区地区生产总值增长5.2%。"
    assert (fact(HEAD + s, "1260户")["period"], fact(HEAD + s, "5.2%")["period"]) == ("春节送温暖期间", "2023年")


# -- a verb of gaining picks out those counted --------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district trade union report (not real), modelled on the bundled report's
    # 指导2299家企业开展职业技能培训,涉及企业职工52526人 (data/dongcheng_2020_h1.txt)
    ("开展职工技能培训1.2万人次，其中286人取得职业资格证书。", "286人", "取得职业资格证书的人"),
    # regression fixture, a variant (not real): no 其中
    ("开展职工技能培训1.2万人次，286人取得职业资格证书。", "286人", "取得职业资格证书的人"),
    # regression fixture, a variant (not real): 获得, which kept its verb before
    ("开展职工技能培训1.2万人次，其中286人获得职业资格证书。", "286人", "获得职业资格证书的人"),
    # regression fixture, a variant (not real): a grade of the certificates
    ("其中126人获得高级工以上职业资格证书。", "126人", "获得高级工以上职业资格证书的人"),
    # regression fixture, a variant (not real): a licence of a profession
    ("全区共有2600人取得执业医师资格。", "2600人", "取得执业医师资格的人"),
])
def test_verb_of_gaining_stays_in_the_name_of_those_counted(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


def test_verb_of_gaining_before_a_longer_noun_it_describes_still_goes():
    # /work/shared/corpus/national_work_reports/2003.txt: 五年获得国家登记的科技成果14万多项 (the results, counted by
    # the figure; 国家登记的 only says which)
    s = "五年获得国家登记的科技成果14万多项，授予专利权52万件。"
    assert fact(HEAD + s, "14万")["indicator"] == "国家登记的科技成果"


def test_real_model_workers_sentence_keeps_what_they_were_named():
    # /work/shared/corpus/national_work_reports/1983.txt
    s = ("这五年涌现出大批的英雄模范和先进工作者，被评为全国劳动模范和省、市、自治区劳动模范的有三万八千五百多人，"
         "被评为新长征突击手的有四万二千九百多人。")
    f = fact(HEAD + s, "三万八千五百")
    assert f["indicator"].startswith("被评为全国劳动模范和省、市、自治区劳动模范的")
    assert (f["value"], f["qualifier"]) == (38500, "over")


# -- glossary keys of the kind -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "key"), [
    # regression fixture in the form of a district trade union report (not real), modelled on the national reports'
    # 支持工会、共青团、妇联等群团组织参与社会治理 (/work/shared/corpus/national_work_reports/2016.txt)
    ("截至2023年底，全区工会会员总数达28.6万人，其中农民工会员6.2万人。", "28.6万人", "trade_union_members"),
    # regression fixture, a variant (not real)
    ("全区建立基层工会组织1865个，覆盖单位8620家，建会率达92.5%。", "1865个", "grassroots_unions"),
    # regression fixture, a variant (not real)
    ("全区建立基层工会组织1865个，覆盖单位8620家，建会率达92.5%。", "92.5%", "union_establishment_rate"),
    # regression fixture, a variant (not real)
    ("全区共有基层工会组织1865个，覆盖职工28.6万人。", "1865个", "grassroots_unions"),
    # regression fixture, a variant (not real): the flows of the year
    ("新建基层工会126个，新发展会员1.26万人，其中农民工入会8650人。", "126个", "grassroots_unions_set_up"),
    # regression fixture, a variant (not real)
    ("新建基层工会126个，新发展会员1.26万人，其中农民工入会8650人。", "1.26万人", "trade_union_members_recruited"),
    # regression fixture, a variant (not real)
    ("新建基层工会126个，新发展会员1.26万人，其中农民工入会8650人。", "8650人", "migrant_workers_joining_unions"),
    # regression fixture, a variant (not real): the rate and its change
    ("全区职工入会率达到91.2%，比上年提高1.5个百分点。", "91.2%", "union_membership_rate"),
    # regression fixture, a variant (not real), modelled on 关心困难企业职工和离退休困难职工的生活 (1998.txt)
    ("全年累计投入帮扶资金1286万元，帮扶困难职工2865户。", "2865户", "hardship_workers_assisted"),
    # regression fixture, a variant (not real)
    ("元旦春节期间，慰问困难职工1260户。", "1260户", "hardship_workers_visited"),
    # regression fixture, a variant (not real)
    ("新建户外劳动者服务站点36个，累计建成286个。", "36个", "outdoor_worker_stations_built"),
    # regression fixture, a variant (not real)
    ("新建户外劳动者服务站点36个，累计建成286个。", "286个", "outdoor_worker_stations"),
    # regression fixture, a variant (not real)
    ("组织职工疗休养2865人次，投入经费286万元。", "2865人次", "worker_recuperation_trips"),
    # regression fixture, a variant (not real)
    ("全区建成职工之家126个，其中市级模范职工之家18个。", "126个", "worker_homes"),
    # regression fixture, a variant (not real)
    ("建成职工书屋86家，配送图书2.6万册。", "86家", "worker_reading_rooms"),
    # regression fixture, a variant (not real), modelled on 推动企业建立工资集体协商制度 (2008.txt)
    ("全区签订集体合同1265份，覆盖职工12.6万人。", "1265份", "collective_contracts"),
    # regression fixture, a variant (not real)
    ("全区签订集体合同1265份，覆盖职工12.6万人。", "12.6万人", "collective_contract_workers"),
    # regression fixture, a variant (not real)
    ("已建工会企业集体合同覆盖率达到95%以上。", "95%", "collective_contract_coverage_rate"),
    # regression fixture, a variant (not real), modelled on 推进工资集体协商 (2014.txt)
    ("开展工资集体协商的企业865家，工资集体协商覆盖率达92.6%。", "92.6%", "wage_bargaining_coverage_rate"),
    # regression fixture, a variant (not real), modelled on 开展社会主义劳动竞赛 (1978.txt)
    ("组织开展各类劳动竞赛126项，参赛职工2.6万人次。", "126项", "labour_competitions"),
    # regression fixture, a variant (not real)
    ("开展职工技能培训1.2万人次，其中286人取得职业资格证书。", "1.2万人次", "worker_skills_training"),
    # regression fixture, a variant (not real), modelled on 劳动竞赛的中心内容是大搞增产节约 (1978.txt)
    ("全年职工提出合理化建议1865条，采纳实施860条。", "1865条", "worker_proposals"),
    # regression fixture, a variant (not real), modelled on 弘扬劳模精神和工匠精神 (2018.txt)
    ("全区现有劳模创新工作室36家，其中市级8家。", "36家", "model_worker_studios"),
    # regression fixture, a variant (not real)
    ("为职工办理互助保障12.6万人次，赔付金额1286万元。", "12.6万人次", "worker_mutual_insurance"),
    # regression fixture, a variant (not real): the revenue and its growth
    ("全区工会经费收入1.26亿元，同比增长5.6%。", "5.6%", "union_funds_revenue"),
])
def test_glossary_keys_of_the_kind(s, printed, key):
    assert fact(HEAD + s, printed)["indicator_key"] == key


@pytest.mark.parametrize(("name", "key"), [
    ("户外劳动者爱心驿站", "outdoor_worker_stations"),
    ("工资集体协商建制率", "wage_bargaining_coverage_rate"),
    ("在档困难职工家庭", "hardship_workers_on_file"),
    ("工会会员人数", "trade_union_members"),
])
def test_printed_variants_of_the_kind_share_a_key(name, key):
    assert indicator_key(name) == key


@pytest.mark.parametrize("name", [
    # a wider thing is no union statistic: a love station may serve anyone, a condolence payment is any office's
    "爱心驿站", "慰问金", "会员",
])
def test_wider_names_get_no_union_key(name):
    assert indicator_key(name) == ""


def test_a_part_gets_no_key_of_the_whole():
    # regression fixture, a variant (not real): the migrant members are a part of the members, not all of them
    f = facts(HEAD + "截至2023年底，全区工会会员总数达28.6万人，其中农民工会员6.2万人。")
    part = f[f["raw_value"] == "6.2"].iloc[0]
    assert (part["indicator"], part["indicator_key"]) == ("农民工会员", "")
