"""A table row restating the text's figure under another name of the same quantity (a level and the growth after
it both the text's) takes the text's name, for all its cells: the yoy table then shows the figure once."""
import dhcheng_analysis as dh

# xicheng_m1to5_indicators_table (real excerpt): its 一、工业生产 part and the head of its table (verbatim lines)
TEXT = ("一、工业生产\n"
        "1-5月,西城区规模以上工业企业显现良好发展态势,产、销均保持增长。规模以上工业企业累计完成工业总产值281.5亿元,"
        "同比增长4.9%,累计完成工业销售产值281.6亿元,同比增长4.7%,产销率为100.0%,产销衔接良好。\n"
        "指 标 名 称 | 计量单位 | 北 京 市 | 西 城 区 | ||\n"
        "本 期 | ±% | 本 期 | ±% | ||\n"
        "一、现价工业总产值 | 亿元 | 9075.6 | -5.6 | 281.5 | 4.9 |\n"
        "二、社会消费品零售总额 | 亿元 | 5391.9 | -7.7 | 389.9 | -8.6 |\n")


def test_the_row_takes_the_texts_name():
    f = dh.extract_facts(dh.load_report(TEXT))
    cells = f[f["flags"].str.contains("table_cell") & f["raw_value"].isin(["9075.6", "5.6", "281.5", "4.9"])]
    assert len(cells) == 4
    assert set(cells["indicator_key"]) == {"industrial_output_above_size"}


def test_the_figure_is_one_yoy_row():
    yoy = dh.yoy_changes(dh.load_report(TEXT))
    rows = yoy[yoy["change_pct"] == 4.9]
    assert len(rows) == 1
    assert len(rows["fact_ids"].item().split(";")) == 2


def test_a_row_of_another_figure_keeps_its_name():
    f = dh.extract_facts(dh.load_report(TEXT))
    assert set(f.loc[f["raw_value"] == "5391.9", "indicator"]) == {"社会消费品零售总额"}
