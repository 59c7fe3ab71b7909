"""A whole year (全年) of a text whose years are not known is the bare year the text frames it with.

A district bulletin excerpt without its title opens with its year (2021年,是“十四五”开局之年,…): its 年末 figures
are of 2021年末 already, and its 全年 figures are of 2021年, not of a bare 全年 that stacks with no year. A text
whose years are known keeps reading 全年 through them; a plan's 全年 and a half-year report's (framed by 上半年,
no bare year) are left as they were. Verbatim: lines of the bulletin excerpt district_2021_bulletin_rank
(tests/gold/real/texts), its first paragraph and the paragraphs of its population figures.
"""

from __future__ import annotations

from _sentences import fact

BULLETIN = (
    "2021年,是“十四五”开局之年,面对复杂多变的经济环境和艰巨繁重的改革发展稳定任务,区委、区政府统筹疫情防控和经济社会发展,"
    "聚焦高质量发展这一主题,弘扬伟大建党精神,共克时艰,砥砺前行,全区各项事业取得新进展。\n"
    "年末全区户籍人口29.5万人,其中:城镇人口20.8万人,乡村人口8.7万人。全年出生人口1552人,出生率为5.3‰;死亡人口1911人,"
    "死亡率为6.5‰;人口自然增长率为-1.2‰。\n"
)


def test_whole_year_figures_take_the_year_the_text_opens_with() -> None:
    for mention in ("1552人", "5.3‰", "1911人", "6.5‰", "-1.2‰"):
        assert fact(BULLETIN, mention)["period"] == "2021年", mention


def test_year_end_figures_keep_the_years_end() -> None:
    assert fact(BULLETIN, "29.5万人")["period"] == "2021年末"


# written regression fixtures: the figures the rule leaves as they were
def test_fixture_a_target_for_the_whole_year_keeps_its_word() -> None:
    assert fact(BULLETIN + "全年地区生产总值力争增长6%左右。\n", "6%")["period"] == "全年"


def test_fixture_a_half_year_frame_names_no_year() -> None:
    text = "上半年,全区各项事业取得新进展。\n全年出生人口1552人,出生率为5.3‰。\n"
    assert fact(text, "1552人")["period"] == "全年"
