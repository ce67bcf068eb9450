"""Enrol with an invite code and sync against a hub on 127.0.0.1, then resolve a conflict."""

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from tests.conftest import copy_data_dir
from tests.journeys.conftest import type_into
from tests.sync.hubserver import HubServer


@pytest.fixture
def hub(tmp_path):
    server = HubServer(tmp_path / "hub.db", seed=True).start()
    yield server
    server.stop()


def test_enrol_sync_and_resolve_a_conflict(hub, walker, tmp_path, _initialised_template, forbid_gui_thread_sql):
    from pan_desktop.core.services import Services

    own_sql = forbid_gui_thread_sql.allowed  # the test's own work: the secretariat's hub, a second computer
    with own_sql():
        org = hub.store.add_org("Green Hội An")
        invite = hub.store.invite(org, "contributor")
    walk = walker("vi", "1366x768")
    window, qtbot = walk.window, walk.qtbot
    page = walk.click_nav("sync")
    qtbot.waitUntil(page.enrol_box.isVisible, timeout=5000)  # the sync status is read on a worker
    type_into(page.hub_edit, hub.url)
    type_into(page.code_edit, invite)
    qtbot.mouseClick(page.enrol_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.status_box.isVisible, timeout=15000)
    with qtbot.waitSignal(page.ctl.finished, timeout=30000):
        qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    walk.check()

    # enrolled as a contributor of one organisation: the network's shared records are the secretariat's
    records = walk.click_nav("initiatives")
    records.select_id("01941f29-7c0c-776b-bac3-e2164316715f")
    qtbot.waitUntil(lambda: records._detail_record is not None, timeout=5000)
    form = records.edit_selected()
    qtbot.waitUntil(form.permission_note.isVisible, timeout=5000)
    assert "Ban thư ký PAN" in form.permission_note.text()
    assert not form.buttons.button(form.buttons.StandardButton.Save).isEnabled()
    form.reject()

    # a record of this organisation, edited on two computers at once
    with own_sql():
        rid = window.ctx.services.initiatives.create({"title_vi": "Chợ xanh"}).id
    with qtbot.waitSignal(page.ctl.finished, timeout=30000):
        page.sync_button.click()
    with own_sql():
        other = Services.open(copy_data_dir(_initialised_template, tmp_path / "other"))
        try:
            engine = other.sync_engine()
            engine.enrol(hub.url, hub.store.invite(org, "contributor"), "laptop two")
            engine.run()
            other.initiatives.update(rid, {"title_en": "Green market (two)"})
            window.ctx.services.initiatives.update(rid, {"title_en": "Green market (one)"})
            engine.run()
        finally:
            other.close()
    with qtbot.waitSignal(page.ctl.finished, timeout=30000):
        page.sync_button.click()

    conflicts = walk.click_nav("conflicts")
    qtbot.waitUntil(lambda: conflicts.conflicts.rowCount() == 1, timeout=10000)
    qtbot.waitUntil(lambda: window.nav.item(window._index("conflicts")).toolTip() == "Xung đột (1)", timeout=5000)
    conflicts.conflict_view.selectionModel().select(
        conflicts.conflicts.index(0, 0), QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    with qtbot.waitSignal(conflicts.count_changed, timeout=5000) as sig:
        qtbot.mouseClick(conflicts.other_button, Qt.MouseButton.LeftButton)
    assert sig.args == [0]
    qtbot.waitUntil(lambda: window.nav.item(window._index("conflicts")).toolTip() == "Xung đột", timeout=5000)
    with own_sql():
        assert window.ctx.services.initiatives.get(rid)["title_en"] == "Green market (two)"
    walk.check()
