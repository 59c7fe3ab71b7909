"""The fast forms of the compiled rules match exactly what the rules say."""

import dataclasses
import importlib
import re
import re._constants as sre_constants
import re._parser as sre_parse

import pytest

from dhcheng_analysis.cuewords import (
    CueViews,
    LayoutViews,
    TokenViews,
    _line_needles,
    _opening_group,
    _top_alternatives,
    back_reach,
    compiled,
    final_chars,
    first_chars,
    gated,
    last_chars,
    layout_views,
    scan_lines,
    token_views,
    widest,
)
from dhcheng_analysis.report import bundled_path

TEXTS = [
    bundled_path().read_text(encoding="utf-8")[:6000],
    "截至6月底，全区一般公共预算收入完成96.9亿元,同比下降7%;上半年比例为1.6:49.7:48.7，增幅近1/4。\n"
    "2019年，预计全年增长5%左右，力争完成全年任务的50%。索引号 00250027-9/2023-27322 (见表1)\n",
    "10:30开会\n三次产业结构为6.7∶24.9∶68.4\n12/31\n1/2/3\n见图2与表10\n\n",
]

PHRASES = re.compile(r"上半年|(?<=\d)月份|(?:前三|第四)季度|(?:19|20)\d{2}年(?=[,，])")


def _spans(matches):
    return [(m.span(), m.groups()) for m in matches]


VIEWS = ((compiled, CueViews), (token_views, TokenViews), (layout_views, LayoutViews))


def _pattern_fields():
    """(views, field name) of every compiled pattern, read from the annotations: collecting the tests
    compiles no rule."""
    for views, cls in VIEWS:
        for f in dataclasses.fields(cls):
            if f.type == "re.Pattern[str]":
                yield views, f.name


def _rule_patterns():
    for views, _ in VIEWS:
        for f in dataclasses.fields(views()):
            v = getattr(views(), f.name)
            if isinstance(v, re.Pattern):
                yield f.name, v


def _rules_read_by(read):
    """(name, pattern, what ``read`` reads off it) of every compiled rule ``read`` reads something off (not None)."""
    for name, rx in _rule_patterns():
        if (value := read(rx)) is not None:
            yield name, rx, value


def test_a_phrase_alternation_is_gated_and_matches_the_same():
    g = gated(PHRASES)
    assert g is not PHRASES and g.pattern.startswith("(?=[")
    for text in TEXTS:
        assert _spans(g.finditer(text)) == _spans(PHRASES.finditer(text))
        for pos in range(0, len(text), 7):
            assert (g.match(text, pos) is None) == (PHRASES.match(text, pos) is None)


def test_patterns_that_fail_fast_or_may_match_nothing_stay_as_they_are():
    for rx in (re.compile(r"\d+年"), re.compile(r"其中|其它"), re.compile(r"(?:上年)?"), re.compile(r"[^x]a|b")):
        assert gated(rx) is rx
    assert gated(re.compile(r"(?:上年)?同期")).pattern == "(?=[上同])(?:(?:上年)?同期)"


def test_a_pattern_opening_on_one_character_is_led_by_its_class_and_matches_the_same():
    # zero-width tests, then one item of one character: the class consumed first, the item read behind it
    texts = TEXTS + ["较去年末增长5%,去年末余额3亿元;今年底完成,上年末、本年底前。年初余额\n所占比重,1,234、5"]
    for src in (r"(?<![比较同与从由至到])(?:(?P<last>去|上)|今|本)年(?P<end>末|底)(?![前以])",
                r"(?!(?<=[0-9]),(?=[0-9]{3}(?![0-9])))[,;。]", r"^年(?P<end>初)", r"(?<=所)占的?(?:比重|比例)"):
        rx = re.compile(src)
        g = gated(rx)
        assert g.pattern.startswith("[") and "](?<=" in g.pattern, src
        for text in texts:
            assert _spans(g.finditer(text)) == _spans(rx.finditer(text))
            for pos in range(len(text)):
                a, b = g.match(text, pos, pos + 12), rx.match(text, pos, pos + 12)
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (src, pos)


def test_the_alternatives_of_a_gated_alternation_are_led_each_by_its_class_and_match_the_same():
    # (a regression fixture written for the test) the alternatives inside the named groups that open with zero-width
    # tests and one character are led by it; one opening on a group of words is gated by its first characters
    texts = TEXTS + ["预计全年增长5%，有望达到6%，还会有新增；市下达的3亿元，已完成。明年力争增长7%，要把总量控制在5亿元以内"]
    src = (r"(?P<estimate>预计|(?<![没不])[有可]望(?=[^,;。]{0,8}?达到)|(?<=[还也仍])会有|(?<![已没])(?:可以|能够)达到)"
           r"|(?P<target>(?:市|区)下达的(?=[0-9])|(?<!预计)明年|力争|(?<![主重])要(?=[^,;。]{1,14}?控制))"
           r"|(?P<actual>(?<![未])已(?:经)?)")
    rx = re.compile(src)
    g = gated(rx)
    assert g.pattern.startswith("(?=[") and "|[有可](?<=" in g.pattern and "|(?=[可能])(?:" in g.pattern
    assert "(?P<target>" in g.pattern and "[明](?<=" in g.pattern
    for text in texts:
        assert [(m.span(), m.lastgroup, m.groups()) for m in g.finditer(text)] == [
            (m.span(), m.lastgroup, m.groups()) for m in rx.finditer(text)]
        for pos in range(len(text)):
            a, b = g.match(text, pos), rx.match(text, pos)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), pos


def test_the_alternatives_of_a_group_opening_a_gated_pattern_are_led_and_match_the_same():
    # (a regression fixture written for the test) the group of words a count of months opens with
    rx = re.compile(r"(?:连续|(?<![提此之以])前|(?<![推延滞落])后|过去)(?P<n>\d{1,2}|[一二三四五六七八九十两]{1,3})(?=个多?月|多?天)")
    g = gated(rx)
    assert "|[前](?<=" in g.pattern and "|[后](?<=" in g.pattern
    for text in TEXTS + ["连续3个月增长，前两个月下降，此前5个月，过去十天里，推后2天"]:
        assert _spans(g.finditer(text)) == _spans(rx.finditer(text))


def test_the_alternatives_and_the_opening_group_of_a_pattern_pass_over_classes_and_escapes():
    # (a regression fixture written for the test) a bar or parenthesis inside a class or escaped splits nothing
    src = r"(?:[(|]a|\(b)c|[]|]d|e\|f"
    assert _top_alternatives(src) == [r"(?:[(|]a|\(b)c", r"[]|]d", r"e\|f"]
    assert _opening_group(src) == ("(?:", src.index(")c"))
    assert _opening_group(r"\(a|b") == (None, -1) and _top_alternatives("a") == ["a"]


def test_the_annotations_name_every_compiled_pattern():
    assert [name for name, _ in _rule_patterns()] == [name for _, name in _pattern_fields()]


@pytest.mark.parametrize(("views", "name"), [pytest.param(v, n, id=n) for v, n in _pattern_fields()])
def test_every_gated_rule_matches_what_its_source_matches(views, name):
    rx = getattr(views(), name)
    assert isinstance(rx, re.Pattern), name
    source = re.compile(rx.pattern[rx.pattern.index("(?:") + 3:-1]) if rx.pattern.startswith("(?=[") else rx
    for text in TEXTS:
        assert _spans(rx.finditer(text)) == _spans(source.finditer(text))


# The patterns :func:`mentions._claims` runs over the whole text of a report: each must open with a literal or a
# character class, the one opening on which the regex engine skips to the positions a match may start at by itself
# (a look-ahead gate in front is tried at every character of the text).
WHOLE_TEXT_CLAIMS = ("contact_number", "site_code", "streak", "term_number", "attachment", "slogan_phrase",
                     "name_phrase", "footnote", "page_number", "page_number_bare")


def _opens_with_class(rx: re.Pattern[str]) -> bool:
    data = sre_parse.parse(rx.pattern, rx.flags).data
    while data and data[0][0] is sre_constants.SUBPATTERN:
        data = data[0][1][3].data
    op, av = data[0]
    return op in (sre_constants.LITERAL, sre_constants.IN) or (
        op is sre_constants.BRANCH and all(b.data and b.data[0][0] is sre_constants.LITERAL for b in av[1]))


@pytest.mark.parametrize("name", WHOLE_TEXT_CLAIMS)
def test_every_whole_text_claim_opens_with_a_character_class(name):
    assert _opens_with_class(getattr(token_views(), name)), name


def test_a_pattern_behind_a_look_ahead_gate_does_not_open_with_a_class():
    assert not _opens_with_class(re.compile(r"(?=[连前])(?:连续|前)(?P<n>\d{1,2})"))
    assert _opens_with_class(re.compile(r"(?P<n>[\d一二](?<=连续.)\d?)"))


@pytest.mark.parametrize(("text", "streak", "term"), [
    ("有些基本建设单位的计划在过去五个月中没有完成", ["五"], []),  # national report 1956
    ("根据前十一个月的实绩", ["十一"], []),  # national report 1981
    ("香港回归八个多月以来", ["八"], []),  # national report 1998
    ("增速连续5个月高于全国平均水平", ["5"], []),  # real excerpt beijing_2017_h1
    ("增值税收入(50%部分)672890万元", [], ["50"]),  # real excerpt shangcheng_hz_2022_h1_budget
    ("其中6个指标在16区排名进入前3名", [], ["16"]),  # real excerpt dongcheng_2017_h1
    # constructed fixtures: a guard word before 前 or 后, a count too long, a count after another figure
    ("提前3个月，推后5天，连续123个月，过去1五个月以来，十二个区里名列第一", [], ["十二"]),
])
def test_the_class_led_streak_and_term_number_find_their_counts(text, streak, term):
    tv = token_views()
    assert [m.group("n") for m in tv.streak.finditer(text)] == streak
    assert [m.group("n") for m in tv.term_number.finditer(text)] == term


@pytest.mark.parametrize("rx", [token_views().ratio, token_views().fraction, token_views().index_number,
                                token_views().figure_reference, re.compile(r"\d\d?[:：]\d{2}(?![\d])"),
                                re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})(?![\d/])")])
def test_scan_lines_reads_only_some_lines_and_finds_every_match(rx):
    assert _line_needles(rx) is not None
    for text in TEXTS + ["".join(TEXTS), "1/4", "\n1/4\n"]:
        assert _spans(scan_lines(rx, text)) == _spans(rx.finditer(text))


def test_scan_lines_reads_the_whole_text_for_patterns_that_may_cross_a_line():
    for src in (r"1\s*/\s*4", r"/$", r"[^a]/", r"(?<=\n)/", r"\D/"):
        rx = re.compile(src)
        assert _line_needles(rx) is None
        text = "1\n/\n4 /a/\n"
        assert _spans(scan_lines(rx, text)) == _spans(rx.finditer(text))


def _matches_at_each_start(rx: re.Pattern[str], text: str):
    """(position, match) of ``rx.match(text, position)`` at every position of ``text`` where it matches: a search
    from a position finds the first position on where the rule matches, and its match there, so the positions
    where it matches nothing are passed over in one call instead of one each."""
    pos = 0
    while pos <= len(text) and (m := rx.search(text, pos)) is not None:
        yield m.start(), m
        pos = m.start() + 1


def test_first_chars_lists_every_character_a_match_may_start_with():
    assert first_chars(re.compile("上半年|(?:前三|第四)季度")) == frozenset("上前第")
    assert first_chars(re.compile(r"[^,]+")) is None and first_chars(re.compile(r"(?:年)?底")) == frozenset("年底")
    assert first_chars(re.compile(r"a?")) is None  # may match the empty string
    assert first_chars(re.compile(r"[\u4e00-\u9fff]{1,3}园"), han=True) == frozenset()
    assert first_chars(re.compile(r"(?P<a>万|亿)?(?P<b>元)?"), empty=True) == frozenset("万亿元")


def test_first_chars_of_every_compiled_rule_start_each_of_its_matches_in_the_texts():
    checked = 0
    for name, rx in _rule_patterns():
        chars = first_chars(rx, empty=True)
        if chars is None:
            continue
        checked += 1
        for text in TEXTS + ["收入、1、2亿元,3万余人,4千万元,5.5 %,6个百分点"]:
            for pos, m in _matches_at_each_start(rx, text):
                if m.end() > pos:
                    assert text[pos] in chars, (name, text[pos:pos + 10])
    assert checked > 20 and compiled().unit_first is not None


def test_last_chars_lists_every_character_a_string_holding_a_match_may_end_with():
    assert last_chars(re.compile("(?:上升|下降)为$")) == frozenset("为\n")  # ($ matches before a last line break too)
    assert last_chars(re.compile(r"(?:增长|下降(?:了)?)$|比重$")) == frozenset("长降了重\n")
    assert last_chars(re.compile("增长")) is None  # not anchored at the end
    assert last_chars(re.compile("增长$|下降")) is None and last_chars(re.compile(r"[^,]$")) is None
    assert last_chars(re.compile("(?:增长)?$")) is None  # may match the empty string


def test_last_chars_of_every_compiled_rule_end_each_clause_of_the_texts_it_is_found_in():
    checked = 0
    for name, chars in compiled().ends.items():
        if not isinstance(chars, frozenset):
            continue
        checked += 1
        rx = getattr(compiled(), name)
        for text in TEXTS:
            for pos in range(1, len(text), 3):
                clause = text[max(0, pos - 30):pos]
                if rx.search(clause) is not None:
                    assert clause[-1] in chars, (name, clause)
    assert checked > 20


def test_final_chars_lists_every_character_a_match_may_end_with():
    """Regression fixtures written for the test."""
    assert final_chars(re.compile("(?:上升|下降)为")) == frozenset("为")
    assert final_chars(re.compile(r"收入(?:增长|下降(?:了)?)(?=的)")) == frozenset("长降了")  # (a look-ahead: nothing)
    assert final_chars(re.compile("增长[^,]")) is None and final_chars(re.compile("增长(?:了)?|")) is None


def test_final_chars_of_every_compiled_rule_end_each_span_of_the_texts_it_matches_in_full():
    """Every compiled rule over spans of the texts above: a span the rule matches in full ends with one of its final
    characters."""
    checked = 0
    for name, rx, chars in _rules_read_by(final_chars):
        checked += 1
        for text in TEXTS:
            for end in range(1, len(text), 5):
                if rx.search(text, max(0, end - 24), end) is None:
                    continue  # (no start in the window matches at all, so none matches up to the end)
                for start in range(max(0, end - 24), end, 3):
                    if rx.fullmatch(text, start, end) is not None:
                        assert text[end - 1] in chars, (name, text[start:end])
    assert checked > 100


def test_widest_bounds_every_match_of_a_rule():
    """Regression fixtures written for the test, and every compiled rule over the texts above: no match spans more
    characters than the rule's widest, and a rule that may run on without bound has none."""
    assert widest(re.compile("(?:左右)?、[^，]{1,40}的目标(?!任务)")) == 46  # (a look-ahead spans nothing)
    assert widest(re.compile("增长[^，]*的目标")) is None and widest(re.compile("增长", re.I)) is None
    checked = 0
    for name, rx, width in _rules_read_by(widest):
        checked += 1
        for text in TEXTS:
            for m in rx.finditer(text):
                assert m.end() - m.start() <= width, (name, m.group())
    assert checked > 100


def test_back_reach_bounds_how_a_search_of_a_cut_out_window_differs_from_one_in_place():
    """Regression fixtures written for the test, and every compiled rule over windows of the texts above: a match in
    place further from the window's start than the rule's reach is found in the window, and, where no look-behind of
    the rule is negated, every match in the window is one in place."""
    assert back_reach(re.compile("(?<=财政|政府)[一二三四五]年")) == (2, False)
    assert back_reach(re.compile("[共](?<=(?<=[一-龥]{2})共)")) == (3, False)
    assert back_reach(re.compile("(?<![同与])[一-龥]{2}每年")) == (1, True)
    assert back_reach(re.compile("(?!(?<=全国))每年")) == (2, True)
    assert back_reach(re.compile("^收入")) is None and back_reach(re.compile(r"\b收入")) is None
    checked = 0
    for name, rx, (reach, negated) in _rules_read_by(back_reach):
        checked += 1
        for text in TEXTS:
            for a in range(0, len(text) - 40, 797):
                window = text[a:a + 200]
                at = {m.start() + a for m in rx.finditer(window)}
                placed = {m.start() for m in rx.finditer(text, a, a + 200)}
                assert {i for i in placed if i >= a + reach} <= at, (name, a)
                if not negated:
                    assert at <= placed, (name, a)
    assert checked > 100


def test_a_long_window_is_searched_and_stripped_in_place_as_it_is_when_cut_out():
    """Constructed fixtures: runs of list figures with no stop, with spans of years after a payer, times, inner words
    and bases per person among them or after them. Asked from every place in turn to the end, as the figures of a run
    ask, whether the window holds a match (``holds_match``) and what is left of it with the words a name drops taken
    out (``strip_split``) are what the window cut out gives."""
    from dhcheng_analysis.facts import _SentenceState, _strip_inner

    cw = compiled()
    runs = ["收入" + "、1" * 300 + tail for tail in ("年", "财政五年支出", "我国在2019年的产量", "全国累计完成", "每人")]
    runs += ["收入" + ("、1" * 40 + word) * 8 for word in ("财政五年", "我国在2019年的", "全国累计完成", "中央财政拟安排资金")]
    decided = 0
    for text in runs:
        st = _SentenceState.of(text, 0, len(text))
        for a in range(0, len(text) - 200, 3):
            for name in ("name_payer_span", "person_basis", "name_inner"):
                rx = getattr(cw, name)
                assert st.holds_match(rx, name, text, a, len(text)) == (rx.search(text[a:]) is not None), (name, a)
            if (split := st.strip_split(text, a, len(text))) is not None:
                decided += 1
                p, kept, at = split
                stripped = _strip_inner(text[a:], cw)
                assert text[a:p] + kept.text[at:] == stripped, a
                for word in ("收入", "支出", "资金", "中央财政资金", "产量", stripped[-4:], stripped[3:6]):
                    assert st.split_holds(text, word, a, split) == (word in stripped), (a, word)
    assert decided > 300


def test_a_pattern_after_a_figure_is_passed_over_only_where_no_match_may_end_in_its_sentence():
    """The bundled report: the target word closing a list (能耗降低4%左右、…减少2%的目标), looked for after each figure
    followed by a pause mark, is passed over (``may_end``) only where the pattern finds no match there."""
    import dhcheng_analysis as dh
    from dhcheng_analysis.facts import _SentenceState

    report = dh.load_report()
    norm, cw = report.norm, compiled()
    passed = 0
    for sentence in report.sentences:
        st = _SentenceState.of(norm, sentence.start, sentence.end)
        for pos in range(sentence.start, sentence.end):
            if norm[pos] in cw.starts["target_after_listed"] and not st.may_end("target_after_listed", norm, pos):
                passed += 1
                assert cw.target_after_listed.match(norm, pos) is None, norm[pos:pos + 50]
    assert passed > 30


def test_comma_name_joints_hold_every_comma_inside_a_comma_name():
    cw = compiled()
    assert cw.comma_name_joints is not None and "输、软" in cw.comma_name_joints
    text = "信息传输、软件和信息技术服务业、农、林、牧、渔业、制造业、文化、体育和娱乐业增长5%"
    for i, ch in enumerate(text):
        if ch == "、":
            inside = any(m.start() < i < m.end() for m in cw.comma_names.finditer(text))
            assert inside == (text[i - 1:i + 2] in cw.comma_name_joints)


def test_the_role_read_with_first_character_checks_is_the_role_the_full_rules_give(monkeypatch):
    """Regression fixture (texts written here): the roles decided from the characters around a number
    (a year before 年, a figure before a unit) are the roles every rule read in turn gives."""
    mentions = importlib.import_module("dhcheng_analysis.mentions")
    texts = [*TEXTS, "收入、1、1、2%。1998、1999年。1、2版。第3名, 每50公斤, 分3批, 1.2.3, A1, 5%。"
             "2020-2021年, 110千伏, 60岁以上, 12345热线, 15分钟生活圈, 3-5月, 8大行动, 798艺术区, 2,3。"
             "2024年, 2023年接诉即办, 第2024年, A2024年, 12.2024年, 50万千瓦机组, 3.5万元, 4.0万元, 双11期间, 618购物节,"
             "每增长1个百分点, 前3名, 分3批, 30多年, 3年, 5成, 7.21特大暴雨, 2023.06, 80后干部, 3个阶段, 15天, 6月, 24时。"
             "15公里, 5公顷, 3公里健身圈, 300多万元, 30多年, 20余家, 20余年。推动工业4.0发展, 应对7.21暴雨洪水。"]
    cases = [(norm, m.start(), m.end(), m.group()) for norm in texts for m in re.finditer(r"\d+(?:\.\d+)?", norm)]
    fast = [mentions._arabic_role(*c) for c in cases]
    monkeypatch.setattr(mentions, "_role_after", lambda: None)
    monkeypatch.setattr(mentions, "_role_starts", lambda: (None,) * 4)
    monkeypatch.setattr(mentions, "_role_read_han", lambda: None)  # 2024年, 3.5万元 read through the rules in turn
    monkeypatch.setattr(mentions, "_start_guards", lambda: (None, None))  # 双11, 每增长1个 matched at every number
    assert fast == [mentions._arabic_role(*c) for c in cases]
    assert {"figure", "version", "ordinal", "name", "year"} <= set(fast)


def test_the_mentions_read_with_the_first_characters_after_a_figure_are_those_the_full_patterns_give(monkeypatch):
    """Regression fixture (texts written here): a counted slogan's tail and the 成 of tenths, tested only after
    the characters their patterns may start with, give the mentions matching at every figure gives."""
    mentions = importlib.import_module("dhcheng_analysis.mentions")
    report = mentions.load_report("\n".join([*TEXTS, "坚持2个毫不动摇，近8成受访企业，超6成，实现两个确保，推进三个一批，"
                                                      "突出三个重点，强化四个保障。完成3个项目，8成以上，19·5％。"]))
    fast = mentions.find_mentions(report)
    monkeypatch.setattr(mentions, "_after_figure_firsts", lambda: (None, None))
    assert fast == mentions.find_mentions(report)
    assert {"slogan", "figure"} <= {m.role for m in fast} and "cheng" in {m.kind for m in fast}


def test_the_han_characters_the_role_rules_read_come_from_their_patterns(monkeypatch):
    """Regression fixture: a rule pattern that may start with any Han character (a range of them) turns the
    reading of a role from the character after a number off, as one no short list of characters bounds does."""
    mentions = importlib.import_module("dhcheng_analysis.mentions")
    read = mentions._role_read_han.__wrapped__
    assert read() is not None
    tv = dataclasses.replace(token_views(), age_group=re.compile(r"[\u4e00-\u9fff]岁"))
    monkeypatch.setattr(mentions, "token_views", lambda: tv)
    assert read() is None
