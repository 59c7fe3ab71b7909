"""The run of characters a counted noun may span (``following_run``) is read Han characters first: it ends
where the class of every character a noun may not hold (a clause stop, the list comma, a digit of any script)
ends it, and no Han character is one of those."""

import re

from dhcheng_analysis.cuewords import _digit_class_body, compiled
from dhcheng_analysis.report import bundled_path


def _plain_run() -> re.Pattern[str]:
    cw = compiled()
    return re.compile("[^" + "".join(map(re.escape, sorted(cw.following_blockers))) + _digit_class_body() + "]*")


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
