"""Organisations named by their records: the table and the detail pane name the linked organisations,
and the form picks them by name (and keeps a name not in the database as text)."""

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QScrollArea

from pan_desktop.ui.records.form import RecordForm
from pan_desktop.ui.records.pickers import OrgPicker
from tests.journeys.conftest import type_into, visible_of

ASEAN = "01941f29-7c16-7825-8872-87c0081028b4"
VECOM = "01941f29-7c04-70b1-afb7-790a9472289a"
RKC = "01941f29-7c09-7abe-993d-5d0c24949a42"
WORDS = {"vi": ("Tổ chức thực hiện", "Nhà tài trợ", "Trung tâm Tri thức Khu vực"),
         "en": ("Organisations", "Funders", "Regional Knowledge Centre")}


@pytest.mark.parametrize("lang, size", [("vi", "1024x600"), ("en", "1366x768")])
def test_pick_the_organisations_of_an_initiative_by_name(walker, forbid_gui_thread_sql, tmp_path, lang, size):
    walk = walker(lang, size)
    window, qtbot = walk.window, walk.qtbot
    page = walk.click_nav("initiatives")
    qtbot.waitUntil(lambda: page.model.rowCount() == 13, timeout=5000)
    row = page.model.row_of(ASEAN)
    column = [k for k, _f in page.model.columns].index("organizations")
    assert page.model.index(row, column).data() == "AIT RRC.AP; VNCPC"  # linked, named
    page.select_id(ASEAN)
    orgs_label, funders_label, rkc_name = WORDS[lang]
    qtbot.waitUntil(lambda: rkc_name in page.detail.toPlainText(), timeout=5000)
    text = page.detail.toPlainText()
    assert orgs_label in text and funders_label in text and "Mã" not in text and "ids" not in text

    page.view.setFocus()
    QTest.keyClick(page.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(visible_of(RecordForm)), timeout=5000)
    form = visible_of(RecordForm)[0]
    picker = form.inputs["organization_ids"]
    assert isinstance(picker, OrgPicker) and "organizations" not in form.inputs
    assert form.labels["organization_ids"].text() == orgs_label
    qtbot.waitUntil(lambda: picker.add_box.count() > 10, timeout=5000)
    shown = [picker.chosen.item(i).text() for i in range(picker.chosen.count())]
    assert len(shown) == 2 and any("VNCPC" in s for s in shown)
    assert [form.inputs["funder_ids"].chosen.item(i).text() for i in range(1)][0].startswith(rkc_name)
    form.findChild(QScrollArea).ensureWidgetVisible(form.inputs["funder_ids"])
    form.grab().save(str(tmp_path / f"form-{lang}-{size}.png"))
    type_into(picker.add_box.lineEdit(), "VECOM")
    picker.add_box.setCurrentIndex(picker.add_box.findData(VECOM))
    picker.add_button.click()
    type_into(picker.other, "Nhóm Xanh Hội An")
    form.buttons.button(form.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=5000)
    with forbid_gui_thread_sql.allowed():
        stored = window.ctx.services.initiatives.get(ASEAN)
    assert stored["organization_ids"][-1] == VECOM and stored["organizations"] == ["Nhóm Xanh Hội An"]
    assert stored["funder_ids"] == [RKC]
    qtbot.waitUntil(lambda: "VECOM" in (page.model.index(page.model.row_of(ASEAN), column).data() or ""), timeout=5000)
    walk.check()


SIDEBAR = {"vi": ({"Quỹ Coca-Cola", "PAN", "RKC-MPD"}, ("The Coca-Cola Foundation", "Plastic Action Network")),
           "en": ({"The Coca-Cola Foundation", "Plastic Action Network (PAN network)", "RKC-MPD"}, ("Quỹ", "Mạng lưới"))}


@pytest.mark.parametrize("lang, size", [("vi", "1366x768"), ("en", "1024x600")])
def test_the_search_sidebar_lists_each_organisation_once_by_name(walker, tmp_path, lang, size):
    walk = walker(lang, size)
    page = walk.click_nav("search")
    page.box.setText("nhựa")
    walk.qtbot.waitUntil(lambda: "RKC-MPD" in page.facets.toPlainText(), timeout=10000)
    lines = page.facets.toPlainText().splitlines()
    names = [line.rsplit(" (", 1)[0] for line in lines if line.endswith(")")]
    assert len(names) == len(set(names))
    expected, other_language = SIDEBAR[lang]
    assert expected <= set(names), names
    for wrong in (*other_language, "RKC-MPD of ERIA", "01941f29"):
        assert not any(n.startswith(wrong) for n in names), names
    page.grab().save(str(tmp_path / f"search-{lang}-{size}.png"))
    pan = next(a for a in page.facets.toHtml().split("href=\"")[1:] if "01941f29-7c00" in a.split("\"")[0])
    page._toggle_facet(QUrl(pan.split("\"")[0]))
    walk.qtbot.waitUntil(lambda: 0 < page.results.count() <= 3, timeout=10000)
    walk.check()
