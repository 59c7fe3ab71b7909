"""The name rules keyed on a cue of the name are passed over, in one test, by a name that cannot hold one.

A name rule of the reader that renames a figure by a cue pattern matched in its name (a place before the
quantity, a payer and its verb, 将/把 before what is changed, 新增, 占, 贡献率 …, the patterns of ``_NAME_CUES``)
fires only where the name holds one of the characters every match of such a pattern holds, read off the
patterns. A name holding none is *plain*: the rules skip it, and a name renamed since is read by them again.
The rules read later, once an owner of the name may be sought (a loss turned to a profit, a pilot's scope, a
pointer to what was said before, a size class: ``_LATER_NAME_CUES``), are gated alike by a class of their own.
The sentences below are read by those rules as before (verbatim, from the national work reports and the real
local reports)."""

import pytest

from dhcheng_analysis import extract_facts
from dhcheng_analysis.cuewords import compiled, needed_chars
from dhcheng_analysis.facts import _LATER_NAME_CUES, _NAME_CUES, _name_cue_class, _plain_name, clean_name


@pytest.mark.parametrize("group", [_NAME_CUES, _LATER_NAME_CUES])
def test_the_gate_is_read_off_the_patterns(group):
    cw = compiled()
    needed = [needed_chars(getattr(cw, name)) for name in group]
    assert all(chars for chars in needed)
    cues = _name_cue_class(group)
    union = frozenset().union(*needed)
    assert {c for c in union if not cues.fullmatch(c)} == set()
    assert {c for c in map(chr, range(0x4E00, 0xA000)) if cues.fullmatch(c) and c not in union} == set()


@pytest.mark.parametrize("group", [_NAME_CUES, _LATER_NAME_CUES])
def test_no_cue_of_the_name_rules_matches_a_plain_name(group, bundled_facts):
    cw = compiled()
    names = set(bundled_facts["indicator"])  # (the names of the bundled report, of the run's one extraction)
    names |= {"地区生产总值", "一般公共预算收入", "收入", "县", "拆违", "筹资标准", "两个月第三九成近百家"}
    plain = [n for n in names if _plain_name(n, group) == n]
    assert len(plain) >= 7
    for name in plain:
        for part in {name, clean_name(name)}:
            assert [c for c in group if getattr(cw, c).search(part)] == [], part
    assert _plain_name("全社会固定资产投资") is None  # (投: 安排, 投入 of a payer)
    assert _plain_name("收入", _LATER_NAME_CUES) == "收入"  # (a bare measure: its owner is sought, these rules skip it)
    assert _plain_name("这些农场的耕地面积", _LATER_NAME_CUES) is None  # (这: a pointer)


@pytest.mark.parametrize("sentence, want", [
    # a payer and its verb before what it pays (payer_spend_lead)
    ("今年中央财政安排科技投入716亿元，比上年增长19.2%，地方和企业也都要增加科技投入。",
     [("中央财政科技投入", "level"), ("中央财政科技投入", "yoy_pct")]),
    # 新增 after what is added (tail_addition)
    ("居民储蓄存款新增６３００多亿元。", [("居民储蓄存款", "abs_change")]),  # (a balance: it rises by the figure)
    # a share within a whole, owned by the clause before (share_of_whole_name)
    ("　　服务业快速发展，在国内生产总值中占比提高2.5个百分点。", [("服务业在国内生产总值中占比", "pp_diff")]),
    # a place's rate (region_name)
    ("一九七一年到一九七八年的人口自然增长率，四川省由千分之二十九降到千分之六点一，上海市由千分之七降到千分之五点一，"
     "他们的经验应该在全国城乡推广。",
     [("四川省人口自然增长率", "rate_pct")] * 2 + [("上海市人口自然增长率", "rate_pct")] * 2),
    # the work, not the effort on it (effort_frame)
    ("加大拆违力度,力争7月底前完成进度达到70%,10月底基本完成全年任务。", [("拆违", "completion_pct")]),
    # the place before the quantity (place_subject); a plain name
    ("一季度,全县实现地区生产总值56.82亿元,增长4.6%。", [("地区生产总值", "level"), ("地区生产总值", "yoy_pct")]),
    # a contribution of the subject before (contribution_name)
    ("规模工业中,战略性新兴产业工业产值增长77.2%,增幅高于全市平均水平55.4个百分点,对规模以上工业贡献率为73.7%。",
     [("战略性新兴产业工业产值", "yoy_pct"), ("战略性新兴产业工业产值", "pp_diff"),
      ("战略性新兴产业工业产值对规模以上工业贡献率", "rate_pct")]),
    # the units a pointer 这些 points to (pointed_units, read later)
    ("　　在１９５５年，国营机械化农场由１９５４年的９７个增加到１０６个，这些农场的耕地面积增加到４０４万亩，比１９５４年增加了４５％。",
     [("国营机械化农场", "level")] * 2 + [("国营机械化农场的耕地面积", "level"), ("国营机械化农场的耕地面积", "change_pct")]),
])
def test_the_name_rules_read_the_names_they_key_on(sentence, want):
    facts = extract_facts(sentence)
    assert list(zip(facts["indicator"], facts["measure"], strict=True)) == want
