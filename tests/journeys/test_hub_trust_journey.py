"""Joining the hub, then a café Wi-Fi answering for it: the Sync page says the hub could not be verified,
nothing of the impostor's answer is kept, and back on the real hub the edit arrives. In Vietnamese on the
netbook screen and in English on the common laptop screen."""

import pytest
from PySide6.QtCore import Qt

from tests.hub_trust.impostor import point_at, start_impostor
from tests.journeys.conftest import type_into, warning_boxes
from tests.sync.hubserver import HubServer

WORDS = {"vi": ("Tham gia", "Không xác minh được máy chủ", "không có"),
         "en": ("Join", "The hub could not be verified", "none")}


@pytest.fixture
def hub(tmp_path):
    server = HubServer(tmp_path / "hub.db").start()
    yield server
    server.stop()


@pytest.mark.parametrize("lang,size", [("vi", "1024x600"), ("en", "1366x768")])
def test_an_impostor_is_refused_and_said_so(hub, walker, tmp_path, forbid_gui_thread_sql, error_log, lang, size):
    join, unverified, nothing = WORDS[lang]
    own_sql = forbid_gui_thread_sql.allowed  # the test's own work: the secretariat's hub, the café's impostor
    with own_sql():
        invite = hub.store.invite(hub.store.add_org("Green Hội An"), "contributor")
    walk = walker(lang, size)
    window, qtbot = walk.window, walk.qtbot
    page = walk.click_nav("sync")
    qtbot.waitUntil(page.enrol_box.isVisible, timeout=5000)
    assert page.enrol_button.text() == join
    page.grab().save(str(tmp_path / f"sync_not_joined_{lang}.png"))
    type_into(page.hub_edit, hub.url)
    type_into(page.code_edit, invite)
    qtbot.mouseClick(page.enrol_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.status_box.isVisible, timeout=15000)
    with qtbot.waitSignal(page.ctl.finished, timeout=30000):
        qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    walk.check()

    services = window.ctx.services
    with own_sql():
        services.initiatives.create({"title_vi": "Chợ xanh"})
        impostor = start_impostor(hub, tmp_path)
        point_at(window.ctx.services, impostor.url)
    try:
        with qtbot.waitSignal(page.ctl.failed, timeout=30000):
            qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(warning_boxes()), timeout=5000)
        (box,) = warning_boxes()
        assert box.text().startswith(unverified) and "sync." not in box.text()
        box.close()
        # The worker logs every failed job; this failure is the one the journey provokes, and said above.
        error_log.records[:] = [r for r in error_log.records if "HubUnverified" not in r.getMessage()]
        qtbot.waitUntil(lambda: unverified in page.values[5].text(), timeout=10000)
        assert page.values[3].text() == "1", "the edit is still waiting"
        page.grab().save(str(tmp_path / f"sync_unverified_{lang}.png"))
    finally:
        with own_sql():
            impostor.stop()
            point_at(window.ctx.services, hub.url)
    with qtbot.waitSignal(page.ctl.finished, timeout=30000):
        qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.values[5].text() == nothing and page.values[3].text() == "0", timeout=10000)
    walk.check()
