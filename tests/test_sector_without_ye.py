"""An industry printed without its 业 names a sector when a sector quantity follows it, at the end of the name or
opening what the name counts of it.

房地产投资项目 is read as 工业投资项目 beside it is: 房地产 is the glossary sector 房地产业 once 业 is put back, and 投资
the quantity of it whose projects are counted, so the fact's dimension is ``sector``. A glossary term that holds the
words (房地产开发投资) keeps its own reading.
"""

from __future__ import annotations

import pytest
from _sentences import fact

# Minhang district (Shanghai), statistical bulletin 2015
MINHANG_2015 = "全年投资项目总数406个,其中工业投资项目127个,房地产投资项目165个。"
# written: the aggregate term, no sector
WRITTEN_AGGREGATE = "全区完成房地产开发投资120.5亿元,同比增长3.2%。"


@pytest.mark.parametrize(("text", "printed", "dimension"), [
    (MINHANG_2015, "127个", "sector"),
    (MINHANG_2015, "165个", "sector"),
    (WRITTEN_AGGREGATE, "120.5亿元", ""),
])
def test_sector_dimension(text: str, printed: str, dimension: str) -> None:
    assert fact(text, printed)["dimension"] == dimension
