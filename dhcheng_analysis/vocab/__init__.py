"""Vocabulary: cue words, units, counters and the indicator glossary, read from data files.

Every rule the extractor reads is data here, loaded once into frozen, typed structures:

- :func:`extractor_cues` — ``cues.json``: units, qualifiers and the cue words of measures,
  comparators, periods, status, subjects and relations (read by :mod:`~dhcheng_analysis.facts`
  through the compiled views of :mod:`~dhcheng_analysis.cuewords`);
- :func:`token_rules` — ``tokens.json``: what makes a numeral a quantity, a name, a date …
  (:mod:`~dhcheng_analysis.mentions`);
- :func:`layout_rules` — ``layout.json``: headings, sentence ends and metadata of a report
  (:mod:`~dhcheng_analysis.report`);
- :func:`glossary` — ``glossary.tsv``: canonical indicator names with English, category and concept key;
  :func:`concept_rules` — ``concepts.json``: how a printed phrase is matched to its concept
  (:func:`concept`, :func:`indicator_key`), and the words the key tables read in fact columns.

Loading fails with :class:`VocabError` on a key the structure does not know, on a missing key,
and on a value of the wrong type; a test checks that every key is read by the code, so the data
and the rules cannot drift apart.
"""

from __future__ import annotations

import csv
import json
import re
import types
import typing
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, fields, replace
from functools import cache, lru_cache
from importlib import resources

from .labels import CodeView, Labels, load_labels


class VocabError(ValueError):
    """A vocabulary file does not match the structure the code reads."""


def _read_text(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def _convert(value: object, tp: object, where: str) -> object:
    """``value`` from JSON as the typed, immutable value of annotation ``tp``."""
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if tp in (str, int, float, bool):
        ok = isinstance(value, tp) or (tp is float and isinstance(value, int))
        if not ok or (tp is not bool and isinstance(value, bool)):
            raise VocabError(f"{where}: expected {tp.__name__}, got {type(value).__name__}")
        return float(value) if tp is float else value
    if origin is tuple:
        if not isinstance(value, list):
            raise VocabError(f"{where}: expected a list, got {type(value).__name__}")
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_convert(v, args[0], f"{where}[{i}]") for i, v in enumerate(value))
        if len(value) != len(args):
            raise VocabError(f"{where}: expected {len(args)} items, got {len(value)}")
        return tuple(_convert(v, a, f"{where}[{i}]") for i, (v, a) in enumerate(zip(value, args, strict=True)))
    if origin in (Mapping, dict) or tp is Mapping:
        if not isinstance(value, dict):
            raise VocabError(f"{where}: expected an object, got {type(value).__name__}")
        kt, vt = args
        return types.MappingProxyType({_convert(k, kt, where): _convert(v, vt, f"{where}.{k}") for k, v in value.items()})
    raise VocabError(f"{where}: unsupported type {tp!r}")  # pragma: no cover - a coding error


def _load(cls: type, name: str):
    """Read ``name`` (JSON) into the frozen dataclass ``cls``; fail on unknown, missing or mistyped keys."""
    data = json.loads(_read_text(name))
    data.pop("_about", None)
    hints = typing.get_type_hints(cls)
    known = {f.name for f in fields(cls)}
    unknown = sorted(set(data) - known)
    missing = sorted(known - set(data))
    if unknown or missing:
        raise VocabError(f"vocab/{name}: unknown keys {unknown}, missing keys {missing} — "
                         f"the file and {cls.__name__} must name the same rules")
    return cls(**{k: _convert(v, hints[k], f"vocab/{name}:{k}") for k, v in data.items()})


@dataclass(frozen=True, slots=True)
class Cues:
    """The extractor's rules (``cues.json``); see the file for what each key holds."""

    money_units: Mapping[str, str]
    money_fractions: Mapping[str, str]  # 3分钱, 1毛钱: a fraction of a yuan, the yuan it is
    listed_money_fractions: Mapping[str, str]  # 分: a fraction of a yuan only before another in a list
    listed_money_fraction_regex: str  # (3分、5分和1毛钱: what follows such a unit in the list)
    percent_units: Mapping[str, str]
    point_units: tuple[str, ...]  # pp, 千分点: the units of a difference of two rates (of % and of ‰)
    rate_point_units: Mapping[str, str]  # ‰ → 千分点: a change of a rate printed in its unit is one in its points
    point_fractions: Mapping[str, str]  # 个基点, BP: a basis point, the percentage points one is (0.01 pp)
    point_place_words: tuple[str, ...]  # 基点: a basis-point word that also names places counted (设立了25个基点)
    point_fraction_rate_regex: str  # 利率…下降: a rate earlier in the sentence's clause, which a basis point needs (设立了25个基点: places)
    rate_name_ends: tuple[str, ...]  # 率: the end of a rate's name (人口出生率)
    person_rate_ends: tuple[str, ...]  # 参保率, 救助比例: a rate or proportion a group of persons named in a list has, not a count of them
    over_inside_units: tuple[str, ...]  # 2个多百分点: a unit that holds the 多 of its figure
    counters: tuple[str, ...]
    unit_aliases: Mapping[str, str]
    per_unit_words: tuple[str, ...]  # 公斤/亩, 吨标准煤/万元, 万吨/日: the units a unit is given per after /
    unknown_unit_regex: str
    unknown_unit_reject: tuple[str, ...]
    # a last line of a text that is a row of cells (| 指标 | 52 |, tab or wide-space separated): a figure ending it closes
    # the row, not a sentence an excerpt cut short (see the ``cut_off`` flag)
    cut_off_cell_line_regex: str
    counted_nouns: Mapping[str, str]
    key_naming_counters: tuple[str, ...]  # 人次: a counter the glossary names a concept by after its name (义务植树人次)
    counted_name_ends: Mapping[str, str]
    counted_size_regex: str  # [务工]规模 after a counted noun: the number of them (脱贫人口务工规模超过3300万)
    chinese_counters: tuple[str, ...]
    unit_lookalike_words: tuple[str, ...]  # words a unit starts (个体工商户): no unit of the figure before
    qualifiers_before: Mapping[str, str]
    qualifiers_after: Mapping[str, str]
    qualifier_after_not_before: str  # 多出: the characters that make a word after a figure a verb, no qualifier
    growth_cues: tuple[str, ...]
    decline_cues: tuple[str, ...]
    decline_subjects: tuple[str, ...]
    growth_subjects: tuple[str, ...]
    pp_up: tuple[str, ...]
    pp_word_nouns: tuple[str, ...]
    dash_target_regex: str
    pp_down: tuple[str, ...]
    completion_object_generic: tuple[str, ...]
    stock_task_words: Mapping[str, tuple[str, ...]]  # 保有量: [存栏, 保有量]: a task named by a stock word, and the
    # ends of the names of the stocks such a task is of (能繁母猪存栏…，完成市下达保有量任务的105%)
    limit_givers: tuple[str, ...]  # 市, 上级: who hands a limit or a sum down (市下达的债务限额), dropped with 下达的
    limit_handed_down: str  # 下达的: after a limit giver (市下达的), dropped with it from a name's end and head
    # from what a name ends with (strip_tail), with 下达 from a limit's name (上级下达债务限额, as 下达的 is dropped by
    # name_head_phrase; a sum keeps it: 上级下达资金) and from a completion's object (完成市下达计划的95%)
    rank_verbs: tuple[str, ...]
    rank_scope_regex: str
    rank_praise_tail_regex: str  # 位居全市前列: a rank with no figure said of the subject before it, no part of it
    rank_name_tail_regex: str
    period_result_heads: tuple[str, ...]
    period_compared_heads: tuple[str, ...]  # 增长, 下降 (and the comparison_words): a clause comparing the level just
    # given, in its year
    period_result_stops: str
    rank_move_cues: Mapping[str, int]
    rank_move_units: tuple[str, ...]
    rank_move_place_units: tuple[str, ...]  # 名: places moved in a ranking only where the clause says a rank moves
    rank_move_place_regex: str  # 前移3名, 排名上升3名: the clause of such a move
    comparator_pair_regex: str
    comparator_pair_after_regex: str  # 分别[高于全市、全省]2.1和1.5个百分点: the bases after 分别, one per member
    # ({pp_openers}: the comparison words opening a clause of points, fall_comparison_openers and pp_judged)
    comparator_pair_separators: tuple[str, ...]
    period_list_regex: str  # 一季度、上半年、前三季度(地区生产总值分别…): the period of each member of a list
    prior_years_list_regex: str  # (能耗)由前三年(分别上升4.9％、5.5％、0.2％): one year before the sentence's each
    rank_verb_tails: tuple[str, ...]
    rank_within_regex: str
    rank_frame_name_regex: str
    rank_frame_clause_regex: str
    share_frame_clause_regex: str
    share_place_wholes: tuple[str, ...]  # 占[全国]的: a whole that is only the place, less than a frame names
    rank_assessment_regex: str
    rank_assessment_noun: str
    rank_assessment_owner_regex: str
    rank_verdict_clause_regex: str  # 接诉即办工作成效显著，(考核成绩…位居全市第一): the work a verdict clause names
    rank_move_from_regex: str
    rank_move_to_words: tuple[str, ...]
    rank_move_prior_regex: str
    all_words: tuple[str, ...]
    times_base_listed_regex: str
    abs_change_cues: Mapping[str, int]
    target_regex: tuple[str, ...]
    estimate_regex: tuple[str, ...]
    reckoning_regex: str  # 初步测算, 据测算: an estimate of all its sentence says after it
    period_then_regex: str  # 仅2023年[就]新增…: the 就 that stresses the period a name opens with
    estimate_scope_end_regex: str
    estimate_head_lead_regex: str  # [根据]预计，…；…: what may stand before an estimate word that opens its sentence
    target_measure_taken_regex: str  # 保证[轻工业生产的措施]，: a target word naming a measure taken, no plan of the figures
    target_after_regex: str
    plan_basis_before_regex: str  # 按 opening the figure a budget or plan is set by (赤字率按[3%]安排)
    plan_basis_after_regex: str  # 安排, 编制 right after such a figure (按3%左右安排, 按…的4%编制预算)
    evidence_frame_regex: str  # [调查显示]近四成企业营业收入同比下降: the source of a figure, heading its clause
    insured_rate_names: tuple[str, ...]  # 参保率: a share insured named only so, of the scheme the count before it insures in
    insured_count_heads: tuple[str, ...]  # 参加: the joining a count of persons insured opens with (参加城乡居民基本养老保险2.86万人)
    insured_count_ends: tuple[str, ...]  # 参保人数: the word a count of persons insured ends with, after its scheme
    insured_scheme_trailers: tuple[str, ...]  # 人数: a word after the scheme a 参加 count names, no part of the scheme
    insured_scheme_words: tuple[str, ...]  # 保险, 医保: a word one of which the name of an insurance scheme holds
    unit_coverage_names: tuple[str, ...]  # 186个,[覆盖率]达到42.3%: a coverage with no owner, of the units just counted
    unit_state_names: tuple[str, ...]  # 消火栓总数达到5860个，[完好率]98.6%: a state with no owner, of the stock of units just counted
    unit_state_doing_verbs: tuple[str, ...]  # 维修, 检查: a verb of doing counting the units, which a state rate after it is not of (维修路灯…，完好率…)
    added_owner_heads: tuple[str, ...]  # [新增]装机: the head of a flow named with no owner, of the stock the clause before names
    owned_stock_ends: tuple[str, ...]  # 装机[规模]: what ends the name of that stock after the flow's noun
    owned_measure_clause_regex: str  # [覆盖面逐步扩大]，…已达到12.5%: a measure noun with no owner, said to grow
    consequence_after_regex: str  # 年均增长7.5%[，将会]超过…: a future consequence drawn from the figure, which is projected
    hypothesis_regex: str  # [如果能够加速周转，…就可以]节省出七十亿到一百亿元: a condition (up to 那么; group cond when it
    # supposes, 如果, not says what is enough, 只要; group done for the completion of a work, 项目建成后，可新增…) and the
    # consequence it would have
    deed_amount_regex: str  # 赔付金额, 结算金额: the amount of a deed named by its verb, the deed counted right before
    average_cut_regex: str  # 集采药品平均降幅56%: the average cut of the prices of many goods, no change against last year
    average_cut_goods_words: tuple[str, ...]  # 价格, 药品, 集采 …: the goods or prices an average cut is of
    price_change_end_regex: str  # 中选药品平均[降价]53%: a change of the price of the goods named
    priced_goods_after_regex: str  # 减价４０％[供应新式农具]５１万部: the goods sold at the changed price
    stretch_after_regex: str  # 增长5%左右,力争达到6%: a figure about or at least which a stretch goal right after it raises is a goal too
    target_after_listed_regex: str  # 降低4%左右、…减少2%的目标: a target of a list the target word closes
    target_compared_regex: str  # 增长7.8％，略低于8％的预定目标: the word comparing an outcome with its target
    cap_after_outcome_regex: str  # 失业率2.1%，[控制在]3.5%以内: a cap or floor set right after the outcome it bounds
    now_reached_regex: str  # 提高到[现在的]1721元: the value a move reaches, of the time the report speaks from
    present_stock_regex: str  # 我国60岁以上人口[已达]2.5亿, [我国有]2.9亿在校学生, 比[现有的]８６个减少: a stock said to
    # stand now
    past_point_comparator_regex: str  # 较[五年前]下降, 比[制度建立之初]压减: a base that is a time before the one spoken of
    span_reached_regex: str  # 工业增加值[突破]40万亿元 under 过去五年: a verb saying a level was reached, before the figure
    share_whole_reached_regex: str  # 在校学生[已接近高中阶段学生人数的]百分之五十: a share its whole follows the verb of reaching
    share_reached_after_regex: str  # 71%[的煤电机组实现]超低排放: the units of a share said to have reached a state
    span_sum_regex: str  # [累计]减税超过2万亿元, [五年]…投入达到: a word saying a figure sums the years of its span
    time_bases: Mapping[str, str]  # 平均每天 → 日均: a basis of time a name keeps, as it keeps 人均
    reach_object_verbs: tuple[str, ...]  # 惠及, 覆盖: a verb whose object, counted, is named by the verb and 的
    touch_verbs: tuple[str, ...]  # 涉及: a verb opening a clause whose object, counted, is named by the verb and 的
    span_flow_rates: tuple[str, ...]  # 贡献: a rate of what flows over the years (对世界经济增长贡献率), not reached
    span_stock_shares: tuple[str, ...]  # 在校: a share 占 gives of a stock (在校生占…的56%), as it stands at a time
    span_level_words: tuple[str, ...]  # 里程, 保有量, 参保: words naming a stock or a yearly level, not a sum of years
    span_flow_words: tuple[str, ...]  # 投入, 资金, 改造: words naming what flows over the years, summed over a span (and
    # the verbs of flows, of completion and of disposal: 新增, 建成, 淘汰)
    whole_people: tuple[str, ...]  # 人口, 人民, 中国人: names of the whole people of a place (14亿多人口大国), a stock
    # standing now (我国有十亿多人口), no sum of the years
    plan_part_target_regex: tuple[str, ...]
    status_base_before_regex: str  # 比全国…的[计划]用棉量: a plan word in the base a figure is compared with
    status_cue_not_after: tuple[str, ...]
    status_cue_not_after_far: tuple[str, ...]  # 超过了第一个五年计划所规定的…指标: a plan named further on is the object too
    actual_regex: tuple[str, ...]
    actual_cues: tuple[str, ...]
    cap_words: tuple[str, ...]
    compared_line_names: tuple[str, ...]  # 警戒线: a line a rate is printed below or above (低于100%的警戒线)
    ceiling_names: tuple[str, ...]  # 债务限额: a ceiling held to (控制在限额X以内), no bounded value itself
    rate_basis_name_regex: str  # 预备费按本级支出(的2%): the thing set at a rate of a base, and the base
    rate_set_object_regex: str  # (按本级支出的2%)设置预备费: the verb setting a thing at a rate, and the thing after it
    time_marker_regex: str  # {year}: a year as layout.json's year_regex prints it (2024, 一九五八); 本年 speaks of the
    # year planned as 今年 does, 上年结余/上年结转 name a fund brought into it, no year looked back on
    time_marker_not_after: str  # 为 too: 为１９５５年的９８．８８％, the base of a ratio
    review_object_regex: str  # 保持了去年的水平: a year reviewed as the object of a deed done, a base
    list_clause_own_time_regex: str  # 十年增加…, 现已…: a clause of a list that names a time of its own
    comparators: tuple[tuple[str, str], ...]
    chain_base: str  # 上期: the base 环比 names, the period just before the figure's
    chain_previous_periods: Mapping[str, str]  # 上半年 → 一季度, 三季度 → 二季度: the period just before a period
    chain_cumulative_periods: tuple[str, ...]  # 上半年, 前三季度: periods summed from January (of a growth only)
    chain_month_regex: str  # 8月, 1-8月 (group ``from``: summed from January), with the year printed before
    comparator_regex: tuple[tuple[str, int], ...]
    periods: tuple[str, ...]
    period_word_holders: tuple[str, ...]  # 项目前期: words a period word is part of, no period (重点项目前期经费)
    period_regex: tuple[str, ...]  # {run_in_span}: run_in_span_regex (五年来, 这两年中) opening a sentence or clause
    period_frame_regex: str
    period_inner_frame_regex: str
    period_inner_year_regex: str  # 国民生产总值1987年达到10920亿元: a year between a name and its verb, for that clause
    period_inner_span_regex: str  # 超过了1953年到1978年的二十六年间平均每年增长3.2%的速度: a span before the verb
    period_tail_regex: tuple[str, ...]
    listed_numeral_regex: str  # 一、二季度 → 一, 1、2月 → 1: a numeral listed alone, sharing the last item's word
    # (税收一、二季度: those listed, each with item_separator, before such a time at a name's end)
    heading_period_regex: str
    period_tail_not_after: str
    value_year_regex: str
    last_year_word: str  # 去年
    next_year_word: str  # 明年
    from_to_period_regex: str
    year_frame_regex: str
    year_prior_frame_regex: str  # 1979年比上年产值增长14.9％: a year and the year before it, framing the subject after them
    clause_stops: str
    following_token_regex: str  # PM2.5, PM10, 5G, 4A: a word of letters and digits a noun after a figure may hold
    following_conjunction_regex: str  # 稳定在1万亿斤以上并逐年增加: a conjunction opening the words after a figure, no noun
    following_stops: tuple[str, ...]
    quote_following_stops: tuple[str, ...]  # “社区抗疫服务站”[保障]…: after a quoted name, what the things counted do
    following_stop_words: tuple[str, ...]
    reception_verbs: tuple[str, ...]  # 接待: after a count (15家景区接待游客), what the units counted do
    reception_trades: Mapping[str, str]  # 游客 → 旅游: the trade whose quantity follows a bare count of those visitors received (接待游客…，收入… → 旅游收入)
    reception_trade_heads: tuple[str, ...]  # 收入: the bare quantity the trade of the visitors owns (营业收入 keeps its own name)
    reception_objects: tuple[str, ...]  # 游客, 读者, 人次: the visitors received, after which 接待 ends a name
    reception_facility_ends: tuple[str, ...]  # 中心, 站, 点: 接待 before them is part of a name (游客接待中心)
    prefix_strip_tail: tuple[str, ...]
    prefix_strip_tail_aspects: tuple[str, ...]  # 达到了, 增加了: an aspect word after a cue that ends a name
    prefix_strip_head: tuple[str, ...]
    basis_head_regex: str  # 按年平均汇率折算为, 按可比价格计算, 以播种面积计算: the basis a figure is stated on, at a name's head
    basis_tail_regex: str  # 平均工资以货币计算: the basis a figure is stated on, at a name's end
    owner_has_head_regex: str  # (每年)有 left at a name's head once the place before it is gone: the having, not the thing had
    governs_head_regex: str  # (下)辖 at a name's head once the place before it is gone: the governing, not the places governed
    owner_has_inner_regex: str  # 我国[每年有]…成果: the having between an owner and what it has, inside a name
    attribute_words: tuple[str, ...]
    range_separators: tuple[str, ...]
    approx_pair_separator: str  # 二、三十亿斤, 五、六倍: two neighbouring digits, a range in round numbers
    approx_pair_digits: str  # the digits such a pair is made of (两 as 二)
    approx_pair_places: str  # the places the second digit may be followed by (三十亿: 30亿, so 二 is 20亿)
    list_separators: tuple[str, ...]
    unit_shared_separators: tuple[str, ...]  # 分别增长2.1、4.5和6.3%: items whose unit is printed after the last
    list_member_verb_separators: tuple[str, ...]
    list_member_verbs: Mapping[str, int]
    age_item_regex: str  # 0—14岁, 60岁及以上: an age group listed before the noun of the people it names
    class_item_regex: str  # 服务(类): a class listed before what is measured of every class (货物类、服务类采购), up to its 类
    # 货物类, 货物: a class before the last, its 类 printed, or left to the last by a class word of {listed_classes}
    # (货物、工程、服务类采购); the group is the class without its 类
    class_item_lead_regex: str
    listed_class_words: tuple[str, ...]  # 货物, 工程, 服务: the classes of procurement, which may leave their 类 to the last
    recap_group_regex: str  # 三大优势行业, 两大主导产业: the group a list of as many items closes with
    list_suffixes: tuple[str, ...]
    list_member_note_regex: str  # (折纯): a note of words in brackets after a member of a 分别 list
    list_suffix_units: Mapping[str, str]  # 率 → %: the units a figure of an item sharing a suffix that ends so may print
    kind_price_regex: str  # 粮食最低收购价: the price of kinds of a category, each kind's as the clause after lists them
    region_name_regex: str  # 四川省, 上海市: a province or city, an owner of any measure
    place_set_kinds: tuple[str, ...]  # 自治区, 省, 县: the kinds of place a set of places heading a sentence counts
    place_set_areas: tuple[str, ...]  # 沿海地区, 贫困地区: places named by a quality, a set of places as a subject
    place_set_subject_regex: str  # 内蒙古、新疆…四个自治区, 三分之一的省、市、自治区 ({kinds}, {areas}): a subject of places
    place_count_end_regex: str  # 74个 ending the text before places a quality names (74个重点城市): their count
    place_set_list_item_regex: str  # 广东省的澄海、潮安: an item of a list of places a count of them (…等十一个县) closes
    substances_named_by_quantity: tuple[str, ...]  # 化学需氧量: a substance, not a quantity, so a list's shared 排放 is its too
    list_noun_suffixes: tuple[str, ...]  # 案件: a shared suffix that is a noun of things counted, no quantity of an item's
    list_item_own_nouns: tuple[str, ...]  # 建议, 提案, 诉求: an item ending in them counts its own things, no such noun's
    bare_growth_regex: str  # 把增长[预期目标定在7.5%左右]: a growth target that names no owner
    bare_growth_name: str  # the growth such a target is of: the economy's
    part_scope_places: tuple[str, ...]  # 中心城区: a comparator word that after 其中 is the place of a part
    period_plan_opening_regex: str  # 全年目标为: a period opening its clause before the plan it sets
    year_plan_opening_regex: str  # 2024年[计划]新建…: the plan of the year opening a clause, what it plans after it
    pointed_growth_regex: str  # 这一增速, 这个速度高于…: a growth pointed back to, of the subject named before
    unowned_growth_subject_regex: str  # 增速回落, 增长 after 目标是：: a growth noun and its verb, all a figure's subject
    grown_owner_names: Mapping[str, str]  # 去年经济增长8.8%, 国民经济增长速度: an owner that names no quantity (at the end of a
    # name), the growth its rate is; so the owner's growth a plan word followed (经济增长预期目标为7%左右: one name)
    added_head_names: Mapping[str, str]  # 增加放映队２，７２９个: a verb of adding heading the name of the things added, the
    # verb such a name opens with (新增放映队, as 新增养老床位400张 prints it)
    listed_count_regex: str  # 施工线路有包头——兰州线、内江——昆明线等２５条: the things counted, examples of them listed after
    times_changed_regex: str  # 三次提高出口退税率, 两次全面降准: a change verb heading the name of a count of times, or the
    # whole name (降准, 降息)
    times_unit: str  # 次: the unit of such a count
    enrolled_name_heads: tuple[str, ...]  # 新纳入: a verb of taking persons into a scheme heading the name of a count
    enrolled_person_unit: str  # 人: the unit of such a count of persons
    enrolled_person_noun: str  # 人员: the persons so taken in (新纳入低保、特困供养 → 新纳入低保、特困供养人员)
    times_name_end: str  # 的次数: what such a count is, after the change it counts
    share_increment_word: str  # 增加额: a share put to a use of an amount added just before is of that addition
    increment_name_ends: tuple[str, ...]  # 增长的绝对数却是六百九十二万吨, 税收增量: a quantity that is how much another grew,
    # the change of the quantity before it (or carried to it)
    unowned_growth_names: Mapping[str, str]  # 7%左右的速度可以实现…: a growth noun of no owner, the economy's growth
    build_verb_names: tuple[str, ...]  # 开工, 建成: a count of the units built, named by the verb alone
    programme_frame_regex: str  # 启动新的三年[棚改]攻坚计划: the programme an earlier clause pushes, whose units are built
    owner_has_regex: str  # 煤炭工业部和石油工业部共有[二百个建设项目], 冶金工业部有[五十七个建设项目]: the owner of the things a count after it counts (not the place the report is of, nor after an adverb)
    owner_categories: tuple[str, ...]  # glossary categories of names that may own a quantity (sector, 进口通关时间)
    list_head_links: tuple[str, ...]  # 中央财政用于科技、教育…的支出: the words up to it are every item's
    list_item_end_regex: str
    list_each_regex: str  # 分别, 均, 都 after a list of names: the one figure after it is each one's
    apart_item_words: tuple[str, ...]  # 二氧化硫, 氨氮: things of amounts never summed, a percent after a list of them each one's
    list_rank_each_heads: tuple[str, ...]  # 第, 首: a rank of one place printed once after a list of names is each one's
    list_open_end_regex: str  # 等 closing a list that names only some of its items
    list_of_indicators_end_regex: str  # 等重要经济社会发展指标 closing a list: each item is an indicator of its own
    kinds_list_regex: str  # 12项交通[、水利等]重点工程: the kinds listed before 等 and the noun the count counts
    counted_frames: tuple[str, ...]  # 10个点、15条线、3个面的工作重点: the frame of the things counted, no part of them
    # 30家企业获得企业发展奖励资金1.17亿元, 283家企业参加…线上招聘会26场: the recipients or participants a count names
    # and their verb, no part of what they receive or take part in
    receive_verbs: tuple[str, ...]
    grant_verbs: tuple[str, ...]  # 商贸物流区二期工程[获批]专项债1.5亿元: a sum a named recipient is granted
    recipient_counters: tuple[str, ...]
    # 商务服务业保持高速增长,信息服务业、文体娱业平稳回升,上半年行业收入分别同比增长28%、10.6%、7.3%: a word for the
    # owners before a bare measure, whose owners the clauses before name
    generic_owners: tuple[str, ...]
    generic_whole_words: tuple[str, ...]  # 行业整体收入, 总收入: a whole of a generic owner, no owner of its own
    generic_share_wholes: tuple[str, ...]  # 占收入的89.99%: a whole that names only what the total of the breakdown is
    total_mark: str  # 总 (进出口总额): marks a total, no part of the quantity its name shares with its parts (进出口额)
    share_whole_printed_regex: str  # 税收收入占一般公共预算收入比重, …与国内生产总值之比: a share printing its whole
    share_whole_name_regex: str  # groups part, whole: what a glossary name of a share is of (税收收入占一般公共预算收入比重)
    effort_frame_regex: str  # 加大拆违力度,力争…完成进度达到70%: the work whose effort is stepped up, no verb or 力度
    # 扩充重点服务企业名单至500家: a verb heading the thing it brings to the figure after 至, no part of its name
    object_to_verbs: tuple[str, ...]
    object_to_words: tuple[str, ...]
    object_list_words: tuple[str, ...]  # 调整服务包企业名单至651家: the list counts its members, the name is theirs
    list_closer_regex: str
    subject_clause_end_regex: str
    total_clause_opening_regex: str
    # 同我国有着贸易和文化联系的国家和地区，已经达到一百二十多个: a count reached, of what the clause before names with 的
    reached_clause_opening_regex: str
    reached_subject_clause_regex: str  # the clause before it: a modified noun, no frame (在…努力下, 按照…部署)
    # ，去年同期则完成２４％: a clause of the same part of the year before, whose figure is of that time (group period)
    prior_same_period_regex: str
    having_count_regex: str  # 据十二个省的不完全统计，有七千六百九十个: the count after a clause of its source
    source_clause_regex: str  # 据十二个省的不完全统计: where a figure comes from, between a noun and its count
    enumeration_head_regex: str
    recap_count_before_regex: str
    # 两年 right before 平均每年: the years an average spans (not 前三年, the years before the one printed:
    # 超过了前三年平均每年增加二十三亿八千万元的水平)
    years_counted_before_regex: str
    recap_list_regex: str  # 交通、生态、产业三个重点领域: the items a count recaps, 、 between them
    recap_pointer_regex: str
    recap_relation_after_regex: str  # 两种[价格的并轨], 两个[军事集团的严重对立]: the things a relation joins, counted
    difference_of_regex: str  # 增速…较上年同期提高 (group growth), 支出进度较…加快 (group done): the rate a difference in
    # points is of, named between the figure before it and it
    level_link_words: tuple[str, ...]
    quantity_ends: tuple[str, ...]
    rate_nouns: tuple[str, ...]
    rate_noun_averages: tuple[str, ...]  # 人口自然增长率平均控制在: the average of the rate, no growth of 人口自然
    subject_verbs: tuple[str, ...]
    scope_words: tuple[str, ...]
    above_base_places: tuple[str, ...]  # 全区, 全县: with the scope_words, the places above_base measures against
    item_owner_heads: tuple[str, ...]  # 政府, 财政: a body a later list item opens with, its own owner (重点企业的研发投入和
    # 政府科技投入: the government's, not the firms'); scope_words and person_heads do as much
    wider_places: Mapping[str, tuple[str, ...]]  # district: 全市, 全省, 全国: the whole of a wider place than
    # a report of that level is of, heading a clause (全市…共有15个指标 in a district's report: the city's)
    wider_place_wholes: Mapping[str, str]  # 我国: 全国: a wider place named as one's own (我国 in a district's report),
    # read as its whole
    change_to_cues: tuple[str, ...]  # 一九五七年上升为百分之五十二点八: the value reached, never the change
    cut_cues: tuple[str, ...]
    raise_cues: tuple[str, ...]  # 上调, 调增: a set level raised (养老金上调5%), as cut_cues lower it
    adjust_extent_words: tuple[str, ...]  # 上调幅度为5%: the extent of an adjustment, as 上调5% says it
    reform_cut_end_regex: str  # 定价项目减少80%, 办理时限减少一半: a reform's cut of items, papers, steps or time (no yearly series)
    cut_lead_prefixes: tuple[str, ...]
    not_about_before: str
    not_about_after: str  # 约定, 约束, 约谈: 约 opening a word is not the qualifier "about"
    spoken_magnitude_regex: str  # 3个亿, 十几个亿: the counter (and the 几 or 多 before it) spoken between a number and its magnitude (not 5个亿元以上项目)
    pass_bound_words: Mapping[str, str]  # 旅游收入过10亿元: a bound word right before a figure with a magnitude
    pass_bound_not_after: str  # 不过, 经过, 通过: characters a pass_bound_words word ends a word after
    event_date_regex: str  # 一九五八年十一月召开的(会议): the date of an event, no period of the figures
    period_not_after: tuple[str, ...]
    period_base_after_regex: str  # 新增目标的 after 全年: the period of a target a share is of, as before 目标
    period_frame_connectives: tuple[str, ...]  # 但一九五四年的粮食产量: the words that alone lead a year framing its clause
    year_event_frame_regex: str  # 在一九五八年的大跃进中，: a year's event after 在, framing its clause ({year})
    period_source_tails: tuple[str, ...]  # 据本年５月份的统计: the source a time before 的 is the date of, no base
    period_plan_basis_leads: tuple[str, ...]  # 根据1980年计划，…: the words before a year whose plan a clause follows
    period_plan_basis_tails: tuple[str, ...]  # (计划，) the plan word closing such a frame
    abs_change_strong: tuple[str, ...]
    increment_change_words: tuple[str, ...]  # 同比多增, 少增: a change of how much a quantity grew, not of it
    increment_name_words: tuple[str, ...]  # 新增, 净增: a name opening with one names how much a quantity grew already (as
    # one ending with an increment_name_ends word)
    increment_stock_nouns: tuple[str, ...]  # 存款, 贷款: a stock whatever its name's end (企业存款同比多增: of its increase)
    increment_noun: str  # 增量: the word that names how much a quantity grew (存款增量)
    abs_change_uncompounded: tuple[str, ...]  # 提升: a change (亩产提升10.1斤) unless it closes an action compound
    action_compound_heads: tuple[str, ...]  # 整治, 改造: verbs 提升 joins into one action (整治提升316条 counts lanes)
    comparison_cut: tuple[str, ...]
    comparison_cut_holders: tuple[str, ...]  # 占比, 比重: words a comparison word is part of, no comparison
    following_joints: tuple[str, ...]  # 和, 及: where a run after a figure cut off by its limit may end
    joined_persons_regex: str  # 和城镇 of 城镇职工和城镇居民: the joint and modifiers between two words for persons
    joined_head_nouns: tuple[str, ...]  # 事项 of 职业资格许可和认定事项: a head noun the words before a joint may share
    joined_modifier_ends: tuple[str, ...]  # 大中型, 困难: a word before 和 that only qualifies the noun after the joint
    following_reject: tuple[str, ...]
    generic_subject_regex: str
    rate_opening_regex: str
    remainder_opening_regex: str  # 剩余8350万元…: a scope that opens with the rest of what was named before
    remainder_before_regex: str  # 推进剩余8项重点工程开工建设: a count of the rest, before the figure
    fund_heads: tuple[str, ...]  # 预算稳定调节基金, 预备费: the last word of a fund's name
    fund_flow_verbs: tuple[str, ...]  # 补充, 调入使用, 动用, 剩余: a flow into or out of a fund, named by its verb alone
    fund_set_verbs: tuple[str, ...]  # 年初安排预备费: a verb setting up the fund, before its name
    fund_stocks: tuple[str, ...]  # 余额: what a fund holds
    fund_flow_leads: tuple[str, ...]  # 当年补充, 实际动用: words before the verb of a flow
    year_start_stock_regex: str  # 年初预算稳定调节基金余额: a stock at the year's start, 年初 heading its name
    numeral_in_name_regex: str  # 县的百分之二十八: a percent in Chinese numerals ends any name it is read into
    set_rate_tail_regex: str  # 复工率 after 中小微企业: a rate of the set of units or persons (counted_owner_ends, person_heads) before it; group done: what those it counts did (复工)
    times_more_than_regex: str  # 比小麦高至[将近两倍]: so many times more than the base after 比
    stated_base_regex: str  # 比别的杂粮可能增加, 比五年前增长: any base 比 or 较 names before a change verb (the last resort)
    thousands_separator_regex: str  # ２９，８２１，８２８，０００元: a comma between thousands, no stop of a clause
    base_level_lead_regex: str  # 比预算数[２９，８２１，８２８，０００元]: a level that is the base of a comparison
    stated_base_rejects: tuple[str, ...]  # 比今年增长４％ in a plan: the year before the one planned, a growth against last year
    head_figure_regex: str  # 年均增收2040亿元: a figure (not a date) in a clause, which then names no figure after it
    item_figure_regex: str  # 二亿七千万头, 百分之四十: a figure in Chinese numerals (a time after it in its item is of it)
    head_index_frame_regex: str  # 如果以１９５０年为[１００]: the base of an index, no subject, before that figure
    figure_in_name_regex: str  # a name that holds a figure (百分之四) is carried to no other sentence
    year_item_opening_regex: str  # …，一九八一年计划为…；一九八二年计划为百分之四: an item of the same subject
    colon_topic_regex: str  # 原煤：全部建成后增加的年产能力将为…: the thing a sentence is about, before its colon
    topic_owned_regex: str  # 年产能力: a quantity named with no owner, whose owner a colon topic is
    example_topic_regex: str  # 如发电设备，: an example opening a sentence, the thing its clauses are about ({openers}: example_openers)
    bare_output_name_regex: str  # 我国只生产: a name that is only the verb of an output, whose thing the example is
    capacity_list_head_regex: str  # 新增加的生产能力有：钢…，生铁…, …的年产能力如下：: the capacity each product or unit listed has
    capacity_nouns: tuple[str, ...]  # 发电机组容量: a listed item that names a capacity itself keeps its name, after
    # the words of the head saying it is new (its group ``new``: 新增加的发电机组容量)
    kind_list_head_regex: str  # 招生人数将为：高等学校…，小学…; 在校学生人数，比…，: the count each kind of school listed has
    kind_nouns: tuple[str, ...]  # 学生, 人数: a listed item that names the counted persons itself keeps its name
    person_share_name_regex: str  # 平均每人占有粮食: the share each person has of a product, which the next item shares
    verb_opening_regex: str  # 达到了七千二百亿斤, 两年平均每年增长…, 在…的一九五二年，也还只有…: a sentence that opens with its verb (after a
    # year a clause describes, or not, or after the effort made: 经过…的努力，) goes on with the subject before
    topic_clause_regex: str  # 财政收入较快增长: a clause of no figure naming what grew, the subject of the figures after it
    copula_clause_regex: str  # 经济增速是综合性指标: a clause saying what kind of indicator its subject is
    dwellers_after_regex: str  # 1亿人居住的城镇棚户区和城中村: after a count of persons, the place they live in
    topic_sentence_regex: str  # 四是，城乡居民储蓄大幅度增加。: such a clause as a sentence ({clause}), the subject of the next
    body_owned_heads: tuple[str, ...]  # 床位, 藏书: what bodies that serve people have, theirs after a count of them
    body_ends: tuple[str, ...]  # 医院, 图书馆: the ends of names of such bodies
    part_owned_heads: tuple[str, ...]  # 协议投资: an amount of the part counted just before it after 其中 (其中亿元以上项目18个，
    # 协议投资120亿元), its own bare name after a count of the whole (a glossary alias keys it so)
    owned_heads: tuple[str, ...]
    plant_owned_heads: tuple[str, ...]  # 日处理能力: a capacity of the plants counted just before it (污水处理厂8座，日处理能力62万吨)
    plant_counters: tuple[str, ...]  # 座, 家, 处: the units of a count of plants or facilities, which own such a capacity
    yield_verbs: tuple[str, ...]  # 形成, 带来, 涉及: a fiscal level's head after them is what the things counted before yield or hold
    student_flow_heads: tuple[str, ...]  # 新招生, 毕业学生, 在校学生: a school's intake, leavers and roll, printed bare after its first
    school_count_units: tuple[str, ...]  # 所: the unit of a count of schools, whose students a bare 在校学生 after it are
    set_rates: tuple[str, ...]  # 增长面: a rate of a set counted before it, which it names
    counted_quantity_ends: tuple[str, ...]  # 客流量, 工业总产值: the end of a quantity of the units counted before it
    place_count_opens: tuple[str, ...]  # 在１００多个国家和地区展开: the things counted are where, not whose
    sibling_scopes: tuple[tuple[str, ...], ...]  # 城镇…，农村增加到22平方米: parts of a whole, one naming what the one before measures
    domain_heads: tuple[str, ...]  # 毛入学率, 亩产: a bare rate of a domain the subject before names (高等教育在学人数…，毛入学率…)
    domain_subject_ends: tuple[str, ...]  # 在学人数, 产量: the end of a subject before such a head; what precedes it is the domain
    finality_words: tuple[str, ...]
    finality_heads: tuple[str, ...]
    frame_heads: tuple[str, ...]
    plan_head_regex: str
    bound_target_name_regex: str
    frame_name_regex: str
    rank_change_words: tuple[str, ...]  # 净增7家,[增量]居全县首位: a rank of the change the figure before states
    rank_aspect_words: tuple[str, ...]  # 总量, 规模: what of a quantity's level a list of ranks ranks (总量、增速分别居…)
    listed_aspect_kinds: Mapping[str, str]  # [笔数和金额]同比分别增长…: the items of a 分别 list that name only an aspect of the
    # figures before, with the kind of figure each is of (金额 → money, 笔数 → count, 面积 → area)
    rank_growth_words: tuple[str, ...]  # 增长7.5%,[增速]居全市第2位: a rank of the growth, named by it
    rank_growth_leads: tuple[str, ...]  # 。[累计]增速高于全国…,居全国第5位: words before a growth opening its clause
    bare_measures: tuple[str, ...]
    sibling_measures: tuple[str, ...]  # bare measures of one owner that stand side by side (收入, 支出)
    business_sibling_measures: tuple[str, ...]  # a business's measures a bare one of takes the owner of another (业务量)
    measure_own_units: Mapping[str, str]  # 亏损额 → 亏损企业: a bare measure of the units named by it, which a name
    # before it ends with to no more than say them (规上工业企业亏损企业85家，亏损额… → 规上工业企业亏损额)
    output_measures: tuple[str, ...]  # 年产量, 总产量: an output named bare, of the product its sentence is about
    demonstratives: tuple[str, ...]  # [这个]比重: a word pointing to what the sentence before names
    new_demonstrative: str  # 新[标准]: the standard the sentence before brings in (实行新的扶贫标准)
    demonstrated_measures: tuple[str, ...]  # 这个[比重]: a measure named by pointing to the sentence before
    field_pointers: tuple[str, ...]  # 这方面: a field named by pointing to what is spent on before
    field_intro_regex: str  # 用于X的, 对X的, 重点是X: the field spent on or supported that 这方面 points to
    pointed_units_regex: str  # 这些农场的: units pointed to, counted before in the sentence
    measure_aspects: tuple[str, ...]  # 收入[规模]位居全省第15位: what of a bare measure a name may say after it
    sector_end_regex: str  # 工业, 第三产业 (not 企业): how a sector's name ends
    sector_aggregates: tuple[str, ...]  # 增加值, 总产值: a sector's share of a place's output
    loss_turn_from_regex: str
    loss_turn_to_regex: str
    profit_names: tuple[str, ...]
    owner_clause_regex: str
    sentence_owner_regex: str
    item_measures: tuple[str, ...]
    owner_ends: tuple[str, ...]  # 学校, 公司: besides entity_words (企业, 市场主体), the end of an owner's name
    place_year_lead_regex: str  # 全区, 我国在: the place a report is of (and 在) before a year opening a clause
    attribute_measures: tuple[str, ...]  # 全长, 总投资: a size of a built thing its sentence opens with, bare
    attribute_owner_ends: tuple[str, ...]  # 公路, 项目: the end of the name of a built thing that has a size
    current_base_regex: str
    base_time_level_regex: str  # 比上年的5.1%, 比第五个五年计划期间的百分之十一: a level of a time, the base of a change
    base_frame_end_regex: str  # 在连续两年增长百分之十三的基础上: the end of a frame naming the base reached
    basis_frame_inner_regex: str  # 在各企业今年计划定额的基础上: a frame of the base a verb after it acts from
    base_frame_open: str  # the word opening that frame (在)
    compared_level_open_regex: str  # 高于, 快于 before a level of its clause: the level compared with
    compared_level_end_regex: str  # 的水平, 的速度 right after that level (高于…平均每年递增百分之四点三的水平)
    compared_plan_regex: str  # 超过五年计划规定的…速度: a plan word naming the level compared with
    threshold_after_regex: str
    threshold_units: tuple[str, ...]
    herd_threshold_units: tuple[str, ...]  # 头, 羽: units of a herd size that bounds a class of holders only
    herd_holder_words: tuple[str, ...]  # 场, 户: the last words of the holders a herd size names the class of
    reading_threshold_units: tuple[str, ...]  # ℃, 毫米: units of a reading whose bound names the days or events counted
    reading_bound_signs: str  # ≥, ≤: a sign before a reading that makes it a bound
    reading_bound_after_regex: str  # [35℃]以上的[高温日数]: a bound naming the class counted after it
    reading_value_lead_regex: str  # 降水量达[1200毫米以上]为…: a verb before a reading that makes it the reading, no bound
    reading_bound_close_regex: str  # [≥35℃]的[高温日数], [(日最高气温≥35℃)]: a signed bound naming a class
    scope_note_bounds: tuple[str, ...]
    scope_note_regex: str  # 统计范围为, 是指: a note that says which units a statistic covers, before the bound of the class
    measure_word_owners: tuple[str, ...]  # 自然[增长率]: the words that make a measure word a rate's own name
    measure_words: tuple[str, ...]
    comparison_words: tuple[str, ...]
    yoy_bases: tuple[str, ...]
    yoy_word: str  # 同比: a change on the same period of the year before
    yoy_base: str  # 上年同期: the base 同比 names for a change of an amount or of points
    prior_year_word: str  # 上年: the year before, of a period whose year the report does not print (上年一季度)
    plain_yoy_bases: tuple[str, ...]  # the bases a year-on-year growth states or leaves unsaid alike (比上年增长, 增长)
    outturn_base_regex: str  # 上年预计数, 去年预算执行数: last year's outturn or budget, a base a bare growth after a
    #   change against it shares (比上年预计数增加439亿元，增长17.6%)
    year_outturn_suffix_regex: str  # 决算数, 预计执行数 after a year (比1955年决算数增长9.84%): that year's outturn
    elided_unit_joiners: tuple[str, ...]
    bare_change_prefixes: tuple[str, ...]
    bare_change_verbs: tuple[str, ...]
    front_comparator_regex: str
    compared_year_head_regex: str  # [一九八二年]同一九七八年相比: the year A of a frame comparing two years
    compared_plan_opening_regex: str  # “六五”时期同“[五]五”时期相比，: a sentence opening comparing two five-year periods
    year_base_regex: str  # a base that names a year (比2002年): its base holds for the bare changes after it
    same_period_words: tuple[str, ...]  # a base of the same months of a year (2019年同期): a side comparison
    exclusion_words: tuple[str, ...]  # 不包括在内: a bracket of what a figure leaves out, no parts of it
    inclusion_note_heads: tuple[str, ...]  # 投资额（包括…基本建设）共为: a bracket of what a name includes
    inclusion_note_span: int  # the most characters such a bracket holds (the longest of the national reports: 47)
    clause_joiner_heads: tuple[str, ...]  # ，以及…: a clause opened by a joiner goes on with the list of the clause before
    joined_total_regex: str  # 共, 合计: a total after such a clause sums the list across the comma
    figure_like_units: tuple[str, ...]
    qualified_verb_words: tuple[str, ...]  # 约增长百分之三十三, 至少节约百分之十: a qualifier before the verb of a figure
    qualified_verbs: tuple[str, ...]
    qualifier_phrase_words: tuple[str, ...]
    whole_qualifier_words: tuple[str, ...]  # 超过全球一半: before a whole a share word follows with no 的
    whole_qualifier_span: int  # the longest whole between them
    minus_after_chars: str
    range_dash_after_regex: str  # 3万-5万人, 10亿—12亿元: a figure with its magnitude or unit right before a dash that joins a range
    minus_word_regex: str  # 为负0.5‰, 增速为负1.2%: the word 负 printed as the sign of the number after it
    colloquial_point_regex: str  # 回落1.2个点: the 点 after 个 of a colloquial 个百分点
    colloquial_point_lead_regex: str  # the move or gap word right before such a figure
    approx_prefix_qualifiers: Mapping[str, str]
    approx_subject_chars: str
    over_suffixes: tuple[str, ...]
    half_units: tuple[str, ...]  # 六倍半, 十三斤半: the units a half printed after them adds to
    half_word: str
    pp_not_over: tuple[str, ...]
    plan_excess_regex: str  # 超过原定的年度计划百分之四点一: a change against the plan, not a share
    comparison_tail_words: tuple[str, ...]
    spaced_digit_regex: str  # 比1 9 8 0 年: a space between the digits of a number, or before its 年
    changed_clause_regex: str  # 规模大幅增加、: a clause with its own change, before the item a figure names
    empty_subjects: tuple[str, ...]
    subject_trim_head: str
    straight_quotes: str  # " ': quote marks that open and close alike, kept in pairs in a name
    subject_trim_tail: str
    scope_base_prefixes: tuple[str, ...]
    pp_narrowing: tuple[str, ...]
    bare_pp_change_regex: str  # 提高0.6个百分点 alone in its clause: a difference whose base an earlier item names
    period_base_regex: str  # 1-7月, 一季度, 上月: a base that is a period of the same thing (not a place, 全国)
    pp_widening: tuple[str, ...]
    fall_comparison_openers: tuple[str, ...]  # 低于全市: a clause of points opening with its comparison, no subject
    pp_judged: tuple[str, ...]  # 好于全市: a result judged against another, better whatever the measure
    list_last_joiners: tuple[str, ...]
    list_joiner_words: tuple[str, ...]  # 涉及, 参与, 总和: words ending with a joiner, which join no list
    list_word: str
    list_quantity_verbs: tuple[str, ...]
    list_relief_quantities: tuple[str, ...]  # 制造业、建筑业分别退税…: a relief each item got, named after it
    list_trade_quantities: tuple[str, ...]  # 对东盟、欧盟分别进出口…: the trade with each partner, named after it
    list_flow_verbs: tuple[str, ...]  # 煤炭、电解铝分别淘汰落后生产能力…: what each item sheds or adds, its name
    list_paid_verbs: tuple[str, ...]  # …惠及6320人，…惠及9150人，分别发放补贴资金…: the sums paid to the persons each item counts
    list_paid_sum_nouns: tuple[str, ...]  # 资金, 补贴, 金 …: what a sum paid after 分别 ends with (发放救助金, not 发放到位)
    list_owner_ends: tuple[str, ...]  # 一季度、二季度, 市级、区级分别新增…: items that own what is added (as places do), not it
    class_time_units: tuple[str, ...]  # 小时, 分钟: a span right before a noun names a class or a standard (24小时便利店, 30分钟响应)
    duration_units: tuple[str, ...]
    ratio_parts: Mapping[str, tuple[str, ...]]
    list_expansions: Mapping[str, tuple[str, ...]]
    not_only_regex: str
    but_also_regex: str
    addend_openers: tuple[str, ...]  # 加上原有的灌溉面积，共达…: a clause that adds a part names no total
    example_openers: tuple[str, ...]  # 例如高等学校的毕业生，…合计为…: a clause that names an example of what the one before says
    sum_joiner: str  # 亏损金额和粮食企业、商业企业的亏损总额: joins the parts a total after 加上 sums
    contribution_lead_regex: str
    list_sum_lead_regex: str
    contribution_name_regex: str
    contribution_driver_regex: str
    not_subject_regex: str
    threshold_count_units: tuple[str, ...]
    class_money_bound_regex: str  # 超, 超过 right before an amount that says which firms or projects are counted
    money_name_heads: tuple[str, ...]  # 税收, 收入: a name of money, whose bare 万 or 亿 amount is in 元
    money_name_foreign_regex: str  # 外资, 出口: names of money perhaps counted in a foreign currency
    share_list_heads: tuple[str, ...]  # 支出, 投资: the head noun the later items of a list of shares leave out
    class_money_lead_regex: str  # 其中, 税收, or a clause start right before an amount glued to the units it classes
    size_class_count_regex: str  # 2个[5000平方米的]: a count and its classifier right before the size of each thing counted
    size_class_after_regex: str  # [5000平方米]的社区服务中心, [五万千瓦]规模的电站: a size naming the kind of the things counted
    settlement_size_units: tuple[str, ...]  # 户, 人: the size of a village or an estate, by its households or people
    settlement_size_class_regex: str  # [20户]以上自然村: the bound names the villages, no count
    reach_units: tuple[str, ...]  # 米, 公里: the units of a reach
    reach_coverage_regex: str  # [500米]覆盖率: the coverage within a reach
    reach_owner_end_regex: str  # 公交站点[500米]: the facility or stop a reach is around
    class_money_noun_regex: str  # [产值超10亿元]企业达到12家: the units counted right after it
    threshold_nouns: tuple[str, ...]
    threshold_frame_open_regex: str  # 在 opening the clause before a count: 在建设141项企业方面
    threshold_frame_noun_regex: str  # a noun between a count and a frame closer: the count counts the noun
    frame_closers: tuple[str, ...]  # 方面, 基础上 closing a 在 frame (在推进12项重点任务方面取得进展): no predicate of the noun
    paren_comparator_regex: str
    paren_change_regex: str  # 金融业(增长6.1%): the change verb opening brackets after an item, its change inside
    paren_growth_regex: str  # 增速(8.6%): a growth noun, its own rate in the brackets after it
    duration_after: tuple[str, ...]
    class_time_not_before: str
    completion_object_regex: str
    target_bracket_before_regex: str  # 规划目标（ before 3000个）: the target's figure in brackets after its word
    completion_object_era_regex: str  # “十四五” in 完成“十四五”规划目标的63.3%: the plan the target is of, no owner
    share_verb: str
    share_noun: str
    elapsed_time_regex: str  # 时间过 before a share of the year gone (时间过四分之三)
    elapsed_time_name: str
    fund_spent_subject_regex: str  # 已支出 after a fund issued (资金下达45.3亿元，已支出38.9亿元)
    transfer_part_regex: str  # 市拨专款, 中央补助 ({transfers}): a part of a budget's total given by another level, of no scope
    # of the total's
    scale_object_regex: str
    scale_words: tuple[str, ...]
    phase_scale_words: tuple[str, ...]  # 首期规模: the size of a first phase, not of the whole (设立总规模10亿元、首期规模4亿元的基金)
    task_attribute_words: tuple[str, ...]  # 全年任务, 年度目标任务: the year's task, an attribute of the quantity carried before
    # it (实际利用外资…，完成全年任务3000万美元的95.2%), no name of its own there; with no quantity before, the tasks counted
    attributive_particle: str
    has_word: str  # 有 before a thing an owner has (已有基层社三万一千余个): the owner is named before it
    place_word: str  # 在 opening a clause of the places or kinds a figure holds in (在三种不同的地区)
    inside_suffixes: tuple[str, ...]
    trade_size_class: str  # 限上批发业、零售业销售额: the size class of trade, which every trade of a list shares
    # (its printed forms: the keys of concepts.json size_classes naming it)
    trade_sectors: tuple[str, ...]  # the trades a 限上 class is counted of
    times_units: tuple[str, ...]
    doubling_units: Mapping[str, str]  # 翻两番: doubled twice, read as the multiple more (三倍)
    doubling_verb_regex: str  # 接近翻一番: the verb between a doubling and the qualifier before it
    elided_pp_counters: tuple[str, ...]
    about_word: str
    item_separator: str
    fiscal_scopes: tuple[str, ...]
    scope_item_openers: tuple[str, ...]  # 一般公共预算收入、区级税收收入: a scope word after them opens a later item
    transferred_scope_regex: str  # 上划中央收入: the centre's share of revenue collected here, a level of government
    counterpart_scope_regex: str  # {levels} as a level of government the figure is of, not the one a transfer comes from
    # or goes to (市级财政税收返还和补助收入, 上解市级财政支出: the district's revenue and spending; {transfers} after it)
    transfer_words: tuple[str, ...]  # 补助, 专款, 转移支付: money one level of government gives another
    level_suffix: str  # 地方 + 级: a level word a name prints without it, as the fiscal scopes print it
    shared_scope_regex: str  # 增值税收入(50%部分): the share of a shared tax its level keeps, printed in brackets
    aggregate_terms: tuple[str, ...]
    tax_name_regex: str
    revenue_type_terms: tuple[str, ...]
    sector_heads: tuple[str, ...]
    list_industry_heads: tuple[str, ...]  # 产业: the industry word the last item of a list of industries ends with,
    # shared by an item naming no industry (新材料、生物医药产业产值 → 新材料产业产值)
    sector_not_heads: tuple[str, ...]
    breakdown_opener_regex: str
    breakdown_view_regex: str  # 从征收部门看:, 分产业看, 从层级看: the items after it break down the total before it
    output_change_end_regex: str  # 原煤增产了[一千八百二十六万吨], 夏粮减产[一成以上]: a product's output changed
    output_noun: str  # 产量: the quantity such a change is of
    make_verb: str  # 生产: the verb of making a product a name opens with (计划生产氮肥[九十万六千吨]: the output of 氮肥)
    make_verb_not_before: tuple[str, ...]  # 生产总值, 生产安全, 生产资料: words after 生产 that make a noun of it, no product
    actor_change_verbs: Mapping[str, str]  # 超收 → 收入: a verb changing what an actor collects or spends, and that quantity
    loss_change_verbs: tuple[str, ...]  # 减亏, 增亏: the actor before them names the loss changed (国有企业减亏)
    actor_words: tuple[str, ...]  # 税务部门, 中央财政: who collects or spends an amount, never a whole name
    actor_collect_verbs: Mapping[str, str]  # 税务部门组织16396万元: the verb and what of it the name keeps ('' for one that
    # only says it was done: 税务部门完成16396万元 → 税务部门收入, the quantity of the total broken down)
    actor_spend_verbs: Mapping[str, str]  # 中央财政安排219亿元: the verb and the noun of what it spends ('' none)
    actor_quantities: tuple[str, ...]  # the end of a total's name an actor's part takes (大口径财政收入 → 收入)
    actor_default_quantity: str  # what an actor collects when no total names it
    budget_gap_words: tuple[str, ...]  # 超收, 短收: revenue above or below its budget, compared with the budget when no base is printed
    budget_gap_base: str  # 预算: the comparator of such a gap
    actor_fund_noun: str  # what an actor pays when neither a verb nor a total names it (中央财政的400亿元)
    chapter_lead_regex: str  # 一、 of a bulletin chapter heading printed with no line break after it
    chapter_headings: tuple[str, ...]  # 综合, 农业, 固定资产投资: the chapters of a statistical bulletin
    chapter_frame_regex: str  # 全年实现 after a chapter heading: the frame of its first sentence, no part of a name
    object_change_verbs: Mapping[str, str]  # 增产原油300万吨: the change of the object's quantity (产量)
    change_compound_objects: tuple[str, ...]  # 核减金额3.6亿元, 增收节支1.5亿元: an object that makes one noun with the
    # verb of change before it (the amount the verb names; the saving of two verbs), no thing it changes
    quantity_change_verbs: tuple[str, ...]  # 农民增加收入108亿元: a verb that changes an object only when the object
    # names a quantity (增加学前学位2000个 counts the places added)
    object_change_counted_verbs: tuple[str, ...]  # 化解矛盾纠纷1260件: a cut verb whose count counts what it settled,
    # a level (化解债务15亿元, an amount, is the debt cut)
    object_change_counted_units: tuple[str, ...]  # 件, 起, 宗: the counters of the cases and disputes such a verb
    # settled (化解钢铁过剩产能120万吨 is the capacity cut)
    object_change_not_after: tuple[str, ...]  # 新增加水泥生产能力, 新增产能: what is new is a level, no change; 用于增加
    # 城镇职工住宅的支出: a spending for a purpose is a level
    object_change_object_regex: str  # the object between such a verb and its figure
    object_change_money_object_regex: str  # 中央预算内经常性建设投资, 教育经费: an object of money spent or set (最低标准)
    object_change_verb_regex: str  # 增产五十万箱纸烟: such a verb right before its figure, the object after it
    duration_lead_regex: str  # 经过30多年改革开放: a span of time passed, no figure
    duration_means_regex: str  # 用[四个月的时间]: a span of time spent as the means of what follows
    duration_means_span_regex: str  # 四个月的时间 after it: the span (用四个月的时间完成了…: no part of a name)
    duration_lead_last: str  # the characters that lead may end with
    duration_follow_regex: str  # the unit words of such a span (多年, 个月, 个五年计划)
    occasion_units: tuple[str, ...]
    frame_nouns: tuple[str, ...]
    frame_noun_counters: tuple[str, ...]
    grade_range_tail_regex: str  # 以上 of 省级以上: the grades the item before spans, replaced with its grade
    grade_all_words: tuple[str, ...]  # 各级 of 各级文物保护单位: all the grades a name spans, replaced with a part's grade
    grade_name_regex: str  # 国家级, 四星级, 4A级, 三级甲等, 男性, 公办: a grade, a sex or an ownership alone naming a part of a whole before 其中
    faith_names: tuple[str, ...]  # 佛教, 道教: a faith alone naming a part of the venues or clergy of all faiths before 其中
    faith_generic_word: str  # 宗教: the word of all faiths a faith printed as the part takes the place of
    threshold_name_regex: str
    size_bound_regex: str  # 千万元以上, 超10亿元: an amount bound that sets a size class of the things counted
    achieved_frame_regex: str
    target_reached_after_regex: str  # 的目标顺利完成, 的任务已经实现, 的任务，已经超额完成: the target word said reached right after it
    aim_outcome_head_regex: str  # ，实际增长 after a target of the sentence: the outcome of the aim, not a real growth
    target_gap_outcome_regex: str  # 与目标增长8%相差1.5个百分点: the gap from a target's growth, what came of it
    aim_outcome_gap_regex: str  # 6%，实际完成: from a growth aimed at to the figure of what it came to
    plan_modifier_outcome_regex: str  # 计划实施的…项目完成: a plan word in a modifier, then the outcome verb of its head
    nation_size_after_regex: str  # 十几亿[人口]蕴藏的…, 14亿人[的]粮食安全: the people after a count the size of the nation
    nation_size_min: int  # persons: a count of so many is the nation's people, never a plan's
    effort_people_after_regex: str  # 在600多万[香港人]的共同努力下: the people by whose effort a plan is carried, as they are
    rest_share_opening_regex: str  # 其他的[百分之四十四点二]: a sentence opening with the share of the rest of a whole
    year_base_next_regex: str  # [一百一十一亿元]，它虽然比1956年: the clause after a level comparing with a bare year
    stock_qualifiers: tuple[str, ...]  # 约, 近, 上 …: the words a stock said to stand may print before its figure ({stock_qualifiers})
    stock_before_regex: str
    basis_frame_regex: str  # [以第一个五年计划期间的总投资额计算]: the basis a figure is reckoned on
    plan_period_regex: str  # 在[第一个五年计划期间], [过去的几个五年计划期间]: the time of a plan, named by its number or none
    pushed_remainder_regex: str  # 加快推进剩余(8项): the rest a plan pushes on is its object, no stock it starts from
    stock_not_after_regex: str  # 有6.5%－7%的增速[就能够]实现…, 全市有100个项目[将]开工, 有三十五个新的工程[开工]: no stock, a condition or a plan;
    # 三十二个项目，有三十一个[是]煤矿: a part of what is counted before, no stock
    done_after_regex: str  # １７个项目[已经]完工投入生产: a count its clause says is done (or is not: ７种[没有完成]质量计划)
    perfect_verb_regex: str  # 到一九五九年底共推广[了]…五亿二千多万件: a perfective verb in a figure's clause
    perfect_before_regex: str  # 成立[了]二十九个自治州, 小学生增加[了]六倍以上: a figure a perfective verb ({perfect_verb}) says was reached
    source_after_regex: str  # 收入的60%以上[来自]国有企业: where a share comes from, a state stated
    elapsed_period_regex: str
    ahead_period_regex: str  # 全年, 年内, 年底前 heading a completion in a plan part: the year ahead, a target
    half_elapsed_period_regex: str
    flow_verbs: tuple[str, ...]
    addition_owner_regex: str  # the place or zone before the verb of a name of what it added (经开区新增…)
    addition_verbs: tuple[str, ...]
    stock_clause_regex: str
    bracket_base_regex: str  # 高于全国(3.9%): the base whose own figure the bracket after it prints
    net_change_clause_regex: str  # 净增: a clause that gives the net change of the stock of what was just added
    stock_rise_clause_regex: str  # (全年)新增 alone before an amount: a rise of the stock the clause before names
    stock_name_ends: tuple[str, ...]  # 余额, 保有量: the end of the name of a stock
    part_stock_heads: tuple[str, ...]  # 余额, 限额: the head a part after 其中 shares with its total (一般债务 of 政府债务余额)
    part_flow_heads: tuple[str, ...]  # 到期, 偿还: a part after 其中 naming a flow out of its total's stock
    ratio_name_ends: tuple[str, ...]  # 收入比, 倍差: the end of the name of a ratio printed as its first term
    budget_sides: Mapping[str, str]  # 支出: 收入: a side of a budget and the other side
    budget_owner_ends: tuple[str, ...]  # 预算, 基金, 财政: the end of the name of a budget whose sides are named
    # (and, anywhere in a completion's comparator, the level's own budget: 完成区级调整预算数的97% keeps 区级)
    budget_side_leads: tuple[str, ...]  # 共: a word of the whole before a budget's side opening its clause (共支出)
    payer_subject_regex: str
    spend_lead_tail_regex: str  # what follows a spending verb heading a name: a noun, not 的, 了 or a list
    payer_spend_lead_regex: str  # 中央财政安排科技投入716亿元: who pays and its verb before what is paid
    completion_verbs: tuple[str, ...]  # 区重点项目中已开工19个: the verb that completes the things counted
    disposal_markers: Mapping[str, str]  # 把, 将 before what a figure changes (将: only before a quantity noun)
    registration_leads: tuple[str, ...]  # 依法登记, 登记: the registration a name of things registered opens with, which
    # a verb undoing it ends with (登记社会组织…，撤销登记…: the organisations, not the registered ones alone)
    disposal_verbs: tuple[str, ...]  # 废止71件, 关停5000万千瓦小火电机组: verbs that do away with what they count, which names the count
    case_counted_words: tuple[str, ...]  # 行政复议, 诉讼, 审结: words of cases counted, before which an outcome names a count
    case_outcome_words: tuple[str, ...]  # 维持186件, 结果纠正2件, 撤销18件: the outcomes of a review or a suit decided, each naming its count of cases
    completion_lead_words: tuple[str, ...]  # 累计, 超额 before such a verb: part of it, as completed_adverbs are
    completed_adverbs: tuple[str, ...]  # 已, 基本, 顺利: before such a verb, part of it; heading a clause said of counted
    # entities, no verb of it (counted_predicate_adverbs)
    completion_plan_regex: str  # 计划, 实际 between the things counted and such a verb: the status, no part of the name
    completion_new_regex: str  # 新 of 新开工 after such a status word: part of the verb, not of the noun
    reached_state_tail_regex: str  # 拆除并实现“场清地净”(133.9万平方米): the state the work reaches, no part of its name
    done_part_clause_regex: str  # 已竣工验收(12个): what a part of the things counted before did, a clause opened by 已
    done_part_object_heads: tuple[str, ...]  # 已开办[幼儿园]3所: a noun of its own ending the clause (with the heads of
    # persons, owners and recipients): things of another set, no part of the one counted before
    work_object_lead_regex: str  # 已完成(提标改造1.1万亩): a verb completing a work the figure after it measures
    light_work_verbs: tuple[str, ...]  # 开展(职业技能培训1.3万人次), 召开(…会议92次): a verb of no content heading the work counted
    area_work_noun: str
    sale_verb: str  # 销售 ending a name (商品房销售9.37亿平方米): the quantity sold, named by its unit
    sale_amount_noun: str  # 额: of money sold (销售额)
    sale_volume_noun: str  # 量: of goods sold by count or weight (销售量)
    work_compound_tails: tuple[str, ...]  # 覆盖, 面积, 带 after 绿化 or 造林: a noun the verb heads (绿化覆盖面积), no object
    area_work_verbs: tuple[str, ...]  # 拆除(133.9万平方米), 植树造林(9200多万亩) ending a name: the area of the work, 拆除面积
    plan_task_tail_regex: str  # 保障性住房计划任务数(3000套): the plan's word after the things planned, no part of their name
    task_units: tuple[str, ...]  # 项, 件: units that count tasks themselves (专项行动年度任务386项 keeps 任务)
    subset_verbs: tuple[str, ...]  # besides the completion verbs: what a part of a counted set has done (已投入使用)
    set_lead_regex: str  # what a counted set opens with and its part has not (规划建设5G宏基站: 5G宏基站)
    completion_verb_ends: tuple[str, ...]  # 可以建设完工: a verb before such a verb, so no noun is counted
    subset_time_lead_regex: str  # 截至6月底, 上半年: the time a part of a set counted before is done by (…，截至6月底已开工98个)
    quantity_target_words: tuple[str, ...]  # 新增就业岗位目标为3万个: a figure these name after its quantity is its target
    subset_lead_regex: str  # 共取得成果三万三千项，有九百三十七项获得…: a part of the set counted before
    predicate_means_frame_regex: str  # 1800多万人[通过多种渠道和方式]实现了再就业: the means a predicate opens with
    means_leads: tuple[str, ...]  # 通过, 依托 …: what a phrase of means opens with ({means_lead})
    part_state_leads: tuple[str, ...]  # 在用, 在册: the state a stock's name leads with, a part's after 其中 too
    means_nouns: tuple[str, ...]  # 渠道, 平台 …: the nouns such a phrase ends with ({means_noun})
    assessment_verbs: tuple[str, ...]  # 验收, 认定 …: after 通过 and a quoted title, 通过 is "passed" ({assessment_verb})
    contest_nouns: tuple[str, ...]  # 赛, 运动会, 评比 …: a contest won at, heading a prize's name ({contest_nouns})
    athlete_nouns: tuple[str, ...]  # 运动员, 选手 …: those who won, heading a prize's name ({athlete_nouns})
    prize_verbs: tuple[str, ...]  # 获得, 夺得 …: the verbs of winning before a prize ({prize_verbs})
    prize_nouns: tuple[str, ...]  # 金牌, 奖, 称号 …: the prizes, won at a contest ({prize_nouns})
    within_lead_regex: str  # 38个工业行业大类[中]27个…: the set counted right before, then 中, before a count of a part
    within_last: str  # the last characters of such a lead tried (a test before the pattern)
    part_change_predicate_regex: str  # [行业增加值实现同比增长]: what the part counted did, a change with no figure
    own_place_times_regex: str  # 全年, 1-6月, 累计 between a place and the verb of what it achieves
    adverb_head_regex: str  # 一般可以, 一般应当: an adverb of what is usual, at a name's head before a modal, names nothing
    modal_verb_head_regex: str  # 则[可以]开荒四千万亩, [可以]少用标准煤600万吨: a modal at the head of a verb and its object, the whole name (可以建设完工的项目 keeps it: the 的 makes it a kind of project)
    modal_object_head_regex: str  # 我国将能够每年出产[拖拉机], 将修建[水坝]: a modal and the verb it bears, before the object counted (将[新建农场]: a verb that names a flow of new things stays)
    perfect_object_name_regex: str  # [推广了]各种改良农具…五亿二千多万件, [停建、缓建了]大中型项目295个: a done verb and its object, the whole name before the count (named as the things the verb was done to: 推广的…)
    adverb_verb_tail_regex: str  # 日产量[总是停留]在…: an adverb of what keeps on and its verb, at a name's end
    actor_head_regex: str  # 国务院各部门共, 区政府各部门: the bodies that do what a name counts, at its head
    achieve_verbs: tuple[str, ...]  # 实现, 完成
    reach_goal_verbs: tuple[str, ...]  # 达到: reaching a goal, as 实现 achieves it (16项指标未达到规划目标 says it of them)
    city_name_end: str  # 市: how a city's name ends
    city_area_word: str  # 地区: after a city's name less its end, it names the city as its area (北京地区 for 北京市)
    place_ends: tuple[str, ...]  # 市, 区, 县, 镇, 街道: how a place's name ends
    place_subject_regex: str  # a place at a name's head ({ends}), the times ({times}) and the verb ({verbs}) after it
    budget_total_heads: tuple[str, ...]
    person_heads: tuple[str, ...]
    person_units: tuple[str, ...]
    household_heads: tuple[str, ...]  # 家庭, 农户: where a noun of households counted may end
    household_units: tuple[str, ...]  # 户
    population_households: Mapping[str, str]  # 人口 → 户数: a population's name, for a count of its households
    person_visit_units: tuple[str, ...]  # 消费券惠及1.2万人次: persons counted once a visit
    reaching_work_leads: tuple[str, ...]  # 举办, 启动: the verbs carrying out works before the works counted
    reaching_work_ends: tuple[str, ...]  # 开工: such a verb after the works counted (老旧小区综合改造开工)
    reaching_aside_leads: tuple[str, ...]  # 涉及: a clause measuring the works counted before it
    reaching_work_verbs: tuple[str, ...]  # 改造: a verb of work before the things worked on, named after them
    unit_counting_units: tuple[str, ...]  # 人, 户, 家, 栋: units counting bodies or things, no amount of a total
    budget_kinds: tuple[str, ...]
    budget_item_counterpart_regex: str  # {levels}: the level an item of a budget's balance goes to (上解市级财政支出)
    budget_levels: tuple[str, ...]  # 区本级一般公共预算: the level of government whose own budget it is
    generic_fund_nouns: tuple[str, ...]
    debt_issue_nouns: tuple[str, ...]  # 国债, 债券: the last word of a debt issued, whose total a report gives
    kept_payer_ends: tuple[str, ...]  # 中央财政: a budget that pays an amount is part of its name (中央财政科技投入)
    payer_issue_verbs: tuple[str, ...]  # 增发: a verb by which the payer issues what it pays, whose name is its own
    # the verbs of paying out at the head of what is paid, each with whether it is dropped before any noun
    # (安排地方专项债券8000亿元) or only before a fund (发放社会救助资金7630.58万元, not 发放普惠小微企业贷款)
    spend_lead_verbs: Mapping[str, bool]
    amount_object_verbs: tuple[str, ...]  # besides the paying verbs: 发行1400亿元长期建设国债, the noun after the amount is what the verb moves
    amount_use_heads: tuple[str, ...]  # 2万亿元中央财政资金[建立直达机制]: where what is done with an amount starts after its noun
    use_part_leads: tuple[str, ...]  # 其中[用于]农村基础设施建设近3000亿元: a part of an amount printed as its use alone
    use_part_money: tuple[str, ...]  # 支出, 资金: the nouns of money spent, the last one of a total's name naming what it spends
    recipient_pay_verbs: tuple[str, ...]  # 支持46家文化企业2450万元: a verb paying the things counted before an amount
    spent_fund_ends: tuple[str, ...]  # 资金, 补贴, 救助金: the last words of a fund such a verb pays out
    collect_lead_verbs: tuple[str, ...]  # 征收, 收缴: the verbs of collecting at the head of a tax or fee collected
    collect_verb_tails: tuple[str, ...]  # 入库: a word after such a verb that is the collecting's own (征缴入库)
    collected_due_ends: tuple[str, ...]  # 税, 税款, 保险费: the last words of a tax or fee such a verb collects (never of
    # a sum paid out to those whose houses or land are taken: 补偿费, 补助费, 经费)
    deictic_periods: tuple[str, ...]
    cumulative_words: tuple[str, ...]
    target_exceeded_word: str  # 超额: a target done beyond it (超额完成…的目标)
    cumulative_comparator: str  # 累计: the comparator of a change summed over the years since a base (cumulative_change)
    cumulative_change_regex: str  # 累计下降8.6%, 累计增长12.3% (no period or a span of years, no month, no 同比): a
    # change summed over the years since the base year
    within_year_period_regex: str  # 1-8月 (月 after a numeral: not 日新月异), 一季度, 上半年, 今年以来, 年初以来, 全年: a period within a year
    occasion_period_ends: tuple[str, ...]  # 疫情期间: a period of an occasion, a modifier inside a clause
    sentence_only_periods: tuple[str, ...]  # 目前: the time of writing, of its own sentence only
    holiday_period_ends: tuple[str, ...]  # 假期, 黄金周: the end of a holiday's name, a period of its own sentence only
    holiday_span_regex: str  # (元旦|春节|…|国庆)期间: the days around a holiday, a period of its own sentence only
    deadline_period_ends: tuple[str, ...]  # 7月底前: a deadline of a plan's task, of its own sentence only
    deadline_after_words: tuple[str, ...]  # 一九八五年底以前: words after a period that make it a deadline as well
    early_months_regex: str  # 1-5月: the months from January, of its own sentence only when they end before those reported
    cutoff_day_regex: str  # 截至7月22日: a day cut off at, of its own sentence only when past the months reported
    count_work_not_after: tuple[str, ...]  # 开工建设: a verb the work word goes with, no work on the things counted
    # 7个…社区帮扶工作, 23个区级专项规划编制: the work done on the things counted, after their noun; "any" cut
    # wherever it stands, "pushed" only when a verb before the count or right after the work pushes it on
    count_work_tails: Mapping[str, str]
    count_process_leads: tuple[str, ...]  # 推进, 推动 before a count: what follows its noun is the work pushed on
    count_process_follows: tuple[str, ...]  # 稳步推进 right after such a noun: the work on them is pushed on, said after
    sized_work_units: tuple[str, ...]  # 平方米, 公里: the size of a work named after the figure (60万平方米工程)
    sized_works: tuple[str, ...]  # 工程, 项目: a work whose size the figure before it gives, of the owner named before
    month_only_words: tuple[str, ...]  # 8月当月: the month named alone, not the months to it
    month_period_regex: str
    sector_quantities: tuple[str, ...]
    entity_words: tuple[str, ...]
    entity_count_units: tuple[str, ...]  # 户, 家: units that count the same bodies (市场主体5682户，其中科技型企业1260余家)
    new_entity_cues: tuple[str, ...]
    tax_word: str
    relocation_cues: tuple[str, ...]
    relocation_not_after: tuple[str, ...]  # 转移[支付]: a fiscal transfer, no tax base moving out
    loss_cues: tuple[str, ...]
    unit_list_joiners: tuple[str, ...]
    owner_list_end: str  # 国有商业银行和农村信用社[等]14486亿元金融改革成本: a list of owners closed before an amount
    class_counters: tuple[str, ...]  # 明确10大类、38项具体任务: classes, counted before the items of the same things
    class_count_suffix: str  # 5大类26项政策 → 政策类别: the classes counted, named apart from the items of them
    example_led_ends: tuple[str, ...]  # 围挡治理等12项[任务], 等15个重点[行业]: a counted noun ending so says nothing of
    # which things it counts, named with the examples before 等
    unit_list_item_heads: tuple[str, ...]  # 出台42条、16条及新10条政策: a word of the last member before its number
    prior_level_words: tuple[str, ...]
    prior_of_regex: str
    annual_plan_level_regex: str  # 年初预算, 年计划 before a level: the plan of the whole year
    year_part_period_regex: str  # 上半年, 1-6月, 2020年上半年: a part of a year as a period
    short_of_year_regex: str  # 一季度, 上半年, 截至6月末 in a period: a time that ends before the year's end
    prior_year_level_regex: str  # 比上年同期[144987万元]: a level compared with, of the year before the figure's period
    plan_level_words: tuple[str, ...]
    done_regex: str
    done_have_regex: str  # 已有[29个]实现开复工: the 已 of a count done, its verb after the count (group already)
    size_class_regex: str  # 亿元以上 before a name: those of the things the name counts that reach a size
    subset_of_regex: str  # 38个工业行业大类中[27个]: what lies between a count and a count of some of the same things
    part_markers: tuple[str, ...]
    part_list_own_status_words: tuple[str, ...]  # 年初预算数, 上年实际, 决算收入 past a semicolon of a 其中： list: an
    # item of its own status, no part of the whole
    # the end of a total's name → what a part printed bare after it is of (固定资产投资 → 投资: 其中工业增长8.1% is
    # 工业投资); the first that makes a glossary name, else the last (社会消费品零售总额 → 餐饮收入, 汽车类零售额)
    part_quantity_suffixes: Mapping[str, tuple[str, ...]]
    # the concept key of a total → the concepts (key, key before its colon, or category) of the items it holds: a
    # breakdown of taxes after 其中税收收入… is of the tax revenue, not of the budget revenue it is a part of
    breakdown_totals: Mapping[str, tuple[str, ...]]
    part_view_regex: str  # 从征收部门看:, 分产业看, 按领域分: the first level of each clause after it is a part of the total before it
    list_heading_regex: str  # 如下:, 其中: ending the text before a list whose items are parts of the level before it
    per_head_words: tuple[str, ...]  # 人均: a figure per head, no part of a sum
    per_head_time_tail_regex: str  # 人均[年]增收: the time a figure per head is of, printed after its basis
    per_word: str  # 每: a figure per unit of what follows it (每千人口拥有…)
    average_heads: tuple[str, ...]  # 平, 日, 生: the first character of a word of an average before 均 (平均, 日均, 生均)
    target_name_regex: str  # 粮食的指标, 原定的煤炭产量的指标: a name of a plan's figure (a target)
    target_name_counters: tuple[str, ...]  # 个, 项: units counting the 指标 themselves (16区排名进入前3名的指标6个)
    sum_opener_regex: str  # 加, 加上 opening a clause: the amounts after it are added to the one before
    sum_total_regex: str  # 总量为, 总计: the sum of the amounts added, printed right before it
    comparison_clause_stops: str
    share_attain_regex: str  # 已接近[高中阶段学生人数]的: a share stated as reaching a part of a whole
    share_recovery_regex: str  # 客流恢复至[去年同期]的七成: the base a share recovers to, after what recovers
    share_whole_regex: str
    share_listed_part_regex: str  # [非住房消费提取占]23.02%: a part listed after a share of a whole, naming none (no 的, no frame 在…中, no adverb)
    share_part_measures: tuple[str, ...]  # 收入, 支出: a listed part ending with one is a share of a whole of that measure
    completion_header_base_regex: str  # 占计划%, 为调整预算的%: the base a table column of completion names
    completion_base_regex: str
    except_down_regex: str
    except_up_regex: str
    statement_item_separators: tuple[str, ...]
    tax_relief_words: tuple[str, ...]
    total_heads: tuple[str, ...]  # 总 of 总量, 资源总量: a total, which a part after 其中 is not (外出农民工 of 农民工总量)
    recap_total_heads: tuple[str, ...]  # 合计, 共计 after a count in words: the sum of the items listed before it
    tax_relief_verbs: tuple[str, ...]  # 减免, 免征 in a tax's name: the tax waived (减免增值税, 减免企业所得税), no tax collected
    tax_arrears_words: tuple[str, ...]  # 应收未收, 欠缴, 未将…缴入国库, 涉及金额: an amount not collected or a finding
    # involves (an audit finding), no tax
    aggregate_share_before: tuple[str, ...]
    aggregate_share_after: tuple[str, ...]
    aggregate_transfer_after: tuple[str, ...]  # 返还: an aggregate handed back by the level above (税收返还和补助收入)
    #   is a transfer, no total
    aggregate_unit_heads: tuple[str, ...]  # 楼宇, besides entity_words (企业): an aggregate of some units (新引进企业税收,
    #   重点楼宇税收) is no total
    run_in_span_regex: str
    former_time_opener_regex: str  # 过去我国城乡市场的商品供应…: a time before the one reviewed opening a sentence
    milestone_verbs: tuple[str, ...]  # 突破, 迈上: the verbs of a level passing a round threshold ({milestone_verb})
    milestone_nouns: tuple[str, ...]  # 大关, 台阶: the nouns of such a threshold ({milestone_noun})
    milestone_passed_regex: str  # ,突破 between a level and a round threshold of it (完成1012.9亿元,突破千亿元大关)
    milestone_noun_regex: str  # 大关, 新台阶 after such a threshold: a milestone the level passed, no new level
    back_opener_regex: str  # 其中，…; 已建成的主要有：… opening a sentence: it goes on with the figures of the one before
    period_not_before: str
    reach_time_before: str  # 到, 至 before a year: a time to reach, no time gone by (_past_time_after)
    plan_span_opener: str  # 在 before a five-year period that opens a clause (在“十三五”期间，…)
    plan_span_average_words: tuple[str, ...]  # “六五”期间五年平均降到百分之三十: an average over the span, no value reached
    period_base_years: tuple[str, ...]  # 比去年[全年]: a part of the year after a base year is of the base, no period
    period_base_scopes: tuple[str, ...]  # 比全国[一九五五年上半年]: the place a base names before its period
    period_base_year_regex: str  # 比全国一九五五年[上半年]: the year of a base, whose part of the year is the base's
    rank_held_words: tuple[str, ...]  # 稳居世界第二位: a rank held over a span, not the one reached at its end
    span_streak_heads: tuple[str, ...]  # 连续7年: how long a thing held, no span of years of its own under a frame
    streak_years_regex: str  # 连续两年: a streak a rate held each year, as a period (group 1: its count of years)
    open_streak_regex: str  # 连续若干年: a run of years of no stated count, no year of its own
    streak_held_regex: str  # 连续5年超, 连续四年达到或略高于 ending the words before a figure: a value held each year of the streak
    summed_span_regex: str  # 连续三年累计, 三年累计: the span of years an amount after it sums (group k: the years)
    plan_number_regex: str  # 六, 十一 of “六五”, “十一五”: the number of a five-year plan, {plan} in the patterns (cuewords)
    plan_years_regex: str  # （2021-2025年）: the years of a five-year plan, in brackets after its name ({plan_years})
    plan_span_name_regex: str  # 第一个五年计划期间, “六五”时期, 五年计划的前三年: the time of a five-year plan a name opens
    # or ends with, {plan_span} in the name patterns (cuewords)
    place_units_regex: str  # 街道, 乡镇, 社区: the places below a county a count names, {place_units} in the patterns (cuewords)
    # and in tokens.json
    place_kinds_regex: str  # （市、区）, （街道）: the kinds of place in brackets after a count of them ({place_kinds})
    report_places_regex: str  # 全区, 我市, 全国: the place a report is of, before the year it dates a clause with,
    # {report_places} in the period patterns (cuewords)
    plan_first_years_regex: str  # “十一五”前四年: the first years of a five-year plan (group 1: the plan, when named; 2: the years)
    span_ahead_heads: tuple[str, ...]  # 今后三年内: a span of years led by them is counted ahead from the year planned
    span_back_heads: tuple[str, ...]  # 尽管前四年内…: a span of years led by them is counted back to the year reviewed
    period_numeral_head: str  # a period word led by 年 (年内, 年底) takes the numerals before it: 五年内, 二〇〇三年底
    period_year_parts: tuple[str, ...]  # parts of a year (年末, 年底 …): the year carried down is put before them
    period_bare_year_regex: str  # a period that is a year and nothing more (2021年, 一九五九年)
    period_clause_year_regex: str  # a year of spaced digits or Chinese numerals opening a clause (1 9 9 7 年，…; 一九五九年，…)
    period_clause_span_regex: str  # a span of years opening a clause (从1979年到1983年，…; 1998年以来，…, 从1998年起，…):
    # its period, as years
    plan_time_regex: str  # the time a target of a plan part speaks of: a five-year period, 今后五年, 到2025年, 今年
    # (a plan after 按, 按照 or 根据 and before a comma frames its clause: 按调整后的“八五”计划，…)
    span_period_regex: str  # a period that is a span of years (五年来, 今后五年, 五年内): resolved to its years
    span_back_since: tuple[str, ...]  # 来, 以来 (五年来): a span counted back to the year reviewed
    span_during: tuple[str, ...]  # 中, 中间, 间, 里 (四年中): the span an outcome took place in, back to the year reviewed
    span_this: str  # 这 (这十年中): a span pointed back to, the years the text just compared
    span_compared_years_regex: str  # 一九七四年农业总产值预计比一九六四年增长: a clause comparing a year (a) with an earlier one (b)
    span_opener_regex: str  # 这两年中，从一九七九年到一九八二年的四年间，: a sentence opening with a span of years
    year_end_regex: str  # 年末/年底 in a figure's own clause: the end of the year it speaks of (a stock)
    named_year_end_regex: str  # 去年末, 今年底, 明年底前: the end of the year before, of this one or of the next
    named_year_end_leads: tuple[str, ...]  # 到, 力争: what a sentence opening with such a year end (到明年底，) leads with
    named_year_part_regex: str  # 今年1-2月, 去年第四季度: months, a quarter or a half of this year or the one before
    named_month_frame_regex: str  # 到去年十一月, 截至今年5月底: a month of this year or the one before, as of which a figure stands
    year_end_measures: tuple[str, ...]  # the measures a bare 年末 makes a year-end value (a stock, a rate)
    year_end_opening_regex: str  # 年末, 至年末 opening a sentence: the time of its figures
    year_end_opening_measures: tuple[str, ...]  # the measures of those figures (a stock, a rate and their changes)
    year_end_base_heads: tuple[str, ...]  # 比, 较: a clause opening with a base of a change (比上年末增加…)
    year_end_base_ends: tuple[str, ...]  # 末, 底, 初: a base at a year's end or start (上年末, 上年底, 年初)
    year_end_words: tuple[str, ...]  # 年底, 年末: the end of a year, printed after it (1955年底) or bare
    whole_year_periods: tuple[str, ...]  # 全年: a year-end value of the year reviewed is of its end
    year_goal_after_regex: str  # 增长6%左右的目标, 增长5%的全年目标: a goal named right after the figure and its
    # 左右/以上 (of the whole year when it says 全年/年度, or in a period of year_goal_verb_periods after 完成/实现)
    year_goal_verb_periods: tuple[str, ...]  # 下半年: 完成…的目标 in it names the year's goal (四季度 keeps its own)
    year_plan_lead_regex: str  # 年度计划投资, 全年计划 right before a target's figure: the year's plan, of the year
    year_count_lead_regex: str  # 年度86项重点任务: 年度 right before a count, the year's count (dated the year)
    this_year_words: tuple[str, ...]  # 今年: the year of the report (本年 of a final account is the year closed)
    now_opening_words: tuple[str, ...]  # 现在, 到现在为止, 今后 opening a sentence or a later clause of one: the time of
    # the report or after it, no period named before it held
    vague_span_opening_words: tuple[str, ...]  # 这几年, 近年来 opening a sentence: some recent years, no year-end held
    period_pointer_opening_words: tuple[str, ...]  # 在这个期间, 此期间 opening a sentence: the time the one before names
    closing_year_clause_regex: str  # …，一九七八年仍然夺得了丰收。: a last clause of a sentence opened by a year
    present_bases: tuple[str, ...]  # 比现在增加两、三倍: a base of the present, so the figure compared with it is to come
    year_whole_words: tuple[str, ...]  # 全年, 年内, 本年, 当年: the whole year a part of the report reviews or plans
    same_year_word: str  # 当年 opening a clause: the year the sentence speaks of, unless it dates a part of it
    year_whole_named_regex: str  # a year, 去年 or 今年 the sentence names before 全年: the year that whole year is
    review_opener_regex: str  # a paragraph opening a frame of the review (2022年是…, 过去一年, 五年来): y, last or k
    frame_stock_reach_regex: str  # 铁路营业里程达到 before a figure: a level reached, not summed over the clause (累计达到)
    sentence_last_year_regex: str  # a sentence opening with the year reviewed (去年财政增发…)
    present_words: tuple[str, ...]  # 当前, 目前, 现在 …: a word of the present opening a paragraph or a sentence ({present})
    sentence_present_regex: str  # a sentence opening with a word of the present (现在，…): the end of a span reviewed
    sentence_other_time_regex: str  # 今年, 2011年, 五年来: a time opening a sentence that ends the year reviewed one before it opened
    review_heading_frame_regex: str  # a heading reviewing the year before (last) or a span (k, k2, k3; n: “六五”)
    heading_bare_year_regex: str  # a year a heading names, also in Chinese numerals (（一）一九五七年经济战线上的胜利)
    span_frame_not_before: tuple[str, ...]  # a span word followed by one names a plan (第一个五年计划) or a
    # schooling (九年义务教育), no span of time
    heading_five_year_plan_regex: str  # a heading naming a five-year plan (二、第一个五年计划概要, 二、“七五”时期的基本任务…)
    date_onward_regex: str  # 从2002年1月1日起 opening a sentence: what it tells holds from that date (groups year,
    # this, last, next: 今年, 去年, 明年; month, day)
    year_onward_regex: str  # 从1999年起 before the A of 由A到B in its sentence: the span the move is over starts that year
    years_ago_regex: str  # 五年前: a time counted back from the report's year, as the A of 由A到B prints it (由五年前的百分之五十)
    required_span_regex: str  # 十二年内, 今后三年内: a span ahead, within which a requirement is to be met
    span_requirement_regex: str  # 要求 a little before such a span, in its sentence (纲要要求分别在七年或者十二年内):
    # the span is the time of what is required, no period of a figure already reached
    subject_year_regex: str  # 基本建设[1979年]交付使用的固定资产…: a year printed inside the subject that opens a sentence
    # (group ``year``), right after its head and before a verb or noun: the time of its figures
    from_prior_regex: str  # 由上年的, 从去年同期的 (group ``same``): the A of 由A到B is of the year before B's
    year_span_regex: str  # 从1950年到1954年, 1978年到1982年: the years of the A and the B of 由A到B after it
    subject_scope_stops: str
    clause_span_stops: str
    sentence_stops: str  # the marks ending a sentence: what follows one opens a sentence (。到一九五七年，…)
    share_use_lead_regex: str  # 其中 or 的 (and a qualifier) before a share put to a use
    share_use_after_regex: str  # 用于支持中西部地区 after the share: the use of the whole the share is put to
    amount_payer_regex: str  # 中央财政, 地方政府, 国家: the budget an amount's name may open with, as who pays it
    generic_amount_name_regex: str  # 安排资金, 投入资金 (after a payer or none): an amount's name that says only that it is paid
    amount_purpose_after_regex: str  # ，用于促进就业 after such an amount (and its change on a year before): what it is paid for
    # (its ``count``: the count of those a help verb opening it helps, 支持[116户]国有企业…, no part of the use)
    amount_for_this_regex: str  # 为此 before an amount: it pays for what a clause before says is done
    enacted_purpose_regex: str  # 加快推进新型农村合作医疗制度建设: a clause ending by what it sets up or carries out, which 为此 points back to
    amount_purpose_before_regex: str  # 为加快社会保障体系建设， opening the sentence of such an amount: what it is paid for
    aid_amount_name_regex: str  # 补贴资金 after a payer (中央财政补贴资金): its subsidy or grant money, named by the input raised
    programme_state_before_regex: str  # 国家助学制度进一步完善， opening the sentence: the programme a payer-only amount after it is of
    amount_input_before_regex: str  # 进一步增加社会保障投入， opening it: the input or subsidy the amount is of
    modifier_actual_regex: str  # 已出台的政策: a word of an outcome modifying a noun, holding only in its clause
    this_year_head_regex: str  # 今年 heading a later clause: the words of status before it do not reach past it
    remainder_head_regex: str  # 其余, 剩余 heading a later clause before a count: the rest is not what the outcome before it did
    elapsed_head_regex: str  # 上半年, 1-6月, 今年以来 heading a later clause of a report of part of a year: the words
    # of a plan or an estimate before it do not reach past it
    estimate_base_after_regex: str  # 预计(完成)数为基数, 预计执行数的基础上: the estimate is a base, no status
    month_after_year_regex: str  # 截至2023年6月底: a month after the year
    rest_of_year_head_regex: str  # 下半年, 四季度, 年内, 全年 heading a later clause of a report of part of a year: the
    # words of an outcome before it do not reach past it
    thousand_units: tuple[str, ...]
    cue_streak_regex: str  # 连续四年 between a change word and its verb (经济增长连续四年达到10%)
    cue_suffixes: tuple[str, ...]
    cue_link_asides: tuple[str, ...]  # 预计, 有望, 可 between a change word and the verb linking it to its figure
    # (地区生产总值增长预计达到6%, 经济增长可达7%: the growth, as 增长达到6% is)
    subject_links: tuple[str, ...]
    subject_list_links: tuple[str, ...]
    perfective_particles: tuple[str, ...]
    decline_signals: tuple[str, ...]
    completion_end_regex: tuple[str, ...]
    share_end_regex: tuple[str, ...]
    occupied_objects: tuple[str, ...]  # 违法占用耕地: land a 占用 takes (occupies), no whole a share 占 is of
    share_own_regex: str
    comparator_end_regex: tuple[str, ...]
    comparator_end_suffixes: tuple[str, ...]
    counted_budget_end_regex: str  # 审查区级部门预算86个: the budgets counted (in 个, 项), none a plan's figure
    budget_prefixes: tuple[str, ...]  # 年初, 调整后: the words a budget of a plan's figure opens with ({budget_prefixes}
    # of budget_end_regex; {budget_not_after} of counted_budget_end_regex: a budget counted follows none)
    budget_end_regex: str
    solve_before_regex: str
    problem_after_regex: str
    problem_solved_after_regex: str
    solved_units: tuple[str, ...]  # 提高1200万中小学教师待遇, 降低900多万个体工商户税负: the persons or households counted
    solved_named_units: tuple[str, ...]  # 名: counters of persons whose noun must end with a word for persons
    problem_default_noun: str
    forecast_subject_regex: str
    future_word: str  # 将: the future, a plan word unless an estimate (预计…将达) stands before it
    as_of_words: tuple[str, ...]  # 截至, 截止: as of a date, the time a stock stands as of (a plan only before a year ahead)
    clause_plan_opening_regex: str  # 拟 opening a clause: a plan of its own, also after an estimate
    status_part_ends: str  # 。；;: the marks an estimate word does not reach over to a later 将
    following_reject_whole: tuple[str, ...]
    attributive_have_regex: str  # 一个共有[五十多个]民族的统一国家: a figure in a clause of what one thing has, before it
    following_frame_end_regex: str  # 388亿斤细粮的水平上: the frame of the level the figure sets, no noun it counts
    following_size_words: tuple[str, ...]  # 2000人规模的招聘会: the size the figure gives, before the 的 of the noun
    portion_words: tuple[str, ...]  # 不到100万元的部分: the portion of an amount a bound cuts, no noun it counts
    except_frame_open: str  # 除: opens a frame of what is set aside (除建设十三个大型水库外)
    except_frame_closes: tuple[str, ...]  # 以外, 之外, 外 (the bare close last): close it, after the noun counted inside
    own_state_heads: tuple[str, ...]  # heads of a noun with a verb or state of its own, which no verb heading a
    # list before it is done to: 在谈项目, 在校生 (also nouns starting with a rejected word), 再融资债券 (no adding),
    # 实际利用外资, 实到内资 (received), 达产项目, 入库项目, 新竣工项目, 技改项目 (a stage of projects)
    counted_group_regex: str
    headless_persons_subject_regex: str  # 依法判刑的有: a clause and its 的 before persons with no noun of theirs
    place_kind_bracket_regex: str
    place_kinds: tuple[str, ...]  # 区, 市, 旗: the kinds of place a bracket after a place noun lists (县（区、市）)
    counted_object_regex: str
    described_object_regex: str  # 为[符合条件的]300家企业: those something is done for, described by a clause with 的
    recipient_lead_regex: str  # 为, 帮助, 协助 before a count of those done something for
    recipient_help_verbs: tuple[str, ...]  # 协助[84家企业]整理…: the recipients do what the clause says, helped
    recipient_funding_regex: str  # 为120家市场主体[融资]1.35亿元: the funding an amount is, the recipients' (a verb may lead)
    placing_verb_regex: str  # 安排[3700多万人]就业, 带动[3000人]就业: the verb that brings the persons counted to what they do
    recipient_heads: tuple[str, ...]  # 为120家[市场主体]融资: the words for the recipients a count of them ends at
    measure_package_nouns: tuple[str, ...]  # [扩大内需的]十项措施: measures counted, named by what they are for
    package_lead_regex: str  # [出台]…的十项措施: the verb that issues a package of measures, no part of its name
    pilot_scope_name_regex: str  # 试点范围: the scope of a pilot a clause before names
    pushed_clause_regex: str  # 扎实推进[新型农村社会养老保险]试点: a clause that only pushes on a pilot or a system
    built_topic_regex: str  # [交通运输和邮电通信建设]，五年投资…: a clause that only names what is built
    built_topic_measures: tuple[str, ...]  # 投资: the bare measures such a clause owns
    granted_recipients_regex: str  # 对[种粮农民]一次性发放: the recipients a grant paid them is named by
    worked_on_regex: str  # 对[85个项目]…: the things counted are what work is done on
    work_done_verb_regex: str  # 对85个项目[开展了]绩效自评: the work done on the things counted (开展, 进行), which names them
    granted_for_verbs: tuple[str, ...]  # 为[10.2万名老年人]建立…: a thing set up for the recipients, which names them after 为 only (对12名干部实施问责 is no grant)
    granted_for_leads: tuple[str, ...]  # 为: the lead before recipients a thing is set up for
    granted_persons_regex: str  # 向1000多万失业人员[发放]…, 为12所学校[免收]…: a grant (缓缴/减免/免收 too) to recipients counted (persons, schools, firms), which names them
    recipient_named_grants: tuple[str, ...]  # 补贴, 补助: a grant named by its recipients (种粮农民补贴)
    counted_object_owner_regex: str  # 为辖区重点企业1.6万余员工开展…服务: a preposition and the owner of the persons counted
    comparison_not_after: str
    comparison_frame_ends: tuple[str, ...]  # 相比, 比较: what closes a frame of comparison (与2010年相比)
    comparison_frame_not_ends: tuple[str, ...]  # 之比, 同比: a ratio or a change, no frame, though ending as one
    comparison_frame_leads: tuple[str, ...]  # 与, 同, 跟: what opens such a frame
    comparison_frame_joins: tuple[str, ...]  # 和: what opens one too, when no lead does (a name may hold it)
    comparison_frame_not_leads: tuple[str, ...]  # 同期, 合同: words holding a lead's character that open no frame
    census_base_end_regex: str  # 普查时: a census closing a base longer than most (比2010年第六次全国人口普查)
    owned_kind_regex: str  # 国有, 非国有, 集体所有: an ownership whose 有 is no verb of having (全国有, 我国有: it is)
    target_gap_opener_regex: str  # [距]全年目标还差10亿元: the word opening the target a gap is left to, a base
    target_gap_target_regex: str  # 全年目标, 目标任务: the target a gap is left to, {gap_target} in the patterns (cuewords)
    target_gap_regex: str  # 距全年目标还差10亿元: a gap left to a target ({gap_words}: target_gap_words), the target a base
    target_gap_words: tuple[str, ...]  # 还差, 尚差: a gap left (abs_change_cues with sign −1), a change only after a target
    years_quantity_regex: str
    times_base_regex: str
    share_condition_frame_regex: str  # 做到[在正常年景下]百分之九十的社员…: a condition ending the words before a share
    share_set_nouns: tuple[str, ...]  # 71%的煤电机组实现超低排放: the units a share of a set counts, before what they do
    share_predicate_adverbs: tuple[str, ...]  # 都, 均: before what the units of a share do, spanning them all
    output_attribute_verbs: tuple[str, ...]  # 年产: a yearly output printed as an attribute (年产一百五十万吨钢的钢铁联合企业)
    share_reach_verbs: tuple[str, ...]  # 试点覆盖24%的县: a verb by which the subject reaches the units of a share
    counted_modifier_regex: str
    count_owner_head_regex: str  # [豆各庄项目]695套安置房: a project, area or district that alone opens a count's clause
    share_topic_place_regex: str
    share_topic_verbs_regex: str
    share_extend_verbs: tuple[str, ...]  # 试点要[扩大到]全国50%以上的城市: a verb extending the subject to the units of a share
    reach_place_regex: str  # 覆盖中西部地区(80%以上的农村中小学): the place a reach verb names before its figure
    school_stages: tuple[str, ...]  # 义务教育阶段: a stage of schooling printed before a count of the pupils in it
    listing_head_regex: str  # 列入市级重点项目169个: the verb listing the things counted, no part of their name
    served_task_words: tuple[str, ...]  # 农民工职业技能提升培训任务: the task word after the work a count of persons counts
    person_served_verbs: tuple[str, ...]  # 培训8300多万人次: a verb that alone before a count of persons names them
    caused_benefit_verbs: tuple[str, ...]  # 农村饮水安全工程使6069万农民[受益]: what those a cause reaches gain (…试点，1334万人[参保]: or join)
    person_basis_regex: str  # 我国[人均]只有一亩半耕地: a basis per person printed between a name and its figure, kept as 人均
    per_person_name_head: str  # 人均: what heads the name of an amount per person
    unit_basis_regex: str  # [平均一个人民公社拥有]六万四千亩耕地: a basis per unit and its verb right before a figure, kept in the name
    per_person_tail_regex: str  # 企业退休人员基本养老金[月人均]增加112元: a basis per person printed after a name, before its verb
    group_basis_regex: str  # 集体经营性收入1.58亿元，[村均]63.7万元: a basis per household, village or mu before a figure, kept as printed
    group_basis_total_tail_regex: str  # 收入[总额]: the total's word, not said of the amount per household or village
    per_person_name_regex: str  # 户均, 标准, 生产率 (and person_basis_regex): a name that already states its basis, or a rate
    pilot_word: str  # 试点: the word of a pilot scheme, after what is tried out
    use_verb: str  # 用于: the word naming what an amount is put to (用于农村寄宿制学校建设工程的中央财政投入)
    bare_comparison_regex: str  # [比]全国每百斤大豆的平均出油量多二斤: a clause opened by 比 with no subject of its own
    established_programme_regex: str  # [大病保险制度]基本建立、已有…受益: the programme that stands reaches them, as one
    # whose coverage widens does ([基本医疗保险]覆盖范围继续扩大，13亿城乡居民参保)
    achieved_programme_regex: str  # [住院和门诊费用]实现[跨省直接结算]，惠及…: what a subject has come to, which reaches those counted after it
    enacted_programme_regex: str  # [持续实施]营养改善计划，每年惠及…; [2147个县（市、区）实施]…试点，…参保: a clause enacting the programme that reaches those counted after it, by the places counted or not (加大对[…资助]力度: the aid whose effort it steps up)
    owned_measure_regex: str  # 财政补助标准, 储备规模: a name that is only a measure, of a programme or fund it leaves out
    measure_owner_clause_regex: str  # 完善[城乡居民基本医保]，财政补助标准…: a clause whose object owns a bare measure after it
    standard_tail_regex: str  # 国家助学贷款[每人每年最高额度]: the standard of a programme, ending its name
    standard_ends: tuple[str, ...]  # 优待金标准: the end of a standard's name (a standard's amount a year is no average)
    standard_raise_clause_regex: str  # [提高学生营养改善计划补助]标准: the head of a clause raising a programme's standard
    #   (standard_tail_regex); the programme is group "programme"
    event_units: tuple[str, ...]  # 8[届], 120[场]: the counters of events held
    network_measures: tuple[str, ...]  # 复线[里程]: the measures of a network, named by the network they are of
    network_lines: tuple[str, ...]  # 复线, 新线: lines of a network a list names by the network of the figure before
    networks: tuple[str, ...]  # 铁路, 公路, 航道: the networks whose length a network measure gives
    network_name_chars: str  # 路, 道, 轨: characters that name a network of its own in a length's name (绿道里程)
    participant_name_regex: str  # [参与的人次], [参与群众]: the name of those taking part in something left out
    copies_name_regex: str  # [总印数], [年发行量]: the copies printed or plays of the titles counted before them
    copies_verbs: tuple[str, ...]  # 共[印]860万册: a bare verb printing the copies of the titles counted before
    copies_verb_name: str  # 印数: the name of the copies a bare verb of printing counts
    title_units: tuple[str, ...]  # 1520[种], 3[部]: the counters of titles published or produced
    title_verbs: tuple[str, ...]  # [出版]图书, [制作]电视剧: the verbs publishing or producing the titles counted
    title_nouns: tuple[str, ...]  # 图书, 节目: the last words of a name of titles printed or played, with no verb before
    service_rates: tuple[str, ...]  # 响应率, 解决率, 满意率: rates of how a service handles what it takes in, printed bare
    #   after the clause naming the service and what it handles
    body_deed_verbs: tuple[str, ...]  # 完成, 办理: what a centre does (区公共资源交易中心完成交易项目), {body_deeds} in the patterns
    service_handle_verbs: tuple[str, ...]  # 受理, 接收办理: the verbs by which a service takes in what it handles
    service_handled: tuple[str, ...]  # 诉求, 事项: what a service takes in and its rates are of
    service_bodies: tuple[str, ...]  # 热线, 接诉即办, 政务服务: words naming a service that takes in requests
    settled_rates: tuple[str, ...]  # 化解率, 办结率: the shares of the matters counted before that were settled, printed
    # bare after the count whose verb they repeat (化解信访积案46件，化解率92%)
    adopted_rates: tuple[str, ...]  # 采纳率: the shares of the recommendations issued before that were adopted, printed bare
    # after the count of those issued (发出检察建议46件，采纳率100%)
    adopted_issue_verbs: tuple[str, ...]  # 发出, 提出: the verbs issuing the recommendations a bare 采纳率 is of
    adopted_intake_verbs: tuple[str, ...]  # 收到, 征集: the verbs taking in the recommendations a bare 采纳率 is of
    adopting_verbs: tuple[str, ...]  # 采纳, 被采纳: a count of those adopted, not of those the rate is of
    adopted_nouns: tuple[str, ...]  # 建议, 意见: what is issued and adopted, ending the owner of a bare 采纳率
    graded_rates: tuple[str, ...]  # 达标率, 优良率, 优秀率: the shares of those tested reaching a grade, printed bare after
    # a rate of another grade of the same test (学生体质健康达标率93.5%，优良率52.3%)
    stage_rates: tuple[str, ...]  # 履约率, 开工率, 投产率: the shares of projects reaching a stage, printed bare after a
    # rate of another stage of the same projects (签约项目履约率85%，开工率68%)
    sampled_rates: tuple[str, ...]  # 合格率, 不合格发现率: rates of what a sampling finds, printed bare after the clause
    #   counting the samples (食品安全抽检6825批次，合格率98.6%)
    sampling_words: tuple[str, ...]  # 抽检, 监督抽查: the words ending the name of a count of samples taken
    casualty_name_regex: str  # 死亡, 受伤人数: the name of a count of casualties printed bare after the incidents
    #   they are of (生产安全事故12起、死亡10人); group "what" is the casualty word
    incident_units: tuple[str, ...]  # 12[起]: the counters of incidents
    incident_nouns: tuple[str, ...]  # 事故, 火灾: the words of incidents, which own their dead and their loss (案件 owns none)
    incident_count_tails: tuple[str, ...]  # 发生起数, 起数: the words ending the name of a count of incidents
    casualty_count_word: str  # 死亡[人数]: the word a count of casualties is named with
    unit_quantity_ends: tuple[str, ...]  # 公务接待费: besides quantity_ends, the ending of a quantity the units counted have
    unit_quantity_counted: tuple[str, ...]  # 企业技术改造[项目]投资: things of the units the count may count instead
    change_object_lead_regex: str  # 连续7年提高, 逐步降低: a change verb whose object a figure after its clause changes
    change_object_giving_verbs: tuple[str, ...]  # 提供, 发放: such a verb counting what it gives, whose growth after the count is of the count (提供档案…卷次，同比下降…)
    basis_only_name_regex: str  # 人均每年: a per-unit basis that is no name
    intensity_heads: tuple[str, ...]  # 单位国内生产总值: the output a quantity is per, heading the first item of a list
    count_owner_has_regex: str  # 共有, 拥有 after the bodies a count counts (21个社区卫生服务中心共有床位685张): what
    # they have follows, no part of their name
    per_population_verbs: tuple[str, ...]  # 拥有, 有 opening a later item of a list per people (每千常住人口拥有床位6.8张，
    # 拥有注册护士3.6人): the same people own it
    per_population_average_words: tuple[str, ...]  # 平均 before or after the people a figure is per (平均每千人拥有), no part of a name
    per_population_head_regex: str  # 每千人口, 每千名老年人: the people a count is per, heading the first item of a list (a verb of per_population_verbs may follow)
    intensity_measures: tuple[str, ...]  # 能耗, 二氧化碳排放: what is per output, a later item sharing that head
    share_name_leads: tuple[str, ...]  # 所占 (教育经费所占比例): words before the share word ending a name
    share_word_after_regex: str  # 煤炭消费[比重]下降8.1个百分点: the share word a change in points keeps in its name
    tail_addition_regex: str  # 居民储蓄存款新增: a name ending with the verb that adds to it, with its basis
    nation_people_after_regex: str  # 13亿[中国人的]饭碗, 9亿[劳动力资源]: the nation's people counted, a stock
    part_said_regex: str  # a clause that is only what a part of a set does and 的 (其中本年开始建设的[271个])
    counted_owner_ends: tuple[str, ...]  # the units a count counts before 的 and what is theirs (六个大区的经济体系)
    part_said_last: str  # the characters such a clause may end with
    part_topic_regex: str  # the set a sentence opens with, no figure in it (这些建设项目，…)
    list_intro_regex: str  # a line that frames the item lines below it: 一九五七年的计划产量比一九五二年…如下列：
    list_item_regex: str  # an item line: a name, a colon and one sentence (钢：…，增长二点一倍。)
    counted_predicate_heads: tuple[str, ...]  # the verbs a predicate naming counted things opens with (its adverbs below)
    counted_predicate_modals: tuple[str, ...]  # 57个项目[要]加快建设: what shall be done, the modal no part of a name
    counted_predicate_adverbs: tuple[str, ...]  # [已初步]建立: the heads of such a clause that are no verb of it
    counted_noun_prefixes: tuple[str, ...]  # 新开工项目: a prefix before a verb that makes it part of a noun
    counted_predicate_reject_regex: str
    counted_plan_regex: str  # 预计, 力争, 计划于 after counted things: what is planned or expected of them, no part of their name
    counted_rank_lead: str  # 在 before the group the things counted are ranked in (6个指标在16区排名进入前3名)
    counted_compared_place_regex: str  # 27个街道工业效益好于上年: the place kind counted, before what of it is compared
    plan_outcome_clause_regex: str  # 全年计划实施项目50个，[完成]48个: a clause of a review telling what came of the plan
    name_compared_head_regex: str  # 高于全市平均水平的指标: a comparison closed by 的 at a name's head picks out the noun
    # after it ({compared}: compared_words)
    name_gained_head_regex: str  # 取得职业资格证书的人: a verb of gaining whose 的 closes the clause that picks out the
    # short noun ending the name (those counted), not a word describing a longer noun (获得比较重要的科技成果)
    compared_words: tuple[str, ...]  # 好于, 高于: a comparison of a thing with a base (a head a name drops, unless a 的
    # closes it before a noun: name_compared_head)
    compared_place_kinds: tuple[str, ...]  # 街道, 乡镇, 部门, 企业: kinds of place or unit counted and named by what
    # of theirs is compared (27个街道工业效益好于上年, 15个部门预算执行率高于全区平均)
    counted_place_lead_regex: str  # 在 before the place a predicate of counted things happens in (230家企业在我区落户)
    counted_rank_tails: tuple[str, ...]  # 名, 位 after such a rank (前3名)
    colon_item_ends: tuple[str, ...]  # what closes each item line under a line closed by a colon (layout's
    # list_lead_ends: 是这样分配的：), sharing out its figure (工业部门为…，占百分之五十八点二；)
    rank_ordinal_followers: tuple[str, ...]  # 的, 和: words a rank may run on with (保持全市第一的位置, 第一和第三)
    top_list_lead_regex: str  # 法人单位数量居前三位的行业是: what the items listed next lead in
    ordinal_list_next_regex: str  # 、三 of 第二、三产业: the next ordinal of a list, its 第 printed once or again
    counted_predicate_rank_regex: str  # 排名全市前三: a rank in what a clause says of counted things, a figure of its own
    share_holder_lead_regex: str  # a verb right before a share of the units named after it (有[百分之八十以上的]在押罪犯)
    share_holder_tail_regex: str  # what joins such a share to the units: (以上)的
    share_present_lead_regex: str  # a verb of holding before 占 whose object the share describes as it stands (拥有, 已有; not a bare 有 a plan may open: 力争有)
    doubtful_name_regex: str
    handover_recipient_regex: str  # 向纪检监察机关 of 向纪检监察机关移送问题线索5件: the body a case is handed to opens no name
    name_head_strip: tuple[str, ...]
    name_head_keep: tuple[str, ...]
    name_head_keep_holders: tuple[str, ...]  # 含税收收, 含税收返: words a kept head is part of, where it is no kept head ((含税收收入…): 含 + 税收收入; not 含税收入, a name of its own like 含税销售额)
    modal_verb_heads: tuple[str, ...]  # 要, 将, 拟: a modal word that stays at a name's head before a verb of one character and its 的 (要办的民生实事)
    name_head_phrase_regex: str
    recipient_inner_verbs: tuple[str, ...]  # 金融系统[向实体经济]让利: a relief whose recipients inside a name are no part of it
    recipient_relief_verbs: tuple[str, ...]  # 为企业和个人减税8000多亿元: the relief given, not who gets it
    recipient_clause_name_regex: str  # 向企业发放的贷款: a thing named by whom it is given to and how (向 and 给 only: 对 is
    # also "towards", 对全球经济增长的贡献率, and 为 "for the sake of", 为改造…而引进的; {given_verbs}: the verbs of giving
    # and relief, none of which the noun after its 的 holds: 向全区的企业发放贷款 names the loans)
    name_plan_tail_regex: str
    figure_grade_regex: str  # 百亿[级]产业集群: a figure that grades the noun after it, part of the noun
    name_year_keep_regex: str  # 九年义务教育: a span of years that is part of the noun, not the name's time
    name_list_close_regex: str
    scope_head_verb_regex: str  # 建立健全…制度: a verb heading a sentence's first clause, before what it builds
    share_of_whole_name_regex: str  # [在]国内生产总值中占比, 占国内生产总值的比重: a share named by its whole only
    share_within_word: str  # 在: the word before the whole of 在…中占比, put back between the owner and the whole
    share_owner_clause_regex: str  # 参加…的农户，在全国农户总数中的比重: a clause before a share's own clause opening with
    # 在 that only names (Han characters and list marks), the owner of the share
    joined_verb_modifier_regex: str  # [受过高等教育]和有专业技能的人才: a modifier of having, joined to the next one
    drawn_source_regex: str  # 从[失业保险基金结余]中拿出1000亿元: the fund an amount is drawn from, before its verb
    shared_count_list_regex: str  # 533个县级图书馆[、文化馆]和4万个…: nouns a count heads, the next count after them;
    # 1万多个中外合资经营[、合作经营和外商独资企业]中: a list closed by 和 at its clause's end or a 中 frame
    joined_members_regex: str  # 98个中央部门[和北京、上海、广东、陕西等省市]公开…: others joined to counted units
    pilot_reach_regex: str  # 县级公立医院综合改革试点[扩大到]1000个县, 农村信用社改革[扩大到]29个省: a pilot or reform before the verb extending it
    next_count_item_regex: str  # 52个贫困县全部摘帽[、]20万户…: the list comma before the next count of a list
    contracted_name_regex: str  # [外商直接投资]协议[金额]: a contracted amount, its owner and measure
    actual_bare_regex: str  # 实际投资: the amount actually put in, bare, the next item after a contracted one
    pilot_units_regex: str  # 城镇居民基本医疗保险[试点城市]: the places of a pilot counted, after the pilot's owner
    aspect_in_name_regex: str  # [已]积累资金, 各地[已]偿还拖欠工程款: the aspect adverb of a verb a name holds, no 的 after it
    level_list_regex: str  # 250个[省、市（地）级]疾病预防控制中心: levels listed before one 级, a modifier of the noun after it
    modifier_list_regex: str  # 十四个[实力比较雄厚、布局比较合理的]工业基地: modifiers listed before one 的, of the noun after it
    level_item_next_regex: str  # 1410个县级[和250个省、市（地）级]疾病预防控制中心: the next count of another level of one noun
    carried_balance_regex: str  # 城乡居民储蓄存款大幅度增加，年末[存款余额]达到…: a balance named by the tail of the noun before
    carried_balance_kin: Mapping[str, tuple[str, ...]]  # 存款: [储蓄]: the words a noun before ends with that name the thing
    carried_pair_words: Mapping[str, str]  # 存栏: 出栏: a bare word of a pair whose owner the name of the figure before ending with the other gives
    carried_pair_periods: tuple[str, ...]  # 年: a period word of a flow (年出栏), with the whole-year periods and 累计
    # taken off the owner the pair word is given (规模猪场年出栏…，存栏…: the farms' stock, no yearly one)
    carried_size_words: tuple[str, ...]  # 总吨位, 功率: a bare size of the vessels or machines the figure before counts
    carried_size_units: tuple[str, ...]  # 艘, 台: the counters of those vessels and machines
    carried_size_per_unit: tuple[str, ...]  # 单机, 平均: a size of one of them, lending none
    carried_size_part_leads: tuple[str, ...]  # 其中, 包括: a count of some of the vessels counted before
    carried_rate_regex: str  # 个人住房贷款逾期额…，[逾期率]…: a rate named by the tail of the amount or count before
    carried_rate_bases: str  # 额, 数, 量: the last word of that amount or count, which the rate replaces
    # a balance's head names (城乡居民储蓄大幅度增加，存款余额达到…: the savings deposits' balance)
    balance_owner_generic: tuple[str, ...]  # 各类贷款: no kind of loan, the balance after it is of all loans
    launched_plan_regex: str  # 启动新的三年棚改攻坚计划: a head clause that launches a plan, naming none of its counts
    campaign_object_regex: str  # 推进棚户区改造[工程]: a campaign after a verb, which names what the verb acts on before it
    repeated_verb_adverbs: tuple[str, ...]  # 今年[先]发行1万亿元: an adverb before a verb that repeats one of a clause before
    share_basis_frame_regex: str  # 中央财政已按[…占国内生产总值的4%]编制预算: the actor and the basis word before a share
    amount_frame_nouns: tuple[str, ...]  # 超过60万亿元的[高基数]上: a frame after an amount and 的, naming no thing it measures
    target_noun_modifiers: tuple[str, ...]  # 8％的[预定]目标, 100亿元的[年度]目标: a word before the target noun saying which target
    scope_frame_clause_regex: str  # 为系统解决…问题, 在…的同时, 发挥…作用, 从…看: a head clause of purpose, concession or view,
    # naming nothing
    scope_set_frame_regex: str  # 在…成套设备中: a head clause naming the set the clause after it takes a part of
    name_worth_tail_regex: str  # 捐款捐物[价值]2860万元: the worth of what is given ends no name (bare 价值 names a quantity: 生态产品价值)
    name_average_tail_regex: str  # 常住人口[年平均]增长率: the yearly average over the years compared ends no name
    yearly_average_regex: str  # 年平均 not after 全, 今, 每 (全年平均, 每年平均): the yearly average over several years
    # ({yearly_average} in name_average_tail, multi_year and multi_year_word)
    name_trend_tail_regex: str  # 新型农村合作医疗制度[不断完善]: how a thing goes on, said after it, ends no name
    name_tail_strip: tuple[str, ...]
    bracket_count_units: tuple[str, ...]  # 规模以上工业企业（45家）: the classifiers of a count in brackets after its noun
    name_inner_strip: tuple[str, ...]
    name_plan_heads: tuple[str, ...]  # 年度计划投资: a plan word before a quantity owned, no part of its name
    name_inner_verb_regex: str
    name_inner_span_regex: str  # the year a clause speaks of inside a name, 涉税市场主体[去年]纳税, 中央财政[全年]用于…,
    #   大跳台[上半年]接待游客 (its period, no part of its name; the year's task, plan or average stays: 全年任务, 全年平均,
    #   and so does the base of a comparison: 高于去年, 好于去年同期);
    #   the time of writing, 规模以上工业企业[目前]实现利润, is cut by sentence_only_periods outside period_word_holders
    name_payer_span_regex: str  # a span of years between a payer and its verb (中央财政[五年]支出): searched apart
    name_time_has_regex: str  # 供銷合作社和消費合作社[在今年上半年已有]基層社: a time 在 sets before the having of an owner,
    # the having with it, inside a name (the time is the figure's period)
    name_time_inner_regex: str  # a time 在 sets between an owner and what it has, before its 的 or ending the name (我国
    # [在一九五二年]的粮食产量, 生活资料工业的产值[在一九五八年一年中间]): the figure's period, no part of its name (a time
    # before a verb of a modifier stays: 鞍山钢铁公司在一九五三年修建的职工宿舍); searched with name_payer_span
    name_inner_cause_regex: str  # 气象灾害[造成全区]受灾人口: the verb joining a cause to what it caused, and the place after it
    # ({caused_losses}: the caused_loss_words, what a disaster leaves that the verb goes before)
    caused_loss_words: tuple[str, ...]  # 受灾, 直接经济损失: the losses and harm of a disaster a cause is told of
    name_inner_total_regex: str  # 共 between the owner and its verb: 地方财政[共]收入, 国家财政[共]增加支出 (预算共支出
    #   keeps it: 预算支出 alone names the base of a completion)
    name_cut_regex: str
    name_trend_cut_regex: str  # 农业生产合作社[有了很大的发展]: a clause of growth a name ran on into, ending it
    name_clause_item_ends: tuple[str, ...]  # 改革: an item before 、 ending so is a clause of its own (推进…改革、确权面积)
    name_year_regex: str
    name_year_tail_regex: str
    name_tail_keep: tuple[str, ...]
    name_tail_cue_nouns: tuple[str, ...]  # 行为: a noun holding a tail cue's character (为) that ends a name
    from_words: tuple[str, ...]
    from_base_regex: str  # the time a from-value is of, before it (由上年的, 由一季度的8.5%收窄至)
    from_time_after_regex: str  # after the time of a from-value (由一季度[下降8.5%], 从2007年[的639亿元]): its figure
    from_sign_verbs: tuple[str, ...]  # the verb of a signed change between 由 and its A: 由一季度[下降]6.8%转为增长3.2%
    from_basis_regex: str
    per_unit_basis_regex: str
    per_capita_basis_regex: str  # 补助标准提高到人均320元: 人均 after 到 is the basis of the figure, no part of the name
    list_head_regex: str
    issue_verbs: tuple[str, ...]  # 出台, 印发: an item of a list opening with one has a verb of its own
    list_head_verbs: tuple[str, ...]
    list_shared_modifiers: tuple[str, ...]  # 落后: printed after the verb of a list's first item, of every item (淘汰落后炼铁产能…、炼钢产能…)
    list_shared_places: tuple[str, ...]  # 老旧小区: the place the objects of a list's verb lie in (改造老旧小区供热管网…、燃气管网…)
    list_change_verbs: tuple[str, ...]  # 损失: a change verb of a comma list's first item, of every bare item after it (损失工业总产值…，钢产量…)
    list_item_own_verbs: tuple[str, ...]  # 检查, 查处, 巡逻: an item of a list opening with one is done by it, not by the list's verb (出动执法人员…、检查企业…)
    list_item_own_verb_doers: tuple[str, ...]  # 人员, 车辆: after such a verb, the doers it names (检查人员, 巡逻车辆), turned out by the list's verb
    list_item_quantities: Mapping[str, str]  # 产能: the quantity a bare product after a list's first item is of (…产能9000多万吨、水泥2.3亿吨); 'same' when only in that item's unit, 'capacity' also in a capacity unit
    comma_list_item_units: tuple[str, ...]  # 公里, 门: the units of the lines and lines of exchanges a list of things
    # added or built goes on with after a comma (全年新增…千瓦，铁路新线和复线…公里), beside those of a capacity
    # (list_item_capacity_units)
    list_item_capacity_units: tuple[str, ...]  # 吨, 重量箱, 千瓦: the units a capacity cut from a list's products is counted in
    each_word: str
    class_bound_regex: str
    class_bound_before: tuple[str, ...]
    bracket_part_regex: str  # 不到100万元的部分: the bound of a bracket a rate is applied to
    class_named_regex: str
    class_object_lead_regex: str
    class_object_tail_regex: str
    counted_class_bound_gate: str  # 以 (以上的, 以下的): a literal gate before counted_class_bound
    counted_class_bound_regex: str
    class_span_units: tuple[str, ...]
    name_year_inner_not_before: str
    index_base_regex: str
    following_figure_regex: str
    following_count_end_regex: str  # 核电站一个 before a clause stop: a count in Chinese numerals ending a noun run
    from_plan_words: tuple[str, ...]
    from_plan_named_words: tuple[str, ...]  # 由原计划的X增加到Y: a plan whatever the to-word
    from_plan_nouns: tuple[str, ...]  # 由年初预算X调整为Y, 由年初设定的X: the plan between the from-word and its A
    current_words: tuple[str, ...]
    current_named_to_regex: str  # 现行16%[的税率]降至13%: the name between the value in force and its to-word
    from_current_words: tuple[str, ...]  # 由现行的每人每月1200元提高到: the level in force a move starts from
    revision_words: tuple[str, ...]
    multi_year_regex: str
    done_total_share_regex: str  # [已完成投资6545亿元，]占规划总投资的[65.5%]: the share of a project's total done
    done_amount_regex: str  # 完成: the clause of an amount done
    restated_point_move_regex: str  # 由44％提高到45％，即提高1％: the move of a rate restated, in points
    restated_change_regex: str  # 比上一年增产四百四十亿斤，即百分之七点八: a change restated as a percentage
    aim_raised_regex: str  # 平均每年递增百分之四，在执行中争取达到百分之五: a higher aim for the growth just set
    extreme_member_regex: str  # 都在百分之四点三以上，高的达到百分之五点五: the highest member of the same quantity
    yearly_restated_regex: str  # 增长百分之九十八点三，即平均每年递增…: the change over years whose yearly rate follows
    span_opening_regex: str  # 两年国营工业的劳动生产率已提高…: the span of years a clause opens with, the time of its change
    to_date_period_regex: str  # 到５月份为止, 截至6月底 ({year}: layout.json's year_regex): a period up to a date within a year, whose figures are outcomes
    years_joined_regex: str  # 一九五八年和一九五九年 ({year}: layout.json's year_regex): two years named together, the years a span counted after them may be
    multi_year_word_regex: str
    per_year_word_regex: str  # 每年 (not 每人每年): with the multi-year words, an amount each year of a span, before a level or change
    per_year_next_item_regex: str  # 、资助学生 after a figure of an amount per year: the next item of its list, read per year too
    real_terms_regex: str  # 实际增长, 扣除价格因素, 按可比价格计算, 同口径: a change not implied by the levels as printed
    sub_magnitude_regex: str
    growth_target_regex: str
    growth_target_name_regex: str
    causative_regex: str  # [可使]农民减轻负担: what comes before a causative is the cause, not the owner after it
    growth_drive_lead_regex: str  # [带动]固定资产投资增长5.1%: what drives a growth is no part of the name of what grows
    peer_owner_class_regex: str  # [民营]医院68.3% after 公立医院病床使用率: a class of bodies, owning the quantity before
    income_grow_verbs: tuple[str, ...]  # 带动农户增收[1.3万户]: the verbs of an income growing, said of those counted
    income_change_fillers: str  # 带动农民增收[约]1.2亿元: the characters that may stand between a change verb and its figure
    rank_title_after_regex: str  # 全球第一[货物贸易]大国: the field a rank of a country is held in, after the ordinal
    rate_name_after_regex: str  # 现行16%[的税率]: the rate a percentage is, named after it
    set_as_after_regex: str  # 将农民人均纯收入2300元[作为新的国家扶贫标准]: what an amount is set as, named after it
    set_as_leads: tuple[str, ...]  # [将]…作为: the word that opens an amount set as what follows it
    compared_base_lead_regex: str  # [与2019年同期的]60.1亿元相比: the clause's opening that makes a figure the base compared with
    compared_base_close_regex: str  # 60.1亿元[相比], 一百七十亿元[作比较]: the close of the frame of a base compared with
    rate_noun_after_regex: str  # 6.5%左右的增速: the rate a percentage is, named after it
    growth_name_end_regex: str  # 工农业总产值的增长速度: a name that ends with the growth (or fall) it measures
    rate_cut_lead_regex: str  # 一律[按不低于]5%的幅度压减: the rate a cut is made by, opened before the figure
    rate_cut_after_regex: str  # 5%[的幅度]压减一般性支出: what makes the figure a rate of the cut after it
    growth_after_regex: str
    gap_pct_regex: str
    pull_object_regex: str  # 拉动[全市经济增长]3.2个百分点: a pull verb, what follows it the growth pulled, no base
    more_than_base_regex: str
    more_than_base_less: tuple[str, ...]  # 比上年低: the words of more_than_base saying less, a change down (较常年偏早: its
    # sign the deviation_signs give)
    deviation_signs: Mapping[str, int]  # 偏多, 偏早: a departure from the usual level with no base printed, and its sign
    deviation_stop_after_regex: str  # 偏高[0.8℃]: what after a departure word makes it end a counted noun (a figure, the
    # clause's end), not part of one (血压偏高人员)
    above_base_regex: str  # 高于[全市平均水平]2000元: so much above (below) a place's level, a change against it
    # ({scope_places}: the scope_words and the above_base_places)
    to_time_lead_regex: str  # 由一九五二年的百分之三十九点七[到一九五七年]上升为…: the year of the B between the A and
    # its to-word
    to_words: tuple[str, ...]
    to_target_between_regex: str  # 压缩到目前的平均4个工作日: words between the verb and the value reached


@dataclass(frozen=True, slots=True)
class TokenRules:
    """The tokeniser's rules (``tokens.json``)."""

    count_counters: tuple[str, ...]
    measure_counters: tuple[str, ...]
    digit_measure_after_regex: str  # 只有四元左右, 二斤半: the qualifier or half after the unit of a one-digit numeral
    digit_measure_before: tuple[str, ...]  # 降低将近七斤, 只需要五元: a qualifier right before a one-digit numeral of a unit
    one_counters: tuple[str, ...]
    one_count_counters: tuple[str, ...]  # 小学一所，泵站一个。: a count of one ending its clause
    one_count_not_after: str  # 其中的一个, 每一个: a word before 一 that makes it no count
    one_move_from_after_regex: str  # 从一[个月以上压缩到]…: after the count of one a move starts from, a figure
    count_not_after: Mapping[str, tuple[str, ...]]
    cheng_not_after: str
    cheng_tenth_not_after: str
    cheng_idiom_tails: tuple[str, ...]
    approx_numerals: tuple[str, ...]
    approx_idioms: tuple[str, ...]  # 牵涉到千家万户: an idiom that opens with a word of size, no figure
    approx_followers: tuple[str, ...]
    approx_follower_stops: str
    approx_measure_units: tuple[str, ...]  # 近千公里的黄河堤防: a measure of a word of size, not of a vague one (几十亩)
    approx_amount_units: tuple[str, ...]  # 突破万亿元, 近百亿元: an amount of a word of size, its unit ending the clause
    approx_amount_ends: tuple[str, ...]  # (or a qualifier after the unit, or 大关: 突破千亿元大关 as 突破6000亿元大关)
    top_end_stops: str  # 排名全市前三。: a top rank printed with no 名 or 位 ends its clause
    top_name_regex: str  # 前十强企业: the top ones named as a group of things, no rank
    top_not_after: str  # 目前, 此前, 年底前: 前 after these is a time, no top count
    approx_left: str
    approx_bound_regex: str  # 稳定在万亿斤以上: a bare magnitude after 在 and before a bound word is a figure, as after 超
    approx_vague_heads: str
    vague_head_not_after: Mapping[str, str]
    top_followers: tuple[str, ...]
    half_words: tuple[str, ...]
    first_place_words: tuple[str, ...]
    latin_units: tuple[str, ...]
    latin_class_letters: tuple[str, ...]  # printed in this case, a class of a thing (100M宽带: megabits), no unit (m, metres)
    latin_class_follows: tuple[str, ...]  # 以上, 宽带, 用户: what follows a class letter (1000M以上宽带用户), not a unit
    place_regex: str
    hotline_words: tuple[str, ...]
    hotline_lead_not_first: str  # a hotline's name never opens with a date's word (2023年接诉即办: a year)
    quoted_measure_regex: str
    slogan_count_after: tuple[str, ...]
    quoted_slogan_count_regex: str  # “4个中心”: a quote that is one count and its noun, a slogan
    slogan_count_tail_regex: str  # 两个确保, 三个一批, 十七条协议: a counter a verb, a numeral 一 or a document follows
    slogan_count_frame_regex: str  # 突出三个重点，: a few in words of a plan's frame closing the clause, a slogan's parts
    quoted_count_before_regex: str
    doubling_counter: str
    doubling_subject_regex: str  # 全区GDP总量翻一番。: a doubling said of a quantity named right before it, closing its clause
    doubling_goal_regex: str  # 力争实现…总产值翻两番: a goal word in the clause before a doubling, which names the goal
    doubling_lead_regex: str  # 翻了一番, 比1980年翻两番, 十年接近翻一番: a doubling stated, not the name of the goal (翻两番的宏伟目标)
    stage_counters: tuple[str, ...]
    percent_range_end_regex: str  # 百分之四[到五]: the bare numeral ending a range of percentages
    row_number_regex: str
    duration_after: tuple[str, ...]
    version_words: tuple[str, ...]
    version_joiners: str
    version_name_regex: str  # 工业4.0发展, 数字政府2.0: a whole-numbered decimal right after a name, before no unit
    range_joiners: str
    year_range_after: str
    year_range_not_before: str  # 2000-3000元: a magnitude or unit after two numbers like years makes them a range of amounts
    line_words: tuple[str, ...]
    road_words: tuple[str, ...]  # 318国道, 国道318线: a road's class, its number before or after it
    grade_words: tuple[str, ...]
    grade_class_regex: str  # 三类以上公厕, 一、二类标准: a class a small numeral names before 类, no count
    map_scale_after_regex: str  # 十万分之一的地形图: what follows one part in a power of ten that makes it a map's scale
    map_scale_before_regex: str  # 比例尺为十万分之一: what ends right before it and makes it one (searched in a few characters)
    address_words: tuple[str, ...]
    ranking_name_words: tuple[str, ...]
    anniversary_words: tuple[str, ...]
    clock_hour_not_after: tuple[str, ...]
    countdown_regex: str
    holiday_regex: str
    shopping_day_regex: str
    increment_basis_regex: str
    sample_survey_regex: str
    index_basis_value: str  # 100: the value an index or a ratio is set to (以女性为100), no figure
    index_basis_value_after: tuple[str, ...]  # 为, =: what the base's 100 follows
    index_basis_regex: str  # 性别比（以女性为100）: the base an index or a ratio is set to, ending where its 100 starts
    dated_event_regex: str
    programme_count_regex: str
    service_circle_regex: str
    age_group_regex: str
    size_band_regex: str
    cohort_regex: str
    class_year_regex: str  # 届 after a year and before a noun: a class named by the year it leaves (2023届高校毕业生)
    listed_name_regex: str
    code_joiners: str
    dial_words: tuple[str, ...]
    month_not_after: tuple[str, ...]
    quarter_words: tuple[str, ...]
    spaced_year_regex: str
    index_number_regex: str
    figure_reference_regex: str
    facility_regex: str
    ratio_regex: str
    rule_ratio_before_regex: str  # 按1:1配套: a ratio after 按 is the rule a sum is matched by, no figure
    fraction_regex: str
    footnote_regex: str
    page_furniture_regex: str
    page_counter_regex: str
    page_number_regex: str
    page_number_bare_regex: str  # a number alone on its line that may be a page number, by its place
    contact_number_regex: str
    document_number_regex: str
    attachment_regex: str
    site_code_regex: str
    dotted_date_regex: str
    streak_regex: str
    term_number_regex: str
    slogan_phrases: tuple[str, ...]
    name_phrases: tuple[str, ...]  # 十种有色金属: a count that is part of the name of what is measured


@dataclass(frozen=True, slots=True)
class Layout:
    """Layout rules of a report (``layout.json``)."""

    heading_patterns: tuple[tuple[int, str], ...]
    inline_heading_levels: tuple[int, ...]  # heading forms also read inside a line (一、2021年…情况 (一)…)
    # heading forms a paragraph runs its items in with (…。一是…。二是…): a line of a text broken at a width opening
    # so goes on a paragraph that runs one in after a sentence end
    run_in_item_levels: tuple[int, ...]
    inline_heading_after: str  # what stands before such a heading: a space of the layout, or 。 (one line a page)
    dated_line_max_chars: int  # an unnumbered line up to this long naming a period heads the text below it
    dated_line_not_end: str  # a line ending in one of these runs on into the next (1985年的⏎工资改革): no heading
    heading_numerals: str
    heading_max_chars: int
    spaced_heading_max_chars: int  # a heading run into its paragraph after a space (一、2023年工作回顾 2023年是…。)
    # is at most this long
    plain_heading_chars: tuple[int, int]  # how long an unnumbered heading line is, at least and at most
    plain_heading_not_chars: str  # no unnumbered heading holds one of these (sentence punctuation, titles)
    paragraph_end: str  # 。: an unnumbered heading follows a line ending in it and comes before a line holding it
    # a line ending in one of these opens a list: numbered lines of one level that follow it one after the other,
    # each a whole sentence (下列几项主要要求：⏎（一）要使…。⏎（二）…。), are its items, no headings
    list_lead_ends: str
    # a numbered line ending in one of these (；) is an item of such a list, the list going on after it (a heading
    # never ends in a semicolon: 主要措施是：⏎（一）…；⏎（二）…；⏎（三）…。)
    list_item_ends: str
    # a line that is only one of these heads the closing part of the report (结束语 after 十、…外交工作), at the top
    closing_headings: tuple[str, ...]
    heading_text_stops: str
    # the words of a heading run into its paragraph after a space hold no figure (a number with a unit or %: 一、二、三产业
    # 分别完成增加值1亿元…。 is a sentence on a page of one line; a year is none: 一、2023年计划执行情况)
    spaced_heading_figure_regex: str
    # nor open with a list of numerals the mark begins (一、二、三产业…: the numeral after the mark and 、 another)
    spaced_heading_list_regex: str
    sentence_ends: str
    title_marks: str  # 《》: a title, whose line breaks end no sentence (《⏎纲要（草案）⏎》提出…)
    title_words: tuple[str, ...]
    district_regex: str
    street_regex: str
    district_strip: tuple[str, ...]
    district_not_names: tuple[str, ...]
    district_not_endings: tuple[str, ...]
    district_not_chars: str
    report_periods: tuple[tuple[str, str], ...]
    period_shares: Mapping[str, float]
    report_months_regex: str  # 1-5月: a report of the months from January to the n-th (n); a line opening
    # with a month (4月,一般公共预算收入累计完成…): a report of the months to it (m)
    report_months_code: str  # its period code, M{n} (share of the year n/12)
    annual_report_code: str  # the period code of a report on a year's plan and the next one's (…执行情况与2019年…)
    lead_headings: tuple[str, ...]
    broad_lead_headings: tuple[str, ...]  # of lead_headings, those of a review of every field (经济社会发展总体情况)
    # that yield to a lead heading printed within them ((一)经济运行总体平稳)
    plan_heading_words: tuple[str, ...]
    review_heading_words: tuple[str, ...]
    # of review_heading_words, those of how a topic went (经济运行情况): they review a top part, or one no plan part
    # encloses, never a heading nested under a plan part (二、2025年主要目标 / （一）经济运行情况)
    topic_review_heading_words: tuple[str, ...]
    elapsed_period_heading_regex: str  # （一）上半年经济运行情况: a part of the year gone by, which a topic heading reviews
    review_goal_leads: tuple[str, ...]  # 推动…取得新突破: a goal verb before a review word, a task heading
    plan_done_leads: tuple[str, ...]  # 完成…工作目标, 紧扣…: a plan word after it names goals met, a review
    plan_done_tails: tuple[str, ...]  # 工作目标完成良好: the same, right after the plan word
    relative_years: Mapping[str, int]
    # a year in digits or in Chinese numerals (2024, 二〇二四, 一九五八): {year} in the patterns below
    year_regex: str
    date_line_regex: str
    title_years_regex: str
    title_period_regex: str
    title_work_report_regex: str
    title_bulletin_regex: str  # 2015年…统计公报: a bulletin of that year's outcomes
    title_plan_regex: str  # 一九五八年度国民经济计划（草案）: the draft plan of that year, delivered after the one before
    annual_session_last_month: int
    opening_review_min_chars: int  # an opening before the first numbered part this long may review the years
    opening_review_line_max: int  # the longest line of such an opening read as a review heading
    five_year_plan_regex: str
    five_year_plan_first: int
    plan_year_tasks_regex: str  # a paragraph that opens with the tasks of the year planned (明年…的主要任务是)
    work_report_words: tuple[str, ...]
    future_year_regex: str
    review_opening_regex: str
    bare_date_line_regex: str  # a line that is only a date (二〇二三年一月五日), under a delivery line or alone
    year_month_after_regex: str  # 12月 right after a year (2019年12月31日): the year of a date, no yearly value's
    plan_report_opening_regex: str  # 作关于…第六个五年计划的报告: an opening that says the report lays out a plan
    stated_year_skip_regex: str  # a sentence that plans or spans years names no year a report reviews
    stated_year_regex: str  # a year a sentence reports on: not a base (比1983年), a start (1979年以来) or a date (1976年1月)
    span_heading_regex: str
    spaced_figure_regex: str
    # a plain text whose lines of prose nearly all open with one indentation (every line opened with 　　): the
    # indentation marks no paragraph, and a line cut inside a sentence goes on in the next, indent or not
    indent_chars: str
    uniform_indent_min_share: float
    # a piece of a sentence that a web copy set on a line of its own: a page break (nothing but zero-width
    # characters, …全年⏎​⏎降低企业税负) and a subscript after a Latin letter (广义货币M⏎2⏎增长, PM⏎2.5⏎): an indent
    # before it or before the line after it opens no paragraph
    zero_width_chars: str
    subscript_regex: str
    # a figure in Chinese numerals a line of a text broken at a width opens with: moved down whole, as a figure in
    # digits is, when it did not fit at the end of the line before (…比一九五二年的⏎四百八十三亿九千万元)
    lead_numeral_regex: str
    # a word a line break never cuts (12.7%, GDP, ３，１３７，３００亩: full-width figures too): moved down whole
    lead_word_regex: str
    # no line of prose ends on an opening mark or starts with a closing one (a typesetter's rule): a line broken
    # there goes on, and a mark that does not fit hangs past the width or takes the piece before it down
    line_never_ends: str
    line_never_starts: str
    # the marks that close a paragraph whose page ends after it: a blank line before the page's number and none
    # after it is then the paragraph's (…完成情况如下:⏎⏎- 2 -⏎1)税收收入…)
    page_paragraph_ends: str
    # the Han characters two paragraphs or more of a text broken at a width open with (the rows of a list copied
    # as prose): a line at the width closed by a full stop ends its paragraph before a line opening so
    paragraph_opening_chars: int
    paragraph_opening_min: int
    # a sentence longer than this is read in pieces cut after the last clause mark inside each length (a comma
    # before a digit may group its thousands: no cut there); the longest sentence of the real texts at hand is
    # under 400 characters; a line of a hundred thousand with no full stop is no sentence, and read whole it would
    # make each figure's reading look back over all of it
    sentence_chars_max: int
    sentence_cut_regex: str
    # a plain text set a sentence a line (its lines of prose closed by a sentence end rather than cut inside one,
    # as a text broken at a width has them, and almost none holding another sentence end before its own): its
    # sentences are joined into paragraphs
    sentence_lines_min: int
    sentence_lines_min_closed_share: float
    sentence_lines_max_inner_share: float
    prose_marks: str
    table_marks: str
    caption_after_marks: str  # a caption or title may open a line after these (…如下: 二〇二四年二月…执行情况表)
    base_year_leads: tuple[str, ...]  # a year after these is a base compared with (比2019年上半年下降3.2%), not the report's
    name_year_ends: tuple[str, ...]  # a year before these names an event or an edition (北京2022年冬奥会, 2021年修订)
    column_gap_regex: str
    letter_spaced_chars: str  # Han characters and the marks set between them (a character class's body)
    letter_spaced_min_share: float
    letter_spaced_digit_run_regex: str
    any_letter_space_regex: str
    contents_title_regex: str  # the title of a table of contents (目录)
    contents_leader_chars: str  # the dots that lead an entry of a table of contents to its page number
    contents_entry_min: int  # entries in a row that make a table of contents without a title or leaders
    # the furniture of a web page saved as text (sources.clean_text): every furniture line holds one of the cue
    # words; a whole line of furniture (扫一扫在手机上打开页面, 字号 大 中 小, 分享到…), the head of a crumb trail
    # (您当前的位置:) and a label before a link (上一篇:)
    web_boilerplate_cues: tuple[str, ...]
    web_furniture_regex: str
    web_crumbs_head_regex: str
    web_label_head_regex: str


@dataclass(frozen=True, slots=True)
class CorpusRules:
    """What a report says of itself, as the corpus reads it (``corpus.json``); patterns as strings, in
    which ``{place_unit}`` stands for ``place_unit_regex``."""

    kind_cues: tuple[tuple[str, str], ...]  # cue → kind, the earliest in a title or an opening wins
    national_issuers: tuple[str, ...]
    national_title_words: tuple[str, ...]  # a title naming the state (中华人民共和国) is the nation's
    national_place: str
    national_speaker_regex: str  # 我代表国务院: the national government speaks (group 1: the issuer)
    national_premier_regex: str
    level_suffixes: tuple[tuple[str, str], ...]  # the last unit of a place → its level, longest first
    province_level_cities: tuple[str, ...]
    level_words: Mapping[str, str]  # a level as a record may print it (省级, 区县) → its code
    share_scope_regex: str  # a scope word naming a level's share of a budget (区级, 市本级, 地方, 中央)
    share_scope_stem_regex: str  # what a share's word adds to its level (本级 of 市本级): off, the level remains
    place_unit_regex: str
    title_place_regex: str
    title_place_after_year_regex: str  # 2022年上半年萧山区政府绩效执行情况: the place after the year and period
    # ({period_words}: the report periods of layout.json)
    issuer_regex: str
    issuer_org_end_regex: str  # the office a place's issuer is (人民政府), at the end of its name
    dated_regex: str  # ——2017年3月5日在…: the year delivered (group 1)
    not_a_place_regex: str  # 本区, 全市: no place's name
    lead_in_regex: str  # the words a match of an issuer may swallow before the place (我代表, 2021年)
    opening_subject_regex: str  # the clauses before an opening sentence's subject (在县委、县政府的坚强领导下,)
    heading_regex: str  # a numbered heading, no title
    title_not_leads: tuple[str, ...]  # a line opening so is a note, no title
    title_page_labels_regex: str  # a web page's labels run into a title line (信息名称:, 发布日期2023-05-11, 【…】)
    title_stop_marks: str  # a sentence's marks: never inside a title (a title run into its body ends before one)
    title_ends: tuple[str, ...]  # a title ends so; a title line ending otherwise goes on in the next line
    opening_title_regex: str  # an opening sentence naming the report (现将…的报告提交, 作关于…的报告): group ``title``
    relative_years: tuple[tuple[str, int], ...]  # 今年, 去年 … → years from the year delivered
    opening_chars: int  # where a report says what it is (我代表国务院，向大会报告政府工作)
    speaker_level_regex: str  # 受区人民政府的委托 in a report naming no place: its level (group 1, a word of level_words)
    # glossary keys whose target is a limit in policy practice, whatever its qualifier (居民消费价格涨幅3%左右,
    # 城镇调查失业率5.5%左右, 赤字率, 能耗, 排放量): met by an outcome at or under it
    ceiling_target_keys: tuple[str, ...]
    # glossary keys whose target is a least in policy practice, whatever its qualifier (城镇新增就业900万人, 粮食产量,
    # the output a plan of the 1950s sets, forest cover, afforestation, dwellings renovated or started, rural roads
    # built, major water projects started, people given safe water or relocated …): met by an outcome at or over it
    floor_target_keys: tuple[str, ...]
    # measures of a change: a target of one below zero is a planned decline (二氧化硫排放量下降3%), met by a fall at
    # least as large
    decline_measures: tuple[str, ...]


@cache
def corpus_rules() -> CorpusRules:
    """The corpus's metadata rules, typed (``corpus.json``)."""
    return _load(CorpusRules, "corpus.json")


@cache
def extractor_cues() -> Cues:
    """The extractor's rules, typed (``cues.json``)."""
    return _load(Cues, "cues.json")


@cache
def token_rules() -> TokenRules:
    """The tokeniser's rules, typed (``tokens.json``)."""
    return _load(TokenRules, "tokens.json")


@cache
def layout_rules() -> Layout:
    """Headings, sentence ends and metadata cues (``layout.json``)."""
    return _load(Layout, "layout.json")


@cache
def cues() -> Mapping[str, object]:
    """Read-only view of ``cues.json`` by key, for readers outside the extractor (units of the
    table checks, comparator words); validated by :func:`extractor_cues` first."""
    extractor_cues()
    data = json.loads(_read_text("cues.json"))
    data.pop("_about", None)
    return types.MappingProxyType(data)


@dataclass(frozen=True)
class Term:
    """One glossary concept: its canonical name, the other printed names of the same concept, English."""

    canonical: str
    aliases: tuple[str, ...]
    english: str
    definition: str
    headline: bool
    category: str
    key: str = ""  # stable snake_case concept key (gdp, cpi, urban_new_jobs …); rows naming one concept share it


@cache
def glossary() -> tuple[Term, ...]:
    """The indicator glossary (``glossary.tsv``): canonical name, aliases, English name, concept key."""
    rows = csv.DictReader(_read_text("glossary.tsv").splitlines(), delimiter="\t")
    return tuple(
        Term(
            canonical=r["canonical"],
            aliases=tuple(a for a in (r["aliases"] or "").split("|") if a),
            english=r["english"],
            definition=r["definition"],
            headline=r["headline"] == "1",
            category=r["category"],
            key=r.get("key") or "",
        )
        for r in rows
    )


@cache
def _alias_index() -> tuple[tuple[str, Term], ...]:
    pairs = [(t.canonical, t) for t in glossary()]
    pairs += [(a, t) for t in glossary() for a in t.aliases]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def canonical_term(phrase: str) -> Term | None:
    """The glossary term whose name appears *inside* ``phrase`` (longest name wins), or None.

    A containment test, for readers that ask which known concept a phrase speaks of (金融业税收
    speaks of 金融业). It never says that the phrase *is* that concept: :func:`concept` does.

    >>> canonical_term("全区地区生产总值").english
    'Gross regional product (GDP)'
    """
    if not isinstance(phrase, str) or not phrase:
        return None
    return _canonical_term(phrase)


@lru_cache(maxsize=8192)
def _canonical_term(phrase: str) -> Term | None:
    if not _any_alias().search(phrase):  # one C-speed scan; most phrases name no glossary term
        return None
    for alias, term in _alias_index():
        if alias in phrase:
            return term
    return None


@cache
def _any_alias() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(a) for a, _ in _alias_index()))


@dataclass(frozen=True, slots=True)
class ConceptRules:
    """How a printed phrase is matched to its concept, and the words the tables read in fact columns
    (``concepts.json``; see the file for what each key holds)."""

    trim_chars: str
    list_marker_regex: str
    scope_words: tuple[str, ...]
    scope_annual_regex: str  # 我国[年]进出口总额: the year's, right after a scope word the report's place (no period of
    # its own: 年度, 年末, 年均); after a place not the report's (英国…年产量) it stays in the name
    listed_level_regex: str  # 市级, 区级 before a list kept at every level (市级文物保护单位, 区级非物质文化遗产代表性项目):
    # the level of the list, part of the name, not the place's scope (the sites of the city's list, not all the city's)
    period_regex: tuple[str, ...]
    verb_prefixes: tuple[str, ...]
    plan_words: tuple[str, ...]
    method_words: tuple[str, ...]
    suffix_words: tuple[str, ...]  # 总额, 合计; 预算 (中央财政赤字预算: the budgeted amount of a quantity is that
    # quantity, a fact's status says it is a plan)
    place_levels_aside_regex: str  # (市、区) after 县, (街道) after 乡镇: the places ranked with a level, printed after it
    inner_words: tuple[str, ...]  # 累计 between an owner and its quantity (中央财政“三农”累计支出 is 中央财政“三农”支出):
    # an adverb of the period, as at a name's ends, that leaves the concept as it is; 的 joining an owner to its
    # quantity (我国人口的平均期望寿命, 全国居民的人均可支配收入: what the two printed together name); 拥有 between
    # the people a count is per and what is counted (每千常住人口拥有注册护士 is 每千常住人口注册护士)
    use_name_regex: str  # groups owner, field, noun: an owner's money named by its use (中央财政用于社会保障的资金) is
    # the owner's money of that field (中央财政社会保障资金), as the glossary names it when it does
    per_head_word: str  # 人均, the short form
    owner_mark: str  # 的, between an owner and its quantity (人均农民的纯收入: the farmers' income per head)
    average_word: str  # 平均 before a glossary rate (五年平均人口自然增长率, 全年平均城镇调查失业率): the rate of the
    # period the fact states, as a rate of a year is itself the year's average; before other quantities (平均工资,
    # 平均期望寿命) it is part of the name
    rate_end: str  # 率, the end of such a rate's name
    per_head_long_forms: tuple[str, ...]  # 按人口平均的, 平均每人的 …: the long forms of 人均 the reports of the 1980s
    # print (农民按人口平均的纯收入 is 农民人均纯收入), longest first
    added_word: str  # 新增, the short form of what a period added
    added_long_forms: tuple[str, ...]  # 新增加的, 新增加: its long forms the older reports print (新增加的发电机组容量 is
    # 新增发电机组容量), longest first
    renewed_heads: tuple[str, ...]  # 新的: before a glossary name, the value it is set to anew (新的国家扶贫标准 is
    # 国家扶贫标准, at its new level)
    renewed_tails: tuple[str, ...]  # 标准, 水平, 额度: the level words such a name ends in (新的国家高新技术企业 are new firms,
    # no stock of them)
    counted_verb_ends: Mapping[str, str]  # 参保 → 人数: a name ending in the verb of what persons do (城镇职工基本医疗
    # 保险参保4.01亿人) counts them, as the glossary's name with the count word after the verb (…参保人数) does
    joined_verb_heads: Mapping[str, str]  # 参加 → 参保人数: a name opening with the verb of joining a scheme (参加城镇职工
    # 基本养老保险25.6万人) counts those who joined, as the scheme's name with the count of the insured after it does
    all_schemes_heads: tuple[str, ...]  # 城镇职工和城乡居民 …: the holders of every scheme of an insurance, before its
    # name (城镇职工和城乡居民基本医疗保险参保人数): the insurance as a whole, as the glossary's bare name is; longest first
    exemplar_mark: str  # 等, closing the examples of what follows it (制定修订食品安全法等法律 counts 法律): the
    # examples taken off after a verb of what was done leave the concept the name's head is (a list of examples with
    # no such verb, 教育、卫生等民生支出, keeps them: see _without_examples)
    exemplar_word_heads: str  # the characters that make a word of 等 after them (高等学校, 中等专业学校, 同等, 甲等):
    # no mark of examples
    exemplar_word_tails: str  # those that make a word of 等 before them (等级, 等于, 等等)
    quote_marks: str  # “ ” ‘ ’: marks setting off a term inside a name (“12345”市民热线受理诉求), read as the name
    # without them when the name as printed is no glossary name (12345市民热线受理诉求)
    exemplar_verbs: tuple[str, ...]  # the verbs a single example follows (制定修订食品安全法等法律): what stands before
    # an example taken off without a 、 is one of them, or nothing (工业用电等用电量 is no 工业用电量)
    budget_field_regex: str  # group field: a budget's spending on a field (财政用于教育支出, 全区财政教育支出) is the
    # glossary's spending of that function class (教育支出) when one is; a budget owned by a level apart (中央财政) is not
    share_in_whole_regex: str  # groups part, whole: a share printed as in its whole (服务业在国内生产总值中的比重), the
    # glossary's share named 占 (服务业增加值占国内生产总值比重) when one is of that part and whole
    share_of_whole_regex: str  # groups part, whole: a share named by its part and whole in other words than the glossary's
    # (全社会研发经费支出与国内生产总值之比, 研发经费支出占地区生产总值的比重), the glossary's share of the two
    sector_quantities: tuple[tuple[str, str, str, str], ...]
    size_classes: Mapping[str, str]  # 规上, 限上 → 规模以上, 限额以上: the size class before an industry, as printed → its
    # full name; the class's quantity of the industry is a narrower concept than the industry's (规上营利性服务业营业收入)
    size_class_key: str  # above_size: what the key of such a quantity adds to the quantity's key, as the glossary's
    # keys of size classes do (industrial_va_above_size)
    size_class_english: str
    quantity_joiners: tuple[str, ...]
    sector_unit_words: tuple[str, ...]  # the units of a sector a quantity is of, naming the sector's quantity still
    # (文化、体育和娱乐业企业类单位收入 is 文化体育和娱乐业收入, as 文体娱业收入 is)
    tax_type_suffixes: tuple[str, ...]
    growth_suffixes: tuple[str, ...]  # 规上工业增加值增速: the growth of a glossary quantity is that quantity (the measure
    # says it is a growth; a rank of it ranks the quantity's growth)
    size_suffixes: tuple[str, ...]  # 一般公共预算收入规模: the size of a glossary quantity is that quantity (not 总量: 收入总量 adds transfers)
    constant_price_keys: tuple[str, ...]  # concepts whose growth is stated at constant prices (gdp, 农林牧渔业总产值; the
    # national income and the gross output of industry and agriculture of the material product system): no level of its base
    constant_price_suffixes: tuple[str, ...]  # name endings of such a growth (a value added, 增加值; 社会总产值)
    tax_total_keys: tuple[str, ...]
    # a headline concept that is a part of another (建安投资 of 固定资产投资): part key → whole key; its headline row
    # names the whole, so that no reader adds the two
    headline_parts: Mapping[str, str]
    revenue_total_keys: tuple[str, ...]
    revenue_type_keys: tuple[str, ...]
    beyond_budget_scopes: tuple[str, ...]  # scopes a budget revenue (a local share) never holds: 全口径, 中央级
    fiscal_levels_within: Mapping[str, str]  # a level of government's share → the wider share holding it (区级 → 地方级)
    scope_level_suffix_regex: str  # the end of a level of government (中央级, 市本级) a name carries without it
    # (上划中央收入 is of 中央级): a label names no scope its name already says
    scope_english: Mapping[str, str]
    annual_words: tuple[str, ...]
    annual_budget_categories: tuple[str, ...]  # glossary categories whose completion, with no base named, is of the year's budget or plan
    annual_budget_plans: tuple[str, ...]  # bases of such a completion that are the year's plan too (计划: 本年收入计划)
    yoy_base: str
    full_year_base: str
    full_year_periods: tuple[str, ...]
    full_year_period_regex: str
    dated_base_regex: str
    undated_base_words: tuple[str, ...]
    prior_base_suffixes: tuple[str, ...]
    cutoff_words: tuple[str, ...]
    period_year_regex: str
    period_month_regex: str
    period_end_months: Mapping[str, int]
    single_month_period_regex: str  # a fact's period that is one month alone (2月份), not the months to it (1-2月)
    single_span_period_regex: str  # one month or one quarter alone (8月, 三季度, 当季), not the span to it (1-8月, 前三季度)
    from_january_period_regex: str  # the months from January to an end (1-9月, 前三季度, 2021年上半年, 全年), named any way
    part_of_year_regex: str  # a fact's period that covers part of a year (一季度, 1-5月, 6月底): no figure of the year
    average_base_regex: str  # a comparator of change_pct that makes it an average per year (年均, 平均每年)
    adjusted_base_regex: str  # a comparator of a growth on an adjusted basis (剔除留抵退税后): a series of that basis
    lower_bound_class_regex: str  # a class named by a lower bound (千万元以上, 超亿元): classes of one criterion nest
    indicator_group_regex: str  # a name that is a word for several indicators (多项指标, 主要经济指标): no indicator
    # units one series may be printed in across reports (斤, 吨): unit → (dimension, size in the dimension's
    # unit of reference: 公斤, 亩, 米, 千瓦时); a panel states each series in one of them
    comparable_units: Mapping[str, tuple[str, float]]


_R = typing.TypeVar("_R")


@cache
def concept_rules() -> ConceptRules:
    """The concept-matching rules and the table words, typed (``concepts.json``); ``{year}`` in a pattern is a
    year as ``layout.json`` prints it (``year_regex``: 2024, 一九五八)."""
    return filled(_load(ConceptRules, "concepts.json"), year=layout_rules().year_regex)


def filled(rules: _R, **fragments: str) -> _R:
    """``rules`` (a frozen dataclass of rules) with each ``{name}`` of ``fragments`` written out, as a group, in
    its patterns: its string fields and its lists of strings, in the order given (``{plan}``: the number of a
    five-year plan, ``{plan_span}``: the time of a five-year plan, ``{plan_years}``: its years in brackets after its name, ``{report_places}``: the place a report is of,
    ``{place_units}`` and ``{place_kinds}``: the places below a county and the kinds of place in brackets,
    ``{place_kind_words}``: the kinds such a bracket lists (区, 市, 旗), and
    ``{perfect_verb}``: a perfective verb, ``{present}``: a word of the present, ``{pp_openers}``: the comparison words
    opening a clause of points, ``{stock_qualifiers}``: the words before a stock's figure, ``{output_verbs}``: 年产,
    日产, ``{means_lead}`` and ``{means_noun}``: 通过 …渠道, a phrase of means, ``{given_verbs}``: the verbs of
    giving and relief, ``{milestone_verb}`` and ``{milestone_noun}``: 突破…大关, a threshold passed, ``{compared}``:
    the words of a comparison with a base, ``{places}``: the kinds of place counted by what is compared, and
    ``{limit_givers}``: the levels granting a limit, ``{yearly_average}``: 年平均 of several years, ``{scope_places}``: the places a level is measured against,
    ``{following_token}``: a word of letters and digits (PM2.5, 5G), ``{body_deeds}``: what a body doing the work does
    (完成, 办理), ``{listed_classes}``: the classes of procurement (货物, 工程, 服务), in ``cues.json``;
    ``{age_item}``: an age or span of ages (``cues.json``'s), in ``tokens.json``; ``{year}``: a year as ``layout.json`` prints it, in ``cues.json``, ``layout.json`` and
    ``concepts.json``)."""
    marks = {f"{{{name}}}": f"(?:{pattern})" for name, pattern in fragments.items()}

    def fill(s: str) -> str:
        for mark, group in marks.items():
            s = s.replace(mark, group)
        return s

    changed: dict[str, object] = {}
    for f in fields(rules):
        value = getattr(rules, f.name)
        if isinstance(value, str):
            new = fill(value)
        elif isinstance(value, tuple) and value and all(isinstance(x, str) for x in value):
            new = tuple(fill(x) for x in value)
        else:
            continue
        if new != value:
            changed[f.name] = new
    return replace(rules, **changed)


@dataclass(frozen=True, slots=True)
class Concept:
    """What a printed indicator phrase names, by whole-name match against the glossary.

    ``key`` is empty when the phrase is not (once stripped) a glossary name or a known sector
    followed by a quantity word; the phrase then keeps its own wording as ``name``.
    """

    key: str  # gdp, sector_tax:business_services …, or ""
    name: str  # canonical name (商务服务业税收), or the phrase as printed when unknown
    english: str  # English name, or "" when unknown
    category: str  # glossary category (fiscal, sector, tax_type …); "sector_quantity" when composed
    headline: bool
    scope: str  # scope and place words taken off the phrase (全区, 区级 …), joined by "/"
    quantity: str  # quantity key of a sector phrase (sector_tax …), also when the sector is unknown
    bare: str  # the phrase without list markers, scope, period and verb words


def _squeeze(text: str) -> str:
    from ..numbers import normalize  # numbers reads only files of this package: no import circle

    return "".join(normalize(text).split()).replace("\u200b", "")


@cache
def _names() -> Mapping[str, Term]:
    """Every glossary name and alias, squeezed (half-width, simplified, no spaces) → its term."""
    out: dict[str, Term] = {}
    for t in glossary():
        for name in (t.canonical, *t.aliases):
            out.setdefault(_squeeze(name), t)
    return types.MappingProxyType(out)


@cache
def _compiled_rules() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    r = concept_rules()
    words = sorted(r.scope_words, key=len, reverse=True)
    scope = "|".join(re.escape(w) for w in words)
    periods = "|".join(f"(?:{p})" for p in r.period_regex)

    def alt(words: tuple[str, ...]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    both = alt((*r.plan_words, *r.method_words))
    # a scope word may own the rest by 的 (我国的粮食产量 is 我国 粮食产量), or measure it by the year (我国年进出口总额)
    head = re.compile(rf"^(?:(?P<scope>{scope})(?!{r.listed_level_regex})(?:的|{r.scope_annual_regex})?|(?:{periods})|{alt(r.verb_prefixes)}|{both})")
    tail = re.compile(rf"(?:(?P<scope>{scope})|(?:{periods})|{alt(r.suffix_words)}|{both})$")
    return re.compile(r.list_marker_regex), head, tail, re.compile(r"^(?P<outer>.+)\((?P<inner>[^()]+)\)$")


@cache
def _share_in_whole() -> re.Pattern[str]:
    return re.compile(concept_rules().share_in_whole_regex)


@cache
def _budget_field() -> re.Pattern[str]:
    return re.compile(concept_rules().budget_field_regex)


@cache
def _place_levels_aside() -> re.Pattern[str]:
    return re.compile(concept_rules().place_levels_aside_regex)


@cache
def _use_name() -> re.Pattern[str]:
    return re.compile(concept_rules().use_name_regex)


@cache
def _share_of_whole() -> re.Pattern[str]:
    return re.compile(concept_rules().share_of_whole_regex)


def _named_share(s: str) -> str:
    """The key of the glossary share ``s`` names by its part and whole (全社会研发经费支出与国内生产总值之比:
    ``rd_intensity``, the glossary's 研发经费占地区生产总值比重 read through the glossary names of both), or ""."""
    if not (("占" in s or "之比" in s) and (m := _share_of_whole().fullmatch(s))):
        return ""
    part, whole = concept(m["part"]).key, concept(m["whole"]).key
    return _share_concepts().get((part, whole), "") if part and whole else ""


@cache
def terms_by_key() -> Mapping[str, Term]:
    """Every glossary term by its key (the first of a key, in file order)."""
    out: dict[str, Term] = {}
    for t in glossary():
        out.setdefault(t.key, t)
    return types.MappingProxyType(out)


def _exact(s: str) -> Term | None:
    return _names().get(s)


def _own(term: Term, scope: list[str], bare: str, *, quantity: str = "") -> Concept:
    return Concept(term.key, term.canonical, term.english, term.category, term.headline, "/".join(scope),
                   quantity, bare)


def cut_end(s: str, words: tuple[str, ...]) -> str:
    """``s`` without the first of ``words`` it ends with, when more than that word is left; else ``s``."""
    word = next((w for w in words if s.endswith(w) and len(s) > len(w)), "")
    return s[: len(s) - len(word)]


def _match(s: str, scope: list[str]) -> Concept | None:
    """The concept ``s`` (already stripped) is, or None."""
    term = _exact(s)
    if term is not None:
        return _own(term, scope, s)
    if "在" in s and (ms := _share_in_whole().fullmatch(s)) and (key := _share_key(ms["part"], ms["whole"])):
        return _own(terms_by_key()[key], scope, s)  # 服务业在国内生产总值中的比重: the glossary's share of the two
    if key := _named_share(s):
        return _own(terms_by_key()[key], scope, s)  # 全社会研发经费支出与国内生产总值之比: the glossary's share of the two
    _, _, _, paren = _compiled_rules()
    mp = paren.match(s)
    if mp:  # 地区生产总值(GDP): a name followed by its own abbreviation or alias; 开展新型农村社会养老保险试点的县(市、区):
        # the places of a level and those of the same rank beside them, as the glossary's name counts them
        outer, inner = _exact(mp["outer"]), _exact(mp["inner"])
        if outer is not None and (inner is None and not re.search(r"[\u4e00-\u9fff]", mp["inner"])
                                  or inner is not None and inner.key == outer.key
                                  or _place_levels_aside().fullmatch(mp["inner"])):
            return _own(outer, scope, mp["outer"])
    r = concept_rules()
    for word in r.tax_type_suffixes:  # 增值税收入, 契税税收: the tax itself
        if s.endswith(word) and len(s) > len(word):
            term = _exact(s[: -len(word)])
            if term is not None and term.category == "tax_type":
                return _own(term, scope, s)
    for word in (*r.growth_suffixes, *r.size_suffixes):  # 规上工业增加值增速, 收入规模: the quantity whose growth or size it is
        if s.endswith(word) and len(s) > len(word):
            quantity = s[: -len(word)].removesuffix("的")  # 工农业总产值的增长速度: of it, by 的
            if (term := _exact(quantity)) is not None:
                return _own(term, scope, s)
            if (sq := _sector_quantity(quantity, scope, s)) is not None:
                return sq  # 规上营利性服务业营业收入增速: the growth of a sector's quantity
    if s.endswith("支出") and (mf := _budget_field().match(s)) and (
            (term := _exact(mf["field"] + "支出")) is not None and term.category == "fiscal"):
        return _own(term, scope, s)  # 全国财政用于教育支出: the budget's spending on a field, the field's function class
    return _sector_quantity(s, scope, s)


def _sector_quantity(s: str, scope: list[str], bare: str) -> Concept | None:
    """The quantity of a glossary sector ``s`` names (房地产业实现税收 → ``sector_tax:real_estate``; 规上营利性服务业营业
    收入 → ``sector_operating_revenue_above_size:for_profit_services``), or None; ``bare`` is the phrase as matched."""
    r = concept_rules()
    for word, canon_word, qkey, english in r.sector_quantities:  # longest first (file order)
        if not s.endswith(word) or len(s) == len(word):
            continue
        # 房地产业实现税收; 文化、体育和娱乐业企业类单位收入: the sector's revenue
        head = cut_end(cut_end(s[: -len(word)], r.quantity_joiners), r.sector_unit_words)
        if word != canon_word and (own := _exact(head + canon_word)) is not None:
            return _own(own, scope, bare)  # 服务业营收, 规上服务业营收: the glossary term its full word names
        size = _size_class(head)
        industry = head[len(size):]
        if size and _exact(industry) is None:  # 限上餐饮营业额: the industry printed without its 业 (餐饮业)
            industry = industry_with_head(industry) or industry
        sector = _exact(industry)
        if sector is None or sector.category != "sector":
            return None
        if size and (own := _sized_term(size, industry + word) or _exact(size + industry + word)) is not None:
            return _own(own, scope, bare)  # 规上工业企业产值: the glossary's 规模以上工业总产值, as 工业产值 is its 工业总产值
        if size:  # 规上营利性服务业营业收入: the revenue of the sector's firms above designated size, a narrower concept
            return Concept(f"{qkey}_{r.size_class_key}:{sector.key}", r.size_classes[size] + sector.canonical + canon_word,
                           f"{sector.english} {english} {r.size_class_english}", "sector_quantity", False,
                           "/".join(scope), qkey, bare)
        return Concept(f"{qkey}:{sector.key}", sector.canonical + canon_word, f"{sector.english} {english}",
                       "sector_quantity", False, "/".join(scope), qkey, bare)
    return None


def industry_with_head(name: str) -> str:
    """The glossary industry ``name`` prints without the word that ends an industry's name, after a size class
    (限上餐饮营业额: 餐饮业, as 限上住宿业营业额 prints beside it), "" when ``name`` with that word put back is no
    glossary industry (``name`` squeezed, as an indicator is)."""
    heads = extractor_cues().sector_heads
    if len(name) < 2 or name.endswith(heads):
        return ""
    return next((name + h for h in heads if (t := _exact(name + h)) is not None and t.category == "sector"), "")


def _sized_term(size: str, unsized: str) -> Term | None:
    """The glossary's own term of the size class ``size`` of the quantity ``unsized`` names, when the glossary has
    both (工业产值 is its 工业总产值, and 规模以上工业总产值 is a term): None otherwise."""
    whole = _exact(unsized)
    if whole is None:
        return None
    prefixes = (size, concept_rules().size_classes[size])
    return next((t for name in (whole.canonical, *whole.aliases) for p in prefixes if (t := _exact(p + name))), None)


def _size_class(head: str) -> str:
    """The size class (规上, 限额以上 …) ``head`` opens with when more follows it, else ""."""
    return next((w for w in sorted(concept_rules().size_classes, key=len, reverse=True)
                 if head.startswith(w) and len(head) > len(w)), "")


_QUOTE_PAIRS = {"“": "”", "‘": "’", "《": "》", "「": "」", "【": "】"}


def _trim(s: str, chars: str) -> str:
    """``s`` with ``chars`` taken off both ends, but an opening quote kept whose closing mate is inside the name, not
    at its end (“三公”经费支出: the quoted word opens the name), and a closing quote kept whose opening mate is inside
    it, not at its start (实现“全区通办”); a name quoted whole loses both (“美丽院落” → 美丽院落)."""
    t = s.strip(chars)
    if not t or len(t) == len(s):
        return t
    i, j = s.index(t[0]), s.rindex(t[-1])  # (where the kept text starts and ends in s)
    if i and (close := _QUOTE_PAIRS.get(s[i - 1])) and 0 <= t.find(close) < len(t) - 1:
        i -= 1
    if j + 1 < len(s) and (opener := next((o for o, c in _QUOTE_PAIRS.items() if c == s[j + 1]), "")) and t.rfind(
            opener) > 0:
        j += 1
    return s[i:j + 1]


@lru_cache(maxsize=16384)
def concept(phrase: str) -> Concept:
    """The glossary concept a printed indicator phrase names, by whole-name match.

    List markers, scope and place words (全区, 全国, 区级, 地方 … — kept in ``scope``), period
    words (2016年, 上半年, 年度, 年末 …), verbs (实现, 累计 …), plan words (力争, 预计 …), method phrases
    (按初步核算) and sums (合计, 总额, 总数) are taken off the ends, and 累计 from inside (中央财政“三农”累计支出), the 的 that
    joins an owner to its quantity (人口的平均期望寿命) and 平均 before a rate (平均人口自然增长率); what remains
    must *be* a glossary name or alias, or a glossary sector followed by a quantity word
    (租赁和商务服务业税收 → ``sector_tax:leasing_business_services``). A phrase that only contains a
    name (单位国内生产总值能耗 contains 国内生产总值) is not that concept.

    >>> c = concept("全区规模以上工业增加值")
    >>> c.key, c.name, c.scope
    ('industrial_va_above_size', '规模以上工业增加值', '全区')
    >>> concept("租赁和商务服务业税收").key, concept("商务服务业税收").key
    ('sector_tax:leasing_business_services', 'sector_tax:business_services')
    >>> concept("对全球经济增长的贡献率").key
    ''
    """
    text = phrase if isinstance(phrase, str) else ""
    r = concept_rules()
    marker, head, tail, _ = _compiled_rules()
    s = _trim(marker.sub("", _trim(_squeeze(text), r.trim_chars)), r.trim_chars)
    scope: list[str] = []
    found = _match(s, scope) if s else None
    while found is None and s:
        m = head.match(s) or tail.search(s)
        if m is None or len(m.group()) == len(s):
            break
        if m.group("scope"):
            scope.append(m.group("scope"))
        s = _trim(s[m.end():] if m.start() == 0 else s[: m.start()], r.trim_chars)
        found = _match(s, scope) if s else None
    if found is not None:
        return found
    for alt in _rewritten(s, r):  # the same quantity printed another way, as the glossary names it
        if (found := concept(alt)).key:
            return replace(found, scope="/".join([*scope, found.scope] if found.scope else scope), bare=s)
    quantity = next((q for word, _, q, _ in r.sector_quantities if s.endswith(word) and len(s) > len(word)), "")
    return Concept("", text.strip(), "", "", False, "/".join(scope), quantity, s)


def _rewritten(s: str, r: ConceptRules) -> Iterator[str]:
    """The phrases :func:`concept` tries, in order, for a phrase ``s`` naming no glossary name as printed: the same
    quantity written as the glossary writes it."""
    if any(q in s for q in r.quote_marks):
        yield s.translate(_quote_drop(r.quote_marks))  # “12345”市民热线受理诉求, “接诉即办”受理诉求
    if inner := next((w for w in r.inner_words if w in s[1:-1]), ""):
        yield s.replace(inner, "", 1)  # 中央财政“三农”累计支出, 我国人口的平均期望寿命
    if "用于" in s and (mu := _use_name().fullmatch(s)):
        yield mu["owner"] + mu["field"] + mu["noun"]  # 中央财政用于社会保障的资金
    if "平均" in s and (long := next((w for w in r.per_head_long_forms if w in s[1:-1]), "")):
        yield s.replace(long, r.per_head_word, 1)
    if (s.startswith(r.per_head_word) and (owner := s[len(r.per_head_word):].partition(r.owner_mark))[1]
            and owner[0] and owner[2]):
        # 农民的纯收入，全国平均每人达到三百五十五元 → 人均农民的纯收入: the owner's quantity per head (农民人均纯收入)
        yield owner[0] + r.per_head_word + owner[2]
    if (long := next((w for w in r.added_long_forms if s.startswith(w)), "")) and len(s) > len(long):
        yield r.added_word + s[len(long):]  # 当年新增加的…发电机组容量 → 新增发电机组容量
    if ((new := next((w for w in r.renewed_heads if s.startswith(w)), "")) and len(s) > len(new)
            and s.endswith(r.renewed_tails)):
        yield s[len(new):]  # 新的国家扶贫标准: the standard set anew
    if s.startswith(r.average_word) and s.endswith(r.rate_end):
        yield s[len(r.average_word):]  # 五年平均人口自然增长率: the rate over those years
    if count := next((w for end, w in r.counted_verb_ends.items() if s.endswith(end)), ""):
        yield s + count  # 基本医疗保险参保4.01亿人: the persons enrolled
    if (head := next((w for w in r.joined_verb_heads if s.startswith(w) and len(s) > len(w)), "")):
        yield s[len(head):] + r.joined_verb_heads[head]  # 参加城镇职工基本养老保险25.6万人: the persons enrolled
    if both := next((w for w in r.all_schemes_heads if s.startswith(w) and len(s) > len(w)), ""):
        yield s[len(both):]  # 城镇职工和城乡居民基本医疗保险参保人数: both schemes, the whole
    if r.exemplar_mark in s:
        yield from _without_examples(s, r)


@cache
def _quote_drop(marks: str) -> dict[int, None]:
    """The table of :meth:`str.translate` taking ``marks`` off a string."""
    return dict.fromkeys(map(ord, marks))


def _without_examples(s: str, r: ConceptRules) -> Iterator[str]:
    """``s`` with the examples before each 等 of it taken off, shortest first (制定修订食品安全法等法律 →
    制定修订法律): the words before the examples and the head after 等 stay, as what the phrase counts.

    A cut never starts at a 、 or right after one (钢铁、煤炭等产能 is no 钢铁产能: the list's items are all
    examples), and leaves a verb of ``exemplar_verbs`` before the examples, or nothing when they hold no 、
    (工业用电等用电量 is no 工业用电量: a cut may fall inside one example; 汽车、电子等制造业产值 is the output of
    the branches listed, not of all manufacturing: only after a verb of what was done, 制定修订…等法律, are they
    examples of the whole counted)."""
    mark = r.exemplar_mark
    at = s.find(mark)
    while 0 < at < len(s) - len(mark):
        end = at + len(mark)
        if s[at - 1] not in r.exemplar_word_heads and s[end] not in r.exemplar_word_tails:
            for start in range(at - 2, -1, -1):  # examples of two characters at least
                if s[start] == "、":
                    continue  # (right after one, the test below skips it: no verb ends in 、)
                if (start or "、" in s[start:at]) and not s[:start].endswith(r.exemplar_verbs):
                    continue
                yield s[:start] + s[end:]
        at = s.find(mark, end)


def indicator_key(phrase: str) -> str:
    """The glossary key of a printed indicator (``gdp``, ``sector_tax:finance`` …), "" when unknown.

    >>> indicator_key("2016年全国居民消费价格"), indicator_key("单位国内生产总值能耗"), indicator_key("国内生产总值年均")
    ('cpi', 'energy_intensity', '')
    """
    return concept(phrase).key


def indicator_keys(phrases) -> list[str]:
    """:func:`indicator_key` of each phrase (computed once per distinct phrase)."""
    memo: dict[str, str] = {}
    out = []
    for p in phrases:
        k = memo.get(p) if isinstance(p, str) else ""
        if k is None:
            k = memo[p] = concept(p).key
        out.append(k)
    return out


def _share_key(part: str, whole: str) -> str:
    """The key of the glossary concept ``part占whole比重``, as printed, by the glossary names of both or by their keys
    (研发经费支出占地区生产总值的比重: the glossary's 研发经费占地区生产总值比重, both names another printing of its
    part and whole), or ""."""
    names = dict.fromkeys([(part, whole), (concept(part).name or part, concept(whole).name or whole)])
    return (next((k for a, b in names if (k := concept(f"{a}占{b}比重").key)), "")
            or _share_concepts().get((concept(part).key, concept(whole).key), ""))


@cache
def _share_concepts() -> dict[tuple[str, str], str]:
    """``(part key, whole key) → key`` of each glossary share named ``part占whole比重`` (``(rd_expenditure, gdp) →
    rd_intensity``), both part and whole glossary concepts."""
    rx = re.compile(extractor_cues().share_whole_name_regex)
    pairs: dict[tuple[str, str], str] = {}
    for t in glossary():
        for name in (t.canonical, *t.aliases):
            if (t.key and (m := rx.fullmatch(name)) and (a := concept(m.group("part")).key)
                    and (b := concept(m.group("whole")).key)):
                pairs.setdefault((a, b), t.key)
    return pairs


def share_keys(phrases, measures, comparators, sentences=None) -> list[str]:
    """The glossary key of each figure, reading a share by what it is a share of.

    A share printed as ``X占Y的比重 N%`` is a ``rate_pct`` fact with indicator X and comparator Y; the
    concept it measures is the glossary's ``X占Y比重`` when the glossary names one (财政赤字 with
    comparator 国内生产总值 is the deficit ratio, 赤字率; 税收收入 with comparator 一般公共预算收入 is the
    tax share; 全社会研究与实验发展经费 with comparator 国内生产总值 is R&D intensity, read through the
    glossary names of X and Y), else the key of X itself (:func:`indicator_keys`). A change in points right
    after such a share, under its name and in its sentence (``sentences``, one per figure, when given), is the
    share's (税收收入占一般公共预算收入的比重为85.9%，比上年同期提高1.3个百分点: the tax share's), and so is each
    change in points of a run of them right after it (…，比一季度提高1.2个百分点).

    >>> share_keys(["财政赤字", "财政赤字", "城镇登记失业率"], ["rate_pct", "level", "rate_pct"],
    ...            ["国内生产总值", "", ""])
    ['deficit_ratio', 'fiscal_deficit', 'urban_registered_unemployment_rate']
    >>> share_keys(["税收收入", "税收收入"], ["rate_pct", "pp_diff"], ["一般公共预算收入", "上年同期"])
    ['tax_revenue_share', 'tax_revenue_share']
    """
    phrases, measures, comparators = list(phrases), list(measures), list(comparators)
    sentences = list(sentences) if sentences is not None else [None] * len(phrases)
    keys = indicator_keys(phrases)
    memo: dict[tuple[str, str], str] = {}
    shared = -2  # the figure before, when a share the glossary names (-2: none, not even before the first)
    for i, (p, m, c) in enumerate(zip(phrases, measures, comparators, strict=True)):
        if (m == "pp_diff" and shared == i - 1 and p == phrases[shared]
                and sentences[i] == sentences[shared]):
            keys[i], shared = keys[shared], i  # (a run of them: …比上年同期提高0.7个百分点，比一季度提高1.2个百分点)
        if m != "rate_pct" or not c or not isinstance(p, str) or not p:
            continue
        k = memo.get((p, c))
        if k is None:
            k = memo[(p, c)] = _share_key(p, c.removesuffix("的"))
        if k:
            keys[i], shared = k, i
    return keys


def english_name(phrase: str) -> str:
    """English name of the concept ``phrase`` names (whole-name match), or "" when it names none."""
    return concept(phrase).english


MEASURES = ("level", "yoy_pct", "change_pct", "completion_pct", "pp_diff", "rate_pct", "rank", "abs_change", "ratio")
QUALIFIERS = ("exact", "over", "nearly", "about", "at_least", "at_most", "under")
LOWER_BOUNDS = ("over", "at_least")
"""Qualifiers that put the printed figure below the true one (超, 以上): a floor."""
UPPER_BOUNDS = ("under", "at_most")
"""Qualifiers that put the printed figure above the true one (不足, 以内): a ceiling."""
QUALIFIER_FLIP = dict(zip(LOWER_BOUNDS + UPPER_BOUNDS, UPPER_BOUNDS + LOWER_BOUNDS, strict=True))
"""The bound a qualifier becomes when the sign of its figure turns (a fall shown as a rise): over ↔ under,
at_least ↔ at_most."""
STATUSES = ("actual", "target", "estimate")
FLAGS = ("subject_carried", "no_subject", "cue_subject", "unknown_unit", "table_cell", "unit_inferred", "year_inferred",
         "range_low", "range_high", "from_value", "multi_year", "real_terms", "cut_off")
"""The closed set of the facts' ``flags`` (reasons to check a figure by eye), in the order they are joined."""
DIMENSIONS = ("", "total", "sector", "tax_type", "entity", "base_loss")
"""What an indicator is a breakdown of (the facts' ``dimension``); empty when none applies."""
REFERENCES = ("", "prior", "plan")
"""A level stated as the base of another figure: of the prior period, or a plan or budget."""
RELATIONS = ("", "part", "done", "of")
"""How a fact relates to its ``parent_id``: a part of a total, or a count done out of a total."""

#: ``code → (zh, en)``: views of the label dictionary (``labels.toml``), kept for older callers.
MEASURE_LABELS = CodeView("measure")
QUALIFIER_LABELS = CodeView("qualifier")


def labels() -> Labels:
    """The field and label dictionary (``labels.toml``): headers, definitions, code labels, sheet names.

    >>> labels().code("measure", "yoy_pct", "en")
    'Year-on-year change (%)'
    """
    return load_labels()
