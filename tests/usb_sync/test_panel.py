"""The Sync page's USB panel, offscreen against a real hub: export, the hub's round trip, import; a
refused file says why in words; Cancel stops before anything is written."""

from __future__ import annotations

import pytest

from pan_desktop.hub.usb import export_down_pack, import_up_pack
from tests.sync.test_ui import _ctx


@pytest.fixture
def page(qtbot, network, tmp_path):
    from pan_desktop.ui.sync import SyncPage

    office = network.device("office", "Org A")
    office.services.initiatives.create({"title_vi": "Từ văn phòng"})
    office.sync()
    field = network.device("field", "Org A")
    field.services.initiatives.create({"title_vi": "Từ xã"})
    ctx = _ctx(field.services, tmp_path)
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitUntil(lambda: page.usb.isVisible() and page.usb.export_button.isEnabled(), timeout=5000)
    yield page, field
    ctx.pools.wait(5000)
    ctx.bridge.close()


def test_export_then_import_through_the_panel(qtbot, page, network, tmp_path, monkeypatch):
    page, field = page
    usb = page.usb
    up, down = tmp_path / "up.pansync", tmp_path / "down.pansync"
    monkeypatch.setattr(usb, "choose_export_path", lambda: up)
    usb.export_button.click()
    qtbot.waitUntil(lambda: "Saved 1 edits" in usb.outcome.text(), timeout=5000)
    assert usb.export_button.isEnabled() and not usb.cancel_button.isVisible()
    import_up_pack(network.hub.store, up)
    export_down_pack(network.hub.store, field.id, down)
    monkeypatch.setattr(usb, "choose_import_path", lambda: down)
    usb.import_button.click()
    qtbot.waitUntil(lambda: "Imported" in usb.outcome.text(), timeout=5000)
    assert "confirmed 1 of your edits" in usb.outcome.text()
    qtbot.waitUntil(lambda: page.values[3].text() == "0", timeout=5000)  # the page was told: nothing waits
    page.grab().save(str(tmp_path / "usb_panel.png"))
    usb.import_button.click()
    qtbot.waitUntil(lambda: "already imported" in usb.outcome.text(), timeout=5000)


def test_a_refused_file_says_why_and_cancel_stops_before_writing(qtbot, page, tmp_path, monkeypatch):
    page, field = page
    usb = page.usb
    junk = tmp_path / "junk.pansync"
    junk.write_bytes(b"not a pack")
    monkeypatch.setattr(usb, "choose_import_path", lambda: junk)
    usb.import_button.click()
    qtbot.waitUntil(lambda: "not a PAN sync file" in usb.outcome.text(), timeout=5000)
    assert "usb." not in usb.outcome.text()

    out = tmp_path / "cancelled.pansync"
    monkeypatch.setattr(usb, "choose_export_path", lambda: out)
    monkeypatch.setattr("pan_desktop.ui.workers.Progress.cancelled", property(lambda self: True))
    usb.export_button.click()
    qtbot.waitUntil(lambda: "nothing was changed" in usb.outcome.text(), timeout=5000)
    assert not out.exists()
