"""An estimate word that opens its sentence (预计, 根据预计, 初步预计) holds over the sentence's semicolons, as a year to
reach opening it does (到2025年，…；…): every figure after it is an estimate until a word of an outcome or a plan (已,
力争) or a clause that ends its reach (，加上…，). The national sentence is copied verbatim from the report named in its
comment; the district sentences are written regression fixtures in the form of a mid-year report."""

from __future__ import annotations

import pytest
from _sentences import MIDYEAR_HEAD, fact

# 1958
HARVEST = ("根据预计，一九五七年比一九五六年，粮食增加了五十亿斤，达到三千七百亿斤；棉花增加了约三百九十万担，达到三千二百八十万"
           "担；甘蔗增加了三千零九十二万担，甜菜增加了约三百九十万担，黄麻、洋麻增加了约一百万担，猪的饲养头数增加了约三千万头。")


@pytest.mark.parametrize(("printed", "within", "name"), [
    ("五十亿斤", "粮食增加了五十亿斤", "粮食"),
    ("三百九十万担", "棉花增加了约三百九十万担", "棉花"),
    ("三千二百八十万担", "达到三千二百八十万担", "棉花"),
    ("三千零九十二万担", "甘蔗增加了三千零九十二万担", "甘蔗"),
    ("三千万头", "增加了约三千万头", "猪的饲养头数"),
])
def test_an_estimate_opening_a_national_sentence_holds_over_its_semicolons(work_reports, printed, within, name):
    f = work_reports.fact_at(1958, within, printed)
    assert (f["indicator"], f["status"]) == (name, "estimate")


ESTIMATED = "预计全年地区生产总值增长6%左右；一般公共预算收入增长5%，达到100亿元。"
DONE_AFTER = "预计全年一般公共预算收入100亿元，增长5%；已完成税收收入80亿元，增长4%。"
ADDED = "预计今年财政收入继续恢复增长，加上调入资金等，一般公共预算支出规模28.5万亿元；税收收入80亿元。"


@pytest.mark.parametrize(("sentence", "printed", "status"), [
    (ESTIMATED, "5%", "estimate"),
    (ESTIMATED, "100亿元", "estimate"),
    (DONE_AFTER, "5%", "estimate"),
    (DONE_AFTER, "80亿元", "actual"),  # 已 after the semicolon: an outcome again
    (DONE_AFTER, "4%", "actual"),
    (ADDED, "80亿元", "actual"),  # ，加上…， ended the estimate's reach before the semicolon
])
def test_written_district_sentences_keep_the_estimate_until_another_status(sentence, printed, status):
    text = MIDYEAR_HEAD + sentence
    assert fact(text, printed, sentence)["status"] == status
