"""The Sync and Conflicts pages and the indicator, driven offscreen against a real hub."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel


def _ctx(services, tmp_path):
    from pan_desktop.ui.context import AppContext, ChangeBridge
    from pan_desktop.ui.i18n import Translation
    from pan_desktop.ui.workers import Pools

    return AppContext(services, Pools(), Translation(tmp_path / "qm"), ChangeBridge(services), services.data_dir)


@pytest.fixture
def conflicted(network):
    one, two = network.device("one", "Org A"), network.device("two", "Org A")
    rid = one.services.initiatives.create({"title_vi": "Chung"}).id
    network.sync_all(1)
    one.services.initiatives.update(rid, {"title_en": "One"})
    two.services.initiatives.update(rid, {"title_en": "Two"})
    network.sync_all()
    return network, one, two, rid


def test_conflicts_page_shows_the_conflict_and_use_other_clears_the_badge(qtbot, conflicted, tmp_path):
    from pan_desktop.ui.sync import ConflictsPage

    network, one, two, rid = conflicted
    ctx = _ctx(one.services, tmp_path)
    page = ConflictsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 500)
    assert page.conflicts.rowCount() == 1 and page.badge_count() == 1
    row = page.conflicts.rows[0]
    assert row[0] == "Chung" and "One" in row[3] + row[4] and "Two" in row[3] + row[4]
    page.grab().save(str(tmp_path / "conflicts_page.png"))
    other = page.conflicts.items[0].other
    page.conflict_view.selectionModel().select(page.conflicts.index(0, 0),
                                               QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    with qtbot.waitSignal(page.count_changed, timeout=3000) as sig:
        page.other_button.click()
    assert sig.args == [0]
    assert one.services.initiatives.get(rid)["title_en"] == other
    ctx.pools.wait(5000)
    ctx.bridge.close()


def test_sync_page_syncs_on_a_worker_and_the_indicator_follows(qtbot, conflicted, tmp_path):
    from pan_desktop.ui.sync import SyncIndicator, SyncPage

    network, one, two, rid = conflicted
    one.services.initiatives.update(rid, {"summary_vi": "Chờ gửi"})
    ctx = _ctx(one.services, tmp_path)
    page, indicator = SyncPage(ctx), SyncIndicator(ctx)
    qtbot.addWidget(page)
    qtbot.addWidget(indicator)
    assert page.values[3].text() == "1"
    assert "1 edits waiting" in indicator.text() and "1 conflicts" in indicator.text()
    with qtbot.waitSignal(page.ctl.finished, timeout=15000):
        page.sync_button.click()
    assert page.values[3].text() == "0"
    assert "0 edits waiting" in indicator.text()
    page.resize(700, 420)
    assert "Last sync: 1 sent" in page.progress_label.text()
    page.grab().save(str(tmp_path / "sync_page.png"))
    ctx.pools.wait(5000)
    ctx.bridge.close()


def test_sync_page_offers_enrolment_when_not_enrolled(qtbot, services, tmp_path):
    from pan_desktop.ui.sync import SyncPage

    ctx = _ctx(services, tmp_path)
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.enrol_box.isVisible() and not page.status_box.isVisible()
    page.enrol_button.click()
    assert "invite code" in page.progress_label.text()
    ctx.pools.wait(5000)
    ctx.bridge.close()


def test_a_mass_delete_asks_and_only_apply_syncs_with_the_deletions_confirmed(qtbot, services, tmp_path, monkeypatch):
    from pan_desktop.core.sync.engine import MassDeleteHeld
    from pan_desktop.ui.sync import SyncPage

    ctx = _ctx(services, tmp_path)
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    box = page.mass_delete_box(MassDeleteHeld(25, 30))
    assert "25 of the 30 records" in box.text() and "Not now" in box.text()
    assert sorted(b.text() for b in box.buttons()) == ["Apply the deletions", "Not now"]
    box.show()
    box.grab().save(str(tmp_path / "mass_delete.png"))
    box.close()
    asked, started, replies = [], [], [False, True]
    monkeypatch.setattr(page.ctl, "sync_now", lambda confirm_deletes=False: started.append(confirm_deletes))
    monkeypatch.setattr(page, "_confirm_deletes", lambda exc: asked.append(exc.deleting) or replies[len(asked) - 1])

    page.ctl.failed.emit(MassDeleteHeld(25, 30))  # "Not now"
    page.ctl.failed.emit(MassDeleteHeld(25, 30))  # an automatic sync meets the same deletions again
    assert asked == [25] and started == []
    page._sync_clicked()  # the person presses "Sync now" (disabled here: not enrolled): it asks again
    page.ctl.failed.emit(MassDeleteHeld(25, 30))  # "Apply the deletions"
    assert asked == [25, 25]
    assert started == [False, True], "only 'Apply the deletions' syncs again with the deletions confirmed"
    ctx.pools.wait(5000)
    ctx.bridge.close()
