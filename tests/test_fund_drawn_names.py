"""An amount drawn from a fund (使用, 动用, 调入 … before the amount, the fund's name after it) is named with its verb.

Printed before the amount, the fund names what the amount is drawn from or put in, not how big the fund is: the
name keeps the verb, as it does when the amount follows the fund (使用失业保险基金…万元), so that neither reads as
the fund's balance.
"""

from __future__ import annotations

from _sentences import facts

# shared/corpus/national_work_reports/2022.txt
UNEMPLOYMENT_FUND = (
    "继续开展大规模职业技能培训，共建共享一批公共实训基地。使用1000亿元失业保险基金支持稳岗和培训，"
    "加快培养制造业高质量发展的急需人才，让更多劳动者技能提升、就业更加充分。"
)


def test_an_amount_of_a_fund_drawn_keeps_the_verb_that_draws_it():
    f = facts(UNEMPLOYMENT_FUND)
    row = f[f.value == 1e11].iloc[0]
    assert (row.indicator, row.measure, row.unit) == ("使用失业保险基金", "level", "元")
    assert row.indicator_key == ""
