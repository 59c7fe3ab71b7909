"""An eighth pass of readings of figures in the State Council work reports of 1993–2007, on verbatim sentences.

Each sentence is copied from the report of ``/work/shared/corpus/national_work_reports`` named in the test; each
test states the reading of one figure of it.
"""

from __future__ import annotations

# -- a share of a whole that comes from a part (的60%以上来自国有企业) is named by where it comes from -----------------


def test_a_share_that_comes_from_a_part_is_named_by_the_part(work_reports):
    # 1997: the share of the state's revenue that state firms pay, not the state's revenue itself
    f = work_reports.fact_at(1997, "国家财政收入的６０％以上来自国有企业，有三分之二的城镇职工在国有企业就业，在基础设施、"
                                   "基础工业和高技术产业中，国有企业占绝对优势。", "６０％")
    assert (f["indicator"], f["measure"], f["qualifier"], f["indicator_key"]) == (
        "来自国有企业的国家财政收入", "rate_pct", "at_least", "")


# -- what a measure can bring about (可使, 可为, 可带动) is a forecast of its effect, no goal set -----------------------


def test_what_a_measure_can_bring_about_is_an_estimate(work_reports):
    # 2004: the burden the farmers are spared once the tax is gone, reckoned, not a target
    f = work_reports.fact_at(2004, "除烟叶外，取消农业特产税，每年可使农民减轻负担48亿元。", "48亿元")
    assert (f["indicator"], f["measure"], f["value"], f["status"]) == ("农民负担", "abs_change", -4.8e9, "estimate")


def test_what_a_lower_tax_rate_can_bring_about_is_an_estimate(work_reports):
    # 2004: likewise for this year's cut of the tax rate
    f = work_reports.fact_at(2004, "今年农业税率降低可使农民减轻负担70亿元。", "70亿元")
    assert (f["indicator"], f["status"], f["period"]) == ("农民负担", "estimate", "2004年")


# -- a count of units said to be spared a tax or a fee (免征, 免除, 减半征收) is named by what is said of them ------------


def test_units_spared_a_tax_are_named_by_the_tax_they_are_spared(work_reports):
    # 2005: the counties that pay no farm tax, not a name run into its predicate
    f = work_reports.fact_at(2005, "592个国家扶贫开发工作重点县免征农业税。", "592个")
    assert (f["indicator"], f["measure"], f["unit"]) == ("免征农业税的国家扶贫开发工作重点县", "level", "个")
