"""The growth of an industry printed in a table right under the row of the industry group that holds it
(``breakdown_totals``: 第二产业 holds 工业 and 建筑业) is a part of the group's growth, as a section after its total
in prose is: 工业增加值 of such a table is no headline indicator of its own."""
import dhcheng_analysis as dh

# district_2021_bulletin_rank (real excerpt): the opening of its 一、综合 part and the first rows of its 表一 (verbatim)
TEXT = ("一、综合\n"
        "初步核算,2021年全区生产总值 (GDP)[2]91.3亿元,比上年增长7.5%,总量居全市第6位,增速居全市第2位。分产业看,"
        "第一产业增加值6.2亿元,增长6.9%;第二产业增加值22.7亿元,增长6.2%;第三产业增加值62.4亿元,增长8.0%。\n"
        "表一: 地 区 生 产 总 值\n指 标 |\n单位 |\n2021年 |\n比上年增长(%) |\n"
        "地区生产总值 |\n亿元 |\n91.3 |\n7.5 |\n第一产业 |\n亿元 |\n6.2 |\n6.9 |\n第二产业 |\n亿元 |\n22.7 |\n6.2 |\n"
        "工 业 |\n亿元 |\n19.5 |\n3.6 |\n建筑业 |\n亿元 |\n3.2 |\n23.3 |\n第三产业 |\n亿元 |\n62.4 |\n8.0 |\n")


def _growths(report):
    f = dh.extract_facts(report)
    return f[f["measure"] == "yoy_pct"].set_index("raw_value")


def test_industry_rows_are_parts_of_the_secondary_industry():
    report = dh.load_report(TEXT)
    g = _growths(report)
    secondary = g.loc[g["indicator"] == "第二产业增加值"]
    cell = secondary.loc[secondary["flags"].str.contains("table_cell"), "fact_id"].item()
    assert g.loc["3.6", "indicator"] == "工业增加值"
    assert g.loc["3.6", "relation"] == "part" and g.loc["3.6", "parent_id"] == cell
    assert g.loc["23.3", "relation"] == "part" and g.loc["23.3", "parent_id"] == cell


def test_industry_row_is_no_headline_row():
    rows = set(dh.headline_indicators(dh.load_report(TEXT))["indicator"])
    assert "地区生产总值" in rows
    assert "工业增加值" not in rows
