"""Names of figures in district, county and city reports, on verbatim sentences of the real excerpts.

Each sentence is copied from a report of ``tests/gold/real/texts`` or the bundled Dongcheng 2020 H1 report
(named in the comment above it); each test states the name, measure or status of one figure of it.
"""

from __future__ import annotations

import warnings

import pytest

import dhcheng_analysis as dh


def facts(text: str):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return dh.extract_facts(text)


def fact(text: str, printed: str) -> dict:
    """The fact whose figure starts inside the first ``printed`` of ``text``."""
    f = facts(text)
    at = text.index(printed)
    start = f["start"].to_numpy()
    hit = ((start >= at) & (start < at + len(printed))).nonzero()[0]
    assert len(hit) == 1, f[["raw_value", "indicator"]].to_string()
    return f.iloc[hit[0]].to_dict()


# -- a name that closes a quotation keeps the quote that opens it ---------------------------------------

@pytest.mark.parametrize(("text", "printed", "name"), [
    # dongcheng_2020_h1
    ("为1000家重点企业配备服务管家,“紫金服务管家团”联系服务企业9689户次,收集解决需求1963项。", "9689户次",
     "“紫金服务管家团”联系服务企业"),
    # beijing_2017_h1
    ("上半年“疏解整治促提升”专项行动整体进度达到60%左右。", "60%", "“疏解整治促提升”专项行动整体"),
])
def test_quote_opened_before_the_name_is_kept(text, printed, name):
    assert fact(text, printed)["indicator"] == name
