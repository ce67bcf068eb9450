"""Sites: the list, a site's visits and trend, the assessment filled with the keyboard on a netbook
(keys 1–4, the next item on answer, a follow-up action), finalized, revised and reopened; in Vietnamese
and in English, at 1366×768 and 1024×600, with no SQL on the GUI thread."""

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from pan_desktop.core.sites.service import site_service
from pan_desktop.ui.sites.table_model import ID_ROLE
from tests.journeys.conftest import type_into

SHOTS = os.environ.get("PAN_SITES_SHOTS", "")  # a folder to save what the journey saw, to look at it


def _seed(services):
    sites = site_service(services)
    shop = sites.add_site({"name": "Vựa phế liệu Minh Phát", "kind": "junk-shop", "provinces": ["Hà Nội"],
                           "address": "Phú Thượng", "owner": "Ông Phát", "phone": "0912 345 678"})
    sites.add_site({"name": "Nhà máy nhựa Sông Hồng", "kind": "factory", "provinces": ["Hải Phòng"]})
    a = sites.start(shop["id"], "junk-shop", on="2026-06-01")
    for n, item in enumerate(sites.show(a["id"])["items"]):
        sites.set_answer(a["id"], item["id"], ("no", "partly", "yes")[n % 3])
    sites.finalize(a["id"])
    return sites, shop


def _shot(walk, name):
    if SHOTS:
        walk.window.grab().save(os.path.join(SHOTS, f"{name}.png"))


@pytest.mark.parametrize("lang,size", [("vi", "1024x600"), ("en", "1366x768"), ("vi", "1366x768"), ("en", "1024x600")])
def test_fill_an_assessment_with_the_keyboard_finalize_and_revise(walker, forbid_gui_thread_sql, monkeypatch, lang, size):
    walk = walker(lang, size)
    qtbot = walk.qtbot
    with forbid_gui_thread_sql.allowed():
        sites, shop = _seed(walk.ctx.services)
    page = walk.click_nav("sites")
    qtbot.waitUntil(lambda: len(page.rows) == 2, timeout=5000)
    page.select_id(shop["id"])
    qtbot.waitUntil(lambda: page.site is not None and page.site["id"] == shop["id"], timeout=5000)
    assert page.trend.rowCount() == 1 and page.detail_info.text().count("0912 345 678") == 1
    _shot(walk, f"sites-{lang}-{size}")
    walk.check()

    with qtbot.waitSignal(page.form.loaded, timeout=5000):
        qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    form = page.form
    assert form.isVisible() and form.index == 0 and form.answer_buttons["yes"].height() >= 44
    if lang == "vi":
        assert form.answer_buttons["partly"].text() == "2  Một phần"
    _shot(walk, f"form-{lang}-{size}")
    with qtbot.waitSignal(form.saved, timeout=5000):
        QTest.keyClick(form, Qt.Key.Key_1)
    assert form.index == 1  # the next item on answer
    with qtbot.waitSignal(form.saved, timeout=5000):
        QTest.keyClick(form, Qt.Key.Key_3)
    assert form.index == 1 and form.action_box.isVisible()  # a "no" asks for its follow-up action here
    type_into(form.action_what, "Che kín máy băm")
    type_into(form.action_who, "Ông Phát")
    _shot(walk, f"form-action-{lang}-{size}")
    with qtbot.waitSignal(form.saved, timeout=5000):
        qtbot.mouseClick(form.action_save, Qt.MouseButton.LeftButton)
    while form.index < len(form.data["items"]) - 1 or not form.data["items"][-1]["answer"]:
        with qtbot.waitSignal(form.saved, timeout=5000):
            QTest.keyClick(form, Qt.Key.Key_4)
    qtbot.waitUntil(lambda: form.saving == 0 and all(i["answer"] for i in form.data["items"]), timeout=5000)
    with forbid_gui_thread_sql.allowed():
        stored = sites.show(form.data["id"])
    assert [i["answer"] for i in stored["items"][:3]] == ["yes", "no", "na"]
    assert stored["items"][1]["action"]["what"] == "Che kín máy băm"
    walk.check()

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(form.finalize_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.data["status"] == "finalized", timeout=5000)
    assert form.revise_button.isVisible()
    assert not form.answer_buttons["yes"].isEnabled()

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Chủ vựa đã lắp lưới chắn", True))
    qtbot.mouseClick(form.revise_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.data is not None and form.data["version"] == 2, timeout=5000)
    assert form.data["status"] == "draft" and form.answer_buttons["yes"].isEnabled()
    qtbot.mouseClick(form.back_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: [v["version"] for v in page.site["visits"]] == [2, 1], timeout=5000)
    assert page.trend.rowCount() == 2
    assert page.actions_list.count() >= 1
    _shot(walk, f"trend-{lang}-{size}")
    walk.check()


@pytest.mark.parametrize("lang,size", [("vi", "1024x600"), ("en", "1366x768")])
def test_a_site_found_in_search_opens_on_the_sites_page(walker, forbid_gui_thread_sql, lang, size):
    """Sites are searched by name, kind, province and address (never by owner or phone), counted under
    their own type, and a result opens the site on the Site assessments page."""
    from tests.journeys.test_search_journey import search_and_open

    walk = walker(lang, size)
    window, qtbot = walk.window, walk.qtbot
    with forbid_gui_thread_sql.allowed():
        _sites, shop = _seed(walk.ctx.services)
    ident = search_and_open(walk, "Phú Thượng", "sites")  # the shop's address
    assert ident == shop["id"]
    page = window.page("sites")
    assert window.stack.currentWidget() is page
    qtbot.waitUntil(lambda: page.site is not None and page.site["id"] == shop["id"], timeout=5000)
    qtbot.waitUntil(lambda: [i.data(ID_ROLE) for i in page.table.selectionModel().selectedRows()] == [shop["id"]],
                    timeout=5000)
    heads = [page.table.model().headerData(c, Qt.Orientation.Horizontal) for c in range(page.table.model().columnCount())]
    assert heads[0] == ("Cơ sở" if lang == "vi" else "Site") and ("Overall score" in heads) == (lang == "en")
    search = window.search_page
    assert ("Cơ sở" if lang == "vi" else "Sites") in search.facets.toPlainText()
    _shot(walk, f"search-sites-{lang}-{size}")
    walk.check()

    search.box.clear()
    type_into(search.box, "0912 345 678")  # the owner's phone: personal, not in the index
    qtbot.waitUntil(lambda: search._result is not None and search._result.query.text == "0912 345 678", timeout=10000)
    assert search._result.total == 0
