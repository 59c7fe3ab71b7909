"""新增城镇就业人数, the new urban jobs with 人数 after the word order of 新增城镇就业, keys as 城镇新增就业人数 does.

No text at hand prints it; the glossary lists the other orders of the words (新增城镇就业, 城镇新增就业人数), and
district reports print this one as well.
"""

from __future__ import annotations

import pytest
from _sentences import MIDYEAR_HEAD, fact


@pytest.mark.parametrize(("text", "printed"), [
    ("全区新增城镇就业人数1.2万人,完成全年任务的60%。", "1.2万人"),
    ("全区新增城镇就业人数1.2万人,完成全年任务的60%。", "60%"),
    ("上半年城镇新增就业人数8000人。", "8000人"),
])
def test_new_urban_jobs_in_either_order_of_words_key_alike(text, printed):
    assert fact(MIDYEAR_HEAD + text, printed)["indicator_key"] == "urban_new_jobs"
