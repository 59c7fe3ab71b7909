"""What the pages and the workbook show of an area, of a change printed as a bound, and of a derived amount.

* An area is shown in the 万 its report prints it in (105.8万平方米, not 1,058,000平方米), as money and counts are; a
  concentration (微克/立方米) is never scaled.
* A change printed as a bound (增长超1500亿元, 增幅近1/4) is shown with its qualifier wherever it is shown: the
  amount column of the year-on-year table (超+1,500亿元), the headline table's change against another base and the
  overview's line of such changes (比2020年近+25%). A bound change gives no level of its base: 8036亿元 less more
  than 1500亿元 is less than 6536亿元, not 6536亿元; the derived column stays empty.
* A derived amount (a prior level, an annual target) keeps the decimals of the level it is computed from, up to its
  own rounding: from 325.08亿元 a prior level of 301.0亿元, not 301亿元, which reads as a figure counted in whole 亿.

Each sentence is copied from the report named in its comment; the amounts of the derived-decimals test are written.
"""

from __future__ import annotations

import math
import warnings
from pathlib import Path

import pytest
from _built_reports import real_pages
from _real_tables import real_tables

import dhcheng_analysis as dh
from dhcheng_analysis.display import change_note, format_level, level_scale, reader_table, unit_of_others

TEXTS = Path(__file__).parent / "gold" / "real" / "texts"


def _tables(name: str) -> dict:
    """Every table of the real excerpt ``name``, shared with the other modules that read it (read-only)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return real_tables(name)


@pytest.fixture(scope="module")
def xicheng() -> dict:
    # 西城区 2018 1-6月主要经济指标: 截至6月底,西城区房屋施工面积合计105.8万平方米,比去年同期下降27.9%,其中,
    # 本年新开工面积为1.4万平方米,比去年同期下降96.0%;本年新增竣工面积为7.7万平方米。
    return _tables("xicheng_2018_h1_indicators")


@pytest.fixture(scope="module")
def nanshan() -> dict:
    # 数说南山区2023年《政府工作报告》: 实现本地生产总值8036亿元,增长3.3%,相较于2020年增长超1500亿元,
    # 跨越两个千亿级台阶,增幅近1/4。
    return _tables("nanshan_sz_2023_gwr_digest")


def test_an_area_is_shown_in_the_wan_it_is_printed_in(xicheng):
    t = reader_table(xicheng["yoy"], ["indicator", "level", "implied_prior_level"], facts=xicheng["facts"])
    t = t.set_index("指标")
    assert t.loc["房屋施工面积"].tolist() == ["105.8万平方米", "146.7万平方米"]
    assert t.loc["房屋新开工面积", "水平值"] == "1.4万平方米"  # the glossary name of 新开工面积


def test_small_areas_and_concentrations_keep_their_unit():
    assert format_level(30685, "平方米") == "30,685平方米"  # (as printed: 共完成存量违建销账30685平方米)
    assert format_level(17.8, "平方米") == "17.8平方米"
    assert format_level(35000, "微克/立方米") == "35,000微克/立方米"  # written: no 万 for a concentration


def test_an_amount_changed_by_a_bound_keeps_its_qualifier(nanshan):
    yoy = nanshan["yoy"]
    row = yoy[(yoy["measure"] == "abs_change")]
    assert len(row) == 1
    t = reader_table(row, ["indicator", "abs_change", "level", "implied_prior_level"], facts=nanshan["facts"])
    assert t.iloc[0].tolist() == ["地区生产总值", "超+1,500亿元", "8,036亿元", ""]
    assert math.isnan(row["implied_prior_level"].iloc[0])


def test_a_bound_growth_gives_no_prior_level():
    # written: 全年实现税收收入150亿元,增长10%以上。
    t = dh.all_tables(dh.load_report("全年实现税收收入150亿元,增长10%以上。".encode()))
    row = t["yoy"].iloc[0]
    assert (row["qualifier"], row["level"]) == ("at_least", 1.5e10)
    assert math.isnan(row["implied_prior_level"])
    assert t["headline"]["implied_prior_level"].isna().all()


def test_a_change_against_another_base_keeps_its_qualifier(nanshan):
    h = nanshan["headline"].set_index("indicator")
    assert (h.loc["地区生产总值", "change_pct"], h.loc["地区生产总值", "change_qualifier"]) == (25.0, "nearly")
    t = reader_table(nanshan["headline"], ["indicator", "change_pct"], facts=nanshan["facts"]).set_index("指标")
    assert t.loc["地区生产总值", "变化率(%)"] == "近+25%"
    assert change_note(25.0, "2020年", "zh", "nearly") == "比2020年近+25%"
    assert change_note(25.0, "2020年", "zh") == "比2020年+25%"


def test_a_derived_amount_keeps_the_decimals_of_its_level():
    # written: a level of 325.08亿元, up 8.0%, gives a prior level of 301.00亿元
    assert format_level(3.01e10, "元", derived=True, basis=3.2508e10) == "301.0亿元"
    assert format_level(3.01e10, "元", derived=True) == "301亿元"
    # (never more decimals than its own rounding nor than its printed level: 8036亿元 → 6,536亿元; 16.9亿元 → 20.6亿元,
    # formerly 20.58亿元: a level known to 0.1亿 divided by a growth factor is known to about 0.1亿, whatever its size)
    assert format_level(6.536e11, "元", derived=True, basis=8.036e11) == "6,536亿元"
    assert format_level(2.0584e9, "元", derived=True, basis=1.69e9) == "20.6亿元"
    assert unit_of_others(3.01e10, "元", "zh", 1e8, derived=True, basis=3.2508e10) == "301.0亿元"


@pytest.mark.slow
def test_the_pages_say_a_bound_change_as_printed():
    pages = real_pages("nanshan_sz_2023_gwr_digest")
    assert "地区生产总值（比2020年近+25%）" in pages["01"]
    assert "地区生产总值：比2020年近+25%" in pages["02"] and "地区生产总值：比2020年超+1,500亿元" in pages["02"]
    assert "6,536亿元" not in pages["02"]


@pytest.mark.parametrize("value, unit", [(1.46845e9, "元"), (2.458e9, "元"), (41228, "元"), (6.0999e8, "元"),
                                         (1058000, "平方米"), (691372, "人份"), (1.26e14, "元"), (35000, "微克/立方米")])
@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("derived", [False, True])
def test_the_scale_of_an_amount_is_the_one_it_is_shown_in(value, unit, lang, derived):
    # written amounts: the scale level_scale gives is the one format_level shows the amount in
    shown = format_level(value, unit, lang, derived=derived)
    number = float(shown.lstrip("超近约").split(" ")[0].rstrip(unit).rstrip("万亿").replace(",", ""))
    assert level_scale(value, unit, lang, derived=derived) == pytest.approx(10.0 ** round(math.log10(value / number)))
