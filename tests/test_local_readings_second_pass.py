"""A second reading of figures in district reports, on verbatim sentences of the real excerpts.

Each sentence is copied from a report of ``tests/gold/real/texts`` or ``tests/gold/constructed`` (named in the
comment above it); each test states the name or the period of one figure of it.
"""

from __future__ import annotations

import pytest
from _sentences import fact

# -- a count named by what its clause says of the things counted keeps the verb that opens it (实现, 完成, 提前) ----

HAISHU = "开展拔钉清零净地保供百日攻坚行动,53个地块实现拔钉清零,完成征拆面积193万平方米,新增土地供应4586亩。"
CHAOYANG_2024 = "一般制造业疏解提质等9项任务提前完成年度目标,围挡治理等12项任务完成量排名全市前三。"
CHAOYANG_2020 = "实施商圈改造提升行动,推动三里屯、国贸等5个商圈完成升级改造,力争社会消费品零售总额降幅收窄至10%以内。"
FENGTAI = ("组织网络招聘活动42场，提供岗位1.6万余个，帮扶2135名城乡劳动力实现就业，完成全年任务的55.2%，"
           "城镇调查失业率控制在4.1%以内。")


@pytest.mark.parametrize(("text", "printed", "indicator"), [
    (HAISHU, "53个", "实现拔钉清零的地块"),  # haishu_nb_2023_gwr
    (HAISHU, "193万", "征拆面积"),
    (CHAOYANG_2024, "9项", "提前完成年度目标的任务"),  # chaoyang_2024_h1
    (CHAOYANG_2020, "5个", "完成升级改造的商圈"),  # constructed chaoyang_2020_h1
    (FENGTAI, "2135名", "实现就业的城乡劳动力"),  # constructed fengtai_2020_h1
    (FENGTAI, "55.2%", "实现就业的城乡劳动力"),  # the completion of the count carries its name whole
])
def test_a_count_is_named_by_its_predicate_and_noun(text, printed, indicator):
    assert fact(text, printed)["indicator"] == indicator


# -- a level printed after 比上年同期 is of the same period a year before -------------------------------------------

YONGNING = ("2020年1-6月全城区组织财政收入累计完成146845万元,比上年同期144987万元增收1858万元,增长1.28%"
            "(增幅在全市16县区中排名第五),完成年初预算245800万元的59.74%,收入项目完成情况如下:")


@pytest.mark.parametrize(("printed", "period", "reference"), [
    ("146845万元", "2020年1-6月", ""),  # yongning_2020_h1_budget
    ("144987万元", "2019年1-6月", "prior"),
    ("245800万元", "2020年", "plan"),
])
def test_a_level_compared_with_is_of_the_year_before(printed, period, reference):
    row = fact(YONGNING, printed)
    assert (row["period"], row["reference"]) == (period, reference)

