"""The span of years a plan part says a task takes: 用三年时间 (用两年时间, 用三年左右的时间) and 今明两年 are
times ahead, as 今后三年 is. A target that prints no period of its own under them is of the years from the year
planned on (争取用三年时间，解决750万户城市低收入住房困难家庭…的住房问题 in 2009 → ``2009-2011年``), and a level it
reaches is of the span's last year (用两年时间将筹资标准由每人每年50元提高到100元 in 2008 → ``2009年``: 每人每年 is
the basis of the level, no sum over the years). A growth a year over such a span is a change over it, as
每年要增长百分之四到五 over 八年间 is. 用 heads the span only when 时间 follows it (not 使用三年, 费用三年…).
Sentences are copied verbatim from the State Council work reports (the year of the report in the comment).
"""

from __future__ import annotations

import pytest
from _sentences import fact


@pytest.mark.parametrize(("year", "phrase", "printed", "period"), [
    # 2009, the plan part: the households whose housing the three years provide
    (2009, "争取用三年时间，解决750万户城市低收入住房困难家庭和240万户", "750万户", "2009-2011年"),
    (2009, "争取用三年时间，解决750万户城市低收入住房困难家庭和240万户", "240万户", "2009-2011年"),
    # 2008, the plan part: the cities over the two years
    (2008, "力争用两年时间在36个大城市率先实现污水的全部收集和处理", "36个", "2008-2009年"),
    # 2008, the plan part: a level reached at the end of the two years, per person per year its basis
    (2008, "用两年时间将筹资标准由每人每年50元提高到100元", "100元", "2009年"),
    (2008, "其中中央和地方财政对参合农民的补助标准由40元提高到80元", "80元", "2009年"),
    # 2019, the plan part: 今明两年
    (2019, "今明两年要解决好饮水困难人口的饮水安全问题，提高6000万农村人口供水保障水平", "6000万", "2019-2020年"),
])
def test_a_span_a_plan_takes_is_the_period_of_its_targets(work_reports, year, phrase, printed, period):
    f = work_reports.fact_at(year, phrase, printed)
    assert (f["status"], f["period"]) == ("target", period)


def test_a_growth_each_year_of_this_year_and_the_next_is_over_both(work_reports):
    # 2009, the plan part
    f = work_reports.fact_at(2009, "今明两年继续提高企业退休人员基本养老金，人均每年增长10%左右", "10%")
    assert (f["measure"], f["status"], f["period"], f["qualifier"]) == ("change_pct", "target", "2009-2010年", "about")
    assert "multi_year" in f["flags"]


@pytest.mark.parametrize(("text", "printed", "name"), [
    ("今明两年企业退休人员基本养老金每年增长10%左右。", "10%", "企业退休人员基本养老金"),
    ("今明两年新增就业岗位每年增长5%。", "5%", "新增就业岗位"),
    ("今明两年企业退休人员基本养老金提高到2000元。", "2000元", "企业退休人员基本养老金"),
])
def test_this_year_and_the_next_is_no_part_of_a_name_fixture(text, printed, name):
    # written regression fixtures: 今明两年 heads a name as 今后两年 does, and goes as it does
    f = fact("2021年政府工作报告\n\n二、2021年工作安排\n\n" + text + "\n", printed)
    assert f["indicator"] == name
