"""One sync controller per app context: runs syncs on a worker, one at a time, and says what happens.

Automatic sync: every few minutes it checks whether the hub answers and syncs when it does, unless
the person chose "only sync on demand" (metered links).
"""

from __future__ import annotations

import httpx
from PySide6.QtCore import QObject, QTimer, Signal

from pan_desktop.core.sync.engine import Progress, SyncEngine
from pan_desktop.core.sync.status import SyncStatus, sync_status
from pan_desktop.ui.workers import run_in_background

AUTO_EVERY_MS = 5 * 60 * 1000


def controller_for(ctx) -> "SyncController":
    """The shared controller of ``ctx`` (pages and the indicator see the same state)."""
    ctl = getattr(ctx, "_sync_controller", None)
    if ctl is None:
        ctl = SyncController(ctx)
        ctx._sync_controller = ctl
    return ctl


class SyncController(QObject):
    status_changed = Signal(object)  # SyncStatus
    progress_changed = Signal(object)  # Progress
    running_changed = Signal(bool)
    finished = Signal(object)  # SyncReport
    failed = Signal(object)  # exception

    def __init__(self, ctx):
        super().__init__()
        self.ctx = ctx
        self.running = False
        self.offline = False
        self._progress = Progress()
        self._timer = QTimer(self)
        self._timer.setInterval(AUTO_EVERY_MS)
        self._timer.timeout.connect(self.auto_sync)
        self._timer.start()

    def status(self) -> SyncStatus:
        return sync_status(self.ctx.services)

    def refresh(self) -> None:
        self.status_changed.emit(self.status())

    def sync_now(self, confirm_deletes: bool = False) -> None:
        """Start a sync on a worker (ignored while one runs). ``confirm_deletes``: the person agreed
        to a pull that deletes many records here (after a :class:`MassDeleteHeld`)."""
        if self.running:
            return
        self.running = True
        self.running_changed.emit(True)

        def work():
            return SyncEngine(self.ctx.services, progress=self._on_progress).run(confirm_deletes=confirm_deletes)

        run_in_background(work, on_done=self._done, on_error=self._error, pool=self.ctx.pools.general)

    def _on_progress(self, p: Progress) -> None:  # worker thread: keep a copy, the timer shows it
        self._progress = Progress(**vars(p))

    def current_progress(self) -> Progress:
        return self._progress

    def _done(self, report) -> None:
        self.running, self.offline = False, False
        self.running_changed.emit(False)
        self.finished.emit(report)
        self.refresh()

    def _error(self, exc) -> None:
        from pan_desktop.core.sync.client import HubUnreachable

        self.running = False
        self.offline = isinstance(exc, HubUnreachable)
        self.running_changed.emit(False)
        self.failed.emit(exc)
        self.refresh()

    def auto_sync(self) -> None:
        """Sync when the hub answers, unless the person only syncs on demand."""
        st = self.status()
        if self.running or not st.enrolled or self.ctx.services.settings.sync_on_demand_only:
            return

        def reachable():
            httpx.get(st.hub_url + "/v1/hub", timeout=5)
            return True

        run_in_background(reachable, on_done=lambda _ok: self.sync_now(),
                          on_error=lambda _e: self._mark_offline(), pool=self.ctx.pools.general)

    def _mark_offline(self) -> None:
        self.offline = True
        self.refresh()
