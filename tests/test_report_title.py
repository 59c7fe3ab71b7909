"""A report's title as its first lines print it: a title spaced out (政 府 工 作 报 告) is read without its spaces
and, naming a kind only, with the place the report speaks of; a title the page ran into the body is cut where it
ends as a title of a kind of report; a note in brackets is no title; a text with no title line is titled by its
place, year and the part of the year it covers, not a bare 报告. The place is the one the title names, wherever
among the first lines the title stands, less a time run into it (上半年萧山区)."""
from dhcheng_analysis.report import guess_metadata, load_report, read_title


def test_spaced_title_is_read_with_its_place():
    # 海曙区 2023 government work report (first lines verbatim)
    text = ("政 府 工 作 报 告\n2023年2月1日在海曙区\n第十二届人民代表大会第二次会议上\n海曙区人民政府区长 叶枝利\n"
            "各位代表:\n现在,我代表海曙区人民政府向大会报告工作,请予审议,并请区政协委员和其他列席人员提出意见。\n"
            "一、2022年工作回顾\n2022年是本届政府的起始之年。")
    meta = guess_metadata(text)
    assert meta["title"] == "海曙区政府工作报告"
    assert meta["district"] == "海曙区"


def test_title_run_into_the_body_is_cut_where_it_ends():
    # 闵行区 2015 statistical bulletin, printed as one line (opening verbatim)
    text = ("2015年上海市闵行区国民经济和社会发展统计公报来源:闵行区统计局2016-03-01第6期2016年2月22日2015年,"
            "在区委、区政府的坚强领导下,全区深入贯彻党的十八大、十八届三中、四中、五中全会和十届市委七次全会精神,"
            "把握和适应经济发展新常态,坚持创新驱动和经济转型升级,全区经济总体保持平稳健康发展。")
    assert read_title(text) == "2015年上海市闵行区国民经济和社会发展统计公报"


def test_a_long_opening_sentence_is_no_title():
    # written: a first paragraph naming a kind of report after a comma is a sentence, not a title
    text = "2023年,全区认真落实区人大批准的预算执行情况报告要求," + "各项工作稳步推进" * 12 + "。"
    assert read_title(text) == ""


def test_note_in_brackets_is_no_title():
    # written: a test copy's first line is a note in brackets, not its title
    text = "(本报告为测试样例,文中所有数字均为虚构。)\n一、上半年经济运行情况\n上半年,全区地区生产总值增长5.2%。"
    assert "title" not in guess_metadata(text)


def test_text_with_no_title_line_names_its_months(tmp_path):
    # 临洮县 budget release of 2024, months to February (opening verbatim)
    text = ("一、大口径财政收入情况\n2月份,全县实现大口径财政收入5682万元,完成预算105425万元的5.39%,较均衡进度慢2.94%,"
            "较上年同期减收1816万元,下降24.22%。1-2月,全县实现大口径财政收入17056万元,完成预算的16.18%,"
            "较均衡进度慢0.48%,较上年同期增收2113万元,增长14.14%。")
    path = tmp_path / "release.txt"
    path.write_text(text, encoding="utf-8")
    meta = load_report(path).metadata
    assert meta["period"] == "M2"
    assert meta["title"] == "1-2月预算执行情况报告"  # (its kind read off 一、大口径财政收入情况)


def test_text_with_no_title_line_nor_year_names_its_months(tmp_path):
    # 大姚县 budget release, months to April (opening verbatim)
    text = ("一、一般公共预算收支完成情况\n(一)地方一般公共预算收入情况\n4月,一般公共预算收入累计完成24627万元,"
            "完成年初预算数60999万元的40.4%,比上年减收1070万元,下降4.2%。")
    path = tmp_path / "release.txt"
    path.write_text(text, encoding="utf-8")
    assert load_report(path).metadata["title"] == "1-4月预算执行情况报告"  # (its kind read off 一般公共预算收支完成情况)


def test_the_place_of_a_title_under_an_index_line_is_the_reports():
    # 萧山区 2022 half-year report, as its page prints it (opening verbatim): the title is no first line, and the
    # half of the year runs into the place (上半年萧山区)
    text = ("索 引 号 H001/2022-66513 成文日期 2022-12-09\n发布机构 区政府办 主题分类 政务公开\n\n"
            "2022年上半年萧山区政府绩效执行情况\n\n发布日期:2022-12-09 14:52 访问次数: 信息来源:区政府办\n分享:\n\n"
            "今年以来,面对超预期因素带来的严重冲击和错综复杂的外部环境,")
    meta = guess_metadata(text)
    assert meta["title"] == "2022年上半年萧山区政府绩效执行情况"
    assert meta["district"] == "萧山区"


def test_a_quarter_run_into_the_place_is_no_part_of_it():
    # written: a title of the months to September with the quarters printed right before the place
    assert guess_metadata("2022年前三季度徐汇区经济运行情况\n一、总体情况\n")["district"] == "徐汇区"


def test_a_numbered_heading_after_the_title_is_no_line_of_it():
    # written: a title ending in 通报, a blank line and the first numbered heading of the body
    meta = guess_metadata("西城区2020年上半年经济运行和重点工作情况通报\n\n一、经济运行总体情况\n上半年，全区经济运行逐月向好。\n")
    assert meta["title"] == "西城区2020年上半年经济运行和重点工作情况通报"
    # written: a part heading of a plan report after a title broken by the page
    assert read_title("顺义区2022年国民经济和社会发展计划执行情况与2023年计划草案（摘要）\n\n第一部分 2022年计划执行情况\n"
                      ) == "顺义区2022年国民经济和社会发展计划执行情况与2023年计划草案(摘要)"
