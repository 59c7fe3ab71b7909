"""A level after 其中 is no part of a total it cannot add up to.

* The same average per head of a group (城镇居民人均可支配收入, 国营棉纺织厂每件纱的平均用棉量) is no part of the
  average of all (全体居民人均可支配收入, 公私纺织厂每件纱的平均用棉量): averages of groups do not add up to it. A
  component of the average still is (其中工资性收入, 人均工资性收入 of 居民人均可支配收入: the components add up).
* A level above the total before 其中 is no part of it: when the indicator 其中 breaks down prints only its growth,
  the last level before it is another indicator's (固定资产投资同比增长12.6%,…其中建安投资完成41.7亿元 is not of the
  一般公共预算收入 38.6亿元 of the clause before); nor is a level in brackets after a smaller one (造价高达二百四十元
  （…共浪费一百三十八万元）: the 240 yuan is a cost per square metre).

The 1955 sentences are verbatim (national work report of 1955); the district sentences are copied from the
constructed regression fixtures (tests/gold/constructed: written reports, not real ones).
"""

from __future__ import annotations

from _copy_forms import assert_alone, assert_parts

# national work report of 1955 (verbatim)
COTTON_1955 = ("根据我们最近得到的材料，上海市在一九五五年上半年第一季度，公私纺织厂每件纱的平均用棉量已降低到三百八十六点一斤，"
               "比全国一九五五年上半年每件纱的计划用棉量降低将近七斤。其中国营棉纺织厂每件纱的平均用棉量为三百八十四点九八斤，"
               "公私合营棉纺织厂每件纱的平均用棉量为三百八十六点六五斤，私营棉纺织厂每件纱的平均用棉量为三百八十七点四二斤。\n")
COST_1955 = "鞍钢设计大楼的造价高达二百四十元（比预算增高百分之六十，共浪费一百三十八万元），但使用面积还不到百分之五十。\n"
# regression fixtures: tests/gold/constructed/wuhou_2023_h1, shunyi_2022_fy, short_bulletins, shijingshan_2022_h1
WUHOU = "全体居民人均可支配收入达到31850元，同比增长5.6%，其中城镇居民和农村居民人均可支配收入分别为33420元和21680元，分别增长5.2%和6.9%。\n"
SHUNYI = "全体居民人均可支配收入达到48620元，增长3.1%；其中农村居民人均可支配收入36150元，增长4.5%，增速高于城镇居民1.9个百分点。\n"
BULLETIN = "【居民收入】上半年，全区居民人均可支配收入38526元，增长9.8%，其中工资性收入24310元，增长8.7%；财产净收入3120元，下降2.6%。\n"
SHIJINGSHAN = ("全区地区生产总值完成512.3亿元,同比增长1.8%,增速高于全市0.9个百分点;一般公共预算收入完成38.6亿元,同比下降4.2%,"
               "完成全年任务的47.5%;固定资产投资同比增长12.6%,增速位列全市第四,其中建安投资完成41.7亿元,完成全年任务的52.3%;"
               "社会消费品零售总额实现206.4亿元,同比下降8.7%,降幅比一季度扩大3.2个百分点;居民人均可支配收入38650元,同比增长2.6%。\n")


def test_a_groups_average_is_no_part_of_the_average_of_all() -> None:
    assert_alone(COTTON_1955, [("国营棉纺织厂每件纱的平均用棉量为三百八十四点九八斤", "三百八十四点九八"),
                               ("公私合营棉纺织厂每件纱的平均用棉量为三百八十六点六五斤", "三百八十六点六五"),
                               ("私营棉纺织厂每件纱的平均用棉量为三百八十七点四二斤", "三百八十七点四二")])
    assert_alone(WUHOU, [("分别为33420元", "33420"), ("和21680元", "21680"), ("分别增长5.2%", "5.2"), ("和6.9%", "6.9")])
    assert_alone(SHUNYI, [("36150元", "36150"), ("增长4.5%", "4.5")])


def test_a_component_of_an_average_is_still_its_part() -> None:
    assert_parts(BULLETIN, ("38526元", "38526"), [("工资性收入24310元", "24310"), ("财产净收入3120元", "3120")])


def test_a_level_above_the_total_before_it_is_no_part_of_it() -> None:
    assert_alone(SHIJINGSHAN, [("其中建安投资完成41.7亿元", "41.7")])


def test_a_level_in_brackets_above_the_figure_before_is_no_part_of_it() -> None:
    assert_alone(COST_1955, [("共浪费一百三十八万元", "一百三十八万")])
