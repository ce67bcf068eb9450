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
    qtbot.waitUntil(lambda: page.conflicts.rowCount() == 1, timeout=5000)
    assert page.badge_count() == 1
    row = page.conflicts.rows[0]
    assert row[0] == one.services.initiatives.get(rid).title(ctx.language)  # the title in the interface language
    assert "One" in row[3] + row[4] and "Two" in row[3] + row[4]
    page.grab().save(str(tmp_path / "conflicts_page.png"))
    other = page.conflicts.items[0].other
    page.conflict_view.selectionModel().select(page.conflicts.index(0, 0),
                                               QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    with qtbot.waitSignal(page.count_changed, timeout=3000, check_params_cb=lambda n: n == 0):
        page.other_button.click()
    assert page.badge_count() == 0
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
    qtbot.waitUntil(lambda: page.values[3].text() == "1", timeout=5000)
    assert "1 edits waiting" in indicator.text() and "1 conflicts" in indicator.text()
    with qtbot.waitSignal(page.ctl.finished, timeout=15000):
        page.sync_button.click()
    qtbot.waitUntil(lambda: page.values[3].text() == "0" and "0 edits waiting" in indicator.text()
                    and "Last sync: 1 sent" in page.progress_label.text(), timeout=3000)
    page.resize(700, 420)
    page.grab().save(str(tmp_path / "sync_page.png"))
    ctx.pools.wait(5000)
    ctx.bridge.close()


def test_sync_page_offers_enrolment_when_not_enrolled(qtbot, services, tmp_path):
    from pan_desktop.ui.sync import SyncPage

    ctx = _ctx(services, tmp_path)
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.enrol_box.isVisible(), timeout=5000)
    assert not page.status_box.isVisible()
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


# -- the whole window, told by the one announcement -------------------------------------------------------
NEW_TITLE = "Chợ xanh nói không với túi ni lông"


@pytest.fixture
def window_on(qtbot):
    """``window_on(device)``: the real main window over an enrolled device's data dir, started, with its
    search index built."""
    from pan_desktop.app import build_context, build_main_window

    made = []

    def make(device):
        ctx = build_context(device.services, device.services.data_dir)
        win = build_main_window(ctx)
        qtbot.addWidget(win)
        win.show()
        with qtbot.waitSignal(win.ready, timeout=15000):
            win.start()
        made.append(ctx)
        # Search is used in these tests: the index is brought up to date on the write thread when the
        # search page is first built; timings below start once it is.
        win.page("search")
        qtbot.waitUntil(lambda: ctx.search_indexer.manager.ready and not ctx.search_indexer._busy, timeout=15000)
        return win

    yield make
    for ctx in made:
        ctx.pools.wait()
        ctx.bridge.close()
        ctx.translation.uninstall()


def _search_hits(page) -> list:
    return [page.results.item(i).data(0x0100) for i in range(page.results.count())]


def test_after_a_pull_the_list_detail_counts_and_search_show_it_within_a_second(
        qtbot, network, window_on, forbid_gui_thread_sql):
    import time

    with forbid_gui_thread_sql.allowed():  # set up two devices and the record, the test's own work
        me, other = network.device("me", "Org A"), network.device("other", "Org A")
        rid = other.services.initiatives.create({"title_vi": "Bản đầu tiên", "title_en": "First"}).id
        other.sync()
        me.sync()
    win = window_on(me)
    ctx = win.ctx
    page = win.show_page("initiatives")
    qtbot.waitUntil(lambda: page.model.row_of(rid) >= 0, timeout=5000)
    page.select_id(rid)
    qtbot.waitUntil(lambda: "Bản đầu tiên" in page.detail.toPlainText(), timeout=5000)
    qtbot.waitUntil(lambda: win.counts_label.text() != "", timeout=5000)
    count_before = win.counts_label.text()
    search = win.show_page("search")
    search.box.insert("túi ni lông chợ xanh")
    qtbot.waitUntil(lambda: not search._timer.isActive(), timeout=2000)  # typed; no search left to start
    shown = search._result
    search.run_search()
    qtbot.waitUntil(lambda: search._result is not shown, timeout=5000)
    assert search._result.query.text == "túi ni lông chợ xanh" and ("initiatives", rid) not in _search_hits(search)
    win.show_page("initiatives")

    with forbid_gui_thread_sql.allowed():  # someone else changes the record and adds one, then syncs
        other.services.initiatives.update(rid, {"title_vi": NEW_TITLE})
        added = other.services.initiatives.create({"title_vi": "Sáng kiến mới từ đồng nghiệp"}).id
        other.sync()
    with qtbot.waitSignal(ctx.sync.finished, timeout=15000):
        ctx.sync.sync_now()  # what the automatic sync does; nobody touches the window after this
    started = time.monotonic()

    def shows_it() -> bool:
        row = page.model.row_of(rid)
        return (row >= 0 and page.model.record(row).title("vi") == NEW_TITLE and page.model.row_of(added) >= 0
                and NEW_TITLE in page.detail.toPlainText() and win.counts_label.text() != count_before
                and ("initiatives", rid) in _search_hits(search))

    qtbot.waitUntil(shows_it, timeout=1000)
    assert time.monotonic() - started < 1.0
    assert "Sáng kiến mới từ đồng nghiệp" not in count_before


def test_resolving_a_conflict_updates_the_badge_and_the_sync_page_at_once(qtbot, conflicted, window_on,
                                                                           forbid_gui_thread_sql):
    network, one, two, rid = conflicted
    win = window_on(one)
    conflicts_item = win.nav.item(win._index("conflicts"))  # its tooltip has the title (the text may be folded)
    qtbot.waitUntil(lambda: conflicts_item.toolTip().endswith("(1)"), timeout=5000)
    sync_page = win.show_page("sync")
    qtbot.waitUntil(lambda: sync_page.values[4].text() == "1", timeout=5000)
    assert win.sync_indicator.text().count(" · ") == 2  # last sync · edits waiting · conflicts
    page = win.show_page("conflicts")
    qtbot.waitUntil(lambda: page.conflicts.rowCount() == 1, timeout=5000)
    page.conflict_view.selectionModel().select(page.conflicts.index(0, 0),
                                               QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    page.keep_button.click()
    qtbot.waitUntil(lambda: not conflicts_item.toolTip().endswith(")") and sync_page.values[4].text() == "0"
                    and page.conflicts.rowCount() == 0 and sync_page.values[3].text() == "1", timeout=1000)
    status = win.ctx.sync.status
    assert (status.open_conflicts, status.pending) == (0, 1)
    assert win.sync_indicator.text().count(" · ") == 1, "the indicator no longer counts conflicts"


def test_the_window_leaves_the_search_index_alone_until_search_is_first_used(qtbot, network):
    """Memory and the write thread at start: checking the index reads a searcher and its facet view; a
    start-up that never searches does not pay for it. Ctrl+K brings the index up to date."""
    from pan_desktop.app import build_context, build_main_window
    from pan_desktop.core.search import IndexManager
    from pan_desktop.core.services import Services

    me = network.device("me", "Org A")
    before = Services.open(me.services.data_dir)  # a returning user: the index was built last time
    IndexManager.for_services(before).rebuild()
    before.close()
    me.services.initiatives.create({"title_vi": "Thêm sau lần trước"})  # the index is one change behind
    state = (me.services.data_dir / "index" / "state.json").read_text()
    ctx = build_context(me.services, me.services.data_dir)
    win = build_main_window(ctx)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.ready, timeout=15000):
        win.start()
    ctx.pools.wait()
    assert not ctx.search_indexer.started and (me.services.data_dir / "index" / "state.json").read_text() == state
    win.focus_search()  # Ctrl+K
    qtbot.waitUntil(lambda: ctx.search_indexer.manager.ready and not ctx.search_indexer._busy, timeout=15000)
    assert (me.services.data_dir / "index" / "state.json").read_text() != state  # caught up
    ctx.pools.wait()
    ctx.bridge.close()
    ctx.translation.uninstall()


def test_a_read_only_data_folder_never_syncs(qtbot, network, tmp_path):
    """A write-protected stick: nothing pulled could be saved, so Sync now is off and nothing starts."""
    from pan_desktop.core.services import Services
    from pan_desktop.ui.sync import SyncPage

    me = network.device("me", "Org A")
    me.services.close()
    read_only = Services.open_read_only(me.services.data_dir)
    ctx = _ctx(read_only, tmp_path)
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: ctx.sync.status is not None and ctx.sync.status.enrolled, timeout=5000)
    assert not page.sync_button.isEnabled()
    ctx.sync.sync_now()
    ctx.sync.auto_sync()
    assert not ctx.sync.running
    ctx.pools.wait(5000)
    ctx.bridge.close()
    read_only.close()
    me.services = Services.open(me.services.data_dir)  # the network fixture closes it
