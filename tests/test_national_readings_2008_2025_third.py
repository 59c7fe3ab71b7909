"""A third pass over sentences of the State Council government work reports of 2008-2025, read by eye.

Each sentence is copied verbatim from the work-report corpus (the year of the report in the comment);
each test names the rule it pins and asserts the fields a reading found wrong.
"""

from __future__ import annotations

from _sentences import fact

# -- persons counted by a bare magnitude before their noun are named by what the clause says they do --------------


def test_persons_counted_by_a_magnitude_are_named_by_their_predicate():
    # 2021
    s = ("脱贫攻坚成果举世瞩目，5575万农村贫困人口实现脱贫，960多万建档立卡贫困人口通过易地扶贫搬迁摆脱了“一方水土难养一方人”"
         "的困境，区域性整体贫困得到解决，完成了消除绝对贫困的艰巨任务。")
    r = fact(s, "5575万")
    assert (r["indicator"], r["unit"], r["value"]) == ("实现脱贫的农村贫困人口", "人", 55750000.0)
    # 2023: as the count with 多 beside it already was
    s = "经过八年持续努力，近1亿农村贫困人口实现脱贫，全国832个贫困县全部摘帽，960多万贫困人口实现易地搬迁，历史性地解决了绝对贫困问题。"
    r = fact(s, "1亿")
    assert (r["indicator"], r["qualifier"]) == ("实现脱贫的农村贫困人口", "nearly")
    assert fact(s, "960多万")["indicator"] == "实现易地搬迁的贫困人口"
    # 2014
    s = "今后一个时期，着重解决好现有“三个1亿人”问题，促进约1亿农业转移人口落户城镇，改造约1亿人居住的城镇棚户区和城中村，引导约1亿人在中西部地区就近城镇化。"
    r = fact(s, "1亿农业")
    assert (r["indicator"], r["qualifier"]) == ("落户城镇的农业转移人口", "about")


def test_an_adverb_of_manner_opens_the_predicate_naming_the_things_counted():
    # 2021: 顺利 (as 成功, 如期) is how they did it, no part of their noun; the noun cut at the verb after it left
    # 高中毕业生顺利, cleaned to the bare noun, as though all high-school graduates were counted (and a district's
    # 1200名高校毕业生顺利实现就业 keyed as all the college graduates of the year)
    s = "广泛开展线上教学，秋季学期实现全面复学，1000多万高中毕业生顺利完成高考。"
    r = fact(s, "1000多万")
    assert (r["indicator"], r["qualifier"], r["status"]) == ("顺利完成高考的高中毕业生", "over", "actual")
    # a sentence of the report fixture tests/gold/constructed/dongcheng_2020_q1q3
    assert fact("新增学位1.6万余个，19个考点校顺利完成高考组考。", "19个")["indicator"] == "顺利完成高考组考的考点校"


def test_quote_marks_do_not_count_toward_the_length_of_a_predicate_naming_persons():
    # 2021: 通过易地扶贫搬迁摆脱了“一方水土难养一方人”的困境 is 23 characters of words and two quote marks; the
    # persons were named by their bare noun, as though all 建档立卡贫困人口 were counted
    s = ("脱贫攻坚成果举世瞩目，5575万农村贫困人口实现脱贫，960多万建档立卡贫困人口通过易地扶贫搬迁摆脱了“一方水土难养一方人”"
         "的困境，区域性整体贫困得到解决，完成了消除绝对贫困的艰巨任务。")
    r = fact(s, "960多万")
    assert (r["indicator"], r["unit"], r["value"], r["qualifier"]) == (
        "通过易地扶贫搬迁摆脱了“一方水土难养一方人”的困境的建档立卡贫困人口", "人", 9600000.0, "over")


def test_a_task_after_the_persons_counted_is_no_predicate_of_them():
    # 2016: 脱贫任务 is the task the figure sets, not what the persons do; the persons are those the task is
    # completed for (完成 before them), not the whole rural poor
    s = "今年要完成1000万以上农村贫困人口脱贫任务，其中易地搬迁脱贫200万人以上，继续推进贫困农户危房改造。"
    r = fact(s, "1000万")
    assert (r["indicator"], r["status"], r["qualifier"]) == ("完成脱贫任务的农村贫困人口", "target", "at_least")


# -- 办理事项 is one noun: 办理 in it does not end the things counted ----------------------------------------------


def test_matters_handled_are_one_noun_of_the_things_counted():
    # 2023
    s = ("不断优化服务，推进政务服务集成办理，压减各类证明事项，加快数字政府建设，90%以上的政务服务实现网上可办，"
         "户籍证明、社保转接等200多项群众经常办理事项实现跨省通办。")
    r = fact(s, "200多项")
    assert (r["indicator"], r["qualifier"]) == ("户籍证明、社保转接等实现跨省通办的群众经常办理事项", "over")


# -- a percentage a cut is made by (按…的幅度压减) is the change of the thing cut ------------------------------


def test_a_rate_to_cut_by_is_the_change_of_the_thing_cut():
    # 2017
    s = ("各级政府要坚持过紧日子，中央部门要带头，一律按不低于5%的幅度压减一般性支出，决不允许增加“三公”经费，"
         "挤出更多资金用于减税降费，坚守节用裕民的正道。")
    r = fact(s, "5%")
    assert (r["indicator"], r["measure"], r["value"], r["qualifier"]) == ("一般性支出", "change_pct", -5.0, "at_least")


# -- an amount after the pause mark closing a cut of an object is one more object of that cut -------------------


def test_the_next_object_after_a_pause_mark_shares_the_cut_before_it():
    # 2017
    s = "今年赤字率保持不变，主要是为了进一步减税降费，全年再减少企业税负3500亿元左右、涉企收费约2000亿元，一定要让市场主体有切身感受。"
    r = fact(s, "2000亿元")
    assert (r["indicator"], r["measure"], r["value"], r["qualifier"]) == ("涉企收费", "abs_change", -2e11, "about")
    assert fact(s, "3500亿元")["measure"] == "abs_change"


# -- a count of units a subject reaches (覆盖) is named by the subject, as the persons it reaches are ------------


def test_units_a_subject_reaches_are_named_by_it():
    # 2008
    s = ("国家安排专项资金支持2.2万多所农村中小学改造危房、建设 7000多所寄宿制学校，远程教育已覆盖36万所农村中小学，"
         "更多的农村学生享受到优质教育资源。")
    r = fact(s, "36万所")
    assert (r["indicator"], r["unit"], r["value"]) == ("远程教育覆盖的农村中小学", "所", 360000.0)
