"""Figures of the letters-and-visits (petition) work report (信访工作报告), as district and county offices print them.

The report counts the petition matters received (受理信访事项1256件，同比下降12.3%) and splits them by channel (来信326件、
来访512批1630人次、网上信访418件, with their shares of the whole), counts the group visits (集体访23批586人次) and the
visits by batches and persons together (批次和人次同比分别下降8.6%和11.2%), prints the rates of timely acceptance,
on-time closure and satisfaction (按期受理率100%，按期办结率99.2%，参评满意率92.3%), the long-standing cases and
disputes settled with their rates printed bare after them (化解信访积案46件，化解率92%), the 12345 hotline's requests
and their response, resolution and satisfaction rates, and the visits leaders received (区级领导接待来访群众186批次452人次).
The rules:

- the glossary keys the stable statistics of the kind: the letters, visits, online petitions and their share, group
  visits, long-standing cases settled and their rate, the first petitions' resolution rate, the petitioners'
  satisfaction rate printed of petitions (信访事项参评满意率; a bare 参评满意率 is printed of the hotline and the
  service centre too and takes no key), the disputes' resolution rate; 按期受理率 is the timely acceptance rate, 登记信访事项 the
  petitions received, the hotline's rates carried onto 群众诉求 the hotline's;
- a bare settling rate (``settled_rates``: 化解率, 办结率) is of the matters the count before it names after the verb
  the rate repeats (化解信访积案46件，化解率92% → 信访积案化解率; 排查化解矛盾纠纷3268件 → 矛盾纠纷化解率);
- matters counted after 化解 with no name of their own are the settled ones of the matters counted before
  (承办信访积案42件，化解39件 → 化解的承办信访积案), as those after 办结 are;
- a time word before the verb of the ones done (目前已办结29件, as 截至6月底已办结) leaves them the ones done of the
  matters counted before; a hotline's requests counted as closed (办结7.9万件 → 办结的12345热线受理诉求) are the
  hotline's requests for a bare rate after them (办结率98% → 12345热线诉求办结率);
- in a 分别 list whose first item names an aspect of a thing (批次, 笔数) the bare aspects after it are of the same
  thing (群众来访批次、人次 → 群众来访人次), and a list of bare aspects after two counts of one name in two counters
  (356批1024人次，批次和人次) is of those counts: two counters are two counts, never one said again in another unit;
- a rate printed once after a list of rates each of its own is each one's (及时受理率、按期办结率达到100%), as with
  均; a list of things sharing one rate (城乡低保、特困供养资金发放率) keeps one;
- a count in words opening the clause after a list of as many items, with a word of their total (征地拆迁类216件、
  劳动社保类158件、城乡建设类132件，三类合计占…), is those items summed, no figure of its own (nor a reason to split
  城乡建设类 into the town's and the country's);
- a batch count printed right before the persons a clause after them names is of what they do (全年共有4批次12人次
  到市集体访 → 到市集体访的批次).

The national work reports speak of this subject without district figures (畅通和规范群众诉求表达渠道, 2013; 坚持和发展
新时代“枫桥经验”, 2024; /work/shared/corpus/national_work_reports/); the real excerpts print the 12345 hotline's
requests with their rates (上半年,共接收办理市民热线诉求55927件,同比增长37.12%,…,实现100%响应, data/dongcheng_2020_h1.txt)
and the service rates bare in a list (实现问题响应率100%、问题解决率80%、企业满意率90%, the same file), which model the
district printing. Sentences written in the form of district reports, not real, are marked as regression fixtures.
"""

from __future__ import annotations

import pytest
from _sentences import fact, facts

HEAD = "2023年全区信访工作情况报告\n一、信访形势总体情况\n"

CHANNELS = ("全年共受理信访事项1256件，同比下降12.3%，其中来信326件、来访512批1630人次、网上信访418件，"
            "分别占信访总量的26%、40.8%和33.2%。")
RATES = "按期受理率达到100%，按期办结率99.2%，参评满意率为92.3%。"
HOTLINE = "全年12345热线受理群众诉求8.56万件，响应率100%，解决率91.2%，满意率93.6%。"
BACKLOG = "全年化解信访积案46件，化解率92%。"
DISPUTES = "排查化解矛盾纠纷3268件，化解率98.1%。"
SUPERVISED = "信访督查督办事项85件，办结82件，办结率96.5%。"
ASSIGNED = "承办市交办信访积案42件，化解39件，化解率92.9%，位列全市第一。"
VISITS = "区信访局共接待群众来访356批1024人次，批次和人次同比分别下降11.4%和9.6%。"
GROUP = "全年共有4批次12人次到市集体访，同比下降50%。"


# -- the glossary keys the kind's statistics ------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "key"), [
    # regression fixture in the form of a district petition report (not real), modelled on the real 共接收办理市民热线
    # 诉求55927件,同比增长37.12% (data/dongcheng_2020_h1.txt): the channels of the petitions received
    (CHANNELS, "326件", "petition_letters"),
    # regression fixture, a variant (not real): the visits, in batches and in persons
    (CHANNELS, "512批", "petition_visits"),
    (CHANNELS, "1630人次", "petition_visits"),
    # regression fixture, a variant (not real): the online petitions and their share of the whole
    (CHANNELS, "418件", "online_petitions"),
    (CHANNELS, "33.2%", "online_petitions"),
    # regression fixture, a variant (not real): the share of online petitions printed as a rate of its own
    ("网上信访占比达到52.6%，比上年提高6.3个百分点。", "52.6%", "online_petition_share"),
    # regression fixture, a variant (not real): group visits
    ("集体访23批586人次，同比下降17.9%。", "23批", "group_petition_visits"),
    ("集体访23批586人次，同比下降17.9%。", "17.9%", "group_petition_visits"),
    # regression fixture, a variant (not real): 按期受理率 is the timely acceptance rate
    (RATES, "100%", "petition_timely_acceptance_rate"),
    # regression fixture, a variant (not real): the petitioners' rating of the handling
    ("信访事项参评满意率为92.3%，较上年提高4.5个百分点。", "92.3%", "petition_satisfaction_rate"),
    # regression fixture, a variant (not real): first petitions settled
    ("初信初访化解率达到95.4%，比上年提高2.1个百分点。", "95.4%", "petition_first_resolution_rate"),
    # regression fixture, a variant (not real): the long-standing cases settled
    (BACKLOG, "46件", "petition_backlog_resolved"),
    # regression fixture, a variant (not real): the matters registered are those received
    ("全区共登记信访事项2318件，同比下降8.2%。", "2318件", "petitions_received"),
    # regression fixture, a variant (not real): the hotline's rates carried onto 群众诉求 (modelled on the real
    # 实现问题响应率100%、问题解决率80%, data/dongcheng_2020_h1.txt)
    (HOTLINE, "100%", "hotline_response_rate"),
    (HOTLINE, "91.2%", "hotline_resolution_rate"),
    (HOTLINE, "93.6%", "hotline_satisfaction_rate"),
    # regression fixture, a variant (not real): the hotline's requests with no number of the hotline
    ("热线诉求办结率99.2%，满意率95.6%。", "99.2%", "request_completion_rate"),
    ("热线诉求办结率99.2%，满意率95.6%。", "95.6%", "hotline_satisfaction_rate"),
])
def test_the_glossary_keys_the_petition_statistics(s, printed, key):
    assert fact(HEAD + s, printed)["indicator_key"] == key


@pytest.mark.parametrize(("s", "printed", "key"), [
    # regression fixtures in the form of a district petition report (not real), modelled on the real 共接收办理市民热线
    # 诉求55927件 (data/dongcheng_2020_h1.txt): the wordings of the statistics keyed above, with 群众, 来访群众, 排查
    ("全年12345热线群众诉求办结率达到98.6%，满意率93.2%。", "98.6%", "request_completion_rate"),
    ("全年接待来访群众512批1630人次，同比下降8.2%。", "512批", "petition_visits"),
    ("全年排查矛盾纠纷3268件，排查矛盾纠纷化解率98.1%。", "98.1%", "dispute_resolution_rate"),
])
def test_the_glossary_keys_the_other_wordings_of_the_petition_statistics(s, printed, key):
    assert fact(HEAD + s, printed)["indicator_key"] == key


# -- a bare settling rate after the count of the matters -------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name", "key"), [
    # regression fixture in the form of a district petition report (not real), modelled on the real 共接收办理市民
    # 热线诉求55927件,…,实现100%响应 (data/dongcheng_2020_h1.txt): the rate of the cases the count names after 化解
    (BACKLOG, "92%", "信访积案化解率", "petition_backlog_resolution_rate"),
    # regression fixture, a variant (not real): a verb of two before the one the rate repeats
    (DISPUTES, "98.1%", "矛盾纠纷化解率", "dispute_resolution_rate"),
    # regression fixture, a variant (not real): the count of the ones closed names the matters after its 办结的
    (SUPERVISED, "96.5%", "信访督查督办事项办结率", ""),
    # regression fixture, a variant (not real): the count of those settled after 化解 with no name of its own
    (ASSIGNED, "92.9%", "承办市交办信访积案化解率", ""),
    # regression fixture, a variant (not real): matters named after the leaders' visits
    ("各街镇领导接访下访1286人次，化解矛盾问题967件，化解率75.2%。", "75.2%", "矛盾问题化解率", ""),
])
def test_a_bare_settling_rate_is_of_the_matters_counted_before(s, printed, name, key):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["indicator_key"]) == (name, key)


def test_a_settling_rate_after_a_figure_of_anything_else_stays_bare():
    # regression fixture, a variant (not real): the satisfaction rate comes between
    assert fact(HEAD + "全年化解信访积案46件，群众满意率95%，化解率92%。", "92%")["indicator"] == "化解率"


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district petition report (not real), as above: after 化解
    (ASSIGNED, "39件", "化解的承办市交办信访积案"),
    # regression fixture, a variant (not real): a time word before the verb
    ("批转督办事项32件，目前已办结29件，办结率90.6%。", "29件", "已办结的批转督办事项"),
    ("批转督办事项32件，目前已办结29件，办结率90.6%。", "90.6%", "批转督办事项办结率"),
    # regression fixture, a variant (not real): the hotline's requests, some closed, then their bare rate
    ("12345热线受理诉求8万件，办结7.9万件，办结率98%。", "98%", "12345热线诉求办结率"),
])
def test_the_matters_done_are_of_those_counted_before(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


# -- batches and persons ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district petition report (not real), modelled on the real 同比增长37.12%
    # (data/dongcheng_2020_h1.txt): the bare aspect after the first names the thing the first names
    ("群众来访批次、人次同比分别下降8.6%和11.2%。", "11.2%", "群众来访人次"),
    ("群众来访批次、人次同比分别下降8.6%和11.2%。", "8.6%", "群众来访批次"),
    # regression fixture, a variant (not real): 和 before the last item
    ("全县集体访批次和人次同比分别下降22.2%和30.5%。", "30.5%", "集体访人次"),
    # regression fixture, a variant (not real): the aspects alone, of the two counts in two counters before
    (VISITS, "11.4%", "接待群众来访批次"),
    (VISITS, "9.6%", "接待群众来访人次"),
    # regression fixture, a variant (not real): households and persons helped
    ("共帮扶困难群众356户1024人，户数和人数同比分别下降11.4%和9.6%。", "9.6%", "帮扶困难群众人数"),
])
def test_bare_aspects_of_a_list_are_of_the_thing_counted(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


PAIRED_LIST = "全区共有城市低保对象1350户2280人、农村低保对象2860户4720人，"
PAIRED_VISITS = "全年接待群众来访356批1024人次、集体访12批286人次，分别下降11.4%和9.6%。"


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixtures in the form of district reports (not real), modelled on the real 来访512批1630人次 of the
    # channels above and the real 同比增长37.12% (data/dongcheng_2020_h1.txt): a 分别 list after items that each
    # print two counts is of the items, one each, never of the last item's two counts
    (PAIRED_LIST + "分别比上年减少5.2%和8.1%。", "5.2%", "城市低保对象"),
    (PAIRED_LIST + "分别比上年减少5.2%和8.1%。", "8.1%", "农村低保对象"),
    (PAIRED_LIST + "同比分别下降5.2%和8.1%。", "5.2%", "城市低保对象"),
    (PAIRED_LIST + "分别占全区户籍人口的0.6%和1.2%。", "0.6%", "城市低保对象"),
    ("实施易地扶贫搬迁2.3万户8.6万人、危房改造1.2万户3.6万人，分别完成年度任务的102%和105%。", "102%", "易地扶贫搬迁"),
    (PAIRED_VISITS, "11.4%", "接待群众来访"),
    (PAIRED_VISITS, "9.6%", "接待集体访"),
    # regression fixture, a variant (not real): the sums paid to each item's persons
    (PAIRED_LIST + "分别发放低保金1820万元和2630万元。", "1820万元", "城市低保对象低保金"),
    # regression fixture, a variant (not real): one item of two counts, the list is of its two counts
    ("全区共有低保对象356户1024人，同比分别增长3.1%和2.5%。", "2.5%", "低保对象"),
])
def test_a_list_after_items_of_two_counts_is_of_the_items(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name


def test_a_batch_count_before_the_persons_is_of_what_they_do():
    # regression fixture in the form of a district petition report (not real), as above
    got = facts(HEAD + GROUP)
    assert got.loc[got["raw_unit"] == "批次", "indicator"].tolist() == ["到市集体访的批次"]
    assert not got["flags"].str.contains("no_subject").any()


# -- one rate after a list of rates -----------------------------------------------------------------------------

TARGETS = "力争信访事项及时受理率、按期办结率达到100%，群众满意率达到90%以上。"


@pytest.mark.parametrize(("s", "name", "key"), [
    # regression fixture in the form of a district petition report's aims (not real), modelled on the real 实现问题
    # 响应率100%、问题解决率80%、企业满意率90% (data/dongcheng_2020_h1.txt): each rate of the list reaches the percent
    (TARGETS, "信访事项及时受理率", "petition_timely_acceptance_rate"),
    (TARGETS, "按期办结率", "petition_on_time_closure_rate"),
    # regression fixture, a variant (not real): 和 before the last
    ("义务教育入学率和巩固率达到100%。", "巩固率", ""),
])
def test_a_rate_after_a_list_of_rates_is_each_ones(s, name, key):
    got = facts(HEAD + s)
    row = got[(got["indicator"] == name) & (got["raw_value"] == "100")]
    assert row["indicator_key"].tolist() == [key]


def test_a_list_sharing_one_rate_keeps_one():
    # regression fixture, a variant (not real): the rate of the funds of both schemes
    got = facts(HEAD + "全年城乡低保、特困供养资金发放率达到100%。")
    assert got["indicator"].tolist() == ["城乡低保、特困供养资金发放率"]


# -- a count of the items listed before, summed -------------------------------------------------------------------

KINDS = ("全年受理信访事项856件，其中，涉及征地拆迁类216件、劳动社保类158件、城乡建设类132件，"
         "三类合计占信访总量的59.3%。")


def test_the_kinds_listed_counted_again_before_their_total_are_no_figure():
    # regression fixture in the form of a district petition report (not real), modelled on the real 其中由疫情影响引发的
    # 相关诉求16177件 (data/dongcheng_2020_h1.txt): the kinds of the petitions, then their number and their share
    got = facts(HEAD + KINDS)
    assert "类" not in got["raw_unit"].tolist()
    assert fact(HEAD + KINDS, "132件")["indicator"] == "城乡建设类"


def test_a_count_of_other_things_before_a_total_stays():
    # regression fixture, a variant (not real): two lists named, the count is not theirs
    got = facts(HEAD + "全年排查征地拆迁类216件、劳动社保类158件，三类合计520件。")
    assert got["raw_unit"].tolist().count("件") == 3


def test_a_count_in_words_before_a_noun_of_total_stays():
    # regression fixture, a variant (not real), modelled on the same real sentence: 总部 after the count is a noun of
    # its own, no word of a sum (合计, 共计), and the count is a figure
    got = facts(HEAD + "全年新增上市企业2家、挂牌企业5家、独角兽企业1家，三家总部企业迁入本区。")
    assert "三" in got["raw_value"].tolist()


@pytest.mark.parametrize("s", [
    # regression fixture, a variant (not real): a bare rating rate is printed of petitions, of the hotline and of the
    # government service centre alike (好差评), so it names no one of them
    RATES,
    "群众参评满意率为91.6%，较上年提高4.5个百分点。",
    # regression fixture in the form of a district government service report (not real)
    "全区政务服务中心全年办件量120万件，办结率100%，参评满意率99.9%。",
])
def test_a_bare_rating_rate_takes_no_key_of_petitions(s):
    keys = set(facts(HEAD + s)["indicator_key"].astype(str))
    assert "petition_satisfaction_rate" not in keys
