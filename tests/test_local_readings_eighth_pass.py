"""An eighth reading of district and street reports: shapes of their sentences that earlier readings got wrong.

Each passage is copied from a real excerpt (tests/gold/real/texts), named in the comment before the test, under its
title line (which tells the part of the year reported). Each test states the reading of one figure of it.
"""

from __future__ import annotations

from _sentences import fact

# -- 截至7月22日,…。…14个陆路进出口通道: a cutoff at a day dates its own sentence only -------------------------------
# (xiaoshan_hz_2022_h1: the date is the time of writing, past the half year; the sentences after it speak of the
# half year, as after 目前)

_XIAOSHAN = (
    "2022年上半年萧山区政府绩效执行情况\n"
    "(一)慎终如始抓好疫情防控。防控能力有效提升。严格落实七大机制,精密智控、精准高效,以最快时间、最小代价打赢多轮"
    "疫情防控遭遇战。陆续启用4辆核酸检测移动车和气膜方舱实验室,编排300人的流调队伍,累计培训采样人员8500余人。"
    "攻坚行动深入开展。推进疫苗接种、核酸检测、扫码查验、混管追阳四大攻坚行动,常态化开展“大物防”工作。截至7月22日,"
    "全区60岁以上第一剂次、80岁以上第一剂次、加强针接种覆盖率分别提升至82.89%,48.34%和73.93%。外防输入守严守牢。"
    "紧密围绕机场、火车南站两大交通枢纽以及14个陆路进出口通道,从严加强管理,累计投入一线人员\n"
)


def test_a_cutoff_at_a_day_dates_its_own_sentence():
    assert fact(_XIAOSHAN, "73.93%")["period"] == "截至7月22日"
    after = fact(_XIAOSHAN, "14个")
    assert (after["indicator"], after["period"]) == ("陆路进出口通道", "2022年上半年")
