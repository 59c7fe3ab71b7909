"""A change of income that a driving verb brings about names the income of whom it is driven for.

带动X增收N元 (and 促进, 推动 before it) prints money by which X's income grows: the name is the owner and the
quantity the verb changes (增收 → 收入), never the driving verb and its object (带动农民). Sentences are copied
from the report named in the comment, or said to be written where no text at hand prints the shape.
"""

from __future__ import annotations

import pytest
from _sentences import fact

CHANGPING = "草莓文化节期间接待游客56万人次,带动农民增收1.2亿元。"


@pytest.mark.parametrize(("text", "printed", "name"), [
    # changping district report, full year 2021
    (CHANGPING, "1.2亿元", "农民收入"),
    # written: a subject before the driving verb, an approximate figure
    ("乡村旅游带动农民增收约3亿元。", "3亿元", "农民收入"),
    # written: 促进 drives it
    ("全年促进低收入农户增收2.3亿元。", "2.3亿元", "低收入农户收入"),
])
def test_driven_income_is_the_owners_income(text: str, printed: str, name: str) -> None:
    f = fact(text, printed)
    assert (f["indicator"], f["measure"]) == (name, "abs_change")
    assert "subject_carried" not in f["flags"]


def test_the_visitors_counted_before_keep_their_name() -> None:
    # changping district report, full year 2021
    assert fact(CHANGPING, "56万人次")["indicator"] == "草莓文化节期间接待游客"
