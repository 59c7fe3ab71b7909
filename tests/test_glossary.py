"""The glossary and its whole-name matching: a key names exactly the concept printed, never a wider
or narrower one; every name of a concept maps back to its key; the concept-matching rules are typed data."""

from __future__ import annotations

import json
import re
from dataclasses import fields
from pathlib import Path

import pytest

from dhcheng_analysis import vocab
from dhcheng_analysis.vocab import concept, glossary, indicator_key

PKG = Path(vocab.__file__).resolve().parent.parent


# every name of the glossary ----------------------------------------------------------------------

def test_every_name_and_alias_maps_back_to_its_own_key():
    wrong = [(name, t.key, indicator_key(name)) for t in glossary() for name in (t.canonical, *t.aliases)
             if indicator_key(name) != t.key]
    assert wrong == []


def test_no_name_is_shared_by_two_concepts():
    seen: dict[str, str] = {}
    clash = []
    for t in glossary():
        for name in (t.canonical, *t.aliases):
            if seen.setdefault(name, t.key) != t.key:
                clash.append((name, seen[name], t.key))
    assert clash == []


def test_keys_are_snake_case_and_every_term_has_english():
    for t in glossary():
        assert re.fullmatch(r"[a-z][a-z0-9_]*", t.key), t
        assert t.english and t.category, t


def test_the_headline_concepts_of_the_genre_are_in_the_glossary():
    keys = {t.key for t in glossary()}
    assert {"gdp", "cpi", "urban_new_jobs", "urban_surveyed_unemployment_rate", "urban_registered_unemployment_rate",
            "deficit_ratio", "grain_output", "per_capita_disposable_income", "urban_per_capita_disposable_income",
            "rural_per_capita_disposable_income", "foreign_trade", "energy_intensity", "general_budget_revenue",
            "general_budget_expenditure", "retail_sales", "fixed_asset_investment", "industrial_va_above_size",
            "rd_expenditure", "rd_intensity", "resident_population", "tax_revenue"} <= keys
    assert len(glossary()) >= 120


# whole-name matching ------------------------------------------------------------------------------

MUST_NOT_MERGE = [
    ("规模以上工业增加值", "工业增加值"), ("工业增加值", "制造业增加值"), ("规模以上工业增加值", "制造业增加值"),
    ("制造业增加值", "高技术制造业增加值"), ("工业增加值", "工业总产值"), ("国内生产总值", "国民生产总值"),
    ("国内生产总值", "国民收入"), ("国内生产总值", "工农业总产值"), ("单位国内生产总值能耗", "国内生产总值"),
    ("数字经济核心产业增加值占国内生产总值比重", "国内生产总值"), ("城镇调查失业率", "城镇登记失业率"),
    ("居民消费价格", "商品零售价格"), ("租赁和商务服务业", "商务服务业"), ("住宿和餐饮业", "住宿业"),
    ("住宿和餐饮业", "餐饮业"), ("住宿业", "餐饮业"), ("信息传输、软件和信息技术服务业", "软件和信息技术服务业"),
    ("金融业税收", "税收收入"), ("房地产业税收", "税收收入"), ("税收收入", "一般公共预算收入"),
    ("增值税留抵退税", "增值税"), ("增值税起征点", "增值税"), ("企业所得税实际税负率", "企业所得税"),
    ("大口径财政收入", "一般公共预算收入"), ("财政总收入", "一般公共预算收入"), ("中央财政赤字", "财政赤字"),
    ("超长期特别国债", "特别国债"), ("特别国债", "长期建设国债"), ("限上社会消费品零售总额", "社会消费品零售总额"),
    ("城镇居民人均可支配收入", "居民人均可支配收入"), ("农村居民人均可支配收入", "居民人均可支配收入"),
    ("农村居民人均纯收入", "农村居民人均可支配收入"), ("粮食综合生产能力", "粮食产量"), ("研发经费投入强度", "研发经费"),
    ("基本养老保险参保率", "基本养老保险参保人数"), ("常住人口城镇化率", "户籍人口城镇化率"), ("常住人口", "户籍人口"),
    ("高速铁路营业里程", "铁路营业里程"), ("新增市场主体", "市场主体总量"), ("城镇新增就业", "就业人数"),
    ("出口", "进出口总额"), ("招商引资", "招商引税"), ("对全球经济增长的贡献率", "经济增长"),
]


@pytest.mark.parametrize(("a", "b"), MUST_NOT_MERGE)
def test_pairs_that_must_not_be_merged(a, b):
    ka, kb = indicator_key(a), indicator_key(b)
    assert kb, f"{b} should be in the glossary"
    assert ka != kb, f"{a} and {b} both map to {ka!r}"


@pytest.mark.parametrize(("a", "b"), [("区级一般公共预算收入", "地方级一般公共预算收入"),
                                      ("地方一般公共预算收入", "全国一般公共预算收入")])
def test_levels_of_government_are_kept_as_the_scope(a, b):
    ca, cb = concept(a), concept(b)
    assert ca.key == cb.key == "general_budget_revenue"
    assert ca.scope and cb.scope and ca.scope != cb.scope


@pytest.mark.parametrize(("phrase", "key", "scope"), [
    ("全区规模以上工业增加值", "industrial_va_above_size", "全区"),
    ("规上工业增加值", "industrial_va_above_size", ""),
    ("2016年全国居民消费价格", "cpi", "全国"),
    ("年末城镇登记失业率", "urban_registered_unemployment_rate", ""),
    ("全口径企业所得税", "corporate_income_tax", "全口径"),
    ("增值税收入", "vat", ""),
    ("税款全口径", "tax_receipts", "全口径"),
    ("上半年全区地区生产总值", "gdp", "全区"),
    ("累计实现社会消费品零售总额", "retail_sales", ""),
    ("地区生产总值（GDP）", "gdp", ""),
    ("1.地区生产总值", "gdp", ""),
    ("其中：税收收入", "tax_revenue", ""),
    ("经济增长", "gdp", ""),
    ("國內生產總值", "gdp", ""),
    ("糧食産量", "grain_output", ""),
])
def test_words_that_do_not_change_the_concept_are_taken_off(phrase, key, scope):
    c = concept(phrase)
    assert (c.key, c.scope) == (key, scope)


@pytest.mark.parametrize(("phrase", "key", "name", "english"), [
    ("商务服务业税收", "sector_tax:business_services", "商务服务业税收", "Business services tax revenue"),
    ("租赁和商务服务业税收", "sector_tax:leasing_business_services", "租赁和商务服务业税收",
     "Leasing and business services tax revenue"),
    ("批发和零售业税收", "sector_tax:wholesale_retail", "批发零售业税收", "Wholesale and retail trade tax revenue"),
    ("房地产业实现税收", "sector_tax:real_estate", "房地产业税收", "Real estate tax revenue"),
    ("信息传输、软件和信息技术服务业税收", "sector_tax:information_services", "信息服务业税收",
     "Information services tax revenue"),
    ("软件和信息技术服务业税收", "sector_tax:software_it_services", "软件和信息技术服务业税收",
     "Software and IT services tax revenue"),
    ("金融业增加值", "sector_va:finance", "金融业增加值", "Finance value added"),
])
def test_a_sector_followed_by_a_quantity_composes_a_key(phrase, key, name, english):
    c = concept(phrase)
    assert (c.key, c.name, c.english, c.category) == (key, name, english, "sector_quantity")


@pytest.mark.parametrize("phrase", ["CBD功能区实现税收", "新增税收亿元楼宇", "商务楼宇实现税收", "新增税收",
                                    "国内生产总值年均", "城镇和农村常住居民人均可支配收入", "失业率", "开通的5G基站",
                                    "区级税收50万元以上异地纳税企业回迁", "市场主体", "龙潭三湖水系连通项目", "", "口"])
def test_unknown_phrases_keep_an_empty_key(phrase):
    c = concept(phrase)
    assert c.key == "" and c.english == ""
    assert c.name == phrase  # an unknown phrase keeps its own wording


def test_indicator_keys_of_many_phrases():
    assert vocab.indicator_keys(["地区生产总值", "口", "地区生产总值", None]) == ["gdp", "", "gdp", ""]


def test_english_name_is_whole_name_too():
    assert vocab.english_name("规模以上工业增加值") == "Value added of industry above designated size"
    assert vocab.english_name("单位国内生产总值能耗") == "Energy use per unit of GDP"
    assert vocab.english_name("对全球经济增长的贡献率") == ""


# the rules are data ---------------------------------------------------------------------------------

def test_every_concept_rule_is_read_by_the_code():
    code = "\n".join(p.read_text(encoding="utf-8") for p in sorted(PKG.glob("*.py")))
    code += (PKG / "vocab" / "__init__.py").read_text(encoding="utf-8").split("class ConceptRules")[1].split(
        "def concept_rules")[1]
    unread = [f.name for f in fields(vocab.ConceptRules) if not re.search(rf"\.{f.name}\b", code)]
    assert unread == []


def test_unknown_or_missing_concept_rules_fail_loudly(monkeypatch):
    real = vocab._read_text
    data = json.loads(real("concepts.json"))
    data["scope_wrods"] = ["全区"]
    monkeypatch.setattr(vocab, "_read_text", lambda n: json.dumps(data) if n == "concepts.json" else real(n))
    with pytest.raises(vocab.VocabError, match="unknown keys \\['scope_wrods'\\]"):
        vocab._load(vocab.ConceptRules, "concepts.json")


def test_a_natural_growth_rate_printed_with_de_or_annual_is_keyed():
    # national work report 1982 (national_work_reports/1982.txt): 今后人口的年自然增长率，必须控制在千分之十三以下
    from _sentences import fact
    got = fact("今后人口的年自然增长率，必须控制在千分之十三以下。", "千分之十三")
    assert (got["indicator"], got["indicator_key"]) == ("人口的年自然增长率", "natural_growth_rate")
    assert indicator_key("人口的自然增长率") == indicator_key("人口年自然增长率") == "natural_growth_rate"


@pytest.mark.parametrize(("printed", "key"), [
    ("粮食的播种面积", "grain_sown_area"),
    ("粮食的种植面积", "grain_sown_area"),
    ("新认定的国家高新技术企业", "high_tech_firms_certified"),
])
def test_a_name_with_de_before_its_head_is_keyed_with_no_alias_of_its_own(printed: str, key: str) -> None:
    # (the rewrite drops the 的 of a glossary name: no row lists these forms)
    assert printed not in {a for e in glossary() for a in e.aliases}
    assert indicator_key(printed) == key
