"""A field trainer's computer that never connects: Export for USB on the Sync page, the hub's round trip,
Import from USB; the page then shows nothing waiting. On both screens, in both languages."""

import pytest
from PySide6.QtCore import Qt

from tests.sync.hubserver import HubServer


@pytest.fixture
def hub(tmp_path):
    server = HubServer(tmp_path / "hub.db").start()
    yield server
    server.stop()


@pytest.mark.parametrize("lang, size", [("vi", "1024x600"), ("en", "1366x768")])
def test_export_and_import_by_usb(hub, walker, walk_data, tmp_path, monkeypatch, forbid_gui_thread_sql, lang, size):
    from pan_desktop.core.services import Services
    from pan_desktop.hub.usb import export_down_pack, import_up_pack

    own_sql = forbid_gui_thread_sql.allowed  # the secretariat's hub and the enrolment done once, online
    with own_sql():
        services = Services.open(walk_data)
        org = hub.store.add_org("Green Hội An")
        services.sync_engine().enrol(hub.url, hub.store.invite(org, "contributor"))
        services.initiatives.create({"title_vi": "Tập huấn ở xã"})
    walk = walker(lang, size, services=services)
    page = walk.click_nav("sync")
    usb, qtbot = page.usb, walk.qtbot
    qtbot.waitUntil(lambda: usb.isVisible() and usb.export_button.isEnabled(), timeout=5000)
    up, down = tmp_path / "up.pansync", tmp_path / "down.pansync"
    monkeypatch.setattr(usb, "choose_export_path", lambda: up)
    monkeypatch.setattr(usb, "choose_import_path", lambda: down)
    qtbot.mouseClick(usb.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: up.exists() and usb.export_button.isEnabled(), timeout=10000)
    with own_sql():
        import_up_pack(hub.store, up)
        export_down_pack(hub.store, services.device_id, down)
    qtbot.mouseClick(usb.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: usb.import_button.isEnabled() and page.values[3].text() == "0", timeout=10000)
    expected = "Đã nhập" if lang == "vi" else "Imported"
    assert usb.outcome.text().startswith(expected)
    walk.window.grab().save(str(tmp_path / f"usb_{lang}_{size}.png"))
    walk.check()
