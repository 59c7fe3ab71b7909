"""A count of places, bodies or things followed by what they did is named by that deed (README count rule).

The deed may join two predicates by 并 (降价并纳入…; 并 of 并轨 is a word, no conjunction), run to 24 characters, or
follow other members listed after the units counted (98个中央部门和北京、上海…等省市公开…); a reform extended to
places names them as a pilot does (农村信用社改革扩大到29个省); a count heading nouns a 、 joins counts them all, when
the next count of the list follows them (533个县级图书馆、文化馆和4万个…). A size printed before 的 and a noun is the
noun's, not so much of it as did what the clause says. Each sentence is copied from the national work reports.
"""

from __future__ import annotations

import pytest
from _sentences import fact

# national_work_reports/2006.txt
S2006 = ("社会保障体系不断完善，覆盖面进一步扩大。已有17个省（区、市）完成国有企业下岗职工基本生活保障向失业保险并轨。"
         "城市低保对象基本实现应保尽保。")
# national_work_reports/2019.txt
S2019 = "加快新药审评审批改革，17种抗癌药大幅降价并纳入国家医保目录。加快推进文化惠民工程，持续加强基层公共文化服务。"
# national_work_reports/2012.txt
S2012 = ("完善公共财政体系特别是预算管理制度，把预算外资金全部纳入预算管理，扩大国有资本经营预算实施范围，深化部门预算改革，"
         "推进政府预算、决算公开，98个中央部门和北京、上海、广东、陕西等省市公开“三公经费”。")
# national_work_reports/2005.txt
S2005_REFORM = "国有商业银行股份制改革顺利推进。农村信用社改革扩大到29个省（自治区、直辖市）。制定并实施投资体制改革方案。"
S2005_LIBRARIES = ("推进文化体制改革和文化事业发展，加强文化市场管理。中央财政安排专项资金支持533个县级图书馆、文化馆和4万个村广播"
                   "电视设施建设。")
S2005_PIPELINE = "长达4000公里的西气东输管道全线贯通并投入商业运营，三峡工程、西电东送、青藏铁路、南水北调等重大建设取得新进展。"
# national_work_reports/2014.txt
S2014 = "县级公立医院综合改革试点扩大到1000个县，覆盖农村5亿人口。"
# national_work_reports/1957.txt
S1957 = ("最近上海、江苏、广东等地方劳动部门因地制宜地积极帮助将近一万多失业人员参加了手工业、服务性行业和各种社会辅助劳动，"
         "这是一个好经验。")


@pytest.mark.parametrize(("text", "printed", "name"), [
    (S2006, "17个", "完成国有企业下岗职工基本生活保障向失业保险并轨的省（区、市）"),
    (S2019, "17种", "大幅降价并纳入国家医保目录的抗癌药"),
    (S2012, "98个", "公开“三公经费”的中央部门"),
    (S2005_REFORM, "29个", "农村信用社改革扩大到的省（自治区、直辖市）"),
    (S2005_LIBRARIES, "533个", "县级图书馆、文化馆"),
    (S2005_LIBRARIES, "4万个", "村广播电视设施"),
    (S1957, "一万", "参加了手工业、服务性行业和各种社会辅助劳动的失业人员"),
    # unchanged: a pilot's places, and the size of a pipeline by its 的
    (S2014, "1000个", "县级公立医院综合改革试点县"),
    (S2005_PIPELINE, "4000公里", "西气东输管道"),
])
def test_count_named_by_what_the_counted_did(text: str, printed: str, name: str) -> None:
    assert fact(text, printed)["indicator"] == name


@pytest.mark.parametrize(("text", "printed", "name"), [
    # written, as district reports print it: the things counted did both
    ("12个社区食堂建成并投入使用。", "12个", "建成并投入使用的社区食堂"),
])
def test_two_predicates_joined_by_bing_name_the_count(text: str, printed: str, name: str) -> None:
    assert fact(text, printed)["indicator"] == name


def test_a_bing_after_counted_objects_opens_no_predicate_of_theirs() -> None:
    # written: 并 after the objects of a verb joins the actor's next verb, which says nothing of them
    assert "通过验收" not in fact("今年完成15个项目并通过验收。", "15个")["indicator"]
