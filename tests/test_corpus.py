"""Many reports at once: loading and metadata, the year of a fact, indicator keys, targets against
outcomes, the panel, consistency across reports, the engines and their cache, the command, the
charts and the 05 notebook.

The short district reports written here are constructed regression fixtures (示例区, invented
figures), not evidence about real reports; the real material is the bundled corpus of State Council
government work reports.
"""

from __future__ import annotations

import gzip
import io
import json
import re
import warnings
from pathlib import Path

import nbformat
import pandas as pd
import pytest
from _cli import run_cli

import dhcheng_analysis as dh
from dhcheng_analysis import corpus as C
from dhcheng_analysis import engine, vocab
from dhcheng_analysis.errors import ReportError, ReportNotFoundError

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus" / "national_work_reports"
NOTEBOOK = ROOT / "notebooks" / "05_across_reports.ipynb"


# ----------------------------------------------------------------------------- fixtures
def district_report(year: int, growth: float, jobs: float, target: str, jobs_target: float) -> str:
    """A constructed annual plan-execution report of a fictitious district (figures invented)."""
    return (f"关于示例区{year}年国民经济和社会发展计划执行情况与{year + 1}年计划的报告\n"
            f"——{year + 1}年1月6日在示例区第一届人民代表大会第{year - 2019}次会议上\n"
            f"一、{year}年计划执行情况\n{year}年，全区地区生产总值增长{growth}%。城镇新增就业{jobs}万人。\n"
            f"二、{year + 1}年计划\n{year + 1}年经济社会发展主要预期目标是：地区生产总值增长{target}，"
            f"城镇新增就业{jobs_target}万人以上。\n")


REPORTS = {
    "a_2020.txt": district_report(2020, 2.1, 1.1, "6%以上", 1),
    "a_2021.txt": district_report(2021, 6.8, 1.3, "5.5%左右", 1.2),
    "a_2022.txt": district_report(2022, 4.9, 1.0, "5%－5.5%", 1.2),
}


@pytest.fixture
def folder(tmp_path):
    d = tmp_path / "reports"
    d.mkdir()
    for name, text in REPORTS.items():
        (d / name).write_text(text, encoding="utf-8")
    return d


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    """The three constructed reports, parsed once."""
    d = tmp_path_factory.mktemp("corpus")
    for name, text in REPORTS.items():
        (d / name).write_text(text, encoding="utf-8")
    c = dh.load_corpus(d)
    c.facts()
    return c


@pytest.fixture(scope="module")
def bundled():
    c = dh.load_corpus()
    c.facts(jobs=2)
    return c


@pytest.fixture(scope="module")
def bundled_outcomes(bundled):
    """``target_outcomes`` of the bundled corpus, once for the module (treat as read-only)."""
    return dh.target_outcomes(bundled)


# ----------------------------------------------------------------------------- the bundled corpus
def test_bundled_corpus_is_one_compressed_file_of_the_package_data():
    path = ROOT / "data" / C.BUNDLED_CORPUS
    assert path.stat().st_size < 1_500_000
    records = [json.loads(line) for line in gzip.decompress(path.read_bytes()).decode("utf-8").splitlines()]
    assert len(records) == 52
    for r in records:
        assert r["source_url"].startswith("https://zh.wikisource.org/") and r["text"].strip()
        assert r["report_id"] == f"gwr_{r['year']}"
    assert (ROOT / "dhcheng_analysis" / "data").is_symlink(), "one copy: the package's data folder links to data/"
    note = (ROOT / "data" / "national_work_reports.md").read_text(encoding="utf-8")
    assert "article 5" in note and "wikisource" in note.lower()


@pytest.mark.skipif(not SHARED.is_dir(), reason="the source collection is not on this machine")
def test_bundled_texts_are_verbatim():
    records = {r["file"]: r["text"] for r in map(json.loads, gzip.decompress(
        (ROOT / "data" / C.BUNDLED_CORPUS).read_bytes()).decode("utf-8").splitlines())}
    for path in sorted(SHARED.glob("*.txt")):
        assert records[path.name] == path.read_text(encoding="utf-8"), path.name


def test_bundled_corpus_metadata():
    c = dh.load_corpus()
    r = c.reports.set_index("report_id")
    assert len(c) == 52 and c.errors.empty
    assert (int(r["year"].min()), int(r["year"].max())) == (1954, 2025)
    assert set(r["level"].astype(str)) == {"national"} and set(r["place"]) == {"中国"}
    row = r.loc["gwr_2017"]
    assert (row["issuer"], row["kind"], int(row["year"]), row["period"], int(row["plan_year"])) == (
        "国务院", "work_report", 2017, "2016", 2017)
    # read from the text: the dated line under the title, the first review heading, 我代表国务院
    assert {"year:text", "period:text", "issuer:text", "kind:text"} <= set(row["metadata_source"].split())
    assert "title:record" in row["metadata_source"] and row["title"] == "2017年中华人民共和国国务院政府工作报告"
    # the 1956 report says it is a budget report, the 1954 one speaks for the 中央人民政府
    assert r.loc["gwr_1956", "kind"] == "budget_execution" and r.loc["gwr_1954", "issuer"] == "中央人民政府"
    # the 2023 report reviews 2022, read as its facts read it (its date line: delivered in March 2023), not by rule
    assert r.loc["gwr_2023", "period"] == "2022" and "period:text" in r.loc["gwr_2023", "metadata_source"]
    # the 1980 report, delivered in August, reviews 1980 and plans 1981 (二、1981年国民经济计划的任务和主要指标)
    assert (r.loc["gwr_1980", "period"], int(r.loc["gwr_1980", "plan_year"])) == ("1980", 1981)
    # a report that names no year of its own is dated by rule: the year before the one it was delivered in
    assert r.loc["gwr_1955", "period"] == "1954" and "period:rule" in r.loc["gwr_1955", "metadata_source"]


# ----------------------------------------------------------------------------- metadata from the text
def test_text_metadata_reads_what_the_text_states():
    meta = C.read_text_metadata(REPORTS["a_2021.txt"])
    assert meta == {"title": "关于示例区2021年国民经济和社会发展计划执行情况与2022年计划的报告", "kind": "plan_execution",
                    "place": "示例区", "period": "2021", "year": 2022}
    assert C.read_text_metadata("广州市天河区2021年一季度国民经济和社会发展计划执行情况\n一、总体情况\n")["period"] == "2021Q1"
    bulletin = C.read_text_metadata("丰台区统计局 2021年上半年统计快讯\n【经济总量】上半年……")
    assert (bulletin["kind"], bulletin["issuer"], bulletin["period"]) == ("statistical_bulletin", "丰台区统计局", "2021H1")
    speech = C.read_text_metadata("各位代表：\n现在，我代表北京市东城区人民政府，向大会报告工作。\n")
    assert (speech["issuer"], speech["place"], speech["kind"]) == ("北京市东城区人民政府", "北京市东城区", "work_report")


def test_text_metadata_guesses_nothing():
    assert C.read_text_metadata("一、上半年计划执行情况\n上半年，全区地区生产总值增长5%。\n") == {"kind": "plan_execution"}
    assert "place" not in C.read_text_metadata("关于本区2022年财政预算执行情况的报告\n")  # 本区 names no place
    assert "issuer" not in C.read_text_metadata("受区人民政府委托，现将情况报告如下。\n")  # no place before 区


def test_metadata_preference_text_then_sidecar_then_index(tmp_path):
    (tmp_path / "r.txt").write_text(REPORTS["a_2021.txt"], encoding="utf-8")
    (tmp_path / "r.json").write_text(json.dumps({"title": "旁注标题", "year": 1999, "level": "city",
                                                  "source_url": "https://example.org/sidecar"}), encoding="utf-8")
    (tmp_path / "index.csv").write_text("file,title,issuer,source_url,report_id\n"
                                        "r.txt,索引标题,示例区人民政府,https://example.org/index,from_index\n",
                                        encoding="utf-8")
    row = dh.load_corpus(tmp_path).reports.iloc[0]
    assert row["title"].startswith("关于示例区2021年") and int(row["year"]) == 2022  # the text wins
    assert row["level"] == "city"  # the sidecar, before the rule (示例区 → district)
    assert row["source_url"] == "https://example.org/sidecar"  # the sidecar, before the index
    assert row["issuer"] == "示例区人民政府"  # only the index has it
    assert row["report_id"] == "from_index"
    assert row["metadata_source"].split() == ["title:text", "issuer:index", "place:text", "level:sidecar",
                                              "kind:text", "year:text", "period:text", "source_url:sidecar"]


def test_sidecar_period_codes_take_the_sidecar_year(tmp_path):
    (tmp_path / "dc.txt").write_text("一、上半年计划执行情况\n上半年，全区地区生产总值增长5%。\n", encoding="utf-8")
    (tmp_path / "dc.json").write_text(json.dumps({"district": "东城区", "city": "北京市", "year": 2020, "period": "H1",
                                                   "kind": "plan_execution_midyear"}), encoding="utf-8")
    row = dh.load_corpus(tmp_path).reports.iloc[0]
    assert (row["place"], row["level"], row["period"], int(row["plan_year"])) == ("北京市东城区", "district", "2020H1", 2020)


# ----------------------------------------------------------------------------- sources
def test_folder_glob_list_and_jsonl(folder, tmp_path):
    (folder / ".hidden").mkdir()
    (folder / ".hidden" / "x.txt").write_text(REPORTS["a_2020.txt"], encoding="utf-8")
    (folder / "notes.md").write_text("not a report", encoding="utf-8")
    sub = folder / "sub"
    sub.mkdir()
    (sub / "a_2020.txt").write_text(REPORTS["a_2020.txt"], encoding="utf-8")
    c = dh.load_corpus(folder)
    assert len(c) == 4 and c.errors.empty
    assert sorted(c.report_ids) == ["a_2020", "a_2021", "a_2022", "sub_a_2020"]  # a clashing stem gets its folder
    assert len(dh.load_corpus(str(folder / "a_202[12].txt"))) == 2
    assert len(dh.load_corpus(str(folder / "**" / "*.txt"))) == 4
    listed = dh.load_corpus([folder / "a_2021.txt", folder / "missing.txt"])
    assert listed.report_ids == ["a_2021"]
    assert listed.errors["error"].iloc[0].startswith("no file named") and listed.errors["stage"].iloc[0] == "load"
    lines = [json.dumps({"report_id": "x1", "place": "示例区", "text": REPORTS["a_2021.txt"]}, ensure_ascii=False),
             "{not json", json.dumps({"report_id": "x3"}), ""]
    jl = tmp_path / "c.jsonl.gz"
    jl.write_bytes(gzip.compress("\n".join(lines).encode("utf-8")))
    c = dh.load_corpus(jl)
    assert c.report_ids == ["x1"] and list(c.errors["stage"]) == ["load", "load"]
    assert "line 2 is not JSON" in c.errors["error"].iloc[0] and "no text field" in c.errors["error"].iloc[1]


def test_nothing_to_read_raises_one_line(tmp_path):
    for source in (tmp_path / "missing", str(tmp_path / "*.txt"), tmp_path):
        with pytest.raises(ReportNotFoundError) as exc:
            dh.load_corpus(source)
        assert "\n" not in str(exc.value)
    with pytest.raises(TypeError):
        dh.load_corpus(42)


def test_broken_files_are_listed_and_the_rest_load(folder):
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (folder / "empty.txt").write_text("  \n", encoding="utf-8")
    c = dh.load_corpus(folder)
    assert len(c) == 3
    errs = c.errors.set_index("report_id")
    assert set(errs.index) == {"image", "empty"}
    assert all("\n" not in e for e in errs["error"]) and "binary" in errs.loc["image", "error"]


def test_key_tables_of_each_report_are_stacked(small):
    tables = small.tables(("headline", "targets"))
    head = tables["headline"]
    assert set(head["report_id"]) == set(small.report_ids) and {"year", "place"} <= set(head.columns)
    assert set(head["year"]) == {2021, 2022, 2023} and set(tables["targets"]["report_id"]) == set(small.report_ids)
    with pytest.raises(ValueError, match="unknown table"):
        small.tables(("nope",))


def test_to_jsonl_round_trip(small, tmp_path):
    path = small.to_jsonl(tmp_path / "c.jsonl.gz")
    again = dh.load_corpus(path)
    assert again.report_ids == small.report_ids
    assert [r.text for r in again] == [r.text for r in small]
    cols = ["title", "place", "level", "kind", "year", "period"]
    pd.testing.assert_frame_equal(again.reports[cols], small.reports[cols])


# ----------------------------------------------------------------------------- fact columns
def test_indicator_keys_name_exactly_the_concept():
    f = pd.DataFrame({"indicator": ["国内生产总值", "2016年全国居民消费价格", "年末城镇登记失业率", "城镇调查失业率",
                                    "单位国内生产总值能耗", "国内生产总值年均", "经济增长速度", "口", ""]})
    assert C.indicator_keys(f).tolist() == ["gdp", "cpi", "urban_registered_unemployment_rate",
                                            "urban_surveyed_unemployment_rate", "energy_intensity", "", "gdp", "", ""]
    given = f.assign(indicator_key=["x"] * len(f))
    assert set(C.indicator_keys(given)) == {"x"}  # the extractor's column, when there is one


def test_every_key_of_the_glossary_is_snake_case():
    from dhcheng_analysis.vocab import glossary

    keys = [t.key for t in glossary()]
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", k) for k in keys)
    assert {"gdp", "cpi", "urban_new_jobs", "urban_registered_unemployment_rate", "deficit_ratio",
            "grain_output"} <= set(keys)


def test_fact_years():
    reports = pd.DataFrame({"report_id": ["w", "h"], "year": pd.array([2017, 2020], dtype="Int64"),
                            "period_year": pd.array([2016, 2020], dtype="Int64"),
                            "plan_year": pd.array([2017, 2020], dtype="Int64")})
    facts = pd.DataFrame({
        "report_id": ["w"] * 8 + ["h"],
        "status": ["actual", "target", "actual", "target", "actual", "actual", "target", "actual", "target"],
        "period": ["", "", "2015年", "", "去年", "", "", "", ""],
        "section": ["一、过去五年工作回顾", "二、总体部署", "", "一、2016年工作回顾", "二、2017年工作总体部署",
                    "二、2017年工作总体部署", "一、1998年工作回顾和1999年工作的总体要求", "二、今年主要任务",
                    "三、下半年工作安排"],
    })
    got = C.fact_years(facts, reports)
    # a review of five years is no one year's (span); a plan part without a year is the plan year
    assert got["fact_year"].isna().tolist() == [True] + [False] * 8
    assert got["fact_year"].tolist()[1:] == [2017, 2015, 2016, 2016, 2016, 2017, 2016, 2020]
    assert got["year_source"].tolist() == ["span", "status", "period", "section", "period", "status", "status",
                                           "status", "status"]
    now = C.fact_years(facts.iloc[[1]].assign(period="目前"), reports)  # the time of writing: the year delivered
    assert now["fact_year"].tolist() == [2017] and now["year_source"].tolist() == ["period"]
    paragraph = C.fact_years(facts.iloc[[0]].assign(period="五年来"), reports)
    assert paragraph["fact_year"].isna().all() and paragraph["year_source"].tolist() == ["span"]
    # years in Chinese numerals, as the reports of 1954-1987 print them (一九五八年的工业总产值则为…, 比一九八○年的…)
    chinese = C.fact_years(facts.iloc[[0, 1]].assign(period=["一九八○年", ""], section=["", "一、一九五八年的计划"]),
                           reports)
    assert chinese["fact_year"].tolist() == [1980, 1958]
    assert chinese["year_source"].tolist() == ["period", "section"]


@pytest.mark.parametrize("rid,raw,period,year,source", [
    # 五年来，… ：城镇新增就业6600万人以上 is five years' total, not 2017's outcome (the years: 2013-2017年)
    ("gwr_2018", "6600万人", "2013-2017年", None, "span"),
    # 刚刚过去的2017年，…全面完成并好于预期。国内生产总值增长6.9%: the paragraph's year (that year, not the words saying it is past)
    ("gwr_2018", "6.9%", "2017年", 2017, "period"),
    # 2012年，在世界各大经济体…国内生产总值增长7.8% under 一、过去五年工作回顾
    ("gwr_2013", "7.8%", "2012年", 2012, "period"),
])
def test_the_year_a_paragraph_opens_with(bundled, rid, raw, period, year, source):
    f = bundled.facts()
    row = f[(f["report_id"] == rid) & (f["start"] >= 0)]
    row = row[[bundled[rid].text[a:b].startswith(raw[:-1]) and bundled[rid].text[a:b].endswith(raw[-1])
               for a, b in zip(row["start"], row["end"], strict=True)]]
    first = row.iloc[0]
    assert first["period"] == period and first["year_source"] == source
    assert (pd.isna(first["fact_year"]) if year is None else first["fact_year"] == year)


def test_corpus_facts_carry_report_and_year_columns(small):
    f = small.facts()
    assert set(C.CORPUS_FACT_COLUMNS) <= set(f.columns)
    assert list(dict.fromkeys(f["report_id"])) == small.report_ids
    t = f[(f["report_id"] == "a_2021") & (f["indicator_key"] == "gdp")].set_index("status")
    assert int(t.loc["actual", "fact_year"]) == 2021 and int(t.loc["target", "fact_year"]) == 2022
    assert set(f["place"]) == {"示例区"} and set(f["year"]) == {2021, 2022, 2023}


# ----------------------------------------------------------------------------- targets and outcomes
def _facts(rows: list[dict]) -> pd.DataFrame:
    base = {"place": "P", "measure": "yoy_pct", "unit": "%", "qualifier": "exact", "status": "actual",
            "indicator": "国内生产总值", "indicator_key": "gdp", "year_source": "section", "sentence": "s",
            "start": 0, "end": 2, "period": "", "comparator": ""}
    df = pd.DataFrame([{**base, **r} for r in rows])
    df["fact_year"] = df["fact_year"].astype("Int64")
    df["year"] = df["year"].astype("Int64")
    return df


def test_target_outcomes_rules():
    f = _facts([
        # report r1 (delivered 2021, reviews 2020): a range target for 2021
        dict(report_id="r1", fact_id="a", year=2021, report_period="2020", status="target", value=6.0, fact_year=2021,
             sentence="t", start=10, end=12),
        dict(report_id="r1", fact_id="b", year=2021, report_period="2020", status="target", value=6.5, fact_year=2021,
             sentence="t", start=13, end=17),
        dict(report_id="r1", fact_id="c", year=2021, report_period="2020", status="target", value=4.5, fact_year=2021,
             indicator="城镇登记失业率", indicator_key="ur", measure="rate_pct", qualifier="at_most"),
        dict(report_id="r1", fact_id="d", year=2021, report_period="2020", status="target", value=3.0, fact_year=2021,
             indicator="居民消费价格", indicator_key="cpi", qualifier="about"),
        # a mid-year report of 2021: its figures are not the year's outcome
        dict(report_id="h1", fact_id="e", year=2021, report_period="2021H1", value=12.7, fact_year=2021),
        # a report reviewing 2020 states no outcome of 2021, whatever its sentence says (a plan read as achieved)
        dict(report_id="r1", fact_id="z", year=2021, report_period="2020", value=9.9, fact_year=2021),
        # report r2 (reviews 2021): outcomes, and a later restatement in r3
        dict(report_id="r2", fact_id="f", year=2022, report_period="2021", value=8.1, fact_year=2021),
        dict(report_id="r2", fact_id="g", year=2022, report_period="2021", value=4.0, fact_year=2021,
             indicator_key="ur", measure="rate_pct"),
        dict(report_id="r2", fact_id="h", year=2022, report_period="2021", value=0.9, fact_year=2021,
             indicator_key="cpi"),
        dict(report_id="r2", fact_id="i", year=2022, report_period="2021", status="target", value=5.5, fact_year=2022,
             qualifier="about"),
        dict(report_id="r3", fact_id="j", year=2023, report_period="2022", value=8.4, fact_year=2021),
        dict(report_id="r3", fact_id="k", year=2023, report_period="2022", value=3.0, fact_year=2022),
    ])
    to = C.target_outcomes(f).set_index(["indicator_key", "year"])
    gdp21 = to.loc[("gdp", 2021)]
    assert (gdp21["target_value"], gdp21["target_high"], gdp21["outcome_value"]) == (6.0, 6.5, 8.1)
    assert (gdp21["target_fact_id"], gdp21["target_high_fact_id"], gdp21["outcome_fact_id"]) == ("a", "b", "f")
    assert not gdp21["met"] and gdp21["gap"] == pytest.approx(2.1)
    assert to.loc[("ur", 2021), "met"] and to.loc[("cpi", 2021), "met"]  # a price target is a ceiling (vocab)
    gdp22 = to.loc[("gdp", 2022)]
    assert (gdp22["target_value"], gdp22["outcome_value"], gdp22["met"]) == (5.5, 3.0, False)
    assert (gdp22["target_report_id"], gdp22["outcome_report_id"]) == ("r2", "r3")
    by_qualifier = C.target_outcomes(f, ceilings=()).set_index(["indicator_key", "year"])
    assert not by_qualifier.loc[("cpi", 2021), "met"]  # 0.9 is not within 0.5 of 3.0
    floor = C.target_outcomes(f, floors=("gdp",)).set_index(["indicator_key", "year"])
    assert floor.loc[("gdp", 2021), "met"] and not floor.loc[("gdp", 2022), "met"]  # 8.1 over 6-6.5; 3.0 under 5.5
    wide = C.target_outcomes(f, tolerance=3.0).set_index(["indicator_key", "year"])
    assert wide.loc[("gdp", 2022), "met"]  # 3.0 is within 3 of 5.5
    assert len(C.target_outcomes(f, how="left")) == len(to)


def test_met_follows_the_qualifier():
    nan = float("nan")
    assert C._met("at_least", 6, nan, 6.0, 0.5) and not C._met("at_least", 6, nan, 5.9, 0.5)
    assert C._met("at_most", 4.5, nan, 4.5, 0.5) and not C._met("at_most", 4.5, nan, 4.6, 0.5)
    assert C._met("about", 5.5, nan, 5.0, 0.5) and not C._met("about", 5.5, nan, 4.9, 0.5)
    assert C._met("exact", 6.5, 7.0, 6.7, 0.5) and not C._met("exact", 6.5, 7.0, 7.2, 0.5)
    assert C._met("about", 6.5, 7.0, 7.2, 0.5)  # a range with 左右 widens by the tolerance
    assert C._met("about", 3.0, nan, 0.2, 0.5, ceiling=True)
    assert not C._met("about", 3.0, nan, 3.3, 0.5, ceiling=True)  # a ceiling is at its figure, 左右 or not
    assert C._met("exact", -3.0, nan, -5.6, 0.5, ceiling=True) and not C._met("exact", -3.0, nan, -2.8, 0.5, ceiling=True)
    assert C._met("exact", -3.0, -4.0, -3.5, 0.5, ceiling=True)  # a fall of 3%－4%: any fall of 3% or more
    # 城镇新增就业900万人 (2006) met by 1184万 when read as a floor; not as a point within 2 %
    assert C._met("exact", 9e6, nan, 11.84e6, 1.8e5, floor=True) and not C._met("exact", 9e6, nan, 11.84e6, 1.8e5)
    assert not C._met("exact", 9e6, nan, 8.5e6, 1.8e5, floor=True)
    assert C._met("at_least", -3.4, nan, -5.0, 0.5) and not C._met("at_least", -3.4, nan, -3.1, 0.5)  # 下降3.4%以上
    assert C._met("at_most", -2.0, nan, -1.0, 0.5) and not C._met("at_most", -2.0, nan, -2.5, 0.5)  # 降幅2%以内


def test_ranges_by_flags_when_the_facts_have_them():
    f = _facts([dict(report_id="r", fact_id=i, year=2021, report_period="2020", status="target", value=v,
                     fact_year=2021, start=s, end=s + 2, flags=fl)
                for i, v, s, fl in (("a", 6.0, 0, "range_low"), ("b", 6.5, 40, "range_high"))])
    t = C._ranges(f)
    assert len(t) == 1 and (t["value"].iloc[0], t["high"].iloc[0]) == (6.0, 6.5)


def test_small_corpus_targets_against_outcomes(small):
    to = dh.target_outcomes(small, how="left").set_index(["indicator_key", "year"])
    assert to.loc[("gdp", 2021), ["target_value", "target_qualifier", "outcome_value"]].tolist() == [6.0, "at_least", 6.8]
    assert bool(to.loc[("gdp", 2021), "met"])
    assert to.loc[("gdp", 2022), ["target_value", "target_qualifier", "outcome_value"]].tolist() == [5.5, "about", 4.9]
    assert not bool(to.loc[("gdp", 2022), "met"])
    r = to.loc[("gdp", 2023)]
    assert (r["target_value"], r["target_high"], pd.isna(r["outcome_value"])) == (5.0, 5.5, True)
    jobs = to.loc[("urban_new_jobs", 2022)]
    assert (jobs["target_value"], jobs["outcome_value"], bool(jobs["met"])) == (12000.0, 10000.0, False)
    hits = C.hit_rates(dh.target_outcomes(small)).set_index("indicator_key")
    assert hits.loc["gdp", ["years", "met", "years_missed"]].tolist() == [2, 1, "2022"]


# The GDP targets and outcomes of the national work reports, read from the texts: (year, target low,
# target high, qualifier, outcome).
GDP_FROM_THE_TEXTS = [
    (2005, 8.0, None, "about", 9.9), (2006, 8.0, None, "about", 10.7), (2008, 8.0, None, "about", 9.0),
    (2009, 8.0, None, "about", 8.7), (2010, 8.0, None, "about", 10.3), (2012, 7.5, None, "exact", 7.8),
    (2013, 7.5, None, "about", 7.7), (2014, 7.5, None, "about", 7.4), (2015, 7.0, None, "about", 6.9),
    (2017, 6.5, None, "about", 6.9), (2018, 6.5, None, "about", 6.6), (2021, 6.0, None, "at_least", 8.1),
    (2022, 5.5, None, "about", 3.0), (2023, 5.0, None, "about", 5.2), (2024, 5.0, None, "about", 5.0),
]
GDP_NAMED_AWAY_FROM_ITS_FIGURE = [  # the name stands apart from the figure, or a range
    pytest.param(1994, 9.0, None, "exact", 11.8),
    pytest.param(1998, 8.0, None, "exact", 7.8),  # 经济增长速度8 ％ (a space before the sign)
    pytest.param(2003, 7.0, None, "about", 9.1),  # 今年经济增长预期目标为7%左右
    pytest.param(2004, 7.0, None, "about", 9.5),  # 中央提出今年经济增长7%左右
    pytest.param(2011, 8.0, None, "about", 9.2),
    pytest.param(2016, 6.5, 7.0, "exact", 6.7),
]


@pytest.mark.parametrize("year,low,high,qualifier,outcome", GDP_FROM_THE_TEXTS + GDP_NAMED_AWAY_FROM_ITS_FIGURE)
def test_gdp_target_and_outcome_of_the_work_reports(bundled_outcomes, year, low, high, qualifier, outcome):
    to = bundled_outcomes
    row = to[(to["indicator_key"] == "gdp") & (to["measure"] == "yoy_pct") & (to["year"] == year)]
    assert len(row) == 1, f"no GDP target and outcome for {year}"
    r = row.iloc[0]
    assert (r["target_value"], r["target_qualifier"], r["outcome_value"]) == (low, qualifier, outcome)
    assert (pd.isna(r["target_high"]) if high is None else r["target_high"] == high)
    assert r["target_report_id"] == f"gwr_{year}" and r["outcome_report_id"] == f"gwr_{year + 1}"


def test_gdp_ranges_keep_both_ends_and_the_2021_floor_is_met(bundled):
    to = dh.target_outcomes(bundled, how="left")
    gdp = to[to["indicator_key"] == "gdp"].set_index("year")
    assert gdp.loc[2016, ["target_value", "target_high"]].tolist() == [6.5, 7.0]
    assert gdp.loc[2019, ["target_value", "target_high"]].tolist() == [6.0, 6.5]
    assert pd.isna(gdp.loc[2019, "outcome_value"])  # the 2020 report is not in the corpus
    assert bool(gdp.loc[2021, "met"]) and not bool(gdp.loc[2022, "met"])
    sentence = gdp.loc[2022, "target_sentence"]
    assert "5.5%左右" in sentence and "3%" in gdp.loc[2022, "outcome_sentence"]


# National work reports: the target of one year's report, the outcome the next year's report states, and the
# verdict a reader gives: a limit (prices, unemployment, the deficit, energy use, emissions) or a planned fall is met
# at or under its figure, whatever its qualifier.
LIMITS_AND_DECLINES = [
    # 2016: 二氧化硫、氮氧化物排放量分别下降3%; 2017: 二氧化硫、氮氧化物排放量分别下降5.6%和4%
    ("so2_emissions", 2016, -3.0, -5.6, True),
    ("nox_emissions", 2016, -3.0, -4.0, True),
    # 2006: 单位国内生产总值能耗降低4%左右; 2007: 单位国内生产总值能耗…转为下降1.2% (a smaller fall misses)
    ("energy_intensity", 2006, -4.0, -1.2, False),
    # 2024: 单位国内生产总值能耗降低2.5%左右; 2025: 单位国内生产总值能耗降幅超过3%
    ("energy_intensity", 2024, -2.5, -3.0, True),
    # 2014: 居民消费价格涨幅控制在3.5%左右; 2015: 居民消费价格上涨2%
    ("cpi", 2014, 3.5, 2.0, True),
    # 2024: 居民消费价格涨幅3%左右; 2025: 居民消费价格上涨0.2%
    ("cpi", 2024, 3.0, 0.2, True),
    # 2010: 居民消费价格涨幅3％左右; 2011: 居民消费价格涨幅控制在 3.3% (over the ceiling, though within 0.5 of it)
    ("cpi", 2010, 3.0, 3.3, False),
    # 2023: 城镇调查失业率5.5%左右; 2024: 城镇调查失业率平均为5.2%
    ("urban_surveyed_unemployment_rate", 2023, 5.5, 5.2, True),
    # 2022: 赤字率拟按2.8%左右安排; 2023: 财政赤字率控制在2.8%
    ("deficit_ratio", 2022, 2.8, 2.8, True),
]


@pytest.mark.parametrize("key,year,target,outcome,met", LIMITS_AND_DECLINES)
def test_a_limit_or_a_planned_fall_of_the_work_reports_is_met_at_or_under_it(bundled_outcomes, key, year, target,
                                                                             outcome, met):
    to = bundled_outcomes
    r = to[(to["indicator_key"] == key) & (to["year"] == year)].iloc[0]
    assert (r["target_value"], r["outcome_value"], bool(r["met"])) == (target, outcome, met)
    assert r["target_report_id"] == f"gwr_{year}" and r["outcome_report_id"] == f"gwr_{year + 1}"


# Targets of the national work reports that are leasts in policy practice (floor_target_keys), met at or over their
# figure whatever their qualifier: (key, measure, year, target, outcome, report of the outcome, met).
FLOORS = [
    # 2004: 新增城镇就业900万人; 2005: 城镇新增就业980万人，超过预期目标
    ("urban_new_jobs", "level", 2004, 9e6, 9.8e6, "gwr_2005", True),
    # 2005: 城镇新增就业900万人; 2006: 城镇新增就业人口970万人
    ("urban_new_jobs", "level", 2005, 9e6, 9.7e6, "gwr_2006", True),
    # 2006: 城镇新增就业900万人; 2007: 城镇新增就业1184万人
    ("urban_new_jobs", "level", 2006, 9e6, 11.84e6, "gwr_2007", True),
    # 2008: 城镇新增就业1000万人; 2009: 城镇新增就业1113万人
    ("urban_new_jobs", "level", 2008, 10e6, 11.13e6, "gwr_2009", True),
    # 2023: 城镇新增就业1200万人左右; 2024: 城镇新增就业1244万人 (over, though more than 2% over)
    ("urban_new_jobs", "level", 2023, 12e6, 12.44e6, "gwr_2024", True),
    # 2023: 粮食产量保持在1.3万亿斤以上; 2024: 粮食产量1.39万亿斤
    ("grain_output", "level", 2023, 1.3e12, 1.39e12, "gwr_2024", True),
    # 1958: 钢产量拟定为六百二十四万八千吨; 1959: 钢产量由一九五七年的五百三十五万吨增长到一千一百零八万吨
    ("steel_output", "level", 1958, 6.248e6, 11.08e6, "gwr_1959", True),
    # 1957: 工业总产值…达到六百零三亿元; 1959: 工业总产值达到了六百五十亿二千万元
    ("industrial_output", "level", 1957, 60.3e9, 65.02e9, "gwr_1959", True),
    # 1957: 农业总产值…达到六百一十一亿元; 1958: 农业和农副业总产值达到六百零三亿五千万元 (under the plan, though within
    # 2%; the first report after the year prints it, as 1959's 农业总产值达到了六百零三亿五千万元 does again)
    ("agricultural_output", "level", 1957, 61.1e9, 60.35e9, "gwr_1958", False),
    # 2016: 今年棚户区住房改造600万套; 2017: 棚户区住房改造600多万套
    ("shantytown_renovation", "level", 2016, 6e6, 6e6, "gwr_2017", True),
    # 2015: 农村危房改造366万户; 2016: 农村危房改造432万户
    ("rural_dilapidated_houses_renovated", "level", 2015, 3.66e6, 4.32e6, "gwr_2016", True),
    # 2021: 新开工改造城镇老旧小区5.3万个; 2022: 新开工改造城镇老旧小区5.6万个
    ("old_compounds_renovation_started", "level", 2021, 5.3e4, 5.6e4, "gwr_2022", True),
    # 2016: 新建改建农村公路20万公里; 2017: 新建改建农村公路29万公里
    ("rural_roads_built", "level", 2016, 2e5, 2.9e5, "gwr_2017", True),
    # 2018: 启动新的三年棚改攻坚计划，今年开工580万套; 2019: 棚户区住房改造620多万套
    ("shantytown_renovation", "level", 2018, 5.8e6, 6.2e6, "gwr_2019", True),
    # 2009: 再解决6000万人安全饮水问题; 2010: 农村饮水安全工程使6069万农民受益
    ("rural_safe_drinking_water", "level", 2009, 6e7, 6.069e7, "gwr_2010", True),
    # 2016: 再开工20项重大水利工程; 2017: 新开工重大水利工程21项
    ("major_water_projects_started", "level", 2016, 20, 21, "gwr_2017", True),
    # 2008: 今年要再解决3200万农村人口的安全饮水问题; 2009: 解决4800多万农村人口的饮水安全问题
    ("rural_safe_drinking_water", "level", 2008, 3.2e7, 4.8e7, "gwr_2009", True),
    # the central budget's spending a report sets aside, delivered at or over it:
    # 2008: 今年中央财政安排“三农”支出5625亿元; 2009: 全年中央财政用于“三农”的投入5955亿元
    ("central_agriculture_rural_spending", "level", 2008, 5.625e11, 5.955e11, "gwr_2009", True),
    # 2006: 今年中央财政安排科技投入716亿元; 2007: 全年中央财政用于科技、教育、卫生和文化事业的支出分别为774亿元、…
    ("central_science_technology_spending", "level", 2006, 7.16e10, 7.74e10, "gwr_2007", True),
    # 2006: 中央财政今年安排再就业补助资金25l亿元; 2007: 中央财政安排就业再就业资金 234亿元 (under it)
    ("central_employment_funds", "level", 2006, 2.51e10, 2.34e10, "gwr_2007", False),
    # 2009: 中央财政拟投入社会保障资金2930亿元; 2010: 中央财政安排社会保障资金2906亿元 (under it, though within 2%)
    ("central_social_security_funds", "level", 2009, 2.93e11, 2.906e11, "gwr_2010", False),
]


@pytest.mark.parametrize("key,measure,year,target,outcome,outcome_report,met", FLOORS)
def test_a_least_of_the_work_reports_is_met_at_or_over_it(bundled_outcomes, key, measure, year, target, outcome,
                                                           outcome_report, met):
    to = bundled_outcomes
    r = to[(to["indicator_key"] == key) & (to["measure"] == measure) & (to["year"] == year)].iloc[0]
    assert (r["target_value"], r["outcome_value"], bool(r["met"])) == pytest.approx((target, outcome, met))
    assert r["target_report_id"] == f"gwr_{year}" and r["outcome_report_id"] == outcome_report


def test_the_direct_transfer_funds_planned_meet_those_counted_next_year(bundled_outcomes):
    # national work report 2021: 将2.8万亿元中央财政资金纳入直达机制; 2022: 将2.8万亿元中央财政资金纳入直达范围
    to = bundled_outcomes.set_index(["indicator_key", "year"])
    r = to.loc[("central_direct_funds", 2021)]
    assert (r["target_value"], r["outcome_value"], bool(r["met"]), r["outcome_report_id"]) == (2.8e12, 2.8e12, True,
                                                                                             "gwr_2022")


def test_floor_keys_are_glossary_keys_and_can_be_read_by_their_qualifier(bundled, bundled_outcomes):
    assert set(vocab.corpus_rules().floor_target_keys) <= {t.key for t in vocab.glossary()}
    assert not set(vocab.corpus_rules().floor_target_keys) & set(vocab.corpus_rules().ceiling_target_keys)
    # national work report 2004: 新增城镇就业900万人; 2005: 980万 — not within 2% when read as a point
    to = dh.target_outcomes(bundled, floors=()).set_index(["indicator_key", "measure", "year"])
    assert not to.loc[("urban_new_jobs", "level", 2004), "met"]
    # national work report 2010: 国内生产总值增长8％左右; 2011: 增长10.3% — a growth target is no floor
    assert not bundled_outcomes.set_index(["indicator_key", "year"]).loc[("gdp", 2010), "met"]
    hits = dh.hit_rates(bundled_outcomes).set_index(["indicator_key", "measure"])
    jobs = hits.loc[("urban_new_jobs", "level")]  # every year of the jobs target, 2004 to 2024, met
    assert jobs["met"] == jobs["years"] >= 18 and jobs["years_missed"] == ""


def test_ceiling_keys_are_glossary_keys_and_can_be_read_by_their_qualifier(bundled):
    keys = {t.key for t in vocab.glossary()}
    assert set(vocab.corpus_rules().ceiling_target_keys) <= keys
    # national work report 2014: 居民消费价格涨幅控制在3.5%左右, 2015: 上涨2% — not within 0.5 when read as a point
    to = dh.target_outcomes(bundled, ceilings=()).set_index(["indicator_key", "year"])
    assert not to.loc[("cpi", 2014), "met"]
    assert to.loc[("so2_emissions", 2016), "met"]  # a planned fall is a least fall whatever its key


# ----------------------------------------------------------------------------- panel and consistency
def test_panel_long_and_wide(small):
    long = small.panel(["gdp"])
    assert long[["year", "value"]].values.tolist() == [[2020, 2.1], [2021, 6.8], [2022, 4.9]]
    assert set(long["report_id"]) == {"a_2020", "a_2021", "a_2022"} and long["sentence"].str.contains("增长").all()
    wide = small.panel(["gdp", "urban_new_jobs"], measure=None, wide=True)
    assert wide.loc[("urban_new_jobs", "level"), 2021] == 13000.0
    targets = small.panel(["gdp"], status="target", wide=True)
    assert targets.loc["gdp", 2022] == 5.5


def test_panel_prefers_the_first_report_that_reviews_the_year():
    f = _facts([dict(report_id="r2", fact_id="a", year=2022, report_period="2021", value=8.1, fact_year=2021),
                dict(report_id="r3", fact_id="b", year=2023, report_period="2022", value=8.4, fact_year=2021)])
    p = C.panel(f, "gdp")
    assert p[["year", "value", "report_id"]].values.tolist() == [[2021, 8.1, "r2"]]


def test_a_series_printed_in_several_units_of_one_dimension_is_stated_in_one():
    # grain output as the work reports print it: 1979 in 万吨, 1987 and 2005 in 亿公斤 and 亿斤 (values in base units)
    grain = dict(measure="level", indicator="粮食产量", indicator_key="grain_output")
    f = _facts([
        dict(grain, report_id="r1980", fact_id="a", year=1980, report_period="1979", value=332_120_000.0, unit="吨",
             fact_year=1979),
        dict(grain, report_id="r1988", fact_id="b", year=1988, report_period="1987", value=402_400_000_000.0,
             unit="公斤", fact_year=1987),
        dict(grain, report_id="r2006", fact_id="c", year=2006, report_period="2005", value=968_000_000_000.0,
             unit="斤", fact_year=2005),
        dict(grain, report_id="r2007", fact_id="d", year=2007, report_period="2006", value=497_460_000.0, unit="吨",
             fact_year=2006),
        # (a trade total in 元 one year and 美元 another: no rate of exchange, two rows)
        dict(measure="level", indicator="进出口总额", indicator_key="foreign_trade", report_id="r2014", fact_id="e",
             year=2014, report_period="2013", value=4e12, unit="美元", fact_year=2013),
        dict(measure="level", indicator="进出口总额", indicator_key="foreign_trade", report_id="r2019", fact_id="f",
             year=2019, report_period="2018", value=3e13, unit="元", fact_year=2018),
    ])
    long = C.panel(f, "grain_output", measure="level")
    assert long[["year", "value", "unit"]].values.tolist() == [
        [1979, 332_120_000.0, "吨"], [1987, 402_400_000.0, "吨"], [2005, 484_000_000.0, "吨"], [2006, 497_460_000.0, "吨"]]
    assert f["unit"].tolist()[:4] == ["吨", "公斤", "斤", "吨"]  # (the facts are left as they are)
    wide = C.panel(f, measure="level", wide=True)
    assert wide.loc[("foreign_trade", "美元"), 2013] == 4e12 and wide.loc[("foreign_trade", "元"), 2018] == 3e13
    assert wide.loc[("grain_output", "吨"), 2005] == 484_000_000.0


def test_a_target_and_its_outcome_in_units_of_one_dimension_are_compared():
    grain = dict(measure="level", indicator="粮食产量", indicator_key="grain_output")
    f = _facts([
        dict(grain, report_id="r2022", fact_id="a", year=2022, report_period="2021", status="target",
             value=1.3e12, unit="斤", qualifier="at_least", fact_year=2022),
        dict(grain, report_id="r2023", fact_id="b", year=2023, report_period="2022", value=686_530_000.0, unit="吨",
             fact_year=2022),
    ])
    to = C.target_outcomes(f)
    assert to[["year", "target_value", "outcome_value", "unit"]].values.tolist() == [[2022, 1.3e12, 1.37306e12, "斤"]]
    assert bool(to.loc[0, "met"])


def test_a_figure_of_part_of_a_year_is_no_figure_of_the_year():
    # 1981 (a review of 1980): 与去年同期相比，工业总产值第一季度下降０．２％ — against the target of the year
    out = dict(indicator="工业总产值", indicator_key="industrial_output", report_period="1980", year=1981)
    f = _facts([
        dict(report_id="r1980", fact_id="a", year=1980, report_period="1979", status="target", value=6.0,
             fact_year=1980, indicator="工业总产值", indicator_key="industrial_output"),
        dict(out, report_id="r1981", fact_id="b", value=-0.2, fact_year=1980, period="第一季度"),
        dict(out, report_id="r1981", fact_id="c", value=1.7, fact_year=1980, period="1-6月"),
        dict(out, report_id="r1981", fact_id="d", value=8.7, fact_year=1980, period="1-12月", start=30, end=33),
    ])
    assert C.target_outcomes(f)[["year", "target_value", "outcome_value"]].values.tolist() == [[1980, 6.0, 8.7]]
    assert C.panel(f, "industrial_output")["value"].tolist() == [8.7]


def test_a_change_on_one_base_is_not_compared_with_a_change_on_another():
    # 1983: a target against 1978, the outcomes against 1978 and averaged per year
    common = dict(measure="change_pct", indicator="工农业总产值", indicator_key="gross_output_industry_agriculture")
    f = _facts([
        dict(common, report_id="r1982", fact_id="a", year=1982, report_period="1981", status="target", value=30.0,
             fact_year=1982, comparator="一九七八年"),
        dict(common, report_id="r1983", fact_id="b", year=1983, report_period="1982", value=7.3, fact_year=1982,
             comparator="年均", start=40, end=44),
        dict(common, report_id="r1983", fact_id="c", year=1983, report_period="1982", value=32.6, fact_year=1982,
             comparator="一九七八年", start=50, end=54),
    ])
    to = C.target_outcomes(f, how="left")
    assert to[["target_value", "outcome_value", "outcome_fact_id"]].values.tolist() == [[30.0, 32.6, "c"]]


def test_a_plan_average_per_year_is_no_target_of_the_plan_year():
    # national work report 1982: 在这个期间，我国工农业总产值计划增长百分之二十一点七，平均每年递增百分之四
    # (1981-1985) is a figure of the five years, not the target of 1982, whatever an average of 1982 says
    common = dict(measure="change_pct", indicator="工农业总产值", indicator_key="gross_output_industry_agriculture")
    f = _facts([
        dict(common, report_id="r1982", fact_id="a", year=1982, report_period="1981", status="target", value=4.0,
             fact_year=1982, comparator="平均每年"),
        dict(common, report_id="r1983", fact_id="c", year=1983, report_period="1982", value=7.3, fact_year=1982,
             comparator="年均", start=40, end=44),
    ])
    assert C.target_outcomes(f, how="left").empty
    assert C.panel(f, measure="change_pct").empty


def test_level_consistency():
    common = dict(measure="level", unit="元", indicator="一般公共预算收入", indicator_key="general_budget_revenue",
                  raw_unit="亿元")
    f = _facts([
        dict(report_id="r1", fact_id="a", year=2021, report_period="2020", value=100e8, raw_value="100",
             fact_year=2020, sentence="收入100亿元。", **common),
        dict(report_id="r2", fact_id="b", year=2022, report_period="2021", value=110e8, raw_value="110",
             fact_year=2021, sentence="收入110亿元，增长10%。", **common),
        dict(report_id="r2", fact_id="c", year=2022, report_period="2021", value=10.0, raw_value="10",
             fact_year=2021, indicator_key="general_budget_revenue", sentence="收入110亿元，增长10%。"),
        dict(report_id="r3", fact_id="d", year=2023, report_period="2022", value=130e8, raw_value="130",
             fact_year=2022, sentence="收入130亿元，增长5%。", **common),
        dict(report_id="r3", fact_id="e", year=2023, report_period="2022", value=5.0, raw_value="5",
             fact_year=2022, indicator_key="general_budget_revenue", sentence="收入130亿元，增长5%。"),
    ])
    c = C.level_consistency(f).set_index("year")
    assert c.loc[2021, "implied_level"] == pytest.approx(110e8) and bool(c.loc[2021, "consistent"])
    assert c.loc[2022, "implied_level"] == pytest.approx(115.5e8) and not bool(c.loc[2022, "consistent"])
    assert c.loc[2022, "diff_pct"] == pytest.approx((130 / 115.5 - 1) * 100)
    assert (c.loc[2022, "prior_sentence"], c.loc[2022, "growth_sentence"]) == ("收入110亿元，增长10%。", "收入130亿元，增长5%。")
    diffs = C.level_consistency(f, only_differences=True)
    assert diffs["year"].tolist() == [2022]
    gdp = C.level_consistency(f.assign(indicator_key="gdp"))
    assert gdp["consistent"].isna().all() and set(gdp["growth_basis"]) == {"constant prices"}
    # a growth the text states in real terms (扣除价格因素，分别增长9.6%和6.2%) is not checked against the levels
    real = f.assign(flags=["", "", "real_terms", "", ""])
    r = C.level_consistency(real).set_index("year")
    assert pd.isna(r.loc[2021, "consistent"]) and r.loc[2021, "growth_basis"] == "constant prices"
    assert r.loc[2022, "growth_basis"] == "as stated"


# ----------------------------------------------------------------------------- engines and cache
def test_pool_gives_the_same_facts(small):
    again = dh.load_corpus([Path(str(r.path)) for r in small])
    pd.testing.assert_frame_equal(again.facts(jobs=2), small.facts())


def test_cache_parses_only_new_texts(folder, tmp_path):
    cache = tmp_path / "cache"
    first = dh.load_corpus(folder)
    f1 = first.facts(cache_dir=cache)
    assert (first.last_run.n_parsed, first.last_run.n_cached) == (3, 0)
    (folder / "a_2023.txt").write_text(district_report(2023, 5.2, 1.2, "5%左右", 1.2), encoding="utf-8")
    (folder / "a_2021.txt").write_text(REPORTS["a_2021.txt"].replace("6.8%", "6.9%"), encoding="utf-8")
    grown = dh.load_corpus(folder)
    f2 = grown.facts(cache_dir=cache)
    assert (grown.last_run.n_parsed, grown.last_run.n_cached) == (2, 2)  # the new file and the changed one
    old = f2[f2["report_id"].isin(["a_2020", "a_2022"])].reset_index(drop=True)
    pd.testing.assert_frame_equal(old, f1[f1["report_id"].isin(["a_2020", "a_2022"])].reset_index(drop=True))
    for p in cache.glob("*.parquet"):
        p.write_bytes(b"damaged")
    third = dh.load_corpus(folder)
    pd.testing.assert_frame_equal(third.facts(cache_dir=cache), f2)
    assert third.last_run.n_parsed == 4


def test_cached_facts_are_identical_and_relabelled(small, tmp_path):
    c = dh.load_corpus([Path(str(r.path)) for r in small])
    c.facts(cache_dir=tmp_path)
    c2 = dh.load_corpus([Path(str(r.path)) for r in small])
    pd.testing.assert_frame_equal(c2.facts(cache_dir=tmp_path), small.facts())
    task = engine.ParseTask("other_id", small["a_2021"].text, dict(small["a_2021"].metadata))
    res = engine.run([task], cache_dir=tmp_path).results[0]
    assert res.cached and set(res.facts["report_id"]) == {"other_id"}


def test_a_failing_report_becomes_an_error_row(small, monkeypatch):
    import dhcheng_analysis.facts as facts_module

    real = facts_module.extract_facts

    def flaky(report):
        if report.report_id == "a_2021":
            raise ValueError("boom\nsecond line")
        return real(report)

    monkeypatch.setattr(facts_module, "extract_facts", flaky)
    c = dh.load_corpus([Path(str(r.path)) for r in small])
    f = c.facts()
    assert set(f["report_id"]) == {"a_2020", "a_2022"}
    e = c.errors.iloc[0]
    assert (e["report_id"], e["stage"], e["error"]) == ("a_2021", "parse", "extractor failed: ValueError: boom")


def test_engine_usage_errors(monkeypatch):
    task = [engine.ParseTask("r", "增长5%。")]
    with pytest.raises(engine.EngineError, match="unknown engine"):
        engine.run(task, engine="spark")
    with pytest.raises(engine.EngineError, match="needs the dask engine"):
        engine.run(task, scheduler="tcp://127.0.0.1:1")
    with pytest.raises(engine.EngineError, match="at least 1"):
        engine.run(task, jobs=0)
    import builtins

    real_import = builtins.__import__

    def no_distributed(name, *args, **kwargs):
        if name == "distributed" or name.startswith("distributed."):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_distributed)
    with pytest.raises(engine.EngineError, match=r"dhcheng_analysis\[dask\]"):
        engine.run(task, engine="dask")


@pytest.mark.slow
def test_dask_cluster_gives_the_same_facts(small):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as cluster:
        c = dh.load_corpus([Path(str(r.path)) for r in small])
        f = c.facts(engine="dask", scheduler=cluster.scheduler_address)
    pd.testing.assert_frame_equal(f, small.facts())
    assert c.errors.empty


# ----------------------------------------------------------------------------- the command
def test_cli_three_reports_and_a_broken_file(folder, tmp_path):
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    out = tmp_path / "out"
    code, stdout, stderr = run_cli("corpus", str(folder), "-o", str(out), "--jobs", "2")
    assert code == 0, stderr
    for name in ("facts.parquet", "panel.parquet", "target_outcomes.parquet", "consistency.parquet",
                 "reports.parquet", "errors.csv", "corpus.xlsx"):
        assert (out / name).is_file(), name
    assert "broken.txt" in stdout and "parsed 3, 0 from the cache" in stdout
    assert stdout.rstrip().splitlines()[-1] == str(out.resolve())
    errors = pd.read_csv(out / "errors.csv", encoding="utf-8-sig")
    assert errors["report_id"].tolist() == ["broken"] and errors["stage"].tolist() == ["load"]
    facts = pd.read_parquet(out / "facts.parquet")
    assert set(facts["report_id"]) == {"a_2020", "a_2021", "a_2022"}
    to = pd.read_parquet(out / "target_outcomes.parquet")
    assert len(to[(to["indicator_key"] == "gdp") & to["outcome_value"].notna()]) == 2
    assert run_cli("corpus", str(folder), "-o", str(out), "--strict")[0] == 1
    (folder / "a_2023.txt").write_text(district_report(2023, 5.2, 1.2, "5%左右", 1.2), encoding="utf-8")
    code, stdout, _ = run_cli("corpus", str(folder), "-o", str(out))
    assert code == 0 and "parsed 1, 3 from the cache" in stdout


def test_cli_lists_a_broken_file_with_a_control_character_in_its_name_escaped(folder, tmp_path):
    (folder / "bro\x1b[2Jken.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    code, stdout, _ = run_cli("corpus", str(folder), "-o", str(tmp_path / "out"))
    listed = [ln for ln in stdout.splitlines() if "ken.txt" in ln]
    assert code == 0 and len(listed) == 1 and "\x1b" not in listed[0] and "bro\\x1b[2Jken.txt" in listed[0]


def test_cli_usage_and_input_errors(tmp_path):
    assert run_cli("corpus")[0] == 2  # no -o
    code, _, err = run_cli("corpus", "-o", str(tmp_path), "--scheduler", "tcp://x:8786")
    assert code == 2 and "--engine dask" in err
    code, out, err = run_cli("corpus", str(tmp_path / "missing"), "-o", str(tmp_path / "o"))
    assert code == 1 and out == "" and err.count("\n") == 1 and "no file or folder" in err
    (tmp_path / "file").write_text("x", encoding="utf-8")
    code, _, err = run_cli("corpus", "-o", str(tmp_path / "file"))
    assert code == 1 and "is a file" in err


def test_an_output_that_is_a_file_is_refused_before_a_report_is_read(tmp_path, monkeypatch):
    import dhcheng_analysis.corpus_export as corpus_export

    def read(*_args, **_kwargs):
        raise AssertionError("the corpus was read")

    monkeypatch.setattr(corpus_export, "load_corpus", read)
    (tmp_path / "file").write_text("x", encoding="utf-8")
    code, _, err = run_cli("corpus", "-o", str(tmp_path / "file"))
    assert code == 1 and "is a file" in err and "was read" not in err


def test_errors_csv_and_workbook_never_hold_formulas(tmp_path):
    from openpyxl import load_workbook

    text = district_report(2021, 6.8, 1.3, "5.5%左右", 1.2).replace("2022年经济社会发展主要预期目标是：",
                                                                    "\n=2022年经济社会发展主要预期目标是：")
    lines = [json.dumps({"report_id": "=HYPERLINK(\"http://x\")", "note": "no text"}),
             json.dumps({"report_id": "ok", "text": text}, ensure_ascii=False),
             json.dumps({"report_id": "ok2", "text": district_report(2022, 4.9, 1.0, "5%", 1)}, ensure_ascii=False)]
    src = tmp_path / "c.jsonl"
    src.write_text("\n".join(lines), encoding="utf-8")
    out = tmp_path / "out"
    code, _, _ = run_cli("corpus", str(src), "-o", str(out), "--jobs", "1")
    assert code == 0
    assert "'=HYPERLINK" in (out / "errors.csv").read_text(encoding="utf-8-sig")
    wb = load_workbook(out / "corpus.xlsx")
    cells = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row]
    assert not any(c.data_type == "f" for c in cells)
    assert any(isinstance(c.value, str) and c.value.startswith("=2022年") for c in cells)
    assert any(isinstance(c.value, str) and c.value.startswith("=HYPERLINK") for c in cells)


# ----------------------------------------------------------------------------- charts
def _corpus_plots():
    """The corpus charts, imported by the tests that draw: collecting this module imports no pyplot."""
    import matplotlib

    matplotlib.use("Agg")
    from dhcheng_analysis import corpus_plots

    return corpus_plots


def _render(ax) -> None:
    import matplotlib.pyplot as plt

    with warnings.catch_warnings():
        warnings.filterwarnings("error", message=r"(?s).*missing from font")
        buf = io.BytesIO()
        ax.figure.savefig(buf, format="png")
    plt.close(ax.figure)


def test_target_outcome_chart_draws_targets_and_outcomes(small):
    corpus_plots = _corpus_plots()
    to = dh.target_outcomes(small, how="left")
    ax = corpus_plots.plot_target_outcomes(to, "gdp")
    gids = [a.get_gid() for a in (*ax.patches, *ax.lines, *ax.collections)]
    assert gids.count("target-range") == 1 and gids.count("target-band") == 1 and gids.count("target-floor") == 1
    outcome_points = sum(len(c.get_offsets()) for c in ax.collections if c.get_gid() == "outcome")
    assert outcome_points == 2
    colours = {c.get_label(): c.get_facecolor()[0][:3] for c in ax.collections if c.get_gid() == "outcome"}
    assert set(colours) == {"实现目标", "未实现"}
    assert any(t.get_gid() == "source-note" for t in ax.texts)
    assert ax.get_title(loc="left") == "地区生产总值增长：目标与实际"
    _render(ax)
    empty = corpus_plots.plot_target_outcomes(to, "no_such_key")
    assert [t.get_text() for t in empty.texts] == ["无数据"]


def test_a_price_target_of_the_work_reports_is_drawn_as_a_ceiling(bundled):
    # national work reports 2010–2024: 居民消费价格涨幅3%左右 (a ceiling, 左右 or not), against the next report's rise
    corpus_plots = _corpus_plots()
    ax = corpus_plots.plot_target_outcomes(dh.target_outcomes(bundled, how="left"), "cpi")
    gids = [a.get_gid() for a in (*ax.patches, *ax.lines, *ax.collections)]
    assert "target-band" not in gids and gids.count("target-ceiling") > 10
    _render(ax)


def test_a_jobs_target_of_the_work_reports_is_drawn_as_a_floor(bundled):
    # national work reports 2004–2024: 城镇新增就业900万人, 1100万人以上, 1200万人左右 (a floor, qualified or not)
    corpus_plots = _corpus_plots()
    ax = corpus_plots.plot_target_outcomes(dh.target_outcomes(bundled, how="left"), "urban_new_jobs")
    gids = [a.get_gid() for a in (*ax.patches, *ax.lines, *ax.collections)]
    assert "target-point" not in gids and "target-band" not in gids and gids.count("target-floor") > 15
    _render(ax)

def test_target_outcome_chart_in_english(small):
    corpus_plots = _corpus_plots()
    to = dh.target_outcomes(small, how="left")
    en = corpus_plots.plot_target_outcomes(to, "urban_new_jobs", lang="en")
    assert en.get_ylabel() == "10,000 人" or "10,000" in en.get_ylabel()
    _render(en)


def test_hit_rate_and_panel_charts(small):
    corpus_plots = _corpus_plots()
    hits = dh.hit_rates(dh.target_outcomes(small))
    ax = corpus_plots.plot_hit_rates(hits)
    assert sorted(round(p.get_width()) for p in ax.patches if p.get_gid() == "hit-rate") == [50, 50]
    assert sorted(t.get_text() for t in ax.texts if t.get_gid() != "source-note") == ["1/2 年", "1/2 年"]
    _render(ax)
    ax = corpus_plots.plot_panel(small.panel(["gdp"]), lang="zh")
    lines = [ln for ln in ax.lines if ln.get_gid() == "panel-line"]
    assert len(lines) == 1 and list(lines[0].get_ydata()) == [2.1, 6.8, 4.9]
    _render(ax)
    with pytest.raises(ValueError, match="target_outcomes"):
        corpus_plots.plot_target_outcomes(pd.DataFrame({"year": [2020]}))


def test_reader_frame_labels_and_units(small):
    corpus_plots = _corpus_plots()
    to = dh.target_outcomes(small)
    zh = corpus_plots.reader_frame(to, ["year", "target_value", "target_qualifier", "outcome_value", "met"], "zh")
    assert list(zh.columns) == ["年份", "目标值", "目标限定", "实际值", "是否实现"]
    jobs = zh.iloc[-1]
    assert jobs["目标值"] == "1.2万人" and jobs["目标限定"] == "以上/不低于" and jobs["是否实现"] == "否"
    en = corpus_plots.reader_frame(to, ["indicator", "met"], "en")
    assert en.iloc[0]["Indicator"].startswith("Gross") and en.iloc[0]["Met"] in ("yes", "no")


# ----------------------------------------------------------------------------- the notebook
def _tags(cell) -> set[str]:
    return set(cell.get("metadata", {}).get("tags", []))


def test_notebook_is_committed_clean_and_parameterised():
    nb = nbformat.read(str(NOTEBOOK), as_version=4)
    nbformat.validate(nb)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None
    first = nb.cells[0]
    assert first.cell_type == "markdown" and "问题" in first.source and "Question" in first.source
    params = [c for c in nb.cells if "parameters" in _tags(c)]
    assert len(params) == 1
    assert "corpus_source = None" in params[0].source and 'lang = "zh"' in params[0].source
    setup = nb.cells[nb.cells.index(params[0]) + 1]
    assert 'warnings.filterwarnings("error"' in setup.source and "missing from font" in setup.source
    meta = nb.metadata["dhcheng"]
    assert meta["input"] == "corpus" and meta["title"]["en"] and meta["question"]["zh"]
    figure = re.compile(r"\d+(?:\.\d+)?\s*(?:%|亿|万|元|个百分点|项|家)")
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            assert not figure.search(cell.source), cell.source


def _execute(tmp_path, parameters: dict) -> nbformat.NotebookNode:
    import papermill

    out = tmp_path / "05.ipynb"
    papermill.execute_notebook(str(NOTEBOOK), str(out), parameters=parameters, kernel_name="python3",
                               progress_bar=False, cwd=str(tmp_path))
    return nbformat.read(str(out), as_version=4)


def _outputs(nb):
    for cell in nb.cells:
        if cell.cell_type == "code":
            yield from cell.outputs


@pytest.mark.slow
def test_notebook_runs_on_the_bundled_corpus(tmp_path):
    nb = _execute(tmp_path, {})
    outs = list(_outputs(nb))
    assert not [o for o in outs if o.output_type == "error"]
    assert not [o for o in outs if o.output_type == "stream" and o.name == "stderr"]
    assert sum("image/png" in o.get("data", {}) for o in outs) >= 5
    text = "\n".join(o["data"]["text/markdown"] for o in outs if "text/markdown" in o.get("data", {}))
    assert "国内生产总值增长目标" in text and "missing from font" not in text
    assert "实际低于目标最多的是 2022 年：目标 5.5%左右，实际 3%。" in text


@pytest.mark.slow
def test_notebook_runs_on_another_corpus_in_english(folder, tmp_path):
    nb = _execute(tmp_path, {"corpus_source": str(folder), "lang": "en"})
    outs = list(_outputs(nb))
    assert not [o for o in outs if o.output_type == "error"]
    text = "\n".join(o["data"]["text/markdown"] for o in outs if "text/markdown" in o.get("data", {}))
    assert "**Reports:** 3 (2021–2023)" in text
    assert "2 years have both a GDP growth target" in text


def test_reports_error_is_a_report_error():
    assert issubclass(engine.EngineError, ReportError)


@pytest.mark.parametrize(("key", "year", "target", "outcome", "outcome_report"), [
    # 2021: 将制造业企业加计扣除比例提高到100%; 2022: 将制造业企业研发费用加计扣除比例提高到100%
    ("rd_super_deduction_manufacturing", 2021, 100, 100, "gwr_2022"),
    # 2017: 科技型中小企业研发费用加计扣除比例由50%提高到75%; 2023: 将制造业企业、科技型中小企业分别从50%、75%
    # 提高至100% (the rate of five years before, 2017)
    ("rd_super_deduction_tech_smes", 2017, 75, 75, "gwr_2023"),
])
def test_a_tax_rate_raised_as_a_target_meets_the_rate_a_later_report_counts(bundled_outcomes, key, year, target,
                                                                            outcome, outcome_report):
    to = bundled_outcomes
    r = to[(to["indicator_key"] == key) & (to["year"] == year)].iloc[0]
    assert (r["target_value"], r["outcome_value"], bool(r["met"])) == pytest.approx((target, outcome, True))
    assert r["target_report_id"] == f"gwr_{year}" and r["outcome_report_id"] == outcome_report
