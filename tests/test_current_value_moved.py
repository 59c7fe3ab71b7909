"""The value in force that a move starts from is the A of that move.

A figure printed after 现行 (the rate or standard in force) with the thing it is of named after it and a to-word
(将制造业等行业现行16%的税率降至13%), and a level after 由 or 从 with a word of the present between
(由现行的, 从现在的, 由目前的, 由原来的 …每人每月1200元提高到1300元), is the A of 由A降至B: an outcome flagged
``from_value``, of the time before the plan's year, as 由50%提高到60% is, while B stays the plan's target.
"""

from __future__ import annotations

import pytest
from _sentences import fact

# national work report 2019
S2019 = ("深化增值税改革，将制造业等行业现行16%的税率降至13%，将交通运输业、建筑业等行业现行10%的税率降至9%，"
         "确保主要行业税负明显降低；保持6%一档的税率不变，但通过采取对生产、生活性服务业增加税收抵扣等配套措施，"
         "确保所有行业税负只减不增，继续向推进税率三档并两档、税制简化方向迈进。")
PLAN = "2019年政府工作报告\n\n二、2019年工作任务\n\n"


@pytest.mark.parametrize(("printed", "name"), [("16%", "制造业等行业税率"), ("10%", "交通运输业、建筑业等行业税率")])
def test_rate_in_force_is_the_start_of_its_move(printed: str, name: str) -> None:
    f = fact(PLAN + S2019, printed)
    assert f["indicator"] == name
    assert f["status"] == "actual"
    assert "from_value" in f["flags"].split(";")
    assert f["period"] == "2018年"


@pytest.mark.parametrize("printed", ["13%", "9%"])
def test_rate_the_move_reaches_stays_the_target(printed: str) -> None:
    f = fact(PLAN + S2019, printed)
    assert f["status"] == "target"
    assert f["period"] == "2019年"
    assert "from_value" not in f["flags"].split(";")


# written: no national report prints a present word between 由 or 从 and the A of a move; district plans do
@pytest.mark.parametrize("lead", ["由现行的每人每月", "由现行", "从现在的每月", "由目前的每人每月", "由原来的每人每月"])
def test_level_in_force_after_from_word_is_the_start(lead: str) -> None:
    text = PLAN + f"城乡低保标准{lead}1200元提高到1300元。\n"
    a = fact(text, "1200元")
    assert a["status"] == "actual"
    assert "from_value" in a["flags"].split(";")
    assert a["period"] == "2018年"


# written
@pytest.mark.parametrize("lead", ["由现行的每人每月", "从现在的每月"])
def test_level_after_the_present_word_names_the_standard(lead: str) -> None:
    text = PLAN + f"城乡低保标准{lead}1200元提高到1300元。\n"
    for printed in ("1200元", "1300元"):
        assert fact(text, printed)["indicator"] == "城乡低保标准"
    assert fact(text, "1300元")["status"] == "target"
