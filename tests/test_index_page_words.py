"""The index page of a Chinese build writes its period and place with the full-width colon its analysis pages use
(时期：2024年上半年 · 地区：朝阳区; formerly 时期: 2024年上半年 · 地区: 朝阳区).

Built on Chaoyang's report on the first half of 2024 (real text: 关于朝阳区2024年国民经济和社会发展计划上半年执行情况的报告).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import dhcheng_analysis as dh

REAL = Path(__file__).resolve().parent / "gold" / "real" / "texts"


@pytest.mark.slow
def test_the_index_page_writes_period_and_place_with_a_chinese_colon(tmp_path):
    result = dh.build_report(REAL / "chaoyang_2024_h1.txt", tmp_path, lang="zh", jobs=2, progress=False)
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert result.failed == []
    assert "时期：2024年上半年 · 地区：朝阳区" in index and "时期: " not in index
