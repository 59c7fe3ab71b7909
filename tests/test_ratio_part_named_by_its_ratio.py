"""A part of a ratio is named by the ratio its own clause prints (三次产业比例为1.6:49.7:48.7 → 第一产业, 第二产业, 第三产业):
its name is not carried from the sentence before, and the first part is not flagged ``subject_carried`` (the others
never were)."""
import dhcheng_analysis as dh

# real excerpt: tests/gold/real/texts/chengyang_qd_2022_bulletin.txt (verbatim, shortened)
CHENGYANG = "第三产业增加值657.12亿元,增长1.6%。三次产业比例为1.6:49.7:48.7。\n"
# real excerpt: tests/gold/real/texts/district_2021_bulletin_rank.txt (verbatim, shortened)
DISTRICT_2021 = "第三产业增加值62.4亿元,增长8.0%。三次产业结构由上年的6.9∶24.2∶68.9调整为6.7∶24.9∶68.4。\n"


def _parts(text: str) -> list[tuple[str, float, str]]:
    f = dh.extract_facts(dh.load_report(text))
    f = f[f["measure"] == "ratio"]
    return list(zip(f["indicator"], f["value"], f["flags"], strict=True))


def test_parts_of_a_ratio_printed_in_their_clause_are_not_carried():
    assert _parts(CHENGYANG) == [("第一产业", 1.6, ""), ("第二产业", 49.7, ""), ("第三产业", 48.7, "")]


def test_parts_of_a_ratio_from_the_year_before_are_not_carried():
    parts = _parts(DISTRICT_2021)
    assert [p[:2] for p in parts] == [("第一产业", 6.9), ("第二产业", 24.2), ("第三产业", 68.9),
                                      ("第一产业", 6.7), ("第二产业", 24.9), ("第三产业", 68.4)]
    assert not any("subject_carried" in p[2] for p in parts)
