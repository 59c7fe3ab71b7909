"""A district's series across its reports, read as its economist reads them.

- A row of the panel keeps the scope its report printed (区级), as the concept's name does not.
- A change against a named base is a series of that base: the panel keeps the ``comparator`` of a ``change_pct``
  or ``pp_diff`` (比2019年上半年增长7.9%, 较一季度收窄1.9个百分点), and two bases of one year are two figures, not
  one kept and the other dropped.
- The consistency check reads a folder of mid-year reports as it reads whole years: the level of 上半年 of one year
  grown by the growth of 上半年 the next report states, against the level it states (``part`` ``H1``); never a
  half against a whole year.
- The years of a corpus are the years its reports were delivered, else (no date line) the year of the period each
  covers: a folder of 东城区 mid-year reports most of which print no date line is not "of 2021".
- A chart of the first halves says so in its title; the workbook's panel sheet names each indicator and each part
  of the year as printed (上半年), and says what its figures are.

The reports are the real excerpts in ``tests/gold/real/texts``, copied verbatim; where a sentence is written for
the test, its comment says so.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest
from _corpus_page import corpus_page

import dhcheng_analysis as dh
from dhcheng_analysis import corpus as C

REAL = Path(__file__).parent / "gold" / "real" / "texts"


def _folder(tmp: Path, names: list[str]) -> Path:
    for name in names:
        shutil.copy(REAL / f"{name}.txt", tmp / f"{name}.txt")
    return tmp


@pytest.fixture(scope="module")
def chaoyang(chaoyang_first_halves: dh.Corpus) -> dh.Corpus:
    """A folder of every ``chaoyang_20*_h1`` excerpt, loaded once a run (``conftest``)."""
    return chaoyang_first_halves


def test_a_change_against_a_named_base_keeps_its_base(chaoyang: dh.Corpus) -> None:
    # 朝阳区 2021 H1: 上半年GDP实现3640.7亿元,同比增长13.5%,比2019年上半年增长7.9%,两年平均增长3.9%。
    # 朝阳区 2020 H1: 上半年GDP实现3174.6亿元,同比降低4.9%,较一季度收窄1.9个百分点。
    p = chaoyang.panel("gdp", ["change_pct", "pp_diff"], part="H1")
    rows = {(int(r.year), r.measure, r.comparator): r.value for r in p.itertuples()}
    assert rows == {(2021, "change_pct", "2019年上半年"): 7.9, (2020, "pp_diff", "一季度"): 1.9}
    wide = chaoyang.panel("gdp", ["change_pct", "yoy_pct"], part="H1", wide=True)
    assert wide.loc[("gdp", "change_pct", "2019年上半年"), 2021] == 7.9
    assert wide.loc[("gdp", "yoy_pct", ""), 2021] == 13.5


def test_a_growth_panel_has_no_comparator_row(chaoyang: dh.Corpus) -> None:
    # a growth on the year before is of one base: the wide table of it keeps its rows (indicator key only)
    wide = chaoyang.panel("gdp", "yoy_pct", part="H1", wide=True)
    assert wide.index.names == ["indicator_key"]


def test_a_row_says_whose_figure_it_is(chaoyang: dh.Corpus) -> None:
    # 一般公共预算收入完成285.4亿元,同比增长3.3% (2018); 区级一般公共预算收入完成264.3亿元,同比降低12.2% (2020): the
    # concept is one, the words of its scope are kept beside it, so a reader sees what each year printed
    p = chaoyang.panel("general_budget_revenue", part="H1").set_index("year")
    assert p.loc[2018, ["indicator", "scope"]].tolist() == ["一般公共预算收入", ""]
    assert p.loc[2020, ["indicator", "scope"]].tolist() == ["一般公共预算收入", "区级"]


def _pp_facts(comparators: list[str]) -> pd.DataFrame:
    n = len(comparators)
    return pd.DataFrame({
        "report_id": ["r2021"] * n, "fact_id": [f"f{i}" for i in range(n)], "start": list(range(n)),
        "place": ["某区"] * n, "level": ["district"] * n, "indicator": ["地区生产总值"] * n,
        "indicator_key": ["gdp"] * n, "measure": ["pp_diff"] * n, "value": [1.2, 0.8][:n], "unit": ["pp"] * n,
        "qualifier": ["exact"] * n, "status": ["actual"] * n, "comparator": comparators, "period": ["上半年"] * n,
        "scope": [""] * n, "flags": [""] * n, "year": [2021] * n, "report_period": ["2021H1"] * n,
        "fact_year": [2021] * n, "year_source": ["period"] * n, "sentence": ["s"] * n,
    })


def test_two_bases_of_one_year_are_two_figures() -> None:
    # written: 上半年地区生产总值同比增长5%，增速较一季度提高1.2个百分点，高于全市0.8个百分点。
    p = C.panel(_pp_facts(["一季度", "全市"]), "gdp", "pp_diff", part="H1")
    assert dict(zip(p["comparator"], p["value"], strict=True)) == {"一季度": 1.2, "全市": 0.8}


def test_first_halves_are_checked_against_each_other(chaoyang: dh.Corpus) -> None:
    checks = C.level_consistency(chaoyang).set_index(["indicator_key", "year"])
    # 2022 H1: 区级一般公共预算收入完成278.7亿元,同比降低6.5% against 2021 H1: 区级一般公共预算收入完成298亿元
    row = checks.loc[("general_budget_revenue", 2022)]
    assert (row["part"], row["prior_level"], row["growth_pct"], row["stated_level"]) == ("H1", 298e8, -6.5, 278.7e8)
    assert bool(row["consistent"])
    # GDP growth is at constant prices: listed, not judged
    assert pd.isna(checks.loc[("gdp", 2022), "consistent"])
    assert set(checks["part"]) == {"H1"}


def test_a_half_never_meets_a_whole_year(tmp_path: Path) -> None:
    # 东城区 2020 (annual): 全年全区地区生产总值实现2954.7亿元…; 2021 H1: 上半年,全区地区生产总值实现1499.7亿元,同比增长11.5%
    corpus = dh.load_corpus(_folder(tmp_path, ["dongcheng_2020_annual", "dongcheng_2021_h1"]))
    assert C.level_consistency(corpus).empty


def test_report_years_read_the_period_of_a_report_without_a_date_line(tmp_path: Path) -> None:
    # 关于东城区2017年…计划上半年执行情况的报告 and 关于东城区2025年… print no date line; the annual report on 2020 was
    # delivered ——2021年1月10日: the reports are of 2017–2025, not of 2021 alone (a mid-year report is delivered in
    # its year, by rule)
    corpus = dh.load_corpus(_folder(tmp_path, ["dongcheng_2017_h1", "dongcheng_2020_annual", "dongcheng_2025_h1"]))
    assert corpus.reports["year"].tolist() == [2017, 2021, 2025]
    assert [s.split("year:")[1].split()[0] for s in corpus.reports["metadata_source"]] == ["rule", "text", "rule"]
    assert C.report_years(corpus.reports) == (2017, 2025)
    assert C.report_years(corpus.reports.iloc[0:0]) is None


def test_a_chart_of_first_halves_says_so(chaoyang: dh.Corpus) -> None:
    import matplotlib

    matplotlib.use("Agg")
    from dhcheng_analysis import corpus_plots

    growth = chaoyang.panel(["gdp", "retail_sales"], "yoy_pct", part="H1")
    assert corpus_plots.plot_panel(growth).get_title(loc="left") == "主要指标历年变化（各年上半年）"
    assert corpus_plots.plot_panel(growth, lang="en").get_title(loc="left") == (
        "Headline indicators over time (H1 of each year)")
    whole = growth.assign(part="")
    assert corpus_plots.plot_panel(whole).get_title(loc="left") == "主要指标历年变化"


def test_workbook_panel_names_indicators_and_parts(chaoyang: dh.Corpus, tmp_path: Path) -> None:
    pytest.importorskip("openpyxl")
    from dhcheng_analysis.corpus_export import corpus_tables, write_workbook

    path = write_workbook(chaoyang, corpus_tables(chaoyang), tmp_path / "corpus.xlsx")
    sheets = pd.read_excel(path, sheet_name=None)
    panel = sheets["指标面板"].set_index("指标键")
    # 上半年GDP实现2806.8亿元,按不变价计算,同比增长6.5% (朝阳区 2018 H1)
    assert panel.loc["gdp", ["指标", "年内时段（空为全年）"]].tolist() == ["地区生产总值", "上半年"]
    assert panel.loc["gdp", 2018] == 6.5
    about = "\n".join(sheets["说明"].iloc[:, 0].astype(str))
    assert "年份 2018–2024" in about and "“指标面板”为各年同比增长（%）" in about
    assert set(sheets["前后一致性"]["年内时段（空为全年）"]) == {"上半年"}


def test_a_year_of_a_series_is_of_one_scope(tmp_path: Path) -> None:
    # 西城区 2023 (annual): 地方级一般公共预算收入完成1012.9亿元,突破千亿元大关,同比增长10.6%;区级一般公共预算收入实现
    # 452.7亿元,达到历史最好水平 — the district's revenue of 2023 is 452.7亿元, and 10.6% is no growth of it
    corpus = dh.load_corpus(_folder(tmp_path, ["xicheng_2023_annual"]))
    p = corpus.panel("general_budget_revenue", measure=None).set_index("measure")
    assert p.loc["level", "value"] == 452.7e8
    assert "yoy_pct" not in p.index


def test_a_half_of_one_scope(tmp_path: Path) -> None:
    # 东城区 2024 H1 (no title line: its place and period given beside it): 上半年实现区级一般公共预算收入97.2亿元,
    # 完成全年目标的46.2%;地方级一般公共预算收入239.3亿元,同比增长1.7%。
    folder = _folder(tmp_path, ["dongcheng_2024_h1"])
    (folder / "dongcheng_2024_h1.json").write_text('{"place": "北京市东城区", "period": "2024H1"}', encoding="utf-8")
    p = dh.load_corpus(folder).panel("general_budget_revenue", measure=None, part="H1").set_index("measure")
    assert p["value"].to_dict() == {"completion_pct": 46.2, "level": 97.2e8}


def test_a_wider_share_alone_still_makes_the_year() -> None:
    # written: a district report printing only 地方级一般公共预算收入…同比增长1.7%: the year's growth is that one
    f = _pp_facts(["上年同期"]).assign(indicator="地方级一般公共预算收入", indicator_key="general_budget_revenue",
                                      measure="yoy_pct", value=1.7, unit="%", scope="地方级")
    assert C.panel(f, "general_budget_revenue", part="H1")["value"].tolist() == [1.7]


@pytest.mark.slow
def test_the_corpus_page_reads_the_years_and_halves(tmp_path: Path) -> None:
    (tmp_path / "reports").mkdir()
    folder = _folder(tmp_path / "reports", ["dongcheng_2017_h1", "dongcheng_2021_h1", "dongcheng_2022_h1",
                                            "chaoyang_2021_h1", "chaoyang_2022_h1"])
    text, _ = corpus_page(folder, tmp_path)
    # the reports are of 2017 to 2022: the 东城区 ones print no date line, the 朝阳区 ones of 2021 and 2022 do
    assert "**报告：** 5 份（2017–2022 年）" in text
    # 朝阳区 2021 H1 → 2022 H1: revenue, fixed-asset investment and retail sales checked, GDP (constant prices) not
    assert "可做此比较的有 3 处（按不变价计算增长的 1 处不计），其中 0 处超出舍入误差。" in text
