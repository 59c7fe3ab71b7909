"""A fiscal transfer (转移支付) is no tax base moving out: its 转移 marks no ``base_loss``.

A group of a sentence that speaks of tax (税), of relocation (迁出, 外迁, 转移 …) and of a loss (减收, 减少 …) gives the
figures in it the dimension ``base_loss`` (tax lost to enterprises moving out). 转移 followed by 支付 names the transfers
between levels of government, printed beside taxes and cuts in every budget report, and is no relocation. Each sentence
is copied from the report named in its comment, or says that it is written.
"""

from __future__ import annotations

from _sentences import fact

# national work report 2015
S2015 = ("制定并实施深化财税体制改革总体方案，预算管理制度和税制改革取得重要进展，专项转移支付项目比上年减少1/3以上，"
         "一般性转移支付比重增加，地方政府性债务管理得到加强。")
# written: the shape of a district budget report
S_BUDGET = "全区税收收入完成50亿元，上级转移支付收入12亿元，比上年减少10%。"
# constructed district half-year report (tests/gold/constructed/xicheng_2020_h1/xicheng_2020_h1.txt)
S_MOVED = "上半年,全区新设市场主体1296户,同比降低31.8%;税收关系迁出企业482户,共造成全口径减收5.6亿元(地方级2.5亿元、区级1.1亿元)。"


def test_a_transfer_cut_is_no_base_loss():
    f = fact(S2015, "1/3")
    assert (f["indicator"], f["dimension"]) == ("专项转移支付项目", "")


def test_a_transfer_beside_taxes_is_no_base_loss():
    assert fact(S_BUDGET, "10%")["dimension"] != "base_loss"
    assert fact(S_BUDGET, "12亿元")["dimension"] != "base_loss"


def test_enterprises_moving_out_still_lose_tax_base():
    assert fact(S_MOVED, "482户")["dimension"] == "base_loss"
