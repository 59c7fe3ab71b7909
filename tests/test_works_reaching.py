"""What reaches the persons and households a count of works counted before a bare 惠及 or 覆盖 reaches, and the
dimension of a count.

A count after a bare verb of reach (惠及, 覆盖) right after a clause that counts works is named by the works, 惠及 or
覆盖, 的 and what it reaches: the works less the verb that carries them out before or after them (举办, 启动, 完成,
已开工的 …, 开工 after them), a verb of work before the things worked on put after them, as works are named
(改造城镇老旧小区16.7万个，惠及2900多万家庭 → 城镇老旧小区改造惠及的家庭). Every figure of that clause must count the
same works (年度18个老旧小区综合整治项目已开工16个 → 老旧小区综合整治项目), also past a clause of 涉及 that measures
them (完成老旧小区改造31个,涉及房屋面积约78万平方米,惠及居民1.2万余户 → 老旧小区改造惠及的居民); a count of persons, households or firms
before the verb names no works, nor does a count of places added (新增养老床位). A list of counts before the verb,
a clause ending with a count right before the works' clause, reaches them together: the name stays bare. Such a
list, or a list of sums, is not read past a semicolon, which opens an item of its own
(…减免房租4.37亿元；引导社会业主减免房租1.12亿元，惠及商户近900户 → 减免房租惠及的商户). The recipients after 为
before 办理 are no part of the relief it pays, as before a relief verb (为各类企业办理增值税留抵退税68.2亿元 → 增值税留抵退税).

A figure counting persons, households, firms or things by its unit (人, 户, 家, 座, 栋 …) is no fiscal total nor a
tax, whatever its name holds (对小微企业实行税收优惠，600多万户企业受益 → dimension empty, not ``total``).

Each sentence is copied from the text named in its comment: the national work reports and the real district text
are reports as printed; the texts of tests/gold/constructed are written after district reports.
"""

from __future__ import annotations

import pytest
from _sentences import fact

KUNSHAN = "全市新增养老床位820张，改造老旧小区37个，惠及居民1.6万户，群众获得感、幸福感不断提升。"
WUHOU = "新增中小学学位5400个，新建社区养老服务综合体6个，改造老旧院落132个，惠及居民2.1万户。"
DONGCHENG_2022 = "上半年，为各类企业办理增值税留抵退税68.2亿元，惠及企业1530户；减免税费7.6亿元。"
XICHENG = ("对承租区属国有企业房产的中小微企业减免房租，惠及企业２８６５家，减免房租4.37亿元；"
           "引导社会业主减免房租1.12亿元，惠及商户近900户。")


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 2023: a verb of work before the things worked on is put after them
    ("改造城镇老旧小区16.7万个，惠及2900多万家庭。", "2900", "城镇老旧小区改造惠及的家庭"),
    # national work report 2022: with the verb that starts the works before it
    ("新开工改造城镇老旧小区5.6万个，惠及近千万家庭。", "千万", "城镇老旧小区改造惠及的家庭"),
    # zhongdu street report 2025 h1 (tests/gold/real/texts): the events held reach the residents
    ("打造“德不孤 幸福友邻”全民健身品牌,举办社区体育赛事130场,惠及群众超2万人次;", "2万", "社区体育赛事惠及的群众"),
    # constructed dongcheng text 2019 h1
    ("举办各类公共文化活动1800余场,惠及群众超过30万人次。", "30万", "各类公共文化活动惠及的群众"),
    # written regression text (tests/gold/variants.txt)
    ("完成老旧小区综合整治12个，惠及居民近4000户。", "4000", "老旧小区综合整治惠及的居民"),
    # constructed dongcheng text 2020 q1q3: the set and the part started count the same works
    ("年度18个老旧小区综合整治项目已开工16个，惠及居民近3000户。", "3000", "老旧小区综合整治项目惠及的居民"),
    # constructed dongcheng text 2022 h1: the verb after the works
    ("老旧小区综合改造开工17个，惠及居民6200余户。", "6200", "老旧小区综合改造惠及的居民"),
    # constructed fengtai text 2022 h1
    ("启动老旧小区综合整治项目27个,惠及居民1.1万余户。", "1.1万", "老旧小区综合整治项目惠及的居民"),
    # constructed shunyi text 2022 fy
    ("完成老旧小区改造12个，惠及居民近5000户；建成保障性住房2860套。", "5000", "老旧小区改造惠及的居民"),
    # constructed changping text 2021 fy: a clause measuring the works between them and the verb
    ("完成老旧小区改造31个,涉及房屋面积约78万平方米,惠及居民1.2万余户。", "1.2万", "老旧小区改造惠及的居民"),
    # constructed xicheng text 2020 h1: a sum after a semicolon is no item of the list before it
    (XICHENG, "900", "减免房租惠及的商户"),
    # constructed dongcheng text 2022 h1: the recipients before 办理 are no part of the relief it pays, which reaches
    (DONGCHENG_2022, "68.2", "增值税留抵退税"),
    (DONGCHENG_2022, "1530", "增值税留抵退税惠及的企业"),
])
def test_the_works_counted_before_a_bare_verb_of_reach_name_what_reaches(text, printed, name):
    assert fact(text, printed)["indicator"] == name


@pytest.mark.parametrize(("text", "printed"), [
    # constructed kunshan text 2021 q1q3: places added and compounds renovated reach them together
    (KUNSHAN, "1.6万"),
    # constructed wuhou text 2023 h1: three counts before the verb
    (WUHOU, "2.1万"),
])
def test_a_list_of_counts_before_the_verb_leaves_the_name_bare(text, printed):
    assert fact(text, printed)["indicator"] == "惠及的居民"


def test_places_added_are_no_works():
    # written: a count of places added before the verb
    assert fact("新增养老床位650张，惠及居民1万户。", "1万")["indicator"] == "惠及的居民"


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 2014: a count of firms is no tax total
    ("对小微企业实行税收优惠，600多万户企业受益。", "600", "税收优惠受益的企业"),
    # constructed dongcheng text 2023 h1: a count of buildings, nor is its change
    ("税收亿元楼宇达到52座,比2019年末增加6座。", "52", "税收亿元楼宇"),
    ("税收亿元楼宇达到52座,比2019年末增加6座。", "6", "税收亿元楼宇"),
])
def test_a_count_of_firms_or_things_is_no_tax_total(text, printed, name):
    f = fact(text, printed)
    assert (f["indicator"], f["dimension"]) == (name, "")


def test_a_tax_amount_stays_a_total():
    # written: the amount itself keeps its dimension
    assert fact("税收亿元楼宇达到52座,实现税收152.6亿元。", "152.6")["dimension"] == "total"
