"""The State Council work reports read as a corpus, on the verbatim texts (/work/shared/corpus/national_work_reports):
each report's metadata, the year of each figure, and the charts across the years."""

from __future__ import annotations

from pathlib import Path

import dhcheng_analysis as dh
from dhcheng_analysis.corpus import read_text_metadata

NATIONAL = Path("/work/shared/corpus/national_work_reports")


def _text(year: int) -> str:
    return (NATIONAL / f"{year}.txt").read_text(encoding="utf-8")


def _corpus_of(tmp_path: Path, *years: int) -> dh.Corpus:
    """The corpus of the work reports of ``years`` (each with its row of the index), copied into ``tmp_path``."""
    index = (NATIONAL / "index.csv").read_text(encoding="utf-8").splitlines()
    keep = tuple(f"{y}." for y in years)
    (tmp_path / "index.csv").write_text("\n".join([index[0]] + [r for r in index if r.startswith(keep)]),
                                        encoding="utf-8")
    for year in years:
        (tmp_path / f"{year}.txt").write_text(_text(year), encoding="utf-8")
    return dh.load_corpus(tmp_path)


def test_no_title_from_a_paragraph_below_the_first_numbered_heading() -> None:
    """1956: 各位代表：⏎现在我代表…提出关于1955年国家决算和1956年国家预算的报告，请予审查。⏎一、1955年国家决算⏎…
    ⏎1955年决算在收入方面的情况基本上是好的。… — the title is the report the opening sentence names, not the
    head of a paragraph of the body."""
    meta = read_text_metadata(_text(1956))
    assert meta["title"] == "关于1955年国家决算和1956年国家预算的报告"
    assert meta["kind"] == "budget_execution"
    assert meta["period"] == "1955"


def test_a_change_on_a_named_year_is_of_the_year_of_the_level_it_follows(tmp_path: Path) -> None:
    """1959: 我国的工农业总产值在一九五七年达到了一千三百八十七亿四千万元，比一九五二年的…增长百分之六十八。
    其中，工业总产值达到了六百五十亿二千万元，比一九五二年的…增长百分之一百四十一；… — the changes on 1952 are
    1957's, as their levels are, not the 1958 of the heading (…第二个五年计划的第一年——一九五八年的伟大成就)."""
    (tmp_path / "1959.txt").write_text(_text(1959), encoding="utf-8")
    facts = dh.load_corpus(tmp_path).facts()
    on_1952 = facts[facts["sentence"].str.contains("六百五十亿二千万元|一千三百八十七亿四千万元", regex=True)
                    & (facts["measure"] == "change_pct")]
    assert set(on_1952["indicator"]) >= {"工业总产值", "农业总产值", "手工业总产值"}
    assert set(on_1952["fact_year"].astype(int)) == {1957}
    level = facts[(facts["indicator"] == "工业总产值") & (facts["value"] == 6.502e10)]
    assert level["fact_year"].astype(int).tolist() == [1957]


def test_hit_rate_bars_of_one_indicator_name_their_measure(tmp_path: Path) -> None:
    """1958: 钢产量拟定为六百二十四万八千吨，将比一九五七年增长百分之十九点二; 1959: 钢的产量，一九五八年比一九五七年
    增长了百分之一百零七 — two bars of 钢产量 (its amount and its growth), each named with its measure. 1959: …提出了…
    粮食产量一万零五百亿斤… and 一九五九年计划要求粮食增产百分之四十; 1960 states the amount reached but no growth of 1959
    (还要在一九五九年粮食总产量的基础上，再增加一千八百亿斤以上，即增长三分之一以上: the rise the plan still requires);
    1958's 一九五八粮食的指标为三千九百二十亿斤，比上一年增加二百二十亿斤 is met by 1959's 而一九五八年比一九五七年，…粮食增加了
    三千八百亿斤 — two bars of 粮食产量 as well; an indicator judged on one measure only, by its name alone."""
    import matplotlib

    matplotlib.use("Agg")
    from dhcheng_analysis import corpus_plots
    from dhcheng_analysis.corpus import hit_rates

    hits = hit_rates(dh.target_outcomes(_corpus_of(tmp_path, 1958, 1959, 1960)))
    steel = hits[hits["indicator_key"] == "steel_output"]
    assert set(steel["measure"]) >= {"level", "yoy_pct"}
    assert set(hits.loc[hits["indicator_key"] == "grain_output", "measure"]) == {"level", "abs_change"}
    names = [t.get_text() for t in corpus_plots.plot_hit_rates(hits).get_yticklabels()]
    assert "钢产量（水平值）" in names and "钢产量（同比变化(%)）" in names
    assert "粮食产量（水平值）" in names and sum(n.startswith("粮食产量（") for n in names) == 2
    alone = hits[hits.groupby("indicator")["measure"].transform("nunique") == 1]
    assert len(alone) and set(alone["indicator"]) <= set(names)  # (one measure only: its name alone)


def test_an_amount_against_a_later_plan_or_over_several_years_meets_no_years_change(tmp_path: Path) -> None:
    """1956: 粮食产量将要达到３，９８９亿斤，…比五年计划原定１９５７年３，８５６亿斤的水平超过１３３亿斤 — an amount above a
    later year's plan, no target of the change of 1956; 1957: 粮食（不包括大豆）的产量为三千六百五十亿斤 is the
    outcome of its level. 1960: 全国粮食总产量，在过去四年中共增加了一千九百零五亿斤 — a change over four years,
    no outcome of the one of 1959 (一九五九年粮食增加的绝对数将达到三千亿斤)."""
    to = dh.target_outcomes(_corpus_of(tmp_path, 1956, 1957, 1959, 1960))
    grain = to[to["indicator_key"] == "grain_output"]
    change = grain[grain["measure"] == "abs_change"]
    assert 1.33e10 not in change["target_value"].tolist() and 1.905e11 not in change["outcome_value"].tolist()
    level = grain[(grain["measure"] == "level") & (grain["year"] == 1956)]
    assert level[["target_value", "outcome_value"]].values.tolist() == [[3.989e11, 3.65e11]]
