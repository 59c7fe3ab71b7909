"""Status of figures that state a present or past fact inside a part of a report that plans, or a forecast
in one that reviews, on verbatim sentences of the national work reports.

In a plan part a figure defaults to a target; not so a state the plan starts from: the source of a share
(``国家财政收入的６０％以上来自国有企业``) or a count a clause opens with 有 (``有三分之二的城镇职工在国有企业就业``),
unless what it brings about follows it as a condition (``有6.5%－7%的增速就能够实现比较充分的就业``), and a count
its clause says is done (``１７个项目已经完工投入生产``). A plan named
in the basis a figure is reckoned on (``以第一个五年计划期间的总投资额计算``) sets nothing, and ``还会有`` after a
condition forecasts (``如果不采取有力措施加以解决，１９８１年还会有一百几十亿元的赤字``).
"""

from __future__ import annotations

import pytest
from _sentences import fact, fact_at

PLAN_PART = "一、上半年工作回顾\n上半年，经济运行平稳。\n二、下半年工作安排\n"

# national work report 1997
STATE = "国家财政收入的６０％以上来自国有企业，有三分之二的城镇职工在国有企业就业，在基础设施、基础工业和高技术产业中，国有企业占绝对优势。"


@pytest.mark.parametrize("printed", ["６０％", "三分之二"])
def test_a_state_in_a_plan_part_is_an_outcome(printed):
    assert fact_at(PLAN_PART + STATE, printed)["status"] == "actual"


def test_a_growth_rate_set_as_a_condition_in_a_plan_part_stays_a_target():
    # national work report 2016
    text = PLAN_PART + "稳增长主要是为了保就业、惠民生，有6.5%－7%的增速就能够实现比较充分的就业。"
    assert fact_at(text, "6.5%")["status"] == "target"


def test_a_plan_named_in_the_basis_of_a_reckoning_sets_no_target():
    # national work report 1958
    text = ("但是，以第一个五年计划期间的总投资额计算，非生产性建设的投资比重，仍然占百分之二十三点四；全部非生产性的房屋"
            "建筑面积，就达一亿六千万平方公尺，大体相当于解放前北京市的全部房屋面积的六倍，共用投资一百一十亿元。")
    f = fact(text, "百分之二十三点四")
    assert (f["indicator"], f["status"]) == ("非生产性建设的投资比重", "actual")


def test_what_will_still_be_after_a_condition_is_an_estimate():
    # national work report 1981
    text = ("如果不采取有力措施加以解决，１９８１年还会有一百几十亿元的赤字，那么，几年来人民生活所得到的改善必将丧失，"
            "比例失调的状况将进一步加剧，国家经济生活将发生严重混乱，安定团结的政治局面就难以巩固和发展。")
    assert fact(text, "一百几十亿元")["status"] == "estimate"


# national work report 1956
PROJECTS = ("１９５６年施工的限额以上建设单位共有９６４个，其中本年开始建设的２７１个，继续建设的６９３个；苏联为我国设计的"
            "１５６个重要项目中，除了１７个项目已经完工投入生产，１２个项目已经部分地投入生产以外，本年内开始建设的２２个，"
            "继续建设的１０３个，在本年内可以完工的１１个，可以部分地投入生产的１３个。")


@pytest.mark.parametrize(("printed", "status"), [("１７个", "actual"), ("１２个", "actual"), ("２２个", "target")])
def test_a_count_its_clause_says_is_done_is_an_outcome_in_a_plan_part(printed, status):
    assert fact_at(PLAN_PART + PROJECTS, printed)["status"] == status
