"""A count after the examples listed before 等 keeps them in its name when its noun says nothing of which things it
counts (a 任务, 项目, 事项, 行业 or 领域), whether the noun is named alone or by what its clause says of them.

Each sentence is copied verbatim from a national work report of ``/work/shared/corpus/national_work_reports``, a
report of ``tests/gold/real/texts`` or the bundled Dongcheng 2020 H1 report (named in the comment above it).
"""

from __future__ import annotations

import pytest
from _sentences import fact


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 2015
    ("同时，继续化解过剩产能，钢铁、水泥等15个重点行业淘汰落后产能年度任务如期完成。", "15个",
     "钢铁、水泥等淘汰落后产能年度任务如期完成的重点行业"),
    # national work report 2023
    ("不断优化服务，推进政务服务集成办理，压减各类证明事项，加快数字政府建设，90%以上的政务服务实现网上可办，"
     "户籍证明、社保转接等200多项群众经常办理事项实现跨省通办。", "200多项",
     "户籍证明、社保转接等实现跨省通办的群众经常办理事项"),
    # dongcheng_2020_h1
    ("28个全区重点投资支撑项目中,隆福文化街区、第一人民医院迁建等21个项目已实现开工,东直门交通枢纽等重点续建项目全面"
     "复工,有序推进以8号线三期为重点的五条地铁在施线路建设。", "21个", "隆福文化街区、第一人民医院迁建等已实现开工的项目"),
])
def test_count_named_by_its_clause_keeps_the_examples_before_deng(text, printed, name):
    assert fact(text, printed)["indicator"] == name


@pytest.mark.parametrize(("text", "printed", "name"), [
    # dongcheng_2024_h1: the time and place before the noun are dropped as a name drops them
    ("故宫周边院落申请式退租及恢复性修建等14个上半年全市促开工重大项目全部开工。", "14个",
     "故宫周边院落申请式退租及恢复性修建等促开工重大项目"),
    # national work report 2007: a verb opens the words before 等, which name no examples alone
    ("制定并实施钢铁、煤炭、水泥等11个行业结构调整的政策措施，部分产能过剩行业投资增幅明显回落，新开工项目计划总投资大幅"
     "下降，煤炭、电解铝分别淘汰落后生产能力1.1亿吨和120万吨。", "11个", "行业"),
    # zhongdu_ws_2025_street_h1: 重点攻坚 opens them, a verb
    ("实施产业链精准招商,深化核心产业研究,构建动态招商项目库,重点攻坚安吉汽车零部件物流、光通讯智能制造等20余个在谈项目;"
     "推行“项目全周期服务机制”,成功保障奥特莱斯入选2025年省绿色低碳高质量发展重点项目,中粮润远、联民等4个项目入选省现代"
     "服务业重点项目,韵丰数字物流园入选省新型城镇化重点项目;商贸物流区二期工程获批专项债1.5亿元,为经济发展注入强劲动能。",
     "20余个", "在谈项目"),
])
def test_bare_noun_ending_in_an_example_led_noun_keeps_the_examples(text, printed, name):
    assert fact(text, printed)["indicator"] == name
