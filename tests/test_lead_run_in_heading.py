"""The block a report with no heading lines leads with is the paragraph of its first figure up to a top-level
heading run into it after a sentence (。二、农业): a bulletin printed as one line leads with its 一、综合 part, and
the farm figures after 二、 are no headline figures."""
import dhcheng_analysis as dh

# 闵行区 2015 statistical bulletin, printed as one line (verbatim)
BULLETIN = ("一、综合全年实现地区生产总值1964.71亿元,比上年增长6.6%。其中,第一产业增加值1.27亿元,增长2.6%;"
            "第二产业增加值1013.72亿元,增长0.3%;第三产业增加值949.71亿元,增长14.1%。全年完成固定资产投资额480.61亿元,"
            "比上年增长3.0%。二、农业全年实现农业总产值3.64亿元,比上年下降0.8%。全年粮食播种面积2.29万亩,比上年增长1.3%;"
            "蔬菜播种面积7.03万亩,复种指数达5.3次。蔬菜总产量6.69万吨;生猪出栏3.15万头,比上年下降19.3%;家禽出栏48.93万羽,"
            "比上年增长12.8%。")


def test_run_in_heading_ends_the_lead_block():
    facts = dh.extract_facts(dh.load_report(BULLETIN))
    lead = dict(zip(facts["start"], facts["lead"], strict=True))
    assert lead[BULLETIN.index("1964.71")]
    assert lead[BULLETIN.index("480.61")]
    assert not lead[BULLETIN.index("3.64亿元")]
    assert not lead[BULLETIN.index("3.15万头")]


def test_run_in_heading_before_the_first_figure_opens_the_lead_block():
    # the same bulletin as printed, its opening sentence before 一、 (verbatim, shortened)
    text = "人民生活持续改善。" + BULLETIN
    facts = dh.extract_facts(dh.load_report(text))
    lead = dict(zip(facts["start"], facts["lead"], strict=True))
    assert lead[text.index("1964.71")]
    assert not lead[text.index("3.64亿元")]


def test_farm_figures_after_the_heading_are_no_headline_cards():
    rows = dh.headline_indicators(dh.load_report(BULLETIN))
    assert "地区生产总值" in set(rows["indicator"])
    assert not {"生猪出栏", "家禽出栏"} & set(rows["indicator"])
