"""A span ahead that a requirement sets is the time of what is required, no period of what is already reached.

纲要要求分别在七年或者十二年内，… names the time within which the programme's aims are to be met: the figure of
the aim keeps it, while a figure the report says is already reached (已降低到, 已经治疗了, or one of the sentence
after it in its paragraph) is of no such span. Each sentence is quoted verbatim from the report named in its comment.
"""

from __future__ import annotations

from _sentences import fact_at


def test_a_figure_reached_takes_no_span_a_requirement_sets():
    # national work report 1960 (one paragraph: the span printed in the first sentence)
    s = ("全国农业发展纲要要求分别在七年或者十二年内，基本上消灭的植物病害和虫害有十一种，其中的棉花蚜虫和红蜘蛛，"
         "在集中的产棉区已经基本做到不卷叶，不红叶，达到消灭危害的要求；对于蝗虫和粘虫，也做到基本控制，不使为害；"
         "其他如麦类黑穗病、水稻螟虫等等的危害损失率一般已降低到百分之二以下。"
         "许多地方还创造了几万亩、几十万亩耕地连片的无病虫害区。")
    got = fact_at(s, "十一种")
    assert (got["status"], got["period"]) == ("target", "十二年内")  # the aim keeps the span it is set for
    for printed in ("百分之二", "几十万亩"):
        got = fact_at(s, printed)
        assert (got["status"], got["period"]) == ("actual", ""), printed


def test_a_share_already_treated_is_of_no_span_required():
    # national work report 1960
    got = fact_at("纲要要求在十二年内基本消灭和积极防治的疾病，有的已经基本消灭和防治住了（例如天花、鼠疫等），"
                  "血吸虫病的患者已经治疗了百分之七十，其他一些病的发病率也大大下降。", "百分之七十")
    assert (got["status"], got["period"]) == ("actual", "")


def test_a_span_ahead_a_ruling_sets_holds_for_its_aims():
    # national work report 1955: a span no requirement word sets, and figures of aims, keep their period
    s = ("国务院规定：在今后三年内，生产性建设的建筑安装的造价，应该比原计划至少节约百分之十；"
         "各种非生产性建设的造价，应该比原计划至少节约百分之十五。")
    for printed in ("百分之十", "百分之十五"):
        got = fact_at(s, printed)
        assert (got["status"], got["period"]) == ("target", "今后三年内"), printed
