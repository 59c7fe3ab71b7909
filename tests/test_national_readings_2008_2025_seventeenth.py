"""A seventeenth pass over sentences of the State Council government work reports of 2008-2025, read by eye.

Each sentence is copied verbatim from the work-report corpus (the year of the report in the comment);
each test names the rule it pins and asserts the fields a reading found wrong.
"""

from __future__ import annotations

from _sentences import fact

# -- an average per year stays the base when 分别 comes before 实际 (年均分别实际增长) -------------------------------


def test_an_average_per_year_before_respectively_and_real_is_the_base():
    # 2011
    s = ("城镇新增就业5771万人，转移农业劳动力4500万人；城镇居民人均可支配收入和农村居民人均纯收入年均分别实际增长9.7%和8.9%；"
         "覆盖城乡的社会保障体系逐步健全。")
    for printed, name in (("9.7%", "城镇居民人均可支配收入"), ("8.9%", "农村居民人均纯收入")):
        r = fact(s, printed)
        assert (r["indicator"], r["measure"], r["comparator"]) == (name, "change_pct", "年均")
