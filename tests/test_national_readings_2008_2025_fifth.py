"""A fifth pass over sentences of the State Council government work reports of 2008-2025, read by eye.

Each sentence is copied verbatim from the work-report corpus (the year of the report named in the test); each test
names the rule it pins and asserts the fields a reading found wrong.
"""

from __future__ import annotations

# -- 已 of a modifier (落实已出台的…政策) says what was done before, and holds only in its clause ------------------------


def test_a_modifier_done_before_does_not_make_a_later_clause_an_outcome(work_reports):
    # 2009, in the tasks of the year: the fees to be cut are this year's plan, the burden eased is what 初步测算 reckons
    s = ("初步测算，今年全面实施增值税转型，落实已出台的中小企业、房地产和证券交易相关税收优惠以及出口退税等方面政策，"
         "加上取消和停征100项行政事业性收费，可减轻企业和居民负担约5000亿元。")
    fees = work_reports.fact_at(2009, s, "100项")
    burden = work_reports.fact_at(2009, s, "5000亿元")
    assert (fees["indicator"], fees["status"]) == ("取消和停征行政事业性收费", "target")
    assert (burden["measure"], burden["qualifier"], burden["status"]) == ("abs_change", "about", "estimate")


def test_a_head_done_before_a_colon_still_governs_its_items(work_reports):
    # 2000, in the review: 已建成的主要有：… heads every item of its list
    s = "已建成的主要有：加固大江大河大湖堤防近6100公里；新增公路通车里程1．2万公里"
    assert work_reports.fact_at(2000, s, "6100公里")["status"] == "actual"
    assert work_reports.fact_at(2000, s, "1．2万公里")["status"] == "actual"


# -- the portion an amount bounds (不到100万元的部分) is a bracket a relief applies to: its bound is no figure, as the
#    bound of a size class is not (test_no_figure_shapes) ------------------------------------------------------------


def test_the_bound_of_a_tax_bracket_is_no_figure(work_reports):
    # 2021
    s = "对小微企业和个体工商户年应纳税所得额不到100万元的部分，在现行优惠政策基础上，再减半征收所得税。"
    report, f = work_reports[2021]
    at = report.text.index(s) + s.index("100万元")
    assert not ((f["start"] <= at) & (f["end"] > at)).any()


# -- a share opening its clause and put to a use (一半用于大病保险) is named by the use, 的 and the whole (the 2008
#    transfers, 87%用于支持中西部地区, in test_known_readings_shares) ----------------------------------------------


def test_half_of_a_raise_put_to_a_use_is_named_by_the_use(work_reports):
    # 2019: half of the 30元 added, so the whole is the addition (增加额), not the standard
    s = "继续提高城乡居民基本医保和大病保险保障水平，居民医保人均财政补助标准增加30元，一半用于大病保险。"
    raise_ = work_reports.fact_at(2019, s, "30元")
    half = work_reports.fact_at(2019, s, "一半")
    assert (raise_["indicator"], raise_["measure"]) == ("居民医保人均财政补助标准", "abs_change")
    assert (half["indicator"], half["measure"], half["status"]) == (
        "用于大病保险的居民医保人均财政补助标准增加额", "rate_pct", "target")
