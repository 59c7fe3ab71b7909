"""The work reports of 1960 and 1964 read whole: a period held from a paragraph before does not pass a paragraph
break over a figure whose own 到YEAR frame kept it from being replaced (到一九五九年已经有…。⏎ is a new paragraph's
time, not the year's end of the farm tools before it); an example lead (其他如) and a hedging adverb (一般) before the
verb are no part of a name, nor what reaches a level (经济发展达到了) of what it reaches; a count of years before 共 is
the span an amount sums (两年共增加). Sentences copied verbatim from the work-report corpus (file in the comment)."""

from __future__ import annotations

from _sentences import fact

# national_work_reports/1960.txt (two paragraphs, the second cut after its first figures)
PARAGRAPHS = ("农业生产的工具改革运动，几年来也有很大的成绩，创造了水稻插秧机等多种多样的新农具，到一九五九年底共推广了各种改良"
              "农具和半机械化农具五亿二千多万件，对农业劳动生产率的提高起了不小的作用。在田间管理和精耕细作方面，也有新的发展。\n\n"
              "\u3000\u3000纲要关于在农村中发展科学、教育、文化、卫生事业的要求，几年来执行的结果，成绩也很大。"
              "到一九五九年已经有一亿一千多万青、壮年摆脱了文盲地位，占农村青、壮年总人数的三分之二。"
              "社办小学，队也办小学，农村小学教育已经基本普及。"
              "各地人民公社还办了三万多所农业中学，在校学生二百九十六万人，平均每个公社有农业中学一点二所、学生约一百二十人，"
              "这是进一步在农村中普及中学教育的基础和开端。")


def test_a_year_end_held_stays_in_its_paragraph():
    assert fact(PARAGRAPHS, "五亿二千多万件")["period"] == "一九五九年底"
    assert fact(PARAGRAPHS, "三分之二")["period"] == "一九五九年"
    for printed in ("三万多所", "二百九十六万人", "一点二所"):
        assert fact(PARAGRAPHS, printed)["period"] != "一九五九年底"

# national_work_reports/1960.txt
LOSS_RATE = ("全国农业发展纲要要求分别在七年或者十二年内，基本上消灭的植物病害和虫害有十一种，其中的棉花蚜虫和红蜘蛛，"
             "在集中的产棉区已经基本做到不卷叶，不红叶，达到消灭危害的要求；对于蝗虫和粘虫，也做到基本控制，不使为害；"
             "其他如麦类黑穗病、水稻螟虫等等的危害损失率一般已降低到百分之二以下。")


def test_an_example_lead_and_a_hedging_adverb_are_no_part_of_the_name():
    got = fact(LOSS_RATE, "百分之二")
    assert got["indicator"] == "麦类黑穗病、水稻螟虫等等的危害损失率"
    assert got["qualifier"] == "at_most"


# national_work_reports/1960.txt, under a heading that dates the review
IRRIGATION = ("1959年工作回顾\n"
              "从一九五七年冬季开始，几千万人上阵，大修水利，两年共增加灌溉面积五亿五千万亩，加上原有的灌溉面积，"
              "共达十亿零七千万亩。")


def test_a_count_of_years_before_gong_sums_its_years():
    got = fact(IRRIGATION, "五亿五千万亩")
    assert got["period"] == "1958-1959年"
    assert "multi_year" in got["flags"]
    assert fact(IRRIGATION, "十亿零七千万亩")["period"] == "1959年"


# national_work_reports/1960.txt
CONDITION = ("就实现社基本所有制的条件来说，第一，全社的经济发展达到了每人年平均收入一百五十元至二百元的水平；"
             "第二，社有经济部分在全社经济中占了优势；第三，穷队赶上了富队；第四，农村的机械化和半机械化达到了一定程度。")


def test_what_development_reaches_names_the_figure():
    assert fact(CONDITION, "一百五十元")["indicator"] == "每人年平均收入"
    assert fact(CONDITION, "二百元")["indicator"] == "每人年平均收入"
