"""Periods read where an audit of every fact's period against its sentence found them wrong.

Each passage is copied from a State Council work report of the shared corpus (the year in the comment before the
test), cut down to the lines that tell the period: the opening, the heading above, the sentence of the figure.
"""

from __future__ import annotations

import warnings

from _sentences import fact_printed

import dhcheng_analysis as dh

# -- a work report whose opening reviews, none of its numbered parts (2002, 1985) ------------------------------------
# 首先报告２００１年的工作 heads the review before 一、…; the numbered parts plan: 今年 is 2002, 年末 the end of 2001.

_2002 = (
    "各位代表：\n\n"
    "　　现在，我代表国务院向大会作政府工作报告，请予审议，并请全国政协各位委员提出意见。\n\n\n\n"
    "首先报告２００１年的工作\n\n"
    "　　新世纪第一年，全国各族人民在中国共产党领导下，面对复杂多变的国际形势，克服困难，阔步前进，"
    "改革开放和社会主义现代化建设取得了新的重大成就。\n\n"
    "国民经济保持良好发展势头。\n"
    "国际收支状况良好，年末国家外汇储备达到２１２２亿美元，比上年末增加４６６亿美元。\n\n"
    "　　按照这个总体要求，今年要着重做好以下八个方面工作。\n\n\n\n"
    "一、扩大和培育内需，促进经济较快增长\n\n\n\n"
    "保持国债投资的必要规模，带动固定资产投资较快增长。\n"
    "根据需要和可能，今年拟发行１５００亿元长期建设国债，主要用于在建的国债建设项目、西部开发项目、重点企业技术改造，"
    "以及南水北调、京津水资源保护工程、农村基础设施和教育、公检法司等方面设施的建设。\n"
)


def test_the_numbered_parts_after_a_reviewing_opening_plan_the_next_year():
    reserve = fact_printed(_2002, "２１２２")
    assert (reserve["indicator"], reserve["status"], reserve["period"]) == ("国家外汇储备", "actual", "2001年末")
    bonds = fact_printed(_2002, "１５００")
    assert (bonds["indicator"], bonds["status"], bonds["period"]) == ("长期建设国债", "target", "2002年")


# 刚刚过去的１９８４年，是…的一年: the opening names the year reviewed; 去年 of the review is 1984.

_1985 = (
    "各位代表：\n"
    "　　刚刚过去的１９８４年，是我国各族人民在实现八十年代以至九十年代的三大任务方面取得伟大成就的一年，"
    "是全国政治、经济、文化等各条战线的形势越来越好的一年。现在，我就以此为题，向大会作政府工作报告，请予审议。\n"
    "（一）关于经济形势\n"
    "　　去年，全国进出口总额达到一千二百零一亿元，比上年增长３９．７％，扣除价格和汇率变动因素，实际增长１９．６％，"
    "超过工农业总产值和国民收入增长的速度。\n"
)


def test_last_year_of_a_review_an_opening_dates():
    trade = fact_printed(_1985, "一千二百零一亿")
    assert (trade["indicator"], trade["status"], trade["period"]) == ("全国进出口总额", "actual", "1984年")


# -- a year before a name compared with a year (1993, 2006) ----------------------------------------------------------
# 原定２０００年国民生产总值比１９８０年翻两番的宏伟目标: the target is of 2000, whatever span the clause before names.

def test_the_year_of_a_doubling_target_before_its_name():
    quad = fact_printed("就全国来说，保持这样的增长速度，在今后五年内，就能够实现原定２０００年国民生产总值比１９８０年翻两番的宏伟目标。",
                        "两")
    assert (quad["indicator"], quad["measure"], quad["period"], quad["comparator"]) == (
        "国民生产总值", "change_pct", "2000年", "1980年")
    double = fact_printed("按照新近公布的第一次全国经济普查数据和2005年经济增长实际结果，“十五”期间国内生产总值增长速度比原来预计的"
                          "高一些，“十一五”年均增长7.5%，将会超过中央《建议》提出的2010年人均国内生产总值比2000年翻一番的要求。", "一")
    assert (double["indicator"], double["period"], double["comparator"]) == ("人均国内生产总值", "2010年", "2000年")


# -- a year before the verb of its clause (dongcheng_2020_h1) --------------------------------------------------------
# 确定2020年实施425条背街小巷提升任务: the tasks set for the year, not the cutoff (截至6月30日) carried from before.

_DONGCHENG = (
    "一、上半年计划执行情况\n"
    "(四)宜居水平不断提升\n"
    "城市品质稳步提高。持续推进疏解整治促提升专项行动,对市级疏整促任务543个点位落点落图。稳步推进拆违专项行动,截至6月30日,"
    "共完成存量违建销账30685平方米,完成市级任务61.4%。完成开墙打洞任务销账15处,保持“动态清零”。启动新一轮背街小巷环境精细化"
    "整治提升三年行动计划,对照精治类、达标类、维护类三类标准,明确10大类、38项具体任务,确定2020年实施425条背街小巷提升任务、"
    "试点打造44个“美丽院落”,加快推进设计及概算编制工作。\n"
)


def test_a_year_before_the_verb_dates_the_tasks_it_sets():
    for printed in ("425", "44"):
        task = fact_printed(_DONGCHENG, printed)
        assert (task["status"], task["period"]) == ("target", "2020年"), printed


# -- a figure that is all its clause goes on with the stock before it, in a plan part too (1985) ---------------------
# 我国有十亿人口，两亿多户: both are counts the plan starts from, not targets of 1985: stocks standing now, of the
# year reviewed (1984年).

_1985_PLAN = (
    "各位代表：\n"
    "　　刚刚过去的１９８４年，是我国各族人民在实现八十年代以至九十年代的三大任务方面取得伟大成就的一年，"
    "是全国政治、经济、文化等各条战线的形势越来越好的一年。现在，我就以此为题，向大会作政府工作报告，请予审议。\n"
    "　　四、对原材料、燃料等重要生产资料，计划分配部分的价格基本不动，按规定企业自销的部分，实行市场调节，推动生产资料进入市场。\n"
    "　　我国有十亿人口，两亿多户，市场容量很大，如果都去集中购买某种东西，国家储备再多也经不起冲击，这样就会人为地造成供应紧张，"
    "而且会给不法之徒以可乘之机，严重损害国家和消费者的利益。\n"
)


def test_a_bare_count_after_a_stock_is_a_stock():
    for printed in ("十亿", "两亿"):
        count = fact_printed(_1985_PLAN, printed)
        assert (count["status"], count["period"]) == ("actual", "1984年"), printed


# -- an earlier cut of the data holds in its sentence only (beijing_2017_h1) -------------------------------------------
# 1-5月北京地区进出口总额增长26.9%: in a report of 上半年 (its file name says so), the sentences after it are of the half.

_BEIJING = (
    "(一)稳的因素持续巩固,主要指标处于合理区间\n"
    "经济运行总体平稳。上半年地区生产总值增长6.8%,高于年初预期目标0.3个百分点。一般公共预算收入增长5.7%。"
    "全市居民人均可支配收入实际增长7%。CPI同比上涨2%,城镇登记失业率1.49%。内外需求支撑平稳。"
    "市政府固定资产投资已下达70%,经营性土地供应完成年初计划的72.3%。"
    "上半年全市投资增长6.2%,其中房地产开发投资下降6.4%,占全市投资的比重43.8%、较上年同期减少5.9个百分点;民间投资增长4.1%,在5月份转正后持续回升。"
    "总消费增长9.3%,其中服务消费增长12.7%、对总消费增长的贡献率达70.5%,商品消费增长5.6%。"
    "1-5月北京地区进出口总额增长26.9%,增速连续5个月高于全国平均水平。产业结构稳步优化。"
    "工业增长高端引领,高技术制造业、战略性新兴产业增加值分别增长18.2%和12.7%。"
    "优势服务业贡献突出,金融、科技和信息服务业三大优势行业增加值分别增长7.4%、10%和9.3%,对经济增长贡献率合计达49.7%。"
    "\n"
)


def test_months_before_those_reported_date_their_sentence_only(tmp_path):
    path = tmp_path / "beijing_2017_h1.txt"
    path.write_text(_BEIJING, encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        f = dh.extract_facts(dh.load_report(path)).set_index("indicator")
    assert f.loc["北京地区进出口总额", "period"] == "1-5月"
    assert (f.loc[["高技术制造业增加值", "战略性新兴产业增加值", "金融业增加值", "信息服务业增加值"], "period"] == "上半年").all()
