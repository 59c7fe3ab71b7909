"""The columns the tables read instead of the text: comparator, scope, dimension, reference, relations.

Sentences are quoted from the bundled report and from published reports (real excerpts)."""

from __future__ import annotations

import pandas as pd
import pytest

import dhcheng_analysis as dh
from dhcheng_analysis.facts import FACT_COLUMNS, unquantified_changes
from dhcheng_analysis.vocab import DIMENSIONS, REFERENCES, RELATIONS


@pytest.fixture(scope="module")
def bundled(bundled_facts) -> pd.DataFrame:
    """The bundled report's facts, extracted once for the run in conftest (the tests only read them)."""
    return bundled_facts


def row(facts: pd.DataFrame, raw: str, indicator: str | None = None) -> pd.Series:
    # by position: a filtered copy of the table costs more than reading the row
    names = facts["indicator"].to_numpy()
    hit = [i for i in (facts["raw_value"].to_numpy() == raw).nonzero()[0]
           if indicator is None or (isinstance(names[i], str) and indicator in names[i])]
    assert len(hit) == 1, facts.iloc[hit][["raw_value", "indicator"]]
    return facts.iloc[hit[0]]


def test_new_columns_are_typed():
    f = dh.extract_facts("区级一般公共预算收入完成264.3亿元,同比降低12.2%,较一季度收窄5.1个百分点。")
    assert list(f.columns) == FACT_COLUMNS
    assert list(f["dimension"].cat.categories) == list(DIMENSIONS)
    assert list(f["reference"].cat.categories) == list(REFERENCES)
    assert list(f["relation"].cat.categories) == list(RELATIONS)
    assert pd.api.types.is_string_dtype(f["scope"]) and pd.api.types.is_string_dtype(f["parent_id"])
    assert set(f["scope"]) == {"区级"} and set(f["dimension"]) == {"total"}


# comparator: the base of every figure that states one -------------------------------------------

def test_completion_comparator_is_the_base_completed_against(bundled):
    assert row(bundled, "48.2")["comparator"] == "全年任务"  # 完成全年任务的48.2%
    assert row(bundled, "70", "龙潭")["comparator"] == "总工程量"  # 已完成总工程量的70%
    f = dh.extract_facts("2020年1-6月全城区组织财政收入累计完成146845万元,比上年同期144987万元增收1858万元,"
                         "增长1.28%(增幅在全市16县区中排名第五),完成年初预算245800万元的59.74%。")
    assert row(f, "59.74")["comparator"] == "年初预算"
    assert row(bundled, "77")["comparator"] == ""  # 完成率77%: no base stated
    f = dh.extract_facts("基本无违法建设区创建成效不断巩固,上半年拆除并实现“场清地净”133.9万平方米,"
                         "腾退土地空间87.3万平方米,分别完成全年任务的54.7%、54.6%。")
    assert f.loc[f["measure"] == "completion_pct", "comparator"].tolist() == ["全年任务", "全年任务"]


@pytest.mark.parametrize(("text", "raw", "whole"), [
    ("上半年全市投资增长6.2%,其中房地产开发投资下降6.4%,占全市投资的比重43.8%、较上年同期减少5.9个百分点。",
     "43.8", "全市投资"),
    ("第三产业增加值占全区生产总值的比重为48.3%,比上年提高3.2个百分点。", "48.3", "全区生产总值"),
    ("企业研发投入占全社会研发投入比重87.4%", "87.4", "全社会研发投入"),
    ("上半年,全区P2P平台已清退13户,占存量的43.3%。", "43.3", "存量"),
    ("非税收入1708万元,占比为10.01%。", "10.01", ""),  # 占比: no whole named
])
def test_share_comparator_is_the_whole(text, raw, whole):
    r = row(dh.extract_facts(text), raw)
    assert (r["measure"], r["comparator"]) == ("rate_pct", whole)


def test_rank_comparator_is_the_group(bundled):
    r = row(bundled, "第三", "建安投资")
    assert (r["measure"], r["comparator"]) == ("rank", "城六区")


def test_difference_comparator_reads_through_brackets():
    f = dh.extract_facts("累计增速高于全国(3.9%)3.6个百分点,居全国第5位,较上月提升2位。")
    r = row(f, "3.6")
    assert (r["measure"], r["comparator"]) == ("pp_diff", "全国")


# scope ------------------------------------------------------------------------------------------

def test_scope_is_the_level_of_government():
    f = dh.extract_facts("上半年实现区级一般公共预算收入97.2亿元,完成全年目标的46.2%;"
                         "地方级一般公共预算收入239.3亿元,同比增长1.7%。")
    assert f["scope"].tolist() == ["区级", "区级", "地方级", "地方级"]
    assert row(f, "46.2")["comparator"] == "全年目标"


def test_scope_of_parts_and_counts(bundled):
    assert row(bundled, "7", "税款")["scope"] == "全口径"
    assert row(bundled, "3.3", "地方级")["scope"] == "地方级"
    assert row(bundled, "1.4", "区级")["scope"] == "区级"
    assert row(bundled, "192")["scope"] == ""  # 区级领导走访服务企业192家: a count, not a fiscal amount


# dimension --------------------------------------------------------------------------------------

def test_dimension_of_fiscal_figures(bundled):
    assert row(bundled, "14.5")["dimension"] == "sector"  # 商务服务业税收
    assert row(bundled, "13.6")["dimension"] == "tax_type"  # 增值税
    assert row(bundled, "96.9")["dimension"] == "total"  # 一般公共预算收入
    assert row(bundled, "1478")["dimension"] == "entity"  # 新设市场主体
    assert row(bundled, "617")["dimension"] == "base_loss"  # 税收关系迁出企业
    assert row(bundled, "2346")["dimension"] == ""


def test_a_sectors_tax_is_never_total():
    f = dh.extract_facts("税收收入365.0亿元,同比下降4.1%。分行业看,金融业税收增长5.3%,"
                         "信息传输、软件和信息技术服务业税收增长8.7%,房地产业税收下降22.4%。")
    assert f.set_index("raw_value")["dimension"].to_dict() == {
        "365.0": "total", "4.1": "total", "5.3": "sector", "8.7": "sector", "22.4": "sector"}


def test_dimension_total_and_tax_type_in_a_budget_text():
    f = dh.extract_facts("其中:税收收入8103万元,比上年增收1284万元,增长18.8%;"
                         "非税收入16524万元,比上年减收2354万元,下降12.5%。")
    assert row(f, "8103")["dimension"] == "total"
    assert row(f, "16524")["dimension"] == "tax_type"


def test_enterprise_income_is_not_a_sector():
    f = dh.extract_facts("规模以上企业营业收入增长5%,规模以上服务业营业收入增长6%。")
    assert f["dimension"].tolist() == ["", "sector"]


# reference levels ------------------------------------------------------------------------------

def test_reference_levels_prior_and_plan():
    f = dh.extract_facts("2020年1-6月全城区组织财政收入累计完成146845万元,比上年同期144987万元增收1858万元,"
                         "增长1.28%,完成年初预算245800万元的59.74%。")
    assert row(f, "146845")["reference"] == ""
    assert row(f, "144987")["reference"] == "prior"
    assert row(f, "245800")["reference"] == "plan"
    assert row(f, "1858")["reference"] == ""  # only levels are references


# relations ------------------------------------------------------------------------------------

def test_parts_in_brackets(bundled):
    total = row(bundled, "7", "税款")
    for raw in ("3.3", "1.4"):
        part = row(bundled, raw, "级")
        assert (part["parent_id"], part["relation"]) == (total["fact_id"], "part")
    assert (total["parent_id"], total["relation"]) == ("", "")


def test_parts_after_qizhong():
    f = dh.extract_facts("年末全区户籍人口29.5万人,其中:城镇人口20.8万人,乡村人口8.7万人。")
    total = row(f, "29.5")
    assert row(f, "20.8")["parent_id"] == total["fact_id"] == row(f, "8.7")["parent_id"]
    assert set(f["relation"]) == {"", "part"}
    f = dh.extract_facts("1-5月,一般公共预算收入1.86亿元,同比下降27.2%,其中税收收入1.39亿元,同比下降4.5%。")
    assert (row(f, "1.39")["parent_id"], row(f, "1.39")["relation"]) == (row(f, "1.86")["fact_id"], "part")


def test_counts_done_out_of_a_total(bundled):
    # (规划建设5G宏基站1584个,已投入使用765个: the part is named by what it has done, the link stays)
    for total, done in (("120", "92"), ("1584", "765"), ("71", "64")):
        d = row(bundled, done)
        parent = bundled.loc[bundled["fact_id"] == d["parent_id"]]
        assert d["relation"] == "done" and parent["raw_value"].tolist() == [total]


def test_parent_ids_point_at_facts_of_the_report(bundled):
    linked = bundled[bundled["parent_id"] != ""]
    assert len(linked) >= 6
    assert linked["parent_id"].isin(bundled["fact_id"]).all()
    assert (linked["relation"] != "").all()


# statements without a figure ------------------------------------------------------------------

def test_unquantified_changes(bundled):
    u = unquantified_changes()
    assert u[["item", "direction", "dimension"]].values.tolist() == [["个人所得税", "up", "tax_type"]]
    report = dh.load_report()
    assert report.text[u["start"][0]:u["end"][0]] == "个人所得税"
    u = unquantified_changes("各行业税收除金融业外均出现下降。")
    assert u[["item", "indicator", "direction", "dimension"]].values.tolist() == [
        ["金融业", "金融业税收", "up", "sector"]]
    assert unquantified_changes("收入增长5%。").empty


# sentences are shared, not copied -----------------------------------------------------------

def test_facts_of_a_sentence_share_one_string(bundled):
    assert isinstance(bundled["sentence"].dtype, pd.CategoricalDtype)
    codes = bundled["sentence"].cat.codes
    assert codes.nunique() == bundled["sentence"].nunique() < len(bundled)


def test_a_very_long_sentence_is_shown_by_shared_blocks():
    text = "收入分别增长" + "1.5%、" * 1500 + "2%。"
    report = dh.load_report(text)
    f = dh.extract_facts(report)
    assert len(f) == 1501
    assert all(len(s) <= 2002 for s in f["sentence"].cat.categories)
    assert f["sentence"].nunique() <= len(text) // 1000 + 2  # one string per block, not per fact
    for start, end, sentence in zip(f["start"], f["end"], f["sentence"], strict=True):
        assert report.text[start:end] in sentence


def test_running_out_of_memory_is_a_report_error(monkeypatch):
    from dhcheng_analysis import facts
    from dhcheng_analysis.errors import ReportError, ReportTooLargeError

    def exhausted(report):
        raise MemoryError

    monkeypatch.setattr(facts, "_analyse", exhausted)
    with pytest.raises(ReportTooLargeError, match="not enough memory") as info:
        dh.extract_facts("收入增长5%。")
    assert isinstance(info.value, ReportError) and "\n" not in str(info.value)


@pytest.mark.parametrize(("text", "raw", "dimension"), [
    ("单位地区生产总值能耗预计下降3.8%。", "3.8", ""),  # an intensity, not the aggregate
    ("税收占比达86.3%。", "86.3", ""),  # a share, not the aggregate
    ("为各类企业办理增值税留抵退税68.2亿元。", "68.2", ""),  # a relief, not a tax type
    ("增值税收入48.6亿元。", "48.6", "tax_type"),
    ("房地产业实现税收6.9亿元。", "6.9", "sector"),
    ("工业生产许可证种类压减37%。", "37", ""),  # an industry named, not its quantity
])
def test_dimension_needs_the_quantity_itself(text, raw, dimension):
    assert row(dh.extract_facts(text), raw)["dimension"] == dimension


def test_lead_block(bundled):
    lead = bundled[bundled["lead"]]
    assert bundled["lead"].dtype == bool
    assert {"一般公共预算收入", "社会消费品零售总额"} <= set(lead["indicator"])
    assert lead["start"].max() < bundled.loc[~bundled["lead"], "start"].max()
    f = dh.extract_facts("总体情况\n一、主要指标运行\n收入增长5%。\n二、重点工作\n支出下降3%。")
    assert f["lead"].tolist() == [True, False]


def test_running_out_of_memory_while_loading_is_a_report_error(monkeypatch):
    from dhcheng_analysis import report as report_module
    from dhcheng_analysis.errors import ReportTooLargeError

    def exhausted(text):
        raise MemoryError

    monkeypatch.setattr(report_module, "clean_text", exhausted)
    with pytest.raises(ReportTooLargeError, match="not enough memory"):
        dh.load_report("收入增长5%。")
