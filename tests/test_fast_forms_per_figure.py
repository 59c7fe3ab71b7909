"""The cheaper forms of what is read for every figure find what the plain forms find.

The run of characters a counted noun may span (``following_run``) is read Han characters first: it ends
where the class of every character a noun may not hold (a clause stop, the list comma, a digit of any script
other than one of a word of letters and digits, PM2.5) ends it, and no Han character is one of those. The cues of a percentage searched over its clause, and of a
share's base over its wide clause, are begun where the first character one of them may start with stands:
each finds what it finds searched alone."""

import re

from dhcheng_analysis.cuewords import _digit_class_body, compiled
from dhcheng_analysis.facts import _PERCENT_MOVE_CUES, _SHARE_BASE_CUES, _cues_start, _search_cue
from dhcheng_analysis.report import bundled_path
from dhcheng_analysis.vocab import extractor_cues

CLAUSES = [
    "超过原定的年度计划百分之四点一",
    "人口自然增长率由上年的1.2％下降到",
    "增长速度由今年预计的３％提高到",
    "降幅由8%收窄至",
    "全年居民消费价格涨幅上升到",
    "全年一般公共预算收入下降至",
    "已恢复至2019年同期的",
    "恢复至去年同期的",
    "占全区",
    "已接近高中阶段学生人数的",
    "1、" * 40,
    "",
]


def _plain_run() -> re.Pattern[str]:
    cw = compiled()
    token = extractor_cues().following_token_regex
    return re.compile("(?:[^" + "".join(map(re.escape, sorted(cw.following_blockers))) + _digit_class_body()
                      + "A-Za-z]|" + token + ")*")


def test_no_han_character_ends_a_counted_noun():
    blockers = compiled().following_blockers
    assert not [hex(c) for c in range(0x3400, 0xA000) if chr(c) in blockers or chr(c).isdigit()]


def test_the_run_ends_where_the_plain_class_ends_it():
    run, plain = compiled().following_run, _plain_run()
    text = bundled_path().read_text(encoding="utf-8")[:8000]
    texts = [text, "7651所学校受益，27个省、自治区、直辖市工业效益好于上年", "第三产业𐩀x", "abc🄀def", "２３个项目⑴"]
    for s in texts:
        for a in range(len(s)):
            for b in (min(len(s), a + 18), len(s)):
                assert run.match(s, a, b).end() == plain.match(s, a, b).end(), (s[a:b], a)


def test_the_cues_begun_at_their_first_start_find_what_each_finds_alone():
    cw = compiled()
    for names in (_PERCENT_MOVE_CUES, _SHARE_BASE_CUES):
        for s in CLAUSES:
            at = _cues_start(names, s)
            for name in names:
                rx = getattr(cw, name)
                got, want = _search_cue(rx, name, s, at), rx.search(s)
                assert (got and got.span(), got and got.groupdict()) == (want and want.span(), want and want.groupdict()), (name, s)
