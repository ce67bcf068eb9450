"""A field trainer's computer that has never connected joins the hub by files on the Sync page ("Join by
file": request, the secretariat's reply), reads the hub key's fingerprint, then exports its edits for USB.
On both screens, in both languages."""

import pytest
from PySide6.QtCore import Qt

from tests.journeys.conftest import type_into
from tests.sync.hubserver import HubServer


@pytest.fixture
def hub(tmp_path):
    server = HubServer(tmp_path / "hub.db").start()
    yield server
    server.stop()


@pytest.mark.parametrize("lang, size", [("vi", "1024x600"), ("en", "1366x768")])
def test_join_by_file_then_export_for_usb(hub, walker, walk_data, tmp_path, monkeypatch, forbid_gui_thread_sql,
                                          lang, size):
    from pan_desktop.core.services import Services
    from pan_desktop.core.sync.enrol_file_format import fingerprint
    from pan_desktop.hub.auth import Auth
    from pan_desktop.hub.enrol_file import enrol_from_file
    from pan_desktop.hub.usb import import_up_pack

    own_sql = forbid_gui_thread_sql.allowed  # the secretariat's hub and the test's own set-up
    with own_sql():
        services = Services.open(walk_data)
        org = hub.store.add_org("Green Hội An")
        code = hub.store.invite(org, "contributor")
        services.initiatives.create({"title_vi": "Tập huấn ở xã"})
    walk = walker(lang, size, services=services)
    page = walk.click_nav("sync")
    panel, qtbot = page.enrol_file, walk.qtbot
    qtbot.waitUntil(lambda: panel.isVisible() and panel.request_button.isEnabled(), timeout=5000)
    request, reply, up = tmp_path / "join.panenrol", tmp_path / "reply.panenrol", tmp_path / "up.pansync"
    monkeypatch.setattr(panel, "choose_request_path", lambda: request)
    monkeypatch.setattr(panel, "choose_reply_path", lambda: reply)
    monkeypatch.setattr(page.usb, "choose_export_path", lambda: up)
    qtbot.keyClicks(panel.code_edit, code)
    type_into(panel.name_edit, "Máy xã")
    walk.window.grab().save(str(tmp_path / f"join_file_{lang}_{size}.png"))
    qtbot.mouseClick(panel.request_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: request.exists() and panel.accept_button.isEnabled(), timeout=10000)
    with own_sql():
        enrol_from_file(hub.store, request, reply)
        key = fingerprint(Auth(hub.store).hub_public_key())
    qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: key in panel.outcome.text() and page.usb.export_button.isEnabled(), timeout=10000)
    assert panel.outcome.text().startswith("Đã tham gia" if lang == "vi" else "Joined")
    walk.window.grab().save(str(tmp_path / f"joined_file_{lang}_{size}.png"))
    qtbot.mouseClick(page.usb.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: up.exists() and page.usb.export_button.isEnabled(), timeout=10000)
    with own_sql():
        assert import_up_pack(hub.store, up).results["applied"] == 1
    walk.check()
