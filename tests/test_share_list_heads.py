"""The later items of a list of shares of one whole are named by the head noun the first item ends with and they
leave out (…社会事业投资占43.7%，…，重大基础设施建设占23.6% → 重大基础设施建设投资): each is printed after a comma as its
name and 占 alone, a share of the same whole; an item naming a quantity of money of its own keeps its name."""

from __future__ import annotations

import dhcheng_analysis as dh

# national_work_reports/2011.txt (the shares of the four trillion yuan investment plan of two years)
SHARES_2011 = ("保障性安居工程、农村民生工程和社会事业投资占43.7%，自主创新、结构调整、节能减排和生态建设占15.3%，重大基础设施建设占23.6%，"
               "灾后恢复重建占14.8%。")
# national_work_reports/2010.txt
SHARES_2010 = ("2009年中央政府公共投资9243亿元，比上年预算增加5038亿元，其中，保障性住房、农村民生工程、社会事业投资占44%，自主创新、"
               "结构调整、节能减排和生态建设占16%，重大基础设施建设占23%，灾后恢复重建占14%。")


def _shares(text: str) -> list[tuple[str, float, str]]:
    df = dh.extract_facts(dh.load_report(text))
    df = df[df["measure"] == "rate_pct"]
    return list(zip(df["indicator"], df["value"], df["comparator"], strict=True))


def test_later_shares_of_an_investment_plan_are_investment() -> None:
    assert _shares(SHARES_2011) == [
        ("保障性安居工程、农村民生工程和社会事业投资", 43.7, ""), ("自主创新、结构调整、节能减排和生态建设投资", 15.3, ""),
        ("重大基础设施建设投资", 23.6, ""), ("灾后恢复重建投资", 14.8, "")]


def test_later_shares_of_the_central_investment_are_investment() -> None:
    whole = "中央政府公共投资"
    assert _shares(SHARES_2010) == [
        ("保障性住房、农村民生工程、社会事业投资", 44.0, whole), ("自主创新、结构调整、节能减排和生态建设投资", 16.0, whole),
        ("重大基础设施建设投资", 23.0, whole), ("灾后恢复重建投资", 14.0, whole)]


def test_items_joined_by_the_list_mark_take_the_head_too() -> None:
    # (a budget's spending by function as district budget reports print it, its items joined by 、: constructed)
    text = "全区一般公共预算支出100亿元，其中，教育支出占18.5%、卫生健康占9.2%、社会保障和就业占15.1%。"
    df = dh.extract_facts(dh.load_report(text))
    df = df[df["measure"] == "rate_pct"]
    assert list(zip(df["indicator"], df["indicator_key"], strict=True)) == [
        ("教育支出", "education_expenditure"), ("卫生健康支出", "health_expenditure"),
        ("社会保障和就业支出", "social_security_employment_expenditure")]
