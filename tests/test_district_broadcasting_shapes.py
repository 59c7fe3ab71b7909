"""Figures of the radio, television, film and press reports (广播电视工作总结, 新闻出版工作报告, 电影工作情况) of districts
and counties.

Such a report prints the coverage of the population by radio and television programmes (广播、电视节目综合人口覆盖率
分别达到…%), the cable television subscribers (有线电视用户…万户, 其中高清用户…), the satellite and village links
(直播卫星户户通, 应急广播), the programmes produced and broadcast (制作电视剧…部…集, 纪录片…小时, 网络视听节目), the
titles published and their copies (出版图书…种，总印数…万册; 报纸…种，年发行量…万份), the village reading rooms
(农家书屋…个) and reading events (全民阅读活动), and the film market: the box office (电影票房…亿元), the admissions
(观影人次), the cinemas and screens (影院…家，银幕…块) and the free showings in the villages (农村电影放映…场，观众…).

The national reports print the kind in these words: 广播和电视的人口覆盖率都达到了85％以上 (1998.txt); 五年出版图书
十一万种，共印二百三十九亿册（张） (1983.txt); 广播电视“村村通”工程向“户户通”升级 (2015.txt); 突出抓好广播电视村村通
工程、…、农村电影放映工程、农家书屋工程 (2007.txt); 电影故事片的摄制，…计划由一九八○年的八十二部增加到一九八五年的
一百二十部 (1982.txt) — all under /work/shared/corpus/national_work_reports/. The district excerpts under
/work/shared/gold/real/ and /work/shared/examples/unseen/ print none of the kind.

The rules: the copies or plays of titles printed under a bare name (总印数, 年发行量, 累计播放量) or a bare verb of
printing (共印) after a count of the titles published or produced (种, 部) are those of the titles, named by them less
the verb publishing them (出版图书1520种，总印数860万册 → 图书总印数), and so is the change printed after them; after a
list of titles (出版图书…种、期刊…种，总印数…) they are of them all and keep their bare name. A 分别 list of radio and
television shares the coverage words after 电视, 节目 and 综合 with them (广播、电视节目综合人口覆盖率 → 广播节目综合人口
覆盖率). The standard statistics of the kind have glossary keys; a narrower thing (城市影院票房收入) or a change
(新增影院) takes none of them.

Sentences written in the form of district reports, not real, are marked as regression fixtures; the real ones are
quoted with the file they come from.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

HEAD = "一、2023年广播电视和新闻出版工作情况\n"

# real: 五年出版图书十一万种，共印二百三十九亿册（张） (/work/shared/corpus/national_work_reports/1983.txt)
BOOKS_1983 = "五年出版图书十一万种，共印二百三十九亿册（张）。"
# real: 广播和电视的人口覆盖率都达到了8 5 ％以上 (/work/shared/corpus/national_work_reports/1998.txt), its digits closed up
COVERAGE_1998 = "广播和电视的人口覆盖率都达到了85％以上。"

# regression fixture in the form of a district press report (not real), modelled on 五年出版图书十一万种，共印二百三十九亿
# 册（张） (/work/shared/corpus/national_work_reports/1983.txt)
BOOKS = "全年出版图书1520种，总印数860万册。"
BOOKS_PRINTED = "全年出版图书1520种，共印860万册。"
PAPERS = "出版报纸3种，年发行量1200万份。"
PAPERS_CHANGE = "全年出版报纸3种，总印数1200万份，同比下降6.5%。"
JOURNALS = "出版期刊18种，总印数56万册，同比增长4.2%。"
TITLES_LISTED = "全年出版图书1520种、期刊18种，总印数860万册。"
PRESS_RUN = "全年报刊发行量达到3200万份。"
# regression fixture in the form of a district radio-television report (not real), modelled on 电影故事片的摄制，…计划由
# 一九八○年的八十二部增加到一九八五年的一百二十部 (/work/shared/corpus/national_work_reports/1982.txt)
NETCASTS = "制作网络视听节目1260部，累计播放量达2.3亿次。"
DRAMAS = "全年制作电视剧3部120集，纪录片45小时。"
# regression fixtures in the form of a district report (not real), modelled on 五年出版图书十一万种，共印二百三十九亿册
# （张） (/work/shared/corpus/national_work_reports/1983.txt): counts in 种 that are no titles, and titles printed by 编印
PRODUCTS = "推出新产品35种，年发行量12万册。"
ROUTES = "开发旅游线路12种，点击量达150万次。"
LEAFLETS = "编印宣传手册8种，共印5万册。"
ADVERTS = "制作公益广告25部，累计播放量达3000万次。"

# regression fixture in the form of a district radio-television report (not real), modelled on 广播和电视的人口覆盖率都
# 达到了8 5 ％以上 (/work/shared/corpus/national_work_reports/1998.txt)
COVERAGE = "全区广播节目综合人口覆盖率达到99.8%，电视节目综合人口覆盖率达到99.9%。"
COVERAGE_LIST = "广播、电视节目综合人口覆盖率分别达到99.6%和99.7%。"
COVERAGE_LIST_SHORT = "广播、电视节目人口覆盖率分别达到99.6%和99.7%。"
COVERAGE_BOTH = "全区广播、电视节目综合人口覆盖率均达到100%。"
# regression fixture in the form of a district radio-television report (not real), modelled on 广播电视“村村通”工程向
# “户户通”升级 (/work/shared/corpus/national_work_reports/2015.txt)
CABLE = "全县有线电视用户达到12.3万户，其中高清用户8.6万户，4K用户2.1万户。"
CABLE_CHANGE = "有线电视用户12.3万户，同比下降3.2%。"
CABLE_DROP = "全区有线电视用户12.3万户，较上年末减少0.4万户。"
SATELLITE = "广播电视“村村通”向“户户通”升级，完成户户通安装3200户。"

# regression fixture in the form of a district film report (not real), modelled on 突出抓好广播电视村村通工程、…、农村
# 电影放映工程、农家书屋工程 (/work/shared/corpus/national_work_reports/2007.txt)
BOX_OFFICE = "全年实现电影票房2.35亿元，同比增长18.6%。"
ADMISSIONS = "观影人次达到620万人次，增长15.2%。"
HALF_YEAR = "上半年，全区实现电影票房1.12亿元，观影人次312万人次，分别增长22.3%和18.1%。"
CINEMAS = "全区共有影院32家，银幕186块，座位2.4万个。"
NEW_CINEMAS = "新增影院3家、银幕21块。"
URBAN_SHARE = "城市影院票房收入1.86亿元，占全市的12.3%。"
RURAL_FILMS = "完成农村电影放映3600场，观众18万人次。"
RURAL_FREE_FILMS = "全年农村公益电影放映3600场，观众18万人次，实现“一村一月放映一场”。"
BOOKHOUSES = "全区共有农家书屋186个，实现行政村全覆盖。"
BOOKHOUSES_MID = "截至6月底，全区共有农家书屋186个、社区书屋52个。"
READING = "开展全民阅读活动420场次，参与群众12.6万人次。"


# -- the copies of the titles counted before them ------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    (BOOKS, "860万册", "图书总印数"),
    (BOOKS_PRINTED, "860万册", "图书印数"),  # (a bare verb of printing: the copies printed)
    (PAPERS, "1200万份", "报纸年发行量"),
    (PAPERS_CHANGE, "1200万份", "报纸总印数"),
    (JOURNALS, "56万册", "期刊总印数"),
    (NETCASTS, "2.3亿次", "网络视听节目播放量"),  # (部: programmes produced, their plays)
    (BOOKS_1983, "二百三十九亿册", "图书印数"),
    (LEAFLETS, "5万册", "宣传手册印数"),  # (编印: a verb of printing titles, dropped)
    (ADVERTS, "3000万次", "公益广告播放量"),
])
def test_copies_are_of_the_titles_counted_before(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


@pytest.mark.parametrize(("s", "printed", "name"), [
    (PAPERS_CHANGE, "6.5%", "报纸总印数"),
    (JOURNALS, "4.2%", "期刊总印数"),
])
def test_change_of_the_copies_is_of_the_titles_too(s, printed, name):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["measure"]) == (name, "yoy_pct")


@pytest.mark.parametrize(("s", "printed", "name"), [
    (BOOKS, "1520种", "出版图书"),  # (the count of titles keeps its verb, as a count of works does)
    (TITLES_LISTED, "860万册", "总印数"),  # (the copies of a list of titles are of them all)
    (PRESS_RUN, "3200万份", "报刊发行量"),  # (a circulation naming its own titles)
    (DRAMAS, "45小时", "纪录片"),  # (小时: no copies)
    (PRODUCTS, "12万册", "年发行量"),  # (种 of products, not titles: no verb of publishing, no word of titles)
    (ROUTES, "150万次", "点击量"),
])
def test_copies_of_no_one_title_keep_their_name(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


def test_books_and_copies_of_the_real_report():
    rows = facts(HEAD + BOOKS_1983)
    assert list(rows["indicator"]) == ["出版图书", "图书印数"]
    assert list(rows["indicator_key"]) == ["", "book_copies_printed"]
    assert set(rows["period"]) == {"2019-2023年"}


# -- the coverage of radio and television ---------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "key"), [
    (COVERAGE, "99.8%", "广播节目综合人口覆盖率", "radio_coverage"),
    (COVERAGE, "99.9%", "电视节目综合人口覆盖率", "tv_coverage"),
    (COVERAGE_LIST, "99.6%", "广播节目综合人口覆盖率", "radio_coverage"),
    (COVERAGE_LIST, "99.7%", "电视节目综合人口覆盖率", "tv_coverage"),
    (COVERAGE_LIST_SHORT, "99.6%", "广播节目人口覆盖率", "radio_coverage"),
    (COVERAGE_LIST_SHORT, "99.7%", "电视节目人口覆盖率", "tv_coverage"),
])
def test_coverage_words_are_shared_by_radio_and_television(s, printed, name, key):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["indicator_key"], f["measure"]) == (name, key, "rate_pct")


def test_coverage_both_at_once():
    rows = facts(HEAD + COVERAGE_BOTH)
    assert list(rows["indicator_key"]) == ["radio_coverage", "tv_coverage"]
    assert list(rows["value"]) == [100, 100]


def test_coverage_at_least_of_the_real_report():
    rows = facts(HEAD + COVERAGE_1998)
    assert list(rows["indicator_key"]) == ["radio_coverage", "tv_coverage"]
    assert set(rows["qualifier"]) == {"at_least"}


# -- the standard statistics of the kind have keys ------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "key", "measure"), [
    (CABLE, "12.3万户", "cable_tv_subscribers", "level"),
    (CABLE_CHANGE, "3.2%", "cable_tv_subscribers", "yoy_pct"),
    (CABLE_DROP, "0.4万户", "cable_tv_subscribers", "abs_change"),
    (BOX_OFFICE, "2.35亿元", "film_box_office", "level"),
    (BOX_OFFICE, "18.6%", "film_box_office", "yoy_pct"),
    (ADMISSIONS, "620万人次", "cinema_admissions", "level"),
    (ADMISSIONS, "15.2%", "cinema_admissions", "yoy_pct"),
    (HALF_YEAR, "1.12亿元", "film_box_office", "level"),
    (HALF_YEAR, "18.1%", "cinema_admissions", "yoy_pct"),
    (CINEMAS, "32家", "cinemas", "level"),
    (CINEMAS, "186块", "cinema_screens", "level"),
    (RURAL_FILMS, "3600场", "rural_film_screenings", "level"),
    (RURAL_FREE_FILMS, "3600场", "rural_film_screenings", "level"),
    (BOOKHOUSES, "186个", "village_reading_rooms", "level"),
    (BOOKHOUSES_MID, "186个", "village_reading_rooms", "level"),
    (BOOKS, "860万册", "book_copies_printed", "level"),
])
def test_standard_statistics_are_keyed(s, printed, key, measure):
    f = fact(HEAD + s, printed)
    assert (f["indicator_key"], f["measure"]) == (key, measure)


@pytest.mark.parametrize(("s", "printed", "name"), [
    (CABLE, "8.6万户", "高清用户"),  # (a part of the subscribers)
    (NEW_CINEMAS, "3家", "新增影院"),  # (cinemas added, no stock of them)
    (NEW_CINEMAS, "21块", "新增银幕"),
    (URBAN_SHARE, "1.86亿元", "城市影院票房收入"),  # (the urban cinemas' part of the box office)
    (BOOKHOUSES_MID, "52个", "社区书屋"),
    (PAPERS, "1200万份", "报纸年发行量"),
    (SATELLITE, "3200户", "户户通安装"),
])
def test_narrower_things_take_no_key_of_the_kind(s, printed, name):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["indicator_key"]) == (name, "")


def test_share_of_the_city_is_a_rate():
    f = fact(HEAD + URBAN_SHARE, "12.3%")
    assert (f["indicator"], f["measure"]) == ("城市影院票房收入", "rate_pct")


# -- the audience of the showings, those taking part in the reading events ------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    (RURAL_FILMS, "18万人次", "农村电影放映观众"),
    (RURAL_FREE_FILMS, "18万人次", "农村公益电影放映观众"),
    (READING, "12.6万人次", "全民阅读活动参与群众"),
    (READING, "420场次", "全民阅读活动"),
])
def test_audience_is_of_the_showings_counted(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- periods ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "period"), [
    (HALF_YEAR, "312万人次", "上半年"),
    (HALF_YEAR, "22.3%", "上半年"),
    (BOOKHOUSES_MID, "52个", "截至6月底"),
    (BOX_OFFICE, "2.35亿元", "2023年"),
])
def test_period_of_the_figures(s, printed, period):
    assert fact(HEAD + s, printed)["period"] == period
