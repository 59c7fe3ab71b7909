"""What a folder of real local reports says of itself: kind, place and period of each, read by the corpus.

The excerpts are real, copied verbatim into ``tests/gold/real/texts``. Titles that print the period inside
the kind (``…计划上半年执行情况的报告``) are titles of plan-execution reports of that half; an issuer's name
after a year or after the words of a meeting (``2021年北京市东城区人民政府``, ``…大会第二次会议上海曙区人民政府``)
names the place without them; an issuer's title naming the place it reports on (``昆明市官渡区人民政府关于官渡区
2023年上半年…``) names the issuer's place; a first heading of the half (``一、2018年…计划上半年执行情况``) names
the half.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from _corpus_page import corpus_page

import dhcheng_analysis as dh
from dhcheng_analysis.corpus import read_text_metadata

REAL = Path(__file__).parent / "gold" / "real" / "texts"


def _meta(name: str) -> dict:
    return read_text_metadata((REAL / f"{name}.txt").read_text(encoding="utf-8"))


@pytest.mark.parametrize(("name", "kind", "place", "period"), [
    ("chaoyang_2018_h1", "plan_execution", "朝阳区", "2018H1"),
    ("chaoyang_2022_h1", "plan_execution", "朝阳区", "2022H1"),
    ("dongcheng_2021_h1", "plan_execution", "东城区", "2021H1"),
    ("guandu_km_2023_h1", "plan_execution", "昆明市官渡区", "2023H1"),
    ("yongning_2020_h1_budget", "budget_execution", "邕宁区", "2020H1"),
])
def test_titles_with_the_period_inside_the_kind(name: str, kind: str, place: str, period: str) -> None:
    meta = _meta(name)
    assert (meta["kind"], meta["place"], meta["period"]) == (kind, place, period)


@pytest.mark.parametrize(("name", "place"), [
    ("dongcheng_2021_gwr", "北京市东城区"),  # 2021年北京市东城区人民政府工作报告
    ("haishu_nb_2023_gwr", "海曙区"),  # …人民代表大会第二次会议上⏎海曙区人民政府区长…
])
def test_issuer_place_without_the_words_before_it(name: str, place: str) -> None:
    assert _meta(name)["place"] == place


def test_first_heading_of_the_half_names_the_half() -> None:
    assert _meta("dongcheng_2018_h1")["period"] == "2018H1"  # 一、2018年国民经济和社会发展计划上半年执行情况


def test_half_year_reports_plan_for_their_own_year(tmp_path: Path) -> None:
    for name in ("chaoyang_2018_h1", "dongcheng_2018_h1", "xicheng_2023_annual"):
        shutil.copy(REAL / f"{name}.txt", tmp_path / f"{name}.txt")
    reports = dh.load_corpus(tmp_path).reports.set_index("report_id")
    assert reports.loc["chaoyang_2018_h1", ["period", "period_year", "plan_year"]].tolist() == ["2018H1", 2018, 2018]
    assert reports.loc["dongcheng_2018_h1", ["period", "plan_year"]].tolist() == ["2018H1", 2018]
    assert reports.loc["xicheng_2023_annual", ["period", "plan_year"]].tolist() == ["2023", 2024]


@pytest.fixture(scope="module")
def half_years(chaoyang_first_halves: dh.Corpus) -> dh.Corpus:
    """A folder of every ``chaoyang_20*_h1`` excerpt, loaded once a run (``conftest``)."""
    return chaoyang_first_halves


@pytest.fixture(scope="module")
def half_year_tables(half_years: dh.Corpus) -> dict:
    """``corpus_tables`` of the first halves, made once a module (the tests read them, never change them)."""
    from dhcheng_analysis.corpus_export import corpus_tables

    return corpus_tables(half_years)


def test_panel_of_the_first_halves(half_years: dh.Corpus) -> None:
    # 上半年GDP实现…,同比增长6.5% (2018) … 同比增长5.3% (2024): the growth of each first half, one report a year
    wide = half_years.panel("gdp", "yoy_pct", part="H1", wide=True)
    assert wide.loc["gdp"].dropna().to_dict() == {2018: 6.5, 2020: -4.9, 2021: 13.5, 2022: 0.4, 2023: 5.4, 2024: 5.3}
    long = half_years.panel("general_budget_revenue", "yoy_pct", part="H1")
    # 2022: 同比降低6.5%,剔除留抵退税后增长0.4%: the growth as printed, and the adjusted one a row of its basis
    rows = {(int(r.year), r.comparator): r.value for r in long.itertuples()}
    assert rows[(2022, "")] == -6.5 and rows[(2022, "剔除留抵退税后")] == 0.4
    assert set(long["part"]) == {"H1"} and long["report_id"].str.endswith("_h1").all()


def test_whole_year_panel_holds_no_half(half_years: dh.Corpus) -> None:
    assert half_years.panel(measure=None).empty


def test_corpus_files_hold_the_halves(half_year_tables: dict) -> None:
    tables = half_year_tables
    assert set(tables["panel_long"]["part"]) == {"H1"}
    # (a row per basis: 剔除留抵退税后 of 2022's revenue is one of its own)
    assert tables["panel"].loc[("gdp", "H1", ""), 2021] == 13.5


@pytest.mark.slow
def test_across_reports_page_of_two_districts_mid_year_reports(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    for name in ("chaoyang_2021_h1", "chaoyang_2022_h1", "dongcheng_2021_h1", "dongcheng_2023_h1"):
        shutil.copy(REAL / f"{name}.txt", folder / f"{name}.txt")
    text, tables = corpus_page(folder, tmp_path)
    assert "**上半年：**" in text
    assert "朝阳区" in tables and "东城区" in tables  # (the wide panel of two places, one row a place and indicator)
    assert "地区生产总值" in tables and "NaN" not in tables  # (each indicator by its name; a year not printed blank)


def test_panel_chart_draws_a_line_a_place(tmp_path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    from dhcheng_analysis import corpus_plots

    for name in ("chaoyang_2021_h1", "chaoyang_2023_h1", "dongcheng_2021_h1", "dongcheng_2023_h1"):
        shutil.copy(REAL / f"{name}.txt", tmp_path / f"{name}.txt")
    growth = dh.load_corpus(tmp_path).panel("gdp", "yoy_pct", part="H1")
    ax = corpus_plots.plot_panel(growth)
    lines = {line.get_label(): [float(y) for y in line.get_ydata() if y == y]  # (a gap for 2022, not printed)
             for line in ax.get_lines() if line.get_gid() == "panel-line"}
    # 上半年GDP…同比增长13.5% / 5.4% (朝阳区); 上半年,全区地区生产总值…同比增长11.5% / 5.3% (东城区)
    assert lines == {"朝阳区 地区生产总值": [13.5, 5.4], "东城区 地区生产总值": [11.5, 5.3]}


def test_one_name_a_place_and_the_place_a_text_names_most(tmp_path: Path) -> None:
    names = ("dongcheng_2021_gwr", "dongcheng_2021_h1", "dongcheng_2018_annual", "nanshan_sz_2023_gwr_digest",
             "yuhang_hz_2015_gwr")
    for name in names:
        shutil.copy(REAL / f"{name}.txt", tmp_path / f"{name}.txt")
    places = dh.load_corpus(tmp_path).reports.set_index("report_id")["place"]
    # 2021年北京市东城区人民政府工作报告 and 关于东城区2021年…的报告: one place; the 2018 annual report prints no
    # title, its first lines name 东城区
    assert {places[n] for n in names[:3]} == {"北京市东城区"}
    assert places["nanshan_sz_2023_gwr_digest"] == "南山区"  # 数说南山区2023年《政府工作报告》
    assert places["yuhang_hz_2015_gwr"] == "杭州市余杭区"  # 【余杭区招商】2015年杭州市余杭区政府工作报告



def test_every_column_of_the_corpus_workbook_has_its_header_in_the_dictionary(half_year_tables: dict) -> None:
    from dhcheng_analysis.corpus_export import SHEETS
    from dhcheng_analysis.vocab import labels

    tables = half_year_tables
    headers = labels().corpus_columns
    for key, _, _ in SHEETS:
        names = [*tables[key].columns, *(n for n in tables[key].index.names if n)]
        assert [n for n in names if isinstance(n, str) and n not in headers] == [], key
    assert headers["part"] == ("年内时段（空为全年）", "Part of the year (empty: whole year)")


@pytest.mark.parametrize(("name", "period"), [
    ("xiaoshan_hz_2022_h1", "2022H1"),  # 2022年上半年萧山区政府绩效执行情况 (no kind named)
    ("xiasha_qt_2022_street_h1", "2022H1"),  # 下沙街道2022年半年度工作总结
    ("xicheng_2018_h1_indicators", "2018H1"),  # 2018年1-6月西城区主要经济指标完成情况
    ("shangcheng_hz_2022_h1_budget", "2022H1"),  # 关于上城区2021年决算(草案)和2022年⏎⏎上半年预算执行情况的报告
    ("minhang_sh_2022_h1_budget", "2022H1"),  # 作关于2021年区本级决算和2022年上半年预算执行情况的报告
    ("minhang_sh_2015_bulletin", "2015"),  # 2015年上海市闵行区国民经济和社会发展统计公报
])
def test_the_period_is_the_one_the_report_reads(name: str, period: str) -> None:
    """The corpus dates a report as its facts are dated: the year the report reads as covered (title, date line,
    headings) with the part of it its opening names."""
    assert _meta(name)["period"] == period
    assert read_text_metadata(dh.load_report(REAL / f"{name}.txt"))["period"] == period


@pytest.mark.parametrize("name", ["dongcheng_2024_h1", "district_2021_bulletin_rank", "ruyuan_m1to5_release"])
def test_no_period_from_the_first_year_printed(name: str) -> None:
    """A year only printed in the text (今年以来 with no year, 2021年，是“十四五”开局之年) dates no report."""
    assert "period" not in _meta(name)


def test_a_folder_of_reports_of_months(tmp_path: Path) -> None:
    """Reports of the months to May (1-5月) are dated so and make a panel of that part of each year. The body is
    the real ruyuan excerpt; the title lines naming two years are written for this test."""
    body = (REAL / "ruyuan_m1to5_release.txt").read_text(encoding="utf-8")
    for year in (2022, 2023):
        (tmp_path / f"ruyuan_{year}.txt").write_text(f"乳源县{year}年1-5月主要经济指标完成情况\n{body}", encoding="utf-8")
    corpus = dh.load_corpus(tmp_path)
    assert corpus.reports["period"].tolist() == ["2022M5", "2023M5"]
    p = corpus.panel("fixed_asset_investment", part="M5")
    assert p[["year", "part", "value"]].values.tolist() == [[2022, "M5", 3.3], [2023, "M5", 3.3]]


@pytest.mark.parametrize(("name", "title"), [
    # a web page's labels run into the title line
    ("gongshu_hz_2022_annual", "拱墅区2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案"),
    ("xuanwu_nj_2021_h1", "玄武区2021年上半年国民经济和社会发展计划执行情况"),  # 信息名称:    玄武区2021年…
    ("yuhang_hz_2015_gwr", "2015年杭州市余杭区政府工作报告"),  # 【余杭区招商】2015年杭州市余杭区政府工作报告
    # a title broken over two lines as the page prints it (under a running head: 发展计划上半年执行情况的报告)
    ("shangcheng_hz_2022_h1_budget", "关于上城区2021年决算(草案)和2022年上半年预算执行情况的报告"),
    ("dongcheng_2017_h1", "关于东城区2017年国民经济和社会发展计划上半年执行情况的报告"),
    # 《》 inside a title stay
    ("nanshan_sz_2023_gwr_digest", "数说南山区2023年《政府工作报告》"),
    # no kind named: a part of a year, and a title's last words
    ("xiaoshan_hz_2022_h1", "2022年上半年萧山区政府绩效执行情况"),
    ("xiasha_qt_2022_street_h1", "下沙街道2022年半年度工作总结"),
    # a year's work and the next year's, in a cell of the page's table
    ("dongliu_yz_2023_street", "东柳街道2023年工作总结和2024年工作思路"),
])
def test_titles_as_printed(name: str, title: str) -> None:
    assert _meta(name)["title"] == title


def test_a_title_printed_spaced_out_is_the_reports_title() -> None:
    """政 府 工 作 报 告 heading the haishu report is its title, read without its spaces and with the place the report
    speaks of, in the corpus as in ``Report.metadata``; the kind and place read off it stay."""
    meta = _meta("haishu_nb_2023_gwr")
    assert (meta["title"], meta["kind"], meta["place"]) == ("海曙区政府工作报告", "work_report", "海曙区")
    assert meta["title"] == dh.load_report(REAL / "haishu_nb_2023_gwr.txt").title


def test_the_issuer_names_the_city_of_the_title_place() -> None:
    """玄武区2021年上半年… issued by 南京市玄武区人民政府: the place is 南京市玄武区."""
    assert _meta("xuanwu_nj_2021_h1")["place"] == "南京市玄武区"


@pytest.mark.parametrize(("name", "place"), [
    ("xiaoshan_hz_2022_h1", "萧山区"),  # 2022年上半年萧山区政府绩效执行情况: the place after the year and half
    ("xiasha_qt_2022_street_h1", "下沙街道"),
    ("dongliu_yz_2023_street", "东柳街道"),  # 东柳街道2023年工作总结和2024年工作思路 |, a cell of the page's table
])
def test_places_of_titles_naming_no_kind(name: str, place: str) -> None:
    assert _meta(name)["place"] == place


def test_reports_naming_no_place_join_no_series(tmp_path: Path) -> None:
    """A street report naming no place (dongliu copied without its page's head, the only lines that name its street
    and its year, which a sidecar gives) is no year of a district's series: with reports naming places it is left out
    of the panel, with a warning saying how to name its place; named in a sidecar, it is a series of its own."""
    for name in ("gongshu_hz_2022_annual", "chengyang_qd_2022_bulletin"):
        shutil.copy(REAL / f"{name}.txt", tmp_path)
    lines = (REAL / "dongliu_yz_2023_street.txt").read_text(encoding="utf-8").splitlines(keepends=True)
    (tmp_path / "dongliu_yz_2023_street.txt").write_text("".join(lines[7:]), encoding="utf-8")
    (tmp_path / "dongliu_yz_2023_street.json").write_text('{"period": "2023"}', encoding="utf-8")
    with pytest.warns(dh.errors.PlacelessReportsWarning, match="dongliu_yz_2023_street.*sidecar"):
        p = dh.load_corpus(tmp_path).panel("gdp", measure="level")
    assert "青岛市城阳区" in set(p["place"]) and "dongliu_yz_2023_street" not in set(p["report_id"])
    (tmp_path / "dongliu_yz_2023_street.json").write_text('{"period": "2023", "place": "东柳街道"}', encoding="utf-8")
    p = dh.load_corpus(tmp_path).panel("gdp", measure="level")
    assert p.loc[p["place"] == "东柳街道", ["year", "value"]].values.tolist() == [[2023, 6.03e9]]



def test_a_series_one_place_of_several_prints_is_named_with_its_place(tmp_path: Path) -> None:
    """In a folder of two districts' reports (gongshu's annual, chaoyang's mid-year), each wide table names the
    place of its rows, also the table of a part of the year (上半年) or of whole years only one district prints."""
    for name in ("gongshu_hz_2022_annual", "chaoyang_2018_h1"):
        shutil.copy(REAL / f"{name}.txt", tmp_path)
    corpus = dh.load_corpus(tmp_path)
    whole = corpus.panel("gdp", wide=True)
    half = corpus.panel("gdp", part="H1", wide=True)
    assert whole.index.names == half.index.names == ["place", "indicator_key"]
    assert (whole.index.tolist(), whole.columns.tolist()) == ([("拱墅区", "gdp")], [2022])
    assert (half.index.tolist(), half.columns.tolist()) == ([("朝阳区", "gdp")], [2018])
    assert dh.load_corpus(tmp_path / "chaoyang_2018_h1.txt").panel("gdp", part="H1", wide=True).index.names == [
        "indicator_key"]  # one place: no column of it


def test_a_multiple_of_another_places_figure_is_a_series_of_that_base() -> None:
    """每万人发明专利拥有量达521件,是全市的4.1倍、全国的23.6倍 (nanshan, verbatim): the multiples are no levels of the
    521件, each is a series of its base, and neither hides the other."""
    p = dh.load_corpus(REAL / "nanshan_sz_2023_gwr_digest.txt").panel("invention_patents_per_10k", measure="level")
    assert p[["year", "comparator", "value", "unit"]].values.tolist() == [
        [2022, "", 521.0, "件"], [2022, "全国", 23.6, "倍"], [2022, "全市", 4.1, "倍"]]


def test_reader_panel_names_each_indicator_and_leaves_a_year_not_printed_blank(tmp_path: Path) -> None:
    from dhcheng_analysis import corpus_plots

    for name in ("chaoyang_2021_h1", "chaoyang_2023_h1", "dongcheng_2021_h1", "dongcheng_2023_h1"):
        shutil.copy(REAL / f"{name}.txt", tmp_path / f"{name}.txt")
    corpus = dh.load_corpus(tmp_path)
    keys = ["gdp", "retail_sales"]
    long, wide = corpus.panel(keys, part="H1"), corpus.panel(keys, part="H1", wide=True)
    table = corpus_plots.reader_panel(wide, long, "zh")
    # 上半年GDP实现3640.7亿元,同比增长13.5% (朝阳区 2021); 东城区 2023H1 prints 地区生产总值 but no retail sales
    assert table.loc[("朝阳区", "地区生产总值"), "2021"] == "13.5"
    assert table.loc[("东城区", "社会消费品零售总额"), "2023"] == ""  # (not NaN)
    assert "gdp" not in {v for idx in table.index for v in idx}
    assert table.columns.name == "年份" and list(table.index.names) == ["地区", "指标"]
    assert corpus_plots.reader_panel(wide, long, "en").index.get_level_values(1)[0] == "Gross regional product (GDP)"


def test_a_report_of_part_of_a_year_is_delivered_in_that_year(tmp_path: Path) -> None:
    # 关于东城区2021年国民经济和社会发展计划上半年执行情况的报告 prints no date line (日期:2021-08-30 is the web
    # page's); 玄武区2021年上半年国民经济和社会发展计划执行情况 neither: each is delivered in the year whose part it
    # covers
    for name in ("dongcheng_2021_h1", "xuanwu_nj_2021_h1", "chaoyang_2018_h1", "xicheng_2023_annual"):
        shutil.copy(REAL / f"{name}.txt", tmp_path / f"{name}.txt")
    reports = dh.load_corpus(tmp_path).reports.set_index("report_id")
    assert reports.loc["dongcheng_2021_h1", ["year", "period"]].tolist() == [2021, "2021H1"]
    assert "year:rule" in reports.loc["dongcheng_2021_h1", "metadata_source"]
    assert reports.loc["xuanwu_nj_2021_h1", ["year", "period"]].tolist() == [2021, "2021H1"]
    assert "year:text" in reports.loc["chaoyang_2018_h1", "metadata_source"]  # ——2018年…在朝阳区…会议上
    assert reports.loc["xicheng_2023_annual", ["year", "period"]].tolist() == [2024, "2023"]
