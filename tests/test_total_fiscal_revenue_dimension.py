"""The revenue collected in the area for all levels of government, 财政总收入 (大口径财政收入), is a ``total``.

It is the aggregate the district's own revenue is a part of, so it is a total as that part is (地方财政收入, 区级财政收入
→ ``total``); a sector's quantity or a count is not. Each sentence is copied from the report named in its comment.
"""

from __future__ import annotations

import pytest
from _sentences import fact

# 余杭区政府工作报告 (Yuhang, Hangzhou, 2015)
YUHANG_2015 = "完成财政总收入240.78亿元,其中地方财政收入148.8亿元,分别增长20.3%、18%;城镇登记失业率为2.11%。"
# 2015年上海市闵行区国民经济和社会发展统计公报 (Minhang, Shanghai, 2015)
MINHANG_2015 = "全年实现财政总收入627.85亿元,比上年增长8.0%,其中区级财政收入214.40亿元,比上年增长12.0%。"
# Lintao county, fiscal revenue of February 2024 (tests/gold/real/texts/lintao_2024_m2_budget.txt)
LINTAO_2024 = "2月份,全县实现大口径财政收入5682万元,完成预算105425万元的5.39%,较均衡进度慢2.94%,较上年同期减收1816万元,下降24.22%。"


@pytest.mark.parametrize(("text", "printed", "name"), [
    (YUHANG_2015, "240.78亿元", "财政总收入"),
    (YUHANG_2015, "20.3%", "财政总收入"),
    (YUHANG_2015, "148.8亿元", "地方财政收入"),
    (MINHANG_2015, "627.85亿元", "财政总收入"),
    (MINHANG_2015, "8.0%", "财政总收入"),
    (LINTAO_2024, "5682万元", "大口径财政收入"),
    (LINTAO_2024, "24.22%", "大口径财政收入"),
])
def test_total_fiscal_revenue_is_a_total(text: str, printed: str, name: str) -> None:
    f = fact(text, printed)
    assert (f["indicator"], f["dimension"]) == (name, "total")
