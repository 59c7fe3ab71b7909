"""The extractor on real sentences: each test quotes a sentence of a published report.

Sources: the excerpts of ``tests/gold/real/texts`` (named by file) and the State Council government work
reports bundled with the package (named by year; ``dh.load_corpus()``).  Each test names the mechanism
it pins (number formats, units, status, subjects …), not the sentence: a rule that passes here must hold
for the genre, and every rule change is checked against the whole work-report corpus.
"""

from __future__ import annotations

import warnings

import pytest

import dhcheng_analysis as dh


def facts(text: str):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return dh.extract_facts(text)


def rows(text: str, *cols: str) -> list[tuple]:
    cols = cols or ("indicator", "measure", "value", "unit")
    f = facts(text)
    return [tuple(r) for r in f[list(cols)].itertuples(index=False)]


def one(text: str, printed: str, *cols: str) -> tuple:
    """The fact whose printed figure starts with ``printed`` (the first occurrence in ``text``)."""
    f = facts(text)
    start = text.index(printed)
    hit = f[(f["start"] <= start) & (f["end"] > start)]
    assert len(hit) == 1, (printed, f[["indicator", "measure", "value", "unit", "start", "end"]])
    cols = cols or ("indicator", "measure", "value", "unit")
    return tuple(hit.iloc[0][list(cols)])


# --------------------------------------------------------------------------- number formats


@pytest.mark.parametrize(("text", "printed", "value", "unit", "qualifier"), [
    # 1959: Chinese numerals with 亿 are figures
    ("工业和手工业总产值达到了一千一百七十亿元，比一九五七年的七百零四亿元增长百分之六十六。", "一千一百七十亿", 1.17e11, "元", "exact"),
    ("工业和手工业总产值达到了一千一百七十亿元，比一九五七年的七百零四亿元增长百分之六十六。", "七百零四亿", 7.04e10, "元", "exact"),
    # 1978: 万 and 亿 groups after the numeral
    ("到一九八五年，粮食产量达到八千亿斤，钢产量六千万吨。", "八千亿", 8e11, "斤", "exact"),
    ("全国大约损失工业总产值一千亿元，钢产量二千八百万吨", "二千八百万", 2.8e7, "吨", "exact"),
    # 1954 (Traditional characters): the whole numeral counts, not its last group
    ("因爲沒有及時向國家申請調撥物資損失二十五億七千多萬元，", "二十五億七千多萬", 2.57e9, "元", "over"),
    ("全國被淹的農田約佔全國農田十分之一即一億六千餘萬畝，", "一億六千餘萬", 1.6e8, "亩", "over"),
    # 1960
    ("从业人员有三万八千多人", "三万八千", 38000, "人", "over"),
    # 1956: full-width thousands groups are one number
    ("１９５５年本年收入合计２７，２０３，３１９，０００元，加上上年结转收入３，１５４，６５７，０００元。", "２７，２０３", 27203319000, "元", "exact"),
    # 1980: ASCII digits, full-width comma
    ("粮食产量33，212万吨，比上年增加2，737万吨。", "33，212", 3.3212e8, "吨", "exact"),
    # 1998: spaced digits and a spaced decimal
    ("1 9 9 7 年国内生产总值达到7 4 7 7 2 亿元，按可比价格计算，平均每年增长1 1 ％。", "7 4 7 7 2", 7.4772e12, "元", "exact"),
    ("二、关于1 9 9 8 年政府工作的建议\n去年经济增长8 ．8 ％，", "8 ．8", 8.8, "%", "exact"),
    # 1999: a middle dot as the decimal point
    ("全年增长19·5％", "19·5", 19.5, "%", "exact"),
    # 2017: the unit after a page break of the web copy (a line break and a zero-width space)
    ("国内生产总值达到74.4\n\u200b\n万亿元，增长6.7%，", "74.4", 7.44e13, "元", "exact"),
    # 2011: a space between the number and its magnitude
    ("国内生产总值达到39.8 万亿元，年均增长11.2%", "39.8", 3.98e13, "元", "exact"),
])
def test_number_formats_of_the_work_reports(text, printed, value, unit, qualifier):
    assert one(text, printed, "value", "unit", "qualifier") == pytest.approx((value, unit, qualifier))


def test_spaced_years_are_years_not_figures():
    # 1998: 本届政府从1 9 9 3 年3 月就职
    f = facts("本届政府从1 9 9 3 年3 月就职，到现在已经五年了。1 9 9 7 年国内生产总值达到7 4 7 7 2 亿元。")
    assert f["value"].tolist() == [7.4772e12]


def test_a_subscript_on_its_own_line_stays_in_the_name():
    # 2014: 广义货币M⏎2⏎增长13.6%; 细颗粒物（PM⏎2.5⏎）
    f = facts("广义货币M\n2\n增长13.6%，符合调控目标。")
    assert f["value"].tolist() == [13.6]
    f = facts("以细颗粒物（PM\n2.5\n）和可吸入颗粒物（PM\n10\n）治理为突破口。")
    assert f.empty


@pytest.mark.parametrize(("text", "printed", "value", "unit"), [
    ("xicheng_m1to5: 城镇登记失业率为2.37 %,同比增加1.17个百分点", "2.37", 2.37, "%"),  # a space before %
    ("xicheng_2018_h1: 同比增长4.1.%", "4.1", 4.1, "%"),  # a stray dot before %
])
def test_a_gap_between_number_and_percent(text, printed, value, unit):
    assert one(text, printed, "value", "unit") == (value, unit)


def test_a_large_chinese_numeral_needs_its_unit():
    # 1955: 我国工业发展的历史比它们落后了一百多年 — no unit word, no figure
    assert facts("我国工业发展的历史比它们落后了一百多年，或者几十年。").empty
    # constructed fixture mixed_units: 十亿元级项目 names a size class
    assert facts("其中十亿元级项目3个。")["value"].tolist() == [3]


# --------------------------------------------------------------------------- units


@pytest.mark.parametrize(("text", "printed", "value", "unit"), [
    ("ruyuan_m1to5: 商品房销售面积4.23万㎡,同比下降12.1%", "4.23", 42300, "平方米"),
    ("2024: 粮食产量1.39万亿斤，", "1.39", 1.39e12, "斤"),
    ("1956: 棉花产量达到３，０３６万担，", "３，０３６", 3.036e7, "担"),
    ("1956: 拖拉机由７７８标准台增加到２，３７７标准台", "７７８", 778, "标准台"),
    ("2016: 平板玻璃7600多万重量箱，", "7600", 7.6e7, "重量箱"),
    ("minhang_2015: 家禽出栏48.93万羽,增长3.5%", "48.93", 489300, "羽"),
    ("1954: 電力一百零八億度，等於一九四九年的二點五倍", "一百零八億", 1.08e10, "度"),
])
def test_units_of_the_genre(text, printed, value, unit):
    assert one(text, printed, "value", "unit") == pytest.approx((value, unit))


def test_an_unknown_unit_word_is_the_unit_and_flagged():
    # a short word right after a number, before a stop, that no list knows: the unit, never the indicator
    f = facts("全年出栏肉驴3.2万驮，同比增长5%。")
    hit = f[f["measure"] == "level"].iloc[0]
    assert (hit["value"], hit["unit"], hit["indicator"]) == (32000, "驮", "出栏肉驴")
    assert "unknown_unit" in hit["flags"]


@pytest.mark.parametrize(("text", "printed", "unit", "indicator"), [
    ("2024: 惠及上千万家庭", "千万", "户", "家庭"),
    ("2024: 个人所得税改革使6600多万纳税人受益", "6600", "人", "纳税人"),
])
def test_a_counted_noun_gives_the_unit(text, printed, unit, indicator):
    got = one(text, printed, "unit", "indicator")
    assert got[0] == unit and got[1].startswith(indicator)
