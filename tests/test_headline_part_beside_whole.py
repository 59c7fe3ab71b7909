"""A headline concept that is a part of another (建安投资, the building and installation part of 固定资产投资) keeps its
headline row — Beijing's districts set it a task of its own and rank it — and the row names its whole in
``part_of_indicator``, so that a reader copying both rows adds neither to the other. A report that prints no
investment beside its 建安投资 has no whole in the table to name."""
import dhcheng_analysis as dh

# real excerpt: tests/gold/real/texts/dongcheng_2020_annual.txt, the opening paragraph of its review (verbatim,
# shortened)
DONGCHENG_2020 = ("全区地区生产总值实现2954.7亿元,同比增长0.2%;区级一般公共预算收入实现181.4亿元,同比下降4.4%;"
                  "完成固定资产投资223.7亿元,完成建安投资73.8亿元;社会消费品零售总额实现1213.5亿元,同比下降8%。\n")
# real excerpt: tests/gold/real/texts/chaoyang_2021_h1.txt, its lead paragraph (verbatim, shortened)
CHAOYANG_2021 = ("上半年GDP实现3640.7亿元,同比增长13.5%。固定资产投资完成431.1亿元,同比增长4.2%,比2019年上半年下降6.7%,"
                 "两年平均下降3.4%。建安投资完成159.6亿元,同比增长6.7%,比2019年上半年下降12%,两年平均下降6.2%。\n")

# real excerpt: tests/gold/real/texts/chaoyang_2018_h1.txt, its lead paragraph (verbatim, shortened): 建安投资 and no
# 固定资产投资
CHAOYANG_2018 = ("上半年GDP实现2806.8亿元,按不变价计算,同比增长6.5%。一般公共预算收入完成285.4亿元,同比增长3.3%。"
                 "建安投资完成178.5亿元,同比下降10.9%。社会消费品零售额完成1292亿元,同比增长3.5%。\n")


def _wholes(text: str) -> dict[str, str]:
    rows = dh.headline_indicators(dh.load_report(text))
    return dict(zip(rows["indicator"], rows["part_of_indicator"], strict=True))


def test_building_investment_names_investment_as_its_whole():
    assert _wholes(DONGCHENG_2020) == {"地区生产总值": "", "一般公共预算收入": "", "固定资产投资": "",
                                       "建安投资": "固定资产投资", "社会消费品零售总额": ""}


def test_building_investment_of_the_lead_block_names_its_whole():
    rows = dh.headline_indicators(dh.load_report(CHAOYANG_2021)).set_index("indicator")
    assert tuple(rows.loc["建安投资", ["level", "yoy_pct", "part_of_indicator"]]) == (1.596e10, 6.7, "固定资产投资")
    assert rows.loc["固定资产投资", "part_of_indicator"] == ""


def test_every_part_names_a_glossary_whole():
    keys = {t.key for t in dh.vocab.glossary()}
    for part, whole in dh.vocab.concept_rules().headline_parts.items():
        assert {part, whole} <= keys


def test_building_investment_without_investment_names_no_whole():
    wholes = _wholes(CHAOYANG_2018)
    assert "固定资产投资" not in wholes and wholes["建安投资"] == ""
