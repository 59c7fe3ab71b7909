"""The block a report leads with ends where the review of the work done opens with its list of items (一是…,
二是…), however long the first item's paragraph runs: a growth of that review (设备购置投资增长15.7%, an evidence of one
policy) is no indicator the lead block tracks, and gets no headline row."""
import dhcheng_analysis as dh

# real excerpt: /work/shared/corpus/national_work_reports/2025.txt, the heading of its review, the paragraph of its
# main indicators and its first item (a paragraph of 425 characters, too long to be read as a heading), each verbatim
HEADING = "一、2024年工作回顾\n\n"
OVERVIEW = (
    "“稳”的态势巩固延续。主要表现在，经济规模稳步扩大，国内生产总值达到134.9万亿元、增长5%，增速居世界主要经济体前列，对全球经济增长的贡献率保持在30%左右。就业、物价总体平稳，城镇新增就业125"
    "6万人、城镇调查失业率平均为5.1%，居民消费价格上涨0.2%。国际收支基本平衡，对外贸易规模创历史新高，国际市场份额稳中有升，外汇储备超过3.2万亿美元。民生保障扎实稳固，居民人均可支配收入实际增长"
    "5.1%，脱贫攻坚成果持续巩固拓展，义务教育、基本养老、基本医疗、社会救助等保障力度加大。重点领域风险化解有序有效，社会大局保持稳定。"
    "\n\n")
FIRST_ITEM = (
    "一是因时因势加强和创新宏观调控，推动经济回升向好。去年一季度经济开局良好，但受国内外多方面因素影响，进入二季度以后主要指标连续走低，下行压力加大。我们加强逆周期调节，聚焦突出问题针对性施策，紧抓存量和"
    "增量政策落实，推动需求较快回升，生产增长加快，市场预期明显改善，全年经济运行呈现前高、中低、后扬态势。有力实施财政货币政策，扩大支出规模，加强重点领域财力保障，两次下调存款准备金率和政策利率，社会融资"
    "成本进一步降低。围绕扩大有效需求，扎实推进“两重”建设，加力支持“两新”工作，设备购置投资增长15.7%，家电类商品零售额增长12.3%。推动房地产市场止跌回稳，下调住房贷款利率和首付比例，居民存量房"
    "贷利息年支出减少约1500亿元，降低交易环节税费水平，扎实推进保交房工作。积极稳定资本市场，加快完善基础性制度，创设互换便利、回购增持再贷款等工具，市场活跃度上升。一次性增加6万亿元地方专项债务限额置"
    "换存量隐性债务。稳妥推进地方中小金融机构改革化险。"
    "\n\n")
# (the opening sentence of its second item, verbatim)
SECOND_ITEM = "二是坚定不移全面深化改革扩大开放，增强发展内生动力。\n"
REVIEW = HEADING + OVERVIEW + FIRST_ITEM + SECOND_ITEM


def test_the_first_item_of_the_review_is_not_of_the_lead_block():
    facts = dh.extract_facts(dh.load_report(REVIEW)).set_index("indicator")
    assert facts.loc["国内生产总值", "lead"].all()
    assert not facts.loc["设备购置投资", "lead"]
    assert not facts.loc["家电类商品零售额", "lead"]


def test_a_growth_of_the_first_item_gets_no_headline_row():
    rows = dh.headline_indicators(dh.load_report(REVIEW))
    assert {"设备购置投资", "家电类商品零售额"}.isdisjoint(rows["indicator"])
    gdp = rows.set_index("indicator").loc["国内生产总值"]
    assert (gdp["level"], gdp["yoy_pct"]) == (1.349e14, 5.0)
