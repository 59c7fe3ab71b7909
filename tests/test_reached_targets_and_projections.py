"""A target the sentence says was reached is an outcome; a share that can be realised as planned is projected.

- The figures a target word closes are targets when the sentence does not say they were reached
  (``没有实现年初确定的…能耗降低4%左右、…减少2%的目标``: 4 and 2 ``target``), and outcomes when it says they
  were (``提前一年实现…500元和300元的目标``, ``实现高职院校扩招100万人目标``: ``actual``, the level reached):
  filtering ``actual`` gives what was done, ``target`` what was set and is yet to be, or was missed.
- A figure followed right away by 可以 or 能够 and a verb of achieving, with or without 按计划, 如期, 按期
  (``９０％以上可以按计划实现``), is what is expected to come about: ``estimate``, like a figure whose consequence
  is drawn with 将会.
"""

from __future__ import annotations

from _sentences import fact

S2010 = "全面落实城乡义务教育政策，中央下达农村义务教育经费666亿元，提前一年实现农村中小学生人均公用经费500元和300元的目标。"
S2021 = "实现高职院校扩招100万人目标。"
S2007 = "但是，全国没有实现年初确定的单位国内生产总值能耗降低4%左右、主要污染物排放总量减少2%的目标。"
S1981 = "原定今年全部投产的项目，９０％以上可以按计划实现。"


def test_a_target_said_reached_is_an_outcome():
    # national work report 2010
    assert fact(S2010, "500元")["status"] == "actual"
    assert fact(S2010, "300元")["status"] == "actual"
    # national work report 2021
    assert fact(S2021, "100万人")["status"] == "actual"


def test_a_target_said_missed_stays_a_target():
    # national work report 2007
    assert fact(S2007, "4%")["status"] == "target"
    assert fact(S2007, "2%")["status"] == "target"


def test_a_share_that_can_be_realised_as_planned_is_projected():
    # national work report 1981 (delivered in November)
    assert fact(S1981, "９０％")["status"] == "estimate"
