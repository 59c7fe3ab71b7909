"""A count of things 增加 adds, printed before them, is a level of the things added, named with 新增.

增加 (增加了) right before a figure and the noun it counts (增加500万农村沼气用户, 增加了３４个开放口岸) adds that
many of them: a level named 新增 and the noun, the convention of a count printed after 增加 and its object
(增加放映队２，７２９个 → 新增放映队). A noun with 的 after the figure is a quantity that grows by it
(增加六十亿斤粮食的供应: how much the supply grows) and stays a change; so does an amount of money, which is
what a limit or a fund grows by (一次性增加6万亿元地方专项债务限额).
"""

from __future__ import annotations

import pytest
from _sentences import fact


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 2008
    ("今年要再解决3200万农村人口的安全饮水问题，增加500万农村沼气用户，支持建设一批大中型沼气项目。", "500万",
     "新增农村沼气用户"),
    # national work report 2009
    ("再解决6000万人安全饮水问题，增加500万沼气用户，继续加强农村电网、邮政通信和社会事业等基础建设。", "500万",
     "新增沼气用户"),
    # national work report 1993
    ("对外开放的范围和领域显著扩大，新开放了５个沿江城市、１８个省会城市、１３个沿边城市，增加了３４个开放口岸，形成了"
     "全方位开放的新格局。", "３４个", "新增开放口岸"),
    # written: a district report's shape of the same kind
    ("全年增加200张养老床位，新建社区养老服务驿站5个。", "200张", "新增养老床位"),
])
def test_a_count_after_adding_is_a_level_of_the_things_added(text: str, printed: str, name: str) -> None:
    f = fact(text, printed)
    assert (f["indicator"], f["measure"]) == (name, "level")


def test_the_noun_printed_after_adding_and_the_count_names_the_same_level_as_before_it() -> None:
    # national work report 1956: the object before the count, named the same way
    f = fact("在艺术方面，１９５６年计划摄制和译制影片２４７部，增加放映队２，７２９个；剧场达到２，１１２个。", "２，７２９个")
    assert (f["indicator"], f["measure"]) == ("新增放映队", "level")


def test_a_quantity_with_its_de_grows_by_the_figure() -> None:
    # national work report 1957
    f = fact("如果人们用来买吃的，就需要增加六十亿斤粮食的供应。", "六十亿斤")
    assert (f["indicator"], f["measure"]) == ("粮食的供应", "abs_change")
