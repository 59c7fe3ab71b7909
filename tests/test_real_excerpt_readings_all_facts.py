"""Every figure of the district reports' excerpts, read on their verbatim sentences (tests/gold/real/texts).

A size class counted after another class of the same amount keeps what the amount is of: in 其中注册资金千万元以上46家,
亿元以上5家 the second class is of registered capital too (注册资金亿元以上的引进企业), never a bare 亿元以上; so with a
bound written before the amount (投资额超10亿元项目12个,超50亿元项目3个).
Firms counted by a verb of receiving and the sum they receive (30家企业获得企业发展奖励资金1.17亿元) are named by
what they receive (获得企业发展奖励资金的企业), as they are when no sum follows; the sum keeps the fund's name. 享受
and 领取 are such verbs as 获得 is (120家企业享受研发费用加计扣除政策 → 享受研发费用加计扣除政策的企业).
Parts listed after a 其中 that opens a sentence are of the total of the sentence before in their own unit: 小麦面积
(亩) of 粮食生产总面积, 小麦产量 (吨) of 粮食总产量; 列入市级重点项目169个 of the 224 projects, not of their investment.
A count of those selected out of the applications counted before it (申报各级人才项目22个,入选8个) is named by the
selection and the things applied for (入选的各级人才项目), never by the bare verb.
A cut-off month written in Chinese numerals (截至六月底, 六月末) is the figure's period as 截至6月底 is; a month after a
year in Chinese numerals (一九五八年九月底) is no such period alone.
"""

from __future__ import annotations

from _sentences import fact_at, facts


def test_a_size_class_after_one_of_the_same_amount_keeps_what_the_amount_is_of():
    f = facts("招商引资成效显著,全年共引进企业137家,其中注册资金千万元以上46家,亿元以上5家,实到内资17亿元。")
    assert [(r.raw_value, r.indicator, r.measure, r.unit) for r in f.itertuples()] == [
        ("137", "引进企业", "level", "家"), ("46", "注册资金千万元以上的引进企业", "level", "家"),
        ("5", "注册资金亿元以上的引进企业", "level", "家"), ("17", "实到内资", "level", "元")]
    got = facts("全年共引进项目52个,其中投资额超10亿元项目12个,超50亿元项目3个。")  # (written in the reports' style)
    assert list(got.indicator) == ["引进项目", "投资额超10亿元项目", "投资额超50亿元项目"]
    got = facts("全区独角兽企业35家，年营收100亿元以上企业26家、1亿元以上企业1863家。")  # (a constructed text)
    assert list(got.indicator) == ["独角兽企业", "年营收100亿元以上企业", "年营收1亿元以上企业"]


def test_a_cutoff_month_in_chinese_numerals_is_the_period():
    got = fact_at("截至六月底,已经完成全区疏非控人涉及人口减少12.8", "12.8")
    assert (got["period"], got["measure"], got["indicator"]) == ("截至六月底", "abs_change", "疏非控人涉及人口")
    got = fact_at("六月末,全区金融机构本外币存款余额1200亿元。", "1200")  # (written in the reports' style)
    assert got["period"] == "六月末"
    f = facts("原定一九五七年十月到一九五八年九月底增加灌溉面积九千二百多万亩，但是到一九五八年一月三十一日，"
              "已经完成一亿一千七百多万亩，即用四个月的时间超额完成了全年度的任务。")
    assert "九月底" not in set(f.period)


def test_firms_counted_with_the_sum_they_receive_are_named_by_what_they_receive():
    f = facts("召开全区企业家大会,中车四方股份等16家企业获得第一批先进制造业产业链链主企业证书,"
              "易邦生物等30家企业获得企业发展奖励资金1.17亿元。")
    assert [(r.raw_value, r.indicator, r.measure) for r in f.itertuples()] == [
        ("16", "获得第一批先进制造业产业链链主企业证书的企业", "level"), ("30", "获得企业发展奖励资金的企业", "level"),
        ("1.17", "企业发展奖励资金", "level")]
    got = fact_at("设立全市首个总规模3000万元的中小企业风险补偿资金,促成11家企业获得银行贷款7800万元,占用风险补偿资金450万元。",
                  "11家")
    assert (got["indicator"], got["value"], got["unit"]) == ("获得银行贷款的企业", 11.0, "家")
    got = fact_at("免除3000多万名农村寄宿制学生住宿费，其中1228万名中西部家庭经济困难学生享受生活补助。", "1228")
    assert got["indicator"] == "享受生活补助的中西部家庭经济困难学生"
    got = fact_at("全区共有120家企业享受研发费用加计扣除政策,减免税额3.2亿元。", "120")  # (written in the reports' style)
    assert got["indicator"] == "享受研发费用加计扣除政策的企业"


def test_parts_after_qizhong_are_of_the_total_before_in_their_unit():
    f = facts("全区粮食生产总面积321140亩,比上年增长3.8%,粮食总产量132772吨,比上年增长1.1%。"
              "其中:小麦面积和产量是95517亩和37554吨,比上年增长5.1%和4.6%,水稻面积和产量是208043亩")
    ids = dict(zip(f.raw_value, f.fact_id, strict=True))
    parts = {r.raw_value: (r.parent_id, r.relation) for r in f.itertuples() if r.relation}
    assert parts == {"95517": (ids["321140"], "part"), "37554": (ids["132772"], "part"),
                     "208043": (ids["321140"], "part"),
                     # and the growth of each part under the growth of its total
                     "5.1": (ids["3.8"], "part"), "4.6": (ids["1.1"], "part")}
    f = facts("全年全区城市更新和城市建设项目224个,完成投资391.6亿元。其中,列入市级重点项目169个,完成投资319亿元,全市第二;"
              "融资到位资金125.6亿元。")
    ids = dict(zip(f.raw_value, f.fact_id, strict=True))
    assert {r.raw_value: r.parent_id for r in f.itertuples() if r.relation == "part"} == {
        "169": ids["224"], "319": ids["391.6"]}


def test_those_selected_out_of_the_applications_before_are_named_by_the_selection():
    # (the street report breaks off after 申报各级人才项目22个; the rest is written in the reports' style)
    f = facts("大力推进人才建设,全年共计申报各级人才项目22个,入选8个。")
    assert list(zip(f.raw_value, f.indicator, strict=True)) == [("22", "申报各级人才项目"), ("8", "入选的各级人才项目")]
    f = facts("组织申报国家级项目15个,获批6个。")
    assert list(f.indicator) == ["组织申报国家级项目", "获批的国家级项目"]
