"""Shares of the persons or units a verb reaches, and counts of units whose work follows a 的.

A share printed before 的 and the units of a set is named by what reaches them, as a count of persons is: with no
subject of its own after a clause, by the verb (覆盖80%以上的大城市 → 覆盖的大城市), by the payment per head the clause
before states (提供助学金，每人每年1500元，惠及90%的在校生 → 助学金惠及的在校生), and by the money the clause before
pays out when that is what reaches them (发放消费券2000万元，惠及30%的居民 → 消费券惠及的居民); the units of such a
set are words for persons and places as much as for firms and counties (在校生, 居民, 群众, 残疾人, 老年人, 社区,
行政村). A count before 的 and a few words of the work done on the things counted, ending with a frame noun (工作,
任务) or a work word (整治, 改造), counts the things, not the work (7700多项…国家标准的制定修订工作 → …国家标准);
an area or a length before such work is the work's size, and the work stays in its name. Each test is a sentence
copied from the report named in its comment, or says it is written.
"""

from __future__ import annotations

import pytest
from _sentences import fact

S2009 = ("国家助学制度进一步完善，中央财政投入223亿元，地方财政也加大投入，资助学生超过2000万人；"
         "向中等职业学校中来自城市经济困难家庭和农村的学生提供助学金，每人每年1500元，惠及90%的在校生。")
S2016 = ("加强重大基础设施建设，高铁营业里程达到3万公里、覆盖80%以上的大城市，新建改建高速公路通车里程约3万公里，"
         "实现城乡宽带网络全覆盖。")
S1964 = ("我们从来相信，占人口百分之九十五以上的人民群众是要革命的，是要社会主义的，或者是可以勉强跟着走的，"
         "是坚决拥护或者是可以勉强拥护我们党所制定的符合全国人民根本利益的路线和政策的。")
S2008 = ("今年要完成7700多项食品、药品和其他消费品安全国家标准的制定修订工作，健全食品、药品和其他消费品安全标准体系；"
         "食品、消费品安全性能要求及其检测方法标准，都要采用国际标准。")
S1955 = ("在第一个五年计划期间，应该积极地进行宜耕荒地的调查和勘察，完成一亿亩以上荒地的勘察工作，"
         "至少完成四千万亩到五千万亩荒地开垦的规划设计工作，为第二个五年计划大规模地开垦荒地做好准备。")
# written: a share reached by the money the clause before pays out, and a count of units whose work follows a 的
W_MONEY = "发放消费券2000万元，惠及30%的居民。"
W_PAID = "向困难群众发放一次性生活补助，惠及90%的残疾人。"
W_WORK = "上半年完成12个老旧小区的综合整治工作。"
W_TASK = "今年完成5个社区的改造任务。"


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 2009: the students the grant reaches, not the students alone
    (S2009, "90%", "助学金惠及的在校生"),
    # national work report 2016: the verb that reaches the cities, as before
    (S2016, "80%", "覆盖的大城市"),
    # national work report 1964: the masses the share is of, not the 占人口 before it
    (S1964, "百分之九十五", "人民群众"),
    # written
    (W_MONEY, "30%", "消费券惠及的居民"),
    (W_PAID, "90%", "一次性生活补助惠及的残疾人"),
])
def test_a_share_reached_is_named_by_what_reaches_it(text, printed, name):
    row = fact(text, printed)
    assert row["indicator"] == name
    assert row["measure"] == "rate_pct"


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 2008: the standards counted, not the drafting of them
    (S2008, "7700", "食品、药品和其他消费品安全国家标准"),
    # written
    (W_WORK, "12", "老旧小区"),
    (W_TASK, "5", "社区"),
])
def test_a_count_before_the_work_on_it_counts_the_things(text, printed, name):
    assert fact(text, printed)["indicator"] == name


def test_an_area_before_the_work_keeps_the_work():
    # national work report 1955: the area is the size of the planning work, which stays in the name
    assert fact(S1955, "四千万亩")["indicator"] == "荒地开垦的规划设计工作"

