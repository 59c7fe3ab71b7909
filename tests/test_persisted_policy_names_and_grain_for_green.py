"""A name opened by 坚持 (keep to a policy) names the policy, not the keeping; 退耕还林 land is the grain-for-green area.

坚持 before what a report measures is a word of resolve, as 推进 or 大力 are, and no part of the quantity's name
(坚持实行企业、社会、财政各负担三分之一的办法: the shares are borne under the policy 实行…). The grain-for-green
programme was named 退耕还林 before grassland joined its name (退耕还林还草): the land it returned in a review of
1998–2002 is the glossary's grain-for-green area.
"""

from __future__ import annotations

from _sentences import fact

# national work report 1999 (plan part: 第二，继续做好国有企业下岗职工基本生活保障和再就业工作)
S1999 = ("抓好这项工作，关键是要落实资金。坚持实行企业、社会、财政各负担三分之一的办法。"
         "企业、社会筹集不足的部分，财政要给予保证。")

# national work report 2003 (review of 1998–2002)
S2003 = ("退耕还林、天然林保护、京津风沙源治理等六大林业生态工程建设全面实施。五年内，全国造林面积2787万公顷，"
         "封山育林3153万公顷，退耕还林382万公顷；治理水土流失面积26.6万平方公里，治理沙化土地570万公顷。")


def test_persisted_policy_is_named_without_persist() -> None:
    f = fact("1999年政府工作报告\n\n二、1999年的主要任务\n\n" + S1999 + "\n", "三分之一")
    assert f["indicator"] == "实行企业、社会、财政各负担"
    assert f["status"] == "target"


def test_grain_for_green_land_is_keyed() -> None:
    text = "2003年政府工作报告\n\n一、过去五年的工作回顾\n\n" + S2003 + "\n"
    f = fact(text, "382万公顷")
    assert (f["indicator"], f["indicator_key"], f["value"]) == ("退耕还林面积", "grain_for_green_area", 3820000.0)
    assert fact(text, "3153万公顷")["indicator_key"] == "forest_closure_area"  # 封山育林: closing hills to grow forest, no grain for green
