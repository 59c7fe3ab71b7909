"""Parts of a breakdown after 其中 printed by their verb alone (其中新建78公里、改造48公里), as district and county
reports print a total of works broken down by what was done.

A district report often gives a total of works and then what of it was built, renewed, rebuilt or overhauled:
全年新建改造供水管网126公里，其中新建78公里、改造48公里. Each part prints only its verb and its figure. The rules:

- the first part after 其中 is named by its verb and the noun of the whole (新建的供水管网), as before;
- each further part of the same unit, after 、 or ，, up to a semicolon, is named by its own verb and the whole's
  noun (改造的供水管网, 改建的供水管网, 大修的道路工程), not carried from the part before;
- a part already named by a verb of its own and the whole's noun takes no verb of the whole before it
  (改建的供水管网, not 新建改造改建的供水管网);
- 大修 (an overhaul) is a verb that heads such a part, as 改造 and 改建 are.

The national work reports print such works without a 其中 breakdown (新建改建农村公路146.5万公里，改造农村危房1033万户,
/work/shared/corpus/national_work_reports/2013.txt); the real excerpts and unseen examples print none. The
sentences below are regression fixtures in the form of district reports, not real, and are marked so.
"""

from __future__ import annotations

import pytest
from _sentences import fact

HEAD = "2023年全区城市建设工作情况报告\n一、基础设施建设情况\n"

MAINS = "全年新建改造供水管网126公里，其中新建78公里、改造48公里。"
ROADS = "新建改造农村公路156公里，其中新建62公里，改造94公里。"
RENTALS = "全年筹集保障性租赁住房1200套，其中新建780套、改造420套。"
RENTALS_REBUILT = "全年筹集保障性租赁住房1200套，其中新建780套、改建420套。"
WORKS = "全年实施道路工程156公里，其中新建62公里，改造94公里。"
WORKS_OVERHAULED = "全年实施道路工程156公里，其中新建62公里，大修94公里。"
MAINS_REBUILT = "全年新建改造供水管网126公里，其中新建78公里、改建48公里。"
MAINS_RENEWED = "全年新建改造供水管网126公里，其中改造48公里。"
MAINS_THREE = "全年新建改造供水管网126公里，其中新建78公里、改造48公里、大修20公里。"
SEWERS = "新建改造雨污管网28公里，其中新建12公里，改造16公里；改造积水点8处。"
HOUSING = "全年新开工保障性住房3200套，其中新建1800套、改造1400套，竣工1600套。"


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district report on urban works (not real), modelled on
    # 新建改建农村公路146.5万公里，改造农村危房1033万户 (/work/shared/corpus/national_work_reports/2013.txt)
    (MAINS, "78公里", "新建的供水管网"),
    # regression fixture, a variant (not real): the second part after 、
    (MAINS, "48公里", "改造的供水管网"),
    # regression fixture, a variant (not real): the second part after ，
    (ROADS, "62公里", "新建的农村公路"),
    (ROADS, "94公里", "改造的农村公路"),
    # regression fixture, a variant (not real): a whole named by 筹集, counted in 套
    (RENTALS, "780套", "新建的保障性租赁住房"),
    (RENTALS, "420套", "改造的保障性租赁住房"),
    (RENTALS_REBUILT, "420套", "改建的保障性租赁住房"),
    # regression fixture, a variant (not real): a whole named by its noun after 实施
    (WORKS, "62公里", "新建的道路工程"),
    (WORKS, "94公里", "改造的道路工程"),
    (WORKS_OVERHAULED, "94公里", "大修的道路工程"),
    # regression fixture, a variant (not real): a part's own verb the whole's verb word does not hold
    (MAINS_REBUILT, "48公里", "改建的供水管网"),
    # regression fixture, a variant (not real): the only part
    (MAINS_RENEWED, "48公里", "改造的供水管网"),
    # regression fixture, a variant (not real): three parts
    (MAINS_THREE, "48公里", "改造的供水管网"),
    (MAINS_THREE, "20公里", "大修的供水管网"),
    # regression fixture, a variant (not real): the parts end at the semicolon
    (SEWERS, "16公里", "改造的雨污管网"),
    (SEWERS, "8处", "改造积水点"),
    # regression fixture, a variant (not real): a doing after the parts, of the same houses
    (HOUSING, "1400套", "改造的保障性住房"),
    (HOUSING, "1600套", "竣工的保障性住房"),
])
def test_a_part_printed_by_its_verb_is_named_by_that_verb(s, printed, name):
    f = fact(HEAD + s, printed)
    assert (f["indicator"], f["measure"]) == (name, "level")
    assert "subject_carried" not in (f.get("flags") or ())


@pytest.mark.parametrize(("s", "printed", "name"), [
    # regression fixture in the form of a district report (not real): works named with 改造 as their head keep
    # their names, modelled on 改造农村危房1033万户 (/work/shared/corpus/national_work_reports/2013.txt)
    ("全年完成棚户区改造1260户，其中货币化安置860户。", "1260户", "棚户区改造"),
    ("完成老旧小区改造45个，涉及楼栋310栋、居民1.2万户。", "45个", "老旧小区改造"),
    ("全年棚户区改造开工2600套，基本建成1800套。", "1800套", "基本建成的棚户区改造"),
    ("完成农村危房改造1560户，其中改造C级危房1200户、D级危房360户。", "360户", "改造D级危房"),
    ("实施城市更新项目18个，其中老旧小区改造12个、棚户区改造6个。", "6个", "棚户区改造"),
    ("改造提升公园绿地12处，新建口袋公园8处。", "12处", "改造提升公园绿地"),
    ("新建改造农村公路156公里，改造危桥12座。", "12座", "改造危桥"),
])
def test_works_headed_by_renewal_keep_their_names(s, printed, name):
    assert fact(HEAD + s, printed)["indicator"] == name
