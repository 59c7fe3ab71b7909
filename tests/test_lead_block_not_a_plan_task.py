"""A heading of the part that plans is no block the report leads with, though it speaks of the economy's running:
（一）着力稳定宏观经济大盘，保持经济运行在合理区间 heads the first task of the year planned, whose figures are
targets. The report leads with its review (国内生产总值达到114万亿元，增长8.1%), whose growths the headline table
takes up (细颗粒物（PM2.5）平均浓度下降9.1%)."""
import dhcheng_analysis as dh

# real excerpt: /work/shared/corpus/national_work_reports/2022.txt, the heading of its review with the first and the
# fifth of its paragraphs of main indicators (cut after their sentences of figures), then the heading of its tasks,
# its first sub-heading and the first sentences under it, each verbatim
REVIEW = (
    "一、2021年工作回顾\n\n"
    "——经济保持恢复发展。国内生产总值达到114万亿元，增长8.1%。全国财政收入突破20万亿元，增长10.7%。"
    "城镇新增就业1269万人，城镇调查失业率平均为5.1%。居民消费价格上涨0.9%。国际收支基本平衡。\n\n"
    "——生态文明建设持续推进。污染防治攻坚战深入开展，主要污染物排放量继续下降，地级及以上城市细颗粒物（PM2.5）"
    "平均浓度下降9.1%。第一批国家公园正式设立。\n\n")
PLAN = (
    "三、2022年政府工作任务\n\n"
    "今年经济社会发展任务重、挑战多。\n\n"
    "（一）着力稳定宏观经济大盘，保持经济运行在合理区间。\n"
    "继续做好“六稳”、“六保”工作。\n\n"
    "提升积极的财政政策效能。今年赤字率拟按2.8%左右安排、比去年有所下调，有利于增强财政可持续性。\n")


def test_the_review_not_the_first_task_of_the_plan_is_the_lead_block():
    facts = dh.extract_facts(dh.load_report(REVIEW + PLAN)).set_index("indicator")
    assert facts.loc["国内生产总值", "lead"].all()
    assert facts.loc["居民消费价格", "lead"]
    assert facts.loc["赤字率", "status"] == "target"
    assert not facts.loc["赤字率", "lead"]


def test_a_growth_of_the_review_gets_its_headline_row():
    rows = dh.headline_indicators(dh.load_report(REVIEW + PLAN)).set_index("indicator")
    assert (rows.loc["国内生产总值", "level"], rows.loc["国内生产总值", "yoy_pct"]) == (1.14e14, 8.1)
    assert rows.loc["居民消费价格", "yoy_pct"] == 0.9
    assert rows.loc["细颗粒物浓度", "yoy_pct"] == -9.1  # a growth the lead block tracks, no headline term
