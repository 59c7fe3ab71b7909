"""Figures of the archives and local chronicles work (档案工作, 地方志工作) as district and county offices print them.

Such a report gives the archives' holdings (馆藏档案…万卷（件）, 照片档案…张, 声像档案…盘), the files received from the
offices (接收进馆档案), the digitisation of the holdings (数字化…万画幅, 数字化率), their use (接待查档利用…人次,
提供利用档案…卷（件）次, 出具证明…份), the chronicles and yearbooks compiled (编纂出版…部, 年鉴…万字, 村志) and the
inspections of the archives law (档案执法检查…家). The rules: 卷 (a file) and 卷次 (a file brought out once) are
counters, so a holding printed 万卷（件） (files, or items where no file is bound) is counted in 卷 and its name stays
the name before it, and 卷（件）次 is counted in 卷次; 画幅 (a scanned frame) is a counter too; a data volume in TB, GB
or PB is a quantity in that unit; the growth printed right after a level counted by a verb of giving (提供档案…卷次，
同比下降…, 发放贷款…亿元，同比增长…) is of the same thing given, not of the bare object; the glossary keys the
standard names of the archives' statistics, no narrower one (网上查档利用, 档案行政执法检查覆盖率).

The national reports name the trade among the cultural ones, with no figure of it: 发展新闻出版、广播影视、文学艺术、
哲学社会科学和档案等事业 (/work/shared/corpus/national_work_reports/2023.txt), 文物保护和档案工作取得新成绩
(/work/shared/corpus/national_work_reports/2003.txt), 加强图书馆、博物馆、文化馆、科技馆、档案馆等公共文化和体育设施
建设 (/work/shared/corpus/national_work_reports/2002.txt); the excerpts under /work/shared/gold/real/ and
/work/shared/examples/unseen/ print none of it. The sentences below are written in the form of district reports,
not real, and marked as regression fixtures.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

HEAD = "二、2023年全区档案和地方志工作情况\n"

# regression fixture in the form of a district archives bureau's yearly summary (not real), modelled on the national
# reports' 发展新闻出版、广播影视、文学艺术、哲学社会科学和档案等事业 (/work/shared/corpus/national_work_reports/2023.txt)
HOLDINGS = ("2023年，全区馆藏档案总量达到45.3万卷（件），同比增长6.8%。全年接收进馆档案1.86万卷（件），其中文书档案"
            "1.2万件、照片档案3500张。馆藏照片档案4.6万张，声像档案1260盘。")
# regression fixture, a variant (not real): the holdings with their parts after 其中
HOLDINGS_PARTS = "馆藏档案达到56.8万卷，其中民国档案1.2万卷、革命历史档案3600卷。"
# regression fixture, a variant (not real): items first, files in the bracket
ITEMS_FIRST = "馆藏档案总量达到12.8万件(卷)，同比增长4.1%。"
# regression fixture, a variant (not real): a change in the same bracketed unit
CHANGE = "全区馆藏档案45.3万卷(件)，较上年增加2.9万卷(件)。"

# regression fixture in the form of a district archives bureau's yearly summary (not real), modelled on the national
# reports' 搞好文化遗产、自然遗产和档案保护 (/work/shared/corpus/national_work_reports/2007.txt)
DIGITISED = "全年完成馆藏档案数字化1560万画幅，数字化率达到85%。"
# regression fixture, a variant (not real)
DIGITISED_RATE = "馆藏档案数字化率达92.5%，较上年提高6.3个百分点。"
# regression fixture, a variant (not real)
DIGITISED_WORK = "累计完成档案数字化加工320万画幅，建成全文数据库12.6万条。"
# regression fixture, a variant (not real): files and frames
DIGITISED_FILES = "全年数字化馆藏档案18.6万卷、1260万画幅。"

# regression fixture in the form of a district archives bureau's yearly summary (not real), modelled on the national
# reports' 文物保护和档案工作取得新成绩 (/work/shared/corpus/national_work_reports/2003.txt)
USE = "全年接待查档利用3.2万人次，提供档案1.8万卷次，出具各类证明1.5万份。"
# regression fixture, a variant (not real)
USE_CALLED = "全年接待查阅利用档案群众8900人次，调阅档案2.3万卷次。"
# regression fixture, a variant (not real): the files brought out in 卷（件）次
USE_ITEMS = "档案查阅利用服务群众1.2万人次，提供利用档案3.5万卷（件）次。"
# regression fixture, a variant (not real): the growths of the use
USE_GROWTH = "全年共接收进馆档案3.6万卷，同比增长12%；接待查档2.1万人次，同比增长8%。"
# regression fixture, a variant (not real): a fall of the files provided
USE_FALL = "全年提供档案利用8600卷（件）次，同比下降3.2%。"
# regression fixture, a variant (not real): the online use, a part of all
USE_ONLINE = "通过跨馆出具档案证明460件，网上查档利用1200人次。"

# regression fixture in the form of a district chronicles office's yearly summary (not real), modelled on the
# national reports' 繁荣新闻出版、广播影视、文学艺术、哲学社会科学和档案等事业
# (/work/shared/corpus/national_work_reports/2021.txt)
CHRONICLES = "全年编纂出版村志12部、镇志3部。完成乡镇志编纂8部，总字数达420万字。"
# regression fixture, a variant (not real)
CHRONICLE_VOLUMES = "完成《东城区志（1991-2020）》编纂，共计32卷、360万字。"

# regression fixture in the form of a district archives bureau's yearly summary (not real), modelled on the national
# reports' 搞好文物、档案工作和自然、文化遗产保护工作 (/work/shared/corpus/national_work_reports/2004.txt)
INSPECTION = "全年开展档案执法检查42家，下发整改通知书15份。档案行政执法检查覆盖率达100%。"

# regression fixture in the form of a district archives bureau's yearly summary (not real), modelled on the national
# reports' 加强图书馆、博物馆、文化馆、科技馆、档案馆等公共文化和体育设施建设
# (/work/shared/corpus/national_work_reports/2002.txt)
STORE = "馆库面积6500平方米，库房容量可达50万卷。"
# regression fixture, a variant (not real): electronic records in TB
ELECTRONIC = "区档案馆年内接收电子档案1.2TB，数据总量达到56TB。"
# regression fixture, a variant (not real): a data centre's store in PB
STORAGE = "全区数据中心存储能力达到2.5PB，同比增长20%。"


# -- 卷 is a counter: a holding in 万卷（件） keeps its name ---------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "unit", "value"), [
    (HOLDINGS, "45.3万卷", "馆藏档案总量", "卷", 453000),
    (HOLDINGS, "1.86万卷", "接收进馆档案", "卷", 18600),
    (HOLDINGS_PARTS, "1.2万卷", "民国档案", "卷", 12000),
    (ITEMS_FIRST, "12.8万件", "馆藏档案总量", "件", 128000),
    (STORE, "50万卷", "库房容量", "卷", 500000),
    (CHRONICLE_VOLUMES, "32卷", "编纂", "卷", 32),
])
def test_files_are_counted_in_juan(s, printed, name, unit, value):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["unit"], f["value"]) == (name, unit, pytest.approx(value))


@pytest.mark.parametrize(("s", "printed", "name", "measure"), [
    (HOLDINGS, "6.8%", "馆藏档案总量", "yoy_pct"),
    (ITEMS_FIRST, "4.1%", "馆藏档案总量", "yoy_pct"),
    (CHANGE, "2.9万卷", "馆藏档案", "abs_change"),
])
def test_change_after_a_bracketed_unit_keeps_the_name(s, printed, name, measure):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["measure"]) == (name, measure)


def test_no_bracketed_unit_becomes_a_name():
    names = set(facts(HEAD + HOLDINGS + CHANGE + USE_ITEMS)["indicator"])
    assert not names & {"卷", "件", "卷(件)", "卷（件）"}


@pytest.mark.parametrize(("s", "printed", "unit", "value"), [
    (USE, "1.8万卷次", "卷次", 18000),
    (USE_CALLED, "2.3万卷次", "卷次", 23000),
    (USE_ITEMS, "3.5万卷", "卷次", 35000),
    (USE_FALL, "8600卷", "卷次", 8600),
])
def test_files_brought_out_are_counted_in_juanci(s, printed, unit, value):
    f = fact(HEAD + s, printed)
    assert (f["unit"], f["value"]) == (unit, pytest.approx(value))


# -- 画幅 and data volumes are units ---------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "unit", "value"), [
    (DIGITISED, "1560万画幅", "馆藏档案数字化", "画幅", 15_600_000),
    (DIGITISED_WORK, "320万画幅", "档案数字化加工", "画幅", 3_200_000),
    (DIGITISED_FILES, "18.6万卷", "数字化馆藏档案", "卷", 186_000),
    (DIGITISED_FILES, "1260万画幅", "数字化馆藏档案", "画幅", 12_600_000),
    (ELECTRONIC, "56TB", "数据总量", "TB", 56),
    (STORAGE, "2.5PB", "数据中心存储能力", "PB", 2.5),
])
def test_frames_and_data_volumes_are_units(s, printed, name, unit, value):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["unit"], f["value"]) == (name, unit, pytest.approx(value))


def test_electronic_records_in_tb_are_read():
    f = fact(HEAD + ELECTRONIC, "1.2TB")
    assert (f["indicator"].endswith("接收电子档案"), f["unit"], f["value"]) == (True, "TB", pytest.approx(1.2))


def test_growth_of_a_data_volume():
    f = fact(HEAD + STORAGE, "20%")
    assert (f["indicator"], f["measure"]) == ("数据中心存储能力", "yoy_pct")


def test_a_standard_number_is_no_data_volume():
    # regression fixture, a variant (not real): GB before the number is a standard's code, no unit
    assert facts(HEAD + "全区空气质量监测执行GB3095-2012标准。").empty


# -- the growth after a level counted by a verb of giving is of the thing given -------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    (USE_FALL, "3.2%", "提供档案利用"),
    # regression fixture, a variant (not real)
    ("全年提供档案8600卷次，同比下降3.2%。", "3.2%", "提供档案"),
    # regression fixture, a variant (not real)
    ("全年提供利用档案8600卷次，同比增长3.2%。", "3.2%", "提供利用档案"),
    # regression fixture in the form of a district finance report (not real), modelled on 本年将发放农业贷款２２亿元
    # (/work/shared/corpus/national_work_reports/1956.txt): the loans issued in the year, no balance
    ("全年发放贷款86亿元，同比增长3%。", "3%", "发放贷款"),
    # regression fixture, a variant (not real)
    ("全年提供就业岗位8600个，同比下降3.2%。", "3.2%", "提供就业岗位"),
])
def test_growth_after_a_given_level_keeps_the_verb(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


def test_growth_after_a_given_level_shares_its_key():
    f = facts(HEAD + USE_FALL)
    assert set(f["indicator_key"]) == {"archive_files_provided"}


# -- the glossary keys the archives' standard names ------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "key"), [
    (HOLDINGS, "45.3万卷", "archive_holdings"),
    (HOLDINGS_PARTS, "56.8万卷", "archive_holdings"),
    (HOLDINGS, "1.86万卷", "archives_received"),
    (USE_GROWTH, "3.6万卷", "archives_received"),
    (USE_GROWTH, "12%", "archives_received"),
    (DIGITISED, "1560万画幅", "archives_digitised"),
    (DIGITISED_WORK, "320万画幅", "archives_digitised"),
    (DIGITISED_RATE, "92.5%", "archive_digitisation_rate"),
    (DIGITISED_RATE, "6.3个百分点", "archive_digitisation_rate"),
    (USE, "3.2万人次", "archive_users"),
    (USE_GROWTH, "2.1万人次", "archive_users"),
    (USE_GROWTH, "8%", "archive_users"),
    (USE, "1.8万卷次", "archive_files_provided"),
    # (调阅档案 is keyed by no key of the archives: readers of an inspection or an audit consult files too)
    (USE_CALLED, "2.3万卷次", ""),
    (USE_ITEMS, "3.5万卷", "archive_files_provided"),
    (INSPECTION, "42家", "archive_law_inspections"),
])
def test_glossary_keys_archive_names(s, printed, key):
    assert fact(HEAD + s, printed)["indicator_key"] == key


@pytest.mark.parametrize(("s", "printed"), [
    # a bare 数字化率 may be of anything digitised
    (DIGITISED, "85%"),
    # the online use is a part of all
    (USE_ONLINE, "1200人次"),
    # a share of the offices inspected, no count of them
    (INSPECTION, "100%"),
    # the photographs are a part of the holdings
    (HOLDINGS, "4.6万张"),
    # the certificates issued are no files provided
    (USE, "1.5万份"),
    # the chronicles compiled
    (CHRONICLES, "12部"),
])
def test_no_wider_archive_key_on_a_narrower_name(s, printed):
    assert fact(HEAD + s, printed)["indicator_key"] == ""


# -- the chronicles and their words --------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "unit"), [
    (CHRONICLES, "3部", "镇志", "部"),
    (CHRONICLES, "8部", "乡镇志编纂", "部"),
    (CHRONICLES, "420万字", "总字数", "字"),
    (CHRONICLE_VOLUMES, "360万字", "编纂", "字"),
])
def test_chronicles_counted_in_volumes_and_characters(s, printed, name, unit):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["unit"]) == (name, unit)


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district people's livelihood summary (not real), modelled on 三次较大幅度
    # 提高粮食最低收购价，提价幅度超过20% (the change_object_lead rule's own example): a verb of change, not of giving,
    # so the rise is of what it raises (the level's …到 is left as it reads)
    ("提高最低工资标准到2200元，提高了6.8%。", "6.8%", "最低工资标准到"),
    ("提高低保标准到每人每月900元，提高了8%。", "8%", "低保标准到"),
    ("降低工业用电价格到0.55元，降低了6%。", "6%", "工业用电价格到"),
    # regression fixture, a variant (not real): a verb of giving keeps the level's name
    ("提供档案1.8万卷次，同比下降3.2%。", "3.2%", "提供档案"),
])
def test_a_growth_after_a_level_a_verb_counts(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name
