"""Recipients a subject helps (支持, 帮助, 协助) are named by what they are helped to do when a 、 goes on to the next
count of the list with a verb of its own: what is done for them ends at that 、, on verbatim sentences of the national
work reports (the year of each is in the comment)."""

from __future__ import annotations

from _sentences import fact


def test_help_verb_list_names_each_count_by_its_own_work() -> None:
    # 2008
    text = ("国家安排专项资金支持2.2万多所农村中小学改造危房、建设 7000多所寄宿制学校，远程教育已覆盖36万所农村中小学，"
            "更多的农村学生享受到优质教育资源。")
    schools = fact(text, "2.2")
    assert (schools["indicator"], schools["value"], schools["qualifier"]) == ("改造危房的农村中小学", 22000.0, "over")
    assert fact(text, "7000")["indicator"] == "建设寄宿制学校"
    assert fact(text, "36")["indicator"] == "远程教育覆盖的农村中小学"
