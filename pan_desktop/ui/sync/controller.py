"""The app's one sync controller (``ctx.sync``): runs syncs on a worker, one at a time, and hands the Sync
page, the status-bar indicator and the Conflicts badge what they show, as values.

Nothing here reads the database on the GUI thread: :class:`SyncStatus` is read on a worker whenever a
write announces a change to the sync bookkeeping (edits waiting, conflicts, refused edits, the hub
link) and delivered through ``status_changed``; progress arrives as a signal from the syncing worker.
The sync's network work runs on the general pool and each of its database writes on the single write
thread (``run_on(pools.write, …)``).

Automatic sync: every few minutes it checks whether the hub answers and syncs when it does, unless
the person chose "only sync on demand" (metered links).
"""

from __future__ import annotations

import dataclasses

import httpx
from PySide6.QtCore import QObject, QTimer, Signal

from pan_desktop.core.events import DataChanged
from pan_desktop.core.services import Services
from pan_desktop.core.sync.engine import Progress
from pan_desktop.core.sync.status import SyncStatus, sync_status
from pan_desktop.ui.workers import Pools, run_in_background, run_on

AUTO_EVERY_MS = 5 * 60 * 1000
STATUS_TABLES = frozenset({"outbox", "sync_conflicts", "sync_quarantine", "sync_link"})


class SyncController(QObject):
    """Signals: ``status_changed(SyncStatus)``, ``progress_changed(Progress)``, ``running_changed(bool)``,
    ``finished(SyncReport)``, ``failed(exception)``; after the records, the run's photos:
    ``photos_progress(PhotoProgress)``, ``photos_finished(AttachmentReport)``. ``status`` is the last
    status read (None until the first read arrives)."""

    status_changed = Signal(object)
    progress_changed = Signal(object)
    running_changed = Signal(bool)
    finished = Signal(object)
    failed = Signal(object)
    photos_progress = Signal(object)
    photos_finished = Signal(object)

    def __init__(self, services: Services, pools: Pools, bridge):
        super().__init__()
        self.services, self.pools = services, pools
        self.status: SyncStatus | None = None
        self.running = self._cancel = False
        self.offline = False
        self._progress = Progress()
        self._reading = self._again = False
        bridge.data_changed.connect(self._data_changed)
        self.progress_changed.connect(self._keep_progress)
        self._timer = QTimer(self)
        self._timer.setInterval(AUTO_EVERY_MS)
        self._timer.timeout.connect(self.auto_sync)
        self._timer.start()
        self.refresh()

    # -- status --------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the status on a worker; ``status_changed`` delivers it (reads asked for meanwhile are
        folded into one more)."""
        if self._reading:
            self._again = True
            return
        self._reading = True
        run_in_background(sync_status, self.services.db, on_done=self._status_read,
                          on_error=self._status_failed, pool=self.pools.general)

    def _status_read(self, status: SyncStatus) -> None:
        self._reading = False
        self.status = status
        self.status_changed.emit(status)
        if self._again:
            self._again = False
            self.refresh()

    def _status_failed(self, _exc: BaseException) -> None:
        self._reading = False

    def _data_changed(self, change: DataChanged) -> None:
        if change.tables & STATUS_TABLES:
            self.refresh()

    # -- running -------------------------------------------------------------------------------------
    def engine(self, **options):
        """A sync engine whose database writes run on the app's single write thread."""
        return self.services.sync_engine(run_write=lambda fn: run_on(self.pools.write, fn), **options)

    def sync_now(self, confirm_deletes: bool = False) -> None:
        """Start a sync on a worker (ignored while one runs). ``confirm_deletes``: the person agreed
        to a pull that deletes many records here (after a :class:`MassDeleteHeld`). Never on a read-only
        data folder (a write-protected stick): nothing pulled could be saved."""
        if self.running or self.services.read_only:
            return
        self.running, self._cancel = True, False
        self._progress = Progress()
        self.running_changed.emit(True)

        def work():  # runs on a worker: the progress signal is queued to the GUI thread
            from pan_desktop.core.sites.attachments import sync_photos

            engine = self.engine(progress=lambda p: self.progress_changed.emit(dataclasses.replace(p)),
                                 cancelled=lambda: self._cancel)
            report = engine.run(confirm_deletes=confirm_deletes)
            photos = sync_photos(engine, self.services.data_dir, cancel=lambda: self._cancel,
                                 progress=self.photos_progress.emit)
            self.photos_finished.emit(photos)
            return report

        run_in_background(work, on_done=self._done, on_error=self._error, pool=self.pools.general)

    def cancel(self) -> None:
        """Stop the running sync at its next step; what was already exchanged is kept."""
        self._cancel = True

    def _keep_progress(self, progress: Progress) -> None:
        self._progress = progress

    def current_progress(self) -> Progress:
        return self._progress

    def _done(self, report) -> None:
        self.running, self.offline = False, False
        self.running_changed.emit(False)
        self.finished.emit(report)

    def _error(self, exc) -> None:
        from pan_desktop.core.sync.client import HubUnreachable

        self.running = False
        self.offline = isinstance(exc, HubUnreachable)
        self.running_changed.emit(False)
        self.failed.emit(exc)

    def stop(self) -> None:
        """No more automatic syncs (a sync already running finishes)."""
        self._timer.stop()

    def auto_sync(self) -> None:
        """Sync when the hub answers, unless the person only syncs on demand."""
        st = self.status
        if (self.running or st is None or not st.enrolled or self.services.read_only
                or self.services.settings.sync_on_demand_only):
            return

        def reachable():
            httpx.get(st.hub_url + "/v1/hub", timeout=5)
            return True

        run_in_background(reachable, on_done=lambda _ok: self.sync_now(),
                          on_error=lambda _e: self._mark_offline(), pool=self.pools.general)

    def _mark_offline(self) -> None:
        self.offline = True
        if self.status is not None:
            self.status_changed.emit(self.status)
