"""The records filter bar picks an organisation by name, in the interface language, or takes any text."""

import pytest

from tests.journeys.conftest import type_into

ERIA = "01941f29-7c08-70da-934d-2fd730621042"
VNCPC = "01941f29-7c07-7e22-80e5-29202c303357"
ERIA_NAME = {"vi": "Viện Nghiên cứu Kinh tế ASEAN và Đông Á (ERIA)",
             "en": "Economic Research Institute for ASEAN and East Asia (ERIA)"}


@pytest.mark.parametrize("lang, size", [("vi", "1366x768"), ("en", "1024x600")])
def test_the_organisation_filter_picks_an_organisation_or_takes_text(walker, tmp_path, lang, size):
    walk = walker(lang, size)
    qtbot = walk.qtbot
    page = walk.click_nav("initiatives")
    qtbot.waitUntil(lambda: page.model.rowCount() == 13, timeout=5000)
    box = page.filters.org
    qtbot.waitUntil(lambda: box.count() == 11, timeout=5000)  # every organisation, and "none"
    assert box.itemText(box.findData(ERIA)) == ERIA_NAME[lang]

    box.setCurrentIndex(box.findData(VNCPC))  # picked: that organisation's records
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    box.setCurrentIndex(box.findData(ERIA))  # ERIA itself runs none; its centre RKC-MPD does
    assert box.value() == ERIA
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=5000)
    box.setEditText("")
    qtbot.waitUntil(lambda: page.model.rowCount() == 13, timeout=5000)
    type_into(box.lineEdit(), "ERIA")  # text: every organisation whose name holds it
    assert box.value() == "ERIA"
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    box.setCurrentIndex(box.findData(VNCPC))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    text_box = page.filters.text
    assert box.width() < 2 * text_box.width()  # a long name does not squeeze the other filters
    page.grab().save(str(tmp_path / f"org-filter-{lang}-{size}.png"))
    page.filters.clear.click()
    assert box.value() == ""
    qtbot.waitUntil(lambda: page.model.rowCount() == 13, timeout=5000)
    walk.check()
