"""A report whose first part reviews every field under a broad heading (一、前三季度经济社会发展总体情况) and prints the
economy's figures under a narrower lead heading within it ((一)经济运行总体平稳) leads with that narrower section: the
figures of the fields after it (a library's readers, the citizens' hotline, petitions, a programme's completion) are
no headline rows. A lead heading naming the economy itself (一、上半年经济运行情况) keeps all it holds."""
import dhcheng_analysis as dh

# 海淀区 2022 前三季度 report, as the fixture haidian_2022_q3 prints it (shortened to one sentence a section)
REVIEW = (
    "一、前三季度经济社会发展总体情况\n"
    "(一)经济运行总体平稳\n"
    "一是主要指标保持增长。1-9月,全区实现地区生产总值7215.6亿元,同比增长1.8%,增速较上半年回落0.6个百分点。\n"
    "(三)城市更新和生态建设扎实推进\n"
    "一是城市更新有序实施。启动城市更新项目42个,涉及建筑面积86.5万平方米;老旧小区综合整治完成32个,完成全年任务的80%;"
    "完成棚户区改造1260户,完成年度任务的90.0%。\n"
    "(四)民生福祉持续增进\n"
    "二是公共服务不断完善。新增中小学学位6500个,新建、改扩建中小学和幼儿园11所。全区公共图书馆累计接待读者136.7万人次,"
    "同比增长24.5%。\n"
    "三是城市治理精细高效。12345市民热线受理诉求共计42.8万件,同比增长16.3%。\n"
    "二、需要关注的问题\n"
)


def test_the_economy_section_within_a_whole_review_leads():
    facts = dh.extract_facts(dh.load_report(REVIEW))
    lead = dict(zip(facts["raw_value"], facts["lead"], strict=True))
    assert lead["7215.6"] and lead["1.8"]
    assert not lead["80"] and not lead["24.5"] and not lead["16.3"]


def test_the_fields_after_it_make_no_headline_rows():
    rows = set(dh.headline_indicators(dh.load_report(REVIEW))["indicator"])
    assert "地区生产总值" in rows
    assert not {"老旧小区综合整治", "公共图书馆接待读者", "12345市民热线受理诉求", "城镇棚户区住房改造"} & rows


def test_a_lead_heading_of_the_economy_keeps_its_sections():
    # 玄武区 2021 上半年 (tests/gold/real/texts/xuanwu_nj_2021_h1.txt, verbatim, shortened)
    text = ("一、重点行业全面复苏,经济运行稳中向好\n"
            "(一)主要经济指标方面。上半年,全区地区生产总值同比增长14.5%。\n"
            "(二)外向型指标方面。上半年,外贸进出口额同比增长29.5%。\n"
            "二、下半年工作安排\n")
    facts = dh.extract_facts(dh.load_report(text))
    assert facts["lead"].all()
    assert "进出口总额" in set(dh.headline_indicators(dh.load_report(text))["indicator"])
