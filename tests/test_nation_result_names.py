"""The verb of what the nation achieved is no part of the name of the results counted.

``全国共取得重大科技成果５万多项`` counts the nation's results: 取得 (and 获得, 涌现出, with a 共, 累计 or a year word
between) after 全国 or 我国 goes, the nation stays, as 全国共完成技术改造投资 names 全国技术改造投资. A result named with
的 (全国取得的重大科学技术成果) keeps its words. Each sentence is copied from the report its comment names, unless the
comment says it is written.
"""

from __future__ import annotations

import pytest
from _sentences import fact


@pytest.mark.parametrize(("text", "printed", "name"), [
    # national work report 1988
    ("过去五年中，全国共取得重大科技成果５万多项，其中一部分达到了世界先进水平。", "５万多项", "全国重大科技成果"),
    # national work report 1987: a year word between the nation and the verb
    ("全国去年取得重要科技成果一万多项，其中大部分已应用于生产建设，取得比较显著的经济和社会效益。", "一万多项",
     "全国重要科技成果"),
    # national work report 1981
    ("１９８０年全国涌现出重大科研成果二千六百多项，今年又继续增加，已经应用于生产的比重达到５０％。", "二千六百多项",
     "全国重大科研成果"),
    # written: 获得
    ("全国获得发明专利授权36万件。", "36", "全国发明专利授权"),
])
def test_the_nations_results_are_named_without_the_verb(text, printed, name):
    assert fact(text, printed)["indicator"] == name


def test_a_result_named_with_de_keeps_its_words():
    # national work report 1980
    s = "1979年国家已批准的发明103项，全国取得的重大科学技术成果3，000多项。"
    assert fact(s, "3，000")["indicator"] == "全国取得的重大科学技术成果"
