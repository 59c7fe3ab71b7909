"""A level printed as a multiple of another year's level (等於一九四九年的一點五倍) is a ratio to its base, no amount
of the quantity: the headline table shows no level of it.
"""
import dhcheng_analysis as dh

# real excerpt: /work/shared/corpus/national_work_reports/1954.txt, its review of agriculture (verbatim)
GRAIN_1954 = ("我國的農業在土地改革以後有了新的發展。一九五二年糧食和棉花的産量都超過了解放前的最高年産量。農業在一九五三年"
              "因爲有較重的自然災害沒有完成計劃，但是糧食的産量仍比一九五二年略高，棉花的産量也超過解放以前。今年因爲長江和"
              "淮河流域遭受了嚴重的水災，農業生産計劃也不能完成，但是今年夏季麥子豐收，大部地區秋季也可望豐收，全年的糧食和"
              "棉花産量仍可超過一九五三年。預計今年的糧食産量可以等於一九四九年的一點五倍，棉花産量可以等於一九四九年的二點八倍。\n")


def test_a_multiple_of_an_earlier_year_is_no_headline_level():
    report = dh.load_report(GRAIN_1954)
    facts = dh.extract_facts(report)
    # (the multiples stay facts, each of its base year)
    grain = facts[facts["indicator_key"] == "grain_output"]
    assert grain[["value", "unit", "comparator"]].to_numpy().tolist() == [[1.5, "倍", "一九四九年"]]
    h = dh.headline_indicators(report, facts)
    assert "grain_output" not in set(h["indicator_key"])
    assert not (h["unit"] == "倍").any()

