"""The audit flags real disagreements only: the averages of groups are no parts of the whole's average, a share's
whole is another figure than its part and no smaller than it, and an amount printed in Chinese numerals is
rounded as its Arabic form is."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

import dhcheng_analysis as dh
from dhcheng_analysis import analysis

# national work report 1955 (/work/shared/corpus/national_work_reports/1955.txt), as printed
COTTON = ("根据我们最近得到的材料，上海市在一九五五年上半年第一季度，公私纺织厂每件纱的平均用棉量已降低到三百八十六点一斤，"
          "比全国一九五五年上半年每件纱的计划用棉量降低将近七斤。其中国营棉纺织厂每件纱的平均用棉量为三百八十四点九八斤，"
          "公私合营棉纺织厂每件纱的平均用棉量为三百八十六点六五斤，私营棉纺织厂每件纱的平均用棉量为三百八十七点四二斤。"
          "这种节约用棉的先进经验，应该认真地在各地推广。")
# national work report 1958 (/work/shared/corpus/national_work_reports/1958.txt), as printed
GOODS = "一九五八年供应社会的商品总量，可以达到五百亿元，比上一年增加三十亿元，增长百分之六点五。"
# constructed district reports (tests/gold/constructed: haidian_2022_q3, xicheng_2020_h1, the latter's period 上半年
# printed at its head): regression fixtures only
CITY_SHARE = "全区税收收入完成1865.2亿元,占全市税收的比重为21.4%,比上年同期提高0.7个百分点。"
OTHER_TAX = ("上半年,金融业实现税收312.5亿元,同比增长3.4%,占全区税收的比重达62.8%。金融街区域新引进金融机构34家。"
             "上半年共引进税源企业236户,实现区级税收8.9亿元,挽留重点企业21户。")
# written: the parts of an average (its sources of income) still add up within it
INCOME = "上半年,全区居民人均可支配收入38526元,同比增长3.1%,其中工资性收入24310元,财产净收入3120元。"


def _audit(text: str) -> pd.DataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return dh.audit(text)


def _facts(text: str) -> pd.DataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return dh.extract_facts(text)


def test_the_averages_of_groups_are_no_parts_of_the_whole_average() -> None:
    f = _facts(COTTON)
    # the facts read no group's average as a part of the whole (其中…), and the audit adds none of them up
    assert (f["relation"] == "part").sum() == 0
    a = _audit(COTTON)
    assert not (a["check"] == "parts_within_total").any()


def test_the_parts_of_an_average_still_add_up_within_it() -> None:
    a = _audit(INCOME)
    parts = a[a["check"] == "parts_within_total"]
    assert parts["computed"].tolist() == [24310 + 3120]
    assert parts["verdict"].tolist() == ["consistent"]


def test_an_amount_in_chinese_numerals_is_rounded_to_its_last_digit() -> None:
    # 三十亿 over 五百亿 − 三十亿 is 6.383 %: within the rounding of 三十亿 and 五百亿 (half an 亿 each) of 百分之六点五
    a = _audit(GOODS)
    r = a[a["check"] == "change_vs_abs_change"].iloc[0]
    assert r["verdict"] == "consistent"
    assert r["tolerance"] == pytest.approx(0.05 + 6.383 * (0.5 / 30 + 1 / 470), abs=1e-3)


@pytest.mark.parametrize(("raw", "value", "half"), [
    ("五百亿", 5e10, 5e7), ("三十亿", 3e9, 5e7), ("三百八十六点一", 386.1, 0.05), ("五十六点三万", 563000, 500),
    ("96.9", 9.69e9, 5e6), ("三百八十六", 386, 0.0), ("二亿三千万", 2.3e8, 0.0)])
def test_half_a_unit_of_the_last_digit_printed(raw: str, value: float, half: float) -> None:
    assert analysis.half_unit({"raw_value": raw, "value": value}) == pytest.approx(half)


def test_a_share_of_another_place_is_no_share_of_the_part_itself() -> None:
    # regression fixture: 占全市税收 names the city's tax, which the text does not state
    a = _audit(CITY_SHARE)
    assert not (a["check"] == "share_vs_levels").any()


def test_a_whole_smaller_than_its_part_is_another_quantity_of_the_name() -> None:
    # regression fixture: 区级税收8.9亿元 of the firms brought in is no whole of 金融业's 312.5亿元 of 全区税收
    a = _audit(OTHER_TAX)
    assert not (a["check"] == "share_vs_levels").any()
