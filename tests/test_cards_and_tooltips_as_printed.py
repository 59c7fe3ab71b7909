"""A card's derived amounts are shown in the unit its level is printed in, as the overview table shows them; a figure
shown alone (a tooltip of the annotated report) is shown as printed: an amount in its unit, a rank among the first few
as such (排名全市前三: 前3, not 第3).

Shangcheng final accounts of 2021 (real text): 2021年全区财政总收入决算为3777878万元,完成收入预期的98.3%,增长5.8%; …
一般公共预算收入预期为2020300万元,…决算为2013817万元,完成预期的99.7%,增长7.6%. The card of 财政总收入 reads
3,777,878万元 and, below it, 推算上年 3,570,773万元 (the figure is of the whole year 2021) (formerly 357.1亿元, beside 3,570,773万元 in the table); the
target the report prints is shown as printed, 2,020,300万元 (formerly 202.03亿元), in the tooltip of the annotated report too.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from _cards import real_cards
from _real_tables import real_facts, real_report

import dhcheng_analysis as dh

REAL = Path(__file__).resolve().parent / "gold" / "real" / "texts"


def _read(path: Path) -> tuple[dh.Report, pd.DataFrame]:
    """The excerpt and its facts, read once a test process (``annotated_body`` marks these facts, the ones it reads
    of the report when given none)."""
    return real_report(path), real_facts(path)


def test_a_cards_prior_level_and_target_are_in_the_unit_of_its_level():
    cards = real_cards("shangcheng_hz_2022_h1_budget")[0]
    total, general = cards["财政总收入"], cards["一般公共预算收入"]
    assert total["card-level"] == "3,777,878万元"
    assert total["card-derived"] == "推算上年 3,570,773万元；推算全年目标 3,843,213万元"
    assert general["card-derived"] == "推算上年 1,871,577万元；全年目标 2,020,300万元"


def test_a_level_printed_in_yi_keeps_its_derived_amounts_in_yi():
    # Minhang bulletin of 2015: 全年实现财政总收入627.85亿元,比上年增长8.0%
    cards = real_cards("minhang_sh_2015_bulletin")[0]
    assert cards["财政总收入"]["card-derived"] == "推算上年 581.3亿元"


def test_the_annotated_report_shows_an_amount_in_the_unit_it_was_printed_in():
    # 区人代会审议通过2021年全区一般公共预算收入预期为2020300万元: the tooltip's value 2,020,300万元 (formerly 202.03亿元,
    # where the actual beside it, 2013817万元, read 2,013,817万元 and the overview 全年目标 2,020,300万元)
    import html
    import re

    from dhcheng_analysis import annotate

    body = html.unescape(annotate.annotated_body(*_read(REAL / "shangcheng_hz_2022_h1_budget.txt")))
    values = dict(re.findall(r'<span class="dh-k">数值</span><span class="dh-v">([^<]*)</span></span>'
                             r'<span class="dh-row"><span class="dh-k">原文写法</span><span class="dh-v">([^<]*)</span>', body))
    printed = {v: k for k, v in values.items()}
    assert printed["2020300万元"] == "2,020,300万元" and printed["2013817万元"] == "2,013,817万元"


def test_a_place_among_the_first_few_is_shown_as_such():
    # Chaoyang, first half of 2024: 围挡治理等12项任务完成量排名全市前三 (one of the first three, not the third)
    import html
    import re

    from dhcheng_analysis import annotate

    body = html.unescape(annotate.annotated_body(*_read(REAL / "chaoyang_2024_h1.txt")))
    shown = re.findall(r'<span class="dh-k">数值</span><span class="dh-v">([^<]*)</span></span>'
                       r'<span class="dh-row"><span class="dh-k">原文写法</span><span class="dh-v">前三</span>', body)
    assert shown == ["前3"]
