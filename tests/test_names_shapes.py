"""Indicator names on real sentences: who collects or spends an amount, a bulletin chapter heading run into
its first sentence, a change verb with its object, a span of time passed.

Each test quotes a published sentence: the excerpts of ``tests/gold/real/texts`` (named by file) or the
State Council government work reports of the shared corpus (named by year).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _real_tables import real_facts
from _sentences import facts

from dhcheng_analysis.vocab import extractor_cues

REAL = Path(__file__).parent / "gold" / "real" / "texts"


def by_printed(text: str) -> dict[str, list[tuple]]:
    """indicator, measure, value, unit of every fact, by its printed figure."""
    out: dict[str, list[tuple]] = {}
    for r in facts(text).itertuples():
        out.setdefault(r.raw_value, []).append((r.indicator, r.measure, r.value, r.unit))
    return out


# -- who collects or spends is never the whole name ------------------------------------------------------

# lintao_2024_m2_budget
LINTAO = ("1-2月,全县实现大口径财政收入17056万元,完成预算的16.18%,较均衡进度慢0.48%,较上年同期增收2113万元,"
          "增长14.14%。从收入结构看:税收收入15348万元,占收入的89.99%,同比增收1316万元,增长9.38%;非税收入1708万元,"
          "占收入的10.01%,同比增收797万元,增长87.49%。从征收部门看:税务部门完成16396万元,占收入的96.13%,同比增收"
          "1881万元,增长12.96%;财政部门完成660万元,占收入的3.87%,同比增收232万元,增长54.21%。从层级看:上划中央收入"
          "7716万元,占收入的45.24%,同比增收1417万元,增长22.5%;")


def test_a_collecting_office_names_the_revenue_of_the_total_it_breaks_down():
    got = by_printed(LINTAO)
    assert got["16396"] == [("税务部门收入", "level", 163960000.0, "元")]
    assert got["96.13"] == [("税务部门收入", "rate_pct", 96.13, "%")]
    assert got["1881"] == [("税务部门收入", "abs_change", 18810000.0, "元")]
    assert got["12.96"] == [("税务部门收入", "yoy_pct", 12.96, "%")]
    assert got["660"] == [("财政部门收入", "level", 6600000.0, "元")]
    assert got["232"] == [("财政部门收入", "abs_change", 2320000.0, "元")]
    # the breakdowns that name their own items keep them; 增收 of a revenue stays its change
    assert got["7716"] == [("上划中央收入", "level", 77160000.0, "元")]
    assert got["1316"] == [("税收收入", "abs_change", 13160000.0, "元")]
    assert got["2113"] == [("大口径财政收入", "abs_change", 21130000.0, "元")]


def test_the_quantity_an_office_completes_is_read_from_the_total_before_the_breakdown():
    # a sentence written for the test (regression fixture): a breakdown of spending, not of revenue
    got = by_printed("1-2月,全县一般公共预算支出5000万元,增长3%。从支出部门看:财政部门完成300万元,占支出的6%。")
    assert [r[0] for r in got["300"]] == ["财政部门支出"]


def test_no_name_of_the_real_excerpts_is_only_an_actor():
    actors = set(extractor_cues().actor_words)
    for path in sorted(REAL.glob("*.txt")):
        names = set(real_facts(path)["indicator"])
        assert not names & actors, path.name


@pytest.mark.parametrize(
    ("text", "printed", "indicator"),
    [
        # 2006: the verb names what is spent, the purpose opening the sentence what it is spent on
        ("为保证基层政权正常运转和农村义务教育的需要，从今年起，国家财政将每年安排支出1030多亿元，其中中央财政转移"
         "支付每年将达到780多亿元，地方财政每年将安排支出250多亿元。", "1030",
         "保证基层政权正常运转和农村义务教育的国家财政安排支出"),
        ("为保证基层政权正常运转和农村义务教育的需要，从今年起，国家财政将每年安排支出1030多亿元，其中中央财政转移"
         "支付每年将达到780多亿元，地方财政每年将安排支出250多亿元。", "250",
         "保证基层政权正常运转和农村义务教育的地方财政安排支出"),
        # 2008: a verb that names no noun spends funds, for the use after them; the change after it is of the same amount
        ("今年中央财政将安排832亿元，比上年增加167亿元，支持卫生事业改革和发展，重点向农村和基层倾斜。", "832",
         "支持卫生事业改革和发展的中央财政安排资金"),
        ("今年中央财政将安排832亿元，比上年增加167亿元，支持卫生事业改革和发展，重点向农村和基层倾斜。", "167",
         "支持卫生事业改革和发展的中央财政安排资金"),
        # 1982: the noun after the amount names it with the budget paying it and the use after it, and the change of it
        ("这五年内，除了国家每年增加对这些地区的财政补贴以外，国家财政还将拨出二十五亿元专项资金，用于支援这些地区的"
         "建设，比第五个五年计划期间增加二十二亿元。", "二十五亿", "用于支援这些地区的建设的国家财政专项资金"),
        ("这五年内，除了国家每年增加对这些地区的财政补贴以外，国家财政还将拨出二十五亿元专项资金，用于支援这些地区的"
         "建设，比第五个五年计划期间增加二十二亿元。", "二十二亿", "用于支援这些地区的建设的国家财政专项资金"),
        # 2004: 投入 named as the subject of a change stays the name
        ("今年中央财政投入增加300亿元以上，比上年增长20%以上。", "300", "中央财政投入"),
        ("今年中央财政投入增加300亿元以上，比上年增长20%以上。", "20", "中央财政投入"),
        # 2009: the noun after the amount names it, with the budget paying it (中央财政的400亿元补贴资金)
        ("做好“家电下乡”、“农机下乡”、“汽车、摩托车下乡”等工作，把中央财政的400亿元补贴资金用好用活，使企业增加销售、"
         "农民得到实惠。", "400", "中央财政补贴资金"),
    ],
)
def test_a_spending_actor_is_named_with_its_verb_or_the_noun_after_the_amount(text, printed, indicator):
    assert [r[0] for r in by_printed(text)[printed]] == [indicator]


# -- a bulletin chapter heading run into its first sentence ---------------------------------------------

@pytest.mark.parametrize(
    ("text", "printed", "indicator"),
    [
        # minhang_sh_2015_bulletin
        ("人民生活持续改善。一、综合全年实现地区生产总值1964.71亿元,比上年增长6.6%。", "1964.71", "地区生产总值"),
        ("人民生活持续改善。一、综合全年实现地区生产总值1964.71亿元,比上年增长6.6%。", "6.6", "地区生产总值"),
        ("亿元以上新开工项目26个,完成投资33.30亿元。二、农业全年实现农业总产值3.64亿元,比上年下降0.8%。", "3.64",
         "农业总产值"),
        ("亿元以上新开工项目26个,完成投资33.30亿元。二、农业全年实现农业总产值3.64亿元,比上年下降0.8%。", "0.8",
         "农业总产值"),
    ],
)
def test_a_chapter_heading_and_its_frame_words_are_no_part_of_the_name(text, printed, indicator):
    assert [r[0] for r in by_printed(text)[printed]] == [indicator]


def test_the_chapter_headings_of_the_bulletin_excerpt_leave_the_names():
    f = real_facts(REAL / "minhang_sh_2015_bulletin.txt")
    assert not f["indicator"].str.contains("全年实现").any()
    assert f.loc[f["raw_value"] == "1964.71", "indicator_key"].tolist() == ["gdp"]


def test_a_chapter_word_that_starts_a_name_without_the_frame_stays():
    # a sentence written for the test (regression fixture): 工业增加值 is the name, not a heading and a frame
    assert [r[0] for r in by_printed("二、工业增加值完成120亿元,增长5%。")["120"]] == ["工业增加值"]


# -- a change verb with its object before the figure ----------------------------------------------------

@pytest.mark.parametrize(
    ("text", "printed", "expected"),
    [
        # 1988
        ("石油工业要加强陆地和海上的普查勘探，争取尽快拿到一批新的油气储量；老油田要积极挖掘潜力，继续保持稳产，"
         "同时加强新油田的开发建设，争取每年增产原油３００万吨。", "３００", ("原油产量", "abs_change", 3e6, "吨")),
        ("通过技术改造和挖潜扩建，努力做到每年增产钢２５０万吨以上，有色金属、化工原料和建筑材料也要有较大增加。",
         "２５０", ("钢产量", "abs_change", 2.5e6, "吨")),
        # 1980
        ("粮食产量33，212万吨，比上年增加2，737万吨，这是在1978年粮食丰收的基础上实现的，1978、1979两年共增产粮食"
         "4，900多万吨。", "4，900", ("粮食产量", "abs_change", 4.9e7, "吨")),
    ],
)
def test_a_change_verb_with_its_object_is_a_change_of_the_objects_output(text, printed, expected):
    assert by_printed(text)[printed] == [expected]


@pytest.mark.parametrize(
    ("text", "printed", "expected"),
    [
        # 1955: the object after the figure
        ("多种五十万亩烟叶，就能增产五十万箱纸烟；多种四十万亩甘蔗，就能增产十万吨食糖。", "五十万",
         ("纸烟产量", "abs_change", 5e5, "箱")),
        ("多种五十万亩烟叶，就能增产五十万箱纸烟；多种四十万亩甘蔗，就能增产十万吨食糖。", "十万",
         ("食糖产量", "abs_change", 1e5, "吨")),
        ("如果每件棉纱平均少用两斤棉花，全国每年就可以至少增产两万件棉纱。", "两万",
         ("棉纱产量", "abs_change", 2e4, "件")),
    ],
)
def test_a_change_verb_before_its_figure_is_named_by_the_object_after_it(text, printed, expected):
    got = [r for r in by_printed(text).get(printed, []) if r[1] == "abs_change"]
    assert got == [expected]


@pytest.mark.parametrize(
    ("text", "printed", "expected"),
    [
        # changping_2021_fy: 减产面积 is a noun, the area affected
        ("苹果种植面积合计3.8万亩,总产量2.6万吨,较上年减少3.5%,受灾减产面积不足2000亩。", "2000",
         ("受灾减产面积", "level", 2000.0, "亩")),
        # 1981: 减产不减收的 qualifies the measures counted (the package named by its purpose after 制订)
        ("他们千方百计发动群众挖掘潜力，制订了减产不减收的三十条措施，取得了成效。", "三十",
         ("减产不减收的措施", "level", 30.0, "条")),
    ],
)
def test_a_change_verb_inside_a_noun_makes_no_change(text, printed, expected):
    assert by_printed(text)[printed] == [expected]


# -- a span of time passed is no figure -----------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        # 2012
        "工业化、城镇化和农业现代化快速推进，消费结构和产业结构升级蕴藏着巨大的需求潜力；经过30多年改革开放，"
        "我国发展建立了良好的物质基础和体制条件，宏观调控经验不断丰富，企业竞争力和抗风险能力明显提高。",
        # 1978
        "实现了十年规划，我国经济技术水平将发生巨大变化，物质基础会雄厚得多，就有把握再经过三个五年计划的努力，"
        "使我国国民经济走在世界前列。",
    ],
)
def test_a_span_of_time_passed_is_no_figure(text):
    assert facts(text).empty


def test_persons_after_jingguo_are_still_counted():
    # 1955
    got = by_printed("我们完全可以相信：经过六万万人克勤克俭的劳动，在进行几个五年计划大大地提高我国的生产力之后，"
                     "就有可能大大地提高人民的物质生活和文化生活的水平。")
    assert [(r[2], r[3]) for r in got["六万万"]] == [(6e8, "人")]


def test_a_count_of_offices_is_no_amount_they_collect():
    # a sentence written for the test (regression fixture): 海关 counted, not the revenue of customs
    assert facts("海关42个，比上年增加3个。")["indicator"].tolist() == ["海关", "海关"]


# -- adverbs and modal verbs between the name and its verb ----------------------------------------------

@pytest.mark.parametrize(
    ("text", "printed", "indicator"),
    [
        # 1983
        ("大家知道，过去几年中严重的自然灾害并不少，而全国农业总产值仍以每年平均递增百分之七点五的速度前进，超过了一九七八年"
         "以前二十六年平均每年递增率的一点三倍。", "百分之七点五", "全国农业总产值"),
        ("正因为工业结构经过调整和整顿而日趋合理，尽管前四年内我国能源消费总量平均每年只增长百分之一点九，而整个工业却以"
         "每年递增百分之七点二的速度向前发展，这是经济调整的一个重大胜利。", "百分之七点二", "整个工业"),
        # 1954
        ("一九五四年消費資料的生産將等於一九四九年的三點一倍左右，而生産資料的生産却將等於一九四九年的五點七倍左右。",
         "五點七", "生産資料的生産"),
        ("預計今年的糧食産量可以等於一九四九年的一點五倍，棉花産量可以等於一九四九年的二點八倍。", "二點八", "棉花産量"),
    ],
)
def test_an_adverb_or_modal_before_the_verb_ends_the_name(text, printed, indicator):
    assert [r[0] for r in by_printed(text)[printed]] == [indicator]


@pytest.mark.parametrize(
    ("text", "printed", "indicator"),
    [
        # 1954
        ("同時，財政收入的來源也有了很大的改變：從一九五〇年到一九五四年，農民所繳納的稅款所佔的比重從百分之二十九點六降低"
         "到百分之十三點四，而社會主義的國營企業和合作社繳納的稅款和利潤所佔的比重却從百分之三十四點一增加到百分之六十六點一。",
         "百分之六十六點一", "社會主義的國營企業和合作社繳納的稅款和利潤所佔的比重"),
        # 1956
        ("私营工业所占的比重则由１９５４年的２５％下降为１６％。", "１６", "私营工业所占的比重"),
    ],
)
def test_a_share_with_no_whole_after_suo_zhan_keeps_it_in_the_name(text, printed, indicator):
    assert {r[0] for r in by_printed(text)[printed]} == {indicator}


# -- a period at either end of a name -------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "printed", "indicator"),
    [
        # 1957: 前三年 is the period of the first figure, not the end of the name
        ("从主要工业产品看，钢产量前三年共增加了一百五十万吨，而1956年就增加了一百六十一万吨。", "一百五十万", "钢产量"),
        ("从主要工业产品看，钢产量前三年共增加了一百五十万吨，而1956年就增加了一百六十一万吨。", "一百六十一万", "钢产量"),
        # 2007
        ("2006 年，单位国内生产总值能耗由前三年分别上升4.9％、5.5％、0.2％，转为下降1.2%；主要污染物排放总量增幅减缓，"
         "化学需氧量、二氧化硫排放量由上年分别增长5.6％和13.1％，减为增长1.2%和1.8%。", "4.9", "单位国内生产总值能耗"),
        # 1958: 这一年 opens the sentence
        ("这一年继续施工和开始施工的限额以上的工矿企业共有六百四十二个，建设完工的限额以上的工矿企业共有一百七十八个，"
         "这是第一个五年计划期间重大企业建成最多的一年，全年平均，差不多每两天就有一个重大企业建设完工。", "六百四十二",
         "继续施工和开始施工的限额以上的工矿企业"),
        # 1955: the plan that sets the figure and the span it is set for are no part of the name
        ("第一个五年计划规定农业及其副业的总产值在五年内增长百分之二十三点三，到一九五七年达到五百九十六亿六千万元；以产量说，"
         "粮食增长百分之十七点六，即增产五百七十八亿斤，到一九五七年达到三千八百五十六亿斤，棉花增长百分之二十五点四，"
         "即增产六百六十万担，到一九五七年达到三千二百七十万担。", "百分之二十三点三", "农业及其副业的总产值"),
        # 1956: a span of months at the head
        ("据国家统计局初步统计，在工业生产方面，本年１——５月份各工业部工业生产总值计划完成１０２．６％，比上年同期增长"
         "３３．３％。", "３３．３", "各工业部工业生产总值"),
        # tianhe_2021_q1 (a constructed report, regression fixture): a quarter between the noun and its verb
        ("全区35个省市重点项目一季度完成投资58.6亿元,完成年度计划的24.5%,超过时序进度。", "35", "省市重点项目"),
        # dongcheng_2023_h1 (a constructed report, regression fixture): the same before the predicate of a count
        ("力争全年一般公共预算收入增长10%左右,完成招商引税25亿元;确保全年固定资产投资完成190亿元,东四南北大街等5个重点项目"
         "三季度全面开工。", "5", "全面开工的重点项目"),
    ],
)
def test_a_period_at_either_end_is_no_part_of_the_name(text, printed, indicator):
    assert {r[0] for r in by_printed(text)[printed]} == {indicator}


def test_a_growth_on_the_base_of_a_year_is_a_change_against_that_year():
    # 1955: 在一九五四年的基数上 is the base of a growth over three years, no part of the name
    text = ("一九五五年到一九五七年，基本建设要完成五年投资总额的百分之六十八，许多规模巨大、技术复杂的工厂、矿山、铁路、水利的"
            "工程要同时开工；工业总产值要在一九五四年的基数上增长百分之二十九，许多技术复杂的新种类产品要试制成功和大量生产；"
            "农业生产的任务是很紧张的，以一九五四年为基数，粮食产量要增长百分之十三点七，即增产四百六十六亿斤，棉花产量要增长"
            "百分之五十三点五，即增产一千一百四十万担；铁路货物周转量要在一九五四年基数上增长百分之三十，公路汽车和水路的运输"
            "任务也很繁重；根据社会购买力估算，社会商品零售额要比一九五四年增长百分之二十七。")
    f = facts(text).set_index("raw_value")
    for printed, name in (("百分之二十九", "工业总产值"), ("百分之三十", "铁路货物周转量")):
        assert tuple(f.loc[printed, ["indicator", "measure", "comparator"]]) == (name, "change_pct", "一九五四年")


def test_dayue_before_a_figure_is_a_qualifier_not_the_end_of_the_name():
    # 1954
    text = "在一九四九年，這個比重大約是百分之十七，而在一九五四年預計將近百分之三十三。"
    assert {r[0] for v in by_printed(text).values() for r in v} == {"這個比重"}
    # 1957
    assert [r[0] for r in by_printed("我们国家的文化水平是落后的，文盲大约占人口的70%以上。")["70"]] == ["文盲"]


@pytest.mark.parametrize(
    ("text", "printed", "indicator"),
    [
        # 2016: 引导 governs the persons, who do what the clause after them says
        ("要深入推进以人为核心的新型城镇化，实现1亿左右农业转移人口和其他常住人口在城镇落户，完成约1亿人居住的棚户区和"
         "城中村改造，引导约1亿人在中西部地区就近城镇化。", "1", None),
        # dongcheng_2020_h1 (the bundled report)
        ("每天动员2.6万余人参与防控,在街巷胡同口设置近1100个值守点位,在全市率先实现全部784个小区封闭式管理。", "2.6",
         "参与防控的人"),
    ],
)
def test_persons_counted_before_what_they_do_are_named_by_it(text, printed, indicator):
    got = [r[0] for r in by_printed(text)[printed]]
    if indicator is None:  # the last of the three counts of 1亿
        assert got[-1].endswith("就近城镇化的人") and len(set(got)) == 3
    else:
        assert got == [indicator]


def test_persons_named_before_their_count_keep_that_name():
    # fengtai_2020_h1
    text = "累计排查返京人员共计16.8万人次，设置社区卡口1356个，动员党员干部和志愿者4.2万余人参与值守。"
    assert [r[0] for r in by_printed(text)["4.2"]] == ["动员党员干部和志愿者"]


@pytest.mark.parametrize(
    ("text", "printed", "indicator"),
    [
        # 1959: the name of 两次 and of what is carried from it never holds the figure after it
        ("英国的煤产量在二十世纪初期曾经两次接近三亿吨，但是，最近二十多年来，一直处于下降和停滞的状态，到一九五八年只有"
         "二亿二千万吨左右，已经落在我国的后边。", "二亿二千万", "英国的煤产量"),
        ("英国的煤产量在二十世纪初期曾经两次接近三亿吨，但是，最近二十多年来，一直处于下降和停滞的状态，到一九五八年只有"
         "二亿二千万吨左右，已经落在我国的后边。", "三亿", "英国的煤产量"),
    ],
)
def test_a_name_never_holds_the_next_figure(text, printed, indicator):
    assert [r[0] for r in by_printed(text)[printed]] == [indicator]


def test_a_figure_inside_an_attribute_stays_in_the_noun():
    # 1955: 五万千瓦规模的电站 is what is counted
    text = ("这一笔资金，如用之于工业建设，就可以建设一个年产一百五十万吨钢铁的冶金企业，或三十个五万千瓦规模的电站，"
            "或五个年产一万五千辆拖拉机的工厂。")
    assert [r[0] for r in by_printed(text)["三十"]] == ["五万千瓦规模的电站"]


def test_the_base_of_an_index_is_no_figure_and_no_name():
    # 1956
    got = by_printed("如果以１９５０年为１００，到１９５５年就已经上升为１８９。")
    assert "１００" not in got
    assert [r[0] for r in got["１８９"]] == [""]


@pytest.mark.parametrize(
    ("text", "printed", "indicator"),
    [
        # 1978: 争取在 and the span after it
        ("有计划地控制人口的增长，有利于国民经济的有计划发展，有利于保护母亲和儿童的健康，有利于广大群众的生产、工作和学习，"
         "必须继续认真抓好，争取在三年内把我国人口自然增长率降到百分之一以下。", "百分之一", "我国人口自然增长率"),
        # 1983
        ("正因为工业结构经过调整和整顿而日趋合理，尽管前四年内我国能源消费总量平均每年只增长百分之一点九，而整个工业却以"
         "每年递增百分之七点二的速度向前发展，这是经济调整的一个重大胜利。", "百分之一点九", "我国能源消费总量"),
        # traditional_2020_h1 (a constructed report, regression fixture)
        ("4.力爭下半年新增市場主體不少於2萬戶，全年實際利用外資達到40億美元，一般公共預算收入不低於460億元。", "2",
         "新增市場主體"),
    ],
)
def test_a_period_after_a_word_a_name_drops_leaves_it_too(text, printed, indicator):
    assert [r[0] for r in by_printed(text)[printed]] == [indicator]


@pytest.mark.parametrize(("text", "printed", "name"), [
    # dongcheng_2017_h1
    ("故宫周边、簋街、南锣鼓巷、东四三至八条和隆福寺等列入全市专项行动的五个重点区域涉及人口减少16863人,完成进度达到119.1%。",
     "五", "重点区域"),
    # 2003
    ("国务院先后向192个重点国有企业以及一批国有金融机构派出了监事会。", "192", "重点国有企业"),
])
def test_the_noun_after_a_count_ends_before_a_verb_or_conjunction_with_ji(text, printed, name):
    assert by_printed(text)[printed][0][0] == name


@pytest.mark.parametrize(("text", "printed", "name"), [
    # dongcheng_2020_h1
    ("指导2299家企业开展职业技能培训,涉及企业职工52526人,累计发放补贴金额1769.61万元。", "52526", "企业职工"),
    # dongcheng_2020_h1
    ("全区P2P机构仍有17家,涉及借贷余额475亿元,投资人54.24万人。", "475", "借贷余额"),
])
def test_involving_is_no_part_of_a_name(text, printed, name):
    assert by_printed(text)[printed][0][0] == name


def test_a_saving_on_the_base_of_a_quota_is_compared_with_that_quota():
    # 1979: 在…计划定额的基础上 is the base of the saving the clause asks for
    text = ("我们要求各地区、各部门在各企业今年计划定额的基础上节约煤和电百分之二到三，节约油百分之五到十，"
            "这个目标经过努力是完全可以达到的。")
    f = facts(text).set_index("raw_value")
    for printed in ("百分之二", "三"):
        assert tuple(f.loc[printed, ["indicator", "measure", "comparator", "status"]]) == (
            "煤和电", "change_pct", "各企业今年计划定额", "target")
