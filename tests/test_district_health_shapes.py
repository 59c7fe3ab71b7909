"""Figures of the health work report and of the health statistical bulletin, as district and county offices print them.

They count medical institutions by kind (医院32家，其中三级医院8家), beds (实有床位, 每千常住人口床位数), health workers
(卫生技术人员, 执业（助理）医师, 注册护士), visits (总诊疗人次, 门急诊人次, 出院人数), the bed occupancy rate and the average
stay (病床使用率, 平均住院日), life expectancy and the mortality of infants, mothers and children (‰, 1/10万), and the rate
of residents contracted with a family doctor. The rules:

- a list of counts per people (每千常住人口卫生技术人员22.3人，执业（助理）医师8.96人) is per them item by item, after a
  comma too when the clause prints the bare name (拥有 at the most before it) and a fraction; a whole count or one in
  万 after it is a count of all;
- a clause naming a body alone (民营医院68.3%) after a body's quantity (公立医院病床使用率91.2%) is of the same quantity,
  when the two names end with the same body word (医院, 企业) and the figure counts no bodies;
- a count of bodies followed by 共有 or 拥有 (21个社区卫生服务中心共有床位685张) counts the bodies, and what they have is
  theirs (社区卫生服务中心床位);
- an adverb before the change verb of a list's clause (婴儿死亡率和孕产妇死亡率明显下降，分别为…) ends the list's items;
- a rate in hundred thousandths printed in words (孕产妇死亡率为十万分之十二点五) is read as 万分之 and 千分之 are, in the
  unit of 1/10万 the bulletins print it in, and a map's scale (五十万分之一, 十万分之一的地形图, 比例尺为十万分之一) is no such rate;
- 床日 (bed-days) is a unit; the standard statistics of health take their glossary keys (the mortality of infants and
  mothers, per births, the life expectancy of the registered residents alone and a group's rate printed bare,
  重点人群签约率, stay unkeyed with the near names).

Sentences written in the form of district reports, not real, are marked as regression fixtures; the real ones are
quoted with the file they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

import dhcheng_analysis as dh

HEAD = "一、2023年卫生健康事业发展情况\n"


# -- a list of counts per people ------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "key"), [
    # regression fixture in the form of a district health statistical bulletin (not real), modelled on the national
    # report's 专业卫生技术人员由二百四十六万四千人增加到三百一十四万三千人 (/work/shared/corpus/national_work_reports/1983.txt)
    ("每千常住人口卫生技术人员22.3人，执业（助理）医师8.96人，注册护士10.15人。", "8.96人",
     "每千常住人口执业（助理）医师", "doctors_per_1000"),
    # regression fixture, a variant (not real): the last item
    ("每千常住人口卫生技术人员22.3人，执业（助理）医师8.96人，注册护士10.15人。", "10.15人",
     "每千常住人口注册护士", "nurses_per_1000"),
    # regression fixture, a variant (not real): 拥有 opening each item
    ("全区每千常住人口拥有医疗卫生机构床位6.8张，拥有执业（助理）医师3.2人，拥有注册护士3.6人。", "3.2人",
     "每千常住人口拥有执业（助理）医师", "doctors_per_1000"),
    # regression fixture, a variant (not real): the first item, its key
    ("每千常住人口卫生技术人员22.3人，执业（助理）医师8.96人。", "22.3人", "每千常住人口卫生技术人员",
     "health_technicians_per_1000"),
])
def test_counts_per_people_listed_after_a_comma(s, printed, name, key):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["indicator_key"]) == (name, key)


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture, a variant (not real): a whole count of all after the figure per people
    ("每千常住人口床位数6.5张，医院32家。", "32家", "医院"),
    # regression fixture, a variant (not real): a count in 万 is of all
    ("每千常住人口床位数6.5张，卫生技术人员3.2万人。", "3.2万人", "卫生技术人员"),
    # regression fixture, a variant (not real): a clause with its own scope word names its own thing
    ("全区每千人口执业医师2.5人，全区医院床位3200张。", "3200张", "医院床位"),
    # regression fixture, a variant (not real): a count with a basis of its own (日均) is per day, not per people
    ("每千人口床位5.6张，医师日均担负诊疗8.5人次。", "8.5人次", "医师日均担负诊疗"),
    # regression fixture, a variant (not real): bed days a doctor bears each day
    ("全区每千常住人口医疗卫生机构床位6.5张，医师日均担负住院床日2.1床日。", "2.1床日", "医师日均担负住院床日"),
    # regression fixture, a variant (not real): a rate is no count per people
    ("每千人口执业医师3.2人，孕产妇死亡率5.6人。", "5.6人", "孕产妇死亡率"),
])
def test_counts_of_all_after_counts_per_people(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- a body named alone after a body's quantity ---------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district health statistical bulletin (not real), modelled on the national
    # report's 卫生部系统的医院病床数，比上一年增长百分之十一点七 (/work/shared/corpus/national_work_reports/1958.txt)
    ("其中，公立医院病床使用率91.2%，民营医院68.3%。", "68.3%", "民营医院病床使用率"),
    # regression fixture, a variant (not real): 为 before the figure
    ("公立医院病床使用率91.2%，民营医院为68.3%。", "68.3%", "民营医院病床使用率"),
    # regression fixture, a variant (not real): the average stay in days
    ("全区三级医院平均住院日7.2天，二级医院8.5天。", "8.5天", "二级医院平均住院日"),
    # regression fixture, a variant (not real): firms, a growth
    ("国有企业营业收入增长5%，民营企业增长8%。", "8%", "民营企业营业收入"),
    # regression fixture, a variant (not real): a class of hospitals by the level of government running them
    ("公立医院病床使用率为85.2%，县级医院为70.1%。", "70.1%", "县级医院病床使用率"),
    # regression fixture, a variant (not real): a class of firms by certification
    ("规上工业企业利润率为5.1%，高新技术企业为6.2%。", "6.2%", "高新技术企业利润率"),
])
def test_body_alone_takes_the_quantity_before(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture, a variant (not real): a count of the bodies is of them
    ("全区医院32家，民营医院12家。", "12家", "民营医院"),
    # regression fixture, a variant (not real): the grades counted, no quantity after the body
    ("医院中，三级医院8家，二级医院11家。", "11家", "二级医院"),
    # regression fixture, a variant (not real): firms in a state of their own (亏损) are counted, no profit of theirs
    ("全区规上工业企业利润总额增长12.5%，亏损企业减少8.3%。", "8.3%", "亏损企业"),
    # regression fixture, a variant (not real): firms newly registered are counted
    ("全区规上工业企业营业收入增长12.5%，新登记企业增长8.3%。", "8.3%", "新登记企业"),
    # regression fixture, a variant (not real): firms newly recognised, the whole body word shared
    ("高新技术企业营业收入增长15%，新认定高新技术企业增长20%。", "20%", "新认定高新技术企业"),
])
def test_body_counted_alone_stays_itself(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


@pytest.mark.parametrize(("s", "names"), [
    # regression fixture in the form of a district health statistical bulletin (not real), modelled on the national
    # report's 改造和新建1.88万所乡镇卫生院、786所县医院 (/work/shared/corpus/national_work_reports/2008.txt): bodies the
    # glossary counts (医院, 三级医院) still own the quantity a list of them prints once
    ("全区医院、社区卫生服务中心诊疗人次分别为800万人次和300万人次。", ["医院诊疗人次", "社区卫生服务中心诊疗人次"]),
    # regression fixture, a variant (not real): grades of hospitals
    ("全区三级医院、二级医院病床使用率分别为85.2%和76.1%。", ["三级医院病床使用率", "二级医院病床使用率"]),
])
def test_bodies_counted_by_the_glossary_share_a_lists_quantity(s, names):
    assert dh.extract_facts(dh.load_report(HEAD + s))["indicator"].tolist() == names


# -- 共有 after a count of bodies ----------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district health statistical bulletin (not real), modelled on the national
    # report's 全国建立了2.4万多个社区卫生服务机构 (/work/shared/corpus/national_work_reports/2008.txt)
    ("全区21个社区卫生服务中心共有床位685张，卫生人员3562人。", "21个", "社区卫生服务中心"),
    # regression fixture, a variant (not real): the beds they have
    ("全区21个社区卫生服务中心共有床位685张，卫生人员3562人。", "685张", "社区卫生服务中心床位"),
    # regression fixture, a variant (not real): 拥有
    ("全区21个社区卫生服务中心拥有床位685张。", "685张", "社区卫生服务中心床位"),
    # regression fixture, a variant (not real): streets
    ("全区15个街道共有社区卫生服务站142个。", "15个", "街道"),
    # regression fixture, a variant (not real): 共有产权 (shared ownership) is a name, no 共有 of the streets
    ("全区3个街道共有产权住房1200套。", "1200套", "街道共有产权住房"),
])
def test_count_of_bodies_before_gongyou(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- an adverb before a list's change verb --------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "key"), [
    # regression fixture in the form of a district health work report (not real), modelled on the national report's
    # 婴儿死亡率和孕产妇死亡率明显下降 (/work/shared/corpus/national_work_reports/2008.txt)
    ("全区婴儿死亡率和孕产妇死亡率明显下降，分别为1.5‰和6.2/10万。", "6.2/10万", "孕产妇死亡率", ""),
    # regression fixture, a variant (not real): the first item
    ("全区婴儿死亡率和孕产妇死亡率明显下降，分别为1.5‰和6.2/10万。", "1.5‰", "婴儿死亡率", ""),
    # regression fixture, a variant (not real): 显著增长
    ("全区社区卫生服务中心诊疗人次和出院人数显著增长，分别为150万人次和2万人。", "2万人", "出院人数",
     "hospital_discharges"),
    # regression fixture, a variant (not real): 稳步增长, the last item a name the adverb would otherwise end
    ("全区门诊人次和住院人次稳步增长，分别为150万人次和2万人次。", "2万人次", "住院人次", ""),
])
def test_adverb_before_change_verb_ends_list_items(s, printed, name, key):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["indicator_key"]) == (name, key)


# -- 床日 and the keys of the standard statistics of health ---------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "value", "name"), [
    # regression fixture in the form of a district health statistical bulletin (not real), modelled on the national
    # reports' rates per mille in words (人口自然增长率…由千分之二十九降到千分之六点一, /work/shared/corpus/
    # national_work_reports/1979.txt)
    ("全区孕产妇死亡率为十万分之十二点五，婴儿死亡率为千分之二点一。", "十万分之十二点五", 12.5, "孕产妇死亡率"),
    # regression fixture, a variant (not real): a cap of the rate
    ("甲类传染病发病率控制在十万分之五以内。", "十万分之五", 5.0, "甲类传染病发病率"),
])
def test_rate_in_hundred_thousandths_in_words(s, printed, value, name):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["value"], f["unit"], f["measure"]) == (name, value, "1/10万", "rate_pct")


@pytest.mark.parametrize("s", [
    # regression fixture (not real): 五十万分之一 is a map's scale, no rate in hundred thousandths
    "全区地形图比例尺为五十万分之一。",
    # regression fixture (not real): one part in a hundred thousand before a map named is its scale
    "全区测绘十万分之一的地形图3幅。",
    # regression fixture (not real): so is one the scale is said to be
    "地形图比例尺为十万分之一，共8幅。",
])
def test_a_maps_scale_is_no_rate(s):
    assert "1/10万" not in set(facts(HEAD + s)["unit"].astype(str))


def test_bed_days_unit():
    # regression fixture in the form of a district health statistical bulletin (not real): the doctors' daily load
    f = fact(HEAD + "医师日均担负诊疗8.2人次和住院1.9床日。", "1.9床日")
    assert (f["unit"], f["value"]) == ("床日", 1.9)


@pytest.mark.parametrize(("s", "printed", "key"), [
    # regression fixture in the form of a district health statistical bulletin (not real), modelled on the national
    # report's 全国医院床位由一百八十五万六千张增加到二百零五万四千张 (/work/shared/corpus/national_work_reports/1983.txt)
    ("2023年末，全区医疗卫生机构实有床位14528张，比上年增加536张。", "14528张", "health_institution_beds"),
    # regression fixture, a variant (not real): the visits
    ("2023年，全区医疗卫生机构总诊疗人次达2856.3万人次，比上年增长18.6%。", "2856.3万人次", "medical_visits"),
    # regression fixture, a variant (not real): the outpatient and emergency visits
    ("全年全区医疗机构门急诊量1865.4万人次，同比增长16.8%。", "1865.4万人次", "outpatient_emergency_visits"),
    # regression fixture, a variant (not real): admissions
    ("全区医疗卫生机构入院人数56.8万人，比上年增长21.3%。", "56.8万人", "hospital_admissions"),
    # regression fixture, a variant (not real): the hospitals' bed occupancy
    ("2023年，全区医院病床使用率为86.5%，比上年提高5.2个百分点。", "86.5%", "hospital_bed_occupancy_rate"),
    # regression fixture, a variant (not real): the bed occupancy of all
    ("区属医院病床使用率82.4%，平均住院日8.3天。", "8.3天", "average_length_of_stay"),
    # regression fixture in the form of a district health work report (not real), modelled on the national report's
    # 人均期望寿命2002年达71.8岁 (/work/shared/corpus/national_work_reports/2003.txt)
    ("2023年全区人均预期寿命达到83.6岁，比2018年提高1.2岁。", "83.6岁", "life_expectancy"),
    # regression fixture, a variant (not real): health literacy
    ("全区居民健康素养水平达到42.8%，较上年提高3.1个百分点。", "42.8%", "health_literacy_rate"),
    # regression fixture, a variant (not real): priority groups contracted with a family doctor
    ("家庭医生签约服务覆盖率达到42.6%，重点人群家庭医生签约率达到85.3%。", "85.3%",
     "family_doctor_priority_contract_rate"),
    # regression fixture, a variant (not real): general practitioners per ten thousand people
    ("培养全科医生120名，每万人口全科医生数达到3.8人。", "3.8人", "gps_per_10000"),
    # regression fixture, a variant (not real): hospitals and their grade
    ("全区共有医院32家，其中三级医院8家。", "8家", "tertiary_hospitals"),
    # regression fixture, a variant (not real): primary health care institutions
    ("其中：医院32家，基层医疗卫生机构536家。", "536家", "primary_health_institutions"),
    # regression fixture in the form of a district medical insurance report (not real), modelled on the national
    # report's 城镇职工基本医疗保险参保人数达到1.8亿人 (/work/shared/corpus/national_work_reports/2008.txt)
    ("职工基本医疗保险参保人数增加2.3万人。", "2.3万人", "urban_employee_medical_insured"),
])
def test_health_statistics_keys(s, printed, key):
    assert fact(HEAD + s, printed)["indicator_key"] == key


def test_key_tables_of_a_health_bulletin():
    # regression fixture in the form of a district health statistical bulletin (not real): the one completion figure is
    # of the visits, no tax row is read from it, and the counts per people keep their keys apart from the counts of all
    text = (HEAD + "2023年末，全区医疗卫生机构实有床位14528张，比上年增加536张，增长3.8%。"
            "每千常住人口卫生技术人员22.3人，执业（助理）医师8.96人，注册护士10.15人。"
            "全区卫生技术人员2.86万人，执业（助理）医师1.26万人。"
            "全区医院门急诊人次1256.3万人次，同比增长8.5%，完成全年目标的105.3%。")
    report = dh.load_report(text)
    assert dh.target_completion(report)["indicator"].tolist() == ["医院门急诊人次"]
    assert dh.tax_declines(report).empty
    facts = dh.extract_facts(report)
    keys = facts.set_index("raw_value")["indicator_key"]
    assert (keys["8.96"], keys["1.26"]) == ("doctors_per_1000", "licensed_doctors")
