"""A count named only by what is done to the things counted before it, across one semicolon.

District reports print a count of things and, after a semicolon, the count of those undone, closed or finished:
新登记市场主体6320户，同比增长9.8%；注销2150户; 新开工项目38个；竣工12个; 清理规范性文件256件；废止12件. The clause
after the semicolon is only the verb (注销, 竣工, 完工, 废止 …) and the figure in the unit of the count before: it names
no noun of its own, so the count is of the same things (注销的市场主体). The rules:

- a count whose clause after ONE semicolon is only a verb done to things and its figure, the first figure of that
  clause, is of the things the clause right before the semicolon counted in the same unit (注销2150户 → 注销的市场主体);
  a part printed after 其中 ends at the semicolon, so the count is of the whole (其中企业4200户；注销2150户 → 注销的
  市场主体);
- never across two semicolons (a clause of other words between opens another topic), never when the clause after
  the semicolon names a noun or a subject of its own (；个体工商户注销2150户; ；注销企业1500户), never in another unit;
- a semicolon followed by a clause of its own words opens another topic, and its figures are read as before
  (；新增就业1.2万人; ；完成投资126亿元; ；办结率99.2%).

The real excerpts and the national reports print this pairing with a comma only (国务院各部门共清理涉外规章和有关政策
规定2300件，废止830件，修订325件。 /work/shared/corpus/national_work_reports/2003.txt; 关停5000万千瓦小火电机组，今年要
关停1000万千瓦 /work/shared/corpus/national_work_reports/2007.txt): no real sentence of theirs has a bare verb and a
figure right after a semicolon, so the semicolon sentences here are regression fixtures modelled on them.
"""

from __future__ import annotations

import pytest
from _sentences import fact

HEAD = "2023年上半年全区经济社会发展情况报告\n一、主要指标运行情况\n"

MARKET = "新登记市场主体6320户，同比增长9.8%；注销2150户。"
MARKET_PART = "新登记市场主体6320户，其中企业4200户；注销2150户。"
PROJECTS = "全区新开工项目38个，完成投资12亿元；竣工12个。"
ENTERPRISES = "新设立企业1200户，同比增长5%；注销350户。"
RULES = "国务院各部门共清理涉外规章和有关政策规定2300件；废止830件。"


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district bulletin (not real), modelled on 国务院各部门共清理涉外规章和有关政策
    # 规定2300件，废止830件 (/work/shared/corpus/national_work_reports/2003.txt)
    (MARKET, "2150户", "注销的市场主体"),
    # regression fixture, a variant (not real): the count before it is printed without its rate
    ("新登记市场主体6320户；注销2150户。", "2150户", "注销的市场主体"),
    # regression fixture, a variant (not real): a part after 其中 ends at the semicolon; the whole's things
    (MARKET_PART, "2150户", "注销的市场主体"),
    # regression fixture, a variant (not real): new enterprises and those deregistered
    (ENTERPRISES, "350户", "注销的企业"),
    # regression fixture, a variant (not real): an amount in another unit between does not part them
    (PROJECTS, "12个", "竣工的项目"),
    # regression fixture in the form of … (not real), modelled on the same sentence of 2003.txt with a semicolon
    (RULES, "830件", "废止的涉外规章和有关政策规定"),
    # regression fixture, a variant (not real), modelled on the same sentence of 2003.txt: documents revoked
    ("清理规范性文件256件；废止12件。", "12件", "废止的规范性文件"),
])
def test_a_bare_verb_after_one_semicolon_counts_the_things_before(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture, a variant (not real): a clause of other words between: two semicolons
    ("新登记市场主体6320户；推进登记便利化改革；注销2150户。", "2150户", "注销"),
    # regression fixture, a variant (not real): the clause after names its own subject
    ("新登记市场主体6320户；个体工商户注销2150户。", "2150户", "个体工商户注销"),
    # regression fixture, a variant (not real): the clause after names its own noun
    ("新登记市场主体6320户；注销企业1500户。", "1500户", "注销企业"),
])
def test_no_crossing_past_two_semicolons_or_a_subject_of_its_own(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture, a variant (not real), modelled on 新增城镇就业 sentences of the reports: another topic
    ("新登记市场主体6320户，同比增长9.8%；新增就业1.2万人。", "1.2万人", "新增就业"),
    # regression fixture, a variant (not real): an amount in another unit is read by the rules of amounts (the
    # investment of the projects counted before), not as a count of them
    ("全区新开工项目38个；完成投资126亿元，同比增长6.5%。", "126亿元", "新开工项目投资"),
    # regression fixture, a variant (not real): a count of another thing in the same unit
    ("完成老旧小区改造45个；新建养老驿站12个。", "12个", "新建养老驿站"),
])
def test_a_clause_of_its_own_words_after_a_semicolon_opens_another_topic(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name
